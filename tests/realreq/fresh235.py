"""A two-hundred-and-thirty-fifth fresh, held-out collection of real requests
(tests/realreq/fresh235.md): one checkable case a row, encoded the way fresh233.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh233's, the
rows are short, typical asks, like the development set's, of crafters, small-business owners and
church volunteers; all 18 come from personal and small-business blogs (a card-making YouTuber, a
yarn crafter, a church media volunteer, a card maker filming over her table, a father with a
failed memory card, a florist, a man upscaling his episodes, a wedding slideshow, a crochet tutor
in a noisy street, a church nativity's editor, a crochet pattern seller, a drama ministry, a
videographer, a ministry that lost half a talk's audio and a spinner who sounds as if she lisps).
Each case follows its row's `expected` column; the `[out of scope]` rows are OUT-OF-SCOPE
refusals, the `[no op]` rows refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    LOUDER,
    WHOLE,
    Above,
    Below,
    Case,
    Probe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh235.md")

#: 4k: 2160 lines, 3840 wide, or twice a 1080p picture.
FOUR_K = (
    step("resize", lines=2160)
    | step("resize", height=2160)
    | step("resize", width=3840)
    | step("resize", percent=200)
)

CASES: tuple[Case, ...] = (
    do(
        "fresh235-01",
        "take out the two seconds of me holding up a piece of paper as a pseudo-clapperboard "
        "(meaning to visually mark the beginning of the video clip)",
        [step("trim", start=2)],
        [step("cut", start=0, end=2)],
        probe=Probe(duration=600.0),
        note="the first 2 s taken off",
    ),
    do(
        "fresh235-02",
        "adjust the sound of my arrow fold card video: the microphone on this camera is "
        "HORRIBLE, I sound muffled and like I'm talking from a mile away, I could barely hear "
        "anything I said",
        [LOUDER],
        probe=Probe(duration=1200.0),
        note="louder, by any amount or to a loudness target, all of it",
    ),
    ask(
        "fresh235-03",
        "turn these 30 minutes of raw video footage for church into a 5 minute video: lots of "
        "stuff hits the cutting room floor",
        "which 5 minutes to keep (what hits the cutting room floor)",
        (*WHICH_PART, "which parts", "keep", "minutes", "timestamps"),
        probe=Probe(duration=1800.0),
    ),
    do(
        "fresh235-04",
        "turn my Explosion Box video the right way up: I set up the camera on a tripod over the "
        "table, and the whole thing came out upside down",
        [step("rotate", degrees=180)],
        probe=Probe(duration=600.0),
        note="a half turn",
    ),
    no_op(
        "fresh235-05",
        "fix the video of us revealing to our seven-year old son that we were getting a kitten: "
        "the memory card blew it big time, it has an inexplicable visual glitch every second or "
        "so (actually, every 18 frames)",
        "no op",
        probe=Probe(duration=60.0),
        note="no op: a faulty card's glitches are not repaired by any operation",
    ),
    do(
        "fresh235-06",
        "speed up the video of me designing a bridal bouquet, our first youtube video: the "
        "actual design time was about 30 minutes",
        [step("speed", factor=Above(1), **WHOLE)],
        probe=Probe(duration=1800.0),
        note="faster, any amount, all of it",
    ),
    ask(
        "fresh235-07",
        "delete the portion of my paper trimmer video where I cut the box out of the center of "
        "the card: I struggle explaining it, I think I may be making her even more confused "
        "than she was to begin with",
        "where that portion starts and ends",
        (*WHICH_PART, "portion", "box", "timestamp", "second", "minute"),
        probe=Probe(duration=900.0),
    ),
    do(
        "fresh235-08",
        "upscale the supercut I edited from my 3 episodes to 4k 60fps",
        [FOUR_K, step("fps", fps=60)],
        [step("fps", fps=60), FOUR_K],
        probe=Probe(duration=2400.0),
        note="2160 lines and 60 frames a second, either order",
    ),
    out_of_scope(
        "fresh235-09",
        "put together the slideshow for the bride and groom: scanned images showcasing their "
        "childhood, teenage years, and their relationship",
        "a slideshow made from photos, no video to edit",
    ),
    no_op(
        "fresh235-10",
        "get the background noises out of my Crochet a Squid tutorial: you can hear my neighbors "
        "laughing and tickling each other, sirens, car horns and the street sweeper going by, and "
        "the Christmas music from the ice cream truck",
        "no op",
        probe=Probe(duration=900.0),
        note="no op: passing voices, sirens and music, not a steady noise",
    ),
    ask(
        "fresh235-11",
        "edit out the chimes meant to tell visitors when to advance to the next scene from the "
        "video of my church's still life Nativity",
        "where the chimes are (times)",
        (*WHICH_PART, "chimes", "timestamps", "second", "scene"),
        probe=Probe(duration=600.0),
    ),
    do(
        "fresh235-12",
        "slow the video down, my 8 minute left-handed magic ring and invisible join video: the "
        "overall video moves pretty quickly",
        [step("speed", factor=Below(1), **WHOLE)],
        probe=Probe(duration=525.0),
        note="slower, any amount, all of it",
    ),
    no_op(
        "fresh235-13",
        "zoom out the first segment of my card video: I forgot to change the setting of the "
        "camera, so it was zoomed in and you miss a lot of what's going on; the first ten "
        "minutes are so far out of frame that it's embarrassing",
        "no op",
        probe=Probe(duration=1800.0),
        note="no op: what is out of frame was never recorded",
    ),
    ask(
        "fresh235-14",
        "cut the 13 minutes of footage of the kids telling the Christmas story down to about 8 "
        "minutes, cutting away everything we can't use, such as adults speaking or airplanes "
        "ruining our sound",
        "which 8 minutes to keep (where the adults and the airplanes are)",
        (*WHICH_PART, "which parts", "adults", "airplanes", "keep", "timestamps"),
        probe=Probe(duration=780.0),
    ),
    no_op(
        "fresh235-15",
        "change the camera angle of my shoot so we see less of my neck",
        "no op",
        probe=Probe(duration=120.0),
        note="no op: another camera angle is not in the footage",
    ),
    ask(
        "fresh235-16",
        "edit out the part of the video where the tag stuck to my thumb",
        "when the tag sticks to her thumb (the part to cut)",
        (*WHICH_PART, "tag", "thumb", "timestamp", "second", "minute"),
        probe=Probe(duration=1200.0),
    ),
    out_of_scope(
        "fresh235-17",
        "find the missing audio of our talk: half the audio (the last half) did not come through",
        "sound that was never recorded on this file; a backup to search",
        probe=Probe(duration=1800.0),
    ),
    no_op(
        "fresh235-18",
        "fix the lisping in my latest video, I don't lisp: I was standing too far away from the "
        'microphone built into the camera, outdoors, so all you hear is the hissing "s" sound',
        "no op",
        probe=Probe(duration=300.0),
        note="no op: no operation tames one sound's frequencies",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
