"""A two-hundred-and-fortieth fresh, held-out collection of real requests
(tests/realreq/fresh240.md): one checkable case a row, encoded the way fresh237.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh237's, the
rows are short, typical asks of people who film their own families and outings; they come from
English family blogs and one Indonesian blog (fireworks filmed in portrait, a phone's 30-second
clips of the lakefront, a camera's 39-second pieces, swimming geese, a river video YouTube took for
a duplicate, a CD-and-pictures montage, a wedding invitation made of photos and a dog's stunt).
Each case follows its row's `expected` column; the `[out of scope]` rows are OUT-OF-SCOPE
refusals."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import (
    WHOLE,
    Case,
    Probe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh240.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh240-01",
        "turn this video of the Boomsday fireworks the right way up: I turned the camera to "
        '"portrait" format, since altitude was a big factor, so you have to press your left ear to'
        " the desk to watch it",
        [step("rotate", degrees=90)],
        [step("rotate", degrees=270)],
        probe=Probe(duration=40.0, width=320, height=240),
        note="a quarter turn, either way: the post does not say which way the camera was turned",
    ),
    do(
        "fresh240-02",
        "put my cell phone videos of the lakefront fireworks together and add some music (the "
        "phone only shoots 30 seconds at a time, with no sound)",
        [step("join", clips=["fireworks2.mp4"]), step("add_music", file="music.mp3", **WHOLE)],
        [step("join", clips=["fireworks2.mp4"]), step("replace_audio", file="music.mp3")],
        [step("join", clips=[]), step("add_music", file="music.mp3", **WHOLE)],
        [step("join", clips=[]), step("replace_audio", file="music.mp3")],
        assets=["fireworks2.mp4", "music.mp3"],
        probe=Probe(duration=30.0, width=320, height=240),
        note="the second clip after the first, then the music over all of it (it has no sound)",
    ),
    ask(
        "fresh240-03",
        "edit the pieces of footage from my digital camera down first (it only takes 39 seconds at"
        " a time), then connect them, to get it on my blog",
        "which parts of each piece to keep",
        (*WHICH_PART, "which parts", "keep", "cut", "trim"),
        probe=Probe(duration=39.0, width=640, height=480),
    ),
    ask(
        "fresh240-04",
        "tweak the audio of this clip of about 30 seconds of swimming geese, maybe add music, "
        "titles",
        "what to change in the sound, which music, what title text",
        ("audio", "sound", "music", "title", "text", "which", "what"),
        probe=Probe(duration=30.0, width=640, height=480),
    ),
    ask(
        "fresh240-05",
        "trim some sound off the end of my finished Little Aticama River video: this should make "
        'YouTube believe that this is a new video (it rejected it as a "Duplicate Upload")',
        "how much to trim off the end",
        (*WHICH_PART, "how much", "how many", "seconds"),
        probe=Probe(duration=120.0, width=640, height=480),
    ),
    out_of_scope(
        "fresh240-06",
        "make a movie of music from my own CDs with personal pictures in a sort of montage, to "
        "post to YouTube",
        "making a slideshow from pictures and a CD, not an edit of a video",
    ),
    out_of_scope(
        "fresh240-07",
        "make our wedding invitation video from our childhood photos and what we do now, with "
        "only one song, When We Met by Sea of Cortez, so under 3 minutes: 2.5 minutes",
        "making a video from a set of photos, not an edit of a video",
    ),
    ask(
        "fresh240-08",
        "enhance this video of the mighty stunt: my kids taught the dog to jump over both of them "
        "at once",
        "what to enhance (which changes)",
        ("what", "which", "enhance", "how", "change"),
        probe=Probe(duration=20.0, width=1920, height=1080),
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
