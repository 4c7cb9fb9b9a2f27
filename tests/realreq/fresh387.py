"""A three-hundred-and-eighty-seventh fresh, held-out collection of real requests
(tests/realreq/fresh387.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh309's, the
rows are short, typical asks; eleven come from GitHub issues and three from web pages
(speedrunners and retro gamers: speedrun.com, BizHawk, an RSDKv3 decompilation, King's Field,
hypseus-singe, Oricutron, xemu, RetroArch, PCem, the X16 emulator and Mesen-X, and a Corel
forum): a run cut out of a VOD, a SNES video put in 1920x1080 with black bars, garbage tiles
cropped off the left, 4x3 footage cropped to 16x9, an mp4 to be made an ogv, the sound of a PS1
movie, letterbox bars of an unknown size, a run to trim from a stream, sound lagging "up to"
10 seconds, a border cropped "based on my preferences", and a replay buffer, a recorder, a video
export and a scanline filter asked of emulators.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import SOUND_ALONE, Between, Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh387.md")

_SNES = {"width": 256, "height": 224, "fps": 60.0}
_HEIGHT_1080 = step("resize", lines=1080) | step("resize", height=1080)

CASES: tuple[Case, ...] = (
    do(
        "fresh387-01",
        "highlight my run in this VOD instead of submitting the entire VOD: cut it down to just "
        "moments before the run starts and just moments after it ends (the VOD is 2:33 long, "
        "the run 2:25, and it starts after 2 minutes)",
        [step("trim", start=Between(90, 120), end=Between(8820, 8900))],
        [step("trim", start=Between(90, 120), end=Between(-360, -280))],
        probe=Probe(duration=9180.0, width=1920, height=1080, fps=30.0),
        note="from just before 2:00 to just after 2:27:00 (2 minutes + 2 h 25 min)",
    ),
    do(
        "fresh387-02",
        "make this SNES video 1920x1080 without stretching the entire video: just insert it in "
        "1920x1080, leaving black bars on the sides, because this is the standard for the SNES",
        [_HEIGHT_1080, step("pad", aspect="16:9")],
        [step("pad", aspect="16:9"), step("resize", width=1920, height=1080)],
        [step("resize", width=1920, height=1080, fit=True), step("pad", aspect="16:9")],
        [step("platform", platform="youtube", fit="pad")],
        probe=Probe(duration=300.0, **_SNES),
        note="scaled up to 1080 lines, its shape kept, black bars at the sides to 16:9",
    ),
    do(
        "fresh387-03",
        "crop the garbage tiles off the left of the screen in this SML2 recording: it needs to "
        "be 240x224",
        [step("crop_edges", left=16)],
        [step("crop_area", width=240, height=224, x=16)],
        [step("crop_area", width=240, height=224, anchor="right")],
        probe=Probe(duration=300.0, **_SNES),
        note="16 pixels off the left of the 256x224 picture",
    ),
    do(
        "fresh387-04",
        "turn this 4x3 mini DV holiday footage into 16x9 for my new widescreen TV by cropping "
        "it, so it is not distorted",
        [step("crop", aspect="16:9")],
        probe=Probe(duration=600.0, width=640, height=480, fps=25.0),
        note="cropped to 16:9 (the top and bottom cut off)",
    ),
    no_op(
        "fresh387-05",
        "re-encode this mobile version video (h264 video and aac audio) to ogv, theora video and "
        "vorbis audio, for the PC version, avoiding generational loss while keeping a low file "
        "size",
        "no op: saved as an ogv (Theora and Vorbis); no operation writes that format",
        probe=Probe(duration=60.0, width=1280, height=720),
    ),
    do(
        "fresh387-06",
        "get the audio from this PS1 movie: what I really want is the crazy dialogue from the "
        "ending of King's Field 3, which is baked into the FMV",
        [SOUND_ALONE],
        probe=Probe(duration=180.0, width=320, height=240, fps=15.0),
        note="the sound alone (dialogue and music as they are mixed)",
    ),
    no_op(
        "fresh387-07",
        "remove the black bars on the top and on the bottom of this Cliffhanger video",
        "no op: letterbox bars of a size not given, found and cropped off; no auto-crop op",
        probe=Probe(duration=900.0, width=720, height=480, fps=29.97),
    ),
    ask(
        "fresh387-08",
        "trim the run out of this full stream VOD so I can upload it: the highlight of it had "
        "parts of its audio muted",
        "where the run starts and ends in the stream",
        ("which part", "where", "when", "start", "end", "begin", "time"),
        probe=Probe(duration=14400.0, width=1280, height=720, fps=30.0),
    ),
    ask(
        "fresh387-09",
        "fix the sync of this Stormlord capture video: the sound can sometimes lag up to 10 "
        "seconds behind the video",
        "by how much the sound lags, and whether the lag is the same all through",
        ("how much", "how many", "seconds", "drift", "constant", "same", "where", "when"),
        probe=Probe(duration=600.0, width=480, height=448, fps=50.0),
    ),
    ask(
        "fresh387-10",
        "crop the thin border on the outside of the game rendering area of this recording, "
        "based on my preferences, like PCSX2 does",
        "how much to crop off each edge (the preferences are not given)",
        ("how much", "how many", "pixels", "which edge", "how thick", "how wide"),
        probe=Probe(duration=300.0, width=640, height=480, fps=60.0),
    ),
    out_of_scope(
        "fresh387-11",
        "keep a video buffer of my RetroArch session and let me produce a video clip of the last "
        "X seconds or minutes, like the PS5 does",
        "a replay buffer in an emulator, not an edit of a given video",
    ),
    out_of_scope(
        "fresh387-12",
        "add an internal video recorder to the emulator, like in many other emulators, "
        "independent of the real emulation speed, so I can watch my gameplay later at full "
        "speed and publish it",
        "recording in an emulator, not an edit of a given video",
    ),
    out_of_scope(
        "fresh387-13",
        "export videos of our game projects from the emulator as AVI or MP4 instead of GIF: my "
        "game uses more than 256 colors on screen at once",
        "an emulator's video export, not an edit of a given video",
    ),
    out_of_scope(
        "fresh387-14",
        "give the emulator a video scanlines filter",
        "an emulator's display filter, not an edit of a given video",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
