"""A three-hundred-and-thirty-sixth fresh, held-out collection of real requests
(tests/realreq/fresh336.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh333's, the
rows are short, typical asks; all 12 come from GitHub issues of small desktop tools (a screen
recorder, Stash, bilive, a radio site, browser tools, a media downloader, HandBrake, a converter's
support tracker, OpenCut, elementary Videos, LosslessCut and PowerToys): an mkv recording saved as
mp4, a video made 480p to save space, a video made as small as possible, the audio pulled out,
a video turned into an MP3, a trim with no times, a crop for social media, a down-res with no
size, a crop like unseen pictures, rotate buttons in a player, a rotation kept for many files and
a GIF recorded from the screen.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import MP3, SOUND_ALONE, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh336.md")

_SMALL = step("quality", level="small")
_SMALLER_1080 = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))
_FEWER_FPS = step("fps", fps=Below(30))

CASES: tuple[Case, ...] = (
    do(
        "fresh336-01",
        "save this .mkv screen recording in standard .mp4",
        [step("convert", format="mp4")],
        probe=Probe(duration=300.0),
        note="the same recording as an mp4",
    ),
    do(
        "fresh336-02",
        "convert this video to 480p to save space: I'm not a quality nazi and I'm happy with 480p",
        [step("resize", lines=480)],
        probe=Probe(duration=1200.0),
        note="480 lines high",
    ),
    do(
        "fresh336-03",
        "reduce the size of this video as much as possible: it mainly focuses on the content "
        "rather than the visual quality, and its size makes the upload slow",
        [_SMALL, maybe(_SMALLER_1080), maybe(_FEWER_FPS)],
        [_SMALLER_1080, maybe(_SMALL), maybe(_FEWER_FPS)],
        [step("compress", max_mb=Between(1, 2000)), maybe(_SMALLER_1080), maybe(_FEWER_FPS)],
        probe=Probe(duration=3600.0),
        note="a smaller file: a smaller quality, resolution or frame rate",
    ),
    do(
        "fresh336-04",
        "extract the audio from this video file",
        [SOUND_ALONE],
        probe=Probe(duration=180.0),
        note="the sound alone",
    ),
    do(
        "fresh336-05",
        "convert this video file into an MP3 audio file, to listen to it or transcribe it",
        [MP3],
        probe=Probe(duration=600.0),
        note="the sound alone, as an mp3",
    ),
    ask(
        "fresh336-06",
        "trim this downloaded video, like in an editing program",
        "from when to when (no times are given)",
        WHICH_PART,
        probe=Probe(duration=600.0),
    ),
    ask(
        "fresh336-07",
        "crop this video before publication on social media",
        "what to keep: which part of the frame, or which aspect ratio",
        ("which part", "which", "what", "where", "aspect", "ratio", "region", "area"),
        probe=Probe(duration=60.0),
    ),
    ask(
        "fresh336-08",
        "down res this video keeping its aspect ratio, without having to know the exact dimensions",
        "to what resolution (anything from the original down to about 360p)",
        ("what resolution", "which resolution", "how small", "how much", "resolution", "height"),
        probe=Probe(duration=120.0),
    ),
    ask(
        "fresh336-09",
        "crop this video like in these pictures (which are not given)",
        "which part of the frame to keep (the example pictures are not given)",
        ("which part", "which", "what", "where", "picture", "image", "example", "region", "area"),
        probe=Probe(duration=60.0),
    ),
    out_of_scope(
        "fresh336-10",
        "add rotate left and right buttons to the video player's settings menu, because some "
        "videos get displayed in an incorrect orientation by default",
        "a player's controls, not an edit of a video file",
    ),
    out_of_scope(
        "fresh336-11",
        "lock the rotation for the whole session and add a shortcut key for rotation, so I "
        "don't have to change the rotation for every file when rotating many mobile videos",
        "a program's setting and shortcut for many files, not an edit of one video",
    ),
    out_of_scope(
        "fresh336-12",
        "delimit a region of the screen and record some specified seconds to create an "
        "animated GIF, for software documentation",
        "recording the screen, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
