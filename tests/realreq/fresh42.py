"""A forty-second fresh, held-out collection of real requests (tests/realreq/fresh42.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh41's, the
rows are short, typical asks, like the development set's, here mostly of sound, cutting, speed and
formats; 22 come from GitHub issues and pull requests of an image bank, a scripts collection, a
session-recording server, a screen recorder, a memoir app, a maths videos repository, a course
website, a trailer, an image-compare app, a podcast's website, a street-imagery service, two
courses' videos, a motion camera, a podcast app, a university course, a screen-history tool, a
video player, a Nostr client, a tape-capture tool, a Twitch recorder and an NVR, and two from
blogs. Each case follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE
refusals. An `[extra input: …]` marker is left out of the request and the files it names are
given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import (
    LOUDER,
    MP3,
    MP3_SAVED,
    WHOLE,
    AnyOf,
    Below,
    Between,
    Case,
    Probe,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh42.md")


#: The sound alone, saved as an ogg file: extracted as one, or converted to one.
_OGG = step("extract_audio", format="ogg") | step("convert", format="ogg")

CASES: tuple[Case, ...] = (
    do(
        "fresh42-01",
        "remove the sound from the video for the public release: the audio of most videos is not "
        "informative",
        [step("mute")],
        note="no sound",
    ),
    do(
        "fresh42-02",
        "take the video and save its audio in mp3 format: sometimes I only want the audio of the "
        "video, for other use of the audio",
        [MP3],
        MP3_SAVED,
        note="the sound alone, as an mp3",
    ),
    do(
        "fresh42-03",
        'make a "podcast" (audio only) of the session recording: only the audio track from the '
        "session, encoded in ogg format",
        [_OGG],
        [step("extract_audio", format=AnyOf("ogg", None)), step("convert", format="ogg")],
        note="the sound alone, as an ogg file",
    ),
    do(
        "fresh42-04",
        "boost the sound volume level of the screen recording: the recorded sound volume level is "
        "too low, so you need to increase it on the speaker or headphone to hear the original "
        "sound at the same level",
        [LOUDER],
        note="louder, any amount or a loudness target, all of it",
    ),
    do(
        "fresh42-05",
        "quiet the intro audio: it plays about 1.5x the level it should play at. Reduce its volume "
        "by 30%.",
        [
            step("volume", percent=Between(65, 71), **WHOLE)
            | step("volume", db=Between(-3.7, -2.9), **WHOLE)
        ],
        note="70% of the level (-3.1 dB); two thirds of it (-3.5 dB), for the 1.5x, is fair",
    ),
    do(
        "fresh42-06",
        "normalize the audio of the video: it is currently not normalized, so it doesn't sound too "
        "good",
        [step("normalize")],
        note="the loudness normalized, any target",
    ),
    do(
        "fresh42-07",
        "take out the steady noise in the lecture video while the blackboard is in use (from about "
        "min. 8:45)",
        [step("audio_denoise")],
        probe=Probe(duration=1800.0),
        note="the sound's steady background noise reduced (the operation takes no time range)",
    ),
    do(
        "fresh42-08",
        "replace the commercial song of the trailer with some free and open source music: it "
        "leaves the video vulnerable to take-down notices",
        [step("replace_audio", file="music.mp3")],
        assets=["music.mp3"],
        note="the free music instead of the song, any level",
    ),
    do(
        "fresh42-09",
        "add a no copyright music to the YouTube video",
        [step("add_music", file="music.mp3", **WHOLE) | step("replace_audio", file="music.mp3")],
        assets=["music.mp3"],
        note="the music under (or instead of) the video's own sound, any level",
    ),
    do(
        "fresh42-10",
        "fix Benno's interview by removing the silence at the end",
        [step("remove_silence", where="end")],
        note="only the silence the video ends with",
    ),
    do(
        "fresh42-11",
        "cut out the last 5-10 seconds of the bike ride video: the cycle computer stopped the "
        "trace as soon as I came to a standstill, and a few seconds later I reached down to turn "
        "off the camera",
        [step("trim", start=0, end=AnyOf(Between(-10, -5), Between(590, 595)))],
        probe=Probe(duration=600.0),
        note="the 10 minute ride without its last 5 to 10 seconds",
    ),
    do(
        "fresh42-12",
        "slow the intro video down to .75x of normal: it is at 1.33x speed, and .75x helps with "
        "better comprehension of the explanations given by the speaker",
        [step("speed", factor=Between(0.74, 0.76), **WHOLE)],
        note="three quarters of the speed, all of it",
    ),
    do(
        "fresh42-13",
        "slow down the intro video, without re-recording everything: everything was way too fast, "
        "for everything I presented I should use twice the time",
        [step("speed", factor=0.5, **WHOLE)],
        note="half speed (twice the time), all of it",
    ),
    do(
        "fresh42-14",
        "speed the video of building the deck up to 120x speed, so every 2 minutes takes only 1 "
        "second",
        [step("speed", factor=120, **WHOLE)],
        probe=Probe(duration=3600.0),
        note="120 times as fast, all of it",
    ),
    do(
        "fresh42-15",
        "convert the h264 motion recording to an mp4 file: I can browse only mp4 files without any "
        "hassle in chrome",
        [step("convert", format="mp4"), maybe(step("reencode"))],
        note="an mp4 (a re-encode may come with it)",
    ),
    do(
        "fresh42-16",
        "recompress the 3m31s clip video so I can share it to Mastodon: the file is 116 MB, more "
        "than the 99 MB limit of the mastodon.social server, though the audio is only 3.3 MB",
        [step("compress", max_mb=Between(1, 99)), maybe(step("convert", format="mp4"))],
        probe=Probe(duration=211.0),
        note="under the 99 MB limit (the 10 MB of the issue's own test is fine too)",
    ),
    do(
        "fresh42-17",
        "compress the screen recording so I can upload it: it is 10.6GB, and it exceeds 1GB even "
        "after compressing",
        [
            step("compress", max_mb=Between(100, 1000)),
            maybe(step("resize")),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
        ],
        probe=Probe(duration=7200.0),
        note="under 1 GB (1000 MB); a smaller size or quality setting may come with it",
    ),
    do(
        "fresh42-18",
        "shrink the mp4 file: it's taking up 50 MB",
        [step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Below(50))],
        note="a smaller file than the 50 MB",
    ),
    ask(
        "fresh42-19",
        "adjust the sound of the video: sometimes a video's sound is too loud or too small, and we "
        "need to lower or raise the volume",
        "louder or quieter (and how much)",
        (
            "louder",
            "quieter",
            "softer",
            "raise",
            "lower",
            "which",
            "how much",
            "up or down",
            "increase",
            "decrease",
            "level",
            "percent",
            "db",
        ),
    ),
    ask(
        "fresh42-20",
        "clip the 10 minute video down to its key piece and/or scale it down to lower quality, so "
        "it meets the size limit",
        "which piece (its start and end), and the size limit",
        (*WHICH_PART, "piece", "size", "limit", "mb", "how big"),
        probe=Probe(duration=600.0),
    ),
    ask(
        "fresh42-21",
        "trim the tape capture: there are about 5-10 seconds of whatever is on the tape before the "
        "item I am capturing (it takes a few seconds for the frame TBC to get in sync), and "
        "mistakes at the end to cut out too",
        "where the item starts and where the mistakes at the end are",
        (*WHICH_PART, "how many seconds", "how much", "mistake"),
    ),
    ask(
        "fresh42-22",
        "speed up the thirty minutes of video of the sun rising: it is rather boring to watch in "
        "real time",
        "how much faster (a factor, or how long it should be)",
        (
            "how much",
            "how many times",
            "how fast",
            "faster",
            "factor",
            "how long",
            "length",
            "duration",
        ),
        probe=Probe(duration=1800.0),
    ),
    out_of_scope(
        "fresh42-23",
        "autosplit the long streams while recording them, into parts of a specified duration "
        "(every hour, say): streams last 10, 15, 20+ hours, and such large files are hard to use "
        "and edit",
        "splitting a live stream into several files while it is recorded, not an edit of a given "
        "file",
    ),
    out_of_scope(
        "fresh42-24",
        "remove the audio from the livestreams of the cameras that are not recorded: Home "
        "Assistant is muting my device audio when the camera starts",
        "the audio of live camera streams in an NVR's configuration, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
