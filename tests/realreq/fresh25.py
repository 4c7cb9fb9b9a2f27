"""A twenty-fifth fresh, held-out collection of real requests (tests/realreq/fresh25.md): one
checkable case a row, encoded the way fresh23.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh23's, the
rows are short, typical asks, like the development set's; all 23 come from GitHub threads (22
issues and 1 pull request) of camera and screen-capture software, GIF tools, converters and
editors, video libraries and scripts, and two AI projects. Each case follows its row's `expected`
column; `[no op]` and `[needs analysis]` rows are DOABLE refusals and `[out of scope]` rows
OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the request and the file it
names is given as an asset instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, WHOLE, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh25.md")

#: A still saved as an image, if the plan names its format.
_IMAGE = maybe(step("convert", format=AnyOf("png", "jpg")))

#: fresh25-08: the lower left quarter of a 2560x1920 capture (1280x960 at x=0, y=960).
_LOWER_LEFT = (
    step("crop_area", width=1280, height=960, x=0, y=960)
    | step("crop_area", width=1280, height=960, x=None, y=None, anchor="bottom-left")
    | step("crop_area", width=1280, height=960, x=0, y=None, anchor=AnyOf("bottom", "bottom-left"))
    | step("crop_edges", left=0, right=1280, top=960, bottom=0, unit="px")
    | step("crop_edges", left=0, right=50, top=50, bottom=0, unit="%")
)

#: fresh25-10: half of 1920x1080.
_HALF = (
    step("resize", percent=50)
    | step("resize", width=960, height=AnyOf(540, None))
    | step("resize", height=540, width=AnyOf(960, None))
    | step("resize", lines=540)
)

CASES: tuple[Case, ...] = (
    do(
        "fresh25-01",
        "my raspberry case only allows the camera to be oriented upside-down: flip the "
        "orientation so that the video is right-side-up again",
        [step("rotate", degrees=180)],
        [
            anywhere(step("flip", direction="horizontal")),
            anywhere(step("flip", direction="vertical")),
        ],
        note="a half turn (a vertical flip alone would leave the picture mirrored)",
    ),
    do(
        "fresh25-02",
        "the image in the file recorded with the front camera is mirrored: flip it",
        [step("flip", direction="horizontal")],
        note="mirrored back left to right",
    ),
    do(
        "fresh25-03",
        "cut the silence out of my 6:00 video: that's a lot of silence I don't have to edit",
        [step("remove_silence", where="all")],
        probe=Probe(duration=360.0),
        note="every silence cut, at any threshold",
    ),
    do(
        "fresh25-04",
        "speed the screen recording up to 1.25×, applied to both video and audio so they remain "
        "synchronized",
        [step("speed", factor=1.25, **WHOLE)],
        note="1.25x, picture and sound together",
    ),
    do(
        "fresh25-05",
        "convert the 24fps film to 25fps with the 4% speedup, with audio pitch compensation, for "
        "a PAL access copy",
        [
            anywhere(step("speed", factor=Between(1.038, 1.045), **WHOLE)),
            anywhere(step("fps", fps=25)),
        ],
        probe=Probe(fps=24.0),
        note="sped up by 25/24 (every frame kept) and played at 25 fps; the pitch kept",
    ),
    do(
        "fresh25-06",
        "change the 25 fps of the PAL-DVD back to 24 fps via a slowdown by 4.167%: the speedup "
        "gave the music a wrong tone, a bit shorter playtime and faster movements",
        [
            anywhere(step("speed", factor=Between(0.955, 0.962), **WHOLE)),
            anywhere(step("fps", fps=Between(23.97, 24.0))),
        ],
        probe=Probe(fps=25.0),
        note="slowed by 24/25 and played at 24 fps; the pitch is not checked",
    ),
    do(
        "fresh25-07",
        "store a copy of the 1080p60 recording at 1080p25 instead",
        [step("fps", fps=25), maybe(step("resize", lines=1080))],
        probe=Probe(fps=60.0),
        note="25 fps; the 1080p it already has may be set again",
    ),
    do(
        "fresh25-08",
        "crop the lower left quarter of the 2560x1920 capture",
        [_LOWER_LEFT],
        probe=Probe(width=2560, height=1920),
        note="the 1280x960 quarter at the bottom left",
    ),
    do(
        "fresh25-09",
        "letterbox the 10:9 video for my 4:3 screen: filling the screen causes its top and bottom "
        "to be cut off",
        [step("pad", aspect="4:3", color="black")],
        probe=Probe(width=800, height=720),
        note="all of the 10:9 picture shown in 4:3, with black bars at its sides",
    ),
    do(
        "fresh25-10",
        "downscale the recording's resolution to half size (960:540)",
        [_HALF],
        note="960x540 from 1920x1080",
    ),
    do(
        "fresh25-11",
        "hardcode the subtitle into the video, but keep the video exactly the same: it went from "
        "7 gig down to 3",
        [
            step("subtitles", file=AnyOf("subtitle.srt", None)),
            maybe(step("quality", level="high")),
            maybe(step("convert", format="mkv")),
        ],
        assets=["subtitle.srt"],
        note="burned in; a high-quality encode (the closest to the same) may come with it",
    ),
    do(
        "fresh25-12",
        "make the gif of the video play in reverse",
        [anywhere(step("reverse")), anywhere(GIF)],
        note="reversed and a GIF, either order",
    ),
    do(
        "fresh25-13",
        "create a thumbnail 3 seconds into the mp4 video I've transcoded",
        [step("still", at=3), _IMAGE],
        note="the frame at 0:03 as an image",
    ),
    do(
        "fresh25-14",
        "make my mini-screencast move faster: speed the resulting GIF up by 50% (gifify -s 1.5 "
        "my.mov)",
        [anywhere(step("speed", factor=1.5, **WHOLE)), anywhere(GIF)],
        note="1.5x and a GIF, either order",
    ),
    no_op(
        "fresh25-15",
        "cut the motionless portions only but keep the silence: I make videos without voice "
        "over or audio, and I do not want to remove the silence while there is motion",
        "needs analysis: finding the motionless stretches needs motion detection; "
        "remove_silence would cut by sound, the wrong thing",
    ),
    no_op(
        "fresh25-16",
        "stabilize the GoPro video from my car: take the edges of the speed bumps (vertical "
        "movement) and reduce the rotational movements, but leave the horizontal panning in slow "
        "curves unstabilized",
        "no op: stabilizing some axes only; stabilize smooths every axis, which makes the panning "
        "stepwise",
    ),
    ask(
        "fresh25-17",
        "slow the print timelapse down, making the build more dramatic: my prints do not take "
        "long, so it happens in a blink of an eye",
        "how much slower (a factor, or how long it should last)",
        (
            "how much",
            "how slow",
            "slower",
            "factor",
            "speed",
            "times",
            "how long",
            "duration",
            "percent",
        ),
    ),
    ask(
        "fresh25-18",
        "freeze a frame with a custom duration, and add an audio track to the frozen frame part",
        "which frame, how long, and which audio (no file given)",
        (*WHICH_PART, "which frame", "how long", "seconds", "audio", "file", "frame"),
    ),
    ask(
        "fresh25-19",
        "pad the gif with a white area on the top, on which I'd add a text",
        "how tall the white area is (how much padding)",
        ("how much", "how tall", "how high", "how big", "pixels", "height", "size", "aspect"),
    ),
    ask(
        "fresh25-20",
        "crop the full replay capture to the window contents only: it captures the whole "
        "display, including the Firefox window and decorations",
        "which area to keep (its size and position in pixels)",
        ("which", "where", "area", "region", "pixels", "size", "coordinates", "position"),
    ),
    out_of_scope(
        "fresh25-21",
        "extract a good static image of the license plate from the video, which suffers from "
        "motion blur and compression artifacts",
        "recovering detail the video does not hold (multi-frame deblurring, super-resolution) "
        "to read a plate",
    ),
    out_of_scope(
        "fresh25-22",
        "make left + right eye views of the 2D video, so as to convert it to 3D",
        "synthesizing a second viewpoint (depth estimation, novel-view generation)",
    ),
    out_of_scope(
        "fresh25-23",
        "upload the already captured video to youtube",
        "publishing to a service; not an edit of the file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
