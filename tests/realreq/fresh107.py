"""A hundred-and-seventh fresh, held-out collection of real requests (tests/realreq/fresh107.md):
one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh105's, the
rows are short, typical asks, like the development set's; the 10 come from GitHub issues of two
screen-recording editors, a video reframing tool, a landing-page theme, an mpv encoding script,
a GIF recorder, a network video recorder, a downloader and a yt-dlp app. Each case follows its
row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, `[no op]` rows DOABLE
ones no operation does. An `[extra input: …]` marker is left out of the request and the files it
names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import WHOLE, AnyOf, Below, Case, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh107.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh107-01",
        "append the short (~25s) external video clip to the end of the screen recording",
        [step("join", clips=AnyOf(["clip.mp4"], []), at="end")],
        assets=["clip.mp4"],
        note="the phone clip played after the screen recording",
    ),
    do(
        "fresh107-02",
        "darken the hero background video: a dark overlay makes the text way more readable, and "
        "the video still looks good",
        [step("brightness", percent=Below(0), **WHOLE)],
        [step("gamma", gamma=Below(1), **WHOLE)],
        note="darker, any amount, all of it",
    ),
    do(
        "fresh107-03",
        "add my channel logo to the video before publishing, as creator branding",
        [step("overlay_image", file="logo.png", **WHOLE)],
        assets=["logo.png"],
        note="the logo over the video, any place, all of it",
    ),
    no_op(
        "fresh107-04",
        "change the cut MP4 from High@L6.2 to Main 3.1: I need this for compatibility",
        "setting the H.264 profile and level (Main 3.1); codec sets the codec only, and copies a "
        "picture already in H.264",
    ),
    no_op(
        "fresh107-05",
        "save the clip as an animated WebP: many websites have now ditched gif for webp",
        "an animated WebP output; no output format is WebP",
    ),
    no_op(
        "fresh107-06",
        "save the long screencast as a gif with a simple progress bar on the bottom, showing the "
        "progress of the gif",
        "a progress bar drawn along the bottom as the video plays",
    ),
    ask(
        "fresh107-07",
        "downscale the clip, kinda like YouTube, so I can play it on my phone over a slow "
        "connection",
        "which resolution (how far down)",
        (
            "resolution",
            "which size",
            "what size",
            "how small",
            "dimensions",
            "720p",
            "480p",
            "width",
            "height",
        ),
    ),
    ask(
        "fresh107-08",
        "annotate the recording after it's made: at the relevant points add some text or arrow "
        "annotations, with a fadeout",
        "which text (the words) and at which points",
        (
            "which text",
            "what text",
            "the text",
            "words",
            "which points",
            "what should",
            "when",
            "where",
        ),
    ),
    out_of_scope(
        "fresh107-09",
        "cut out the sponsors from the downloaded YouTube video, using SponsorBlock's database of "
        "flagged timestamps",
        "looking the sponsored parts up in SponsorBlock's online database, beyond an offline "
        "editor",
    ),
    out_of_scope(
        "fresh107-10",
        "split the large video file into smaller clips, for uploading them to WhatsApp status and "
        "Instagram stories",
        "several output files",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
