"""A ninety-fourth fresh, held-out collection of real requests (tests/realreq/fresh94.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh93's, the
rows are short, typical asks, like the development set's; all 15 come from GitHub issues of
Android camera and recording apps, Android compressors and converters, an Android video editor,
a YouTube client, a messenger, a Flutter video editor, a transcoding library, Android galleries,
a GIF maker and PowerToys. Each case follows its row's `expected` column; `[out of scope]` rows
are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the request and the files
it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import GIF, MP3, AnyOf, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh94.md")

#: A smaller file: the small-file setting, or under any size.
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step(
    "compress", max_mb=Between(0.1, None)
)

#: A lower resolution than the 1920x1080 input.
_SMALLER_RESIZE = (
    step("resize", lines=Between(144, 1079))
    | step("resize", percent=Between(1, 99))
    | step("resize", width=Between(160, 1919))
    | step("resize", height=Between(90, 1079))
)

CASES: tuple[Case, ...] = (
    do(
        "fresh94-01",
        "remove the sound from the video: I don't want viewers hearing my girlfriend talk, and "
        "no sound means a smaller size",
        [step("mute")],
        note="no sound track",
    ),
    do(
        "fresh94-02",
        "strip the audio from the video: I want to submit it to a site that doesn't accept audio",
        [step("mute")],
        note="no sound track",
    ),
    do(
        "fresh94-03",
        "compress the 14 MB video more, to 4.5MB: compressed, it is still 7MB",
        [step("compress", max_mb=Between(4, 5))],
        note="a file of about 4.5 MB",
    ),
    do(
        "fresh94-04",
        "compress the ~2h recording of 1920p@30fps, which takes around 20GB, to ~2GB without "
        "losing quality",
        [
            step("compress", max_mb=Between(1500, 2500)),
            maybe(step("codec", codec="hevc")),
        ],
        probe=Probe(duration=7200.0),
        note="a file of about 2 GB (an HEVC encode may come with it)",
    ),
    do(
        "fresh94-05",
        "shrink the video by half, 1080p to 540p",
        [
            step("resize", lines=540)
            | step("resize", percent=50)
            | step("resize", height=540, width=AnyOf(None, 960))
            | step("resize", width=960, height=AnyOf(None, 540))
        ],
        note="960x540, half of 1920x1080",
    ),
    do(
        "fresh94-06",
        "crop my phone's game recording to 16:9: the game runs in 16:9, which results in huge "
        "black bars on the sides of the video",
        [step("crop", aspect="16:9") | step("crop_area", width=Between(1910, 1930), height=1080)],
        probe=Probe(width=2400, height=1080),
        note="the 16:9 middle of the 2400x1080 recording, the bars at the sides cut off",
    ),
    do(
        "fresh94-07",
        "convert the video to mp3: many TVs and some devices only support mp3 casting and playing",
        [MP3],
        note="the sound alone, as an mp3",
    ),
    do(
        "fresh94-08",
        "down convert the 4K video to make it smaller, so Signal will compress it",
        [
            step("resize", lines=Between(360, 1440))
            | step("resize", percent=Between(16, 67))
            | step("resize", width=Between(640, 2560))
            | step("resize", height=Between(360, 1440)),
            maybe(_SMALLER),
        ],
        probe=Probe(width=3840, height=2160),
        note="a lower resolution, 1440p down to 360p (a smaller-file setting may come with it)",
    ),
    do(
        "fresh94-09",
        "convert the short video clip (up to 10 seconds) into a GIF, for an animated profile "
        "picture",
        [GIF],
        [step("crop", aspect="1:1"), GIF],
        probe=Probe(duration=10.0),
        note="an animated GIF of the whole clip (a square crop may come before it)",
    ),
    do(
        "fresh94-10",
        "reduce the size of the video under 4mb without losing quality",
        [step("compress", max_mb=Between(3, 4))],
        note="a file under 4 MB",
    ),
    do(
        "fresh94-11",
        "compress the video's quality and size",
        [_SMALLER],
        [_SMALLER_RESIZE, _SMALLER],
        [_SMALLER, _SMALLER_RESIZE],
        note="a smaller file (a smaller resize may come with it)",
    ),
    ask(
        "fresh94-12",
        "add a watermark/logo on the saved video, branding like TikTok, without changing the "
        "video resolution",
        "which image (the logo file is not given)",
        ("logo", "image", "file", "which", "watermark", "what"),
    ),
    ask(
        "fresh94-13",
        "just cut the video to the right length",
        "which part to keep (or how long)",
        (*WHICH_PART, "how long", "length", "seconds", "duration"),
    ),
    ask(
        "fresh94-14",
        "create a GIF from the video, starting from a specific start time",
        "which start time (and how long)",
        ("start time", "which", "when", "what time", "second", "time", "start"),
    ),
    out_of_scope(
        "fresh94-15",
        "play the video in the background, as audio only: right now I have VLC installed only "
        "for this",
        "background playback in a gallery's player, not an edit of the file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
