"""A three-hundred-and-fifteenth fresh, held-out collection of real requests
(tests/realreq/fresh315.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh309's, the
rows are short, typical asks about accessibility and captioning; 13 come from GitHub issues and
pull requests and one from a glaucoma charity's page (FFMpegCore, HandBrake, Glaucoma UK,
voctoweb, SignIt, delphitools, staxrip, NewPipe, yify-pop, watched, video.js, Xournal++,
video_transcoding and Sub-Zero): subtitles burned in for players without subtitle support, at
40 pixels, large white letters on a black box for a reader with glaucoma and hearing loss, and
as a hard subtitle; a sign language interpreter as a picture-in-picture; a sign video slowed
down; captions made from the speech; a quiet video boosted; subtitles to enlarge with no file
given, subtitles off by an unknown amount; a player's audio-description button, a recording with
the speaker in a corner, a transcoder's early subtitles and a subtitle file's delay.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import LOUDER, WHOLE, AnyOf, Between, Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh315.md")

_NO_SOUND = {"has_audio": False}

CASES: tuple[Case, ...] = (
    do(
        "fresh315-01",
        "burn the subtitles into this video stream, so they both become one: useful for players "
        "which don't support subtitle files or streams",
        [step("subtitles", file=AnyOf("subs.srt", None))],
        assets=["subs.srt"],
        probe=Probe(duration=1500.0),
        note="the subtitle file burned into the picture",
    ),
    do(
        "fresh315-02",
        "set the font size of this SRT subtitle to 40px before burning it into the video as pixels",
        [step("subtitles", file=AnyOf("subs.srt", None), size=AnyOf("medium", None))],
        assets=["subs.srt"],
        probe=Probe(duration=1500.0, width=1280, height=720),
        note="burned in with letters about 40 px (the medium size on a 720p picture)",
    ),
    do(
        "fresh315-03",
        "burn these subtitles into the video larger and clearer, in white print on an opaque "
        "black background: people with glaucoma and severe hearing loss struggle to read normal "
        "subtitles, often too small and disappearing against light backgrounds",
        [
            step(
                "subtitles",
                file=AnyOf("subs.srt", None),
                size="large",
                color=AnyOf("white", None),
                background="black",
            )
        ],
        assets=["subs.srt"],
        probe=Probe(duration=1800.0),
        note="large white subtitles on a black box, burned in",
    ),
    do(
        "fresh315-04",
        "add an overlay for an additional picture-in-picture to this talk recording, to show "
        "the sign language interpreter",
        [step("pip", file="interpreter.mp4")],
        assets=["interpreter.mp4"],
        probe=Probe(duration=2400.0, fps=25.0),
        note="the interpreter's video in a corner of the talk, any place and size",
    ),
    do(
        "fresh315-05",
        "slow down this sign video: as a person that signs casually, when watching a new sign, "
        "I often find myself trying to decompose the movement, but at normal speed it's not easy",
        [step("speed", factor=Between(0.25, 0.9), **WHOLE)],
        probe=Probe(duration=5.0, width=1280, height=720, **_NO_SOUND),
        note="all of it slower, about half speed",
    ),
    no_op(
        "fresh315-06",
        "burn in captions on this video, made from its audio, as an alternative to Canva's "
        "subtitle tool",
        "no op: captions transcribed from the speech and burned in; no operation transcribes",
        probe=Probe(duration=90.0, width=1080, height=1920),
    ),
    do(
        "fresh315-07",
        "add the hard subtitle to this video",
        [step("subtitles", file=AnyOf("subs.srt", None))],
        assets=["subs.srt"],
        probe=Probe(duration=2700.0, fps=23.976),
        note="the subtitle file burned into the picture",
    ),
    do(
        "fresh315-08",
        "boost this video's low volume audio, above 100% like in some versions of VLC: it might "
        "also help people who aren't able to hear as well as others",
        [LOUDER],
        probe=Probe(duration=600.0),
        note="the sound louder, by any amount or to a loudness target",
    ),
    ask(
        "fresh315-09",
        "enlarge the subtitles of this video: it's too hard to read depending on the distance",
        "which subtitles: no subtitle file is given (burned-in letters cannot be enlarged)",
        ("subtitle file", "srt", "which subtitle", "caption file", "burned", "how large"),
        probe=Probe(duration=5400.0),
    ),
    ask(
        "fresh315-10",
        "fix the subtitles of this video: whenever I use subtitles, they show either before or "
        "after they are said",
        "by how much, which way, and which subtitle file (none is given)",
        ("how much", "how many", "early", "late", "ahead", "behind", "seconds", "subtitle file"),
        probe=Probe(duration=5400.0),
    ),
    out_of_scope(
        "fresh315-11",
        "add audio descriptions to my video player to meet WCAG 1.2.1: even just showing the "
        "audio descriptions button has been challenging",
        "a web player's audio-description button, not an edit of a video file",
    ),
    out_of_scope(
        "fresh315-12",
        "while recording the written text for the education segment, also record the speaker's "
        "video, shown in the top right corner or any other corner I select",
        "recording a lesson with the speaker's camera, not an edit of a video file",
    ),
    out_of_scope(
        "fresh315-13",
        "fix the transcoder: in the final transcoded video, the burned-in forced subtitles "
        "appear too soon, about 0.5 to 1 second before they should",
        "a transcoding tool's bug, not an edit of a given video file",
    ),
    out_of_scope(
        "fresh315-14",
        "adjust this out of sync subtitle file with + / - x.x seconds, as SubShifter does: the "
        "subtitle starts i.e. 500ms after the person speaks in the film",
        "shifting a subtitle file's times in a subtitle downloader, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
