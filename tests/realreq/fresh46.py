"""A forty-sixth fresh, held-out collection of real requests (tests/realreq/fresh46.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh45's, the
rows are short, typical asks, like the development set's: what non-experts ask most often
(cutting, louder and quieter, faster and slower, converting and shrinking, music, subtitles,
logos, GIFs). 18 come from GitHub issues of video downloaders, screen and GIF recorders, an
emulator, a game-automation bot, a phone camera, a flashcard plug-in, a data platform's user
guide, a university programme, a Blender renderer, a phone gallery, a web editor, a learning
platform and a web site; 3 from web pages (a Pinnacle Studio forum post, a racetrack driver's
blog, a German GoPro blog). Each case follows its row's `expected` column; `[out of scope]` rows
are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the request and the files
it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import GIF, WHOLE, Above, AnyOf, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh46.md")

#: fresh46-07: a smaller file, by a setting or any size.
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Above(0))

#: fresh46-08: a smaller file, by a setting or about the 8.7 MB it names.
_ABOUT_8MB = step("quality", level=AnyOf("small", "balanced")) | step(
    "compress", max_mb=Between(5, 10)
)

#: fresh46-14: the sound alone, in any audio format.
_AUDIO = step("extract_audio") | step(
    "convert", format=AnyOf("mp3", "m4a", "aac", "wav", "flac", "opus", "ogg")
)

CASES: tuple[Case, ...] = (
    do(
        "fresh46-01",
        "keep only a small part of the video, e.g. from 3:06 to 5:02",
        [step("trim", start=186, end=302)],
        probe=Probe(duration=600.0),
        note="3:06 to 5:02 kept, of a 10-minute video",
    ),
    do(
        "fresh46-02",
        "extract the video segment at the time interval 00:00:00-00:01:12",
        [step("trim", start=0, end=72)],
        probe=Probe(duration=600.0),
        note="the first 1:12 kept",
    ),
    do(
        "fresh46-03",
        "remove all sound from the video before sharing, keeping the video",
        [step("mute")],
        note="the picture kept, no sound",
    ),
    do(
        "fresh46-04",
        "turn down the volume of the recording: the audio is just full blast (ouch)",
        [step("volume", percent=Below(100), **WHOLE) | step("volume", db=Below(0), **WHOLE)],
        note="quieter, any amount, all of it",
    ),
    do(
        "fresh46-05",
        "speed up the 40 minute clip of a car driving to match the length of a 3 minute song",
        [step("speed", factor=Between(13, 13.7), **WHOLE), maybe(step("mute"))],
        probe=Probe(duration=2400.0),
        note="40 minutes played in 3: about 13.3 times as fast (the sound may be dropped)",
    ),
    do(
        "fresh46-06",
        "make the user guide video slower: it is a bit too fast",
        [step("speed", factor=Between(0.5, 0.95), **WHOLE)],
        note="a bit slower, all of it",
    ),
    do(
        "fresh46-07",
        "reduce the recorded video's size: larger videos are harder to upload, and even 10-15fps "
        "would be enough to see what is happening",
        [step("fps", fps=Between(10, 15)), maybe(_SMALLER)],
        probe=Probe(fps=30.0),
        note="10 to 15 frames a second, same length (a smaller-file setting may come with it)",
    ),
    do(
        "fresh46-08",
        "compress the video: a 14 second FHD video takes up 17.7MB, and a video bitrate of 5000k "
        "brings it down to 8.7MB",
        [_ABOUT_8MB],
        probe=Probe(duration=14.0),
        note="about half the size, 8.7 MB (5 to 10 MB), or a smaller-file setting",
    ),
    do(
        "fresh46-09",
        "change the video's file format to webm, so I can add it to Anki",
        [step("convert", format="webm")],
        note="the same video as a webm",
    ),
    do(
        "fresh46-10",
        "convert the Replay XD .mov file to mp4 format: some software seems to misinterpret the "
        "frame rate of the .mov files, resulting in audio/video desync",
        [step("convert", format="mp4")],
        note="the same video as an mp4",
    ),
    do(
        "fresh46-11",
        "lay some music under the GoPro video: from about 100 km/h the wind noise nastily drowns "
        "out the nice engine sound",
        [step("add_music", file="music.mp3", **WHOLE) | step("replace_audio", file="music.mp3")],
        assets=["music.mp3"],
        note="the music under the video (or instead of its windy sound)",
    ),
    do(
        "fresh46-12",
        "embed the subtitles into the video file, so no external subtitle file is needed: some "
        "players are not compatible with external subtitles and can't show them",
        [step("subtitles", file=AnyOf("subtitles.srt", None))],
        assets=["subtitles.srt"],
        note="the .srt burned in",
    ),
    do(
        "fresh46-13",
        "the video is edited, it should only get the UFFS logo, for posting on social networks",
        [step("overlay_image", file="logo_uffs.png", **WHOLE)],
        assets=["logo_uffs.png"],
        note="the logo over the video, any place, all of it",
    ),
    do(
        "fresh46-14",
        "cut the audio from the video: it's an audiobook with only a static page image, and I "
        "don't want to wait while a large video file transfers to another device",
        [_AUDIO],
        note="the sound alone, as an audio file (not a mute)",
    ),
    do(
        "fresh46-15",
        "convert the video clip to a GIF for easy sharing: the contents are too sensitive to "
        "trust online conversion services that may store uploaded files",
        [GIF],
        note="an animated GIF of the clip",
    ),
    ask(
        "fresh46-16",
        "put a watermark on our demo video, as marketing",
        "which watermark (an image or the text)",
        ("which watermark", "what watermark", "image", "logo", "text", "file", "which", "what"),
    ),
    ask(
        "fresh46-17",
        "compress the recording to a MB target: some messaging apps don't support video above x mb",
        "the size target, in MB",
        ("mb", "megabyte", "size", "how small", "how many", "limit", "target", "which", "what"),
    ),
    ask(
        "fresh46-18",
        "crop the game window out of my full-screen (16:9) recording of retro gameplay and export "
        "only that, no black bars: the games often run in unique aspect ratios like 1:1 or 4:3",
        "which area or aspect ratio the game window has",
        (
            "aspect",
            "ratio",
            "area",
            "region",
            "which",
            "where",
            "1:1",
            "4:3",
            "pixels",
            "coordinates",
        ),
    ),
    ask(
        "fresh46-19",
        "make a gif out of a portion of the video, like the gallery app on my other phone could",
        "which portion (its start and end)",
        ("which", "portion", "part", "start", "end", "when", "time", "second", "range", "from"),
    ),
    out_of_scope(
        "fresh46-20",
        "put subtitles on the screen of the course videos: at work I can study when there is "
        "nobody to attend to, but I have no access to audio",
        "captions on every course video of a learning platform, not an edit of a given file",
    ),
    out_of_scope(
        "fresh46-21",
        'add "Video production by Prodigium Pictures" below the videos on the site, with '
        '"Prodigium Pictures" linking to their website',
        "a credit line with a link on a web page, under its videos, not an edit of a video",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
