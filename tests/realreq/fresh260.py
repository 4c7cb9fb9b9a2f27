"""A two-hundred-and-sixtieth fresh, held-out collection of real requests
(tests/realreq/fresh260.md): one checkable case a row, encoded the way fresh257.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh257's, the
rows are short, typical asks; all 11 come from GitHub issues written in Chinese and English
(the queries in French, Spanish, Italian, German, Dutch and Polish forums found only guides): a
video too quiet to hear, a landscape video upside down, a WebM that won't play on an iPhone, a
demo GIF too heavy, a zoomed video's wobbly background, an iStock logo, an illustration video
too fast, demo videos too similar, a homepage video's subtitles, a window recording's black
borders, a live recording whose start is broken.
Each case follows its row's `expected` column; the `[out of scope]` rows are OUT-OF-SCOPE
refusals, the `[no op]` row a refusal of a DOABLE ask no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    LOUDER,
    Below,
    Between,
    Case,
    Probe,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh260.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh260-01",
        "make the sound of this video louder: the sound is too quiet, I can't hear it",
        [LOUDER],
        probe=Probe(duration=90.0, width=720, height=1280),
        note="louder (any amount)",
    ),
    do(
        "fresh260-02",
        "turn this video I shot in landscape back to normal: it is upside down",
        [step("rotate", degrees=180)],
        probe=Probe(duration=30.0, width=1920, height=1080),
        note="a half turn",
    ),
    do(
        "fresh260-03",
        "make this video play on the iPhone/iPad: I encoded it from .MP4 to WEBM, on the PC "
        "it's fine but it can't play on the iPhone/iPad, I tried Safari and Chrome",
        [step("convert", format="mp4"), maybe(step("codec", codec="h264"))],
        [step("codec", codec="h264"), step("convert", format="mp4")],
        probe=Probe(duration=300.0, width=1280, height=720),
        note="an mp4 (H.264) the iPhone plays",
    ),
    do(
        "fresh260-04",
        "shrink this demo gif, keeping it a gif: it is ~10 MB, heavy for the repo and slow to "
        "load; lossy compression, a reduced color palette and a lower frame rate can take it "
        "down to ~2–3 MB",
        [step("compress", max_mb=Between(2, 3))],
        [step("gif")],
        [maybe(step("fps", fps=Below(30))), maybe(step("resize")), step("gif")],
        probe=Probe(duration=20.0, width=1280, height=720, has_audio=False),
        note="under ~3 MB, or a GIF made again smaller",
    ),
    no_op(
        "fresh260-05",
        "fix the background of this zoomed-in video of animals I stabilized: it looks wobbly, "
        "as if it was printed on a rubber sheet which was repeatedly pulled apart and released "
        "again (a friend thinks it is the camera scanning the picture from the top down)",
        "no op",
        probe=Probe(duration=60.0, width=1920, height=1080),
        note="no op: correcting a rolling shutter's wobble",
    ),
    out_of_scope(
        "fresh260-06",
        "remove the iStock video logo from this video, please help me",
        "removing a stock agency's watermark from footage that was not licensed",
        probe=Probe(duration=20.0, width=1920, height=1080),
    ),
    ask(
        "fresh260-07",
        "slow this illustration video down: it is extremely fast, at a level that no one can "
        "see what happens and what is clicked",
        "how much slower (a speed)",
        ("how much", "how slow", "which speed", "what speed", "speed", "factor", "slower"),
        probe=Probe(duration=40.0, width=1920, height=1080),
    ),
    ask(
        "fresh260-08",
        "make this demo video shorter, displaying only the important parts: the current demo "
        "videos are too similar",
        "which parts are the important ones (what to keep)",
        (*WHICH_PART, "which parts", "important", "keep"),
        probe=Probe(duration=60.0, width=1920, height=1080),
    ),
    ask(
        "fresh260-09",
        "add subtitles to this homepage video: people should be able to experience all the "
        "language in the video even without audio",
        "the subtitles (a subtitle file or their text)",
        ("subtitle", "srt", "vtt", "caption", "transcript", "what text", "words", "file"),
        probe=Probe(duration=120.0, width=1920, height=1080),
    ),
    ask(
        "fresh260-10",
        "remove the thick solid black borders along the edges of the window in this "
        "recording, so that the natural edges are seen: they make it less aesthetically "
        "pleasing",
        "how wide the borders are (how much to crop off each edge)",
        ("how wide", "how thick", "how many pixels", "how much", "pixels", "width", "border"),
        probe=Probe(duration=60.0, width=1920, height=1080),
    ),
    out_of_scope(
        "fresh260-11",
        "fix this Douyu live recording: when I play it, part of the picture at the front keeps "
        "shaking and the sound doesn't match, but the later part matches again",
        "repairing a recording the recorder broke: the steady picture and the right sync of "
        "the start are not in the file",
        probe=Probe(duration=3600.0, width=1920, height=1080),
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
