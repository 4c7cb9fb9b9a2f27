"""A two-hundred-and-sixty-third fresh, held-out collection of real requests
(tests/realreq/fresh263.md): one checkable case a row, encoded the way fresh260.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh260's, the
rows are short, typical asks; all 13 come from GitHub issues in which people asked for a video
or a GIF to be changed for viewers with a hearing loss, low vision or photosensitivity, or who
found it too fast to follow: a docs video too fast to hear, a README GIF too flashy for
epilepsy, a GIF that loops before its result can be read, a stereo mix with one weak channel, a
soundtrack cleaned up for the hard of hearing, a promotion video without captions, a GIF made a
static image, a 360p video too blurry, a flashing logo GIF, a GIF showing the wallpaper instead
of the terminal, a GIF too big for the screen, a hiss under a video description, a
video without an audio description.
Each case follows its row's `expected` column; the `[out of scope]` row is an OUT-OF-SCOPE
refusal, the `[no op]` rows refusals of a DOABLE ask no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import (
    GIF,
    WHOLE,
    Below,
    Between,
    Case,
    Probe,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh263.md")

#: Words a refusal says when it asks how much slower.
_HOW_SLOW = ("how much", "how slow", "which speed", "what speed", "speed", "factor", "slower")

#: A README GIF: short, silent.
_GIF = Probe(duration=8.0, width=800, height=450, fps=10.0, has_audio=False)

CASES: tuple[Case, ...] = (
    ask(
        "fresh263-01",
        "slow this video down: it is so fast, I'm not able to hear even some words",
        "how much slower (a speed)",
        _HOW_SLOW,
        probe=Probe(duration=120.0, width=1280, height=720),
    ),
    do(
        "fresh263-02",
        "make the GIF on top of the README less distracting: either slow it down significantly, "
        "or just use its two still frames side-by-side; it is incredibly distracting because of "
        "its fast looping and harsh cuts, and would be really bad for people with photo-sensitive "
        "epilepsy",
        [step("speed", factor=Between(0.1, 0.67), **WHOLE), maybe(GIF)],
        [step("contact_sheet", columns=2, rows=1)],
        probe=_GIF,
        note="much slower (at most 2/3 speed), or the two frames side by side",
    ),
    do(
        "fresh263-03",
        "add a delay to the last frame of this GIF, e.g. 5 seconds, so that the results may be "
        "seen before it loops: it cycles rapidly, so the final output is hard to read",
        [step("freeze", at=Between(14.5, 15.0), seconds=5), maybe(GIF)],
        probe=Probe(duration=15.0, width=800, height=450, fps=10.0, has_audio=False),
        note="the last frame of the 15 s GIF held 5 s",
    ),
    no_op(
        "fresh263-04",
        "downmix this YouTube video's audio to mono and re-render it as a mono file, so that it "
        "plays in the center of my headphones: it has a bad stereo mix, with one strong channel "
        "and one weak channel",
        "no op",
        probe=Probe(duration=600.0, width=1920, height=1080),
        note="no op: the two channels mixed down to one",
    ),
    no_op(
        "fresh263-05",
        "clean up the audio track of this video for people with hard of hearing: the spoken "
        "dialogue is accompanied by background music and background noises such as hissing, "
        "humming, scratching, rumbling or traffic noise; concentrate on the spoken voice and "
        "eliminate the rest as superfluous, distracting background",
        "no op",
        probe=Probe(duration=1800.0, width=1920, height=1080),
        note="no op: the voice separated from music and noises",
    ),
    ask(
        "fresh263-06",
        "caption this promotion video: it hasn't been captioned and needs captioning",
        "the captions (a subtitle file or their text)",
        ("subtitle", "srt", "vtt", "caption", "transcript", "what text", "words", "file"),
        probe=Probe(duration=90.0, width=1280, height=720),
    ),
    do(
        "fresh263-07",
        "make this GIF from the documentation a static image instead: static images are much "
        "better than moving ones, you can take your time to see what is shown instead of "
        "anxiously looking at rapid changes in the images",
        [step("still")],
        [step("contact_sheet")],
        probe=_GIF,
        note="one still frame (any), or the frames in one picture",
    ),
    out_of_scope(
        "fresh263-08",
        "make this video less blurry: its max quality is 360p, which on most monitors today "
        "isn't great and causes quite a bit of eye strain; some are finding it too blurry to "
        "be useful",
        "the detail a 360p recording lacks is not in the file: it has to be recorded again",
        probe=Probe(duration=300.0, width=640, height=360),
    ),
    ask(
        "fresh263-09",
        "make the flashing 'Hello, Pyxel!' logo in this GIF change colors slowly instead: it "
        "may cause an epilepsy attack",
        "how much slower (a speed)",
        _HOW_SLOW,
        probe=_GIF,
    ),
    ask(
        "fresh263-10",
        "crop the rest of the wallpaper out of this demonstration GIF and present a more "
        "visible section of the actual demo, the terminal, so that it is accessible and easy to "
        "understand: the current GIF is entirely unusable",
        "where the terminal is (the area to keep)",
        (
            "which area",
            "which part",
            "where",
            "area",
            "region",
            "coordinates",
            "position",
            "pixels",
            "terminal",
            "size",
        ),
        probe=Probe(duration=30.0, width=1920, height=1080, fps=10.0, has_audio=False),
    ),
    do(
        "fresh263-11",
        "make this GIF for the README a bit smaller: even with Safari in full size I cannot see "
        "the full screen, and you cannot appreciate all the work",
        [step("resize", percent=Between(30, 95)), maybe(GIF)],
        [step("resize", width=Between(400, 1400)), maybe(GIF)],
        [step("resize", height=Between(300, 1000)), maybe(GIF)],
        [step("resize", lines=Between(300, 1000)), maybe(GIF)],
        [step("gif", width=Below(1500))],
        probe=Probe(duration=10.0, width=1500, height=1000, fps=10.0, has_audio=False),
        note="smaller than its 1500x1000, by any amount, kept a GIF",
    ),
    do(
        "fresh263-12",
        "fix the sound of the video description in this video: when it is being read it sounds "
        "hollow, kind of like speaking in a can, and there's almost a hiss in the background",
        [step("audio_denoise")],
        probe=Probe(duration=60.0, width=1920, height=1080),
        note="the hiss taken out (any strength); the hollow sound is the recording's",
    ),
    ask(
        "fresh263-13",
        "add an audio description to this payment card video, so that users who have "
        "difficulty seeing the screen can ascertain what is being relayed: it has no audio",
        "the description (a recorded narration to add, or its script)",
        (
            "narration",
            "description",
            "recording",
            "record",
            "audio file",
            "voice",
            "script",
            "text",
            "file",
        ),
        probe=Probe(duration=20.0, width=1280, height=720, has_audio=False),
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
