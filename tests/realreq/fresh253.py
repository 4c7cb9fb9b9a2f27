"""A two-hundred-and-fifty-third fresh, held-out collection of real requests
(tests/realreq/fresh253.md): one checkable case a row, encoded the way fresh247.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh247's, the
rows are short, typical asks; all 16 come from personal blogs (from Malaysia, Bermuda, Taiwan
and elsewhere), nearly all of people who filmed their own family, trips
and animals with a camcorder, a point-and-shoot or a Flip and then met their computer: a file
Movie Maker or Media Player would not take, a video too big for Blogger, a safari clip shaken
by a Land Rover, a zoo visit in short clips, a niece's wedding, a Sydney trip in two halves.
Each case follows its row's `expected` column; the `[out of scope]` rows are OUT-OF-SCOPE
refusals, the `[no op]` rows refusals of a DOABLE ask no operation does
(among them three files to be written as WMV or AVI, which promptcut does not write)."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    AnyOf,
    Between,
    Case,
    Probe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh253.md")

_PART2 = "part2.wmv"
_ZOO = ["clip2.mp4", "clip3.mp4"]

CASES: tuple[Case, ...] = (
    no_op(
        "fresh253-01",
        "make this MOV001.MOD file from my new JVC camcorder, of the water reptile which "
        "regularly patrols the canal below, compatible with Windows Movie Maker, so I can still "
        "edit the clips, add music and voiceovers",
        "no op",
        probe=Probe(duration=120.0, width=720, height=576),
        note="no op: Movie Maker imports WMV, AVI or MPEG, which promptcut does not write",
    ),
    no_op(
        "fresh253-02",
        "save this MPEG4 video my digital camera stored in Apple's Quicktime format as AVI: I "
        "would have preferred AVI, simply because it's far more common on Windows PCs and pretty "
        "much any software can load and save AVI files",
        "no op",
        probe=Probe(duration=60.0, width=640, height=480),
        note="no op: promptcut does not write AVI files",
    ),
    ask(
        "fresh253-03",
        "make this video tutorial I filmed open in the movie editing packages I have: I have "
        "tried changing the settings on my camera, downloading codec, compressing and converting "
        "it, and still nothing",
        "which editing package it must open in (which format that program takes)",
        ("which", "program", "package", "software", "editor", "format"),
        probe=Probe(duration=300.0, width=640, height=480),
    ),
    do(
        "fresh253-04",
        "make this 200MB movie from Florence's flip camera small enough to upload to Blogger: "
        "uploading movies often fails if the movie is more than 60 MB long",
        [step("compress", max_mb=Between(40, 60))],
        probe=Probe(duration=600.0, width=1280, height=720),
        note="under 60 MB",
    ),
    do(
        "fresh253-05",
        "take the little shake out of this clip from the photo safari I led in Tanzania: the ever "
        "so slight movement of the Land Rover, even parked with the engine turned off, was enough "
        "to give it a little shake, painfully obvious on my 30 inch Cinema Display",
        [step("stabilize")],
        probe=Probe(duration=30.0, width=1280, height=720),
        note="steadied (any strength)",
    ),
    ask(
        "fresh253-06",
        "get the picture of my daughter dressed as Cinderella converted from this .avi file to an "
        "actual image file: while shooting I held down the still photo button, and it froze that "
        "frame for seven seconds",
        "when the frozen frame is (the time to take the still from)",
        (*WHICH_PART, "which frame", "second", "timestamp"),
        probe=Probe(duration=120.0, width=720, height=480),
    ),
    ask(
        "fresh253-07",
        "make this video a timelapse: just make it faster 4x, 8x, or even more",
        "how much faster (4x, 8x or more)",
        ("how much", "how many", "which", "4x", "8x", "speed", "factor", "faster"),
        probe=Probe(duration=600.0, width=1920, height=1080),
    ),
    do(
        "fresh253-08",
        "re-join these two halves of our Sydney trip video: Windows Movie Maker displayed half of "
        "the video as blank, so I separated the master file into two and saved them as a movie "
        "each",
        [step("join", clips=AnyOf([_PART2], []), at="end")],
        assets=[_PART2],
        probe=Probe(duration=300.0, width=1280, height=720),
        note="the second half after the first",
    ),
    ask(
        "fresh253-09",
        "convert this interview, shot with the Sony Model DCR-SR40 camcorder, into a format that I "
        "CAN use: I do not have any software that can edit MPEG-4 video",
        "which format (which editing software it must open in)",
        ("which", "format", "software", "program", "editor"),
        probe=Probe(duration=1800.0, width=720, height=480),
    ),
    ask(
        "fresh253-10",
        "edit out the assortment of passing legs in this basketball movie: I know I'm the one in "
        "the way",
        "where the passing legs are (which parts to cut)",
        (*WHICH_PART, "which parts", "legs"),
        probe=Probe(duration=600.0, width=1280, height=720),
    ),
    no_op(
        "fresh253-11",
        "break up this video of the birth into 2 parts because of the 15 minute rule on YouTube",
        "no op",
        probe=Probe(duration=1500.0, width=1280, height=720),
        note="no op: splitting a video into two files",
    ),
    no_op(
        "fresh253-12",
        "make this movie from my Sony Handycam play in Windows Media Player: every time I tried, "
        "WMP would crash; my camera saves its files in MPEG-2 format, and WMP doesn't come with a "
        "MPEG-2 codec",
        "no op",
        probe=Probe(duration=180.0, width=720, height=480),
        note="no op: a Windows Media (WMV) file, which promptcut does not write",
    ),
    do(
        "fresh253-13",
        "add these short clips of the wolves, meerkats and bush dogs at the zoo all on the same "
        "video: I only managed to get short clips, people kept walking in front of my camera",
        [step("join", clips=AnyOf(_ZOO, []), at="end")],
        assets=_ZOO,
        probe=Probe(duration=20.0, width=1920, height=1080),
        note="the other clips after this one, in order",
    ),
    ask(
        "fresh253-14",
        "edit this video of my niece's wedding, from the short clips I took with my Canon FS100: "
        "just chop chop, joint joint, find one music from my music library, kautim sai",
        "which parts to keep (where to chop), and which music",
        (*WHICH_PART, "which parts", "keep", "music", "song"),
        probe=Probe(duration=600.0, width=720, height=576),
    ),
    out_of_scope(
        "fresh253-15",
        "transfer this videotape my late Uncle Donny recorded when he took my aunt and my cousins "
        "on a vacation to Pennsylvania onto my computer and put it on a dvd for my aunt: the "
        "picture I transferred is all black, I've got audio but no video",
        "capturing a videotape to the computer and burning a DVD, not an edit of a given file",
    ),
    out_of_scope(
        "fresh253-16",
        "convert the recordings on my stash of VHS tapes to DVD: some tapes within the stash have "
        "some precious recordings on them that I will want to preserve",
        "capturing VHS tapes and burning DVDs, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
