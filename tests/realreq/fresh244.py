"""A two-hundred-and-forty-fourth fresh, held-out collection of real requests
(tests/realreq/fresh244.md): one checkable case a row, encoded the way fresh239.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh241's, the
rows are short, typical asks; all 17 come from personal blogs, a sports magazine's page for
parents, a Vimeo group and a Medium post, nearly all of people filming sport and training: rides,
runs, ski runs, skating jumps, a lacrosse son, a ballet, a regatta, a football game and a swim
club's turns. Each case follows its row's `expected` column; the `[out of scope]` rows are
OUT-OF-SCOPE refusals, the `[needs analysis]` rows refusals of a DOABLE ask no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    WHOLE,
    Above,
    AnyOf,
    Below,
    Between,
    Case,
    Probe,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh244.md")

#: The camera's sound instead of the video's own (silent) track.
_CAMERA_AUDIO = "camera_audio.m4a"

#: Darker, all of it.
_DARKER = step("brightness", percent=Below(0), **WHOLE) | step("gamma", gamma=Below(1), **WHOLE)

#: More punch: more contrast, or deeper mid-tones, all of it.
_PUNCHIER = step("contrast", percent=Above(0), **WHOLE) | step("gamma", gamma=Below(1), **WHOLE)
_MORE_COLOUR = step("saturation", percent=Above(0), **WHOLE)

#: 15 seconds played four times (60 s), then the copies at 15-30, 30-45 and 45-60 slowed to
#: a half, a quarter and an eighth: from the last copy back (the earlier times do not move),
#: or from the second copy on, at the times the slowed copies have shifted the rest to.
_GAIT_BACKWARDS = [
    step("loop", times=4),
    step("speed", start=45, end=AnyOf(60, None), factor=0.125),
    step("speed", start=30, end=45, factor=0.25),
    step("speed", start=15, end=30, factor=0.5),
]
_GAIT_FORWARDS = [
    step("loop", times=4),
    step("speed", start=15, end=30, factor=0.5),
    step("speed", start=45, end=60, factor=0.25),
    step("speed", start=105, end=AnyOf(120, None), factor=0.125),
]

CASES: tuple[Case, ...] = (
    do(
        "fresh244-01",
        "don't use any audio on my son's lacrosse highlights video: most coaches turn the sound "
        "all the way down anyway",
        [step("mute")],
        probe=Probe(duration=180.0, width=1920, height=1080),
        note="no sound at all",
    ),
    do(
        "fresh244-02",
        "smooth the shaking in this video of my ride down from the ridge above uptown Elkford: "
        "with the action camera on the handlebar, on rough trails I got extremely shaky videos",
        [step("stabilize")],
        probe=Probe(duration=533.0, width=1920, height=1080),
        note="steadied (any strength)",
    ),
    ask(
        "fresh244-03",
        "edit this hour of GoPro footage of two afternoon runs at Snow Stake down to eight "
        "minutes: the skiing parts are pretty entertaining but forget about the climbing parts, "
        "watching it is like watching paint dry",
        "which parts are the climbing and which the skiing (what to keep of the hour)",
        (*WHICH_PART, "which parts", "climbing", "skiing", "keep"),
        probe=Probe(duration=3600.0, width=1920, height=1080),
    ),
    do(
        "fresh244-04",
        "make this 15 seconds of full-speed running on the treadmill into a gait video with 1/2, "
        "1/4 and 1/8 speed: the full-speed running, then a copy slowed down to half speed, then "
        "one slowed down by half again (1/4), then one slowed down by half again (1/8)",
        _GAIT_BACKWARDS,
        _GAIT_FORWARDS,
        probe=Probe(duration=15.0, width=640, height=480),
        note="four plays of the 15 s, the last three at 1/2, 1/4 and 1/8 speed (225 s in all)",
    ),
    do(
        "fresh244-05",
        "speed up this hour of helmet-cam footage of my ride to 3 or 4 minutes: I reckon 3 or 4 "
        "minutes is about the limit for these kind of things",
        [step("speed", factor=Between(15, 20), **WHOLE)],
        probe=Probe(duration=3600.0, width=640, height=480),
        note="15 to 20 times faster: 60 minutes to 3 or 4",
    ),
    ask(
        "fresh244-06",
        "cut out the waltz through loop from this video of all my single jumps: honestly, they "
        "look the same as they did last time",
        "where the waltz through loop is (its start and end)",
        (*WHICH_PART, "loop", "waltz"),
        probe=Probe(duration=300.0, width=1280, height=720),
    ),
    do(
        "fresh244-07",
        "splice the audio from my camera onto this video of the SDX Ballet: the microphone "
        "doesn't have any way of indicating whether or not it is turned on, and during the "
        "filming of this dance it was not turned on",
        [step("replace_audio", file=_CAMERA_AUDIO)],
        [step("mute"), step("add_music", file=_CAMERA_AUDIO, **WHOLE)],
        assets=[_CAMERA_AUDIO],
        probe=Probe(duration=150.0, width=1920, height=1080),
        note="the camera's sound in place of the silent track",
    ),
    do(
        "fresh244-08",
        "make a slow-motion sequence of this clip of me running backwards and forwards past my "
        "house, to discover what my feet are doing when I run",
        [step("speed", factor=Below(1), **WHOLE)],
        probe=Probe(duration=60.0, width=640, height=480),
        note="slower (any factor below 1), all of it",
    ),
    no_op(
        "fresh244-09",
        "edit out all the commercials and even halftime from this recording of the entire Mizzou "
        "game, and shrink it down to a quality that can fit on a DVD",
        "needs analysis",
        probe=Probe(duration=12600.0, width=720, height=480),
        note="needs analysis: where the commercials and halftime are is content detection",
    ),
    ask(
        "fresh244-10",
        "cut this hour of video of the regatta festival to highlights",
        "which parts are the highlights (and how long the result should be)",
        (*WHICH_PART, "which parts", "highlights", "how long"),
        probe=Probe(duration=3600.0, width=1920, height=1080),
    ),
    do(
        "fresh244-11",
        "lose the excessive background noise in this bike-ride video: the microphone came "
        "falling down into the wind, and the wind was up today",
        [step("audio_denoise")],
        probe=Probe(duration=600.0, width=1280, height=720),
        note="the wind noise reduced",
    ),
    no_op(
        "fresh244-12",
        "cut out the bits of this video of the turns, filmed from the metal steps just below the "
        "water's surface, that don't have people turning: there was a lot of time between turns "
        "in which the swimmers were swimming and not in the frame",
        "needs analysis",
        probe=Probe(duration=600.0, width=1920, height=1080),
        note="needs analysis: finding the stretches with no swimmer in the frame",
    ),
    do(
        "fresh244-13",
        "fix this GoPro video of my ride in the local woods: the camera over exposed, the sky in "
        "places is way over exposed, it's like neon blue, and I haven't a clue how to fix it",
        [
            _DARKER,
            maybe(step("saturation", percent=Below(0), **WHOLE)),
            maybe(step("contrast", percent=Above(0), **WHOLE)),
        ],
        probe=Probe(duration=300.0, width=1920, height=1080),
        note="darker; less saturation or more contrast may come with it",
    ),
    do(
        "fresh244-14",
        "colour correct this video of the bright green muscle car: I didn't capture any of the "
        "pop and sizzle of the real car, and the tires should be blacker than midnight",
        [_PUNCHIER],
        [_PUNCHIER, _MORE_COLOUR],
        [_MORE_COLOUR, _PUNCHIER],
        probe=Probe(duration=120.0, width=1920, height=1080),
        note="more contrast or deeper mid-tones, with or without more saturation",
    ),
    do(
        "fresh244-15",
        "do something about the audio of this video from the Tuesday/Thursday-morning ride: the "
        "placement of the microphone on the Contour HD1080 isn't the greatest, and there's a "
        "fair amount of rattling coming from my levers",
        [step("audio_denoise")],
        probe=Probe(duration=1800.0, width=1920, height=1080),
        note="the levers' steady rattle reduced",
    ),
    out_of_scope(
        "fresh244-16",
        "get all my College videos made into DVDs: sometimes I'll burn a disc and it will work "
        "fine, but the next time everything seems to freeze up and it never finishes",
        "burning discs, not an edit of a given file",
        probe=Probe(duration=3600.0, width=720, height=480),
    ),
    out_of_scope(
        "fresh244-17",
        "stream my daughter's softball games so family members can watch her play: I gave Qik "
        "and Kyte a try but wasn't happy with the results",
        "streaming a game live, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
