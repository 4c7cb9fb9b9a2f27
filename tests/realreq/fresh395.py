"""A three-hundred-and-ninety-fifth fresh, held-out collection of real requests
(tests/realreq/fresh395.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh393's, the
rows are short, typical asks; all 14 come from GitHub issues and pull requests (scientists and
engineers: Emgu CV, OpenCV, OpenCvSharp, PySDM, GeophysicalFlows, Adafruit WipperSnapper,
vizstorm-GIF, RoboCup@Home, an ROV ground station, Fiji, QGroundControl, RealSense and a camera
controls app): a webcam recording, a 70 MB H.264 video and an XVID video made smaller, Paraview
and docs animations made gifs, an ogv made an mp4, a gif brought under 700KB, frames skipped in a
gif, boring sequences sped up with subtitles, free text rows on an inspection video, a
time-lapse's real times stamped, telemetry overlaid, a .bag file cut and a thermal camera's
preview turned.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope, smaller_gif
from .score import Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh395.md")

_SMALL = step("quality", level="small")
_GIF = step("gif") | step("convert", format="gif")
_NO_SOUND = {"has_audio": False}

CASES: tuple[Case, ...] = (
    do(
        "fresh395-01",
        "make this 70 second webcam recording smaller with high quality compression: it is "
        "60MiB at a bit rate of 6000+ kb/s, while the same recording made with the ffmpeg CLI is "
        "only 2MiB and looks almost the same",
        [step("compress", max_mb=Between(1, 20))],
        [_SMALL],
        [step("codec", codec="h264"), maybe(_SMALL)],
        probe=Probe(duration=70.0, width=640, height=480, fps=25.0, **_NO_SOUND),
        note="a much smaller file, the picture about the same",
    ),
    do(
        "fresh395-02",
        "compress this video with H264: a video about 30 seconds is 70 MB large, I think it has "
        "been written without compressing with H264",
        [step("codec", codec="h264"), maybe(_SMALL)],
        [step("compress", max_mb=Between(1, 69))],
        [_SMALL],
        probe=Probe(duration=30.0, width=1280, height=720, fps=30.0, **_NO_SOUND),
        note="encoded as H.264, a much smaller file",
    ),
    do(
        "fresh395-03",
        "make this video file smaller: XVID was used when writing it, only the .mp4 format "
        "worked, and the file is too big",
        [_SMALL],
        [step("compress", max_mb=Between(1, 100))],
        [step("codec", codec="h264"), maybe(_SMALL)],
        probe=Probe(duration=60.0, width=1280, height=720, fps=30.0, **_NO_SOUND),
        note="a smaller file (no size given): a smaller quality",
    ),
    do(
        "fresh395-04",
        "switch this Paraview-generated animation from mp4 to gif: GitHub serves the mp4s with "
        "Content-disposition attachment, making it not work with the video HTML tag",
        [_GIF],
        probe=Probe(duration=10.0, width=1280, height=720, fps=24.0, **_NO_SOUND),
        note="the animation as a GIF",
    ),
    do(
        "fresh395-05",
        "convert this .ogv animation to .mp4: browsers do not support AVI well, and ogv is not "
        "supported as much as .mp4",
        [step("convert", format="mp4")],
        probe=Probe(duration=10.0, width=1280, height=720, fps=24.0, **_NO_SOUND),
        note="the animation as an mp4",
    ),
    do(
        "fresh395-06",
        "convert this animation in the docs from mp4 to a gif",
        [_GIF],
        probe=Probe(duration=20.0, width=800, height=600, fps=18.0, **_NO_SOUND),
        note="the animation as a GIF",
    ),
    do(
        "fresh395-07",
        "get this animation gif down to 700KB and still have all the necessary animation frames",
        *smaller_gif(480, 480, 10.0),
        [step("compress", max_mb=Between(0.1, 0.7))],
        probe=Probe(duration=8.0, width=480, height=480, fps=10.0, **_NO_SOUND),
        note="a smaller GIF: narrower (the frames kept) or under 0.7 MB",
    ),
    do(
        "fresh395-08",
        "skip frames in this GIF to shrink its file size",
        [step("gif", fps=Below(15.0))],
        [step("fps", fps=Below(15.0)), maybe(_GIF)],
        probe=Probe(duration=20.0, width=900, height=600, fps=15.0, **_NO_SOUND),
        note="the GIF made again at a lower frame rate",
    ),
    ask(
        "fresh395-09",
        "make this robot competition video nicer: add subtitles to explain what is going on, "
        "and speed up the boring sequences",
        "which sequences are boring and how much faster, and what the subtitles say (none are "
        "given)",
        ("which", "boring", "parts", "how much", "how fast", "subtitle", "what"),
        probe=Probe(duration=600.0),
    ),
    ask(
        "fresh395-10",
        "add 2 or 3 free text rows at the bottom of this ROV inspection video, maybe changing "
        "colour for visibility, so it can be used for documentation and inspection work",
        "what the text says (none is given)",
        ("what text", "which text", "what should", "say", "words", "text"),
        probe=Probe(duration=300.0),
    ),
    out_of_scope(
        "fresh395-11",
        "stamp the real times of my time-lapse frames onto it: I set the system to take a frame "
        "every 2 seconds, but the frames were taken at random timings, which are in the OME "
        "data, and the Fiji time stamper can't recognise them",
        "stamping per-frame times read from microscopy metadata onto a time-lapse stack, not an "
        "edit of a video file",
    ),
    out_of_scope(
        "fresh395-12",
        "overlay telemetry such as depth, location and time on the saved video file of my "
        "underwater drone, to produce and maintain better records and deliverables",
        "a ground station writing the vehicle's telemetry over its recordings, not an edit of a "
        "given video file (the telemetry is not given)",
    ),
    out_of_scope(
        "fresh395-13",
        "cut this enormous .bag file from my camera (25 Giga): save only 10 seconds from it to "
        "another .bag file",
        "cutting a RealSense/ROS .bag recording, not a video file",
    ),
    out_of_scope(
        "fresh395-14",
        "rotate the preview of my tiny USB type-c thermal camera by 0°, 90°, 180° or 270°: the "
        "camera preview is on a 90° angle from the screen",
        "rotating a camera's live preview, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
