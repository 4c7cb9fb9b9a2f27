"""A two-hundred-and-fifty-ninth fresh, held-out collection of real requests
(tests/realreq/fresh259.md): one checkable case a row, encoded the way fresh257.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh257's, the
rows are short, typical asks; all 15 come from gamers and streamers and the clips, VODs and
recordings they made: a video cut down to Discord's 8 MB, a YouTube download made an mp4 for
Twitter, an old game's Twitch clip fitted into 16:9, a VOD frozen after a crop, a heavy scrcpy
recording, a 6-hour VOD in 2-hour parts, a grey HDR clip, slurs in players' names, a Steam clip's
late sound, a ShadowPlay clip's last part and one word, a part of a VOD by timecodes, a laggy
ROBLOX recording, game audio only, and voice chat that was never recorded.
Each case follows its row's `expected` column; the `[out of scope]` rows are OUT-OF-SCOPE
refusals, the `[no op]` rows refusals of a DOABLE ask no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    Between,
    Case,
    Probe,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh259.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh259-01",
        "make this video just under discord's 8MB limit, a specific file size: many web "
        "services have upload limits, and a very common task I perform is cutting down a video "
        "until it's just under the limit of whatever service I want to upload to",
        [step("compress", max_mb=Between(6, 8))],
        probe=Probe(duration=60.0, width=1920, height=1080, fps=60.0),
        note="under Discord's 8 MB",
    ),
    do(
        "fresh259-02",
        "convert this video downloaded from YT to mp4: Twitter throws an error when I try to "
        "upload it",
        [step("convert", format="mp4"), maybe(step("codec", codec="h264"))],
        probe=Probe(duration=120.0, width=1280, height=720),
        note="an mp4 (H.264 may come with it)",
    ),
    do(
        "fresh259-03",
        "scale this Twitch clip from an old game, which isn't 16:9, to fit properly into a "
        "16:9 player: it gets cut off in a 1280x720 browser source",
        [step("pad", aspect="16:9"), maybe(step("resize", width=1280, height=720))],
        [maybe(step("resize", width=1280, height=720, fit=True)), step("pad", aspect="16:9")],
        probe=Probe(duration=30.0, width=960, height=720),
        note="the whole 4:3 picture inside 16:9, with bars",
    ),
    do(
        "fresh259-04",
        "fix this VOD I cropped with the start option: the first 1-3 seconds are frozen",
        [step("reencode")],
        [step("codec", codec="h264")],
        probe=Probe(duration=3600.0, width=1920, height=1080, fps=60.0),
        note="re-encoded (the start was cut without re-encoding)",
    ),
    do(
        "fresh259-05",
        "make this scrcpy recording of my phone a smaller file: the files are a bit heavy",
        [step("quality", level="small")],
        [step("codec", codec="hevc"), maybe(step("quality", level="small"))],
        probe=Probe(duration=300.0, width=1080, height=2400),
        note="a smaller file, all of it kept",
    ),
    no_op(
        "fresh259-06",
        "split this 6-hour long VOD into 2-hour parts: editing a 6-hour long vod or more makes "
        "Premiere really slow, and 2-hour long ones work just fine for me",
        "no op",
        probe=Probe(duration=21600.0, width=1920, height=1080, fps=60.0),
        note="no op: three files from one",
    ),
    no_op(
        "fresh259-07",
        "fix the colours of this clip, recorded while using HDR in a game: the video shows up "
        "in a grey color",
        "no op",
        probe=Probe(duration=30.0, width=2560, height=1440, fps=60.0),
        note="no op: HDR to SDR tone mapping",
    ),
    no_op(
        "fresh259-08",
        "censor a player's name in this clip before I share it: sometimes I play with people "
        "who have racist slurs in their names, which is both not nice, and can get me in trouble "
        "when sharing clips",
        "no op",
        probe=Probe(duration=30.0, width=1920, height=1080, fps=60.0),
        note="no op: hiding a name wherever it shows in the picture",
    ),
    no_op(
        "fresh259-09",
        "put the sound of this exported game clip back in sync: the audio is delayed by about "
        "a second and a half / two seconds",
        "no op",
        probe=Probe(duration=60.0, width=1920, height=1080, fps=60.0),
        note="no op: shifting the sound against the picture",
    ),
    ask(
        "fresh259-10",
        "trim the last part of this ShadowPlay recording, where I am in the car and get shot",
        "where that part starts (a time)",
        (*WHICH_PART, "last part", "timestamp", "second"),
        probe=Probe(duration=300.0, width=1920, height=1080),
    ),
    ask(
        "fresh259-11",
        "trim this short clip, shot via Nvidia Shadowplay, down to just a sole word out of a "
        "sentence (0,8-1,5s)",
        "which word: where it is (its times)",
        (*WHICH_PART, "which word", "word", "timestamp", "second"),
        probe=Probe(duration=20.0, width=1920, height=1080, fps=60.0),
    ),
    ask(
        "fresh259-12",
        "keep only a separate part of this Twitch VOD (using timecodes), not the entire VOD",
        "which part (the timecodes)",
        (*WHICH_PART, "timecode", "timestamp"),
        probe=Probe(duration=14400.0, width=1920, height=1080, fps=60.0),
    ),
    out_of_scope(
        "fresh259-13",
        "fix my recording of ROBLOX gameplay: when I was playing and recording there was no "
        "lag at all, but the recording is EXTREMELY laggy, with massive jumps",
        "frames the recorder never captured cannot be brought back",
        probe=Probe(duration=600.0, width=1920, height=1080),
    ),
    out_of_scope(
        "fresh259-14",
        "record only the audio of the game in my clips, like OBS's Application Audio Capture "
        "does for the window being recorded",
        "a game recorder's audio capture setting, not an edit of a given file",
    ),
    out_of_scope(
        "fresh259-15",
        "add what the players said in voice chat to this OBS recording of my replay mod "
        "session, which I made to show a clip to a discord chat: only the game can be heard",
        "the voices were never recorded in this file, and no file with them is given",
        probe=Probe(duration=120.0, width=1920, height=1080),
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
