"""A two-hundred-and-ninetieth fresh, held-out collection of real requests
(tests/realreq/fresh290.md): one checkable case a row, encoded the way fresh289.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh289's, the
rows are short, typical asks; all 19 come from GitHub issues of people preparing video for
computer-vision models, annotation tools and datasets (a YOLO detector, a video annotation tool,
a moment-retrieval model, a lip-sync model, a frame interpolator, a talking-head NeRF, a video
library, a capture script, a behaviour-analysis tool, an action-recognition toolbox, a pose
tracker, labelme, Label Studio, MediaPipe, a dashcam app and an open-vocabulary detector): one
frame a second, two frames a second, 60 fps made 30, 24 fps made 25, 10 fps made 30, 25 fps at
512x512, a video 2.5 times too slow sped up, a video twice too fast slowed, one upside down
turned round, a codec OpenCV decodes, a detection video made smaller, frames as images, a silent
audio track, an action's three seconds not placed, a size or frame rate not given, a relevant
half not named, a model's analysis speed, a recorder's splitting and advice on inference.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import WHOLE, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh290.md")

_MP4 = step("convert", format="mp4")
_H264 = step("codec", codec="h264")

#: A square of the picture, as the crop may be given.
_SQUARE = (
    step("crop", aspect="1:1")
    | step("crop_area", width=1080, height=1080)
    | step("crop_area", width=512, height=512)
)

#: 512x512, as the size may be given.
_512 = (
    step("resize", width=512, height=AnyOf(512, None))
    | step("resize", height=512, width=AnyOf(512, None))
    | step("resize", lines=512)
)

CASES: tuple[Case, ...] = (
    do(
        "fresh290-01",
        "process this video at a lower framerate, only 1 FPS: I want to know when a cat is "
        "present in it, but only the second (and not the millisecond), so I don't need to "
        "detect every single frame",
        [step("fps", fps=1)],
        probe=Probe(duration=600.0, fps=30.0),
        note="one frame a second, same length",
    ),
    do(
        "fresh290-02",
        "set a constant sampling rate for this video, so that I annotate only two frames per "
        "second: I extract frames from it to train a deep learning system, and too many "
        "similar frames are generated",
        [step("fps", fps=2)],
        probe=Probe(duration=300.0, fps=30.0),
        note="two frames a second, same length",
    ),
    do(
        "fresh290-03",
        "convert this 60 fps video into 30fps mode: Slowfast is pre-trained on 30fps videos",
        [step("fps", fps=30)],
        probe=Probe(duration=300.0, fps=60.0),
        note="30 frames a second, same length",
    ),
    do(
        "fresh290-04",
        "resample this 24fps test video to 25fps, since this is what was done for non-25fps "
        "videos during training",
        [step("fps", fps=25)],
        probe=Probe(duration=60.0, fps=24.0),
        note="25 frames a second, same length",
    ),
    do(
        "fresh290-05",
        "convert this 10FPS video to 30Fps",
        [step("fps", fps=30)],
        probe=Probe(duration=20.0, fps=10.0),
        note="30 frames a second, same length",
    ),
    do(
        "fresh290-06",
        "process this training video to 25fps, 512x512: it is not 25fps",
        [anywhere(_SQUARE), anywhere(_512), anywhere(step("fps", fps=25))],
        [
            anywhere(step("resize", width=512, height=512, fit=AnyOf(False, None))),
            anywhere(step("fps", fps=25)),
        ],
        probe=Probe(duration=300.0, fps=30.0),
        note="a 512x512 picture (a square crop scaled, or scaled to exactly 512x512) at 25 frames "
        "a second",
    ),
    do(
        "fresh290-07",
        "make this output video as fast as the input: a one minute video (4K 60FPS) ends up "
        "having 2 minutes and a half after framewise processing using OpenCV",
        [step("speed", factor=Between(2.4, 2.6), **WHOLE)],
        probe=Probe(duration=150.0, width=3840, height=2160, fps=60.0),
        note="2.5 times as fast: the 150 s back to one minute",
    ),
    do(
        "fresh290-08",
        "fix this recorded video: its speed is 2x of normal video",
        [step("speed", factor=0.5, **WHOLE)],
        probe=Probe(duration=30.0, width=640, height=480, fps=20.0, has_audio=False),
        note="half speed, twice as long",
    ),
    do(
        "fresh290-09",
        "get this video I created on the right side: it is displayed upside down, hence the "
        "detection is quite bad",
        [step("rotate", degrees=180)],
        probe=Probe(duration=60.0),
        note="turned right way up (a half turn)",
    ),
    do(
        "fresh290-10",
        "change the codec of this 1.5 hour behaviour video so that OpenCV can decode it: only "
        "87 seconds of it were analysed",
        [_H264, maybe(_MP4)],
        [_MP4, maybe(_H264)],
        probe=Probe(duration=5400.0),
        note="H.264 (in an mp4), which OpenCV reads",
    ),
    do(
        "fresh290-11",
        "reduce the size of this 129MB AVI video my YOLO model generated: the test video was 5.6MB",
        [
            anywhere(step("compress", max_mb=Below(129)) | step("quality", level="small")),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(_MP4),
        ],
        probe=Probe(duration=30.0),
        note="a smaller file (under 129 MB, or a smaller-file setting); H.264 or mp4 may come "
        "with it",
    ),
    no_op(
        "fresh290-12",
        "convert this video to images (PNG or JPEG) so that I can annotate it in labelme",
        "no op: every frame saved as an image; still saves one frame, contact_sheet one grid",
        probe=Probe(duration=30.0),
    ),
    no_op(
        "fresh290-13",
        "convert this video, which doesn't have audio, and include silence inside, so that "
        "Label Studio can load it: its segmentation is based on the audiowave",
        "no op: a silent audio track added to a video without one; no operation adds silence",
        probe=Probe(duration=60.0, has_audio=False),
    ),
    ask(
        "fresh290-14",
        "trim this 10 seconds video to only the 3 seconds where action A is performed: the "
        "other 7 seconds are doing nothing/random things",
        "which 3 seconds (when action A is performed)",
        WHICH_PART,
        probe=Probe(duration=10.0),
    ),
    ask(
        "fresh290-15",
        "compress this video my detection saved, or reduce its frames per sec",
        "how small (a size) or which frame rate",
        ("size", "mb", "how small", "frame rate", "fps", "which", "what", "how much"),
        probe=Probe(duration=60.0, fps=15.0),
    ),
    ask(
        "fresh290-16",
        "crop this video to the relevant area for tracking: it is about half of the video, "
        "while the rest is unimportant",
        "which half (where the relevant area is)",
        ("which", "where", "area", "region", "part", "half", "left", "right", "top", "bottom"),
        probe=Probe(duration=600.0),
    ),
    out_of_scope(
        "fresh290-17",
        "set the fps of the pose estimation analysis of this pre-recorded video to 60: it is "
        "super low (below 10), and the video was recorded at 60fps",
        "how fast a model analyses the frames, not an edit of the file",
        probe=Probe(duration=30.0, width=1280, height=720, fps=60.0),
    ),
    out_of_scope(
        "fresh290-18",
        "split this dashcam video automatically into pieces (5, 10 or 20 minutes, "
        "configurable) right during recording, without stopping recording",
        "a recorder's feature (splitting while recording), not an edit of a file",
        probe=Probe(duration=3600.0),
    ),
    out_of_scope(
        "fresh290-19",
        "give me a good approach for inference on this video with my fine-tuned model: on "
        "1080P video I only get 3 frames per second",
        "advice on running a detection model faster, not an edit of the file",
        probe=Probe(duration=60.0),
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
