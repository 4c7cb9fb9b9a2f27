"""A hundred-and-eighty-eighth fresh, held-out collection of real requests
(tests/realreq/fresh188.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh185's, the
rows are short, typical asks, like the development set's; 10 come from GitHub issues and one from
a pull request, mostly of automation and capture projects: a TeslaCam merger, a soccer video
analytics project, BambuStudio's time-lapses, a design team's board, a meeting-transcription app,
KTH's DevOps course, an iRacing replay director, an IRL streaming app, a camera streaming server,
a doorbell camera's firmware and a FiveM helicopter-camera mod. The session's search budget ran
out, so the set is short and its mix is off. Each case follows its row's `expected` column;
`[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` and `[needs analysis]` rows
refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh188.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh188-01",
        "copy the Sentry dashcam clip into a new MP4, as it is, so the Tesla's browser plays it: "
        "it didn't play the original file, but after I copied one file the browser started "
        "playing it (the Tesla V10 update can play video in the browser)",
        [
            step("convert", format="mp4"),
            maybe(step("reencode")),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
        ],
        [
            step("reencode"),
            maybe(step("convert", format="mp4")),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
        ],
        [
            step("codec", codec="h264"),
            maybe(step("convert", format="mp4")),
            maybe(step("reencode")),
            maybe(step("quality")),
        ],
        note="the same clip written anew as an MP4 (or re-encoded, or as H.264)",
    ),
    no_op(
        "fresh188-02",
        "track the movements of the referee by drawing lines on the field that show how he moved "
        "throughout the game",
        "needs analysis",
        note="finding and following the referee through the match, and drawing his path on the "
        "pitch; no operation does it",
    ),
    no_op(
        "fresh188-03",
        "display a counter showing how long the print took on my print's time-lapse: the "
        "timelapse function is useful but feels incomplete without it",
        "no op",
        note="a running counter of the print's own elapsed time (not the time-lapse's); text "
        "draws fixed words, no timer op",
    ),
    no_op(
        "fresh188-04",
        "export the hero video to fit the YouTube frame (16:9): there is quite a bit of "
        "additional black space on the top and bottom, which causes it to float in the container "
        "with black edges, making the video placement look unresolved",
        "needs analysis",
        note="a crop of the black bars found by detection (their size is not given); no auto-crop "
        "operation",
    ),
    ask(
        "fresh188-05",
        "trim the small talk before and after the meeting from the recording",
        "where the meeting starts and ends (which parts are small talk)",
        (*WHICH_PART, "small talk", "meeting starts", "begins", "how long", "how much"),
    ),
    ask(
        "fresh188-06",
        "cut the screencast down to 3-5 minutes (it is 6:44): cut out the typos and mistakes "
        "(like az loign) and speed up the dead time where we are just waiting for some command "
        "to execute",
        "which parts (where the typos, mistakes and waits are)",
        (*WHICH_PART, "which parts", "parts", "typos", "mistakes", "dead time", "segments"),
        probe=Probe(duration=404.0),
    ),
    ask(
        "fresh188-07",
        "shorten the introduction sequence of my race highlight video: it seems to be very long, "
        "05:20 of the 12:15 video",
        "how long the introduction should be (how much of its 5:20 to keep)",
        (
            "how long",
            "how much",
            "how short",
            "length",
            "which part",
            "which",
            "keep",
            "seconds",
            "minutes",
            "where",
        ),
        probe=Probe(duration=735.0),
    ),
    out_of_scope(
        "fresh188-08",
        "add replays to my sports live stream, so viewers can re-watch key moments like goals, "
        "wickets and fouls shortly after they happen (replay the last 10–30 seconds)",
        "instant replays inside a live stream as it is broadcast, not an edit of a given file",
    ),
    out_of_scope(
        "fresh188-09",
        "increase the audio of my Tapo camera's stream: with the tapo:// stream I have two-way "
        "audio, but the audio is too low",
        "a live camera stream's volume in a streaming server, not an edit of a file",
    ),
    out_of_scope(
        "fresh188-10",
        "lower the volume of the doorbell when someone presses it: it is now so loud that they "
        "can hear it on the other side of town =D",
        "a doorbell's chime volume (a device setting), not an edit of a given file",
    ),
    out_of_scope(
        "fresh188-11",
        "remove the grain effect from the helicopter camera",
        "the camera effect of a game mod (FiveM's helicopter camera), not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
