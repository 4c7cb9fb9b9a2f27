"""A two-hundred-and-fifty-first fresh, held-out collection of real requests
(tests/realreq/fresh251.md): one checkable case a row, encoded the way fresh247.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh249's, the
rows are short, typical asks; all 19 come from personal blogs, car, model-railway and aviation
forums, a video editor's forum and six GitHub issues, nearly all of people filming their cars,
motorcycles, drones, boats, planes, trains and home projects: a roof being redone, a ride's wind
noise, a locomotive on a layout, a flying video's engine blat, a cruise, a GoPro with damaged
gyro data, helmet cameras on dirt bikes, a drone's .FPV file, a tripod set 8 degrees off,
SuperView, autocross runs, excavator work, a shop build, ice fishing and FPV feeds. Each case
follows its row's `expected` column; the `[out of scope]` rows are OUT-OF-SCOPE refusals, the
`[no op]` rows refusals of a DOABLE ask no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    WHOLE,
    Below,
    Between,
    Case,
    Probe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh251.md")

_SONG = "song.mp3"
_SOUNDTRACK = "soundtrack.mp3"
_RUN2 = "run2.mp4"

#: The video's own sound made quieter, all of it, by any amount.
_QUIETER = step("volume", percent=Below(100), **WHOLE) | step("volume", db=Below(0), **WHOLE)

CASES: tuple[Case, ...] = (
    do(
        "fresh251-01",
        "speed up this clip of the drone circling my roof while it is redone by 4x, so that it "
        "is obvious it is a time lapse",
        [step("speed", factor=4, **WHOLE)],
        probe=Probe(duration=120.0, width=3840, height=2160),
        note="four times faster, all of it",
    ),
    do(
        "fresh251-02",
        "get rid of the wind noise in this unedited video of my ride on the Crossrunner: yes, I "
        "can add music, but I'd rather hear motor",
        [step("audio_denoise")],
        probe=Probe(duration=300.0, width=1280, height=720),
        note="the wind taken down (any strength), the engine's sound kept, no music",
    ),
    do(
        "fresh251-03",
        "make this clip of the BLI M1a crossing the bridge on a friend's layout small enough "
        "for the net: the original file size is 170 megabyte, and a final result a little over "
        "8 Mb would do",
        [step("compress", max_mb=Between(8, 9))],
        probe=Probe(duration=90.0, width=720, height=480),
        note="about 8 MB",
    ),
    do(
        "fresh251-04",
        "put this song over my flying video, leaving a little ambient audio, way down under "
        "the music: usually all that engine blat is just distorted and annoying",
        [_QUIETER, step("add_music", file=_SONG)],
        [step("add_music", file=_SONG), _QUIETER],
        assets=[_SONG],
        probe=Probe(duration=240.0, width=1920, height=1080),
        note="the song over the video's own sound, which is turned way down (not removed)",
    ),
    do(
        "fresh251-05",
        "turn this 200mb video of my packing for a cruise into a 15mb video for my first video "
        "blog post",
        [step("compress", max_mb=Between(14, 15))],
        probe=Probe(duration=120.0, width=640, height=480),
        note="15 MB",
    ),
    do(
        "fresh251-06",
        "stabilize this GoPro6 video in a simple way, without its gyroscope data: the "
        "gyroscope data is damaged (I shoot a lot in the mountains in the cold, equipment often "
        "breaks down)",
        [step("stabilize")],
        probe=Probe(duration=120.0, width=2704, height=1520),
        note="steadied from the picture (any strength)",
    ),
    do(
        "fresh251-07",
        "put a soundtrack on this helmet camera clip of our dirt riding at Metcalf, with no "
        "sound on the video",
        [step("replace_audio", file=_SOUNDTRACK)],
        [step("mute"), step("add_music", file=_SOUNDTRACK, **WHOLE)],
        assets=[_SOUNDTRACK],
        probe=Probe(duration=180.0, width=720, height=480),
        note="the soundtrack in place of the video's own sound",
    ),
    do(
        "fresh251-08",
        "convert this helmet cam movie of my dirtbike ride to AppleTV format: the camera "
        "shoots in MOV",
        [step("convert", format="mp4")],
        [step("codec", codec="h264")],
        [step("convert", format="mp4"), step("codec", codec="h264")],
        [step("codec", codec="h264"), step("convert", format="mp4")],
        probe=Probe(duration=600.0, width=1920, height=1080),
        note="an H.264 MP4, which the Apple TV plays",
    ),
    do(
        "fresh251-09",
        "wrangle in the horrible audio of my Mt Saint Helens ride video with some filters: my "
        "gimbal got noisy enough that the mics of the GoPro focused on that noise, and it also "
        "started picking up my heartbeat (I thought about just covering it all up with music)",
        [step("audio_denoise")],
        probe=Probe(duration=600.0, width=1920, height=1080),
        note="the gimbal's noise taken down (any strength), no music",
    ),
    no_op(
        "fresh251-10",
        "convert this .FPV file of my drone crashing into the neighbor's house to .WMV",
        "no op",
        probe=Probe(duration=120.0, width=1280, height=720),
        note="no op: promptcut writes no .wmv files",
    ),
    no_op(
        "fresh251-11",
        "rotate the picture 8 degrees clockwise (the camera was set up on a tripod about 8 "
        'degrees off) and auto-crop out the 4 black "triangles" created by the rotation, so '
        "the result is rectangular once again, in the same aspect ratio and without any "
        "stretching, fixed during the entire clip",
        "no op",
        probe=Probe(duration=300.0, width=1920, height=1080),
        note="no op: rotate turns by quarter turns only",
    ),
    no_op(
        "fresh251-12",
        "stretch this GoPro video to 16:9 with the dynamic stretching SuperView actually does, "
        "where the centre is unstretched and the edges are over-stretched to compensate, not "
        "just stretching the whole file to 16:9",
        "no op",
        probe=Probe(duration=120.0, width=1920, height=1440),
        note="no op: a non-linear stretch, the edges more than the centre",
    ),
    no_op(
        "fresh251-13",
        "put my two autocross runs together like that video of Chris and John's fastest times, "
        "to see my own runs side by side",
        "no op",
        assets=[_RUN2],
        probe=Probe(duration=60.0, width=1280, height=720),
        note="no op: two videos side by side; pip only puts a small clip in a corner",
    ),
    ask(
        "fresh251-14",
        "pick out of this recording of me using the excavator to do some work on the yard the "
        "stuff that makes sense and was actually worth a crap, and compose it into something "
        "that might be interesting: it took hours",
        "which parts to keep (what is worth it, and how long the result should be)",
        (*WHICH_PART, "which parts", "keep", "how long", "length"),
        probe=Probe(duration=10800.0, width=1920, height=1080),
    ),
    ask(
        "fresh251-15",
        "cut the footage of the floor out of my shop build video: I hit the tripod with my "
        "elbow, so there's lots of footage of a floor and only the sounds of work in the "
        "background",
        "where the footage of the floor is (which parts to cut)",
        (*WHICH_PART, "which parts", "floor", "timestamps"),
        probe=Probe(duration=1800.0, width=1920, height=1080),
    ),
    ask(
        "fresh251-16",
        "find the fat rainbow that might go 18 inches in this underwater footage from ice "
        "fishing Big Lake: I may have underwater footage of this fish, but there's too much "
        "footage to go through",
        "where the rainbow is (which part of the footage to keep)",
        (*WHICH_PART, "which part", "rainbow", "fish", "timestamp"),
        probe=Probe(duration=3600.0, width=1280, height=720),
    ),
    out_of_scope(
        "fresh251-17",
        "stabilize the video of the Blackmagic camera we use as a shoulder cam while live "
        "streaming, in real-time",
        "stabilizing a live stream in real time, not an edit of a given file",
    ),
    out_of_scope(
        "fresh251-18",
        "stop digiview stretching the incoming 4:3 stream into 16:9 on my phone screen: I "
        "usually fly with 4:3 mode set in the goggles (to get the widest FOV)",
        "an app's live view of the goggles' stream, not an edit of a given file",
    ),
    out_of_scope(
        "fresh251-19",
        "render the FPV preview as 4:3 ratio without the black border left and right",
        "an SDK app's live camera preview, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
