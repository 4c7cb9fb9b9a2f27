"""A three-hundred-and-sixty-fifth fresh, held-out collection of real requests
(tests/realreq/fresh365.md): one checkable case a row, encoded the way fresh305.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh361's, the
rows are short, typical asks of drivers, riders, sailors and pilots; ten come from blogs, a forum
and a news article, five from GitHub issues (Flight-Recorder, goprowifihack, tesla-camera,
walksnail-osd-tool and teslausb): an open cockpit's wind noise swapped for music, a track-day
video with no length, a hang glider's 15-minute setup "compressed" to a minute, a flight
simulator's replay speed, a sailing clip made 720p, a Smart car gathering turned into an old time
movie, a clip pulled off a GoPro over wifi, a boat's time-lapse made to play on iPads, a close pass
cut for the police with no time, music for an RC glider's flight, a Tesla viewer's playback speed,
a kayaking avi shrunk to 5 MB, a GoPro clip defished and levelled, a batch of FPV videos and
sentry clips grouped on one screen.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh365.md")

_MP4 = step("convert", format="mp4")
_H264 = step("codec", codec="h264")
_PLAYS = ([_H264, maybe(_MP4)], [_MP4, maybe(_H264)])

CASES: tuple[Case, ...] = (
    do(
        "fresh365-01",
        "switch this in-flight segment, filmed from our open cockpit, to music: the only sounds "
        "I picked up from the open cockpit were wind noises",
        [step("replace_audio", file="music.mp3")],
        [step("mute"), step("add_music", file="music.mp3")],
        assets=["music.mp3"],
        probe=Probe(duration=180.0),
        note="the music instead of the wind noise",
    ),
    ask(
        "fresh365-02",
        "make this video of my very first open track day shorter: four minutes is too long to "
        "make people watch a video of yourself driving in circles",
        "how long it should be, or which parts to keep",
        ("how long", "which part", "which parts", "length", "keep", "target"),
        probe=Probe(duration=240.0),
    ),
    do(
        "fresh365-03",
        "compress this 15-minute video of setting up my hang glider, from a 19-foot long, 1-foot "
        "wide bagged contraption on top of my car to an actual wing, to a minute or so",
        [step("speed", factor=Between(11, 20), start=None, end=None), maybe(step("mute"))],
        probe=Probe(duration=900.0),
        note="the 15 minutes played about 15 times faster: a minute or so",
    ),
    out_of_scope(
        "fresh365-04",
        "add more replay speed options for playing back my landings in MSFS: 1.5x helps but is "
        "a little fast, we need 1.1 / 1.2 / 1.3 to get the most realistic replay",
        "the replay speed of a flight simulator's replay tool, not an edit of a video file",
    ),
    do(
        "fresh365-05",
        "convert this full HD (1080p) clip of my sailing to 720p: I have 50GB of movie clips, "
        "and working with them takes aaaages and is right at the limit of my computer",
        [step("resize", lines=720) | step("resize", height=720)],
        probe=Probe(duration=120.0, fps=25.0),
        note="720p",
    ),
    do(
        "fresh365-06",
        "make this video of the Smart Madness Gathering of Smart Car owners look like an old "
        "time movie with the sepia tone and soft frame: the strong ND filters give it a weird "
        "color cast",
        [anywhere(step("sepia")), anywhere(step("vignette"))],
        [step("look", style="vintage"), maybe(step("vignette"))],
        probe=Probe(duration=120.0),
        note="sepia with darkened, soft edges",
    ),
    out_of_scope(
        "fresh365-07",
        "get a selected part of a video off my GoPro via wifi without downloading the entire "
        "file, like the TRIM functionality in GoPro's app",
        "pulling a clip off a camera over wifi, not an edit of a given file",
    ),
    do(
        "fresh365-08",
        "encode this time lapse video of today's travel on our boat differently so it works on "
        "iPads: for now, you can only view it on a PC or Mac",
        *_PLAYS,
        probe=Probe(duration=300.0),
        note="an H.264 MP4, which iPads play",
    ),
    ask(
        "fresh365-09",
        "cut this helmet camera video of a close pass for the Metropolitan Police's upload site: "
        "the video evidence must cover a minimum of two minutes before and two minutes after "
        "the alleged incident",
        "when the incident happens",
        (*WHICH_PART, "incident"),
        probe=Probe(duration=1200.0),
    ),
    do(
        "fresh365-10",
        "add a bit of music for drama to this little video my friend Rick made of one of my hand "
        "launched radio controlled glider's launches and a short flight",
        [step("add_music", file="music.mp3")],
        [step("replace_audio", file="music.mp3")],
        assets=["music.mp3"],
        probe=Probe(duration=60.0),
        note="music under the flight",
    ),
    out_of_scope(
        "fresh365-11",
        "offer playback of the videos at multiple speeds in this Tesla camera viewer",
        "a playback speed in a dashcam viewer, not an edit of a video file",
    ),
    do(
        "fresh365-12",
        "reduce this 27MB avi of my kayaking in 35+ mph winds on Lake Washington to 5MB, if "
        "anyone's interested",
        [step("compress", max_mb=Between(1, 5))],
        probe=Probe(duration=180.0, width=640, height=480),
        note="under 5 MB",
    ),
    no_op(
        "fresh365-13",
        "defish, stabilize and straighten the horizon of this GoPro Hero 4 Black kayaking clip: "
        "I can't stand the fisheye perspective",
        "no op: lens (fisheye) correction and a horizon levelled by a small angle",
        probe=Probe(duration=60.0, width=3840, height=2160),
    ),
    out_of_scope(
        "fresh365-14",
        "convert all the videos of my FPV flight with their OSD in one batch: manually "
        "converting 10+ videos after a long flight is getting tedious",
        "a batch conversion in an OSD overlay tool, not an edit of one given video",
    ),
    out_of_scope(
        "fresh365-15",
        "group all the clips onto 1 screen when watching my Tesla's sentry footage, like the "
        "Roadie app does it",
        "a viewer showing the cameras' clips together, not an edit of a given video",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
