"""A three-hundred-and-fifty-second fresh, held-out collection of real requests
(tests/realreq/fresh352.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh349's, the
rows are short, typical asks; all 12 come from GitHub issues, 10 of them written in Chinese or
Russian (EpMedia, RecorderManager, PictureSelector, HRConvert2, WAVideoBox, WebAV, globalSpeed,
cams, anilibrix and aicups): videos compressed, a video made a GIF, a long video cut short with
no part named, a region cropped with none named, compressed and cropped with neither said,
trimmed from one end with no length, and speed controls of a browser extension, a camera app,
a player and a game visualizer.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import GIF, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh352.md")

_SMALL = step("quality", level="small")
_SMALLER_1080 = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))
_SMALLER = (
    [_SMALL, maybe(_SMALLER_1080)],
    [step("compress", max_mb=Between(0.1, 1000)), maybe(_SMALLER_1080)],
    [_SMALLER_1080, maybe(_SMALL)],
)

CASES: tuple[Case, ...] = (
    do(
        "fresh352-01",
        "compress this video: adjusting the frame rate and the bitrate did not reduce its size",
        *_SMALLER,
        probe=Probe(duration=60.0),
        note="a smaller file",
    ),
    do(
        "fresh352-02",
        "compress this video",
        *_SMALLER,
        probe=Probe(duration=30.0, width=1080, height=1920),
        note="a smaller file",
    ),
    do(
        "fresh352-03",
        "add a video compression option: compress this video",
        *_SMALLER,
        probe=Probe(duration=30.0, width=1080, height=1920),
        note="a smaller file",
    ),
    do(
        "fresh352-04",
        "convert this video to a gif",
        [GIF],
        probe=Probe(duration=8.0, width=1280, height=720),
        note="an animated GIF of the video",
    ),
    ask(
        "fresh352-05",
        "cut this long video into a short video, like for posting to WeChat Moments",
        "which part to keep (and how long)",
        (*WHICH_PART, "how long", "how many seconds"),
        probe=Probe(duration=300.0, width=1080, height=1920),
    ),
    ask(
        "fresh352-06",
        "crop a region of this video",
        "which region (its size and where it sits)",
        ("which", "region", "area", "where", "size", "part"),
        probe=Probe(duration=30.0),
    ),
    ask(
        "fresh352-07",
        "compress and crop this video, that would be even better",
        "what to crop (which area, or which part), and how small",
        ("which", "what", "area", "region", "part", "where", "how much", "size"),
        probe=Probe(duration=30.0, width=1080, height=1920),
    ),
    ask(
        "fresh352-08",
        "trim this video, from the head or from the tail",
        "how much, and from which end",
        (*WHICH_PART, "how much", "how many", "how long", "seconds"),
        probe=Probe(duration=60.0),
    ),
    out_of_scope(
        "fresh352-09",
        "while I watch long videos in the Edge browser, let me hold down the arrow key to double "
        "the speed of the current part, to speed up or slow down some parts for a short time",
        "a playback control of a browser extension, not an edit of a video file",
    ),
    out_of_scope(
        "fresh352-10",
        "let me change the playback speed when watching videos from sftp, for example 2x, 5x, 10x",
        "a camera app's playback speed, not an edit of a video file",
    ),
    out_of_scope(
        "fresh352-11",
        "when I press space, speed playback up x2, and when I release it, go back to the old "
        "speed (not x1, the selected one)",
        "a player's keyboard control, not an edit of a video file",
    ),
    out_of_scope(
        "fresh352-12",
        "add slowed-down playback to the visualizer: even speed 1 is quite fast, I'd like to "
        "choose a multiplier of at least 0.5 (and 0.1)",
        "a game visualizer's playback speed, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
