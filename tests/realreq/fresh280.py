"""A two-hundred-and-eightieth fresh, held-out collection of real requests
(tests/realreq/fresh280.md): one checkable case a row, encoded the way fresh277.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh277's, the
rows are short, typical asks; all 12 come from GitHub issues, most of them of screen recorders
new in 2025 and 2026 (OpenScreen, Recordly, Better Shot, Screenity, Kazam, PowerToys, Atlas,
a Canvas timelapse, PiliPlus): a webm made a silent mp4, a screencast made playable, a 16:9
recording made vertical, a recording compressed for GitHub, parts blurred, a trim, a timelapse's
speed, a webcam background blurred, zooms, files added, a live screenshare blurred
and a capture area chosen before recording.
Each case follows its row's `expected` column. fresh280-08 ("rotate this video 90°",
labelled underspecified) was dropped: fresh30-13 and fresh13-21 ask the same and are labelled
doable with a quarter turn, and both labels cannot hold."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import WHOLE, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh280.md")

#: Vertical, 9:16: shaped for a platform, padded, blur-filled or cropped (maybe then scaled).
_VERTICAL = (
    [
        step(
            "platform",
            platform=AnyOf("tiktok", "instagram_reels", "youtube_shorts", "instagram_story"),
        )
    ],
    [step("pad", aspect="9:16"), maybe(step("resize"))],
    [step("blur_fill", aspect="9:16"), maybe(step("resize"))],
    [step("crop", aspect="9:16"), maybe(step("resize"))],
)

CASES: tuple[Case, ...] = (
    do(
        "fresh280-01",
        "make this recording a real MP4 without any audio: the file has an .mp4 extension but "
        "when inspecting the file type I get webm, and I want to produce short videos without "
        "any audio",
        [
            anywhere(step("convert", format="mp4") | step("codec", codec="h264")),
            anywhere(step("mute") | step("volume", percent=0, **WHOLE)),
        ],
        probe=Probe(duration=30.0, width=1366, height=768),
        note="a real mp4, silent",
    ),
    do(
        "fresh280-02",
        "make this MP4 screencast play in a web browser and in WhatsApp: for weeks I thought it "
        "was a WhatsApp bug that it can't play my video",
        [step("codec", codec="h264"), maybe(step("convert", format="mp4"))],
        [step("reencode"), maybe(step("convert", format="mp4"))],
        probe=Probe(duration=60.0, width=1920, height=1080),
        note="H.264 in an mp4, which browsers and WhatsApp play",
    ),
    do(
        "fresh280-03",
        "resize the aspect ratio and resolution of this video: I want to publish it to "
        "mobile-first platforms (like TikTok, Instagram Reels, or YouTube Shorts), but the "
        "output is locked to 16:9",
        *_VERTICAL,
        probe=Probe(duration=60.0, width=1920, height=1080),
        note="9:16 for TikTok, Reels or Shorts",
    ),
    do(
        "fresh280-04",
        "compress this video file to upload it on places like GitHub: the recorder uses a "
        "variable frame rate recording by default and that makes file sizes massive",
        [step("compress", max_mb=Between(1, 100))],
        probe=Probe(duration=120.0, width=2560, height=1440, fps=60.0),
        note="under GitHub's upload limit (10 MB for an attachment, 100 MB at most)",
    ),
    ask(
        "fresh280-05",
        "blur parts of the screen in this recording (the ability to apply it afterward, during "
        "post-recording)",
        "which part of the screen to blur (where, and when)",
        (
            "which part",
            "which area",
            "what area",
            "which region",
            "which parts",
            "where",
            "region",
            "area",
            "rectangle",
            "coordinates",
            "position",
        ),
        probe=Probe(duration=120.0, width=1920, height=1080),
    ),
    ask(
        "fresh280-06",
        "trim the length of this video with a start and an end: trimming elsewhere takes time",
        "where the video should start and end (which part to keep)",
        WHICH_PART,
        probe=Probe(duration=90.0, width=1920, height=1080),
    ),
    ask(
        "fresh280-07",
        "control the speed of this timelapse: it was generated at 30fps with 1 frame every 10 mins",
        "how fast it should play (faster or slower, by how much)",
        (
            "how fast",
            "how slow",
            "how much",
            "faster or slower",
            "what speed",
            "which speed",
            "speed",
            "factor",
            "how many times",
        ),
        probe=Probe(duration=30.0, width=1000, height=1000, fps=30.0, has_audio=False),
    ),
    no_op(
        "fresh280-09",
        "blur my background in the webcam (picture-in-picture) overlay of this screen recording, "
        "after recording",
        "no op: the background behind a person blurred (segmenting the person); no op",
        probe=Probe(duration=120.0, width=1920, height=1080),
    ),
    no_op(
        "fresh280-10",
        "add zooms to this screen recording while editing it",
        "no op: zooms moving in and out on the action (animated, following the cursor); "
        "crop_area is a fixed crop",
        probe=Probe(duration=120.0, width=1920, height=1080),
    ),
    ask(
        "fresh280-11",
        "add an audio, an image and another video stitched to this recording: most of the "
        "editing tools have that",
        "which files: the audio, the image and the video to add (and where)",
        (
            "which file",
            "which audio",
            "which image",
            "which video",
            "what audio",
            "what image",
            "what video",
            "file",
            "files",
            "provide",
            "attach",
            "upload",
        ),
        probe=Probe(duration=120.0, width=1920, height=1080),
    ),
    out_of_scope(
        "fresh280-12",
        "blur my browser URL, or a specific part of my screen as I type sensitive information, "
        "when I'm in a screenshare",
        "blurring a live screenshare as it happens, not an edit of a given file",
    ),
    out_of_scope(
        "fresh280-13",
        "let me select a custom rectangular area on the screen before starting the recording: I "
        "have to record the entire screen and then crop the video afterward, which uses extra "
        "storage space during recording",
        "choosing the area a recorder captures before recording, not an edit of a given file",
        probe=Probe(duration=120.0, width=1920, height=1080),
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
