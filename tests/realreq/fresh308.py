"""A three-hundred-and-eighth fresh, held-out collection of real requests
(tests/realreq/fresh308.md): one checkable case a row, encoded the way fresh305.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh305's, the
rows are short, typical asks, all from GitHub issues (people with GPUs, hardware encoders and
media servers: zoomrec, sickbeard_mp4_automator, Tdarr, Jellyfin, FCPCafe, piwigo-videojs,
LosslessCut, Shutter Encoder, a GNOME screencast extension, thumbsup, AzuraCast, HandBrake, a
Dolby Vision Tdarr flow, NVEnc, TSDuck, GPAC, mGBA and Clapper): a recording transcoded for a
small file, files made h265 to save space, an mp4 made an HEVC mkv, a GoPro 4K60 video made
HEVC, drone footage made H.265, a GoPro HEVC clip made to play, a friendly codec keeping the
sound and resolution, an OBS mkv remuxed to mp4, a 4.1 MB screencast made lighter, a video
made web-friendly, a resolution of 480p, HDR made SDR, a smaller file keeping Dolby Vision, a
VOB deinterlaced, an AV1 encode, a resolution and a bit rate with no target, a game recorded,
a player's colours and a client's transcoding setting.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh308.md")

_MP4 = step("convert", format="mp4")
_MKV = step("convert", format="mkv")
_MOV = step("convert", format="mov")
_H264 = step("codec", codec="h264")
_HEVC = step("codec", codec="hevc")
_SMALL = step("quality", level="small")
_HIGH = step("quality", level="high")
_SMALLER_2160 = step("resize", lines=Below(2160)) | step("resize", percent=Below(100))
_NO_SOUND = {"has_audio": False}

CASES: tuple[Case, ...] = (
    do(
        "fresh308-01",
        "transcode this recording for a tighter compression, for a small file size: it's not "
        "a real problem but the files are huge",
        [_SMALL, maybe(_HEVC), maybe(_MP4)],
        [_HEVC, maybe(_SMALL), maybe(_MP4)],
        [step("compress", max_mb=Between(1.0, 2000.0)), maybe(_MP4)],
        probe=Probe(duration=3600.0, width=1920, height=1080, fps=25.0),
        note="a smaller file: quality(small), an HEVC encode or a size cap",
    ),
    do(
        "fresh308-02",
        "convert this file over to h265 to save some disk space",
        [_HEVC, maybe(_MKV)],
        [_HEVC, maybe(_MP4)],
        probe=Probe(duration=5400.0, width=1280, height=720, fps=23.976),
        note="an HEVC encode",
    ),
    do(
        "fresh308-03",
        "convert this mp4 to an HEVC mkv file: I expected a smaller file with a similar "
        "resolution/quality (these videos, from a class I'm taking, are smaller to start with)",
        [anywhere(_HEVC), anywhere(_MKV)],
        probe=Probe(duration=300.0, width=1920, height=1080, fps=30.0),
        note="HEVC in an mkv, either order",
    ),
    do(
        "fresh308-04",
        "transcode this 4K 60fps 60 MBit video recorded with the GoPro to 4K 60fps 50/60 MBit "
        "HEVC: on my LG CX TV it lags and loses frames, but the TV is able to decode 4K 60fps "
        "HEVC 50/60 MBit",
        [_HEVC, maybe(_HIGH), maybe(_MP4)],
        probe=Probe(duration=120.0, width=3840, height=2160, fps=60.0),
        note="an HEVC encode at the same 4K and 60 fps",
    ),
    do(
        "fresh308-05",
        "convert this 5.1K D-LOG H.264 footage from the Mavic 3 to H.265 without losing too "
        "much exposure, colour and temp data: the H.265 .MOV works in Final Cut Pro while the "
        "H.264 in the .MP4 does not",
        [_HEVC, maybe(_HIGH), maybe(_MOV)],
        probe=Probe(duration=60.0, width=5120, height=2700, fps=50.0),
        note="an HEVC encode (a high-quality setting or mov may come with it)",
    ),
    do(
        "fresh308-06",
        "make this clip from my 4K GoPro play in the video player of my photo server: it works "
        "very well with my HD videos coming from Canon or Sony cameras; the codec of the clip is "
        "MPEG-H Part 2/HEVC (H.265), 3840x2160",
        [_H264, maybe(_MP4), maybe(_SMALLER_2160)],
        [_SMALLER_2160, _H264, maybe(_MP4)],
        probe=Probe(duration=60.0, width=3840, height=2160, fps=30.0),
        note="an H.264 encode like the HD clips that play (maybe smaller)",
    ),
    do(
        "fresh308-07",
        "convert this file to a friendly codec while also preserving the audio and the original "
        "resolution: I want to play and edit it with older tools that do not support newer "
        "codecs, for example QuickTime Pro",
        [_H264, maybe(_MP4)],
        [_H264, maybe(_MOV)],
        probe=Probe(duration=120.0, width=1920, height=1080, fps=30.0),
        note="an H.264 encode, nothing else changed",
    ),
    do(
        "fresh308-08",
        "remux this OBS footage recorded to MKV to MP4 so it can be imported into Premiere Pro",
        [_MP4],
        probe=Probe(duration=600.0, width=1920, height=1080, fps=60.0),
        note="the mkv made an mp4",
    ),
    do(
        "fresh308-09",
        "make this 5 seconds 1080p 30 FPS screencast (no sounds) lighter: it's consuming 4,1 MB",
        [_SMALL, maybe(_MP4), maybe(_H264), maybe(_HEVC)],
        [step("compress", max_mb=Between(0.3, 4.0)), maybe(_MP4)],
        [_HEVC, maybe(_MP4), maybe(_SMALL)],
        [_H264, maybe(_MP4), maybe(_SMALL)],
        [_MP4, maybe(_H264), maybe(_SMALL)],
        probe=Probe(duration=5.0, width=1920, height=1080, fps=30.0, **_NO_SOUND),
        note="a smaller file of the 5-second screencast",
    ),
    do(
        "fresh308-10",
        "lower the quality of this video to allow web-streaming: original video media is usually "
        "not web-friendly",
        [_SMALL, maybe(_MP4), maybe(_H264)],
        probe=Probe(duration=60.0, width=1920, height=1080, fps=30.0),
        note="a smaller-file quality (an mp4 or H.264 may come with it)",
    ),
    do(
        "fresh308-11",
        "change the resolution of this video to 480p",
        [step("resize", lines=480)],
        probe=Probe(duration=300.0, width=1280, height=720, fps=30.0),
        note="480p",
    ),
    no_op(
        "fresh308-12",
        "make an SDR video from this HDR source",
        "no op: HDR to SDR tone mapping",
        probe=Probe(duration=600.0, width=3840, height=2160, fps=23.976),
    ),
    no_op(
        "fresh308-13",
        "make this Dolby Vision file smaller while keeping the dv profiles",
        "no op: re-encoding the HEVC while keeping its Dolby Vision metadata (RPU)",
        probe=Probe(duration=600.0, width=3840, height=2160, fps=23.976),
    ),
    no_op(
        "fresh308-14",
        "deinterlace this interlaced DVD VOB (MPEG2, 720x576, 25 fps) while encoding it to "
        "HEVC: the deinterlacing seems to have no effect",
        "no op: deinterlacing",
        probe=Probe(duration=600.0, width=720, height=576, fps=25.0),
    ),
    no_op(
        "fresh308-15",
        "encode this H.264 video to AV1 with Intel QSV",
        "no op: AV1 encoding (codec makes H.264 or HEVC only)",
        probe=Probe(duration=923.0, width=1920, height=1080, fps=30.0),
    ),
    ask(
        "fresh308-16",
        "change the size of the video resolution: my video resolution was 720x576",
        "what size (none is named)",
        ("which", "what size", "what resolution", "size", "resolution", "width", "height"),
        probe=Probe(duration=60.0, width=720, height=576, fps=25.0),
    ),
    ask(
        "fresh308-17",
        "change the bit rate of this mp4 video",
        "to what bit rate (higher or lower, and how much)",
        ("which", "what bit", "bit rate", "bitrate", "kbps", "higher", "lower", "how much"),
        probe=Probe(duration=60.0),
    ),
    out_of_scope(
        "fresh308-18",
        "record the game using the HEVC hardware encoder (nvenc) instead of h.264 (nvenc)",
        "an emulator's recording encoder, not an edit of a video file",
    ),
    out_of_scope(
        "fresh308-19",
        "make this player show 4k video files with good colors: they have really bad colors, "
        "this happens also on VLC, and it does not happen with 1080p ones",
        "a player's display of HDR colours, not an edit of a video file",
    ),
    out_of_scope(
        "fresh308-20",
        "add an option in the Jellyfin client to force transcoding of a content based on the "
        "client device resolution: my Xiaomi Mi Stick has a maximum resolution of 1080p and is "
        "not powerful enough to handle 4K content",
        "a media server client's playback setting, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
