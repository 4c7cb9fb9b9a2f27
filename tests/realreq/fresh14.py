"""A fourteenth fresh, held-out collection of real requests (tests/realreq/fresh14.md): one
checkable case a row, encoded the way fresh13.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh13's, the rows
are short, typical asks, like the development set's. Each case follows its row's `expected`
column; `[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out
of the request and the file it names is given as an asset instead."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import (
    GIF,
    AnyOf,
    Below,
    Between,
    Case,
    Probe,
    Want,
    anywhere,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh14.md")

#: fresh14-01: quieter by any amount ("tuned down a bit").
_QUIETER = step("volume", percent=Below(100), start=None, end=None) | step(
    "volume", db=Below(0), start=None, end=None
)

#: fresh14-02: volume=0.3: 30% of the level, or about -10.5 dB.
_TIMES_03 = step("volume", percent=Between(29, 31), start=None, end=None) | step(
    "volume", db=Between(-11, -10), start=None, end=None
)

#: fresh14-03: volume=1.5: 150% of the level, or about +3.5 dB.
_TIMES_15 = step("volume", percent=Between(145, 155), start=None, end=None) | step(
    "volume", db=Between(3.2, 3.8), start=None, end=None
)


def _muted(start: float, end: float) -> Want:
    """The sound silenced from `start` to `end`: no level, or one far below hearing."""
    return anywhere(
        step("volume", percent=Below(1), start=start, end=end)
        | step("volume", db=Below(-40), start=start, end=end)
    )


#: fresh14-10: 2 MB or less.
_UNDER_2MB = step("compress", max_mb=Between(1.5, 2))

#: fresh14-11: 720p, the width in proportion.
_H720 = step("resize", lines=720) | step("resize", height=720, width=None)

#: fresh14-12: 720x450 of a 1440x900 (16:10) recording.
_W720_450 = (
    step("resize", width=720, height=AnyOf(450, None))
    | step("resize", lines=450)
    | step("resize", height=450, width=AnyOf(720, None))
    | step("resize", percent=50)
)

#: fresh14-13: -s 320x240 of a 640x480 source.
_W320_240 = (
    step("resize", width=320, height=AnyOf(240, None))
    | step("resize", lines=240)
    | step("resize", height=240, width=AnyOf(320, None))
    | step("resize", percent=50)
)

#: fresh14-14: 720 px wide, of a 1920x1080 recording.
_W720 = (
    step("resize", width=720, height=None)
    | step("resize", lines=405)
    | step("resize", height=405, width=AnyOf(720, None))
)

#: fresh14-20: crop=540:480:90:0 of a 720x480 picture: 90 px off the left and the right.
_SIDES_90 = step("crop_edges", left=90, right=90, top=0, bottom=0, unit="px") | step(
    "crop_area", width=540, height=480, x=AnyOf(90, None), y=AnyOf(0, None)
)

#: fresh14-21: the centre 80% of 1920x1080 (1536x864), then scaled back to 1920x1080.
_CENTRE_80 = (
    step("crop_edges", left=10, right=10, top=10, bottom=10, unit="%")
    | step("crop_edges", left=192, right=192, top=108, bottom=108, unit="px")
    | step("crop_area", width=1536, height=864, x=AnyOf(192, None), y=AnyOf(108, None))
)
_BACK_TO_1080 = (
    step("resize", width=1920, height=AnyOf(1080, None))
    | step("resize", lines=1080)
    | step("resize", height=1080, width=AnyOf(1920, None))
    | step("resize", percent=125)
)

CASES: tuple[Case, ...] = (
    do(
        "fresh14-01",
        "tune the volume of the example video down a bit: it is extremely loud",
        [_QUIETER],
        note="quieter by any amount",
    ),
    do(
        "fresh14-02",
        "adjust the volume of the video to 0.3 times: ffmpeg -i input.mp4 -c:v copy -af "
        "volume=0.3 -y output.mp4",
        [_TIMES_03],
        note="volume=0.3 multiplies the level by 0.3 (about -10.5 dB)",
    ),
    do(
        "fresh14-03",
        'make the sound of the video 1.5 times as loud: ffmpeg -i input -af "volume=1.5" output',
        [_TIMES_15],
        note="volume=1.5 multiplies the level by 1.5 (about +3.5 dB)",
    ),
    do(
        "fresh14-04",
        "mute the part from 50 seconds to 60 seconds of the video, filling it with silence "
        "rather than deleting the audio",
        [_muted(50, 60)],
        probe=Probe(duration=120.0),
        note="the sound silenced from 50 to 60 s, the picture and the length kept",
    ),
    do(
        "fresh14-05",
        "change the video colour to black and white: ffmpeg -i input_file -filter_complex hue=s=0 "
        "-c:a copy output_file",
        [step("grayscale", start=None, end=None)],
        [step("saturation", percent=Between(-100, -99), start=None, end=None)],
        note="hue=s=0: no colour at all, the sound copied",
    ),
    do(
        "fresh14-06",
        "keep only the last 5 seconds of the video (an excerpt from the end): ffmpeg -i "
        "input_file -sseof -5 -c copy output_file",
        [step("trim", start=-5, end=AnyOf(None, 60))],
        probe=Probe(duration=60.0),
        note="-sseof -5: from 5 s before the end to the end (55 s to 60 s here)",
    ),
    do(
        "fresh14-07",
        "cut the video for Twitter: from the 5th second, 140 seconds long: ffmpeg -ss 5 -i input "
        "-t 140 -c copy output.mp4",
        [step("trim", start=5, end=145)],
        probe=Probe(duration=600.0),
        note="-ss 5 -t 140: 5 s to 145 s",
    ),
    do(
        "fresh14-08",
        "extract the part of the video from 00:01:00 to 00:02:30: ffmpeg -i input.mp4 -ss "
        "00:01:00 -to 00:02:30 -c copy output.mp4",
        [step("trim", start=60, end=150)],
        probe=Probe(duration=300.0),
    ),
    do(
        "fresh14-09",
        "decrease the size of my video to below 300KB so it can be sent",
        [step("compress", max_mb=Between(0.2, 0.3)), maybe(step("resize"))],
        probe=Probe(duration=20.0),
        note="300 KB is 0.3 MB; a smaller picture may come with it",
    ),
    do(
        "fresh14-10",
        "make the edited video a webm file of 2MB or less (VP9 video, Opus audio)",
        [
            anywhere(_UNDER_2MB),
            anywhere(step("convert", format="webm")),
            maybe(step("resize")),
            maybe(step("quality")),
        ],
        probe=Probe(duration=30.0),
        note="under 2 MB, as a webm, in either order",
    ),
    do(
        "fresh14-11",
        "re-encode the 1080p video to 720p with high quality encoding at a smaller size: "
        "ffmpeg -i input -c:v libx264 -crf 27 -c:a aac output.720p.mkv",
        [
            anywhere(_H720),
            maybe(step("quality")),
            maybe(step("convert", format="mkv")),
        ],
        note="720p (the width in proportion); -crf 27 allows a quality, the .mkv a format",
    ),
    do(
        "fresh14-12",
        "convert the demo video to a 720x450, 12 fps GIF (two-pass palette)",
        [step("gif", fps=12, width=720)],
        [anywhere(_W720_450), step("gif", fps=12, width=AnyOf(720, None))],
        [anywhere(_W720_450), anywhere(step("fps", fps=12)), GIF],
        [anywhere(step("fps", fps=12)), step("gif", fps=AnyOf(12, None), width=720)],
        probe=Probe(width=1440, height=900),
        note="720x450 (half of the 1440x900 recording) at 12 fps, as a GIF",
    ),
    do(
        "fresh14-13",
        "turn 10 seconds of the video, from the 25th second, into a GIF at 320x240 and 1 frame "
        r"per second, to share it on Weibo: ffmpeg -ss 25 -t 10 -i D:\Media\bear.wmv -s 320x240 "
        r"-f gif -r 1 D:\b.gif",
        [step("trim", start=25, end=35), step("gif", fps=1, width=320)],
        [
            step("trim", start=25, end=35),
            anywhere(_W320_240),
            step("gif", fps=AnyOf(1, None), width=AnyOf(320, None)),
        ],
        [
            step("trim", start=25, end=35),
            anywhere(_W320_240),
            anywhere(step("fps", fps=1)),
            GIF,
        ],
        [
            step("trim", start=25, end=35),
            anywhere(step("fps", fps=1)),
            step("gif", fps=AnyOf(1, None), width=320),
        ],
        probe=Probe(width=640, height=480, duration=120.0),
        note="-ss 25 -t 10: 25 s to 35 s; 320x240 (half of 640x480) at 1 fps, as a GIF",
    ),
    do(
        "fresh14-14",
        "make a GIF of the demo video: 720px wide, 24 fps, 1.2x playback speed",
        [
            anywhere(step("speed", factor=1.2, start=None, end=None)),
            step("gif", fps=24, width=720),
        ],
        [
            anywhere(step("speed", factor=1.2, start=None, end=None)),
            anywhere(_W720),
            step("gif", fps=AnyOf(24, None), width=AnyOf(720, None)),
        ],
        [
            anywhere(step("speed", factor=1.2, start=None, end=None)),
            anywhere(_W720),
            anywhere(step("fps", fps=24)),
            GIF,
        ],
        [
            anywhere(step("speed", factor=1.2, start=None, end=None)),
            anywhere(step("fps", fps=24)),
            step("gif", fps=AnyOf(24, None), width=720),
        ],
        note="1.2 times as fast, then a 720 px wide GIF at 24 fps",
    ),
    do(
        "fresh14-15",
        "add the watermark to the video: ffmpeg -i input.mp4 -i watermark.png -filter_complex "
        "overlay=1500:10 output.mp4",
        [
            step(
                "overlay_image",
                file="watermark.png",
                position=AnyOf("top-right", "top"),
                start=None,
                end=None,
            )
        ],
        assets=["watermark.png"],
        note="overlay=1500:10 on a 1920 px wide picture: 10 px from the top, near the right edge",
    ),
    do(
        "fresh14-16",
        "draw the text 'My Text' on the video only between 3 and 5 seconds: "
        "drawtext=fontfile=/path/to/fontfile:text=My Text:enable='between(t,3,5)'",
        [step("text", text="My Text", start=3, end=5)],
        probe=Probe(duration=20.0),
        note="the words exactly, from 3 s to 5 s; where and how big is left to the editor",
    ),
    do(
        "fresh14-17",
        "play the video at 0.8x speed, the sound keeping its pitch: ffmpeg -i src.mp4 -vf "
        "setpts=PTS/0.8 -af atempo=0.8 dest.mp4",
        [step("speed", factor=0.8, start=None, end=None)],
    ),
    do(
        "fresh14-18",
        "make a 10x speed video of movie.mov (480x320, 60 fps), without the audio: -r 600 -an",
        [
            anywhere(step("speed", factor=10, start=None, end=None)),
            anywhere(step("mute")),
            maybe(step("fps")),
        ],
        probe=Probe(width=480, height=320, fps=60.0, duration=600.0),
        note="ten times as fast and no sound, in either order; a frame rate may come with it",
    ),
    do(
        "fresh14-19",
        "stabilize the action camera video of my ride: the camera has no stabilization, and the "
        "road surface makes the footage shake",
        [step("stabilize")],
        note="any strength",
    ),
    do(
        "fresh14-20",
        "cut away the 90-pixel black bars on the left and right of the 720x480 widescreen "
        'broadcast: ffmpeg -i inpfile -vf crop="540:480:90:0" -aspect 4:3 outfile',
        [anywhere(_SIDES_90), maybe(step("resize"))],
        probe=Probe(width=720, height=480),
        note="crop=540:480:90:0: 90 px off each side; -aspect 4:3 may come as a resize",
    ),
    do(
        "fresh14-21",
        "crop the centre 80% of the frame and scale it 1.25x back to the original size: ffmpeg "
        '-i input.mp4 -vf "crop=iw*0.8:ih*0.8, scale=iw/0.8:ih/0.8" output.mp4',
        [_CENTRE_80, _BACK_TO_1080],
        note="a 1536x864 centre crop of the 1920x1080 picture, then 1920x1080 again",
    ),
    do(
        "fresh14-22",
        "cut out the 280x210 area at x=200, y=12 of the 480x240 video, without sound, at "
        'the 6.427508 fps rate: -r 6.427508 -filter:v "crop=280:210:200:12" -an',
        [
            anywhere(step("crop_area", width=280, height=210, x=200, y=12)),
            anywhere(step("mute")),
            maybe(step("fps", fps=Between(6.4, 6.45))),
        ],
        probe=Probe(width=480, height=240),
        note="the rectangle, no sound, in either order; the frame rate may be set too",
    ),
    do(
        "fresh14-23",
        "burn the subtitle.srt into the video with the Roboto font and a box behind the lines: "
        "-vf \"subtitles=subtitle.srt:force_style='Fontname=Roboto,OutlineColour=&H40000000,"
        "BorderStyle=3'\"",
        [step("subtitles", file=AnyOf("subtitle.srt", None))],
        assets=["subtitle.srt"],
        note="burnt in; the font and the box are styling the operation leaves to its defaults",
    ),
    ask(
        "fresh14-24",
        "rotate the video, for example 90 degrees or 180 degrees",
        "which angle",
        ("which", "angle", "degrees", "90", "180", "270", "how far", "direction", "clockwise"),
    ),
    ask(
        "fresh14-25",
        "add 4 drawing texts to the video at the same time",
        "which texts (the words)",
        ("which text", "what text", "which words", "what words", "what should", "say", "words"),
    ),
    ask(
        "fresh14-26",
        "add text (single or multiline) on the mp4",
        "which text (the words)",
        ("which text", "what text", "which words", "what words", "what should", "say", "words"),
    ),
    ask(
        "fresh14-27",
        "apply video effects like sepia, black and white, hue",
        "which effect",
        ("which", "effect", "sepia", "black and white", "hue", "one of"),
    ),
    ask(
        "fresh14-28",
        "crop the frame of the flower garden video to show a specific flower, without zooming or "
        "scaling the image",
        "which area (where the flower is)",
        ("which", "where", "area", "region", "rectangle", "pixels", "position", "coordinates"),
    ),
    ask(
        "fresh14-29",
        "export the video in a different resolution, like 480p, 720p or 1080p",
        "which resolution",
        ("which", "resolution", "480p", "720p", "1080p", "size", "height"),
    ),
    ask(
        "fresh14-30",
        "flip the video: -vf hflip for the 'webcam effect', or a vertical flip",
        "which direction (horizontal or vertical)",
        ("which", "horizontal", "vertical", "direction", "left-right", "upside"),
    ),
    out_of_scope(
        "fresh14-31",
        "play all the videos in monochrome (greyscale) with python-mpv, without going through "
        "cv2 frame by frame",
        "a player setting",
    ),
    out_of_scope(
        "fresh14-32",
        "burn in the subtitle track while casting the video (--burn <track number>)",
        "a casting (streaming) feature",
    ),
    out_of_scope(
        "fresh14-33",
        "add a watermark feature to the screen recorder: a logo or URL in a corner of the "
        "recording",
        "a screen recorder feature",
    ),
    out_of_scope(
        "fresh14-34",
        "slow down the video playback (x0.5) in ExoPlayer",
        "a player (playback speed) setting",
    ),
    out_of_scope(
        "fresh14-35",
        "add a key to rotate the video 180 degrees while I watch it in the player",
        "a player feature",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
