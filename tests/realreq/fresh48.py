"""A forty-eighth fresh, held-out collection of real requests (tests/realreq/fresh48.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh47's, the
rows are short, typical asks, like the development set's, one edit each, mostly on sound, cutting,
speed, formats and size, and framing; they come from GitHub issues of a camera plugin, an audio
recorder, a WebRTC recorder, a Zoom recording downloader, a WebM meme maker, HandBrake, an FFmpeg
wrapper, the Raspberry Pi camera apps, a playout server, an HEVC batch encoder, a downloader and a
screen recorder, and from Apple's and Adobe's forums. Each case follows its row's `expected`
column; `[no op]` rows are DOABLE refusals, `[out of scope]` rows OUT-OF-SCOPE refusals."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import WHOLE, Above, AnyOf, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh48.md")

#: Louder by any amount, all of it.
_LOUDER = step("volume", percent=Above(100), **WHOLE) | step("volume", db=Above(0), **WHOLE)

#: A 3840x2160 video, three minutes long.
_UHD = Probe(duration=180.0, width=3840, height=2160)

CASES: tuple[Case, ...] = (
    do(
        "fresh48-01",
        "mute the recorded video: we have a use case where we don't want the audio",
        [step("mute")],
        [step("volume", percent=Below(1), **WHOLE)],
        note="no sound: the track dropped, or silenced",
    ),
    do(
        "fresh48-02",
        "the recorded sound is very small: make it louder when it plays, it is too quiet when I "
        "open the file",
        [_LOUDER],
        [step("normalize")],
        note="louder by any amount, or brought to a normal loudness",
    ),
    do(
        "fresh48-03",
        "remove the irritating noise the recording gets",
        [step("audio_denoise")],
        note="the sound's noise reduced",
    ),
    do(
        "fresh48-04",
        "just get the audio of the Zoom recording: I work for a company that stores audio files",
        [
            step("extract_audio")
            | step("convert", format=AnyOf("mp3", "m4a", "wav", "aac", "ogg", "flac", "opus"))
        ],
        note="the sound alone, as an audio file, any format",
    ),
    do(
        "fresh48-05",
        "make the file size smaller so we can send it to Discord: it is more than 8MB",
        [step("compress", max_mb=Between(1, 8))],
        note="under the 8 MB the person names",
    ),
    do(
        "fresh48-06",
        "compress the 100 MB video to 35 MB",
        [step("compress", max_mb=Between(30, 35)), maybe(step("resize"))],
        note="at most 35 MB (a smaller resize may come with it)",
    ),
    do(
        "fresh48-07",
        "compress the 3-minute 4K video to 720P",
        [
            step("resize", lines=720)
            | step("resize", height=720)
            | step("resize", width=1280, height=720),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
        ],
        probe=_UHD,
        note="720p, 1280x720 (a smaller-file setting may come with it)",
    ),
    do(
        "fresh48-08",
        "cut away the bottom 20% of the video without changing the rest of the image, resulting "
        "in 20% less image height",
        [
            step(
                "crop_edges",
                bottom=20,
                top=AnyOf(0, None),
                left=AnyOf(0, None),
                right=AnyOf(0, None),
                unit="%",
            )
        ],
        [
            step(
                "crop_edges",
                bottom=216,
                top=AnyOf(0, None),
                left=AnyOf(0, None),
                right=AnyOf(0, None),
                unit="px",
            )
        ],
        [
            step(
                "crop_area",
                width=1920,
                height=864,
                x=AnyOf(0, None),
                y=AnyOf(0, None),
                anchor=AnyOf("top", "top-left", "top-right", None),
            )
        ],
        note="the bottom fifth off: 1920x864 of the 1920x1080 picture remain, the top kept",
    ),
    do(
        "fresh48-09",
        "play back the sports clip in slow motion: replay machines cost $20-50k, this would be a "
        "far cheaper solution for us sport DIYers",
        [step("speed", factor=Between(0.1, 0.75), **WHOLE)],
        note="slower, e.g. half speed, all of it",
    ),
    no_op(
        "fresh48-10",
        "lessen the echo sound in the audio of the interview I did in a church",
        "no op",
        note="no operation takes echo (reverberation) out of the sound; audio_denoise is for "
        "steady noise",
    ),
    ask(
        "fresh48-11",
        "down scale the video to 720p or 480p: size can be significantly reduced by down scaling",
        "which resolution (720p or 480p)",
        ("which", "resolution", "720", "480"),
    ),
    ask(
        "fresh48-12",
        "cut the middle part of the video",
        "which part (where it starts and ends)",
        WHICH_PART,
    ),
    ask(
        "fresh48-13",
        "quickly trim the capture, in case I didn't start or end it perfectly",
        "how much to trim off the start and the end",
        (*WHICH_PART, "how much", "how many", "seconds"),
    ),
    out_of_scope(
        "fresh48-14",
        "remove the music of the PA system blaring about 15 feet away from my grand kids at the "
        "motorcycle track, and still keep the motorcycle sounds",
        "separating the music from the motorcycle sounds in one mixed track (source separation)",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
