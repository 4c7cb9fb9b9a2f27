"""A two-hundred-and-seventy-second fresh, held-out collection of real requests
(tests/realreq/fresh272.md): one checkable case a row, encoded the way fresh269.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh269's, the
rows are short, typical asks; they come from GitHub issues, several of them written in
Portuguese, Chinese or Russian, about videos made with phones, phone camera libraries and cheap
cameras: pictures upside down, sideways or mirrored, a reversal without its sound, files too
large, sound too low or noisy, sound ahead of the picture, a dark recording, a spoiled start
and a camera's one-minute files. Each case follows its row's `expected` column."""

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
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh272.md")

#: Brighter, all of it: the brightness raised, or the mid-tones lightened.
_BRIGHTER = step("brightness", percent=Above(0), **WHOLE) | step("gamma", gamma=Above(1), **WHOLE)


CASES: tuple[Case, ...] = (
    ask(
        "fresh272-01",
        "fix the start of this video: the scenery turned out great, but the beginning of the "
        "video came out with messed-up audio",
        "how long the spoiled sound lasts (which seconds to cut or silence)",
        (*WHICH_PART, "how long", "seconds", "how many"),
        probe=Probe(duration=300.0, width=1920, height=1080),
    ),
    do(
        "fresh272-02",
        "fix this video recorded on my Nexus 5X: it came out flipped, because the 5X has an "
        '"upside down" sensor',
        [step("rotate", degrees=180)],
        probe=Probe(duration=60.0, width=1920, height=1080),
        note="turned the right way up (a half turn)",
    ),
    do(
        "fresh272-03",
        "reverse this video with the audio reversed too: when I reversed it, there was no audio",
        [step("reverse")],
        probe=Probe(duration=15.0, width=1280, height=720),
        note="played backwards, picture and sound",
    ),
    do(
        "fresh272-04",
        "compress this 1-minute video from my Android phone (a HUAWEI P30) to about 5M, as on "
        "an iPhone: compressed on the Android phone it is about 28M",
        [step("compress", max_mb=Between(3, 6))],
        probe=Probe(duration=60.0, width=1920, height=1080),
        note="a file of about 5 MB",
    ),
    do(
        "fresh272-05",
        "turn this compressed video the right way: it was created by the phone's camera with a "
        "rotation of 90 degrees, and after the compression that rotation was lost",
        [step("rotate", degrees=90)],
        probe=Probe(duration=30.0, width=1920, height=1080),
        note="the lost quarter turn put back",
    ),
    do(
        "fresh272-06",
        "make this front-camera video show exactly what was displayed, like the back camera: "
        'text such as "ABC" shows as "CBA", flipped',
        [step("flip", direction="horizontal")],
        probe=Probe(duration=60.0, width=1280, height=720),
        note="mirrored left to right",
    ),
    do(
        "fresh272-07",
        "brighten this video from the front camera: as soon as recording started it suddenly "
        "went dark, and the video came out so dark you can't see anything",
        [_BRIGHTER],
        probe=Probe(duration=10.0, width=720, height=1280),
        note="brighter, all of it",
    ),
    no_op(
        "fresh272-08",
        "fix this video talk downloaded from JW Stream: the audio is about 0.5 to 1.0 sec ahead "
        "of the video",
        "no op: delaying the sound against the picture; no op offsets the sound",
        probe=Probe(duration=1800.0, width=1280, height=720),
    ),
    do(
        "fresh272-09",
        "fix the sound of this video: the audio came out rather low and with a lot of noise",
        [step("audio_denoise"), LOUDER],
        [LOUDER, step("audio_denoise")],
        probe=Probe(duration=180.0, width=1920, height=1080),
        note="the noise reduced and the sound louder",
    ),
    ask(
        "fresh272-10",
        "fix this video recorded with the rear camera: the picture is reversed",
        "which way it is wrong: upside down (a rotation) or mirrored (a flip)",
        (
            "upside down",
            "mirror",
            "which way",
            "flip",
            "rotat",
            "direction",
            "horizontal",
            "vertical",
        ),
        probe=Probe(duration=15.0, width=720, height=1280),
    ),
    out_of_scope(
        "fresh272-11",
        "make this recording from my Yi camera longer than a minute: I want to send the video "
        "by Telegram, and sending it in parts is horrible",
        "the camera records one-minute files: longer recordings are a camera setting, not an "
        "edit of this file",
        probe=Probe(duration=60.0, width=1920, height=1080),
    ),
    do(
        "fresh272-12",
        "make the sound of this livestream recording louder: it is so quiet (is there a gain "
        "function?)",
        [LOUDER],
        probe=Probe(duration=600.0, width=720, height=1280),
        note="louder, all of it",
    ),
    ask(
        "fresh272-13",
        "turn this vertically shot video upright: it plays back rotated by 90°",
        "which way to turn it back (clockwise or counterclockwise)",
        ("which way", "clockwise", "direction", "left or right", "which direction", "90"),
        probe=Probe(duration=30.0, width=1920, height=1080),
    ),
    do(
        "fresh272-14",
        "take the background music out of this video: I slid both the original sound and the "
        "background music to 0, and after merging there is still background music",
        [step("mute") | step("volume", percent=0, **WHOLE)],
        probe=Probe(duration=30.0, width=720, height=1280),
        note="no sound at all, as both levels were set to 0",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
