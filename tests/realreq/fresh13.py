"""A thirteenth fresh, held-out collection of real requests (tests/realreq/fresh13.md): one
checkable case a row, encoded the way fresh12.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh12's, the rows
are short, typical asks, like the development set's. Each case follows its row's `expected`
column; `[no op]` rows are refusals of a DOABLE request no operation does, `[out of scope]` rows
are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the request and the file
it names is given as an asset instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    GIF,
    VERTICAL,
    Above,
    AnyOf,
    Between,
    Case,
    Probe,
    anywhere,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh13.md")

#: fresh13-01: louder by any amount (the TV's 16 to 32 is not a level of the file).
_LOUDER = step("volume", percent=Above(100), start=None, end=None) | step(
    "volume", db=Above(0), start=None, end=None
)

#: fresh13-02: a 1 s fade from black at the start and to black at the end.
_FADE_IN = step("fade", direction="in", duration=1, target=AnyOf("video", "both"))
_FADE_OUT = step("fade", direction="out", duration=1, target=AnyOf("video", "both"))

#: fresh13-09: 10 or 12 MB, from 35 MB.
_TO_12MB = step("compress", max_mb=Between(9.5, 12))

#: fresh13-10, fresh13-11: a smaller file (-crf 22, -q 55), with or without a size to stay under.
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Above(0))

#: fresh13-13: -s 480x270 (of the 1920x1080) and -r 15, as a GIF.
_W480 = (
    step("resize", width=480, height=AnyOf(270, None))
    | step("resize", lines=270)
    | step("resize", height=270, width=AnyOf(480, None))
)
#: fresh13-17: 50% of 1920x1080 is 960x540.
_HALF = (
    step("resize", percent=50)
    | step("resize", width=960, height=AnyOf(540, None))
    | step("resize", lines=540)
    | step("resize", height=540, width=AnyOf(960, None))
)

#: fresh13-20: the front video (1920x1080, like the main one) scaled to half its size: half the
#: main video's width, in the bottom-right corner.
_PIP_HALF = step(
    "pip", file="front.mp4", position="bottom-right", size=Between(40, 60), start=None, end=None
) | step(
    "pip",
    file="front.mp4",
    position="bottom-right",
    pixels=Between(860, 1060),
    start=None,
    end=None,
)

#: fresh13-23: scale=-1:720 (720 high, the width kept in proportion) and -an (no sound).
_H720 = step("resize", lines=720) | step("resize", height=720, width=None)

CASES: tuple[Case, ...] = (
    do(
        "fresh13-01",
        "make the audio in the transcoded video louder: when I watch it on my TV I have to double "
        "the volume, from 16 to about 32",
        [_LOUDER],
        [step("normalize")],
        note="louder by any amount, or brought to a normal loudness",
    ),
    do(
        "fresh13-02",
        "add a video fade in (from black) and fade out (to black) at the start and end of the "
        "clip: fade=t=in:st=0:d=1,fade=t=out:st={outStart}:d=1",
        [_FADE_IN, _FADE_OUT],
        [_FADE_OUT, _FADE_IN],
        note="d=1: 1 s each; the picture only (a video fade) or picture and sound",
    ),
    do(
        "fresh13-03",
        "make a small preview video from the full video, 100 mins long: from 2 minutes to 7 "
        "minutes",
        [step("trim", start=120, end=420)],
        probe=Probe(duration=6000.0),
    ),
    do(
        "fresh13-04",
        "cut the video clip losslessly: ffmpeg -ss 00:31:00 -to 00:55:09 -i 123.mp4 -c:v copy "
        "-c:a copy outputVideo.mp4",
        [step("trim", start=1860, end=3309)],
        probe=Probe(duration=4000.0),
        note="-ss and -to before -i: the part from 31:00 to 55:09 of the input",
    ),
    do(
        "fresh13-05",
        "trim the vertical video in time without losing its resolution: -i input.mp4 -t 30 "
        "-acodec copy -vcodec copy output.mp4",
        [step("trim", start=0, end=30), maybe(step("quality", level="high"))],
        probe=Probe(width=VERTICAL.width, height=VERTICAL.height, duration=120.0),
        note="-t 30: the first 30 s, the picture's size unchanged",
    ),
    do(
        "fresh13-06",
        "remove the audio lead-in at the beginning of the video (the audio is a bit hot during "
        "the intro): ffmpeg -ss 11 -i video.mp4 -c copy",
        [step("trim", start=11, end=None)],
        probe=Probe(duration=600.0),
        note="-ss 11: the video from 11 s on, sound and picture",
    ),
    do(
        "fresh13-07",
        'cut up the video without re-encoding: START_TIME=995, ffmpeg -ss "$START_TIME" -i '
        "bot5.mp4 -map 0 -c copy cutted.mp4",
        [step("trim", start=995, end=None)],
        probe=Probe(duration=3600.0),
        note="from 995 s to the end; bot5.mp4 and cutted.mp4 are the files",
    ),
    do(
        "fresh13-08",
        "clip off the last 5 seconds of the video",
        [step("trim", start=0, end=-5)],
        probe=Probe(duration=120.0),
    ),
    do(
        "fresh13-09",
        "make the 35 meg video a lot smaller, to say 10 or 12 meg, so it is easy to email: I "
        "don't mind if it's grainy or pixellated, as long as the audio is OK",
        [
            anywhere(_TO_12MB),
            maybe(step("resize")),
            maybe(step("fps")),
            maybe(step("quality", level="small")),
        ],
        probe=Probe(duration=180.0),
        note="under 10 to 12 MB; a smaller picture, frame rate or quality may come with it",
    ),
    do(
        "fresh13-10",
        "make the filesize of the video smaller: ffmpeg -y -i input.mp4 -c:v libx264 -crf 22 "
        "-preset veryslow -tune film output.mp4",
        [_SMALLER, maybe(step("convert", format="mp4"))],
        note="-crf 22: a smaller file, by quality or by a size",
    ),
    do(
        "fresh13-11",
        "shrink the 22MB demo GIF to an MP4: ffmpeg -y -i pgassistant.gif -c:v libx265 -q 55 "
        "-tag:v hvc1 -movflags '+faststart' -pix_fmt yuv420p pgassistant.mp4",
        [step("convert", format="mp4"), maybe(_SMALLER)],
        note="the animation saved as an mp4; a smaller quality may come with it",
    ),
    no_op(
        "fresh13-12",
        "convert the mp4 back to wmv: I need to keep the videos in a wmv format",
        "no op",
        note="promptcut writes no .wmv files",
    ),
    do(
        "fresh13-13",
        "convert the mp4 to a small GIF: ffmpeg -i carina-demo4.mp4 -s 480x270 -r 15 -f gif",
        [step("gif", fps=15, width=480)],
        [anywhere(_W480), step("gif", fps=15, width=AnyOf(480, None))],
        [anywhere(_W480), anywhere(step("fps", fps=15)), step("convert", format="gif")],
        [anywhere(step("fps", fps=15)), step("gif", fps=AnyOf(15, None), width=480)],
        note="480x270 at 15 fps, as a GIF, by the gif operation or by its parts",
    ),
    do(
        "fresh13-14",
        "make a short gif of the full video from 1:00 to 1:15, where we see the interaction with "
        "the interface",
        [step("trim", start=60, end=75), GIF],
        probe=Probe(duration=180.0),
        note="1:00 to 1:15, as a GIF of any size and frame rate",
    ),
    do(
        "fresh13-15",
        "convert the .mov file into an animated GIF file, rescaling to 600 pixels in width",
        [step("gif", width=600)],
        [
            step("resize", width=600, height=None),
            step("gif", width=AnyOf(600, None)),
        ],
        [step("resize", width=600, height=None), step("convert", format="gif")],
        note="600 px wide, the height in proportion",
    ),
    do(
        "fresh13-16",
        "change the frame rate (fps) 25 --> 12",
        [step("fps", fps=12)],
        probe=Probe(fps=25.0),
    ),
    do(
        "fresh13-17",
        "scale the dimensions of the phone video to 50%, keeping the same fps as the original",
        [_HALF],
        note="half of 1920x1080; the frame rate untouched",
    ),
    do(
        "fresh13-18",
        "merge the two mp4 files into 1",
        [step("join", clips=AnyOf(["second.mp4"], []), at=AnyOf("end", "start"))],
        assets=["second.mp4"],
        note="the request does not say which comes first: either order",
    ),
    do(
        "fresh13-19",
        "put the watermark on the video: -i ic_watermark.png -filter_complex "
        "overlay=main_w-overlay_w-5:main_h-overlay_h-5",
        [
            step(
                "overlay_image",
                file="ic_watermark.png",
                position="bottom-right",
                start=None,
                end=None,
            )
        ],
        assets=["ic_watermark.png"],
        note="main_w-overlay_w-5:main_h-overlay_h-5: the bottom-right corner, 5 px in",
    ),
    do(
        "fresh13-20",
        "picture in picture: scale the front video to half its size and overlay it in the "
        "bottom-right corner, 10 px from the edges: [1]scale=iw/2:ih/2[pip];[0][pip]"
        "overlay=main_w-overlay_w-10:main_h-overlay_h-10",
        [_PIP_HALF],
        assets=["front.mp4"],
        note="the front video is 1920x1080 like the main one: half its size is half the width",
    ),
    do(
        "fresh13-21",
        "rotate the video for 90 degrees",
        [step("rotate", degrees=AnyOf(90, 270))],
        note="a quarter turn; clockwise is the usual reading, counterclockwise is accepted too",
    ),
    do(
        "fresh13-22",
        "compress the video so that its runtime is as short as possible, by removing any "
        "significant gaps between words",
        [step("remove_silence", where="all")],
        note="'compress' is the runtime here: the gaps cut, not the file shrunk",
    ),
    do(
        "fresh13-23",
        "reduce the size of the video file: ffmpeg -i input -c:v libx264 -crf 20 -preset slower "
        "-an -sn -map_metadata -1 -map_chapters -1 -vf scale=-1:720 output.mp4",
        [
            anywhere(_H720),
            anywhere(step("mute")),
            maybe(step("quality")),
            maybe(step("convert", format="mp4")),
        ],
        note="scale=-1:720 (720 high) and -an (no sound), in any order; -crf 20 allows a quality",
    ),
    ask(
        "fresh13-24",
        "just cut the movie: keep 5 minutes out of the 22 (not from the beginning), just muxing "
        "the audio and video",
        "which 5 minutes (where they start)",
        (*WHICH_PART, "minutes"),
        probe=Probe(duration=1320.0),
    ),
    ask(
        "fresh13-25",
        "clip the video: it is 5 min long and I want to make a 15 sec video of it",
        "which 15 seconds (start and end)",
        (*WHICH_PART, "seconds"),
        probe=Probe(duration=300.0),
    ),
    ask(
        "fresh13-26",
        "turn the audio volume down or up",
        "which way and how much",
        (
            "which way",
            "up or down",
            "louder or quieter",
            "louder",
            "quieter",
            "how much",
            "level",
            "percent",
            "decibel",
            "dB",
        ),
    ),
    ask(
        "fresh13-27",
        "re-encode the video: its aspect ratio is wrong",
        "which aspect ratio is the right one",
        ("aspect", "ratio", "which", "16:9", "4:3", "shape"),
    ),
    ask(
        "fresh13-28",
        "resize the video and hardsub the subtitle into it",
        "which size",
        (
            "size",
            "resolution",
            "which",
            "how big",
            "how small",
            "width",
            "height",
            "dimensions",
            "percent",
        ),
        assets=["subtitle.ass"],
    ),
    ask(
        "fresh13-29",
        "convert the video to another media format",
        "which format",
        ("format", "which", "what kind", "container", "file type", "extension"),
    ),
    out_of_scope(
        "fresh13-30",
        "increase the video speed greater than x2 in the player (such as 2.5x or 3x): the 2x "
        "speed is too slow for me",
        "a player (playback speed) setting",
    ),
    out_of_scope(
        "fresh13-31",
        "increase the brightness of the video in the player: it is showing very dark on many "
        "phones",
        "a player setting",
    ),
    out_of_scope(
        "fresh13-32",
        "add the srt file that is in the directory with the video file to the stream of the add-on",
        "a streaming add-on feature",
    ),
    out_of_scope(
        "fresh13-33",
        "play my .avi videos directly in the browser like mp4 files, transcoding them to mp4 on "
        "demand and caching them",
        "a file server (playback) feature",
    ),
    out_of_scope(
        "fresh13-34",
        "apply (or preview before applying) filters on the webcam live feed, like the video "
        "example",
        "a live camera feed",
    ),
    out_of_scope(
        "fresh13-35",
        "hover-scrub on the thumbnail of video files, and auto-play the videos in the preview "
        "panel",
        "a file manager feature",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
