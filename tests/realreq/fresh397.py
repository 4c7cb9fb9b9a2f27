"""A three-hundred-and-ninety-seventh fresh, held-out collection of real requests
(tests/realreq/fresh397.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh393's, the
rows are short, typical asks; 13 come from GitHub issues and pull requests and one from a
hearing-impaired blogger's post (accessibility: UNL MediaHub, BigBlueButton playback, VideoSub,
MouseTooltipTranslator, sign.mt, spoken-to-signed translation, videolang, the W3C showcase videos,
Hola player, mpv, Morphe, TizenTube and subtitle-buddy): captions burned in larger or smaller,
subtitles outlined, boxed or readable on white, a signing video slowed down, background music
under voices, a leading pause of unknown length, captions without a file, letters too small to
read in a zoom, and a player's subtitle size, volume, voice boost and default captions.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import AnyOf, Between, Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh397.md")

_WHOLE = {"start": None, "end": None}
_DARK_BOX = AnyOf("black", "#000000", "gray", "grey")
_NOT_WHITE = AnyOf("yellow", "black", "#ffff00", "#000000")
_NO_SOUND = {"has_audio": False}

CASES: tuple[Case, ...] = (
    do(
        "fresh397-01",
        "make the captions on this video larger: they are difficult to read at their current "
        "size; increase them to something proportional to the video size, 200% looks "
        "appropriate",
        [step("subtitles", file=AnyOf("captions.vtt", None), size="large")],
        assets=["captions.vtt"],
        probe=Probe(duration=600.0),
        note="the captions burned in, large",
    ),
    do(
        "fresh397-02",
        "burn the captions into this presentation recording at a smaller font size: sometimes a "
        "chunk of transcription text is so large that the caption covers almost the whole "
        "presentation",
        [step("subtitles", file=AnyOf("captions.vtt", None), size="small")],
        assets=["captions.vtt"],
        probe=Probe(duration=3600.0),
        note="the captions burned in, small",
    ),
    do(
        "fresh397-03",
        "burn these subtitles into the video with the characters outlined in black: with the "
        "current formatting they can be hard to read on a white background",
        [step("subtitles", file=AnyOf("subs.srt", None), background=AnyOf(None, _DARK_BOX))],
        assets=["subs.srt"],
        probe=Probe(duration=300.0),
        note="the subtitles burned in with their dark outline (or a dark box)",
    ),
    do(
        "fresh397-04",
        "add a background to these subtitles when you burn them into the video: it is sometimes "
        "difficult to read the white text on light backgrounds",
        [step("subtitles", file=AnyOf("subs.srt", None), background=_DARK_BOX)],
        assets=["subs.srt"],
        probe=Probe(duration=600.0),
        note="the subtitles burned in over a dark box",
    ),
    do(
        "fresh397-05",
        "slow down this sign language video: the character is signing a bit too fast for me, "
        "and I'm new to learning ASL",
        [step("speed", factor=Between(0.25, 0.9), **_WHOLE)],
        probe=Probe(duration=20.0, width=512, height=512, **_NO_SOUND),
        note="the whole video slower",
    ),
    no_op(
        "fresh397-06",
        "turn down the background music in this show: it overshadows the characters speaking, "
        "and as a hearing impaired person I cannot hear what they are saying",
        "no op: the music lowered under the voices; nothing separates it from them",
        probe=Probe(duration=2400.0),
    ),
    ask(
        "fresh397-07",
        "cut the long leading pause from the start of this BSL video: it makes concatenating "
        "them less nice compared to ASL",
        "how long the pause is (where the signing starts)",
        ("how long", "how many", "seconds", "where", "when", "start"),
        probe=Probe(duration=8.0, width=640, height=480, **_NO_SOUND),
    ),
    ask(
        "fresh397-08",
        "add captions to this video: this is important both for people with poor or no hearing "
        "and because the recording has poor audio quality",
        "which captions: no subtitle file is given",
        ("subtitle file", "caption file", "srt", "which", "file", "transcri"),
        probe=Probe(duration=300.0),
    ),
    ask(
        "fresh397-09",
        'make the "Subtitles/CC" letters readable where this video zooms into them around 0:22: '
        "people with lower vision won't be able to read those letters",
        "how: zoom further, hold the shot longer, or put the words on screen as bigger text",
        ("how", "zoom", "bigger", "larger", "text", "size", "which"),
        probe=Probe(duration=60.0),
    ),
    out_of_scope(
        "fresh397-10",
        "make the subtitles bigger in the player: even the biggest size in settings is still "
        "barely readable, since I'm watching movies from the PC on my TV",
        "a player's subtitle size setting, not an edit of a video file",
    ),
    out_of_scope(
        "fresh397-11",
        "boost the player's volume more: I have a very difficult time hearing, and the same "
        "media plays fine at 150% in other players",
        "a player's volume setting, not an edit of a video file",
    ),
    out_of_scope(
        "fresh397-12",
        "add a voice boost option to the YouTube app that prioritizes the dialogues or voice of "
        "the video without raising the overall volume",
        "an app's playback feature, not an edit of a video file",
    ),
    out_of_scope(
        "fresh397-13",
        "automatically turn on English closed caption subtitles: as a hearing impaired "
        "individual I always have to turn them on manually",
        "a player's default caption setting, not an edit of a video file",
    ),
    do(
        "fresh397-14",
        "burn these subtitles into the movie so they can be read properly: whenever the "
        "background in the movie is white the text becomes unreadable",
        [step("subtitles", file=AnyOf("subs.srt", None), background=_DARK_BOX)],
        [step("subtitles", file=AnyOf("subs.srt", None), color=_NOT_WHITE)],
        assets=["subs.srt"],
        probe=Probe(duration=6000.0),
        note="the subtitles burned in over a dark box, or in a colour other than white",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
