"""A hundred-and-eighth fresh, held-out collection of real requests (tests/realreq/fresh108.md):
one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh105's, the
rows are short, typical asks, like the development set's; they come from GitHub issues of a
screen recorder, a dashcam viewer, a subtitle tool, a Bilibili downloader, a video cutter, a
recording SDK, a youtube-dl wrapper, a logo overlay tool, an offline-content packager, a GNOME
screencast extension, a chat-bot link parser, a GPU image library, a frame extractor and a
live-stream recorder, most of them written in Chinese, Japanese or Russian. Each case follows its
row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]`
marker is left out of the request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import WHOLE, AnyOf, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh108.md")

#: A still saved as an image, by the still operation's own format or a conversion.
_IMAGE = maybe(step("convert", format=AnyOf("png", "jpg")))
#: A smaller-file setting that may come with a smaller picture.
_SMALLER = maybe(step("quality", level=AnyOf("small", "balanced")))
#: A high-resolution (4K) video.
_4K = Probe(width=3840, height=2160)
#: The 3840x2160 video scaled down, its shape kept: any smaller size.
_DOWN = (
    step("resize", lines=Below(2160))
    | step("resize", height=Below(2160), width=AnyOf(None, Below(3840)))
    | step("resize", width=Below(3840), height=AnyOf(None, Below(2160)))
    | step("resize", percent=Below(100))
)

CASES: tuple[Case, ...] = (
    do(
        "fresh108-01",
        "make the recorded video's file size a bit smaller: FastStone Capture's recordings are "
        "very small",
        [step("quality", level="small")],
        [step("compress")],
        [step("resize", lines=Below(1080)), _SMALLER],
        [step("resize", height=Below(1080)), _SMALLER],
        [step("resize", percent=Below(100)), _SMALLER],
        note="a smaller file: a smaller-file setting, a size target or a smaller picture",
    ),
    do(
        "fresh108-02",
        "export the dashcam clip in picture-in-picture mode",
        [step("pip", file="rear.mp4", **WHOLE)],
        assets=["rear.mp4"],
        note="the second camera's clip as a picture-in-picture over the clip, any place, all of it",
    ),
    do(
        "fresh108-03",
        'add the text watermark "Web3天空之城" above the subtitles',
        [step("text", text="Web3天空之城", **WHOLE)],
        note="the words as a watermark over all of it, any place",
    ),
    do(
        "fresh108-04",
        "downscale the high-resolution video, to cut its size for the phone",
        [_DOWN, _SMALLER],
        probe=_4K,
        note="the 3840x2160 video made smaller (720p, 480p, 360p or any smaller size)",
    ),
    do(
        "fresh108-05",
        "join the video files the SJCAM SJ4000 split at 4 GB, due to a size limitation in the "
        "FAT32 file system",
        [step("join", clips=["part2.mp4"], at="end")],
        assets=["part2.mp4"],
        note="the second part played after the first",
    ),
    do(
        "fresh108-06",
        "add anti-shake to the recorded video",
        [step("stabilize")],
        note="the camera shake smoothed away",
    ),
    do(
        "fresh108-07",
        "make the 60fps video 30fps: that's all my hardware can handle",
        [step("fps", fps=30)],
        probe=Probe(fps=60.0),
        note="30 frames a second, same length",
    ),
    do(
        "fresh108-08",
        "export the video with the logo in the bottom right corner, logo size 20%, visible for "
        "the whole video",
        [
            step(
                "overlay_image",
                file="logo.png",
                position="bottom-right",
                size=Between(19, 21),
                **WHOLE,
            )
        ],
        assets=["logo.png"],
        note="the logo bottom right, a fifth of the width, all of it",
    ),
    do(
        "fresh108-09",
        "extract a cover picture of the video: pick some frame from the video",
        [step("still"), _IMAGE],
        note="any frame of the video, as an image",
    ),
    do(
        "fresh108-10",
        "reduce the screencast's resolution, so that its file size is reasonable: my monitor has "
        "a large resolution",
        [_DOWN, _SMALLER],
        probe=_4K,
        note="the 3840x2160 screencast made smaller (75%, 50%, 33% or any smaller size)",
    ),
    ask(
        "fresh108-11",
        "cut out the xx:xx-xx:xx clip of the Bilibili video, as it is longer than the maximum "
        "length",
        "which times (the range is a placeholder)",
        ("which times", "which part", "xx:xx", *WHICH_PART),
        probe=Probe(duration=600.0),
    ),
    ask(
        "fresh108-12",
        "add a text watermark to the video",
        "which text (the words)",
        ("which text", "what text", "the text", "text", "words", "what should"),
    ),
    ask(
        "fresh108-13",
        "extract only ONE frame of the video, a specific frame",
        "which frame (a time)",
        ("which frame", "which", "when", "time", "second", "at what", "where"),
    ),
    out_of_scope(
        "fresh108-14",
        "while I watch the live stream, save the past x minutes with one key, like the shadow "
        "time in NVIDIA's driver",
        "clipping a live stream as it is recorded, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
