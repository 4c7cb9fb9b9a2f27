"""A hundred-and-eleventh fresh, held-out collection of real requests (tests/realreq/fresh111.md):
one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh109's, the
rows are short, typical asks, like the development set's; all 12 come from GitHub issues of a
screen capture tool, an events-video platform, a Nextcloud media converter, a media library, a
slideshow player, a music-and-motion toolbox, a flight-log video exporter, a batch transcoder, a
screenshot tool's video editor, a mini video player, a session recorder and a Twitch downloader.
Each case follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import SOUND_ALONE, AnyOf, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh111.md")

#: A still saved as an image, by the still operation's own format or a conversion.
_IMAGE = maybe(step("convert", format=AnyOf("png", "jpg")))

#: fresh111-02: a 9:16 picture, cut, barred, blurred at the sides or by a 9:16 platform preset.
_NINE_SIXTEEN = (
    step("crop", aspect="9:16")
    | step("pad", aspect="9:16")
    | step("blur_fill", aspect="9:16")
    | step(
        "platform",
        platform=AnyOf("instagram_reels", "instagram_story", "tiktok", "youtube_shorts"),
    )
)

#: fresh111-08: 720p from a 1920x1080 picture.
_720 = (
    step("resize", lines=720)
    | step("resize", height=720, width=AnyOf(1280, None))
    | step("resize", width=1280, height=AnyOf(720, None))
)

CASES: tuple[Case, ...] = (
    do(
        "fresh111-01",
        "drop the video of the screen capture and keep only the audio",
        [SOUND_ALONE],
        note="the sound alone, as an audio file",
    ),
    do(
        "fresh111-02",
        "make the clip a reel style video, so that I can easily share vertical format content",
        [_NINE_SIXTEEN],
        note="a vertical 9:16 picture, cut, barred or blurred at the sides, or a 9:16 preset",
    ),
    do(
        "fresh111-03",
        "reduce the video quality to save storage",
        [step("quality", level="small")],
        [step("compress")],
        note="a smaller file at a lower quality",
    ),
    do(
        "fresh111-04",
        "generate the video thumbnail at 50% of the timeline, because most of the video "
        "thumbnails are black now",
        [step("still", at=Between(29, 31)), _IMAGE],
        note="the frame half way through the 60 s video, as an image",
    ),
    do(
        "fresh111-05",
        "apply audio normalization to the clip, so that every video clip becomes more or less "
        "the same loudness",
        [step("normalize")],
        note="the loudness normalized, any target",
    ),
    do(
        "fresh111-06",
        "create a grid-based visualization of the video file, 3x3",
        [step("contact_sheet", columns=3, rows=3)],
        note="one image of nine frames, three across and three down",
    ),
    do(
        "fresh111-07",
        "export the video at 29.97 fps: it would be handy for easier syncing, without having to "
        "use expensive video editors",
        [step("fps", fps=29.97)],
        probe=Probe(fps=60.0),
        note="29.97 frames a second, from 60",
    ),
    do(
        "fresh111-08",
        "downscale the video from 1080 to 720 without changing the codec: x264 to x265 is too "
        "much for my eyes",
        [_720, maybe(step("codec", codec="h264"))],
        note="720p, still H.264 (an H.264 setting may come with it)",
    ),
    ask(
        "fresh111-09",
        "crop the video just like a screenshot",
        "which area of the picture to keep",
        ("which area", "which part", "area", "region", "rectangle", "where", "size", "which"),
    ),
    ask(
        "fresh111-10",
        "rotate the video: it is really a portrait video, but the uploader uploaded it in "
        "landscape for a bigger window",
        "which way to turn it (clockwise or counter-clockwise)",
        ("which way", "direction", "clockwise", "counter", "left or right", "which"),
    ),
    ask(
        "fresh111-11",
        "capture a gif of the session recording, at the specific place in time where a key "
        "action happened",
        "which part (when the key action happens)",
        WHICH_PART,
    ),
    out_of_scope(
        "fresh111-12",
        "record the live stream, which won't have a VOD for copyright reasons",
        "recording a live stream that has no VOD, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
