"""A hundredth fresh, held-out collection of real requests (tests/realreq/fresh100.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh97's, the
rows are short, typical asks, like the development set's; all 14 come from GitHub issues of
two Reddit video bots, a shorts generator, a short-video maker, MoneyPrinterTurbo, a Whisper
front-end, a video dubbing tool, an encoder GUI, a GIF screen recorder, a clip-sharing server,
a watermark package and a Raspberry Pi camera OS. Each case follows its row's `expected`
column; `[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left
out of the request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import VERTICAL, WHOLE, AnyOf, Between, Case, Probe, anywhere, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh100.md")

#: A dark box behind the subtitle lines.
_DARK_BOX = AnyOf(
    "black", "#000000", "#000", "#111111", "#222222", "#333333", "gray", "grey", "#808080"
)

#: 1080p from 3840x2160.
_1080P = (
    step("resize", lines=1080)
    | step("resize", height=1080, width=AnyOf(1920, None))
    | step("resize", width=1920, height=AnyOf(1080, None))
    | step("resize", percent=50)
)

#: A subtitle line at the bottom (where it goes unless told), or higher up.
_LOW = AnyOf(None, "bottom")
_HIGH = AnyOf("top", "middle")


def _two_subtitles(first: object, second: object) -> list:
    """The original and the translated subtitles burned in, either first, at the places given."""
    return [
        anywhere(step("subtitles", file="original.srt", position=first)),
        anywhere(step("subtitles", file="translated.srt", position=second)),
    ]


CASES: tuple[Case, ...] = (
    do(
        "fresh100-01",
        "speed up the audio to 120%: viewers are complaining the voice speeds are too slow",
        [step("speed", factor=1.2, **WHOLE)],
        note="1.2 times as fast, all of it, the picture with the sound",
    ),
    do(
        "fresh100-02",
        "speed the video a little bit to make it sound good: the voice is kinda cringe/bad",
        [step("speed", factor=Between(1.05, 1.5), **WHOLE)],
        note="a little faster, all of it",
    ),
    do(
        "fresh100-03",
        "put the subtitles on the video in yellow text: some of the videos have colors that "
        "clash with the white/green combination",
        [step("subtitles", file=AnyOf("subs.ass", None), color=AnyOf("yellow", "#ffff00"))],
        assets=["subs.ass"],
        note="the .ass file burned in, its letters yellow",
    ),
    do(
        "fresh100-04",
        "better output video quality at 1080: the input video is 4k, and the output in 1080 has "
        "a lot of dark and pixelated spots",
        [anywhere(_1080P), anywhere(step("quality", level="high"))],
        probe=Probe(width=3840, height=2160),
        note="made 1080p, at a higher quality setting, either first",
    ),
    do(
        "fresh100-05",
        "make it a horizontal based 16:9 video instead of just a short form video",
        [step("pad", aspect="16:9")],
        [step("blur_fill", aspect="16:9")],
        [step("platform", platform="youtube", fit="pad")],
        probe=VERTICAL,
        note="the vertical short set in a 16:9 frame, all of it shown (bars or a blurred fill)",
    ),
    do(
        "fresh100-06",
        "blur the background for the empty places in the video",
        [step("blur_fill", aspect="16:9")],
        probe=VERTICAL,
        note="the vertical video in a 16:9 frame, its empty sides a blurred copy of it",
    ),
    do(
        "fresh100-07",
        "hard-burn the subtitles from the external file, with a background so the light "
        "subtitle text can be read over bright frames",
        [step("subtitles", file=AnyOf("subs.srt", None), background=_DARK_BOX)],
        assets=["subs.srt"],
        note="the .srt burned in, on a dark box",
    ),
    do(
        "fresh100-08",
        "put double subtitles on the video: the original subtitles plus the translated ones, "
        "so a wrong translation can be understood from the original",
        _two_subtitles(_LOW, _HIGH),
        _two_subtitles(_HIGH, _LOW),
        _two_subtitles("top", "middle"),
        _two_subtitles("middle", "top"),
        assets=["original.srt", "translated.srt"],
        note="both files burned in, either first, not on top of each other",
    ),
    do(
        "fresh100-09",
        "shave off a couple seconds at the beginning of the recording",
        [step("trim", start=Between(2, 3), end=None)],
        note="the first two seconds cut off (up to three is fair)",
    ),
    ask(
        "fresh100-10",
        "crop my clip to the cool parts",
        "which parts (the times of the cool parts)",
        ("which part", "which", "where", "when", "time", "start", "end", "range", "cool parts"),
    ),
    ask(
        "fresh100-11",
        "speed up the narrator's speaking speed in the video",
        "how much faster",
        ("how much", "how fast", "faster", "factor", "speed", "how many times", "rate"),
    ),
    ask(
        "fresh100-12",
        "add custom text to make the short video look better",
        "which text (the words)",
        ("which text", "what text", "the text", "text", "words", "what should"),
    ),
    out_of_scope(
        "fresh100-13",
        "build me a video to go viral, of 8 minutes: you choose everything",
        "making a whole video from nothing, its content chosen by the tool, not an edit of a file",
    ),
    out_of_scope(
        "fresh100-14",
        "crop the image from the peephole camera all of the time: more than 50% of it is the "
        "peephole cylinder",
        "a setting of a live security camera's picture (motionEyeOS), not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
