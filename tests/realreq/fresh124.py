"""A hundred-and-twenty-fourth fresh, held-out collection of real requests
(tests/realreq/fresh124.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh121's, the
rows are short, typical asks, like the development set's; all 18 come from hobbyists: blog posts
of a wildlife watcher, cyclists, a dog owner, an angler father, a painter, a videographer, a
birder with a cat, a kayaker and a pilot, a magazine writer's lockdown hyperlapse, a BASE
jumpers' forum and a video forum, and the issue trackers of a GoPro telemetry overlay, a gallery
app and a 3D printer's Telegram bot. Each case follows its row's `expected` column;
`[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` row a refusal of a DOABLE ask no
operation does. An `[extra input: …]` marker is left out of the request and the files it names
are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import LOUDER, WHOLE, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh124.md")

#: The music given with the request, mixed under the video's sound or in its place.
_MUSIC = step("add_music", file="music.mp3") | step("replace_audio", file="music.mp3")

CASES: tuple[Case, ...] = (
    do(
        "fresh124-01",
        "slow the slow-motion bird feeder footage down even more, so every single wing movement "
        "can be seen: the blue tit landing on the peanut feeder and pushing off a coal tit took 2 "
        "secs, and should last 59 secs",
        [step("speed", factor=Between(0.03, 0.04), **WHOLE)],
        [
            step("speed", factor=Between(0.17, 0.2), **WHOLE),
            step("speed", factor=Between(0.17, 0.2), **WHOLE),
        ],
        probe=Probe(duration=2.0),
        note="2 s made 59 s: 2/59 = 0.034 times the speed (smooth or not), or two slow-downs",
    ),
    do(
        "fresh124-02",
        "double the speed of my 60x hyperlapse of the reduced traffic in the city during "
        "lockdown: even 60x didn't quite give me the effect I was after",
        [step("speed", factor=2, **WHOLE), maybe(step("mute"))],
        note="twice as fast, all of it (the sound may be dropped)",
    ),
    do(
        "fresh124-03",
        "speed up my 20 minute bike trail video so it fits about 2 or 3 songs, hopefully about 8 "
        "or 9 minutes, and add some music to it: I don't want to bore people too much, but I "
        "don't want it to go so fast that you can't see what's happening",
        [step("speed", factor=Between(2, 2.7), **WHOLE), _MUSIC],
        assets=["music.mp3"],
        probe=Probe(duration=1200.0),
        note="20 min made 7.5 to 10 min (2 to 2.7 times as fast), then the music under it or in "
        "place of its sound",
    ),
    do(
        "fresh124-04",
        "put the video of my dogs running in slow mo: I want to see my dogs run in slow mo!",
        [step("speed", factor=Between(0.1, 0.75), **WHOLE)],
        note="slower, any slow motion (0.1 to 0.75), all of it",
    ),
    do(
        "fresh124-05",
        "steady my helmet cam footage of the Saturday ride: the raw footage is very shaky because "
        "of road vibrations and my head bobbling around",
        [step("stabilize")],
        note="stabilized, any strength",
    ),
    do(
        "fresh124-06",
        "make the video of Camden's first catfish without the recorded audio, and put some "
        "background music to it: I had the audio levels adjusted improperly on my new wireless "
        "mic, and all of the sound had severe clipping and distortion",
        [step("replace_audio", file="music.mp3")],
        [step("mute"), step("add_music", file="music.mp3")],
        assets=["music.mp3"],
        note="the distorted sound replaced by the music",
    ),
    do(
        "fresh124-07",
        "make my voice louder in my rain-soaked Sunday ride video: my voice is super quiet",
        [LOUDER],
        note="louder (a level, decibels or a loudness target), all of it",
    ),
    do(
        "fresh124-08",
        "make my almost 800MB video from the Canon Powershot small enough to share on YouTube: "
        "YouTube limits a video to 10 minutes and 100MB",
        [
            anywhere(step("compress", max_mb=Between(50, 100))),
            maybe(step("resize")),
            maybe(step("quality")),
            maybe(step("convert", format="mp4")),
        ],
        probe=Probe(duration=360.0, width=640, height=480),
        note="a file under 100 MB of the camera's 640x480 video, a few minutes long (a resize, a "
        "smaller-file setting or an mp4 may come with it)",
    ),
    do(
        "fresh124-09",
        "rotate my peony painting timelapse: the whole thing was recorded at a 90 degree angle",
        [step("rotate", degrees=AnyOf(90, 270))],
        note="a quarter turn, either way (the way is not said)",
    ),
    do(
        "fresh124-10",
        "make the video of Jamie Wilson singing her new song in a small living room black & "
        "white: it just felt right",
        [step("grayscale", **WHOLE), maybe(step("contrast"))],
        note="black and white, all of it (a contrast change may come with it)",
    ),
    no_op(
        "fresh124-11",
        "highlight the jumps in my mountain biking ride video: show a short on-screen rendering of "
        "the jump-related metrics from my Garmin FIT file when one occurs",
        "no op",
        assets=["ride.fit"],
        note="drawing a FIT file's jump metrics when a jump occurs; no operation reads telemetry",
    ),
    ask(
        "fresh124-12",
        "do minimal editing of the bird feeder video I filmed from the windowsill: mostly remove "
        "the boobtacular shot as I set the camera up at the very first",
        "how long the set-up shot at the start is (where to cut)",
        (*WHICH_PART, "how long", "how much", "seconds", "how many"),
    ),
    ask(
        "fresh124-13",
        "take some stills from my kayak video, shots more representative of the day: the benefit "
        "of taking stills from the video is no camera to hold in one hand and the paddle in the "
        "other",
        "which moments (the frames to save)",
        (*WHICH_PART, "which frame", "moment", "how many", "timestamp", "second"),
    ),
    ask(
        "fresh124-14",
        "compress my wingsuit jump into a 30-second clip, so it's easier to review and compare "
        "flights: 10 seconds at 1x speed from the moment my feet leave the object, then the "
        "wingsuit flight till the opening compressed to 10 seconds, then the canopy flight from "
        "opening till my feet touch the ground compressed to 10 seconds",
        "when the exit, the opening and the landing are",
        (*WHICH_PART, "exit", "opening", "landing", "timestamp", "moment"),
    ),
    ask(
        "fresh124-15",
        "speed up the more uninteresting segments of my 30 minute flight video, to get it down to "
        "4 minutes including the takeoff and the landing: people don't get the same level of "
        "enjoyment flying slowly over the countryside",
        "which segments are uninteresting (where to speed up)",
        (*WHICH_PART, "segment", "which parts", "uninteresting", "timestamp"),
        probe=Probe(duration=1800.0),
    ),
    out_of_scope(
        "fresh124-16",
        "give the Gallery app some basic video editing, like trimming start and end (maybe even "
        "without re-encoding), rescaling to reduce size, maybe adding a watermark or text",
        "a feature of a gallery app, not an edit of a given file",
    ),
    out_of_scope(
        "fresh124-17",
        "send me a 10-second chunk of the 3D printer's camera feed as a video / gif: sometimes you "
        "can't figure out if an issue is an issue easily from a still picture",
        "recording a printer camera's live feed from a Telegram bot, not an edit of a given file",
    ),
    out_of_scope(
        "fresh124-18",
        "recover the footage I shot with my Canon t3i from the damaged SD card: no machine can "
        "read the card, and now the camera can not even read or write with it",
        "recovering files from an unreadable memory card, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
