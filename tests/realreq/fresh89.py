"""An eighty-ninth fresh, held-out collection of real requests (tests/realreq/fresh89.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh88's, the
rows are short, typical asks, like the development set's; all 14 come from GitHub issues of a
media automation tool, a motion-detection daemon and a camera OS built on it, two youtube-dl and
yt-dlp front ends, a photo server's upload plugin, LosslessCut, a Unity capture plugin, a
gallery's iOS app, a Grunt video plugin, an Android yt-dlp front end, ShareX, a Bilibili
downloader and a Bilibili TV client. Each case follows its row's `expected` column;
`[out of scope]` rows are OUT-OF-SCOPE refusals."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import WHOLE, AnyOf, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh89.md")

#: A still saved as an image, by the still operation's own format or a conversion.
_IMAGE = maybe(step("convert", format=AnyOf("png", "jpg")))

#: Brought down to the level of the rest: normalized, or about half as loud, all of it.
_EVENED = (
    step("normalize")
    | step("volume", percent=Between(40, 80), **WHOLE)
    | step("volume", db=Between(-8, -2), **WHOLE)
)

CASES: tuple[Case, ...] = (
    do(
        "fresh89-01",
        "bring the loud episode down to the volume of the rest of my shows: some of them are "
        "nearly double the volume of the rest of the library",
        [_EVENED],
        note="normalized, or the volume down by about half, all of it",
    ),
    do(
        "fresh89-02",
        "rotate the camera's video 90 degrees: the camera is rotated 90 degrees to cover more "
        "area, and I have to turn my head 90° to watch the videos on my PC",
        [step("rotate", degrees=AnyOf(90, 270))],
        note="a quarter turn, either way (which way the camera is turned is not said)",
    ),
    do(
        "fresh89-03",
        "slow the recorded video down to real time: it plays about twice too fast, a 50 second "
        "recording (as tracked by the time stamp in the corner) takes only 30 seconds to play back",
        [step("speed", factor=Between(0.5, 0.62), **WHOLE)],
        probe=Probe(duration=30.0),
        note="slowed to 30/50 = 0.6 (0.5, 'about twice too fast', is fair), all of it",
    ),
    do(
        "fresh89-04",
        "convert the video from VP9 to H265: the VP9 codec does not work on my Samsung TV, but "
        "h265 does",
        [
            step("codec", codec="hevc"),
            maybe(step("convert", format=AnyOf("mp4", "mkv"))),
            maybe(step("quality")),
        ],
        note="the picture encoded as HEVC (a container or smaller-file setting may come with it)",
    ),
    do(
        "fresh89-05",
        "recode the downloaded video to h264 with aac as audio: right now I'm using FFmpeg for "
        "this after downloading it",
        [
            step("codec", codec="h264"),
            maybe(step("convert", format="mp4")),
            maybe(step("reencode")),
        ],
        note="the picture encoded as H.264, the sound as AAC (mp4 or a re-encode may come with it)",
    ),
    do(
        "fresh89-06",
        "reduce the frame rate of the video from my phone from 60 fps to 30 fps, to save "
        "bandwidth while streaming it over the internet",
        [step("fps", fps=30), maybe(step("quality", level="small"))],
        probe=Probe(fps=60.0),
        note="30 frames a second, same length (a smaller-file setting may come with it)",
    ),
    do(
        "fresh89-07",
        "remove the audio track entirely: stock video sites such as Videoblocks, Pond5 or "
        "Shutterstock strongly prefer clips with no audio track at all",
        [step("mute")],
        note="no sound track at all",
    ),
    do(
        "fresh89-08",
        "remove the few black frames at the beginning of the recording: I'm trying to make "
        "perfectly looping generative art videos, so the black frames are a bit of a bother",
        [step("remove_black", where=AnyOf("start", "ends", "all"))],
        [step("trim", start=Between(0.03, 1.0), end=None)],
        note="the black at the start cut out (by detection, or the first second at most trimmed)",
    ),
    do(
        "fresh89-09",
        "convert the .MOV video recorded on my iPhone into .MP4 before uploading: the gallery's "
        "video extension only supports webm, ogv, m4v and mp4",
        [
            step("convert", format="mp4"),
            maybe(step("codec", codec="h264")),
            maybe(step("reencode")),
        ],
        note="saved as an mp4 (an H.264 or re-encode setting may come with it)",
    ),
    do(
        "fresh89-10",
        "take the poster image from the last frame of the video instead of the first",
        [step("still", at=Between(59.5, 60)), _IMAGE],
        note="the very last frame of the 60 s video, as an image",
    ),
    ask(
        "fresh89-11",
        "keep only the part of the video within a given time stamp: YouTube clips have a 60 "
        "second limitation, otherwise those videos could have been directly downloaded",
        "which part (its start and end)",
        ("which part", "which", "when", "start", "end", "time", "timestamp", "where", "range"),
    ),
    ask(
        "fresh89-12",
        "delete some frames and crop the screen recording before saving it as a gif: quite often "
        "useless actions and mouse gestures have been recorded",
        "which frames (the parts to cut) and which area to crop to",
        ("which", "frames", "part", "where", "when", "area", "region", "crop", "size", "time"),
    ),
    ask(
        "fresh89-13",
        "cut the unrelated segment off the end of the downloaded film: to get around copyright, "
        "some film uploads on Bilibili add unrelated segments after the film",
        "where the film ends (the time to cut at)",
        ("where", "when", "which part", "which", "time", "second", "end", "how long", "at what"),
    ),
    out_of_scope(
        "fresh89-14",
        "add a volume balancing function to the TV app: some uploaders' videos are especially "
        "loud, so I often have to adjust the volume back and forth",
        "a playback setting of a Bilibili TV client for every video it streams, not an edit of a "
        "file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
