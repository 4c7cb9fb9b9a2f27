"""A three-hundred-and-eighty-first fresh, held-out collection of real requests
(tests/realreq/fresh381.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh377's, the
rows are short, typical asks, all from GitHub issues, most in Chinese or by non-native English
writers (ijkplayer, a YouTube extension, a small video editor, Surfingkeys, IINA, MovieMator,
Video Speed Controller and RaceControl): a video flipped horizontally, a copyright-dodging flip
undone, sound added with no sound named, and playback speed, mirror, reverse and sound settings
of players and browser extensions.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh381.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh381-01",
        "flip this video horizontally",
        [step("flip", direction="horizontal")],
        probe=Probe(duration=60.0),
        note="mirrored left to right",
    ),
    do(
        "fresh381-02",
        "flip this video back on the X-axis: it was flipped to avoid copyright strikes",
        [step("flip", direction="horizontal")],
        probe=Probe(duration=600.0),
        note="mirrored left to right again, undoing the upload's mirror",
    ),
    ask(
        "fresh381-03",
        "add sound to this video",
        "which sound (no file is given)",
        ("which sound", "which file", "what sound", "audio file", "music file", "sound file"),
        probe=Probe(duration=60.0, has_audio=False),
    ),
    out_of_scope(
        "fresh381-04",
        "add to this browser's keys a way to play html5 videos faster and slower",
        "playback speed in a browser extension, not an edit of a video file",
    ),
    out_of_scope(
        "fresh381-05",
        "stop the player from turning on the horizontal mirror flip by itself for many videos "
        "downloaded from YouTube",
        "a player's bug, not an edit of a video file",
    ),
    out_of_scope(
        "fresh381-06",
        "bring back reverse playback and fast forward in the editor's viewer: I use them to find "
        "a particular frame",
        "an editor's playback controls, not an edit of a video file",
    ),
    out_of_scope(
        "fresh381-07",
        "create a reverse function at different speed settings in this video speed extension",
        "reverse playback in a browser extension, not an edit of a video file",
    ),
    out_of_scope(
        "fresh381-08",
        "when a race video plays faster or slower, give no sound rather than the really bad "
        "sound, and OK-ish sound between 1x and 1.5x",
        "a player's playback sound at other speeds, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
