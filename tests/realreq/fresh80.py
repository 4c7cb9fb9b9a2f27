"""An eightieth fresh, held-out collection of real requests (tests/realreq/fresh80.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh77's, the
rows are short, typical asks, like the development set's; all 14 come from GitHub issues of a
security course's videos, a screencast course, a Discord bot, an automatic editor, a
screen-recording shrinker, a video agent, a church's site, a math platform's videos, an ffmpeg
wrapper, a screen capture tool, an ffmpeg GUI, a tutorial channel, a camera firmware hack and a
screen recorder. Each case follows its row's `expected` column; `[out of scope]` rows are
OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the request and the files it
names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .corpus import _joined
from .fresh2 import LOUDER
from .score import WHOLE, Above, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh80.md")

#: fresh80-07: a 9:16 picture, cut, barred, blurred at the sides or by a 9:16 platform preset.
_NINE_SIXTEEN = (
    step("crop", aspect="9:16")
    | step("pad", aspect="9:16")
    | step("blur_fill", aspect="9:16")
    | step(
        "platform",
        platform=AnyOf("instagram_reels", "instagram_story", "tiktok", "youtube_shorts"),
    )
)

CASES: tuple[Case, ...] = (
    do(
        "fresh80-01",
        "raise the volume of the video: it is too low, I have my laptop cranked up and cannot "
        "hear them talk",
        [LOUDER],
        [step("normalize")],
        note="louder by any amount, or brought to a normal loudness, all of it",
    ),
    do(
        "fresh80-02",
        "ensure the audio of the recording has consistent volume properties: it seems quieter",
        [step("normalize")],
        [LOUDER],
        note="brought to a normal loudness (or louder by any amount), all of it",
    ),
    do(
        "fresh80-03",
        "apply a Wondershare Video Editor watermark to the video, as a fun one: it has to be "
        "centered",
        [step("overlay_image", file="wondershare.png", position="center", **WHOLE)],
        assets=["wondershare.png"],
        note="the watermark image in the middle of the frame, all of it",
    ),
    do(
        "fresh80-04",
        "add background music with fade in/out automatically",
        [step("add_music", file="music.mp3", fade_in=Above(0), fade_out=Above(0), **WHOLE)],
        [
            anywhere(step("add_music", file="music.mp3", **WHOLE)),
            anywhere(step("fade", direction="in", target="audio")),
            anywhere(step("fade", direction="out", target="audio")),
        ],
        assets=["music.mp3"],
        note="the music under the video, faded in and out (any lengths); or the sound faded",
    ),
    do(
        "fresh80-05",
        "merge the recordings into one video: the demo was recorded in several takes",
        [step("join", clips=_joined(["take2.mov", "take3.mov"]), at="end")],
        assets=["take2.mov", "take3.mov"],
        note="the other takes after this one, in the order given",
    ),
    do(
        "fresh80-06",
        "add a text asset with the text 'xyz' and style it with fun aesthetics",
        [step("text", text="xyz", **WHOLE)],
        note="the words xyz over the video, any style and place, all of it",
    ),
    do(
        "fresh80-07",
        "make the video vertical for smart phones",
        [_NINE_SIXTEEN, maybe(step("resize"))],
        note="a 9:16 picture from the landscape video, by any fit",
    ),
    do(
        "fresh80-08",
        "trim the first 2:19 of the Sagemath video",
        [step("trim", start=Between(138.5, 139.5), end=AnyOf(None, Between(599.9, 600)))],
        [step("cut", start=0, end=Between(138.5, 139.5))],
        probe=Probe(duration=600.0),
        note="the first 139 s of the 10 min video taken off, the rest kept",
    ),
    do(
        "fresh80-09",
        "add a simple crossfade transition between the files when joining them",
        [
            step(
                "transition",
                clips=_joined(["clip2.mp4"]),
                at="end",
                style=AnyOf("fade", "dissolve", "fadefast", "fadeslow"),
            )
        ],
        assets=["clip2.mp4"],
        note="clip2 after the video with a crossfade, any length",
    ),
    ask(
        "fresh80-10",
        "trim down the video after capturing it, to just have the important segment of it",
        "which segment (where it starts and ends)",
        WHICH_PART,
    ),
    ask(
        "fresh80-11",
        "cut off the bad start and ending of the short video I took with my phone",
        "how much to cut at each end (the times)",
        ("how much", "how many seconds", "which", "where", "when", "start", "end", "seconds"),
    ),
    ask(
        "fresh80-12",
        "show our logo briefly at the start and the end of the tutorial video, to give viewers "
        "a consistent experience",
        "which logo (the image file)",
        ("logo", "image", "file", "which", "asset", "provide", "png"),
    ),
    out_of_scope(
        "fresh80-13",
        "add an option in the camera's configuration file to flip the video upside down: most "
        "of these cameras are hanging on the ceiling",
        "a setting of a camera firmware (its live video), not an edit of a file",
    ),
    out_of_scope(
        "fresh80-14",
        "add a watermark while recording and streaming with the screencaster",
        "a watermark on a screen recorder's live capture and stream, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
