"""A two-hundred-and-seventieth fresh, held-out collection of real requests
(tests/realreq/fresh270.md): one checkable case a row, encoded the way fresh269.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh269's, the
rows are short, typical asks; all 9 come from GitHub issues about videos made on phones and with
the apps and libraries that record, edit or share them (a meme generator, camera libraries, a
screen recorder, a photo-sharing app, a gallery, a phone's camera): a video cut to 15 seconds,
made 480x360, unmirrored, made smaller twice, a crop with no shape given, a recorder's start to
trim by an unsaid length, frozen last seconds and a recording with no sound.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import (
    AnyOf,
    Below,
    Between,
    Case,
    Probe,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh270.md")

#: A smaller file of a 1280x720 video: compressed under 20 MB, a smaller quality, or scaled down.
_SMALLER_720 = (
    step("compress", max_mb=Below(20))
    | step("quality", level=AnyOf("small", "balanced"))
    | step("resize", lines=Below(720))
    | step("resize", height=Below(720), width=AnyOf(None, Below(1280)))
    | step("resize", width=Below(1280), height=AnyOf(None, Below(720)))
    | step("resize", percent=Below(100))
)

#: A phone screen recording of 1080x2340 at less than full resolution.
_LOWER_RES = (
    step("resize", lines=Below(1080))
    | step("resize", width=Below(1080), height=AnyOf(None, Below(2340)))
    | step("resize", height=Below(2340), width=AnyOf(None, Below(1080)))
    | step("resize", percent=Below(100))
)

#: 480x360 or lower, from 720x480.
_TO_360 = (
    step("resize", width=Between(160, 480), height=AnyOf(None, Between(120, 360)))
    | step("resize", height=Between(120, 360), width=AnyOf(None, Between(160, 480)))
    | step("resize", lines=Between(120, 360))
)

CASES: tuple[Case, ...] = (
    do(
        "fresh270-01",
        "make this vibing-cat meme video only 15 seconds or something: right now, the output "
        "has 30mb",
        [step("trim", start=AnyOf(0, None), end=Between(12, 18))],
        probe=Probe(duration=30.0, width=1280, height=720),
        note="the first ~15 seconds kept",
    ),
    do(
        "fresh270-02",
        "make this 720x480 video 480x360 or lower if possible: I don't really need good quality, "
        "the video is only for evidence and I need the lowest possible size",
        [_TO_360, maybe(step("quality", level="small"))],
        probe=Probe(duration=60.0, width=720, height=480),
        note="480x360 or lower, perhaps at a small quality",
    ),
    do(
        "fresh270-03",
        "unmirror this video taken using the front-facing camera: it is mirrored from what was "
        "shown in the preview, and I want what the preview showed (no mirroring effect)",
        [step("flip", direction="horizontal")],
        probe=Probe(duration=30.0, width=720, height=1280),
        note="mirrored left to right",
    ),
    do(
        "fresh270-04",
        "reduce the size of this video: currently 0.10 seconds video it's giving me 20 mb size",
        [_SMALLER_720],
        probe=Probe(duration=10.0, width=1280, height=720),
        note="a smaller file, under 20 MB",
    ),
    do(
        "fresh270-05",
        "make this recording less than full resolution: at full resolution the files are "
        "unacceptably large",
        [_LOWER_RES, maybe(step("quality", level=AnyOf("small", "balanced")))],
        probe=Probe(duration=120.0, width=1080, height=2340),
        note="a lower resolution",
    ),
    ask(
        "fresh270-06",
        "crop this 58-second video focused on the center of the video, without trimming it: "
        "when I cropped it within the app, the preview showed the crop focused on the center, "
        "but the posted crop had focused on the bottom instead",
        "to what shape (an aspect ratio or a size)",
        ("aspect", "ratio", "shape", "square", "size", "dimension", "how wide", "how tall"),
        probe=Probe(duration=58.0, width=1080, height=1920),
    ),
    ask(
        "fresh270-07",
        "trim the whole Record You part off the start of this screen recording, before I go to "
        "the other app I need to record",
        "how many seconds (where the other app begins)",
        (*WHICH_PART, "how long", "how many", "seconds"),
        probe=Probe(duration=120.0, width=1080, height=2400),
    ),
    out_of_scope(
        "fresh270-08",
        "fix the last few seconds of this video I edited (cropping, trimming) in Simple Gallery: "
        "they are frozen to a single frame, yet the audio continues to play until the video "
        "ends",
        "the picture of those seconds is not in the edited file: the edit is made again from "
        "the original",
        probe=Probe(duration=45.0, width=1920, height=1080),
    ),
    out_of_scope(
        "fresh270-09",
        "put the sound in this video recorded with the main camera app: it plays with no sound, "
        "though the microphone was active while recording it",
        "no sound was recorded: there is nothing in the file to put back",
        probe=Probe(duration=30.0, width=1920, height=1080, has_audio=False),
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
