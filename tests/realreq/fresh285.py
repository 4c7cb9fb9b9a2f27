"""A two-hundred-and-eighty-fifth fresh, held-out collection of real requests
(tests/realreq/fresh285.md): one checkable case a row, encoded the way fresh281.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh281's, the
rows are short, typical asks; all 15 come from GitHub issues of tools for filming and tracking
behaviour and motion (DeepLabCut, SLEAP, BORIS, Bonsai, DeepEthogram, DAMM, the neuroinformatics
unit's ethology, a basketball shot analyser, a multi-object tracker) and a stream recorder:
a small part kept, a re-encode, a reasonable compression, 50 fps made 10 and 120 made 30, an
upside-down phone video, superposed cameras split, four cameras tiled, the parts with the light
on, an avi that will not open, every other frame kept, fewer frames for a 24 h video, a
variable frame rate made constant, a program's display and a program's clock.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import WHOLE, AnyOf, Between, Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh285.md")

CASES: tuple[Case, ...] = (
    ask(
        "fresh285-01",
        "keep just a small part of this video, since the majority of this video is irrelevant",
        "which part to keep (its start and end)",
        (*WHICH_PART, "which part", "range"),
        probe=Probe(duration=1800.0),
    ),
    do(
        "fresh285-02",
        "re-encode this arena video: some frames weren't found, and the predictions looked "
        "correct but shifted compared to the frame",
        [step("reencode")],
        [step("codec", codec="h264")],
        probe=Probe(duration=14400.0, fps=25.0),
        note="the whole video encoded again",
    ),
    do(
        "fresh285-03",
        "apply a reasonable compression to this video, the one SLEAP recommends",
        [step("codec", codec="h264")],
        [step("reencode")],
        [step("quality", level=AnyOf("balanced", "small"))],
        probe=Probe(duration=600.0),
        note="encoded again as H.264 at a reasonable quality",
    ),
    do(
        "fresh285-04",
        "my original video of bird behaviour has 50 FPS, but for the sake of the analysis I "
        "would like to have only 10 frames per second, which is better adapted to the precision "
        "I need",
        [step("fps", fps=10)],
        probe=Probe(duration=1200.0, fps=50.0),
        note="10 frames a second, same length",
    ),
    do(
        "fresh285-05",
        "make this 120 fps video of my shots 30 frames/s: with 120 frames the analysis is very "
        "slow, it is faster with 30 frame/s",
        [step("fps", fps=30)],
        probe=Probe(duration=60.0, fps=120.0),
        note="30 frames a second, same length",
    ),
    do(
        "fresh285-06",
        "fix this iPhone video of licks: when I import it, the video and all extracted frames "
        "are upside down (I've also tried manually flipping it on the phone)",
        [step("rotate", degrees=180)],
        probe=Probe(duration=120.0, width=1920, height=1080),
        note="turned right way up (a half turn)",
    ),
    no_op(
        "fresh285-07",
        "separate this one video, a superposition of the synchronized camera streams one on top "
        "of the other, into two, each camera in a separate file (the videos need to be "
        "synchronized for Anipose)",
        "no op: several files, one a camera, from one video; no operation splits a video into "
        "files",
        probe=Probe(duration=300.0, width=1920, height=2160),
    ),
    no_op(
        "fresh285-08",
        'create a "2x2" video by combining this and the other 3 camera views of the same scene, '
        "before loading it into BORIS",
        "no op: four videos tiled in a 2x2 grid; pip puts one video in a corner, no operation "
        "tiles four",
        assets=["cam02.asf", "cam03.asf", "cam04.asf"],
        probe=Probe(duration=3600.0),
    ),
    no_op(
        "fresh285-09",
        "keep only the parts of this video when the light is on: there are 8 instances of this "
        "per video, randomized for each session (a light comes on for 10 seconds, and then a "
        "second light comes on for another 10 seconds)",
        "needs analysis",
        probe=Probe(duration=3600.0),
        note="when the light is on is not known; finding it needs analysing the picture",
    ),
    do(
        "fresh285-10",
        "make this .avi recording open for frame extraction: it says Video could not be opened",
        [step("convert", format="mp4")],
        [step("codec", codec="h264")],
        [step("reencode")],
        probe=Probe(duration=120.0),
        note="made again as a file the tools open",
    ),
    do(
        "fresh285-11",
        "keep only the frames with odd index of this 30 FPS 10 seconds video, so that it is 5 "
        "seconds with the same 30 FPS: I thought I might speed up the running by only analyzing "
        "half of the frames",
        [step("speed", factor=2, **WHOLE)],
        probe=Probe(duration=10.0, fps=30.0),
        note="every other frame kept: 5 s at 30 fps",
    ),
    ask(
        "fresh285-12",
        "reduce the number of frames of this 24 h video, so that it can be quantified faster "
        "than acquisition time",
        "to what frame rate (how many frames to keep a second)",
        ("frame rate", "fps", "frames per second", "how many", "which", "what"),
        probe=Probe(duration=86400.0, fps=30.0),
    ),
    do(
        "fresh285-13",
        "make this stream recording a constant frame rate: it is in a variable frame rate, "
        "making it impossible to work with in editing software",
        [step("fps", fps=Between(24, 60))],
        probe=Probe(duration=3600.0, fps=30.0),
        note="a constant frame rate, its nominal 30 or another common one",
    ),
    out_of_scope(
        "fresh285-14",
        "stop this video from showing up vertically and horizontally inverted in SLEAP on my "
        "desktop, while it displays properly on my laptop: the video file itself is not "
        "inverted (I've checked by opening it in a video editor)",
        "the file is right; how one program on one machine displays it is not an edit of the file",
        probe=Probe(duration=600.0),
    ),
    out_of_scope(
        "fresh285-15",
        "make BORIS's time jump 100 seconds every second while this timelapse plays (each "
        "frame jumps 20 seconds, at 5fps), so that it is in sync with the timelapse and each "
        "frame's capture time can be recorded",
        "the media time of an annotation program, not an edit of the file",
        probe=Probe(duration=600.0, fps=5.0),
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
