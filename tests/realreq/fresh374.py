"""A three-hundred-and-seventy-fourth fresh, held-out collection of real requests
(tests/realreq/fresh374.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh309's, the
rows are short, typical asks, all from GitHub issues, by users of AI video generators and frame
interpolation tools (RIFE, Flowframes, sepconv-slomo, Natron, EchoMimic, ComfyUI's
VideoHelperSuite, Wan2GP, seed_travel, AniPortrait, video-subtitle-remover, Super-SloMo,
GPUImage, Hanabi, DynamiCrafter, mpv, video2x): 30 to 25 fps, 60 to 90, 10 to 40, 12.5 to 25,
12 fps for a slide show without slow motion, generated audio in place of the sound, the
original's sound put back on an interpolated output, the first and last 3 seconds cut off, an
animation upscaled to 4K, forward-then-reverse twice over, flicker reduced, an "AI生成" mark
removed, a higher frame rate with no rate named, a slow motion effect of no amount, a
wallpaper's ping-pong playback, a looping video generated, a player's 60 fps and an upscaler's
lost sound.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import WHOLE, Between, Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh374.md")

#: fresh374-07: the interpolation's input, whose sound the output lost.
_ORIGINAL = "original.mp4"

#: fresh374-06: the sound generated for the video.
_GENERATED = "audio.wav"

#: Words that ask for a frame rate.
_FPS_WORDS = ("frame rate", "framerate", "fps", "frames per second", "which", "what")

#: A generated clip: short, small, square.
_CLIP = Probe(duration=4.0, width=512, height=512, fps=8.0)

#: fresh374-09: 4K, on whichever side a square picture is measured.
_TO_4K = (
    step("resize", lines=Between(2160, 4096))
    | step("resize", width=Between(2160, 4096))
    | step("resize", height=Between(2160, 4096))
    | step("resize", percent=Between(420, 800))
)

CASES: tuple[Case, ...] = (
    do(
        "fresh374-01",
        "convert this video from 30fps to 25fps: a standards conversion for film and tv",
        [step("fps", fps=25)],
        probe=Probe(duration=120.0, fps=30.0),
        note="25 frames a second, same length",
    ),
    do(
        "fresh374-02",
        "interpolate this video from 60 fps to 90 fps",
        [step("fps", fps=90)],
        probe=Probe(duration=60.0, fps=60.0),
        note="90 frames a second, same length",
    ),
    do(
        "fresh374-03",
        "quadruple the frame rate of this video, from 10 fps to 40 fps",
        [step("fps", fps=40)],
        probe=Probe(duration=30.0, fps=10.0),
        note="40 frames a second, same length",
    ),
    do(
        "fresh374-04",
        "bring up this 4k GoPro footage from 12.5fps to 25fps with re-timing/interpolation",
        [step("fps", fps=25)],
        probe=Probe(duration=120.0, width=3840, height=2160, fps=12.5),
        note="25 frames a second, same length (frames in between made or repeated)",
    ),
    do(
        "fresh374-05",
        "make this a 12fps video to go with a PPT presentation, without the motion becoming slow",
        [step("fps", fps=12)],
        probe=Probe(duration=14.0, width=768, height=768, fps=24.0),
        note="12 frames a second at the same length: frames dropped, not slowed",
    ),
    do(
        "fresh374-06",
        "replace this video's sound with the generated audio, with the original audio muted",
        [step("replace_audio", file=_GENERATED)],
        assets=[_GENERATED],
        probe=Probe(duration=10.0, width=832, height=480, fps=16.0),
        note="the generated audio as the only sound",
    ),
    do(
        "fresh374-07",
        "keep the sound on this interpolated output: it has no sound, and it is the same length "
        "as the input",
        [step("replace_audio", file=_ORIGINAL)],
        [step("add_music", file=_ORIGINAL)],
        assets=[_ORIGINAL],
        probe=Probe(duration=60.0, fps=120.0, has_audio=False),
        note="the input's sound on the silent interpolated video",
    ),
    do(
        "fresh374-08",
        "cut off the first and last 3 seconds from this control video: the trim function of "
        "Wan Animate is ridiculously slow, and something like this takes a second in any video "
        "editor",
        [step("trim", start=3, end=-3)],
        [step("trim", start=3, end=17)],
        probe=Probe(duration=20.0),
        note="3 s to 17 s of the 20 s video kept",
    ),
    do(
        "fresh374-09",
        "upscale this animation to a 4K video",
        [_TO_4K],
        probe=_CLIP,
        note="the 512x512 animation made 4K (2160 lines or more)",
    ),
    no_op(
        "fresh374-10",
        "make this video play forward and then in reverse, and repeat that: normal, reverse, "
        "normal, reverse, the pingpong first and then the combined loop repeated",
        "no op: the clip followed by its own reverse, twice over; no operation joins a clip to "
        "its reverse",
        probe=Probe(duration=3.0, width=512, height=512, fps=16.0),
    ),
    no_op(
        "fresh374-11",
        "reduce the flickering in this audio-driven video: it is quite severe",
        "no op: deflickering (evening out the brightness from frame to frame); no operation "
        "does it",
        probe=Probe(duration=10.0, width=512, height=512, fps=30.0),
    ),
    no_op(
        "fresh374-12",
        'remove the "AI生成" (AI-generated) watermark in the top left corner of this video',
        "no op: the mark painted out of the corner; no operation removes a watermark",
        probe=Probe(duration=10.0, width=720, height=1280),
    ),
    ask(
        "fresh374-13",
        "increase the framerate of this video without slowing it down, keeping things in "
        "real-time, and preserve the audio",
        "which frame rate (none is named)",
        (*_FPS_WORDS, "how many", "60"),
        probe=Probe(duration=60.0, fps=30.0),
    ),
    do(
        "fresh374-14",
        "create a slow motion effect on this video",
        [step("speed", factor=Between(0.1, 0.75), **WHOLE)],
        probe=Probe(duration=30.0),
        note="slower, any slow motion (0.1 to 0.75), all of it",
    ),
    out_of_scope(
        "fresh374-15",
        "ping-pong my wallpaper video after playback, so that videos that don't loop "
        "ordinarily don't cut violently at the end",
        "a live wallpaper's playback option, not an edit of a video file",
        probe=Probe(duration=20.0),
    ),
    out_of_scope(
        "fresh374-16",
        "generate a loop video from this image",
        "generating a looping video from a picture (the model's work), not an edit of a video",
    ),
    out_of_scope(
        "fresh374-17",
        "convert any 24 or 25 fps video to 60 fps in the player while I watch, like SVP",
        "a player's motion interpolation on playback, not an edit of a video file",
    ),
    out_of_scope(
        "fresh374-18",
        "fix the upscaler: I used Colab to upscale a few FullHD videos to 4K using RealSR, and "
        "the output file doesn't have any sound after a few seconds",
        "an upscaling program's bug (its output losing the sound), not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
