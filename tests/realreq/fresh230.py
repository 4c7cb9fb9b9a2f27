"""A two-hundred-and-thirtieth fresh, held-out collection of real requests
(tests/realreq/fresh230.md): one checkable case a row, encoded the way fresh229.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh229's, the
rows are short, typical asks of people who film what they do: Raspberry Pi camera owners whose
recordings play at the wrong speed, a motionEyeOS user with a dark video, a Kap user, an Immich
user, forum posters with a faint interview, a humming stage show and a tilting horizon, and
bloggers (a father sledding, a fox trail camera, a swift colony, a gardener, a boat ride, a
retiree's reunion tape). Each case follows its row's `expected` column; the `[out of scope]` rows
are OUT-OF-SCOPE refusals, the `[no op]` row a refusal of a DOABLE ask no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    LOUDER,
    WHOLE,
    Above,
    Between,
    Case,
    Probe,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh230.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh230-01",
        "make my 10 second recording at framerate 3 play at its real speed: the player replays "
        "it at 30fps, which compresses the 3*10 frames stretching over 10s into just 1s",
        [step("speed", factor=Between(0.09, 0.11), **WHOLE), maybe(step("fps", fps=3))],
        probe=Probe(duration=1.0, fps=30.0),
        note="3 fps played at 30: a tenth of the speed, so the 1 s file lasts 10 s",
    ),
    do(
        "fresh230-02",
        "time stretch my 1080p 30fps footage to match my off camera audio: it seems to be "
        "recording 25p in a 30fps wrapper, so the footage seems sped up when I watch it",
        [step("speed", factor=Between(0.82, 0.85), **WHOLE), maybe(step("fps", fps=25))],
        probe=Probe(duration=600.0, width=1920, height=1080, fps=30.0),
        note="25 fps played at 30: slowed to 25/30 of its speed",
    ),
    do(
        "fresh230-03",
        "make my 30 second 640x480 video play at its real speed: when I play it the video speed "
        "is slowed, so the video lasts 35 seconds instead of the 30 expected",
        [step("speed", factor=Between(1.15, 1.21), **WHOLE), maybe(step("fps", fps=30))],
        probe=Probe(duration=35.0, width=640, height=480, fps=25.0),
        note="35 s back to 30 s: 35/30 faster (30/25 if the rate is what is wrong)",
    ),
    do(
        "fresh230-04",
        "crank up the brightness of the motion camera's video: the still image turns out great, "
        "while the video is too dark to see what I could see in the image",
        [step("brightness", percent=Above(0), **WHOLE)],
        [step("gamma", gamma=Above(1), **WHOLE)],
        probe=Probe(duration=60.0, width=1280, height=720),
        note="brighter, any amount, all of it",
    ),
    do(
        "fresh230-05",
        "cut the first 3 seconds of my recording, where a piece of Kap's recording window "
        "appears inside my Chrome browser's top content",
        [step("trim", start=Between(2.5, 3.5), end=None)],
        [step("cut", start=0, end=Between(2.5, 3.5))],
        probe=Probe(duration=60.0),
        note="the first 3 s gone, the rest kept",
    ),
    do(
        "fresh230-06",
        "make a slow-mo version of the video of us playing chicken with the sleds (there's a "
        "real-time and a slow-mo version)",
        [step("speed", factor=Between(0.1, 0.75), **WHOLE)],
        probe=Probe(duration=30.0),
        note="slowed, any amount, all of it",
    ),
    do(
        "fresh230-07",
        "raise the volume of the band interview where there appears to be no sound, though you "
        "can still hear some static: if there was even just a faint audio signal picked up "
        "through the mic, isolate that sound",
        [LOUDER, maybe(step("audio_denoise"))],
        probe=Probe(duration=600.0),
        note="louder, any amount or to a loudness target; a denoise may come with it",
    ),
    do(
        "fresh230-08",
        "make the hum go away in the stage performance I shot: it is acceptable to general "
        "audiences, but it grates on my nerves",
        [step("audio_denoise")],
        probe=Probe(duration=3600.0),
        note="the hum taken out, any strength",
    ),
    no_op(
        "fresh230-09",
        "make the horizon horizontal in the whole travel video: at points it slightly turns, due "
        "to incorrect holding or sudden blows or pushes (rotate as much as necessary and zoom "
        "inside, so the picture stays a perfect rectangle)",
        "no op",
        probe=Probe(duration=300.0, width=1920, height=1080),
        note="no op: a fraction of a degree of rotation changing through the clip; rotate turns "
        "by quarter turns only",
    ),
    ask(
        "fresh230-10",
        "add a short sound track to the 30 second trail cam clip of a pair of vixens doing a "
        "'fox trot' over a smattering of dog biscuits",
        "which sound track (no music file is given)",
        ("which", "music", "sound track", "soundtrack", "track", "song", "file", "audio"),
        probe=Probe(duration=30.0),
    ),
    ask(
        "fresh230-11",
        "remove the unwanted parts of the recording of my swift colony: spiders wrapping their "
        "webs around the camera, moving shadows as the sun shines through the leaves of the trees "
        "onto the box, and the occasional video glitch",
        "where the unwanted parts are (the spiders, the shadows, the glitches)",
        (*WHICH_PART, "which parts", "spiders", "shadows", "glitch", "timestamps"),
        probe=Probe(duration=300.0),
    ),
    ask(
        "fresh230-12",
        "improve my first short how-to garden video with words, as a Facebook buddy suggested",
        "what words to add (the text, or what to say)",
        ("what", "which", "words", "text", "say", "caption", "title", "voice"),
        probe=Probe(duration=180.0),
    ),
    ask(
        "fresh230-13",
        "make a 4.7 minute version of the 11+ minute video of our joy ride, for those in a hurry",
        "which parts to keep",
        (*WHICH_PART, "which parts", "keep", "timestamps"),
        probe=Probe(duration=680.0),
    ),
    out_of_scope(
        "fresh230-14",
        "make my Insta360 GO 3 videos stop playing rotated 180° in the Immich Android app: "
        "watching them via the iOS app or on the web they are normally watchable",
        "a photo app's player, not an edit of a file",
    ),
    out_of_scope(
        "fresh230-15",
        "copy my VHS video tape of the Tipton Family Reunion to a DVD, so I can make copies to "
        "send to my Tipton cousins",
        "copying a tape to a DVD and burning copies, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
