"""A hundred-and-twelfth fresh, held-out collection of real requests (tests/realreq/fresh112.md):
one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh109's, the
rows are short, typical asks, like the development set's, about home videos and personal
projects; they come from GitHub issues of a Nextcloud video converter, a video editor, a chat
client, a video cutter, a macOS utility app, a rear-view-mirror webcam app and a Home Assistant
camera integration, and from a creativecow thread and two blogs. Each case follows its row's
`expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import LOUDER, Below, Case, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh112.md")

#: A smaller picture than the 1920x1080 input, however said.
_SMALLER = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080))
    | step("resize", width=Below(1920))
    | step("resize", percent=Below(100))
)
#: A smaller-file setting.
_SMALL = step("quality", level="small")

CASES: tuple[Case, ...] = (
    do(
        "fresh112-01",
        "convert the .avi video to mp4 after uploading: browsers such as chrome do not play .avi "
        "in the window",
        [
            anywhere(step("convert", format="mp4")),
            maybe(step("codec", codec="h264")),
            maybe(step("reencode")),
        ],
        note="saved as an mp4 (an h264 setting may come with it)",
    ),
    do(
        "fresh112-02",
        "remove the noise from the audio track: I'd rather not export the audio out to another "
        "program just to do noise removal",
        [step("audio_denoise")],
        note="the sound's noise reduced",
    ),
    do(
        "fresh112-03",
        "recover the wedding ceremony audio: most of it is extremely scratchy, some parts you can "
        "hardly hear, just noise",
        [step("audio_denoise"), maybe(LOUDER)],
        note="the sound's noise reduced (a louder level may come with it)",
    ),
    do(
        "fresh112-04",
        "turn my quilting lesson video right side up: with the video camera suspended from the "
        "ceiling, I taped it upside down",
        [step("rotate", degrees=180)],
        [
            anywhere(step("flip", direction="vertical")),
            anywhere(step("flip", direction="horizontal")),
        ],
        note="turned a half turn (or flipped both ways, either first)",
    ),
    do(
        "fresh112-05",
        "reduce the video before sending it: it's not compressed enough for spanish data "
        "connections",
        [anywhere(_SMALL), maybe(_SMALLER)],
        [anywhere(_SMALLER), maybe(_SMALL)],
        [anywhere(step("compress")), maybe(_SMALLER), maybe(_SMALL)],
        note="a smaller file: a smaller-file setting, a smaller picture, or a size to stay under",
    ),
    ask(
        "fresh112-06",
        "take away more than one section of the recording: it's a very long single shot of a "
        "birthday party",
        "which sections (their start and end times)",
        ("which", "section", "part", "where", "when", "time", "range", "start", "end"),
    ),
    ask(
        "fresh112-07",
        "crop and trim the video: I don't wanna install any heavy video editor",
        "which part to keep and which area to crop to",
        (
            "which",
            "part",
            "area",
            "where",
            "when",
            "range",
            "start",
            "end",
            "time",
            "aspect",
            "how much",
        ),
    ),
    ask(
        "fresh112-08",
        "zero out the sound level anywhere there's music that may offend some copyright owner: "
        "YouTube blocked the video",
        "where the music is (the parts to silence)",
        ("which", "where", "when", "part", "time", "range", "start", "end"),
    ),
    out_of_scope(
        "fresh112-09",
        "flip the camera in the rear-view mirror app, as mine is mounted upside down",
        "the live picture of a rear-view-mirror webcam app, not an edit of a file",
    ),
    out_of_scope(
        "fresh112-10",
        "make a timelapse: set a specific time frame, capture images periodically and create a "
        "gif or video file",
        "capturing a camera's images over a time frame, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
