"""A two-hundred-and-forty-fifth fresh, held-out collection of real requests
(tests/realreq/fresh245.md): one checkable case a row, encoded the way fresh239.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh241's, the
rows are short, typical asks; all 13 come from personal blogs and tutorials (Italian, Spanish,
Japanese), two GitHub issues, a camera forum and a family blog, of hobbyists with old media: VHS,
Hi8, DV and 8mm tapes, DVD rips and phone videos. Each case follows its row's `expected` column;
the `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` row a refusal of a DOABLE ask
no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    AnyOf,
    Case,
    Probe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh245.md")

#: A PAL tape or DVD capture.
_PAL = Probe(duration=1800.0, width=720, height=576, fps=25.0)

#: The 720x576 picture made 16:9, any usual size.
_SIXTEEN_NINE = (
    step("resize", width=1024, height=576)
    | step("resize", width=720, height=405)
    | step("resize", width=1280, height=720)
    | step("resize", width=1920, height=1080)
)

CASES: tuple[Case, ...] = (
    do(
        "fresh245-01",
        "remove the annoying continuous whistle from the audio track of this old cartoon "
        "recorded on VHS",
        [step("audio_denoise")],
        probe=Probe(duration=1320.0, width=720, height=576, fps=25.0),
        note="the steady whistle reduced in the sound",
    ),
    do(
        "fresh245-02",
        "clean up the audio of this video I made with my smartphone: the audio is not really "
        '"clean", there is too much background noise',
        [step("audio_denoise")],
        probe=Probe(duration=90.0, width=1920, height=1080),
        note="the background noise reduced in the sound",
    ),
    ask(
        "fresh245-03",
        "straighten this video I shot on my iPhone in a hurry, without waiting for the phone "
        "to detect whether I held it horizontally or vertically, so that it is finally "
        "watchable without a sore neck",
        "which way to turn it (clockwise, counterclockwise or upside down)",
        (
            "which way",
            "direction",
            "clockwise",
            "counterclockwise",
            "counter-clockwise",
            "left",
            "right",
            "90",
            "180",
            "upside",
        ),
        probe=Probe(duration=30.0, width=1920, height=1080),
    ),
    do(
        "fresh245-04",
        "force the aspect ratio of this rip of a poorly-authored DVD, where the aspect ratio "
        "is not properly set, to a pixel aspect ratio of 8:9",
        [step("resize", width=640, height=480) | step("resize", width=720, height=540)],
        probe=Probe(duration=2700.0, width=720, height=480, fps=29.97),
        note="720x480 at 8:9 pixels shows as 640x480 (or 720x540) square pixels",
    ),
    do(
        "fresh245-05",
        "change the video ratio of this file: it was recorded at 16:9 but is wrongly set to "
        "stretch to 4:3 for no apparent reason",
        [_SIXTEEN_NINE],
        probe=_PAL,
        note="the 720x576 picture stretched back to a 16:9 size",
    ),
    do(
        "fresh245-06",
        "remove the terrible noise that appears over the picture in this capture of a "
        "documentary I recorded about ten years ago on VHS at LP speed",
        [step("denoise")],
        probe=Probe(duration=2700.0, width=720, height=576, fps=25.0),
        note="the picture's noise reduced (any strength)",
    ),
    ask(
        "fresh245-07",
        "trim a few small fragments out of this capture of my 1993 Holy Week tape before I "
        "upload it to YouTube; the audio should be kept as it is",
        "which fragments (where) to cut",
        (*WHICH_PART, "which fragments", "fragments", "parts"),
        probe=Probe(duration=3600.0, width=720, height=576, fps=25.0),
    ),
    no_op(
        "fresh245-08",
        "remove the crackling pops that come into the audio from time to time in this "
        "classical concert I recorded on DV tape",
        "no op",
        probe=Probe(duration=5400.0, width=720, height=480, fps=29.97),
        note="no op: removing occasional clicks; audio_denoise takes out steady noise, not pops",
    ),
    do(
        "fresh245-09",
        "join the two parts of this Hi8 tape, which broke in the middle of playback, back "
        "together into one video",
        [step("join", clips=AnyOf(["part2.mp4"], []), at="end")],
        assets=["part2.mp4"],
        probe=Probe(duration=2400.0, width=720, height=480, fps=29.97),
        note="the second part after the first",
    ),
    ask(
        "fresh245-10",
        "cut up this VOB file from a DVD rip",
        "where to cut it (which parts to keep)",
        (*WHICH_PART, "which parts", "where to cut", "parts", "cut"),
        probe=Probe(duration=1800.0, width=720, height=480, fps=29.97),
    ),
    out_of_scope(
        "fresh245-11",
        "digitize all of these 8mm films into DVDs, complete with menus and background "
        "music, in time for a great Christmas gift",
        "scanning film reels and authoring DVDs with menus, not an edit of a given file",
        probe=Probe(duration=600.0, width=720, height=480, fps=29.97),
    ),
    out_of_scope(
        "fresh245-12",
        "tell me whether I should have my new IXUS400 checked: its short movies have a "
        "background hiss even when recording in a silent room",
        "whether the camera is faulty and needs a repair, not an edit of the video",
        probe=Probe(duration=60.0, width=640, height=480, fps=15.0),
    ),
    ask(
        "fresh245-13",
        "do something in editing about the sound of this 8mm video tape: it was recorded "
        "with the microphone on the camera, so the sound is bad",
        "what to change in the sound (louder, clearer, less noise)",
        ("what", "louder", "volume", "noise", "clearer", "which", "how"),
        probe=Probe(duration=3600.0, width=720, height=480, fps=29.97),
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
