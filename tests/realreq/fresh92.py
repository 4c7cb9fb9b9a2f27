"""A ninety-second fresh, held-out collection of real requests (tests/realreq/fresh92.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh89's, the
rows are short, typical asks about the picture and its shape, like the development set's; all 12
come from GitHub issues of a stabilizer for action cameras, an aerial screensaver, a React Native
camera module, a YouTube channel's task list, a game-clip editor and a game-clip recorder, a
screen recorder, a project README, an OctoPrint camera plugin and a Home Assistant WebRTC card.
Each case follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals.
An `[extra input: …]` marker is left out of the request and the files it names are given as
assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import VERTICAL, WHOLE, AnyOf, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh92.md")

#: The Reels frame, 1080x1920, set after a crop to 9:16.
_REELS_SIZE = maybe(
    step("resize", width=1080, height=1920)
    | step("resize", lines=1080)
    | step("resize", width=1080, height=None)
)

CASES: tuple[Case, ...] = (
    do(
        "fresh92-01",
        "cut only a central strip of the horizontal 4K GoPro video, to export it in the standard "
        "for Instagram Reels",
        [step("crop", aspect="9:16"), _REELS_SIZE],
        [step("platform", platform="instagram_reels", fit="crop")],
        probe=Probe(width=3840, height=2160),
        note="a 9:16 strip from the centre of the 3840x2160 video (a 1080x1920 size may follow)",
    ),
    do(
        "fresh92-02",
        "apply a sharpen filter to the aerial video: it should make it a little better looking on "
        "retina displays",
        [step("sharpen", **WHOLE)],
        note="sharpened, any strength, all of it",
    ),
    do(
        "fresh92-03",
        "set the 1080p video's resolution to 480p or 720p for upload: users will be watching on "
        "their phones",
        [
            step("resize", lines=AnyOf(480, 720))
            | step("resize", height=AnyOf(480, 720), width=None)
            | step("resize", width=AnyOf(852, 853, 854), height=AnyOf(None, 480))
            | step("resize", width=1280, height=AnyOf(None, 720)),
            maybe(step("quality", level="small")),
        ],
        note="480p or 720p, the shape kept (a smaller-file setting may come with it)",
    ),
    do(
        "fresh92-04",
        "turn the short into a landscape video",
        [step("pad", aspect="16:9")],
        [step("blur_fill", aspect="16:9")],
        [step("platform", platform="youtube", fit="pad")],
        probe=VERTICAL,
        note="the 1080x1920 short fitted into 16:9, with bars of any colour or a blurred copy",
    ),
    do(
        "fresh92-05",
        "fix the clip's brightness: after exporting, it seems brighter than when exporting with "
        "the old EVE",
        [step("brightness", percent=Below(0), **WHOLE)],
        [step("gamma", gamma=Below(1), **WHOLE)],
        note="darker, any amount, all of it",
    ),
    do(
        "fresh92-06",
        "fix the recording of my 3440x1440 screen: it is squashed into 16:9 format, which makes it "
        "look completely unusable",
        [
            step("resize", width=3440, height=1440, fit=False)
            | step("resize", width=Between(2570, 2590), height=1080, fit=False)
            | step("resize", width=2560, height=Between(1068, 1075), fit=False)
            | step("resize", width=Between(1915, 1925), height=Between(800, 806), fit=False)
        ],
        probe=Probe(width=2560, height=1440),
        note="the 2560x1440 recording stretched back to the screen's 3440:1440 shape",
    ),
    do(
        "fresh92-07",
        "place the png logo on the upper right corner of the recording",
        [step("overlay_image", file="logo.png", position="top-right", **WHOLE)],
        assets=["logo.png"],
        note="the logo in the top-right corner, all of it",
    ),
    do(
        "fresh92-08",
        "show the title and location of the video (LAX airport, Los Angeles, USA) in the lower "
        "left corner as an overlay",
        [
            step(
                "text",
                text="LAX airport, Los Angeles, USA",
                position="bottom-left",
                **WHOLE,
            )
        ],
        note="the location's words in the bottom-left corner, all of it",
    ),
    ask(
        "fresh92-09",
        "overlay small text on the video showing its location, out of the way, like the lower "
        "left corner",
        "which text (the location's name is not given)",
        ("which text", "what text", "the text", "text", "location", "words", "what should"),
    ),
    ask(
        "fresh92-10",
        'shrink the README hero GIF: it eats up the whole screen of my 13" MacBook Pro',
        "how small (a width or a scale)",
        (
            "how small",
            "what size",
            "size",
            "width",
            "how much",
            "pixels",
            "dimension",
            "scale",
            "percent",
            "resolution",
        ),
    ),
    out_of_scope(
        "fresh92-11",
        "add brightness curves to my printer's webcam, to boost the brightness in dark areas but "
        "decrease it in already bright areas",
        "a setting of a 3D printer's live webcam in OctoPrint, not an edit of a file",
    ),
    out_of_scope(
        "fresh92-12",
        "keep the camera feed cropped by default in the webrtc card: each time I view it, I need "
        "to zoom in manually",
        "a Home Assistant dashboard card's live camera view, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
