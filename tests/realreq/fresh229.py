"""A two-hundred-and-twenty-ninth fresh, held-out collection of real requests
(tests/realreq/fresh229.md): one checkable case a row, encoded the way fresh225.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh225's, the
rows are short, typical asks, like the development set's, of hobbyists who film what they do; all
12 come from personal blogs (a gardener building a hoop house, a man roofing his shed, a student
with a shaky phone, a machine knitter, a mother at a science fair, a wife filming a talk show, a
man filming bats, a card maker, a rider at her first show, a blogger introducing his friends, a
dog owner and a quilter). Each case follows its row's `expected` column; the `[out of scope]` row
is an OUT-OF-SCOPE refusal, the `[no op]` row a refusal of a DOABLE ask no operation does."""

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
TABLE = Path(__file__).with_name("fresh229.md")

#: The music put to the hoop house time lapse.
_BUMBLE = "flight_of_the_bumble_bee.mp3"

#: The picture made 480 lines tall (720x480 as he got, or 854x480 keeping the shape).
_480P = (
    step("resize", lines=480)
    | step("resize", height=480, width=AnyOf(None, 720, 852, 853, 854))
    | step("resize", width=720, height=480)
)

CASES: tuple[Case, ...] = (
    do(
        "fresh229-01",
        "add the Flight of the Bumble Bee music to the time lapse video I took of building my "
        "new Hoop House Greenhouse (playing time is 54 seconds)",
        [step("add_music", file=_BUMBLE)],
        [step("replace_audio", file=_BUMBLE)],
        assets=[_BUMBLE],
        probe=Probe(duration=54.0),
        note="the music put to all of it, under or instead of its own sound",
    ),
    do(
        "fresh229-02",
        "reduce the time-lapse video clip of our roofing from 1080p to 480p (and 37MB to 4MB)",
        [_480P, maybe(step("compress"))],
        probe=Probe(duration=60.0, width=1920, height=1080),
        note="480 lines; a compress to about 4 MB may come with it",
    ),
    do(
        "fresh229-03",
        "steady the video I shot for my technology in education mini-course: pressing 'record' "
        "on a five-ounce phone and then walking around and climbing rocks while just holding it "
        "in one hand was not an optimal strategy; the first half is especially bad",
        [step("stabilize")],
        probe=Probe(duration=240.0),
        note="stabilized, any strength, all of it or the first half",
    ),
    no_op(
        "fresh229-04",
        "split this machine knitting lesson into two videos, to keep them under ten minutes: I "
        "thought I'd just cut things out, but who appreciates instructions that are missing "
        "pieces?",
        "no op",
        probe=Probe(duration=1080.0),
        note="no op: two videos from one; promptcut writes one file, a trim leaves pieces out",
    ),
    do(
        "fresh229-05",
        "loop the video montage of Ryder's elephant toothpaste experiments, so he can have it "
        "playing as part of his science fair display",
        [step("loop", times=Between(2, 10000))],
        probe=Probe(duration=90.0),
        note="played over and over, any number of times",
    ),
    ask(
        "fresh229-06",
        "brighten Garry in this episode: I forgot to turn on an extra light when the sky got "
        "darker with impending rain and snow, and Garry got noticeably darker",
        "from when Garry got darker (the part to brighten)",
        (*WHICH_PART, "from when", "darker", "timestamp", "minute"),
        probe=Probe(duration=1800.0),
    ),
    ask(
        "fresh229-07",
        "edit the 10 minutes of filming I got of the bats in the fading light down to about a "
        "minute and a half of the bats",
        "where the bats are (which minute and a half to keep)",
        (*WHICH_PART, "which parts", "bats", "keep", "timestamps"),
        probe=Probe(duration=600.0),
    ),
    ask(
        "fresh229-08",
        "edit down the video with the framed card: almost two hours of video to around 30 "
        "minutes; too much talking, too many mistakes",
        "which parts to keep (where the talking and the mistakes are)",
        (*WHICH_PART, "which parts", "mistakes", "talking", "keep", "timestamps"),
        probe=Probe(duration=7000.0),
    ),
    ask(
        "fresh229-09",
        "edit out where Rogo hopped out of the ring almost at the end of the test, in the video "
        "of Rogo and me in our first class ever",
        "when Rogo hopped out (the part to cut)",
        (*WHICH_PART, "hopped", "timestamp", "second"),
        probe=Probe(duration=360.0),
    ),
    ask(
        "fresh229-10",
        "fix my video introduction to the weblog where Dave appears on his side because I forgot "
        "that video has to be horizontal",
        "where Dave's shot is (the part to turn) and which way to turn it",
        (*WHICH_PART, "which way", "direction", "clockwise", "Dave", "rotate"),
        probe=Probe(duration=180.0, width=640, height=480),
    ),
    ask(
        "fresh229-11",
        "turn down the brief moment in the video of Moose & Ollie swimming where I yell for "
        "Moose, it's slightly shrill: since the pups are new swimmers, I become a protective "
        "mama when I think they're going out too far",
        "when the yell is (the moment to turn down)",
        (*WHICH_PART, "moment", "yell", "timestamp", "second"),
        probe=Probe(duration=120.0),
    ),
    out_of_scope(
        "fresh229-12",
        "find me a tripod stand for my iPad Pro to shoot the sew along videos: they don't make "
        "one for the big iPads",
        "a stand for the iPad, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
