"""A three-hundred-and-ninety-fourth fresh, held-out collection of real requests
(tests/realreq/fresh394.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh393's, the
rows are short, typical asks; three come from GitHub issues (gyroflow, GoPro Labs, videospeed) and
six from web pages (a wrestling fan's blog, a playout server's manual, a football forum, a soccer
parents' forum, a lacrosse blog and an Italian tutorial): sports people's video, with a match's
set-up cut off, announcements skipped before a soccer game, a coach's interview cleaned of noise,
highlight reels cut to a few minutes, a bike stunt slowed down, a bike ride steadied, a camera's
shutter and a player's frame-by-frame stepping.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import Between, Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh394.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh394-01",
        "cut the set-up out of this Brian Cage vs. Jimmy Jacobs match: it has 7 minutes of "
        "set-up for 15 minutes of action, and I'm not interested in that",
        [step("trim", start=Between(415, 425))],
        probe=Probe(duration=1320.0),
        note="the first 7 minutes off, the 15 minutes of action kept",
    ),
    do(
        "fresh394-02",
        "skip the 3 minutes of announcements at the beginning of this file and begin it when "
        "the soccer game begins",
        [step("trim", start=Between(175, 185))],
        probe=Probe(duration=5400.0),
        note="the first 3 minutes off",
    ),
    do(
        "fresh394-03",
        "take the background noise out of this video of a coach's interview after practice: all "
        "the stuff crashing in the background and people shouting is really annoying",
        [step("audio_denoise")],
        probe=Probe(duration=300.0),
        note="the sound denoised, any strength",
    ),
    ask(
        "fresh394-04",
        "make this soccer highlight reel 3~4 minutes max and no music: coaches like to see the "
        "player with and without the ball in game situations",
        "which plays to keep (the reel's length and its clips are not given)",
        ("which", "plays", "clips", "parts", "keep", "how long"),
        probe=Probe(duration=480.0),
    ),
    ask(
        "fresh394-05",
        "cut this 9 or 10 minute lacrosse highlight video down to 1 to 2 minutes, and begin it "
        "with a great clip",
        "which clips to keep and which one is the great clip to begin with",
        ("which", "clips", "parts", "keep", "great clip"),
        probe=Probe(duration=570.0),
    ),
    ask(
        "fresh394-06",
        "in this bike stunt video, show the natural speed of the ride, and slow the footage down "
        "to show the execution of the stunt",
        "when the stunt happens (from when to when to slow down), and how slow",
        ("when", "where", "which part", "what time", "timestamp", "how slow", "from"),
        probe=Probe(duration=60.0),
    ),
    do(
        "fresh394-07",
        "stabilize this video from a GoPro Hero6 mounted on a bicycle (EIS enabled): Gyroflow "
        "made it shake more than the original",
        [step("stabilize")],
        probe=Probe(duration=300.0, width=2704, height=1520, fps=30.0),
        note="the bike ride steadied",
    ),
    out_of_scope(
        "fresh394-08",
        "make my GoPro Hero 10 shoot with a fast shutter speed so my mountain biking footage in "
        "the dark woods no longer has motion blur",
        "a camera's settings for recording, not an edit of a video file",
    ),
    out_of_scope(
        "fresh394-09",
        "let me see this racquetball video on YouTube frame by frame, to replay certain moves in "
        "slow mo",
        "a browser player's frame-by-frame stepping, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
