"""A hundred-and-ninth fresh, held-out collection of real requests (tests/realreq/fresh109.md):
one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh105's, the
rows are short, typical asks, like the development set's; they come from GitHub issues and pull
requests of a video platform, a subtitle editor, Mozilla's open-leadership training and design
requests, a class's tutorial videos, a civic candidate-debate tool, an event app, a list of
programming talks, the CCC's video archive, the W3C's tutorials, FOSDEM's video team, a
public-broadcasting archive, Wikimedia's video-cut tool, a maker's instructions and a church
webcast's control panel, and from a church's guide for its video volunteers. Each case follows
its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals. An
`[extra input: …]` marker is left out of the request and the files it names are given as assets
instead."""

from __future__ import annotations

from pathlib import Path

from .cases import CORNERS, WHICH_PART, ask, do, out_of_scope
from .score import GIF, LOUDER, VERTICAL, WHOLE, AnyOf, Between, Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh109.md")

#: An hour-long talk.
_HOUR = Probe(duration=3600.0)
#: A 2560x1440 prerecording.
_QHD = Probe(width=2560, height=1440)
#: The channel's address, as written (with or without its scheme).
_LINK = AnyOf(
    "https://www.youtube.com/c/hammeshacks",
    "www.youtube.com/c/hammeshacks",
    "youtube.com/c/hammeshacks",
)

CASES: tuple[Case, ...] = (
    do(
        "fresh109-01",
        "add the sign language interpreter as a picture-in-picture in the corner: for many "
        "signing deaf folks, subtitles are not accessible",
        [step("pip", file="interpreter.mp4", position=CORNERS, **WHOLE)],
        assets=["interpreter.mp4"],
        note="the interpreter's video in a corner of the main one, any size, all of it",
    ),
    do(
        "fresh109-02",
        "generate the video with embedded subtitles, for people with hearing disabilities",
        [step("subtitles", file=AnyOf("subs.srt", None))],
        assets=["subs.srt"],
        note="the .srt burned in",
    ),
    do(
        "fresh109-03",
        "add subtitles to the training video for accessibility: for people with hearing "
        "difficulties, or who work in open workspaces without headphones",
        [step("subtitles", file=AnyOf("subtitles.srt", None))],
        assets=["subtitles.srt"],
        note="the .srt burned in",
    ),
    do(
        "fresh109-04",
        "fix the volume of the tutorial video: it is so low that I can't hear what you're saying",
        [LOUDER],
        note="louder, any amount or a loudness target, all of it",
    ),
    do(
        "fresh109-05",
        "take in the full portrait mode video, but only render and capture the center of it that "
        "is 640 x 360",
        [
            step(
                "crop_area",
                width=640,
                height=360,
                x=AnyOf(None, 220),
                y=AnyOf(None, 780),
                anchor=AnyOf("center", None),
            )
        ],
        [
            step("crop", aspect="16:9"),
            step("resize", width=640, height=AnyOf(360, None))
            | step("resize", lines=360)
            | step("resize", height=360, width=AnyOf(640, None)),
        ],
        probe=VERTICAL,
        note="a 640x360 area from the middle of the 1080x1920 picture (or the middle 16:9 band "
        "scaled to 640x360)",
    ),
    do(
        "fresh109-06",
        "clean/reduce the background noise of the interview video a bit: the sound is not perfect",
        [step("audio_denoise")],
        note="the sound's background noise reduced",
    ),
    do(
        "fresh109-07",
        "apply audio normalisation to the church service video before the final render and upload",
        [step("normalize")],
        note="the loudness normalized, any target",
    ),
    do(
        "fresh109-08",
        "make a gif of the app video to show in the README",
        [GIF],
        note="an animated GIF, any frame rate and size",
    ),
    do(
        "fresh109-09",
        "start the talk video at 9:12, when the conference host starts to introduce Solomon, to "
        "give people context",
        [step("trim", start=552, end=AnyOf(None, Between(3599.9, 3600)))],
        probe=_HOUR,
        note="from 9:12 (552 s) to the end of the hour-long talk",
    ),
    do(
        "fresh109-10",
        "add a link to my channel (https://www.youtube.com/c/hammeshacks) on the end screen of my "
        "talk video",
        [step("text", text=_LINK, start=Between(40, 59), end=AnyOf(None, Between(59.9, 60)))],
        note="the channel's address over the last seconds of the 60 s video, to its end",
    ),
    do(
        "fresh109-11",
        "place the outro at the end of the tutorial video: its frames will be filled with YouTube "
        '"End Cards"',
        [step("join", clips=["outro.mp4"], at="end")],
        assets=["outro.mp4"],
        note="the outro after the video",
    ),
    do(
        "fresh109-12",
        "reupload the 2560x1440 talk prerecording in 1280 resolution: I guess downscaling 1440 "
        "broke the system",
        [
            step("resize", width=1280, height=AnyOf(720, None))
            | step("resize", lines=720)
            | step("resize", height=720, width=AnyOf(1280, None))
            | step("resize", percent=50)
        ],
        probe=_QHD,
        note="scaled to 1280 wide (1280x720), aspect kept",
    ),
    ask(
        "fresh109-13",
        "edit the Daisy Turner interview to exclude private statements made during the interview: "
        "the time codes will be sent soon",
        "which parts to cut (the time codes are not given)",
        (*WHICH_PART, "time code", "timestamp", "statement"),
    ),
    ask(
        "fresh109-14",
        "add a blur effect to mask problematic areas of the video (like faces or brands)",
        "which area of the picture (and when)",
        ("which", "where", "area", "region", "part", "position", "rectangle", "when"),
    ),
    ask(
        "fresh109-15",
        "add captions to the video: a deaf customer asked for them",
        "the captions (a subtitle file, or their words)",
        ("subtitle", "caption", "srt", "file", "which text", "what text", "words", "transcript"),
    ),
    out_of_scope(
        "fresh109-16",
        'pause the live feed and replace it with a custom graphic like "Sacrament in Progress" '
        "during the sacrament",
        "a control of a church's live stream, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
