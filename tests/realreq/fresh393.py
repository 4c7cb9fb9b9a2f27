"""A three-hundred-and-ninety-third fresh, held-out collection of real requests
(tests/realreq/fresh393.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh389's, the
rows are short, typical asks, all from GitHub issues of JavaScript and app developers' tools
(ffmpeg.wasm, video.js, ffmpeg.js, fluent-ffmpeg, OpenShot, ffmpeg-static, React Native camera,
a Flutter video player and cobalt): a minute of a 5-minute video kept, a sideways video turned
back, a high quality GIF, a line of white text near the top, a video compressed before upload, a
clip at double speed and backwards, the audio extracted, a cut with no times, audio after some
frames, a trim in the frontend, a part downloaded in several formats, slow motion while recording
or in a player, and a part of a YouTube video downloaded.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import GIF, SOUND_ALONE, Below, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh393.md")

_SMALL = step("quality", level="small")
_SMALLER_1080 = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))
_TIMES = ("from when", "when", "start", "end", "which part", "what time", "times")

CASES: tuple[Case, ...] = (
    do(
        "fresh393-01",
        "trim this 5 min video to 10 sec: from 1:00 to 1:10",
        [step("trim", start=60, end=70)],
        probe=Probe(duration=300.0),
        note="the ten seconds from 1:00 to 1:10",
    ),
    do(
        "fresh393-02",
        "rotate this video so it looks normal again: it is 720 wide and 1280 high, encoded with "
        "a 90 degree rotation, and I need it rotated -90 or 270 degrees (with the visual "
        "resolution of standard 1280x720)",
        [step("rotate", degrees=270)],
        probe=Probe(duration=60.0, width=720, height=1280),
        note="a quarter turn counter-clockwise: 1280x720",
    ),
    do(
        "fresh393-03",
        "encode a high quality GIF of this video",
        [GIF],
        probe=Probe(duration=8.0, width=640, height=360, has_audio=False),
        note="an animated GIF",
    ),
    do(
        "fresh393-04",
        "draw the text THIS IS TEXT on this video: white, font size 20, centred horizontally "
        "near the top, with a black shadow",
        [step("text", text="THIS IS TEXT", color="white", position="top", pixels=20)],
        [step("text", text="THIS IS TEXT", color="white", position="top")],
        probe=Probe(duration=30.0),
        note="the words in white at the top, 20 px if sized",
    ),
    do(
        "fresh393-05",
        "compress this video in the frontend before uploading it to my website",
        [_SMALL, maybe(_SMALLER_1080)],
        [_SMALLER_1080, maybe(_SMALL)],
        [step("compress"), maybe(_SMALLER_1080)],
        probe=Probe(duration=60.0, width=1920, height=1080),
        note="a smaller file: a smaller quality or resolution",
    ),
    do(
        "fresh393-06",
        "make this clip 2x speed and backwards: starting with the original video end and ending "
        "with the original video begin",
        [anywhere(step("speed", factor=2)), anywhere(step("reverse"))],
        probe=Probe(duration=20.0),
        note="double speed and reversed, in either order",
    ),
    do(
        "fresh393-07",
        "extract the audio from this video",
        [SOUND_ALONE],
        probe=Probe(duration=180.0),
        note="the sound alone",
    ),
    ask(
        "fresh393-08",
        "cut this video from a start time to an end time and save it as a new file",
        "from when to when (no times are given)",
        _TIMES,
        probe=Probe(duration=300.0),
    ),
    ask(
        "fresh393-09",
        "add the audio after a certain number of frames in the video",
        "after how many frames (none is given)",
        ("how many", "frames", "which frame", "when", "seconds"),
        assets=["audio.mp3"],
        probe=Probe(duration=60.0, has_audio=False),
    ),
    ask(
        "fresh393-10",
        "trim this video I uploaded from my filesystem, in the frontend",
        "from when to when (no times are given)",
        _TIMES,
        probe=Probe(duration=120.0),
    ),
    ask(
        "fresh393-11",
        "select a specific part of this video and download that clipped part in different "
        "video formats",
        "which part (from when to when) and which formats",
        (*_TIMES, "format"),
        probe=Probe(duration=300.0),
    ),
    out_of_scope(
        "fresh393-12",
        "add a slow motion feature in the video recording part",
        "recording in slow motion with a camera, not an edit of a video file",
    ),
    out_of_scope(
        "fresh393-13",
        "add a slow motion feature to the video player package",
        "a player's playback speed, not an edit of a video file",
    ),
    out_of_scope(
        "fresh393-14",
        "download only what is between 2:30 and 4:00 of this 10 minute YouTube video",
        "downloading part of an online video, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
