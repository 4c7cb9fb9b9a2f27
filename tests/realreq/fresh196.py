"""A hundred-and-ninety-sixth fresh, held-out collection of real requests
(tests/realreq/fresh196.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh193's, the
rows are short, typical asks, like the development set's; all 18 come from GitHub issues, eight
of them written in Chinese, Portuguese or German: a browser extension's README GIF, a commit
tool's README GIF, a conference talk for YouTube, a Bilibili downloader, a video cutter, a meme
GIF generator, a university's video lessons, an iOS export library, a chart package's README, a
lip-sync node, a neuroimaging tool's demo movies, a university's documentation, a weekly
podcast, a Rails engine's README, a video downloader and a community's podcast. Each case
follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import (
    GIF,
    LOUDER,
    MP3,
    MP3_SAVED,
    WHOLE,
    AnyOf,
    Below,
    Between,
    Case,
    Probe,
    anywhere,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh196.md")

#: A 1920x1080 picture scaled down, its shape kept: any smaller size.
_DOWN = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080), width=AnyOf(None, Below(1920)))
    | step("resize", width=Below(1920), height=AnyOf(None, Below(1080)))
    | step("resize", percent=Below(100))
)

#: 720p of a 1920x1080 video, as its size may be written.
_720P = (
    step("resize", lines=720)
    | step("resize", height=720, width=AnyOf(1280, None))
    | step("resize", width=1280, height=AnyOf(720, None))
    | step("resize", percent=Between(66, 67))
)

#: The 660 MiB recording made smaller: a smaller-file setting or a size under 692 MB.
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Below(692))

#: The segment about file uploads, about 10:29 to 17:29.
_SEG_START = Between(620, 635)
_SEG_END = Between(1045, 1055)

CASES: tuple[Case, ...] = (
    do(
        "fresh196-01",
        "compress the GIF in the README to below 5MB: it is about 7MB, and GitHub's image proxy "
        'won\'t load it ("Content length exceeded")',
        [
            anywhere(step("compress", max_mb=Between(1, 5))),
            maybe(GIF),
            maybe(step("resize")),
            maybe(step("fps")),
        ],
        probe=Probe(duration=20.0, has_audio=False),
        note="under 5 MB (1 to 5), kept a GIF (a smaller size or frame rate may come with it)",
    ),
    do(
        "fresh196-02",
        "slow down the gif on the readme: I've found it hard to follow along with what's "
        "happening in it, and when I show this tool to someone else, they say the same thing",
        [step("speed", factor=Between(0.25, 0.9), **WHOLE), maybe(GIF)],
        probe=Probe(duration=20.0, has_audio=False),
        note="slower, 0.25x to 0.9x, all of it (kept a GIF)",
    ),
    do(
        "fresh196-03",
        "convert the .mkv of the talk to mp4: I believe youtube requires mp4 format",
        [
            step("convert", format="mp4"),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
        ],
        [
            step("codec", codec="h264"),
            anywhere(step("convert", format="mp4")),
            maybe(step("quality")),
        ],
        probe=Probe(duration=840.0),
        note="an MP4 of the 14-minute talk (H.264 may come with it), either order",
    ),
    do(
        "fresh196-04",
        "convert the audio-only download to MP3: sometimes I want to download music from "
        "Bilibili, I chose audio only, and what came out is an mp4 with no picture",
        [MP3],
        MP3_SAVED,
        probe=Probe(duration=240.0),
        note="the sound alone as an mp3",
    ),
    do(
        "fresh196-05",
        "make the cut screen recording take less space: after I cut out almost 2 hours, the new "
        "one is 1:57 long but still 660 MiB (the original was 3:48 and 733 MiB, because I left "
        "the screen recorder on when the video had stopped)",
        [
            anywhere(_SMALLER),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(step("resize")),
            maybe(step("fps")),
        ],
        [step("codec", codec="hevc"), maybe(step("quality")), maybe(step("resize"))],
        probe=Probe(duration=7020.0),
        note="a smaller file of the 1:57 recording: a smaller-file setting, a size under 660 MiB "
        "(692 MB), or H.265",
    ),
    do(
        "fresh196-06",
        "make a lower-resolution version of the generated GIF: at 1.88M it is too big to add as "
        "a WeChat sticker",
        [anywhere(_DOWN), maybe(GIF), maybe(step("fps")), maybe(step("compress"))],
        [
            anywhere(step("compress", max_mb=Below(1.88))),
            maybe(GIF),
            maybe(_DOWN),
            maybe(step("fps")),
        ],
        probe=Probe(duration=10.0, has_audio=False),
        note="a smaller picture, its shape kept, kept a GIF (or a size under 1.88 MB)",
    ),
    do(
        "fresh196-07",
        "raise the sound of my speech in the video lesson: otherwise it was a SHOW, "
        "professional material",
        [LOUDER, maybe(step("audio_denoise"))],
        probe=Probe(duration=1200.0),
        note="louder, all of it (a level or dB above, or a loudness target)",
    ),
    do(
        "fresh196-08",
        "give the audio of this second narrated video a noise treatment: I think it needs it",
        [
            step("audio_denoise"),
            maybe(step("normalize")),
            maybe(step("volume")),
        ],
        probe=Probe(duration=1400.0),
        note="the steady noise taken out of the sound (a loudness fix may come with it)",
    ),
    do(
        "fresh196-09",
        "cut the section about file uploads (~10:29 - 17:29) out as its own video: it would "
        "shorten the viewing length of the calendar template video, while making it easier to "
        "manage/view the series as a whole",
        [step("trim", start=_SEG_START, end=_SEG_END)],
        [step("keep_ranges", ranges=[[629, 1049]])],
        [step("cut", start=_SEG_START, end=_SEG_END)],
        probe=Probe(duration=1800.0),
        note="10:29 to 17:29 kept as its own video (the calendar video without it is fair too)",
    ),
    do(
        "fresh196-10",
        "convert the 1080p video to 720p (some 1080p videos came out even bigger when converted "
        "to 720p)",
        [
            anywhere(_720P),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
            maybe(step("compress")),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
        ],
        note="720p of the 1920x1080 video, its shape kept (a smaller-file setting may come with "
        "it)",
    ),
    do(
        "fresh196-11",
        "transfer the demo video to GIF, so we can embed it directly: it saves one click from the "
        "user and the package is self-contained",
        [anywhere(GIF), maybe(step("resize")), maybe(step("fps")), maybe(step("compress"))],
        probe=Probe(duration=30.0, has_audio=False),
        note="an animated GIF of the demo (a smaller size or frame rate may come with it)",
    ),
    do(
        "fresh196-12",
        "fix the generated video: overall it became a lot blurrier (is there any way to solve it?)",
        [step("sharpen", **WHOLE), maybe(step("quality", level="high"))],
        probe=Probe(duration=10.0),
        note="sharper, any strength, all of it",
    ),
    ask(
        "fresh196-13",
        "put sound on the demo movie: someone should be talking us through the demo, but the "
        "audio is greyed out",
        "the narration (a recorded voice-over to put on it)",
        (
            "narration",
            "voice-over",
            "voiceover",
            "voice over",
            "recording",
            "audio file",
            "file",
            "which",
            "provide",
            "record",
            "upload",
            "attach",
        ),
        probe=Probe(duration=90.0, has_audio=False),
    ),
    ask(
        "fresh196-14",
        "shorten / rework the instruction video when there is a chance",
        "which parts to cut (how much shorter, what to rework)",
        (*WHICH_PART, "which parts", "parts", "how much", "how long", "shorter", "what"),
        probe=Probe(duration=300.0),
    ),
    ask(
        "fresh196-15",
        "trim the ep003 video and add a TOC to it (once YT finishes processing it)",
        "which part to trim (and the table of contents' entries)",
        (*WHICH_PART, "which part", "how much", "chapters", "table of contents", "toc"),
        probe=Probe(duration=3600.0),
    ),
    out_of_scope(
        "fresh196-16",
        "remove this 25 MB gif from the Readme file: I had noticeable lag when scrolling down",
        "taking a GIF out of a repository's README, not an edit of the file",
        probe=Probe(duration=30.0, has_audio=False),
    ),
    out_of_scope(
        "fresh196-17",
        "download only the background music of the Bilibili video",
        "downloading from Bilibili, not an edit of a given file",
    ),
    out_of_scope(
        "fresh196-18",
        "put back my audio in the podcast video after 40m in, where squadcast dropped it: we have "
        "the video but maybe no audio, maybe there is some ai that can lipread 🤣",
        "making speech that was never recorded (lip reading), not an edit of the given file",
        probe=Probe(duration=3600.0),
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
