"""A three-hundred-and-forty-third fresh, held-out collection of real requests
(tests/realreq/fresh343.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh341's, the
rows are short, typical asks; all 9 come from GitHub issues of tools amateur astronomers and
microscopists use (quick-camera, moonraker-timelapse, fswebcam, Stellarium, ImageJ, Tomviz,
indi-allsky, OpenLiveStacker and SimpliPyTEM): a zoom into an astronomy shot, a timestamp drawn
on a timelapse, a dark frame subtracted, a planetarium's sky recorded, a 16-bit AVI, a program's
export bug, an hourly allsky upload, a live view turned north up and a scale bar measured.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, no_op, out_of_scope
from .score import Case, Probe

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh343.md")

_NO_SOUND = {"has_audio": False}

CASES: tuple[Case, ...] = (
    ask(
        "fresh343-01",
        "zoom into this shot so I can see more detail: I use this for astronomy",
        "which part to zoom into, and how far",
        ("which part", "where", "how much", "how far", "area", "region", "zoom"),
        probe=Probe(duration=60.0, width=1280, height=720, **_NO_SOUND),
    ),
    no_op(
        "fresh343-02",
        "add a simple timestamp overlay to this timelapse video",
        "no op: each frame's capture time drawn on it; the times are not in the video",
        probe=Probe(duration=30.0, fps=30.0, **_NO_SOUND),
    ),
    no_op(
        "fresh343-03",
        "subtract a dark frame from this webcam astrophotography video, to get rid of hot "
        "pixels and dust motes",
        "no op: a dark frame subtracted from every frame; no operation does it",
        probe=Probe(duration=60.0, width=1280, height=720, **_NO_SOUND),
    ),
    out_of_scope(
        "fresh343-04",
        "record a movie in Stellarium that tracks a sky object over a selectable period of "
        "time, at a framerate of my choosing, without the menu bars",
        "recording a planetarium program's sky as a video, not an edit of a video file",
    ),
    out_of_scope(
        "fresh343-05",
        "export this lif microscopy file as an uncompressed 16-bit avi video, without it being "
        "downgraded to 8-bit",
        "a microscope's image file written as 16-bit AVI, not an edit of a video file",
    ),
    out_of_scope(
        "fresh343-06",
        "make Tomviz save my animation as an AVI file: File, Export Movie fails with an error",
        "a program's export bug, not an edit of a video file",
    ),
    out_of_scope(
        "fresh343-07",
        "make a timelapse of the latest hour of my allsky camera and upload it to my FTP "
        "server every hour",
        "making timelapses from a camera's images and uploading them on a schedule",
    ),
    out_of_scope(
        "fresh343-08",
        "show the Sun and Moon on the screen correctly aligned, so I can compare the view with "
        "a map or website",
        "orienting a live stacking program's view, not an edit of a video file",
    ),
    out_of_scope(
        "fresh343-09",
        "measure the scalebar on this microscope video, or detect it automatically, so I don't "
        "have to use another tool",
        "measuring a scale bar in the picture, an analysis, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
