"""A hundred-and-eighteenth fresh, held-out collection of real requests
(tests/realreq/fresh118.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh117's, the
rows are short, typical asks, like the development set's; they come from everyday people writing
about their own videos: blog posts about a wedding video, a baby's first steps, a boy's swimming
clips, a Minecraft video, a painting time-lapse, a knitting tutorial, a holiday-lights drive,
drone and quadcopter footage, a college video assignment, a vlog with a muffled microphone, a
mommy blog, a recorded service, a daughter's song on Facebook and a baby's first-year movie, a
forum question about a takeoff video and a comment on Signal Desktop's tracker. Each case follows
its row's `expected` column; `[no op]` rows are DOABLE refusals and `[out of scope]` rows are
OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the request and the files it
names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import WHOLE, Above, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh118.md")

#: 1080p of a 3840x2160 video (1920x1080).
_1080P = (
    step("resize", lines=1080)
    | step("resize", height=1080)
    | step("resize", width=1920)
    | step("resize", width=1920, height=1080)
    | step("resize", percent=50)
)
#: A smaller picture than 1920x1080, by any amount.
_SMALLER_PICTURE = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080))
    | step("resize", width=Below(1920))
    | step("resize", percent=Below(100))
)

CASES: tuple[Case, ...] = (
    do(
        "fresh118-01",
        "lighten the whole thing up: the footage of our wedding video is so dark",
        [
            step("brightness", percent=Above(0), **WHOLE) | step("gamma", gamma=Above(1), **WHOLE),
            maybe(step("contrast", **WHOLE)),
        ],
        note="brighter (or lighter mid-tones), any amount, all of it",
    ),
    do(
        "fresh118-02",
        "rotate the video of his first steps 90 degrees: you have to touch your left ear to your "
        "shoulder in order to watch this",
        [step("rotate", degrees=90)],
        note="a quarter turn clockwise: the picture's top lies to the left, as the head tilts left",
    ),
    do(
        "fresh118-03",
        "cut and link the three short swimming videos together, so he can send them to grandma",
        [
            step("join", clips=AnyOf(["swim2.mp4", "swim3.mp4"], []), at="end")
            | step("transition", clips=AnyOf(["swim2.mp4", "swim3.mp4"], []), at="end")
        ],
        assets=["swim2.mp4", "swim3.mp4"],
        note="the other two clips after this one, in order (transitions are fair)",
    ),
    do(
        "fresh118-04",
        "get rid of the low humming background noise in my Minecraft video (the mic is probably "
        "picking up the noise from my PC coolers): I HATE watching a Youtube video with background "
        "noise",
        [step("audio_denoise")],
        note="the steady hum taken out, any strength",
    ),
    do(
        "fresh118-05",
        "make my less than 1 minute clip smaller for sharing with my friends: 138 MB seems "
        "entirely excessive, but that's just what my default camera settings produced",
        [
            anywhere(step("compress", max_mb=Below(138))),
            maybe(_SMALLER_PICTURE),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
        ],
        [
            anywhere(step("quality", level="small")),
            maybe(_SMALLER_PICTURE),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
        ],
        [
            anywhere(_SMALLER_PICTURE),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
        ],
        probe=Probe(duration=50.0),
        note="a smaller file than 138 MB, by a size, a smaller-file setting or a smaller picture",
    ),
    do(
        "fresh118-06",
        "make a time-lapse of my painting: a couple of hours worth of painting cut down to less "
        "than 2 minutes",
        [step("speed", factor=Between(60, 720), **WHOLE), maybe(step("mute"))],
        probe=Probe(duration=7200.0),
        note="the 2 h video 60 to 720 times faster (2 min down to 10 s), all of it",
    ),
    do(
        "fresh118-07",
        "convert the .mov video clip taken by my husband's camera into a format that my Windows "
        "Movie Maker can take: his camera gets sharp close-ups of my knitting",
        [
            step("convert", format="mp4"),
            maybe(step("codec", codec="h264")),
            maybe(step("reencode")),
        ],
        note="a file Movie Maker imports: of WMV, AVI, MPEG and MP4, promptcut writes MP4",
    ),
    do(
        "fresh118-08",
        "speed up the 30-minute drive past the holiday lights 3X: if I made it faster, e.g. 400%, "
        "the lights pass by too fast, but if I did not speed it up, few would have the time to "
        "watch the whole thing",
        [step("speed", factor=3, **WHOLE), maybe(step("mute"))],
        probe=Probe(duration=1800.0),
        note="three times as fast, all of the 30 min drive (10 min)",
    ),
    do(
        "fresh118-09",
        "compress the 4K video from the Mavic down to 1080p so it'll all look the same as the "
        "Spark's footage",
        [anywhere(_1080P), maybe(step("quality"))],
        probe=Probe(width=3840, height=2160),
        note="1920x1080 from 3840x2160",
    ),
    do(
        "fresh118-10",
        "get the 60fps video of my quadcopter flying to slow-mo 30fps",
        [step("speed", factor=0.5, **WHOLE), maybe(step("fps", fps=30))],
        probe=Probe(fps=60.0),
        note="each of the 60 frames a second shown at 30 a second: half speed, all of it",
    ),
    do(
        "fresh118-11",
        "mute the dance battle video from my friend's wedding and play my play-by-play "
        "commentary with it",
        [step("replace_audio", file="commentary.wav")],
        assets=["commentary.wav"],
        note="the recorded commentary in place of the video's own sound",
    ),
    no_op(
        "fresh118-12",
        "fix the terrible audio of my video: my microphone was inside my sweater, and when I "
        "increased the audio it sounded as though I was talking into a tin can, with a lot of echo",
        "no op",
        note="restoring muffled, echoing speech (turned up, it still sounds like a tin can)",
    ),
    no_op(
        "fresh118-13",
        "remove the talking but preserve the noise of the plane and the engines in the first 3 "
        "minutes of my video out the window at takeoff: the airline has the safety video and "
        "commercials playing",
        "no op",
        note="separating speech from engine noise in the same frequencies; no op does it",
    ),
    ask(
        "fresh118-14",
        "condense my instructional video showing how to knit the sweater down to 10 minutes",
        "which parts to keep (10 minutes of it)",
        (*WHICH_PART, "which parts", "what parts", "minutes", "how"),
    ),
    ask(
        "fresh118-15",
        "crop the cute kid video before I upload it: 30 seconds is approximately when my "
        "patience runs out for cute kid videos",
        "which part to keep (up to 30 seconds of it)",
        (*WHICH_PART, "which 30", "seconds", "area", "what part"),
    ),
    ask(
        "fresh118-16",
        "trim out the time before and after the service from my recording: I started early and "
        "ended late",
        "where the service starts and ends (the times)",
        (*WHICH_PART, "when does", "what time", "times", "service starts"),
    ),
    out_of_scope(
        "fresh118-17",
        'take the video of my daughter singing "Do You Want To Build A Snowman?" off of Facebook '
        "and get it onto Youtube",
        "downloading a video from Facebook and putting it on YouTube, not an edit of a given file",
    ),
    out_of_scope(
        "fresh118-18",
        "suggest songs that reflect baby for the soundtrack of the movie of her first year for "
        "the grandparents: nobody wants to listen to an hour and a half of children's songs",
        "choosing songs for a soundtrack, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
