"""A two-hundred-and-twenty-sixth fresh, held-out collection of real requests
(tests/realreq/fresh226.md): one checkable case a row, encoded the way fresh225.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh225's, the
rows are short, typical asks of people who film their families and hobbies; all 11 come from
personal blogs in Korean, Japanese and English (a mother filming her son on his fixie and a
train at a level crossing, a road cyclist, a photographer's hibiscus time-lapse, a father at a
Tanabata recital, a car tourer, a boat angler, a mother editing her son's Godzilla video, a
father caught on his own camcorder, a walker in the first snow and a Super Cub rider). The
Korean and Japanese requests are minimal English translations. Each case follows its row's
`expected` column; the `[out of scope]` row is an OUT-OF-SCOPE refusal, the `[no op]` row a
refusal of a DOABLE ask no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    WHOLE,
    Above,
    Case,
    Probe,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh226.md")

#: Landscape at last, without the black wings: the middle cut out, or blurred sides.
_LANDSCAPE = step("crop", aspect="16:9") | step("blur_fill", aspect="16:9")

CASES: tuple[Case, ...] = (
    do(
        "fresh226-01",
        "turn the vertical video of my son into a horizontal one: I filmed it secretly, "
        "holding the phone upright and pretending to look at it, so it comes out shrunk to a "
        "third with black wings on both sides; it's my middle-schooler on the brakeless fixie "
        "he loved, and I wanted to keep it as a keepsake",
        [_LANDSCAPE, maybe(step("resize"))],
        probe=Probe(duration=60.0, width=1080, height=1920),
        note="16:9 from the upright video, cropped or with blurred sides (not black bars)",
    ),
    do(
        "fresh226-02",
        "turn my road bike video right side up: I fixed the AKASO Brave 7 LE upside down on "
        "the top of my backpack's shoulder strap so I could angle it upward, because with the "
        "forward lean all it filmed was my arms, the handlebar and the road",
        [step("rotate", degrees=180)],
        [step("flip", direction="vertical"), step("flip", direction="horizontal")],
        [step("flip", direction="horizontal"), step("flip", direction="vertical")],
        probe=Probe(duration=900.0),
        note="a half turn (both mirrors are the same picture)",
    ),
    do(
        "fresh226-03",
        "speed up the time-lapse of the hibiscus I made from 1,150 photos shot from 5:05 to "
        "8:13 in the morning, at 0.03 s a photo: the finished video is 5 minutes 45 seconds "
        "and the movement crawls, so it needs skipping",
        [step("speed", factor=Above(1), **WHOLE)],
        probe=Probe(duration=345.0),
        note="faster, any factor, all of it",
    ),
    do(
        "fresh226-04",
        "reduce the noise in my video of the Tanabata recital: I start filming when the "
        "audience seats go dark just before it begins, and the noise is quite bothersome "
        "until the curtain goes up and the stage lights up",
        [step("denoise")],
        probe=Probe(duration=600.0),
        note="the picture's noise reduced (all of it, or the dark start)",
    ),
    no_op(
        "fresh226-05",
        "do something about the tilt in my touring video from the GoPro on its RAM mount: the "
        "camera seems to have been set up tilted",
        "no op",
        probe=Probe(duration=1200.0),
        note="no op: a slight tilt straightened; rotate only turns by quarter turns",
    ),
    ask(
        "fresh226-06",
        "turn my video of the train going past the level crossing the right way: the train "
        "came while I stood at the red light, I grabbed the phone and hit record before it "
        "could tell whether I held it upright or sideways, so it came out lying down",
        "which way to turn it (clockwise or counter-clockwise)",
        (
            "which way",
            "clockwise",
            "counterclockwise",
            "counter-clockwise",
            "direction",
            "left",
            "right",
            "90",
        ),
        probe=Probe(duration=30.0),
    ),
    ask(
        "fresh226-07",
        "edit the 4 to 5 hours of video I shot with my DJI Action 4 fishing from my boat (I "
        "leave the camera running after each cast, since I never know when a fish will bite): "
        "a video where nothing happens and I'm just winding the reel is boring",
        "which parts to keep (where the bites and catches are)",
        (*WHICH_PART, "which parts", "bite", "catch", "keep", "timestamps"),
        probe=Probe(duration=16200.0),
    ),
    ask(
        "fresh226-08",
        "cut the thirty-two minute video of Sam talking about all of his Godzilla toys down "
        "to just 16, and add little text notes and flairs",
        "which 16 minutes to keep, and what the text notes say",
        (*WHICH_PART, "which parts", "keep", "text", "notes", "say"),
        probe=Probe(duration=1920.0),
    ),
    ask(
        "fresh226-09",
        "secretly delete the scene where my wife is scolding me from the video on our new "
        "camcorder: it's so easy to shoot with that I forget the camera is running",
        "where the scene is (which part to delete)",
        (*WHICH_PART, "scene", "scolding", "timestamp"),
        probe=Probe(duration=900.0),
    ),
    ask(
        "fresh226-10",
        "cut the front and back parts off my phone video of the snowflakes swirling in the "
        "night sky, to under 10 seconds: I want to let everyone know quickly that it's "
        "snowing",
        "which part to keep (how much to cut from the front and from the back)",
        (*WHICH_PART, "front", "back", "beginning", "keep", "seconds"),
        probe=Probe(duration=30.0, width=1080, height=1920),
    ),
    out_of_scope(
        "fresh226-11",
        "tell me how to fit an external microphone to the action camera I put on my Super Cub "
        "and my bicycle: at speed the wind noise gets recorded with it and the sound is often "
        "very hard to listen to, but GoPro's mic adapter is scarce and very expensive",
        "fitting a microphone to the camera, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
