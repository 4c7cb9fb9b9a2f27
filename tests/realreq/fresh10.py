"""A tenth fresh, held-out collection of real requests (tests/realreq/fresh10.md): one checkable
case a row, encoded the way fresh9.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's and fresh9's, the rows
are short, typical asks, like the development set's. Each case follows its row's `expected`
column; `[no op]` and `[needs analysis]` rows are refusals of a DOABLE request no operation does,
`[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the
request and the file it names is given as an asset instead."""

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
TABLE = Path(__file__).with_name("fresh10.md")


def _muted(start: float, end: float) -> Want:
    """The sound silenced from `start` to `end`: no level, or one far below hearing."""
    return anywhere(
        step("volume", percent=Below(1), start=start, end=end)
        | step("volume", db=Below(-40), start=start, end=end)
    )


#: fresh10-06: eq=brightness=0.06 (6% of the range from black to white) and saturation=2 (double).
_BRIGHTER = step("brightness", percent=Between(3, 10), start=None, end=None)
_SATURATED = step("saturation", percent=Between(80, 120), start=None, end=None)

CASES: tuple[Case, ...] = (
    do(
        "fresh10-01",
        "increase the volume when encoding: one TV station is at a lower volume after "
        "conversion, -vol 1024",
        [step("volume", percent=Between(390, 410), start=None, end=None)],
        [step("volume", db=Between(11.5, 12.5), start=None, end=None)],
        note="ffmpeg's -vol is 256 at the normal level: 1024 is 4 times it (+12 dB)",
    ),
    do(
        "fresh10-02",
        "create a silence in the clip from 0.5 to 1 second: multiply_volume(0, start=.5, end=1)",
        [_muted(0.5, 1)],
        note="the sound silenced from 0.5 to 1 s, the picture kept",
    ),
    do(
        "fresh10-03",
        "remove the audio from the video: I need a muted video so that it can autoplay when "
        "loaded on a page",
        [step("mute")],
        [step("volume", percent=Below(1), start=None, end=None)],
        note="no sound: the track dropped, or silenced",
    ),
    do(
        "fresh10-04",
        "fade out to black at the end of the subclip, so that we can create nice teasers",
        [step("fade", direction="out", target=AnyOf("both", "video"))],
        note="a fade out at the end, of any length",
    ),
    do(
        "fresh10-05",
        "I have an old colored film and I would like to change it to a B&W version",
        [step("grayscale", start=None, end=None)],
    ),
    do(
        "fresh10-06",
        "color correct the video with the eq filter: eq=brightness=0.06:saturation=2",
        [_BRIGHTER, _SATURATED],
        [_SATURATED, _BRIGHTER],
        note="a little brighter (+0.06 of the range) and twice as saturated",
    ),
    do(
        "fresh10-07",
        "extract a particular segment of the video: ffmpeg -ss 00:00:30 -i orginalfile -t "
        "00:00:05 -vcodec copy -acodec copy newfile",
        [step("trim", start=30, end=35)],
        note="-ss 30 s and -t 5 s: from 30 s to 35 s",
    ),
    do(
        "fresh10-08",
        "trim the video to share a specific part of it: ffmpeg -ss 00 -i i.mp4 -reset_timestamps "
        "1 -avoid_negative_ts make_zero -to 11.5 o.mp4",
        [step("trim", start=0, end=11.5)],
        note="-ss 0 and -to 11.5: the first 11.5 s",
    ),
    do(
        "fresh10-09",
        "convert the mp4 video to mkv",
        [step("convert", format="mkv")],
    ),
    do(
        "fresh10-10",
        "re-encode/downscale the 82mb video before uploading, to satisfy the 50mb upload limit of "
        "my homeserver: rescaling would be ok for quality",
        [step("compress", max_mb=Between(1, 50)), maybe(step("resize"))],
        note="under 50 MB; a downscale may come with it",
    ),
    do(
        "fresh10-11",
        "convert the 60fps video to a 25fps gif",
        [step("gif", fps=25)],
        probe=Probe(fps=60.0),
    ),
    do(
        "fresh10-12",
        "mov to gif: ffmpeg -i in.mov -s 600x400 -pix_fmt rgb24 -r 10 -f gif",
        [step("gif", fps=10, width=600)],
        [step("resize", width=600, height=400), step("gif", fps=10)],
        note="-r 10 and -s 600x400: 10 fps, 600 wide; or exactly 600x400, as -s makes it (an "
        "alternative added after the first run: the command sets the exact size)",
    ),
    do(
        "fresh10-13",
        "merge this video and the backward video, to create a new video which will look like 1 "
        "video with backward and forward",
        [step("join", clips=AnyOf(["backward.mp4"], []), at=AnyOf("end", "start"))],
        assets=["backward.mp4"],
        note="the two played one after the other, in either order",
    ),
    do(
        "fresh10-14",
        "handle the overlay image: ffmpeg -i input.mp4 -i image.png -filter_complex "
        "\"[0:v][1:v] overlay=25:25:enable='between(t,0,20)'\"",
        [
            step(
                "overlay_image",
                file="image.png",
                position="top-left",
                start=AnyOf(None, 0),
                end=20,
            )
        ],
        assets=["image.png"],
        note="overlay=25:25 is 25 px from the top-left corner; enable from 0 to 20 s",
    ),
    do(
        "fresh10-15",
        "the joined video from a phone in portrait mode was automatically rotated negative 90 "
        "degrees (changed to landscape mode): rotate it back 90 degrees",
        [step("rotate", degrees=90)],
        note="a quarter turn clockwise undoes one of -90 degrees",
    ),
    do(
        "fresh10-16",
        "remove the silent parts for super-fast commentary, with added padding before and after "
        "a dialogue",
        [step("remove_silence", where="all")],
        note="every silence cut, with a margin kept around the speech",
    ),
    do(
        "fresh10-17",
        "increase the video playback speed by 4 times: setpts=0.25*PTS",
        [step("speed", factor=4, start=None, end=None)],
    ),
    do(
        "fresh10-18",
        "speed the 3:21 video clip up to 48 seconds, so that it matches the time of the 48 second "
        "audio clip",
        [step("speed", factor=Between(4.1, 4.3), start=None, end=None)],
        probe=Probe(duration=201.0),
        note="201 s played in 48 s: 4.19 times as fast",
    ),
    do(
        "fresh10-19",
        "hardburn the .srt subtitles onto the .webm video (force_style=Alignment=6, Fontsize=48, "
        "Outline=5, Shadow=1, Fontname='KOMIKAX')",
        [
            step(
                "subtitles",
                file=AnyOf("subtitle.srt", None),
                position=AnyOf("top", "middle"),
                size=AnyOf("large", None),
            )
        ],
        assets=["subtitle.srt"],
        note="Alignment=6 is the top centre in SSA's numbering (the middle right in ASS's); "
        "Fontsize=48 is large",
    ),
    do(
        "fresh10-20",
        "make a 12 second mp4 (setStartTime(0), setDuration(12)) with an afade audio filter: "
        "t=in:st=0:d=2 and t=out:st=9:d=3",
        [
            step("trim", start=0, end=12),
            step("fade", direction="out", duration=3, target="audio"),
            anywhere(step("fade", direction="in", duration=2, target="audio")),
        ],
        note="the first 12 s, the sound fading in over 2 s and out over its last 3 s",
    ),
    no_op(
        "fresh10-21",
        "remove the cuss words completely (beep and even silence perturb the flow and fluidity of "
        "the audio)",
        "finding the cuss words needs speech recognition",
    ),
    no_op(
        "fresh10-22",
        "burn in the subtitles raised up a number of pixels from the bottom edge of the frame (my "
        "TV slightly crops movies)",
        "subtitles raised by some pixels; subtitles sit only at the bottom, middle or top",
        assets=["subs.srt"],
    ),
    no_op(
        "fresh10-23",
        "add silent audio to the video, so it is easy to merge with another video with audio: "
        "ffmpeg -f lavfi -i anullsrc=channel_layout=stereo:sample_rate=44100 -i input -shortest "
        "-c:v copy -c:a aac output",
        "adding a silent audio track (anullsrc)",
        probe=Probe(has_audio=False),
    ),
    no_op(
        "fresh10-24",
        "gradually reduce the speed of the clip until it's very slow, something like the velocity "
        "in Sony Vegas",
        "a gradual speed ramp; speed changes by one factor a part",
    ),
    ask(
        "fresh10-25",
        "put a shorter video inside this longer video, where I want both",
        "which video (a second file) and when (start and end)",
        (*WHICH_PART, "file", "video", "clip"),
    ),
    ask(
        "fresh10-26",
        "add stickers and text to the video and save it",
        "which sticker (an image) and what text",
        ("which", "what text", "what", "sticker", "image", "file", "words"),
    ),
    ask(
        "fresh10-27",
        "insert a new image in the video as the first frame",
        "which image (a file)",
        ("which", "image", "file", "picture"),
    ),
    ask(
        "fresh10-28",
        'save the 60 fps video (recorded in "slow-mo mode") with a lower playback speed',
        "how much slower (a factor, e.g. half speed)",
        ("how much", "how slow", "slower", "factor", "times", "which speed", "%"),
        probe=Probe(fps=60.0),
    ),
    ask(
        "fresh10-29",
        "add a transparent frame in the video and save the video with the frame",
        "which frame (an image file, e.g. a transparent png)",
        ("which", "frame", "image", "file", "png", "picture"),
    ),
    out_of_scope(
        "fresh10-30",
        "mute the swearing on the fly while I play tv and films from streaming platforms such as "
        "Amazon and Apple TV",
        "a player feature (on the fly, streaming)",
    ),
    out_of_scope(
        "fresh10-31",
        "when I change the video or the next video auto plays, fade out the current video's audio "
        "and fade in the new video's audio",
        "a player (TV app) feature",
    ),
    out_of_scope(
        "fresh10-32",
        "remember the selected playback speed for each file individually",
        "a player feature",
    ),
    out_of_scope(
        "fresh10-33",
        "zoom in and pan up a bit to crop out unwanted elements while the video plays in "
        "VideoSkip, instead of blacking out the entire screen",
        "a player (browser extension) feature",
    ),
    out_of_scope(
        "fresh10-34",
        "a video filter while watching, like the official VLC iOS app's, due to poor vision and "
        "some lower quality media",
        "a player feature",
    ),
    out_of_scope(
        "fresh10-35",
        "add custom subtitles from my computer on any YouTube video I want",
        "a YouTube player feature",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
