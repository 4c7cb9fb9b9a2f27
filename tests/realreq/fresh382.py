"""A three-hundred-and-eighty-second fresh, held-out collection of real requests
(tests/realreq/fresh382.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh381's, the
rows are short, typical asks, all from GitHub issues and pull requests of chat bots and small
apps that edit videos for their users (a Telegram mirror bot, VideoCompress, divine, Element, a
camera library, a Discord compressor, WebMConverter, a CameraX demo, a Telegram file bot, a
Flutter video editor, DroidFS, a voice-over translator, Telethon and Telegram Desktop): a video
converted to MP4, a watermark, sound added after capture, a lower quality to fit an upload
limit, 360p, 10 MB; a rotation, a watermark, a resolution and overlays with nothing said of
which; a player's speed, a bot fetching a video by link, a downloader's streams and round video
messages.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh382.md")

_SMALL = step("quality", level="small")
_SMALLER_1080 = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))

CASES: tuple[Case, ...] = (
    do(
        "fresh382-01",
        "convert this video to MP4: changing the file extension doesn't change the container, and "
        "some devices don't support it",
        [step("convert", format="mp4")],
        probe=Probe(duration=600.0),
        note="re-muxed or re-encoded into an MP4 file",
    ),
    do(
        "fresh382-02",
        "add a watermark to this video",
        [step("overlay_image", file="logo.png")],
        assets=["logo.png"],
        probe=Probe(duration=30.0),
        note="the given image put on the video as a watermark",
    ),
    do(
        "fresh382-03",
        "add the sound to this video after capture instead of when the camera is rolling: it's "
        "just easier than trying to make a video do something right when the sound is already "
        "playing",
        [step("add_music", file="sound.mp3")],
        [step("replace_audio", file="sound.mp3")],
        assets=["sound.mp3"],
        probe=Probe(duration=6.0, width=1080, height=1920),
        note="the given sound put under the captured clip",
    ),
    do(
        "fresh382-04",
        "change this video to a lower quality, so that it still fits the file upload limit and "
        "consumes less bandwidth",
        [_SMALL, maybe(_SMALLER_1080)],
        [step("compress", max_mb=Between(1, 500)), maybe(_SMALLER_1080)],
        [_SMALLER_1080, maybe(_SMALL)],
        probe=Probe(duration=120.0),
        note="a smaller quality (the limit is not given)",
    ),
    do(
        "fresh382-05",
        "make this video 360p (480×360): this would spare me having to compress the video before "
        "uploading it to a server",
        [step("resize", lines=360)],
        [step("resize", width=480, height=360)],
        probe=Probe(duration=60.0, width=1440, height=1080),
        note="360 lines, 480x360 for a 4:3 picture",
    ),
    do(
        "fresh382-06",
        "compress this video to 10MB",
        [step("compress", max_mb=Between(9, 10)), maybe(_SMALLER_1080)],
        probe=Probe(duration=60.0),
        note="a file under 10 MB",
    ),
    ask(
        "fresh382-07",
        "rotate this video",
        "which way: a quarter turn clockwise or counter-clockwise, or a half turn",
        ("which way", "direction", "clockwise", "90", "180", "how many degrees", "left", "right"),
        probe=Probe(duration=30.0),
    ),
    ask(
        "fresh382-08",
        "add a watermark to this recorded video",
        "which watermark: a text (what words) or an image (none is given)",
        ("which", "what text", "image", "logo", "file", "words", "watermark"),
        probe=Probe(duration=30.0),
    ),
    ask(
        "fresh382-09",
        "compress this video to a different resolution (1080p, 720p, 480p or 360p)",
        "which resolution (four are named)",
        ("which", "1080", "720", "480", "360", "resolution"),
        probe=Probe(duration=300.0, width=3840, height=2160),
    ),
    ask(
        "fresh382-10",
        "add an image watermark and text overlays to this video",
        "which image (none is given) and what text",
        ("which", "what text", "image", "logo", "file", "words"),
        probe=Probe(duration=30.0),
    ),
    out_of_scope(
        "fresh382-11",
        "speed this video up to 3x in the video player",
        "a video player's playback speed setting, not an edit of a video file",
    ),
    out_of_scope(
        "fresh382-12",
        "send me an mp3 with the voice-over translation in reply to a link to a video",
        "a bot fetching a video by link and translating its speech, not an edit of a given file",
    ),
    out_of_scope(
        "fresh382-13",
        "when a video is targeted to be downloaded, get its audio or its video-only (mute) stream",
        "a Telegram downloader's option, not an edit of a given file",
    ),
    out_of_scope(
        "fresh382-14",
        "take a video message: it's round, and it should not be round",
        "how a messenger records and shows its video messages, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
