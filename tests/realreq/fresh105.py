"""A hundred-and-fifth fresh, held-out collection of real requests (tests/realreq/fresh105.md):
one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh101's, the
rows are short, typical asks, like the development set's; they come from GitHub issues and pull
requests of a motion-detection tool, two ESP32 camera firmwares, a 3D-printer timelapse plugin,
an action-camera hack, an OBS replay plugin, an FPV OSD tool and a dashcam app, from a DSP
question, and from hobbyists' blogs (youth football, fly fishing, Super 8 home movies, a GoPro
timelapse, a toddler's first steps, a small-stream fishing film). Each case follows its row's
`expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker
is left out of the request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import GIF, WHOLE, AnyOf, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh105.md")

#: A print timelapse: no sound.
_SILENT = Probe(has_audio=False)
#: A ten-minute video.
_TEN_MINUTES = Probe(duration=600.0)

CASES: tuple[Case, ...] = (
    do(
        "fresh105-01",
        "remove or attenuate the wind noise in the video footage, in order to hear the engine "
        "noise",
        [step("audio_denoise")],
        note="the sound's wind noise reduced",
    ),
    do(
        "fresh105-02",
        "export the clip with motion in mp4 format: I am on MacOS and managing avi files is not "
        "so good",
        [step("convert", format="mp4")],
        note="saved as an mp4",
    ),
    do(
        "fresh105-03",
        "rotate the ESP32-cam video by 90 degrees: the case I am using for the camera is "
        "oriented horizontally",
        [step("rotate", degrees=AnyOf(90, 270))],
        note="a quarter turn; 90 degrees unqualified is clockwise, either way is fair",
    ),
    do(
        "fresh105-04",
        "save the print timelapse with GIF as the output file format",
        [GIF],
        probe=_SILENT,
        note="an animated GIF",
    ),
    do(
        "fresh105-05",
        "fix the noise and grainy video from my Yi 4k+ camera",
        [step("denoise", **WHOLE)],
        probe=Probe(width=3840, height=2160),
        note="the picture's noise and grain reduced, all of it",
    ),
    do(
        "fresh105-06",
        "trim the saved replay to the last 60 seconds",
        [step("trim", start=-60, end=AnyOf(None, 300))],
        probe=Probe(duration=300.0),
        note="the last minute of the 5 min replay kept: 240 s to the end",
    ),
    do(
        "fresh105-07",
        "rescale the DVR recording, bringing the aspect ratio back to 4:3: the camera image is "
        "stretched in width",
        [
            step("resize", width=1440, height=1080, fit=False)
            | step("resize", width=960, height=720, fit=False)
            | step("resize", width=1920, height=1440, fit=False)
        ],
        note="the 1920x1080 recording squeezed back to a 4:3 frame (1440x1080), nothing cropped",
    ),
    do(
        "fresh105-08",
        "strip the sound of the football game footage and simply overlay some music: the "
        "background voices are irrelevant",
        [step("replace_audio", file="music.mp3")],
        assets=["music.mp3"],
        note="the game's own sound replaced by the music",
    ),
    do(
        "fresh105-09",
        "keep only the best 60 seconds of the fly fishing video, between 3:07 and 4:07",
        [step("trim", start=187, end=247)],
        probe=_TEN_MINUTES,
        note="3:07 to 4:07 kept",
    ),
    do(
        "fresh105-10",
        "make the short clip of our grandson playing tabletop shuffleboard mimic an old Super 8 "
        "home movie",
        [step("look", style="vintage", **WHOLE), maybe(step("fps", fps=Between(12, 24)))],
        [maybe(step("fps", fps=Between(12, 24))), step("look", style="vintage", **WHOLE)],
        note="an old home-movie look, all of it (a film-like frame rate may come with it)",
    ),
    do(
        "fresh105-11",
        "trim the end half of the garden party timelapse, which just shows the garden through the "
        "next morning",
        [step("trim", start=0, end=30) | step("cut", start=30, end=60)],
        note="the first half of the 60 s video kept",
    ),
    ask(
        "fresh105-12",
        "rotate the image directly in the AVI file: the OV2640 camera does not support rotation",
        "which way (90, 180 or 270 degrees)",
        ("which way", "which direction", "direction", "clockwise", "degrees", "angle", "how far"),
    ),
    ask(
        "fresh105-13",
        "cut the start of the video of the baby walking: I hit record too early",
        "how much to cut (where the walking starts)",
        ("how much", "how many seconds", "how long", "seconds", *WHICH_PART),
    ),
    ask(
        "fresh105-14",
        "cut the small-stream fishing video down to ninety seconds: the TakeMeFishing rules limit "
        "video submissions to ninety seconds",
        "which ninety seconds to keep",
        ("which ninety", "which 90", "which seconds", "which parts", *WHICH_PART),
        probe=_TEN_MINUTES,
    ),
    out_of_scope(
        "fresh105-15",
        "rotate the image 90º when in stream mode: my camera case is horizontal",
        "a setting of an ESP32 camera's live stream, not an edit of a file",
    ),
    out_of_scope(
        "fresh105-16",
        "ask me whether to record the audio in the dash cam app: some would prefer not to record "
        "it",
        "a dashcam app's recording setting, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
