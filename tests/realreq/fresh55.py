"""A fifty-fifth fresh, held-out collection of real requests (tests/realreq/fresh55.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh53's, the
rows are short, typical asks, like the development set's, one or two edits each, on speed,
formats, file size, frame rate and resolution: GitHub issues and pull requests of encoders and
converters, a subtitle extractor, Twitch downloaders, a web performance tool, a media host, an
NVR and a DVR's web client, a chat client, an iOS simulator tool, a meeting bot, screen recorders
and compressors and an Emacs package's screencast. Each case follows its row's `expected`
column; `[out of scope]` rows are OUT-OF-SCOPE refusals."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import Above, AnyOf, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh55.md")

#: A smaller file, by a quality level or a size target.
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Above(0))
#: 30 frames a second, the rate the probed video plays at.
_AT_30 = step("fps", fps=Between(29.9, 30.1))

CASES: tuple[Case, ...] = (
    do(
        "fresh55-01",
        "convert the 60 fps video to 15 frames per second beforehand, to cut the amount of data "
        "to process and speed up the subtitle extraction",
        [step("fps", fps=Between(14.9, 15.1))],
        probe=Probe(fps=60.0),
        note="15 frames a second, same length",
    ),
    do(
        "fresh55-02",
        "make the output 25 frames instead of 30 frames: it is a recording of a PAL broadcast",
        [step("fps", fps=Between(24.9, 25.1))],
        probe=Probe(fps=30.0),
        note="25 frames a second, same length",
    ),
    do(
        "fresh55-03",
        "give the 8-hour VOD a constant framerate: in Adobe Premiere Pro, past the 4-hour mark "
        "the framerate starts to absolutely tank, due to the VFR (variable framerate) of the video",
        [_AT_30, maybe(step("reencode"))],
        probe=Probe(duration=28800.0, fps=30.0),
        note="a constant 30 fps, the video's own rate (a re-encode may come with it)",
    ),
    do(
        "fresh55-04",
        "convert the Android screen recording from a variable frame rate to a constant one (60 "
        "FPS for example): ffmpeg operations on VFR videos mess the timestamps up",
        [step("fps", fps=Between(59.9, 60.1)) | _AT_30],
        probe=Probe(fps=30.0),
        note="a constant 60 fps (or the video's own 30 fps: 60 is an example)",
    ),
    do(
        "fresh55-05",
        "convert the video to a mobile version with reduced size (e.g. 576p / 480p)",
        [
            step("resize", lines=AnyOf(480, 576)) | step("resize", height=AnyOf(480, 576)),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
        ],
        note="480p or 576p (a smaller-file setting may come with it)",
    ),
    do(
        "fresh55-06",
        "upscale the 1280x720 video to 1920x1080",
        [
            step("resize", width=1920, height=1080)
            | step("resize", lines=1080)
            | step("resize", height=1080)
        ],
        probe=Probe(width=1280, height=720),
        note="1920x1080 from 1280x720",
    ),
    do(
        "fresh55-07",
        "convert the h265 clip to h264 afterwards, to enable viewing it in the browser: the "
        "camera only supports h265 on its main stream, which makes the clips not playable in web "
        "browsers",
        [step("codec", codec="h264"), maybe(step("convert", format="mp4"))],
        note="H.264 (an mp4 container may come with it)",
    ),
    do(
        "fresh55-08",
        "convert the video shot on the iPhone, a .mov, so the PC can play it: the PC can't play "
        ".mov videos",
        [step("convert", format="mp4"), maybe(step("codec", codec="h264"))],
        note="an mp4 (H.264 may come with it)",
    ),
    do(
        "fresh55-09",
        "optimise the video's compression to share it on GitHub: there's a 10MB limit on GitHub",
        [step("compress", max_mb=Between(0.1, 10))],
        note="under 10 MB",
    ),
    do(
        "fresh55-10",
        "compress the Twitch VOD to under 288.00 MB, to upload it to Google Photos",
        [step("compress", max_mb=Between(1, 288))],
        probe=Probe(duration=10800.0),
        note="under 288 MB",
    ),
    do(
        "fresh55-11",
        "make the screen recording the smallest in size, maintaining the original size "
        "(resolution)",
        [_SMALLER],
        note="a smaller file at the same resolution (no resize)",
    ),
    do(
        "fresh55-12",
        "re-encode the meeting recording to reduce its size, now that the meeting has ended: the "
        "encoding used while recording optimizes CPU consumption, not file size",
        [_SMALLER, maybe(step("reencode"))],
        probe=Probe(duration=3600.0),
        note="a smaller file (a re-encode may come with it)",
    ),
    ask(
        "fresh55-13",
        "slow down the screencast: it is too fast",
        "how much slower (a factor or a length)",
        ("how much", "how slow", "slower", "factor", "speed", "how long", "which", "half"),
    ),
    ask(
        "fresh55-14",
        "change the video's resolution: the size of the video is too big",
        "which resolution",
        ("resolution", "which", "what size", "how small", "720", "480", "width", "height"),
    ),
    ask(
        "fresh55-15",
        "speed up the screencast quickly, to send it to my colleagues or attach it to a Trello "
        "card",
        "how much faster (a factor or a length)",
        ("how much", "how fast", "faster", "factor", "speed", "how long", "which", "times"),
    ),
    out_of_scope(
        "fresh55-16",
        "enable a low bandwidth mode in the live view, where only 1 or 2 FPS is pulled from the "
        "server",
        "a DVR web client's live view of its cameras, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
