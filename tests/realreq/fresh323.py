"""A three-hundred-and-twenty-third fresh, held-out collection of real requests
(tests/realreq/fresh323.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh321's, the
rows are short, typical asks, here written in other languages (Chinese and Russian) and
translated: all 14 come from GitHub issues (n2n-watermark-remove, Bili23-Downloader,
B23Downloader, WebAV, WAVideoBox, small-video-record, VideoRoll, PiliPlus, voice-over-translation,
Snipaste, EpMedia, NarratoAI, ArtPlayer and snow-apps): a watermark removed, the sound kept as
its own file twice, a download transcoded to MP4, a 32 s video sped up four times, an MP4 into a
format not named, a rotation of no stated size, and players, recorders, a dub and programs' own
bugs.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import SOUND_ALONE, Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh323.md")

CASES: tuple[Case, ...] = (
    no_op(
        "fresh323-01",
        "remove the watermark from this video",
        "no op: a watermark painted out of the picture; no operation removes a logo",
        probe=Probe(duration=30.0, width=720, height=1280),
    ),
    do(
        "fresh323-02",
        "keep a separate copy of this video's audio as its own audio file",
        [SOUND_ALONE],
        probe=Probe(duration=300.0),
        note="the sound alone, as an audio file",
    ),
    do(
        "fresh323-03",
        "transcode this downloaded video to MP4",
        [step("convert", format="mp4")],
        probe=Probe(duration=600.0),
        note="the same video as an MP4",
    ),
    do(
        "fresh323-04",
        "split the audio stream out of this video file as a separate audio track, like "
        "Jianying does",
        [SOUND_ALONE],
        probe=Probe(duration=60.0),
        note="the sound alone, as an audio file",
    ),
    do(
        "fresh323-05",
        "speed up this 32 s video 4 times, so that it is 8 s long, all of it (not only "
        "the first and last few seconds)",
        [step("speed", factor=4, start=None, end=None)],
        probe=Probe(duration=32.0, width=720, height=1280),
        note="four times as fast, all of it: 8 seconds",
    ),
    ask(
        "fresh323-06",
        "convert this MP4 to another format",
        "which format (none is named)",
        ("which format", "what format", "format", "which", "what kind"),
        probe=Probe(duration=10.0, width=480, height=640),
    ),
    ask(
        "fresh323-07",
        "rotate this video and let me download the rotated video",
        "which way and how far (90, 180 or 270 degrees)",
        ("which way", "how far", "direction", "degrees", "clockwise", "90", "180", "which"),
        probe=Probe(duration=60.0),
    ),
    out_of_scope(
        "fresh323-08",
        "add a 90° video rotation function to the PiliPlus player",
        "a player's feature (turning the picture while watching), not an edit of a video file",
    ),
    out_of_scope(
        "fresh323-09",
        "save the translated voice-over track the extension produced for this video",
        "a browser extension's translated dub, not an edit of a given video file",
    ),
    out_of_scope(
        "fresh323-10",
        "record the screen and make it a GIF: sometimes a series of actions is needed to "
        "show others better",
        "recording the screen as a GIF, not an edit of a given video",
    ),
    out_of_scope(
        "fresh323-11",
        "explain why this 1 MB video saved from WeChat became 6 MB after cutting it with "
        "the library, with frame rate 30 and bit rate 10 set",
        "a library's default bit rate (a question about its settings), not an edit of the video",
    ),
    out_of_scope(
        "fresh323-12",
        "fix the exported narration video: the original clip's sound is very quiet and "
        "distorted at first, and the dubbing volume setting has no effect",
        "a program's export bug (its volume setting ignored), not an edit of a given file",
    ),
    out_of_scope(
        "fresh323-13",
        "add a 90 degree option to the player's flip setting, which now only has vertical"
        " (180) and horizontal (270)",
        "a web player's option, not an edit of a video file",
    ),
    out_of_scope(
        "fresh323-14",
        "let the screen recorder's GIF frame rate be set to more common values, or to any"
        " number typed in",
        "a screen recorder's GIF setting, not an edit of a given video",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
