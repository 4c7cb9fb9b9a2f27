"""A three-hundred-and-seventy-third fresh, held-out collection of real requests
(tests/realreq/fresh373.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh369's, the
rows are short, typical asks; all 14 come from GitHub issues (360 and action camera users: a
GoPro MAX stitcher, Insta360's SDKs, GoPro's GPMF parser and Open GoPro, Gyroflow and its plugins,
Google's spatial-media tool, ReelSteady Joiner, LosslessCut, GoPro Labs, a DJI camera tool and
Meshroom): a stitched video resized to 4096x1344, stitched X4 segments joined, split MAX chapters
joined, vertical GoPro footage stabilized, a Theta video stitched on Linux, a MAX2 .360 made
equirectangular, a frame at an unstated time, a small part of an FPV recording kept, a jump
recorded a few times split apart, a cutter's stitching bug, GoPro Labs settings for noise, a
date burned in by the camera, an Osmo 360 command line pipeline and a photogrammetry program's
fisheye setting.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import AnyOf, Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh373.md")

_MAX_360 = Probe(duration=480.0, width=4096, height=1344, fps=30.0)
_EQUIRECT = Probe(duration=480.0, width=5376, height=2688, fps=30.0)
_X4 = Probe(duration=1800.0, width=7680, height=3840, fps=30.0)
_VERTICAL_GOPRO = Probe(duration=60.0, width=2160, height=3840, fps=60.0)

CASES: tuple[Case, ...] = (
    do(
        "fresh373-01",
        "resize this stitched GoPro MAX video to 4096x1344: when we scale it, the output video "
        "color becomes pink",
        [step("resize", width=4096, height=1344)],
        probe=_EQUIRECT,
        note="that exact size",
    ),
    do(
        "fresh373-02",
        "combine these stitched segments of one continuous 1+ hour 360 recording from my "
        "Insta360 X4 into a single video that covers the whole session",
        [
            step(
                "join",
                clips=AnyOf(["segment2.mp4", "segment3.mp4"], []),
                at=AnyOf("end", None),
            )
        ],
        assets=["segment2.mp4", "segment3.mp4"],
        probe=_X4,
        note="the other segments after this one, in order",
    ),
    do(
        "fresh373-03",
        "concatenate these GoPro MAX videos, which were split due to the 8 min limit, into a "
        "single video",
        [
            step(
                "join",
                clips=AnyOf(["GS020001.360", "GS030001.360"], []),
                at=AnyOf("end", None),
            )
        ],
        assets=["GS020001.360", "GS030001.360"],
        probe=_MAX_360,
        note="the next chapters after this one, in order",
    ),
    do(
        "fresh373-04",
        "stabilize this vertical GoPro 10 footage: with the plugin in DaVinci Resolve I get "
        "various distortions and the stabilization seems off (I have no issues with horizontal "
        "footage)",
        [step("stabilize")],
        probe=_VERTICAL_GOPRO,
        note="the shake smoothed away",
    ),
    no_op(
        "fresh373-05",
        "stitch this Ricoh Theta video (still two fisheye circles) so it plays right as 360 on "
        "YouTube: I only have access to Linux machines, so I was hoping to do this without having "
        "to track down a Mac or Windows box",
        "no op: two fisheye images stitched into one equirectangular picture; nothing stitches",
        probe=Probe(duration=120.0, width=1920, height=1080, fps=30.0),
    ),
    no_op(
        "fresh373-06",
        "convert this .360 video from my GoPro MAX2 to an equirectangular .mp4: I need to do some "
        "VSLAM processing on it",
        "no op: the .360's EAC tracks reprojected to equirectangular; nothing reprojects",
        probe=_MAX_360,
    ),
    ask(
        "fresh373-07",
        "extract a single frame from this Insta360 video at a specified timestamp",
        "at which time (none is given)",
        ("which time", "what time", "timestamp", "which second", "what second", "when", "at what"),
        probe=Probe(duration=300.0, width=3840, height=2160),
    ),
    ask(
        "fresh373-08",
        "split this long FPV recording and keep only a small part to archive, with the gyro data, "
        "so I can change the stabilization later",
        "which part, from when to when (and no operation keeps the gyro data)",
        ("which part", "what part", "which section", "from when", "start", "range", "timestamps"),
        probe=Probe(duration=1200.0, width=2704, height=1520, fps=60.0),
    ),
    ask(
        "fresh373-09",
        "divide this long GoPro video into several videos: I recorded the same jump a few times "
        "and would like to have them separate, to do some analysis separately",
        "where each jump starts and ends (and no operation writes several files)",
        ("where", "when", "timestamps", "times", "start", "which parts", "how many"),
        probe=Probe(duration=600.0, width=3840, height=2160, fps=60.0),
    ),
    out_of_scope(
        "fresh373-10",
        "fix LosslessCut so that cutting videos recorded by my DJI Osmo 360 doesn't cause "
        "stitching issues: opened in DJI Studio, the original has no stitching seam, but the "
        "exported video has obvious stitching errors",
        "a program's bug (a lossless cutter breaking DJI Studio's stitching), not an edit",
    ),
    out_of_scope(
        "fresh373-11",
        "tell me what settings I need to make in GoPro Labs via QR code to remove video noise and "
        "graininess, as well as shoot in low light",
        "a camera's recording settings, not an edit of a video file",
    ),
    out_of_scope(
        "fresh373-12",
        "make my Hero 11 Black add the time and the date metadata in all videos, permanently, "
        "not just for a few seconds",
        "a camera's burned-in overlay on every recording, not an edit of the given file",
    ),
    out_of_scope(
        "fresh373-13",
        "add a feature to this camera tool to export Osmo 360 .OSV files to MP4 from the command "
        "line: stitched, color corrected from D-Log M to Rec.709, with 360 metadata injected and "
        "uploaded to YouTube",
        "a camera tool's command line pipeline (stitching, grading, uploading), not an edit",
    ),
    out_of_scope(
        "fresh373-14",
        "I want to make photogrammetry with a Sony HDR-AS50 action cam: can I remove the "
        "distortion of the fisheye lens inside Meshroom?",
        "a photogrammetry program's camera setting, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
