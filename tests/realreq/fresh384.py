"""A three-hundred-and-eighty-fourth fresh, held-out collection of real requests
(tests/realreq/fresh384.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh381's, the
rows are short, typical asks of hobbyists; four come from blogs (two about knitting videos, a
backyard time-lapse, a dashboard-camera film) and four from GitHub issues (PBJVision, a cat
plugin, Libre Camera, FreeDi): a knitting video slowed down considerably, a film made small
enough for Blogger, "a fair bit" cut from a time-lapse's evening, a slow-motion button for
YouTube, slow motion from a camera library, a plugin's background as a GIF, a camera app's
time-lapse and a printer's time-lapse recording.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh384.md")

_WHOLE = {"start": None, "end": None}
_SMALLER = step("resize", lines=Between(144, 1079)) | step("resize", percent=Between(10, 99))

CASES: tuple[Case, ...] = (
    do(
        "fresh384-01",
        "slow this video of me knitting down considerably, so you can see what my hands are doing",
        [step("speed", factor=Between(0.1, 0.5), **_WHOLE)],
        probe=Probe(duration=30.0, width=1080, height=1920),
        note="the whole video at half speed or slower",
    ),
    do(
        "fresh384-02",
        "make this fourteen-minute film of my commute, shot with a camcorder on the dashboard and "
        "set to a prog-rock song, small enough for Blogger video: they accept fourteen-minute "
        "films, but not if they're over 100MB in size, and mine is almost five hundred",
        [step("compress", max_mb=Between(1, 100)), maybe(_SMALLER)],
        [maybe(_SMALLER), step("compress", max_mb=Between(1, 100))],
        probe=Probe(duration=840.0, width=1280, height=720, fps=25.0),
        note="under 100 MB",
    ),
    ask(
        "fresh384-03",
        "cut a fair bit out from the evening of this noon-to-noon time lapse of our backyard, as "
        "it really didn't like the dark",
        "which part to cut: from when to when (no times are given)",
        WHICH_PART,
        probe=Probe(duration=240.0, has_audio=False),
    ),
    out_of_scope(
        "fresh384-04",
        "make a slow-motion button for YouTube: do they really think that you can get your hands "
        "in the right position and wrap the yarn around your thumb that fast?",
        "a button in a video site's player, not an edit of a video file",
    ),
    out_of_scope(
        "fresh384-05",
        "I am able to do a video capture with this library: use it to make a slow motion video",
        "recording slow motion with a camera library, not an edit of a video file",
    ),
    out_of_scope(
        "fresh384-06",
        "replace the cat background of this plugin with a gif, because I want to use my cat and "
        "his personal blink as a gif",
        "a streaming plugin's background, not an edit of a video file",
    ),
    out_of_scope(
        "fresh384-07",
        "add a timelapse function to this camera app",
        "recording a time-lapse in a camera app, not an edit of a video file",
    ),
    out_of_scope(
        "fresh384-08",
        "turn on time lapse videos on my 3D printer: the original config had a timelapse "
        "function, and now it is free and up to date Klipper",
        "setting up a printer's time-lapse recording, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
