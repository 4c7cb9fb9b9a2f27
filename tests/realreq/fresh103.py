"""A hundred-and-third fresh, held-out collection of real requests (tests/realreq/fresh103.md):
one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh101's, the
rows are short, typical asks, like the development set's; all 14 come from GitHub issues of phone
users' tools: an iPad screen recorder, Telegram, WhatsApp and XMPP clients, iOS, Android, React
Native and Flutter camera and video libraries, and Android screen recorders. Each case follows its
row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]`
marker is left out of the request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import VERTICAL, WHOLE, AnyOf, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh103.md")

#: A smaller-file setting that may come with a resize.
_SMALLER = maybe(step("quality", level=AnyOf("small", "balanced")))

#: The 3840x2160 phone video scaled to 1080p, its shape kept.
_TO_1080 = (
    step("resize", lines=1080)
    | step("resize", height=1080, width=AnyOf(None, 1920))
    | step("resize", width=1920, height=AnyOf(None, 1080))
    | step("resize", percent=50)
)

#: The 3840x2160 phone video scaled to 720p (1280x720), its shape kept.
_TO_720 = (
    step("resize", lines=720)
    | step("resize", height=720, width=AnyOf(None, 1280))
    | step("resize", width=1280, height=AnyOf(None, 720))
    | step("resize", percent=Between(33.3, 33.4))
)

#: The 384x384 video message scaled to 640x640.
_TO_640 = (
    step("resize", lines=640)
    | step("resize", width=640, height=AnyOf(None, 640))
    | step("resize", height=640, width=AnyOf(None, 640))
    | step("resize", percent=Between(166, 167))
)

_4K = Probe(width=3840, height=2160)

CASES: tuple[Case, ...] = (
    do(
        "fresh103-01",
        "the recording from my 1st Gen iPad is rotated 180 degrees: turn it the right way up",
        [step("rotate", degrees=180)],
        note="turned half a turn",
    ),
    do(
        "fresh103-02",
        "make the 384x384 video message the maximum supported 640x640 resolution",
        [_TO_640],
        probe=Probe(width=384, height=384),
        note="the 384x384 video scaled to 640x640",
    ),
    do(
        "fresh103-03",
        "keep the video under 12 MB: that is the max video size supported by WhatsApp's server",
        [step("compress", max_mb=Between(5, 12))],
        note="at most 12 MB",
    ),
    do(
        "fresh103-04",
        "compress the 4K video to 1080p before sending: with the PC version of Telegram you have "
        "to compress it first",
        [_TO_1080, _SMALLER],
        probe=_4K,
        note="the 3840x2160 video made 1080p (a smaller-file setting may come with it)",
    ),
    do(
        "fresh103-05",
        "compress the 4K phone video to HD, 1280x720: I like the faces of the people to be "
        "recognizable",
        [_TO_720, _SMALLER],
        probe=Probe(duration=53.0, width=3840, height=2160),
        note="the 3840x2160 video made 1280x720 (a smaller-file setting may come with it)",
    ),
    do(
        "fresh103-06",
        "the video is too large: make it like WeChat's, 2 MB for the 10 seconds",
        [step("compress", max_mb=Between(1.5, 2))],
        probe=Probe(duration=10.0),
        note="the 10 s video at most 2 MB",
    ),
    do(
        "fresh103-07",
        "save the screen recording as an animated gif: it would be very useful when reporting "
        "bugs, e.g. via GitHub issues",
        [step("gif") | step("convert", format="gif")],
        note="an animated GIF of it",
    ),
    do(
        "fresh103-08",
        "add a logo on the bottom right of the video, to prevent people from sharing it without "
        "credit",
        [step("overlay_image", file="logo.png", position="bottom-right", **WHOLE)],
        assets=["logo.png"],
        note="the logo in the bottom-right corner, all of it",
    ),
    do(
        "fresh103-09",
        "I recorded the video with the camera, but I need the output in slow motion",
        [step("speed", factor=Below(1), **WHOLE)],
        note="slowed down, any amount, all of it",
    ),
    do(
        "fresh103-10",
        "reduce the size of the 10 second video recorded on iOS: it is 15.6MB, while on Android it "
        "is only 1.2MB",
        [step("compress", max_mb=Between(0.8, 2))],
        [step("quality", level="small")],
        probe=Probe(duration=10.0),
        note="about the Android size, 1.2 MB, or simply a smaller file",
    ),
    ask(
        "fresh103-11",
        "compress the file and add a caption like Snapchat",
        "which caption (the words)",
        ("caption", "which text", "what text", "the text", "text", "words", "what should"),
    ),
    ask(
        "fresh103-12",
        "trim 60 sec of the video, not only 30 sec",
        "which 60 seconds (where the kept part starts)",
        ("which", "where", "start", "from when", "what part", "which part", "begin"),
        probe=Probe(duration=180.0),
    ),
    ask(
        "fresh103-13",
        "crop the screen recording to hide the notification bar",
        "how much to crop off the top (the bar's height in pixels)",
        ("how much", "how many", "pixels", "height", "how tall", "which area", "where", "size"),
        probe=VERTICAL,
    ),
    out_of_scope(
        "fresh103-14",
        "record rounded videos on Telegram Desktop, like the mobile version",
        "recording round video messages in a messenger, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
