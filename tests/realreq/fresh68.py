"""A sixty-eighth fresh, held-out collection of real requests (tests/realreq/fresh68.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh65's, the
rows are short, typical asks, like the development set's; all 18 come from GitHub issues and
pull requests of webcam, streaming and conferencing tools: a virtual camera output for OBS, a
HomeKit camera, an OBS multi-output plugin, a webcam app, an ambient-light project, an allsky
camera, BigBlueButton, a restreamer, a screen recorder library, motionEyeOS, a KVM, a
licence-plate reader, Jitsi Meet, a screen recorder, a traffic counter and an HDMI capture
board's firmware. Each case follows its row's `expected` column; `[out of scope]` rows are
OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the request and the files it
names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import WHOLE, Above, AnyOf, Between, Case, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh68.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh68-01",
        "do a horizontal flip of the video: it is horizontally flipped, which means the text, the "
        "webcam etc. are wrong",
        [step("flip", direction="horizontal")],
        note="mirrored left to right",
    ),
    do(
        "fresh68-02",
        "rotate the camera image by 180°: my Pi has to be mounted upside down for cabling reasons",
        [step("rotate", degrees=180)],
        [step("flip", direction="horizontal"), step("flip", direction="vertical")],
        [step("flip", direction="vertical"), step("flip", direction="horizontal")],
        note="turned the right way up: a half turn (or both flips)",
    ),
    do(
        "fresh68-03",
        "rotate the video by 90 degrees, so that it stays in full screen on platforms like "
        "Instagram",
        [step("rotate", degrees=AnyOf(90, 270))],
        note="a quarter turn, either way (the way is not said)",
    ),
    do(
        "fresh68-04",
        "add a basic text overlay to my webcam video: just a text that says 'hello' on top of it",
        [step("text", text="hello", **WHOLE)],
        note="the word hello over the picture, any place, all of it",
    ),
    do(
        "fresh68-05",
        "increase the saturation of the webcam video, so light red is red",
        [step("saturation", percent=Above(0), **WHOLE)],
        note="more colour, any amount, all of it",
    ),
    do(
        "fresh68-06",
        "reduce the saturation of the RPi HQ camera's video",
        [step("saturation", percent=Between(-99, -1), **WHOLE)],
        note="less colour, any amount short of none, all of it",
    ),
    do(
        "fresh68-07",
        "change the camera's video to black and white: the stars and star trails come out colored",
        [step("grayscale", **WHOLE) | step("saturation", percent=-100, **WHOLE)],
        note="black and white, all of it",
    ),
    do(
        "fresh68-08",
        "normalize the webcam aspect ratio: make the 16:9 camera video appear as 4:3, instead of "
        "black bars on top and bottom",
        [
            step("crop", aspect="4:3")
            | step("crop_area", width=1440, height=1080, anchor="center", x=None, y=None)
            | step("crop_area", width=1440, height=1080, x=240, y=AnyOf(None, 0))
        ],
        note="cropped to 4:3 from the middle, filling the frame (no bars)",
    ),
    do(
        "fresh68-09",
        "embed a logo in the video before sending it to YouTube",
        [step("overlay_image", file="logo.png", **WHOLE)],
        assets=["logo.png"],
        note="the logo over the video, any place, all of it",
    ),
    do(
        "fresh68-10",
        "include a watermark or logo in the recorded video",
        [step("overlay_image", file="logo.png", **WHOLE)],
        assets=["logo.png"],
        note="the logo over the video, any place, any opacity, all of it",
    ),
    do(
        "fresh68-11",
        "tweak the brightness of the camera video: it simply gets too dark at night",
        [step("brightness", percent=Above(0), **WHOLE) | step("gamma", gamma=Above(1), **WHOLE)],
        note="brighter (or lighter mid-tones), any amount, all of it",
    ),
    do(
        "fresh68-12",
        "make the video more vibrant and colorful: I personally like it more when contrast and "
        "brightness is a bit increased",
        [
            anywhere(step("contrast", percent=Between(1, 40), **WHOLE)),
            anywhere(step("brightness", percent=Between(1, 25), **WHOLE)),
            maybe(step("saturation", percent=Above(0), **WHOLE)),
        ],
        note="a bit more contrast and a bit brighter, either order; more colour may come too",
    ),
    do(
        "fresh68-13",
        "crop the center of the video to 480x360 instead of resizing it down, so the licence "
        "plate can be recognised from a much longer distance",
        [
            step("crop_area", width=480, height=360, anchor="center", x=None, y=None)
            | step("crop_area", width=480, height=360, x=720, y=360)
        ],
        note="a 480x360 area from the middle of the 1920x1080 picture, not scaled",
    ),
    ask(
        "fresh68-14",
        "crop/zoom the camera's view: this Logitech BRIO has a wide view of my office, far wider "
        "than anyone needs",
        "which part to keep, or how much to crop",
        (*WHICH_PART, "how much", "area", "region", "size", "aspect"),
    ),
    ask(
        "fresh68-15",
        "crop the webcam video to the desired aspect ratio: cropping to e.g. 1:1, 4:3 or 16:9 "
        "seems frequent",
        "which aspect ratio",
        ("which", "aspect", "ratio", "what shape", "desired"),
    ),
    ask(
        "fresh68-16",
        "zoom the camera video to exclude the trees",
        "which part to keep (where the trees are)",
        (*WHICH_PART, "how much", "area", "region", "trees"),
    ),
    ask(
        "fresh68-17",
        "add a friendly name as a video overlay: it would be useful for identifying it when "
        "dealing with multiple cameras",
        "which name (the words)",
        ("which name", "what name", "the name", "name", "which text", "what text", "words"),
    ),
    out_of_scope(
        "fresh68-18",
        "enable a digital zoom on my webcam, so I can tap or click to zoom for close-ups in the "
        "middle of the conference",
        "a digital zoom worked live by a participant in a video conference, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
