"""A twelfth fresh, held-out collection of real requests (tests/realreq/fresh12.md): one checkable
case a row, encoded the way fresh11.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh11's, the rows
are short, typical asks, like the development set's. Each case follows its row's `expected`
column; `[no op]` and `[needs analysis]` rows are refusals of a DOABLE request no operation does,
`[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the
request and the file it names is given as an asset instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    GIF,
    Above,
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
TABLE = Path(__file__).with_name("fresh12.md")

#: fresh12-01: about 30% louder, as a level (130%) or in decibels (+2.3 dB).
_LOUDER_30 = step("volume", percent=Between(120, 145), start=None, end=None) | step(
    "volume", db=Between(1.5, 3.2), start=None, end=None
)

#: fresh12-11: smaller, with or without a size to stay under.
_SMALLER = step("quality", level="small") | step("compress", max_mb=Above(0))

#: fresh12-12: scale=720:-2 is 720 px wide (the literal reading) or 720p (the natural one).
_SCALE_720 = (
    step("resize", width=720, height=None)
    | step("resize", lines=720)
    | step("resize", height=720, width=None)
)
#: fresh12-12: the 800 MB the file is to shrink to, or the -crf 25 the command says.
_SIZE_800 = step("compress", max_mb=Between(1, 800)) | step(
    "quality", level=AnyOf("balanced", "small")
)

#: fresh12-13: the GIF at 15 fps and 320 px wide, by the gif operation or by its parts.
_GIF_15_320 = step("gif", fps=15, width=320)
#: fresh12-15: the main video scaled into 1920x1080 and letterboxed, then the intro before it
#: and the outro after it.
_FIT_1080 = (
    step("resize", width=1920, height=1080, fit=True)
    | step("resize", lines=1080)
    | step("resize", height=1080, width=None)
)
_LETTERBOX = step("pad", aspect="16:9", color="black")
_INTRO = step("join", clips=["intro.mp4"], at="start")
_OUTRO = step("join", clips=["outro.mp4"], at="end")
_YOUTUBE_PAD = step("platform", platform="youtube", fit="pad")

#: fresh12-17: the text and the GIF over the held first frame (its 5 s), after the freeze.
_FREEZE_5 = step("freeze", at=0, seconds=5)
_TEXT_15 = step("text", text="15", position="center", start=AnyOf(0, None), end=5)
_GIF_BOTTOM = step(
    "overlay_image", file="2.gif", position="bottom", start=AnyOf(0, None), end=5
) | step("pip", file="2.gif", position="bottom", start=AnyOf(0, None), end=5)

#: fresh12-20: a square of the whole height, 640x640.
_SQUARE = (
    step("crop", aspect="1:1")
    | step("crop_area", width=1080, height=1080)
    | step("platform", platform="instagram_post", fit="crop")
)
_TO_640 = (
    step("resize", lines=640)
    | step("resize", width=640, height=AnyOf(640, None))
    | step("resize", width=AnyOf(640, None), height=640)
)
_SHORT_SIDE_640 = step("resize", lines=640) | step("resize", height=640, width=None)
_SQUARE_640 = step("crop", aspect="1:1") | step("crop_area", width=640, height=640)

#: fresh12-22: a smaller preview of the 4K, 60 fps GoPro video.
_PREVIEW_720 = step("resize", lines=720) | step("resize", height=720, width=None)
_LOWER_FPS = step("fps", fps=Below(60))
_LOWER_QUALITY = step("quality", level="small") | step("compress", max_mb=Above(0))

CASES: tuple[Case, ...] = (
    do(
        "fresh12-01",
        "increase the audio of this Boswell question video by about 30%: it sounds a lot quieter "
        "than my recorded voice",
        [_LOUDER_30],
        note="about 30% louder: 130% of the level, or about +2.3 dB",
    ),
    do(
        "fresh12-02",
        "limit the length to 60 seconds (the YouTube Shorts limit): the video can be way longer",
        [step("trim", start=0, end=Between(50, 60))],
        [step("speed", factor=Between(1.5, 1.8), start=None, end=None)],
        probe=Probe(duration=90.0),
        note="the first 60 s kept, or the 90 s played faster to fit",
    ),
    do(
        "fresh12-03",
        "save part of the clip of 40 seconds: extract a video from it, starting from sec 20 to "
        "sec 28",
        [step("trim", start=20, end=28)],
        probe=Probe(duration=40.0),
    ),
    do(
        "fresh12-04",
        "keep a section of the video by start and end time: mins 5 through 10 of the video, 40 "
        "mins long",
        [step("trim", start=300, end=600)],
        probe=Probe(duration=2400.0),
    ),
    do(
        "fresh12-05",
        "remove the first 15s of the content of scf-01.mp4",
        [step("trim", start=15, end=None)],
        note="scf-01.mp4 is the video itself",
    ),
    do(
        "fresh12-06",
        'keep only the portion of the video which starts on the 9th minute: --ppa "ffmpeg:-ss '
        '00:09:06.00"',
        [step("trim", start=AnyOf(546, 540), end=None)],
        probe=Probe(duration=900.0),
        note="-ss 00:09:06 (546 s), or 9:00 for 'starts on the 9th minute'; to the end",
    ),
    do(
        "fresh12-07",
        "cut the video from starting to 100 second",
        [step("trim", start=0, end=100)],
        probe=Probe(duration=600.0),
        note="the clip from the start to 100 s is what is kept (a cutter's 'cut 0 100')",
    ),
    do(
        "fresh12-08",
        'extract a segment of the video: --postprocessor-args "-ss 0:58:58 -to 0:59:06"',
        [step("trim", start=3538, end=3546)],
        probe=Probe(duration=3700.0),
        note="0:58:58 to 0:59:06",
    ),
    do(
        "fresh12-09",
        "convert the .ts to .mp4 while maintaining quality (e.g. the 100MB .ts to an mp4 of the "
        "same size)",
        [step("convert", format="mp4"), maybe(step("quality", level="high"))],
    ),
    do(
        "fresh12-10",
        "change my flv file to mkv or mp4 losslessly without making it super huge",
        [step("convert", format=AnyOf("mkv", "mp4"))],
        note="a change of container, either of the two",
    ),
    do(
        "fresh12-11",
        "compress the video before sending it, like Telegram chats do",
        [_SMALLER, maybe(step("resize"))],
        note="a smaller file; no size was given",
    ),
    do(
        "fresh12-12",
        "compress the 8GB video to an 800MB file before upload to the server: ffmpeg -i "
        "testvideo.mp4 -c:v libx264 -preset slow -crf 25 -vf scale=720:-2 -x264-params "
        "keyint=25:keyint_min=25 -an -f mp4 output.mp4",
        [
            anywhere(_SCALE_720),
            anywhere(step("mute")),
            anywhere(_SIZE_800),
            maybe(_SIZE_800),
            maybe(step("convert", format="mp4")),
        ],
        probe=Probe(duration=3600.0),
        note="scale=720:-2 (720 wide, or 720p), -an (no sound), and 800 MB or -crf 25, in any "
        "order; testvideo.mp4 and output.mp4 are the files",
    ),
    do(
        "fresh12-13",
        "save a portion of the video as an animated GIF: ffmpeg -v warning -ss 3 -t 3 -i "
        "video.mp4 -vf fps=15,scale=320:-1:flags=lanczos -gifflags +transdiff -y out.gif",
        [step("trim", start=3, end=6), _GIF_15_320],
        [
            step("trim", start=3, end=6),
            anywhere(step("fps", fps=15)),
            anywhere(step("resize", width=320, height=None)),
            step("convert", format="gif"),
        ],
        note="3 s from 0:03, 15 fps, 320 px wide",
    ),
    do(
        "fresh12-14",
        "export the recording directly as a GIF file, with a resolution and frame rate that "
        "optimize file size and quality",
        [GIF, maybe(step("resize")), maybe(step("fps"))],
        note="any GIF; a smaller size or frame rate may be chosen",
    ),
    do(
        "fresh12-15",
        "tie together three clips (intro, main, outro) and scale the main to fit in a standard "
        "1920x1080 box with letterbox",
        [_FIT_1080, _LETTERBOX, _INTRO, _OUTRO],
        [_FIT_1080, _LETTERBOX, _OUTRO, _INTRO],
        [_LETTERBOX, _FIT_1080, _INTRO, _OUTRO],
        [_LETTERBOX, _FIT_1080, _OUTRO, _INTRO],
        [_YOUTUBE_PAD, _INTRO, _OUTRO],
        [_YOUTUBE_PAD, _OUTRO, _INTRO],
        assets=["intro.mp4", "outro.mp4"],
        probe=Probe(width=1280, height=960),
        note="the main (this video, 4:3) scaled and padded to 1920x1080 before the joins; the "
        "intro before it, the outro after it",
    ),
    do(
        "fresh12-16",
        "superimpose a semi-transparent PNG image in the lower right corner of the video, like "
        "the station logo we'd all see on the channels",
        [
            step(
                "overlay_image",
                file="station_logo.png",
                position="bottom-right",
                opacity=Below(100),
                start=None,
                end=None,
            )
        ],
        assets=["station_logo.png"],
    ),
    do(
        "fresh12-17",
        "add a gif (5s), text (5s stop) and the first frame of the video being stop-motion (5s "
        "stop), with no music in the duration, at the same time, and then start playing the "
        "video after 5s: the text is '15' in the center, the gif at the bottom",
        [_FREEZE_5, _TEXT_15, _GIF_BOTTOM],
        [_FREEZE_5, _GIF_BOTTOM, _TEXT_15],
        assets=["2.gif"],
        note="the first frame held 5 s (a freeze is silent), with the text and the GIF over "
        "those 5 s; then the video plays",
    ),
    do(
        "fresh12-18",
        "reduce the camera shake in the handheld recording with FFmpeg's deshake filter: -vf "
        "deshake=x=-1:y=-1:w=-1:h=-1:rx=16:ry=16",
        [step("stabilize")],
        note="any strength",
    ),
    do(
        "fresh12-19",
        "cut out some dead air, but leave a minimum of silence so the speaking sounds more "
        "natural, preserving pauses after a sentence",
        [step("remove_silence", where="all")],
        note="the margin left around the sound is the operation's own",
    ),
    do(
        "fresh12-20",
        "crop the 1920 x 1080 video to 640x640 without changing the aspect ratio, as the "
        "official Instagram app does",
        [_SQUARE, _TO_640],
        [_SHORT_SIDE_640, _SQUARE_640],
        note="the middle square of the whole height, scaled to 640x640 (or scaled first, then "
        "cropped)",
    ),
    do(
        "fresh12-21",
        'load the ".srt" subtitles with the video',
        [step("subtitles", file=AnyOf("subtitles.srt", None))],
        assets=["subtitles.srt"],
        note="burnt in: the only way an edit shows them",
    ),
    do(
        "fresh12-22",
        "create a lower resolution and time limited preview that is significantly smaller in "
        "size: downscale the video to e.g. 720p, lower the frame rate and quality and limit it "
        "to the first 30 sec",
        [
            anywhere(step("trim", start=0, end=30)),
            anywhere(_PREVIEW_720),
            anywhere(_LOWER_FPS),
            anywhere(_LOWER_QUALITY),
            maybe(_LOWER_QUALITY),
        ],
        probe=Probe(width=3840, height=2160, fps=60.0, duration=300.0),
        note="the first 30 s, 720p, fewer frames a second (any), a smaller file; any order",
    ),
    no_op(
        "fresh12-23",
        "mute the filler words (the Umm and Ums) instead of zapping them",
        "needs analysis",
        note="finding the filler words needs speech recognition",
    ),
    ask(
        "fresh12-24",
        "save a selection of the video as a new file, and remove the audio",
        "which part (start and end)",
        WHICH_PART,
    ),
    ask(
        "fresh12-25",
        "turn the video to audio and only take 10-15 seconds of it at different parts of the video",
        "which parts (their starts and ends)",
        (*WHICH_PART, "parts"),
    ),
    ask(
        "fresh12-26",
        "grab clips from the video, given a specific timecode and duration, and concatenate "
        "those clips into one video",
        "which timecodes and durations",
        (*WHICH_PART, "timecode", "duration"),
    ),
    ask(
        "fresh12-27",
        "cut away the talking before and after the music video, so only the music video is left",
        "where the music video starts and ends",
        (*WHICH_PART, "music"),
    ),
    ask(
        "fresh12-28",
        "rotate the video: it is in portrait mode, but it's supposed to be in landscape mode",
        "which way (90 degrees clockwise or counterclockwise)",
        ("which way", "direction", "clockwise", "counterclockwise", "counter-clockwise", "left"),
    ),
    ask(
        "fresh12-29",
        "cut the sides off of the video, so I'm left with the middle part",
        "how much (a width, an amount or an aspect ratio)",
        ("how much", "how many", "pixels", "aspect", "ratio", "width", "percent", "amount"),
    ),
    out_of_scope(
        "fresh12-30",
        "autocrop the black(ish) bars from the videos I watch: I have a square screen",
        "a player feature",
    ),
    out_of_scope(
        "fresh12-31",
        "force 30fps only with the 1080p and 720p streams, like the h264ify browser extension",
        "a player (stream choice) setting",
    ),
    out_of_scope(
        "fresh12-32",
        "dynamic range control: I find myself boosting the volume to hear dialog and dropping it "
        "for explosions, endlessly tweaking",
        "a player (media center) setting",
    ),
    out_of_scope(
        "fresh12-33",
        "a 16:10 option in the aspect ratio size selector under the video, cropping the right "
        "and left side so it is fullscreen on a 16:10 display",
        "a player (browser extension) feature",
    ),
    out_of_scope(
        "fresh12-34",
        "burn subtitles in the iOS client: for Chinese users the shape of the subtitle font is "
        "an important part of expressing emotion",
        "a player (client) setting",
    ),
    out_of_scope(
        "fresh12-35",
        "have the MJPEG encoder only encode grayscale images during a stream/video recording",
        "a camera recorder feature (recording)",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
