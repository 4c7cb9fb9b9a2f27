"""A three-hundred-and-thirteenth fresh, held-out collection of real requests
(tests/realreq/fresh313.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh309's, the
rows are short, typical asks; nine come from GitHub issues and two from web pages
(online sellers and small shops with product videos: Shopify's Dawn theme, Crocoblock's product
gallery, Shopware, AndBible's app-store listing, FRAMED's artwork store, an Instructables turntable
GIF, a family-video blog, Etsy's API, Origin's dshop, Simplero and WooCommerce): a YouTube product
video cropped to the photos' ratio, a gallery video muted so it autoplays, a .mov product video
made .mp4, a promo video fitted to an app store's specs, a 900 MB artwork under a 500 MB limit, a
turntable clip made a looping GIF, a puzzle video sped up with music, and a video uploaded to a
listing, played on hover, offered in several resolutions or linked from YouTube.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import GIF, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh313.md")

_4_3 = AnyOf("4:3", "4/3")
_HUAWEI_SIZE = step("resize", width=AnyOf(1600, 1200), height=AnyOf(1200, 900, None)) | step(
    "resize", lines=AnyOf(1200, 900)
)
_MP4 = step("convert", format="mp4")

CASES: tuple[Case, ...] = (
    ask(
        "fresh313-01",
        "crop the sides of this horizontal YouTube product video so it displays in the same "
        "ratios as our photos",
        "which aspect ratio the photos have (it is not given)",
        ("ratio", "aspect", "photos", "which", "what size", "square", "4:5"),
        probe=Probe(duration=30.0),
    ),
    do(
        "fresh313-02",
        "mute this product gallery video so it autoplays: whenever a video has audio it doesn't "
        "play in browsers",
        [step("mute")],
        probe=Probe(duration=20.0),
        note="the sound removed",
    ),
    do(
        "fresh313-03",
        "convert this .mov product video to .mp4: the .mov can be uploaded and used in the "
        "administration, but it won't be displayed in the Storefront, while .mp4 works just fine",
        [_MP4, maybe(step("codec", codec="h264"))],
        [step("codec", codec="h264"), maybe(_MP4)],
        probe=Probe(duration=30.0),
        note="an mp4 (H.264) copy",
    ),
    do(
        "fresh313-04",
        "edit this promotional video to fulfil Huawei AppGallery's specs: MOV or MP4, "
        "recommended resolution 1600 x 1200 px or 1200 x 900 px, aspect ratio 4:3, max. size "
        "500 MB, length 15 seconds to 2 minutes",
        [step("crop", aspect=_4_3), maybe(_HUAWEI_SIZE), maybe(_MP4)],
        [step("pad", aspect=_4_3), maybe(_HUAWEI_SIZE), maybe(_MP4)],
        [step("blur_fill", aspect=_4_3), maybe(_HUAWEI_SIZE), maybe(_MP4)],
        probe=Probe(duration=45.0),
        note="the 16:9 picture made 4:3 (cropped or with bars), 1600x1200 or 1200x900",
    ),
    do(
        "fresh313-05",
        "make this 900MB video artwork fit the 500mb limit on file uploads: compress it more",
        [step("compress", max_mb=Between(1, 500)), maybe(step("resize"))],
        probe=Probe(duration=600.0, width=3840, height=2160),
        note="a file under 500 MB",
    ),
    do(
        "fresh313-06",
        "convert this short video clip of a rotating object to a GIF which will play in an "
        "endless loop in a web browser",
        [anywhere(GIF), maybe(step("resize")), maybe(step("fps")), maybe(step("crop"))],
        probe=Probe(duration=3.0, width=1280, height=720),
        note="an animated GIF (it loops by default)",
    ),
    ask(
        "fresh313-07",
        "speed up this video of my son putting a puzzle together and add some music: it took "
        "him 10 minutes, and for the web 10 minutes is a bit long",
        "how fast (or how long it should be), and which music (no file is given)",
        ("how fast", "how much", "how long", "speed", "music", "which", "file"),
        probe=Probe(duration=600.0),
    ),
    out_of_scope(
        "fresh313-08",
        "upload this video directly to my Etsy listing, instead of downloading it onto my phone, "
        "sending it to my desktop via Airdrop and uploading it via my Etsy account",
        "uploading a video to a marketplace listing, not an edit of a video file",
    ),
    out_of_scope(
        "fresh313-09",
        "use this video instead of an image for my NFT product listing, and have it play on hover",
        "a store's listing that plays a video on hover, not an edit of a video file",
    ),
    out_of_scope(
        "fresh313-10",
        "let people CHOOSE the resolution of the videos on my pages: many customers have trouble "
        "loading the videos, depending on their internet connection",
        "a player's choice of resolution on a site, not an edit of a video file",
    ),
    out_of_scope(
        "fresh313-11",
        "add this product video to my product gallery via a YouTube or Vimeo link, instead of "
        "hosting the video myself through the media uploader",
        "embedding a hosted video in a shop's product gallery, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
