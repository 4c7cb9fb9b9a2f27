"""A two-hundred-and-fifty-sixth fresh, held-out collection of real requests
(tests/realreq/fresh256.md): one checkable case a row, encoded the way fresh253.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh253's, the
rows are short, typical asks; most come from people who filmed their family on a phone or a
tablet (an iPad 3 at an "Annie" audition, a Galaxy S2 at gigs, a Live Photo on WordPress, an
iPhone clip on a Northumberland beach, a sunset jump, an Android gallery's Rotate), the others
from a camcorder's lapel mic garbled on iPhone speakers, a sled ride filmed upside down, a
Canon S3 clip cropped for widescreen and a phone's 3gp that Movie Maker refused.
Each case follows its row's `expected` column; the `[out of scope]` row is an OUT-OF-SCOPE
refusal, the `[no op]` rows refusals of a DOABLE ask no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    GIF,
    WHOLE,
    Above,
    AnyOf,
    Case,
    Probe,
    anywhere,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh256.md")

_WARM = anywhere(step("look", style="warm", **WHOLE))
_BRIGHTER = anywhere(
    step("brightness", percent=Above(0), **WHOLE) | step("saturation", percent=Above(0), **WHOLE)
)

CASES: tuple[Case, ...] = (
    no_op(
        "fresh256-01",
        "fix the audio of this video I shot on my Canon LEGRIA HF G25, with a Sony wireless "
        "lapel mic into the camera mic socket, for a client's website: for some reason the audio "
        "sounds really quiet and very distorted / garbled through the iPhone speakers, yet it's "
        "fine when you use headphones and on all other computers",
        "no op",
        probe=Probe(duration=120.0, width=1920, height=1080),
        note="no op: the sound from one channel (the two cancel when summed); no channel operation",
    ),
    do(
        "fresh256-02",
        'warm up and brighten the colors of this video of my 10yo\'s "Annie" auditions, which I '
        "filmed on my iPad 3: the fluorescent lighting in the studio is pretty flat and bluish",
        [_WARM, _BRIGHTER],
        probe=Probe(duration=180.0, width=1280, height=720),
        note="a warm look and brighter (or more vivid) colour, either order",
    ),
    out_of_scope(
        "fresh256-03",
        "make the sound of the 'live' video snippets I shoot at gigs and festivals with my "
        "Samsung Galaxy S2 phone less bloody awful: I'm concluding the sound pressure is "
        "overloading the mic; this is for 'live' recording and broadcast to the web, I'm not "
        "looking for an audio track to sync later with video",
        "the phone's microphone input while recording and broadcasting live, not an edit of a "
        "given file",
    ),
    do(
        "fresh256-04",
        "convert this short video of Tigger's live photo to a GIF, so it shows as a moving "
        "picture on my WordPress blog: the short videos I have posted all appeared dark on the "
        "blog",
        [GIF],
        probe=Probe(duration=3.0, width=1440, height=1080),
        note="an animated GIF",
    ),
    do(
        "fresh256-05",
        "flip this video of pulling Brooklynn around the yard on the sled back over: I flipped "
        "the homebrew steadicam over to have the camera down at ground level, so the video is "
        "upside down (I didn't flip the audio tracks, so left and right are a little off, but it "
        "doesn't matter too much)",
        [step("rotate", degrees=180)],
        [step("flip", direction="vertical"), step("flip", direction="horizontal")],
        [step("flip", direction="horizontal"), step("flip", direction="vertical")],
        probe=Probe(duration=90.0, width=1280, height=720),
        note="a half turn",
    ),
    do(
        "fresh256-06",
        "stabilise this 12-second clip of my son and father-in-law on a chilly New Year's Day "
        "beach walk in Northumberland, snatched on my iPhone: it captured something of their "
        "relationship quite nicely",
        [step("stabilize")],
        probe=Probe(duration=12.0, width=1920, height=1080),
        note="steadied (any strength)",
    ),
    ask(
        "fresh256-07",
        "rotate this video: I long-press on it, select Rotate, then choose Rotate right or "
        "Rotate left, and nothing happens",
        "which way to turn it (right or left, a quarter or a half turn)",
        ("which", "direction", "way", "clockwise", "degrees", "90", "180"),
        probe=Probe(duration=30.0, width=1920, height=1080),
    ),
    do(
        "fresh256-08",
        "chop off the top and bottom 1/8 of this 640x480 clip from my Canon S3, so it fits a "
        "widescreen 640x360 iMovie project without black bars on each side",
        [step("crop", aspect="16:9")],
        [step("crop_edges", top=60, bottom=60, left=0, right=0, unit="px")],
        [step("crop_edges", top=12.5, bottom=12.5, left=0, right=0, unit="%")],
        [step("crop_area", width=640, height=360, anchor=AnyOf("center", None))],
        [step("crop_area", width=640, height=360, y=60)],
        probe=Probe(duration=60.0, width=640, height=480),
        note="640x360 from the middle: 60 px off the top and bottom",
    ),
    no_op(
        "fresh256-09",
        "convert this 3gp file into a format Windows Movie Maker accepts: I want to incorporate "
        "it in my project using Windows Movie Maker, but Movie Maker does not support 3gp format",
        "no op",
        probe=Probe(duration=30.0, width=320, height=240),
        note="no op: Movie Maker imports WMV, AVI or MPEG, which promptcut does not write",
    ),
    ask(
        "fresh256-10",
        "get the best jumping silhouette picture out of this iPhone video of my kids jumping "
        "before one of the most glorious sunsets at our local beach: pause it at the jump",
        "when the jump is (the time of the frame to keep)",
        (*WHICH_PART, "second", "timestamp", "moment", "frame", "jump"),
        probe=Probe(duration=20.0, width=1920, height=1080),
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
