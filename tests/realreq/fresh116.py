"""A hundred-and-sixteenth fresh, held-out collection of real requests (tests/realreq/fresh116.md):
one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh113's, the
rows are short, typical asks, like the development set's; they come from GitHub issues and a pull
request about camera recordings and their tools: a simulation toolkit's converter, a
pose-estimation camera tool, ZoneMinder, Frigate, a TeslaCam browser, a Tapo camera library and a
Ring doorbell plugin. Each case follows its row's `expected` column; `[no op]` and
`[needs analysis]` rows are DOABLE refusals, `[out of scope]` rows OUT-OF-SCOPE refusals. An
`[extra input: …]` marker is left out of the request and the files it names are given as assets
instead."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import Case, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh116.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh116-01",
        "convert the simulation AVI video to MP4 for our presentation",
        [step("convert", format="mp4"), maybe(step("codec", codec="h264"))],
        note="saved as an mp4 (an H.264 setting may come with it)",
    ),
    no_op(
        "fresh116-02",
        "blur the faces before saving the video: for our use case, we cannot store identifiable "
        "faces",
        "needs analysis",
        note="finding the faces needs face detection and tracking",
    ),
    no_op(
        "fresh116-03",
        "burn the exact time into the camera video: for any security uses it is absolutely "
        "required",
        "no op",
        note="a running clock of the capture time; no timecode op (text draws fixed words)",
    ),
    ask(
        "fresh116-04",
        "censor the tiny part of the image that shows public areas (roads, walkways) from the "
        "recording: in my country it is required",
        "which part of the picture (where the public area is)",
        ("which part", "which area", "where", "area", "region", "which", "position", "rectangle"),
    ),
    ask(
        "fresh116-05",
        "merge together all three camera clips and export them as a single file",
        "how to put them together: one after another, or side by side in one picture",
        (
            "side by side",
            "one after",
            "after another",
            "order",
            "layout",
            "arrange",
            "how",
            "grid",
            "at the same time",
        ),
        assets=["left.mp4", "right.mp4"],
    ),
    out_of_scope(
        "fresh116-06",
        "download the clips saved on the camera to my computer, to back them up",
        "fetching the clips a Tapo camera keeps, not an edit of a given file",
    ),
    out_of_scope(
        "fresh116-07",
        "add a button that calls the recording, so I can create automations like: if the motion "
        "sensor is active then record",
        "recording a doorbell camera's live stream on a trigger, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
