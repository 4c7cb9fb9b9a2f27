"""A two-hundred-and-ninety-fifth fresh, held-out collection of real requests
(tests/realreq/fresh295.md): one checkable case a row, encoded the way fresh293.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh293's, the
rows are short, typical asks; all 19 come from GitHub issues of people making AI-generated
video (a motion-transfer model, a video enhancer, a converter library, a restorer, upscalers, a
talking-head model, a frame interpolator, a Stable Video Diffusion web UI, ComfyUI nodes, a
video model wrapper, AnimateDiff and an image animator): a slowed output sped back, 10 fps made
30, an upscale to 1080p at 30 fps, 60 fps made 24, two bloated upscales made smaller, a 2560x1440
result brought back to 720p, a 1084-line upscale made 1080, 25 fps made 60, a frame rate, a size,
a speed and a loop count not given, a fade-out to find, a file name to paint out, and four
generators' settings and a preview player.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import AnyOf, Between, Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh295.md")

_R1080 = step("resize", lines=1080) | step("resize", height=1080)
_R720 = (
    step("resize", lines=720)
    | step("resize", height=720, width=AnyOf(None, 1280))
    | step("resize", width=1280, height=AnyOf(None, 720))
    | step("resize", percent=50)
)
_FPS30 = step("fps", fps=30)
_FPS_WORDS = ("fps", "frame rate", "frames per second", "framerate", "which", "what")

CASES: tuple[Case, ...] = (
    do(
        "fresh295-01",
        "make this generated video play at the same speed as the original: the output is "
        "slowed down and a 30 sec video turns into 45 sec",
        [step("speed", factor=Between(1.45, 1.55), start=None, end=None)],
        probe=Probe(duration=45.0, width=256, height=256),
        note="45 s back to 30 s: one and a half times as fast",
    ),
    do(
        "fresh295-02",
        "increase the frame rate of this generated video to 30 fps: the frame rate of the "
        "generated video is 10 frames per second",
        [_FPS30],
        probe=Probe(duration=10.0, width=256, height=256, fps=10.0),
        note="30 frames a second",
    ),
    do(
        "fresh295-03",
        "upscale this video to 1080P and to 30 frames per second",
        [_R1080, _FPS30],
        [_FPS30, _R1080],
        probe=Probe(duration=60.0, width=1280, height=720, fps=24.0),
        note="1080p and 30 fps, either order",
    ),
    do(
        "fresh295-04",
        "convert this 60 fps video to 24 fps: converting 60 fps to 24 fps gave me 30",
        [step("fps", fps=24)],
        probe=Probe(duration=30.0, fps=60.0),
        note="24 frames a second",
    ),
    do(
        "fresh295-05",
        "compress this restored video better: I go from an input video that is like 2 "
        "megabytes in size (10 seconds at 832x640), upscale it to 1k and it comes out to "
        "44meg in size (isn't that bitrate a little over the top?)",
        [step("compress", max_mb=Between(1, 43.9))],
        [step("quality", level="small")],
        probe=Probe(duration=10.0, width=1328, height=1024),
        note="a smaller file than 44 MB at the same picture size",
    ),
    do(
        "fresh295-06",
        "reduce the size of this upscaled video file without loss in quality: the video file "
        "before using Waifu2x-Extension-GUI is 10mg, after using it 90mg",
        [step("compress", max_mb=Between(1, 89.9))],
        [step("quality", level=AnyOf("small", "balanced"))],
        probe=Probe(duration=60.0),
        note="a smaller file than 90 MB at the same picture size",
    ),
    do(
        "fresh295-07",
        "bring this 6-minute SadTalker video back to my picture's resolution, 1280x720: with "
        "face enhancement the final video came out at 2560x1440, and I don't need such a high "
        "resolution",
        [_R720],
        probe=Probe(duration=360.0, width=2560, height=1440, fps=25.0),
        note="1280x720",
    ),
    do(
        "fresh295-08",
        "give this upscaled 480P VHS footage the correct output resolution, 1080: it always "
        "comes out to 1084 or other sizes but never 1080",
        [_R1080],
        probe=Probe(duration=600.0, width=1446, height=1084, fps=29.97),
        note="1080 lines instead of 1084",
    ),
    do(
        "fresh295-09",
        "convert this 53 s, 25 fps demo video to 60 fps: the output became a 44s@60fps, i.e. "
        "only 2x frames instead of 2.5x",
        [step("fps", fps=60)],
        probe=Probe(duration=53.0, fps=25.0),
        note="60 fps at the same length",
    ),
    ask(
        "fresh295-10",
        "change the frame per second (FPS) of this Stable Video Diffusion result: it seems to "
        "be rendered at 6 fps always",
        "which frame rate (none is named)",
        _FPS_WORDS,
        probe=Probe(duration=4.0, width=1024, height=576, fps=6.0),
    ),
    ask(
        "fresh295-11",
        "make this SadTalker video bigger than 256x256, I'd like to have a bigger output with "
        "more details",
        "what size (no resolution is named)",
        ("size", "resolution", "how big", "width", "height", "512", "which", "what"),
        probe=Probe(duration=20.0, width=256, height=256, fps=25.0),
    ),
    ask(
        "fresh295-12",
        "increase the frame-rate of this rendered video such that it follows the driving "
        "video's frame-rate: with this version of the workflow, the rendered video is in "
        "slow-mo",
        "the driving video's frame rate (how much faster; it is not given)",
        (*_FPS_WORDS, "driving", "how much", "faster", "speed"),
        probe=Probe(duration=20.0, width=512, height=512, fps=25.0),
    ),
    ask(
        "fresh295-13",
        "create a set number of loops of this AnimateDiff video: a lot of what comes out of "
        "Animatediff when using text only tends to be a loop",
        "how many times it plays",
        ("how many", "times", "number", "loops"),
        probe=Probe(duration=2.0, width=512, height=512, fps=8.0),
    ),
    no_op(
        "fresh295-14",
        "get rid of the fade-out in this Wan2.1-Fun video: the last few frames of the "
        "generated video become black gradually",
        "needs analysis",
        probe=Probe(duration=5.0, width=832, height=480, fps=16.0),
        note="where the fade to black begins must be found by analysing the picture",
    ),
    no_op(
        "fresh295-15",
        "remove the file name that is getting displayed on this result video",
        "no op: text drawn on the picture painted out (and where it sits is not given)",
        probe=Probe(duration=10.0, width=512, height=512, fps=25.0),
    ),
    out_of_scope(
        "fresh295-16",
        "make my AnimateDiff videos not loop: with Stable Diffusion I can decide if the videos "
        "loop or not, but I checked the Json file and didn't see any settings to prevent this",
        "a generator's setting (whether what it generates loops back), not an edit of the file",
        probe=Probe(duration=2.0, width=512, height=512, fps=8.0),
    ),
    out_of_scope(
        "fresh295-17",
        "make a video in a consistent loop where the first frame follows the last one",
        "generating a video whose motion loops (the model's feature), not an edit of a given file",
        probe=Probe(duration=2.0, width=512, height=512, fps=8.0),
    ),
    out_of_scope(
        "fresh295-18",
        "make this video loop in the ComfyUI preview: it only plays once and then stays on the "
        "last frame no matter what I do, and it cannot be rewound to the start",
        "a node's preview player, not an edit of the file",
        probe=Probe(duration=5.0, width=832, height=480, fps=16.0),
    ),
    out_of_scope(
        "fresh295-19",
        "generate this video longer than 2 sec: everything works fine, but it only generates 2 "
        "sec long video",
        "how long a generator's output is (its frame cap), not an edit of the file",
        probe=Probe(duration=2.0, width=512, height=768, fps=8.0),
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
