"""A seventeenth fresh, held-out collection of real requests (tests/realreq/fresh17.md): one
checkable case a row, encoded the way fresh15.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh15's, the rows
are short, typical asks, like the development set's; none of them comes from github.com. Each case
follows its row's `expected` column; `[no op]` and `[needs analysis]` rows are DOABLE refusals and
`[out of scope]` rows OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the
request and the file it names is given as an asset instead."""

from __future__ import annotations

from pathlib import Path

from .cases import CORNERS, WHICH_PART, ask, do, no_op, out_of_scope
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
TABLE = Path(__file__).with_name("fresh17.md")

#: A fade from black at the start and one to black at the end, of any length.
_FADE_IN = step("fade", direction="in", target=AnyOf("video", "both"))
_FADE_OUT = step("fade", direction="out", target=AnyOf("video", "both"))

#: 720p: 720 lines, or 1280x720 from a 16:9 picture.
_720 = (
    step("resize", lines=720)
    | step("resize", height=720, width=AnyOf(1280, None))
    | step("resize", width=1280, height=AnyOf(720, None))
)

#: fresh17-10: the middle half of a 1280x720 picture (about 640x360), kept by either crop.
_MIDDLE_HALF = (
    step(
        "crop_area",
        width=Between(560, 720),
        height=Between(315, 405),
        x=None,
        y=None,
        anchor="center",
    )
    | step(
        "crop_area",
        width=Between(560, 720),
        height=Between(315, 405),
        x=Between(280, 360),
        y=Between(157, 203),
    )
    | step(
        "crop_edges",
        left=Between(280, 360),
        right=Between(280, 360),
        top=Between(157, 203),
        bottom=Between(157, 203),
        unit="px",
    )
    | step(
        "crop_edges",
        left=Between(22, 28),
        right=Between(22, 28),
        top=Between(22, 28),
        bottom=Between(22, 28),
        unit="%",
    )
)

#: fresh17-17: crop=in_w:3/4*in_h of 1920x1080, the middle 1920x810.
_THREE_QUARTERS_HIGH = (
    step("crop_area", width=1920, height=810, x=None, y=None, anchor="center")
    | step("crop_area", width=1920, height=810, x=0, y=135)
    | step("crop_edges", top=135, bottom=135, left=0, right=0, unit="px")
    | step("crop_edges", top=12.5, bottom=12.5, left=0, right=0, unit="%")
)
_WIMSWORLD = step("text", text="WimsWorld", position="bottom-right", start=None, end=None)

#: fresh17-20: crop=iw:365 of 854x480, the middle 854x365.
_BARS_365 = (
    step("crop_area", width=854, height=365, x=None, y=None, anchor="center")
    | step("crop_area", width=854, height=365, x=0, y=Between(57, 58))
    | step(
        "crop_edges",
        top=Between(57, 58),
        bottom=Between(57, 58),
        left=0,
        right=0,
        unit="px",
    )
)

#: fresh17-21: crop=iw:iw*9/16 of 1080x1920, the centred 1080x608 (16:9), then 640x360.
_CENTRE_16_9 = step("crop", aspect="16:9") | step(
    "crop_area", width=1080, height=Between(606, 608), x=None, y=None, anchor="center"
)
_640x360 = (
    step("resize", width=640, height=AnyOf(360, None))
    | step("resize", height=360, width=AnyOf(640, None))
    | step("resize", lines=360)
)

