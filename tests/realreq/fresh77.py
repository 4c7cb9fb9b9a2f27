"""A seventy-seventh fresh, held-out collection of real requests (tests/realreq/fresh77.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh73's, the
rows are short, typical asks, like the development set's; all 8 come from GitHub issues of a
Telegram client library, an image board, a camera library, a GoPro converter, a security-camera
NVR, a VHS digitizing tool, a meme CLI and a video comparison tool. Each case follows its row's
`expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import WHOLE, AnyOf, Between, Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh77.md")

#: A 454x454 picture made by scaling.
_TO_454 = (
    step("resize", width=454, height=AnyOf(454, None))
    | step("resize", width=None, height=454)
    | step("resize", lines=454)
)

#: A square picture, cropped.
_SQUARE = (
    step("crop", aspect="1:1")
    | step("platform", platform="instagram_post", fit="crop")
    | step("crop_area", width=1080, height=1080, anchor=AnyOf("center", None), x=None, y=None)
)

CASES: tuple[Case, ...] = (
    do(
        "fresh77-01",
        "crop the 702x1280 video to 454x454, so it is sent as a round video message",
        [step("crop_area", width=454, height=454)],
        [step("crop", aspect="1:1"), _TO_454],
        probe=Probe(width=702, height=1280),
        note="a 454x454 square, cropped (any place) or cropped square and scaled",
    ),
    do(
        "fresh77-02",
        "trim the Twitter video to 2:20 so it can be uploaded: it is 140.02 seconds long, .02 "
        "seconds over the duration limit",
        [step("trim", start=AnyOf(0, None), end=Between(139.5, 140))],
        [step("trim", start=Between(0.02, 0.52), end=None)],
        probe=Probe(duration=140.02),
        note="at most 140 s kept: the end trimmed (or up to half a second off the start)",
    ),
    do(
        "fresh77-03",
        "crop the recorded video to a 1:1 aspect ratio: I gave the camera preview a 1:1 ratio, "
        "but the recording still has the phone's resolution",
        [_SQUARE],
        note="cropped to a square",
    ),
    do(
        "fresh77-04",
        "make the converted GoPro video a smaller file: an 8 minute chunk of 3.7GB came out at "
        "57.3GB, while the official GoPro app's output is smaller than the original",
        [step("quality", level="small") | step("compress", max_mb=Between(1, 3700))],
        probe=Probe(duration=480.0),
        note="a smaller file: quality(small) or compress under 3.7 GB",
    ),
    do(
        "fresh77-05",
        "speed up the timelapse by a factor of 25-30x, to quickly view a full day at a high "
        "speed so as not to spend too much time",
        [step("speed", factor=Between(25, 30), **WHOLE)],
        note="sped up 25 to 30 times, all of it",
    ),
    ask(
        "fresh77-06",
        "add a watermark to the video: lately I suspect someone is taking my YouTube videos and "
        "re-posting them as their own",
        "which watermark (the image or the text; no file is given)",
        ("which", "what", "image", "file", "logo", "text", "watermark"),
    ),
    ask(
        "fresh77-07",
        "add extra text in a space above the video, to provide extra context or comments",
        "which text (the words)",
        ("which text", "what text", "the text", "text", "words", "what should"),
    ),
    out_of_scope(
        "fresh77-08",
        "when I compare two videos, add black bars to the one without them instead of "
        "stretching it to the other's aspect ratio",
        "how a comparison tool shows two videos side by side, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
