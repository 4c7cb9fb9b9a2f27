"""A hundred-and-twenty-seventh fresh, held-out collection of real requests
(tests/realreq/fresh127.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh125's, the
rows are short, typical asks, like the development set's; they come from people who record
meetings, lessons, talks and demos and from people digitizing old tapes and film: a state
legislature's video site, a virtual science forum, a Brazilian university's video service, a
climate-data demo, a government platform team's sprint demo, a Swiss Python conference, a
videotape blog, VHS-decode, a Vegas forum, a college course, a grandson's blog of his grandpa's
8mm films, an infrastructure project's README demo, BigBlueButton, Microsoft Teams' docs and
Nextcloud Talk. Each case follows its row's `expected` column; `[out of scope]` rows are
OUT-OF-SCOPE refusals, the `[no op]` and `[needs analysis]` rows refusals of DOABLE asks no
operation does. An `[extra input: …]` marker is left out of the request and the files it names
are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import WHOLE, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh127.md")

#: A smaller picture than a 2560x1440 recording, aspect kept.
_SMALLER_THAN_1440P = (
    step("resize", lines=Below(1440))
    | step("resize", height=Below(1440))
    | step("resize", width=Below(2560))
    | step("resize", percent=Below(100))
)
#: The white VITC dots' lines off the top of a 720x576 capture: a few pixels.
_TOP_LINES = (
    step("crop_edges", top=Between(1, 16), left=0, right=0, unit="px")
    | step("crop_edges", top=Between(0.15, 2.8), left=0, right=0, unit="%")
    | step("crop_area", width=720, height=Between(560, 575), anchor="bottom")
    | step("crop_area", width=720, height=Between(560, 575), x=0, y=Between(1, 16))
)


def _join(clip: str, at: str):
    """One clip joined at one end, plainly or with a transition."""
    return step("join", clips=[clip], at=at) | step("transition", clips=[clip], at=at)


CASES: tuple[Case, ...] = (
    do(
        "fresh127-01",
        "fix the video's aspect ratio: it appears at the wrong aspect ratio, just enough to look "
        "weird (the legislative video is actually 720 by 543, not 720 by 480)",
        [step("resize", width=720, height=AnyOf(543, 540), fit=False)],
        [step("resize", width=640, height=480, fit=False)],
        probe=Probe(width=720, height=480, fps=29.97),
        note="the 720x480 picture stretched to 720x543 (720x540 or 640x480 is fair), the shape "
        "not kept",
    ),
    do(
        "fresh127-02",
        "size down the panel recording: for some reason it has a much bigger screen size, which I "
        "think is why the file is so much bigger",
        [
            anywhere(_SMALLER_THAN_1440P),
            maybe(step("compress")),
            maybe(step("quality")),
        ],
        probe=Probe(width=2560, height=1440),
        note="any smaller size of the 2560x1440 recording, aspect kept (a compress or a "
        "smaller-file setting may come with it)",
    ),
    do(
        "fresh127-03",
        "join the two videos, the live's YouTube video and the Webex recording, into one: the live "
        "had connection problems during the broadcast, so the talk continued via Webex and was "
        "recorded",
        [
            step("join", clips=AnyOf(["webex.mp4"], []), at="end")
            | step("transition", clips=AnyOf(["webex.mp4"], []), at="end")
        ],
        assets=["webex.mp4"],
        note="the Webex recording after the YouTube video (a transition may join them)",
    ),
    do(
        "fresh127-04",
        "merge this first half of the demo video with the other half, recorded by my colleague",
        [
            step("join", clips=AnyOf(["second_half.mp4"], []), at="end")
            | step("transition", clips=AnyOf(["second_half.mp4"], []), at="end")
        ],
        assets=["second_half.mp4"],
        note="the second half after this first half (a transition may join them)",
    ),
    do(
        "fresh127-05",
        "overlay the audio on the recorded demo video: it is our backup plan if we cannot demo "
        "live",
        [step("replace_audio", file="audio.mp3")],
        [step("add_music", file="audio.mp3", **WHOLE)],
        assets=["audio.mp3"],
        note="the audio file as the demo's sound (or mixed under its own), all of it",
    ),
    do(
        "fresh127-06",
        "put the speaker's intro image at the start of the talk recording and the outro image at "
        "the end: the first preview has no intro/outro",
        [
            anywhere(_join("matthieu-amiguet.png", "start")),
            anywhere(_join("outro.png", "end")),
        ],
        assets=["matthieu-amiguet.png", "outro.png"],
        note="the intro image before the talk and the outro image after it, either first",
    ),
    do(
        "fresh127-07",
        "remove the white dots on top of each frame of the videotape footage: they are a "
        "deprecated and ugly timecode (VITC)",
        [anywhere(_TOP_LINES), maybe(step("resize")), maybe(step("pad"))],
        probe=Probe(width=720, height=576, fps=25.0),
        note="a few lines (1 to 16 px) cropped off the top of the 720x576 capture (a resize or a "
        "pad back to the size may come with it)",
    ),
    no_op(
        "fresh127-08",
        "remove the single streak that appears throughout the whole movie (an RF dump of a VHS "
        "tape): it jumps up and down by a few pixels, and it's so distracting that I can't bring "
        "myself to watch it",
        "needs analysis",
        note="finding the moving streak in every frame and painting it over; no op does it",
    ),
    no_op(
        "fresh127-09",
        "minimize the bad pixel boxes on the captured video: the Sony Digital8 tape was bad, so "
        "there are random pixel flashes over the picture (it is a stationary camera at a wedding, "
        "so something as simple as merging every other frame might help)",
        "needs analysis",
        probe=Probe(width=720, height=480, fps=29.97),
        note="finding the damaged frames and replacing them from their neighbours; no op does it",
    ),
    no_op(
        "fresh127-10",
        "put the audio back in the Monday lecture video: there seems to be no audio, though a "
        "different lecture's audio was working",
        "no op",
        probe=Probe(duration=3000.0, has_audio=False),
        note="the sound was never recorded; nothing restores it",
    ),
    ask(
        "fresh127-11",
        "speed up the slow procedures in the lab practice video: some procedures take a long time "
        "and could be accelerated (the recordings were amateur, made with a phone)",
        "which parts (where the slow procedures are), and how much faster",
        (*WHICH_PART, "procedure", "how much", "how fast", "which part", "timestamp"),
        probe=Probe(duration=1560.0),
    ),
    ask(
        "fresh127-12",
        'give the silent 8mm reel labeled "Springs and Storms" a soundtrack: it contains some '
        "moving footage that needs one for maximum effect (it is my grandpa's old home movie)",
        "which music (no file is given)",
        ("music", "soundtrack", "song", "file", "which", "track", "audio", "provide"),
        probe=Probe(duration=180.0, width=720, height=480, fps=18.0, has_audio=False),
    ),
    ask(
        "fresh127-13",
        "make the example video fast, showing the main working and skipping the 5-6 minute idle "
        "gap",
        "where the idle gap is (when it starts and ends)",
        (*WHICH_PART, "gap", "idle", "timestamp"),
        probe=Probe(duration=600.0, has_audio=False),
    ),
    out_of_scope(
        "fresh127-14",
        "add a config flag to anonymize the participants in our lecture recordings, blurring the "
        "faces and names of non-presenting participants: students do not feel comfortable being "
        "recognizable",
        "a setting of BigBlueButton's recordings (every lecture's), not an edit of a given file",
    ),
    out_of_scope(
        "fresh127-15",
        "let me select the streams MS Teams records, as Skype for Business could: I do not need "
        "the participants' videos recorded every time",
        "a recording setting of Microsoft Teams, not an edit of a given file",
    ),
    out_of_scope(
        "fresh127-16",
        "move my speaker video bubble to the bottom right by default in the webinar recordings: "
        "it covers part of the slides (top left, usually a place to put headings)",
        "the layout of Nextcloud Talk's call recordings, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
