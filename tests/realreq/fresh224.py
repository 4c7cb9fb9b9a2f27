"""A two-hundred-and-twenty-fourth fresh, held-out collection of real requests
(tests/realreq/fresh224.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh221's, the
rows are short, typical asks, like the development set's; all 19 come from Japanese personal
blogs and hobby sites (an action-camera rider, an angler making Shorts, a rail traveller on
Niconico, a guitar-playing couple, a son helping his father, a mother before nursery school, a
cloud watcher, an erhu player, a SMAP fan, a time-lapse maker, a rail fan at a depot, a fireworks
videographer, a baseball fan, a motovlogger, two anglers with underwater cameras, an amateur
astronomer at the fireworks, a train-window filmer and a TV programme writer), translated
minimally. Each case follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE
refusals, the `[no op]` and `[needs analysis]` rows refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    LOUDER,
    SOUND_ALONE,
    WHOLE,
    Case,
    Probe,
    anywhere,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh224.md")

#: The erhu player's separately recorded and mixed sound.
_MIX = "mix.wav"

#: Words a refusal says when it asks how far the recorded sound is off from the picture.
_OFFSET = (
    "how much",
    "how far",
    "offset",
    "delay",
    "ahead",
    "behind",
    "seconds",
    "milliseconds",
    "align",
    "line up",
    "starts",
)

CASES: tuple[Case, ...] = (
    do(
        "fresh224-01",
        "put image stabilisation on the video I shot with my action camera (the stabiliser "
        "mount version), and cut it out at an angle of view where the distortion of the "
        "picture doesn't show",
        [
            step("stabilize"),
            maybe(step("crop_edges") | step("crop_area") | step("crop")),
        ],
        probe=Probe(duration=60.0, width=3840, height=2160),
        note="stabilized; its zoom hides the warped edges (a crop may come with it)",
    ),
    do(
        "fresh224-02",
        "make a YouTube Shorts version of my fishing video: I shoot my fishing trips with a "
        "GoPro and a digital camera at 16:9, so zoom the 16:9 video in to fit 9:16 (a Short "
        "is a minute at most)",
        [step("platform", platform="youtube_shorts", fit="crop")],
        [step("crop", aspect="9:16"), maybe(step("resize"))],
        probe=Probe(duration=55.0),
        note="zoomed in to fill 9:16 (cropped, not padded), under a minute already",
    ),
    do(
        "fresh224-03",
        "make my travel video for Niconico: I'm a general member, so picture quality and "
        "running time are limited; to fit those limits, a picture size of 640px×360px and a "
        "frame rate of 30fps",
        [
            anywhere(step("resize", width=640, height=360) | step("resize", lines=360)),
            maybe(step("fps", fps=30)),
            maybe(step("compress")),
            maybe(step("quality")),
        ],
        probe=Probe(duration=480.0),
        note="640x360 (the video is 30 fps already, so an fps step may come or not)",
    ),
    do(
        "fresh224-04",
        "normalise the sound of my video of playing guitar and singing outdoors in the forest "
        "park: the ZOOM Q3's mic gain only has High, Low and Auto, and with High from this "
        "camera position the sound was too quiet",
        [LOUDER],
        probe=Probe(duration=240.0, width=640, height=480),
        note="the sound made louder, all of it: normalized or turned up",
    ),
    do(
        "fresh224-05",
        "take only the sound out of my father's recording of the BS song programme and turn "
        "it into a music file, so he can write it to a CD and enjoy it on the CD player by "
        "his bed",
        [SOUND_ALONE],
        probe=Probe(duration=3600.0, width=720, height=480),
        note="the sound alone, as an audio file",
    ),
    do(
        "fresh224-06",
        "play the recorded Anpanman episode at double speed: ten minutes before nursery "
        "school my very grumpy daughter said she wants to watch Anpanman, and even half the "
        "programme is 15 minutes",
        [step("speed", factor=2, **WHOLE)],
        probe=Probe(duration=900.0),
        note="double speed, all of it: 15 minutes in 7.5",
    ),
    do(
        "fresh224-07",
        "make the clouds in my video flow faster than we usually see them: shrink what I "
        "filmed for one minute to 12 seconds, that is 5x speed",
        [step("speed", factor=5, **WHOLE), maybe(step("mute"))],
        probe=Probe(duration=60.0),
        note="five times faster, all of it: one minute in 12 seconds",
    ),
    ask(
        "fresh224-08",
        "replace the sound in the video of me playing Gurenge on the erhu with the sound I "
        "recorded and mixed: it is mimed to the piano and erhu recorded beforehand, recorded "
        "completely separately, and even a slight gap between picture and sound feels wrong",
        "how far the recording is offset from the video (where it starts), to line them up",
        _OFFSET,
        assets=[_MIX],
        probe=Probe(duration=240.0),
    ),
    ask(
        "fresh224-09",
        "edit the Music Station recording: it is nearly four hours long and SMAP appear only "
        "briefly, so cut the unneeded scenes and boil it down to just the scenes I want",
        "where SMAP's scenes are (their times)",
        (*WHICH_PART, "SMAP", "scenes", "timestamps"),
        probe=Probe(duration=13800.0, width=720, height=480),
    ),
    ask(
        "fresh224-10",
        "make my spring equinox time-lapse of the clouds, shot from about 9 in the morning "
        "until after sunset at one frame a second (under 20 minutes of footage), basically "
        "double speed, and cut out the unneeded parts, for just under 7 minutes",
        "which parts to cut (their times)",
        (*WHICH_PART, "which parts", "unneeded", "timestamps"),
        probe=Probe(duration=1140.0, has_audio=False),
    ),
    ask(
        "fresh224-11",
        "take the best shot out of my video of the trains in the depot, shot from the train "
        "window, as a still picture (like the 4K Photo idea): catching them from the window "
        "is hard, so I tried video",
        "which moment (frame) to save",
        (*WHICH_PART, "which frame", "moment", "second", "timestamp"),
        probe=Probe(duration=60.0),
    ),
    ask(
        "fresh224-12",
        "put up only the closing part of my video of the 43rd Matsuri Nakagawa fireworks: "
        "watching what I shot, the real thing left too strong an image and the video didn't "
        "look like much",
        "where the closing part starts (how much of the end to keep)",
        (*WHICH_PART, "closing", "finale", "how much", "last"),
        probe=Probe(duration=3600.0),
    ),
    no_op(
        "fresh224-13",
        "cut the recorded World Series game in half: to fit a game of just under four hours "
        "onto 120-minute DVD-RAMs, it has to be split in two",
        "no op",
        probe=Probe(duration=14100.0, width=720, height=480),
        note="no op: two files, one each half; no operation splits a video into parts",
    ),
    no_op(
        "fresh224-14",
        "hide the speedometer's speed display in my motovlog with a mosaic: many people watch "
        "YouTube, and even keeping up with the cars around me I do 50 to 60 on a 40 km/h road",
        "needs analysis",
        probe=Probe(duration=1200.0),
        note="needs analysis: the speedometer found and followed, and only it blurred",
    ),
    no_op(
        "fresh224-15",
        "make a version of my uncut underwater video of Toyohama fishing port with only the "
        "scenes where fish can be seen: it was left running the whole time, so there are long "
        "stretches of just the sea",
        "needs analysis",
        probe=Probe(duration=600.0),
        note="needs analysis: finding the scenes where fish appear",
    ),
    no_op(
        "fresh224-16",
        "colour-correct the footage from the underwater camera I throw into the sea between "
        "casts so it comes closer to the real colours: it comes out greenish or bluish, the "
        '"blue cast"',
        "no op",
        probe=Probe(duration=300.0),
        note="no op: a colour-cast (white balance) correction",
    ),
    no_op(
        "fresh224-17",
        "erase the lettering on the buildings from my video of the fireworks display, shot "
        "through a telephoto lens",
        "needs analysis",
        probe=Probe(duration=300.0),
        note="needs analysis: finding the lettering and painting it out",
    ),
    out_of_scope(
        "fresh224-18",
        "put the sound back in my window-view video of the Tokaido line from Odawara to "
        "Atami: it is completely silent (there is no mic mute setting, so the cause is "
        "unknown)",
        "the sound was never recorded; nothing in the file to restore",
        probe=Probe(duration=1680.0, has_audio=False),
    ),
    out_of_scope(
        "fresh224-19",
        "make the three VHS tapes of the location footage the director dubbed for me "
        "watchable: he dubbed them at 5x speed, and on my home deck (3x at most) the whole "
        "thing is snow",
        "a tape recorded in a deck's 5x mode needs a deck that plays it, not an edit",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
