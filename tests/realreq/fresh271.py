"""A two-hundred-and-seventy-first fresh, held-out collection of real requests
(tests/realreq/fresh271.md): one checkable case a row, encoded the way fresh269.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh269's, the
rows are short, typical asks; all 11 come from GitHub issues about phone, camera and recorder
videos (camera libraries, a Pi camera, a trail camera, a TV tuner, OpenShot, Frigate, …): a
dark first half-second or frame, a dark night recording, files too large, a mirrored text, a
stretched picture, sound out of sync, a clip of a long meeting, a slide show to split and a
link to share.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import WHOLE, Above, Below, Between, Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh271.md")

_LIGHTER = step("brightness", percent=Above(0), **WHOLE) | step("gamma", gamma=Above(1), **WHOLE)

CASES: tuple[Case, ...] = (
    do(
        "fresh271-01",
        "fix this video from the front camera: the first ~0,5s is darker than the rest of the "
        "movie, this is really annoying",
        [step("trim", start=Between(0.3, 1.0), end=None)],
        probe=Probe(duration=15.0, width=1280, height=720, fps=30.0),
        note="the dark first half-second cut off",
    ),
    do(
        "fresh271-02",
        "brighten this night recording from my Pi camera: on the preview it looks great with "
        "night exposure, but right after I clicked start recording it got dark and I barely can "
        "see the video",
        [_LIGHTER],
        probe=Probe(duration=60.0, width=1280, height=720),
        note="the picture brightened or its mid-tones lifted, all of it",
    ),
    out_of_scope(
        "fresh271-03",
        "share a link to this export, so that I can direct other authorized users (family "
        "members) to the footage instead of downloading the video and sharing it via Discord",
        "a link to the camera server's page for the export, not an edit of the file",
        probe=Probe(duration=30.0, width=1920, height=1080),
    ),
    do(
        "fresh271-04",
        "fix this trail camera video: the first frame is dark",
        [step("trim", start=Between(0.03, 0.5), end=None)],
        probe=Probe(duration=20.0, width=1920, height=1080, fps=30.0),
        note="the dark first frame (or so) cut off",
    ),
    ask(
        "fresh271-05",
        "extract a clip from this very long (3 hrs plus) public meeting: I define a segment and "
        "export that segment as its own video file",
        "which segment (its start and end)",
        (*WHICH_PART, "segment", "which clip", "what part"),
        probe=Probe(duration=11400.0, width=1280, height=720),
    ),
    no_op(
        "fresh271-06",
        "fix this recording from my TV tuner (a French channel): the audio and video are not "
        "synced correctly",
        "no op: shifting the sound against the picture; no op offsets the sound (and how much "
        "is not said)",
        probe=Probe(duration=1800.0, width=720, height=480),
    ),
    no_op(
        "fresh271-07",
        "chop up this long video of a powerpoint into many videos, each slide as its own video",
        "no op: several output files, one a slide; every operation makes one video",
        probe=Probe(duration=1800.0, width=1920, height=1080),
    ),
    ask(
        "fresh271-08",
        "fix this portrait video recorded on an Amazon Fire 7: the preview was fine, but the "
        "recorded video is stretched",
        "the right shape (aspect ratio or size)",
        ("aspect", "ratio", "shape", "size", "width", "height", "how much", "which"),
        probe=Probe(duration=30.0, width=720, height=1280),
    ),
    do(
        "fresh271-09",
        "reduce the size of this 720x1280 video: 30s take about 45MB, it's too large",
        [step("compress", max_mb=Below(45))],
        [step("quality", level="small")],
        probe=Probe(duration=30.0, width=720, height=1280),
        note="a smaller file, under 45 MB",
    ),
    do(
        "fresh271-10",
        "recode this video to reduce its size: low quality and high quality came out the same "
        "(30Mb for 15 seconds)",
        [step("compress", max_mb=Below(30))],
        [step("quality", level="small")],
        probe=Probe(duration=15.0, width=1920, height=1080),
        note="a smaller file, under 30 MB",
    ),
    do(
        "fresh271-11",
        "fix this video from the front camera: I held up a picture with text on it, and the "
        "text is all reversed",
        [step("flip", direction="horizontal")],
        probe=Probe(duration=30.0, width=1280, height=720),
        note="mirrored left to right, so the text reads",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
