"""A sixteenth fresh, held-out collection of real requests (tests/realreq/fresh16.md): one
checkable case a row, encoded the way fresh15.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh15's, the rows
are short, typical asks, like the development set's. Each case follows its row's `expected`
column; `[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out
of the request and the file it names is given as an asset instead."""

from __future__ import annotations

from pathlib import Path

from .cases import CORNERS, ask, do, out_of_scope
from .score import (
    GIF,
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
TABLE = Path(__file__).with_name("fresh16.md")

#: fresh16-08, fresh16-18: 720p, as a standard or as a size (16:9 input).
_TO_720 = (
    step("resize", lines=720)
    | step("resize", height=720, width=AnyOf(1280, None))
    | step("resize", width=1280, height=AnyOf(720, None))
)

#: fresh16-12, fresh16-18: a smaller file, by a size or a quality level.
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step(
    "compress", max_mb=Between(1, 8)
)

CASES: tuple[Case, ...] = (
    do(
        "fresh16-01",
        "output the colour animation/video in black and white",
        [step("grayscale", start=None, end=None)],
        [step("saturation", percent=Between(-100, -99), start=None, end=None)],
    ),
    do(
        "fresh16-02",
        'raise the volume, say 3db: ffmpeg -i input.mkv -filter:a "volume=3.0" output.mkv',
        [
            step("volume", db=Between(2.5, 10), start=None, end=None)
            | step("volume", percent=Between(130, 300), start=None, end=None)
        ],
        note="louder: +3 dB as said, or 3x as the pasted volume=3.0 does; either is fair",
    ),
    do(
        "fresh16-03",
        'transcode the video at 1,5x speed: -filter_complex "[0:v]setpts=0.666666667*PTS[v];'
        '[0:a]atempo=1.5[a]"',
        [step("speed", factor=1.5, start=None, end=None)],
    ),
    do(
        "fresh16-04",
        "add a 150x150 logo on one of the screen corners",
        [step("overlay_image", file="logo.png", position=CORNERS, start=None, end=None)],
        assets=["logo.png"],
        note="any corner; the 150 px size may be set",
    ),
    do(
        "fresh16-05",
        "save the video with the subtitles as an mp4 file, not just the .srt",
        [
            step("subtitles", file=AnyOf("subtitles.srt", None)),
            maybe(step("convert", format="mp4")),
        ],
        assets=["subtitles.srt"],
        note="the subtitles burnt into the picture; an mp4 output may be asked for",
    ),
    do(
        "fresh16-06",
        "make a GIF of the clip from 7 seconds in: ffmpeg -ss 7 -i clip.mp4 -i palette.png "
        '-filter_complex "fps=30,scale=480:-1:flags=lanczos[x];[x][1:v]paletteuse" clip.gif',
        [
            step("trim", start=7, end=AnyOf(None, 60)),
            step("gif", fps=30, width=480),
        ],
        [
            step("trim", start=7, end=AnyOf(None, 60)),
            anywhere(step("fps", fps=30)),
            anywhere(step("resize", width=480, height=None)),
            GIF,
        ],
        probe=Probe(duration=60.0),
        note="from 7 s to the end, as a 30 fps GIF 480 px wide",
    ),
    do(
        "fresh16-07",
        "update the demo gif: ffmpeg -i r-mcp-anyflights.mov -vf "
        '"fps=15,scale=1080:-1:flags=lanczos,setpts=0.3*PTS,split[s0][s1];[s0]palettegen[p];'
        '[s1][p]paletteuse" -loop 0 output.gif',
        [
            anywhere(step("speed", factor=Between(3.2, 3.4), start=None, end=None)),
            step("gif", fps=15, width=1080),
        ],
        [
            anywhere(step("speed", factor=Between(3.2, 3.4), start=None, end=None)),
            anywhere(step("fps", fps=15)),
            anywhere(step("resize", width=1080, height=None)),
            GIF,
        ],
        note="setpts=0.3*PTS plays it 1/0.3 = 3.33x as fast; a 15 fps GIF 1080 px wide",
    ),
    do(
        "fresh16-08",
        "transcode the file to 720p, and export it to mp4 not mkv",
        [anywhere(_TO_720), anywhere(step("convert", format="mp4"))],
        note="720p and an .mp4, in either order",
    ),
    do(
        "fresh16-09",
        "add a text watermark: ffmpeg -y -i input.mp4 -vf drawtext=fontsize=100:text='hello "
        "world':x=20:y=20:fontcolor=blue:alpha=0.5 output.mp4",
        [step("text", text="hello world", position="top-left", start=None, end=None)],
        note="the words exactly, 20 px from the top-left corner; colour and size may be set",
    ),
    do(
        "fresh16-10",
        "crop the black borders of around 30px each at the top and bottom of the 720p video",
        [step("crop_edges", top=30, bottom=30, left=0, right=0, unit="px")],
        [step("crop_area", width=1280, height=660, x=AnyOf(0, None), y=AnyOf(30, None))],
        probe=Probe(width=1280, height=720),
        note="30 px off the top and 30 px off the bottom: 1280x660 remain",
    ),
    do(
        "fresh16-11",
        "add a fade in and fade out to the video's own audio track",
        [
            anywhere(step("fade", direction="in", target="audio")),
            anywhere(step("fade", direction="out", target="audio")),
        ],
        note="the sound only, faded in at the start and out at the end; any length",
    ),
    do(
        "fresh16-12",
        "compress the ~100MB demo MOV: convert it to MP4 with -movflags faststart and strip "
        "the empty audio track (about 6MB, no visible quality loss)",
        [
            anywhere(step("convert", format="mp4")),
            anywhere(step("mute")),
            maybe(_SMALLER),
        ],
        note="an .mp4 with no audio track; a size or quality step may come with it",
    ),
    do(
        "fresh16-13",
        "re-encode the video to get it under GitHub's maximum video size (100mb)",
        [step("compress", max_mb=Between(90, 100))],
    ),
    do(
        "fresh16-14",
        'merge the video clips a.mp4 and b.mp4: ffmpeg -i "concat:a.mp4|b.mp4" -c copy '
        "output10.mp4",
        [step("join", clips=AnyOf(["b.mp4"], []), at="end")],
        assets=["b.mp4"],
        note="the video is a.mp4; b.mp4 after it",
    ),
    do(
        "fresh16-15",
        "degrain/denoise the noisy content with ffmpeg's nlmeans or hqdn3d filter",
        [step("denoise", start=None, end=None)],
    ),
    do(
        "fresh16-16",
        "make the video square for Instagram: use the width or height for the square "
        "dimension, whichever is bigger, and add a background border to make up for the space",
        [step("pad", aspect="1:1")],
        [step("platform", platform="instagram_post", fit="pad")],
        [step("blur_fill", aspect="1:1")],
        note="1:1 by adding bars, nothing cropped; a blurred fill is a border too",
    ),
    do(
        "fresh16-17",
        "draw the text 'Artist' in the middle: drawtext=\"text='Artist': fontcolor=white: "
        'fontsize=24: x=(w-text_w)/2: y=(h-text_h)/2"',
        [step("text", text="Artist", position="center", start=None, end=None)],
    ),
    do(
        "fresh16-18",
        "shrink the demo video so GitHub can preview it: re-encode it to 1280x720 H.264/AAC "
        'with +faststart: ffmpeg -i demo-1080p.mp4 -vf "scale=-2:720" -c:v libx264 -crf 28 '
        "-preset slow -c:a aac -b:a 96k -movflags +faststart public/demo.mp4",
        [
            anywhere(_TO_720),
            maybe(_SMALLER),
            maybe(step("reencode")),
            maybe(step("convert", format="mp4")),
        ],
        note="720p is the edit; a smaller quality, a re-encode or the mp4 format may come with it",
    ),
    ask(
        "fresh16-19",
        "add the logo and the username as a watermark to the video",
        "the logo image and the username (neither is given)",
        ("logo", "image", "file", "username", "user name", "which", "what name", "provide"),
    ),
    ask(
        "fresh16-20",
        "add a watermark text to the video",
        "which text",
        ("which", "what", "text", "words", "say", "wording"),
    ),
    ask(
        "fresh16-21",
        "loop the video the number of times I want, as a new video file",
        "how many times",
        ("how many", "times", "number", "count", "repeat"),
    ),
    ask(
        "fresh16-22",
        "cut the silence from the video, but leave X seconds of silence in each silent period",
        "how many seconds of silence to leave (X)",
        ("how many", "seconds", "how long", "how much", "length"),
    ),
    ask(
        "fresh16-23",
        "set the volume of the background sound when mixing it into the video",
        "which background sound file (none is given), and how loud",
        ("which", "file", "music", "audio", "sound", "level", "how loud", "percent", "db"),
    ),
    ask(
        "fresh16-24",
        "trim from the ends: cut the first N seconds and the last N seconds in one action",
        "how many seconds (N)",
        ("how many", "seconds", "how long", "how much"),
    ),
    out_of_scope(
        "fresh16-25",
        "flip the self video horizontally in the call, so that I see myself as in a mirror",
        "a video call app's own view",
    ),
    out_of_scope(
        "fresh16-26",
        "add support for volume boost up to 200% in the player, the same way as it is done in vlc",
        "a player feature",
    ),
    out_of_scope(
        "fresh16-27",
        "include a 90° (or 270°) rotated portrait mode in the camera, similar to the 180° "
        "rotated mode for ceiling mount",
        "a camera firmware feature",
    ),
    out_of_scope(
        "fresh16-28",
        "fix the logo on the top right corner of the video.js player",
        "a player overlay",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
