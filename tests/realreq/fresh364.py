"""A three-hundred-and-sixty-fourth fresh, held-out collection of real requests
(tests/realreq/fresh364.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh361's, the
rows are short, typical asks; 10 come from GitHub issues and four from web pages (archives,
museums, libraries and genealogy: Islandora, an oral history guide, the American Archive of
Public Broadcasting, a university press, a digitizing service, a site on early film, a library
memory lab's blog, the Science History Institute, QualCoder, ffmprovisr, a history AI toolkit,
Nunaliit and vrecord): a playback copy of an FFV1 master, a low-resolution access copy, a ProRes
trailer made an h264 mp4, a thumbnail from the title screen, 16mm film slowed to its real speed
twice, a VHS-C tape decombed, a one-sided VHS track made mono, coded segments exported, a 4:3 <->
16:9 change, an interview recorded, a player started after bars and tones, a squished upload
and a capture program's channel mapping.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import AnyOf, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh364.md")

_H264 = step("codec", codec="h264")
_MP4 = step("convert", format="mp4")
_SMALL = step("quality", level="small")
_SMALLER_1080 = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))
_IMAGE = step("convert", format=AnyOf("jpg", "png"))
_WHOLE = {"start": None, "end": None}
_NO_SOUND = {"has_audio": False}

CASES: tuple[Case, ...] = (
    do(
        "fresh364-01",
        "produce a second video for playback from this FFV1 file, which we accept for "
        "preservation: it is for our upcoming oral history collection",
        [_H264, maybe(_MP4)],
        [_MP4, maybe(_H264)],
        probe=Probe(duration=3600.0),
        note="a playback copy: H.264 and/or MP4",
    ),
    do(
        "fresh364-02",
        "make a low-resolution access copy of this HD oral history interview (a 1920x1080 MP4 "
        "file), so I can easily share the video",
        [_SMALLER_1080, maybe(_SMALL)],
        [_SMALL, maybe(_SMALLER_1080)],
        probe=Probe(duration=3600.0),
        note="a smaller picture (under 1080p) or a small quality",
    ),
    do(
        "fresh364-03",
        "transcode this trailer video (currently a ProRes mov) to standard access file "
        "specifications (h264/mp4), so we can embed it on the special collections page",
        [_H264, maybe(_MP4)],
        [_MP4, maybe(_H264)],
        probe=Probe(duration=120.0),
        note="the ProRes mov as an H.264 MP4",
    ),
    do(
        "fresh364-04",
        "create a sensible thumbnail from this video, maybe the title screen circa the 20 sec "
        "mark: the auto-generated thumbnail is a black square",
        [step("still", at=Between(19, 23)), maybe(_IMAGE)],
        probe=Probe(duration=600.0),
        note="one frame at about 20 s (the title card is 20 to 22 s in)",
    ),
    do(
        "fresh364-05",
        "correct the film speed of this digitized 16mm film: it was originally shot at 16 FPS "
        "and plays at 24 FPS, so the motion of the subjects is too fast",
        [step("speed", factor=Between(0.64, 0.69), **_WHOLE)],
        probe=Probe(duration=458.0, fps=24.0, **_NO_SOUND),
        note="all of it at 2/3 speed, so 16 fps of film take a second at 24 fps",
    ),
    do(
        "fresh364-06",
        "adjust for speed this video version of an early non-fiction film: the movement is "
        "obviously accelerated, because it was transferred at 24-25 fps while the film was "
        "shot at 16-18 fps (add about 30% to its duration)",
        [step("speed", factor=Between(0.66, 0.78), **_WHOLE)],
        probe=Probe(duration=300.0, fps=24.0, **_NO_SOUND),
        note="all of it slowed so it lasts about 30% longer",
    ),
    no_op(
        "fresh364-07",
        "decomb and compress this capture of one of my family's VHS-C tapes into an "
        "H264/Mpeg-4 file",
        "no op: deinterlacing while encoding to H.264 MP4; no operation deinterlaces",
        probe=Probe(duration=1800.0, width=720, height=480, fps=29.97),
    ),
    no_op(
        "fresh364-08",
        "encode the audio of this digitized VHS tape as mono: it was captured incorrectly as "
        "a mono track captured as stereo, with one track empty, so any user listening with "
        "headphones or 2 speakers will hear audio coming from only one side",
        "no op: the sound made mono; no operation changes the sound's channels",
        probe=Probe(duration=3600.0, width=720, height=480, fps=29.97),
    ),
    ask(
        "fresh364-09",
        "export the segments I coded in this video as their own video files, to use in a "
        "report or presentation",
        "which segments (from when to when: the coding is not given)",
        (*WHICH_PART, "segment"),
        probe=Probe(duration=1800.0),
    ),
    ask(
        "fresh364-10",
        'correct the "archival" format change of this video, 4:3 <-> 16:9',
        "which way (4:3 to 16:9 or back), and how (bars, crop or stretch)",
        ("which", "4:3", "16:9", "bars", "crop", "stretch", "pad"),
        probe=Probe(duration=600.0, width=720, height=576, fps=25.0),
    ),
    out_of_scope(
        "fresh364-11",
        "record a brief audio oral history interview of two volunteers, one asking the other "
        "these questions, and save it as an audio file (wav or mp3)",
        "recording an interview, not an edit of a video file",
    ),
    out_of_scope(
        "fresh364-12",
        "make the video player start after the bars and tones of these videos like New Jersey "
        "Nightly News: it will start like 20 seconds in, but a user could go back if they "
        "wanted to",
        "where a web player starts playing, not an edit of a video file",
    ),
    out_of_scope(
        "fresh364-13",
        "keep the 16:9 aspect ratio of HD videos uploaded to Nunaliit: when converted for "
        "replay they are modified to 4:3, which makes the video appear squished",
        "a program's conversion setting for uploads, not an edit of a given video file",
    ),
    out_of_scope(
        "fresh364-14",
        "add audio channel mappings for capturing this videotape: 1 mono track (from channel "
        "1) and 1 mono track (from channel 2)",
        "a capture program's audio channel mapping, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
