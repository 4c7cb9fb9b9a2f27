"""A two-hundred-and-sixty-fourth fresh, held-out collection of real requests
(tests/realreq/fresh264.md): one checkable case a row, encoded the way fresh260.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh261's, the
rows are short, typical asks; all 16 come from GitHub issues written in English, Chinese and
Italian (the queries in Ukrainian, Polish, Romanian and Russian forums found only guides): a clip
trimmed down to under 50 MB, 10 seconds in 300 KB, a 30 MB video in 5 MB, background noise, a MOV
made an MP4, the last second of a GIF recording, a video rotated 90 degrees, a video cut in
one-minute parts, an episode's audio 4 seconds late, a French audio track, an interlaced capture,
black bands, the stories of a GIF, a noisy fast video, two recordings a crash and a full disk
left unplayable.
Each case follows its row's `expected` column; the `[out of scope]` rows are OUT-OF-SCOPE
refusals, the `[no op]` rows refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    GIF,
    AnyOf,
    Between,
    Case,
    Probe,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh264.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh264-01",
        "trim down this clip to under 50mb so I can later upload it",
        [step("compress", max_mb=Between(40, 50))],
        probe=Probe(duration=180.0, width=1920, height=1080),
        note="under 50 MB (a size, not a shorter clip)",
    ),
    do(
        "fresh264-02",
        "reduce the size of this video: 10 seconds of video, 300 KB",
        [step("compress", max_mb=Between(0.25, 0.3))],
        probe=Probe(duration=10.0, width=1280, height=720),
        note="about 300 KB for its 10 seconds",
    ),
    do(
        "fresh264-03",
        "this 30MB video should be a 5MB max, but the quality should not go missing",
        [step("compress", max_mb=Between(4, 5))],
        probe=Probe(duration=60.0, width=1920, height=1080),
        note="5 MB at most",
    ),
    do(
        "fresh264-04",
        "remove the background noise from this video",
        [step("audio_denoise")],
        probe=Probe(duration=60.0, width=1920, height=1080),
        note="the sound's background noise reduced",
    ),
    do(
        "fresh264-05",
        "convert this video to an MP4 format: it is a MOV",
        [step("convert", format="mp4"), maybe(step("codec", codec="h264"))],
        [step("codec", codec="h264"), step("convert", format="mp4")],
        probe=Probe(duration=60.0, width=1920, height=1080),
        note="an mp4",
    ),
    do(
        "fresh264-06",
        "clip off the last second (or fraction of a second) of this GIF recording, where I "
        "have to mouse up to bring the Peek window back into focus to end the recording: every "
        "frame counts",
        [step("trim", end=Between(-1.0, -0.3)), maybe(GIF)],
        [step("trim", end=Between(7.0, 7.7)), maybe(GIF)],
        [step("cut", start=Between(7.0, 7.7), end=8.0), maybe(GIF)],
        probe=Probe(duration=8.0, width=800, height=600, fps=15.0, has_audio=False),
        note="the last 0.3 to 1 s off, still a GIF",
    ),
    do(
        "fresh264-07",
        "fix this video: after shooting it, it is rotated 90 degrees",
        [step("rotate", degrees=AnyOf(90, 270))],
        probe=Probe(duration=15.0, width=1920, height=1080),
        note="a quarter turn, either way (which way is not said)",
    ),
    no_op(
        "fresh264-08",
        "cut this 4:20 video in parts of max duration 1 minute: the result must be 4 videos of 1 "
        "minute length and 1 video with 20 seconds",
        "no op",
        probe=Probe(duration=260.0, width=1920, height=1080),
        note="no op: splitting a video into several files",
    ),
    no_op(
        "fresh264-09",
        "put the audio of this episode back in sync: it is 4 seconds late (I'll fix it myself, "
        "but how?)",
        "no op",
        probe=Probe(duration=1800.0, width=1920, height=1080),
        note="no op: shifting the sound against the picture",
    ),
    no_op(
        "fresh264-10",
        "get rid of the French audio track of this file: it has 2 audio tracks, Track 1 is AC3 "
        "and tagged as French, Track 2 is AC3 and tagged as English",
        "no op",
        probe=Probe(duration=5400.0, width=1920, height=1080),
        note="no op: keeping one audio track of several",
    ),
    no_op(
        "fresh264-11",
        "make this capture a smooth video: when I move my hand or other things the video shows "
        "lines",
        "no op",
        probe=Probe(duration=20.0, width=720, height=576, fps=25.0),
        note="no op: deinterlacing",
    ),
    ask(
        "fresh264-12",
        "remove the black bands at the top and bottom of the image of this film",
        "how tall the bands are (how much to crop off the top and the bottom)",
        ("how tall", "how thick", "how wide", "how many pixels", "how much", "pixels", "height"),
        probe=Probe(duration=5400.0, width=1920, height=1080),
    ),
    ask(
        "fresh264-13",
        "make an individual GIF of each of the different stories in this GIF: it is relatively "
        "large and contains multiple stories",
        "where each story begins and ends (which parts)",
        (*WHICH_PART, "which parts", "stories", "story"),
        probe=Probe(duration=40.0, width=1280, height=720, fps=15.0, has_audio=False),
    ),
    ask(
        "fresh264-14",
        "fix this video I created: it contains a lot of noise and the video speed is fast",
        "how much slower (a speed), and which noise (the picture's grain or the sound's)",
        ("how much", "how slow", "which speed", "what speed", "speed", "slower", "factor", "noise"),
        probe=Probe(duration=10.0, width=784, height=512),
    ),
    out_of_scope(
        "fresh264-15",
        "recover the recorded parts of this video: I was recording and then my computer "
        "crashed; it produced a mp4 but the file can't be played",
        "repairing an unplayable file a crash left unfinished",
        probe=Probe(duration=600.0, width=1920, height=1080),
    ),
    out_of_scope(
        "fresh264-16",
        "recover this corrupted 35gb mp4 file: the disk did not have enough space and now I "
        "can't open it with any player I have",
        "repairing a file whose download stopped on a full disk",
        probe=Probe(duration=58910.0, width=1920, height=1080, fps=60.0),
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
