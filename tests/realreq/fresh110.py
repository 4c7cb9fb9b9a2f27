"""A hundred-and-tenth fresh, held-out collection of real requests (tests/realreq/fresh110.md):
one checkable case a row, encoded the way fresh109.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh109's, the
rows are short, typical asks, like the development set's; they come from a birder's blog, a
karaoke player, a WeatherStar simulator, blogs on film looks, memorial videos, travel videos and
VirtualDub, a Final Cut Pro forum thread, a hackerspace's to-do list, a wedding videographer's
blog and the Ring community forum. Each case follows its row's `expected` column; `[out of
scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the request
and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import WHOLE, Between, Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh110.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh110-01",
        "salvage my horribly shaky digiscoped phone video of the Woodchat Shrike, so it can be "
        "used for documentation",
        [step("stabilize")],
        note="the shake smoothed away, any strength",
    ),
    do(
        "fresh110-02",
        "normalize the volume of the karaoke video: the volume of videos from YouTube are very "
        "uneven",
        [step("normalize")],
        note="the loudness normalized, any target",
    ),
    do(
        "fresh110-03",
        "reduce the gain on the music by about 25%: the volume of the music is pretty loud",
        [
            step("volume", percent=Between(70, 80), **WHOLE)
            | step("volume", db=Between(-3.1, -2.0), **WHOLE)
        ],
        note="about a quarter quieter (75%, about -2.5 dB), all of it",
    ),
    do(
        "fresh110-04",
        "make my graphics look like they are on film, like the 70s television graphics broadcast "
        "from 16mm colour film",
        [step("look", style="vintage", **WHOLE) | step("look", style="faded", **WHOLE)],
        note="an old film look (vintage, or faded), all of it",
    ),
    do(
        "fresh110-05",
        'put the video recording of my two daughters singing "You are My Sunshine" at the end '
        "of the memorial slideshow",
        [
            step("join", clips=["sunshine.mp4"], at="end")
            | step("transition", clips=["sunshine.mp4"], at="end")
        ],
        assets=["sunshine.mp4"],
        note="the daughters' song played after the slideshow",
    ),
    do(
        "fresh110-06",
        "make my drone footage look right: it was consistently warm",
        [step("look", style="cool", **WHOLE)],
        note="cooler, bluer tones, any strength, all of it",
    ),
    do(
        "fresh110-07",
        "add some rousing music to the video of car-crashes, Tschaikowsky's 1812 Overture for "
        "example",
        [step("add_music", file="1812.mp3") | step("replace_audio", file="1812.mp3")],
        assets=["1812.mp3"],
        note="the overture under (or instead of) the video's own sound",
    ),
    ask(
        "fresh110-08",
        "blur just the license plate on the car as it drives away in my shot: the location of "
        "the plate changes on the screen",
        "where the plate is in the picture (and where it moves)",
        ("where", "which area", "which part", "region", "position", "area", "location", "plate"),
    ),
    ask(
        "fresh110-09",
        "cut Bronsen's lightning talk about hubeln out of the long video: it is at about 1h "
        "and 06min",
        "where the talk ends (or how long it is)",
        (*WHICH_PART, "how long", "until", "length", "duration", "ends"),
        probe=Probe(duration=7200.0),
    ),
    ask(
        "fresh110-10",
        "make digital still photos from video frames of the wedding video: we have 30 pictures "
        "taken every second to pick from",
        "which frames (the moments to take)",
        ("which", "when", "time", "frame", "moment", "second", "at what", "where"),
    ),
    out_of_scope(
        "fresh110-11",
        "make the Ring video playback only show the motion event captured (auto crop "
        "playback): typically you have to fast forward about 5 seconds and then zoom in",
        "a playback setting of the Ring app for every event (finding the motion needs "
        "detection), not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
