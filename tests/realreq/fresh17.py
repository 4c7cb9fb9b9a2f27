"""A seventeenth fresh, held-out collection of real requests (tests/realreq/fresh17.md): one
checkable case a row, encoded the way fresh15.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh15's, the rows
are short, typical asks, like the development set's; none of them comes from github.com. Each case
follows its row's `expected` column; `[needs analysis]` rows are DOABLE refusals and `[out of
scope]` rows OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the request and the
file it names is given as an asset instead."""

from __future__ import annotations

from pathlib import Path

from .cases import CORNERS, WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    Above,
    AnyOf,
    Between,
    Case,
    Probe,
    anywhere,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh17.md")

#: A GIF made either way.
_GIF = step("gif") | step("convert", format="gif")

#: A fade from black at the start and one to black at the end, of any length.
_FADE_IN = step("fade", direction="in", target=AnyOf("video", "both"))
_FADE_OUT = step("fade", direction="out", target=AnyOf("video", "both"))

#: 720p: 720 lines, or 1280x720 from a 16:9 picture.
_720 = (
    step("resize", lines=720)
    | step("resize", height=720, width=AnyOf(1280, None))
    | step("resize", width=1280, height=AnyOf(720, None))
)

#: fresh17-10: the middle half of a 1280x720 picture (about 640x360), kept by either crop.
_MIDDLE_HALF = (
    step(
        "crop_area",
        width=Between(560, 720),
        height=Between(315, 405),
        x=None,
        y=None,
        anchor="center",
    )
    | step(
        "crop_area",
        width=Between(560, 720),
        height=Between(315, 405),
        x=Between(280, 360),
        y=Between(157, 203),
    )
    | step(
        "crop_edges",
        left=Between(280, 360),
        right=Between(280, 360),
        top=Between(157, 203),
        bottom=Between(157, 203),
        unit="px",
    )
    | step(
        "crop_edges",
        left=Between(22, 28),
        right=Between(22, 28),
        top=Between(22, 28),
        bottom=Between(22, 28),
        unit="%",
    )
)

