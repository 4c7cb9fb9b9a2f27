"""A two-hundred-and-sixty-fifth fresh, held-out collection of real requests
(tests/realreq/fresh265.md): one checkable case a row, encoded the way fresh260.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh260's, the
rows are short, typical asks; all 8 come from GitHub issues of animators and game-video makers:
black frames in a rendered chart video, black frames between scenes, an OpenToonz AVI without
sound, a Unity recording too large, a Replay Mod render's bit rate too high, a drawing animation's
pause at the end, an animation at another speed, sound for a rendered animation.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do
from .score import (
    Between,
    Case,
    Probe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh265.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh265-01",
        "remove the black frames from this video I rendered of my joke chart (classic "
        "rendering mode, 120 FPS)",
        [step("remove_black")],
        probe=Probe(duration=120.0, width=1280, height=720, fps=120.0),
        note="the black frames cut out",
    ),
    do(
        "fresh265-02",
        "delete the black frames between the scenes of this video",
        [step("remove_black")],
        probe=Probe(duration=120.0, width=1280, height=720),
        note="the black frames cut out",
    ),
    do(
        "fresh265-03",
        "make this AVI render of my animation of a character with his mouth talking play with "
        "its sound: OpenToonz plays the scene with sound, but the created file has no sound; "
        "when I convert the .AVI into .MP4 the sound reappears",
        [step("convert", format="mp4")],
        probe=Probe(duration=30.0, width=1920, height=1080, fps=24.0),
        note="an MP4 of the render",
    ),
    do(
        "fresh265-04",
        "reduce the size of this 30 sec Unity gameplay recording: it is 180 - 250 MB, the "
        "output size is very large",
        [step("compress", max_mb=Between(1, 150))],
        [step("quality", level="small")],
        probe=Probe(duration=30.0, width=1920, height=1080),
        note="a smaller file",
    ),
    do(
        "fresh265-05",
        "bring down this 22-second Replay Mod render's extremely high bit rate (about 530 mbps, "
        "the PC's GPU cannot keep up and it plays with extreme artifacting) to a custom bit rate "
        "of about 32 mbps",
        [step("compress", max_mb=Between(70, 100))],
        [step("quality", level="small")],
        probe=Probe(duration=22.0, width=1920, height=1080, fps=60.0),
        note="about 32 Mb/s: about 88 MB for 22 s",
    ),
    do(
        "fresh265-06",
        "add some frames at the end of this drawing animation to make the video pause at the "
        "end when playing: for example add 10 (it is 30 fps)",
        [step("freeze", at=Between(19.0, 20.0), seconds=Between(0.3, 0.5))],
        probe=Probe(duration=20.0, width=1080, height=1080, fps=30.0, has_audio=False),
        note="the last frame held for 10 frames",
    ),
    ask(
        "fresh265-07",
        "export this animation at a different animation speed, similar to the various speed "
        "ratios in the preview window",
        "which speed (a factor)",
        ("how fast", "how much", "which speed", "what speed", "speed", "factor", "ratio"),
        probe=Probe(duration=5.0, width=512, height=512, fps=12.0, has_audio=False),
    ),
    ask(
        "fresh265-08",
        "add sound to this rendered animation video",
        "which sound (an audio file)",
        ("which sound", "what sound", "audio file", "sound file", "music", "audio", "file"),
        probe=Probe(duration=30.0, width=1920, height=1080, has_audio=False),
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
