"""A three-hundred-and-thirty-seventh fresh, held-out collection of real requests
(tests/realreq/fresh337.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh333's, the
rows are short, typical asks; 10 come from GitHub issues and six from web pages (pet owners,
birders, wildlife and trail-camera users and nature filmers: Motion, a wildlife cinematographer,
an ESP32-CAM recorder, a student's page, a naturalist's blog, a YI camera hack, MegaDetector GUI,
a field recordist, motionEyeOS, RPi Cam Web Interface, a butterfly photographer, a duck keeper,
motionEye, an MJPEG time-lapse integration, Frigate and biowatch): a frozen stretch cut out,
polar bear footage steadied, a tomato time-lapse sped up 32 times, a monument clip made smaller,
a one-minute gif of blackbirds, a camera's logo removed, a video split into frames, a field
recording lined up by its clicks, a wren's movie at more fps, a motion video slowed to its real
speed, a butterfly's frame with open wings, a gif of ducklings of some length, lost seconds, an
event-triggered time-lapse, a review clip's download link and animals counted in an app.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh337.md")

_SMALL = step("quality", level="small")
_SMALLER_1080 = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))
_GIF = step("gif") | step("convert", format="gif")
_NO_SOUND = {"has_audio": False}

CASES: tuple[Case, ...] = (
    do(
        "fresh337-01",
        "delete the no-motion (freeze) frames in this video: the time counting continues in the "
        "no-motion frames, and from 0:15 to 0:35 there is a 20 second freeze on one frame",
        [step("cut", start=15, end=35)],
        [step("keep_ranges", ranges=[[0, 15], [35, 45]])],
        [step("cut_ranges", ranges=[[15, 35]])],
        probe=Probe(duration=45.0, width=1280, height=720, fps=25.0, **_NO_SOUND),
        note="the frozen 0:15-0:35 cut out, the motion before and after joined",
    ),
    do(
        "fresh337-02",
        "stabilize this polar bear footage, shot anywhere from 100mm to 800mm on a Canon 7d from "
        "a Tundra Buggy in brutal wind: it is less than stable, and the wind adds in some rolling "
        "shutter artifacts, so it could be unusable and unsellable",
        [step("stabilize")],
        probe=Probe(duration=30.0, fps=24.0),
        note="steadied (no operation repairs the rolling shutter)",
    ),
    do(
        "fresh337-03",
        "multiply the speed of this tomato time-lapse, already at 50x, by another 32 times for "
        "1600x: one day in 30 seconds",
        [step("speed", factor=32, start=None, end=None)],
        probe=Probe(duration=960.0, width=1280, height=720, fps=25.0, **_NO_SOUND),
        note="32 times faster: 16 minutes of 50x video become 30 seconds",
    ),
    do(
        "fresh337-04",
        "convert this .mov video clip of the Chief Kokomo monument to a smaller file: it is a "
        "large file, coming in at about 20 meg for a 1:19 video clip",
        [step("compress", max_mb=Between(1, 20)), maybe(_SMALLER_1080), maybe(step("convert"))],
        [_SMALL, maybe(_SMALLER_1080), maybe(step("convert"))],
        [_SMALLER_1080, maybe(_SMALL), maybe(step("convert"))],
        probe=Probe(duration=79.0, width=640, height=480),
        note="a smaller file than the 20 MB .mov: under 20 MB, or a smaller quality",
    ),
    do(
        "fresh337-05",
        "make a one-minute gif from this video of the red-winged blackbirds at Burnaby Lake: the "
        "gif makers I use only take a maximum of ten or fifteen seconds",
        [maybe(step("trim", start=0, end=60)), _GIF],
        probe=Probe(duration=60.0),
        note="the whole one-minute video as a GIF",
    ),
    no_op(
        "fresh337-06",
        'remove the "YI" logo / watermark in the lower left corner of this video',
        "no op: a logo painted out of the picture (delogo, inpainting); no operation removes it",
        probe=Probe(duration=60.0, width=1920, height=1080, fps=20.0),
    ),
    no_op(
        "fresh337-07",
        "take this camera-trap video and split it into individual frames to be processed as images",
        "no op: every frame saved as an image; still and convert to an image keep one frame",
        probe=Probe(duration=20.0),
    ),
    no_op(
        "fresh337-08",
        "put the sound of my Zoom F3 field recording under this cellphone video instead of its "
        "own audio, which is utter garbage (handling noises, wind noise): line up the 3 or 4 "
        "clicks I made close to all mics, then mute the audio from the cellphone track",
        "needs analysis: the recording lined up with the picture by its clicks (an offset found "
        "in both sounds); replace_audio alone leaves it out of sync",
        assets=["field.wav"],
        probe=Probe(duration=120.0, width=1080, height=1920),
    ),
    ask(
        "fresh337-09",
        "improve this garden camera movie of a House Wren by increasing the fps: now it is 20fps "
        "but there is too much lag",
        "which frame rate (the frames in between can only be repeated or interpolated)",
        ("frame rate", "fps", "how many", "which", "what rate"),
        probe=Probe(duration=15.0, width=1280, height=720, fps=20.0),
    ),
    ask(
        "fresh337-10",
        "slow this motion-detection video down to the correct speed: on playback it shows a "
        "speeded up version",
        "by how much (how long the recording really lasted, or its real frame rate)",
        ("how much", "how fast", "how slow", "how long", "by what", "factor", "frame rate", "fps"),
        probe=Probe(duration=20.0, fps=25.0),
    ),
    ask(
        "fresh337-11",
        "grab just the right frame for an ID from this 240 fps slow-motion video of a flying "
        "butterfly: one with its wings open",
        "at what time (which frame shows the wings open)",
        (*WHICH_PART, "frame", "moment", "second"),
        probe=Probe(duration=40.0, fps=30.0, **_NO_SOUND),
    ),
    ask(
        "fresh337-12",
        "make a gif of my ducklings eating spaghetti from this video on my phone, trimming the "
        "video to the length I want",
        "which part, and how long (the length is not given)",
        (*WHICH_PART, "how long", "length", "seconds"),
        probe=Probe(duration=90.0, width=1080, height=1920),
    ),
    out_of_scope(
        "fresh337-13",
        "find where the seconds lost from this movie captured from my rasp-cam have gone: the "
        "second counter of the clock in the lower right corner skips from 12 to 16",
        "the seconds were never recorded (the recorder's capture settings), not an edit of the "
        "file",
    ),
    out_of_scope(
        "fresh337-14",
        "trigger the recordings on events instead of on time, so the result is a timelapse video "
        "of all the events during a period: a short video of all that happened in my garden "
        "during the day",
        "recording triggered by a camera integration, not an edit of a given file",
    ),
    out_of_scope(
        "fresh337-15",
        "generate a URL for downloading the complete review clip, from the start time of the "
        "first event to the end time of the last event, so I save only the necessary clips in my "
        "NAS storage",
        "a download link from an NVR's API, not an edit of a given file",
    ),
    out_of_scope(
        "fresh337-16",
        "add an observation option for this video, as when working with pictures, to count the "
        "number of animals in it",
        "annotating observations in a camera-trap app, not an edit of the video",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
