"""A three-hundred-and-forty-ninth fresh, held-out collection of real requests
(tests/realreq/fresh349.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh345's, the
rows are short, typical asks; nine come from the pages of farmers, gardeners and homesteaders
(a farm walkabout, a school's sunflowers, a stock-dog event's rules, two chicks, a river otter,
a goat, a horse ride, a bull sale and a farm's YouTube video) and six from GitHub issues (a lab
time-lapse, Mycodo, motionEyeOS, TimeLapseCamera, a trail camera's firmware and Pi-Ager): a
wobbly farm visit sped up 4x, 16 hours of sunflowers in 25 seconds, an entry under 5 MB, a DV
video small enough for a satellite upload, an otter made a short, a goat's jump made a GIF,
the sky cut out, the good bits snipped, fades and music, windows blurred, and five capture
settings of cameras and a grow controller.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import Below, Between, Case, Probe, Want, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh349.md")

_WHOLE = {"start": None, "end": None}
_SMALL = step("quality", level="small")
_SHORTS = "youtube_shorts"


def _smaller(lines: int) -> Want:
    """A smaller picture than `lines` lines."""
    return step("resize", lines=Below(lines)) | step("resize", percent=Below(100))


CASES: tuple[Case, ...] = (
    do(
        "fresh349-01",
        "speed up this footage of my first visit to the farm to 4x speed, to help disguise the "
        "filming: it is incredibly wobbly",
        [step("speed", factor=4, **_WHOLE), maybe(step("stabilize"))],
        [step("stabilize"), step("speed", factor=4, **_WHOLE)],
        probe=Probe(duration=1200.0, width=720, height=576, fps=25.0),
        note="four times as fast, all of it; steadied too if wanted",
    ),
    do(
        "fresh349-02",
        "speed up this recording of our sunflowers, left in a bright room from 4pm until 8am, so "
        "that those 16 hours become 25 seconds of video and you can see the growth and movement "
        "clearly",
        [step("speed", factor=Between(2200, 2400), **_WHOLE), maybe(step("mute"))],
        [step("mute"), step("speed", factor=Between(2200, 2400), **_WHOLE)],
        probe=Probe(duration=57600.0),
        note="16 hours (57,600 s) into 25 s: about 2304 times as fast",
    ),
    do(
        "fresh349-03",
        "make this video entry for a VBBI event no more than 5 megabytes in size: you can remove "
        "excess footage from the beginning or end if necessary",
        [step("compress", max_mb=Between(1, 5)), maybe(_smaller(720))],
        [_smaller(720), step("compress", max_mb=Between(1, 5))],
        probe=Probe(duration=120.0, width=1280, height=720),
        note="a file of at most 5 MB",
    ),
    do(
        "fresh349-04",
        "make this 373 MB DV video of our two chicks small enough to upload to my blog: it would "
        "take over 5 hours to upload with my satellite broadband; keep it widescreen, not "
        "scrunched up in a square screen",
        [_SMALL, maybe(_smaller(480))],
        [step("compress", max_mb=Between(5, 100)), maybe(_smaller(480))],
        [_smaller(480), maybe(_SMALL)],
        probe=Probe(duration=90.0, width=854, height=480, fps=29.97),
        note="a much smaller file, still 16:9: no crop, no bars",
    ),
    do(
        "fresh349-05",
        "make this video of a sleepy river otter into a YouTube short on my PC",
        [step("platform", platform=_SHORTS)],
        [step("crop", aspect="9:16"), maybe(step("resize"))],
        [step("pad", aspect="9:16"), maybe(step("resize"))],
        [step("blur_fill", aspect="9:16"), maybe(step("resize"))],
        probe=Probe(duration=45.0),
        note="a 9:16 short of the landscape video",
    ),
    do(
        "fresh349-06",
        "make a gif from this short video I took of our goat Tilly doing one of her "
        "jump/kick/spin moves",
        [step("gif")],
        [step("convert", format="gif")],
        probe=Probe(duration=6.0),
        note="the whole short clip as an animated GIF",
    ),
    ask(
        "fresh349-07",
        "cut out the footage from horseback that is just sky in this clip: Q kept spinning in "
        "circles",
        "where the parts that are just sky are (no times are given)",
        ("which", "where", "when", "time", "seconds", "timestamps", "parts"),
        probe=Probe(duration=30.0),
    ),
    ask(
        "fresh349-08",
        "snip and assemble the good bits of this bull video: there are 3 to 5 minutes of video "
        "for every 45 seconds of good footage",
        "which bits are the good ones (no times are given)",
        ("which", "where", "when", "time", "seconds", "timestamps", "parts"),
        probe=Probe(duration=300.0),
    ),
    ask(
        "fresh349-09",
        "add fades, transitions and music to this farm video we filmed about 6 weeks ago",
        "which music (none is given), and where the fades and transitions go",
        ("music", "song", "track", "which", "file", "audio"),
        probe=Probe(duration=600.0),
    ),
    ask(
        "fresh349-10",
        "blur the windows into other labs in this timelapse of the lab setup",
        "where the windows are in the picture (and whether the doors too)",
        ("where", "which", "region", "area", "position", "coordinates", "part of"),
        probe=Probe(duration=120.0),
    ),
    out_of_scope(
        "fresh349-11",
        "let me customize the directories where the stills are saved, to better automate "
        "compiling them into time lapse videos of an outdoor grow: the built-in Time Lapse has "
        "no adjustment for frame duration or playback frame rate",
        "a grow controller's capture settings and compiling still images, not an edit of a "
        "video file",
    ),
    out_of_scope(
        "fresh349-12",
        "apply the working schedule to still images in interval snapshot mode, so that I "
        "capture daytime pictures only for timelapse movies of, for example, the construction "
        "of a building",
        "a camera's capture schedule, not an edit of a video file",
    ),
    out_of_scope(
        "fresh349-13",
        "add the option to have the timestamp of each frame displayed in the time lapse camera: "
        "it would really help for monitoring or surveillance videos",
        "a camera app's capture option: the time each frame was taken is not in a given file",
    ),
    out_of_scope(
        "fresh349-14",
        "make the trail camera's capture timer apply in timelapse mode, so that it takes "
        "timelapse photos only at night when I study salamander crossings",
        "a trail camera's firmware setting, not an edit of a video file",
    ),
    out_of_scope(
        "fresh349-15",
        "turn the picture of the webcam in my curing chamber: since I mounted it on the top "
        "rail, my picture is upside down",
        "a live webcam's picture and stream setting, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
