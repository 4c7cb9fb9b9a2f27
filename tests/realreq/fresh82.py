"""An eighty-second fresh, held-out collection of real requests (tests/realreq/fresh82.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh81's, the
rows are short, typical asks, like the development set's; all 15 come from GitHub issues of
ffmpeg front-ends and converters (HandBrake, VidCoder, FFmpeg Batch, IFME, Shutter Encoder), a
screen recorder, a slideshow library, ffmpeg-python, a transcoding script set, an ffmpeg filter
explorer and a Jellyfin client. Each case follows its row's `expected` column; `[out of scope]`
rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the request and the
files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import SOUND_ALONE, WHOLE, AnyOf, Case, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh82.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh82-01",
        "normalize the audio track of the movie, without re-encoding the video",
        [step("normalize")],
        note="the sound normalized to a loudness target; the picture left as it is",
    ),
    do(
        "fresh82-02",
        "normalize the volume peak of the audio to 0 dB",
        [step("normalize")],
        note="the sound normalized (any target, the peak at 0 dB)",
    ),
    do(
        "fresh82-03",
        "fade out the audio at the end: sometimes the audio is loud where I want to finish the "
        "video, and with a fade-out the video could be ended more smoothly",
        [step("fade", direction="out", target="audio")],
        note="the sound faded out at the end, any length; the picture not faded",
    ),
    do(
        "fresh82-04",
        "fade the audio in and out",
        [
            step("fade", direction="in", target="audio"),
            step("fade", direction="out", target="audio"),
        ],
        [
            step("fade", direction="out", target="audio"),
            step("fade", direction="in", target="audio"),
        ],
        note="the sound faded in at the start and out at the end, any lengths, either order",
    ),
    do(
        "fresh82-05",
        "remove the video, audio output only: this would be particularly useful for ripping "
        "music from a DVD-A",
        [SOUND_ALONE],
        note="the sound alone, as an audio file of any format",
    ),
    do(
        "fresh82-06",
        "extract the audio from the video, audio only, for example as m4a: I have this need "
        "from time to time and I wouldn't install another software just for that",
        [
            step("extract_audio", format=AnyOf(None, "m4a"))
            | step("convert", format=AnyOf("m4a", "aac"))
        ],
        note="the sound alone, as an AAC (m4a) file",
    ),
    do(
        "fresh82-07",
        "burn the independent ass subtitle file into the video, so that jellyfin on Android TV "
        "can play it",
        [step("subtitles", file=AnyOf("subs.ass", None))],
        assets=["subs.ass"],
        note="the .ass file burned in",
    ),
    do(
        "fresh82-08",
        "burn the SRT to the video file: hard coding it gives me a chance to proofread before "
        "burning them",
        [step("subtitles", file=AnyOf("subs.srt", None))],
        assets=["subs.srt"],
        note="the .srt file burned in",
    ),
    do(
        "fresh82-09",
        "add our watermark to the screen recording: the watermark configuration is already done",
        [step("overlay_image", file="watermark.png", **WHOLE)],
        assets=["watermark.png"],
        note="the watermark over the recording, any place, all of it",
    ),
    do(
        "fresh82-10",
        "rotate the MOV by -90",
        [step("rotate", degrees=AnyOf(270, 90))],
        note="a quarter turn; -90 reads as counterclockwise or (by the other sign convention) "
        "clockwise",
    ),
    do(
        "fresh82-11",
        "convert the video to H264 and use the denoise/sharpen on it",
        [
            anywhere(step("denoise", **WHOLE)),
            anywhere(step("sharpen", **WHOLE)),
            maybe(step("codec", codec="h264")),
        ],
        note="denoised and sharpened, in either order, at any strengths; an H.264 setting may "
        "come with it",
    ),
    ask(
        "fresh82-12",
        "add watermarks to the video: text and image, with location and size",
        "which image and which text (neither is given)",
        ("which", "image", "text", "logo", "file", "watermark", "what"),
    ),
    ask(
        "fresh82-13",
        "cut the video into pieces, which I keep or drop: I would like to extract the chosen "
        "video sequences",
        "which parts (no times given)",
        WHICH_PART,
    ),
    ask(
        "fresh82-14",
        "enhance the image quality of the video, perhaps with AI",
        "improve how (noise, sharpness, resolution, colour?)",
        ("how", "what", "which", "noise", "sharp", "resolution", "colour", "color", "specific"),
    ),
    out_of_scope(
        "fresh82-15",
        "deinterlace the interlaced content, with a button like how MPV is with pressing D, or "
        "automatically by checking media flags",
        "a playback toggle of a media player app (Findroid), not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
