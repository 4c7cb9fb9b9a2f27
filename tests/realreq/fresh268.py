"""A two-hundred-and-sixty-eighth fresh, held-out collection of real requests
(tests/realreq/fresh268.md): one checkable case a row, encoded the way fresh265.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh265's, the
rows are short, typical asks; 14 come from GitHub issues of camera, video and fitness tools and
one from a hockey fan's blog post: a picture mirrored to follow moves on the TV, a promo cropped
to a 1080x1920 story, a handlebar ride cut to 6 seconds, a Yi 4k+ video's volume, two clips side
by side, a watermark image, a shaky app recording, a 240 fps recording in slow motion, a frame
saved as a picture, a 4k proxy, a GoPro Hero 10 video a viewer won't show, a lost dashcam
recording, a dashcam loop buffer, an MP4 for sharing, a hockey game without its stoppages.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    AnyOf,
    Between,
    Case,
    Probe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh268.md")

#: The 9:16, 1080x1920 platforms.
TALL = AnyOf("instagram_story", "instagram_reels", "tiktok", "youtube_shorts")
#: A 9:16 crop made 1080x1920.
TO_1080X1920 = step("resize", width=1080, height=1920) | step("resize", lines=1080)

CASES: tuple[Case, ...] = (
    do(
        "fresh268-01",
        "mirror the picture of this video (flip it left to right): it is useful when watching "
        "some moves on the TV to follow along and practice",
        [step("flip", direction="horizontal")],
        probe=Probe(duration=600.0, width=1920, height=1080),
        note="mirrored left to right",
    ),
    do(
        "fresh268-02",
        "make a cropped version of this 1920x1080 promotional video for viewing at a resolution "
        "of 1080x1920 pixels (Instagram story format)",
        [step("platform", platform=TALL, fit="crop")],
        [step("crop", aspect="9:16"), TO_1080X1920],
        probe=Probe(duration=30.0, width=1920, height=1080),
        note="cropped to 9:16, 1080x1920",
    ),
    ask(
        "fresh268-03",
        "cut this long continuous stretch I captured with my phone mounted on the handlebars "
        "during a group ride down to the 6 seconds (or less) I actually want",
        "which 6 seconds (where they start)",
        (*WHICH_PART, "which 6 seconds", "moment"),
        probe=Probe(duration=1200.0, width=1080, height=1920),
    ),
    ask(
        "fresh268-04",
        "adjust the audio volume of this Yi 4k+ video",
        "louder or quieter, and by how much",
        ("louder", "quieter", "how much", "how loud", "which way", "level", "percent", "db"),
        probe=Probe(duration=120.0, width=3840, height=2160),
    ),
    no_op(
        "fresh268-05",
        "do a side by side comparison of this control clip and the sample clip",
        "no op",
        assets=["sample.mp4"],
        probe=Probe(duration=30.0, width=720, height=486, fps=29.97),
        note="two clips stacked side by side: no operation does it",
    ),
    ask(
        "fresh268-06",
        "add a watermark image to this video",
        "which image (a file), and where",
        ("which image", "image file", "logo file", "watermark file", "file", "image", "which"),
        probe=Probe(duration=30.0, width=1280, height=720),
    ),
    do(
        "fresh268-07",
        "stabilize this video recording from my app: it is very shaky",
        [step("stabilize")],
        probe=Probe(duration=20.0, width=1920, height=1080),
        note="steadied",
    ),
    do(
        "fresh268-08",
        "make this video I recorded at 240 fps play in slow motion: played normally it is not "
        "slow motion",
        [step("speed", factor=Between(0.12, 0.5))],
        [step("speed", factor=Between(0.12, 0.5)), step("fps", fps=Between(24, 60))],
        probe=Probe(duration=5.0, width=1280, height=720, fps=240.0),
        note="slowed 2-8x (240 fps shown at 30-120)",
    ),
    ask(
        "fresh268-09",
        "take a frame of this video and save it as a tif or jpg file",
        "which frame (a time)",
        (*WHICH_PART, "which frame", "frame", "timestamp", "second"),
        probe=Probe(duration=90.0, width=1920, height=1080),
    ),
    do(
        "fresh268-10",
        "make a lower-resolution proxy of this 4k video: OpenShot crashes every time while I am "
        "editing 4k video (I'm not using the fastest and newest computer)",
        [step("resize", lines=Between(360, 1080))],
        [step("resize", percent=Between(10, 50))],
        [step("resize", width=Between(640, 1920))],
        [step("resize", height=Between(360, 1080))],
        probe=Probe(duration=300.0, width=3840, height=2160),
        note="a 1080p or smaller copy",
    ),
    do(
        "fresh268-11",
        "make this 4K GoPro Hero 10 video (4K 30 frames) show up in the viewer: 4K GoPro footage "
        "doesn't show up, some DJI drone footage is working but not all",
        [step("codec", codec="h264")],
        probe=Probe(duration=60.0, width=3840, height=2160, fps=30.0),
        note="the H.265 GoPro footage re-encoded as H.264",
    ),
    out_of_scope(
        "fresh268-12",
        "get back the dashcam recording of the van that reversed into my boot: I viewed it on "
        "the car's screen, but the earliest recording from today is the minute after the incident",
        "recovering a recording that the file does not hold",
        probe=Probe(duration=60.0, width=1280, height=960, fps=36.0, has_audio=False),
    ),
    out_of_scope(
        "fresh268-13",
        "instead of recording everything from start to finish, only keep up to a certain "
        "timeframe of recordings, automatically discarding it unless I hit save, for proper "
        "dashcam usage",
        "a recording app's loop buffer, not an edit of a given file",
        probe=Probe(duration=600.0, width=1920, height=1080),
    ),
    do(
        "fresh268-14",
        "save this video as MP4 so it can be used for video sharing",
        [step("convert", format="mp4")],
        probe=Probe(duration=15.0, width=1280, height=720),
        note="an MP4",
    ),
    no_op(
        "fresh268-15",
        "cut all the pauses between plays out of this recorded Canucks game, showing every "
        "second of actual play and leaving in a few seconds before a face-off and after a stop "
        "in play",
        "needs analysis",
        probe=Probe(duration=9000.0, width=1920, height=1080),
        note="finding the stoppages of play needs an analysis promptcut does not have",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
