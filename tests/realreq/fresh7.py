"""A seventh fresh, held-out collection of real requests (tests/realreq/fresh7.md): one checkable
case a row, encoded the way fresh6.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Each case follows its row's
`expected` column. A row whose `expected` is `[no op] …` or `[needs analysis] …` is a refusal
(`no_op`); `[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left
out of the request and the file it names is given as an asset instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .fresh import HOW_MUCH
from .score import (
    AnyOf,
    Between,
    Case,
    Probe,
    Want,
    anywhere,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh7.md")

#: 640x480 from a square: exactly that size, or 480 lines high before or after the bars.
_TO_640x480 = (
    step("resize", width=640, height=480)
    | step("resize", height=480, width=None)
    | step("resize", lines=480)
)

#: 1920x1080 once the picture is 16:9.
_FULL_HD = (
    step("resize", width=1920, height=1080)
    | step("resize", lines=1080)
    | step("resize", height=1080, width=None)
    | step("resize", width=1920, height=None)
)

#: The first five scenes and the last five, in any of the orders a list of them may take.
_FIRST_AND_LAST_FIVE = (
    [1, 2, 3, 4, 5, -5, -4, -3, -2, -1],
    [1, 2, 3, 4, 5, -1, -2, -3, -4, -5],
    [-5, -4, -3, -2, -1, 1, 2, 3, 4, 5],
    [-1, -2, -3, -4, -5, 1, 2, 3, 4, 5],
)


def _five_pngs() -> list[Want]:
    """Five images, each over its own range at its own place (top-center is the top, middle-center
    the center)."""
    placed = (
        (1, 15, 25, "top"),
        (2, 40, 55, "bottom"),
        (3, 70, 80, "bottom-left"),
        (4, 95, 105, "top-right"),
        (5, 115, AnyOf(120, None), "center"),
    )
    return [
        anywhere(step("overlay_image", file=f"image{i}.png", start=start, end=end, position=where))
        for i, start, end, where in placed
    ]


CASES: tuple[Case, ...] = (
    do(
        "fresh7-01",
        "resize the video but keep the aspect ratio: with ->resize(640, 480) it stretches the "
        "image",
        [step("resize", width=640, height=480, fit=True), maybe(step("pad", aspect="4:3"))],
        [step("resize", width=640, height=None)],
        [step("resize", height=480, width=None)],
        [step("resize", lines=480)],
        note="a 640x480 box, the shape kept (fitted, or one side given)",
    ),
    do(
        "fresh7-02",
        "resize the video automatically, calculating the necessary proportions, so that it does "
        "not exceed 320x240: this file is 1280x720, so it becomes 320x180",
        [step("resize", width=320, height=240, fit=True)],
        [step("resize", width=320, height=AnyOf(None, 180))],
        [step("resize", lines=180)],
        [step("resize", height=180, width=None)],
        probe=Probe(width=1280, height=720),
    ),
    do(
        "fresh7-03",
        "transform the 500x500px video to 640x480px with black border",
        [
            anywhere(step("pad", aspect="4:3", color=AnyOf("black", "#000000"))),
            anywhere(_TO_640x480),
        ],
        probe=Probe(width=500, height=500),
        note="bars left and right; padded first or scaled first, it ends 640x480",
    ),
    do(
        "fresh7-04",
        "output the video at 1920x1080: stretch/shrink and crop it so it always fits the output "
        "format; it's ok to crop parts on the borders, but there should be no black bars",
        [step("platform", platform="youtube", fit="crop")],
        [step("crop", aspect="16:9"), _FULL_HD],
        probe=Probe(width=1440, height=1080),
        note="a 4:3 input: cropped to 16:9, then scaled to 1920x1080",
    ),
    do(
        "fresh7-05",
        "reduce the resolution by 35% instead of the length: the file is 1480x1080, so it becomes "
        "962x702 (bitrate is more important than resolution)",
        [step("resize", percent=65)],
        [step("resize", width=962, height=AnyOf(None, 702))],
        [step("resize", height=702, width=None)],
        [step("resize", lines=702)],
        probe=Probe(width=1480, height=1080),
    ),
    do(
        "fresh7-06",
        "scale the video with -vf scale=320:-1 (-1 means keep the aspect ratio), to make it for "
        "the iPod 5.5G",
        [step("resize", width=320, height=None)],
        [step("resize", lines=180)],
        [step("resize", width=320, height=180)],
        note="320 wide, the height following (180 for 16:9)",
    ),
    do(
        "fresh7-07",
        "scale my footage 3 times by nearest neighbor: -vf 'scale=iw*3:ih*3' -sws_flags neighbor",
        [step("resize", percent=300)],
        [step("resize", width=1200, height=AnyOf(None, 900))],
        [step("resize", lines=900)],
        probe=Probe(width=400, height=300),
        note="a small screen capture made 3x bigger",
    ),
    do(
        "fresh7-08",
        "convert the mp4 to a webm for the Steam Deck: scale it down to fit 1280x800 keeping its "
        "aspect ratio, pad it to 1280x800, and use a higher crf to reduce the size",
        [
            anywhere(
                step("resize", width=1280, height=800, fit=True)
                | step("resize", width=1280, height=None)
                | step("resize", lines=720)
            ),
            anywhere(step("pad", aspect="16:10")),
            anywhere(step("convert", format="webm")),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
        ],
        note="1920x1080 fits as 1280x720, padded to 1280x800",
    ),
    no_op(
        "fresh7-09",
        "add padding on all sides of the window recording and use a background image for that "
        "area, so it looks better",
        "no op",
        assets=["background.png"],
        note="the picture shrunk onto an image; pad and blur_fill take no image",
    ),
    no_op(
        "fresh7-10",
        "crop the recording with a border radius (rounded corners)",
        "no op",
        note="no operation rounds the corners",
    ),
    do("fresh7-11", "create a vignette effect", [step("vignette", start=None, end=None)]),
    do("fresh7-12", "do sepia on the video", [step("sepia", start=None, end=None)]),
    no_op("fresh7-13", "add some video glitch", "no op", note="no operation draws glitches"),
    no_op(
        "fresh7-14",
        "negate the colors of the elearning video to ease my eyes at night, but keep black the "
        "portions that were originally black (total black, from the Zoom recording)",
        "no op",
        note="a plain invert drops the exception",
    ),
    no_op(
        "fresh7-15",
        "fix the new video file: it is grayish (white is not white); converting the video's color "
        "space to bt709 fixed it",
        "no op",
        note="a colour-space conversion; contrast only imitates it",
    ),
    no_op(
        "fresh7-16",
        "transcode the HDR video into SDR with tone mapping: by default the resulting colors look "
        "washed out",
        "no op",
        note="no tone-mapping operation",
    ),
    do(
        "fresh7-17",
        "clean the old lecture video and make the text show clear, so that the viewers can read "
        "it without destroying their eyes: it is still blurry",
        [
            anywhere(step("sharpen", start=None, end=None)),
            maybe(step("denoise", start=None, end=None)),
        ],
    ),
    no_op(
        "fresh7-18",
        "keep the output file interlaced (interlace it): keeping it interlaced allows a higher "
        "field rate compared to lower fps and a smaller file size compared to de-interlacing",
        "no op",
        note="no operation writes interlaced video",
    ),
    do(
        "fresh7-19",
        "double the volume",
        [step("volume", percent=200, start=None, end=None)],
        [step("volume", db=Between(5.5, 6.5), start=None, end=None)],
    ),
    ask(
        "fresh7-20",
        "increase the audio gain to 200-400-1200% for extremely buried audio (ie, from "
        "surveillance cam video); I understand clipping and I'm completely fine with it",
        "how much (200, 400 or 1200%)",
        (*HOW_MUCH, "which", "percent", "gain"),
    ),
    no_op(
        "fresh7-21",
        "the video is 50 seconds long: increase the speed from 0.25 to 1 times for the first 5 "
        "seconds and decrease it from 1 times to 0.25 times in the last 5 seconds",
        "no op",
        probe=Probe(duration=50.0),
        note="a ramp, not one factor; fixed 0.25x steps would drop the ramp",
    ),
    do(
        "fresh7-22",
        "loop the video (a GIF) until the audio ends: the video is 11 sec, the audio 18 sec, and "
        "the output should be 18 sec with the video looped",
        [
            step("loop", times=Between(2, 10)),
            anywhere(step("replace_audio", file="in.mp3") | step("add_music", file="in.mp3")),
            step("trim", start=0, end=18),
        ],
        assets=["in.mp3"],
        probe=Probe(duration=11.0, has_audio=False),
        note="looped past 18 s, the sound added, cut at 18 s",
    ),
    ask(
        "fresh7-23",
        "make the file smaller with a lower frame rate: videos with high fps, for example 60 fps, "
        "are huge in size",
        "which frame rate",
        ("frame rate", "fps", "which", "how many", "what"),
        probe=Probe(fps=60.0),
    ),
    ask(
        "fresh7-24",
        "black out a few seconds at the beginning of the clip without affecting the audio",
        "how many seconds",
        (*HOW_MUCH, *WHICH_PART),
    ),
    do(
        "fresh7-25",
        'add the text "TEST MAYUR" over the video (drawtext fontsize=50, x=w-tw-10:y=h-th-10)',
        [step("text", text="TEST MAYUR", position="bottom-right")],
        note="10 px from the right and the bottom",
    ),
    do(
        "fresh7-26",
        "insert PNG images with transparency at specific points of the 2 minute video, "
        "overlapping its content: image1.png from 00:15 to 00:25 top-center, image2.png from "
        "00:40 to 00:55 bottom-center, image3.png from 01:10 to 01:20 bottom-left, image4.png "
        "from 01:35 to 01:45 top-right, image5.png from 01:55 to 02:00 middle-center",
        _five_pngs(),
        assets=[f"image{i}.png" for i in range(1, 6)],
        probe=Probe(duration=120.0),
    ),
    no_op(
        "fresh7-27",
        "burn in the PGS (.sup) Blu-Ray subtitles",
        "no op",
        assets=["subtitles.sup"],
        note="PGS is pictures, not text: subtitles takes srt/ass/vtt",
    ),
    ask(
        "fresh7-28",
        "insert images (jpg, png, whatever) at the same size as the video and display them for a "
        "given time: not a watermark but a fullscreen image, at the beginning or at the end of "
        "the video",
        "the images (files), how long, at the beginning or the end",
        ("image", "file", "picture", "which", *HOW_MUCH, "beginning", "end"),
    ),
    ask(
        "fresh7-29",
        "add a photo in the middle of the video for a second or two, for example a png with a "
        'transparent background that says "subscribe", to prompt people to subscribe',
        "the png (a file to add), and when",
        ("image", "png", "photo", "file", "which", "asset"),
    ),
    ask(
        "fresh7-30",
        "add the images at specific times: the logo on its own at 5 sec and at 15 sec, and logo2 "
        "(a different logo) at 30 sec",
        "how long each logo shows (and where)",
        (*HOW_MUCH, "duration", "until", "where", "position"),
        assets=["logo.png", "logo2.png"],
    ),
    ask(
        "fresh7-31",
        "add an intro video to the head of the video",
        "the intro clip (a file to add)",
        ("intro", "file", "clip", "which", "asset"),
    ),
    do(
        "fresh7-32",
        "directly delete the scenes shorter than 0.5 seconds, so that they do not appear (rather "
        "than merging the short scenes into large scenes)",
        [step("remove_short_scenes", min_length=0.5)],
    ),
    do(
        "fresh7-33",
        'omit the first five and the last five scenes (a title sequence at the beginning, "please '
        'like and subscribe!" at the end)',
        [step("keep_scenes", remove=AnyOf(*_FIRST_AND_LAST_FIVE))],
        probe=Probe(duration=900.0),
    ),
    no_op(
        "fresh7-34",
        "remove the no-movement scenes but keep those with audio: I don't speak too much in my "
        "videos but have movements in them",
        "needs analysis",
        note="motion detection; remove_silence would cut the silent moving parts",
    ),
    no_op(
        "fresh7-35",
        "I want images of the scenes with good facial expressions",
        "needs analysis",
        note="choosing the frames is content analysis",
    ),
    ask(
        "fresh7-36",
        "reduce the file size of the 28-second GIF (12MB, which feels a bit too large) without "
        "compromising on the visual quality",
        "how small (a target size)",
        ("size", "mb", "how small", "target", "which", "how much"),
        probe=Probe(duration=28.0, has_audio=False),
    ),
    ask(
        "fresh7-37",
        "make it lighter for posting on social media",
        "which platform (or size limit)",
        ("which", "platform", "size", "mb", "service", "social", "where"),
    ),
    out_of_scope(
        "fresh7-38",
        "rotate the video feed by 180 degrees in the application settings: the GoPro is mounted "
        "upside down below the fuselage, and later GoPros don't allow flipping the HDMI video "
        "feed",
        "a live video feed",
    ),
    out_of_scope(
        "fresh7-39",
        "record my posture with my webcam across the day at 1 frame per minute: 1 fps is the "
        "lower limit for the webcam recording",
        "a webcam capture setting",
    ),
    out_of_scope(
        "fresh7-40",
        "add a checkbox to make mono audio, for old movie uploads on YouTube with messed up "
        "stereo tracks (only sound on one side)",
        "a player setting",
    ),
    out_of_scope(
        "fresh7-41",
        "add a datetime watermark in the camera's video in a future release",
        "a camera firmware feature",
    ),
    out_of_scope(
        "fresh7-42",
        "toggle a cinematic bar: overlay two black bars to watch a 16:9 video in 21:9 aspect ratio",
        "a player feature",
    ),
    out_of_scope(
        "fresh7-43",
        "add the title and maybe the artist name overlay when streaming music videos from a "
        "directory",
        "a live stream",
    ),
    out_of_scope(
        "fresh7-44",
        "make chapters for YouTube",
        "writing chapters (a transcript's topics), not an edit",
    ),
    out_of_scope(
        "fresh7-45", "summarize the content of this video", "summarizing the content, not an edit"
    ),
    out_of_scope(
        "fresh7-46",
        "tell me the difference between these two videos: which one has the better picture "
        "quality?",
        "comparing two videos' quality",
        assets=["video2.mp4"],
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
