"""A seventy-third fresh, held-out collection of real requests (tests/realreq/fresh73.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh69's, the
rows are short, typical asks, like the development set's; all 18 come from GitHub issues of a
Telegram client, an Android video trimmer, Telegram and Discord bots, an iOS simulator tool, video
editors, a game music mod, a drone library, an NVR, a surveillance tool, a GIF recorder, an
Android camera view, a course platform, a clip host, a screen capture tool, a video platform and
a game demo viewer. Each case follows its row's `expected` column; `[out of scope]` rows are
OUT-OF-SCOPE refusals."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import Above, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh73.md")

#: A GIF made by the gif operation (a conversion to gif may come with it) or by a conversion.
_GIF = ([step("gif"), maybe(step("convert", format="gif"))], [step("convert", format="gif")])
#: A smaller file: a smaller-quality setting or a size cap, any.
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Above(0))
#: A still saved as an image, by the still operation's own format or a conversion.
_IMAGE = maybe(step("convert", format=AnyOf("png", "jpg")))
#: The sound alone as an mp3, by extract_audio or a conversion.
_MP3 = ([step("extract_audio", format="mp3")], [step("convert", format="mp3")])

CASES: tuple[Case, ...] = (
    do(
        "fresh73-01",
        "save the mp4 as a .gif: me and my friends loved to save them to our shared dropbox for "
        "easy use (even outside of Telegram)",
        *_GIF,
        note="the whole clip as a GIF",
    ),
    do(
        "fresh73-02",
        "compress only the video and don't trim it: whatever size more than 10mb, compress it",
        [step("compress", max_mb=Between(9, 10))],
        note="under 10 MB, all of it kept",
    ),
    do(
        "fresh73-03",
        "compress the video: it will be helpful for uploading big files by reducing the file size",
        [_SMALLER],
        note="a smaller file, by quality or a size cap",
    ),
    do(
        "fresh73-04",
        "convert the generated video into .mov format: the video generated in the .mp4 format "
        "takes good amount of size, and with .mov the size is less",
        [anywhere(step("convert", format="mov")), maybe(step("quality", level="small"))],
        note="a .mov (a smaller-file setting may come with it)",
    ),
    do(
        "fresh73-05",
        "export just the audio, as mp3: sometimes I record a podcast and also need mp3",
        *_MP3,
        note="the sound alone, as an mp3",
    ),
    do(
        "fresh73-06",
        "extract the audio from the mp4 file: there's no mp3 for the song I want to use",
        *_MP3,
        note="the sound alone, as an mp3 (the format the person lacks)",
    ),
    do(
        "fresh73-07",
        "convert the drone's video from raw h264 to mp4",
        [step("convert", format="mp4")],
        note="the raw stream put in an mp4",
    ),
    do(
        "fresh73-08",
        "output just the first 10 seconds of the detection video, to send to a notification "
        "service",
        [anywhere(step("trim", start=0, end=10)), maybe(step("quality", level="small"))],
        note="the first ten seconds kept (a smaller-file setting may come with it)",
    ),
    do(
        "fresh73-09",
        "show multiple frames in the video thumbnail: a quick look at it would show if it was a "
        "false-positive, without playing the full video",
        [step("contact_sheet"), _IMAGE],
        note="one image of frames from through the video, any grid",
    ),
    do(
        "fresh73-10",
        "generate a thumbnail from the first frame of the video: visual thumbnails are much "
        "easier to distinguish than names",
        [step("still", at=Between(0, 0.04)), _IMAGE],
        note="the very first frame, as an image",
    ),
    do(
        "fresh73-11",
        "downsize the output gif to a smaller resolution: the output gif file is very large, 1 "
        "second would have a size of 3.7MB",
        [
            step("gif", width=AnyOf(None, Below(1920))),
            maybe(step("convert", format="gif")),
        ],
        [
            anywhere(step("resize")),
            anywhere(step("convert", format="gif")),
        ],
        note="a GIF narrower than the 1920 px video (the gif's default of at most 480 is fine)",
    ),
    do(
        "fresh73-12",
        "compress the video before reupload: the file size is larger than 50MB, as the server "
        "only has level 2 boosts",
        [step("compress", max_mb=Between(40, 50))],
        note="under the 50 MB a level-2 server takes",
    ),
    do(
        "fresh73-13",
        "compress the video: it can shrink to half the size or less with the picture quality "
        "unchanged",
        [_SMALLER],
        note="a smaller file, by quality or a size cap",
    ),
    do(
        "fresh73-14",
        "set the video still to frame 2 or 3, to avoid a boring video still: the video starts "
        "with a fade in from black",
        [step("still", at=Between(0.03, 0.1)), _IMAGE],
        probe=Probe(fps=30.0),
        note="the second or third frame of the 30 fps video, as an image",
    ),
    ask(
        "fresh73-15",
        "select the current frame and set it as the video's thumbnail",
        "which frame (the time of it: a file has no current frame)",
        ("which", "when", "time", "timestamp", "second", "moment", "frame", "at what"),
    ),
    ask(
        "fresh73-16",
        "trim the clip after recording: just a start and end time in which you will trim",
        "the start and end times",
        ("start", "end", "which part", "when", "time", "where", "from", "seconds"),
    ),
    ask(
        "fresh73-17",
        "create a 60 second or 30 second clip of the broadcast, so viewers can quickly share its "
        "most exceptional moment",
        "which moment (where the clip starts), and 30 or 60 seconds",
        ("which", "moment", "part", "when", "start", "where", "time", "30", "60", "how long"),
    ),
    out_of_scope(
        "fresh73-18",
        "convert the CS 1.6 demo into an .mp4 file",
        "a game demo (.dem) is recorded game data that the game's engine must render, not a "
        "video file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
