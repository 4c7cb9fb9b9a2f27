"""A hundred-and-thirty-second fresh, held-out collection of real requests
(tests/realreq/fresh132.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh129's, the
rows are short, typical asks, like the development set's; all 12 come from GitHub issues: a
camera-notification plugin, a Home Assistant blueprint, a Jellyfin plugin, AnkiDroid, a WhatsApp
API, Spleeter, a video-sharing CMS, a vocal remover, a design studio's video ticket, a game
database's tracker, ShareX and a text-to-video model. Each case follows its row's `expected`
column; `[no op]` and `[needs analysis]` rows are DOABLE refusals, `[out of scope]` rows
OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the request and the files it
names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, WHOLE, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh132.md")

#: A GIF's usual extras: a smaller width or frame rate.
_GIF_EXTRAS = (maybe(step("resize")), maybe(step("fps")))

CASES: tuple[Case, ...] = (
    do(
        "fresh132-01",
        "make a 3-5 second GIF of the clip to embed into the notification, rather than just a "
        "single snapshot image: not a clip attachment that manually has to be opened/played",
        [
            step("trim", start=AnyOf(0, None), end=Between(3, 5)),
            anywhere(GIF),
            *_GIF_EXTRAS,
        ],
        [step("speed", factor=Between(12, 20), **WHOLE), anywhere(GIF), *_GIF_EXTRAS],
        note="the first 3 to 5 seconds (or the whole 60 s clip sped up to 3-5 s) as a GIF",
    ),
    do(
        "fresh132-02",
        "make a gif with ~10 frames for the 10 seconds sequence, instead of a static image in "
        "the notification",
        [anywhere(step("gif", fps=Between(0.8, 1.25))), maybe(step("resize"))],
        [
            step("fps", fps=Between(0.8, 1.25)),
            anywhere(GIF),
            maybe(step("resize")),
        ],
        probe=Probe(duration=10.0),
        note="a GIF of the 10 s clip at about one frame a second (about 10 frames)",
    ),
    do(
        "fresh132-03",
        "convert the mkv file to an mp4 file: mp4 just saves more space, I don't have much "
        "storage left :)",
        [
            anywhere(step("convert", format="mp4")),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
            maybe(step("compress")),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(step("reencode")),
        ],
        note="saved as an mp4; a smaller quality, a size or a codec may come with it",
    ),
    do(
        "fresh132-04",
        "make the video repeat about five times in a row: the best way to learn a language is "
        "through listening repetition, and I've been trying to learn English using the TV show "
        "Friends",
        [step("loop", times=Between(4, 6))],
        note="played about five times in a row (4 to 6 is fair)",
    ),
    do(
        "fresh132-05",
        "convert the mp3 audio recording to ogg: it doesn't play on iPhone when sent as mp3",
        [step("convert", format=AnyOf("ogg", "oga", "opus"))],
        [step("extract_audio", format=AnyOf("ogg", "opus")), maybe(step("convert", format="ogg"))],
        probe=Probe(duration=30.0),
        note="the recording saved as an ogg (ogg/opus) file",
    ),
    do(
        "fresh132-06",
        "merge the video file and the accompaniment file, to create a karaoke track (the vocals "
        "were separated from the audio track with Spleeter)",
        [step("replace_audio", file="accompaniment.wav")],
        [step("mute"), step("add_music", file="accompaniment.wav", **WHOLE)],
        assets=["accompaniment.wav"],
        note="the video's sound replaced by the accompaniment (the song without its vocals)",
    ),
    do(
        "fresh132-07",
        "burn our logo into the video, small size, making it a watermark like in photos",
        [step("overlay_image", file="logo.png", **WHOLE)],
        assets=["logo.png"],
        note="the logo over all of the video, at the usual small size, at any place",
    ),
    no_op(
        "fresh132-08",
        "remove the vocals from the song while keeping the backing vocals",
        "needs analysis",
        probe=Probe(duration=210.0),
        note="separating the lead vocal from the backing vocals needs source separation",
    ),
    ask(
        "fresh132-09",
        "cut the crew boat's Hall of Fame speech video to get to 1 minute of video, with Jesse's "
        "selections",
        "which parts to keep (Jesse's selections are in a document that is not given)",
        (*WHICH_PART, "which parts", "selection", "document", "keep", "seconds"),
    ),
    out_of_scope(
        "fresh132-10",
        "export a loop of a character's animation as a gif/mp4, rather than having to film the "
        "screen ourselves",
        "exporting a web app's character animation, not an edit of a given file",
    ),
    out_of_scope(
        "fresh132-11",
        "blur, remove, or otherwise obfuscate parts of my screen while doing a screen recording, "
        "applied before recording: I want to remove my name and other sensitive information "
        "without firing up a video editor",
        "a screen recorder's capture setting, applied before and during recording, not an edit "
        "of a given file",
    ),
    out_of_scope(
        "fresh132-12",
        "make a video of a young, well-dressed woman in a minimal, tidy home who plugs a vacuum "
        "cleaner in and vacuums the room: the output should be a video in Instagram Reels format "
        "(vertical 9:16)",
        "generating a video from nothing (a text-to-video model's job), not an edit of a given "
        "file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
