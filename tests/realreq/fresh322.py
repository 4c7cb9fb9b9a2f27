"""A three-hundred-and-twenty-second fresh, held-out collection of real requests
(tests/realreq/fresh322.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh321's, the
rows are short, typical asks; 12 come from GitHub issues and two from forum threads (Boinx and
overclock.net; everyday users of gallery, photo, messenger and file apps: Boinx, Simple Gallery,
mat-video, SmartTube, Ente, moonleaf, FileConverter, Signal, Jirafeau, ReFra, MediaPhone,
PictureSelector, EZFilter, and a DSLR owner): an enormous slideshow
made smaller, trim and rotate with nothing given, an old phone's 3gp made to show its picture,
a player's brightness filter, a video compressed without loss, a filter that is
only an example, a .3gpp made an MP4, an in-app camera's stabilization, an mp4 made to play on an
iPhone, a gallery's video editor, a MOV export made an mp4, a trim with no times, a Christmas
light show filmed and a video saved without its sound.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import AnyOf, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh322.md")

_SMALL = step("quality", level="small")
_H264 = step("codec", codec="h264")
_MP4 = step("convert", format="mp4")

CASES: tuple[Case, ...] = (
    do(
        "fresh322-01",
        "make this 4 minute slideshow video with music smaller: the stand alone version is only "
        "110Mb but this quicktime file is more than 10 Gb",
        [_SMALL, maybe(_H264)],
        [_H264, maybe(_SMALL)],
        [step("compress", max_mb=Between(1, 2000))],
        probe=Probe(duration=240.0),
        note="a much smaller file: a smaller quality, an H.264 encode or a size limit",
    ),
    ask(
        "fresh322-02",
        "trim this video, rotate it, re-encode it etc.",
        "where to trim it and which way to turn it (neither is given)",
        (*WHICH_PART, "how much", "which way", "direction", "clockwise", "degrees"),
        probe=Probe(duration=60.0),
    ),
    do(
        "fresh322-03",
        "make this .3gp file shot from my earlier cellphone play with its picture: I can hear the "
        "voice but can't see the image, both voice and image should work",
        [_H264, maybe(_MP4)],
        [_MP4, _H264],
        probe=Probe(duration=45.0, width=176, height=144, fps=15.0),
        note="an H.264 encode (in an mp4) whose picture plays",
    ),
    out_of_scope(
        "fresh322-04",
        "add a brightness filter option to the player, similar to the browser extension Enhancer "
        "for YouTube, to watch videos that are mostly very dark",
        "a brightness filter in a YouTube player app, not an edit of a video file",
    ),
    do(
        "fresh322-05",
        "compress this video to save space, ideally without any loss in video quality",
        [step("codec", codec="hevc"), maybe(step("quality", level=AnyOf("balanced", "high")))],
        [step("quality", level="balanced")],
        probe=Probe(duration=90.0, width=3840, height=2160),
        note="a more efficient encoding (HEVC) at about the same quality",
    ),
    ask(
        "fresh322-06",
        "put a filter on this long video, like black and white, or inverted, so I don't have to "
        "put it on every time I want to play it",
        "which filter: black and white or inverted (both are only examples)",
        ("which", "black and white", "inverted", "invert", "grayscale", "filter"),
        probe=Probe(duration=1800.0),
    ),
    do(
        "fresh322-07",
        "convert this video file I received today, which has a .3gpp file extension, to MP4",
        [_MP4, maybe(_H264)],
        [_H264, _MP4],
        probe=Probe(duration=30.0, width=640, height=480),
        note="the same video as an mp4",
    ),
    out_of_scope(
        "fresh322-08",
        "stabilize the video I take with the in-app camera: its video stabilization almost "
        "doesn't exist compared to the regular iOS camera app",
        "stabilization while recording in a messenger's camera, not an edit of a video file",
    ),
    do(
        "fresh322-09",
        "make this mp4 play on the iPhone: I can preview and play it on my computer, but I can't "
        "play it on the iPhone",
        [_H264, maybe(_MP4)],
        [_MP4, _H264],
        probe=Probe(duration=120.0),
        note="an H.264 mp4, which an iPhone plays",
    ),
    out_of_scope(
        "fresh322-10",
        "give this gallery app a built-in video editor like Google Photos has",
        "a video editor built into a gallery app, not an edit of a video file",
    ),
    do(
        "fresh322-11",
        "export this narrative as mp4, not as a MOV in low quality: even if mp4 is selected it is "
        "exported as MOV",
        [_MP4, maybe(step("quality", level="high"))],
        [step("quality", level="high"), _MP4],
        probe=Probe(duration=60.0, width=640, height=480),
        note="the narrative as an mp4 (the quality already lost cannot come back)",
    ),
    ask(
        "fresh322-12",
        "trim this video",
        "which part to keep (no times are given)",
        WHICH_PART,
        probe=Probe(duration=60.0),
    ),
    out_of_scope(
        "fresh322-13",
        "tell me how to film this Christmas light show with my Canon 60D so the lights are "
        "clearly defined, not overpowering like the huge star that is all one lump of light",
        "advice on filming with a camera, not an edit of a video file",
    ),
    out_of_scope(
        "fresh322-14",
        "fix this: after editing a video from the gallery, not a recorded video, and saving it, "
        "it's saved with no sound",
        "a bug in an editing library's saving, not an edit of a given video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
