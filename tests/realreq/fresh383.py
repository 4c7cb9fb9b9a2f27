"""A three-hundred-and-eighty-third fresh, held-out collection of real requests
(tests/realreq/fresh383.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh381's, the
rows are short, typical asks; 11 come from GitHub issues and 6 from web pages (marketing, product
demos, webinars, presentations and e-learning: Open Event, dizqueTV, an OpenSSF course, a teaser,
a live-stream company, a university events office, display screens, a video-conference system, a
Japanese blogger, class2go, DisplayMonkey, an Echo360 downloader, FlowFuse, Alura, Virtual Coffee,
Scrimba and a blogger's Keynote talk): a screencast sped up to 3 minutes, a logo bumper looped
three times, a chapter intro made 29.97 fps, a teaser to tighten, a live-stream video under 2 GB
an hour, an MP4 with H.264, a MOV under 100 MB, a conference video under 512 MB, a presentation's
WMV made a silent MP4, a lecture made smaller, a signage display turned portrait, audio-only
lectures downloaded, a waiting-room animation, a course trailer, lightning talks broken out, a
cast's mouse movements and a slideshow made a video.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import WHOLE, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh383.md")

_MP4 = step("convert", format="mp4")
_H264 = step("codec", codec="h264")
_SMALL = step("quality", level="small")

CASES: tuple[Case, ...] = (
    do(
        "fresh383-01",
        "this screencast of the main features of the app is longer than 3 minutes: speed it up so "
        "it takes 3 minutes, and ensure it is still visible",
        [step("speed", factor=Between(1.3, 1.37), **WHOLE)],
        probe=Probe(duration=240.0, width=1920, height=1080),
        note="4 minutes played about 1.33 times as fast: 3 minutes",
    ),
    do(
        "fresh383-02",
        "loop this 10-second bumper with the animation of our channel logo 3 times, to have a clip "
        "of 30 seconds for the breaks between episodes",
        [step("loop", times=3)],
        probe=Probe(duration=10.0, width=1920, height=1080),
        note="the bumper played three times in a row: 30 seconds",
    ),
    do(
        "fresh383-03",
        "make this chapter intro video, recorded with a webcam in Zoom, fit the course's video "
        "specs: 1920x1080, 29.97 fps, H.264 .mp4, audio AAC 44.1/192 kbps",
        [
            step("fps", fps=29.97),
            maybe(step("resize", lines=1080) | step("resize", width=1920, height=1080)),
            maybe(_H264),
            maybe(_MP4),
        ],
        probe=Probe(duration=90.0, width=1920, height=1080, fps=25.0),
        note="the 25 fps recording at 29.97 fps (it is 1920x1080 already), an H.264 mp4",
    ),
    ask(
        "fresh383-04",
        "tighten up this teaser video: we're up to 40 seconds, and we are 15 seconds in before we "
        "get into the steps, so the initial hook is too long and we'll lose people",
        "what to cut, and how much (the target length and which moments of the hook go)",
        ("which", "what", "how much", "how long", "seconds", "where", "cut", "length"),
        probe=Probe(duration=40.0, width=1920, height=1080),
    ),
    do(
        "fresh383-05",
        "compress this one-hour video for the live stream of our event: per length of an hour, the "
        "file size should not exceed 2 GB, and it must be in the 16:9 format",
        [step("compress", max_mb=Between(1, 2000))],
        probe=Probe(duration=3600.0, width=1920, height=1080),
        note="the hour-long 16:9 video under 2 GB",
    ),
    do(
        "fresh383-06",
        "give us this movie for the event's presentation as an MPEG-4 (filename.mp4) with AVC "
        "video compression: H.264 video encoding and AAC audio encoding",
        [_MP4, maybe(_H264)],
        [_H264, maybe(_MP4)],
        probe=Probe(duration=120.0, width=1920, height=1080),
        note="an mp4 with H.264 video and AAC sound",
    ),
    do(
        "fresh383-07",
        "make this video ready for the big screens: the file MUST be .mov format, the aspect ratio "
        "must be 16:9, and the maximum file size that can be displayed is 100 MB",
        [anywhere(step("convert", format="mov")), step("compress", max_mb=Between(1, 100))],
        probe=Probe(duration=180.0, width=1920, height=1080),
        note="a MOV under 100 MB (the video is 16:9 already)",
    ),
    do(
        "fresh383-08",
        "prepare this video to display as an additional stream in the conference: the size of the "
        "file should not exceed 512MB and the bitrate should not exceed 6Mbit/s",
        [step("compress", max_mb=Between(1, 512))],
        probe=Probe(duration=1800.0, width=1920, height=1080),
        note="under 512 MB: 30 minutes at about 2.3 Mbit/s, under 6",
    ),
    do(
        "fresh383-09",
        "convert this wmv video from my presentation to mp4, encoded with H.264, and remove the "
        "sound, which it doesn't seem to need",
        [_MP4, maybe(_H264), anywhere(step("mute"))],
        [_H264, maybe(_MP4), anywhere(step("mute"))],
        probe=Probe(duration=20.0, width=640, height=480),
        note="a silent mp4 with H.264 video",
    ),
    do(
        "fresh383-10",
        "make this lecture video file smaller: it is still way too large due to too much audio "
        "data (an audio codec may help)",
        [_SMALL],
        [step("compress")],
        probe=Probe(duration=600.0, width=1280, height=720),
        note="a smaller file (no operation sets the sound's bitrate alone)",
    ),
    out_of_scope(
        "fresh383-11",
        "rotate the display on the server side: I want to use DisplayMonkey on a vertically hung "
        "TV, and the TV doesn't support portrait settings",
        "a signage program's display orientation, not an edit of a video file",
    ),
    out_of_scope(
        "fresh383-12",
        "download the audio-only lectures (audio-recorded lectures without video), maybe into mp3 "
        "format, instead of skipping them",
        "a lecture downloader's handling of audio-only recordings, not an edit of a video file",
    ),
    out_of_scope(
        "fresh383-13",
        "make a short video about FlowFuse to play in the waiting room before a webinar starts: an "
        'animated version of the FF circle with the tag line, and the text "The webinar will start '
        'shortly" at the bottom, up to 30 MB of MP4',
        "making an animation from a logo and text, not an edit of a given video",
    ),
    out_of_scope(
        "fresh383-14",
        "add a trailer to the course pages, to see the look of the course and what will be built "
        "in it",
        "a course site's page feature, not an edit of a video file",
    ),
    ask(
        "fresh383-15",
        "break this recording of the lightning talks out into one video per presentation, so each "
        "has its own video",
        "where each presentation starts and ends (and no operation makes several files)",
        ("where", "when", "start", "starts", "times", "timestamps", "which", "how many"),
        probe=Probe(duration=3600.0, width=1920, height=1080),
    ),
    out_of_scope(
        "fresh383-16",
        "kill the feature that has the instructor's mouse do random curved movements in this "
        "course's casts: it is really distracting",
        "a learning platform's recorded casts (cursor movement), not an edit of a video file",
    ),
    out_of_scope(
        "fresh383-17",
        "make a video of my Keynote slideshow with the MP3 recording of my talk, each slide shown "
        "for as long as I spoke over it, preserving the nice transitions",
        "building a video from slides and a sound file, not an edit of a given video",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
