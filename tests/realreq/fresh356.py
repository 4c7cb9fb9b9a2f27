"""A three-hundred-and-fifty-sixth fresh, held-out collection of real requests
(tests/realreq/fresh356.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh355's, the
rows are short, typical asks around family and home videos; 12 come from GitHub issues (VidCoder,
ntsc-rs, browserytools, streamlink, VideoCompressor, VideoJaNai, Popcorn.js, a GoPro highlight
parser, OpenShot and tsMuxer), one from an AV forum thread and one from a blog post: a two-part
show joined, blacks lifted to a VHS grey, a GIF, a Twitch VOD and a 60 MB video made smaller, DV's
non-square pixels made square, a lighter VHS look, a trim and a highlight with no times given,
and an editor's split-clip and import bugs, a camcorder microphone, a muxer's error and tapes
captured without sound.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import GIF, WHOLE, AnyOf, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh356.md")

_SMALL = step("quality", level="small")
_SMALLER_1080 = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))
_DV = Probe(duration=1800.0, width=720, height=480, fps=29.97)

CASES: tuple[Case, ...] = (
    do(
        "fresh356-01",
        "join this video and the second part into a single output file (two-part TV, especially!)",
        [step("join", clips=AnyOf(["part2.mp4"], []), at=AnyOf("end", None))],
        assets=["part2.mp4"],
        probe=Probe(duration=1320.0),
        note="the second part played after the first, in one file",
    ),
    do(
        "fresh356-02",
        "lower the contrast of this video so the color black looks grey, like in some VHS "
        "recordings I see online, such as uploads of movie and TV logos",
        [step("contrast", percent=Below(0), **WHOLE)],
        [step("contrast", percent=Below(0), **WHOLE), step("brightness", percent=Between(0, 30))],
        [step("brightness", percent=Between(0, 30), **WHOLE)],
        probe=Probe(duration=30.0),
        note="less contrast, lifting the blacks to grey (or a little brighter)",
    ),
    do(
        "fresh356-03",
        "make a GIF animation of this video, to visualize its dynamic content",
        [GIF],
        probe=Probe(duration=10.0),
        note="an animated GIF of the video",
    ),
    do(
        "fresh356-04",
        "make this 3 hour Twitch VOD smaller: 9GB for it is huge",
        [_SMALL, maybe(_SMALLER_1080)],
        [_SMALLER_1080, maybe(_SMALL)],
        [step("compress", max_mb=Below(9000)), maybe(_SMALLER_1080)],
        probe=Probe(duration=10800.0, fps=60.0),
        note="a smaller file: a smaller quality, or a smaller picture (no size is named)",
    ),
    do(
        "fresh356-05",
        "compress this 60 MB video to 3 MB, the way WeChat does when you send a 60 MB video",
        [step("compress", max_mb=Between(2, 3)), maybe(_SMALLER_1080)],
        [_SMALLER_1080, step("compress", max_mb=Between(2, 3))],
        probe=Probe(duration=60.0, width=1080, height=1920),
        note="under 3 MB, as WeChat makes it",
    ),
    do(
        "fresh356-06",
        "convert this DV NTSC (720x480) footage with non-square pixels to square pixels at the "
        "correct display resolution, before upscaling it",
        [step("resize", width=AnyOf(640, 852, 853, 854), height=AnyOf(480, None))],
        [step("resize", height=480, width=AnyOf(640, 852, 853, 854), fit=AnyOf(False, None))],
        probe=_DV,
        note="640x480 for 4:3 DV (853x480 if it is 16:9): square pixels at its display size",
    ),
    ask(
        "fresh356-07",
        "give this video the lightness/brightness look some VHS tapes had",
        "how much lighter, or an example of the look",
        ("how much", "example", "brighter", "lighter", "look", "what"),
        probe=Probe(duration=60.0),
    ),
    ask(
        "fresh356-08",
        "trim this video: set a start point and an end point on the video timeline, and create "
        "a new video of the trimmed section",
        "from when to when (neither point is given)",
        WHICH_PART,
        probe=Probe(duration=300.0),
    ),
    ask(
        "fresh356-09",
        "grab X seconds around the HiLight tag of this GoPro video and save it as a separate "
        "video file",
        "how many seconds (X is not given), and where the tag is",
        ("how many", "how long", "seconds", "where", "when", "tag"),
        probe=Probe(duration=600.0, width=3840, height=2160, fps=60.0),
    ),
    out_of_scope(
        "fresh356-10",
        "in OpenShot, the clips I split from my 8mm film transfer (set to 16 fps) expanded to "
        "include stuff from the original file when I dragged them to the timeline again",
        "a video editor's bug with split clips, not an edit of a video file",
    ),
    out_of_scope(
        "fresh356-11",
        "recommend a reasonably priced microphone for my Sony DCR-HC18E camcorder, to record the "
        "charity theatrical performances my wife and her mates stage: the sound from the "
        "built-in mic will not be good enough",
        "advice on recording equipment, not an edit of a video file",
    ),
    out_of_scope(
        "fresh356-12",
        "my AVI videos are squashed when I import them into OpenShot: the picture goes from "
        "screen dimensions to almost square in the preview and the export",
        "a video editor's import bug (the original files look right), not an edit of a video file",
    ),
    out_of_scope(
        "fresh356-13",
        "fix tsMuxer: adding and joining my .mts files (a video about Thanksgiving) from my USB "
        'drive says "Tsmuxer Error"',
        "a muxing program's error, not an edit of a video file",
    ),
    out_of_scope(
        "fresh356-14",
        "my uploads of old VHS tapes to the computer have no sound, so the DVDs I made from them "
        "have no sound either",
        "capturing tapes with their sound, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
