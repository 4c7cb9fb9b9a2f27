"""A two-hundred-and-eighty-third fresh, held-out collection of real requests
(tests/realreq/fresh283.md): one checkable case a row, encoded the way fresh281.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh281's, the
rows are short, typical asks; 12 come from GitHub issues of desktop video tools and libraries
(Collabora Online, OpenShot, LosslessCut, jcodec, Parabolic, SofdecVideoTools, silentcast,
Constrict, licode, HandBrake, auto-subtitle, go2tv) and one from a German forum thread: some trim
at both ends, a fast forward by a factor not given, a flip either way, a frame as a jpg with no
time, the audio stripped twice, a recorded GIF made smaller, a VP9 video made H.264, an mkv
recording saved as mp4 or webm, an interlaced encode kept interlaced, an mkv made an avi,
subtitles translated from the speech and a .dv file played on a TV.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope, smaller_gif
from .score import Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh283.md")

_H264 = step("codec", codec="h264")

CASES: tuple[Case, ...] = (
    ask(
        "fresh283-01",
        "set some trim at the beginning and end of this video file",
        "how much to trim at each end (where the video should start and end)",
        (
            "how much",
            "how many",
            "seconds",
            "where",
            "when",
            "start",
            "end",
            "which part",
        ),
        probe=Probe(duration=180.0),
    ),
    ask(
        "fresh283-02",
        "fast forward this clip, not in duplicates of two: by the exact number I choose to "
        "multiply the passage of time in the clip",
        "by how much (the exact factor is not given)",
        ("how much", "how many times", "factor", "how fast", "which speed", "what speed", "number"),
        probe=Probe(duration=120.0),
    ),
    ask(
        "fresh283-03",
        "flip this video, like mirror it across the horizontal or vertical axis",
        "which way (left-right or upside down)",
        ("which way", "which axis", "which direction", "horizontal", "vertical", "left-right"),
        probe=Probe(duration=60.0),
    ),
    ask(
        "fresh283-04",
        "save a frame of this mp4 file to a jpg file",
        "which frame (the moment to take)",
        ("which frame", "which moment", "which second", "what time", "when", "time", "where"),
        probe=Probe(duration=90.0),
    ),
    do(
        "fresh283-05",
        "strip the audio from this source and generate a video without audio (it came bundled: "
        "I couldn't pick a video-only source)",
        [step("mute")],
        probe=Probe(duration=600.0),
        note="the same video, with no audio track",
    ),
    do(
        "fresh283-06",
        "output this video file without an audio line, so that it is completely missing",
        [step("mute")],
        probe=Probe(duration=60.0, width=640, height=480, fps=29.97),
        note="the same video, with no audio track at all",
    ),
    do(
        "fresh283-07",
        "reduce the size of this recorded gif (an option for low quality would do)",
        *smaller_gif(1280, 720, 15.0),
        probe=Probe(duration=10.0, width=1280, height=720, fps=15.0, has_audio=False),
        note="a smaller GIF, still a GIF",
    ),
    do(
        "fresh283-08",
        "re-encode (not compress) this VP9 video to H264 for viewing on Discord, keeping the "
        "original size",
        [_H264, maybe(step("convert", format="mp4"))],
        [step("convert", format="mp4"), maybe(_H264)],
        probe=Probe(duration=60.0),
        note="the same video encoded as H.264, not made smaller",
    ),
    do(
        "fresh283-09",
        "save this recording file (mkv by default) as mp4 or webm: played in chrome, the mkv "
        "can't fast forward",
        [step("convert", format="mp4"), maybe(_H264)],
        [step("convert", format="webm")],
        probe=Probe(duration=300.0, width=1280, height=720),
        note="the recording as an mp4 or a webm",
    ),
    no_op(
        "fresh283-10",
        "encode this interlaced camcorder footage to h264 keeping it flagged as interlaced and "
        "letting the tv deinterlace it: converting to progressive can lose detail",
        "no op: an interlaced encode (the interlacing kept and flagged); no operation keeps or "
        "sets interlacing",
        probe=Probe(duration=1800.0, width=720, height=576, fps=25.0),
    ),
    no_op(
        "fresh283-11",
        "convert this mkv to avi",
        "no op: an .avi file; promptcut writes no avi (mp4, mov, mkv, ts, webm, ...)",
        probe=Probe(duration=5400.0, width=1280, height=720, fps=23.976),
    ),
    out_of_scope(
        "fresh283-12",
        "give this video, which has spoken English text, subtitles in Dutch, German and French",
        "transcribing the speech and translating it; no subtitle file is given",
        probe=Probe(duration=600.0),
    ),
    out_of_scope(
        "fresh283-13",
        "play this '.dv' file created by a digital camera on the TV",
        "playing (casting) a file on a TV is not an edit of it",
        probe=Probe(duration=300.0, width=720, height=576, fps=25.0),
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
