"""An eighty-fourth fresh, held-out collection of real requests (tests/realreq/fresh84.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh81's, the
rows are short, typical asks, like the development set's; all 11 come from GitHub issues of
gaming tools and their neighbours: an OBS replay plugin, a game clip sharing site, emulators,
the Xbox Game Bar, a Source-engine game recorder, a media site asked about game clips, a voice
recorder, a speedrun timer and Steam's game recording. Each case follows its row's `expected`
column; `[out of scope]` rows are OUT-OF-SCOPE refusals."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import WHOLE, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh84.md")

#: A smaller-file setting that may come with a web-friendly encode.
_SMALLER = maybe(step("quality", level=AnyOf("balanced", "small")))

CASES: tuple[Case, ...] = (
    do(
        "fresh84-01",
        "cut the 5 seconds of extra video off the end of the saved replay: the extra frames are "
        "just copies of the last good frame",
        [step("trim", start=0, end=-5)],
        [step("cut", start=20, end=25)],
        probe=Probe(duration=25.0),
        note="the 25 s replay's first 20 s kept, the 5 s frozen on its last frame cut off",
    ),
    do(
        "fresh84-02",
        "process the game clip to make it more web friendly",
        [anywhere(step("codec", codec="h264")), maybe(step("convert", format="mp4")), _SMALLER],
        [anywhere(step("convert", format="mp4")), maybe(step("codec", codec="h264")), _SMALLER],
        note="an H.264 mp4, which every browser plays (a smaller-file setting may come with it)",
    ),
    do(
        "fresh84-03",
        "make the Flashback footage pixel-perfect: the original is 256x224, but it comes out "
        "300x224 (stretched) instead of a 1:1 pixel ratio",
        [step("resize", width=256, height=224, fit=False)],
        probe=Probe(width=300, height=224),
        note="the 300x224 footage squeezed back to exactly 256x224",
    ),
    do(
        "fresh84-04",
        "show the Mega Man & Bass footage at 10:7, not 4:3: the Super Famicom draws 224 lines, "
        "and 10:7 looks a little nicer on a 16:9 display",
        [step("resize", width=Between(1536, 1550), height=1080, fit=False)],
        [step("resize", width=1440, height=Between(1004, 1012), fit=False)],
        probe=Probe(width=1440, height=1080),
        note="the 1440x1080 (4:3) footage stretched to 10:7: about 1543x1080, or 1440x1008",
    ),
    do(
        "fresh84-05",
        "add a noise gate to the recording: when I'm not talking you can hear the static in the "
        "room",
        [step("audio_denoise")],
        note="the room's steady static taken out of the sound",
    ),
    do(
        "fresh84-06",
        "make the game's sound louder: even at max volume it is 10 to 20db quieter than on the "
        "hardware",
        [step("volume", db=Between(10, 20), **WHOLE)],
        [step("volume", percent=Between(300, 1000), **WHOLE)],
        [step("normalize")],
        note="+10 to +20 dB (about 3 to 10 times the level), all of it; normalizing is fair too",
    ),
    do(
        "fresh84-07",
        "slow the clip recorded at 300fps down for the 60fps movie, without sacrificing fps",
        [step("speed", factor=Between(0.2, 0.5), **WHOLE), maybe(step("fps", fps=60))],
        probe=Probe(fps=300.0),
        note="a fifth of the speed, each recorded frame shown once at 60 fps (down to half speed "
        "is fair); a 60 fps setting may come with it",
    ),
    ask(
        "fresh84-08",
        "clip the game recording down to a minute or 2: when I press my record button, it saves "
        "the last 5 minutes of video",
        "which minute or two (which part of the 5 minutes)",
        (*WHICH_PART, "minute", "part"),
        probe=Probe(duration=300.0),
    ),
    ask(
        "fresh84-09",
        "trim the recording to the useful part: only part of the recording is useful and the rest "
        "is just noise",
        "which part is the useful one",
        (*WHICH_PART, "useful", "part"),
    ),
    out_of_scope(
        "fresh84-10",
        "show my LiveSplit timer in the recorded video: the display is up while I'm recording, "
        "but when I go to watch it, it's not there",
        "the timer window was never captured in the recording (a recorder's capture setting), "
        "not an edit of the file",
    ),
    out_of_scope(
        "fresh84-11",
        "put my voice in the game recording: my microphone is properly configured, but the clips "
        "do not contain my voice",
        "the voice was never recorded (a recorder's capture setting): nothing in the file to put "
        "back",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
