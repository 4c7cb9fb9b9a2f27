"""A two-hundred-and-eighty-fourth fresh, held-out collection of real requests
(tests/realreq/fresh284.md): one checkable case a row, encoded the way fresh281.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh281's, the
rows are short, typical asks; all 15 come from GitHub issues, seven of them written in Polish,
Portuguese or Chinese: a recording made smaller but clear, a clip with no part named, a
transcription burned into a clip, text with no words given, a file size reduced, a .mov made an
.mp4, a video edited before upload with nothing named, a video compressed and resized to no
size, added music replacing the original sound, a rotation with no direction, a 22 MB video
compressed, two videos made GIFs for a README, a moving Douyin watermark and a blurry
640x360 YouTube download made as clear as on YouTube.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .corpus import DIRECTION
from .score import GIF, AnyOf, Below, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh284.md")

#: Smaller with the picture kept clear: a smaller encoding, not a smaller picture.
_CLEAR_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step("codec", codec="hevc")

#: Smaller, the resolution and frame rate free to change (a 1080p, 30 fps video).
_SMALLER_FREE = (
    step("quality", level="small")
    | step("codec", codec="hevc")
    | step("resize", lines=Below(1080))
    | step("resize", height=Below(1080), width=AnyOf(None, Below(1920)))
    | step("resize", width=Below(1920), height=AnyOf(None, Below(1080)))
    | step("resize", percent=Below(100))
    | step("fps", fps=Below(30))
)

#: Smaller than the 22 MB it is.
_UNDER_22 = (
    step("compress", max_mb=Below(22))
    | step("quality", level="small")
    | step("codec", codec="hevc")
)

CASES: tuple[Case, ...] = (
    do(
        "fresh284-01",
        "make this recorded video smaller while retaining clarity: it comes out at a size of "
        "more than 70 MB per minute",
        [_CLEAR_SMALLER, maybe(_CLEAR_SMALLER)],
        probe=Probe(duration=60.0),
        note="a smaller encoding, the picture kept as it is",
    ),
    ask(
        "fresh284-02",
        "clip this video: on twitch you press the clip button, drag the slider to the start and"
        " end points, clip",
        "which part to keep (its start and end points)",
        (*WHICH_PART, "which part", "start and end"),
        probe=Probe(duration=1800.0),
    ),
    do(
        "fresh284-03",
        "send back this clip with the transcription added to the picture, a first step towards "
        "making GIFs",
        [step("subtitles", file=AnyOf("transcript.srt", None))],
        assets=["transcript.srt"],
        probe=Probe(duration=20.0, width=1280, height=720),
        note="the transcription burned into the picture",
    ),
    ask(
        "fresh284-04",
        "add subtitles: add text to this video",
        "which text (the words, or a subtitle file)",
        ("which text", "what text", "the text", "words", "subtitle file", "srt", "what should"),
        probe=Probe(duration=15.0, width=480, height=480),
    ),
    do(
        "fresh284-05",
        "reduce this video's file size: its resolution and frame rate can be changed",
        [_SMALLER_FREE, maybe(_SMALLER_FREE), maybe(_SMALLER_FREE)],
        probe=Probe(duration=120.0),
        note="a smaller file, by a smaller encoding, picture or frame rate",
    ),
    do(
        "fresh284-06",
        "change the format of this video: instead of .mov, for example .mp4",
        [step("convert", format="mp4")],
        probe=Probe(duration=90.0),
        note="an MP4",
    ),
    ask(
        "fresh284-07",
        "edit this mp4 video before uploading it: add a filter, crop, maybe even shorten the video",
        "which filter, what to crop to, and how much to shorten it (which part to keep)",
        ("which filter", "what filter", "which look", "crop", "which part", "how long", "which"),
        probe=Probe(duration=60.0, width=1080, height=1920),
    ),
    ask(
        "fresh284-08",
        "compress and resize this video I just took",
        "to what size (a resolution, a width or a percentage)",
        ("what size", "which size", "resolution", "how small", "width", "percent", "720p", "480p"),
        probe=Probe(duration=30.0, width=1080, height=1920),
    ),
    do(
        "fresh284-09",
        "I added music to the video and it plays two audios, the original video's background "
        "sound and the newly added music: mute the audio of the original video, keep the music",
        [step("replace_audio", file="music.mp3")],
        assets=["music.mp3"],
        probe=Probe(duration=30.0, width=720, height=1280),
        note="the music alone as the sound",
    ),
    ask(
        "fresh284-10",
        "rotate this video's orientation and save the video with that orientation",
        "which way to turn it (90° clockwise, counter-clockwise or 180°)",
        (*DIRECTION, "degrees", "90", "180", "how far"),
        probe=Probe(duration=15.0, width=720, height=1280),
    ),
    do(
        "fresh284-11",
        "compress this 22 MB video: compressed before, it came out bigger than the original",
        [_UNDER_22, maybe(_UNDER_22)],
        probe=Probe(duration=30.0, width=720, height=1280),
        note="smaller than the 22 MB it is",
    ),
    do(
        "fresh284-12",
        "make a GIF of this (a recording of a project I develop on GitHub), to put in the "
        "readme.md",
        [GIF],
        probe=Probe(duration=20.0, width=1366, height=768),
        note="a GIF of it",
    ),
    do(
        "fresh284-13",
        "turn this video into a GIF, to add it to the top right hand corner of the readme",
        [GIF],
        probe=Probe(duration=15.0),
        note="a GIF of it",
    ),
    no_op(
        "fresh284-14",
        "remove the moving watermark from this downloaded Douyin video: it is the video's own "
        "watermark, pass in the logo that needs removing",
        "no op: a moving watermark painted out of the picture; no operation removes a logo",
        assets=["logo.png"],
        probe=Probe(duration=30.0, width=1080, height=1920),
    ),
    out_of_scope(
        "fresh284-15",
        "make this downloaded YouTube video as clear as it is on YouTube: watched there it is "
        "very clear, downloaded it is very blurry, only 640*360",
        "the detail of YouTube's higher resolutions is not in the 640x360 file; it must be "
        "downloaded again at a higher resolution",
        probe=Probe(duration=600.0, width=640, height=360),
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
