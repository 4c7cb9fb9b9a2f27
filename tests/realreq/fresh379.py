"""A three-hundred-and-seventy-ninth fresh, held-out collection of real requests
(tests/realreq/fresh379.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh377's, the
rows are short, typical asks; three come from GitHub issues (fast-music-remover, yasea and
PraiseBase-Presenter) and five from web pages (a university's virtual viewing instructions, two
how-tos, a student's blog and a blogger's advice), looking at real estate, weddings, events and
churches: a property's viewing video under an upload limit, a cousin's wedding video for
relatives abroad, a music video's sound replaced with a song not given, a sideways video turned,
a movie small enough to e-mail, a sitcom's laughter taken out, a live stream made louder and
worship videos as a presenter's backgrounds.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh379.md")

_SMALL = step("quality", level="small")
_SMALLER_1080 = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))

CASES: tuple[Case, ...] = (
    do(
        "fresh379-01",
        "make this virtual viewing video of the property fit the upload: there is a 1GB "
        "uploading limit per single video file",
        [step("compress", max_mb=Between(1, 1000)), maybe(_SMALLER_1080)],
        [_SMALL, maybe(_SMALLER_1080)],
        [_SMALLER_1080, _SMALL],
        probe=Probe(duration=900.0, width=3840, height=2160),
        note="a file under 1 GB",
    ),
    do(
        "fresh379-02",
        "make this video of my cousin's marriage small enough to send over to my relatives "
        "abroad via the internet: it is too large for email or a direct file transfer using an "
        "instant messenger",
        [step("compress", max_mb=Between(1, 25)), maybe(_SMALLER_1080)],
        [_SMALL, maybe(_SMALLER_1080)],
        [_SMALLER_1080, _SMALL],
        probe=Probe(duration=1800.0),
        note="small enough to mail: about 25 MB, or a smaller quality",
    ),
    ask(
        "fresh379-03",
        "mute the audio of this music video and replace the sound with a classical song, the "
        "William Tell Overture",
        "which file: the song is named but no audio file is given",
        ("file", "which", "provide", "audio file", "upload", "attach"),
        probe=Probe(duration=240.0),
    ),
    do(
        "fresh379-04",
        "this video shows sideways: turn it by 90 degrees",
        [step("rotate", degrees=90)],
        [step("rotate", degrees=270)],
        probe=Probe(duration=60.0, width=1920, height=1080),
        note="a quarter turn, either way",
    ),
    do(
        "fresh379-05",
        "make this movie small enough to e-mail to a friend: most e-mail accounts limit "
        "attachments, sometimes as low as 2MB",
        [step("compress", max_mb=Between(0.1, 2)), maybe(_SMALLER_1080)],
        [_SMALLER_1080, step("compress", max_mb=Between(0.1, 2))],
        probe=Probe(duration=60.0, width=1280, height=720),
        note="under 2 MB",
    ),
    no_op(
        "fresh379-06",
        "remove the background laughter from this sitcom's soundtrack: my friend can't watch "
        "sitcoms with background laughter",
        "no op: the laughter taken out of the sound, the voices kept; no operation separates "
        "sounds",
        probe=Probe(duration=1320.0),
    ),
    out_of_scope(
        "fresh379-07",
        "increase the volume of my live stream to YouTube: the live stream volume is quite low",
        "the sound of a live stream as it is sent, not an edit of a video file",
    ),
    out_of_scope(
        "fresh379-08",
        "use freely available videos made for worship as song backgrounds in the presenter",
        "a feature of a worship presentation program, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
