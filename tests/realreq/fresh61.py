"""A sixty-first fresh, held-out collection of real requests (tests/realreq/fresh61.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh57's, the
rows are short, typical asks, like the development set's, one or two edits each; all 12 come
from GitHub issues of a media server, an Immich add-on for Kodi, a WhatsApp bot, a downloader
browser extension, a Telegram downloader bot, an NVR, a media organizer, an image and movie
viewer, Flutter, a WebM converter and a streaming media server. Each case follows its row's
`expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]`
marker is left out of the request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import GIF, WHOLE, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh61.md")

#: A still saved as an image, by the still operation's own format or a conversion.
_IMAGE = maybe(step("convert", format=AnyOf("png", "jpg")))
#: A square picture, cropped.
_SQUARE = step("crop", aspect="1:1") | step("platform", platform="instagram_post", fit="crop")
#: The sound alone as AAC: in an m4a file (extract_audio's own default) or converted to it.
_AAC = step("extract_audio", format=AnyOf(None, "m4a")) | step(
    "convert", format=AnyOf("m4a", "aac")
)
#: 1080p from a 3840x2160 picture.
_1080P = (
    step("resize", lines=1080)
    | step("resize", height=1080, width=AnyOf(None, 1920))
    | step("resize", width=1920, height=AnyOf(None, 1080))
)
#: The 3840x2160 video of fresh61-06.
_UHD = Probe(width=3840, height=2160)

CASES: tuple[Case, ...] = (
    do(
        "fresh61-01",
        "make one frame of the video the thumbnail: not everyone uses Jellyfin to watch movies, "
        "I use it to watch some short videos",
        [step("still"), _IMAGE],
        note="one frame, any, saved as an image",
    ),
    do(
        "fresh61-02",
        "turn the video around by 90° clockwise: when I watch it in Kodi it is rotated 90° "
        "anticlockwise",
        [step("rotate", degrees=90)],
        note="a quarter turn clockwise",
    ),
    do(
        "fresh61-03",
        "crop the video into a square, to be a WhatsApp sticker",
        [_SQUARE],
        note="cropped to 1:1",
    ),
    do(
        "fresh61-04",
        "give me only the audio stream of the video, the audio track as an AAC file",
        [_AAC],
        note="the sound alone, AAC (in an m4a file)",
    ),
    do(
        "fresh61-05",
        "cut the downloaded video to 00:14-00:17",
        [step("trim", start=14, end=17)],
        [step("keep_ranges", ranges=[[14, 17]])],
        note="the three seconds from 0:14 to 0:17",
    ),
    do(
        "fresh61-06",
        "transcode the h265 4k video to h264 1080p: I don't need 4k on the rpi4 devices anyway",
        [anywhere(_1080P), anywhere(step("codec", codec="h264"))],
        probe=_UHD,
        note="1080p and H.264, either first",
    ),
    do(
        "fresh61-07",
        "the clip was exported from 12:00 to 12:02: keep only 12:00:45 to 12:01:05, a clip of 20 "
        "seconds, where something of interest happens",
        [step("trim", start=45, end=65)],
        [step("keep_ranges", ranges=[[45, 65]])],
        probe=Probe(duration=120.0),
        note="the 20 seconds from 0:45 of the 2 min clip that starts at 12:00",
    ),
    do(
        "fresh61-08",
        'make a loop of the five-minute video from 2:35-2:42, a little "gif" type loop',
        [
            step("trim", start=155, end=162) | step("keep_ranges", ranges=[[155, 162]]),
            maybe(step("loop", times=Between(2, None))),
            maybe(GIF),
        ],
        [
            step("trim", start=155, end=162) | step("keep_ranges", ranges=[[155, 162]]),
            maybe(GIF),
            maybe(step("loop", times=Between(2, None))),
        ],
        probe=Probe(duration=300.0),
        note="the seven seconds from 2:35 of the 5 min video (a GIF or a repeat may come with it)",
    ),
    do(
        "fresh61-09",
        "invert the colours of the video: it is movie negative material",
        [step("invert", **WHOLE)],
        note="a negative made positive, all of it",
    ),
    ask(
        "fresh61-10",
        "my video is one minute long: I want to edit 10 seconds of it, a clip",
        "which 10 seconds (where the clip starts)",
        ("which", "where", "when", "start", "from", "what part", "what time"),
    ),
    ask(
        "fresh61-11",
        "add blur boxes to the gameplay clip to hide the chat boxes and keep usernames private: "
        "overlaying an image obscures a lot of the video and doesn't look very good",
        "where the chat boxes are (the area to blur)",
        ("where", "which area", "which part", "region", "position", "area", "coordinates"),
    ),
    out_of_scope(
        "fresh61-12",
        "add a text watermark to the cameras' video, custom per viewer like the current user's "
        "name and the time, so staff at sensitive sites can't photograph it and pass it on",
        "a per-viewer watermark on a streaming server's live camera video, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
