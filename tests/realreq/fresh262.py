"""A two-hundred-and-sixty-second fresh, held-out collection of real requests
(tests/realreq/fresh262.md): one checkable case a row, encoded the way fresh260.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh260's, the
rows are short, typical asks; all 8 come from GitHub issues written in Chinese and English (the
queries for online sellers', shops' and restaurants' own asks in forums found only guides and
sellers' help pages): a compressed video upside down, a video to reverse, an ad video to
compress before upload, a slideshow too big to upload, a landscape recording that came out
vertical, a walk-through video to cut for an article, a video to loop, a tutorial video cut off
at the end.
Each case follows its row's `expected` column; the `[out of scope]` row is an OUT-OF-SCOPE
refusal."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import (
    Case,
    Probe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh262.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh262-01",
        "turn this compressed video back the right way up: after compressing, the video came "
        "out upside down, rotated 180 degrees",
        [step("rotate", degrees=180)],
        probe=Probe(duration=30.0, width=1280, height=720),
        note="a half turn",
    ),
    do(
        "fresh262-02",
        "reverse this video",
        [step("reverse")],
        probe=Probe(duration=15.0, width=1280, height=720),
        note="played backwards",
    ),
    do(
        "fresh262-03",
        "compress this ad video before it is uploaded",
        [step("compress")],
        [step("quality", level="small")],
        probe=Probe(duration=30.0, width=1920, height=1080),
        note="a smaller file (any size, or the small quality)",
    ),
    do(
        "fresh262-04",
        "compress this final slideshow video: I am having an issue while uploading it because "
        "of its size",
        [step("compress")],
        [step("quality", level="small")],
        probe=Probe(duration=60.0, width=1280, height=720),
        note="a smaller file (any size, or the small quality)",
    ),
    ask(
        "fresh262-05",
        "turn this video the right way: I shot it horizontally (landscape), but it came out "
        "vertical",
        "which way to turn it (clockwise or counter-clockwise)",
        (
            "which way",
            "which direction",
            "direction",
            "clockwise",
            "counterclockwise",
            "counter-clockwise",
            "left or right",
        ),
        probe=Probe(duration=30.0, width=720, height=1280),
    ),
    ask(
        "fresh262-06",
        "cut the Simulator walk-through video for the article",
        "which part to keep (where the cut starts and ends)",
        (*WHICH_PART, "which part", "keep"),
        probe=Probe(duration=3600.0, width=1920, height=1080),
    ),
    ask(
        "fresh262-07",
        "make this video I put in loop",
        "how many times it should play (or for how long)",
        ("how many", "times", "how long", "duration", "repeat"),
        probe=Probe(duration=60.0, width=1920, height=1080),
    ),
    out_of_scope(
        "fresh262-08",
        "fix this tutorial video: it is great, however it seems not finished and got cut at "
        "the end",
        "restoring an ending the recording does not have: the rest of the tutorial is not in "
        "the file",
        probe=Probe(duration=300.0, width=1920, height=1080),
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
