"""An eighty-seventh fresh, held-out collection of real requests (tests/realreq/fresh87.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh85's, the
rows are short, typical asks, like the development set's; all 17 come from GitHub issues and
pull requests of security-camera and NVR tools (Frigate, ZoneMinder, Bluecherry, Viseron, iSpy,
lightNVR, Home Assistant's Ring integration, a Frigate notifier), camera firmware hacks (Wyze,
Xiaomi, Yi), an Android dashcam app, an ESP32 peephole camera and a screen recorder. Each case
follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals. An
`[extra input: …]` marker is left out of the request and the files it names are given as
assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .corpus import _joined
from .score import GIF, VERTICAL, WHOLE, Above, AnyOf, Between, Case, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh87.md")

#: The top half of the 1080x1920 portrait video kept (the dash at the bottom cut off).
_TOP_HALF = (
    step("crop_edges", bottom=Between(45, 55), top=0, left=0, right=0, unit="%")
    | step("crop_edges", bottom=Between(864, 1056), top=0, left=0, right=0, unit="px")
    | step("crop_area", width=1080, height=Between(864, 1056), y=0)
    | step("crop_area", width=1080, height=Between(864, 1056), y=None, anchor="top")
)

CASES: tuple[Case, ...] = (
    do(
        "fresh87-01",
        "turn over the video: my camera is hanging upside down",
        [step("rotate", degrees=180)],
        [step("flip", direction="horizontal"), step("flip", direction="vertical")],
        [step("flip", direction="vertical"), step("flip", direction="horizontal")],
        note="a half turn (or both flips); a vertical flip alone would leave it mirrored",
    ),
    do(
        "fresh87-02",
        "rotate the video by 90°: I'm using my Wyze cam as part of a video doorbell",
        [step("rotate", degrees=AnyOf(90, 270))],
        note="a quarter turn, either way (the way is not said)",
    ),
    do(
        "fresh87-03",
        "drop the audio of the camera recording: I don't want audio, and it's in pcm_alaw anyway "
        "so it can't be written to the mp4",
        [step("mute")],
        note="the sound removed",
    ),
    do(
        "fresh87-04",
        "make a gif that gives a fast forward preview of the event: great for getting a quick "
        "overview",
        [step("speed", factor=Above(1), **WHOLE), GIF],
        note="sped up, any factor, then an animated GIF",
    ),
    do(
        "fresh87-05",
        "make a low frame-rate gif of the doorbell clip, to see if someone is still at the door "
        "or has dropped a parcel and left",
        [step("gif", fps=Between(1, 10))],
        [step("fps", fps=Between(1, 10)), GIF],
        note="an animated GIF at a low frame rate (at most 10 fps; the gif's usual 12 is not low)",
    ),
    do(
        "fresh87-06",
        "send the GIF preview of the alert: GIFs present more context while keeping the file size "
        "down",
        [GIF],
        note="the clip as an animated GIF",
    ),
    do(
        "fresh87-07",
        "convert the Reolink camera's H265 recording to H264, so it plays back in the browser",
        [step("codec", codec="h264"), maybe(step("convert", format="mp4"))],
        note="the picture re-encoded as H.264 (an mp4 conversion may come with it)",
    ),
    do(
        "fresh87-08",
        "merge the multiple videos from the DVR into one video",
        [step("join", clips=_joined(["clip2.mp4", "clip3.mp4"]), at="end")],
        assets=["clip2.mp4", "clip3.mp4"],
        note="the other two videos joined after this one, in order",
    ),
    do(
        "fresh87-09",
        "slow the recorded motion down to half or quarter speed, to figure out what happened first",
        [step("speed", factor=Between(0.25, 0.5), **WHOLE)],
        note="half speed (a quarter is as fair), all of it",
    ),
    do(
        "fresh87-10",
        "the recording is too fast: it plays at about 1.42x speed, slow it back to normal",
        [step("speed", factor=Between(0.69, 0.72), **WHOLE)],
        note="slowed by 1/1.42 (about 0.70), all of it",
    ),
    do(
        "fresh87-11",
        "crop the dashcam video to keep only the windshield: the phone is vertical and placed low, "
        "so half of the video is showing my car's dash",
        [_TOP_HALF],
        probe=VERTICAL,
        note="the top half of the 1080x1920 portrait video kept",
    ),
    do(
        "fresh87-12",
        "encode the webcam recording at 1-5 fps",
        [step("fps", fps=Between(1, 5))],
        note="a frame rate from 1 to 5",
    ),
    do(
        "fresh87-13",
        "lower the resolution of the recording to reduce the file size even further, to 360P or "
        "480P: the quality is not important",
        [
            step("resize", lines=AnyOf(360, 480)) | step("resize", height=AnyOf(360, 480)),
            maybe(step("quality", level="small")),
        ],
        note="480p (360p is as fair); a smaller-file setting may come with it",
    ),
    ask(
        "fresh87-14",
        "play the Ring doorbell's last video normally: it is played too fast",
        "how much slower (the factor is not given)",
        ("how much", "how fast", "how slow", "speed", "factor", "slower", "how many times"),
    ),
    ask(
        "fresh87-15",
        "save the exact frame I am paused on in the recorded footage as a snapshot image",
        "which moment (the second of the frame)",
        ("which", "when", "time", "timestamp", "second", "at what", "where"),
    ),
    ask(
        "fresh87-16",
        "crop the peephole camera's video to a certain area: only 70% of the image is useful, the "
        "rest is black",
        "which area (where, and how big)",
        ("which area", "which part", "where", "area", "region", "size", "coordinates", "which"),
    ),
    out_of_scope(
        "fresh87-17",
        "overlay the current local date/time from the device on the camera's RTSP feed, like a "
        "watermark",
        "a running clock on a camera's live RTSP feed, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
