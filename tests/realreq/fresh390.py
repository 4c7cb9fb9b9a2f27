"""A three-hundred-and-ninetieth fresh, held-out collection of real requests
(tests/realreq/fresh390.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh389's, the
rows are short, typical asks; 12 come from GitHub issues and two from wiki pages (Wikimedia
Commons and archive uploaders: the Commons app, a Meta-Wiki course, video2commons, yellr, tubeup,
Tube Archivist, Wikipedia:VIDEO, Screenbox, ShareX, PeerTube and MPlayer OSX Extended): a phone
video made WebM for Commons, twice, an AV1 video kept as it is in WebM, a conversion to AV1, a
64 MB clip shrunk, a video made 720p for the Internet Archive, a 4k archive made small enough for
a phone, shaky footage stabilized, dead space, a trim and crop and a resolution nobody gave, a
rotation in a player, an upload from a Dropbox link and a channel filtered before archiving.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh390.md")

_WEBM = step("convert", format="webm")
_SMALL = step("quality", level="small")
_SMALLER_1080 = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))
_SMALLER_2160 = step("resize", lines=Below(2160)) | step("resize", percent=Below(100))
_PHONE = Probe(duration=60.0, width=1080, height=1920)
_4K = Probe(duration=600.0, width=3840, height=2160)

CASES: tuple[Case, ...] = (
    do(
        "fresh390-01",
        "transcode this video to a Wikimedia-accepted format so I can upload it to Commons: "
        "Commons only accepts WebM (VP8, VP9) and Ogg Theora videos",
        [_WEBM],
        probe=_PHONE,
        note="a WebM file",
    ),
    do(
        "fresh390-02",
        "convert this MP4 video from my phone to WebM so I can contribute it to Commons: you "
        "cannot just upload an MP4 file to Commons",
        [_WEBM],
        probe=_PHONE,
        note="a WebM file",
    ),
    do(
        "fresh390-03",
        "put this YouTube video, which is in AV1 with Opus sound, into a WebM file for Wikimedia "
        "Commons without re-encoding it: both are free formats, and re-encoding wastes time and "
        "reduces the quality",
        [_WEBM],
        probe=Probe(duration=300.0),
        note="a WebM file, the streams kept where the tool can",
    ),
    no_op(
        "fresh390-04",
        "convert this video to AV1, which is a free codec, for Commons: quality would be better, "
        "as well as size and encode speed",
        "no op: the picture encoded as AV1; no operation encodes AV1",
        probe=Probe(duration=300.0),
    ),
    do(
        "fresh390-05",
        "compress this video down a bit more or reduce the resolution: 28 seconds came back at "
        "64MB, and it took 5-10 minutes to upload on 4G",
        [_SMALL, maybe(_SMALLER_1080)],
        [_SMALLER_1080, maybe(_SMALL)],
        [step("compress", max_mb=Between(1, 40)), maybe(_SMALLER_1080)],
        probe=Probe(duration=28.0),
        note="a smaller file: a smaller quality or resolution, or under some MB",
    ),
    do(
        "fresh390-06",
        "make this video 720p (or sometimes 480p would be more than enough) with a much smaller "
        "file size: I don't want to waste the resources of the Internet Archive with a full "
        "quality upload",
        [step("resize", lines=720), maybe(_SMALL)],
        [step("resize", lines=480), maybe(_SMALL)],
        probe=Probe(duration=600.0, fps=60.0),
        note="720p (480p accepted)",
    ),
    do(
        "fresh390-07",
        "transcode and resize this video for mobile streaming: I archived it at 4k, and it's "
        "almost impossible to play on mobile and on a slower connection",
        [_SMALLER_2160, maybe(_SMALL)],
        probe=_4K,
        note="a smaller resolution (1080p or 720p), maybe a smaller quality",
    ),
    do(
        "fresh390-08",
        "stabilize this video for Wikipedia: I've done a reasonable but imperfect job at shooting "
        "it stably",
        [step("stabilize")],
        probe=Probe(duration=30.0),
        note="steadied",
    ),
    ask(
        "fresh390-09",
        "trim the dead space out of this video without re-exporting it in a third party video "
        "editor",
        "where the dead space is (which parts to cut)",
        ("which part", "where", "from when", "what time", "timestamps", "start", "end", "which"),
        probe=Probe(duration=300.0),
    ),
    ask(
        "fresh390-10",
        "trim and crop this video, preferably losslessly (without re-encoding)",
        "from when to when, and what area to crop to",
        ("from when", "where", "which part", "start", "end", "timestamps", "what area", "size"),
        probe=Probe(duration=120.0),
    ),
    ask(
        "fresh390-11",
        "set the resolution of this 4k video before I upload it: I could care less about this "
        "one and don't want to use the CPU power or storage costs to transcode 4k",
        "which resolution (none is given)",
        ("which resolution", "what resolution", "720", "1080", "480", "resolution"),
        probe=_4K,
    ),
    out_of_scope(
        "fresh390-12",
        "rotate this video by 90, 180 or 270 degrees while it plays in MPlayer OSX Extended",
        "rotating the picture in a player while it plays, not an edit of a video file",
    ),
    out_of_scope(
        "fresh390-13",
        "upload this video from my Dropbox link to Commons: video2commons wouldn't take the link",
        "importing a video from a link into an upload tool, not an edit of a video file",
    ),
    out_of_scope(
        "fresh390-14",
        "upload only the short or small videos of this channel to the Internet Archive, filtered "
        "by date and maximum file size",
        "choosing which videos a downloader archives, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
