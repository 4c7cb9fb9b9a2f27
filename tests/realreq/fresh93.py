"""A ninety-third fresh, held-out collection of real requests (tests/realreq/fresh93.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh89's, the
rows are short, typical asks, like the development set's; all 14 come from GitHub issues of a
newsletter's video pipeline, a video downloader tweak, an Android video player, a media-library
optimizer's plugins, a course downloader, a Reddit video bot, a media table-of-contents tool, a
video annotation platform, a Kodi add-on, a media-library scraper, a React Native camera, a TiVo
downloader, a video diary and a Telegram command-line client. Each case follows its row's
`expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker
is left out of the request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import GIF, SOUND_ALONE, AnyOf, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh93.md")

#: A still saved as an image, by the still operation's own format or a conversion.
_IMAGE = maybe(step("convert", format=AnyOf("png", "jpg")))

#: The sound alone as an mp3 or AAC file: extracted as one, or converted to one.
_MP3_OR_AAC = step("extract_audio", format=AnyOf("mp3", "m4a", "aac", None)) | step(
    "convert", format=AnyOf("mp3", "m4a", "aac")
)

CASES: tuple[Case, ...] = (
    do(
        "fresh93-01",
        "convert the video clip to a gif: video clips can't be played inside email, but gifs "
        "can be",
        [GIF],
        note="an animated GIF of the clip",
    ),
    do(
        "fresh93-02",
        "when I download a gif it saves as a video: convert it to a gif",
        [GIF],
        note="an animated GIF of the video",
    ),
    do(
        "fresh93-03",
        "make a 1 minute preview: ordinary users can only preview the first 1 minute of the video",
        [step("trim", start=0, end=60)],
        probe=Probe(duration=1800.0),
        note="the first minute of the 30 min video kept",
    ),
    do(
        "fresh93-04",
        "take the audio track from the video and save it as aac/mp3/etc",
        [SOUND_ALONE],
        note="the sound alone, as any audio file",
    ),
    do(
        "fresh93-05",
        "make an audio only version of the lecture video: I like to listen to Coursera while "
        "commuting, and I don't have that much free space",
        [_MP3_OR_AAC],
        probe=Probe(duration=900.0),
        note="the sound alone, as an mp3 or AAC file",
    ),
    do(
        "fresh93-06",
        "insert a video clip at the end of the video",
        [step("join", clips=AnyOf(["clip.mp4"], []), at="end")],
        assets=["clip.mp4"],
        note="the clip played after the video",
    ),
    do(
        "fresh93-07",
        "seek 10% into the video to get the preview frame: some videos start with a black frame, "
        "which is not particularly suitable for a preview",
        [step("still", at=Between(5.5, 6.5)), _IMAGE],
        note="the frame 10% into the 60 s video, 6 s, as an image",
    ),
    do(
        "fresh93-08",
        "don't pick frame 0 for the thumbnail, take frame 100: often videos start with a black "
        "frame",
        [step("still", at=Between(3.25, 3.4)), _IMAGE],
        note="frame 100 of the 30 fps video, 3.33 s, as an image",
    ),
    do(
        "fresh93-09",
        "generate the poster.jpg for the show from this first episode, 120 seconds into the "
        "video, so that there is an image for the show",
        [step("still", at=120), maybe(step("convert", format="jpg"))],
        probe=Probe(duration=1800.0),
        note="the frame 120 s into the 30 min episode, as a jpg",
    ),
    do(
        "fresh93-10",
        "capture a pic from my home movie to use as its poster: creating screenshots of every "
        "movie and importing them is very time consuming",
        [step("still"), _IMAGE],
        note="one frame of the home movie, any, as an image",
    ),
    ask(
        "fresh93-11",
        "save only the last N seconds of the video: I don't need the full video",
        "how many seconds (N is not given)",
        ("how many seconds", "how many", "how long", "seconds", "length", "duration"),
    ),
    ask(
        "fresh93-12",
        "trim the Starz promos at both ends of the recorded movie",
        "how long the promos are (where the movie starts and ends)",
        ("how long", "how many", "seconds", "where", "when", "start", "end", "which part"),
        probe=Probe(duration=6600.0),
    ),
    ask(
        "fresh93-13",
        "crop the clip to 1.5 seconds: I'm using the 1.5 by default in almost all scenarios",
        "which 1.5 seconds (where they start)",
        ("which", "where", "when", "start", "from", "part", "range", "time"),
        probe=Probe(duration=10.0),
    ),
    out_of_scope(
        "fresh93-14",
        "I downloaded a round video message from Telegram: upload it as a round video message "
        "again",
        "sending a file to Telegram as a round video message, not an edit of the video",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
