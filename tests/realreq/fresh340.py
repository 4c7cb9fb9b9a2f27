"""A three-hundred-and-fortieth fresh, held-out collection of real requests
(tests/realreq/fresh340.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh337's, the
rows are short, typical asks; 11 come from web pages and 3 from GitHub issues (students with
their class and course videos: ds106 and media studies blogs, a student's portfolio, a school's
digital media pages, a Q&A page, a school's music video assignment, a student film team, a
course's issue tracker, BigBlueButton and a course's weekly brief): a music video's music
swapped for classical music, a class video cut at 1:20, an assignment made under 10 MB and
800x600, a flashback in black and white, a video exported as .mov, music ducked under speech,
black and white keeping red, an "Edited by" title with no name, a rough edit chopped to a
three-minute limit, unnamed flashbacks, a GIF with an unplaced fall cut out, a class recording
without sound re-uploaded, a video shown in an online class and a documentary published.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import AnyOf, Between, Case, Probe, anywhere, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh340.md")

_WHOLE = {"start": None, "end": None}
_FIT_800 = step("resize", width=800, height=600, fit=True) | step(
    "resize", width=800, height=AnyOf(None, 450)
)

CASES: tuple[Case, ...] = (
    do(
        "fresh340-01",
        "strip or mute the music out of this modern music video and layer the classical music "
        "on top: it's Music Appreciation Day",
        [step("replace_audio", file="classical.mp3")],
        assets=["classical.mp3"],
        probe=Probe(duration=240.0),
        note="the classical music in place of the video's own sound",
    ),
    do(
        "fresh340-02",
        "delete everything in this class project video from the 1:20 mark on, so that our song "
        "doesn't go over the 1:20 mark",
        [step("trim", start=AnyOf(0, None), end=80)],
        probe=Probe(duration=200.0),
        note="the first 80 seconds kept",
    ),
    do(
        "fresh340-03",
        "for my course assignment, make this video no larger than 10 MB, and make it fit on a "
        "webpage with 800 x 600 screen resolution",
        [anywhere(_FIT_800), anywhere(step("compress", max_mb=Between(1, 10)))],
        probe=Probe(duration=45.0),
        note="scaled to fit 800x600 (800x450 for a 16:9 picture) and under 10 MB",
    ),
    do(
        "fresh340-04",
        "edit this flashback clip to black and white through effects: this gives the flashback "
        "a past effect",
        [step("grayscale", **_WHOLE)],
        probe=Probe(duration=15.0),
        note="the whole clip in black and white",
    ),
    do(
        "fresh340-05",
        "export this short kinetic typography video as an .mov",
        [step("convert", format="mov")],
        probe=Probe(duration=30.0),
        note="saved as a .mov file",
    ),
    do(
        "fresh340-06",
        "add a music backing to this video that I have recorded: when the person is speaking, "
        "the music should be lower; when the person is not speaking, higher, with a ramp up and "
        "ramp down in volume between the two",
        [step("add_music", file="music.mp3", duck=True)],
        assets=["music.mp3"],
        probe=Probe(duration=180.0),
        note="the music under the speech, ducked while the person speaks",
    ),
    no_op(
        "fresh340-07",
        "make this thriller opening black and white, with red being the only visible colour, as "
        "it is symbolic and plays a central role in our story line",
        "no op: black and white with red kept; no operation keeps one colour",
        probe=Probe(duration=120.0),
    ),
    ask(
        "fresh340-08",
        "add Edited by (your name) as a title at the start of this music video, over the video "
        "(not over black), for five seconds",
        "whose name (it is not given)",
        ("name", "who", "whose", "what should", "which text"),
        probe=Probe(duration=60.0),
    ),
    ask(
        "fresh340-09",
        "chop this 4 minute 47 second rough edit of our film right down so that we get it to the "
        "three minute limit",
        "which parts to cut (nearly two minutes of it)",
        ("which part", "which", "what part", "where", "scenes", "keep"),
        probe=Probe(duration=287.0),
    ),
    ask(
        "fresh340-10",
        "make the flashbacks in this music video black and white, to help the audience to "
        "differentiate between the two different parts of time",
        "which parts are the flashbacks (from when to when)",
        WHICH_PART,
        probe=Probe(duration=210.0),
    ),
    ask(
        "fresh340-11",
        "turn this video of me into a GIF for our class presentation, and edit out the part at "
        "the end where I fell",
        "where the fall begins (how much of the end to cut)",
        ("how much", "how many", "seconds", *WHICH_PART),
        probe=Probe(duration=8.0, width=1080, height=1920),
    ),
    out_of_scope(
        "fresh340-12",
        "the audio for this class recording from today does not seem to work: re-upload it",
        "re-uploading a course's recording; the sound was never recorded (nothing to edit)",
    ),
    out_of_scope(
        "fresh340-13",
        "show this video (AVI or MP4) to the students before discussing it as part of a "
        "presentation: in class I embed it within the presentation, but when I deliver it "
        "online the students can not see it or hear it",
        "sharing a video in an online class (a conferencing program), not an edit of the file",
    ),
    out_of_scope(
        "fresh340-14",
        "render this finished mini video documentary and publish it to YouTube",
        "publishing to YouTube, not an edit of the file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
