"""An eighty-first fresh, held-out collection of real requests (tests/realreq/fresh81.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh77's, the
rows are short, typical asks, like the development set's; all 14 come from GitHub issues and pull
requests of niche hobby and science tools: an anime streaming app, a YouTube client, a
noise-suppression model, an infrared bird box project, a solar-physics viewer, a meteor-camera
network, an animal-behaviour tool, a clip cutter, a TeslaCam tool, a webcam app used with a USB
microscope, a media player, a gallery app, a screen recorder and an OctoPrint webcam streamer.
Each case follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals.
An `[extra input: …]` marker is left out of the request and the files it names are given as
assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import WHOLE, AnyOf, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh81.md")

#: A 24-minute anime episode.
_EPISODE = Probe(duration=1440.0)
#: A fade of the picture (and the sound).
_TARGET = AnyOf("video", "both")

CASES: tuple[Case, ...] = (
    do(
        "fresh81-01",
        "skip the intro of the anime episode, skip 85 seconds: most people skip intros",
        [step("trim", start=85, end=AnyOf(None, 1440))],
        [step("cut", start=0, end=85)],
        probe=_EPISODE,
        note="the first 85 s of the 24-minute episode taken off, the rest kept",
    ),
    do(
        "fresh81-02",
        "flip the surf video for goofy vs regular stance, to learn about surf movements and "
        "techniques",
        [step("flip", direction="horizontal")],
        note="mirrored left to right, so a goofy stance looks regular and the other way round",
    ),
    do(
        "fresh81-03",
        "remove or reduce the wind noise from the video: I do all my video production with FOSS "
        "and wind noise reduction is a key weakness of this workflow",
        [step("audio_denoise")],
        note="the sound's wind noise reduced",
    ),
    do(
        "fresh81-04",
        "make the infrared bird box video black and white: the image becomes red (or magenta) "
        "and white instead of black and white",
        [step("grayscale", **WHOLE)],
        note="black and white, all of it",
    ),
    do(
        "fresh81-05",
        "export the movie as an animated gif: much easier to add to presentations than movies",
        [step("gif"), maybe(step("convert", format="gif"))],
        [step("convert", format="gif")],
        note="an animated GIF of the movie",
    ),
    do(
        "fresh81-06",
        "append the final image of the meteor to the end of the video for 1 or 2 seconds: "
        "bright and cool meteors are usually shared with friends or social media",
        [
            step(
                "join",
                clips=AnyOf(["meteor.png"], []),
                at="end",
                image_seconds=Between(1, 2),
            )
        ],
        assets=["meteor.png"],
        note="the meteor's image shown 1 to 2 s after the video",
    ),
    do(
        "fresh81-07",
        "convert the .avi video to .mp4: .avi files are not handled well on browsers",
        [step("convert", format="mp4"), maybe(step("codec", codec="h264"))],
        [step("codec", codec="h264"), step("convert", format="mp4")],
        note="an mp4 file (an H.264 setting may come with it)",
    ),
    do(
        "fresh81-08",
        "do a fade in and a fade out: it would be handy to shorten the video in a graceful manner",
        [
            step("fade", direction="in", target=_TARGET),
            step("fade", direction="out", target=_TARGET),
        ],
        [
            step("fade", direction="out", target=_TARGET),
            step("fade", direction="in", target=_TARGET),
        ],
        note="a fade in at the start and a fade out at the end, any length, either order",
    ),
    do(
        "fresh81-09",
        "combine the TeslaCam files into one video: it's quite annoying that files are 1min / "
        "30MB in size",
        [step("join", clips=AnyOf(["clip2.mp4", "clip3.mp4"], []), at="end")],
        assets=["clip2.mp4", "clip3.mp4"],
        note="this video, then clip2, then clip3",
    ),
    ask(
        "fresh81-10",
        "flip and/or mirror the usb microscope video: it is a major hassle dealing with an image "
        "that is flipped and/or mirrored",
        "which way (left to right, top to bottom, or both)",
        ("which", "horizontal", "vertical", "direction", "left", "top", "upside", "both"),
    ),
    ask(
        "fresh81-11",
        "slow down the recording without changing the pitch: I need this for rehearsing my choir "
        "voice, the professional recordings are often too fast",
        "how much slower (a factor)",
        ("how much", "how slow", "factor", "which speed", "what speed", "speed", "percent"),
    ),
    ask(
        "fresh81-12",
        "save the frame I'm currently viewing in the video as an image: a screenshot compromises "
        "on quality",
        "which frame (the time)",
        (*WHICH_PART, "timestamp", "second", "at what", "frame"),
    ),
    ask(
        "fresh81-13",
        "make a time lapse of the recording: select frames played at normal speed, to create a "
        "sped-up video",
        "how much faster (a factor, or the length wanted)",
        ("how much", "how fast", "factor", "speed", "how long", "length", "interval", "which"),
    ),
    out_of_scope(
        "fresh81-14",
        "overlay some of the print info into the stream, temps, eta, etc, to spice up my twitch",
        "live 3D-printer data overlaid on a live Twitch stream, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
