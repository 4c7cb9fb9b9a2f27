"""A two-hundred-and-ninety-sixth fresh, held-out collection of real requests
(tests/realreq/fresh296.md): one checkable case a row, encoded the way fresh293.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh293's, the
rows are short, typical asks; all 17 come from GitHub issues and pull requests, most of them
from game developers and modders putting video in games and engines (a browser port of an old
game, a launcher's preview, a sample's asset, a game's README gif, a game's anime cutscenes, a
Unity modding guide, a browser's site video, a credits tool for Godot, a Unity game's looping
video, two README gifs, a Quest app, a Ren'Py menu loop, an Unreal loading screen, a cutscene
volume, logo videos and a GameMaker video without sound): an intro made MP4 or WebM, a preview
made WebM, a sample made a couple of megabytes, a gif made 400 px wide, anime cutscenes made
louder, a guide made 30 fps 1080p H.264, a 4K site video made 1080p, credits made Theora, a
loop made with an ultrafast preset, gifs with no part named, and six engines' or apps' settings
and bugs.
Each case follows its row's `expected` column."""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, LOUDER, AnyOf, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh296.md")

_MP4 = step("convert", format="mp4")
_WEBM = step("convert", format="webm")
_H264 = step("codec", codec="h264")
_R1080 = step("resize", lines=1080) | step("resize", height=1080, width=AnyOf(None, 1920))
_SMALLER_PICTURE = step("resize", lines=AnyOf(720, 480, 360)) | step(
    "resize", percent=Between(10, 99)
)
_W400 = step("resize", width=400, height=AnyOf(None, 225))
_FPS30 = step("fps", fps=30)
_REENCODE = step("reencode")

CASES: tuple[Case, ...] = (
    do(
        "fresh296-01",
        "convert this game video (the intro) to some sane format a browser can play (such as "
        "x264 in an MP4 container, or maybe WebM)",
        [_MP4, maybe(_H264)],
        [_H264, _MP4],
        [_WEBM],
        probe=Probe(duration=90.0, width=640, height=480),
        note="an MP4 (H.264 may come with it) or a WebM a browser plays",
    ),
    do(
        "fresh296-02",
        "convert this video in preview.md to webm so it would be accessible to people without "
        "installed codecs",
        [_WEBM],
        probe=Probe(duration=30.0),
        note="a WebM of the preview",
    ),
    do(
        "fresh296-03",
        "dial back the bitrate of this ~13MB video file and get it down to only a couple of "
        "megs: the VideoPlayerSample ships it as an asset, and pulling the repo took me about "
        "half an hour",
        [step("compress", max_mb=Between(1, 4)), maybe(_SMALLER_PICTURE)],
        [_SMALLER_PICTURE, step("compress", max_mb=Between(1, 4))],
        probe=Probe(duration=60.0),
        note="a couple of MB, a smaller picture allowed",
    ),
    do(
        "fresh296-04",
        "optimize this gameplay gif and scale it to 400px wide for the README",
        [step("gif", width=400)],
        [_W400],
        [_W400, GIF],
        probe=Probe(duration=10.0, width=1280, height=720, fps=30.0),
        note="the gif 400 px wide",
    ),
    do(
        "fresh296-05",
        "make this anime cutscene louder: the anime videos are too quiet, you can barely "
        "understand the dialog",
        [LOUDER],
        probe=Probe(duration=120.0),
        note="louder, all of it",
    ),
    do(
        "fresh296-06",
        "make this guide video a smaller file: 30fps, 1080p, H.264, so it loads faster",
        *[list(p) for p in permutations([_FPS30, _R1080, _H264])],
        probe=Probe(duration=60.0, width=2560, height=1440, fps=60.0),
        note="30 fps, 1080p and H.264, in any order",
    ),
    do(
        "fresh296-07",
        "re-encode this main video for less GPU usage: from 4k x 60fps to 1080p x 60fps",
        [_R1080],
        [_R1080, _REENCODE],
        [_REENCODE, _R1080],
        probe=Probe(duration=30.0, width=3840, height=2160, fps=60.0),
        note="1080p, the frame rate kept",
    ),
    no_op(
        "fresh296-08",
        "convert this credits video, exported as mp4, to Theora (.ogv): I use Cinecred to "
        "create the credits for a game, but Godot only supports the Theora (.ogv) format",
        "no op: an Ogg Theora video (.ogv); no operation writes Theora or .ogv files",
        probe=Probe(duration=60.0, width=1920, height=1080),
    ),
    no_op(
        "fresh296-09",
        "remake this surgery mp4 video to use ultrafast encoding: the encoding format it was "
        "using seemed to be too much for unity to keep up with, causing a stutter every time "
        "the video looped (this will increase the file size from 32KB to 96KB)",
        "no op: the encoder's speed preset (ultrafast) is no operation's setting",
        probe=Probe(duration=5.0),
    ),
    ask(
        "fresh296-10",
        "replace the screenshot in the README with a gif of this game recording (<10 seconds)",
        "which part of the recording makes the gif under 10 seconds",
        (*WHICH_PART, "second"),
        probe=Probe(duration=120.0),
    ),
    ask(
        "fresh296-11",
        "make two gifs of this gameplay recording for the README: one gif of gameplay in "
        "battle, one gif of gameplay in the store or gambling",
        "where in the recording the battle and the store or gambling are (no times are given)",
        (*WHICH_PART, "battle", "store", "gambling"),
        probe=Probe(duration=300.0),
    ),
    out_of_scope(
        "fresh296-12",
        "build this video into my Meta Quest 3 app from StreamingAssets: it is 8K "
        "side-by-side stereo, H265, 2.19 GB, 29.97 fps, and the Gradle build fails with "
        "Required array size too large",
        "building an app with the file in it, not an edit of the file",
        probe=Probe(duration=600.0, width=7680, height=3840, fps=29.97),
    ),
    out_of_scope(
        "fresh296-13",
        "make Ren'Py cache/buffer this looping main menu background video: playback skips a "
        "few frames at the loop, breaking the seamless transition",
        "a game engine's playback (buffering), not an edit of the file",
        probe=Probe(duration=20.0),
    ),
    out_of_scope(
        "fresh296-14",
        "make the LoadingScreen plugin play my mp4: i cannot play my mp4, but the video in the "
        "official shooter game is ok. what format is supported?",
        "a plugin's supported formats and setup, not an edit of the file",
        probe=Probe(duration=15.0),
    ),
    out_of_scope(
        "fresh296-15",
        "raise OpenJKDF2's default cutscene volume: yeah it's adjustable but it's way quieter "
        "than the OST volume",
        "a game port's default volume setting, not an edit of a file",
        probe=Probe(duration=120.0),
    ),
    out_of_scope(
        "fresh296-16",
        "add an option to skip these logo videos: they interrupt the main menu video and cause "
        "audio noise, and replacing the Bink files with zero-duration ones from other games "
        "makes the game throw an error",
        "a game port's option, not an edit of the file",
        probe=Probe(duration=10.0),
    ),
    out_of_scope(
        "fresh296-17",
        "make GameMaker's video_open open this video with no audio track on Ubuntu: you get "
        "the error Could not find audio stream, while on Windows the video loads properly",
        "a game engine's bug, not an edit of the file",
        probe=Probe(duration=30.0),
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
