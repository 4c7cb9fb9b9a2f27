"""A ninety-seventh fresh, held-out collection of real requests (tests/realreq/fresh97.md): one
checkable case a row, encoded the way fresh93.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh93's, the
rows are short, typical asks, like the development set's; eleven come from GitHub issues of a
MIDI visualizer, a karaoke-file maker, a GPS-overlay tool for ride videos, a video editor asked
about tennis highlights, a screen recorder, an osu! replay renderer, a skatepark's web board, a
karaoke video maker, a tennis team's match manager and a score editor, and one from a VEGAS forum
thread on a youth basketball tournament. Each case follows its row's `expected` column;
`[needs analysis]` rows are DOABLE refusals and `[out of scope]` rows are OUT-OF-SCOPE refusals.
An `[extra input: …]` marker is left out of the request and the files it names are given as
assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import WHOLE, AnyOf, Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh97.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh97-01",
        "set the speed of playing the video to x0.5: it would be useful for learning new scores "
        "in slow mode playing",
        [step("speed", factor=0.5, **WHOLE)],
        note="half speed, all of it",
    ),
    do(
        "fresh97-02",
        "add the music to the exported MIDI visualization video: I can only export video without "
        "music",
        [step("replace_audio", file="song.mp3") | step("add_music", file="song.mp3", **WHOLE)],
        assets=["song.mp3"],
        probe=Probe(has_audio=False),
        note="the song as the sound of the silent video",
    ),
    do(
        "fresh97-03",
        "remove the audio from the karaoke video: it is not used by UltraStar and can be safely "
        "removed, saving a few megabytes of storage per song",
        [step("mute")],
        note="the sound track removed",
    ),
    do(
        "fresh97-04",
        "merge my bunch of movies from the trip into one video: I don't film the whole trip, only "
        "in interesting places",
        [step("join", clips=AnyOf(["clip2.mp4", "clip3.mp4"], []), at="end")],
        assets=["clip2.mp4", "clip3.mp4"],
        note="the other clips after this one, in the order given",
    ),
    do(
        "fresh97-05",
        "shrink the shot of the scoreboard's time clock and move it into the upper right-hand "
        "corner, overlaying the action, like TV broadcasts do",
        [step("pip", file="scoreclock.mp4", position="top-right", **WHOLE)],
        assets=["scoreclock.mp4"],
        note="the clock shot small in the top-right corner over the game, any size",
    ),
    no_op(
        "fresh97-06",
        "cut the tennis highlights: cut every time the movement of people on screen is almost "
        "absent",
        "needs analysis: finding where the players stand still; no operation measures movement",
    ),
    ask(
        "fresh97-07",
        "speed up or slow down the recording when exporting it, like 0.5x, 0.75x, 1.25x, 1.5x, "
        "2x or 3x",
        "which speed (only a list of choices is given)",
        ("which speed", "what speed", "how fast", "how much", "which", "factor", "speed"),
    ),
    ask(
        "fresh97-08",
        "start the replay video from the first note, not from 00:00: the first note can be 2 "
        "minutes in",
        "when the first note comes (the second to start at)",
        ("when", "which second", "what time", "timestamp", "first note", "where", "start"),
    ),
    ask(
        "fresh97-09",
        "cut each rider's individual part out of the full skate video, so the spotlight pages "
        "can embed just that rider's part",
        "where each rider's part starts and ends",
        ("which part", "which", "where", "when", "time", "start", "end", "rider"),
    ),
    ask(
        "fresh97-10",
        "show a title card (song name / artist) during the instrumental intro, fading out right "
        "as the first lyric line comes at 11.71s",
        "the song name and the artist (the words of the card)",
        ("song name", "artist", "which text", "what text", "the text", "title", "words"),
    ),
    out_of_scope(
        "fresh97-11",
        "record the Playsight livestream of our tennis match, at the highest fps possible: "
        "Playsight often doesn't record/save these videos",
        "recording a live stream, not an edit of a file",
    ),
    out_of_scope(
        "fresh97-12",
        "export a video of the score playing, highlighting a choir voice as solo, for practice "
        "purposes",
        "rendering a score from a notation program, not an edit of a video",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
