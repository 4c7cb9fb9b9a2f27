"""A seventy-fifth fresh, held-out collection of real requests (tests/realreq/fresh75.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh73's, the
rows are short, typical asks, like the development set's; all 13 come from GitHub issues of an
image and video viewer, a podcast app, a YouTube auto-processor, a behavioural-observation tool,
an encoder, two Android video libraries, a karaoke request site, a transcoding script set, a DVR
downloader, a Lottie-to-video demo, a video editor and a live-streaming SDK, six of them written
in Chinese, Japanese or Russian. Each case follows its row's `expected` column; `[out of scope]`
rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the request and the
files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import (
    LOUDER,
    SOUND_ALONE,
    WHOLE,
    Above,
    AnyOf,
    Between,
    Case,
    anywhere,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh75.md")

#: A still saved as an image, by the still operation's own format or a conversion.
_IMAGE = maybe(step("convert", format=AnyOf("png", "jpg")))

#: Every silence cut out (not only the ones the video starts or ends with).
_SILENCE = step("remove_silence", where=AnyOf("all", None))

#: Lighter, by brightness or by lifting the mid-tones, all of it.
_LIGHTER = step("brightness", percent=Above(0), **WHOLE) | step("gamma", gamma=Above(1), **WHOLE)

CASES: tuple[Case, ...] = (
    do(
        "fresh75-01",
        "make the video's thumbnail from the middle of the video (half its playing time) instead "
        "of the first frame: many videos start with a black frame, so the thumbnail comes out as "
        "a black image",
        [step("still", at=Between(27, 33)), _IMAGE],
        note="the frame from the middle of the 60 s video (a third of the way in is not it)",
    ),
    do(
        "fresh75-02",
        "speed the podcast up to 1.7x and trim the silence: 1.7x + trim silence is the sweet "
        "spot, while 2x is just a bit too fast",
        [step("speed", factor=1.7, **WHOLE), _SILENCE],
        [_SILENCE, step("speed", factor=1.7, **WHOLE)],
        note="1.7 times as fast and every silence cut out, either first",
    ),
    do(
        "fresh75-03",
        "cut a couple of seconds off the start of the recording: I record with only one screen, "
        'so between pressing "Start Recording" in OBS and starting to talk I need a couple of '
        "seconds to alt+tab and get the game up",
        [step("trim", start=Between(1.5, 3), end=None)],
        [step("cut", start=0, end=Between(1.5, 3))],
        note="a couple of seconds (2, up to 3) cut off the start, the rest kept",
    ),
    do(
        "fresh75-04",
        "adjust the brightness and contrast of the towed seafloor video: it is impaired by low "
        "light and high turbidity (cloudy water)",
        [anywhere(_LIGHTER), anywhere(step("contrast", percent=Above(0), **WHOLE))],
        note="lighter and more contrast, any amounts, either first, all of it",
    ),
    do(
        "fresh75-05",
        "encode only the audio from the concert video: in a concert captation the video is not "
        "the most important part",
        [SOUND_ALONE],
        note="the sound alone, as any audio file",
    ),
    do(
        "fresh75-06",
        "change the video's speed to 100x",
        [anywhere(step("speed", factor=100, **WHOLE)), maybe(step("mute"))],
        note="a hundred times as fast, all of it (the sound may be dropped)",
    ),
    do(
        "fresh75-07",
        "replace the sound of the karaoke video downloaded from Niconico with the song file: "
        "many karaoke videos posted on Niconico have their audio processed out of consideration "
        "for the rights holders",
        [step("replace_audio", file="song.m4a")],
        assets=["song.m4a"],
        note="the song file as the video's sound",
    ),
    do(
        "fresh75-08",
        "raise the volume of the Star Trek TOS episode from the blu-ray: its audio seems to be "
        "mastered at a lower volume than most other content",
        [LOUDER],
        note="louder by any amount, or normalized, all of it",
    ),
    ask(
        "fresh75-09",
        "speed up the recorded video",
        "how much faster (the speed factor)",
        ("how much", "how many", "how fast", "factor", "speed", "faster", "times"),
    ),
    ask(
        "fresh75-10",
        "cut the recording downloaded from the DVR down to the timecode I set: it downloads a "
        "huge video that contains that timecode, the recording is not trimmed",
        "which part to keep (the timecode is not given)",
        (*WHICH_PART, "timecode", "second"),
    ),
    ask(
        "fresh75-11",
        "export the animation playing multiple times, with loop mode on: right now it plays only "
        "one time",
        "how many times it should play",
        ("how many", "times", "how long", "count", "repeat", "loop"),
    ),
    ask(
        "fresh75-12",
        "cut out a short scene from the video and export it as an animated, looping GIF",
        "which scene (its start and end)",
        (*WHICH_PART, "scene", "second"),
    ),
    out_of_scope(
        "fresh75-13",
        "add a watermark logo to the live stream: the relevant authorities require every live "
        "stream to carry a watermark logo",
        "watermarking a live stream pushed by a streaming SDK, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
