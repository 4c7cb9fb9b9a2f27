"""A twenty-ninth fresh, held-out collection of real requests (tests/realreq/fresh29.md): one
checkable case a row, encoded the way fresh27.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh27's, the
rows are short, typical asks, like the development set's; all 21 come from GitHub issues and
pull requests of phone and camera software, media servers and their plugins, converters and
editors, a photo-gallery generator, a thumbnail handler, a video looper, a documentation site
and an AI video model. Each case follows its row's `expected` column; the `[no op]` rows are
DOABLE refusals and `[out of scope]` rows OUT-OF-SCOPE refusals. An `[extra input: …]` marker is
left out of the request and the file it names is given as an asset instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import WHOLE, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh29.md")

#: A still saved as an image, if the plan names its format.
_IMAGE = maybe(step("convert", format=AnyOf("png", "jpg")))

#: fresh29-05: the centre 4:3 picture, 1440x1080, of a 1920x1080 frame with bars at its sides.
_FOUR_THREE = (
    step("crop", aspect="4:3")
    | step("crop_area", width=1440, height=1080, x=None, y=None, anchor="center")
    | step("crop_area", width=1440, height=1080, x=240, y=0)
    | step("crop_edges", left=240, right=240, top=0, bottom=0, unit="px")
    | step("crop_edges", left=12.5, right=12.5, top=0, bottom=0, unit="%")
)

#: fresh29-07: 720p from a 1920x1080 picture.
_720 = (
    step("resize", lines=720)
    | step("resize", height=720, width=AnyOf(1280, None))
    | step("resize", width=1280, height=AnyOf(720, None))
    | step("resize", percent=Between(66, 67.5))
)

CASES: tuple[Case, ...] = (
    do(
        "fresh29-01",
        "mirror the video: I am using the front facing camera, and the video is saved in mirror "
        "view",
        [step("flip", direction="horizontal")],
        note="mirrored back left to right",
    ),
    do(
        "fresh29-02",
        "reverse the video speed so I can make a really cool video of fireworks going back into "
        "their containers",
        [step("reverse")],
        note="played backwards",
    ),
    do(
        "fresh29-03",
        "speed the entire video up 8x, so that it is exported without part of the frames and "
        "weighs much less",
        [step("speed", factor=8, **WHOLE)],
        note="eight times as fast, all of it",
    ),
    do(
        "fresh29-04",
        "make a smooth timelapse of the full day's recording, regardless of motion: 24 hours "
        "played back as 1 hour",
        [step("speed", factor=Between(23.9, 24.1), **WHOLE)],
        probe=Probe(duration=86400.0),
        note="the 24-hour recording sped up 24x, to last an hour",
    ),
    do(
        "fresh29-05",
        "crop the black bars from the 1920x1080 video that is actually 4:3",
        [_FOUR_THREE],
        note="the centre 1440x1080 of the 1920x1080 frame",
    ),
    do(
        "fresh29-06",
        "export the video I shot vertically on my phone as landscape, without the black bars on "
        "both sides",
        [step("blur_fill", aspect="16:9"), maybe(step("resize"))],
        [step("crop", aspect="16:9"), maybe(step("resize"))],
        [step("platform", platform="youtube", fit="crop")],
        probe=Probe(width=1080, height=1920),
        note="16:9, the sides filled with a blurred copy, or the centre cropped to 16:9",
    ),
    do(
        "fresh29-07",
        "transcode the video shot in 1080P 120fps to 720P 30fps, to get a smaller video size",
        [
            anywhere(_720),
            anywhere(step("fps", fps=30)),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
        ],
        probe=Probe(fps=120.0),
        note="1280x720 at 30 fps",
    ),
    do(
        "fresh29-08",
        "encode the SRT file with the mpeg, so that I can then burn it to DVD with spanish "
        "subtitles",
        [
            step("subtitles", file=AnyOf("subtitles.srt", None)),
            maybe(step("convert", format=AnyOf("mp4", "mkv", "ts"))),
        ],
        assets=["subtitles.srt"],
        note="the .srt burned into the picture",
    ),
    do(
        "fresh29-09",
        "make the first frame the thumbnail of the video: I record a lot of videos with a movie "
        "clapper in the first few seconds, this helps me organize the videos",
        [step("still", at=Between(0, 0.04)), _IMAGE],
        note="the very first frame, as an image",
    ),
    do(
        "fresh29-10",
        "capture the thumb image from the video at a certain time, not from the first frames: "
        "most of my videos start in black (fadein)",
        [step("still", at=AnyOf(None, Between(1, 60))), _IMAGE],
        note="a frame past the fade-in (the default, a third of the way in, is fine)",
    ),
    do(
        "fresh29-11",
        "blur the entire video",
        [step("blur", **WHOLE)],
        note="blurred, all of it, at any strength",
    ),
    do(
        "fresh29-12",
        "sharpen the picture and eliminate the grain of the 4K master from the blu ray, at the "
        "same size as the source: it is soft and grainy",
        [anywhere(step("denoise", **WHOLE)), anywhere(step("sharpen", **WHOLE))],
        probe=Probe(width=3840, height=2160),
        note="denoised and sharpened, in either order, at any strengths",
    ),
    do(
        "fresh29-13",
        "replicate the last frame for 3s: the label fill happens only in the last couple of "
        "frames, so you barely see it before the video restarts",
        [step("freeze", at=Between(59.5, 60), seconds=3)],
        note="the last frame of the 60 s video held for 3 s",
    ),
    no_op(
        "fresh29-14",
        "convert the 720*1280 portrait video to a wide 1280*720 video, with the black part "
        "filled with a background image",
        "no op: the bars filled with a still image; pad only fills a colour and blur_fill a "
        "blurred copy of the video",
        assets=["background.jpg"],
        probe=Probe(width=720, height=1280),
    ),
    no_op(
        "fresh29-15",
        "convert the mp4 to pngs, making each frame a lossless png: it's niche but useful",
        "no op: every frame as an image; still saves one frame",
    ),
    ask(
        "fresh29-16",
        "crop the bottom of the video: I have to remove my taskbar (accidentally recorded full "
        "screen)",
        "how many pixels to crop off the bottom (how tall the taskbar is)",
        ("how many", "how much", "how tall", "pixels", "px", "height", "amount", "size"),
    ),
    ask(
        "fresh29-17",
        "extend the 'still' at the beginning and at the end of the logo sting animation",
        "how long to hold the first and the last frame",
        ("how long", "seconds", "duration", "long", "length"),
    ),
    ask(
        "fresh29-18",
        "share a 00:10 portion of the 00:30 4K 60fps video (~300mb) with a friend, under 100mb: "
        "trim the segment and downscale to 720p",
        "which 10 seconds (where the portion starts)",
        (*WHICH_PART, "portion", "segment", "part"),
        probe=Probe(width=3840, height=2160, fps=60.0, duration=30.0),
    ),
    ask(
        "fresh29-19",
        "compress the video, and also decrease the resolution",
        "which resolution (or how much smaller)",
        (
            "resolution",
            "which",
            "what size",
            "how small",
            "how much",
            "720p",
            "480p",
            "width",
            "height",
        ),
    ),
    out_of_scope(
        "fresh29-20",
        "loop the video for a set amount of time without increasing the video length: a one "
        "minute loop cycle for 30 mins, then proceed to the next clip",
        "a player's playlist setting (repeat a clip for a while, then play the next); a longer "
        "file is what is not wanted",
    ),
    out_of_scope(
        "fresh29-21",
        "transform the video to anime style",
        "AI style transfer (anime) needs a learned model",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
