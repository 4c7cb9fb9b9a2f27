"""A two-hundred-and-forty-third fresh, held-out collection of real requests
(tests/realreq/fresh243.md): one checkable case a row, encoded the way fresh239.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh239's, the
rows are short, typical asks; all 11 come from personal blogs, a researcher's page, a news site
and GitHub issues of scientists' tools: birds at their nests, an eclipse, zebrafish under a
microscope, a pose-estimation frame for a paper, movies for PowerPoint, lightning and a rocket
launch. Each case follows its row's `expected` column; the `[out of scope]` row is an
OUT-OF-SCOPE refusal, the `[no op]` row a refusal of a DOABLE ask no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    AnyOf,
    Below,
    Between,
    Case,
    Probe,
    anywhere,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh243.md")

#: Faster or slower: how much, or how long the result is to be.
_HOW_MUCH = ("how much", "how many times", "factor", "speed", "how long", "length", "duration")

#: Smaller than the 1080p it was shot at, by any amount, aspect kept.
_SMALLER_SIZE = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080), width=None)
    | step("resize", width=Below(1920), height=None)
    | step("resize", percent=Below(100))
)

CASES: tuple[Case, ...] = (
    do(
        "fresh243-01",
        "compress this footage of the bluebirds feeding the kiddies so the file won't be so large",
        [step("compress")],
        [step("quality", level=AnyOf("small", "balanced"))],
        [_SMALLER_SIZE, maybe(step("quality", level=AnyOf("small", "balanced")))],
        probe=Probe(duration=90.0, width=1280, height=720),
        note="a smaller file: a size target, a smaller-file setting or a smaller size",
    ),
    do(
        "fresh243-02",
        "convert this footage of the blackbirds' nest from windows AVI interlaced to quicktime",
        [step("convert", format="mov"), maybe(step("codec", codec="h264"))],
        probe=Probe(duration=600.0, width=720, height=576, fps=25.0),
        note="saved as a QuickTime .mov",
    ),
    do(
        "fresh243-03",
        "convert just frame 300 of this video to an image: I want to overlay data points on it "
        "(e.g. to display pose estimation precision for a paper)",
        [
            step("still", at=Between(9.9, 10.05)),
            maybe(step("convert", format=AnyOf("png", "jpg"))),
        ],
        probe=Probe(duration=120.0, width=1280, height=1024, fps=30.0),
        note="frame 300 at 30 fps: the still at 10 seconds",
    ),
    do(
        "fresh243-04",
        "make this movie-mode .avi from my digital still camera play in my PowerPoint "
        "presentation: PowerPoint doesn't like .avi files, just won't play 'em",
        [
            anywhere(step("convert", format="mp4")),
            maybe(step("codec", codec="h264")),
            maybe(step("reencode")),
        ],
        probe=Probe(duration=30.0, width=640, height=480),
        note="saved as an mp4, which PowerPoint plays",
    ),
    ask(
        "fresh243-05",
        "create a time lapse of the whole video of the solar eclipse I recorded in my back yard",
        "how much faster (or how long the time lapse should be)",
        (*_HOW_MUCH, "faster"),
        probe=Probe(duration=10800.0, width=1920, height=1080),
    ),
    no_op(
        "fresh243-06",
        "AI interpolate this 5 fps timelapse of the annular solar eclipse to 20 frames per "
        "second for smoother effect",
        "no op",
        probe=Probe(duration=40.0, width=1920, height=1080, fps=5.0, has_audio=False),
        note="no op: frames made between the real ones; fps only drops or repeats frames",
    ),
    ask(
        "fresh243-07",
        "make a time-lapse movie out of this linear video of zebrafish development, taken of "
        "the visual field of a microscope (a sample of three hours), for pedagogy and "
        "scientific visualization",
        "how much faster (or how long the movie should be)",
        (*_HOW_MUCH, "faster", "interval"),
        probe=Probe(duration=10800.0, width=720, height=480, fps=29.97),
    ),
    ask(
        "fresh243-08",
        "trim three sections of this video of the red-tailed hawk nest and merge them into a "
        "single video: it's one way of getting rid of the dratted traffic noise of the "
        "passing trucks",
        "which three sections to keep (where they are)",
        (*WHICH_PART, "which sections", "sections"),
        probe=Probe(duration=3300.0, width=1920, height=1080),
    ),
    do(
        "fresh243-09",
        "make this mp4 movie, exported from timeframes 200-300 at 20 fps, play with Windows "
        'Media Player and when imported into PowerPoint: "Windows Media Player cannot play '
        'the file"',
        [
            anywhere(step("codec", codec="h264")),
            maybe(step("convert", format="mp4")),
            maybe(step("reencode")),
            maybe(step("quality")),
        ],
        [step("reencode"), maybe(step("convert", format="mp4"))],
        probe=Probe(duration=5.0, width=1024, height=1024, fps=20.0, has_audio=False),
        note="an H.264 mp4, which Windows Media Player and PowerPoint play",
    ),
    ask(
        "fresh243-10",
        "slow down this video of the lightning crash to see it second by second",
        "how much slower (a factor)",
        (*_HOW_MUCH, "slower"),
        probe=Probe(duration=20.0, width=1280, height=720),
    ),
    out_of_scope(
        "fresh243-11",
        "put the re-entry and landing of the booster rocket into my video of the launch: I "
        "didn't push record when I thought I did",
        "footage that was never recorded, not an edit of the given file",
        probe=Probe(duration=180.0, width=1920, height=1080),
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
