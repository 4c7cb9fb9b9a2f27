"""A forty-third fresh, held-out collection of real requests (tests/realreq/fresh43.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh41's, the
rows are short, typical asks, like the development set's; 11 come from forum threads, articles
and blog posts (MacNN, CommentCaMarche, Super User, VEGAS, O'Reilly Digital Media, a BAA forum,
an Italian blog, a user's wiki notes and three blogs), 13 from GitHub issues of an ROV ground
station, a transcoding wrapper, an upscaler, two all-sky cameras, a channel's plan, a game's film
export, an encoder GUI, a calcium-imaging pipeline, a stabilizer, a street-level imagery site, an
emulator and a doorbell plugin. They ask for framing (crop, pad, rotate, resize), subtitles,
text and logos, several of them in two steps. Each case follows its row's `expected`;
`[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the
request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import WHOLE, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh43.md")

#: A quarter turn, either way (the request does not say which).
_QUARTER = AnyOf(90, 270)

#: 2.35:1, as a ratio may be written.
_SCOPE = AnyOf("2.35:1", "47:20", "235:100")

#: Black, by name or value (or the bars' own default).
_BLACK = AnyOf("black", "#000000", None)

#: White, by name or value.
_WHITE = AnyOf("white", "#ffffff")

#: Black letters, by name or value.
_INK = AnyOf("black", "#000000")

#: The 16:9 frame of fresh43-15, padded: by the pad operation or the youtube platform.
_PAD_16_9 = step("pad", aspect="16:9", color=_BLACK) | step(
    "platform", platform="youtube", fit="pad"
)

CASES: tuple[Case, ...] = (
    do(
        "fresh43-01",
        "turn the 4:3 video I've shot into 2.35:1 aspect ratio: not a matte (this is really a 4:3 "
        "picture), I want the video itself to actually be 2.35:1, so crop it",
        [step("crop", aspect=_SCOPE)],
        [step("crop_area", width=640, height=Between(270, 274), x=None, y=None, anchor="center")],
        [
            step(
                "crop_edges",
                top=Between(100, 108),
                bottom=Between(100, 108),
                left=0,
                right=0,
                unit="px",
            )
        ],
        probe=Probe(width=640, height=480),
        note="cropped to 2.35:1 (640x272 of 640x480), the centre kept",
    ),
    do(
        "fresh43-02",
        "rotate the video I took on my mobile 90° without distorting it: it comes in horizontal, "
        "1920x1080, and it should be 1080 x 1920, without black bars on the right and left",
        [
            step("rotate", degrees=_QUARTER),
            maybe(step("resize", width=1080, height=1920)),
        ],
        note="a quarter turn, either way (1080x1920); a resize to the same size may follow",
    ),
    do(
        "fresh43-03",
        "make a letterbox version of the 16:9 movie, ideal for playing on a 4:3 device: I don't "
        "want to clip any of the image or distort the picture, so a 4:3 movie with black bars at "
        "the top and bottom",
        [step("pad", aspect="4:3", color=_BLACK)],
        note="padded to 4:3 with black bars (at the top and bottom of the 16:9 picture)",
    ),
    do(
        "fresh43-04",
        "convert the 4:3 video to widescreen to fill the client's 16:9 plasma TV they use for "
        "shows: instead of cropping it, embed the full 4:3 picture in the middle of a 16:9 field "
        "and use the extra horizontal space on the sides for their logo",
        [
            step("pad", aspect="16:9"),
            step(
                "overlay_image",
                file="logo.png",
                position=AnyOf(
                    "left", "right", "top-left", "top-right", "bottom-left", "bottom-right"
                ),
                size=AnyOf(None, Between(1, 12.5)),
                pixels=AnyOf(None, Between(1, 106)),
                **WHOLE,
            ),
        ],
        assets=["logo.png"],
        probe=Probe(width=640, height=480),
        note=(
            "padded to 16:9 (853x480: bars of about 106 px either side of 640x480), then the "
            "logo in a bar: at a side, small enough to fit in it (the usual size, or at most "
            "12.5% of the width)"
        ),
    ),
    do(
        "fresh43-05",
        "rotate the waterfall clip 90 degrees so it displays correctly (I turned my digicam "
        "sideways to capture it), then add black borders to the left and right sides, to the 4:3 "
        "proportions iMovie expects: iMovie squashed it like a bug",
        [step("rotate", degrees=_QUARTER), step("pad", aspect="4:3", color=_BLACK)],
        probe=Probe(width=640, height=480),
        note="a quarter turn (480x640), then padded to 4:3 with black bars at the sides",
    ),
    do(
        "fresh43-06",
        "add subtitles in English to the whole video, to help viewers follow the audio: some of "
        "the interviewees have impaired speech, and we don't want to stigmatize them; it also "
        "makes the video accessible to the hard of hearing",
        [step("subtitles", file=AnyOf("subs.srt", None))],
        assets=["subs.srt"],
        probe=Probe(duration=1200.0),
        note="the .srt burned in",
    ),
    do(
        "fresh43-07",
        "add space at the sides of the video: turn the vertical 16/9 video into a horizontal 16/9 "
        "video by adding side bars",
        [step("pad", aspect="16:9")],
        [step("platform", platform="youtube", fit="pad")],
        probe=Probe(width=720, height=1280),
        note="padded to 16:9, bars left and right of the 720x1280 picture",
    ),
    do(
        "fresh43-08",
        "put the film, whose video frames are 608x224 pixels, on a DVD: 16:9 is the closest fit to "
        "its ratio, so add black bars at the top and bottom to pad out the video frame",
        [
            step("pad", aspect="16:9", color=_BLACK),
            maybe(step("resize", lines=AnyOf(480, 576, 720))),
        ],
        probe=Probe(width=608, height=224),
        note="padded to 16:9 with black bars (a resize that keeps 16:9 may come with it)",
    ),
    do(
        "fresh43-09",
        "burn the telemetry into the video, so I can skip having to do that in Handbrake "
        "afterwards",
        [step("subtitles", file=AnyOf("telemetry.ass", None))],
        assets=["telemetry.ass"],
        note="the .ass telemetry burned in",
    ),
    do(
        "fresh43-10",
        "upscale my 4:3 ratio 640x480@60Hz grab of PlayStation 2 footage to 960x720@60Hz: YouTube "
        "only allows 60fps videos at 720p or higher",
        [
            step("resize", lines=720)
            | step("resize", height=720, width=AnyOf(None, 960))
            | step("resize", width=960, height=None),
            maybe(step("fps", fps=Between(59.9, 60.1))),
        ],
        probe=Probe(width=640, height=480, fps=60.0),
        note="scaled to 960x720, aspect kept; the 60 fps kept (a 60 fps setting may come with it)",
    ),
    do(
        "fresh43-11",
        "upscale the PAL DVD video, 720x576, to 1080p (or even 4k UHD), changing the aspect ratio "
        "while upscaling: the video is actually 16:9, but it is encoded as 720x576 because that is "
        "the PAL format",
        [step("resize", width=1920, height=1080, fit=False)],
        [step("resize", width=3840, height=2160, fit=False)],
        probe=Probe(width=720, height=576, fps=25.0),
        note="scaled to exactly 1920x1080 (or 3840x2160): the squeezed 16:9 picture unsqueezed",
    ),
    do(
        "fresh43-12",
        "crop the video to a square, to remove all the unused pixels: I have a circular fisheye "
        "lens",
        [step("crop", aspect="1:1")],
        [step("crop_area", width=1080, height=1080, x=None, y=None, anchor="center")],
        [step("platform", platform="instagram_post", fit="crop")],
        probe=Probe(width=1440, height=1080),
        note="cropped to the centre square (1080x1080 of 1440x1080)",
    ),
    do(
        "fresh43-13",
        "watermark the video with my monogram icon: a subtle appearance (20-30% opacity), in the "
        "bottom-right corner, visible without being distracting",
        [
            step(
                "overlay_image",
                file="monogram.png",
                position="bottom-right",
                opacity=Between(20, 30),
                **WHOLE,
            )
        ],
        assets=["monogram.png"],
        note="the monogram bottom right, 20-30% opaque, all of it",
    ),
    do(
        "fresh43-14",
        "tack the screenshot I've taken of the scorecard onto the end of the movie: preferably it "
        "appears for a few seconds, not just the final frame, as this can be missed by the viewer",
        [
            step(
                "join",
                clips=AnyOf(["scorecard.png"], []),
                at="end",
                image_seconds=AnyOf(None, Between(2, 10)),
            )
        ],
        [
            step(
                "transition",
                clips=AnyOf(["scorecard.png"], []),
                at="end",
                image_seconds=AnyOf(None, Between(2, 10)),
            )
        ],
        assets=["scorecard.png"],
        note="the score screen after the movie, a few seconds (the default 3 s, or 2-10 s)",
    ),
    do(
        "fresh43-15",
        "fill the 1920x800 video with black borders, so that the subtitles burn in the black "
        "border",
        [
            _PAD_16_9,
            step("subtitles", file=AnyOf("subs.srt", None), position=AnyOf("bottom", None)),
        ],
        assets=["subs.srt"],
        probe=Probe(width=1920, height=800),
        note="padded to 1920x1080 first, then the subtitles burned in at the bottom, in the bar",
    ),
    do(
        "fresh43-16",
        'put a title/label on each of the 4 parts of the final video: top left "Raw video after '
        'preprocessing and motion correction", top right "After background removal", bottom left '
        '"Background", bottom right "Final cells"; black for the left 2, white for the right 2',
        [
            anywhere(
                step(
                    "text",
                    text="Raw video after preprocessing and motion correction",
                    position="top-left",
                    color=_INK,
                    **WHOLE,
                )
            ),
            anywhere(
                step(
                    "text",
                    text="After background removal",
                    position="top-right",
                    color=_WHITE,
                    **WHOLE,
                )
            ),
            anywhere(
                step(
                    "text",
                    text="Background",
                    position="bottom-left",
                    color=_INK,
                    **WHOLE,
                )
            ),
            anywhere(
                step("text", text="Final cells", position="bottom-right", color=_WHITE, **WHOLE)
            ),
        ],
        note="four labels, one in each corner, black on the left, white on the right, any order",
    ),
    do(
        "fresh43-17",
        "change the time lapse video from 1438 x 1078 to the 1440 x 1080 format (1080P format)",
        [
            step("resize", width=1440, height=1080)
            | step("resize", lines=1080)
            | step("resize", height=1080, width=None)
        ],
        probe=Probe(width=1438, height=1078),
        note="scaled to 1440x1080",
    ),
    ask(
        "fresh43-18",
        "crop the recording of the hockey game so viewers can focus on the action on the rink: the "
        "parent sat in the nose bleeds, so the rink is in the background, with distracting arms "
        "waving in the air and people shuffling about in the stands",
        "which part of the picture to keep (where the rink is, how much to crop)",
        (
            "which part",
            "which area",
            "where",
            "area",
            "region",
            "how much",
            "rectangle",
            "pixels",
            "position",
        ),
    ),
    ask(
        "fresh43-19",
        "make the cover video 820 x 462 for Facebook, with my copyright notice down in the lower "
        "right corner: I am a stickler for putting my copyright notice on everything",
        "the copyright notice's words (the name and year)",
        ("which text", "what text", "the text", "text", "words", "what should", "wording", "name"),
    ),
    ask(
        "fresh43-20",
        "re-run the awards bit of the AGM video with a different crop setting, so Hazel, who is "
        "just on the far right of the raw feed, should magically re-appear",
        "the crop: which area of the raw feed to keep (and where the awards bit is)",
        (
            "which part",
            "which area",
            "where",
            "area",
            "region",
            "how much",
            "pixels",
            "when",
            "which crop",
            "crop setting",
        ),
    ),
    ask(
        "fresh43-21",
        "de-squeeze the anamorphic video clip (2X, 1.5X, 1.8X, etc.), without needing to do it "
        "separately: so that it's less steps to work with anamorphic footage",
        "the squeeze factor (2x, 1.5x, 1.8x …)",
        ("factor", "squeeze", "which", "how much", "ratio", "stretch"),
    ),
    ask(
        "fresh43-22",
        "crop out the bottom section of the video: it has the time stamp from the video, and the "
        "top of the bike bag is shown",
        "how much of the bottom to crop",
        ("how much", "how many", "pixels", "percent", "how far", "height", "how tall", "amount"),
    ),
    out_of_scope(
        "fresh43-23",
        "crop the webcam's image input to 4:3 for the EyeToy games: my laptop's 720p 16:9 webcam "
        "image is squished to fit the 4:3 frame the game expects, so when it asks me to stretch my "
        "arms to the side they appear shorter",
        "the live webcam input of an emulator, not an edit of a file",
    ),
    out_of_scope(
        "fresh43-24",
        "rotate the video from my Ring Doorbell Pro in the homebridge-ring plugin: I mount the "
        "doorbell 90 degrees rotated to the left, because otherwise there is no place for it",
        "the live stream of a doorbell camera in HomeKit, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
