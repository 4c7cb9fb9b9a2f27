"""A seventy-second fresh, held-out collection of real requests (tests/realreq/fresh72.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh69's, the
rows are short, typical asks, like the development set's; all 13 come from GitHub issues of a
camera app, a screen recorder, a stabilizing library, a video cutter, a movie player, an AI
cutting tool, a learning-video team, a documentation camera app, a gyro stabilizer, a HomeKit
camera and an OBS restreaming plugin. Each case follows its row's `expected` column;
`[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the
request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import WHOLE, AnyOf, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh72.md")

#: A movie wider than 16:9 (2.4:1), as fresh72-05 describes it.
_WIDE = Probe(width=1920, height=800)

CASES: tuple[Case, ...] = (
    do(
        "fresh72-01",
        "overlay my custom logo on the video as a watermark, to be put in the middle",
        [step("overlay_image", file="logo.png", position="center", **WHOLE)],
        assets=["logo.png"],
        note="the logo in the middle of the frame, any size, all of it",
    ),
    do(
        "fresh72-02",
        "stabilize the video (anti-shake): the stock Samsung camcorder app on my SGS4 had this "
        "function",
        [step("stabilize")],
        note="the camera shake smoothed, any strength",
    ),
    do(
        "fresh72-03",
        "flip my camera video: the signage behind me in my room is read backwards without "
        "flipping it",
        [step("flip", direction="horizontal")],
        note="mirrored left to right, so the signs read the right way",
    ),
    do(
        "fresh72-04",
        'add a small logo on the bottom of the video, a TV "bug"',
        [
            step(
                "overlay_image",
                file="logo.png",
                position=AnyOf("bottom", "bottom-left", "bottom-right"),
                **WHOLE,
            )
        ],
        assets=["logo.png"],
        note="the logo at the bottom of the frame (middle or a corner), any size, all of it",
    ),
    do(
        "fresh72-05",
        "cut the movie to 16:9: enlarge it until it covers the black bars (the left and right "
        "edges are lost, but the image is not deformed)",
        [step("crop", aspect="16:9"), maybe(step("resize"))],
        [step("platform", platform="youtube", fit="crop")],
        probe=_WIDE,
        note="the 1920x800 movie cropped to 16:9 at the sides (a resize may come with it)",
    ),
    do(
        "fresh72-06",
        "the exported picture is automatically rotated 90° clockwise: turn it back",
        [step("rotate", degrees=270)],
        note="a quarter turn counter-clockwise undoes the clockwise one",
    ),
    do(
        "fresh72-07",
        "reverse the drone shot of the landing: the drone losing altitude to land is kinda "
        "boring, but played reversed it becomes an interesting shot",
        [step("reverse")],
        note="played backwards, so the drone takes off",
    ),
    do(
        "fresh72-08",
        "stabilize the concert video: the flashing lights in the concert seem to throw off the "
        "stabilization",
        [step("stabilize")],
        note="the camera shake smoothed, any strength",
    ),
    ask(
        "fresh72-09",
        "speed up a specific piece of the video, as a fast-forward effect",
        "which piece (from when to when), and how fast",
        (*WHICH_PART, "piece", "part", "segment", "how fast", "how much faster", "speed"),
    ),
    ask(
        "fresh72-10",
        'make a vertical or horizontal "mirror" of the video',
        "which way (left-right or top-bottom)",
        ("which", "vertical", "horizontal", "direction", "left", "top", "way"),
    ),
    ask(
        "fresh72-11",
        "export the 4k120 video at a lower frame rate: a lot of devices struggle to even play "
        "back videos at 4k120",
        "which frame rate",
        ("frame rate", "fps", "which", "what rate", "how many frames", "target"),
        probe=Probe(width=3840, height=2160, fps=120.0),
    ),
    out_of_scope(
        "fresh72-12",
        "adapt the camera's brightness automatically in low daylight (outside IR mode): in a "
        "dimly lit room at the end of the day the image stays dark",
        "the automatic exposure of a live HomeKit camera's pipeline, not an edit of a file",
    ),
    out_of_scope(
        "fresh72-13",
        "add an option to rotate the video 90, 180 and 270 degrees for the additional Instagram "
        "stream",
        "rotating a live restream from OBS, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
