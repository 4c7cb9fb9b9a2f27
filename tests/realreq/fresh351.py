"""A three-hundred-and-fifty-first fresh, held-out collection of real requests
(tests/realreq/fresh351.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh349's, the
rows are short, typical asks; 9 come from GitHub issues and one from a band member's blog
(volunteers of churches, clubs, leagues and bands: melting-potlist, ChurchApps, FreeShow, Quelea,
RotorHazard, FTC scorekeeper, podgrab, submersion): a music video's intro and outro cut, a church
live stream that stops, live fades and lyric videos in worship software, race and timeout clocks
over live feeds, a download hook that speeds up podcasts, copy-protected band DVDs ripped, dive
data over playback.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, out_of_scope
from .score import Case, Probe

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh351.md")

CASES: tuple[Case, ...] = (
    ask(
        "fresh351-01",
        "cut the beginning and ending of this music video to skip the intro and outro that "
        "aren't part of the music, maybe with a fade in and out to avoid sudden transitions",
        "where the music starts and ends (the intro's and outro's lengths are not given)",
        ("where", "when", "how long", "how much", "seconds", "timestamp", "start"),
        probe=Probe(duration=240.0),
    ),
    out_of_scope(
        "fresh351-02",
        "fix our church's live stream: it terminates exactly 45 minutes in when chat is "
        "enabled, and changing the setting to 0 or 90 gives a provider key error",
        "a streaming platform's bug, not an edit of a video file",
    ),
    out_of_scope(
        "fresh351-03",
        'add an adjustable fade-out duration to the "Clear Audio" action, so the background '
        "music fades out smoothly before the countdown video before services instead of "
        "turning off immediately",
        "a setting of live presentation software, not an edit of a video file",
    ),
    out_of_scope(
        "fresh351-04",
        "use my video lyrics in the show: the normal lyric background video, then a foreground "
        "video split into slide by slide sections, so that we can control when we move onto "
        "the next part of the song",
        "foreground lyric videos in live presentation software, not an edit of a video file",
    ),
    out_of_scope(
        "fresh351-05",
        "let me use videos instead of slides for songs, with the choice to play the video or "
        "slides when I add the song to the service, and the videos searchable by name or lyrics",
        "a worship projection program's song library, not an edit of a video file",
    ),
    out_of_scope(
        "fresh351-06",
        "get the race time on my OBS stream: the race overlay clock just adds up the time since "
        "the overlay started",
        "a live race-timing overlay in a stream, not an edit of a video file",
    ),
    out_of_scope(
        "fresh351-07",
        "during a timeout at our championship, show the video feed from the arena with the "
        "remaining time of the running timeout visible, rather than a still slide and logo",
        "a live overlay on a venue's camera feed, not an edit of a video file",
    ),
    out_of_scope(
        "fresh351-08",
        "add a post-processing hook that speeds up every podcast I download, for running with "
        "my smartwatch: it doesn't allow any increase in playback speed once the file is "
        "transferred over",
        "a hook in a podcast downloader that processes every download, not an edit of one file",
    ),
    out_of_scope(
        "fresh351-09",
        "rip these marching band DVDs so I can share them with my friends and fellow band geeks "
        "on YouTube: the shop made them as proper DVDs with copy protection",
        "ripping copy-protected DVDs, not an edit of a given video file",
    ),
    out_of_scope(
        "fresh351-10",
        "show the dive computer data over my dive videos during playback: depth, time, "
        "temperature and other readings matched to the video timestamp",
        "a player overlay from a dive log's data (not given), not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
