"""A two-hundred-and-ninety-ninth fresh, held-out collection of real requests
(tests/realreq/fresh299.md): one checkable case a row, encoded the way fresh297.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh297's, the
rows are short, typical asks; all 15 come from GitHub issues and pull requests (signage, kiosk
and looping-player users and people publishing a demo video: FreeShow, a transcoding tool, a
video-wallpaper app, a chat app's README, a docs site, a protein-design README, FreeShow's
feature list, a Raspberry Pi video looper, Falcon Player, an LED-matrix viewer, omxplayer,
Screenly, an OBS plugin and a video.js wrapper): an H265 video made H264, a transparent video
made webm, 24 fps made 30, 29.97 fps made an even 60, a video under 10MB, a smaller silent
H.264 demo, a GIF made MP4, a segment with no times, a looper's vertical mode, three players'
and a plugin's gaps between loops, an endless loop on a viewer and a preview's duration on a
site.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh299.md")

_MP4 = step("convert", format="mp4")
_H264 = step("codec", codec="h264")
_SMALL = step("quality", level="small")
_SMALLER_1080 = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))

CASES: tuple[Case, ...] = (
    do(
        "fresh299-01",
        "convert this H265 video to H264 so FreeShow displays it: videos with H265 codec "
        "appear black, only audio plays",
        [_H264, maybe(_MP4)],
        [_MP4, _H264],
        probe=Probe(duration=120.0),
        note="an H.264 video FreeShow shows",
    ),
    do(
        "fresh299-02",
        "convert this transparent lyrics video to webm, so I can play it on top of the "
        "background in FreeShow, like in propresenter",
        [step("convert", format="webm")],
        probe=Probe(duration=240.0),
        note="a webm",
    ),
    do(
        "fresh299-03",
        "change this encoded tv show from 24 to 30 fps: the original file reported 30 fps, "
        "and the encode has some stuttering",
        [step("fps", fps=AnyOf(30, 29.97))],
        probe=Probe(duration=1320.0, width=720, height=480, fps=24.0),
        note="30 fps, as the original reported",
    ),
    do(
        "fresh299-04",
        "re-encode this 29.97 fps wallpaper video to an even 60fps: the videos that stutter "
        "have FPS values with decimal places",
        [step("fps", fps=60)],
        probe=Probe(duration=20.0, fps=29.97),
        note="an even 60 fps",
    ),
    do(
        "fresh299-05",
        "compress this video for the README: only videos under 10MB could be uploaded",
        [step("compress", max_mb=Between(1, 10)), maybe(_SMALLER_1080)],
        [_SMALLER_1080, step("compress", max_mb=Between(1, 10))],
        probe=Probe(duration=60.0),
        note="under 10MB",
    ),
    do(
        "fresh299-06",
        "re-encode this demo MP4 as a smaller H.264/yuv420p video with no audio track",
        [
            anywhere(step("mute")),
            anywhere(_H264),
            anywhere(_SMALL | step("compress", max_mb=Between(1, 100)) | _SMALLER_1080),
        ],
        probe=Probe(duration=60.0),
        note="silent, H.264 and smaller, in any order",
    ),
    do(
        "fresh299-07",
        "replace this README demo GIF with a compressed MP4 to reduce repository size: MP4 "
        "gives much better compression while keeping the demo readable and smooth",
        [_MP4, maybe(_H264), maybe(_SMALL)],
        [_H264, _MP4, maybe(_SMALL)],
        [_SMALL, _MP4, maybe(_H264)],
        probe=Probe(duration=20.0, width=1280, height=720, fps=15.0, has_audio=False),
        note="an MP4 of the GIF, maybe smaller",
    ),
    ask(
        "fresh299-08",
        "play only a segment of this video (start and stop)",
        "which segment (no start or stop times are given)",
        (*WHICH_PART, "segment", "second", "minute"),
        probe=Probe(duration=300.0),
    ),
    out_of_scope(
        "fresh299-09",
        "make pi video looper play this video in vertical mode: my raspberry's desktop is "
        "working in vertical mode but when pi video looper is launched all videos are played "
        "in landscape",
        "a video looper's orientation setting, not an edit of the file",
        probe=Probe(duration=60.0),
    ),
    out_of_scope(
        "fresh299-10",
        "remove this black screen between playbacks when VLC loops this 20 second clip: I "
        "always got this black flash (less than one second) between clips",
        "a player's gap between loops, not in the file",
        probe=Probe(duration=20.0),
    ),
    out_of_scope(
        "fresh299-11",
        "loop playback of this video on the video-viewer utility: I'd like to leave a short "
        "loop running continuously on my 64x32 LED panel",
        "a viewer's looping option (play it endlessly), not an edit of the file",
        probe=Probe(duration=10.0, width=64, height=32),
    ),
    out_of_scope(
        "fresh299-12",
        "make omxplayer's loop option play this mp4 with a continuous scrolling image "
        "seamlessly: it stops for a fraction of a second before it starts again, and the file "
        "seems to be correct",
        "a player's pause at the loop point; the file is already right",
        probe=Probe(duration=30.0, fps=60.0),
    ),
    out_of_scope(
        "fresh299-13",
        "make this video loop seamlessly on screenly for digital signage: everytime the video "
        "ends the player goes to black before starting again",
        "a signage player's gap between loops, not in the file",
        probe=Probe(duration=30.0),
    ),
    out_of_scope(
        "fresh299-14",
        "get rid of the few frames of black the OBS plugin introduces between loops of this "
        "video: I've gone through it frame by frame and there's zero noticeable gap when looped",
        "a plugin's gap between loops; the file has none",
        probe=Probe(duration=15.0),
    ),
    out_of_scope(
        "fresh299-15",
        "override the duration of this video for our site's free preview, from 1min full "
        "length video to 10sec, without affecting the full length",
        "a player's preview setting; the file must stay full length",
        probe=Probe(duration=60.0),
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
