"""A two-hundred-and-forty-sixth fresh, held-out collection of real requests
(tests/realreq/fresh246.md): one checkable case a row, encoded the way fresh244.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh245's, the
rows are short, typical asks; all 14 come from blogs, forum threads, a local newspaper and two
GitHub issues, nearly all of people recording talks, lectures, meetings, webinars and training
videos: a recorded lecture's pauses, a PowerPoint slide show's black bars, a Toastmasters speech,
a school's upload limit, a warehouse training video, a debate, a conference's talks and webcast, a
promo, a council meeting and a software demo. Each case follows its row's `expected` column; the
`[out of scope]` row is an OUT-OF-SCOPE refusal, the `[no op]` rows refusals of a DOABLE ask no
operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    LOUDER,
    WHOLE,
    Between,
    Case,
    Probe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh246.md")

#: The recorded spoken word, for the software demo.
_VOICEOVER = "voiceover.m4a"

#: The slides, as a video, for the presentation shot at an angle.
_SLIDES = "slides.mp4"

CASES: tuple[Case, ...] = (
    do(
        "fresh246-01",
        "edit this raw video recording of the instructor's lecture to remove long pauses",
        [step("remove_silence", where="all")],
        probe=Probe(duration=3600.0, width=1280, height=720),
        note="every long silence cut (any threshold and length)",
    ),
    do(
        "fresh246-02",
        "get rid of the black bars on either side of the slides in this recording of my "
        "PowerPoint slide show: the slide show was done using 4:3 slides, which places black "
        "bars on either side of the displayed slide",
        [step("crop", aspect="4:3")],
        [step("crop_edges", left=Between(165, 177), right=Between(165, 177), unit="px")],
        probe=Probe(duration=900.0, width=1366, height=768),
        note="a 4:3 picture: 1024x768 of 1366x768, about 171 px off each side",
    ),
    do(
        "fresh246-03",
        "turn up the sound of this movie of my Toastmasters Speech #1, the Icebreaker: the "
        "audio's weak because the audio on my camcorder is weak",
        [LOUDER],
        probe=Probe(duration=420.0, width=640, height=480),
        note="louder (any amount, or normalized), all of it",
    ),
    do(
        "fresh246-04",
        "speed this video up to 1.65x: I found it impossible to understand anything at 4x "
        "speed, my optimal listening speed is 1.65x - 2.1x",
        [step("speed", factor=1.65, **WHOLE)],
        probe=Probe(duration=3600.0, width=1280, height=720),
        note="1.65 times faster, all of it",
    ),
    do(
        "fresh246-05",
        "get this half-hour sport workout video under 2 GB so I can upload it to the school "
        "cloud: it is hard to bring the file size under 2GB",
        [step("compress", max_mb=Between(1900, 2148))],
        probe=Probe(duration=1800.0, width=1920, height=1080),
        note="under 2 GB (2000 MB, or 2048 taken as MiB)",
    ),
    do(
        "fresh246-06",
        "clean up the sound of this how-to training video filmed in a warehouse-style retail "
        "space: forklifts were running, and the actors' dialogue is almost unusable because of "
        "all the background noise",
        [step("audio_denoise")],
        probe=Probe(duration=300.0, width=1920, height=1080),
        note="the machinery's background noise reduced",
    ),
    no_op(
        "fresh246-07",
        "line the audio up with the lips in this 90-minute video of the 4 Party Debate: my "
        "Zoom4 recorder does not keep time like my Canon T5i, nearly a 60 second variable over "
        "90 minutes",
        "no op",
        probe=Probe(duration=5400.0, width=1920, height=1080),
        note="no op: the sound stretched by a minute in 90 to follow the picture",
    ),
    no_op(
        "fresh246-08",
        "superimpose the actual powerpoint slides on the screen in this video of a "
        "presentation, stretched so that the corners of the slides coincide with the corners of "
        "the screen: the lighting made the projection barely visible, and the video was shot at "
        "an angle",
        "no op",
        assets=[_SLIDES],
        probe=Probe(duration=1800.0, width=1920, height=1080),
        note="no op: a perspective (corner-pinned) overlay of the slides",
    ),
    ask(
        "fresh246-09",
        "add subtitles to this thank-you video from the flood victims in Sierra Leone: though "
        "the video was in English and the spokesman's enthusiasm was clear, I had a hard time "
        "understanding him",
        "the subtitles' text (a subtitle file, or what he says)",
        ("subtitle", "srt", "text", "transcript", "words", "file", "caption"),
        probe=Probe(duration=120.0, width=1280, height=720),
    ),
    ask(
        "fresh246-10",
        "slice up the talks in this video from Studio 1, ready for upload",
        "where each talk starts and ends",
        (*WHICH_PART, "talk", "each"),
        probe=Probe(duration=14400.0, width=1920, height=1080),
    ),
    ask(
        "fresh246-11",
        "cut this promo down to 30 seconds: it runs about 40 seconds, so shave the extra "
        "seconds off in editing somewhere",
        "which 10 seconds to cut",
        (*WHICH_PART, "which seconds", "which parts"),
        probe=Probe(duration=40.0, width=1920, height=1080),
    ),
    ask(
        "fresh246-12",
        "edit this webcast of the conference down into clips to be broadcast through Vimeo",
        "which parts are the clips (where each starts and ends)",
        (*WHICH_PART, "clip", "which parts"),
        probe=Probe(duration=10800.0, width=1280, height=720),
    ),
    out_of_scope(
        "fresh246-13",
        "give a summary of what is occurring in this livestream of the City Council meeting "
        "while the sound is turned off: it included audio for only 20 seconds of its 45-minute "
        "runtime",
        "a summary of a meeting, not an edit of the given file",
        probe=Probe(duration=2700.0, width=1280, height=720),
    ),
    do(
        "fresh246-14",
        "put a spoken word overlay on this 5-minute video of our software at work: our "
        "managers watched it and said this'd be much better with a spoken word overlayed",
        [step("replace_audio", file=_VOICEOVER)],
        [step("add_music", file=_VOICEOVER, **WHOLE)],
        [step("mute"), step("add_music", file=_VOICEOVER, **WHOLE)],
        assets=[_VOICEOVER],
        probe=Probe(duration=300.0, width=1920, height=1080),
        note="the recorded spoken word as the sound (in place of, or over, its own)",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
