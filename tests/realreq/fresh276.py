"""A two-hundred-and-seventy-sixth fresh, held-out collection of real requests
(tests/realreq/fresh276.md): one checkable case a row, encoded the way fresh273.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh273's, the
rows are short, typical asks; they come from e-learning and documentation: a lunch and learn
recording, lecture captures and lab videos, course handouts, a talk forum's recordings,
BigBlueButton sessions, README demos and docs videos (GIFs too big, an mp4 too fast, a video for
Safari, a 320p developer video, a setup video without sound), a French screen recording and a
Spanish lecture manual. Each case follows its row's `expected` column."""

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
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh276.md")


CASES: tuple[Case, ...] = (
    do(
        "fresh276-01",
        "clean up the audio noise in this lunch and learn recording: the projector made a "
        "noticeable whirring that ran throughout his talk",
        [step("audio_denoise")],
        probe=Probe(duration=3000.0, width=720, height=480, fps=29.97),
        note="the projector's steady whirring reduced",
    ),
    do(
        "fresh276-02",
        "make this technical review video smaller than 10Mb, so that it can be shared as an "
        "attachment to the issue",
        [step("compress", max_mb=Between(1, 10))],
        probe=Probe(duration=600.0, width=1280, height=720),
        note="under 10 MB",
    ),
    ask(
        "fresh276-03",
        "cut the beginning and the end of this screen recording, where the view of the do•doc "
        "window shows (it's for video tutorials)",
        "how long the window shows at the start and at the end (which seconds to cut)",
        (*WHICH_PART, "how long", "seconds", "how many"),
        probe=Probe(duration=120.0, width=1920, height=1080, has_audio=False),
    ),
    do(
        "fresh276-04",
        "convert this video to a gif (for the video demos in the README)",
        [step("gif")],
        [step("convert", format="gif")],
        probe=Probe(duration=20.0, width=1280, height=720),
        note="an animated GIF of the whole video",
    ),
    out_of_scope(
        "fresh276-05",
        "make the code in this developer video legible: the video only goes up to 320p, it "
        "needs higher resolution (or a larger typeface)",
        "the detail was never recorded: re-recording at a higher resolution or with a larger "
        "typeface",
        probe=Probe(duration=300.0, width=568, height=320),
    ),
    do(
        "fresh276-06",
        "convert this lecture video to the H.265 codec to reduce its size: it is a one hour and "
        "eight minute capture of the screen with slides and the professor's audio, 678 MB, in "
        "H.264",
        [step("codec", codec="hevc"), maybe(step("convert", format="mp4"))],
        probe=Probe(duration=4080.0, width=1280, height=720, fps=25.0),
        note="re-encoded as H.265",
    ),
    ask(
        "fresh276-07",
        "make my lab video not longer than 5 minutes: five minutes is enough time to do any "
        "video in this series of labs",
        "which parts to cut (or whether to speed it up)",
        (*WHICH_PART, "which parts", "cut", "speed", "faster"),
        probe=Probe(duration=420.0, width=1920, height=1080),
    ),
    do(
        "fresh276-08",
        "make this gif smaller: gifs are too big, this one is 6MB",
        [step("compress", max_mb=Below(6))],
        *smaller_gif(1024, 640, 15.0),
        probe=Probe(duration=15.0, width=1024, height=640, fps=15.0, has_audio=False),
        note="a smaller GIF, under 6 MB",
    ),
    no_op(
        "fresh276-09",
        "resync this recorded session: the audio goes out of sync with the webcam video, and "
        "worse every time the presenter takes a small pause",
        "no op: a drifting offset between sound and picture; no op shifts the sound",
        probe=Probe(duration=5400.0, width=1280, height=720),
    ),
    do(
        "fresh276-10",
        "turn this 1080 x 1920 video the right way: it appears to be rotated 90 degrees "
        "counter-clockwise",
        [step("rotate", degrees=90)],
        probe=Probe(duration=30.0, width=1080, height=1920),
        note="a quarter turn clockwise",
    ),
    ask(
        "fresh276-11",
        "remove the parts of this talk recording that have to be removed before publication",
        "which timestamps to remove",
        (*WHICH_PART, "timestamps", "which parts", "seconds"),
        probe=Probe(duration=3300.0, width=1280, height=720),
    ),
    do(
        "fresh276-12",
        "slow down the play speed of this demo mp4 for the README: it is perhaps playing at 8x "
        "or more, which makes it difficult for a new person to understand all the features",
        [step("speed", factor=Between(0.1, 0.5), **WHOLE)],
        probe=Probe(duration=30.0, width=1920, height=1080, has_audio=False),
        note="played slower, about an eighth of its speed",
    ),
    out_of_scope(
        "fresh276-13",
        "add narration to this setup video: it doesn't seem to have audio, and I'm coming into "
        "this from zero",
        "recording a narration (a voice to write and speak); nothing in the file to edit",
        probe=Probe(duration=240.0, width=1920, height=1080, has_audio=False),
    ),
    do(
        "fresh276-14",
        "make this screen-cast smaller so it downloads quicker for students: lower the frame "
        "rate from the usual 24 frames per second",
        [
            step("fps", fps=Below(24)),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
        ],
        [step("quality", level=AnyOf("small", "balanced")), step("fps", fps=Below(24))],
        probe=Probe(duration=900.0, width=1280, height=720, fps=24.0),
        note="a lower frame rate than 24",
    ),
    ask(
        "fresh276-15",
        "fix the two errors in the audio of this tutorial video",
        "where the errors are and what they are (which seconds, what to do)",
        (*WHICH_PART, "which errors", "what errors", "what kind", "seconds"),
        probe=Probe(duration=600.0, width=1920, height=1080),
    ),
    do(
        "fresh276-16",
        "convert this webm recording to mp4",
        [step("convert", format="mp4"), maybe(step("codec", codec="h264"))],
        probe=Probe(duration=3600.0, width=1280, height=720),
        note="an .mp4",
    ),
    ask(
        "fresh276-17",
        "cut the parts of this micro-video that are unnecessary, such as idle time or bloopers",
        "which parts (where the bloopers are)",
        (*WHICH_PART, "which parts", "bloopers", "seconds"),
        probe=Probe(duration=300.0, width=1920, height=1080),
    ),
    do(
        "fresh276-18",
        "make a new version of this mp4 that works on Safari: it was converted to mp4 from a "
        "GIF, and that conversion won't work on Safari",
        [step("codec", codec="h264"), maybe(step("convert", format="mp4"))],
        [step("convert", format="mp4"), step("codec", codec="h264")],
        probe=Probe(duration=10.0, width=800, height=450, fps=15.0, has_audio=False),
        note="H.264 that Safari plays",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
