"""A hundred-and-forty-eighth fresh, held-out collection of real requests
(tests/realreq/fresh148.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh145's, the
rows are short, typical asks, like the development set's; all 7 come from GitHub issues of apps
and tools people record their own videos with (a Camera2 video sample, a one-second video diary
app, a Gear 360 stitching script, a GPS overlay tool, a phone-mirroring app, a gallery app and a
USB camera library for Android); the session's search budget ran out after 7 queries. Each case
follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the
`[no op]` row a refusal of a DOABLE ask no operation does. An `[extra input: …]` marker is left
out of the request and the file it names is given as an asset instead."""

from __future__ import annotations

from pathlib import Path

from .cases import do, no_op, out_of_scope
from .score import Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh148.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh148-01",
        "flip the video I recorded in landscape mode with the front camera: it was reversed in "
        "the vertical direction",
        [step("flip", direction="vertical")],
        [step("rotate", degrees=180)],
        note="mirrored top to bottom (a half turn is fair too), all of it",
    ),
    do(
        "fresh148-02",
        "turn the video the right way up: it is imported upside down even though it shows up the "
        "right way in Google Photos (I held my phone upside down from the normal way to record "
        "it; rotating it in Google Photos and saving a new copy did not help)",
        [step("rotate", degrees=180)],
        [step("flip", direction="horizontal"), step("flip", direction="vertical")],
        [step("flip", direction="vertical"), step("flip", direction="horizontal")],
        note="turned a half turn (or flipped both ways), all of it",
    ),
    do(
        "fresh148-03",
        "keep my time-lapse video at the 10 FPS it was recorded at: it comes out at 25 FPS instead",
        [step("fps", fps=10)],
        probe=Probe(fps=25.0),
        note="10 frames a second from the 25 fps video, same length",
    ),
    no_op(
        "fresh148-04",
        "overlay the GPS data of my bike ride on the video, in sync with it: I record my bike "
        "rides using GoPro's timelapse feature (to save on heat and battery), typically 15x or "
        "30x depending on how long the ride is",
        "no op",
        assets=["ride.gpx"],
        note="no op: drawing a GPX track's data (speed, map, elevation) on the video in time with "
        "it; no operation reads GPS data",
    ),
    out_of_scope(
        "fresh148-05",
        "capture the audio too when recording the Android screen: showing a recording of your app "
        "opening a video and playing it with the full audio would be a great improvement when "
        "demoing an app",
        "a screen recorder's recording of the phone's sound, not an edit of a given file",
    ),
    out_of_scope(
        "fresh148-06",
        "add back the advanced editor for videos: Simple Gallery had one, but in Fossify Gallery, "
        "which is a fork of it, this feature disappeared",
        "a gallery app's video-editor feature, not an edit of a given file",
    ),
    out_of_scope(
        "fresh148-07",
        "create a timelapse video while recording from the USB camera",
        "a camera library's recording mode (a time-lapse made while recording), not an edit of a "
        "given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
