"""A two-hundred-and-seventy-seventh fresh, held-out collection of real requests
(tests/realreq/fresh277.md): one checkable case a row, encoded the way fresh273.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh273's, the
rows are short, typical asks; all 9 come from GitHub issues of camera, action-cam, 360 and
timelapse tools (a screen time-lapse recorder, motionEye, PiKrellCam, a GoPro telemetry
overlay, a defisheye library, an underwater colour corrector, Picamera2, Open GoPro, Google's
spatial media injector): a recording sped up 60x, an audio file inserted, a recording turned,
a g-force gauge, a fisheye removed, an underwater cast corrected, a timelapse turned with its
timestamp kept upright, a .360 file made a 360 mp4 and a 360 upload to YouTube.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import WHOLE, Between, Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh277.md")

_AUDIO = step("replace_audio", file="audio.mp3") | step("add_music", file="audio.mp3")

CASES: tuple[Case, ...] = (
    do(
        "fresh277-01",
        "make this screen time-lapse recording 60x faster: I set the settings to 60x faster, "
        "but got full length output",
        [step("speed", factor=Between(59.5, 60.5), **WHOLE)],
        probe=Probe(duration=1800.0, width=2560, height=1440, has_audio=False),
        note="60 times as fast, all of it",
    ),
    do(
        "fresh277-02",
        "insert an audio file into this video file from my camera (this cheap dashcam I bought "
        "does stuff like that)",
        [_AUDIO],
        assets=["audio.mp3"],
        probe=Probe(duration=60.0, width=1280, height=720, fps=15.0, has_audio=False),
        note="the audio file as the recording's sound",
    ),
    ask(
        "fresh277-03",
        "rotate this recording of the door to 1080x1920: the view is good for now, but with a "
        "90 degree crooked neck when viewing",
        "which way to turn it (clockwise or counter-clockwise)",
        (
            "which way",
            "which direction",
            "direction",
            "clockwise",
            "counterclockwise",
            "counter-clockwise",
            "left or right",
        ),
        probe=Probe(duration=60.0, width=1920, height=1080, has_audio=False),
    ),
    no_op(
        "fresh277-04",
        "add a g-force/accelerometer overlay to this GoPro Hero 9 video, above the MPH gauge "
        "(mostly downhill mountain bike sections)",
        "no op: a gauge drawn from the camera's accelerometer data; no telemetry-overlay op",
        probe=Probe(duration=600.0, width=2704, height=1520, fps=59.94),
    ),
    no_op(
        "fresh277-05",
        "remove the fisheye effect from this video: a human face recorded very close to the camera",
        "no op: lens (fisheye) correction; no op",
        probe=Probe(duration=30.0, width=1920, height=1080),
    ),
    no_op(
        "fresh277-06",
        "apply the underwater colour correction to all the frames of this dive video (the "
        "correction from one frame to the whole video is fine)",
        "no op: an underwater colour-cast (white balance) correction; no op",
        probe=Probe(duration=120.0, width=1920, height=1080),
    ),
    no_op(
        "fresh277-07",
        "rotate this timelapse with its stamped time the right way up: my camera, because of "
        "poor design in the mount, is upside down, but if I rotate the video after the "
        "timelapse is taken the timestamp is now upside down",
        "no op: the picture turned 180 degrees with its burned-in timestamp kept upright "
        "(redrawn); rotate would turn the stamp too",
        probe=Probe(duration=60.0, width=640, height=480, fps=3.0, has_audio=False),
    ),
    no_op(
        "fresh277-08",
        "convert this GoPro MAX video with the 360 extension (.360) into a standard video "
        "(mp4) without losing the 360 feature capability",
        "no op: the .360 (two EAC streams) stitched into a 360-degree mp4; no op reprojects "
        "360 video",
        probe=Probe(duration=120.0, width=4096, height=1344, fps=29.97),
    ),
    out_of_scope(
        "fresh277-09",
        "tell me how to make this video from my KODAK PixPro SP360 camera viewable in the "
        "YouTube 360 player (I have 4TB of videos from my 3 months trip in Cuba)",
        "how to upload to YouTube as 360 (its projection and metadata), not an edit asked of "
        "the file",
        probe=Probe(duration=2.0, width=1440, height=1440),
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
