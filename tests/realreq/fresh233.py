"""A two-hundred-and-thirty-third fresh, held-out collection of real requests
(tests/realreq/fresh233.md): one checkable case a row, encoded the way fresh229.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh229's, the
rows are short, typical asks, like the development set's, of people who film lessons, games and
performances; all 18 come from personal blogs and teachers' and coaches' pages (a Tae Kwon Do
student, a swim meet mother, a golf pro, a teacher going for National Board, a screencaster, a
pitcher's father, a marching band mother, a church media intern, a minister, a Montessori mother,
a dressage rider, a cheer mother, a student, a cousin with VHS tapes, a lecture library's
developer, a man teaching on Zoom, a sailor and a rower). Each case follows its row's `expected`
column; the `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` row a refusal of a
DOABLE ask no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    WHOLE,
    AnyOf,
    Below,
    Between,
    Case,
    Probe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh233.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh233-01",
        "make the video my husband caught of my black belt test, where I got side kicked pretty "
        "hard and went down, repeat several times in a row, so I just keep falling on that mat "
        "over and over again",
        [step("loop", times=Between(2, 20))],
        probe=Probe(duration=20.0),
        note="played over and over, two times or more",
    ),
    do(
        "fresh233-02",
        "steady the video of Mike's 100-yard breaststroke, he likes to be able to critique his "
        "form afterwards: I was a little disappointed in how jerky it was, a combination of "
        "shaky hands and being too close to his lane",
        [step("stabilize")],
        probe=Probe(duration=80.0),
        note="stabilized, any strength",
    ),
    ask(
        "fresh233-03",
        "clip this swing video of my student to show the address position and the swing that "
        "hit the ball: the first time she completely missed the ball",
        "when she sets up and makes the swing that hit the ball (the part to keep)",
        (*WHICH_PART, "address", "swing", "timestamp", "second"),
        probe=Probe(duration=60.0),
    ),
    ask(
        "fresh233-04",
        "cut this recording of me teaching down to 10-15 minutes for National Board, with no "
        "more than two cuts: one student stared directly into the camera for five minutes and "
        "made funny faces, one burped loudly, twice, and one of my girls sprang a nosebleed",
        "which 10-15 minutes to keep (where the two cuts go)",
        (*WHICH_PART, "which minutes", "keep", "cuts", "timestamps"),
        probe=Probe(duration=2700.0),
    ),
    do(
        "fresh233-05",
        "cut the first 2.5 mins of Henrik talking in general terms about CCR, DSS, the "
        "programming model: nothing to show, and this info is available elsewhere",
        [step("trim", start=150)],
        [step("cut", start=0, end=150)],
        probe=Probe(duration=3225.0),
        note="the first 150 s of the 53:45 screencast taken off",
    ),
    do(
        "fresh233-06",
        "play this video of Trevor pitching slowly, so you see a lot of very positive things: a "
        "high leg kick, tight control, thumb down, the catapult, leg extension, and good follow "
        "through",
        [step("speed", factor=Below(1), **WHOLE)],
        probe=Probe(duration=10.0),
        note="slowed down, any amount, all of it",
    ),
    ask(
        "fresh233-07",
        "cut my video of the band competition down to the Finale, it ends with a good picture "
        "of Marcus: I can only upload a small clip",
        "when the Finale starts (the part to keep)",
        (*WHICH_PART, "Finale", "timestamp", "second", "minute"),
        probe=Probe(duration=480.0),
    ),
    ask(
        "fresh233-08",
        "edit the sermon for any unwanted footage (music, announcements, congregation-specific "
        "instructions), then create a fade-in and fade-out",
        "where the music, announcements and instructions are (the parts to cut)",
        (*WHICH_PART, "which parts", "announcements", "music", "timestamps"),
        probe=Probe(duration=3600.0),
    ),
    do(
        "fresh233-09",
        "keep just the first 30 seconds or so of the reading I recorded yesterday, to cut into "
        "our YouTube service",
        [step("trim", start=0, end=Between(25, 35))],
        probe=Probe(duration=180.0),
        note="the first 30 seconds or so kept (25 to 35 s fair)",
    ),
    no_op(
        "fresh233-10",
        "split the video of the spring music performance into 3 separate clips: it's so long, "
        "YouTube won't let me put it as one video (nothing cut out, it's all pretty darn cute)",
        "no op",
        probe=Probe(duration=2400.0),
        note="no op: three videos from one; promptcut writes one file",
    ),
    ask(
        "fresh233-11",
        "splice together the two cantering segments I was captured in, from my 45 minute lesson "
        "video: the woman behind the camera was not interested in me",
        "where the two cantering segments are (the parts to keep)",
        (*WHICH_PART, "which parts", "cantering", "segments", "timestamps"),
        probe=Probe(duration=2700.0),
    ),
    do(
        "fresh233-12",
        "make the video of cheergirl's winter dance performance small enough to upload directly "
        "to Blogger: it's just a little too big",
        [step("compress", max_mb=Between(1, 100))],
        probe=Probe(duration=180.0),
        note="compressed under Blogger's 100 MB",
    ),
    do(
        "fresh233-13",
        "convert the clip we filmed for my final project so the Mac recognizes it: the Mac would "
        "not recognize the .MOD files that my clips were in",
        [step("convert", format=AnyOf("mp4", "mov", "m4v"))],
        probe=Probe(duration=120.0, width=720, height=480),
        note="saved as a file a Mac plays: mp4 or mov",
    ),
    out_of_scope(
        "fresh233-14",
        "get our old home movies digitized so that they can be watched in the future: the "
        "Lightning Bug Video and others are trapped on VHS, recorded with one of those big "
        "camcorders",
        "VHS tapes to digitize, not an edit of a video file",
    ),
    ask(
        "fresh233-15",
        "clean up the start of this lecture video: it begins with a title card displayed for "
        "10-20 seconds while a high pitch tone is played back, then about 5 seconds of "
        "silence, and then the lecture begins",
        "when the lecture begins (how long the title card and tone last)",
        (*WHICH_PART, "lecture begins", "how long", "seconds", "timestamp"),
        probe=Probe(duration=3600.0),
    ),
    out_of_scope(
        "fresh233-16",
        "fix my Zoom so the board with the nine steps behind my chair isn't back to front for "
        "my teaching seminar on Monday: it showed a mirror image",
        "a live Zoom setting, not an edit of a video file",
    ),
    do(
        "fresh233-17",
        "cure the wind noise on my sailing video: it is out of all proportion to its actual "
        "strength, it sounds like a hurricane when it's only about 10 knots",
        [step("audio_denoise")],
        probe=Probe(duration=120.0),
        note="the wind noise reduced, any strength",
    ),
    do(
        "fresh233-18",
        "cut the side video Romana took from the launch down to the last 2 minutes, the best "
        "part of the video: even though it's shaky, side videos from a launch are much better "
        "to study technique",
        [step("trim", start=-120)],
        probe=Probe(duration=600.0),
        note="the last 120 s kept (480 s on, of a 10 minute video)",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
