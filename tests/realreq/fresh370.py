"""A three-hundred-and-seventieth fresh, held-out collection of real requests
(tests/realreq/fresh370.md): one checkable case a row, encoded the way fresh305.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh369's, the
rows are short, typical asks; 11 come from GitHub issues and one from a Sony α6000 owner's blog
post (photographers and camera owners with video: ciano, gpac, nova video player, ReFra,
piwigo-videojs, PhotoPrism, OpenShot, Camera Roll, LosslessCut, OpenMemories-Tweak and
darktable): an XAVC S video made an mp4 for an iPhone, a MOV made an MP4, a Canon MOV
compressed, a frame saved at full resolution or as the best shot, and camera files a gallery,
a player, an editor or a camera's firmware did not take.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh370.md")

_MP4 = step("convert", format="mp4")
_H264 = step("codec", codec="h264")
_SMALL = step("quality", level="small")
_WHICH_FRAME = ("which frame", "which moment", "which", "when", "time", "timestamp", "second")

CASES: tuple[Case, ...] = (
    do(
        "fresh370-01",
        "convert this XAVC S video of my daughter's sports day, shot on my α6000, to mp4: the "
        "iPhone does not recognize the file, and I want to share it with my family right away",
        [_MP4, maybe(_H264)],
        probe=Probe(duration=180.0, width=1920, height=1080, fps=59.94),
        note="an mp4 with H.264 video, which the iPhone takes",
    ),
    do(
        "fresh370-02",
        "convert this MOV file (an Apple QuickTime video) to a better supported format like MP4",
        [_MP4, maybe(_H264)],
        probe=Probe(duration=60.0),
        note="the same video as an MP4 file",
    ),
    do(
        "fresh370-03",
        "compress this .MOV file from my Canon camera, keeping it compatible with the camera",
        [_SMALL, maybe(step("convert", format="mov")), maybe(_H264)],
        [step("compress", max_mb=Between(1, 14)), maybe(step("convert", format="mov"))],
        probe=Probe(duration=21.0, width=1920, height=1080),
        note="a smaller file, still a MOV with H.264 video the camera plays",
    ),
    ask(
        "fresh370-04",
        "save the current frame of this video in the original resolution, in PNG format, with "
        "the name of the video file + timestamp",
        "which frame: no moment is given (the current frame is a player's)",
        _WHICH_FRAME,
        probe=Probe(duration=5400.0),
    ),
    ask(
        "fresh370-05",
        "save the best shot of this motion picture as a photo, like Google Photos does",
        "which frame is the best shot: none is named",
        (*_WHICH_FRAME, "best"),
        probe=Probe(duration=3.0, width=3072, height=4080),
    ),
    out_of_scope(
        "fresh370-06",
        "add these MOV files created by my old camera to my gallery: the plugin's sync feature "
        "did not detect them",
        "a gallery plugin's sync not finding camera files, not an edit of a video file",
    ),
    out_of_scope(
        "fresh370-07",
        "start playing this video immediately when I click it, with ffmpeg continuing to "
        "transcode in the background, instead of waiting up to several minutes",
        "live transcoding in a photo library's player, not an edit of a video file",
    ),
    out_of_scope(
        "fresh370-08",
        "let me edit this AVCHD (.m2ts) video from my camcorder in OpenShot: all that happens "
        "is the program stalls and says Not Responding",
        "a program's support for a camcorder format (it hangs), not an edit asked of the file",
    ),
    out_of_scope(
        "fresh370-09",
        "add .mov video support to the gallery app: I shoot with a Nikon D7100",
        "a gallery app's support for a format, not an edit of a video file",
    ),
    out_of_scope(
        "fresh370-10",
        "make LosslessCut play this video shot with a Sony A7R II: after loading it only the "
        "initial frame is visible, and playback and other controls don't respond",
        "a program's bug with a camera's files, not an edit asked of the file",
    ),
    out_of_scope(
        "fresh370-11",
        "enable XAVC-S recording on SDHC cards on my a6000, with movies divided in 4GB files if"
        " needed",
        "a camera's recording setting (firmware), not an edit of a video file",
    ),
    out_of_scope(
        "fresh370-12",
        "let me import, view, tag, geotag and rate my videos in darktable's lighttable, the "
        "same way as my photos",
        "cataloguing videos in a photo program, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
