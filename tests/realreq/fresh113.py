"""A hundred-and-thirteenth fresh, held-out collection of real requests (tests/realreq/fresh113.md):
one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh109's, the
rows are short, typical asks, like the development set's; they come from GitHub issues and pull
requests about work videos: a README demo, a Playwright test video, a presentation, a QuickTime
screencast, a Gource visualisation, a meeting recording, a menu-bar app's demo, an OSINT tool's
demo, a Slack GIF recorder, a terminal agents' demo reel, a privacy extension's demo, a Simulator
recording, a timelapse screen recorder, a transcription platform's screencast, a Mac app's README
demo and a Jitsi deployment's stream. Each case follows its row's `expected` column;
`[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the
request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import GIF, SOUND_ALONE, WHOLE, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh113.md")

#: 360p of a 1920x1080 video: the shorter side 360 (640x360).
_360P = (
    step("resize", lines=360)
    | step("resize", height=360)
    | step("resize", width=640)
    | step("resize", width=640, height=360)
)
#: 720p of a 1920x1080 video (1280x720).
_720P = (
    step("resize", lines=720)
    | step("resize", height=720)
    | step("resize", width=1280)
    | step("resize", width=1280, height=720)
)
#: Half the size of a 1920x1080 video (960x540).
_HALF = (
    step("resize", percent=50)
    | step("resize", lines=540)
    | step("resize", height=540)
    | step("resize", width=960)
    | step("resize", width=960, height=540)
)
#: A smaller-file setting that may come with a resize or a frame rate.
_SMALLER = maybe(step("quality", level="small"))

CASES: tuple[Case, ...] = (
    do(
        "fresh113-01",
        "shrink the size of the video to less than 10MB, to add it as the demo in the README",
        [anywhere(step("compress", max_mb=Between(1, 10))), maybe(step("resize"))],
        note="a file under 10 MB (a resize may come with it)",
    ),
    do(
        "fresh113-02",
        "transfer the playwright video to a gif for display",
        [GIF],
        note="an animated GIF, any size and rate",
    ),
    do(
        "fresh113-03",
        "make the presentation video 360p, due to the README's 10MB limitation",
        [anywhere(_360P), maybe(step("compress", max_mb=Between(1, 10)))],
        note="640x360 from 1920x1080 (a compress under 10 MB may come with it)",
    ),
    do(
        "fresh113-04",
        "convert the QuickTime screencast to a reasonably-sized gif with reasonable resolution, "
        "so I can embed it into my blog",
        [
            maybe(step("resize")),
            anywhere(
                step("gif", width=AnyOf(None, Between(240, 1920))) | step("convert", format="gif")
            ),
        ],
        note="an animated GIF, any rate, any width up to the video's (a resize may come first)",
    ),
    do(
        "fresh113-05",
        "keep the gource video small: 24fps with 720p should be sufficient",
        [anywhere(step("fps", fps=24)), anywhere(_720P), _SMALLER],
        probe=Probe(fps=60.0),
        note="24 fps and 1280x720 from the 1080p 60 fps video, either order",
    ),
    do(
        "fresh113-06",
        "decode the meeting recording to just the audio, to get a meeting transcription",
        [SOUND_ALONE],
        note="the sound alone, any audio format",
    ),
    do(
        "fresh113-07",
        "make the demo freeze on the last frame for a few seconds: it is hard to understand what "
        "the app does",
        [step("freeze", at=Between(59.5, 60), seconds=Between(2, 5))],
        note="the last frame of the 60 s video held 2 to 5 s",
    ),
    do(
        "fresh113-08",
        "slow the demo down, its speed is super fast: it should be readable",
        [step("speed", factor=Between(0.25, 0.9), **WHOLE)],
        note="slower, 0.25x to 0.9x, all of it",
    ),
    do(
        "fresh113-09",
        "reduce the resolution to half its current size before uploading: Slack shows a preview "
        "only under approximately 2MB",
        [anywhere(_HALF), maybe(step("compress", max_mb=Between(1, 2)))],
        note="960x540 from 1920x1080 (a compress under 2 MB may come with it)",
    ),
    do(
        "fresh113-10",
        "cut the demo reel clip's frozen final frame about 2s shorter: it is held about twice as "
        "long as a viewer needs",
        [step("trim", start=AnyOf(0, None), end=Between(23.8, 24.8))],
        [step("trim", start=AnyOf(0, None), end=Between(-2.5, -1.5))],
        [step("cut", start=Between(23.8, 24.8), end=Between(26.2, 26.33))],
        probe=Probe(duration=26.33),
        note="the last ~2 s of the 26.33 s clip taken off (it ends at 23.8 to 24.8 s)",
    ),
    do(
        "fresh113-11",
        "make the volume of the demo video a bit more uniform",
        [step("normalize")],
        note="an even loudness, any target",
    ),
    do(
        "fresh113-12",
        "save the Simulator recording as a GIF",
        [GIF],
        note="an animated GIF, any size and rate",
    ),
    ask(
        "fresh113-13",
        "blur the pieces of the screen where private information like mails and passwords popped "
        "up, for that time",
        "which area of the picture, and when",
        ("which", "where", "area", "region", "part", "position", "rectangle", "when", "time"),
    ),
    ask(
        "fresh113-14",
        "make a sharable clip of the screencast: engaging and under 15 seconds, please",
        "which part to keep (up to 15 s of it)",
        (*WHICH_PART, "which part", "which 15", "seconds", "clip"),
    ),
    ask(
        "fresh113-15",
        "crop the browser chrome out of the demo: the tab strip and address bar exposed open tabs",
        "how much to crop off the top (the browser bars' height in pixels)",
        ("how much", "how many", "pixels", "height", "how tall", "which area", "where", "size"),
    ),
    out_of_scope(
        "fresh113-16",
        "decrease the resolution of the video Jibri streams to Youtube: I observe frame skipping "
        "and buffering",
        "a setting of a Jitsi recorder's live stream to YouTube, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
