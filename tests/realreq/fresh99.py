"""A ninety-ninth fresh, held-out collection of real requests (tests/realreq/fresh99.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh98's, the
rows are short, typical asks, like the development set's; the 14 come from forum threads (PC
Review, Adobe's forum, the VEGAS forum, MAGIX's forum), blogs in which people wrote about their
own videos (a car-journey timelapse, a screencast GIF, a podcast listener, a church's recording
and editing, a video course, an OpenShot beginner, the EasyWorship blog) and GitHub issues (a
screen recorder, a 2D animation editor, a videoconference server). Each case follows its row's
`expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, `[no op]` rows DOABLE ones
no operation does. An `[extra input: …]` marker is left out of the request and the files it
names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import LOUDER, VERTICAL, WHOLE, AnyOf, Between, Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh99.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh99-01",
        "remove the annoying motor noise from the miniDV camcorder's sound track",
        [step("audio_denoise")],
        note="the camcorder's steady motor noise reduced in the sound",
    ),
    do(
        "fresh99-02",
        "stabilize the parasailing footage: it looks like it was shot by a drunken sailor",
        [step("stabilize")],
        note="the shaky footage steadied",
    ),
    do(
        "fresh99-03",
        "crop the 1280x1024 timelapse to 1280x720, YouTube's preferred HD format",
        [
            step("crop_area", width=1280, height=720)
            | step("crop", aspect="16:9")
            | step("crop_edges", left=0, right=0, top=152, bottom=152, unit=AnyOf("px", None))
        ],
        probe=Probe(width=1280, height=1024),
        note="a 1280x720 area of the 1280x1024 picture, cut, not squashed by a resize",
    ),
    do(
        "fresh99-04",
        "make the screencast an animated GIF at 5 fps, at most 800 pixels wide: GitHub doesn't "
        "support embedded videos",
        [step("gif", fps=5, width=AnyOf(None, Between(1, 800)))],
        note="an animated GIF at 5 fps, no wider than 800 pixels (the 1920-wide video must shrink)",
    ),
    do(
        "fresh99-05",
        "use the uploaded audio file as background music: the recording is purely visual, which "
        "makes explanations less engaging",
        [step("add_music", file="music.mp3", **WHOLE)],
        [step("replace_audio", file="music.mp3")],
        assets=["music.mp3"],
        probe=Probe(has_audio=False),
        note="the music under the silent recording, added or as its sound",
    ),
    do(
        "fresh99-06",
        "zoom in to crop the vertical video so it fills the entire frame like a horizontal one, "
        "without the framing left and right",
        [step("crop", aspect="16:9")],
        [step("platform", platform="youtube", fit="crop")],
        probe=VERTICAL,
        note="the 1080x1920 picture cropped to a 16:9 landscape one, no bars",
    ),
    do(
        "fresh99-07",
        "enhance the audio of the lecture recording: its level is so low I cannot even listen to "
        "it in my car",
        [LOUDER],
        note="the sound louder, any amount, or normalized, all of it",
    ),
    do(
        "fresh99-08",
        "make sure the sermon recording is loud enough, and the ambient noise, like AC units, is "
        "minimized",
        [LOUDER, step("audio_denoise")],
        [step("audio_denoise"), LOUDER],
        note="louder (or normalized) and the steady air-conditioning noise reduced, either order",
    ),
    no_op(
        "fresh99-09",
        "remove or reduce the high pitch pops and crackles of the wireless mic in the sports "
        "training video",
        "taking out pops and crackles (declicking); audio_denoise reduces steady noise, not clicks",
    ),
    ask(
        "fresh99-10",
        "edit the video, cutting the length by one-third",
        "which parts to cut (a third, 20 s of the 60 s video, from where)",
        ("which part", "which", "where", "what to cut", "start", "end", "beginning", "parts"),
    ),
    ask(
        "fresh99-11",
        "add in the hymn texts to the worship service recording",
        "which texts (the words of the hymns) and when each shows",
        ("which text", "what text", "the text", "text", "words", "lyrics", "hymn"),
    ),
    out_of_scope(
        "fresh99-12",
        "add a rotation functionality for each video in the conference: a smartphone may be "
        "placed upside-down, or the webcam attached upside-down",
        "turning each participant's live video in a videoconference server, not an edit of a file",
    ),
    ask(
        "fresh99-13",
        "add some balloons with some lyrics to the video of the three pigeons",
        "which lyrics (the words) and when each balloon shows",
        ("which lyrics", "what lyrics", "lyrics", "which text", "what text", "text", "words"),
    ),
    out_of_scope(
        "fresh99-14",
        "add a slow motion playback feature, for inspecting details of the animation while "
        "animating",
        "an animation editor's preview playback, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
