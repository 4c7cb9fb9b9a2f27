"""A three-hundred-and-sixty-seventh fresh, held-out collection of real requests
(tests/realreq/fresh367.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh309's, the
rows are short, typical asks, this time of online sellers and small shops; nine come from web
pages (a product-video team's rules, Amazon, Wish, Ozon, eBay and other marketplaces'
requirements for a listing's video, a merchant checklist, a video-art marketplace's preview
clip, an eBay seller's tips blog) and five from GitHub issues (Etsy's and Amazon's seller APIs,
Dokan, a Shopify storefront): a product video made square with its sound faded out, a vertical
one made 16:9 or a horizontal one 9:16, a 4K one scaled down, one under 150 MB, a ProRes one
converted, one compressed before upload, two clips cut to a length without saying which part,
and a player option, an upload, a deletion and two shop features that are no edits of a file.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh367.md")

_MP4 = step("convert", format="mp4")
_H264 = step("codec", codec="h264")
_SMALL = step("quality", level="small")
_PHONE = Probe(duration=40.0, width=1080, height=1920)
_AUDIO_OUT = step("fade", direction="out", target=AnyOf("audio", "both"))
_SQUARE = step("crop", aspect="1:1") | step("pad", aspect="1:1") | step("blur_fill", aspect="1:1")
_WIDE = (
    step("pad", aspect="16:9")
    | step("blur_fill", aspect="16:9")
    | step("platform", platform="youtube", fit="pad")
)
_NINE_SIXTEEN = AnyOf("tiktok", "instagram_reels", "youtube_shorts", "instagram_story")
_TALL = (
    step("crop", aspect="9:16")
    | step("pad", aspect="9:16")
    | step("blur_fill", aspect="9:16")
    | step("platform", platform=_NINE_SIXTEEN)
)
_1080 = step("resize", lines=1080) | step("resize", width=1920) | step("resize", height=1080)

CASES: tuple[Case, ...] = (
    do(
        "fresh367-01",
        "make this product video 1:1 with an audio fade-out at the end",
        [_SQUARE, anywhere(_AUDIO_OUT)],
        probe=Probe(duration=45.0),
        note="square, the sound faded out at the end",
    ),
    do(
        "fresh367-02",
        "make this vertical phone video of my product 16:9 for Amazon, 1920 x 1080",
        [_WIDE, maybe(_1080)],
        probe=_PHONE,
        note="the whole vertical picture in a 16:9 frame (bars or blurred sides), 1920x1080",
    ),
    do(
        "fresh367-03",
        "make this product demo video for Wish vertical 9:16 and at most 50 MB",
        [_TALL, step("compress", max_mb=Between(1, 50))],
        probe=Probe(duration=30.0),
        note="9:16, then under 50 MB",
    ),
    do(
        "fresh367-04",
        "make this 4K product video fit Ozon: the longest side at most 1920 pixels, and at most "
        "100 MB",
        [_1080, maybe(step("compress", max_mb=Between(1, 100)))],
        probe=Probe(duration=60.0, width=3840, height=2160),
        note="1920x1080, under 100 MB",
    ),
    do(
        "fresh367-05",
        "make this video an MP4 file of at most 150 MB so I can add it to my eBay listing",
        [step("compress", max_mb=Between(1, 150)), maybe(_MP4)],
        [_MP4, step("compress", max_mb=Between(1, 150))],
        probe=Probe(duration=180.0),
        note="an mp4 under 150 MB",
    ),
    do(
        "fresh367-06",
        "convert this Apple ProRes product video to MP4 so Amazon can process it",
        [_MP4, maybe(_H264)],
        [_H264, maybe(_MP4)],
        probe=Probe(duration=30.0),
        note="an H.264 mp4 instead of ProRes",
    ),
    do(
        "fresh367-07",
        "compress this product video before upload, for faster load times",
        [_SMALL, maybe(step("resize", lines=Below(1080)))],
        [step("compress"), maybe(step("resize", lines=Below(1080)))],
        probe=Probe(duration=30.0),
        note="a smaller file",
    ),
    ask(
        "fresh367-08",
        "cut this product video down to 5–15 seconds for a video-ad listing, 9:16 vertical",
        "which 5–15 seconds of the minute-long video to keep",
        WHICH_PART,
        probe=Probe(duration=60.0),
    ),
    ask(
        "fresh367-09",
        "make a preview clip of this artwork video for my collectors, at most 45 seconds, that "
        "grabs attention but represents the actual video",
        "which segment (start and end) to use",
        WHICH_PART,
        probe=Probe(duration=300.0),
    ),
    out_of_scope(
        "fresh367-10",
        "give the customers of my eBay listing the option of not listening to or viewing the "
        "video in it",
        "a player option in a listing page, not an edit of a video file",
    ),
    out_of_scope(
        "fresh367-11",
        "upload this video to a listing in my Etsy shop through the API",
        "uploading to a shop through its API, not an edit of a video file",
    ),
    out_of_scope(
        "fresh367-12",
        "delete the video of my Amazon product",
        "removing a video from a product listing, not an edit of a video file",
    ),
    out_of_scope(
        "fresh367-13",
        "let vendors include short videos for their products in the marketplace, as well as images",
        "a marketplace feature, not an edit of a video file",
    ),
    out_of_scope(
        "fresh367-14",
        "show the video of each item from my Shopify store on its product page",
        "a storefront's product page, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
