"""A two-hundred-and-eighteenth fresh, held-out collection of real requests
(tests/realreq/fresh218.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh217's, the
rows are short, typical asks, like the development set's; 6 come from Japanese personal blogs and
sites (a festival filmer, a husband digitizing his wife's VHS tapes, a railway fan with a phone, a
VHS capture hobbyist and an ice fisherman), 1 from a Chinese computer weekly's reader article, 1
from a German boat owner's blog and 12 from English blogs and sites of people filming their
hobbies: garden wildlife (a bird box, a nest box, hedgehog cameras, a trail camera at a fox den,
an eclipse time-lapse, a time-lapse filter's author), a kayaker, a sailor, a potter, a small TV
show's producer, a godfather's toy rockets and a bell ringers' guild. Each case follows its row's
`expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` and
`[needs analysis]` rows refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import WHOLE, Above, AnyOf, Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh218.md")

#: The second and third alley cameras, shown over the first (fresh218-10).
_CAM11 = "camera11.mp4"
_CAM12 = "camera12.mp4"

#: The music put on the kayak video (fresh218-15).
_MUSIC = "music.mp3"

#: A VHS capture: 720x480 at 29.97 frames a second.
_VHS = {"width": 720, "height": 480, "fps": 29.97}

#: The dark VHS picture made lighter: brighter, or its mid-tones lifted, all of it.
_BRIGHTER = step("brightness", percent=Above(0), **WHOLE) | step("gamma", gamma=Above(1), **WHOLE)

#: The grain taken out of the picture, all of it.
_DENOISE = step("denoise", **WHOLE)

#: The 16:30 bowl demonstration (990 s), kept from 12:48 (768 s) on.
_BOWL_END = 990.0
_FROM_1248 = 768

CASES: tuple[Case, ...] = (
    do(
        "fresh218-01",
        "turn the clip of the circus at the park the right way up and save it as a new file, to "
        "burn it to a DVD: to get the monkeys on the high pole and the bear on the wire in full I "
        "shot it upright on my Canon A510, and on the computer the picture leans 90 degrees to "
        "the right",
        [step("rotate", degrees=270)],
        probe=Probe(width=640, height=480),
        note="a quarter turn to the left undoes the lean to the right",
    ),
    do(
        "fresh218-02",
        "steady my video of last year's autumn festival rite, the scene where they sing while "
        "beating the drum: I shot it with a Handycam fixed on a tripod, but the floor was boards, "
        "so each drum beat's vibration reached the camera and an up-and-down shake stayed in the "
        "video the whole time",
        [step("stabilize")],
        probe=Probe(duration=300.0),
        note="steadied, any strength",
    ),
    ask(
        "fresh218-03",
        "split the two- or three-hour mpeg captured from my wife's VHS tape at each programme "
        "break, each programme to go on a DVD of its own: the tapes are mostly Music Station from "
        "1993 and 1994",
        "where each programme starts and ends (the break times)",
        (*WHICH_PART, "programme", "program", "break", "each"),
        probe=Probe(duration=9000.0, **_VHS),
    ),
    no_op(
        "fresh218-04",
        "turn my videos of the Kita-Uchi switchback 180 degrees and convert them to MPEG-1: "
        "watching them on the PC to convert them, I found they are all upside down, rotated 180 "
        "degrees (the way I, a left-hander, hold the phone), and TMPGEnc and the other software I "
        "usually use cannot rotate 180 degrees",
        "no op",
        probe=Probe(duration=60.0),
        note="no op: an MPEG-1 (.mpg) file; no output format is MPEG, and rotate(180) alone "
        "drops the conversion",
    ),
    do(
        "fresh218-05",
        "clean up the VHS capture: the grainy, sand-like noise is terrible, the biggest enemy, and "
        "shot from this position it is very dark, the light reflecting off the floor having held "
        "the exposure down",
        [_DENOISE, _BRIGHTER],
        [_BRIGHTER, _DENOISE],
        probe=Probe(**_VHS),
        note="the picture's grain taken down and the picture lightened, in either order",
    ),
    ask(
        "fresh218-06",
        "edit the GoPro footage of the smelt fishing on Higashi-Onuma I shot the other day into a "
        "short movie of a few minutes",
        "which shots to keep (their times), for a movie of a few minutes",
        (*WHICH_PART, "which shots", "shots", "parts", "clips", "keep"),
        probe=Probe(duration=1800.0),
    ),
    do(
        "fresh218-07",
        "take the hiss out of my clips of walking round the boat: in the outdoor shots, instead of "
        "what I said while filming you hear only hiss, and it is not wind noise over the speech, "
        "it is technical hiss",
        [step("audio_denoise")],
        probe=Probe(duration=120.0),
        note="the steady hiss taken out of the sound, any strength",
    ),
    do(
        "fresh218-08",
        "remove the sound from the clip from my bird box camera: it records picture and sound, "
        "but the sound is pretty awful",
        [step("mute")],
        probe=Probe(duration=30.0),
        note="the sound taken off",
    ),
    do(
        "fresh218-09",
        "speed the ninety minutes of footage from our nest box camera up 8x, so I can skim through "
        "it for the Blue Tits",
        [step("speed", factor=8, **WHOLE)],
        probe=Probe(duration=5400.0),
        note="8x, all of it",
    ),
    do(
        "fresh218-10",
        "use picture in picture to show the action on all three of the alley cameras, which look "
        "down, across and up the alley from the same point, as it moves from one camera to the "
        "next and back",
        [step("pip", file=_CAM11, **WHOLE), step("pip", file=_CAM12, **WHOLE)],
        [step("pip", file=_CAM12, **WHOLE), step("pip", file=_CAM11, **WHOLE)],
        assets=[_CAM11, _CAM12],
        probe=Probe(duration=180.0),
        note="the other two cameras over the first, in any corners and sizes, either order",
    ),
    out_of_scope(
        "fresh218-11",
        "watch all the footage from the hedgehog camera to see what is in it: between November "
        "2020 and January 2022 I collected more than 17900 individual files, totalling more than "
        "71 hours",
        "going through thousands of files for what they show (finding the animals), not an edit "
        "of one video",
        probe=Probe(has_audio=False),
    ),
    ask(
        "fresh218-12",
        "cut the footage from my trail camera, set right in front of the old lorry box the vixen "
        "is using as a play school for her cubs, down to 9 minutes: the 4 GB SD card was full",
        "which parts to keep (their times), 9 minutes in all",
        (*WHICH_PART, "which parts", "parts", "keep", "clips"),
        probe=Probe(duration=3600.0),
    ),
    ask(
        "fresh218-13",
        "snip out a 50 second portion of the total eclipse from my 9 minute time-lapse of the "
        "eclipse shadow, rather than post the whole nine minutes on my blog",
        "where the totality is (which 50 seconds to keep)",
        (*WHICH_PART, "which 50", "totality", "eclipse", "50 seconds", "portion"),
        probe=Probe(duration=540.0, width=1280, height=720, fps=20.0, has_audio=False),
    ),
    no_op(
        "fresh218-14",
        "remove the birds from my time-lapse, taken at one minute intervals: a bird appears in "
        "only a single frame, so in the final video the birds only appear as random noise",
        "needs analysis",
        probe=Probe(duration=120.0, has_audio=False),
        note="needs analysis: what shows in one frame only found and painted out frame by frame",
    ),
    do(
        "fresh218-15",
        "put music on my GoPro video of floating down the river at Weeki Wachee: nothing is more "
        "boring than watching a kayak float along for 12 silent minutes, with the only background "
        "noise the light splish-splash of the paddle",
        [step("add_music", file=_MUSIC, **WHOLE)],
        [step("replace_audio", file=_MUSIC)],
        assets=[_MUSIC],
        probe=Probe(duration=720.0, width=3840, height=2160, fps=60.0),
        note="the music under the paddle's splashes, or in their place",
    ),
    no_op(
        "fresh218-16",
        "take the fisheye out of my GoPro Hero3 clip so the bent lines come out straight: the "
        "GoPro look is great for surfing videos, but curved masts and horizons don't work for me",
        "no op",
        probe=Probe(duration=30.0),
        note="no op: lens (fisheye) correction; no operation straightens the lines",
    ),
    do(
        "fresh218-17",
        "make a version of my bowl demonstration for experienced throwers and teachers that "
        "starts at 12:48, where the generic form starts to look like the final piece: all 16 "
        "minutes are utterly fascinating, but they might skip to there",
        [step("trim", start=_FROM_1248, end=AnyOf(None, _BOWL_END))],
        [step("keep_ranges", ranges=[[_FROM_1248, _BOWL_END]])],
        [step("cut", start=0, end=_FROM_1248)],
        probe=Probe(duration=_BOWL_END),
        note="12:48 to the end kept",
    ),
    do(
        "fresh218-18",
        "reduce the noise of the fan and the vent in the audio of Episode 6, but lightly: the "
        "default noise reduction gets rid of almost all of the noise but leaves a lot of "
        "artifacts, so settle for a very small amount of noise",
        [step("audio_denoise", strength="light")],
        note="the steady fan and vent noise taken down, lightly",
    ),
    do(
        "fresh218-19",
        "slow the launches of the homemade toy rockets down to 5%, to see how well the camera "
        "captured them: I shot them with a GoPro Hero3 at 720p, 120fps",
        [step("speed", factor=0.05, **WHOLE)],
        probe=Probe(duration=20.0, width=1280, height=720, fps=120.0),
        note="a twentieth of the speed, all of it, smoothed or not",
    ),
    out_of_scope(
        "fresh218-20",
        "make a video of the bells at Kirkby Mallory from my audio recording of the bells, paired "
        "with a still image of the church",
        "making a video out of a sound recording and a photo, not an edit of a given video",
        assets=["church.jpg"],
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