CASES: tuple[Case, ...] = (
    do(
        "fresh17-01",
        "turn the portrait clip of waves crashing on the beach 90° clockwise (it was shot with the "
        "compact camera turned upright)",
        [step("rotate", degrees=90)],
    ),
    do(
        "fresh17-02",
        "encode the video to an almost exact file size, to stay within Discord's 8MiB limit, and "
        "strip the audio out",
        [
            anywhere(step("compress", max_mb=Between(7, 8.4))),
            anywhere(step("mute")),
            maybe(step("resize")),
        ],
        note="8 MiB is 8.39 MB; no sound; a smaller picture may come with it",
    ),
    do(
        "fresh17-03",
        "raise the volume of the short film's audio without losing quality: the audio from the "
        "boom mic came out very low (running around -30 dB)",
        [step("volume", percent=Above(100), start=None, end=None)],
        [step("volume", db=Above(0), start=None, end=None)],
        [step("normalize")],
        note="louder, by any amount (or loudness-normalized); the -30 dB is the level it is at",
    ),
    do(
        "fresh17-04",
        "cut out minute 1 to minute 3 of the video and add a fade in and fade out: ffmpeg -ss 60 "
        '-to 180 -i input.mp4 -vf "fade=t=in:st=0:d=1,fade=t=out:st=119:d=1"',
        [step("trim", start=60, end=180), _FADE_IN, _FADE_OUT],
        [step("trim", start=60, end=180), _FADE_OUT, _FADE_IN],
        probe=Probe(duration=300.0),
        note="keep 60 s to 180 s (剪出来: cut out and keep), then fade in and out (1 s each)",
    ),
    do(
        "fresh17-05",
        "convert the video to 720p MP4 with good compression",
        [
            anywhere(_720),
            maybe(step("convert", format="mp4")),
            maybe(step("quality", level=AnyOf("balanced", "small"))),
        ],
    ),
    do(
        "fresh17-06",
        "trim the video to the first 10 seconds, add my logo in the corner, and export it as a GIF",
        [
            anywhere(step("trim", start=0, end=10)),
            anywhere(step("overlay_image", file="logo.png", position=CORNERS)),
            GIF,
        ],
        assets=["logo.png"],
        note="the first 10 s, the logo in any corner, as a GIF (last)",
    ),
    do(
        "fresh17-07",
        "join the video (video1.mp4) and video2.mp4",
        [step("join", clips=AnyOf(["video2.mp4"], []), at="end")],
        assets=["video2.mp4"],
        note="video2.mp4 after the video (or every clip given, in order)",
    ),
    do(
        "fresh17-08",
        "Trim this video from 00:30 to 02:00, add a fade-in, and convert to 720p",
        [step("trim", start=30, end=120), _FADE_IN, anywhere(_720)],
        [anywhere(_720), step("trim", start=30, end=120), _FADE_IN],
        probe=Probe(duration=180.0),
        note="keep 30 s to 120 s, a fade-in (any length) at its start, 720 lines",
    ),
    do(
        "fresh17-09",
        "make a timelapse of the video, which lasts 10 hours: 20 times real time, without the "
        "sound (-an)",
        [anywhere(step("speed", factor=20, start=None, end=None)), maybe(step("mute"))],
        probe=Probe(duration=36000.0),
        note="20x; the sound may be dropped too",
    ),
    do(
        "fresh17-10",
        "remove the black border on all four sides of the 1280x720 iPad demo video: the actual "
        "picture is about half that size, in the middle, and the border is the same width on all "
        "sides",
        [_MIDDLE_HALF, maybe(step("resize"))],
        probe=Probe(width=1280, height=720),
        note="keep about the middle 640x360; scaling it back up is the editor's choice",
    ),
    do(
        "fresh17-11",
        "find and delete the small pure silences in the recording (dropouts), all 250 of them, "
        "automatically",
        [step("remove_silence", where="all")],
    ),
    no_op(
        "fresh17-12",
        "make the background of the video black and white",
        "telling the subject from the background needs segmentation",
    ),
    do(
        "fresh17-13",
        "stabilize the shaky handheld video and keep the audio",
        [step("stabilize")],
    ),
    do(
        "fresh17-14",
        "upgrade the plain SRT subtitles into styled, burned-in captions on the video",
        [step("subtitles", file="captions.srt")],
        assets=["captions.srt"],
        note="burned in; font, colour and size are the editor's",
    ),
    do(
        "fresh17-15",
        "flip the GoPro Hero3 video back: its UpDn mode flipped the video instead of rotating it, "
        "so everything that should appear on the left side is on the right",
        [step("flip", direction="horizontal")],
        note="left and right swapped: a mirror image, undone by a horizontal flip",
    ),
    do(
        "fresh17-16",
        "slow down the rapid-moving background video so it plays in slow motion",
        [step("speed", factor=Between(0.1, 0.8), start=None, end=None)],
        note="slower, by any fair slow-motion amount (0.5 is usual)",
    ),
    do(
        "fresh17-17",
        "crop the video to 3/4 of its height and write the static text WimsWorld at the bottom "
        "right of the frame: -vf crop=in_w:3/4*in_h,drawtext=fontcolor=white:fontsize=160:"
        "y=main_h-text_h-50:x=main_w-text_w-50:text=WimsWorld",
        [anywhere(_THREE_QUARTERS_HIGH), anywhere(_WIMSWORLD)],
        note="crop=in_w:3/4*in_h keeps the middle 1920x810; the text at the bottom right",
    ),
    no_op(
        "fresh17-18",
        "overlay the contents of the lyrics file as moving text, scrolling across the bottom of "
        "the video like a ticker",
        "scrolling (ticker) text from a file; text only stands still",
        assets=["lyrics.txt"],
    ),
    do(
        "fresh17-19",
        "turn all the roast footage black-and-white, so it looks like one of those classic comedy "
        "films from the '60s or '70s",
        [step("grayscale", start=None, end=None), maybe(step("look"))],
        [step("saturation", percent=Between(-100, -99), start=None, end=None), maybe(step("look"))],
        note="black and white; an old-film look may come with it",
    ),
    do(
        "fresh17-20",
        "keep from 6.5 seconds until the end, crop out the black bars from the top and bottom "
        "(crop=iw:365), and make it an animated GIF",
        [
            anywhere(step("trim", start=6.5, end=AnyOf(None, 9.5))),
            anywhere(_BARS_365),
            GIF,
        ],
        probe=Probe(duration=9.5, width=854, height=480),
        note="a 854x480 clip: keep 6.5 s to the end, the middle 854x365, as a GIF (last)",
    ),
    do(
        "fresh17-21",
        "crop the vertical PocketCast clip at the centre to a 16:9 video and scale it to 640x360: "
        "crop=iw:iw*9/16:(iw-ow)/2:(ih-oh)/2, scale=640:360",
        [_CENTRE_16_9, _640x360],
        probe=VERTICAL,
        note="a 1080x1920 clip: the centred 1080x608 (16:9), then 640x360",
    ),
    do(
        "fresh17-22",
        "convert video.mov to an animated gif with 5 frames per second, 450 wide (the height "
        "proportional): ffmpeg -i video.mov -vf fps=5,scale=450:-1 animated.gif",
        [step("gif", fps=5, width=450)],
        [
            anywhere(step("resize", width=450, height=None)),
            step("gif", fps=5, width=AnyOf(450, None)),
        ],
        [anywhere(step("fps", fps=5)), step("gif", width=450, fps=AnyOf(5, None))],
        [
            anywhere(step("fps", fps=5)),
            anywhere(step("resize", width=450, height=None)),
            GIF,
        ],
    ),
    ask(
        "fresh17-23",
        "join these segments with crossfades",
        "which segments (no other file is given)",
        ("which", "segments", "clips", "files", "videos", "no other", "provide", "give"),
    ),
    ask(
        "fresh17-24",
        "Trim this video and add a title",
        "which part to keep, and what title text",
        ("which", "what", "part", "start", "end", "range", "text", "title say", "words"),
    ),
    ask(
        "fresh17-25",
        "speed up the sequence of guests walking down the stairs to eat, to double speed",
        "where that sequence is (its start and end)",
        WHICH_PART,
    ),
    ask(
        "fresh17-26",
        "add a music track to the zoo video, partly to overcome the distracting background noise",
        "which music (no file is given)",
        ("which", "music file", "track", "song", "no music", "provide", "give", "audio file"),
    ),
    ask(
        "fresh17-27",
        "edit the three minute video down to less than 15 seconds, showing the goal kicked in "
        "autonomous, the drive over the bump and the hang",
        "where those three moments are (their start and end)",
        (*WHICH_PART, "moment", "timestamp"),
        probe=Probe(duration=216.0),
    ),
    ask(
        "fresh17-28",
        "speed through my two largest sections, well over 7 minutes each, to cut them down to less "
        "than 30 seconds",
        "which two sections (their start and end)",
        (*WHICH_PART, "section"),
        probe=Probe(duration=2100.0),
    ),
    out_of_scope(
        "fresh17-29",
        "create a blank/black background video and mux it with an audio track",
        "a new video made from an audio track, not an edit of a video",
    ),
    out_of_scope(
        "fresh17-30",
        "A barista pours latte art in a bright cafe, close-up shot, slow camera push in, morning "
        "light, cozy lifestyle style, vertical format, 5 seconds",
        "generating a video from a text prompt",
    ),
    out_of_scope(
        "fresh17-31",
        "remove the microphone from the frame",
        "generative object removal (inpainting)",
    ),
    out_of_scope(
        "fresh17-32",
        "split the full news broadcast video into multiple individual news event videos",
        "several output files, split by content",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
