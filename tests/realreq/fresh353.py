"""A three-hundred-and-fifty-third fresh, held-out collection of real requests
(tests/realreq/fresh353.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh309's, the
rows are short, typical asks, all from GitHub issues of messaging apps, galleries and the tools
people use to send phone videos (FluffyChat, Element, Nextcloud Talk, Signal, SimpleX, Telegram
Desktop, Unigram, Fossify Gallery, Session and a camera library): a phone video too big to share
over Matrix, a video recompressed before sending, a phone video resized smaller, a short mp4 sent
as a looping gif, an iPhone video made an mp4 of lower quality for Android, a camera video
compressed before upload, a video too long to send trimmed, a messenger's send option, a viewer
that turns media, a mute button, a sending bug and a recording setting.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh353.md")

_SMALL = step("quality", level="small")
_SMALLER_1080 = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))
_MP4 = step("convert", format="mp4")
_H264 = step("codec", codec="h264")
_NO_SOUND = {"has_audio": False}

CASES: tuple[Case, ...] = (
    do(
        "fresh353-01",
        "compress this 30 second, 51MB video recorded on my phone: compression is fully necessary "
        "if I want to share it with friends over Matrix",
        [step("compress", max_mb=Between(1, 50)), maybe(_SMALLER_1080)],
        [_SMALL, maybe(_SMALLER_1080)],
        [_SMALLER_1080, _SMALL],
        probe=Probe(duration=30.0, width=1920, height=1080),
        note="a smaller file than 51 MB: under a size, or a smaller quality",
    ),
    do(
        "fresh353-02",
        "recompress this video before I send it: sending videos only works for me if I first "
        "send them to a Threema contact, redownload them and use the compressed video",
        [_SMALL, maybe(_SMALLER_1080)],
        [step("compress", max_mb=Between(1, 100)), maybe(_SMALLER_1080)],
        [_SMALLER_1080, _SMALL],
        probe=Probe(duration=60.0, width=1920, height=1080),
        note="a smaller file, like a messenger's compressed copy",
    ),
    do(
        "fresh353-03",
        "compress this video taken on my phone dramatically, ideally resizing it to a lower "
        "resolution: most video taken from a phone is too large to be sent",
        [anywhere(_SMALLER_1080), maybe(_SMALL)],
        [_SMALL, _SMALLER_1080],
        probe=Probe(duration=60.0, width=1920, height=1080),
        note="a smaller resolution, with a smaller quality if wanted",
    ),
    do(
        "fresh353-04",
        "send this short, audioless and small mp4 as a gif, shown right in the chat and looping, "
        "instead of as a video",
        [step("gif")],
        [step("convert", format="gif")],
        probe=Probe(duration=5.0, width=480, height=480, **_NO_SOUND),
        note="an animated GIF of the clip",
    ),
    do(
        "fresh353-05",
        "convert this iPhone video to mp4 and make its quality lower: lower quality allows it to "
        "play on Android as well",
        [anywhere(_MP4), anywhere(_SMALL), maybe(_H264)],
        [anywhere(_H264), anywhere(_SMALL), maybe(_MP4)],
        [anywhere(_MP4), anywhere(_SMALLER_1080), maybe(_SMALL), maybe(_H264)],
        probe=Probe(duration=30.0, width=1920, height=1080),
        note="an mp4 (H.264 may come with it) of a smaller quality or size",
    ),
    do(
        "fresh353-06",
        "compress this video from my camera before uploading it, like the Deck Android app does",
        [_SMALL, maybe(_SMALLER_1080)],
        [step("compress", max_mb=Between(1, 100)), maybe(_SMALLER_1080)],
        [_SMALLER_1080, _SMALL],
        probe=Probe(duration=45.0, width=1920, height=1080),
        note="a smaller file",
    ),
    ask(
        "fresh353-07",
        "trim this video: it is too large and too long to send",
        "how long it may be, or which part to keep",
        ("how long", "which part", "start", "end", "seconds", "minutes", "keep"),
        probe=Probe(duration=900.0),
    ),
    out_of_scope(
        "fresh353-08",
        "let me send this video as-is, with no re-encoding, with a 'compress videos' checkbox "
        "like the one for images",
        "a messenger's send option (not recompressing), not an edit of a video file",
    ),
    out_of_scope(
        "fresh353-09",
        "rotate this photo or video while I view it inside the app: currently I need either to "
        "rotate my head, my screen or to save it and open it in another viewer",
        "turning the picture in a chat app's viewer, not an edit of a video file",
    ),
    out_of_scope(
        "fresh353-10",
        "gray out the mute button when this video, opened in the gallery's player, has no audio "
        "track, so I know which videos I want to share have audio or not",
        "a gallery player's mute button, not an edit of a video file",
    ),
    out_of_scope(
        "fresh353-11",
        "keep this video's resolution when I send it to someone: my original is at least 720p, "
        "but it turns to 270p or 360p",
        "a messenger's sending bug, not an edit of a video file",
    ),
    out_of_scope(
        "fresh353-12",
        "record the video at a resolution lower than the device camera's, to save time when "
        "uploading the content",
        "recording with a camera library's setting, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
