"""A fifty-third fresh, held-out collection of real requests (tests/realreq/fresh53.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh49's, the
rows are short, typical asks, like the development set's, one or two edits each: forum
questions (the Shotcut forum, MacMost's Q&A), a web agency's blog post, and GitHub issues and
pull requests of downloaders, video tools and players, a video-recording app, a HomeKit camera
plugin and a phone-screen mirror. Each case follows its row's `expected` column; `[out of
scope]` rows are OUT-OF-SCOPE refusals."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import (
    MP3,
    MP3_SAVED,
    SOUND_ALONE,
    VERTICAL,
    WHOLE,
    Between,
    Case,
    Probe,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh53.md")

#: Played at half speed, all of it.
_HALF_SPEED = step("speed", factor=0.5, **WHOLE)
#: A 30 fps setting that may come with a 60 fps clip played at half speed.
_AT_30 = maybe(step("fps", fps=Between(29.9, 30.1)))

#: 720p, by its standard or its size.
_720P = (
    step("resize", lines=720) | step("resize", height=720) | step("resize", width=1280, height=720)
)

CASES: tuple[Case, ...] = (
    do(
        "fresh53-01",
        "reverse the clip and slow it down to exactly 0.5x speed: my original clip is 60FPS and "
        "I want to play it at 30FPS",
        [step("reverse"), _HALF_SPEED, _AT_30],
        [_HALF_SPEED, step("reverse"), _AT_30],
        probe=Probe(fps=60.0),
        note="played backwards at half speed, either first (a 30 fps setting may come with it)",
    ),
    do(
        "fresh53-02",
        "change the 60fps video into slowed down 24fps video",
        [
            step("speed", factor=Between(0.39, 0.41), **WHOLE),
            maybe(step("fps", fps=Between(23.9, 24.1))),
        ],
        probe=Probe(fps=60.0),
        note="slowed to 24/60 = 0.4 of its speed, all of it (a 24 fps setting may come with it)",
    ),
    do(
        "fresh53-03",
        "keep only the first minute of the video: it is an hour long and I only want the first "
        "minute",
        [step("trim", start=0, end=60)],
        probe=Probe(duration=3600.0),
        note="the first 60 s of the hour-long video",
    ),
    do(
        "fresh53-04",
        "keep only the part of the 23 minute long video from the 5 minute and 22 seconds to the "
        "7 minute and 34 second mark",
        [step("trim", start=322, end=454)],
        probe=Probe(duration=1380.0),
        note="5:22 to 7:34 of the 23-minute video",
    ),
    do(
        "fresh53-05",
        "the movie taken by iPhone vertically shows black bars on the sides: insert a blurred "
        "background from the footage itself, not the maps backgrounds",
        [step("blur_fill", aspect="16:9")],
        probe=VERTICAL,
        note="the vertical video in a 16:9 frame, its sides a blurred copy of itself",
    ),
    do(
        "fresh53-06",
        "generate an audio file only (mp3/mp4) of the presentation",
        [SOUND_ALONE],
        MP3_SAVED,
        note="the sound alone, as an audio file (mp3 or m4a)",
    ),
    do(
        "fresh53-07",
        "convert the video course to an MP3 version, which can be imported into an MP3 player, "
        "for quick and portable review of the lecture material while walking, driving or in "
        "transit",
        [MP3],
        MP3_SAVED,
        note="the sound alone, as an mp3",
    ),
    do(
        "fresh53-08",
        "normalize the audio: the recording has a speaker and the computer audio output of a "
        "screenreader, and often the speaker or screenreader volume is not balanced",
        [step("normalize")],
        note="the sound normalized",
    ),
    do(
        "fresh53-09",
        "add a fade in and fade out to the video and audio: a smooth fade-in at the beginning and "
        "fade-out at the end of the clip makes the final export look much more professional",
        [
            step("fade", direction="in", target="both"),
            step("fade", direction="out", target="both"),
        ],
        [
            step("fade", direction="out", target="both"),
            step("fade", direction="in", target="both"),
        ],
        note="a fade in at the start and a fade out at the end, picture and sound, any length",
    ),
    do(
        "fresh53-10",
        "shrink the clip I already recorded from 1080p to 720p: the higher 1080p bitrate was "
        "filling on-device storage too quickly",
        [_720P, maybe(step("quality", level="small"))],
        note="the 1920x1080 clip made 720p (a smaller-file setting may come with it)",
    ),
    do(
        "fresh53-11",
        "speed up the playback of the video we're including on our website, to play at twice "
        "the speed",
        [step("speed", factor=2, **WHOLE)],
        note="twice as fast, all of it",
    ),
    ask(
        "fresh53-12",
        "keep only about 15 seconds of the video clip: it is over 3 and a half hours long and I "
        "only want about 15 seconds of it",
        "which 15 seconds (where they start)",
        (*WHICH_PART, "which 15", "from"),
        probe=Probe(duration=12600.0),
    ),
    ask(
        "fresh53-13",
        "export the current frame, saving it as a .jpg or .png",
        "which frame (the time)",
        ("which frame", "which", "when", "time", "timestamp", "second", "where", "at what"),
    ),
    ask(
        "fresh53-14",
        "trim the screen recording, to cut the bits I don't want from the start and the end",
        "how much (where the wanted part starts and ends)",
        (*WHICH_PART, "how much", "how many", "how long"),
    ),
    out_of_scope(
        "fresh53-15",
        "crop / zoom into an area of the camera's video stream, ideally in a 3:4 ratio that "
        "works well on the watch: I use it on my watch to keep an eye on the crib",
        "cropping a live camera stream shown in HomeKit on a watch, not an edit of a file",
    ),
    out_of_scope(
        "fresh53-16",
        "add a switch to turn the mirrored phone screen black and white, like Sunflower remote "
        "control has: the coloured picture is not convenient for slacking off",
        "a display setting of a live phone-screen mirror (scrcpy), not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
