"""A three-hundred-and-sixty-sixth fresh, held-out collection of real requests
(tests/realreq/fresh366.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh365's, the
rows are short, typical asks; all 14 come from GitHub issues of Android apps and libraries
(Android phone users: Mp4Composer-android, android-transcoder, Signal, Nextcloud Talk,
SiliCompressor, material-camera, DroidRec, an AOSP gallery on a Sony phone, GrapheneOS, ownCloud's
video player and Simple Camera): an mp3 taken out of a video, an MP3 put in as its sound, a video
made smaller to send like WhatsApp does or to send faster from the gallery, a family video made
720p, a Samsung portrait video compressed without flipping it, a back-camera video turned upright,
a screen recording and a long video to trim with no times given, a gallery's trimming screen, a
web player's rotation, a camera app's recording, and a messenger's re-encoding on sending.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import Below, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh366.md")

_SMALL = step("quality", level="small")
_SMALLER_1080 = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))
_SMALLER_720 = step("resize", lines=Below(720)) | step("resize", percent=Below(100))
_PHONE = Probe(duration=60.0, width=1920, height=1080, fps=30.0)

CASES: tuple[Case, ...] = (
    do(
        "fresh366-01",
        "extract an audio mp3 file from this video",
        [step("extract_audio", format="mp3")],
        [step("convert", format="mp3")],
        probe=Probe(duration=120.0),
        note="the sound alone, as an mp3",
    ),
    do(
        "fresh366-02",
        "replace or add the audio channel of this video with this MP3 file",
        [step("replace_audio", file="audio.mp3")],
        [step("add_music", file="audio.mp3")],
        assets=["audio.mp3"],
        probe=Probe(duration=60.0),
        note="the MP3 as the video's sound, in place of its own or added to it",
    ),
    do(
        "fresh366-03",
        "reduce the size of this video before I send it, like WhatsApp does, to decrease data "
        "usage and the time to send it",
        [_SMALL, maybe(_SMALLER_1080)],
        [_SMALLER_1080, maybe(_SMALL)],
        [step("compress"), maybe(_SMALLER_1080)],
        probe=_PHONE,
        note="a smaller file: a smaller quality or resolution, or compressed",
    ),
    do(
        "fresh366-04",
        "make this family video 720p for normal everyday sharing: 540p is quite low",
        [step("resize", lines=720)],
        [step("resize", height=720)],
        probe=_PHONE,
        note="1080p made 720p",
    ),
    do(
        "fresh366-05",
        "just compress this video without flipping it: I recorded it through the camera of my "
        "Samsung Grand Prime+ in portrait, 1280x720 with rotation 90",
        [_SMALL],
        [step("compress")],
        [_SMALL, maybe(_SMALLER_720)],
        [step("compress"), maybe(_SMALLER_720)],
        probe=Probe(duration=60.0, width=720, height=1280, fps=30.0),
        note="a smaller file, the picture left upright",
    ),
    do(
        "fresh366-06",
        "turn this portrait back camera video upright: it was saved rotated 90 degrees ccw",
        [step("rotate", degrees=90)],
        probe=Probe(duration=30.0, width=1280, height=720),
        note="a quarter turn clockwise undoes the counter-clockwise one",
    ),
    do(
        "fresh366-07",
        "compress this video I selected from the gallery to significantly speed its transfer: "
        "modern phones make large files, and sending them is very slow",
        [_SMALL, maybe(_SMALLER_1080)],
        [_SMALLER_1080, maybe(_SMALL)],
        [step("compress"), maybe(_SMALLER_1080)],
        probe=_PHONE,
        note="a smaller file: a smaller quality or resolution, or compressed",
    ),
    ask(
        "fresh366-08",
        "trim this screen recording afterwards",
        "which part to keep (no times are given)",
        (*WHICH_PART, "second", "timestamp"),
        probe=Probe(duration=300.0, width=1080, height=2400),
    ),
    ask(
        "fresh366-09",
        "trim this long recorded video to a suitable length",
        "how long, or which part to keep (no length or times are given)",
        (*WHICH_PART, "how long", "length", "second", "minute"),
        probe=Probe(duration=900.0),
    ),
    out_of_scope(
        "fresh366-10",
        "fix the gallery's trimming: when I slide the trimming bars the playing dot doesn't move "
        "along and the video does a weird 300ms loop",
        "a gallery app's trimming screen misbehaving, not an edit of a video file",
    ),
    out_of_scope(
        "fresh366-11",
        "show this phone video upright on the share file page: captured with Snapchat on "
        "Android, it shows rotated sideways in Firefox and Chrome, while my PC and phone show "
        "it upright",
        "a web page's player ignoring the file's rotation, not an edit of the file",
        probe=Probe(duration=20.0, width=720, height=1280),
    ),
    out_of_scope(
        "fresh366-13",
        "send this AV1 encoded 2MB 1080p video in Signal without it being re-encoded into a 22MB "
        "H264 720p one",
        "a messenger's re-encoding on sending, not an edit of the file",
        probe=Probe(duration=30.0, width=1920, height=1080),
    ),
    out_of_scope(
        "fresh366-14",
        "upload this video without Signal processing it first: it inflates my 12MB 640x360 "
        "video to almost 90MB and takes roughly 5 minutes before even starting to upload",
        "a messenger's processing on sending, not an edit of the file",
        probe=Probe(duration=600.0, width=640, height=360),
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
