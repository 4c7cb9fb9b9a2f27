"""A two-hundred-and-thirty-first fresh, held-out collection of real requests
(tests/realreq/fresh231.md): one checkable case a row, encoded the way fresh229.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh229's, the
rows are short, typical asks of people who film their own lives; all 11 come from personal
blogs (a family at their first goat birth, a goat farmer moving sheds, a 4-H leader, a mother at
a children's Christmas program, a Frenchwoman making a film for work, a student space club with
model rockets, a mother whose daughter sang on the webcam, a gymnast's mother, a cub scout
mother at the Pinewood Derby, a rider with a gaited horse and a mother at a gymnastics meet).
Each case follows its row's `expected` column; the `[out of scope]` row is an OUT-OF-SCOPE
refusal, the `[no op]` row a refusal of a DOABLE ask no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    WHOLE,
    Case,
    Probe,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh231.md")

#: The music put under the Pinewood Derby and the gaited horse.
_MUSIC = "music.mp3"

#: The video's own sound gone, the music in its place.
_MUSIC_INSTEAD = (
    [step("replace_audio", file=_MUSIC)],
    [step("mute"), step("add_music", file=_MUSIC, **WHOLE)],
)

CASES: tuple[Case, ...] = (
    ask(
        "fresh231-01",
        "cut the 3 and a half minute video of our first birth here at the farm so that after "
        "the early part, where you can see her snout in the birth sac, it jumps to about the 2 "
        "minute, 15 second mark to see the birth",
        "where the early part with the snout ends (the start of the part to cut, up to about 2:15)",
        (*WHICH_PART, "snout", "birth sac", "early part", "timestamp", "second"),
        probe=Probe(duration=210.0),
    ),
    ask(
        "fresh231-02",
        "double-time the video of moving the sheds and the goats in several places: moving the "
        "sheds is something of a task, and so the video's a little long",
        "which places to double-time",
        (*WHICH_PART, "places", "parts", "timestamps", "sections"),
        probe=Probe(duration=600.0),
    ),
    ask(
        "fresh231-03",
        "get the little video our 4-H club put together for the state-wide 4-H sheep and goat "
        "video lambing contest under three minutes in length: every member at the last meeting "
        "had a little snippet to present",
        "what to cut (which snippets or parts) to get it under three minutes",
        (*WHICH_PART, "which parts", "snippet", "cut", "keep", "timestamps"),
        probe=Probe(duration=240.0),
    ),
    ask(
        "fresh231-04",
        "switch around Joel's part from the Children's Program at church (he says \"Happy "
        "Birthday Jesus\"): it's sideways",
        "which way to turn it (clockwise or counterclockwise)",
        ("which way", "direction", "clockwise", "counterclockwise", "left", "right"),
        probe=Probe(duration=15.0, width=640, height=480),
    ),
    no_op(
        "fresh231-05",
        "make the little film for work a wmv of 70 MB: I can make the same film in DV-AVI at 1 "
        "GB (a bit heavy for 5 minutes), but not in wmv at 70 MB",
        "no op",
        probe=Probe(duration=300.0, width=720, height=576),
        note="no op: promptcut writes no .wmv files (compress() would make it small, but .wmv "
        "is what is asked)",
    ),
    ask(
        "fresh231-06",
        "do the launches in slow-motion in the video of Erik's two model rockets at Barnens Ö, "
        "shot with our little shock-proof HD-camera",
        "when the two launches are (the parts to slow down)",
        (*WHICH_PART, "launch", "timestamp", "second"),
        probe=Probe(duration=180.0, width=1280, height=720),
    ),
    ask(
        "fresh231-07",
        "fix the video of Sadie's performance from my computer's webcam: the audio and the video "
        "appear to end up mismatched",
        "by how much (and which way) the audio is off",
        ("how much", "how many", "offset", "millisecond", "seconds", "ahead", "behind", "delay"),
        probe=Probe(duration=120.0),
    ),
    do(
        "fresh231-08",
        "steady my video of Em's beam routine at the Queen of Hearts Invitational: it's all "
        "wobbly and off-kilter because I wasn't paying attention",
        [step("stabilize"), maybe(step("custom"))],
        [maybe(step("custom")), step("stabilize")],
        probe=Probe(duration=90.0, width=1920, height=1080),
        note="stabilized, any strength; a custom straightening of the tilt may come with it",
    ),
    do(
        "fresh231-09",
        "take the sound out of the video of the boys' cars going down the track at our cub "
        "scout pack's Pinewood Derby and put it to music",
        *_MUSIC_INSTEAD,
        assets=[_MUSIC],
        probe=Probe(duration=240.0),
        note="its own sound gone, the music instead",
    ),
    do(
        "fresh231-10",
        "put music to the video of my horse gaiting (walking fast) up and down the road, to kill "
        "the background wind and whining",
        *_MUSIC_INSTEAD,
        assets=[_MUSIC],
        probe=Probe(duration=600.0),
        note="the wind and whining gone, the music instead",
    ),
    out_of_scope(
        "fresh231-11",
        "upload the video of Catherine doing her first back hand spring during the beach party "
        "gymnastics meet",
        "uploading to the blog, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
