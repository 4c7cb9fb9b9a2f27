"""A two-hundred-and-fourteenth fresh, held-out collection of real requests
(tests/realreq/fresh214.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh213's, the
rows are short, typical asks, like the development set's; 12 come from GitHub issues, mostly of
small apps that record or hold video (a live-stream downloader, an Android camera library, a
short-video app, a Plex library cleaner, a signage player, a Tesla dashcam viewer, Frigate, a
GoPro telemetry overlay, OctoPrint and Octolapse, a TV video client and another signage player),
and 8 from web pages (seven personal blogs: a bird table camera, a painter, a Canon Powershot's
hiss, a vacuuming mother, a model railway, a hiker, a sledding father; and a drone flyers' forum
thread). Each case follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE
refusals, the `[no op]` and `[needs analysis]` rows refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import WHOLE, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh214.md")

#: A week, in seconds: the 24/7 stream of fresh214-01.
_WEEK = 7 * 24 * 3600.0

#: A smaller file, the picture's size kept: a size target, a smaller-file setting or HEVC.
_SMALLER = (
    step("compress", max_mb=Below(99))
    | step("quality", level=AnyOf("small", "balanced"))
    | step("codec", codec="hevc")
)

#: The 16:9 picture stretched to exactly a 4:3 size (no shape kept, nothing cut, no bars).
_STRETCHED_4_3 = (
    step("resize", width=1440, height=1080, fit=False)
    | step("resize", width=1920, height=1440, fit=False)
    | step("resize", width=1600, height=1200, fit=False)
    | step("resize", width=1400, height=1050, fit=False)
    | step("resize", width=1280, height=960, fit=False)
    | step("resize", width=1024, height=768, fit=False)
    | step("resize", width=960, height=720, fit=False)
    | step("resize", width=800, height=600, fit=False)
    | step("resize", width=640, height=480, fit=False)
)

#: A re-encode to a smaller or more web-friendly file (fresh214-08).
_FRIENDLIER = (
    step("codec", codec=AnyOf("h264", "hevc"))
    | step("quality", level=AnyOf("small", "balanced"))
    | step("compress")
)

#: Quieter by a bit or more, all of it, as a level or in decibels.
_QUIETER = step("volume", percent=Between(20, 90), **WHOLE) | step(
    "volume", db=Between(-15, -1), **WHOLE
)

CASES: tuple[Case, ...] = (
    do(
        "fresh214-01",
        "make a hyper speed re-rendering of the week of 24/7 live camera stream, squeezing a "
        "week worth of it in less than 15 mins (say every 700th frame)",
        [anywhere(step("speed", factor=Between(672, 1400), **WHOLE)), maybe(step("mute"))],
        probe=Probe(duration=_WEEK),
        note="at least 672 times as fast (a week in under 15 minutes), all of it",
    ),
    do(
        "fresh214-02",
        "reduce the size of my 3-minute video of 99mb: I tried reducing the width and height but "
        "that made the video pixelated",
        [anywhere(_SMALLER), maybe(_SMALLER), maybe(step("convert", format="mp4"))],
        probe=Probe(duration=180.0),
        note="a smaller file of the same picture size (no resize: that made it pixelated)",
    ),
    do(
        "fresh214-03",
        "mute the video's audio before I publish it",
        [step("mute")],
        [step("volume", percent=0, **WHOLE)],
        note="no sound",
    ),
    do(
        "fresh214-04",
        "re-encode the HEVC video to h264: HEVC as far as I can tell doesn't work in direct play "
        "in any players I've tried",
        [
            anywhere(step("codec", codec="h264")),
            maybe(step("convert", format=AnyOf("mp4", "mkv"))),
            maybe(step("quality")),
        ],
        note="H.264 video",
    ),
    do(
        "fresh214-05",
        "convert the bird table camera's recording of the owl to another format: the version of "
        ".avi used is unrecognised by all but one of the Mac video player apps I have",
        [
            anywhere(step("convert", format=AnyOf("mp4", "mov", "m4v"))),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
        ],
        note="an mp4 (or mov/m4v) any Mac player plays",
    ),
    do(
        "fresh214-06",
        "speed up my work in progress painting video to 16 times faster than normal: I try to "
        "keep these videos under four minutes",
        [anywhere(step("speed", factor=16, **WHOLE)), maybe(step("mute"))],
        note="16 times as fast, all of it",
    ),
    do(
        "fresh214-07",
        "make the 16:9 video stretch to fit the full 4:3 screen",
        [_STRETCHED_4_3],
        note="the 1920x1080 picture resized to exactly a 4:3 size, stretched, nothing cut",
    ),
    do(
        "fresh214-08",
        "remove the high-pitched hissing that is all throughout my Canon Powershot video (its "
        "frequency is 4290 Hz), and re-encode the video with a more size- (and web-) friendly "
        "codec",
        [step("audio_denoise"), anywhere(_FRIENDLIER), maybe(step("convert", format="mp4"))],
        [step("audio_denoise"), anywhere(step("convert", format="mp4"))],
        probe=Probe(width=640, height=480),
        note="the steady hiss taken out and a smaller or web-friendly encode, in either order",
    ),
    do(
        "fresh214-09",
        "turn the sound of my video down a bit: it is loud, as I was running the vacuum while "
        "filming",
        [_QUIETER],
        note="quieter, all of it",
    ),
    no_op(
        "fresh214-10",
        "export the dashcam video with a time watermark, like other surveillance recordings: "
        "Hangzhou's traffic-violation reporting refuses Tesla dashcam recordings as evidence "
        "(even filming the screen with a phone, time included, is not accepted), and adding it "
        "with video software is a hassle",
        "no op",
        note="no op: a running clock of the recording's date and time (text draws fixed words)",
    ),
    no_op(
        "fresh214-11",
        "make a smart time-lapse of the day's recording, so I can quickly review everything that "
        "happened without watching hours of empty footage: periods without any motion sped up "
        "drastically, and normal playback speed (e.g., 25 fps) as soon as motion is detected",
        "needs analysis",
        probe=Probe(duration=86400.0),
        note="needs analysis: motion detection decides which stretches to speed up",
    ),
    no_op(
        "fresh214-12",
        "edit most of the moments of inactivity out of my layout video, where I pause to allow "
        "time for little invisible men to switch points, uncouple cars etc: this can be "
        "incredibly boring to watch",
        "needs analysis",
        note="needs analysis: finding the pauses where nothing moves (none is timed)",
    ),
    no_op(
        "fresh214-13",
        "overlay the gpx data, extracted from the GoPro Max .360 video, on the 2D movie I "
        "reframed with GoPro Player, synchronizing the first frame of the video with the "
        "beginning of the GPX",
        "no op",
        assets=["max_gpx.gpx"],
        note="no op: a telemetry overlay drawn from a GPX track",
    ),
    ask(
        "fresh214-14",
        "edit my 22 minutes of drone video of the local firework display down to 6 minutes, as "
        "20 odd minutes is far too long for a video, ditching the last few minutes where the low "
        "battery beep was sounding",
        "which 6 minutes to keep (their times), and how much of the end to ditch",
        (*WHICH_PART, "which minutes", "which parts", "how much", "how many", "parts", "keep"),
        probe=Probe(duration=1320.0),
    ),
    ask(
        "fresh214-15",
        "edit the video stream of our hike into a highlight reel or some high-speed condensed "
        "version: for now it is just an embarrassingly bad record of how heavy my breathing is",
        "which parts are the highlights (their times), or how fast or short the condensed "
        "version should be",
        (
            *WHICH_PART,
            "highlight",
            "how fast",
            "how long",
            "how short",
            "how much",
            "speed",
            "length",
        ),
    ),
    ask(
        "fresh214-16",
        "overlay the current stats of the printer on the timelapse video: nozzle diameter, "
        "extrusion multiplier, layer height, infill, nozzle temperature, bed temperature, fan "
        "speed",
        "the stats' values (none is given)",
        (
            "value",
            "what",
            "which",
            "stats",
            "numbers",
            "settings",
            "temperature",
            "text",
            "data",
        ),
        probe=Probe(has_audio=False),
    ),
    ask(
        "fresh214-17",
        "edit down some the video he took of me riding it out, sledding down the canyon: it came "
        "out a little bit long",
        "which parts to cut (or how long it should be)",
        (*WHICH_PART, "how long", "how much", "length", "parts", "seconds"),
    ),
    out_of_scope(
        "fresh214-18",
        "add an H.264 decoding option, to rescue my old TV",
        "a TV video client's decoder setting, not an edit of a given file",
    ),
    out_of_scope(
        "fresh214-19",
        "capture a few pictures during the start of the print, when the nozzle is primed, and a "
        "few after the print is complete, with the printhead moved away, for a nicer video start "
        "and end: a better overall illusion of the whole print",
        "taking more snapshots while printing, not an edit of a given file",
    ),
    out_of_scope(
        "fresh214-20",
        "add a setting for using the screen in portrait mode, that automatically rotates all "
        "assets: all my movie posters are in portrait mode, so I have to manually rotate them "
        "before uploading them",
        "a signage player's screen-orientation setting for all its assets, not an edit of a "
        "given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
