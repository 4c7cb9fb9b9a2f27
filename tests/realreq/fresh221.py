"""A two-hundred-and-twenty-first fresh, held-out collection of real requests
(tests/realreq/fresh221.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh217's, the
rows are short, typical asks, like the development set's, of hobbyists who film what they do;
19 come from personal blogs and hobby sites (a cycling videoblogger, an RC car owner, a student's
assignment, an amateur astronomer, a gardener, a club racer, an RC glider pair, a holidaymaker at
the Baltic, a husband filming a garden, a private pilot, an RC car jumper, a beekeeper's son, a
rider, a model rocketeer, a paraglider, a house builder, a camper, a daughter with her father's
square-dance DVDs and an RC plane flyer, four of them in German) and 2 from forum threads (a
cycling club's and Adobe's). Each case follows its row's `expected` column; `[out of scope]`
rows are OUT-OF-SCOPE refusals, the `[no op]` and `[needs analysis]` rows refusals of DOABLE
asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    WHOLE,
    Below,
    Between,
    Case,
    Probe,
    anywhere,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh221.md")

#: The disco soundtrack, the Sorry song, Doug's in-car video, the dust shot and the clam clips.
_DISCO = "disco.mp3"
_SORRY = "sorry.mp3"
_DOUG = "doug.mp4"
_DUST = "dust_particles.mov"
_CLIPS = ["clip2.mp4", "clip3.mp4"]

#: The sound turned down a bit, all of it.
_A_BIT_QUIETER = step("volume", percent=Between(30, 95), **WHOLE) | step(
    "volume", db=Between(-12, -0.5), **WHOLE
)

#: The video's own sound turned down (by any amount, short of silence), all of it.
_QUIETER = step("volume", percent=Between(5, 95), **WHOLE) | step(
    "volume", db=Between(-30, -0.5), **WHOLE
)

#: The picture made darker, all of it: less brightness or deeper mid-tones.
_DARKER = step("brightness", percent=Below(0), **WHOLE) | step("gamma", gamma=Below(1), **WHOLE)

#: Only the first 1:40 kept.
_FIRST_100 = step("trim", start=0, end=100)

#: Words a refusal says when it asks how far the sound is off.
_OFFSET = (
    "how much",
    "how far",
    "how many",
    "offset",
    "delay",
    "ahead",
    "behind",
    "seconds",
    "milliseconds",
    "amount",
)

CASES: tuple[Case, ...] = (
    do(
        "fresh221-01",
        "post-stabilise the raw helmet camera footage of my commute around Old Street: it's "
        "pretty shaky, I end up like a nodding dog with lots of movement; and crop out the black "
        "surround",
        [step("stabilize"), maybe(step("crop_edges"))],
        probe=Probe(duration=300.0, fps=60.0),
        note="stabilized; its zoom hides the moving edges (a small crop may come with it)",
    ),
    do(
        "fresh221-02",
        "turn down a bit the sound of my videoblog of the ride to the nearest cycle shop: there "
        "is a lot of wind and road noise through the built-in mic",
        [anywhere(_A_BIT_QUIETER), maybe(step("audio_denoise"))],
        [step("audio_denoise")],
        probe=Probe(duration=240.0, width=640, height=480),
        note="the sound a bit quieter, all of it, or the wind and road noise taken down",
    ),
    do(
        "fresh221-03",
        "throw in a cheesy disco soundtrack on the on-board movie of my RC car cruising around my "
        "neighborhood: my camera doesn't have sound, so you can't hear the whine of the motor",
        [step("replace_audio", file=_DISCO)],
        [step("add_music", file=_DISCO, **WHOLE)],
        assets=[_DISCO],
        probe=Probe(duration=276.0, width=640, height=480, fps=15.0, has_audio=False),
        note="the disco track as the soundless movie's sound",
    ),
    do(
        "fresh221-04",
        "put Justin Bieber's Sorry song on the video of the cute Chihuahua puppy dancing, and "
        "turn down the volume in the puppy video so the song is amplified",
        [_QUIETER, step("add_music", file=_SORRY, **WHOLE)],
        assets=[_SORRY],
        probe=Probe(duration=60.0),
        note="the puppy video's own sound lowered, then the song mixed in under it",
    ),
    do(
        "fresh221-05",
        "convert the iPhone video of Jupiter so I can upload it to RegiStax: RegiStax only "
        "accepts .avi, .mpg and .mp4, and the iPhone records in .mov",
        [
            anywhere(step("convert", format="mp4")),
            maybe(step("codec", codec="h264")),
            maybe(step("reencode")),
        ],
        probe=Probe(duration=60.0),
        note="an mp4 (promptcut writes no .avi or .mpg)",
    ),
    do(
        "fresh221-06",
        "squish the 9 hours of super boring video of my daughter and me cleaning out the winter "
        'garden down to a little under five minutes, like a "hyperlapse" program does',
        [
            anywhere(step("speed", factor=Between(108, 150), **WHOLE)),
            maybe(step("stabilize")),
            maybe(step("mute")),
        ],
        probe=Probe(duration=32400.0),
        note="108x to 150x faster: 9 hours in a little under five minutes",
    ),
    do(
        "fresh221-07",
        "show Doug Makishima's in-car video together with mine, picture-in-picture: a lot of "
        "people had seen both in-car videos of our Labor Day race and thought it would be fun "
        "to see them together (my video is 16:9, and Doug's is 4:3)",
        [step("pip", file=_DOUG, **WHOLE)],
        assets=[_DOUG],
        probe=Probe(duration=600.0),
        note="Doug's video in a corner of mine, all of it",
    ),
    do(
        "fresh221-08",
        "turn the Flycamone2 onboard video of flying day 16 the right way up again: for "
        "technical reasons the camera is mounted upside down on the plane; and spare the viewers "
        "the rest of the recording from 1:40, where the camera starts recording a completely "
        "broken picture",
        [step("rotate", degrees=180), _FIRST_100],
        [_FIRST_100, step("rotate", degrees=180)],
        probe=Probe(duration=270.0, width=640, height=480),
        note="turned upright (180°) and cut off after 1:40, in either order",
    ),
    do(
        "fresh221-09",
        "make the video of the end of the sunset at the pier in Misdroy darker and stabilize it: "
        "the recording was far too bright, and since it was filmed by hand, it is shaky",
        [_DARKER, step("stabilize")],
        [step("stabilize"), _DARKER],
        probe=Probe(duration=24.0),
        note="darker and steadier, in either order",
    ),
    do(
        "fresh221-10",
        "eliminate all nighttime footage from the time-lapse of Becky's garden, twelve days of "
        "interval recording, since you can't see anything in the dark",
        [step("remove_black", where="all")],
        probe=Probe(duration=1728.0, has_audio=False),
        note="every dark stretch cut out",
    ),
    no_op(
        "fresh221-11",
        "zoom in and circle the balloons: the black speck that goes across the right side just "
        "above the horizon at about 15:08 until 15:10 is a cluster of balloons (the fog on the "
        "camera case is thick)",
        "no op",
        probe=Probe(duration=1800.0),
        note="no op: no operation zooms a stretch of the video or draws a circle",
    ),
    no_op(
        "fresh221-12",
        'add the flying dust particles to my RC jumping video: put the "Real Dust Particles '
        'Flicker Slow" shot on the track above the footage with the composite mode "add", which '
        "keys out the dark areas and adds the light areas to the shot",
        "no op",
        assets=[_DUST],
        probe=Probe(duration=30.0, width=1280, height=720, fps=60.0),
        note="no op: an additive blend of a second video over the whole picture",
    ),
    no_op(
        "fresh221-13",
        "blur the lady's face in the spring hive box inspection clips: she was fine with being on "
        "video except she didn't want her face shown",
        "needs analysis",
        probe=Probe(duration=600.0),
        note="needs analysis: her face found and followed through the clips",
    ),
    no_op(
        "fresh221-14",
        "improve the sound of the video of my ride a little: the right audio channel is much "
        "worse than the left, so keep it stereo, but as the left channel twice",
        "no op",
        probe=Probe(duration=600.0),
        note="no op: the left channel copied to both sides",
    ),
    ask(
        "fresh221-15",
        "fix the sound of the rocket-cam launch video: it is consistently out of sync with the "
        "video",
        "how far the sound is off, and which way (the offset)",
        _OFFSET,
        probe=Probe(duration=40.0),
    ),
    ask(
        "fresh221-16",
        "show the basketball layup at normal speed right up until the ball goes in, and then "
        "slow it down to smooth ultra-slow motion (say 25%), not REALLY choppy",
        "when the ball goes in (the second the slow motion starts)",
        (*WHICH_PART, "moment", "second", "ball goes in", "timestamp"),
        probe=Probe(duration=15.0),
    ),
    ask(
        "fresh221-17",
        "cut out the bit where I fell into a bush, and the bit where I almost crashed into a "
        "tree, from the video of my week of paragliding around Camden Haven",
        "where the two bits are (their times)",
        (*WHICH_PART, "bush", "tree", "timestamps", "bits"),
        probe=Probe(duration=600.0),
    ),
    ask(
        "fresh221-18",
        "cut the time-lapse video of our house build down to what's necessary: it is shot from "
        "sunrise to sunset, and not every minute is exciting, nor are weekends and holidays",
        "which parts to keep (where the weekends, holidays and dull stretches are)",
        (*WHICH_PART, "which parts", "weekend", "holiday", "keep", "necessary"),
        probe=Probe(duration=900.0, has_audio=False),
    ),
    ask(
        "fresh221-19",
        "add the clam clips together with a simple fade in between, slow down one tiny 2 second "
        "scene, and lower the volume (waves and wind are loud!)",
        "which 2-second scene to slow down (and how much)",
        (*WHICH_PART, "which scene", "scene", "which clip", "which 2"),
        assets=_CLIPS,
        probe=Probe(duration=20.0),
    ),
    out_of_scope(
        "fresh221-20",
        "make the DVDs of the square dance skits play on my Dad's DVD player: they play on my "
        "player, but not on his",
        "the kind of disc (DVD-R or DVD+R) a player takes, not an edit of a video file",
    ),
    out_of_scope(
        "fresh221-21",
        "make the cell phone I strap to my Wild Hawk record more than 43 seconds of video: on the "
        "first two flights I was only getting 43 seconds",
        "a phone's recording setting (a limit for videos sent in text messages), not an edit",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
