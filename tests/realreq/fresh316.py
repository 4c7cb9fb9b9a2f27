"""A three-hundred-and-sixteenth fresh, held-out collection of real requests
(tests/realreq/fresh316.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh313's, the
rows are short, typical asks; 12 come from GitHub issues and 4 from makers' blog posts (3D-printing
and maker timelapses: a tabletop game's site, Octolapse, Timelapse+, Creality helper scripts, Cura,
OctoPrint, octo4a, Octorant, LaserWeb, a CNC camera plugin, an SLS lab, a BBQ, a RepRap and an
hour-long print): a print made a GIF twice, a timelapse flipped both ways, an mp4 made playable on
phones, a render scaled to 720p for GitHub, an hour made 30 seconds, every tenth frame kept, black
corners cropped off, frames picked by the doser, a build shown in 30 seconds, an idle start cut by
an unknown amount, a portrait render made 16:9 somehow, and a Discord upload, an engraver's and a
mill's capture and a layer height overlay, which are not edits of a video.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import GIF, WHOLE, AnyOf, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh316.md")

_NO_SOUND = {"has_audio": False}
_H264 = step("codec", codec="h264")
_MP4 = step("convert", format="mp4")
_MUTE = step("mute")

CASES: tuple[Case, ...] = (
    do(
        "fresh316-01",
        "make a gif of this video showing the entire set being printed, to put at the top of the "
        "page",
        [GIF],
        probe=Probe(duration=40.0, width=1280, height=720, **_NO_SOUND),
        note="an animated GIF of the print",
    ),
    do(
        "fresh316-02",
        "make a GIF of this print timelapse for a quick preview while sharing: I could share the "
        "GIF to my friends as soon as it is over, and edit the MP4 into a cool video for YouTube "
        "later",
        [GIF],
        probe=Probe(duration=20.0, width=1280, height=720, fps=30.0, **_NO_SOUND),
        note="an animated GIF of the timelapse",
    ),
    do(
        "fresh316-03",
        "flip this timelapse left-right and up-down",
        [step("flip", direction="horizontal"), step("flip", direction="vertical")],
        [step("flip", direction="vertical"), step("flip", direction="horizontal")],
        [step("rotate", degrees=180)],
        probe=Probe(duration=30.0, width=1920, height=1080, **_NO_SOUND),
        note="mirrored both ways: the same picture as a half turn",
    ),
    do(
        "fresh316-04",
        "make this rendered timelapse .mp4 playable after download on most devices including "
        "mobile (Android): right now it is not playable in anything other than VLC",
        [_H264, maybe(_MP4)],
        [_MP4, _H264],
        probe=Probe(duration=30.0, width=1920, height=1080, **_NO_SOUND),
        note="re-encoded as H.264 in an mp4",
    ),
    do(
        "fresh316-05",
        "scale this timelapse down to 720p, as GitHub allows max 10MB files",
        [step("resize", lines=720), maybe(step("compress", max_mb=Between(1, 10)))],
        [step("compress", max_mb=Between(1, 10)), step("resize", lines=720)],
        probe=Probe(duration=60.0, width=1920, height=1080, fps=30.0, **_NO_SOUND),
        note="720p (under 10 MB may come with it)",
    ),
    do(
        "fresh316-06",
        "turn this hour long video into a time lapse: of its 108,000 frames, select 900 or so and "
        "make them play at 30 frames per second",
        [
            step("speed", factor=Between(110, 130), **WHOLE),
            maybe(step("fps", fps=30)),
            maybe(_MUTE),
        ],
        [_MUTE, step("speed", factor=Between(110, 130), **WHOLE), maybe(step("fps", fps=30))],
        probe=Probe(duration=3600.0, width=1280, height=720, fps=30.0),
        note="120 times faster: the hour in about 30 seconds",
    ),
    do(
        "fresh316-07",
        "make a true timelapse out of this 90 minute video of me building the BBQ: keep a frame "
        "of it every 10 frames",
        [step("speed", factor=10, **WHOLE), maybe(_MUTE)],
        [_MUTE, step("speed", factor=10, **WHOLE)],
        probe=Probe(duration=5400.0, width=1920, height=1080, fps=30.0),
        note="ten times faster: every tenth frame",
    ),
    do(
        "fresh316-08",
        "crop off the small black areas in the bottom right of this 3D printer build timelapse: "
        "60 pixels off X and Y should do it",
        [step("crop_edges", right=60, bottom=60, left=0, top=0, unit="px")],
        [
            step(
                "crop_area",
                width=3780,
                height=2100,
                x=AnyOf(0, None),
                y=AnyOf(0, None),
                anchor=AnyOf("top-left", None),
            )
        ],
        probe=Probe(duration=120.0, width=3840, height=2160, fps=25.0, **_NO_SOUND),
        note="60 px off the right and the bottom",
    ),
    no_op(
        "fresh316-09",
        "convert this video of the Fuse printer into a smooth timelapse: save a frame each time "
        "the doser reaches its home on each side of the print area",
        "no op: frames picked where the doser is at home; no operation picks frames by what "
        "they show",
        probe=Probe(duration=14400.0, width=1920, height=1080, fps=30.0),
    ),
    do(
        "fresh316-10",
        "turn this video of the build into a time lapse, to show people how I created their part "
        "in 30 seconds",
        [step("speed", factor=Between(230, 250), **WHOLE), maybe(_MUTE)],
        [_MUTE, step("speed", factor=Between(230, 250), **WHOLE)],
        probe=Probe(duration=7200.0, width=1920, height=1080, fps=30.0),
        note="the 2-hour build 240 times faster: 30 seconds",
    ),
    ask(
        "fresh316-11",
        "cut the start of this timelapse: my printer heats up before the print starts, so there "
        "is quite a bit of video at the start with it just sitting doing nothing",
        "how much to cut: where the printing starts (no time is given)",
        ("how much", "how long", "how many", "seconds", "when", "timestamp", "which part"),
        probe=Probe(duration=60.0, width=1280, height=720, **_NO_SOUND),
    ),
    ask(
        "fresh316-12",
        "make this Octolapse timelapse 16:9 like my Control tab: I have my phone sideways and the "
        "camera is in the right position, but it keeps the 2:3 portrait mode",
        "how to make a 2:3 portrait picture 16:9: crop, bars or a turn (and which way)",
        ("crop", "bars", "pad", "rotate", "turn", "which way", "clockwise", "how should"),
        probe=Probe(duration=30.0, width=720, height=1080, **_NO_SOUND),
    ),
    out_of_scope(
        "fresh316-13",
        "when the render of this timelapse is finished, upload it to Discord as its own command, "
        "so it plays directly in the channel",
        "posting a timelapse to Discord from a printer plugin, not an edit of a video file",
    ),
    out_of_scope(
        "fresh316-14",
        "generate a timelapse automatically while the laser is engraving, with a picture every X "
        "seconds, the same as done in OctoPrint",
        "capturing a timelapse from a laser engraver's webcam, not an edit of a video file",
    ),
    out_of_scope(
        "fresh316-15",
        "add a button to this camera plugin that records videos from the camera, to record "
        "videos of machine milling",
        "recording a CNC machine's camera in its control program, not an edit of a video file",
    ),
    out_of_scope(
        "fresh316-16",
        "overlay the Z axis / layer height on this print timelapse: it helps with print "
        "recoveries (where did the filament stop?)",
        "drawing the printer's height at each snapshot, from print data the video does not hold",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
