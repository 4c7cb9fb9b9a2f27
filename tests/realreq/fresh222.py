"""A two-hundred-and-twenty-second fresh, held-out collection of real requests
(tests/realreq/fresh222.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh221's, the
rows are short, typical asks, like the development set's, of hobbyists, families and travellers
about their own videos; 15 come from personal blogs and hobby pages (a dog owner, a motorcyclist
filming a sunrise, a KTM commuter, a hiker, a newcomer to Norway, a chicken keeper, a son with his
father's Normal 8 films, a traveller on Vulcano, a Swiss family watching birds, a model flyer, a
Swedish mother, a cyclist in Paris, a man putting in a garage door, a village chronicler and a
couple pitching a tent; twelve in German, one in Swedish) and one from a video editor's page about
his parents' wedding film. Each case follows its row's `expected` column; `[out of scope]` rows are
OUT-OF-SCOPE refusals, the `[no op]` and `[needs analysis]` rows refusals of DOABLE asks no
operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    WHOLE,
    Below,
    Between,
    Case,
    Probe,
    anywhere,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh222.md")

#: The smartphone's recording of the exhaust.
_EXHAUST = "exhaust.m4a"

#: A much smaller file: a smaller quality level, or kept under some size.
_SMALLER = step("quality", level="small") | step("compress")

#: Words a refusal says when it asks which parts of long footage to keep.
_WHICH_PARTS = (*WHICH_PART, "which parts", "which part", "keep", "highlights", "what to keep")

CASES: tuple[Case, ...] = (
    do(
        "fresh222-01",
        "play Luis's 8th birthday video in slow motion from about 0:20 on, eight times slower: "
        'even so, the change from "slice still there" to "slice gone" can hardly be seen',
        [step("speed", factor=0.125, start=Between(18, 22))],
        probe=Probe(duration=40.0),
        note="eight times slower from about 0:20 (to the end, or to any end after it)",
    ),
    do(
        "fresh222-02",
        "set the hour of video of the morning view of Bonn's Museum Mile to a speed of 8000%, "
        "so the sunrise plays at 80 times the speed",
        [step("speed", factor=80, **WHOLE)],
        probe=Probe(duration=3600.0),
        note="80 times faster, all of it",
    ),
    do(
        "fresh222-03",
        "use the sound from the lavalier mic clipped near the exhaust, recorded on my smartphone "
        "tied to the seat behind me, for the action-cam video of my ride to work on the KTM, "
        "instead of the camera audio: I wanted to capture the sound of the engine as well as "
        "possible",
        [step("replace_audio", file=_EXHAUST)],
        assets=[_EXHAUST],
        probe=Probe(duration=900.0),
        note="the phone's recording as the video's sound, instead of the camera's",
    ),
    do(
        "fresh222-04",
        "stabilize the film of my parents' wedding at Heidelberg Castle, from the old cine films "
        "my parents had copied onto DVD: the cameras back then had no image stabilizer, and it "
        "needs both horizontal and vertical stabilization",
        [step("stabilize")],
        probe=Probe(duration=600.0, width=720, height=576, fps=25.0),
        note="stabilized",
    ),
    do(
        "fresh222-05",
        "compress and shrink the whole video of my walk through the Föhrenwald strongly: it is "
        "almost an hour and a half long, the material is more than 10 GB, and that is the limit "
        "of what my devices can take",
        [anywhere(_SMALLER), maybe(step("resize", lines=Below(1080)))],
        [step("resize", lines=Below(1080)), maybe(_SMALLER)],
        [step("resize", percent=Below(100)), maybe(_SMALLER)],
        probe=Probe(duration=5400.0),
        note="a much smaller file: a smaller quality, a size limit, or a smaller picture",
    ),
    do(
        "fresh222-06",
        "steady the shaky video of this summer, and make its clips, differently loud from all "
        "kinds of situations, roughly equally loud in the end",
        [step("stabilize"), step("normalize")],
        [step("normalize"), step("stabilize")],
        probe=Probe(duration=600.0),
        note="stabilized and brought to one loudness, in either order",
    ),
    no_op(
        "fresh222-07",
        "convert the .MOV video of my baby chickies' first few days to .AVI, with a free "
        "converter that actually works well, for my new Pinnacle Studio video software",
        "no op",
        probe=Probe(duration=120.0, width=640, height=480),
        note="no op: promptcut writes no .avi",
    ),
    no_op(
        "fresh222-08",
        "stop the flicker in the video of my father's Normal 8 film, which I projected onto an "
        "old screen and filmed off it with my old Sony: the whole thing flickers mightily, since "
        "projectors show 24 frames a second while the camera records 25",
        "no op",
        probe=Probe(duration=240.0, width=720, height=576, fps=25.0),
        note="no op: no operation evens out the brightness from frame to frame (deflicker)",
    ),
    no_op(
        "fresh222-09",
        "make my explanations in the video blog from the rim of the Great Crater on Vulcano "
        "understandable: because of the wind you can't understand a word of them",
        "no op",
        probe=Probe(duration=180.0),
        note="no op: a voice picked out of gusting wind; audio_denoise takes steady noise only",
    ),
    no_op(
        "fresh222-10",
        "keep only the lightning-fast tits from the quarter of an hour of video from the little "
        "camera on the icy balcony railing by the bird house: from the sofa it looked as if no "
        "bird had been there",
        "needs analysis",
        probe=Probe(duration=900.0),
        note="needs analysis: the moments a bird is there found in the picture",
    ),
    ask(
        "fresh222-11",
        "shorten the seven-minute flycam video of the round flight of Martin's electrified ASW 20 "
        "glider slightly, and not in HD; the original sound with the airflow, servo and motor "
        "noises is nice",
        "which part to cut (and how much)",
        (*WHICH_PART, "which part", "how much", "cut", "shorten"),
        probe=Probe(duration=420.0, width=1280, height=720),
    ),
    ask(
        "fresh222-12",
        "cut the video of us singing for Hannah on her birthday right where Camilla, when the "
        "song is over, fixes her eyes on the two big boys",
        "when that moment is (the second to cut at)",
        (*WHICH_PART, "moment", "second", "timestamp", "song is over"),
        probe=Probe(duration=90.0),
    ),
    ask(
        "fresh222-13",
        "edit the more than 40 minutes of video of my Saturday ride through Paris, including a "
        "long chase with two policemen on bikes, down to less than 20 minutes",
        "which parts to keep (less than 20 minutes of them)",
        _WHICH_PARTS,
        probe=Probe(duration=2460.0),
    ),
    ask(
        "fresh222-14",
        "cut the 19 hours of video of me putting in a garage door alone, from a camera left in "
        "one spot for three days: it has to be a fast cut, with only one change of camera "
        "position, showing as many emotions as possible",
        "which parts to keep (and how long the result should be)",
        (*_WHICH_PARTS, "how long", "length", "emotions"),
        probe=Probe(duration=68400.0),
    ),
    out_of_scope(
        "fresh222-15",
        "convert the VHS cassette of the film of the village's 650th anniversary, made in 2002, "
        "from the VHS format into mp4, so the film can be shown with a stick, notebook and "
        "projector",
        "digitizing a tape (a VHS player and capture), not an edit of a video file",
    ),
    out_of_scope(
        "fresh222-16",
        "make a time-lapse video of the first pitching of our new tent from the photos our SLR "
        "on a tripod took every five seconds",
        "a video made from photos: there is no video to edit",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
