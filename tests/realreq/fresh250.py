"""A two-hundred-and-fiftieth fresh, held-out collection of real requests
(tests/realreq/fresh250.md): one checkable case a row, encoded the way fresh247.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh247's, the
rows are short, typical asks; all 15 come from personal blogs of vloggers, home video makers and
time-lapse hobbyists, a Flickr page, a French and a Japanese blog and two GitHub issues: a vlog's
fan noise, a cooking video's buzz, a drone's golden-hour shadows, black sections, a blooper reel's
soundtrack, a VHS soundtrack out of step, a vertical crime-scene video for a TV, cloud
time-lapses sped up and joined, a kayaking trip and a 3D print too long or too short, a quilter's
echo, a let's play's uneven voice, webcam stills and a slow black-frame detector. Each case
follows its row's `expected` column; the `[out of scope]` rows are OUT-OF-SCOPE refusals, the
`[no op]` rows refusals of a DOABLE ask no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    WHOLE,
    Above,
    AnyOf,
    Case,
    Probe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh250.md")

_SOUNDTRACK = "soundtrack.mp3"
_QUEBEC = "quebec.mp3"
_TIMELAPSES = ["timelapse2.mp4", "timelapse3.mp4"]

CASES: tuple[Case, ...] = (
    do(
        "fresh250-01",
        "clean up the fan noise in this vlog: I did not pay attention to just how loud my "
        "MacBook fans were (external monitor plugged in) and how close the recording devices "
        "were to those fans",
        [step("audio_denoise")],
        probe=Probe(duration=600.0, width=1920, height=1080),
        note="the steady fan noise reduced (any strength)",
    ),
    do(
        "fresh250-02",
        "get rid of the major audio buzz running throughout the footage of this cooking video",
        [step("audio_denoise")],
        probe=Probe(duration=2400.0, width=1920, height=1080),
        note="the steady buzz reduced (any strength), all of it",
    ),
    do(
        "fresh250-03",
        "correct for the deep shadows in this drone footage of the forest, shot at golden hour: "
        "the setting sun was illuminating the leaves of the trees with such intensity that "
        "getting the exposure right was a challenge",
        [step("gamma", gamma=Above(1), **WHOLE)],
        [step("brightness", percent=Above(0), **WHOLE)],
        probe=Probe(duration=120.0, width=3840, height=2160),
        note="the shadows lifted: mid-tones lightened or the picture brightened, all of it",
    ),
    do(
        "fresh250-04",
        "cut out the several black sections in this video, which I would otherwise need to seek "
        "manually",
        [step("remove_black", where=AnyOf("all", None))],
        probe=Probe(duration=1800.0, width=1920, height=1080),
        note="every black stretch cut out",
    ),
    do(
        "fresh250-05",
        "add a soundtrack to this blooper reel of martial arts a friend sent us, replacing the "
        "audio without touching the video",
        [step("replace_audio", file=_SOUNDTRACK)],
        [step("mute"), step("add_music", file=_SOUNDTRACK, **WHOLE)],
        assets=[_SOUNDTRACK],
        probe=Probe(duration=300.0, width=720, height=576),
        note="the soundtrack in place of the video's own sound",
    ),
    ask(
        "fresh250-06",
        "replace the English audio track of this film with the Quebec soundtrack recorded from "
        "a VHS tape: the two audio tracks do not start at the same time",
        "how far the Quebec soundtrack must be shifted to match the picture (the offset)",
        (*WHICH_PART, "offset", "shift", "delay", "sync", "how far", "how much"),
        assets=[_QUEBEC],
        probe=Probe(duration=5400.0, width=720, height=480),
    ),
    do(
        "fresh250-07",
        "change this crime scene video, taped with a cell phone in the vertical (up and down) "
        "position, to a horizontal image that attorneys, clients, juries and judges can view on "
        "a television screen",
        [step("pad", aspect="16:9")],
        [step("blur_fill", aspect="16:9")],
        [step("platform", platform="youtube", fit="pad")],
        probe=Probe(duration=120.0, width=1080, height=1920),
        note="the whole vertical picture in a 16:9 frame (bars or blurred sides), nothing cut off",
    ),
    do(
        "fresh250-08",
        "speed up this ~40 minute video of the clouds over my parents' back porch to 1:40, "
        "then clip it to 1:30 for Flickr limits",
        [step("speed", factor=24, **WHOLE), step("trim", start=0, end=90)],
        [step("speed", factor=24, **WHOLE), step("trim", start=10, end=100)],
        probe=Probe(duration=2400.0, width=640, height=480),
        note="24 times faster (40 minutes to 1:40), then 90 seconds of it kept",
    ),
    do(
        "fresh250-09",
        "concatenate these three timelapses of the clouds to the east of town into one, with "
        "the fade in/out transition",
        [
            step(
                "transition",
                clips=AnyOf(_TIMELAPSES, []),
                at="end",
                style=AnyOf("fade", "fadeblack"),
            )
        ],
        [
            step("join", clips=AnyOf(_TIMELAPSES, []), at="end"),
            step("fade", direction="in"),
            step("fade", direction="out"),
        ],
        assets=_TIMELAPSES,
        probe=Probe(duration=15.0, width=3000, height=2000),
        note="the three joined in order, faded between them or in at the start and out at the end",
    ),
    ask(
        "fresh250-10",
        "cut down this more than 30 minutes of video I captured kayaking on the Mississippi "
        "River in Almonte: for a kayaking video, that's too much, and there was not a lot of "
        "action in it",
        "which parts to keep (and how long the result should be)",
        (*WHICH_PART, "which parts", "keep", "how long", "length"),
        probe=Probe(duration=1900.0, width=1920, height=960),
    ),
    ask(
        "fresh250-11",
        "make this recording of a 7 hour print a reasonable time lapse, where you can see each "
        "layer: the entire video plays in about 1/2 to 2 seconds",
        "how long the time lapse should play (how much slower)",
        ("how long", "how slow", "slower", "speed", "length", "duration", "seconds"),
        probe=Probe(duration=1.0, width=1920, height=1080),
    ),
    no_op(
        "fresh250-12",
        "take the echo out of my voice in this intro to my YouTube videos: since I recorded it "
        "in my studio, there probably wasn't enough padding on the walls",
        "no op",
        probe=Probe(duration=20.0, width=1920, height=1080),
        note="no op: removing room echo (dereverberation), not steady noise",
    ),
    no_op(
        "fresh250-13",
        "even out the voice in part 1 of this let's play: I turned the mic volume down so far "
        "that at times you can't hear what I'm saying, and only when reading the text I got "
        "close to the screen and the sound suddenly got loud",
        "no op",
        probe=Probe(duration=1800.0, width=1280, height=720),
        note="no op: levelling a voice that is too quiet in places and loud in others",
    ),
    out_of_scope(
        "fresh250-14",
        "compress the 3 days of images from my webcam over the street, taken one a minute, into "
        "43 seconds of DivX",
        "making a time-lapse from a webcam's still images, not an edit of a given video",
    ),
    out_of_scope(
        "fresh250-15",
        "make the blackframe detection and automatic clipping faster: taking 30 minutes to do "
        "blackframe detection on a 60 minute video is not acceptable",
        "a program's speed at detecting black frames, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
