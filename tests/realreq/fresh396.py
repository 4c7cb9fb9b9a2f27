"""A three-hundred-and-ninety-sixth fresh, held-out collection of real requests
(tests/realreq/fresh396.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh393's, the
rows are short, typical asks; all 8 come from GitHub issues (home-video keepers and their tools:
OpenShot, libplacebo, an Android video editor, a WhatsApp API, PowerToys, an archivists' artifact
atlas and a video scaler): a DVD's VOB files merged into one, a VHS master's range stretched back
out, a landscape video playing vertical turned back, a long video made small enough for WhatsApp,
a camcorder MOD file an editor will not import, a batch resizer, a question about lines on tapes
and a scaler's washed-out colours.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import do, out_of_scope
from .score import Above, AnyOf, Between, Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh396.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh396-01",
        "merge these VOB files of my DVD together so it's one long file instead of multiple ones: "
        "the files after the first don't seem to include the header info",
        [step("join", clips=AnyOf(["VTS_01_2.VOB"], []), at=AnyOf("end", None))],
        assets=["VTS_01_2.VOB"],
        probe=Probe(duration=1500.0, width=720, height=576, fps=25.0),
        note="the second VOB file joined after the first",
    ),
    do(
        "fresh396-02",
        "stretch the range of this VHS master back out: blacks read as dark grey rather than "
        "black, whites top out early, everything clumps toward mid-grey",
        [step("contrast", percent=Above(0))],
        [step("custom")],
        probe=Probe(duration=3600.0, width=720, height=576, fps=25.0),
        note="more contrast: black back to black, white back to white",
    ),
    do(
        "fresh396-03",
        "this video was shot in landscape, but it plays vertical on the PC: fix it",
        [step("rotate", degrees=90)],
        [step("rotate", degrees=270)],
        probe=Probe(duration=30.0, width=720, height=1280),
        note="a quarter turn back to landscape, either way",
    ),
    do(
        "fresh396-04",
        "make this long video small enough to send in WhatsApp: uploading it returned a too large "
        "error, though it is less than 100M",
        [step("compress", max_mb=Between(1, 100))],
        probe=Probe(duration=600.0, width=1920, height=1080),
        note="under WhatsApp's limit",
    ),
    out_of_scope(
        "fresh396-05",
        "import this .MOD camcorder file into OpenShot: it says .mod is not a valid video, audio "
        "or image file",
        "an editor's import bug, not an edit of the file",
    ),
    out_of_scope(
        "fresh396-06",
        "resize multiple videos, convert their formats and possibly crop them, like the image "
        "resizer (the Windows video app doesn't allow to resize)",
        "a batch tool in PowerToys, not an edit of one video",
    ),
    out_of_scope(
        "fresh396-07",
        "explain the horizontal lines on my four tapes from the same event, which become more "
        "severe in proportion to the volume of the audio",
        "a question about a tape's artifact, not an edit of a video",
    ),
    out_of_scope(
        "fresh396-08",
        "make the picture of my PS2's VGA output through the scaler more vibrant: it has washed "
        "out color",
        "a live video scaler's setting, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
