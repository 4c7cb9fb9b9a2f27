"""A two-hundred-and-fifty-seventh fresh, held-out collection of real requests
(tests/realreq/fresh257.md): one checkable case a row, encoded the way fresh253.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh253's, the
rows are short, typical asks; all 12 come from teachers, lecturers and students with lesson
videos, lecture recordings and screen recordings for a class: a lecture spoken faster, a
teacher's video for vimeo's 20 MB, a QuickTime mov turned MP4 for students, a course intro too
quiet, a Panopto slides video given the webcam's sound, a screenshare out of sync, a minute cut
from a student's interview, a tutorial too fast, a missing screen explained in text.
Each case follows its row's `expected` column; the `[out of scope]` rows are OUT-OF-SCOPE
refusals, the `[no op]` rows refusals of a DOABLE ask no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    LOUDER,
    WHOLE,
    Between,
    Case,
    Probe,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh257.md")

_WEBCAM = "webcam.mp4"

CASES: tuple[Case, ...] = (
    do(
        "fresh257-01",
        "change the speaking speed of this lecture recording too: at about 115 to 120% of "
        "the normal speed it isn't that bothersome, and it even felt easier to listen to",
        [step("speed", factor=Between(1.15, 1.2), **WHOLE)],
        probe=Probe(duration=1800.0, width=1280, height=720),
        note="115-120% of the normal speed",
    ),
    do(
        "fresh257-02",
        "convert this video, recorded with my high-quality camera, down for vimeo (my first "
        "upload portal): only 20 MB were allowed",
        [step("compress", max_mb=Between(15, 20))],
        probe=Probe(duration=300.0, width=1920, height=1080),
        note="under vimeo's 20 MB",
    ),
    do(
        "fresh257-03",
        "change this mov lecture video I recorded with QuickTime to MP4 to make it lighter "
        "for the students' convenience: mov is a Mac format, so I worry whether the "
        "students can play it, and mov has good picture quality but is heavy",
        [step("convert", format="mp4"), maybe(step("quality", level="small"))],
        [step("convert", format="mp4"), maybe(step("codec", codec="h264"))],
        probe=Probe(duration=900.0, width=1280, height=720),
        note="an mp4, optionally smaller",
    ),
    do(
        "fresh257-04",
        "make the sound of my course intro video louder: the sound is a bit quiet, which "
        "probably has to do with the mic I used, a headset one; the noise isn't very big "
        "though",
        [LOUDER],
        probe=Probe(duration=120.0, width=1280, height=720),
        note="louder (any amount)",
    ),
    do(
        "fresh257-05",
        "at least have the audio with this slides recording of the Panopto lecture, since "
        "blending the videos isn't feasible: the webcam video has the mic sound and the "
        "slides are just slides",
        [step("replace_audio", file=_WEBCAM)],
        [step("add_music", file=_WEBCAM)],
        assets=[_WEBCAM],
        probe=Probe(duration=3000.0, width=1920, height=1080, has_audio=False),
        note="the webcam video's sound on the slides",
    ),
    no_op(
        "fresh257-06",
        "put picture and sound of the screenshares in this lecture recording back in sync: "
        "the picture runs just under a second ahead of the sound",
        "no op",
        probe=Probe(duration=1800.0, width=1920, height=1080),
        note="no op: shifting the sound against the picture",
    ),
    no_op(
        "fresh257-07",
        "swap the small and large videos around in this lecture recording, such that the "
        "camera is the main video: useful for those whose lecturers mostly write on a "
        "white/blackboard on camera, for whom the slides are secondary",
        "no op",
        probe=Probe(duration=3000.0, width=1920, height=1080),
        note="no op: the two views are baked into one picture",
    ),
    ask(
        "fresh257-08",
        "trim Christine's 11+ minute interview down to the 1 minute required by the Google "
        "Academy people: she spoke so well in the interview",
        "which minute to keep (which parts)",
        (*WHICH_PART, "which minute", "which parts", "keep"),
        probe=Probe(duration=680.0, width=720, height=480),
    ),
    ask(
        "fresh257-09",
        "slow down this tutorial video: it is hard to follow because it goes by so fast, I "
        "had to back up constantly",
        "how much slower (a speed)",
        ("how much", "how slow", "which speed", "what speed", "speed", "factor", "slower"),
        probe=Probe(duration=600.0, width=1920, height=1080),
    ),
    ask(
        "fresh257-10",
        "add an explanation such as text to lesson video 19-1-3 from 5:23, where the screen "
        "is missing: in the original I made the last scene stay visible",
        "what the text should say",
        ("what text", "which text", "what should", "say", "words", "wording", "text"),
        probe=Probe(duration=420.0, width=1920, height=1080),
    ),
    out_of_scope(
        "fresh257-11",
        "fix Chapter 6, video 2 (Linear Regression) of this copy: at 1:39 the audio stops "
        "in the middle of Ben speaking, then the audio track starts over at the beginning "
        "again at 1:43 on the video clock, and the rest of the video is out of sync",
        "repairing a mangled copy: the right sound after 1:39 is not in this file",
        probe=Probe(duration=600.0, width=1280, height=720),
    ),
    out_of_scope(
        "fresh257-12",
        "record the computer screen from the next class on, so that I can listen to the "
        "class again to review the first one",
        "recording the classes, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
