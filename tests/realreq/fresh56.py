"""A fifty-sixth fresh, held-out collection of real requests (tests/realreq/fresh56.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh53's, the
rows are short, typical asks, like the development set's, leaning to framing and picture; all 13
come from GitHub issues of a screen recorder, a TV media player, an anime downloader, three
desktop players, a doorbell camera's firmware, two YouTube clients, a camera firmware, a WebM
cutter, a synthesizer's video recorder and a CCTV viewer. Each case follows its row's `expected`
column; `[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left
out of the request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import WHOLE, Above, AnyOf, Below, Between, Case, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh56.md")

#: Lighter, by gamma (what the person does now) or by brightness, all of it.
_LIGHTER = step("gamma", gamma=Above(1), **WHOLE) | step("brightness", percent=Above(0), **WHOLE)
#: Darker, by brightness or by gamma, all of it.
_DIMMER = step("brightness", percent=Below(0), **WHOLE) | step("gamma", gamma=Below(1), **WHOLE)
#: Gray letters, by name or as a gray #rrggbb.
_GRAY = AnyOf(
    "gray",
    "grey",
    "silver",
    "#808080",
    "#888888",
    "#999999",
    "#a0a0a0",
    "#aaaaaa",
    "#bbbbbb",
    "#c0c0c0",
    "#cccccc",
)

#: 25% less colour, all of it ("saturation down -25").
_LESS_SATURATED = step("saturation", percent=Between(-30, -20), **WHOLE)
#: 8% more contrast, all of it ("contrast up +8").
_MORE_CONTRAST = step("contrast", percent=Between(5, 12), **WHOLE)
#: A dark box behind the subtitle lines.
_DARK_BOX = AnyOf(
    "black", "#000000", "#000", "#111111", "#222222", "#333333", "gray", "grey", "#808080"
)

CASES: tuple[Case, ...] = (
    do(
        "fresh56-01",
        "increase the gamma of the game recording: it came out too dark",
        [_LIGHTER],
        note="the mid-tones lifted (gamma above 1), or brighter, all of it",
    ),
    do(
        "fresh56-02",
        "burn in the subtitles in gray: white subtitles are too bright on OLED displays",
        [step("subtitles", file=AnyOf("subs.srt", None), color=_GRAY)],
        assets=["subs.srt"],
        note="the .srt burned in with gray letters",
    ),
    do(
        "fresh56-03",
        "burn in the subtitles smaller: the burnt in subs are MASSIVE",
        [step("subtitles", file=AnyOf("subs.srt", None), size="small")],
        assets=["subs.srt"],
        note="the .srt burned in with small letters",
    ),
    do(
        "fresh56-04",
        "crop the widescreen Buffy episode to 4:3, keeping the center of the frame: I want to "
        "watch it in 4:3 instead of the widescreen version",
        [
            step("crop", aspect="4:3")
            | step(
                "crop_area",
                width=1440,
                height=1080,
                x=AnyOf(None, 240),
                y=AnyOf(None, 0),
                anchor=AnyOf("center", None),
            )
        ],
        note="the centre 4:3 of the 16:9 picture (1440x1080 of 1920x1080)",
    ),
    do(
        "fresh56-05",
        "mirror the video: not rotate it, but flip it left to right",
        [step("flip", direction="horizontal")],
        note="mirrored left to right, not turned",
    ),
    do(
        "fresh56-06",
        "rotate the doorbell camera's video 90 degrees: I have mounted the unit on my Roborock "
        "vacuum and can't have it standing up",
        [step("rotate", degrees=AnyOf(90, 270))],
        note="a quarter turn (the way is not said)",
    ),
    do(
        "fresh56-07",
        "dim the video: I like to put on dark screen videos when I go to sleep, but they aren't "
        "truly dark all the time",
        [_DIMMER],
        note="darker, any amount, all of it",
    ),
    do(
        "fresh56-08",
        "turn the saturation down by 25 and the contrast up by 8: the test clip shows extremely "
        "oversaturated red colors",
        [_LESS_SATURATED, _MORE_CONTRAST],
        [_MORE_CONTRAST, _LESS_SATURATED],
        note="25% less saturation and 8% more contrast, either first, all of it",
    ),
    do(
        "fresh56-09",
        "burn in the subtitles with a background behind them: white without a background, they "
        "mix with the video, and even with a large font the text is sometimes hard to read",
        [
            step("subtitles", file=AnyOf("subs.srt", None), background=_DARK_BOX)
            | step("subtitles", file=AnyOf("subs.srt", None), color=AnyOf("black", "#000000"))
        ],
        assets=["subs.srt"],
        note="the .srt burned in with a dark box behind the lines (or in black letters)",
    ),
    do(
        "fresh56-10",
        "make the night-mode video grayscale: the picture is purple, it should be grayscale like "
        "in auto night mode",
        [step("grayscale", **WHOLE)],
        note="black and white, all of it",
    ),
    ask(
        "fresh56-11",
        "rotate the video: 90°, 180° or 270°",
        "which angle (90°, 180° or 270°; which way)",
        ("which", "angle", "degrees", "how far", "direction", "clockwise", "way"),
    ),
    ask(
        "fresh56-12",
        "take the menu bar at the top out of the video recording: it doesn't need to be in the "
        "video",
        "how tall the menu bar is (how much to crop off the top)",
        ("how tall", "how much", "how many", "pixels", "height", "px", "percent", "%"),
    ),
    out_of_scope(
        "fresh56-13",
        "label each camera's viewport on the 9 view screen with the name of its hallway: I have "
        "over 9000 cameras in service",
        "labels on a live CCTV viewer's viewports, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
