"""A ninety-fifth fresh, held-out collection of real requests (tests/realreq/fresh95.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh93's, the
rows are short, typical asks, like the development set's; six come from forum threads and blog
posts (VEGAS, creativecow, DV Info Net, Adobe's forums, a photographer's and an interviewer's blog),
five from GitHub issues of a 3D-printer monitor, a video-call recording SDK, a downloader, a
university's course-production tracker and a virtual world's client. Each case follows its
row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import GIF, WHOLE, Above, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh95.md")

#: Black bars, by name or left to the default.
_BLACK = AnyOf("black", "#000000", None)

#: The 1920x1080 picture cut to a 2.35:1 (or 2.39:1) widescreen strip, centred: as a ratio,
#: or as the bars of about 132 px taken off the top and the bottom.
_WIDESCREEN = (
    step("crop", aspect=AnyOf("2.35:1", "47:20", "235:100", "2.39:1", "239:100", "2.4:1", "12:5"))
    | step(
        "crop_edges",
        top=Between(125, 140),
        bottom=Between(125, 140),
        left=AnyOf(0, None),
        right=AnyOf(0, None),
        unit=AnyOf("px", None),
    )
    | step("crop_edges", top=Between(11, 13), bottom=Between(11, 13), unit="%")
    | step("crop_area", width=1920, height=Between(800, 830))
)

CASES: tuple[Case, ...] = (
    do(
        "fresh95-01",
        "tone down the wind gusts in the sound of the outdoor wedding video: the winds gusted "
        "around 20 at times",
        [step("audio_denoise")],
        note="the wind in the sound reduced (a low cut would suit wind better, but there is no "
        "equalizer op)",
    ),
    do(
        "fresh95-02",
        "smooth out the shakiness of my studio tour video in post-processing: my hand's shake "
        "often exceeded what the camera's SteadyShot could do",
        [step("stabilize")],
        note="steadied, any strength",
    ),
    do(
        "fresh95-03",
        "brighten the interview video I published: it came out too dark",
        [step("brightness", percent=Above(0), **WHOLE) | step("gamma", gamma=Above(1), **WHOLE)],
        note="brighter, any amount, all of it",
    ),
    do(
        "fresh95-04",
        "convert the 3D print timelapse video into a GIF: I want to write a blog article and make "
        "tweets about it",
        [anywhere(GIF), maybe(step("resize")), maybe(step("fps"))],
        note="an animated GIF of the whole timelapse",
    ),
    do(
        "fresh95-05",
        "cut the startup sequence from the conversation recording so it opens directly on both "
        "participants' video: both tiles are live at 4.5s",
        [step("trim", start=Between(4.4, 4.6), end=None)],
        [step("cut", start=0, end=Between(4.4, 4.6))],
        note="the first 4.5 seconds (loading screen and placeholder tiles) cut, the rest kept",
    ),
    do(
        "fresh95-06",
        "normalize the audio of the downloaded video, keeping the video (not extracting an mp3)",
        [step("normalize")],
        note="the loudness normalized, any target, the picture kept (no audio-only file)",
    ),
    do(
        "fresh95-07",
        "add a 2.35 widescreen matte over the video, for a 16:9 letterboxed presentation",
        [_WIDESCREEN, step("pad", aspect="16:9", color=_BLACK)],
        probe=Probe(width=1920, height=1080),
        note="a 2.35:1 strip of the 1920x1080 picture with black bars of about 132 px at the top "
        "and the bottom, still 16:9",
    ),
    ask(
        "fresh95-08",
        "speed the clip up 300% for the start, then back to normal speed in the middle, then up "
        "to 300% for the end",
        "where the start and the end parts are (their times)",
        WHICH_PART,
    ),
    ask(
        "fresh95-09",
        "make part of the video play backwards",
        "which part (times)",
        WHICH_PART,
    ),
    ask(
        "fresh95-10",
        "edit out the first few seconds of the unit 10 video and add the title like the other "
        "videos",
        "the title's words (and how many seconds 'a few' is)",
        ("title", "text", "what should", "which", "how many", "seconds", "words"),
    ),
    out_of_scope(
        "fresh95-11",
        "give the livestream screen more brightness: it looks way too dark on mobile, so the "
        "livestream can be enjoyed",
        "how a virtual world's client renders a livestream's screen, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
