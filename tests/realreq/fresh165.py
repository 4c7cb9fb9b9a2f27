"""A hundred-and-sixty-fifth fresh, held-out collection of real requests
(tests/realreq/fresh165.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh161's, the
rows are short, typical asks, like the development set's; the set is short (9 rows) because the
session's search budget ran out. 8 come from GitHub issues (a Nextcloud video converter, an open
WhatsApp client, a sampler's web app, a Linux screen recorder, a Unity replay recorder, a
Stranger Things lights page, a personal to-do tracker and an AI video model) and one from a
mother's blog of her daughter's ballet recital. Each case follows its row's `expected` column;
`[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` row a refusal of a DOABLE ask no
operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh165.md")

#: The 1920x1080 phone video scaled down, its shape kept: any smaller size.
_DOWN = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080), width=AnyOf(None, Below(1920)))
    | step("resize", width=Below(1920), height=AnyOf(None, Below(1080)))
    | step("resize", percent=Below(100))
)

#: What may come with a smaller file for WhatsApp: a smaller size, an H.264 MP4.
_WITH_SMALLER = (
    maybe(_DOWN),
    maybe(step("convert", format="mp4")),
    maybe(step("codec", codec=AnyOf("h264", "hevc"))),
    maybe(step("fps", fps=Below(30))),
)

CASES: tuple[Case, ...] = (
    do(
        "fresh165-01",
        "convert the VOB file to MP4",
        [
            anywhere(step("convert", format="mp4")),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
            maybe(step("reencode")),
        ],
        probe=Probe(duration=1800.0, width=720, height=480, fps=29.97),
        note="an MP4 of the 720x480 DVD video (H.264 may come with it)",
    ),
    do(
        "fresh165-02",
        "make the video small enough to send it to someone else by WhatsApp: I am not allowed "
        "because the filesize is too big (and I got it by WhatsApp, so the filesize is not too "
        "big for WhatsApp)",
        [
            anywhere(step("compress", max_mb=Between(1, 100))),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
            *_WITH_SMALLER,
        ],
        [anywhere(step("quality", level="small")), *_WITH_SMALLER],
        note="under WhatsApp's limit (16 MB; up to its 100 MB is fair), or the small-file "
        "setting; a smaller size or an H.264 MP4 may come with it",
    ),
    do(
        "fresh165-03",
        "trim the front of the recording, up to the first nonzero values: this way we don't lose "
        "time if there is latency before the system audio starts capturing",
        [step("remove_silence", where=AnyOf("start", "ends"), margin=Between(0, 0.1))],
        probe=Probe(duration=10.0),
        note="the silence before the first sound cut (or at both ends), at most 0.1 s of it kept",
    ),
    do(
        "fresh165-04",
        "turn the video of my daughter's dance in editing, so the shots are not sideways: I turned "
        "my flip for a tall shot",
        [
            step("rotate", degrees=AnyOf(90, 270)),
            maybe(step("pad")),
            maybe(step("blur_fill")),
        ],
        note="a quarter turn, either way (the direction is not said); bars or a blurred fill to "
        "landscape may come with it",
    ),
    no_op(
        "fresh165-05",
        "remove the microphone sound from my screen recording: I made a mistake and accidentally "
        "recorded the screen with microphone audio, when I needed only internal audio",
        "no op",
        note="no op: the microphone separated from the internal (desktop) sound mixed into the one "
        "track; mute drops both",
    ),
    ask(
        "fresh165-06",
        "shorten the video duration on encoding",
        "which part to keep, or how short (the length)",
        (*WHICH_PART, "how long", "how short", "length", "duration", "seconds", "part"),
    ),
    out_of_scope(
        "fresh165-07",
        "make it in MP4 from the html",
        "recording a web page (its HTML animation) as an MP4, not an edit of a given file",
    ),
    out_of_scope(
        "fresh165-08",
        "convert the VHS tape to digital format: You Are What You Eat, Margaret Pollock",
        "digitizing a VHS tape (capturing it from a player), not an edit of a given file",
    ),
    out_of_scope(
        "fresh165-09",
        "make AI cat videos for kids, engaging",
        "generating videos with an AI model from nothing, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
