"""A hundred-and-forty-sixth fresh, held-out collection of real requests
(tests/realreq/fresh146.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh145's, the
rows are short, typical asks, like the development set's; both come from GitHub issues, of a
video-compression app for iOS (minimo) and a macOS video player (IINA): the session's search
budget ran out after nine queries, so the set is short. Each case follows its row's `expected`
column; `[out of scope]` rows are OUT-OF-SCOPE refusals."""

from __future__ import annotations

from pathlib import Path

from .cases import out_of_scope
from .score import Case

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh146.md")

CASES: tuple[Case, ...] = (
    out_of_scope(
        "fresh146-01",
        "give me iOS shortcuts for compressing videos, so I can automate the conversion of my "
        "latest videos, ideally in the background, and don't have to periodically open minimo "
        '(it would greatly extend the limited presets of Apple\'s built-in "encode video" '
        "shortcut)",
        "an app's iOS Shortcuts action compressing new videos in the background, not an edit of "
        "a given file",
    ),
    out_of_scope(
        "fresh146-02",
        "play the HDR video with correct colors on my external SDR monitor, like Infuse does: in "
        "IINA it has horrible colors and luminance, terrible details in shadows",
        "a player's HDR display (tone mapping while it plays) on an SDR monitor, not an edit of "
        "a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
