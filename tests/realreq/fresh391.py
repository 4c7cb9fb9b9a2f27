"""A three-hundred-and-ninety-first fresh, held-out collection of real requests
(tests/realreq/fresh391.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh389's, the
rows are short, typical asks; 14 come from GitHub issues and three from Japanese universities'
pages for teachers (web-conference and classroom recordings: gocast, ewt360, BigBlueButton,
Reflector, vuejs-learn, Jibri, globalSpeed, skip-silence, bbb-recorder and QuickCut): a lecture
played at 2.25x and a course video at 3x, a recording's separate sound joined to its picture, a
webm recording saved as an mp3, a two-minute video too big, lecture videos brought down to SD,
to about 400 kbps and to less than 1 GB, a meeting wanted as WMV, an opening and ending cut off,
a player's speed button, an extension's bug, downloads, a raw recording rendered, a live lesson's
volumes, a batch tool and a server's recording behaviour.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import MP3, WHOLE, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh391.md")

_SMALL = step("quality", level="small")
_SMALLER_1080 = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))
_NO_SOUND = {"has_audio": False}

CASES: tuple[Case, ...] = (
    do(
        "fresh391-01",
        "play this lecture recording at 2.25x speed: sometimes 2x is a bit slow, and 2.5 is very "
        "fast",
        [step("speed", factor=2.25, **WHOLE)],
        probe=Probe(duration=5400.0),
        note="the whole lecture at 2.25 times the speed",
    ),
    do(
        "fresh391-02",
        "speed this course video up to 3x: a friend of mine only wants to watch it at 3x speed",
        [step("speed", factor=3, **WHOLE)],
        probe=Probe(duration=1200.0),
        note="the whole video at three times the speed",
    ),
    do(
        "fresh391-03",
        "make a single .mp4 with audio and video of this recording: I can only find multiple .mp4 "
        "videos, one for the audio and one for the video",
        [step("replace_audio", file="audio.mp4")],
        [step("add_music", file="audio.mp4")],
        assets=["audio.mp4"],
        probe=Probe(duration=3600.0, width=1280, height=720, **_NO_SOUND),
        note="the other file's sound put under the silent picture",
    ),
    do(
        "fresh391-04",
        "save this downloaded recording in a more common format like .mp3: it has a .webm "
        "extension",
        [MP3],
        probe=Probe(duration=1800.0, width=1280, height=720),
        note="the recording's sound saved as an mp3",
    ),
    do(
        "fresh391-05",
        "make this two-minute video file smaller: at over a hundred megabytes it is too big",
        [_SMALL, maybe(_SMALLER_1080)],
        [step("compress", max_mb=Between(1, 100)), maybe(_SMALLER_1080)],
        [_SMALLER_1080, maybe(_SMALL)],
        probe=Probe(duration=120.0),
        note="a smaller file: a smaller quality, or under 100 MB",
    ),
    do(
        "fresh391-06",
        "compress this lecture video before uploading it, so that watching it does not take a "
        "huge amount of data: a resolution of SD (720 x 480) or below is recommended",
        [step("resize", lines=Between(1, 480)), maybe(_SMALL)],
        [step("resize", width=Between(1, 720), height=Between(1, 480)), maybe(_SMALL)],
        [step("resize", height=Between(1, 480)), maybe(_SMALL)],
        probe=Probe(duration=3600.0),
        note="scaled down to SD (480 lines) or below; a smaller quality may come with it",
    ),
    do(
        "fresh391-07",
        "bring the bitrate of this 60-minute HD lecture video down to about 400 kbps, about 180 "
        "MB, since the students pay for their own data",
        [step("compress", max_mb=Between(150, 200))],
        probe=Probe(duration=3600.0, width=1280, height=720),
        note="about 400 kbps over an hour: about 180 MB",
    ),
    do(
        "fresh391-08",
        "shrink this 90-minute classroom recording: at 1 GB it is a burden for students with "
        "data limits, but the writing on the blackboard must stay readable",
        [_SMALL],
        [step("compress", max_mb=Between(50, 1000))],
        probe=Probe(duration=5400.0),
        note="a smaller file at the same resolution: a smaller quality, or under 1 GB",
    ),
    no_op(
        "fresh391-09",
        "change this recorded meeting from MP4 to another format, for example WMV: I can't open "
        "the generated file, which is an MP4",
        "no op: the recording saved as .wmv; promptcut writes no .wmv files",
        probe=Probe(duration=3600.0, width=1280, height=720),
    ),
    ask(
        "fresh391-10",
        "cut the opening and the ending credits off this video",
        "how long the opening and the ending are (where the video proper starts and ends)",
        ("how long", "how many", "seconds", "where", "when", "start", "end", "timestamp"),
        probe=Probe(duration=1440.0),
    ),
    out_of_scope(
        "fresh391-11",
        "add a button to the player for adjusting the playback speed of recordings, opening a "
        "small menu with speeds from 1x to maybe even 3x",
        "a player's speed control, not an edit of a video file",
    ),
    out_of_scope(
        "fresh391-12",
        "make the skip silence extension work on Zoom Cloud recordings: when I try to use it, the "
        "audio stops playing",
        "a browser extension's bug, not an edit of a video file",
    ),
    out_of_scope(
        "fresh391-13",
        "let end users download their own meeting record in playback directly, to share it outside",
        "downloading a recording from a conference server, not an edit of a video file",
    ),
    out_of_scope(
        "fresh391-14",
        "convert my BigBlueButton raw recording into an mp4 with the audio, the video, the ppt "
        "slides and the screen sharing",
        "rendering a conference server's raw recording into a video, not an edit of one file",
    ),
    out_of_scope(
        "fresh391-15",
        "let me adjust the voice of the user I want during the lesson: different users have "
        "different loudnesses",
        "a live meeting's per-user volume, not an edit of a video file",
    ),
    out_of_scope(
        "fresh391-16",
        "add a batch option for cutting clips: I often download cartoons and cut off the ads at "
        "the start and end for my son",
        "a batch trimming feature for many files, not an edit of one video",
    ),
    out_of_scope(
        "fresh391-17",
        "don't show the participants' webcams in the recording when they are not visible to "
        "other participants",
        "a conference server's recording behaviour, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
