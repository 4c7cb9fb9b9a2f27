"""A three-hundred-and-twenty-fifth fresh, held-out collection of real requests
(tests/realreq/fresh325.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh321's, the
rows are short, typical asks; all 18 come from GitHub issues (animators and pixel artists:
Aseprite, Bligify, Gifski, mwEmbed, Synfig, Storyboarder, SpineViewer, OpenToonz, gifsicle,
Piskel, Photopea, Lottie, a Blender add-on and a wallpaper program): a 5 frame GIF scaled to
1000%, GIFs at exactly 30 and at 60 fps, a GIF made a video, a mov with alpha made a webm, a
lossless Synfig render made to play, an animatic cut to its audio, an extra frame cut off,
transparency filled with white and with black, a GIF that plays once, a GIF bigger by no amount,
a GIF faster by no amount, 2x/4x/8x, Lottie files rendered, a Blender add-on's output, a
wallpaper's scaling and a ping-pong playback mode.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import GIF, AnyOf, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh325.md")

_NO_SOUND = {"has_audio": False}
#: Played anywhere: an MP4 (or a webm, or a mov).
_VIDEO = step("convert", format=AnyOf("mp4", "webm", "mov"))

CASES: tuple[Case, ...] = (
    do(
        "fresh325-01",
        "export this 5 frame gif, animated on a 480x270 pixel canvas, at 1000% scale for "
        "sharing, for my friends to see",
        [
            step("resize", percent=1000)
            | step("resize", width=4800, height=AnyOf(2700, None))
            | step("resize", height=2700, width=AnyOf(4800, None)),
            maybe(GIF),
        ],
        probe=Probe(duration=0.5, width=480, height=270, fps=10.0, **_NO_SOUND),
        note="ten times bigger (4800x2700), still a GIF",
    ),
    do(
        "fresh325-02",
        "make a gif of this animation at exactly 30 fps: when I try to export gifs at 30 fps it "
        "exports with 33.3 fps",
        [step("gif", fps=30)],
        [step("fps", fps=30), step("gif", fps=AnyOf(None, 30))],
        probe=Probe(duration=4.0, width=640, height=360, fps=30.0, **_NO_SOUND),
        note="a GIF at 30 fps",
    ),
    do(
        "fresh325-03",
        "make a 60 FPS GIF of this animation: I am a UI designer and animator, I share my work on "
        "dribbble and free dribbble users can upload only GIF, and with the 30 FPS limitation I "
        "can't show my actual work",
        [step("gif", fps=Between(50, 60))],
        probe=Probe(duration=5.0, width=800, height=600, fps=60.0, **_NO_SOUND),
        note="a GIF at 60 fps (or 50, the nearest a GIF's delays give)",
    ),
    do(
        "fresh325-04",
        "save this gif as some sort of video format: gifs have inconsistent frame speeds "
        "depending on the browser/device, and most video editing software will not properly "
        "detect fast frame speeds",
        [_VIDEO],
        probe=Probe(duration=3.0, width=320, height=320, fps=25.0, **_NO_SOUND),
        note="the GIF made an MP4 (or a webm, a mov)",
    ),
    do(
        "fresh325-05",
        "convert this .mov with an alpha channel into a .webm video with the alpha channel "
        "preserved: it is going to be used in the foreground of an HTML5 slideshow, and the "
        "elements of the slideshow behind the video need to show through",
        [step("convert", format="webm")],
        probe=Probe(duration=8.0, **_NO_SOUND),
        note="a webm",
    ),
    do(
        "fresh325-06",
        "convert this .mp4 rendered from Synfig so it plays with the built-in video player of "
        "Windows 10 and with omxplayer on a Raspberry Pi: it was rendered with the "
        "libx264-lossless codec, and only vlc shows it",
        [step("codec", codec="h264"), maybe(step("convert", format="mp4"))],
        [step("reencode"), maybe(step("convert", format="mp4"))],
        [step("convert", format="mp4")],
        probe=Probe(duration=20.0, width=480, height=270, fps=24.0, **_NO_SOUND),
        note="an ordinary H.264 mp4",
    ),
    do(
        "fresh325-07",
        "cut this animatic to the length of its audio, 22 seconds: the exported video comes out "
        "around 25 seconds, with about three seconds of padding at the end, and the last frame "
        "gets stretched out",
        [step("trim", start=AnyOf(0, None), end=Between(21.9, 22.1))],
        probe=Probe(duration=25.0),
        note="the first 22 seconds",
    ),
    do(
        "fresh325-08",
        "remove the extra frame at the end of this export: the animation is exact 3 seconds but "
        "the export always has 1 extra frame",
        [step("trim", start=AnyOf(0, None), end=Between(2.98, 3.001))],
        probe=Probe(duration=3.0167, width=1024, height=1024, fps=60.0, **_NO_SOUND),
        note="the first 3 seconds: the last frame cut off",
    ),
    no_op(
        "fresh325-09",
        "make the transparent background of this exported animation white, not black: "
        "transparent backgrounds are rendered as black, and white makes much more sense",
        "no op: the transparent parts filled with white; no operation fills transparency",
        probe=Probe(duration=10.0, fps=24.0, **_NO_SOUND),
    ),
    no_op(
        "fresh325-10",
        "remove the transparency from this gif and replace it with a solid black background color",
        "no op: the transparent parts filled with black; no operation fills transparency",
        probe=Probe(duration=2.0, width=400, height=400, fps=10.0, **_NO_SOUND),
    ),
    no_op(
        "fresh325-11",
        "make this gif not loop: it is looped by default",
        "no op: a GIF that plays once; no operation sets a GIF's loop count",
        probe=Probe(duration=2.0, width=256, height=256, fps=12.0, **_NO_SOUND),
    ),
    ask(
        "fresh325-12",
        "export this animation as a GIF at a bigger scale, so it does not look tiny",
        "how much bigger (a scale factor or a width)",
        ("how much", "how big", "scale", "size", "width", "factor", "times", "percent"),
        probe=Probe(duration=2.0, width=32, height=32, fps=12.0, **_NO_SOUND),
    ),
    ask(
        "fresh325-13",
        "increase the speed of this animated gif",
        "how much faster (no amount is given)",
        ("how much", "how many times", "faster", "speed", "factor"),
        probe=Probe(duration=4.0, width=500, height=500, fps=10.0, **_NO_SOUND),
    ),
    ask(
        "fresh325-14",
        "export this at 2x/4x/8x size",
        "which size: 2x, 4x or 8x (or all three, as three files)",
        ("which", "2x", "4x", "8x", "size", "scale"),
        probe=Probe(duration=1.0, width=64, height=64, fps=10.0, **_NO_SOUND),
    ),
    out_of_scope(
        "fresh325-15",
        "turn the company's Lottie animations into GIF files or MP4 files, to show a list of them",
        "rendering Lottie (JSON) animations to GIF or MP4, not an edit of a video file",
    ),
    out_of_scope(
        "fresh325-16",
        "render my shots in Blender as an mp4 file so I can quickly preview my progress: the "
        "add-on keeps resetting the output settings from mp4 to png",
        "a Blender add-on's render settings (a bug), not an edit of a video file",
    ),
    out_of_scope(
        "fresh325-17",
        "keep the crispy square pixels of this animated pixel art gif when it is shown as my "
        "wallpaper, even if the art has a very small resolution compared to the display "
        "resolution",
        "a wallpaper program's scaling filter, not an edit of a video file",
    ),
    out_of_scope(
        "fresh325-18",
        "add a ping pong playback loop mode: when it gets to the last frame it plays backwards "
        "until getting back to the first frame, and so forth",
        "an animation program's playback mode, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
