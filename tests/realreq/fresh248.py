"""A two-hundred-and-forty-eighth fresh, held-out collection of real requests
(tests/realreq/fresh248.md): one checkable case a row, encoded the way fresh244.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh245's, the
rows are short, typical asks; all 9 come from personal blogs and a photo diary, in English,
German and Japanese, nearly all of people with home footage on tape, disc or phone: music DVDs as
MP3s, a GoPro time lapse for YouTube, an upside-down iPhone video, a village pantomime in chunks,
a Las Vegas meet, camcorder and VHS tapes. Each case follows its row's `expected` column; the
`[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` row a refusal of a DOABLE ask no
operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import AnyOf, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh248.md")

#: The other 23 five-minute chunks of the pantomime, in order, after the first.
_CHUNKS = [f"chunk{i:02d}.mp4" for i in range(2, 25)]

CASES: tuple[Case, ...] = (
    do(
        "fresh248-01",
        "make an audio version of this concert from one of my music DVDs, in the MP3 file format",
        [step("extract_audio", format="mp3")],
        [step("convert", format="mp3")],
        probe=Probe(duration=5400.0, width=720, height=576),
        note="the sound only, as an MP3",
    ),
    do(
        "fresh248-02",
        "change this GoPro time lapse from 4:3 to 16:9 by cropping it: there is no doubt that "
        "16:9 looks better on YouTube",
        [step("crop", aspect="16:9")],
        [step("platform", platform="youtube", fit="crop")],
        probe=Probe(duration=60.0, width=1920, height=1440),
        note="cropped to 16:9",
    ),
    do(
        "fresh248-03",
        "rotate this video I shot on my iPhone to fix it: on the iPhone and in QuickTime Player "
        "it is the right way up, but in Windows players like Windows Media Player it plays "
        "upside down",
        [step("rotate", degrees=180), maybe(step("convert", format="mp4"))],
        probe=Probe(duration=60.0, width=1920, height=1080),
        note="turned upside down (a half turn), mp4 or not",
    ),
    out_of_scope(
        "fresh248-04",
        "take this YouTube video of the Miserere by the Westminster Abbey choir into the music "
        "collection on my iPhone as an audio file",
        "getting a YouTube video into a phone's music library, not an edit of a given file",
    ),
    do(
        "fresh248-05",
        "join these 24 separate chunks of the village pantomime all together: Final Cut Express "
        "crashes unless I limit the amount captured to 5 minutes",
        [step("join", clips=AnyOf(_CHUNKS, []), at="end")],
        assets=_CHUNKS,
        probe=Probe(duration=300.0, width=720, height=576),
        note="the 23 other chunks after this one, in order",
    ),
    ask(
        "fresh248-06",
        "cut these 5 hours of footage of Vegas Meet 2002 down to 18 minutes, with all the good "
        "parts condensed: I don't want to sit through endless boring hours of junk just to see "
        "some good stuff",
        "which parts are the good parts (what to keep of the five hours)",
        (*WHICH_PART, "which parts", "good parts", "keep"),
        probe=Probe(duration=18000.0, width=720, height=480),
    ),
    out_of_scope(
        "fresh248-07",
        "put what I videotape with our new camcorder onto the computer so we can burn DVDs, then "
        "burn copies and send those to the grandparents",
        "capturing tape and burning discs, not an edit of a given file",
    ),
    out_of_scope(
        "fresh248-08",
        "turn our old VHS tapes of home movies into digital files, without spending a lot of "
        "money on it",
        "capturing tapes, not an edit of a given file",
    ),
    no_op(
        "fresh248-09",
        "convert this .avi file, recorded from the VHS tape through the DV camcorder, to an "
        ".mpeg file",
        "no op",
        probe=Probe(duration=10800.0, width=720, height=576),
        note="no op: no operation writes an MPEG (.mpg/.mpeg) file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
