"""A two-hundred-and-thirty-second fresh, held-out collection of real requests
(tests/realreq/fresh232.md): one checkable case a row, encoded the way fresh229.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh229's, the
rows are short, typical asks of hobbyists who film what they do; all 9 come from personal blogs
and two Q&A pages (a chicken keeper, a man with a pocket camcorder, a coffeeshop singer, a design
student at a lathe, a reader asking about nightclub sound, a sled dog kennel, a tomato grower, a
skier and a pianist). Each case follows its row's `expected` column; the `[out of scope]` rows are
OUT-OF-SCOPE refusals, the `[no op]` row a refusal of a DOABLE ask no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import do, no_op, out_of_scope
from .score import (
    WHOLE,
    Above,
    Between,
    Case,
    Probe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh232.md")

#: The banjo put over the chickens.
_BANJO = "banjo.mp3"
#: The music put under the ski movie.
_SONG = "song.mp3"

#: The whole video played faster, by any amount.
_FASTER = step("speed", factor=Above(1.0), **WHOLE)

CASES: tuple[Case, ...] = (
    do(
        "fresh232-01",
        "speed up the film of the chickens out and active in their run, to add that bit of "
        "hilarity, with an overlay of banjo",
        [_FASTER, step("add_music", file=_BANJO)],
        [_FASTER, step("replace_audio", file=_BANJO)],
        [step("add_music", file=_BANJO), _FASTER],
        [step("replace_audio", file=_BANJO), _FASTER],
        assets=[_BANJO],
        probe=Probe(duration=600.0),
        note="faster, any amount, with the banjo under or instead of its own sound",
    ),
    out_of_scope(
        "fresh232-02",
        "make my pocket camcorder record the audio of my friend talking a few meters away: it "
        "does not have a mic input, and I don't want to record using an audio recorder and add "
        "the voice later during editing",
        "how the camera records, not an edit of a file",
    ),
    do(
        "fresh232-03",
        "remove the loud buzz/hum on the audio track, all the way through, of the video Geneva "
        "took of my performance at the coffeeshop: the external microphone I had wired up to the "
        "camera caused it",
        [step("audio_denoise")],
        probe=Probe(duration=1800.0),
        note="the hum taken out of the sound, any strength",
    ),
    do(
        "fresh232-04",
        "condense the 30 mins of work of my first time turning maple on a lathe into 2 min",
        [step("speed", factor=Between(14.0, 16.0), **WHOLE)],
        probe=Probe(duration=1800.0),
        note="30 minutes played in 2: fifteen times as fast",
    ),
    out_of_scope(
        "fresh232-05",
        "get decent video sound in a loud room such as a nightclub: my camera's limiter clamps "
        "down on the sound levels and leaves me with wimpy sound",
        "how to record sound in a loud room, not an edit of a file",
    ),
    do(
        "fresh232-06",
        "speed up the real-time video of the dog truck loading, about 20 minutes long, to 8x "
        "normal speed",
        [step("speed", factor=8, **WHOLE)],
        probe=Probe(duration=1200.0),
        note="eight times as fast, all of it",
    ),
    no_op(
        "fresh232-07",
        "compress my tomato plant video down to a WMV before uploading it to YouTube: I recorded "
        "it on my Sony Cyber-shot digital camera (not a video camera)",
        "no op",
        probe=Probe(duration=90.0, width=640, height=480),
        note="no op: promptcut writes no .wmv files; a compress alone is not the WMV asked for",
    ),
    do(
        "fresh232-08",
        "add music to my ski movie, but my movie has some talking in it - people talking about "
        "how cool a run was - and I don't want the music to drown it out: drop the music's volume "
        "only while they talk, not for the entire 3 minutes",
        [step("add_music", file=_SONG, duck=True)],
        assets=[_SONG],
        probe=Probe(duration=1860.0),
        note="the music ducked under the talking",
    ),
    do(
        "fresh232-09",
        "lower the quality of the video of me playing piano and make it smaller, so it can be "
        "uploaded to youtube: it ended up being almost 1 gig big for 3 minutes and 34 seconds of "
        "music",
        # (the lead, after first sight: a smaller quality level is a smaller file too, as the
        # other sets accept for "make it smaller" with no size)
        [step("compress") | step("quality", level="small")],
        probe=Probe(duration=214.0),
        note="made smaller, any size well under 1 GB",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
