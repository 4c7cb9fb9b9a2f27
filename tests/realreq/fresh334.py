"""A three-hundred-and-thirty-fourth fresh, held-out collection of real requests
(tests/realreq/fresh334.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh333's, the
rows are short, typical asks; 11 come from GitHub issues and pull requests and three from web
pages (app developers and product people with App Store previews, simulator recordings, demo
videos for READMEs and landing pages: RocketSim, fast-music-remover, Kap, expressjs.com, HandBrake,
Gifox, Cap, a Ruby blog, a screen-recording service's feedback board and an indie developer's
blog): a recording transcoded for Firefox, a recording made a GIF, a demo video under GitHub's
10 MB, a Retina GIF made smaller, a two-minute demo shrunk, the last two minutes kept, a hero
video made WebM, an App Preview fixed for an unnamed device, the parts of a preview showing other
apps removed, one track of a GIF exported, a simulator recorded without its background, the
dynamic island hidden, a status bar set to 9:41 and a GIF export that stops short.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope, smaller_gif
from .score import AnyOf, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh334.md")

_SMALL = step("quality", level="small")
_SMALLER_2160 = step("resize", lines=Below(2160)) | step("resize", percent=Below(100))
_NO_SOUND = {"has_audio": False}
_SIM = {"width": 1320, "height": 2868, "fps": 60.0}

CASES: tuple[Case, ...] = (
    do(
        "fresh334-01",
        "transcode this simulator screen recording so it renders in Firefox: I add it to a "
        "GitHub PR, or else most of my coworkers can't see it",
        [step("codec", codec="h264"), maybe(step("convert", format="mp4"))],
        [step("convert", format="mp4"), maybe(step("codec", codec="h264"))],
        [step("convert", format="webm")],
        probe=Probe(duration=30.0, **_SIM, **_NO_SOUND),
        note="H.264 in an mp4 (or a WebM), which Firefox plays",
    ),
    do(
        "fresh334-02",
        "convert this mp4 recording to a gif for sharing on GitHub",
        [step("gif")],
        [step("convert", format="gif")],
        probe=Probe(duration=15.0, **_SIM, **_NO_SOUND),
        note="an animated GIF of the recording",
    ),
    do(
        "fresh334-03",
        "compress this demo video under the 10 MB file limit, as H.264 with AAC, so it plays "
        "directly in the README",
        [step("compress", max_mb=Between(1, 10)), maybe(step("codec", codec="h264"))],
        [step("codec", codec="h264"), step("compress", max_mb=Between(1, 10))],
        probe=Probe(duration=90.0),
        note="under 10 MB, H.264 and AAC (compress writes them)",
    ),
    do(
        "fresh334-04",
        "reduce the size of this GIF I recorded on a Retina display: it became fairly large",
        *smaller_gif(2560, 1600, 15.0),
        probe=Probe(duration=12.0, width=2560, height=1600, fps=15.0, **_NO_SOUND),
        note="a smaller GIF: fewer pixels or frames",
    ),
    do(
        "fresh334-05",
        "shrink this two minute screen recording of a Ruby demo before I upload it: terminal "
        "text does not need 4K, and a Rails console does not need cinematic fps",
        [_SMALLER_2160, maybe(step("fps", fps=Between(10, 30))), maybe(_SMALL)],
        [step("fps", fps=Between(10, 30)), _SMALLER_2160, maybe(_SMALL)],
        probe=Probe(duration=120.0, width=3840, height=2160, fps=60.0),
        note="a lower resolution (and maybe 30 fps or less)",
    ),
    do(
        "fresh334-06",
        "keep only the last 2 minutes of this screen recording",
        [step("trim", start=AnyOf(-120, 480), end=AnyOf(None, 600))],
        probe=Probe(duration=600.0),
        note="the last 120 seconds",
    ),
    do(
        "fresh334-07",
        "convert this hero background video from MP4 to WebM to reduce the asset size",
        [step("convert", format="webm")],
        probe=Probe(duration=20.0, **_NO_SOUND),
        note="a WebM of it",
    ),
    ask(
        "fresh334-08",
        "fix this App Preview video so Apple accepts it: I tried numerous settings and each "
        "was rejected, and there was more required than just their noted dimensions",
        "for which device size (the dimensions Apple takes depend on the display class)",
        ("device", "which", "size", "dimension", "resolution", "iphone", "ipad"),
        probe=Probe(duration=28.0, width=1080, height=1920),
    ),
    ask(
        "fresh334-09",
        "remove the parts of this App Preview video that show screenshots being taken in apps "
        "other than mine, Calendar and Maps: Apple rejected it",
        "where those parts are (their times)",
        WHICH_PART,
        probe=Probe(duration=30.0, width=886, height=1920),
    ),
    ask(
        "fresh334-10",
        "export only one specific track of this gif: I record one large GIF and splice it into a "
        "dozen tracks",
        "which track: from when to when",
        WHICH_PART,
        probe=Probe(duration=120.0, fps=15.0, **_NO_SOUND),
    ),
    out_of_scope(
        "fresh334-11",
        "record the iOS simulator without the background behind it",
        "recording the screen, not an edit of a video file",
    ),
    out_of_scope(
        "fresh334-12",
        "toggle off the hardware dynamic island and the gesture bar in my simulator screenshots "
        "and recordings",
        "a screen recorder's setting, not an edit of a video file",
    ),
    out_of_scope(
        "fresh334-13",
        "customize the simulator's status bar for my screenshots and videos: set the time to "
        "09:41 and show full cellular signal",
        "setting up the simulator before recording, not an edit of a video file",
    ),
    out_of_scope(
        "fresh334-14",
        "fix saving as GIF: it does not save the entirety of the recording, and it never "
        "exceeds 7.9MB",
        "a screen recorder's bug, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
