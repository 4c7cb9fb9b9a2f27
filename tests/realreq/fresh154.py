"""A hundred-and-fifty-fourth fresh, held-out collection of real requests
(tests/realreq/fresh154.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh153's, the
rows are short, typical asks, like the development set's; 19 come from GitHub issues and pull
requests, mostly of teams editing videos for work (theforeman.org's release clips, WordPress'
training videos and marketing team, a design studio's task board, W3C WAI's showcase videos,
Mapbox's demo video, the City of Austin's site, Pact's docs, a Java video course, ClawBench's
website, Statistics Canada's AAW, calmcode's course, a realty agency's website, the Mozilla
Foundation's design team, a university's online learning team) and one from a forum thread. Each
case follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the
`[no op]` and `[needs analysis]` rows refusals of DOABLE asks no operation does. An
`[extra input: …]` marker in the table names a file the request comes with (the case's assets)."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import LOUDER, WHOLE, AnyOf, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh154.md")

#: The 63-minute workshop video: the tutorial ends around 40:00 (38 to 42 minutes).
_AROUND_40_MIN = Between(2280, 2520)

CASES: tuple[Case, ...] = (
    do(
        "fresh154-01",
        "increase the audio on the smart proxies video: it is somewhat lower than the other "
        "release-highlight preview clips",
        [LOUDER],
        note="louder, all of it (a level up or a loudness target)",
    ),
    do(
        "fresh154-02",
        "edit the audio of the low-code block patterns tutorial to be louder: it is very low and "
        "thus hard to hear",
        [LOUDER, maybe(step("audio_denoise"))],
        note="louder, all of it; a clean-up of the noise may come with it",
    ),
    do(
        "fresh154-03",
        "chop off the redundant bit at the end of the workshop video: the tutorial ends around "
        "the 40 minute mark, but the video file goes on for another 23 minutes, so the tutorial "
        "seems so imposing when a person first lands on the page",
        [step("trim", start=0, end=_AROUND_40_MIN)],
        [step("cut", start=_AROUND_40_MIN, end=Between(3770, 3780))],
        probe=Probe(duration=3780.0),
        note="the first 40 minutes (38 to 42) of the 63 kept, the rest taken off",
    ),
    do(
        "fresh154-04",
        "cut the video 00:21 to 00:31",
        [step("trim", start=21, end=31)],
        [step("keep_ranges", ranges=[[21, 31]])],
        [step("cut", start=21, end=31)],
        note="the 10 s from 0:21 to 0:31 kept (taking them out is a fair reading too)",
    ),
    do(
        "fresh154-05",
        "render the Charlotte pre-show video with the text #BLEXITCLT written in the center",
        [step("text", text="#BLEXITCLT", position="center", **WHOLE)],
        note="#BLEXITCLT in the center, all of it",
    ),
    do(
        "fresh154-06",
        "crop one more pixel from the top of the video to omit the browser: there's a 1px gray "
        "border on top",
        [step("crop_edges", top=Between(1, 2), bottom=0, left=0, right=0, unit="px")],
        [
            step(
                "crop_area",
                width=1920,
                height=Between(1078, 1079),
                anchor=AnyOf("bottom", "bottom-left", "bottom-right"),
            )
            | step("crop_area", width=1920, height=Between(1078, 1079), y=Between(1, 2))
        ],
        probe=Probe(width=1920, height=1080),
        note="1 px (2 is fair) off the top of the 1920x1080 picture",
    ),
    do(
        "fresh154-07",
        "stay longer on the 'Use your mouse to…' text at 0:22, without narration, so people read "
        "it: I totally missed that text the first few times I watched the video",
        [step("freeze", at=Between(21.5, 23.5), seconds=Between(1, 5))],
        note="the frame at 0:22 held 1 to 5 s, the sound paused meanwhile",
    ),
    do(
        "fresh154-08",
        "add a transition at 2:20, at the very end of the WordPress showcase video",
        [step("fade", direction="out", duration=Between(0.5, 3))],
        probe=Probe(duration=140.0),
        note="a fade out at the end (2:20) of the 140 s video",
    ),
    do(
        "fresh154-09",
        "strip the audio track from the drone video completely, so it plays on mobile: mobile "
        "browsers forbid videos with audio tracks from autoplaying, and even though it is silent "
        "it contains one (it's important that the file stay as small as the 9.6 MB original)",
        [
            step("mute"),
            maybe(step("compress", max_mb=Between(1, 10))),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
        ],
        note="no audio track; a size under 10 MB may come with it",
    ),
    do(
        "fresh154-10",
        "caption the 'Know Your Rights: The Right to Remain Silent' video with its caption file",
        [step("subtitles", file=AnyOf("captions.srt", None))],
        assets=["captions.srt"],
        note="the caption file burned in",
    ),
    no_op(
        "fresh154-11",
        "remove the mouse cursor away from the text shown in the slides of the getting started "
        "video",
        "no op",
        note="no op: the cursor painted out of the slides' text; no operation removes an object "
        "from the picture",
    ),
    no_op(
        "fresh154-12",
        "highlight the mouse clicks in the video lesson: it's not clear when you perform click on "
        "important buttons inside IDE",
        "needs analysis",
        note="needs analysis: finding where and when each click happens",
    ),
    ask(
        "fresh154-13",
        "extract a clean 5-10 s loop from recording.mp4 for the homepage hero (crop the chrome "
        "frame, mute, at most 6 MB): it would communicate the product faster than any tagline",
        "which 5 to 10 seconds of the run (and where the browser chrome is)",
        (*WHICH_PART, "seconds", "moment", "part", "clip", "area", "pixels", "chrome"),
    ),
    ask(
        "fresh154-14",
        "rework the promo clip: include an audio track and recut some of the scenes",
        "which audio (the file to add) and which scenes to recut",
        ("which", "what", "audio", "music", "file", "track", "scene", "part"),
    ),
    ask(
        "fresh154-15",
        "start the video directly with Jesse's question (without Luke's counting and clapping)",
        "where Jesse's question starts (the time to cut to)",
        (*WHICH_PART, "second", "question", "timestamp", "how much"),
    ),
    ask(
        "fresh154-16",
        "edit out the mistake in what you say at about 3:29 in the pre-commit 'how it works' "
        "video: it was probably missed in editing",
        "which part (where the mistake starts and ends)",
        (*WHICH_PART, "how long", "seconds", "exact", "part"),
    ),
    ask(
        "fresh154-17",
        "make a section of the video run at 2x, 3x, or any increased speed",
        "which section (and how fast)",
        (*WHICH_PART, "section", "part", "how fast", "speed", "factor"),
    ),
    out_of_scope(
        "fresh154-18",
        "create a youtube presentation of realty advisers home",
        "making a presentation video (of the agency's home page) from nothing, not an edit of a "
        "given file",
    ),
    out_of_scope(
        "fresh154-19",
        "get a six-second video created for this year's Privacy Not Included marketing: I "
        "envision it being used on social media and on YouTube as a pre-roll advertisement",
        "producing a new six-second ad, not an edit of a given file",
    ),
    out_of_scope(
        "fresh154-20",
        "remove the 'info' from the instructor video where it shows views and likes etc.",
        "the views and likes shown by the course's video player (MS Stream), not in the file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
