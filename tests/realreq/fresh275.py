"""A two-hundred-and-seventy-fifth fresh, held-out collection of real requests
(tests/realreq/fresh275.md): one checkable case a row, encoded the way fresh273.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh273's, the
rows are short, typical asks; all 9 come from GitHub issues of creators' and speakers' tools
(auto-editor, Subtitle Edit, VideoCaptioner, spee.ch, FOSDEM's video team, ShareX and
QuickRecorder): silences to remove, a podcast turned into a video, sound too quiet, soft
subtitles to burn in, a thumbnail, a dark talk, clicks and cursors in screen recordings, and
zooms on mouse actions. Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    LOUDER,
    Above,
    Case,
    Probe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh275.md")


CASES: tuple[Case, ...] = (
    do(
        "fresh275-01",
        "remove the silences from this video (I love the tool and am giving it a try)",
        [step("remove_silence")],
        probe=Probe(duration=600.0, width=1920, height=1080),
        note="every silence cut",
    ),
    out_of_scope(
        "fresh275-02",
        "generate subtitles with Whisper for this podcast and then generate a blank video to "
        "display those subtitles on, with the audio included",
        "making a new video from an audio file, with subtitles transcribed from speech",
        probe=Probe(duration=3600.0, width=1280, height=720),
    ),
    do(
        "fresh275-03",
        "give this file an audio boost and normalization: it is difficult to hear",
        [LOUDER],
        probe=Probe(duration=300.0, width=1280, height=720),
        note="louder, or normalized",
    ),
    no_op(
        "fresh275-04",
        "make the subtitles of this synthesized video show in every player: the computer's own "
        "video player shows none, and when I open it in CapCut to edit it again there are no "
        "subtitles either (only PotPlayer shows them)",
        "no op: burning the file's own soft subtitle track in; subtitles burns a separate file",
        probe=Probe(duration=600.0, width=1920, height=1080),
    ),
    ask(
        "fresh275-05",
        "select a frame from this video to be the thumbnail, so that I can set the thumbnail "
        "easily when I publish it",
        "which frame (a time in the video)",
        (*WHICH_PART, "which frame", "frame", "second", "moment"),
        probe=Probe(duration=120.0, width=1920, height=1080),
    ),
    do(
        "fresh275-06",
        "improve speaker visibility in this talk recording from a dark room: it's almost "
        "impossible to see the speaker (the beamer is weak, so the room lighting was switched "
        "off)",
        [step("brightness", percent=Above(0))],
        [step("gamma", gamma=Above(1))],
        probe=Probe(duration=1500.0, width=1280, height=720),
        note="brighter, or lighter mid-tones",
    ),
    no_op(
        "fresh275-07",
        "in this tutorial screen recording, show where I click the mouse (like with a small "
        "cursor animation or effect)",
        "no op: click effects where the mouse was clicked; the clicks are not in the picture",
        probe=Probe(duration=180.0, width=1920, height=1080),
    ),
    no_op(
        "fresh275-08",
        "make the mouse cursor bigger in this screen recording, like Screen Studio does, so "
        "that it works better as a guide video",
        "no op: enlarging the cursor drawn in the recorded picture",
        probe=Probe(duration=120.0, width=2560, height=1600),
    ),
    ask(
        "fresh275-09",
        "zoom in on the parts of this screen recording where I want to focus on the mouse "
        "actions, like Screen Studio",
        "which parts (the times) and where on the screen to zoom",
        (*WHICH_PART, "which parts", "area", "region", "zoom"),
        probe=Probe(duration=180.0, width=1920, height=1080),
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
