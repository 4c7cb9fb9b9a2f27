"""A two-hundred-and-ninety-eighth fresh, held-out collection of real requests
(tests/realreq/fresh298.md): one checkable case a row, encoded the way fresh297.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh297's, the
rows are short, typical asks; all 17 come from GitHub issues (people using or building
short-form video generators, auto-posters and TikTok tools: a reddit-story video bot, a TikTok
clone, a Chinese TikTok demo, a Flutter video editor, a Chinese vertical-video converter, a
TikTok downloader, a Twitter video downloader, a camera filter library, a TTS video translator,
a Grok automation guide, a TikTok auto-uploader, a QQ bot plugin and an Instagram client): a
short cut under 60 s, a recorded video compressed for storage, a video compressed, a square
video padded to 1080x1920, a vertical video made 1080*1920, the sound alone as mp3, a Twitter
video as a GIF, a black start removed, background music lowered under a voice in one mixed
track, a watermark removed, a video made shorter with no length, copyright free music with no
file, a 90° turn with no direction, an uploader that lowers quality, a video trashed if too
long, a bot's vertical video cropped in a chat app and a Reel upload refused.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, MP3, MP3_SAVED, AnyOf, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh298.md")

_SMALL = step("quality", level="small")
_SMALLER = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))
_COMPRESSED = (
    [_SMALL, maybe(_SMALLER)],
    [_SMALLER, maybe(_SMALL)],
    [step("compress", max_mb=Between(1, 100)), maybe(_SMALLER)],
    [_SMALLER, step("compress", max_mb=Between(1, 100))],
)

_PAD_916 = step("pad", aspect="9:16", color="black")
_TO_1080_WIDE = (
    step("resize", width=1080, height=AnyOf(None, 1920))
    | step("resize", lines=1080)
    | step("resize", height=1920)
)
_SQUARE_TO_1080 = (
    step("resize", width=1080, height=AnyOf(None, 1080))
    | step("resize", lines=1080)
    | step("resize", width=1080, height=1920, fit=True)
    | step("resize", percent=150)
)
_VERTICAL_PLATFORM = AnyOf("tiktok", "instagram_reels", "youtube_shorts", "instagram_story")

_VERTICAL_1080 = (
    step("resize", lines=1080)
    | step("resize", width=1080, height=AnyOf(None, 1920))
    | step("resize", height=1920)
)

CASES: tuple[Case, ...] = (
    do(
        "fresh298-01",
        "stop this video proceeding beyond 60s: it extends past 60s, meaning it cannot be "
        "uploaded to youtube as a short",
        [step("trim", start=AnyOf(0, None), end=Between(50, 60))],
        probe=Probe(duration=75.0, width=1080, height=1920),
        note="the first 60 seconds (or a little less) of the 75 s short",
    ),
    do(
        "fresh298-02",
        "compress this video after recording: the video file size is too much for both the "
        "device and more importantly, for Firebase Storage",
        *_COMPRESSED,
        probe=Probe(duration=30.0, width=1080, height=1920),
        note="a smaller file of the phone recording",
    ),
    do(
        "fresh298-03",
        "compress this video",
        *_COMPRESSED,
        probe=Probe(duration=15.0, width=720, height=1280),
        note="a smaller file of the short video",
    ),
    do(
        "fresh298-04",
        "render this 720x720 video at 1080x1920, with the video in the center (contain fit) "
        "and black padding in the remaining space at the top and bottom",
        [_PAD_916, _TO_1080_WIDE],
        [_SQUARE_TO_1080, _PAD_916],
        [step("platform", platform=_VERTICAL_PLATFORM, fit="pad")],
        probe=Probe(duration=10.0, width=720, height=720),
        note="the square picture 1080 wide, centred, black above and below: 1080x1920",
    ),
    do(
        "fresh298-05",
        "make this vertical video 1080P: the output resolution should be 1080*1920",
        [_VERTICAL_1080],
        probe=Probe(duration=30.0, width=1440, height=2560),
        note="1440x2560 down to 1080x1920",
    ),
    do(
        "fresh298-06",
        "save this TikTok video only as mp3",
        [MP3],
        MP3_SAVED,
        probe=Probe(duration=20.0, width=576, height=1024),
        note="the sound alone, as an mp3",
    ),
    do(
        "fresh298-07",
        "save this video downloaded from Twitter as a GIF file (GIFs posted on Twitter are "
        "actually MP4 files)",
        [GIF],
        probe=Probe(duration=6.0, width=1280, height=720),
        note="a GIF of the whole short clip",
    ),
    do(
        "fresh298-08",
        "remove the brief period at the beginning of this video recorded from the live camera "
        "feed where it's black",
        [step("remove_black")],
        [step("trim", start=Between(0.1, 3), end=None)],
        probe=Probe(duration=20.0, width=1280, height=720),
        note="the black start cut off (found, or a second or so trimmed)",
    ),
    no_op(
        "fresh298-09",
        "the background music in this video is too loud and the TTS voice too quiet: lower "
        "the background sound, for example by 50%",
        "no op: the music lowered under the voice in one mixed sound track",
        probe=Probe(duration=120.0, width=1920, height=1080),
    ),
    no_op(
        "fresh298-10",
        "remove the watermark in this generated video (it was not there earlier)",
        "no op: a watermark painted out of the picture; no operation removes a logo",
        probe=Probe(duration=6.0, width=1280, height=720),
    ),
    ask(
        "fresh298-11",
        "make this video shorter",
        "how short, or which part to keep",
        (*WHICH_PART, "how short", "how long", "second", "length", "duration"),
        probe=Probe(duration=90.0, width=1080, height=1920),
    ),
    ask(
        "fresh298-12",
        "put some Copyright Free music into this video",
        "which music (no music file is given)",
        ("music", "file", "track", "song", "audio", "which"),
        probe=Probe(duration=50.0, width=1080, height=1920),
    ),
    ask(
        "fresh298-13",
        "fix this video: after editing it came out rotated 90 degrees",
        "which way to turn it back (clockwise or counter-clockwise)",
        ("clockwise", "counter", "direction", "which way", "left", "right", "270"),
        probe=Probe(duration=15.0, width=1280, height=720),
    ),
    out_of_scope(
        "fresh298-14",
        "upload this video to TikTok through the web and keep the video quality: TikTok "
        "downgrades the video quality if I upload through web or api, not app",
        "a platform's upload and re-encoding, not an edit of the given file",
        probe=Probe(duration=30.0, width=1080, height=1920),
    ),
    out_of_scope(
        "fresh298-15",
        "trash this video if it is longer than 60 seconds, because anything over 60 seconds "
        "doesn't count as a short",
        "discarding a file, not an edit of it",
        probe=Probe(duration=65.0, width=1080, height=1920),
    ),
    out_of_scope(
        "fresh298-16",
        "make this vertical Douyin video the bot sent stop looking cropped (landscape) in "
        "mobile QQ: saved to the album it is a normal vertical video, and downloaded in "
        "desktop QQ it plays normally",
        "a chat app's player; the file itself is a normal vertical video",
        probe=Probe(duration=20.0, width=1080, height=1920),
    ),
    out_of_scope(
        "fresh298-17",
        "post this video as a Reel: the upload was cancelled with 'Please ensure that the "
        "video is 1 to 60 seconds long and the size ratio is from 9:16 to 1.91:1', but my "
        "video dimensions are 1080*1920",
        "an app's upload that refuses a file already inside the limits, not an edit",
        probe=Probe(duration=30.0, width=1080, height=1920),
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
