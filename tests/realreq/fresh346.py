"""A three-hundred-and-forty-sixth fresh, held-out collection of real requests
(tests/realreq/fresh346.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh345's, the
rows are short, typical asks; three come from GitHub issues (TikTokDownload, LeafPic and Next
Player) and eight from web pages of dancers, dance teachers and dance competitions (a roller
dancer's blog, a pole sport competition's rules, a schools dance competition, a student's film
project, a youth dance platform, a ballet magazine, an artists' project blog and a dancesport
competition): a dance mirrored and slowed to half speed, a song's audio track put under a pole
routine, a routine over 2 GB made smaller, a downloaded video mirrored, a dance film made black
and white and silent, dance footage on its side, an audition video kept under 10 minutes, three
hours of a dance class cut down to a 3:33 track, subtitles with no text, an A-B loop in a player
and dances recorded with a phone.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import WHOLE, Below, Between, Case, Probe, anywhere, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh346.md")

_MIRROR = step("flip", direction="horizontal")
_SMALL = step("quality", level="small")
_SMALLER_1080 = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))

CASES: tuple[Case, ...] = (
    do(
        "fresh346-01",
        "make a left-right mirrored version of this Koi Dance video, slowed to 50%: the dance is "
        "fast, and even at 80% or 70% I can't keep up",
        [anywhere(_MIRROR), anywhere(step("speed", factor=0.5, **WHOLE))],
        probe=Probe(duration=240.0, width=1280, height=720),
        note="mirrored left to right and at half speed",
    ),
    do(
        "fresh346-02",
        "add in an audio track of my song to this pole competition video so that the sound "
        "quality is improved",
        [step("replace_audio", file="song.mp3")],
        assets=["song.mp3"],
        probe=Probe(duration=180.0, width=1920, height=1080),
        note="the song's clean audio as the video's sound",
    ),
    do(
        "fresh346-03",
        "make this dance routine video smaller before I upload it: the file exceeds 2 GB",
        [step("compress", max_mb=Between(1, 2048)), anywhere(_SMALLER_1080)],
        [step("compress", max_mb=Between(1, 2048))],
        [_SMALL],
        [_SMALLER_1080, _SMALL],
        [_SMALL, _SMALLER_1080],
        probe=Probe(duration=300.0, width=3840, height=2160),
        note="a smaller file, under 2 GB",
    ),
    do(
        "fresh346-04",
        "mirror this downloaded video automatically",
        [_MIRROR],
        probe=Probe(duration=30.0, width=1080, height=1920),
        note="flipped left to right",
    ),
    do(
        "fresh346-05",
        "make this film of my dance teacher dancing in front of the studio mirrors black and "
        "white and silent",
        [anywhere(step("grayscale", **WHOLE)), anywhere(step("mute"))],
        probe=Probe(duration=420.0, width=1920, height=1080, fps=24.0),
        note="black and white, with no sound",
    ),
    ask(
        "fresh346-06",
        "make this footage of our dance piece play the correct way up when played on a PC, not "
        "on its side",
        "which way it is turned (a quarter turn clockwise or counterclockwise)",
        ("which way", "clockwise", "counterclockwise", "left", "right", "direction", "90"),
        probe=Probe(duration=240.0, width=1920, height=1080),
    ),
    ask(
        "fresh346-07",
        "keep this ballet audition video short, no longer than 10 minutes: barre can be "
        "abbreviated, showing only one side per exercise, alternating",
        "which parts to leave out (which exercises and sides; no times are given)",
        (*WHICH_PART, "exercise", "side", "second"),
        probe=Probe(duration=1500.0, width=1920, height=1080),
    ),
    ask(
        "fresh346-08",
        "trim this raw video of the Year 8 Dance class down to the final audio created by the "
        "Year 9 Music class, which came out at 3min33sec",
        "which parts of the three hours to keep",
        (*WHICH_PART, "which parts", "second"),
        assets=["music.mp3"],
        probe=Probe(duration=10800.0, width=1920, height=1080),
    ),
    ask(
        "fresh346-09",
        "add subtitles to this video",
        "which subtitles (no text or file is given)",
        ("subtitle", "srt", "file", "text", "which", "what"),
        probe=Probe(duration=120.0),
    ),
    out_of_scope(
        "fresh346-10",
        "let me repeat videos or run entire playlists in a continuous loop in this app, with an "
        "A-B function to repeat certain sections of a video",
        "playlists and A-B repeat in a video player, not an edit of a video file",
    ),
    out_of_scope(
        "fresh346-11",
        "record my dances one at a time to the music files provided, horizontally, with my smart "
        "phone set to 1080p at 30 frames per second",
        "recording dances with a phone, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
