"""A sixty-second fresh, held-out collection of real requests (tests/realreq/fresh62.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh61's, the
rows are short, typical asks, like the development set's; all 19 are example prompts the authors
of natural-language video tools wrote: the skill test prompts of a ComfyUI ffmpeg node and the
Japanese README of an LLM ffmpeg assistant. Each case follows its row's `expected` column;
`[out of scope]` rows are OUT-OF-SCOPE refusals."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import WHOLE, Above, AnyOf, Between, Case, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh62.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh62-01",
        "Boost the saturation to make colors more vibrant",
        [step("saturation", percent=Above(0), **WHOLE)],
        note="more vivid colours, any amount, all of it",
    ),
    do(
        "fresh62-02",
        "Fade in from black over 2 seconds",
        [step("fade", direction="in", duration=2, target=AnyOf("video", "both"))],
        note="a 2 s fade in from black at the start, of the picture (and the sound)",
    ),
    do(
        "fresh62-03",
        "Add the text 'Hello World' in yellow at the bottom",
        [step("text", text="Hello World", position="bottom", color="yellow", **WHOLE)],
        note="the words in yellow at the bottom of the frame, all of it",
    ),
    do(
        "fresh62-04",
        "Fade the audio in over 3 seconds",
        [step("fade", direction="in", duration=3, target="audio")],
        note="the sound fades in over the first 3 s; the picture untouched",
    ),
    do(
        "fresh62-05",
        "Apply a film noir black and white style",
        [
            anywhere(step("grayscale", **WHOLE)),
            maybe(step("contrast", percent=Above(0), **WHOLE)),
            maybe(step("vignette")),
        ],
        note="black and white, all of it (more contrast and dark corners may come with it)",
    ),
    do(
        "fresh62-06",
        "Apply slow motion at half speed",
        [step("speed", factor=0.5, **WHOLE)],
        note="all of it at half speed",
    ),
    do(
        "fresh62-07",
        "Cool down the color temperature",
        [step("look", style="cool", **WHOLE)],
        note="bluer, cooler tones, all of it",
    ),
    do(
        "fresh62-08",
        "Freeze the frame at 3 seconds for 2 seconds",
        [step("freeze", at=3, seconds=2)],
        note="the frame at 3 s held for 2 s, then play on",
    ),
    do(
        "fresh62-09",
        "Compress the video to reduce file size",
        [step("quality", level="small")],
        note="a smaller file; no size is given, so no size target",
    ),
    do(
        "fresh62-10",
        "Apply a vintage old film look",
        [step("look", style="vintage", **WHOLE)],
        note="the vintage look, all of it",
    ),
    do(
        "fresh62-11",
        "Sharpen the video",
        [step("sharpen", **WHOLE)],
        note="sharper, any strength, all of it",
    ),
    do(
        "fresh62-12",
        "Adjust gamma to brighten the midtones",
        [step("gamma", gamma=Above(1), **WHOLE)],
        note="the mid-tones lightened by a gamma above 1, all of it",
    ),
    do(
        "fresh62-13",
        "Apply a soft blur with radius 10",
        [step("blur", strength=Between(9, 11), **WHOLE)],
        note="a blur of radius 10 px, all of it",
    ),
    do(
        "fresh62-14",
        "Upscale the video 2x with Lanczos filtering",
        [
            step("resize", percent=200)
            | step("resize", width=3840)
            | step("resize", height=2160)
            | step("resize", lines=2160)
        ],
        note="twice the size: 3840x2160 of the 1920x1080 video",
    ),
    do(
        "fresh62-15",
        "clip out only the first 30 seconds",
        [step("trim", start=0, end=30)],
        note="the first 30 s kept, the rest dropped",
    ),
    ask(
        "fresh62-16",
        "Add a watermark in the bottom right corner",
        "which watermark (an image file or the words)",
        ("which", "what", "image", "logo", "text", "file", "words", "watermark"),
    ),
    ask(
        "fresh62-17",
        "Add an intro segment to the beginning",
        "which intro clip (no file given)",
        ("which", "what", "intro", "clip", "file", "video"),
    ),
    ask(
        "fresh62-18",
        "Speed up the footage to create a timelapse",
        "how much faster (no factor or target length given)",
        ("how much", "how many", "faster", "speed", "factor", "how fast", "how long", "length"),
    ),
    out_of_scope(
        "fresh62-19",
        "Package for HLS streaming",
        "packaging a video into HLS segments and a playlist for adaptive streaming, not an edit of "
        "the file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
