"""A three-hundred-and-twenty-eighth fresh, held-out collection of real requests
(tests/realreq/fresh328.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh325's, the
rows are short, typical asks; 12 come from GitHub issues and pull requests and one from a Eufy
community suggestion (dashcam and home security camera owners: Frigate, chuangmi-720p-hack, iSpy,
Viseron, smart-sec-cam, tesla_dashcam, TeslaDashcamPro, Eagle, Open Dash Cam, a de-pixelating
notebook, Eufy, reolinkapipy and Overdrive): a street camera's footage between unseen in and out
points, recordings converted to something VLC plays and from MKV to MP4 (the sound may go), a
running timestamp, two repeater cameras side by side, dashcam segments merged, the relevant part
of an incident, two cameras recorded, a plate reconstructed, a rolling buffer, time lapses off
an SD card and camera feeds recorded apart.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import AnyOf, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh328.md")

_MP4 = step("convert", format="mp4")
_TESLA = {"width": 1280, "height": 960, "fps": 36.0, "has_audio": False}

CASES: tuple[Case, ...] = (
    ask(
        "fresh328-01",
        "export only the footage of this street camera recording that falls within my in and out "
        "points: under GDPR anyone can ask for footage for legitimate reasons, and it was a "
        "nightmare to have to edit the clips",
        "which part: the in and out points (start and end times) are not given",
        (*WHICH_PART, "in and out", "points"),
        probe=Probe(duration=3600.0, width=2560, height=1440, fps=15.0),
    ),
    do(
        "fresh328-02",
        "convert this recorded camera video file from a JVT NAL sequence, H.264 video to "
        "something VLC can play",
        [_MP4, maybe(step("reencode"))],
        [maybe(step("reencode")), _MP4],
        probe=Probe(duration=60.0, width=1280, height=720, fps=15.0, has_audio=False),
        note="an MP4 any player opens",
    ),
    do(
        "fresh328-03",
        "change the file format of this replay video from MKV to MP4",
        [_MP4],
        probe=Probe(duration=120.0),
        note="the same video as an MP4",
    ),
    do(
        "fresh328-04",
        "save this camera recording as mp4 instead of mkv: I'm happy to drop audio as I don't "
        "use it",
        [_MP4, maybe(step("mute"))],
        [step("mute"), _MP4],
        probe=Probe(duration=300.0, width=2688, height=1520, fps=20.0),
        note="an MP4, with or without its sound",
    ),
    no_op(
        "fresh328-05",
        "render timestamps on this saved video recording",
        "no op: a running date and time burned in; text draws fixed words, not a clock",
        probe=Probe(duration=60.0, width=1280, height=720, fps=15.0),
    ),
    no_op(
        "fresh328-06",
        "make a mirror display of this Tesla clip that shows both repeater cams stacked next to "
        "each other",
        "no op: two videos side by side in one frame; no operation stacks two videos",
        assets=["right_repeater.mp4"],
        probe=Probe(duration=60.0, **_TESLA),
    ),
    do(
        "fresh328-07",
        "merge these dashcam videos into one, to keep it in my personal album: a dashcam records "
        "special events, and road trips are part of my life's record",
        [step("join", clips=AnyOf(["segment2.mp4"], []), at=AnyOf("end", None))],
        assets=["segment2.mp4"],
        probe=Probe(duration=60.0, **_TESLA),
        note="the given segment joined after this one",
    ),
    ask(
        "fresh328-08",
        "after an incident, save only the relevant portion of this video instead of the complete "
        "recording: it makes evidence collection faster",
        "which part: when the incident happens (start and end, or how much before and after it)",
        (*WHICH_PART, "incident", "before", "after"),
        probe=Probe(duration=1800.0, fps=25.0),
    ),
    out_of_scope(
        "fresh328-09",
        "record both cameras, front and rear, so we can collect evidence of driver behavior and "
        "road video",
        "recording with a phone's two cameras, not an edit of a video file",
    ),
    out_of_scope(
        "fresh328-10",
        "get a rather high quality image of the license plate of a car driving by in this low "
        "quality road security camera video, so I can extract the text from it",
        "reconstructing and reading a plate's detail from many frames, beyond an editor",
        probe=Probe(duration=20.0, width=1280, height=720, fps=15.0),
    ),
    out_of_scope(
        "fresh328-11",
        "always keep a rolling buffer of my camera's video, so that when I hit the record button "
        "the recording starts 10 seconds before the button was pressed",
        "a camera's recording buffer, not an edit of a video file",
    ),
    out_of_scope(
        "fresh328-12",
        "export the time lapses saved to my camera's SD card",
        "downloading recordings from a camera, not an edit of a video file",
    ),
    out_of_scope(
        "fresh328-13",
        "when recording video, record the camera feeds separately so that they can be viewed "
        "more clearly during playback",
        "how a car's cameras are recorded, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
