"""A sixty-fifth fresh, held-out collection of real requests (tests/realreq/fresh65.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh61's, the
rows are short, typical asks, like the development set's; all 14 come from GitHub issues of
downloaders and their post-processing, an encoder's plugin tracker, a lecture system, 3D
printers' interfaces, a screen recorder, a file manager, a video editor starter kit, a Twitch VOD
downloader and a camera app. Each case follows its row's `expected` column; `[out of scope]` rows
are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the request and the files
it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import GIF, SOUND_ALONE, WHOLE, AnyOf, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh65.md")

#: A still saved as an image, by the still operation's own format or a conversion.
_IMAGE = maybe(step("convert", format=AnyOf("png", "jpg")))

#: A 4K (3840x2160) video.
_UHD = Probe(width=3840, height=2160)

#: fresh65-08: 2560x1440 from 3840x2160 (two thirds of each side).
_TO_1440P = (
    step("resize", lines=1440)
    | step("resize", width=2560, height=AnyOf(1440, None))
    | step("resize", height=1440, width=AnyOf(2560, None))
    | step("resize", percent=Between(66.5, 66.8))
)

CASES: tuple[Case, ...] = (
    do(
        "fresh65-01",
        "normalize the audio after downloading: different YouTube channels have a different "
        "audio level, and it is inconvenient to change the audio volume for each podcast",
        [step("normalize")],
        note="the sound brought to a loudness target, any target",
    ),
    do(
        "fresh65-02",
        "make a video-less version of the lecture recording, only with the audio: students with "
        "narrow band may want to play it back without the teacher's video",
        [SOUND_ALONE],
        note="the sound alone, as an audio file of any kind",
    ),
    do(
        "fresh65-03",
        "overlay my watermark on the print timelapse, before I upload it to social media",
        [step("overlay_image", file="watermark.png", **WHOLE)],
        assets=["watermark.png"],
        note="the watermark over the timelapse, any place, all of it",
    ),
    do(
        "fresh65-04",
        "show the finished print at the end of the timelapse for an extended period (10 seconds "
        "maybe?): currently the video ends too abruptly and you can barely view the completed "
        "print",
        [step("freeze", at=Between(59.5, 60), seconds=10)],
        note="the last frame of the 60 s timelapse held for 10 s",
    ),
    do(
        "fresh65-05",
        "keep the very long broadcast from 2 hours in to 4 hours in",
        [step("trim", start=7200, end=14400) | step("keep_ranges", ranges=[[7200, 14400]])],
        probe=Probe(duration=21600.0),
        note="2:00:00 to 4:00:00 of the 6-hour broadcast kept",
    ),
    do(
        "fresh65-06",
        "keep only the specific part of the Twitch VOD, starting from 08:34:00 to 08:40:00",
        [step("trim", start=30840, end=31200) | step("keep_ranges", ranges=[[30840, 31200]])],
        probe=Probe(duration=36000.0),
        note="8:34:00 to 8:40:00 of the 10-hour VOD kept",
    ),
    do(
        "fresh65-07",
        "export the screen recording to GIF: videos can't be shared through internet forums or "
        "even GitHub",
        [GIF],
        note="an animated GIF, any frame rate and width",
    ),
    do(
        "fresh65-08",
        "scale the 4K video down to 2560x1440: most of my displays' native resolution is "
        "2560x1440, where 4K has significant overhead, and 1080p looks bad",
        [_TO_1440P],
        probe=_UHD,
        note="2560x1440 from 3840x2160",
    ),
    do(
        "fresh65-09",
        "make the video thumbnail from 10 seconds in or more, not from the beginning: the video "
        "has a black opening, which results in an undesirable black thumbnail",
        [step("still", at=AnyOf(None, Between(10, 60))), _IMAGE],
        note="a frame from 10 s in or later (a third of the way in, 20 s, is fair), as an image",
    ),
    do(
        "fresh65-10",
        "hardcode the subtitles provided by YouTube into the downloaded video, similar to "
        "subbed anime",
        [step("subtitles", file=AnyOf("subs.en.vtt", None))],
        assets=["subs.en.vtt"],
        note="the .vtt burned in",
    ),
    ask(
        "fresh65-11",
        "resize the downloaded video: I would prefer not to have my hard drive filled with 4K "
        "videos",
        "which resolution (the output dimensions are not given)",
        (
            "resolution",
            "dimension",
            "size",
            "which",
            "what",
            "720",
            "1080",
            "width",
            "height",
            "how",
        ),
        probe=_UHD,
    ),
    ask(
        "fresh65-12",
        "trim both sides, the beginning and the end of the clip",
        "how much to trim from each end",
        (
            "how much",
            "how many",
            "how long",
            "seconds",
            "which",
            "where",
            "when",
            "start",
            "end",
        ),
    ),
    ask(
        "fresh65-13",
        "remove only the intermission from the VOD and keep the whole rest as one file, without "
        "splitting it into Part 1 and Part 2",
        "where the intermission is (its times)",
        (*WHICH_PART, "times"),
    ),
    out_of_scope(
        "fresh65-14",
        "put a timestamp and GPS in the recorded video, for using the app as a dashcam for "
        "vehicles",
        "a camera app's recording feature (the wall-clock time and GPS position while "
        "recording), not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
