"""A two-hundred-and-sixty-ninth fresh, held-out collection of real requests
(tests/realreq/fresh269.md): one checkable case a row, encoded the way fresh265.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh265's, the
rows are short, typical asks; all 13 kept come from GitHub issues about screen recordings,
screencasts and the videos made of them (Kap, Captura, ScreenToGif, OBS, ShareX, vokoscreenNG,
Cap, ScreenRecorderLib, motionEye, …): GIFs and recordings too large, a GIF wanted as a video, a
playback too fast, black stretches, colours swapped, an echo, sound in one ear, sound out of
sync, a pop-up to cut, a slow-motion recording, a frozen window and a font too small.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope, smaller_gif
from .score import (
    WHOLE,
    AnyOf,
    Below,
    Between,
    Case,
    Probe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh269.md")


CASES: tuple[Case, ...] = (
    do(
        "fresh269-01",
        "make this ~30 second GIF I recorded with Kap smaller: it takes ~30MB of file size, "
        "and I expected something closer to ~3MB based on using other screen recorders",
        [step("compress", max_mb=Between(1.5, 5))],
        *smaller_gif(1362, 828, 30.0),
        probe=Probe(duration=30.0, width=1362, height=828, fps=30.0, has_audio=False),
        note="a GIF of about 3 MB, still a GIF",
    ),
    no_op(
        "fresh269-03",
        "fix the colors of this screen recording: after a long session of recording they came "
        "out inverted from RGB to BGR, and I expected the recorded screen as I saw it while "
        "recording",
        "no op: swapping the red and blue channels back; no op remaps colour channels (invert "
        "makes a negative)",
        probe=Probe(duration=1800.0, width=1920, height=1080),
    ),
    do(
        "fresh269-07",
        "compress this 28-second video I recorded: it is over 7 MB (where is the promised video "
        "compression?)",
        [step("compress", max_mb=Below(7))],
        [step("quality", level="small")],
        probe=Probe(duration=28.0, width=720, height=1280),
        note="a smaller file, under 7 MB",
    ),
    do(
        "fresh269-08",
        "slow this recorded video down to the right speed: whatever the coding format, the "
        "playback is much too fast, it seems multiplied by 2 (in the properties of the video "
        "file the framerate is 1000 frames per second)",
        [step("speed", factor=0.5, **WHOLE)],
        probe=Probe(duration=30.0, width=1280, height=720, fps=25.0),
        note="half speed, all of it",
    ),
    ask(
        "fresh269-09",
        "cut out the part with the OBS Notifier pop-up from this clip: whenever I press the "
        "hotkey to start recording, OBS captures the pop-up in the top-right corner along with "
        "the rest of the screen",
        "how long the pop-up shows (which seconds to cut)",
        (*WHICH_PART, "how long", "seconds", "how many"),
        probe=Probe(duration=45.0, width=1920, height=1080),
    ),
    no_op(
        "fresh269-10",
        "make the sound of this screen recording come from both channels: my condenser mic "
        "records only one channel, so the sound comes only from the left channel",
        "no op: copying the one sounding channel to both; no op remaps or downmixes channels",
        probe=Probe(duration=300.0, width=1920, height=1080),
    ),
    do(
        "fresh269-11",
        "remove the black screen from this recording: it appears for 5-15 seconds in the last "
        "half and disappears",
        [step("remove_black")],
        probe=Probe(duration=180.0, width=1920, height=1080),
        note="the black stretch cut out",
    ),
    out_of_scope(
        "fresh269-12",
        "fix this recording of a Zoom meeting: while the other participant shares the screen "
        "from the meeting, the Zoom window is stuck with the last recorded frame",
        "the shared screen was never recorded: the missing frames are not in the file",
        probe=Probe(duration=1800.0, width=1920, height=1080),
    ),
    ask(
        "fresh269-14",
        "make this recorded avi play at normal speed: I used a frame blend rate of 2 and a "
        "process rate of 2 and got slow mo footage",
        "how much faster (a factor)",
        ("how much", "how fast", "factor", "which speed", "what speed", "speed", "times"),
        probe=Probe(duration=60.0, width=1280, height=720),
    ),
    do(
        "fresh269-15",
        "turn this OBS recording the right way up: like the preview, it came out inverted "
        "vertically",
        [step("flip", direction="vertical")],
        probe=Probe(duration=60.0, width=1920, height=1080),
        note="mirrored top to bottom",
    ),
    no_op(
        "fresh269-16",
        "fix the audio/video delay of this screen recording (GDI grab, integrated microphone, "
        "with the webcam on screen): due to the delay the result is not presentable",
        "no op: shifting the sound against the picture; no op offsets the sound (and how much "
        "is not said)",
        probe=Probe(duration=300.0, width=1920, height=1080),
    ),
    do(
        "fresh269-17",
        "make this GIF of the package in action a short video instead, so it can be paused: it "
        "moves very quickly through the steps, and there aren't any playback controls",
        [step("convert", format=AnyOf("mp4", "webm", "mov"))],
        probe=Probe(duration=15.0, width=360, height=780, fps=15.0, has_audio=False),
        note="a video file of the GIF",
    ),
    out_of_scope(
        "fresh269-18",
        "increase the font-size in this screencast",
        "the text's size is set when recording: re-recording with a larger font",
        probe=Probe(duration=300.0, width=1920, height=1080),
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
