"""A three-hundred-and-seventy-second fresh, held-out collection of real requests
(tests/realreq/fresh372.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh369's, the
rows are short, typical asks; 12 come from GitHub issues and two from Blender Stack Exchange
questions (animators and 3D artists: Blender, Waifu2x-Extension-GUI, Javis, img2vid, meemoo, a
ComfyUI sampler, gifme, dodoc, OpenShot, ViTransfer, excalidraw-animate, a glTF viewer and
Pencil2D): a finished animation from 24 to 30 fps at the same speed, an upscaled GIF made an MP4
or WebM, an animation reversed, a GIF as an animated watermark, a GIF under 1 MB for tumblr, a
flicker, a boomerang of a cat coming out of a box, a spinning earth a little too fast, one
stop-motion image held longer, a pixel animation scaled up crisply, a player's loop toggle,
reverse playback in an app, a 3D viewer recorded and an export out of sync.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh372.md")

_NO_SOUND = {"has_audio": False}

CASES: tuple[Case, ...] = (
    do(
        "fresh372-01",
        "change the frame rate of this finished animation from 24 fps to 30 without making the "
        "animation speed up or slow down",
        [step("fps", fps=30)],
        probe=Probe(duration=20.0, fps=24.0, **_NO_SOUND),
        note="30 fps by repeating frames: the same length and timing",
    ),
    do(
        "fresh372-02",
        "encode this upscaled GIF into a more optimized format such as MP4, WebP or WebM: "
        "upscaling it increased its size intolerably",
        [step("convert", format="mp4")],
        [step("convert", format="webm")],
        probe=Probe(duration=5.0, width=960, height=540, fps=15.0, **_NO_SOUND),
        note="the GIF as an MP4 or a WebM video",
    ),
    do(
        "fresh372-03",
        "reverse this animation: there is no easy way to reverse an animation",
        [step("reverse")],
        probe=Probe(duration=10.0, **_NO_SOUND),
        note="played backwards",
    ),
    do(
        "fresh372-04",
        "use this GIF as the watermark on the video, so that the watermark is animated",
        [step("overlay_image", file="watermark.gif")],
        [step("pip", file="watermark.gif")],
        assets=["watermark.gif"],
        probe=Probe(duration=60.0),
        note="the GIF put over the video as its watermark",
    ),
    do(
        "fresh372-05",
        "make this animation a GIF under 1 MB for tumblr, with reduced colors (64, 128 or 256) "
        "and dithering: GIFs have to be < 1MB for tumblr",
        [anywhere(GIF), maybe(step("resize")), maybe(step("fps"))],
        probe=Probe(duration=4.0, width=640, height=480, fps=24.0, **_NO_SOUND),
        note="a small GIF (no operation sets a GIF's colours or a size target)",
    ),
    no_op(
        "fresh372-06",
        "reduce the flicker in this generated video: the flickering is a bit too obvious",
        "no op: a deflicker, the picture evened out from frame to frame",
        probe=Probe(duration=4.0, width=512, height=512, fps=8.0, **_NO_SOUND),
    ),
    no_op(
        "fresh372-07",
        "add the same frames again in reverse order after this GIF of a cat coming out of a "
        "box, making a complete, unbroken animation",
        "no op: a boomerang, played forward and then reversed",
        probe=Probe(duration=3.0, width=400, height=300, fps=10.0, **_NO_SOUND),
    ),
    ask(
        "fresh372-08",
        "slow down this video of the burning earth: I let the earth turn in 10 seconds, and it "
        "seems a little too fast",
        "how much slower, or how long a turn should take",
        ("how much", "how many", "how slow", "how long", "factor", "percent", "seconds"),
        probe=Probe(duration=10.0, **_NO_SOUND),
    ),
    ask(
        "fresh372-09",
        "duplicate one image of this stop-motion animation, to make the time longer on just "
        "that image",
        "which image, and for how long",
        (*WHICH_PART, "which image", "which frame", "how long"),
        probe=Probe(duration=30.0, fps=12.0, **_NO_SOUND),
    ),
    ask(
        "fresh372-10",
        "scale up this low-res pixel animation, keeping the pixels crisp with nearest neighbor "
        "scaling rather than the default linear scaling",
        "to what size (no size or factor is given)",
        ("what size", "how big", "how large", "resolution", "factor", "times", "which size"),
        probe=Probe(duration=10.0, width=320, height=180, fps=12.0, **_NO_SOUND),
    ),
    out_of_scope(
        "fresh372-11",
        "add a loop playback toggle to the video player, so clients can watch a mood film "
        "continuously and judge how seamlessly the clip loops",
        "a player's loop button on a review site, not an edit of a video file",
    ),
    out_of_scope(
        "fresh372-12",
        "play this animation backwards just like a video, in the app itself with a progress "
        "bar: a video is not an option for me",
        "reverse playback in a drawing app's animation player, not an edit of a video file",
    ),
    out_of_scope(
        "fresh372-13",
        "record a GIF of my 3D model in the viewer, to upload as a 3D preview",
        "recording a 3D viewer's screen, not an edit of a video file",
    ),
    out_of_scope(
        "fresh372-14",
        "make Pencil2D export my animation as a movie that lines up with the audio: when I "
        "export it, the animation does not line up with the audio and ends up speeding up",
        "a program's export bug, not an edit of a given video",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
