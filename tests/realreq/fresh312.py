"""A three-hundred-and-twelfth fresh, held-out collection of real requests
(tests/realreq/fresh312.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh309's, the
rows are short, typical asks; 13 come from GitHub issues and one from a how-to page on digitizing
Hi8 tapes (families and archivists with old home movies: Piwigo, OpenShot, howtoconvert, compressO,
plexus, cTiVo, Nova, Celluloid, MystiQ and Apple's Photos): 3GP phone videos and a TOD camcorder
file made MP4, a 720x576 video forced to 16:9, a 10 GB 1080i mpg compressed without loss, an
upside-down video, a tape's lead-in and lead-out edited out, an mkv deinterlaced while re-encoded,
a VHS DVD's aspect ratio "fixed", an encrypted TiVo recording, a player's stretched camcorder
videos and rotation, a converter's Open dialog and AVI files in Photos.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import AnyOf, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh312.md")

_MP4 = step("convert", format="mp4")
_H264 = step("codec", codec="h264")
_SMALL_CODEC = step("codec", codec=AnyOf("h264", "hevc"))
_KEEP_QUALITY = step("quality", level=AnyOf("high", "balanced"))
_STRETCH_16_9 = step("resize", width=AnyOf(1024, 1280, 1920), height=AnyOf(576, 720, 1080))

CASES: tuple[Case, ...] = (
    do(
        "fresh312-01",
        "convert this 3GP video, taken with a smartphone, to MP4: the users who take these "
        "videos won't know / understand how to convert 3GP files to MP4",
        [_MP4, maybe(_H264)],
        [_H264, _MP4],
        probe=Probe(duration=45.0, width=1280, height=720),
        note="an MP4 of the 3GP video",
    ),
    do(
        "fresh312-02",
        "convert this 3gp video to MP4 or another compatible format",
        [_MP4, maybe(_H264)],
        [_H264, _MP4],
        [step("convert", format=AnyOf("mov", "mkv")), maybe(_H264)],
        probe=Probe(duration=60.0, width=176, height=144, fps=15.0),
        note="an MP4 (or another common container) of the 3gp video",
    ),
    do(
        "fresh312-03",
        "convert this TOD video to MP4/MOV",
        [_MP4, maybe(_H264)],
        [_H264, _MP4],
        [step("convert", format="mov"), maybe(_H264)],
        probe=Probe(duration=300.0, fps=29.97),
        note="an MP4 (or MOV) of the camcorder's TOD file",
    ),
    do(
        "fresh312-04",
        "force this 720x576 video to 16:9 instead of 4:3: when exported it is changed to 4:3 "
        "format",
        [_STRETCH_16_9],
        probe=Probe(duration=600.0, width=720, height=576, fps=25.0),
        note="the picture stretched to a 16:9 size (1024x576), not cropped or barred",
    ),
    do(
        "fresh312-05",
        "compress this 1080i .mpg file of 10GB without quality loss",
        [_SMALL_CODEC, maybe(_KEEP_QUALITY), maybe(_MP4)],
        [_KEEP_QUALITY, maybe(_SMALL_CODEC), maybe(_MP4)],
        [_MP4, maybe(_SMALL_CODEC), maybe(_KEEP_QUALITY)],
        probe=Probe(duration=3000.0, fps=29.97),
        note="re-encoded smaller (H.264 or HEVC) at a quality that keeps the picture",
    ),
    do(
        "fresh312-06",
        "fix this video: it is upside down",
        [step("rotate", degrees=180)],
        probe=Probe(duration=90.0),
        note="a half turn",
    ),
    do(
        "fresh312-07",
        "edit out any lead-in or lead-out of this digitized recording of a Hi8 tape",
        [step("remove_black", where=AnyOf("ends", "all"))],
        [step("remove_silence", where="ends")],
        probe=Probe(duration=3600.0, width=720, height=480, fps=29.97),
        note="the blank stretches at the start and the end cut",
    ),
    no_op(
        "fresh312-08",
        "de-interlace this mkv while re-encoding it to h264: plex can de-interlace the original "
        "mkv, but does not de-interlace the converted h264 mkv",
        "no op: deinterlacing while re-encoding; no operation deinterlaces",
        probe=Probe(duration=2700.0, width=720, height=576, fps=25.0),
    ),
    ask(
        "fresh312-09",
        "fix the aspect ratio of this 3:4 VHS DVD video",
        "what is wrong with it and what shape it should have (4:3 or 16:9; stretched, cropped "
        "or with bars)",
        ("aspect", "4:3", "16:9", "stretch", "bars", "crop", "what shape", "wrong"),
        probe=Probe(duration=3600.0, width=720, height=480, fps=29.97),
    ),
    ask(
        "fresh312-10",
        "convert this saved .TIVO file, pulled from my TiVo due to space problems, to mpeg or mp4",
        "the TiVo's media access key (a .TiVo file is encrypted with it)",
        ("media access key", "MAK", "key", "encrypted", "decrypt"),
        probe=Probe(duration=1800.0, width=720, height=480, fps=29.97),
    ),
    out_of_scope(
        "fresh312-11",
        "play my old camcorder home videos (720x480, 8:9 SAR, 4:3 DAR, AV1 in MKV) at the "
        "correct 4:3 in Nova Player on my Google TV: it plays them back stretched",
        "a player's bug, not an edit of a video file",
    ),
    out_of_scope(
        "fresh312-12",
        "give me an option to rotate videos during playback: inexperienced smartphone camera "
        "users make the mistake of rotating their smartphone without restarting recording",
        "rotating in a player while it plays, not an edit of a video file",
    ),
    out_of_scope(
        "fresh312-13",
        "add *.tod to the list of Multimedia extensions in the Open dialog, so I can add the "
        "files from my JVC video camera without choosing All Files",
        "a converter's file dialog, not an edit of a video file",
    ),
    out_of_scope(
        "fresh312-14",
        "make Photos import my .avi files and play them: an error tells me this file format "
        "isn't supported",
        "a photo program's import of a format, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
