"""A three-hundred-and-second fresh, held-out collection of real requests
(tests/realreq/fresh302.md): one checkable case a row, encoded the way fresh301.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh301's, the
rows are short, typical asks; all 21 come from GitHub issues and one pull request (drone pilots
and drivers: a photo picker, a camera library, smart glasses, two Blackbox log viewers, Gyroflow,
HDZero goggles, two OSD overlay tools, a camera recorder, Tesla's dashcam viewer, a flight recorder
and a GoPro dashboard overlay): a phone video compressed before upload, an upside-down export
turned right side up, humming and electronic noise cleaned from the sound, a flight video
stabilized, two Avata split files joined, a goggle .ts made an mp4 for iOS, a goggle MP4 made
to open in QuickTime, a video rendered larger for YouTube's compression, an OSD render made a
reasonable size with HEVC, a VTx DVR AVI made an mp4, every tenth frame as PNG files, a merged
recording split into pieces, a Tesla clip with a timestamp and HUD, a G-force circle from gyro
data, the static after a flight cut with no times, OSD elements hidden with no position, a
blackbox log rendered as an OSD, a video synced to a log, a goggle's DVR setting, a simulator's
recorded flight and lap times on a circuit video.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import Above, AnyOf, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh302.md")

_MP4 = step("convert", format="mp4")
_H264 = step("codec", codec="h264")
_HEVC = step("codec", codec="hevc")
_SMALL = step("quality", level="small")
_SMALLER_1080 = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))
_LARGER_1080 = (
    step("resize", lines=Above(1080))
    | step("resize", width=Above(1920))
    | step("resize", height=Above(1080))
    | step("resize", percent=Above(100))
)
_DVR = Probe(duration=300.0, width=1280, height=720, fps=60.0)


def _smaller(max_mb: float) -> tuple[list, ...]:
    """A smaller file: a small quality, a size limit under `max_mb`, or a smaller picture."""
    return (
        [_SMALL, maybe(_SMALLER_1080)],
        [_SMALLER_1080, maybe(_SMALL)],
        [step("compress", max_mb=Between(1, max_mb)), maybe(_SMALLER_1080)],
        [_SMALLER_1080, step("compress", max_mb=Between(1, max_mb))],
    )


CASES: tuple[Case, ...] = (
    do(
        "fresh302-01",
        "I want to upload this video: compress it myself, the video I get now is not compressed",
        *_smaller(15.7),
        probe=Probe(duration=20.0, width=1080, height=1920),
        note="a smaller file of a phone video (the thread's example is 15.7 MB)",
    ),
    do(
        "fresh302-02",
        "turn this exported video right side up: when I play back the saved clips they play in "
        "the correct orientation, but when exported it is flipped upside down",
        [step("rotate", degrees=180)],
        [step("flip", direction="vertical"), maybe(step("flip", direction="horizontal"))],
        [step("flip", direction="horizontal"), step("flip", direction="vertical")],
        probe=Probe(duration=15.0, width=1080, height=1920),
        note="turned a half turn (or flipped top to bottom)",
    ),
    do(
        "fresh302-03",
        "make the audio of this video decently clear: it has tons of noise, humming and "
        "electronic sounds, which makes the video very unusable",
        [step("audio_denoise")],
        probe=Probe(duration=60.0, width=1280, height=720),
        note="the noise in the sound reduced, at any strength",
    ),
    do(
        "fresh302-04",
        "stabilize this flight video; I wonder if it would be feasible to utilize the blackbox "
        "data to assist with it",
        [step("stabilize")],
        probe=Probe(duration=180.0, fps=60.0),
        note="the shaky flight footage steadied",
    ),
    do(
        "fresh302-05",
        "combine this DJI Avata file and the next one, split because it is over 3.5GB, into one "
        ".mp4",
        [step("join", clips=AnyOf(["DJI_0002.mp4"], []), at=AnyOf("end", None))],
        assets=["DJI_0002.mp4"],
        probe=Probe(duration=360.0, width=3840, height=2160, fps=60.0),
        note="the next split file played after this one",
    ),
    do(
        "fresh302-06",
        "make this DVR recording, which came out as .ts though the goggles are set to mp4, an "
        "mp4: .ts isn't supported on my iOS easily",
        [_MP4, maybe(_H264)],
        [_H264, _MP4],
        probe=_DVR,
        note="an MP4 the phone plays",
    ),
    do(
        "fresh302-07",
        "make this goggle DVR MP4 file open in QuickTime and Final Cut Pro: they don't recognize "
        "it as valid, so I still need Handbrake, ffmpeg or VLC to access it",
        [_H264, maybe(_MP4)],
        [step("reencode"), maybe(_MP4)],
        [_MP4, maybe(_H264)],
        [step("convert", format="mov"), maybe(_H264)],
        probe=_DVR,
        note="encoded again as a plain H.264 MP4 (or MOV) Apple's software reads",
    ),
    do(
        "fresh302-08",
        "render this video in higher resolution to get better compression when uploading to "
        "YouTube",
        [_LARGER_1080, maybe(step("quality", level="high"))],
        probe=Probe(duration=300.0, fps=60.0),
        note="scaled up from 1080p (1440p or 4K get YouTube's better encoding)",
    ),
    do(
        "fresh302-09",
        "output this video at a more reasonable size: ffmpeg appears to have used 100Mbps, and "
        "most of the quality appears to be retained at 10-20Mbps when using HEVC software "
        "encoding",
        [_HEVC, maybe(_SMALL)],
        [_SMALL, maybe(_HEVC)],
        [step("compress", max_mb=Between(500, 1500)), maybe(_HEVC)],
        [_HEVC, step("compress", max_mb=Between(500, 1500))],
        probe=Probe(duration=540.0, fps=60.0),
        note="HEVC, a smaller-file quality, or about 10-20 Mbps (675-1350 MB for 9 minutes)",
    ),
    do(
        "fresh302-10",
        "convert this .AVI file produced by my Eachine VTx + DVR to .mp4, so the Blackbox "
        "Explorer can open it",
        [_MP4, maybe(_H264)],
        [_H264, _MP4],
        probe=Probe(duration=120.0, width=640, height=480),
        note="an H.264 MP4 the log viewer loads",
    ),
    no_op(
        "fresh302-11",
        "export PNG files from this drone video for Meshroom, to convert it to a 3D mesh: only "
        "1 frame in each 10 frames, the minimum necessary",
        "no op: a series of images (every tenth frame), not one video or one still",
        probe=Probe(duration=120.0, fps=30.0),
    ),
    no_op(
        "fresh302-12",
        "split this merged large recording to keep 10-15 mins recordings",
        "no op: several files (10-15 minute pieces) from one",
        probe=Probe(duration=86400.0, width=1280, height=720, fps=15.0),
    ),
    no_op(
        "fresh302-13",
        "make a version of this Tesla dashcam video that timestamps it, or export it directly "
        "with the info added on it",
        "no op: a running timestamp and a speed/Autopilot HUD drawn from the car's recorded data",
        probe=Probe(duration=60.0, width=1448, height=938, fps=36.0),
    ),
    no_op(
        "fresh302-14",
        "create a G-force circle with a red dot dancing around inside it, and a number with one "
        "decimal place beside the x and z axis, directly when rendering this stabilized video, "
        "from its gyro data",
        "no op: a gauge drawn from the camera's gyro/accelerometer data; no telemetry-overlay op",
        probe=Probe(duration=180.0, fps=60.0),
    ),
    ask(
        "fresh302-15",
        "cut the analog static (no signal) the DVR kept recording after the flight was over: it "
        "makes the file larger than necessary",
        "where the flight ends and the static begins (no time is given)",
        (*WHICH_PART, "static", "signal", "flight"),
        probe=Probe(duration=600.0, width=720, height=576, fps=25.0),
    ),
    ask(
        "fresh302-16",
        "disable certain OSD elements like the GPS position or altitude in this video, for some "
        "reasons ;-)",
        "where on the frame those elements are (no position is given)",
        ("where", "which part", "position", "area", "region", "corner", "coordinates"),
        probe=Probe(duration=240.0, width=1280, height=720, fps=60.0),
    ),
    out_of_scope(
        "fresh302-17",
        "convert this blackbox log into an HD OSD overlay (the OSD as configured on the FC), so I "
        "could lay it over my HD footage",
        "rendering a flight log into OSD graphics, not an edit of a given video",
        probe=Probe(duration=180.0, fps=60.0),
    ),
    out_of_scope(
        "fresh302-18",
        "sync this HD video to my BlackBox log file: I'm having trouble syncing them; I wish I "
        "could move the video and the log separately",
        "aligning a video with a flight log in a log viewer, not an edit of the video",
        probe=Probe(duration=180.0, fps=60.0),
    ),
    out_of_scope(
        "fresh302-19",
        "write only the drone's OSD to the DVR, not the goggles'",
        "a goggle's recording setting: what the DVR records, not an edit of a given file",
        probe=_DVR,
    ),
    out_of_scope(
        "fresh302-20",
        "make the video of this recorded flight: the flight graph is recorded, but the video "
        "isn't?",
        "a flight recorder replays the flight inside the simulator; there is no video to edit "
        "(it has to be screen-recorded)",
        probe=Probe(duration=1800.0),
    ),
    out_of_scope(
        "fresh302-21",
        "display the lap times and the best lap on this car circuit video",
        "lap times come from a GPS or timing log of the session, which is not given; not an edit "
        "made from the video alone",
        probe=Probe(duration=900.0, fps=60.0),
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
