"""A two-hundred-and-twenty-third fresh, held-out collection of real requests
(tests/realreq/fresh223.md): one checkable case a row, encoded the way fresh221.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh221's, the
rows are short, typical asks of people with a home video; 6 come from personal blogs and a club
page (a snowfall filmed by a blogger, out-of-synch 12-bit camcorder audio, a father's first video
of his son, a video teacher, a camcorder club's technophobe member, children filmed in the rain,
in Spanish), 2 from forum threads (an Android forum's and a YouTubers' forum's) and 1 from a
reader's question in Videomaker's Q&A column. Each case follows its row's `expected` column;
`[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` rows refusals of DOABLE asks no
operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh223.md")

#: The phone recordings of the outdoor film.
_PHONE = ["phone1.m4a", "phone2.m4a"]

CASES: tuple[Case, ...] = (
    ask(
        "fresh223-01",
        "edit the quick video of the first snowfall just how I want it: remove a section of it "
        "(it's a very steady snowfall, though in the video it appears patchy, the camera just "
        "picking up pure black)",
        "which section to remove (its start and end)",
        (*WHICH_PART, "which section", "section", "timestamps"),
        probe=Probe(duration=120.0),
    ),
    no_op(
        "fresh223-02",
        "fix the out of synch audio of my wedding video, recorded using 12 bit audio: where it "
        "falls out of synch, move the audio track 3 frames to the right",
        "no op",
        probe=Probe(duration=3600.0, fps=29.97),
        note="no op: no operation shifts the sound against the picture",
    ),
    no_op(
        "fresh223-03",
        "split my 20 min video, basically a political rant (I went on for a bit too long), into "
        "two parts: I'm worried the video by itself might scare people off due to its length",
        "no op",
        probe=Probe(duration=1200.0),
        note="no op: two files from one video; every operation makes one output",
    ),
    no_op(
        "fresh223-04",
        "improve the horrible audio of the film we recorded outdoors with the children (public "
        "place, people passing, rain falling on the umbrellas) using the audio one of us "
        "recorded with a mobile phone as a microphone",
        "no op",
        assets=_PHONE,
        probe=Probe(duration=300.0),
        note="no op: the phone's fragments must be found and lined up with the film's scenes",
    ),
    ask(
        "fresh223-05",
        "make our boring 43 minute home video into a 4.3 minute masterpiece: nobody wants to "
        "see twenty minutes of them not quite taking their first steps",
        "which parts to keep (the 4.3 minutes worth showing)",
        (*WHICH_PART, "which parts", "keep", "highlights", "moments"),
        probe=Probe(duration=2580.0),
    ),
    do(
        "fresh223-06",
        "export my first video of Ian in a format that people could view on their computers",
        [
            anywhere(step("convert", format="mp4")),
            maybe(step("codec", codec="h264")),
            maybe(step("reencode")),
        ],
        [step("codec", codec="h264"), maybe(step("convert", format="mp4"))],
        probe=Probe(duration=120.0),
        note="an mp4 (H.264), which every computer plays",
    ),
    ask(
        "fresh223-07",
        "do the basic editing needed on my camcorder interview, which generally makes a "
        "political point, before it is presented to the public (I'm a self confessed "
        "technophobe)",
        "what editing (which parts to cut, what to change)",
        (*WHICH_PART, "what", "which edits", "editing", "cut"),
        probe=Probe(duration=900.0),
    ),
    out_of_scope(
        "fresh223-08",
        "make my phone focus on the hummingbirds on my grandma's balcony while recording video: "
        "they let me stand really close to the feeder, but the birds come out blurry",
        "the phone camera's focus while recording, not an edit of a given file",
    ),
    out_of_scope(
        "fresh223-09",
        "restore the wedding I shot: when I checked my footage, the scenes were mostly blanked "
        "out with snow, though if I scanned the tape in reverse, the image was there without "
        "the snow",
        "a tape recorded with a clogged video head, salvaged from the tape, not an edit",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
