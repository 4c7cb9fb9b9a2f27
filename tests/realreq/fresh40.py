"""A fortieth fresh, held-out collection of real requests (tests/realreq/fresh40.md): one
checkable case a row, encoded the way fresh39.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh39's, the
rows are short, typical asks, like the development set's; all 21 come from GitHub issues, most
of end-user apps in ecosystems the earlier sets used less (Go, Kotlin, Swift, Dart, Java,
JavaScript/TypeScript and Electron): a lecture-streaming site, a Mastodon client, a camera
library, a screen recorder, a gallery, a messenger, a short-video app, a downloader, a slide
tool, a modular-synth recorder, a media CMS, a chat-bot plugin and the libraries people build
them with. They cover cuts and trims, compressing and converting, resizing and cropping, speed,
GIFs and the sound (mute, extract, music), then asks that leave something out and out-of-scope
asks. Each case follows its row's `expected` column; the `[out of scope]` rows are OUT-OF-SCOPE
refusals. An `[extra input: …]` marker is left out of the request and the file it names is
given as an asset instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import GIF, VERTICAL, WHOLE, Above, AnyOf, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh40.md")

#: fresh40-06: a smaller file, no size given.
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Above(0))

#: fresh40-07, fresh40-08: the same video in a container editors and players take.
_MP4_OR_MOV = step("convert", format=AnyOf("mp4", "mov"))

#: fresh40-14: the sound alone, in any audio format.
_AUDIO = step("extract_audio") | step(
    "convert", format=AnyOf("mp3", "m4a", "aac", "wav", "flac", "opus", "ogg")
)

#: fresh40-15: 720 lines, said as 720p or as the 1280x720 it is.
_720P = (
    step("resize", lines=720) | step("resize", height=720) | step("resize", width=1280, height=720)
)

#: Words a refusal says when it asks how much faster or slower.
_HOW_FAST = (
    "how much",
    "how fast",
    "what speed",
    "which speed",
    "speed",
    "faster",
    "slower",
    "factor",
    "times",
)

CASES: tuple[Case, ...] = (
    do(
        "fresh40-01",
        "extract only the last 2 minutes of the video: the driver activated dashcam recording to "
        "capture an incident on the road, which captured several minutes worth of footage, but "
        "only the final moment truly matters",
        [step("trim", start=-120, end=None)],
        [step("cut", start=0, end=480)],
        probe=Probe(duration=600.0),
        note="the last two minutes of a ten-minute saved clip",
    ),
    do(
        "fresh40-02",
        "I need only a part of this video: it's a 6 hours class and I need only till starting "
        "1:15:00 hours",
        [step("trim", start=0, end=4500)],
        probe=Probe(duration=21600.0),
        note="keep the start to 1:15:00 of a six-hour class",
    ),
    do(
        "fresh40-03",
        "keep only part of the video: the video length is 60 min and I want only a 5 min file, "
        "the 30th min - 35min",
        [step("trim", start=1800, end=2100)],
        probe=Probe(duration=3600.0),
        note="keep minute 30 to minute 35",
    ),
    do(
        "fresh40-04",
        "compress the video to within 100MB: videos sent in a QQ chat (without uploading them to "
        "the group files) can't be larger than 100MB, and compressed they can all be sent",
        [step("compress", max_mb=Between(80, 100))],
        note="under 100 MB",
    ),
    do(
        "fresh40-05",
        "compress the video before uploading: my mastodon instance has an uploaded media limit "
        "of 40MB, and the phone I'm using takes high quality videos, which results in huge files",
        [step("compress", max_mb=Between(30, 40))],
        note="under 40 MB",
    ),
    do(
        "fresh40-06",
        "the video is very large after recording: compress it",
        [_SMALLER],
        note="a smaller file; no size was given",
    ),
    do(
        "fresh40-07",
        "export the .webm recording as a .mp4 or a .mov: when I send the .webm to a conference, "
        "they usually ask me for a .mp4 or a .mov, because it's a more common extension for "
        "video montage software",
        [_MP4_OR_MOV],
        note="the same video as an mp4 (or a mov)",
    ),
    do(
        "fresh40-08",
        "make the AVI (lossless) recording importable into Davinci Resolve or iMovie: it looks "
        "and sounds great, but the codec being used prevents me from importing it",
        [_MP4_OR_MOV, maybe(step("quality", level="high"))],
        note="re-encoded to a common format (mp4 or mov), quality kept high if said",
    ),
    do(
        "fresh40-09",
        "convert the video to gif format: it is one of many 5-6 second videos, and clicking each "
        "one by hand every time is a bother; as a gif it would play in a loop automatically",
        [GIF],
        probe=Probe(duration=6.0),
        note="the whole six-second video as an animated GIF",
    ),
    do(
        "fresh40-10",
        "convert the video to GIF: I recorded a screen movement in video and I later want it as "
        "GIF",
        [GIF],
        probe=VERTICAL,
        note="the whole screen recording as an animated GIF",
    ),
    do(
        "fresh40-11",
        "make the clip faster so that it could fit in a 6 second video: it would make editing "
        "10 times easier for content creators",
        [step("speed", factor=Between(2.5, 2.75), **WHOLE)],
        probe=Probe(duration=15.0),
        note="15 s played in about 6 s: 2.5x (a little more leaves it just under 6 s)",
    ),
    do(
        "fresh40-12",
        "add the external background music (BGM) to the screen recording: it would make "
        "tutorials and presentations much more engaging",
        [step("add_music", file="music.mp3")],
        assets=["music.mp3"],
        note="the music under the recording's own sound",
    ),
    do(
        "fresh40-13",
        "discard the audio: I make a lot of videos outside and in windy conditions, and I hardly "
        "ever need or even want the audio",
        [step("mute")],
        note="no sound",
    ),
    do(
        "fresh40-14",
        "extract the audio file of the recorded lecture: since there are no subtitles, I think I "
        "can transcribe the whole lecture to text format",
        [_AUDIO],
        probe=Probe(duration=5400.0),
        note="the lecture's sound alone, any audio format (the transcribing is the person's own)",
    ),
    do(
        "fresh40-15",
        "get the rendered video in less resolution: export it in 720p",
        [_720P],
        note="1920x1080 down to 1280x720",
    ),
    ask(
        "fresh40-16",
        "trim the video: select a start and end section of the video so the end result is "
        "directly cut to the section I want",
        "which section (its start and end)",
        (*WHICH_PART, "section"),
    ),
    ask(
        "fresh40-17",
        "crop the video before sending it, please",
        "what to crop to (an area of the picture or an aspect ratio)",
        (
            "which",
            "what",
            "where",
            "area",
            "aspect",
            "ratio",
            "region",
            "part",
            "how much",
            "size",
            "edge",
        ),
    ),
    ask(
        "fresh40-18",
        "crop out the unwanted parts at the top and bottom of the screen recording I just took",
        "how much to crop off the top and off the bottom",
        ("how much", "how many", "how far", "pixels", "amount", "which", "what"),
        probe=VERTICAL,
    ),
    ask(
        "fresh40-19",
        "change the playback speed of the video: it is either too fast or too slow to my liking, "
        "and I want to save it for sharing with friends or to watch later without the hassle of "
        "changing the playback speed every time I play it",
        "how much faster or slower (a factor)",
        _HOW_FAST,
    ),
    out_of_scope(
        "fresh40-20",
        "share the video to my Instagram story: it could be really useful",
        "posting to Instagram (a share to a social app), not an edit of the file",
    ),
    out_of_scope(
        "fresh40-21",
        "add password protection to the video, so it can be distributed more securely in "
        "professional environments: publishing it unlisted alone isn't an option in case "
        "someone who's not authorized gets the link",
        "access control on the site that hosts the video, not an edit of the file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
