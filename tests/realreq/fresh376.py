"""A three-hundred-and-seventy-sixth fresh, held-out collection of real requests
(tests/realreq/fresh376.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh373's, the
rows are short, typical asks; all 11 come from GitHub issues of security-camera and
home-automation users (Agent DVR, Xiaomi Dafang, homebridge, Frigate, AForge, Blue Iris UI3, a
surveillance card, ZoneMinder, motionEye and a Home Assistant config): a webm timelapse made an
mkv, an alert video sized and encoded for Telegram, an upside-down camera turned over, a
timestamp blacked out where it is not said, part of the picture kept at an unnamed ratio, and
time-lapses built in an NVR, a card's player muted, an export bug, download buttons, cloud
uploads and a motion notification set up.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh376.md")

_H264_MP4 = step("codec", codec="h264") | step("convert", format="mp4")
_TELEGRAM_SIZE = step("resize", width=480) | step("resize", lines=320)
_NO_SOUND = {"has_audio": False}

CASES: tuple[Case, ...] = (
    do(
        "fresh376-01",
        "change this webm timelapse to an mkv file: webm is not widely compatible, specially "
        "among cloud backups with players, and mkv seems the most compatible and easy to "
        "manipulate",
        [step("convert", format="mkv")],
        probe=Probe(duration=300.0, fps=30.0, **_NO_SOUND),
        note="the timelapse as an mkv file",
    ),
    do(
        "fresh376-02",
        "make this camera alert video work in Telegram: video dimensions must be set to 480x320, "
        "and H.264 and MPEG-4 should be used as the codec and container",
        [_TELEGRAM_SIZE, maybe(_H264_MP4)],
        [_H264_MP4, _TELEGRAM_SIZE],
        probe=Probe(duration=20.0, width=1920, height=1080, fps=15.0),
        note="480 wide (or 320 lines), an H.264 mp4",
    ),
    do(
        "fresh376-03",
        "flip this camera video: VLC and Apple Home see it just fine except it is upside down",
        [step("rotate", degrees=180)],
        probe=Probe(duration=60.0, width=1920, height=1080, fps=20.0),
        note="a half turn: the upside-down picture right side up",
    ),
    ask(
        "fresh376-04",
        "black out the timestamp in this recorded event, as my motion mask does, so I don't see "
        "the timestamp I am blanking out",
        "where the timestamp is (which corner or area to cover)",
        ("where", "which corner", "which area", "position", "location", "region"),
        probe=Probe(duration=30.0, width=1920, height=1080, fps=10.0),
    ),
    ask(
        "fresh376-05",
        "keep only part of the camera area in this recording: the camera doesn't have the "
        "recording ratio I want",
        "which part of the picture, and which ratio (neither is given)",
        ("which part", "which area", "ratio", "aspect", "region", "where"),
        probe=Probe(duration=60.0, width=1280, height=720),
    ),
    out_of_scope(
        "fresh376-06",
        "add a tab in UI3 to generate ad hoc time-lapses of my Blue Iris footage at the same time "
        "of day over a certain time period, e.g. to see how my garden is growing",
        "a time-lapse built from many days of an NVR's recordings in its web interface",
    ),
    out_of_scope(
        "fresh376-07",
        "prevent the sound feed from the camera from being reproduced by the surveillance card, "
        "without turning the sound off at the camera (then the security videos would be missing "
        "sound)",
        "a dashboard card's live player muted, not an edit of a video file",
    ),
    out_of_scope(
        "fresh376-08",
        "let me export the current event that is still recording again, up to the point I click "
        "the Download button, as I could before",
        "a bug in ZoneMinder's export of an event still being recorded",
    ),
    out_of_scope(
        "fresh376-09",
        "re-add the buttons to download clips and snapshots directly in Frigate's new UI: a few "
        "of my cameras output h.265 video which cannot be changed, so I download the clip to "
        "view it",
        "download buttons in an NVR's interface, not an edit of a video file",
    ),
    out_of_scope(
        "fresh376-10",
        "get my particularly large motionEye videos, anything over 100mb, uploaded to Google "
        "Drive: I have pretty limited upload speed",
        "uploading to a cloud drive (a timeout setting), not an edit of a video file",
    ),
    out_of_scope(
        "fresh376-11",
        "set up Home Assistant to send a short animated gif or video file through iOS notify "
        "when motion is detected on the camera",
        "a home-automation notification set up, not an edit of a given video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
