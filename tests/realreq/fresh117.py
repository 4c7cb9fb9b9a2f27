"""A hundred-and-seventeenth fresh, held-out collection of real requests
(tests/realreq/fresh117.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh113's, the
rows are short, typical asks, like the development set's; all 14 come from GitHub issues and pull
requests of tools scientists and engineers use: a simulation-video generator, a simulation
package, a pose-estimation tool, a behaviour-observation tool, a napari movie maker, a
Gaussian-splatting studio, OpenCV's Rust bindings, a recorder's video exporter, a behaviour
tool, a math-animation engine, a brain-atlas viewer and a spatial model editor. Each case
follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import WHOLE, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh117.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh117-01",
        "skip frames to produce a key frame video at a lower framerate, like 6-8 FPS",
        [step("fps", fps=Between(6, 8))],
        probe=Probe(fps=30.0),
        note="6 to 8 frames a second, same length",
    ),
    do(
        "fresh117-02",
        "render the animation at 30-60 fps regardless of the simulation's high sample rate",
        [step("fps", fps=Between(30, 60))],
        probe=Probe(fps=500.0),
        note="30 to 60 frames a second from the 500 fps animation, same length (real time)",
    ),
    do(
        "fresh117-03",
        "trim the start of the video: it has a still of the recording software in the first frame",
        [step("trim", start=Between(0.03, 0.1), end=None)],
        [step("cut", start=0, end=Between(0.03, 0.1))],
        probe=Probe(fps=30.0),
        note="the first frame (1/30 s; up to 0.1 s is fair) taken off the start",
    ),
    do(
        "fresh117-04",
        "fix the exported mp4: it is rotated 180°, though the preview rotation is working",
        [step("rotate", degrees=180)],
        [step("flip", direction="horizontal"), step("flip", direction="vertical")],
        [step("flip", direction="vertical"), step("flip", direction="horizontal")],
        note="turned a half turn (or flipped both ways)",
    ),
    do(
        "fresh117-05",
        "recode the 50 fps video to contain only every 50th frame: analysis times are "
        "prohibitive at this scale",
        [step("fps", fps=1), maybe(step("mute"))],
        [
            step("speed", factor=Between(49, 51), **WHOLE),
            maybe(step("fps", fps=Between(1, 50))),
            maybe(step("mute")),
        ],
        probe=Probe(fps=50.0),
        note="one frame a second kept, same length (or each kept frame shown at 50 fps)",
    ),
    do(
        "fresh117-06",
        "slow down the playback a bit, in order to obtain a more detailed view of the behaviour",
        [step("speed", factor=Between(0.5, 0.95), **WHOLE)],
        note="a little slower, all of it",
    ),
    do(
        "fresh117-07",
        "add a pause in the middle of the movie: pause for 50 frames",
        [step("freeze", at=Between(27, 33), seconds=Between(1.6, 1.75))],
        probe=Probe(fps=30.0),
        note="the frame at the middle (30 s) held for 50 frames, 1.67 s at 30 fps",
    ),
    do(
        "fresh117-08",
        "get the final converted video in grayscale",
        [step("grayscale", **WHOLE)],
        note="black and white, all of it",
    ),
    do(
        "fresh117-09",
        "export the recording at only around 1 frame per second, for LLM video processing",
        [step("fps", fps=Between(0.9, 1.1))],
        probe=Probe(fps=30.0),
        note="one frame a second, same length",
    ),
    ask(
        "fresh117-10",
        "crop the cylinder test video for analysis: it contains 6 fields of view (2 mice, 3 "
        "sights per mouse)",
        "which field of view (the area to keep)",
        ("which", "area", "field", "region", "part", "where", "pixels", "coordinates", "size"),
    ),
    ask(
        "fresh117-11",
        "trim the video before keypoint detection: the animal is missing at the beginning "
        "and/or end",
        "which part to keep (when the animal comes in and leaves)",
        (*WHICH_PART, "how much", "seconds", "how many"),
    ),
    ask(
        "fresh117-12",
        "stop the background music at a specific moment, e.g. a dramatic reveal or a punchline",
        "which moment (the time)",
        ("when", "which moment", "what moment", "time", "second", "where", "at what", "which"),
    ),
    out_of_scope(
        "fresh117-13",
        "make a movie of the brain I'm looking at rotating 360 degrees, in mp4 format: "
        "everybody loves 3D rotating brains",
        "rendering a 3D viewer's scene as a turntable movie, not an edit of a file",
    ),
    out_of_scope(
        "fresh117-14",
        "create a video from the current simulation",
        "making a simulator's own frames into a video, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
