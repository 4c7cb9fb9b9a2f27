"""A three-hundred-and-eighty-eighth fresh, held-out collection of real requests
(tests/realreq/fresh388.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh385's, the
rows are short, typical asks; 13 come from GitHub issues and two from READMEs (social media
managers and clip repurposing: SnapEnhance, cobalt, MoneyPrinter, a long-to-short cropper, a
shorts clipper, Kap, a table of social image sizes, PHP-FFMpeg, yt-dlp, Concat, a video
wallpaper, Flowblade, HaishinKit and an AI platform): a video made full screen as a snap, X's
mp4 GIFs as real GIFs, gameplay under a video, a 9:16 crop of 10 to 40 seconds, a 1080x1920
short, a recording Instagram thinks is one second long, an Instagram story too tall for a
Facebook event, a watermark taken off again, a video Twitter refuses, an auto-clip, blurred bars
on a wallpaper, clips at every cut, a LinkedIn download, a portrait livestream and videos taken
from links.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import AnyOf, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh388.md")

_VERTICAL = AnyOf("tiktok", "instagram_reels", "instagram_story", "youtube_shorts")
_SQUARE = step("crop", aspect="1:1") | step("pad", aspect="1:1") | step("blur_fill", aspect="1:1")
_WIDE_WHOLE = step("pad", aspect="16:9") | step("blur_fill", aspect="16:9")
_GIF = step("gif") | step("convert", format="gif")
_NO_SOUND = {"has_audio": False}

CASES: tuple[Case, ...] = (
    do(
        "fresh388-01",
        "make this video stretch to the full screen when I send it from the gallery as a snap, "
        "so without black borders",
        [step("crop", aspect="9:16"), maybe(step("resize"))],
        [step("platform", platform=_VERTICAL, fit="crop")],
        probe=Probe(duration=30.0),
        note="a landscape video filled into a 9:16 phone screen, its sides cut off",
    ),
    do(
        "fresh388-02",
        "convert this GIF from X (ex Twitter), which came down as a looping mp4 video, to actual "
        "GIF format",
        [_GIF],
        probe=Probe(duration=6.0, width=480, height=270, **_NO_SOUND),
        note="the looping mp4 as an animated GIF",
    ),
    no_op(
        "fresh388-03",
        "put gameplay footage (minecraft, subway surfers, gta5 racing) at the bottom of this video",
        "no op: this video on top and the gameplay below it in one frame; no operation stacks "
        "two videos",
        assets=["gameplay.mp4"],
        probe=Probe(duration=60.0, width=1080, height=1920),
    ),
    do(
        "fresh388-04",
        "crop this video to a 9:16 aspect ratio and extract the portion between 10 and 40 "
        "seconds, for a social media clip",
        [
            anywhere(step("trim", start=10, end=40)),
            anywhere(step("crop", aspect="9:16")),
            maybe(step("resize")),
        ],
        [
            anywhere(step("trim", start=10, end=40)),
            anywhere(step("platform", platform=_VERTICAL, fit="crop")),
        ],
        probe=Probe(duration=120.0),
        note="0:10 to 0:40 kept, cropped to 9:16",
    ),
    do(
        "fresh388-05",
        "crop this video to 1080x1920 to create a short video",
        [step("crop", aspect="9:16"), maybe(step("resize", width=1080, height=1920))],
        [step("platform", platform=_VERTICAL, fit="crop")],
        probe=Probe(duration=90.0),
        note="a 9:16 crop at 1080x1920",
    ),
    do(
        "fresh388-06",
        "fix this screen recording so Instagram plays all of it: when I upload it, Instagram "
        "thinks the video is 1 second long and only loops that first second (a problem with "
        "formatting, compression or keyframes perhaps?)",
        [step("reencode")],
        [step("codec", codec="h264")],
        probe=Probe(duration=20.0, width=1440, height=900, **_NO_SOUND),
        note="re-encoded as a plain H.264 mp4 that reports its real length",
    ),
    do(
        "fresh388-07",
        "make this vertical video exported from my Instagram story fit a Facebook event: "
        "Facebook says the video is too tall, aspect ratios for videos need to be between 2:1 "
        "and 1:1",
        [_SQUARE],
        [_WIDE_WHOLE],
        probe=Probe(duration=15.0, width=1080, height=1920),
        note="a square (the tallest allowed) with bars, a blurred fill or a crop; or 16:9 whole",
    ),
    no_op(
        "fresh388-08",
        "remove the watermark I applied to this video",
        "no op: a watermark drawn into every frame cannot be taken off again; the video from "
        "before the watermark is needed",
        probe=Probe(duration=60.0),
    ),
    ask(
        "fresh388-09",
        "make this video I downloaded from YouTube uploadable to Twitter: when it's uploaded in "
        "the place prepared in the tweet, it fails",
        "which part to keep (Twitter takes at most 2 minutes 20 seconds), or what the error says",
        ("which part", "2:20", "140", "2 minutes", "how long", "long", "error"),
        probe=Probe(duration=600.0, width=854, height=480),
    ),
    ask(
        "fresh388-10",
        "auto-clip this video so that, as a clipper, I not only edit but immediately have a "
        "semi-final video ready",
        "which parts to keep, how long, and for which platform",
        ("which part", "which parts", "how long", "platform", "what should", "highlight"),
        probe=Probe(duration=1800.0),
    ),
    out_of_scope(
        "fresh388-11",
        "when my video wallpaper has an odd aspect ratio, show blurred parts of the video source "
        'instead of black bars, like "keep proportions" (it looks better)',
        "a video wallpaper's display setting, not an edit of a video file",
    ),
    out_of_scope(
        "fresh388-12",
        "automatically create clips from this video based on the change rate between frames, "
        "like MS Movie Maker does",
        "splitting a video into many clips in an editor's timeline, not one edit of a video file",
    ),
    out_of_scope(
        "fresh388-13",
        "get me this video from LinkedIn",
        "downloading a video from a site",
    ),
    out_of_scope(
        "fresh388-14",
        "fix my portrait livestream to Facebook (720x1280): it looks squared in the Facebook "
        "mobile app",
        "a live stream and a site's player, not an edit of a video file",
    ),
    out_of_scope(
        "fresh388-15",
        "take the video from the social network link I send, so the system takes it from there",
        "fetching a video from a link, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
