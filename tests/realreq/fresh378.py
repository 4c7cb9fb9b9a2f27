"""A three-hundred-and-seventy-eighth fresh, held-out collection of real requests
(tests/realreq/fresh378.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh377's, the
rows are short, typical asks; six come from submission pages (a music school's recital, a music
teachers' association, a violin competition, a conservatory, an acting coach, a casting site) and
six from GitHub issues (pianoshooter, MuseScore, Karlyriceditor, BeatSync-Engine, ivLyrics and
Hydrogen): a recital video kept under 500 MB, a recording cued after the name, a competition
video saved as MP4, an audition kept under 6 minutes, a piano video turned sideways, choir parts
exported, a karaoke export out of sync, a self-tape's ends cut and faded, a casting encode, a song
laid under a clip at 100% and 80%, a lyrics player's offset and a drum machine's playback track.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import AnyOf, Between, Case, Probe, anywhere, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh378.md")

_SMALL = step("quality", level="small")

CASES: tuple[Case, ...] = (
    do(
        "fresh378-01",
        "keep the file size of this recital video reasonable: under 500 MB for this 3-minute "
        "piece (a resolution of at least 1280×720 is preferred)",
        [step("compress", max_mb=Between(1, 500))],
        [_SMALL],
        probe=Probe(duration=180.0, width=3840, height=2160),
        note="a smaller file, under 500 MB, still at least 720p",
    ),
    ask(
        "fresh378-02",
        "cue this piano recording to begin within five seconds after I identify myself: it "
        "begins with me stating my name in a clear voice",
        "where the name is said and where the playing starts (what is cut between them)",
        ("where", "when", "what time", "which second", "timestamp", "how long"),
        probe=Probe(duration=300.0),
    ),
    do(
        "fresh378-03",
        "save this violin competition video as MP4, the Competition's preferred video file format",
        [step("convert", format="mp4")],
        probe=Probe(duration=600.0),
        note="the same video in an MP4 file",
    ),
    do(
        "fresh378-04",
        "make this video audition not exceed 6 minutes: judges will stop watching at 6 minutes",
        [step("trim", start=0, end=AnyOf(360, -60))],
        probe=Probe(duration=420.0),
        note="the first 6 minutes kept",
    ),
    do(
        "fresh378-05",
        "rotate this entire piano video at once so the notes travel from left to right (or vice "
        "versa) instead of top to bottom, more like how FL Studio displays its piano roll as "
        "opposed to Synthesia",
        [step("rotate", degrees=270)],
        [step("rotate", degrees=90)],
        probe=Probe(duration=180.0, fps=60.0),
        note="a quarter turn either way: falling notes then travel sideways",
    ),
    out_of_scope(
        "fresh378-06",
        "export the parts of my score as audio for our choir's rehearsal, with the other voices "
        "mixed in at a lower level",
        "exporting practice audio from a notation program, not an edit of a video file",
    ),
    out_of_scope(
        "fresh378-07",
        "fix exporting my karaoke lyrics to video: the further through it gets, the more the "
        "words are out of sync, not like the preview, which is spot on",
        "a lyric editor's video export bug, not an edit of a given video file",
    ),
    ask(
        "fresh378-08",
        "cut the extra space at the very beginning and at the end of this self-tape audition, "
        "and fade in and fade out where the scene begins and ends; do not cut anywhere else",
        "where the scene begins and ends (how much is cut at each end)",
        ("where", "when", "what time", "which second", "timestamp", "how much", "how many"),
        probe=Probe(duration=150.0),
    ),
    do(
        "fresh378-09",
        "encode this audition video for Cast It with a frame rate of 24 and a video size of "
        "640 x 480: the video file should not exceed 100 megabytes",
        [
            anywhere(step("fps", fps=24)),
            anywhere(step("resize", width=640, height=480)),
            anywhere(step("compress", max_mb=Between(1, 100))),
        ],
        probe=Probe(duration=120.0, width=1280, height=720),
        note="24 fps, 640x480, under 100 MB",
    ),
    do(
        "fresh378-10",
        "add this song to my video and keep the sound from the video too, with separate "
        "volumes: music 100%, video 80%",
        [
            step("volume", percent=80, start=None, end=None),
            step("add_music", file="song.mp3", percent=AnyOf(100, None)),
        ],
        assets=["song.mp3"],
        probe=Probe(duration=60.0),
        note="the video's own sound at 80%, then the song under it at its full level",
    ),
    out_of_scope(
        "fresh378-11",
        "let me offset the video timing in the lyrics player: some videos are not synced to the "
        "lyrics and song, usually due to blank spaces in the beginning of the video",
        "a sync setting of a lyrics player, not an edit of a video file",
    ),
    out_of_scope(
        "fresh378-12",
        "add this existing song as a playback track that is automatically seeked and played "
        "along synchronously with my drum pattern's playback, so no matter where I start the "
        "song, the track starts right at the same position",
        "a playback track in a drum machine program, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
