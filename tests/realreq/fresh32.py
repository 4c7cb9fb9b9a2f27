"""A thirty-second fresh, held-out collection of real requests (tests/realreq/fresh32.md): one
checkable case a row, encoded the way fresh31.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh31's, the
rows are short, typical asks, like the development set's; all 25 come from GitHub issues of
video editors and editing SDKs, converters, compressors and transcoders, a downloader, a GIF
library, collections of scripts, a photo server, a meeting recorder, Wikimedia's video2commons,
a TikTok library and a live-streaming encoder (found in corpus "issues"). Each case follows its
row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals. An
`[extra input: …]` marker is left out of the request and the file it names is given as an asset
instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import (
    GIF,
    LOUDER,
    MP3,
    MP3_SAVED,
    WHOLE,
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
TABLE = Path(__file__).with_name("fresh32.md")


#: A fade of any usual length, of the picture (with or without the sound).
_SHORT = Between(0.2, 10)
_PICTURE = AnyOf("both", "video")

#: Black and white, all of it.
_BW = step("grayscale", **WHOLE) | step("saturation", percent=Between(-100, -99), **WHOLE)

#: A still saved as an image, if the plan names its format.
_IMAGE = maybe(step("convert", format=AnyOf("png", "jpg")))

#: A smaller encode, if the plan adds one.
_SMALLER = maybe(
    step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Above(0))
)

#: fresh32-15: a 4k phone video, made 1920 on its largest side.
_4K = Probe(width=3840, height=2160)
_1080 = (
    step("resize", width=1920, height=AnyOf(1080, None))
    | step("resize", lines=1080)
    | step("resize", height=1080, width=AnyOf(1920, None))
    | step("resize", percent=50)
)

#: fresh32-16: 3840x2000 made 1920x1000, then bordered to 1920x1080.
_WIDE = Probe(width=3840, height=2000)
_1920x1000 = (
    step("resize", width=1920, height=AnyOf(1000, None))
    | step("resize", height=1000, width=AnyOf(1920, None))
    | step("resize", lines=1000)
    | step("resize", percent=50)
    | step("resize", width=1920, height=1080, fit=True)
)
_BORDERS = step("pad", aspect="16:9", color="black")

#: fresh32-17: a 1080x1920 phone video, made smaller (any lower resolution).
_PHONE = Probe(width=1080, height=1920)
_LOWER = (
    step("resize", lines=Between(240, 900))
    | step("resize", width=Between(240, 900))
    | step("resize", height=Between(426, 1600))
    | step("resize", percent=Between(20, 85))
)

#: fresh32-19: an hour-long meeting recording.
_MEETING = Probe(duration=3600.0)

CASES: tuple[Case, ...] = (
    do(
        "fresh32-01",
        "increase the volume of the video clip above 100%: the recording is too quiet even at "
        "maximum volume, and louder would make the speech easier to hear",
        [LOUDER],
        note="louder, any amount or a loudness target",
    ),
    do(
        "fresh32-02",
        "mute the video",
        [step("mute")],
        note="no sound",
    ),
    do(
        "fresh32-03",
        "fade the clip in and fade it out: in my opinion, this is the most-used transition",
        [
            anywhere(step("fade", direction="in", duration=_SHORT, target=_PICTURE)),
            anywhere(step("fade", direction="out", duration=_SHORT, target=_PICTURE)),
        ],
        note="a fade in at the start and out at the end, any usual length",
    ),
    do(
        "fresh32-04",
        "change the color of the video to black and white",
        [_BW],
        note="no colour, all of it",
    ),
    do(
        "fresh32-05",
        "convert the mp4 video to webm",
        [step("convert", format="webm")],
        note="a .webm file",
    ),
    do(
        "fresh32-06",
        "convert the mp4 to mp3: usually I don't watch the video, I just listen",
        [MP3],
        MP3_SAVED,
        note="the sound alone, as an mp3",
    ),
    do(
        "fresh32-07",
        "create a gif from the video",
        [anywhere(GIF), maybe(step("resize")), maybe(step("fps"))],
        note="an animated GIF",
    ),
    do(
        "fresh32-08",
        "merge those videos into a single video, so that I can relax on my couch and watch the "
        "whole video without having to play the next video when one ends",
        [step("join", clips=AnyOf(["video2.mp4", "video3.mp4"], []), at="end")],
        assets=["video2.mp4", "video3.mp4"],
        note="the other videos after this one, in the order given",
    ),
    do(
        "fresh32-09",
        "add a watermark to the video, as the company requires when users download it: put a "
        "transparent picture over the video, with the watermark in the bottom-right corner",
        [step("overlay_image", file="watermark.png", position="bottom-right", **WHOLE)],
        [
            step(
                "overlay_image",
                file="watermark.png",
                position="center",
                size=Between(99, 100),
                **WHOLE,
            )
        ],
        assets=["watermark.png"],
        note="the watermark in the bottom-right corner (or the whole transparent picture laid "
        "over the frame), all of it",
    ),
    do(
        "fresh32-10",
        "add the background sound to the video, so that the background sound and the source "
        "video sound exist at the same time",
        [step("add_music", file="music.mp3", **WHOLE)],
        assets=["music.mp3"],
        note="the sound file under the video's own sound, any level",
    ),
    do(
        "fresh32-11",
        "rotate the video: I took it with my phone and it is upside down (I edit my phone "
        "videos quickly before uploading them to social media or sending them to my friends)",
        [step("rotate", degrees=180)],
        note="a half turn",
    ),
    do(
        "fresh32-12",
        "reverse the playing direction of the stop-motion",
        [step("reverse")],
        note="backwards",
    ),
    do(
        "fresh32-13",
        "stabilise the video, like VidStab does",
        [step("stabilize")],
        note="steadied, any strength",
    ),
    do(
        "fresh32-14",
        "burn the subtitle into the video file: the .srt file next to the video",
        [step("subtitles", file=AnyOf("subs.srt", None))],
        assets=["subs.srt"],
        note="the .srt burned into the picture",
    ),
    do(
        "fresh32-15",
        "convert the video from my phone, shot in 4k (3840x2160), so that its largest dimension "
        "is 1920, but only if the original largest dimension was greater than 1920",
        [_1080],
        probe=_4K,
        note="1920x1080 (it is greater than 1920, so it is made smaller)",
    ),
    do(
        "fresh32-16",
        "resize the 3840x2000 source to 1920x1000 and then add borders to get 1920x1080",
        [_1920x1000, _BORDERS],
        [step("platform", platform="youtube", fit="pad")],
        probe=_WIDE,
        note="1920x1000, then black bars above and below to 1920x1080",
    ),
    do(
        "fresh32-17",
        "compress the local video I recorded on my phone (1080*1920) and reduce its resolution "
        "too, so the whole file takes less space, like WeChat does",
        [anywhere(_LOWER), _SMALLER],
        probe=_PHONE,
        note="a lower resolution than 1080x1920 (e.g. 720x1280); a smaller encode may come with it",
    ),
    do(
        "fresh32-18",
        "make the thumbnail from the 8th or 16th frame (.5s or 1s into the video) instead of the "
        "first: videos taken with mobile phones have a black first frame",
        [step("still", at=Between(0.25, 1.05)), _IMAGE],
        note="a still from half a second to a second in",
    ),
    do(
        "fresh32-19",
        "remove the last 60 seconds of the meeting recording: there's typically about 1 minute "
        "of dead time left at the end, which adds no value and makes playback feel longer and "
        "sloppier",
        [step("trim", start=AnyOf(0, None), end=-60)],
        [step("cut", start=3540, end=3600)],
        probe=_MEETING,
        note="the hour-long recording up to 59:00",
    ),
    ask(
        "fresh32-20",
        "take a single screenshot (a jpg/png) from the video at the specified time: sometimes "
        "all Commons really needs from a video is a single screenshot",
        "which time (no timestamp is given)",
        ("which time", "what time", "when", "time", "timestamp", "second", "moment", "which frame"),
    ),
    ask(
        "fresh32-21",
        "rotate the video, that is, turn the landscape video into a portrait video (rotate "
        "video & re-encoding)",
        "which way to turn it (90° clockwise or counter-clockwise)",
        (
            "which way",
            "which direction",
            "direction",
            "clockwise",
            "counterclockwise",
            "counter-clockwise",
            "left",
            "90",
        ),
    ),
    ask(
        "fresh32-22",
        "clip some dramatic emotions from the video as a gif rather than a video",
        "which part (start and end)",
        (*WHICH_PART, "which part", "segment", "moment"),
    ),
    ask(
        "fresh32-23",
        "export only 10 minutes of the 40 minutes video",
        "which 10 minutes (where they start)",
        (*WHICH_PART, "which part", "which 10", "from where"),
        probe=Probe(duration=2400.0),
    ),
    out_of_scope(
        "fresh32-24",
        "download the TikTok video without the TikTok watermark",
        "a download from TikTok (a version without its watermark), not an edit of a given file",
    ),
    out_of_scope(
        "fresh32-25",
        "record the video in slow motion",
        "recording with a camera (at a high frame rate), not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
