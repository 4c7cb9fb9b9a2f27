"""A three-hundred-and-seventeenth fresh, held-out collection of real requests
(tests/realreq/fresh317.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh313's, the
rows are short, typical asks; 11 come from hobby creators' blog posts and web pages and 5 from
GitHub issues (cooking, crochet, bike repair and wheelbuilding, car repair, gardening, 3D print
and garden timelapses: pi-timolo, octoprint-timelapseplus, Nextcloud Cookbook, PlantCV and
youtube-dl): a dinner at 8x, a bike ride's two hours in six minutes, two hours of wheelbuilding
in 60 seconds, a crocheted hat at 1000%, wind and ambient noise reduced, only background music
under a cooking video, a cooking video cut to 2:58, several gigabytes cut down for Vimeo, the
baking time in time-lapse, some music, the print time shown, a recipe app's player, pictures
made into a timelapse, a site's clips downloaded and a multi-camera kitchen.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import WHOLE, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh317.md")

_MUTE = maybe(step("mute"))

CASES: tuple[Case, ...] = (
    do(
        "fresh317-01",
        "play all 45 minutes of this video of me making and serving dinner at 8x normal speed "
        "to condense it to about 6 minutes",
        [step("speed", factor=Between(7.5, 8.1), **WHOLE)],
        probe=Probe(duration=2700.0),
        note="eight times faster: 45 minutes in about 6",
    ),
    do(
        "fresh317-02",
        "turn these two hours of GoPro footage from a bike ride into six minutes: it is too "
        "large to edit much",
        [step("speed", factor=Between(19.0, 21.0), **WHOLE), _MUTE],
        [_MUTE, step("speed", factor=Between(19.0, 21.0), **WHOLE)],
        probe=Probe(duration=7200.0, fps=60.0),
        note="twenty times faster: two hours in six minutes",
    ),
    do(
        "fresh317-03",
        "make a timelapse of this wheelbuilding video: wheelbuilding is pretty dull, so cram the "
        "two hours of labour into 60 seconds",
        [step("speed", factor=Between(110.0, 125.0), **WHOLE), _MUTE],
        [_MUTE, step("speed", factor=Between(110.0, 125.0), **WHOLE)],
        probe=Probe(duration=7200.0),
        note="120 times faster: two hours in a minute",
    ),
    do(
        "fresh317-04",
        "speed up this hour of me crocheting a hat on camera to about 1000% of my normal speed",
        [step("speed", factor=Between(9.0, 11.0), **WHOLE)],
        probe=Probe(duration=3600.0),
        note="ten times faster, all of it",
    ),
    do(
        "fresh317-05",
        "reduce the background noise in this car repair video to a dull roar: it was shot "
        "outside and the wind is loud enough to drown out the information being presented",
        [step("audio_denoise")],
        probe=Probe(duration=900.0),
        note="the noise in the sound reduced, at any strength",
    ),
    do(
        "fresh317-06",
        "fix the sound of this gardening video: external ambient noises are bleeding into my audio",
        [step("audio_denoise")],
        probe=Probe(duration=600.0),
        note="the noise in the sound reduced, at any strength",
    ),
    do(
        "fresh317-07",
        "put only background music on this arroz con pollo cooking video, no words",
        [step("replace_audio", file="music.mp3")],
        assets=["music.mp3"],
        probe=Probe(duration=240.0),
        note="the music instead of the video's own sound",
    ),
    ask(
        "fresh317-08",
        "edit this cooking video to a final time of 2:58 minutes, so it remains in the 3 minute "
        "timeline",
        "which parts to cut or keep, or whether to speed it up",
        (*WHICH_PART, "cut", "keep", "speed"),
        probe=Probe(duration=900.0),
    ),
    ask(
        "fresh317-09",
        "cut down this cooking video of mine for Vimeo: I shot several gigabytes of HD video and "
        "nobody can cut that down to upload it",
        "shorter (which parts, how long) or smaller (what size)",
        ("shorter", "smaller", "size", "which part", "how long", "length", "MB", "GB"),
        probe=Probe(duration=1800.0),
    ),
    ask(
        "fresh317-10",
        "turn the minutes of baking time in this cooking show episode into seconds with a "
        "time-lapse",
        "where the baking is (from when to when), and how fast",
        WHICH_PART,
        probe=Probe(duration=1200.0),
    ),
    ask(
        "fresh317-11",
        "add some music to this timelapse",
        "which music (no file is given)",
        ("which music", "what music", "music file", "song", "track", "file", "provide"),
        probe=Probe(duration=60.0, has_audio=False),
    ),
    ask(
        "fresh317-12",
        "display the print time in this 3D print timelapse video",
        "what the print time was and how it is shown",
        ("print time", "how long", "duration", "what time", "start", "clock", "timer"),
        probe=Probe(duration=30.0, has_audio=False),
    ),
    out_of_scope(
        "fresh317-13",
        "link my butchery videos into my cookbook app with pause and play, displayed with the "
        "recipes",
        "a recipe app's video player, not an edit of a video file",
    ),
    out_of_scope(
        "fresh317-14",
        "make a video from my plant time lapse images, taking every nth image from the directory "
        "(I had more than 2000 images)",
        "making a video from a folder of pictures, not an edit of a video file",
    ),
    out_of_scope(
        "fresh317-15",
        "download these individual video clips from foodnetwork.com",
        "downloading videos from a website, not an edit of a video file",
    ),
    out_of_scope(
        "fresh317-16",
        "auto-generate a video of me cooking from the cameras looking down onto the worktop, "
        "choosing which camera to use and when to cut shots",
        "editing several camera streams together automatically, not an edit of one video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
