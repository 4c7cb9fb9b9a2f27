"""A two-hundred-and-eighty-sixth fresh, held-out collection of real requests
(tests/realreq/fresh286.md): one checkable case a row, encoded the way fresh285.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh285's, the
rows are short, typical asks; all 15 come from GitHub issues of tools for watching the sky and
wildlife, and the cameras around them (Allsky, indi-allsky, motionEye and motionEyeOS, Scrypted,
displaycameras, the Global Meteor Network's RMS, the RPi camera web interface): a camera on its
side turned, colored artefacts, a grey start, a blocky timelapse, a video of a storm loop, the
image circle masked, a timelapse sent to a drive, a mosaic of cameras, a camera's name written,
a fireball's two files joined, meteors told from airplanes, a timelapse that will not play in a
browser or on iOS, a lower quality, and an AVI made an MP4.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .corpus import _joined
from .score import AnyOf, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh286.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh286-01",
        "rotate this video 90 degrees: the camera is on its side, focused on an object that is "
        "roughly twice as tall as it is wide, so that the image sensor's aspect ratio is more "
        "closely aligned with that of the object",
        [step("rotate", degrees=AnyOf(90, 270))],
        probe=Probe(duration=60.0, width=1920, height=1080),
        note="a quarter turn, either way",
    ),
    do(
        "fresh286-02",
        "improve this allsky video: it isn't great and I'm getting a lot of artifact on the "
        "video as colored pixels",
        [step("denoise")],
        probe=Probe(duration=60.0),
        note="the coloured specks (noise) reduced",
    ),
    ask(
        "fresh286-03",
        'cut the grey "screen" at the start of this 15 minute recording, the blank recording '
        "before I see the actual camera footage (anywhere from 5 seconds up to 1 full minute)",
        "where the grey start ends (when the camera footage begins)",
        (*WHICH_PART, "how long", "how many seconds", "grey"),
        probe=Probe(duration=900.0),
    ),
    no_op(
        "fresh286-04",
        "improve this timelapse: it is heavily compressed and quite blocky in places; I'm happy "
        "with a lossless video, space / bandwidth isn't an issue",
        "no op: the detail the heavy compression lost cannot be brought back by encoding it "
        "again (quality(high) only makes the file bigger); it needs the night's images made into "
        "a video again",
        probe=Probe(duration=70.0, width=2560, height=1920),
    ),
    out_of_scope(
        "fresh286-05",
        "create a short video from the frames of the current loop, to upload when storms pass",
        "a video made from the camera's still images, not an edit of a given video",
        probe=Probe(duration=60.0),
    ),
    no_op(
        "fresh286-06",
        "mask out the area surrounding the image circle on this timelapse",
        "no op: a circular mask; no operation blacks out what lies outside a circle",
        probe=Probe(duration=60.0, width=1920, height=1080),
    ),
    out_of_scope(
        "fresh286-07",
        "push this timelapse to Google Drive / email, so that I can review it at my leisure",
        "uploading or sending the file, not an edit of it",
        probe=Probe(duration=60.0),
    ),
    no_op(
        "fresh286-08",
        "combine this day's video and the other cameras' into a lesser (less resolution) "
        "mosaic per day",
        "no op: three videos tiled in a mosaic; no operation tiles several videos",
        assets=["cam2.mp4", "cam3.mp4"],
        probe=Probe(duration=80.0),
    ),
    ask(
        "fresh286-09",
        "overlay text on this video stream, like adding the camera name",
        "what the text says (the camera's name)",
        (
            "what text",
            "which text",
            "what should",
            "what name",
            "which name",
            "camera name",
            "the name",
        ),
        probe=Probe(duration=60.0),
    ),
    do(
        "fresh286-10",
        "this video with a fireball got split into several files when saving: glue this one "
        "and the other one together",
        [step("join", clips=_joined(["fireball_2.mp4"]), at="end")],
        assets=["fireball_2.mp4"],
        probe=Probe(duration=5.0),
        note="the other part after this one",
    ),
    out_of_scope(
        "fresh286-11",
        "watch this allsky mp4 from last night and tell me what you see: how do I tell the "
        "difference between meteors and airplanes?",
        "telling meteors from airplanes in the picture is not an edit of the file",
        probe=Probe(duration=120.0),
    ),
    do(
        "fresh286-12",
        "make this timelapse play in the browser: Firefox says No video with supported format "
        "and MIME type found, and in Vivaldi the video box appears but is black",
        [step("codec", codec="h264")],
        [step("reencode")],
        [step("resize"), maybe(step("codec", codec="h264"))],
        probe=Probe(duration=60.0, width=4656, height=3520, fps=25.0),
        note="encoded again as H.264 (smaller, if need be) so that browsers play it",
    ),
    do(
        "fresh286-13",
        "make this motion recording lower quality: my motion sensor triggers quite often, "
        "hence it generates GBs of data",
        [step("quality", level="small")],
        probe=Probe(duration=300.0),
        note="a smaller file at a lower quality",
    ),
    do(
        "fresh286-14",
        "make this timelapse viewable on iOS devices",
        [step("codec", codec="h264")],
        [step("reencode")],
        probe=Probe(duration=60.0),
        note="encoded again as H.264, which iOS plays",
    ),
    do(
        "fresh286-15",
        "make this recording an MP4: my iOS devices don't seem to want to handle the avi, and "
        "perhaps a MP4 may be more cross platform",
        [step("convert", format="mp4")],
        [step("codec", codec="h264")],
        probe=Probe(duration=60.0),
        note="an MP4 (H.264) made of the AVI",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
