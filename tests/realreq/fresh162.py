"""A hundred-and-sixty-second fresh, held-out collection of real requests
(tests/realreq/fresh162.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh161's, the
rows are short, typical asks, like the development set's; the session's search budget ran out
after 10 queries, so the set holds only 3 rows, all from GitHub issues: a chat SDK's iOS
services (QuickBlox), React Native's Twilio Video bindings and a video-generation model. Each
case follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals."""

from __future__ import annotations

from pathlib import Path

from .cases import out_of_scope
from .score import Case

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh162.md")

CASES: tuple[Case, ...] = (
    out_of_scope(
        "fresh162-01",
        "make the volume louder while video calling: the volume is very low",
        "the sound of a live video call in a chat app, not an edit of a file",
    ),
    out_of_scope(
        "fresh162-02",
        "make the other participant see our video call stream right side up while the phone is "
        "upside down: we need the phone upside down when video calling",
        "a live video call's outgoing picture (the app's Twilio Video stream), not an edit of a "
        "file",
    ),
    out_of_scope(
        "fresh162-03",
        "make me a kids video for YouTube: kids are playing and singing a song",
        "generating a new video from a description (a video-generation model), not an edit of a "
        "given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
