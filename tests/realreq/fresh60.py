"""A sixtieth fresh, held-out collection of real requests (tests/realreq/fresh60.md): one
checkable case a row, encoded the way fresh57.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh57's, the
rows are short, typical asks, like the development set's; all 11 come from GitHub issues of a
game engine's movie player, a Laravel ffmpeg wrapper, motionEye, a UVC camera library, an
ultrawide browser extension, a video platform, a webcam mirror app, a slideshow video maker, an
allsky camera, a podcast-excerpt tool and an FPV goggles' firmware. Each case follows its row's
`expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]`
marker is left out of the request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import WHOLE, Above, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh60.md")

#: Lighter, by brightness or by lifted mid-tones, all of it.
_LIGHTER = step("brightness", percent=Above(0), **WHOLE) | step("gamma", gamma=Above(1), **WHOLE)

CASES: tuple[Case, ...] = (
    do(
        "fresh60-01",
        "zoom the 4:3 movie in to 16:9: it has really big blank space top and bottom, so simply "
        "stretch the video to the width, center it and cut the top and bottom",
        [step("crop", aspect="16:9"), maybe(step("resize"))],
        [step("crop_edges", top=60, bottom=60, left=0, right=0), maybe(step("resize"))],
        probe=Probe(width=640, height=480),
        note="the middle 640x360 of the 640x480 movie (a resize back up may come with it)",
    ),
    do(
        "fresh60-02",
        "put the watermark logo in the bottom left corner, so it sticks there whatever the "
        "video's resolution is",
        [step("overlay_image", file="logo.png", position="bottom-left", **WHOLE)],
        assets=["logo.png"],
        note="the logo in the bottom-left corner, all of it",
    ),
    do(
        "fresh60-03",
        "brighten the movie recorded at night: the movie file seems darker than the stream, it "
        "still shows up really dark",
        [anywhere(_LIGHTER), maybe(step("contrast", **WHOLE))],
        note="brighter (or lifted mid-tones), any amount; a contrast change may come with it",
    ),
    do(
        "fresh60-04",
        "remove the 4 green lines of pixels at the bottom of the video",
        [step("crop_edges", bottom=4, top=0, left=0, right=0)],
        note="the bottom 4 rows of pixels cropped off",
    ),
    do(
        "fresh60-05",
        "make the 16:9 video 21:9 with a blurred video on the sides instead of black bars: this "
        "would help prevent burn in on my OLED 21:9 monitor",
        [step("blur_fill", aspect="21:9")],
        note="fitted into 21:9 with blurred sides",
    ),
    do(
        "fresh60-06",
        "put the logo on the video so it actually stays on the video when downloaded",
        [step("overlay_image", file="logo.png", **WHOLE)],
        assets=["logo.png"],
        note="the logo burned in, any place, all of it",
    ),
    do(
        "fresh60-07",
        "flip the camera video vertically: because of the positioning of my camera in my setup, "
        "I have to mount it upside down",
        [step("flip", direction="vertical")],
        note="mirrored top to bottom",
    ),
    ask(
        "fresh60-08",
        "set the caption on top of the video instead of the bottom",
        "which caption (its words; no subtitle file is given)",
        ("which caption", "what caption", "caption", "text", "words", "subtitle", "what should"),
    ),
    ask(
        "fresh60-09",
        "rotate the video 90 degrees: I mistakenly installed the camera wrongly by 90 degree",
        "which way (clockwise or counter-clockwise)",
        ("which way", "which direction", "direction", "clockwise", "counter", "left or right"),
    ),
    ask(
        "fresh60-10",
        "put the episode title in the video excerpt",
        "which title (the episode's title is not given)",
        ("which title", "what title", "title", "text", "words", "what should", "episode"),
    ),
    out_of_scope(
        "fresh60-11",
        "add a zoom/crop mode to the goggles' video feed, for those of us whose camera doesn't "
        "support 16:9 mode: a simple zoom past 100% to fill the screen",
        "a display setting of FPV goggles' live video feed, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
