"""A hundred-and-ninety-fourth fresh, held-out collection of real requests
(tests/realreq/fresh194.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh193's, the
rows are short, typical asks, like the development set's; 14 come from GitHub issues and one from
a comment on a pull request, mostly by users of AI video generation and enhancement tools (a
frame interpolator, a Stable Diffusion extension saving its intermediate images as a video, a
video enhancer, a Wan training tool, a waifu2x upscaler, a Reddit video bot, a lip-sync model, a
face-swapping model, a ComfyUI DynamiCrafter wrapper, a shorts generator, a text-to-video
generator, a talking-head generator, a streaming avatar SDK and ModelScope) and a video editor.
Each case follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals,
the `[needs analysis]` rows refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import WHOLE, AnyOf, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh194.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh194-01",
        "fix the interpolated video: I put in a 30 fps video and interpolated it to 60 fps, and "
        "the result is sped up 2x, half the duration",
        [step("speed", factor=Between(0.49, 0.51), **WHOLE), maybe(step("fps"))],
        probe=Probe(fps=60.0),
        note="half speed, all of it: the 60 fps result back to the source's duration",
    ),
    do(
        "fresh194-02",
        "make the final video faster: no matter which parameters I tried, it just doesn't work for "
        "me",
        [step("speed", factor=Between(1.25, 4), **WHOLE)],
        note="faster, 1.25x to 4x, all of it",
    ),
    do(
        "fresh194-03",
        "interpolate the 5 seconds video in 24 fps into slow motion: the output video should be 10 "
        "seconds long and 24 fps",
        [
            step("speed", factor=Between(0.49, 0.51), smooth=True, **WHOLE),
            maybe(step("fps", fps=24)),
        ],
        probe=Probe(duration=5.0, width=1280, height=720, fps=24.0),
        note="half speed with motion-interpolated frames, all of it: 10 s at 24 fps",
    ),
    do(
        "fresh194-04",
        "output the sample video at 16 fps instead: it comes back at 24 fps and around 3 seconds "
        "in length, clearly sped up",
        [step("speed", factor=Between(0.64, 0.69), **WHOLE), maybe(step("fps", fps=AnyOf(16, 24)))],
        probe=Probe(duration=3.375, fps=24.0),
        note="the 81 frames played at 16 fps: 2/3 speed, all of it, about 5 s (fps(16) alone drops "
        "frames and is wrong)",
    ),
    do(
        "fresh194-05",
        "fix the color loss of the upscaled video: compared with the original, it is most obvious "
        "at red-purple colors",
        [step("saturation", percent=Between(5, 40), **WHOLE)],
        note="more saturated, +5 to +40, all of it",
    ),
    do(
        "fresh194-06",
        "fix the end of the video: it is glitched and too long, it pauses and is silent",
        [step("remove_silence", where=AnyOf("end", "ends"))],
        note="the silent, paused tail cut",
    ),
    do(
        "fresh194-07",
        "make the final video output only the right side, not the left side",
        [step("crop_edges", left=Between(49, 51), right=0, top=0, bottom=0, unit="%")],
        [step("crop_edges", left=Between(950, 970), right=0, top=0, bottom=0, unit="px")],
        [step("crop_area", width=Between(950, 970), height=1080, x=Between(950, 970))],
        [
            step(
                "crop_area",
                width=Between(950, 970),
                height=1080,
                anchor=AnyOf("right", "top-right", "bottom-right"),
            )
        ],
        note="the right half of the 1920x1080 side-by-side output: 960x1080 at x=960",
    ),
    do(
        "fresh194-08",
        "remove the black frame at the end of the loop video: it shows when it plays on loop (the "
        "input video I made was perfect)",
        [step("remove_black", where=AnyOf("end", "ends", "all"))],
        [step("trim", start=AnyOf(0, None), end=Between(-0.1, -0.03))],
        note="the black end cut (or the last frame, 1/30 s, up to 0.1 s, trimmed off)",
    ),
    no_op(
        "fresh194-09",
        "output a video that contains only the frames with swapped faces: the output includes "
        "target frames that weren't swapped",
        "needs analysis",
        note="telling the frames with a swapped face from those without one; no operation finds "
        "them",
    ),
    no_op(
        "fresh194-10",
        "remove the nearly identical frames around the middle keyframe: 6 or 7 of the frames in "
        "the middle are nearly identical, so she doesn't transition smoothly from grabbing her hat "
        "to taking it off",
        "needs analysis",
        note="finding the near-duplicate frames and dropping them (mpdecimate); no operation drops "
        "near-duplicates",
    ),
    ask(
        "fresh194-11",
        "slow the video back down: the program increases its speed to give less than 1 minute, "
        "which made it run extremely fast (I tried to slow it down, and the sound broke)",
        "how much slower (by how much it was sped up, or how long it should last)",
        (
            "how much",
            "how slow",
            "how long",
            "factor",
            "speed",
            "original",
            "length",
            "duration",
            "percent",
            "what",
        ),
        probe=Probe(duration=59.0),
    ),
    ask(
        "fresh194-12",
        "make the video longer",
        "how much longer, and how (looped, slowed down, its end held)",
        (
            "how long",
            "how much",
            "longer",
            "seconds",
            "duration",
            "length",
            "loop",
            "slow",
            "which",
            "what",
        ),
    ),
    out_of_scope(
        "fresh194-13",
        "make me a music video with a picture, from a sound I give you",
        "making a (talking-head) music video from a photo and a song, not an edit of a given video",
    ),
    out_of_scope(
        "fresh194-14",
        "remove the green background from the avatar streaming",
        "keying a live avatar stream in an SDK, not an edit of a given file",
    ),
    out_of_scope(
        "fresh194-15",
        "make the text2video video longer than 2s: I can modify the fps from 8 to 4 to make the "
        "video 4s, but I want to increase the frames output from the model",
        "generating more frames with the text-to-video model, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
