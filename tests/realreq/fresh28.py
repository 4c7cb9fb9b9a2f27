"""A twenty-eighth fresh, held-out collection of real requests (tests/realreq/fresh28.md): one
checkable case a row, encoded the way fresh26.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh27's, the
rows are short, typical asks, like the development set's; all 23 come from GitHub issues of
players, recorders, cutters, video libraries and generators (found in corpus "issues"). Each
case follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals. An
`[extra input: …]` marker is left out of the request and the file it names is given as an asset
instead."""

from __future__ import annotations

from pathlib import Path

from .cases import CORNERS, WHICH_PART, ask, do, out_of_scope
from .score import (
    GIF,
    LOUDER,
    WHOLE,
    Above,
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
TABLE = Path(__file__).with_name("fresh28.md")


#: fresh28-01: 120% of the level, about +1.6 dB.
_120 = step("volume", percent=Between(110, 125), **WHOLE) | step(
    "volume", db=Between(0.8, 2.0), **WHOLE
)

#: fresh28-02: quieter, by any amount.
_QUIETER = step("volume", percent=Between(1, 99), **WHOLE) | step("volume", db=Below(0), **WHOLE)

#: A fade of any usual length.
_SHORT = Between(0.2, 10)

#: fresh28-06: brighter (or lighter mid-tones), and more colourful.
_BRIGHTER = step("brightness", percent=Above(0), **WHOLE) | step("gamma", gamma=Above(1), **WHOLE)
_MORE_COLOUR = step("saturation", percent=Above(0), **WHOLE)

#: fresh28-08: a 2 hour recording, 800 MB now, about 200 MB wanted.
_TWO_HOURS = Probe(duration=7200.0)

#: fresh28-09: a 16 GB movie made smaller.
_MOVIE = Probe(duration=7200.0)

#: fresh28-16 and fresh28-17: screen recordings (a 1080p screen, a 4k one).
_SCREEN = Probe(width=1920, height=1080)
_4K_SCREEN = Probe(width=3840, height=2160, duration=18.0)
_SMALLER_PICTURE = (
    step("resize", width=Below(1920))
    | step("resize", height=Below(1080))
    | step("resize", lines=Below(1080))
    | step("resize", percent=Below(100))
)

CASES: tuple[Case, ...] = (
    do(
        "fresh28-01",
        "the video's sound is too quiet: make it louder, up to 120% as the VLC player allows",
        [_120],
        note="120% of the level (about +1.6 dB), the whole video",
    ),
    do(
        "fresh28-02",
        "lower the volume of the splash video: it seems louder than the other sources even when "
        "they are set to 100%",
        [_QUIETER],
        note="quieter, any amount",
    ),
    do(
        "fresh28-03",
        "increase the amplitude, beyond 100%, for the low-volume camera mic: you can't hear stuff "
        "sometimes",
        [LOUDER],
        note="louder, any amount or a loudness target",
    ),
    do(
        "fresh28-04",
        "fade the sound in and out",
        [
            anywhere(step("fade", direction="in", duration=_SHORT, target="audio")),
            anywhere(step("fade", direction="out", duration=_SHORT, target="audio")),
        ],
        note="the sound faded in and out, the picture left alone",
    ),
    do(
        "fresh28-05",
        "fade in & out, video & audio: not only the audio, I want it for both",
        [
            anywhere(step("fade", direction="in", duration=_SHORT, target="both")),
            anywhere(step("fade", direction="out", duration=_SHORT, target="both")),
        ],
        [
            anywhere(step("fade", direction="in", duration=_SHORT, target="video")),
            anywhere(step("fade", direction="in", duration=_SHORT, target="audio")),
            anywhere(step("fade", direction="out", duration=_SHORT, target="video")),
            anywhere(step("fade", direction="out", duration=_SHORT, target="audio")),
        ],
        note="fades in and out of picture and sound together (or as separate fades)",
    ),
    do(
        "fresh28-06",
        "adjust the brightness and saturation: I have dark colors blending together that I want "
        "to become visible again",
        [anywhere(_BRIGHTER), anywhere(_MORE_COLOUR), maybe(step("contrast", **WHOLE))],
        note="brighter (or lighter mid-tones) and more saturated, either order; a contrast "
        "change may come with them",
    ),
    do(
        "fresh28-07",
        "strip out the first few seconds (~5 seconds or so) from the start of the screenshare "
        "demo, where it shows `session restored`",
        [step("trim", start=Between(4, 6), end=None)],
        note="about 5 s off the start",
    ),
    do(
        "fresh28-08",
        "reduce the final mp4 size: the 2 hour video now goes up to 800mb, where another recorder "
        "made it around 200 Mb maximum",
        [
            anywhere(step("compress", max_mb=Between(100, 250)) | step("quality", level="small")),
            maybe(step("resize")),
            maybe(step("convert", format="mp4")),
        ],
        probe=_TWO_HOURS,
        note="about 200 MB (or a smaller encode); a smaller resize may come with it",
    ),
    do(
        "fresh28-09",
        "transcode the big movie to a lower quality to download it to my phone: 16gb is way too "
        "much for the connection and the storage",
        [
            anywhere(step("quality", level="small") | step("compress", max_mb=Below(16000))),
            maybe(step("resize")),
            maybe(step("convert", format="mp4")),
        ],
        probe=_MOVIE,
        note="a smaller encode or a size under 16 GB; a smaller resize may come with it",
    ),
    do(
        "fresh28-10",
        "convert the mov to MP4 format, only this one operation",
        [step("convert", format="mp4")],
        note="an mp4, nothing else",
    ),
    do(
        "fresh28-11",
        "convert the film to MP4: it is in MKV or AVI, and although that has better quality, MP4 "
        "is preferable for smart TVs",
        [step("convert", format="mp4")],
        probe=Probe(duration=6000.0),
        note="an mp4",
    ),
    do(
        "fresh28-12",
        "cut the audio from the video in 320k mp3 format",
        [
            anywhere(step("extract_audio", format="mp3") | step("convert", format="mp3")),
            maybe(step("quality", level="high")),
        ],
        note="the sound alone, as an mp3 (320k: a high quality may come with it)",
    ),
    do(
        "fresh28-13",
        "merge the 2 mp4 videos, this one and the other",
        [step("join", clips=AnyOf(["other.mp4"], []), at="end")],
        assets=["other.mp4"],
        note="the other video after this one",
    ),
    do(
        "fresh28-14",
        "merge the video with the audio: add the audio to the muted video",
        [step("replace_audio", file="audio.mp3") | step("add_music", file="audio.mp3")],
        assets=["audio.mp3"],
        probe=Probe(has_audio=False),
        note="the audio file as the muted video's sound",
    ),
    do(
        "fresh28-15",
        "put a logo on the corner of the video",
        [step("overlay_image", file="logo.png", position=CORNERS, **WHOLE)],
        assets=["logo.png"],
        note="the logo in a corner, for the whole video, any size",
    ),
    do(
        "fresh28-16",
        "save the screen recording as a GIF at a lower overall resolution: this will reduce the "
        "size, and a GIF with such a large resolution can be ridiculous",
        [step("gif", width=AnyOf(None, Below(1920)))],
        [anywhere(_SMALLER_PICTURE), anywhere(GIF)],
        probe=_SCREEN,
        note="a GIF narrower than the 1920 wide recording (the usual GIF width is at most 480)",
    ),
    do(
        "fresh28-17",
        "make the screen recording a GIF I can upload in forums like the issues here on GitHub, "
        "limited to a maximum of 10MB: I have a 4k screen, and recorded GIFs of less than 20 "
        "seconds are already several hundred MB",
        [
            anywhere(GIF),
            anywhere(step("compress", max_mb=Between(1, 10))),
            maybe(step("resize")),
            maybe(step("fps")),
        ],
        probe=_4K_SCREEN,
        note="a GIF under 10 MB, either order; a smaller size or frame rate may come with it",
    ),
    ask(
        "fresh28-18",
        "add text in the video and also add my own selected music",
        "what text, and which music (no file is given)",
        ("what", "which", "text", "music", "file", "song"),
    ),
    ask(
        "fresh28-19",
        "boost the recording level by x db (to compensate for input mismatch)",
        "how many dB (x is not given)",
        ("how much", "how many", "db", "decibel", "amount", "level", "percent", "louder"),
    ),
    ask(
        "fresh28-20",
        "cut the video to within 30 seconds, like posting to WeChat Moments",
        "which 30 seconds (where the part starts)",
        (*WHICH_PART, "first"),
        probe=Probe(duration=90.0),
    ),
    ask(
        "fresh28-21",
        "trim the recording: only part of it is useful and the rest is just noise",
        "which part to keep (no times)",
        WHICH_PART,
    ),
    out_of_scope(
        "fresh28-22",
        "switch the camera to record in black and white (grayscale): I'm using the NoIR Picam "
        "with IR illumination, so all the color data is useless to me",
        "a camera's recording setting, not an edit of a file",
    ),
    out_of_scope(
        "fresh28-23",
        "boost the sound volume when I play webm/mp4 files in qimgv: even with the system volume "
        "at 100% it's about 30-40% of what mpv defaults to",
        "a player's volume, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
