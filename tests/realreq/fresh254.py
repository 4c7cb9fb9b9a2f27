"""A two-hundred-and-fifty-fourth fresh, held-out collection of real requests
(tests/realreq/fresh254.md): one checkable case a row, encoded the way fresh253.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh253's, the
rows are short, typical asks; all 10 come from people who recorded with a camera that watches
rather than one that is held: trail cameras in a side yard and along a woods path, a dashboard
camera and a GoPro on a drive, a helmet camera on a motorcycle, a cheap camera in a kit car, a
dash cam that caught a near miss and a Frigate NVR, and one issue asks for faces blurred in
recordings before sharing. Each case follows its row's `expected` column; the `[out of scope]`
row is an OUT-OF-SCOPE refusal, the `[no op]` row a refusal of a DOABLE ask that needs face
detection promptcut does not have."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    AnyOf,
    Between,
    Case,
    Probe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh254.md")

_DEER = ["clip2.mp4", "clip3.mp4", "clip4.mp4", "clip5.mp4", "clip6.mp4"]
_WOODS = ["clip2.mp4", "clip3.mp4", "clip4.mp4"]

CASES: tuple[Case, ...] = (
    do(
        "fresh254-01",
        "splice these six 30-second trailcam clips of deer in our side yard, recorded around "
        "6:15 a.m. today, together",
        [step("join", clips=AnyOf(_DEER, []), at="end")],
        assets=_DEER,
        probe=Probe(duration=30.0, width=1280, height=720),
        note="the other five clips after this one, in order",
    ),
    do(
        "fresh254-02",
        "speed up this GoPro video of the drive from the Taconic Parkway to the radio station "
        "here in Brookfield so that the entire trip takes about a minute and a half",
        [step("speed", factor=Between(25.0, 36.0))],
        probe=Probe(duration=2700.0, width=1920, height=1080),
        note="45 minutes into about 90 seconds: about 30x",
    ),
    ask(
        "fresh254-03",
        "speed up this dashboard footage to about 2500% and crop it into a severe horizontal frame",
        "which frame (aspect ratio) to crop to",
        ("which", "aspect", "ratio", "how wide", "frame", "crop"),
        probe=Probe(duration=3600.0, width=1920, height=1080),
    ),
    ask(
        "fresh254-04",
        "edit this video from my helmet / dashboard camera to remove the boring bits and add "
        "some fading for the scene changes and titles",
        "which bits are boring (what to cut), and what the titles say",
        (*WHICH_PART, "which parts", "boring", "title", "text"),
        probe=Probe(duration=900.0, width=1280, height=720),
    ),
    ask(
        "fresh254-05",
        "edit these 18 minutes of HD video, shot with a GoPro mounted to my motorcycle helmet, "
        'to a 3:49 minute video of the highlights of the "Law Ride" I rode in on Sunday',
        "which parts are the highlights",
        (*WHICH_PART, "which parts", "highlight", "keep"),
        probe=Probe(duration=1080.0, width=1920, height=1080),
    ),
    do(
        "fresh254-06",
        "eliminate the wind noise in this video from the camera I fitted in car to my MAC1: "
        "it's only a cheap video camera with the mic on the top",
        [step("audio_denoise")],
        probe=Probe(duration=600.0, width=640, height=480),
        note="the sound cleaned (any strength)",
    ),
    out_of_scope(
        "fresh254-07",
        "automate daily timelapses (or maybe on some other scale) of my cameras using Frigate",
        "setting up recurring timelapses in an NVR, not an edit of a given file",
    ),
    no_op(
        "fresh254-08",
        "blur people's faces in this video recording: we want to anonymize it before sharing",
        "needs analysis",
        probe=Probe(duration=300.0, width=1920, height=1080),
        note="no op: finding and following the faces needs face detection",
    ),
    ask(
        "fresh254-09",
        "add a slow-mo of the close shave to this dash cam video of a car almost crashing into "
        "me: some moron decided to swerve across the road in front of me",
        "when the close shave is (which part to slow down)",
        (*WHICH_PART, "which moment", "second", "timestamp"),
        probe=Probe(duration=60.0, width=1920, height=1080),
    ),
    do(
        "fresh254-10",
        "compile these favorite clips from our trail camera into one video: a deer lying down "
        "on the path in the snow, a deer walking up the path during heavy snowfall, a daytime "
        "grooming session, a snowy portrait",
        [step("join", clips=AnyOf(_WOODS, []), at="end")],
        assets=_WOODS,
        probe=Probe(duration=30.0, width=1280, height=720),
        note="the other clips after this one, in order",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
