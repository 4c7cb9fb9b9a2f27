"""A three-hundred-and-thirty-third fresh, held-out collection of real requests
(tests/realreq/fresh333.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh332's, the
rows are short, typical asks; ten come from web pages (a lifting forum, a triathlete's, baking,
sewing, Pilates and yoga blogs, a race video blog, a cooking-show blog) and six from GitHub
issues (dodoc, AerialViews, fireshare, MovieMator, FastNFitness and video-downloader), where
trainers, cooks and other how-to creators ask about their videos: the walk to the bar trimmed
off a lift, two cycling recordings side by side, a recipe video's two pieces joined, a
composer's music on a cake time-lapse, a stop-motion reversed, a fade to white, a race video
stabilized, a Pilates video made quicker to upload, loud peanut grinding, a tutorial's extra
parts, titles and music with nothing named, a crop with no shape, a yoga class put on DVD, an
editor's export bug, a workout app's exercise GIFs and an Instagram reel downloaded.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import Above, AnyOf, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh333.md")

_SMALL = step("quality", level="small")
_SMALLER_1080 = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))
_NO_SOUND = {"has_audio": False}

CASES: tuple[Case, ...] = (
    do(
        "fresh333-01",
        "cut the 30 to 45 seconds of me walking up to the bar, psyching myself up, or otherwise "
        "situating myself before the lift off this video before I upload it to YouTube",
        [step("trim", start=Between(30, 45))],
        [step("cut", start=0, end=Between(30, 45))],
        probe=Probe(duration=90.0),
        note="the first 30 to 45 seconds cut off, the lift kept",
    ),
    no_op(
        "fresh333-02",
        "stack this video of me cycling and my recording from the other angle horizontally, side "
        "by side, aligned by their timestamps, so my coach can review my technique",
        "no op: the two recordings side by side in one picture; no operation stacks two videos",
        assets=["angle2.mp4"],
        probe=Probe(duration=300.0, width=1280, height=720),
    ),
    do(
        "fresh333-03",
        "combine the two pieces of my peanut butter sweethearts recipe video into one clip: I had "
        "to do it in two pieces because of the 10 minute time limit",
        [step("join", clips=AnyOf(["part2.mp4"], []), at=AnyOf("end", None))],
        assets=["part2.mp4"],
        probe=Probe(duration=590.0, width=640, height=480),
        note="the second piece played after this one",
    ),
    do(
        "fresh333-04",
        "put the music I composed on this time-lapse video of a unicorn cake getting baked, as I "
        "ran into copyright issues when I tried to use Hyuna's Bubble Pop song",
        [step("replace_audio", file="music.mp3")],
        [step("add_music", file="music.mp3")],
        assets=["music.mp3"],
        probe=Probe(duration=45.0, width=1080, height=1920, **_NO_SOUND),
        note="the composed music as the silent time-lapse's sound",
    ),
    do(
        "fresh333-05",
        "reverse the order of the pictures of this stop-motion animation: it is simpler to start "
        "from a complete, well-adjusted final view and take the elements away one by one",
        [step("reverse")],
        probe=Probe(duration=20.0, fps=12.0, **_NO_SOUND),
        note="played backwards, last picture first",
    ),
    no_op(
        "fresh333-06",
        "have this video fade to white instead of black: all my videos are a white background "
        "and the black is stark",
        "no op: a fade in from and out to white; fade only goes from and to black",
        probe=Probe(duration=30.0),
    ),
    do(
        "fresh333-07",
        "stabilize this 2 minute section of running camera video from the 5k race",
        [step("stabilize")],
        probe=Probe(duration=120.0),
        note="the shaky running footage steadied",
    ),
    do(
        "fresh333-08",
        "make this 37-minute Pilates video quicker to upload: it took me 3 hours to film, and 6 "
        "hours to upload",
        [_SMALL, maybe(_SMALLER_1080)],
        [step("compress", max_mb=Above(1)), maybe(_SMALLER_1080)],
        [_SMALLER_1080, maybe(_SMALL)],
        probe=Probe(duration=2220.0, width=1920, height=1080),
        note="a smaller file: a smaller quality, a size, or a smaller resolution",
    ),
    ask(
        "fresh333-09",
        "fix the audio of this cooking video: she made peanut butter, and grinding peanuts is "
        "REALLY loud",
        "which part (when the grinding is) and how much quieter",
        (*WHICH_PART, "how much", "how loud", "quieter", "volume"),
        probe=Probe(duration=900.0),
    ),
    ask(
        "fresh333-10",
        "cut out all the extra parts of this coupon organizer sewing tutorial: I left the camera "
        "running through the entire thing",
        "which parts are extra (none are named)",
        (*WHICH_PART, "parts", "extra"),
        probe=Probe(duration=2400.0),
    ),
    ask(
        "fresh333-11",
        "add titles and music to this time lapse video of me baking a yellow cake",
        "what the titles say, and which music (no file given)",
        ("title", "text", "say", "what", "which music", "music file", "song", "file"),
        probe=Probe(duration=90.0, **_NO_SOUND),
    ),
    ask(
        "fresh333-12",
        "crop this video: the only thing I miss compared to Streamable is video editing (mainly "
        "cropping)",
        "what to crop it to (a shape, or which part of the picture)",
        ("aspect", "ratio", "size", "which part", "which", "what", "area", "how much", "edges"),
        probe=Probe(duration=60.0),
    ),
    out_of_scope(
        "fresh333-13",
        "get this video of my Saturday yoga class from the camera to the computer and onto a DVD",
        "capturing from a camera and making a DVD, not an edit of a video file",
    ),
    out_of_scope(
        "fresh333-14",
        "after I split a video and add the Fade in video and Fade out video filters to each "
        "part, the preview is fine but the export is black in the fades from the second part on",
        "a video editor's export bug",
    ),
    out_of_scope(
        "fresh333-15",
        "allow .gif and .mp4 exercise images (interactive) in the fitness app",
        "a workout app's exercise pictures, not an edit of a video file",
    ),
    out_of_scope(
        "fresh333-16",
        "copy and paste the link of an Instagram audio reel and extract the audio",
        "downloading from Instagram, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
