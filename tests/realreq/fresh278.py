"""A two-hundred-and-seventy-eighth fresh, held-out collection of real requests
(tests/realreq/fresh278.md): one checkable case a row, encoded the way fresh277.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh277's, the
rows are short, typical asks; they come from a hydrogenaudio forum thread, a videohelp forum
thread, a blog post and GitHub issues of OpenShot, a camera library, a small app and a
whiteboard app: a seminar's audio made bearable after its lavalier mic broke, a wedding
video's drifting sound, a still picture and a picture out of a video (the moment not said),
titles like chapters, a tape's tracking jitter, an Instagram-like filter and a loop for repeat
music effects.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import Above, Between, Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh278.md")

_FROM_16_MIN = Between(900.0, 1020.0)
_LOUDER_FROM_16_MIN = step("volume", db=Above(0), start=_FROM_16_MIN, end=None) | step(
    "volume", percent=Above(100), start=_FROM_16_MIN, end=None
)
_MOMENT = (*WHICH_PART, "which frame", "which moment", "frame", "moment", "timestamp")

CASES: tuple[Case, ...] = (
    do(
        "fresh278-01",
        "make the audio of this 37 minute seminar speech bearable: the lavalier mic broke down "
        "16 minutes in, and I tried noise reduction and then boosting the decibels, but it "
        "still sounds bad",
        [step("audio_denoise")],
        [step("audio_denoise"), _LOUDER_FROM_16_MIN],
        [_LOUDER_FROM_16_MIN, step("audio_denoise")],
        probe=Probe(duration=2220.0, width=1280, height=720),
        note="the noise taken out of the sound, maybe with the part after 16:00 made louder",
    ),
    no_op(
        "fresh278-02",
        "fix the sound of this video of my niece's wedding ceremony: every so often the video "
        "drops a few frames, and each time this happens the audio gets further out of sync "
        "with the video",
        "no op: the sound re-synced at each dropped-frame skip; no op shifts or re-syncs audio",
        probe=Probe(duration=1800.0, width=720, height=480, fps=29.97),
    ),
    ask(
        "fresh278-03",
        "capture a still picture from this video I recently created",
        "which moment (frame) to save",
        _MOMENT,
        probe=Probe(duration=180.0),
    ),
    ask(
        "fresh278-04",
        "put a title on the transitions of this video, sort of like chapters (it might be very "
        "easy)",
        "which titles (their text) and at which transitions (times)",
        (*WHICH_PART, "which title", "what text", "text", "title", "chapter", "transition"),
        probe=Probe(duration=600.0),
    ),
    out_of_scope(
        "fresh278-05",
        "rectify the problem points of this capture of my mid-90s Sony tape recorded in EP "
        "mode: it plays and tracks perfectly, but at some points the hi-fi sound starts to "
        "drop out and the tracking goes haywire, causing bad jitter",
        "a VCR's tracking and tape playback (capture again with manual tracking, another "
        "player), not an edit of the file",
        probe=Probe(duration=3600.0, width=720, height=480, fps=29.97),
    ),
    ask(
        "fresh278-06",
        "filter this video like instagram",
        "which filter (look)",
        ("which filter", "which look", "filter", "look", "style", "effect"),
        probe=Probe(duration=15.0, width=1080, height=1920),
    ),
    ask(
        "fresh278-07",
        "loop this video so I can make repeat music effects",
        "how many times to loop it",
        ("how many", "times", "how long", "count", "repeat"),
        probe=Probe(duration=10.0),
    ),
    ask(
        "fresh278-08",
        "take a picture out of this uploaded video (when I record a video by using the camera, "
        "I'm able to take a picture out of it)",
        "which moment (frame) to save",
        _MOMENT,
        probe=Probe(duration=60.0),
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
