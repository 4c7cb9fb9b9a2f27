"""A three-hundred-and-fifty-fourth fresh, held-out collection of real requests
(tests/realreq/fresh354.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh309's, the
rows are short, typical asks; all 12 come from GitHub issues and pull requests (gamers and
streamers: a Linux clipping tool, a Windows clipping tool, a GPU screen recorder, a Mac screen
recorder, a self-hosted clip server, a Beat Saber highlight recorder, a Twitch shoutout overlay,
a stream bot and a Minecraft recorder): a clip made small enough for Discord without Nitro,
replay clips merged, duplicate frames dropped, a capture made a GIF, several parts of a long
recording, cropping or cutting with nothing said, a desktop recording cropped to the game, and
an audio clip shown over a game background, Discord embeds, clips picked by length, a Twitch
clip's length and a recorder's speed, which are not edits of a video.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import AnyOf, Between, Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh354.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh354-01",
        "optimize the export of this clip for us plebs using Discord without Nitro",
        [step("compress", max_mb=Between(5, 25))],
        probe=Probe(duration=60.0, fps=60.0),
        note="small enough for Discord's free upload limit (10 MB now, 25 MB before)",
    ),
    do(
        "fresh354-02",
        "merge these replay buffer clips into a single video after a gameplay session",
        [step("join", clips=AnyOf(["clip2.mp4", "clip3.mp4"], []), at=AnyOf("end", None))],
        assets=["clip2.mp4", "clip3.mp4"],
        probe=Probe(duration=30.0, fps=60.0),
        note="the other clips after this one, in order",
    ),
    no_op(
        "fresh354-03",
        "remove the duplicate frames from this game recording: the game could not run at full "
        "speed, so the framerate varies heavily throughout the footage",
        "no op: duplicate frames dropped (a variable frame rate); no operation drops them",
        probe=Probe(duration=600.0, fps=60.0),
    ),
    do(
        "fresh354-04",
        "export this capture as a GIF: I often share my captures in a couple of places as a GIF",
        [step("gif")],
        [step("convert", format="gif")],
        probe=Probe(duration=15.0),
        note="an animated GIF",
    ),
    ask(
        "fresh354-05",
        "clip the parts of this large recording block that I want as new clips, keeping the "
        "source intact: it has multiple parts I want to clip",
        "which parts (no times are given)",
        ("which", "part", "when", "from", "times", "timestamps"),
        probe=Probe(duration=1800.0, fps=60.0),
    ),
    ask(
        "fresh354-06",
        "do some basic video editing on this clip, like cropping or cutting some moments",
        "what to crop and which moments to cut (nothing is said)",
        ("which", "what", "crop", "moments", "when", "part"),
        probe=Probe(duration=60.0),
    ),
    ask(
        "fresh354-07",
        "crop this Beat Saber recording to just the game: it recorded the whole desktop, so "
        "the windows tool bar at the bottom, Beat Saber with Discord in the background and "
        "SteamVR on top",
        "where the game's window is in the picture (which area to keep)",
        ("where", "which", "area", "region", "window", "position", "size"),
        probe=Probe(duration=180.0),
    ),
    out_of_scope(
        "fresh354-08",
        "import this mp3 as a video clip, and instead of showing the video, add a random html "
        "audio visualizer over the default game background",
        "an audio clip shown in a clip server with a visualizer, not an edit of a video file",
    ),
    out_of_scope(
        "fresh354-09",
        "make my clips longer than 1-2 minutes, over 100mb, embed in Discord when I post their "
        "links from my domain: only clips under 40 seconds embed",
        "Discord's embedding of a clip server's links, not an edit of a video file",
    ),
    out_of_scope(
        "fresh354-10",
        "only show the clips whose total length is less than the max duration: right now a clip "
        "over the max duration just cuts off, usually right before the good part",
        "picking clips by length in a Twitch shoutout overlay, not an edit of a video file",
    ),
    out_of_scope(
        "fresh354-11",
        "let me control how many seconds the clip is when I use the clip command: the generated "
        "clips are only 30 seconds while the max is 60",
        "the length of clips a stream bot asks Twitch to make, not an edit of a video file",
    ),
    out_of_scope(
        "fresh354-12",
        "have the game play at normal speed AND the video play at normal speed when I record "
        "with Minema: the game gets super fast while recording",
        "a game recorder's speed while recording, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
