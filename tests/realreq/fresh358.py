"""A three-hundred-and-fifty-eighth fresh, held-out collection of real requests
(tests/realreq/fresh358.md): one checkable case a row, encoded the way fresh305.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh357's, the
rows are short, typical asks; all 16 come from GitHub issues written in other languages than
English (10 in Chinese, 2 in Japanese, one each in French, Portuguese, German and Russian: the
queries in those languages on forums and help pages found only tutorials or used pages), to
PictureSelector, dodoc, WeiXinRecordedDemo, video-maker, qm-transform, EpMedia, PietSmiet's bug
tracker, a Bilibili downloader, a conference site, Miranda, PlayerBase, ZY-Player, an IDE media
player and a stream recorder: a video compressed, a vertical video turned horizontal, a
front-camera video mirrored back, noise taken out of a recording, a render made 30 MB and an
MP4, a 1080p video made 720p for a car, music looped under a longer video, a clip, a crop or
trim and a trim with nothing said of where, and players' speed, rotation and skipped intros,
sending as a video in a messenger and uploading to Telegram.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh358.md")

_SMALL = step("quality", level="small")
_SMALLER_1080 = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))
_MP4 = step("convert", format="mp4")
_PHONE = {"width": 1080, "height": 1920}


def _smaller(max_mb: float) -> tuple[list, ...]:
    """A smaller file: a small quality, a size limit under `max_mb`, or a smaller picture."""
    return (
        [_SMALL, maybe(_SMALLER_1080)],
        [_SMALLER_1080, maybe(_SMALL)],
        [step("compress", max_mb=Between(1, max_mb)), maybe(_SMALLER_1080)],
        [_SMALLER_1080, step("compress", max_mb=Between(1, max_mb))],
    )


CASES: tuple[Case, ...] = (
    do(
        "fresh358-01",
        "compress this video",
        *_smaller(120),
        probe=Probe(duration=60.0, **_PHONE),
        note="a smaller file of a phone video (about 120 MB for a minute)",
    ),
    do(
        "fresh358-02",
        "rotate this vertical video without the black background: the format after rotation "
        "should be full frame, the video just turned, not reduced into the old format; a "
        "vertical video becomes a horizontal video",
        [step("rotate", degrees=90)],
        [step("rotate", degrees=270)],
        probe=Probe(duration=30.0, **_PHONE),
        note="a quarter turn either way: the frame turns with the picture",
    ),
    do(
        "fresh358-03",
        "I recorded this video with the front camera and the picture is reversed (taking photos "
        "is fine): set it the right way",
        [step("flip", direction="horizontal")],
        probe=Probe(duration=15.0, width=720, height=1280),
        note="mirrored back, left to right",
    ),
    do(
        "fresh358-04",
        "the video I recorded has noise in it: take care of it",
        [step("audio_denoise")],
        probe=Probe(duration=15.0, width=720, height=1280),
        note="the noise taken out of the sound",
    ),
    do(
        "fresh358-05",
        "make this rendered video smaller and change it to MP4 as soon as the render is done: "
        "it goes from 700mb to 30mb",
        [step("compress", max_mb=Between(10, 31)), maybe(_MP4)],
        [_MP4, step("compress", max_mb=Between(10, 31))],
        probe=Probe(duration=300.0),
        note="about 30 MB (from 700 MB), an MP4",
    ),
    do(
        "fresh358-06",
        "lower this 1080P video to 720P: the video is for playing on the car's head unit",
        [step("resize", lines=720)],
        [step("resize", height=720)],
        [step("resize", width=1280, height=720)],
        probe=Probe(duration=600.0),
        note="720p, the aspect kept",
    ),
    do(
        "fresh358-07",
        "add a looping background sound to this video: the video is longer than the audio, so "
        "loop the audio to fill the whole length of the video",
        [step("add_music", file="music.mp3")],
        [step("replace_audio", file="music.mp3")],
        assets=["music.mp3"],
        probe=Probe(duration=120.0),
        note="the music, looped (the default), under the whole video",
    ),
    ask(
        "fresh358-08",
        "make a clip (an excerpt) of this video to download: such a feature would make "
        "community contributions easier",
        "which part (from when to when)",
        WHICH_PART,
        probe=Probe(duration=3600.0),
    ),
    ask(
        "fresh358-09",
        "cut this video down (crop or trim it)",
        "crop or trim, and which area or which part (nothing else is said)",
        (*WHICH_PART, "crop", "trim", "area", "aspect"),
        probe=Probe(duration=60.0, **_PHONE),
    ),
    ask(
        "fresh358-10",
        "trim this existing mp4 file",
        "which part to keep (from when to when)",
        WHICH_PART,
        probe=Probe(duration=600.0),
    ),
    out_of_scope(
        "fresh358-11",
        "add 1.25x to 2x playback speed for the archive videos: people who want to watch the "
        "archives in one go would like it",
        "a playback speed control in a conference site's player, not an edit of a video file",
    ),
    out_of_scope(
        "fresh358-12",
        "send this video to Telegram as a video, not as a file: the official client lets you "
        "send a video either as a file or as a video, but Miranda now always sends it as a file",
        "a messenger client's way of sending, not an edit of a video file",
    ),
    out_of_scope(
        "fresh358-13",
        "make the player show this vertical video recorded on a phone vertically too: when it "
        "plays it is sideways",
        "a player library's display of a phone video's rotation, not an edit of the file",
        probe=Probe(duration=2.0, **_PHONE),
    ),
    out_of_scope(
        "fresh358-14",
        "automatically skip the opening and the ending when playing, with times I can set, "
        "since different shows have different opening times",
        "a player feature, not an edit of a video file",
    ),
    out_of_scope(
        "fresh358-15",
        "add a speed (倍速) feature to the media player in my IDE",
        "a playback speed control in an IDE's media player, not an edit of a video file",
    ),
    out_of_scope(
        "fresh358-16",
        "upload the finished recordings to Telegram, using curl: the official API limits the "
        "file size to 50MB",
        "uploading recordings to a messenger, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
