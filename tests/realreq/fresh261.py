"""A two-hundred-and-sixty-first fresh, held-out collection of real requests
(tests/realreq/fresh261.md): one checkable case a row, encoded the way fresh257.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh257's, the
rows are short, typical asks; all 14 come from amateur astronomers, drone and action-camera
pilots, lab users and people filming birds and animals: a field movie under 10 MB, a garden
clip compressed for Blogger, an ISS transit played at its true 1.36 seconds, a boom mic in the
frame, a horizon that drifts, a bird house's dead time, an animation cropped to an area, an
FPV feed flipped, 4K drone shots brought to 720p, a lab's .avi wanted as .mp4, bearded
dragons made a time lapse, a .mov wanted as a Registax .avi, a miniscope recording
downsampled, a drone's live feed made vertical.
Each case follows its row's `expected` column; the `[out of scope]` rows are OUT-OF-SCOPE
refusals, the `[no op]` rows refusals of a DOABLE ask no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import (
    WHOLE,
    Below,
    Between,
    Case,
    Probe,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh261.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh261-01",
        "compress this movie so it can be uploaded: files must be less than 10MB",
        [step("compress", max_mb=Between(8, 10))],
        [step("resize", lines=480), step("compress", max_mb=Between(8, 10))],
        probe=Probe(duration=60.0, width=1920, height=1080),
        note="under 10 MB",
    ),
    do(
        "fresh261-02",
        "compress this clip of the squirrel and the jay quite a bit: it was shot in HD but "
        "I don't think Blogger will handle the file size",
        [step("quality", level="small")],
        [step("compress", max_mb=Below(100))],
        [step("resize", lines=Below(721))],
        probe=Probe(duration=90.0, width=1920, height=1080),
        note="smaller (any way) for Blogger",
    ),
    do(
        "fresh261-03",
        "make this animation of the ISS transiting the Sun play in its true duration: in "
        "reality the entire transit lasted a mere 1.36 seconds, and now it plays as a slow "
        "motion",
        [step("speed", factor=Between(2.9, 3.1), **WHOLE)],
        probe=Probe(duration=4.1, width=1920, height=1080, fps=10.0, has_audio=False),
        note="4.1 s played in 1.36 s: about 3x",
    ),
    no_op(
        "fresh261-04",
        "remove the boompole/mic that violates the upper side of the frame of this 2-sec "
        "footage: I cannot reshoot it, and I cannot crop because the footage has already "
        "been letterboxed",
        "no op",
        probe=Probe(duration=2.0, width=720, height=480),
        note="no op: painting an object out of the picture",
    ),
    no_op(
        "fresh261-05",
        "keep the horizon of this DJI Action 4 video level: after applying horizon lock, the "
        "video seems to be drifting and rotating left and right",
        "needs analysis",
        probe=Probe(duration=120.0, width=3840, height=2160),
        note="no op: levelling a horizon that drifts needs the camera's motion",
    ),
    no_op(
        "fresh261-06",
        "cut out most of the dead time of this thirty minutes of video of the bird house: it "
        "captured quite a few feedings",
        "needs analysis",
        probe=Probe(duration=1800.0, width=1280, height=720),
        note="no op: finding where the birds come needs an analysis",
    ),
    ask(
        "fresh261-08",
        "crop this animation to focus on a particular area",
        "which area to keep",
        ("which area", "which part", "what area", "where", "region", "area", "coordinates"),
        probe=Probe(duration=10.0, width=1920, height=1080, has_audio=False),
    ),
    out_of_scope(
        "fresh261-09",
        "flip the display of the FPV video 180º: not everyone installs their fpv camera in "
        "the right upward position",
        "flipping a live FPV camera feed in a viewer app, not an edit of a given file",
    ),
    do(
        "fresh261-10",
        "scale these 4K drone shots of our orchard meadow down to 720p",
        [step("resize", lines=720)],
        [step("resize", width=1280, height=720)],
        probe=Probe(duration=120.0, width=3840, height=2160),
        note="4K down to 720p",
    ),
    do(
        "fresh261-11",
        "convert this .avi calibration video to .mp4: the sleap-calibrate command is looking "
        "for a .mp4, and I was using MPEG encoding that day",
        [step("convert", format="mp4"), maybe(step("codec", codec="h264"))],
        probe=Probe(duration=60.0, width=1280, height=1024, has_audio=False),
        note="an mp4",
    ),
    do(
        "fresh261-12",
        "make this 2 hours of video of my bearded dragons a time lapse using, for example, 1 "
        "frame per 5 seconds: like those videos where someone set their camera down to take an "
        "image every couple of minutes, so a few hours come out in 30 seconds or so",
        [step("speed", factor=Between(120, 240), **WHOLE)],
        probe=Probe(duration=7200.0, width=1920, height=1080, fps=30.0),
        note="1 frame in 5 s at 30 fps: 150x; 2 hours into about 30 s: 240x",
    ),
    no_op(
        "fresh261-13",
        "convert this .mov file from my Canon 600D to an .avi file, but not any kind of .avi: "
        "a special type which later can be used by Registax",
        "no op",
        probe=Probe(duration=60.0, width=1920, height=1080),
        note="no op: promptcut writes no .avi",
    ),
    ask(
        "fresh261-14",
        "downsample this 30 min video from the UCLA miniscope (4 gb): it is too big to be "
        "processed; when I tried to downscale it the output lost much more quality than I "
        "expected",
        "how much smaller (a size or a factor)",
        (
            "how much",
            "how small",
            "what size",
            "which size",
            "resolution",
            "factor",
            "percent",
            "size",
        ),
        probe=Probe(duration=1800.0, width=752, height=480, fps=20.0, has_audio=False),
    ),
    out_of_scope(
        "fresh261-15",
        "get the live stream of the drone's camera in vertical mode, to capture and record "
        "the moments for posting on social media in the best quality",
        "the drone's live camera feed, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
