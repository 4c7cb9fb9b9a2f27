"""An eighty-third fresh, held-out collection of real requests (tests/realreq/fresh83.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh81's, the
rows are short, typical asks, like the development set's; all 10 come from GitHub issues and pull
requests of documentation, slide and knowledge tools that embed or record video: a README's
how-to GIF, a project's demo GIF, a docs site's intro videos, a course's screen-recorded
submissions, a video-call tool, a terminal tool's README recording, a lecture platform, a screen
recorder, a public broadcasting archive and an NDI plugin for OBS. Each case follows its row's
`expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker
is left out of the request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import GIF, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh83.md")

#: A GIF of a screen, with no sound.
_README_GIF = Probe(width=2300, height=1606, fps=15.0, has_audio=False)
#: A smaller-file setting that may come with a change made for the size.
_SMALLER = maybe(
    step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Between(0.1, None))
)

CASES: tuple[Case, ...] = (
    do(
        "fresh83-01",
        "optimise the How To GIF: make it 1150 x 803, it is a 2300px x 1606px 17Mb GIF",
        [step("resize", width=1150), maybe(GIF)],
        [step("resize", height=803), maybe(GIF)],
        [step("resize", lines=803), maybe(GIF)],
        [step("resize", percent=50), maybe(GIF)],
        [step("gif", width=1150)],
        probe=_README_GIF,
        note="half the size, 1150x803 of the 2300x1606 GIF (it may stay a GIF)",
    ),
    do(
        "fresh83-02",
        "reduce the demo GIF to under 3 MB while maintaining visual clarity: the 7.1 MB file is "
        "causing display issues in GitHub Markdown preview",
        [
            anywhere(step("compress", max_mb=Between(1.5, 3))),
            maybe(step("fps", fps=Between(8, 15))),
            maybe(GIF),
        ],
        probe=Probe(width=1280, height=720, fps=30.0, has_audio=False),
        note="compressed to 3 MB or less (a lower frame rate or a GIF output may come with it)",
    ),
    do(
        "fresh83-03",
        "give the intro video open captions (subtitles), for accessibility",
        [step("subtitles", file=AnyOf("basics-en.srt", None))],
        assets=["basics-en.srt"],
        note="the .srt burned in: open captions",
    ),
    do(
        "fresh83-04",
        "bring the screen recording down to 720p@30: the file size was ridiculously big (6GB), as "
        "QuickTime recorded it at full resolution @ 60fps",
        [
            anywhere(step("resize", lines=720) | step("resize", height=720)),
            anywhere(step("fps", fps=30)),
            _SMALLER,
        ],
        probe=Probe(width=2880, height=1800, fps=60.0),
        note="720 lines high and 30 fps, either first (a smaller-file setting may come with it)",
    ),
    do(
        "fresh83-05",
        "rotate the video: there are some webcam drivers (under Linux) with bugs with the image "
        "upside-down",
        [step("rotate", degrees=180)],
        [
            anywhere(step("flip", direction="vertical")),
            anywhere(step("flip", direction="horizontal")),
        ],
        note="a half turn, or both flips, which is the same turn",
    ),
    do(
        "fresh83-06",
        "replace the gif with an mp4 at 15fps, since the TUI steps frame by frame: at that density "
        "a gif can't be both legible and small",
        [
            anywhere(step("convert", format="mp4")),
            anywhere(step("fps", fps=15)),
            maybe(step("codec", codec="h264")),
        ],
        probe=Probe(width=400, height=711, fps=30.0, has_audio=False),
        note="an mp4 at 15 fps, either first (an H.264 setting may come with it)",
    ),
    ask(
        "fresh83-07",
        "increase the playback speed of the recorded lecture: the presenter is speaking slowly",
        "how much faster (a factor)",
        ("how much", "how fast", "faster", "factor", "speed", "1.25", "1.5"),
    ),
    ask(
        "fresh83-08",
        "add text information/instructions to the screen recording and then save it as a GIF: I "
        "often need to create instructional screen grabs for students",
        "which text (the words, and where in the recording)",
        ("which text", "what text", "the text", "text", "words", "instructions", "what should"),
    ),
    ask(
        "fresh83-09",
        "make a clip of the asset rather than the whole file, to play just from the start time to "
        "the end time",
        "which part (the start and end times)",
        WHICH_PART,
    ),
    out_of_scope(
        "fresh83-10",
        "flip the image of the NDI Virtual Input: with this plugin the stream is horizontally "
        "flipped",
        "a live NDI input in OBS, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
