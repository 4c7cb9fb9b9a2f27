"""A three-hundred-and-sixth fresh, held-out collection of real requests
(tests/realreq/fresh306.md): one checkable case a row, encoded the way fresh305.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh305's, the
rows are short, typical asks, all from GitHub issues, most by people dubbing, translating or
subtitling videos (pyvideotrans, FireRed-OpenStoryline, VideoLingo, HandBrake, VideoCaptioner,
sickbeard_mp4_automator, VIDEOconvertor, video_transcoding, WeeaBlind, stt, pinchflat,
video-watermark-removal, voice-pro, screenscapetv, Subtitle Edit, Smart-City-Sample,
immersive-translate and SoniTranslate): a dubbed audio put on a silent video, a dub mixed with
the original sound, a quiet Chinese dub made louder, ASS subtitles burned into an MKV made an MP4,
subtitles burned in without the bitrate dropping, forced subtitles burned in, an HEVC re-encode,
a video made a small MP4, channels split between two tracks, the voice or the music separated,
a dub stretched to the video, a watermark removed, a speed with no factor, a 42-minute dub on a
30-minute video, an audio delay with no amount, a converter/resizer with no size, a translation,
a browser extension's subtitles and a dubbing program's timing.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import LOUDER, WHOLE, AnyOf, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh306.md")

_MP4 = step("convert", format="mp4")
_SMALL = step("quality", level="small")
_HIGH = step("quality", level="high")
_SMALL_CODEC = step("codec", codec="h264") | step("codec", codec="hevc")
_NO_SOUND = {"has_audio": False}

CASES: tuple[Case, ...] = (
    do(
        "fresh306-01",
        "integrate the new dubbed audio into this video: the latest version does not save the "
        "video dubbed, it only puts the video without sound, and the dubbed audio in another "
        "folder",
        [step("replace_audio", file="dubbed.wav", percent=None, db=None)],
        assets=["dubbed.wav"],
        probe=Probe(duration=120.0, width=1280, height=720, **_NO_SOUND),
        note="the dubbed audio as the silent video's sound, at its own level",
    ),
    do(
        "fresh306-02",
        "keep this video's original sound: mix the dubbing and BGM with it instead of replacing "
        "the whole original sound with them",
        [step("add_music", file="dub_bgm.wav", **WHOLE)],
        assets=["dub_bgm.wav"],
        probe=Probe(duration=60.0, width=1080, height=1920),
        note="the dubbing and BGM mixed under the original sound, which stays",
    ),
    do(
        "fresh306-03",
        "turn up the volume of this video after its conversion to Chinese speech: the overall "
        "volume is very low, and even turned up to the maximum it is still low",
        [LOUDER],
        probe=Probe(duration=300.0, width=854, height=480),
        note="louder, all of it",
    ),
    do(
        "fresh306-04",
        "convert this 720p MKV to a 720p MP4 with these ASS subtitles burned in, without the "
        "subtitles becoming much bigger than in the original ASS file",
        [step("subtitles", file=AnyOf("subs.ass", None), size=None), _MP4],
        [_MP4, step("subtitles", file=AnyOf("subs.ass", None), size=None)],
        assets=["subs.ass"],
        probe=Probe(duration=1440.0, width=1280, height=720, fps=23.976),
        note="the ASS file's own sizes burned in, as an MP4, the resolution kept",
    ),
    do(
        "fresh306-05",
        "add these subtitles to this 1 GB MOV video without the bitrate dropping to a third and "
        "the format changing to MP4: adding them made it a 260 MB MP4",
        [
            step("subtitles", file=AnyOf("subs.srt", None)),
            maybe(_HIGH),
            maybe(step("convert", format="mov")),
        ],
        assets=["subs.srt"],
        probe=Probe(duration=300.0, width=1920, height=1080),
        note="the subtitles burned in, at a high quality (kept a MOV)",
    ),
    do(
        "fresh306-06",
        "burn these forced subtitles into this video for compatibility instead of having to use "
        "srt",
        [step("subtitles", file=AnyOf("forced.srt", None))],
        assets=["forced.srt"],
        probe=Probe(duration=5400.0, width=1920, height=1080, fps=23.976),
        note="the forced subtitles burned in",
    ),
    do(
        "fresh306-07",
        "compress this video with HEVC, copying the internal subtitle from the video to the "
        "final video",
        [step("codec", codec="hevc"), maybe(_SMALL)],
        probe=Probe(duration=1440.0, width=1920, height=1080, fps=23.976),
        note="an HEVC re-encode (the subtitle track kept)",
    ),
    do(
        "fresh306-08",
        "compress this video to the lowest possible size while maintaining the video and audio "
        "quality, and make the output MP4",
        [_MP4, maybe(_SMALL), maybe(_SMALL_CODEC)],
        probe=Probe(duration=600.0, width=1280, height=720),
        note="an MP4, smaller (any compressing re-encode may come with it)",
    ),
    no_op(
        "fresh306-09",
        "split the sound of this video into left/right, its original sound on one side and this "
        "dub on the other, instead of balancing the volume",
        "no op: the original sound panned to one channel and a second file's to the other",
        assets=["dub.wav"],
        probe=Probe(duration=600.0, width=1280, height=720),
    ),
    no_op(
        "fresh306-10",
        "keep only the background of this video and remove the original voice: a lot of the "
        "time I only need the background sound and then add a bit of descriptive text",
        "no op: separating the voice from the background sound (source separation)",
        probe=Probe(duration=180.0),
    ),
    no_op(
        "fresh306-11",
        "isolate and remove the background music from this video",
        "no op: separating the music from the voices (source separation)",
        probe=Probe(duration=600.0),
    ),
    no_op(
        "fresh306-12",
        "don't cut this dubbed audio: speed it up or slow it down as a whole to the same length "
        "as the video and put it on it; for learning a bit from foreign videos, a slight "
        "mismatch doesn't matter",
        "no op: time-stretching a second file's sound to the video's length",
        assets=["dub.wav"],
        probe=Probe(duration=600.0),
    ),
    no_op(
        "fresh306-13",
        "remove the watermark from this video, just a word in the upper right corner, without "
        "leaving a smudged image of it",
        "no op: removing a watermark (delogo / inpainting); no operation does it",
        probe=Probe(duration=60.0),
    ),
    ask(
        "fresh306-14",
        "speed this video up: after I dubbed this English video into Chinese, the Chinese "
        "dubbing often finishes playing while the person in the video is still talking",
        "how much faster (the dub's length is not given)",
        ("how much", "how fast", "factor", "faster", "speed", "how long", "length", "duration"),
        probe=Probe(duration=600.0),
    ),
    ask(
        "fresh306-15",
        "put this translated audio on this video without its last 12 minutes being cut off: the "
        "original audio is 30 minutes long and the translated version is 42 minutes",
        "how the 30-minute video is to last 42 minutes (slowed down, or its last frame held)",
        ("slow", "freeze", "hold", "last frame", "extend", "how", "which", "speed"),
        assets=["translated.wav"],
        probe=Probe(duration=1800.0),
    ),
    ask(
        "fresh306-16",
        "fix the audio delay in this Hindi dubbed movie: it doesn't happen to the original "
        "voice, only to the dubbed audio, and every movie has a different delay",
        "how much the audio is late (no delay is given)",
        ("how much", "how many", "second", "delay", "offset", "ms", "millisecond"),
        probe=Probe(duration=8400.0, width=1920, height=1080, fps=23.976),
    ),
    ask(
        "fresh306-17",
        "convert and resize this video with no subtitle line: it's very common to use the "
        "Generate burn-in video tool as a video converter/resizer",
        "what size (and format) to make it",
        ("size", "resolution", "format", "which", "what", "how"),
        probe=Probe(duration=600.0),
    ),
    out_of_scope(
        "fresh306-18",
        "make a Chinese translation of this video: there is a project in PRC this video could be "
        "useful for if ran in a loop",
        "translating the video's speech into Chinese, not an edit of the file",
        probe=Probe(duration=180.0),
    ),
    out_of_scope(
        "fresh306-19",
        "make the Chinese subtitles translated on YouTube bigger, 200% to 500%: shared straight "
        "through Zoom, the subtitles are too small to watch on a phone",
        "a browser extension's live subtitles on YouTube, not a video file",
    ),
    out_of_scope(
        "fresh306-20",
        "adjust the speed of the video to keep the speed of the translated speech constant: "
        "this is particularly useful in translating tutorials and courses",
        "a dubbing program's timing of its own translated speech, sentence by sentence",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
