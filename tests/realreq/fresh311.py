"""A three-hundred-and-eleventh fresh, held-out collection of real requests
(tests/realreq/fresh311.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh309's, the
rows are short, typical asks; five come from GitHub issues and seven from web pages (real-estate
agents, property photographers and drone videographers: NorthstarMLS, FPVEditor, gyroflow, a
real estate photographer's blog, a blog post on muting, Zillow's tech blog, a drone filmmaking
transcript, Stellar MLS, two real estate website projects and an MLS help page): a listing video
under an MLS's 300 MB, a vertical Instagram cut of a drone video, a vertical export, music for a
property video, a muted video, a two-minute Zillow walkthrough, the middle of a drone clip sped
up by an unsaid amount, an unnamed listing office written in 10pt, logos taken out from an unsaid
place, and an upload option, a property video player and a tour's hosting.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import WHOLE, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh311.md")

_VERTICAL = AnyOf("tiktok", "instagram_reels", "instagram_story", "youtube_shorts")
_AS_MP4 = step("convert", format="mp4")

CASES: tuple[Case, ...] = (
    do(
        "fresh311-01",
        "make this listing video fit NorthstarMLS: subscribers may upload one MP4, MOV or AVI "
        "video per listing with a maximum video file size of 300MB",
        [step("compress", max_mb=Between(1, 300)), maybe(_AS_MP4)],
        [_AS_MP4, step("compress", max_mb=Between(1, 300))],
        probe=Probe(duration=600.0, width=3840, height=2160),
        note="under 300 MB, an mp4",
    ),
    do(
        "fresh311-02",
        "make a vertical Instagram video of this FPV drone video, in addition to the standard "
        "video",
        [step("platform", platform=_VERTICAL, fit="crop")],
        [step("crop", aspect="9:16"), maybe(step("resize"))],
        probe=Probe(duration=120.0, width=1920, height=1080, fps=60.0),
        note="a 9:16 frame filled by cropping the landscape video",
    ),
    do(
        "fresh311-03",
        "export this video vertically: just swap the resolution values",
        [step("crop", aspect="9:16"), maybe(step("resize"))],
        [step("platform", platform=_VERTICAL, fit="crop")],
        probe=Probe(duration=60.0, width=1920, height=1080),
        note="a vertical frame of the landscape video, cropped, not stretched",
    ),
    do(
        "fresh311-04",
        "add this music to the 2-3 minute real estate video I edited for the client, to "
        "emphasize the character of the property",
        [step("add_music", file="music.mp3", **WHOLE)],
        [step("replace_audio", file="music.mp3")],
        assets=["music.mp3"],
        probe=Probe(duration=150.0),
        note="the music under the whole video",
    ),
    do(
        "fresh311-05",
        "mute the audio of this video: it has breathtaking visuals, and the audio might distract "
        "from them",
        [step("mute")],
        probe=Probe(duration=90.0),
        note="no sound",
    ),
    do(
        "fresh311-06",
        "cut this home video down to a two-minute video walkthrough for Zillow that highlights "
        "the layout and features of the home",
        [step("trim", start=AnyOf(0, None), end=Between(60, 120))],
        [anywhere(step("speed", factor=Between(1.2, 3), **WHOLE))],
        probe=Probe(duration=240.0),
        note="at most two minutes long",
    ),
    ask(
        "fresh311-07",
        "speed up the middle of this 53-second drone clip flying in over fields to reveal a "
        "country house: no one is going to sit for 53 seconds",
        "how much faster, and where the middle part starts and ends",
        ("how much", "how fast", "faster", "which part", "where", "start", "end", "from when"),
        probe=Probe(duration=53.0, width=3840, height=2160, has_audio=False),
    ),
    ask(
        "fresh311-08",
        "add the listing office in 10pt font to this virtual tour video",
        "the listing office's name (the text is not given), and where it goes",
        ("what text", "which text", "name", "office", "what should", "what words"),
        probe=Probe(duration=120.0),
    ),
    ask(
        "fresh311-09",
        "take the company and agent logos and the contact information for the agent or office "
        "out of this virtual tour video for the MLS",
        "where the logos and contact details are in the picture and when",
        ("where", "which corner", "position", "when", "which part", "located"),
        probe=Probe(duration=120.0),
    ),
    out_of_scope(
        "fresh311-10",
        "some home sellers may want to upload a video tour of their homes: provide this option",
        "an upload option on a real estate website, not an edit of a video file",
    ),
    out_of_scope(
        "fresh311-11",
        "let users view property videos: add a video field to the property submission form and "
        "video playback on property detail pages",
        "a video field and player on a property website, not an edit of a video file",
    ),
    out_of_scope(
        "fresh311-12",
        "host this virtual tour video for my MLS listing, clean and unbranded: not on YouTube, "
        "Dropbox or Google Drive",
        "hosting a video online, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
