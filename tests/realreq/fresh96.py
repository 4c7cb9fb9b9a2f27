"""A ninety-sixth fresh, held-out collection of real requests (tests/realreq/fresh96.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh93's, the
rows are short, typical asks, like the development set's; all 16 come from GitHub issues of a
flight-log viewer's video export, a subtitle editor, screen recorders and GIF makers, an Electron
trimmer, a browser test runner's video output, an mpv encoding script, a WebM converter,
PowerToys, a Gradio app, an Android video editor, a browser webcam-analysis tool and an IRL
streaming app. Each case follows its row's `expected` column; `[out of scope]` rows are
OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the request and the files it
names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import GIF, LOUDER, WHOLE, AnyOf, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh96.md")

#: A recorded GIF: a picture with no sound.
_GIF_INPUT = Probe(has_audio=False)

CASES: tuple[Case, ...] = (
    do(
        "fresh96-01",
        "reduce the exported video's file size: the 5 min video rendered at 720 comes out at "
        "1.03 gig",
        [step("quality", level="small"), maybe(step("codec", codec="hevc"))],
        [step("codec", codec="hevc"), maybe(step("quality", level="small"))],
        probe=Probe(duration=300.0, width=1280, height=720),
        note="a smaller file at the same size and length; no size limit was given",
    ),
    do(
        "fresh96-02",
        "burn in the subtitles for the blu-ray movie without loss in quality",
        [
            step("subtitles", file=AnyOf("subs.srt", None)),
            maybe(step("quality", level="high")),
        ],
        assets=["subs.srt"],
        note="the subtitles burned in (a high-quality setting may come with it)",
    ),
    do(
        "fresh96-03",
        "convert the GIF to MP4: I recorded a GIF, then realized it's too big (the file size) "
        "to work as an attachment",
        [
            step("convert", format="mp4"),
            maybe(step("quality", level="small")),
            maybe(step("codec", codec="h264")),
        ],
        probe=_GIF_INPUT,
        note="saved as an mp4 (a smaller-file or H.264 setting may come with it)",
    ),
    do(
        "fresh96-04",
        "double the speed of the exported GIF, thus shortening the time of the GIF",
        [step("speed", factor=2, **WHOLE), maybe(GIF)],
        probe=_GIF_INPUT,
        note="twice as fast, all of it (saved as a GIF may come with it)",
    ),
    do(
        "fresh96-05",
        "add a transition like fade in (black) / fade out when merging the two clips",
        [
            step(
                "transition",
                clips=AnyOf(["clip2.mp4"], []),
                at="end",
                style=AnyOf("fadeblack", "fade"),
            )
        ],
        assets=["clip2.mp4"],
        note="clip2 joined after the video through a fade to black (or a crossfade), any length",
    ),
    do(
        "fresh96-06",
        "export the recording with the H265/HEVC codec, as it's way more efficient",
        [step("codec", codec="hevc"), maybe(step("convert", format=AnyOf("mp4", "mkv", "mov")))],
        note="encoded as HEVC",
    ),
    do(
        "fresh96-07",
        "add a watermark to the test execution video",
        [step("overlay_image", file="watermark.png", **WHOLE)],
        assets=["watermark.png"],
        note="the watermark image over the video, any place, all of it",
    ),
    do(
        "fresh96-08",
        "encode the video muted, with the sound disabled",
        [step("mute")],
        note="no sound track",
    ),
    do(
        "fresh96-09",
        "raise the volume of the recorded audio: it is lower than videos recorded by other "
        "software, like movies and youtube downloaded videos",
        [LOUDER],
        note="louder, by any amount or to a loudness target, all of it",
    ),
    do(
        "fresh96-10",
        "denoise the video with a more effective denoiser, it would help a lot",
        [step("denoise", **WHOLE)],
        note="the picture's noise reduced, any strength, all of it",
    ),
    ask(
        "fresh96-11",
        "rotate the video: my professional camera doesn't automatically turn the videos",
        "which way to turn it (90 degrees clockwise or counter-clockwise, or 180)",
        (
            "which way",
            "direction",
            "clockwise",
            "counter",
            "degrees",
            "90",
            "180",
            "270",
            "left",
            "right",
            "which",
        ),
    ),
    ask(
        "fresh96-12",
        "draw some text in every frame of the uploaded video",
        "which text (the words)",
        ("which text", "what text", "the text", "text", "words", "what should"),
    ),
    ask(
        "fresh96-13",
        "speed up or down the video (and sound) when saving the recording",
        "which way and how much (faster or slower, by what factor)",
        ("faster", "slower", "how much", "how fast", "factor", "which", "what speed", "how many"),
    ),
    ask(
        "fresh96-14",
        "lower the framerate and bitrate of the video, to share it where it has to be under a "
        "certain size",
        "the size to stay under (or the frame rate and bitrate wanted)",
        (
            "size",
            "mb",
            "megabyte",
            "limit",
            "how small",
            "frame rate",
            "fps",
            "bitrate",
            "which",
            "what",
        ),
    ),
    out_of_scope(
        "fresh96-15",
        "mirror the webcam video stream so it feels better: the stream is flipped",
        "mirroring a live webcam stream analyzed in the browser, not an edit of a file",
    ),
    out_of_scope(
        "fresh96-16",
        "blur number plates in the stream, as it blurs faces: it would be a huge advantage in "
        "terms of GDPR regulations in EU",
        "a real-time filter of a live IRL stream (finding the plates needs detection too), not an "
        "edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
