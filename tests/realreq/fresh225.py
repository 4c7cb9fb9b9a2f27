"""A two-hundred-and-twenty-fifth fresh, held-out collection of real requests
(tests/realreq/fresh225.md): one checkable case a row, encoded the way fresh221.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh221's, the
rows are short, typical asks of hobbyists who film what they do; 13 come from personal blogs
and hobby sites (an RC truck driver, a club racer with a rear camera, an amateur astronomer
filming the moon, a boy sailing the Cape Cod Canal, a kayaker, two riders, a race committee
member, a parade watcher, a son with his parents' VHS tape, an RC flyer who paddles, an
astronomer with a webcam and a woodworker) and 4 from forum threads and a GitHub issue (DV Info
Net, a dirt bike forum, UKWorkshop and python_video_stab's issues). Each case follows its
row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` rows
refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    WHOLE,
    Between,
    Case,
    Probe,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh225.md")

#: The March ride shown next to the November one.
_MARCH = "march.mp4"

#: Back up to 1280x720, however the size is written.
_BACK_TO_720 = step("resize", width=1280, height=720) | step("resize", lines=720)

#: The 1030x580 middle of the 1280x720 picture.
_MIDDLE_1030 = step("crop_area", width=1030, height=580)

CASES: tuple[Case, ...] = (
    do(
        "fresh225-01",
        'wash the video of my RC truck flying across a lumpy lawn on little 5" wheels through a '
        "deshaker, it's still very choppy; then, to get rid of the worst of the black bars "
        "dancing around the edges, crop the 1280x720 video down to 1030x580 and resample the "
        "result back up to 1280x720",
        [step("stabilize"), _MIDDLE_1030, _BACK_TO_720],
        probe=Probe(duration=90.0, width=1280, height=720),
        note="stabilized, the middle 1030x580 kept, and scaled back up to 1280x720",
    ),
    do(
        "fresh225-02",
        "make the video from my rear-view camera at the track day a mirror image: when I get "
        "passed by a car on driver's right, the car goes to camera left",
        [step("flip", direction="horizontal")],
        probe=Probe(duration=1800.0),
        note="mirrored left to right",
    ),
    do(
        "fresh225-03",
        "turn the saturation down to remove the green cast from my video of the moon: I shot it "
        "through a green filter, because green cuts the moon light the most",
        [step("saturation", percent=Between(-100, -5), **WHOLE)],
        [step("grayscale", **WHOLE)],
        probe=Probe(duration=120.0, width=720, height=480),
        note="less colour, all of it (to no colour at all)",
    ),
    do(
        "fresh225-04",
        "steady the time-lapse we made going through the Cape Cod Canal the next day: it didn't "
        "turn out very nicely at all, because it was very choppy that day, so the time-lapse is "
        "way too shaky",
        [step("stabilize")],
        probe=Probe(duration=90.0),
        note="stabilized, any strength",
    ),
    do(
        "fresh225-05",
        "stabilize the video I shot with a racing drone, so movement is fast, and make the "
        "possible black margins invisible",
        [step("stabilize"), maybe(step("crop_edges"))],
        probe=Probe(duration=180.0),
        note="stabilized; its zoom hides the edges (a small crop may come with it)",
    ),
    do(
        "fresh225-06",
        "take the tilting left and right out of my head-cam kayak video: when you paddle you "
        "move your whole torso to and fro, which also means that the camera is tilting left and "
        "right too; I've seen my friend's videos without this movement",
        [step("stabilize")],
        probe=Probe(duration=5400.0),
        note="stabilized, any strength",
    ),
    do(
        "fresh225-07",
        "clean up the little bit of high-pitched motor noise from the camera in the ambient "
        "background sound I recorded with the on-camera mic of my Canon Optura 60",
        [step("audio_denoise")],
        probe=Probe(duration=120.0, width=720, height=480),
        note="the steady camera noise taken down",
    ),
    no_op(
        "fresh225-08",
        "make a side by side video showing some trot from March and from November, to show the "
        "difference in Cisco's tension",
        "no op",
        assets=[_MARCH],
        probe=Probe(duration=60.0),
        note="no op: two videos next to each other; pip covers a corner, no operation stacks",
    ),
    no_op(
        "fresh225-09",
        "convert the very shaky webcam video of the moon (I was holding the webcam up to the "
        "telescope by hand) from avi to mpg",
        "no op",
        probe=Probe(duration=30.0, width=640, height=480),
        note="no op: an MPEG (.mpg) file; promptcut writes none",
    ),
    ask(
        "fresh225-10",
        "capture JUST the right frame of my ride on Remy yesterday into a picture",
        "which frame (the moment to save)",
        (*WHICH_PART, "frame", "moment", "second", "timestamp"),
        probe=Probe(duration=600.0),
    ),
    ask(
        "fresh225-11",
        "edit out the bits between the boats in the 41-minute pre-start and starting sequence "
        "of the Port Jeff race, and speed up a bunch of shots, leaving me with a roughly "
        "4-minute video",
        "where the boats are (which bits to keep) and which shots to speed up",
        (*WHICH_PART, "which bits", "boats", "shots", "timestamps", "keep"),
        probe=Probe(duration=2460.0),
    ),
    ask(
        "fresh225-12",
        "trim the just over an hour of 4th of July parade video down to a few essential seconds "
        "of each parade entry, to fit YouTube's limit for a single video of 10 minutes",
        "which seconds of each entry to keep",
        (*WHICH_PART, "which seconds", "entry", "entries", "keep", "essential"),
        probe=Probe(duration=3720.0),
    ),
    ask(
        "fresh225-13",
        "get the hour and a half of footage of our family trip to an Argentine gaucho parade, "
        "from an old VHS tape, down to the best 6 minutes",
        "which 6 minutes are the best (the parts to keep)",
        (*WHICH_PART, "which parts", "best", "keep", "minutes"),
        probe=Probe(duration=5400.0, width=720, height=480),
    ),
    ask(
        "fresh225-14",
        "add a title to the GoPro test video of my 5.5 oz electric airplane at the indoor R/C "
        "session, and finish it off as an MP4",
        "what the title says",
        ("title", "text", "what should", "which words", "say", "wording"),
        probe=Probe(duration=120.0, width=1280, height=720),
    ),
    ask(
        "fresh225-15",
        "cut out some of the sanding and finishing from the real-time video of my Clewes style "
        "box, and concentrate more on the tools",
        "where the sanding and finishing parts are (which to cut)",
        (*WHICH_PART, "sanding", "finishing", "which parts", "timestamps"),
        probe=Probe(duration=1800.0, width=640, height=480),
    ),
    ask(
        "fresh225-16",
        "get the pre-production video of me making the triangle stool cleaned up some, and maybe "
        "a voice over: incidental noises, my voice clearing my throat, nothing really prepped",
        "what to clean up (which parts or noises) and the voice-over recording",
        (*WHICH_PART, "voice over", "voice-over", "voiceover", "recording", "which noises", "file"),
        probe=Probe(duration=300.0),
    ),
    out_of_scope(
        "fresh225-17",
        "tell me whether covering the mic hole with tape will cure the wind noise of my helmet "
        "cam: it was like thunder at anything faster than 2nd gear, half throttle, and my audio "
        "sounded as if the microphone was overdriven",
        "how to shield the camera's microphone while riding, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
