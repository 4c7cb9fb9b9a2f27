"""A hundred-and-sixty-ninth fresh, held-out collection of real requests
(tests/realreq/fresh169.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh165's, the
rows are short, typical asks, like the development set's; 12 come from blog posts about people's
own videos (a video hello, a twiddling-thumbs GIF, fireworks at a ball game and on the 4th of
July, a lunar and a solar eclipse, TV interviews to hear in the car, an internship's establishing
shot, two media-class projects, hummingbirds at the feeder, a hike) and 8 from GitHub issues (an
OctoPrint time-lapse plugin, a transcoding script, Pencil2D, lossless-cut, SuperTux's store page,
a playback-speed extension, a signage player and Ren'Py). Each case follows its row's `expected`
column; `[out of scope]` rows are OUT-OF-SCOPE refusals."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import (
    GIF,
    MP3,
    MP3_SAVED,
    WHOLE,
    AnyOf,
    Below,
    Between,
    Case,
    Probe,
    anywhere,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh169.md")

#: fresh169-01: the 4056x3040 time-lapse fitted inside 3840x2160 (or 4096x2160), its shape kept:
#: 2160 lines or fewer (2882x2160 at most).
_FIT_4K = (
    step("resize", lines=AnyOf(2160, Below(2160)))
    | step("resize", height=Between(1080, 2160), width=AnyOf(None, Between(None, 4096)))
    | step("resize", width=AnyOf(3840, 4096), height=2160, fit=True)
    | step("resize", width=Between(1440, 2882), height=None)
    | step("resize", percent=Between(35, 71.1))
)

#: fresh169-01: exactly 3840x2160 (or 4096x2160), after a crop to that shape.
_EXACT_4K = (
    step("resize", width=AnyOf(3840, 4096), height=AnyOf(2160, None))
    | step("resize", lines=2160)
    | step("resize", height=2160, width=None)
)

#: fresh169-02: 480 or 576 lines, aspect kept.
_SD = (
    step("resize", lines=AnyOf(480, 576))
    | step("resize", height=AnyOf(480, 576), width=AnyOf(None, Between(640, 1024)))
    | step("resize", width=AnyOf(852, 853, 854, 1024), height=AnyOf(None, 480, 576))
)

#: fresh169-05: 1280x720, aspect kept.
_720 = (
    step("resize", lines=720)
    | step("resize", height=720, width=AnyOf(1280, None))
    | step("resize", width=1280, height=AnyOf(720, None))
)

#: fresh169-06: the song as the sped-up video's sound, in place of its own or mixed with it.
_SONG = "the_storm_begins.mp3"

#: fresh169-10: black and white, all of it.
_BW = step("grayscale", **WHOLE) | step("saturation", percent=-100, **WHOLE)

#: fresh169-10: a wide, "cinematic" ratio.
_WIDE = AnyOf("2.35:1", "2.39:1", "2.4:1", "12:5", "47:20", "21:9", "64:27")

#: fresh169-10: the bars, as a crop of the top and bottom of the 1920x1080 shot.
_BARS = (
    step("crop", aspect=_WIDE)
    | step(
        "crop_edges", top=Between(100, 170), bottom=Between(100, 170), left=0, right=0, unit="px"
    )
    | step("crop_edges", top=Between(9, 16), bottom=Between(9, 16), left=0, right=0, unit="%")
    | step("crop_area", width=1920, height=Between(740, 880))
)

CASES: tuple[Case, ...] = (
    do(
        "fresh169-01",
        "scale the time-lapse video made from high resolution images down to a standard video "
        "resolution, 4k (3840 x 2160 or 4096 x 2160): Windows Movies & TV cannot play the file",
        [
            anywhere(_FIT_4K),
            maybe(step("pad", aspect=AnyOf("16:9", "256:135"))),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
            maybe(step("convert", format="mp4")),
        ],
        [
            step("crop", aspect=AnyOf("16:9", "256:135")),
            _EXACT_4K,
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
            maybe(step("convert", format="mp4")),
        ],
        probe=Probe(duration=30.0, width=4056, height=3040, fps=30.0, has_audio=False),
        note="fitted inside 3840x2160 (or 4096x2160), aspect kept, letterboxed or not; or "
        "cropped to 16:9 and scaled to exactly 4K",
    ),
    do(
        "fresh169-02",
        "transcode the mkv to 480p or 576p",
        [
            anywhere(_SD),
            maybe(step("convert", format="mkv")),
            maybe(step("codec")),
            maybe(step("quality")),
        ],
        note="480 or 576 lines, aspect kept",
    ),
    do(
        "fresh169-03",
        "compress my little 20 second video clip, a 5+ MB file, down to less than 2 MB, ideally "
        "closer to 1 MB: it would take a few minutes to download on even a speedy connection, and "
        "would be just ridiculous for those on dial-up",
        [
            anywhere(step("compress", max_mb=Between(0.8, 2))),
            maybe(step("resize")),
            maybe(step("fps")),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
        ],
        probe=Probe(duration=20.0, width=640, height=480, fps=30.0),
        note="under 2 MB, ideally about 1 MB",
    ),
    do(
        "fresh169-04",
        "make an animated gif of my twiddling thumbs clip, starting about 2 seconds into it (the "
        "beginning shows my right hand coming into the frame right after I pushed the shutter "
        "button) and capturing the next 5 seconds",
        [
            step("trim", start=Between(1.5, 2.5), end=Between(6.5, 7.5))
            | step("keep_ranges", ranges=[[2, 7]]),
            anywhere(GIF),
            maybe(step("fps")),
            maybe(step("resize")),
        ],
        probe=Probe(duration=10.0, width=320, height=240, fps=30.0),
        note="about 2 s to about 7 s of the 10 s clip, as an animated GIF",
    ),
    do(
        "fresh169-05",
        "make my fireworks video from the Marlins game smaller for the blog: the file size was "
        "almost one Gig, so cut the resolution from 1080 x 1920 to 720 x 1280, still HD, and lower "
        "the bit rate",
        [
            anywhere(_720),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
            maybe(step("compress", max_mb=Below(1000))),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
        ],
        probe=Probe(duration=300.0),
        note="1280x720, aspect kept (a lower bit rate by a setting or a size may come with it)",
    ),
    do(
        "fresh169-06",
        "speed the 20 minutes of footage of the 4th of July fireworks display, shot on a Flip Mino "
        "HD from the 8th floor, up to 4x normal speed to create a 5 minute time-lapse video, with "
        "the song The Storm Begins by Jennifer Haines",
        [step("speed", factor=4, **WHOLE), step("replace_audio", file=_SONG)],
        [step("speed", factor=4, **WHOLE), step("add_music", file=_SONG)],
        [step("speed", factor=4, **WHOLE), step("mute"), step("add_music", file=_SONG)],
        [step("mute"), step("speed", factor=4, **WHOLE), step("add_music", file=_SONG)],
        assets=[_SONG],
        probe=Probe(duration=1200.0, width=1280, height=720),
        note="four times as fast (20 min to 5 min), then the song as the sound, in place of the "
        "video's own or mixed with it",
    ),
    do(
        "fresh169-07",
        "flip my exported animation back: the whole animation mirrors in export",
        [step("flip", direction="horizontal")],
        note="mirrored back left-to-right",
    ),
    do(
        "fresh169-08",
        "speed my video of the eclipse up to 15,000 percent: the original video is over 2 hours "
        "long, and the one for the blog should be less than a minute (there isn't any audio)",
        [step("speed", factor=150, **WHOLE), maybe(step("fps")), maybe(step("mute"))],
        probe=Probe(duration=7500.0, has_audio=False),
        note="150 times as fast: the 2 h 5 min video in 50 s",
    ),
    do(
        "fresh169-09",
        "extract the audio from the TV interview into a separate MP3 file, to listen to like a "
        "podcast in my car or when travelling: you don't lose that much by losing the visual",
        [MP3],
        MP3_SAVED,
        probe=Probe(duration=3600.0, width=640, height=360),
        note="the sound alone, as an MP3",
    ),
    do(
        "fresh169-10",
        "make my 30 second establishing shot black and white, and place black bars on the top and "
        "bottom of the clip, to make it look more cinematic",
        [anywhere(_BW), _BARS, maybe(step("pad", aspect="16:9"))],
        probe=Probe(duration=30.0),
        note="black and white, and bars top and bottom: a crop to a wide ratio, letterboxed back "
        "to 16:9 or not",
    ),
    do(
        "fresh169-11",
        "cut off the long black wait and the small clip after the 30 second intro for the live "
        "music show: it is a bit at the end of the Final Cut Pro timeline we forgot to delete off",
        [step("trim", start=AnyOf(0, None), end=Between(29.5, 30.5))],
        [step("keep_ranges", ranges=[[0, 30]])],
        [step("cut", start=Between(29.5, 30.5), end=Between(59.5, 60))],
        probe=Probe(duration=60.0),
        note="the first 30 s of the 60 s export kept",
    ),
    do(
        "fresh169-12",
        "fade the music out at the end of my midterm video about the Education Program, to make a "
        "clear ending to my video",
        [step("fade", direction="out", target=AnyOf("audio", "both"))],
        probe=Probe(duration=290.0),
        note="the sound (or sound and picture) faded out at the end, any length",
    ),
    ask(
        "fresh169-13",
        "crop the video's picture size and change its display ratio, not only cut its length",
        "which ratio (or which area of the picture) to crop to",
        (
            "ratio",
            "aspect",
            "which",
            "what",
            "area",
            "region",
            "size",
            "how much",
            "16:9",
            "9:16",
            "1:1",
            "4:3",
            "square",
        ),
    ),
    ask(
        "fresh169-14",
        "edit the 0.7.0 release trailer so Google Play is not mentioned, to replace the 0.6.3 "
        "trailer on the Steam store page",
        "where in the trailer Google Play is mentioned (the time, and what to cut or cover)",
        (*WHICH_PART, "google play", "mention", "logo", "cover", "second"),
    ),
    ask(
        "fresh169-15",
        "cut the 85 minutes of video from my head-mounted GoPro down to the best part of the "
        "eclipse, which starts just before the total eclipse, when the park lights had gone on: "
        "most of it really is not that interesting",
        "when the best part starts and ends (the time of the totality in the 85 minutes)",
        (*WHICH_PART, "totality", "minute", "timestamp", "how long"),
        probe=Probe(duration=5100.0),
    ),
    ask(
        "fresh169-16",
        "edit my 4 minutes of footage of the hummingbirds at my Mom's feeder down to about a "
        "minute and a half, so it doesn't get too boring: a lot of it is the birds just sitting "
        "there & drinking",
        "which parts to keep (the minute and a half)",
        (*WHICH_PART, "which parts", "keep", "boring", "sitting"),
        probe=Probe(duration=240.0),
    ),
    ask(
        "fresh169-17",
        'speed up the stretch of our hike to Table Rock from the bottom of "the ramp" to the top '
        "in my GoPro video: I wouldn't want to include that whole stretch at normal speed",
        "where the stretch starts and ends in the 65 minutes (and how much faster)",
        (*WHICH_PART, "how much", "how fast", "faster", "factor", "speed"),
        probe=Probe(duration=3900.0),
    ),
    out_of_scope(
        "fresh169-18",
        "play the YouTube music videos I practice my technique with really slower or faster, with "
        "the pitch changing with it, in larger and very small steps: I play guitar and violin, and "
        "very often the music videos are a little bit too fast or too slow",
        "a browser extension's playback speed for YouTube videos, not an edit of a file",
    ),
    out_of_scope(
        "fresh169-19",
        "rotate the output on the rpi through pisignage by 180°: the display attached is mounted "
        "upside down, and the monitor unfortunately doesn't have the feature",
        "a signage player's display output, not an edit of a file",
    ),
    out_of_scope(
        "fresh169-20",
        "replace the web-presplash.jpg with a video file: preloading the web version easily takes "
        "20–30 seconds, which is a long time to watch a static image",
        "a game engine's loading screen on the web, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
