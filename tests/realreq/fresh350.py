"""A three-hundred-and-fiftieth fresh, held-out collection of real requests
(tests/realreq/fresh350.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh349's, the
rows are short, typical asks; nine come from GitHub issues and one from a forum page (shop
screens, signage loops, booth and promo videos, and the tools small businesses use: an aerial
screensaver, Shutter Encoder, Dithr, PowerDirector, PocketVJ, rpi-vidlooper, Infinity for
Reddit, Immich for Android TV, a trade-fair promo brief and WatermelonDS): a 16:9 video cropped
to a 16:10 screen, a video made an animated GIF twice, a ticker of logos not given, and six asks
that are no edit of a file (players' loops and splash videos, a share to WhatsApp status, a
screensaver and a docked screen upside down, a promo made from scratch).
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh350.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh350-01",
        "crop this 16:9 video to fit my 16:10 monitor: there are black bars on the top and "
        "bottom of the screen, and I want it played at a best-fit zoom level",
        [step("crop", aspect="16:10")],
        probe=Probe(duration=600.0, width=1920, height=1080),
        note="cropped to 16:10 from the middle, filling the screen",
    ),
    do(
        "fresh350-02",
        "convert this movie to an animated GIF: it would be really useful to post in forums",
        [step("gif")],
        [step("convert", format="gif")],
        probe=Probe(duration=10.0),
        note="an animated GIF of the video",
    ),
    do(
        "fresh350-03",
        "give me an animated GIF as the output of this video",
        [step("gif")],
        [step("convert", format="gif")],
        probe=Probe(duration=8.0),
        note="an animated GIF of the video",
    ),
    ask(
        "fresh350-04",
        "put a ticker tape across the bottom of this trade show booth video with customer "
        "logos from some of my higher profile reference accounts",
        "the logos (which accounts, as image files: none are given)",
        ("logo", "logos", "which", "image", "file"),
        probe=Probe(duration=60.0, width=1920, height=1080),
    ),
    out_of_scope(
        "fresh350-05",
        "loop the videos seamlessly when working with the time schedule and video player: some "
        "of my videos work only when they are seamless",
        "a player's looping, not an edit of a video file",
    ),
    out_of_scope(
        "fresh350-06",
        "display a looping splash video instead of an image on the video looper",
        "a looper program's splash screen, not an edit of a video file",
    ),
    out_of_scope(
        "fresh350-07",
        "I can't send this downloaded video on WhatsApp status even though it's mp4 format",
        "a download app's bug with WhatsApp status, not an edit asked of the file",
    ),
    out_of_scope(
        "fresh350-08",
        "when the screensaver starts, some videos are played upside down, while in Immich they "
        "are displayed correctly",
        "a screensaver app's playback bug, not an edit of a video file",
    ),
    out_of_scope(
        "fresh350-09",
        'make us a promo video between 2 or 3 minutes which will be shown on a 45" flat TV '
        "next to our booth at OpenExpo",
        "producing a new promo from scratch, not an edit of a given video",
    ),
    out_of_scope(
        "fresh350-10",
        "when docked to a TV, the image is flipped upside down: there's an option to rotate "
        "left but it still doesn't solve the issue",
        "an emulator's external display, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
