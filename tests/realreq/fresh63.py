"""A sixty-third fresh, held-out collection of real requests (tests/realreq/fresh63.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh61's, the
rows are short, typical asks, like the development set's; all 17 come from GitHub issues of ffmpeg
wrappers and video libraries, video editors and converters, a downloader and player, a video
platform, a messenger, a screen recorder, a GPS dashcam logger and a video annotation tool. Each
case follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals. An
`[extra input: …]` marker is left out of the request and the files it names are given as assets
instead."""

from __future__ import annotations

from pathlib import Path

from .cases import CORNERS, ask, do, out_of_scope
from .score import WHOLE, AnyOf, Between, Case, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh63.md")

#: A still saved as an image, by the still operation's own format or a conversion.
_IMAGE = maybe(step("convert", format=AnyOf("png", "jpg")))
#: A smaller picture that may come with a smaller file.
_SMALLER = maybe(step("resize"))
#: The picture (and the sound) faded.
_TARGET = AnyOf("video", "both")

CASES: tuple[Case, ...] = (
    do(
        "fresh63-01",
        "is there any way to add a watermark to the video?",
        [step("overlay_image", file="watermark.png", **WHOLE)],
        assets=["watermark.png"],
        note="the watermark over the video, any place, all of it",
    ),
    do(
        "fresh63-02",
        "add my own homemade image as a watermark on the video: for now I'm not quite satisfied",
        [step("overlay_image", file="watermark.png", **WHOLE)],
        assets=["watermark.png"],
        note="the homemade watermark image over the video, any place, all of it",
    ),
    do(
        "fresh63-03",
        'add a corner badge watermark, such as "4K", to the video',
        [step("text", text="4K", position=CORNERS, **WHOLE)],
        note='the words "4K" in a corner, all of it',
    ),
    do(
        "fresh63-04",
        "make the video mute: I added a video file with sound and can't make it mute",
        [step("mute")],
        note="no sound",
    ),
    do(
        "fresh63-05",
        "add an extra audio track to the video, without replacing the original one",
        [step("add_music", file="audio.mp3", **WHOLE)],
        assets=["audio.mp3"],
        note="the audio file mixed under the video's own sound, which is kept",
    ),
    do(
        "fresh63-06",
        "compress the short video before sending it: phones with high-quality cameras quickly "
        "generate giant files, up to 200-300MB for a few seconds",
        [step("quality", level="small"), _SMALLER],
        [step("compress"), _SMALLER],
        [_SMALLER, step("quality", level="small")],
        [_SMALLER, step("compress")],
        note="a smaller file, by a small-file setting or a size limit (a smaller resize may come)",
    ),
    do(
        "fresh63-07",
        "stitch the videos together",
        [step("join", clips=AnyOf(["clip2.mp4", "clip3.mp4"], []), at="end")],
        assets=["clip2.mp4", "clip3.mp4"],
        note="this video, then clip2, then clip3",
    ),
    do(
        "fresh63-08",
        "render the SRT subtitles onto the video",
        [step("subtitles", file=AnyOf("subs.srt", None))],
        assets=["subs.srt"],
        note="the .srt burned in",
    ),
    do(
        "fresh63-09",
        "convert the iPhone .mov video to mp4: when I upload iPhone videos they are not playing, "
        "but mp4 videos are working fine",
        [step("convert", format="mp4"), maybe(step("codec", codec="h264"))],
        [step("codec", codec="h264"), step("convert", format="mp4")],
        note="an mp4 file (an H.264 setting may come with it)",
    ),
    do(
        "fresh63-10",
        "add a fade from and to black to the clip",
        [
            step("fade", direction="in", target=_TARGET),
            step("fade", direction="out", target=_TARGET),
        ],
        [
            step("fade", direction="out", target=_TARGET),
            step("fade", direction="in", target=_TARGET),
        ],
        note="a fade in from black at the start and out to black at the end, any length",
    ),
    do(
        "fresh63-11",
        "export the video in 9:16 format",
        [step("crop", aspect="9:16"), maybe(step("resize"))],
        [step("pad", aspect="9:16"), maybe(step("resize"))],
        [step("blur_fill", aspect="9:16"), maybe(step("resize"))],
        [
            step(
                "platform",
                platform=AnyOf("tiktok", "instagram_reels", "instagram_story", "youtube_shorts"),
            )
        ],
        note="the landscape video made 9:16, by cropping, bars or a blurred fill",
    ),
    do(
        "fresh63-12",
        "put a vintage filter on the video",
        [step("look", style="vintage", **WHOLE)],
        [step("sepia", **WHOLE)],
        note="an old-photograph look, all of it",
    ),
    do(
        "fresh63-13",
        "extract the picture of the video's first frame: it is more convenient to use that way",
        [step("still", at=Between(0, 0.04)), _IMAGE],
        note="the very first frame, as an image",
    ),
    ask(
        "fresh63-14",
        "make a timelapse of the dashcam video: longer journeys can create very large video files",
        "how much faster (a factor, or the length wanted)",
        ("how much", "how fast", "faster", "factor", "speed", "how long", "length", "duration"),
    ),
    ask(
        "fresh63-15",
        "rotate the video to the left or right",
        "which way (90 degrees clockwise or counterclockwise)",
        ("which way", "which direction", "direction", "clockwise", "left or right", "which"),
    ),
    ask(
        "fresh63-16",
        "insert text inside the video",
        "which text (the words)",
        ("which text", "what text", "the text", "text", "words", "what should"),
    ),
    out_of_scope(
        "fresh63-17",
        "add 16x or 32x video speeds to the annotation tool's player: this could enhance some "
        "analysis workflows for quick view of video, it is currently limited to 8x",
        "playback speeds of a video annotation tool's player, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
