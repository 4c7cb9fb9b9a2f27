"""A three-hundred-and-tenth fresh, held-out collection of real requests
(tests/realreq/fresh310.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh309's, the
rows are short, typical asks; 6 come from GitHub issues, one from a robotics competition forum
and 8 from coaches', clubs' and referees' pages (coaches, athletes and sports video analysts:
a football coaches' film exchange, college golf and soccer recruiting, a referee society, a
recruiting video service, a club's social media, highlight tape advice, a track recruiting video,
videoduplicatefinder, impectPy, PiTrac, GoldenCheetah and gopro-dashboard-overlay): a
game tape muted, a swing video without its lesson talk, a highlight video cut to 5 minutes,
game film steadied, match footage compressed under 1 GB, match footage at quarter speed, an
explicit song taken off a club clip, a goal's replays found, a title screen with no details,
plays trimmed with no times, freeze frames and arrows with no moment, event clips with no events,
a launch monitor's impact video, a trainer's warm-up and an overlay out of sync.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import WHOLE, AnyOf, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh310.md")

_SMALL = step("quality", level="small")
_SMALLER_1080 = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))
_MATCH = Probe(duration=5400.0)

CASES: tuple[Case, ...] = (
    do(
        "fresh310-01",
        "mute the sound of this game tape for the regular season exchange, if at all possible",
        [step("mute")],
        probe=Probe(duration=2700.0),
        note="the tape without its sound",
    ),
    do(
        "fresh310-02",
        "take the excessive audio out of this swing and short game video for college coaches: "
        "background noise, the instructor giving a lesson",
        [step("mute")],
        probe=Probe(duration=300.0),
        note="no sound: the instructor's talk is not noise a denoiser removes",
    ),
    do(
        "fresh310-03",
        "make this highlight video no more than 5 minutes long: it is to get the coaches' "
        "attention, and my best highlight clip is first",
        [step("trim", start=AnyOf(0, None), end=Between(180, 300))],
        probe=Probe(duration=450.0),
        note="the first 5 minutes (or a little less) kept, the best clip with them",
    ),
    do(
        "fresh310-04",
        "make this game film steady before I submit it to the referee society: it must be "
        "steady video, keeping the referee in the frame as much as possible",
        [step("stabilize")],
        probe=Probe(duration=4800.0),
        note="the camera shake smoothed away",
    ),
    do(
        "fresh310-05",
        "compress this match footage to 1 GB or less so I can upload it for my recruiting video",
        [step("compress", max_mb=Between(500, 1000)), maybe(_SMALLER_1080)],
        [_SMALLER_1080, step("compress", max_mb=Between(500, 1000))],
        probe=_MATCH,
        note="a file of at most 1 GB (1000 MB)",
    ),
    do(
        "fresh310-06",
        "play this match footage at 1/4 speed, so the referees can see that the cone that fell "
        "into the opposing robot was one caught in the team's rollers",
        [step("speed", factor=0.25, **WHOLE)],
        probe=Probe(duration=150.0),
        note="the whole match at a quarter of its speed",
    ),
    do(
        "fresh310-07",
        "take the explicit song off this video before I submit it to the club's social media: "
        "no explicit song lyrics may be attached, and it should suit all ages on Instagram "
        "Stories, Reels or the main feed",
        [step("mute")],
        probe=Probe(duration=30.0, width=1080, height=1920),
        note="no sound (no clean song is given to put in its place)",
    ),
    no_op(
        "fresh310-08",
        "catch the part of this soccer game video that is being replayed: the goal is played at "
        "least 3 times, the second and third time usually in slow motion, for about 10 to 20 "
        "seconds",
        "needs analysis: finding the stretches of the game shown again (a replay detector)",
        probe=_MATCH,
    ),
    ask(
        "fresh310-09",
        "add a title screen for the first 5-10 seconds of this athletic highlight video, with my "
        "name, position(s), height, graduation year, jersey number, stats and contact "
        "information",
        "the details themselves: the name, position, height, year, number, stats and contact "
        "are not given",
        ("name", "position", "details", "jersey", "number", "what should", "which"),
        probe=Probe(duration=240.0),
    ),
    ask(
        "fresh310-10",
        "trim each play in this highlight tape so that there is no wasted view time: coaches do "
        "not want to wait 15 seconds for the ball to be snapped or 15 seconds of watching "
        "nothing after the play concludes",
        "where each play starts and ends (no times are given; 15 seconds is an example)",
        ("where", "when", "start", "snap", "end", "which", "time"),
        probe=Probe(duration=600.0),
    ),
    ask(
        "fresh310-11",
        "add freeze frames and graphic arrows to this recruiting video of a 1600m race to "
        "highlight the runner, so the coach knows who they're supposed to be watching",
        "at which moments to freeze, and where in the picture the runner is",
        ("when", "where", "which", "moment", "time", "runner", "position"),
        probe=Probe(duration=300.0),
    ),
    ask(
        "fresh310-12",
        "cut a short clip around each event from this full match video, for example all "
        "dribbles by one player, and merge them into a single video reel",
        "the events' times (no event list or times are given)",
        ("which", "when", "time", "times", "timestamps", "event"),
        probe=_MATCH,
    ),
    out_of_scope(
        "fresh310-13",
        "store a few frames before and after the ball moves and stitch together a video of the "
        "club's impact, like Uneekor provides, or even just a single picture of impact",
        "a launch monitor's camera capturing the impact, not an edit of a video file",
    ),
    out_of_scope(
        "fresh310-14",
        "add a configurable warm up just before starting the training video in slope "
        "simulation mode, and a slow down as well: some videos start directly with climbing",
        "a training program's playback of a ride video, not an edit of a video file",
    ),
    out_of_scope(
        "fresh310-15",
        "keep the dashboard overlay in sync with this GoPro Timewarp video with sections of real "
        "speed: once it hits real speed, the overlay footage stays in fast speed and gets out "
        "of sync",
        "a telemetry overlay program's timing with variable-speed footage, not an edit of the "
        "video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
