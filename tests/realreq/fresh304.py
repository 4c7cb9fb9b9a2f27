"""A three-hundred-and-fourth fresh, held-out collection of real requests
(tests/realreq/fresh304.md): one checkable case a row, encoded the way fresh301.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh301's, the
rows are short, typical asks; all 19 come from GitHub issues (open-knowledge tools and their
neighbours: a Discord-size compressor, video2commons, FOSDEM's video team, Kiwix's mwoffliner, a
forum plugin, a research tool's docs, two READMEs, a Nextcloud converter, a video cutter,
LosslessCut, VidCutter, an annotation editor, a Rust editor, a game-clip site, MPC-HC and
Mozilla's screenshots): a portrait phone video compressed to 8 MB, a 4-hour upload at a lower
resolution, a talk normalized, three GIFs made videos, two README GIFs made smaller, an OGV
file, black borders cut off, a cut, a crop and a start and end with no times or amounts, a
rotation with no direction, a crop and a turn by any angle, a transfer tool's low quality, a
player's rotation and a new animated tour.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope, smaller_gif
from .score import Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh304.md")

_MP4 = step("convert", format="mp4")
_WEBM = step("convert", format="webm")
_H264 = step("codec", codec="h264")
_SMALLER_1080 = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080))
    | step("resize", width=Below(1920))
    | step("resize", percent=Below(100))
)
_SMALLER_PORTRAIT = (
    step("resize", lines=Below(1080))
    | step("resize", width=Below(1080))
    | step("resize", height=Below(1920))
    | step("resize", percent=Below(100))
)
_UNDER_8 = step("compress", max_mb=Between(1, 8))
_UNDER_4GIB = step("compress", max_mb=Between(100, 4295))


def _smaller_gif(width: int, height: int, fps: float, max_mb: float) -> tuple[list, ...]:
    """A smaller GIF: made again at a lower width or frame rate, scaled down, or compressed
    under `max_mb`."""
    return (
        *smaller_gif(width, height, fps),
        [step("compress", max_mb=Between(0.5, max_mb))],
    )


CASES: tuple[Case, ...] = (
    do(
        "fresh304-01",
        "compress this video I recorded on my phone in portrait mode (1920x1080p) with "
        "8mb.local, keeping its orientation: the output video comes out in landscape, so the "
        "actual video is rotated to left/right",
        [_UNDER_8],
        [_SMALLER_PORTRAIT, _UNDER_8],
        probe=Probe(duration=30.0, width=1080, height=1920),
        note="under 8 MB, still portrait; no rotation",
    ),
    do(
        "fresh304-02",
        "this 4-hour 1080p video makes a file just way too large for the 4GiB upload limit: "
        "pick a lower res in order not to fail",
        [_SMALLER_1080, maybe(_UNDER_4GIB)],
        [_UNDER_4GIB, maybe(_SMALLER_1080)],
        probe=Probe(duration=14400.0, width=1920, height=1080),
        note="a lower resolution (under 4 GiB may come with it), or under 4 GiB",
    ),
    do(
        "fresh304-03",
        "normalise the audio of this talk recording: we probably want audio normalisation",
        [step("normalize")],
        probe=Probe(duration=3000.0, width=1280, height=720),
        note="normalized to a loudness target",
    ),
    do(
        "fresh304-04",
        "encode this *.gif animation (3.45 MB) as video, into *.mp4: similar picture quality, "
        "drastically smaller sizes",
        [_MP4, maybe(_H264)],
        [_H264, _MP4],
        probe=Probe(duration=8.0, width=480, height=360, fps=15.0, has_audio=False),
        note="the GIF as an MP4",
    ),
    do(
        "fresh304-05",
        "convert this gif in to webm",
        [_WEBM],
        probe=Probe(duration=6.0, width=480, height=360, fps=15.0, has_audio=False),
        note="the GIF as a webm",
    ),
    do(
        "fresh304-06",
        "improve this tutorial gif (7.5M) by converting it to mp4 or other format: the "
        "resulting mp4 is smaller than the gif, webm may be much better",
        [_MP4, maybe(_H264)],
        [_H264, _MP4],
        [_WEBM],
        probe=Probe(duration=60.0, width=1280, height=720, fps=10.0, has_audio=False),
        note="the GIF as an MP4 or a webm",
    ),
    do(
        "fresh304-07",
        "compress this 20 MB gif for the README even further: a 20 MB gif is too big",
        *_smaller_gif(800, 600, 15.0, 19.0),
        probe=Probe(duration=20.0, width=800, height=600, fps=15.0, has_audio=False),
        note="a smaller GIF (about 20 MB now)",
    ),
    do(
        "fresh304-08",
        "compress this animated gif demonstrating wiki-hub or something: it made my browser "
        "tab crash eating memory",
        *_smaller_gif(1280, 720, 15.0, 14.0),
        probe=Probe(duration=20.0, width=1280, height=720, fps=15.0, has_audio=False),
        note="a smaller GIF (about 15 MB now)",
    ),
    no_op(
        "fresh304-09",
        "convert this video to OGV format",
        "no op: an Ogg Theora video (.ogv); no operation writes Theora or .ogv files",
        probe=Probe(duration=120.0, width=1280, height=720),
    ),
    no_op(
        "fresh304-10",
        "crop this video, cutting off the black borders: I'm not talking about timecodes",
        "no op: auto-detected crop of the black borders; no auto-crop op",
        probe=Probe(duration=300.0),
    ),
    ask(
        "fresh304-11",
        "cut this video: I suggest a time range selection box",
        "which time range (none is given)",
        (*WHICH_PART, "second", "minute", "timestamp"),
        probe=Probe(duration=600.0),
    ),
    ask(
        "fresh304-12",
        "crop this video any way, mirror it left-right and top-bottom, and rotate it by any angle",
        "what area to crop and by what angle to rotate (neither is given)",
        ("which", "what area", "crop", "angle", "degree", "how much", "size", "aspect"),
        probe=Probe(duration=120.0),
    ),
    ask(
        "fresh304-13",
        "rotate this video: besides cut, rotate also often used",
        "which way to turn it (90° clockwise, counter-clockwise or 180°)",
        ("which way", "which direction", "direction", "clockwise", "degree", "90", "180"),
        probe=Probe(duration=120.0),
    ),
    ask(
        "fresh304-14",
        "cut this video, in analogy to the function for cutting audio (in the audio/video panel)",
        "which part (no times are given)",
        (*WHICH_PART, "second", "minute", "timestamp"),
        probe=Probe(duration=600.0, width=1280, height=720),
    ),
    ask(
        "fresh304-15",
        "crop the edges of this video frame to a rectangular area by adjusting the top, bottom, "
        "left, and right edges, like Shotcut's Crop: Rectangle",
        "how much to take off each edge (no amounts are given)",
        ("how much", "how many", "pixel", "percent", "amount", "which edge", "area", "size"),
        probe=Probe(duration=120.0),
    ),
    ask(
        "fresh304-16",
        "start and end this video wherever I want",
        "where to start and end (no times are given)",
        (*WHICH_PART, "second", "minute", "timestamp"),
        probe=Probe(duration=600.0),
    ),
    out_of_scope(
        "fresh304-17",
        "bring this YouTube video to Commons without video2commons uploading it in low quality",
        "a transfer tool's fault (its source is a YouTube address, not a given file); lost "
        "quality cannot be put back",
        probe=Probe(duration=300.0),
    ),
    out_of_scope(
        "fresh304-18",
        "fix this rotated video: it appears upright in other players and editing software, but "
        "MPC-HC plays it in a rotated state",
        "a player's display of the file's rotation flag; the file is upright elsewhere",
        probe=Probe(duration=60.0),
    ),
    out_of_scope(
        "fresh304-19",
        "create an animated GIF tour of PageShot from my two video demos, looking much simpler "
        "in style, so that you instantly get an idea of how the app works in about 12 seconds",
        "making a new, simpler animation (drawn anew), not an edit of the recorded demos",
        probe=Probe(duration=120.0),
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