CASES: tuple[Case, ...] = (
    do(
        "fresh17-01",
        "turn the portrait clip of waves crashing on the beach 90° clockwise (it was shot with the "
        "compact camera turned upright)",
        [step("rotate", degrees=90)],
    ),
    do(
        "fresh17-02",
        "encode the video to an almost exact file size, to stay within Discord's 8MiB limit, and "
        "strip the audio out",
        [
            anywhere(step("compress", max_mb=Between(7, 8.4))),
            anywhere(step("mute")),
            maybe(step("resize")),
        ],
        note="8 MiB is 8.39 MB; no sound; a smaller picture may come with it",
    ),
    do(
        "fresh17-03",
        "raise the volume of the short film's audio without losing quality: the audio from the "
        "boom mic came out very low (running around -30 dB)",
        [step("volume", percent=Above(100), start=None, end=None)],
        [step("volume", db=Above(0), start=None, end=None)],
        [step("normalize")],
        note="louder, by any amount (or loudness-normalized); the -30 dB is the level it is at",
    ),
    do(
        "fresh17-04",
        "cut out minute 1 to minute 3 of the video and add a fade in and fade out: ffmpeg -ss 60 "
        '-to 180 -i input.mp4 -vf "fade=t=in:st=0:d=1,fade=t=out:st=119:d=1"',
        [step("trim", start=60, end=180), _FADE_IN, _FADE_OUT],
        [step("trim", start=60, end=180), _FADE_OUT, _FADE_IN],
        probe=Probe(duration=300.0),
        note="keep 60 s to 180 s (剪出来: cut out and keep), then fade in and out (1 s each)",
    ),
    do(
        "fresh17-05",
        "convert the video to 720p MP4 with good compression",
        [
            anywhere(_720),
            maybe(step("convert", format="mp4")),
            maybe(step("quality", level=AnyOf("balanced", "small"))),
        ],
    ),
    do(
        "fresh17-06",
        "trim the video to the first 10 seconds, add my logo in the corner, and export it as a GIF",
        [
            anywhere(step("trim", start=0, end=10)),
            anywhere(step("overlay_image", file="logo.png", position=CORNERS)),
            _GIF,
        ],
        assets=["logo.png"],
        note="the first 10 s, the logo in any corner, as a GIF (last)",
    ),
    do(
        "fresh17-07",
        "join the video (video1.mp4) and video2.mp4",
        [step("join", clips=AnyOf(["video2.mp4"], []), at="end")],
        assets=["video2.mp4"],
        note="video2.mp4 after the video (or every clip given, in order)",
    ),
    do(
        "fresh17-08",
        "Trim this video from 00:30 to 02:00, add a fade-in, and convert to 720p",
        [step("trim", start=30, end=120), _FADE_IN, anywhere(_720)],
        [anywhere(_720), step("trim", start=30, end=120), _FADE_IN],
        probe=Probe(duration=180.0),
        note="keep 30 s to 120 s, a fade-in (any length) at its start, 720 lines",
    ),
    do(
        "fresh17-09",
        "make a timelapse of the video, which lasts 10 hours: 20 times real time, without the "
        "sound (-an)",
        [anywhere(step("speed", factor=20, start=None, end=None)), maybe(step("mute"))],
        probe=Probe(duration=36000.0),
        note="20x; the sound may be dropped too",
    ),
    do(
        "fresh17-10",
        "remove the black border on all four sides of the 1280x720 iPad demo video: the actual "
        "picture is about half that size, in the middle, and the border is the same width on all "
        "sides",
        [_MIDDLE_HALF, maybe(step("resize"))],
        probe=Probe(width=1280, height=720),
        note="keep about the middle 640x360; scaling it back up is the editor's choice",
    ),
    do(
        "fresh17-11",
        "find and delete the small pure silences in the recording (dropouts), all 250 of them, "
        "automatically",
        [step("remove_silence", where="all")],
    ),
    no_op(
        "fresh17-12",
        "make the background of the video black and white",
        "telling the subject from the background needs segmentation",
    ),
    do(
        "fresh17-13",
        "stabilize the shaky handheld video and keep the audio",
        [step("stabilize")],
    ),
    do(
        "fresh17-14",
        "upgrade the plain SRT subtitles into styled, burned-in captions on the video",
        [step("subtitles", file="captions.srt")],
        assets=["captions.srt"],
        note="burned in; font, colour and size are the editor's",
    ),
    ask(
        "fresh17-15",
        "join these segments with crossfades",
        "which segments (no other file is given)",
        ("which", "segments", "clips", "files", "videos", "no other", "provide", "give"),
    ),
    ask(
        "fresh17-16",
        "Trim this video and add a title",
        "which part to keep, and what title text",
        ("which", "what", "part", "start", "end", "range", "text", "title say", "words"),
    ),
    ask(
        "fresh17-17",
        "speed up the sequence of guests walking down the stairs to eat, to double speed",
        "where that sequence is (its start and end)",
        WHICH_PART,
    ),
    ask(
        "fresh17-18",
        "add a music track to the zoo video, partly to overcome the distracting background noise",
        "which music (no file is given)",
        ("which", "music file", "track", "song", "no music", "provide", "give", "audio file"),
    ),
    out_of_scope(
        "fresh17-19",
        "create a blank/black background video and mux it with an audio track",
        "a new video made from an audio track, not an edit of a video",
    ),
    out_of_scope(
        "fresh17-20",
        "A barista pours latte art in a bright cafe, close-up shot, slow camera push in, morning "
        "light, cozy lifestyle style, vertical format, 5 seconds",
        "generating a video from a text prompt",
    ),
    out_of_scope(
        "fresh17-21",
        "remove the microphone from the frame",
        "generative object removal (inpainting)",
    ),
    out_of_scope(
        "fresh17-22",
        "split the full news broadcast video into multiple individual news event videos",
        "several output files, split by content",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
