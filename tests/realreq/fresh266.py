"""A two-hundred-and-sixty-sixth fresh, held-out collection of real requests
(tests/realreq/fresh266.md): one checkable case a row, encoded the way fresh264.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh265's, the
rows are short, typical asks; all 8 kept come from GitHub issues written in English and
Chinese: an 8-second recording of 48 MB, a recording smaller but still clear, a recorded video's
encoding and resolution, a recording Windows Media Player won't play, the English audio tracks,
the control center at a screen recording's end, a logo on a conference call, videos too big.
Each case follows its row's `expected` column; the `[out of scope]` row is an OUT-OF-SCOPE
refusal, the `[no op]` rows refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    Below,
    Between,
    Case,
    Probe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh266.md")

#: Smaller picture, any way of saying it, for a 1280x720 recording.
_SMALLER = (
    step("resize", lines=Below(720))
    | step("resize", height=Below(720))
    | step("resize", width=Below(1280))
    | step("resize", percent=Below(100))
)

CASES: tuple[Case, ...] = (
    do(
        "fresh266-01",
        "compress this video's size: I recorded 8 seconds of video and it is 48M, the file is "
        "too big",
        [step("compress", max_mb=Between(1, 45))],
        [step("quality", level="small")],
        probe=Probe(duration=8.0, width=1920, height=1080),
        note="a smaller file than 48 MB",
    ),
    do(
        "fresh266-02",
        "make this video I recorded with mediamuxer smaller: the recorded video's size is "
        "somewhat large, and its clarity must not drop too much",
        [step("compress")],
        [step("quality", level="small")],
        probe=Probe(duration=30.0, width=1280, height=720),
        note="a smaller file, at the same size of picture",
    ),
    do(
        "fresh266-03",
        "reduce the size of this recorded video: both encoding and resolution and scale",
        [step("compress")],
        [step("quality", level="small")],
        [_SMALLER],
        [_SMALLER, step("compress")],
        [_SMALLER, step("quality", level="small")],
        probe=Probe(duration=30.0, width=1280, height=720),
        note="a smaller file: re-encoded smaller, a smaller picture, or both",
    ),
    do(
        "fresh266-04",
        "make this recorded video play back on Windows Media Player (the current workaround is "
        "to export it with HandBrake)",
        [step("codec", codec="h264")],
        [step("convert", format="mp4")],
        [step("reencode")],
        [step("convert", format="mp4"), step("codec", codec="h264")],
        [step("codec", codec="h264"), step("convert", format="mp4")],
        probe=Probe(duration=120.0, width=1920, height=1080),
        note="re-encoded into what every player takes (H.264 in an MP4)",
    ),
    no_op(
        "fresh266-05",
        "remove the English audio tracks from this video",
        "no op",
        probe=Probe(duration=5400.0, width=1920, height=1080),
        note="no op: dropping audio tracks by their language",
    ),
    ask(
        "fresh266-08",
        "trim out the part of this screen recording where I stop recording in the control "
        "center: the control center also shows my private info like Wi-Fi SSID",
        "which part (how many seconds, at the end, show the control center)",
        (*WHICH_PART, "how many seconds", "how long", "seconds"),
        probe=Probe(duration=120.0, width=1080, height=2400),
    ),
    out_of_scope(
        "fresh266-10",
        "put my company logo in the top corner of the video during conference calls (Teams, "
        "Zoom, Meet), like a TV station logo on television",
        "a logo on a live call's camera, not an edit of a given file",
        probe=Probe(duration=60.0, width=1280, height=720),
    ),
    do(
        "fresh266-11",
        "smallen this video: it's kinda big, filesize-wise; also make sure it looks good, no "
        "glitches",
        [step("compress")],
        [step("quality", level="small")],
        probe=Probe(duration=60.0, width=1920, height=1080),
        note="a smaller file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
