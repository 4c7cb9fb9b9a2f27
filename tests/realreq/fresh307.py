"""A three-hundred-and-seventh fresh, held-out collection of real requests
(tests/realreq/fresh307.md): one checkable case a row, encoded the way fresh305.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh305's, the
rows are short, typical asks, all from GitHub issues (3D capture and video tools: nerfstudio,
shadercam, Piwigo, Nextcloud, FileConverter, ffmpeg.wasm, canvas-sketch, PhotoPrism, 360tools,
nunif, neuralangelo, Meshroom, instant-ngp, SuperSplat, InstantSplat, rrweb, SyncDreamer and
DL3DV): a 360 video resized before training, a vertical video turned horizontal, iPhone HEVC
videos made to play in every browser, three MP4s Instagram takes, HDR made SDR, a 360 viewport,
black bars found and cropped, fewer frames with no number, parts kept with no times, a speed
with no direction, and videos turned into Gaussian splats, a session recording, a 3D object's
turntable, a NeRF's 360 render and a folder of frames.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import Below, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh307.md")

_MP4 = step("convert", format="mp4")
_H264 = step("codec", codec="h264")
_PLAYS = ([_H264, maybe(_MP4)], [_MP4, maybe(_H264)])
_NO_SOUND = {"has_audio": False}

CASES: tuple[Case, ...] = (
    do(
        "fresh307-01",
        "resize this 360 video before any processing: training on it runs out of memory, and "
        "I want to run 360 videos smoothly without all these memory issues",
        [step("resize", lines=Below(1920))],
        [step("resize", width=Below(3840))],
        [step("resize", height=Below(1920))],
        [step("resize", percent=Below(100))],
        probe=Probe(duration=60.0, width=3840, height=1920, fps=30.0),
        note="a smaller picture of a 3840x1920 equirectangular video",
    ),
    do(
        "fresh307-02",
        "rotate this video to the horizontal position: it can be recorded only in vertical format",
        [step("rotate", degrees=90)],
        [step("rotate", degrees=270)],
        probe=Probe(duration=15.0, width=720, height=1280, fps=30.0),
        note="a quarter turn either way makes the vertical recording horizontal",
    ),
    do(
        "fresh307-03",
        "make this iPhone video, recorded in HEVC format, readable with Firefox, Chrome, "
        "etc., not only with Safari on macOS and iOS devices",
        *_PLAYS,
        probe=Probe(duration=20.0, width=1920, height=1080, fps=30.0),
        note="an iPhone's HEVC video made H.264, which Firefox and Chrome play",
    ),
    do(
        "fresh307-04",
        "make this .mov file, created from an iOS HEVC movie with the 'Most Compatible' "
        "setting, playable on all platforms and browsers: it is not playable on Firefox on "
        "Windows 7",
        *_PLAYS,
        probe=Probe(duration=20.0, width=1920, height=1080, fps=30.0),
        note="a .mov made an H.264 MP4 that every browser plays",
    ),
    do(
        "fresh307-05",
        "convert this gif I quickly recorded to an mp4 that can be uploaded on social media "
        "like Instagram: an mp4 made from it is just frozen when I upload it on Instagram",
        [_MP4, maybe(_H264)],
        [_H264, _MP4],
        probe=Probe(duration=8.0, width=800, height=600, fps=10.0, **_NO_SOUND),
        note="a recorded GIF made an H.264 MP4 Instagram plays",
    ),
    do(
        "fresh307-06",
        "convert this clip so that I can upload it to Instagram: converted with the mpeg4 "
        "codec, Instagram (web) keeps on loading the preview with no success",
        *_PLAYS,
        probe=Probe(duration=30.0, width=1080, height=1080, fps=30.0),
        note="an MPEG-4 Part 2 clip made H.264, which Instagram takes",
    ),
    do(
        "fresh307-07",
        'make this mp4 uploadable into Instagram: when I try I get "It is not possible to use '
        "this video\", though it works fine for Twitter (maybe there's some additional meta "
        "data that needs to be added?)",
        *_PLAYS,
        [step("reencode")],
        probe=Probe(duration=10.0, width=1080, height=1080, fps=24.0, **_NO_SOUND),
        note="an MP4 re-encoded as H.264, which Instagram takes",
    ),
    no_op(
        "fresh307-08",
        "convert this HDR10+ video to SDR so that it can be viewed in a web browser properly: "
        "it looks grey and washed out, where a normal SDR video recorded on the same phone "
        "looks vibrant and 'normal'",
        "no op: tone mapping HDR10+ (PQ) to SDR; no operation does it",
        probe=Probe(duration=20.0, width=3840, height=2160, fps=30.0),
    ),
    no_op(
        "fresh307-09",
        "extract a viewport from a frame of this 360 video",
        "no op: a perspective viewport reprojected from an equirectangular frame (v360)",
        probe=Probe(duration=60.0, width=3840, height=1920, fps=30.0),
    ),
    no_op(
        "fresh307-10",
        "crop the black bars off this video, detecting them automatically: the black bars are "
        "causing artifacts due to the low resolution depth map",
        "needs analysis: finding the black bars (cropdetect); no operation detects them",
        probe=Probe(duration=120.0, width=1920, height=1080, fps=24.0),
    ),
    ask(
        "fresh307-11",
        "set a max on the frames of this video: it has 8000 frames, which is way too big for "
        "the model to process (I need less frames, not less quality)",
        "how many frames (a target, or a frame rate)",
        ("how many", "frames", "frame rate", "fps", "target", "which"),
        probe=Probe(duration=266.7, width=1920, height=1080, fps=30.0),
    ),
    ask(
        "fresh307-12",
        "keep only parts of this video, to save time and memory before I extract its frames",
        "which parts (no times are given)",
        (*WHICH_PART, "parts", "second"),
        probe=Probe(duration=180.0, width=1920, height=1080, fps=30.0),
    ),
    ask(
        "fresh307-13",
        "control the 'speed' of this video I exported from the instant-ngp GUI",
        "faster or slower, and by how much",
        ("faster", "slower", "how much", "how fast", "factor", "speed"),
        probe=Probe(duration=10.0, width=1920, height=1080, fps=30.0, **_NO_SOUND),
    ),
    out_of_scope(
        "fresh307-14",
        "convert this mp4 video to a Gaussian Splat .ply format",
        "reconstructing a 3D scene (Gaussian splatting) from a video, not an edit of the video",
    ),
    out_of_scope(
        "fresh307-15",
        "create a Gaussian Splat from this footage of an actor from three different angles "
        "(front, 3/4 frontal, and back)",
        "reconstructing a 3D person (Gaussian splatting) from three videos, not an edit",
    ),
    out_of_scope(
        "fresh307-16",
        "export this recording as a real video file, such as avi or mp4",
        "an rrweb session recording (page events) replayed as a video, not a video file",
    ),
    out_of_scope(
        "fresh307-17",
        "generate a 360° video or gif of this generated 3D object, like the gifs of 3D "
        "objects rotating 360° on your project page",
        "rendering a 3D object turning, not an edit of a video file",
    ),
    out_of_scope(
        "fresh307-18",
        "output this NeRF's video as equirectangular 2:1 with proper metadata, so that it can "
        "be viewed in YT 360 or in VR headsets",
        "rendering a NeRF through a 360 camera, not an edit of a video file",
    ),
    out_of_scope(
        "fresh307-19",
        "convert these png frames of the dataset into mp4 at the correct fps: at 30 or 60 fps "
        "the video looks moving too fast with artifacts, and with 10 fps it moves more "
        "reasonably",
        "a folder of PNG frames made into a video, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
