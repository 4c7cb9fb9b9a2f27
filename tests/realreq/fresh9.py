"""A ninth fresh, held-out collection of real requests (tests/realreq/fresh9.md): one checkable
case a row, encoded the way fresh8.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's, the rows are short,
typical asks, like the development set's. Each case follows its row's `expected` column; `[no op]`
rows are refusals of a DOABLE request no operation does, `[out of scope]` rows are OUT-OF-SCOPE
refusals. An `[extra input: …]` marker is left out of the request and the file it names is given
as an asset instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
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
TABLE = Path(__file__).with_name("fresh9.md")


def _muted(start: float, end: float) -> Want:
    """The sound silenced from `start` to `end`: no level, or one far below hearing."""
    return anywhere(
        step("volume", percent=Below(1), start=start, end=end)
        | step("volume", db=Below(-40), start=start, end=end)
    )


#: fresh9-20: the 585x1080 area of crop=585:1080, centred as ffmpeg's crop centres it.
_CROP_585 = step("crop_area", width=585, height=1080, x=None, anchor="center") | step(
    "crop_area", width=585, height=1080, x=Between(667, 668)
)
#: fresh9-20: Alignment=10 of an SSA style is the middle of the frame.
_SUBS_MIDDLE = step("subtitles", file=AnyOf("comments.srt", None), position="middle")

#: fresh9-21: one half (either side) of a 7680x3840 side-by-side frame.
_SIDES = AnyOf("left", "right", "top-left", "top-right", "bottom-left", "bottom-right")
_ONE_HALF = (
    step("crop_area", width=3840, height=3840, x=None, anchor=_SIDES)
    | step("crop_area", width=3840, height=3840, x=AnyOf(0, 3840))
    | step("crop_edges", left=50, right=0, top=0, bottom=0, unit="%")
    | step("crop_edges", left=0, right=50, top=0, bottom=0, unit="%")
    | step("crop_edges", left=3840, right=0, top=0, bottom=0, unit="px")
    | step("crop_edges", left=0, right=3840, top=0, bottom=0, unit="px")
)
#: fresh9-21: --output-res 960x-2: 960 wide, the height kept in proportion (960 for the half).
_PROXY_960 = (
    step("resize", width=960, height=AnyOf(None, 960))
    | step("resize", lines=960)
    | step("resize", percent=25)
)

CASES: tuple[Case, ...] = (
    do(
        "fresh9-01",
        "lower the volume of the video: it is considerably louder than the others",
        [step("volume", percent=Below(100), start=None, end=None)],
        [step("volume", db=Below(0), start=None, end=None)],
        [step("normalize")],
        note="quieter by any amount, or brought to a normal loudness",
    ),
    do(
        "fresh9-02",
        "mute the words that need to be censored: volume=enable='between(t,1,1.5)':volume=0 and "
        "volume=enable='between(t,4,4.5)':volume=0",
        [_muted(1, 1.5), _muted(4, 4.5)],
        note="the sound silenced from 1 to 1.5 s and from 4 to 4.5 s, the picture kept",
    ),
    do(
        "fresh9-03",
        "make something like a transition but for the end of the video, so it doesn't look like I "
        "just cut it off",
        [step("fade", direction="out", target=AnyOf("both", "video"))],
        note="a fade out at the end, of any length",
    ),
    do(
        "fresh9-04",
        "change the video to GrayScale in order to reduce the video size even more",
        [
            step("grayscale", start=None, end=None),
            maybe(step("quality", level="small")),
        ],
    ),
    do(
        "fresh9-05",
        "I have a 10 seconds video: cut from second 5 to second 8, a new video that should be 3sec",
        [step("trim", start=5, end=8)],
        probe=Probe(duration=10.0),
        note="the 3 s from 5 to 8 kept",
    ),
    do(
        "fresh9-06",
        "get a part of the video by specifying start and end points: -ss 00:00:10 -t 00:01:00",
        [step("trim", start=10, end=70)],
        probe=Probe(duration=120.0),
        note="-ss 10 s and -t 1 min: from 10 s to 70 s",
    ),
    do(
        "fresh9-07",
        "cut the video from 0-5 seconds: ffmpeg -ss 0 -t 5 -i 'input.mp4' output.mp4",
        [step("trim", start=0, end=5)],
    ),
    do(
        "fresh9-08",
        "convert the AVI to MP4-h264 without losing quality: I don't want to resize (scale) the "
        "video or change its aspect ratio",
        [
            step("convert", format="mp4"),
            maybe(step("codec", codec="h264")),
            maybe(step("quality", level="high")),
        ],
    ),
    no_op(
        "fresh9-09",
        "I have a .mp4 video, and I want a .avi video",
        "an .avi output (promptcut writes no avi)",
    ),
    do(
        "fresh9-10",
        "compress the video to be 10mb or below (Discord has limited the free upload size to 10mb)",
        [step("compress", max_mb=Between(1, 10))],
    ),
    do(
        "fresh9-11",
        'generate an app screen capture gif from the screencast: -vf "fps=10,scale=1620:-1:'
        'flags=lanczos,split[s0][s1];[s0]palettegen[p];[s1][p]paletteuse" output.gif',
        [step("gif", fps=10, width=1620)],
    ),
    do(
        "fresh9-12",
        "merge (concatenate) this video with the other video file",
        [step("join", clips=AnyOf(["clip2.mp4"], []), at="end")],
        assets=["clip2.mp4"],
    ),
    do(
        "fresh9-13",
        "add the graphics directly into the video: habitat-overview-title.png is the initial "
        "screen for the first few seconds, habitat-overview-end-slide.png at the end of the video",
        [
            anywhere(step("join", clips=["habitat-overview-title.png"], at="start")),
            anywhere(step("join", clips=["habitat-overview-end-slide.png"], at="end")),
        ],
        assets=["habitat-overview-title.png", "habitat-overview-end-slide.png"],
        note="the title slide before the video, the end slide after it",
    ),
    do(
        "fresh9-14",
        "overlay my logo in the video permanently, at the bottom right",
        [step("overlay_image", file="logo.png", position="bottom-right", start=None, end=None)],
        assets=["logo.png"],
    ),
    do(
        "fresh9-15",
        'add watermark: drawtext="fontfile=simhei.ttf: text=qwer:x=10:y=10:fontsize=24:'
        'fontcolor=white"',
        [
            step(
                "text",
                text="qwer",
                position="top-left",
                color=AnyOf("white", "#ffffff"),
                pixels=AnyOf(24, None),
                start=None,
                end=None,
            )
        ],
        note="x=10:y=10 is the top-left corner; 24 px if a size is set in pixels",
    ),
    do(
        "fresh9-16",
        "the MP4 video is rotated 90 degrees to the left: make it show up right side up",
        [step("rotate", degrees=90)],
        note="a quarter turn clockwise undoes one to the left",
    ),
    do(
        "fresh9-17",
        "remove the (mostly) silence time at the start of the meeting recording: everyone is "
        "waiting for the meeting to be started",
        [step("remove_silence", where="start")],
        probe=Probe(duration=3600.0),
    ),
    do(
        "fresh9-18",
        "reduce the playback speed by 0.6 to obtain the correct rate (I am converting super 8mm "
        "film)",
        [step("speed", factor=0.6, start=None, end=None)],
        note="0.6 times the speed: 18 fps film played at 30 fps",
    ),
    do(
        "fresh9-19",
        "smooth out the footage: my video is in windy conditions and there's some shaking/moving "
        "of the camera",
        [step("stabilize")],
    ),
    do(
        "fresh9-20",
        "add burned in subtitles as well as video cropping: crop=585:1080 and "
        "subtitles=comments.srt:force_style='Fontname=Verdana,Alignment=10'",
        [_CROP_585, _SUBS_MIDDLE],
        [_SUBS_MIDDLE, _CROP_585],
        assets=["comments.srt"],
        note="a centred 585x1080 crop of the 1920x1080 video, the subtitles in the middle",
    ),
    do(
        "fresh9-21",
        "fast encode the SBS (side by side) 3D video to a light proxy: crop half of the video (no "
        "matter which side) so that it is only one full side, encode it without sound, "
        "--output-res 960x-2",
        [
            _ONE_HALF,
            _PROXY_960,
            anywhere(step("mute")),
            maybe(step("quality", level="small")),
        ],
        probe=Probe(width=7680, height=3840),
        note="a 7680x3840 side-by-side frame: one 3840x3840 half, then 960 wide, no sound",
    ),
    no_op(
        "fresh9-22",
        "fade to white (the fade filter appears to be fade to black)",
        "a fade to white; fade only goes to black",
    ),
    no_op(
        "fresh9-23",
        "remove the watermark: in the lower right corner of the video there is a text watermark: "
        "GoEnhance.Ai",
        "removing a watermark (delogo)",
    ),
    no_op(
        "fresh9-24",
        "grab metadata from the mkv such as artist, title, year, and add that text in the lower "
        "left side of the screen for the first 10 seconds of the video and then the last 10 "
        "seconds",
        "text read from the file's metadata tags",
        probe=Probe(duration=240.0),
    ),
    ask(
        "fresh9-25",
        "export the selected moment from the video as a PNG/JPEG file",
        "which moment (a time)",
        (*WHICH_PART, "moment", "frame", "second"),
    ),
    ask(
        "fresh9-26",
        "crop the bottom to remove the hardsubs (the video has hard subbed subtitles in it)",
        "how much of the bottom (pixels or a share)",
        ("how much", "how many", "pixel", "percent", "%", "height", "tall", "size", "which"),
    ),
    ask(
        "fresh9-27",
        "add text at the top of the video (with a customized font size)",
        "what text (its words)",
        ("what text", "which text", "what should", "what it", "words", "say", "what"),
    ),
    ask(
        "fresh9-28",
        "rotate the mp4 video file: clockwise or counterclockwise",
        "which way (clockwise or counterclockwise)",
        ("which way", "direction", "clockwise", "counter", "which", "left or right", "degrees"),
    ),
    ask(
        "fresh9-29",
        "blur parts of the screen recording, to hide account numbers or Credit Card numbers",
        "where (which area) and when",
        (*WHICH_PART, "area", "region", "part", "position"),
    ),
    out_of_scope(
        "fresh9-30",
        "a quick Grayscale / Black & White playback toggle while playing a movie, without needing "
        "a second video file or any transcoding",
        "a player feature",
    ),
    out_of_scope(
        "fresh9-31",
        "add the logo of MTV (as layer?) in the top corner, to make a similar vibe while my "
        "YouTube playlists of music clips play",
        "a player (TV app) feature",
    ),
    out_of_scope(
        "fresh9-32",
        "provide 1.5 times the playback speed: when I look at the programming video tutorial, 2 "
        "times is still too fast",
        "a player's playback speed",
    ),
    out_of_scope(
        "fresh9-33",
        "play 30fps movies in 60fps on OS X, interpolating frames, like SVP (Smooth Video Project)",
        "a player feature",
    ),
    out_of_scope(
        "fresh9-34",
        "rotate the vertical portrait videos on my TV, so that they fill up the screen instead of "
        "playing with black bars on the sides",
        "a player (TV app) feature",
    ),
    out_of_scope(
        "fresh9-35",
        "fake hd, 4:3 to 16:9 via mirroring and blurring the edges, but in mpv for normal viewing "
        "(on the fly)",
        "a player feature",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
