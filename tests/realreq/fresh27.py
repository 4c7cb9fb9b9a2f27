"""A twenty-seventh fresh, held-out collection of real requests (tests/realreq/fresh27.md): one
checkable case a row, encoded the way fresh25.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh25's, the
rows are short, typical asks, like the development set's; all 25 come from GitHub issues of
camera, webcam and screen-capture software, players and media servers, converters and editors,
a voice recorder, a file-index web app and two AI projects. Each case follows its row's
`expected` column; the `[no op]` row is a DOABLE refusal and `[out of scope]` rows OUT-OF-SCOPE
refusals. An `[extra input: …]` marker is left out of the request and the file it names is given
as an asset instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import WHOLE, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh27.md")

#: A still saved as an image, if the plan names its format.
_IMAGE = maybe(step("convert", format=AnyOf("png", "jpg")))

#: fresh27-06: 720p from a 2560x1440 recording.
_720 = (
    step("resize", lines=720)
    | step("resize", height=720, width=AnyOf(1280, None))
    | step("resize", width=1280, height=AnyOf(720, None))
    | step("resize", percent=50)
)

#: fresh27-17: 1080p from a 2560x1440 capture.
_1080 = (
    step("resize", lines=1080)
    | step("resize", height=1080, width=AnyOf(1920, None))
    | step("resize", width=1920, height=AnyOf(1080, None))
    | step("resize", percent=75)
)

#: fresh27-12: the centre square of a 1280x720 webcam picture.
_SQUARE = (
    step("crop", aspect="1:1")
    | step("crop_area", width=720, height=720, x=None, y=None, anchor="center")
    | step("crop_area", width=720, height=720, x=280, y=0)
    | step("crop_edges", left=280, right=280, top=0, bottom=0, unit="px")
)

#: fresh27-14: a 4:3 picture scaled into 1920x1080 with its aspect kept (before the pad), or
#: to 1920x1080 once padded to 16:9.
_FIT_1080 = (
    step("resize", width=1920, height=1080, fit=True)
    | step("resize", lines=1080)
    | step("resize", height=1080, width=None)
)
_TO_1080 = (
    step("resize", width=1920, height=1080)
    | step("resize", lines=1080)
    | step("resize", height=1080, width=None)
)
_LETTERBOX = step("pad", aspect="16:9", color="black")

CASES: tuple[Case, ...] = (
    do(
        "fresh27-01",
        "mirror the video: it was distributed reversed",
        [step("flip", direction="horizontal")],
        note="mirrored back left to right",
    ),
    do(
        "fresh27-02",
        "rotate the time-lapse 90 deg to the right, as the camera captures sideways",
        [step("rotate", degrees=90)],
        note="a quarter turn clockwise",
    ),
    do(
        "fresh27-03",
        "rotate the video 90 degrees counter-clockwise: I streamed my cellphone's camera in a "
        "portrait position, and it is sideways",
        [step("rotate", degrees=270)],
        note="a quarter turn counter-clockwise",
    ),
    do(
        "fresh27-04",
        "reverse the clip of me unzipping my jacket, so it looks like I'm zipping up",
        [step("reverse")],
        note="played backwards",
    ),
    do(
        "fresh27-05",
        "change the video speed so that the whole video plays in 1 minute: we have to make the "
        "content fit under a certain time constraint",
        [step("speed", factor=Between(2.45, 2.55), **WHOLE)],
        probe=Probe(duration=150.0),
        note="the 2:30 video sped up 2.5x, to last 60 s",
    ),
    do(
        "fresh27-06",
        "downscale the recording of the large screen so that it saves out to a 720p resolution, "
        "to save disk space",
        [_720],
        probe=Probe(width=2560, height=1440),
        note="1280x720 from 2560x1440",
    ),
    do(
        "fresh27-07",
        "sharpen the blurry 480p DVD encoded anime video, to make it look almost Blu-Ray sharp "
        "and easier on the eyes",
        [step("sharpen", **WHOLE)],
        probe=Probe(width=720, height=480),
        note="sharpened, all of it, at any strength",
    ),
    do(
        "fresh27-08",
        "remove the grain from the video",
        [step("denoise", **WHOLE)],
        note="denoised, all of it, at any strength",
    ),
    do(
        "fresh27-09",
        "stabilize the Osmo 5 video: it was shot in night mode with the stabilization turned "
        "off, and the camera did not record motion data in that mode",
        [step("stabilize")],
        note="stabilized from the picture, at any strength",
    ),
    do(
        "fresh27-10",
        "make a thumbnail from the middle of the video",
        [step("still", at=60), _IMAGE],
        probe=Probe(duration=120.0),
        note="the frame at 1:00 of the 2:00 video, as an image",
    ),
    do(
        "fresh27-11",
        "hardcode the subtitles into the movie, to get them working with Apple TV: you can not "
        "stream two files to it, the mp4 and the srt",
        [step("subtitles", file=AnyOf("subtitles.srt", None))],
        assets=["subtitles.srt"],
        note="the .srt burned into the picture",
    ),
    do(
        "fresh27-12",
        "crop the webcam video, rather than letterbox it, to a square that just shows me, "
        "instead of a widescreen view with unneeded background",
        [_SQUARE],
        probe=Probe(width=1280, height=720),
        note="the centre 720x720 of the 1280x720 picture",
    ),
    do(
        "fresh27-13",
        "remove the audio and format the video to mp4 at the same time: very often when "
        "recording videos I don't want to put any audio at all",
        [anywhere(step("mute")), maybe(step("convert", format="mp4"))],
        note="no sound track, as an .mp4 (which the input already is)",
    ),
    do(
        "fresh27-14",
        "make the recorded video 1920x1080, but fix its aspect ratio and fill the unused space "
        "with black",
        [_FIT_1080, _LETTERBOX],
        [_LETTERBOX, _TO_1080],
        [step("platform", platform="youtube", fit="pad")],
        probe=Probe(width=320, height=240),
        note="the 4:3 picture scaled into 1920x1080 (1440x1080) with black bars at its sides",
    ),
    do(
        "fresh27-15",
        "convert the 50fps video to 25fps instead of 30fps: converting 50fps videos to 30fps "
        "produces a jerky result, especially noticeable on slow motion shots",
        [step("fps", fps=25)],
        probe=Probe(fps=50.0),
        note="every second frame kept",
    ),
    do(
        "fresh27-16",
        "skip the audio which would be considered silent in the meeting recording: there's lots "
        "of undesired waiting as papers are brought through and organized",
        [step("remove_silence", where="all")],
        note="every silence cut, at any threshold",
    ),
    do(
        "fresh27-17",
        "export the trim of my captured 1440p as 1080p, so I can get the 60s clip under 100mb "
        "to upload to discord",
        [anywhere(_1080), anywhere(step("compress", max_mb=Between(90, 100)))],
        probe=Probe(width=2560, height=1440, duration=60.0),
        note="1920x1080, and the file under 100 MB",
    ),
    do(
        "fresh27-18",
        "loop the file once or twice, doubling or tripling its length: copy the entire track "
        "and paste it ahead of itself",
        [step("loop", times=AnyOf(2, 3))],
        note="played twice or three times in a row",
    ),
    no_op(
        "fresh27-19",
        "remove the green background",
        "no op: keying out a green screen (chroma key); no operation makes a colour transparent",
    ),
    ask(
        "fresh27-20",
        "rotate the video: my camera is mounted sideways on my board",
        "which way to turn it (90° clockwise or counter-clockwise)",
        (
            "which way",
            "direction",
            "clockwise",
            "counter",
            "left",
            "right",
            "90",
            "270",
            "degrees",
            "angle",
        ),
    ),
    ask(
        "fresh27-21",
        "crop the video: the camera has some annoying watermarks",
        "which area to keep, or how much to crop off which edges (where the watermarks are)",
        (
            "which",
            "where",
            "area",
            "region",
            "edge",
            "side",
            "pixels",
            "how much",
            "size",
            "position",
            "coordinates",
        ),
    ),
    ask(
        "fresh27-22",
        "speed up the recorded GIF/video",
        "how much faster (a factor, or how long it should last)",
        (
            "how much",
            "how fast",
            "faster",
            "factor",
            "speed",
            "times",
            "how long",
            "duration",
            "percent",
        ),
    ),
    ask(
        "fresh27-23",
        "hold a single frame on screen for a few seconds: there's a dialog people need time to "
        "read",
        "which frame (at what time), and how long exactly",
        (*WHICH_PART, "which frame", "frame", "how long", "seconds", "duration"),
    ),
    out_of_scope(
        "fresh27-24",
        "change the aspect ratio of the square video to 16:9 (horizontal) by outpainting",
        "outpainting: generating new picture at the sides (pad or blur_fill would not be what is "
        "asked)",
        probe=Probe(width=1080, height=1080),
    ),
    out_of_scope(
        "fresh27-25",
        "create a short 3D animated video from the image: the young employee in the blue polo "
        "shirt and jeans should move his mouth naturally as if he is speaking, the teacher with "
        "glasses only listens attentively, nodding slightly",
        "animating a still picture (generating motion and speech); not an edit of a video",
        assets=["image.png"],
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
