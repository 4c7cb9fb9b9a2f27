"""A three-hundred-and-sixty-second fresh, held-out collection of real requests
(tests/realreq/fresh362.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh361's, the
rows are short, typical asks; all 16 come from GitHub issues (chat bots and sticker makers:
gif2tgsticker, pixelart2tgs, a WhatsApp sticker app, esmBot, Telegram compressor, leech, rename and
encoder bots, a Discord compressor, videoEditBot, a watermark bot, a Discord music bot,
giftolottie and a ChatGPT Telegram bot): a sticker made a 100×100 emoji video, a pixel-art GIF
scaled up without blur, a sticker trimmed to 10 seconds, an iFunny caption cropped off, a video
made audio, an MKV made an H.264 MP4, a video made mp4, a video compressed for Discord's 25 MB,
the sound replaced, a file split under 2 GB, a swirl, a GIF watermark with none given, a speed
with none chosen, a TGS vector emoji, a bot answering a video message and a bot's reply target.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import SOUND_ALONE, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh362.md")

_MP4 = step("convert", format="mp4")
_H264 = step("codec", codec="h264")
_GIF = step("gif") | step("convert", format="gif")
_NO_SOUND = {"has_audio": False}

CASES: tuple[Case, ...] = (
    do(
        "fresh362-01",
        "make this video sticker an emoji video: emoji videos have 100 by 100 resolution, when "
        "the stickers have 512 by 512",
        [step("resize", width=100, height=AnyOf(100, None))],
        [step("resize", height=100)],
        probe=Probe(duration=3.0, width=512, height=512, fps=30.0, **_NO_SOUND),
        note="the square sticker scaled to 100 by 100",
    ),
    do(
        "fresh362-02",
        "convert this 32×32 GIF to a 100×100 GIF without any blur (using the nearest neighbor "
        "algorithm), for a Telegram video emoji: video emoji are restricted to exactly 100×100 px "
        "size",
        [step("resize", width=100, height=AnyOf(100, None)), maybe(_GIF)],
        [step("resize", height=100), maybe(_GIF)],
        [step("custom"), maybe(_GIF)],
        probe=Probe(duration=2.0, width=32, height=32, fps=10.0, **_NO_SOUND),
        note="scaled to 100 by 100 and kept a GIF (no choice of scaler is offered)",
    ),
    do(
        "fresh362-03",
        "trim this video to a max of 10s so it can be added to a WhatsApp sticker pack: videos "
        'over 10s cause "handleStickerPackPreviewresult/failed"',
        [step("trim", start=AnyOf(0, None), end=Between(5, 10))],
        probe=Probe(duration=16.0, width=512, height=512, **_NO_SOUND),
        note="the first 10 seconds (or less) kept",
    ),
    no_op(
        "fresh362-04",
        "crop out the caption added to this GIF using iFunny",
        "no op: the caption band at the top cropped off; its height must be found in the picture",
        probe=Probe(duration=4.0, width=480, height=560, **_NO_SOUND),
    ),
    do(
        "fresh362-05",
        "convert this video to audio",
        [SOUND_ALONE],
        probe=Probe(duration=240.0),
        note="the sound alone",
    ),
    do(
        "fresh362-06",
        "remux or transcode this MKV into an MP4 container with H.264 video and AAC audio, formats "
        "supported by Telegram's in-app player: uploaded as it is, Telegram treats it as an "
        "unsupported format, or the video plays without sound",
        [anywhere(_MP4), anywhere(_H264)],
        probe=Probe(duration=1500.0, width=1920, height=1080),
        note="an MP4 with H.264 picture (AAC sound)",
    ),
    do(
        "fresh362-07",
        "convert this video to mp4 format, because whatsapp, facebook, youtube everyone still "
        "allow to upload in mp4",
        [_MP4, maybe(_H264)],
        [_H264, _MP4],
        probe=Probe(duration=600.0),
        note="an mp4 file",
    ),
    do(
        "fresh362-08",
        "compress this video for Discord's new 25MB limit",
        [step("compress", max_mb=Between(1, 25))],
        probe=Probe(duration=120.0, width=1920, height=1080),
        note="under 25 MB",
    ),
    do(
        "fresh362-09",
        "replace all existing audio tracks of this video with the audio I sent",
        [step("replace_audio", file="audio.mp3")],
        assets=["audio.mp3"],
        probe=Probe(duration=1400.0),
        note="the sent audio as the only sound",
    ),
    no_op(
        "fresh362-10",
        "split this video, bigger than 2 GB, into parts so I can send it to Telegram",
        "no op: parts each under 2 GB; no operation splits a video into several files",
        probe=Probe(duration=7200.0, width=1920, height=1080),
    ),
    no_op(
        "fresh362-11",
        "put a swirl effect on this video, like the bot's other effects",
        "no op: a swirl distortion of the picture; no operation distorts the picture",
        probe=Probe(duration=10.0),
    ),
    ask(
        "fresh362-12",
        "add a watermark to this gif",
        "what watermark (an image or a text: none is given)",
        ("what", "which", "watermark", "logo", "image", "text"),
        probe=Probe(duration=4.0, width=480, height=270, **_NO_SOUND),
    ),
    ask(
        "fresh362-13",
        "change the speed of this video: the speeds could be inherited from YouTube (1x, 1.5x, "
        "2x), and it can go up to 4x or above",
        "which speed (only a range of choices is given)",
        ("which speed", "what speed", "how fast", "how much", "factor", "1.5", "2x"),
        probe=Probe(duration=180.0),
    ),
    out_of_scope(
        "fresh362-14",
        "convert this video into Tgs format for animated emoji in telegram",
        "TGS is a vector (Lottie) animation, not a video format: not an edit of a video file",
    ),
    out_of_scope(
        "fresh362-15",
        "handle this Telegram video message like a voice message: extract its audio and answer it",
        "a chat bot answering what is said, not an edit of a video file",
    ),
    out_of_scope(
        "fresh362-16",
        "edit the video that I am replying to in Discord, as NotSoBot and esmBot do",
        "a chat bot's way of picking its input, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
