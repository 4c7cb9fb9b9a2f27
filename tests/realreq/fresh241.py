"""A two-hundred-and-forty-first fresh, held-out collection of real requests
(tests/realreq/fresh241.md): one checkable case a row, encoded the way fresh237.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh237's, the
rows are short, typical asks of people about one video of theirs; all 7 come from personal blogs,
a church's blog, a GitHub issue and two editors' forums (a band's videographer, an URSA Mini
shooter, a Mardi Gras onlooker, a church podcaster, a C100 shooter, a user of a face-blurring
tool and a musician back from a tour). Each case follows its row's
`expected` column; the `[no op]` rows are refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op
from .score import (
    WHOLE,
    AnyOf,
    Between,
    Case,
    Probe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh241.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh241-01",
        "convert the green footage of the band's gig to black and white, stylized for effect: "
        "the stage light blew up, so we filmed with the camera's night shot, and it turns "
        "everything green",
        [step("grayscale", **WHOLE)],
        probe=Probe(duration=3600.0, width=720, height=480),
        note="black and white, all of it",
    ),
    do(
        "fresh241-02",
        "play this footage back in normal speed again: it was recorded off speed at 50 fps in a"
        " 25 fps project, so it plays as slow motion",
        [step("speed", factor=2, **WHOLE)],
        probe=Probe(duration=20.0, width=3840, height=2160, fps=25.0),
        note="twice as fast: 50 fps shot, played at 25, back to normal speed",
    ),
    do(
        "fresh241-03",
        'rotate the image of my 45-second video of the dance group "Operation Dance" break '
        "dancing at Mardi Gras: I treated my camera like a regular camera and turned it sideways",
        [step("rotate", degrees=AnyOf(90, 270))],
        probe=Probe(duration=45.0, width=640, height=480),
        note="a quarter turn, either way (the way the camera was turned is not said)",
    ),
    ask(
        "fresh241-04",
        "select the start/end point of the sermon in this video of the whole service and make "
        "it a 220MB MP4 file for Vimeo",
        "which part (where the sermon starts and ends)",
        (*WHICH_PART, "sermon", "timestamps"),
        probe=Probe(duration=5400.0, width=720, height=576),
    ),
    no_op(
        "fresh241-05",
        "synchronise the AVX channel to the wired one in this clip: one audio channel has about "
        "a 20ms delay on the other (it came from a Sennheiser wireless AVX system, the other "
        "was a hardwired mic input)",
        "no op",
        probe=Probe(duration=600.0, width=1920, height=1080, fps=25.0),
        note="no op: one audio channel delayed 20 ms against the other; no audio-offset op",
    ),
    no_op(
        "fresh241-06",
        "blur the faces of the woman who made the speech and of the audience in this 12-second "
        "video of a protest, but weaker: 50% of each face should be visible, and the blur "
        "should follow them when they move their heads; keep the sound",
        "no op",
        probe=Probe(duration=12.0, width=1920, height=1080),
        note="no op: a face blur that finds and follows faces; blur takes no region and "
        "tracks nothing",
    ),
    do(
        "fresh241-07",
        "make a lower quality version of this 6:30 minute documentary on our summer tour for "
        "YouTube, about 30 mb",
        [step("compress", max_mb=Between(20, 35))],
        probe=Probe(duration=390.0, width=720, height=480),
        note="compressed to about 30 MB",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
