"""A sixty-fourth fresh, held-out collection of real requests (tests/realreq/fresh64.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh61's, the
rows are short, typical asks, like the development set's, one or two edits each; all 13 come
from GitHub issues of recording and camera apps and tools: a Raspberry Pi camera OS and
motionEye, a screen recorder, GIF recorders, a construction-camera server, ShareX, a preview
generator, a chrono-photography tool, a video player, an n8n media node, an NVR and a camera
firmware hack. Each case follows its row's `expected` column; `[out of scope]` rows are
OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the request and the files it
names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import GIF, WHOLE, AnyOf, Below, Between, Case, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh64.md")

#: The Evercam watermark, small ("approx 1cm squared"), in the bottom-right corner.
_LOGO = step(
    "overlay_image",
    file="evercam_logo.png",
    position="bottom-right",
    size=AnyOf(None, Below(15)),
    **WHOLE,
) | step(
    "overlay_image", file="evercam_logo.png", position="bottom-right", pixels=Below(200), **WHOLE
)
#: Less contrast and less colour, all of it.
_FLATTER = step("contrast", percent=Below(0), **WHOLE)
_MUTED = step("saturation", percent=Below(0), **WHOLE)
#: A fade of the picture (and the sound), any length.
_FADE_IN = step("fade", direction="in", target=AnyOf("video", "both"))
_FADE_OUT = step("fade", direction="out", target=AnyOf("video", "both"))

CASES: tuple[Case, ...] = (
    do(
        "fresh64-01",
        "merge both cameras in a single output like picture in picture: this one as the front "
        "view and the other as the back view",
        [step("pip", file="back.mp4", **WHOLE)],
        assets=["back.mp4"],
        note="the back camera's video in a corner of this one, any corner and size, all of it",
    ),
    do(
        "fresh64-02",
        "save the screen capture without the recorded audio: I captured it with audio, but want "
        "to export it without",
        [step("mute")],
        note="the sound taken out",
    ),
    do(
        "fresh64-03",
        "delete all frames from frame 5 to frame 50",
        [step("cut", start=Between(0.13, 0.17), end=Between(1.66, 1.71))],
        note="frames 5 to 50 of the 30 fps video cut out (counted from 0 or from 1)",
    ),
    do(
        "fresh64-04",
        "give the recording clip a nice Evercam watermark in the bottom right hand corner, approx "
        "1cm squared",
        [_LOGO],
        assets=["evercam_logo.png"],
        note="the logo small in the bottom-right corner, all of it",
    ),
    do(
        "fresh64-05",
        "fix the screen recording: I recorded scrolling on a web page and all colors on the file "
        "are highly contrasted and too saturated",
        [_FLATTER, _MUTED],
        [_MUTED, _FLATTER],
        note="less contrast and less saturation, any amounts, either order, all of it",
    ),
    do(
        "fresh64-06",
        "correct the video of my network camera: its image is flipped (looking at mirror)",
        [step("flip", direction="horizontal")],
        note="mirrored back left to right",
    ),
    do(
        "fresh64-07",
        "increase the speed of the video like 2x",
        [step("speed", factor=2, **WHOLE)],
        note="double speed, all of it",
    ),
    do(
        "fresh64-08",
        "fade in and fade out over the first and last frames, to produce less abrupt starts and "
        "ends",
        [_FADE_IN, _FADE_OUT],
        [_FADE_OUT, _FADE_IN],
        note="a fade in at the start and a fade out at the end, any length, either order",
    ),
    do(
        "fresh64-09",
        "cut the first 3 seconds of the recording: I don't want my every gif to start with a "
        "recording of your home page",
        [step("trim", start=3, end=None) | step("cut", start=0, end=3), maybe(GIF)],
        note="the first 3 s gone (a GIF may come with it)",
    ),
    ask(
        "fresh64-10",
        "rotate the video: because of the shooting angle it always shows at ninety degrees",
        "which way to turn it (clockwise or anticlockwise)",
        (
            "which way",
            "which direction",
            "direction",
            "clockwise",
            "counterclockwise",
            "anticlockwise",
            "left or right",
        ),
    ),
    ask(
        "fresh64-11",
        "adjust the speed of the video: using ffmpeg is awkward in my environment",
        "which speed (faster or slower, and by how much)",
        (
            "how much",
            "how fast",
            "faster",
            "slower",
            "which speed",
            "what speed",
            "factor",
        ),
    ),
    ask(
        "fresh64-12",
        "join all the event recordings of the day into one file",
        "which recordings (only this one is given: the other files)",
        ("which", "other", "files", "clips", "videos", "asset"),
    ),
    out_of_scope(
        "fresh64-13",
        "remove the timestamp shown on the camera's live video, by configuring it or with a script",
        "a setting of a camera's live view, not an edit of a file (and no operation removes "
        "burned-in text)",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
