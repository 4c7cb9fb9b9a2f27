"""A hundred-and-first fresh, held-out collection of real requests (tests/realreq/fresh101.md):
one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh97's, the
rows are short, typical asks, like the development set's; they come from GitHub issues and
pull requests of pose-estimation and tracking tools, microscopy software, an imaging pipeline, a
fly-simulation tool, a lab experiment platform, a lecture recorder, a web-conference server and a
video agent, and from an educator's blog. Each case follows its row's `expected` column;
`[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the
request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import WHOLE, Above, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh101.md")

#: A 720p video.
_HD = Probe(width=1280, height=720)
#: A microscope's movie: no sound.
_SILENT = Probe(has_audio=False)


def _music(op: str) -> list[list]:
    """The music file under all of the video at 15% (about -16.5 dB), looped and faded in."""
    common = {"file": "music.mp3", "loop": True, "fade_in": Above(0)}
    if op == "add_music":
        common.update(WHOLE)
    return [
        [step(op, percent=Between(14, 16), **common)],
        [step(op, db=Between(-17.5, -15.5), **common)],
    ]


CASES: tuple[Case, ...] = (
    do(
        "fresh101-01",
        "downsample the 1280 x 720 video to 640 x 360 resolution for analyzing: analyzing it is "
        "taking longer than real time",
        [step("resize", width=640, height=360)],
        [step("resize", lines=360, width=None, height=None)],
        [step("resize", height=360, width=None)],
        [step("resize", width=640, height=None)],
        [step("resize", percent=50)],
        probe=_HD,
        note="half of each side, 640x360 (360p or 50% is the same)",
    ),
    do(
        "fresh101-02",
        "compress the video to use it for analysis: my original video is big",
        [step("quality", level="small")],
        [step("compress")],
        note="a smaller file, no size target given",
    ),
    do(
        "fresh101-03",
        "make the cropped .avi movie open in PowerPoint: after cropping, it no longer opens in "
        "PowerPoint",
        [
            anywhere(step("convert", format="mp4")),
            maybe(step("codec", codec="h264")),
            maybe(step("reencode")),
        ],
        [step("codec", codec="h264"), maybe(step("reencode"))],
        probe=_SILENT,
        note="an H.264 MP4, which PowerPoint opens",
    ),
    do(
        "fresh101-04",
        "change the 10 fps .avi to 24 fps and keep the number of frames the same: we recorded "
        "for 5 seconds",
        [
            anywhere(step("speed", factor=Between(2.38, 2.52), **WHOLE)),
            maybe(step("fps", fps=Between(23.9, 25.1))),
        ],
        probe=Probe(duration=12.0, fps=10.0, has_audio=False),
        note="the same frames played 2.4 times as fast: 12 s become 5 s (a 24 fps setting may "
        "come with it)",
    ),
    do(
        "fresh101-05",
        "remove the background noise from the conference session recording: I thoughtlessly "
        "placed my audio recorder right next to the projector fan",
        [step("audio_denoise")],
        note="the sound's steady fan noise reduced",
    ),
    do(
        "fresh101-06",
        "drop the first few frames (0.005 seconds) of the rendered video, so it starts from a "
        "natural position instead of the all-stretched pose",
        [step("trim", start=Between(0.004, 0.1), end=None)],
        note="the first 0.005 s (or the first few frames) cut off, the rest kept",
    ),
    do(
        "fresh101-07",
        "add a background music bed under the rendered video: looped, ducked to 15%, faded in",
        *_music("add_music"),
        *_music("replace_audio"),
        assets=["music.mp3"],
        probe=_SILENT,
        note="the music under all of the silent video at 15%, looped, faded in",
    ),
    do(
        "fresh101-08",
        "downsample the motion-corrected movie in time by a factor of 3 (6 Hz -> 2 Hz), as a "
        "preview",
        [step("fps", fps=2)],
        probe=Probe(fps=6.0, has_audio=False),
        note="two frames a second of the six, same length",
    ),
    do(
        "fresh101-09",
        "discard the black frames of the participant's raw video recording: empty frames before "
        "the experiment starts were turned into black frames",
        [step("remove_black", where=AnyOf("all", "start", "ends"))],
        note="the black stretches (the one at the start) cut out",
    ),
    do(
        "fresh101-10",
        "export the .avi movie as a .mov with H.264 compression",
        [
            anywhere(step("convert", format="mov")),
            maybe(step("codec", codec="h264")),
            maybe(step("reencode")),
        ],
        probe=_SILENT,
        note="a .mov file, its picture H.264",
    ),
    do(
        "fresh101-11",
        "normalize the volume of the lecture recording: the recorded question from the audience "
        "is totally overdriven, much too loud",
        [step("normalize")],
        note="the loudness normalized, as asked",
    ),
    ask(
        "fresh101-12",
        "downsample the video for faster analysis: I collect videos at much higher spatial "
        "resolution than is necessary for accurate tracking",
        "how much smaller (the resolution, or the factor)",
        (
            "how much",
            "how small",
            "resolution",
            "what size",
            "which size",
            "width",
            "height",
            "factor",
            "scale",
            "720",
            "480",
            "360",
        ),
        probe=_HD,
    ),
    ask(
        "fresh101-13",
        "crop out the part of the frame I don't need, to hopefully reduce the file size enough "
        "for my GPU",
        "which part of the frame (the area to keep)",
        ("which part", "which area", "what area", "area", "region", "where", "how much", "pixels"),
    ),
    ask(
        "fresh101-14",
        "cut the frames at the start and end of the video, keeping the middle where the animal "
        "is actually in view",
        "where the animal comes into view and leaves it (the start and end times)",
        (*WHICH_PART, "second"),
    ),
    out_of_scope(
        "fresh101-15",
        "leave the webcam out of the BigBlueButton session recording: my client would like not "
        "to include it",
        "a setting of a web-conference server's recording, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
