"""A two-hundred-and-thirty-ninth fresh, held-out collection of real requests
(tests/realreq/fresh239.md): one checkable case a row, encoded the way fresh237.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh237's, the
rows are short, typical asks; all 14 come from personal blogs, two forums and a newspaper
column of people filming cooking, baking, workouts, a studio tour, a
knitting class, a wedding tape and a graduation speech. Each case follows its row's `expected`
column; the `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` rows refusals of a
DOABLE ask no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    WHOLE,
    Below,
    Case,
    Probe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh239.md")


def _sound_instead(name: str) -> tuple[list, ...]:
    """The video's own sound gone, the file's in its place."""
    return (
        [step("replace_audio", file=name)],
        [step("mute"), step("add_music", file=name, **WHOLE)],
    )


#: Smaller than the 1080p it was shot at, by any amount, aspect kept.
_SMALLER = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080), width=None)
    | step("resize", width=Below(1920), height=None)
    | step("resize", percent=Below(100))
)

CASES: tuple[Case, ...] = (
    do(
        "fresh239-01",
        "mute the audio from when I shot this video of me making soup (a lot of noise from the "
        "extractor fan and Encore Radio playing a lot of songs from Lloyd-Webber musicals) and "
        "put the voiceover I recorded on it",
        *_sound_instead("voiceover.m4a"),
        assets=["voiceover.m4a"],
        probe=Probe(duration=480.0, width=1920, height=1080),
        note="its own sound gone, the voiceover in its place",
    ),
    ask(
        "fresh239-02",
        "vary the speed of this video of me making box mac and cheese so that it is about two "
        "minutes long (and so you don't have to stare at boiling water for so long)",
        "which parts to speed up (where the boiling water is), and by how much",
        (*WHICH_PART, "which parts", "boiling", "speed up"),
        probe=Probe(duration=600.0, width=1920, height=1080),
    ),
    ask(
        "fresh239-03",
        "edit this workout to remove the moves I prefer to skip and replace the audio with "
        "music that makes me want to move",
        "which moves (which parts) to remove",
        (*WHICH_PART, "which moves", "moves", "remove", "skip"),
        assets=["music.mp3"],
        probe=Probe(duration=2700.0, width=720, height=480),
    ),
    do(
        "fresh239-04",
        "put some of my unused music as the background music for this video of my wife baking",
        [step("add_music", file="music.mp3", **WHOLE)],
        assets=["music.mp3"],
        probe=Probe(duration=240.0, width=1920, height=1080),
        note="the music under the video's own sound",
    ),
    do(
        "fresh239-05",
        "remove the air conditioning noise from this scene: the air con unit came on when we "
        "were filming her reverses, so his shots have clean audio and hers have this constant "
        "hum in the background",
        [step("audio_denoise")],
        probe=Probe(duration=180.0, width=1920, height=1080),
        note="the steady hum reduced (where there is none, nothing to reduce)",
    ),
    do(
        "fresh239-06",
        "speed this video of the pizza dough up 20 times, then speed the resulting video up 20 "
        "times again",
        [step("speed", factor=20, **WHOLE), step("speed", factor=20, **WHOLE)],
        [step("speed", factor=400, **WHOLE)],
        probe=Probe(duration=4800.0, width=1920, height=1080),
        note="twenty times faster twice over: 400 times in all (80 minutes to 12 seconds)",
    ),
    do(
        "fresh239-07",
        "reduce the resolution some on this clip from my new HD camera before I upload it to "
        "YouTube: I have DSL, but not the high speed version, and it took an hour to upload "
        "this short clip",
        [_SMALLER],
        probe=Probe(duration=60.0, width=1920, height=1080),
        note="a smaller resolution than the camera's 1080p, any",
    ),
    do(
        "fresh239-08",
        "convert this little video tour of my studio from .MOV to .MP4: it would not upload to "
        "YouTube because my camera shoots in .MOV",
        [step("convert", format="mp4")],
        probe=Probe(duration=120.0, width=1280, height=720),
        note="saved as an mp4",
    ),
    no_op(
        "fresh239-09",
        "blur the faces of the mother and her young child in the background of my shot of "
        "heirloom tomatoes at the farmers' market: their faces are clearly visible, and it "
        "felt like an invasion of their privacy",
        "no op",
        probe=Probe(duration=30.0, width=1920, height=1080),
        note="no op: a blur over two faces that follows them; blur takes no region, tracks nothing",
    ),
    out_of_scope(
        "fresh239-10",
        "keep this congregant and her kids out of our Sunday livestream: relatives commented "
        '"it was great to see you and the kids on camera on Sunday", and she is very concerned '
        "about invasion of privacy",
        "where the livestream's cameras point, not an edit of a given file",
        probe=Probe(duration=3600.0, width=1920, height=1080),
    ),
    no_op(
        "fresh239-11",
        "make everything that is the color of the green screen clear in this video of my step "
        "routine, and underlay the photograph (with my name added) in the background",
        "no op",
        assets=["background.jpg"],
        probe=Probe(duration=900.0, width=720, height=480),
        note="no op: keying out a green screen onto a photo; no operation makes a colour clear",
    ),
    ask(
        "fresh239-12",
        "close-caption this knitting video of the cast on, to remind people how to do what had "
        "been taught in the class between lessons",
        "what the captions say (a caption file, or its words and times)",
        ("caption", "captions", "subtitle", "srt", "text", "words", "file"),
        probe=Probe(duration=300.0, width=1280, height=720),
    ),
    out_of_scope(
        "fresh239-13",
        "get the video of our wedding off the old VHS tape to digital, before it is too late",
        "capturing a VHS tape, not an edit of a video file",
        probe=Probe(duration=5400.0, width=720, height=480),
    ),
    do(
        "fresh239-14",
        "sharpen the images a bit in this video of my son's graduation speech, digitized from "
        "VHS: his face, shot at a distance, is blurry",
        [step("sharpen")],
        probe=Probe(duration=300.0, width=720, height=480),
        note="sharpened (any amount)",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
