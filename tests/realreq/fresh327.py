"""A three-hundred-and-twenty-seventh fresh, held-out collection of real requests
(tests/realreq/fresh327.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh325's, the
rows are short, typical asks; 10 come from GitHub issues and a pull request review and 6 from
web pages of submission and export guidelines (customers of video hosting and sharing services:
Loom, PeerTube, a GIF bot, a film festival, a competition, Wistia, a video platform, a magazine,
Streamable, an exhibition, a media arts festival, Mux and Telegram): a quiet Loom video made
louder, loudness brought to -14 LUFS, a GIF under 2MB, 1080p exported as 720p, a video kept
under 500 Mb, an h.264 MP4 for Wistia, a compressed preview of the first 5 seconds, a video
deinterlaced, a video cut into parts under 10 minutes, a 2-minute excerpt and a 4-minute cut
with no parts named, a resolution with no size, a server's duration limit, a player's aspect
ratio, an uploader's rotation flag and chunked uploads.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, LOUDER, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh327.md")

_MP4 = step("convert", format="mp4")
_H264 = step("codec", codec="h264")
_SMALL = step("quality", level="small")
_SMALLER_1080 = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))
_SMALLER_PREVIEW = (
    _SMALL
    | _SMALLER_1080
    | step("compress", max_mb=Between(0.1, 5))
    | GIF
    | step("convert", format="webm")
)
_720 = step("resize", lines=720) | step("resize", width=1280, height=720)
_NO_SOUND = {"has_audio": False}

CASES: tuple[Case, ...] = (
    do(
        "fresh327-01",
        "increase the volume of this Loom video without having to re-record it: this one is "
        "good, but the volume is pretty low",
        [LOUDER],
        probe=Probe(duration=240.0, width=1920, height=1080),
        note="louder, by any amount, or normalized",
    ),
    do(
        "fresh327-02",
        "normalise the loudness of this video to the reference level YouTube uses, close to "
        "-14 LUFS, so viewers don't have to constantly play with the volume slider",
        [step("normalize", lufs=Between(-14.5, -13.5))],
        probe=Probe(duration=600.0),
        note="normalized to about -14 LUFS",
    ),
    do(
        "fresh327-03",
        "make a gif of this clip that's ready for upload and therefore (based on most sites) "
        "is under 2MB in size",
        [
            anywhere(step("compress", max_mb=Between(0.5, 2))),
            maybe(GIF),
            maybe(step("resize")),
            maybe(step("fps")),
        ],
        probe=Probe(duration=6.0, width=1280, height=720, fps=24.0, **_NO_SOUND),
        note="a GIF, kept under 2 MB",
    ),
    do(
        "fresh327-04",
        "export this 1920×1080 video as 1280×720 for the festival, since they will "
        "automatically scale it down",
        [_720],
        probe=Probe(duration=300.0, width=1920, height=1080),
        note="scaled down to 1280x720",
    ),
    do(
        "fresh327-05",
        "make this video fit the rules: in AVI, MOV or MP4 format, with size and length not "
        "exceeding 500 Mb and 10 minutes",
        [step("compress", max_mb=Between(100, 500)), maybe(_MP4)],
        [_MP4, step("compress", max_mb=Between(100, 500))],
        probe=Probe(duration=480.0, width=3840, height=2160),
        note="under 500 MB (8 minutes: the length already fits)",
    ),
    do(
        "fresh327-06",
        "export this video the way Wistia recommends before uploading: an MP4 file with the "
        "h.264 codec, at a constant frame rate",
        [_H264, maybe(_MP4)],
        [_MP4, maybe(_H264)],
        probe=Probe(duration=120.0),
        note="an h.264 MP4",
    ),
    do(
        "fresh327-07",
        "make a highly compressed short preview of the first 5 seconds or so of this video, "
        "for hover previews: I don't want to eat into users' bandwidth",
        [step("trim", start=0, end=Between(3, 6)), anywhere(_SMALLER_PREVIEW)],
        [anywhere(_SMALLER_PREVIEW), step("trim", start=0, end=Between(3, 6))],
        probe=Probe(duration=600.0),
        note="the first 5 seconds or so, made small",
    ),
    no_op(
        "fresh327-08",
        "de-interlace this video before uploading: interlaced video is primarily used for "
        "television and does not display well on computer screens",
        "no op: the video made progressive; no operation deinterlaces",
        probe=Probe(duration=180.0, width=1920, height=1080, fps=29.97),
    ),
    no_op(
        "fresh327-09",
        "cut this video into parts of less than 10 minutes to upload to Streamable: submitting"
        " a video longer than 10 minutes to Streamable returns an error",
        "no op: several files, each under 10 minutes; no operation makes more than one video",
        probe=Probe(duration=1500.0),
    ),
    ask(
        "fresh327-10",
        "this longer work should be represented by an excerpt of 2 minutes for my application:"
        " each moving image work can last a maximum of 2 minutes",
        "which 2 minutes to keep (the work is 8 minutes long)",
        WHICH_PART,
        probe=Probe(duration=480.0),
    ),
    ask(
        "fresh327-11",
        "get this video to 4 minutes or less from beginning to end for the contest (an "
        "additional 30 seconds of credits can be added at the end)",
        "which parts to cut or keep (it is 6 minutes long)",
        WHICH_PART,
        probe=Probe(duration=360.0),
    ),
    ask(
        "fresh327-12",
        "lower the resolution of this video before I download it, defining its width and height",
        "what width and height (none are given)",
        ("width", "height", "resolution", "size", "what", "which", "how"),
        probe=Probe(duration=120.0),
    ),
    out_of_scope(
        "fresh327-13",
        "let me upload this video to my PeerTube server: BAM, limitation 7200s; it would be "
        "very cool if we could change this limitation",
        "a server's upload duration limit, not an edit of a video file",
        probe=Probe(duration=9000.0),
    ),
    out_of_scope(
        "fresh327-14",
        "show this 9:16 video I uploaded to Mux as a fullscreen background video for mobile: "
        "the player forces the aspect ratio to be 16:9 even though the container size is "
        "correct",
        "a web player component's aspect ratio, not an edit of a video file",
        probe=Probe(duration=20.0, width=1080, height=1920),
    ),
    out_of_scope(
        "fresh327-15",
        "upload this vertical iPhone video in Telegram Desktop without it being wrongly "
        "rotated: Telegram Desktop must read the Rotation flag from the metadata",
        "an uploading program's handling of the rotation flag, not an edit of a video file",
        probe=Probe(duration=30.0, width=1080, height=1920),
    ),
    out_of_scope(
        "fresh327-16",
        "set up a cutting system so that videos over 100 MB can be uploaded to PeerTube "
        "instances using Cloudflare",
        "chunked uploads in a video server, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
