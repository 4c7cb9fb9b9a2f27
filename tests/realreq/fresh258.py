"""A two-hundred-and-fifty-eighth fresh, held-out collection of real requests
(tests/realreq/fresh258.md): one checkable case a row, encoded the way fresh257.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh257's, the
rows are short, typical asks, from people with home videos digitised from VHS and DVD and family
videos to share: hours of VHS home video cut into pieces under 4 GB, a damaged tape's static, a
VHS capture split at its blue screens, a DVD's VOB files joined into one MP4, a child's video
shrunk for a messenger's 25 MB, a video made small for email, a DVD from a VHS tape "badly in need
of editing", a file moved from a PC to an iPhone.
Each case follows its row's `expected` column; the `[out of scope]` rows are OUT-OF-SCOPE
refusals, the `[no op]` and `[needs analysis]` rows refusals of a DOABLE ask no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    AnyOf,
    Between,
    Case,
    Probe,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh258.md")

_VOBS = ["VTS_01_2.VOB", "VTS_01_3.VOB"]

CASES: tuple[Case, ...] = (
    no_op(
        "fresh258-01",
        "cut this home video I digitized from VHS cassettes up into pieces: anything more than "
        "4GB is more than our terabyte book drive can handle",
        "no op",
        probe=Probe(duration=7200.0, width=720, height=480, fps=29.97),
        note="no op: splitting one video into several files",
    ),
    no_op(
        "fresh258-02",
        "clean up the sound of this recaptured tape for my archival-video documentary: the tape "
        "was damaged, all its audio has static, with vertical lines running all through it with "
        "no regularity, passing right through the actual dialogue; the image is totally fine",
        "needs analysis",
        probe=Probe(duration=1800.0, width=720, height=480, fps=29.97),
        note="needs analysis: irregular crackle of a damaged tape, not steady noise",
    ),
    no_op(
        "fresh258-03",
        "split this VHS capture into its scenes, using the blue screens as dividers: many VCRs "
        "use a blue screen to hide static, and not all VCRs use the same color of blue",
        "no op",
        probe=Probe(duration=7200.0, width=720, height=480, fps=29.97),
        note="no op: splitting into several files at the blue stretches",
    ),
    do(
        "fresh258-04",
        "combine the multiple VOB files from this DVD into a single MP4 file",
        [step("join", clips=AnyOf(_VOBS, []), at="end"), maybe(step("convert", format="mp4"))],
        [step("convert", format="mp4"), step("join", clips=AnyOf(_VOBS, []), at="end")],
        assets=_VOBS,
        probe=Probe(duration=1800.0, width=720, height=480, fps=29.97),
        note="the other two VOBs after this one, in order, as an mp4",
    ),
    do(
        "fresh258-05",
        "make this short video of my child small enough to send over this messenger: files "
        "bigger than 25 megs can't be sent, so even a 10 sec video clip can't be",
        [step("compress", max_mb=Between(10, 25))],
        probe=Probe(duration=10.0, width=3840, height=2160),
        note="under the messenger's 25 MB",
    ),
    do(
        "fresh258-06",
        "make this video low sized, so I can share it directly via email and the recipient can "
        "download it directly",
        [step("compress", max_mb=Between(None, 25))],
        probe=Probe(duration=120.0, width=1920, height=1080),
        note="under an email attachment limit (25 MB or less)",
    ),
    ask(
        "fresh258-07",
        "edit this DVD video I made from a VHS tape: it works OK on all the players, but it is "
        "badly in need of editing",
        "what editing it needs (which parts to cut, what to change)",
        (*WHICH_PART, "what edit", "which edit", "what should", "what would you like", "what to"),
        probe=Probe(duration=600.0, width=720, height=480, fps=29.97),
    ),
    out_of_scope(
        "fresh258-08",
        "transfer this video file, larger than 500MB, from my PC (Win11) to my iPhone and store "
        "it in the Photos app",
        "moving a file between devices, not an edit",
        probe=Probe(duration=1200.0, width=1920, height=1080),
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
