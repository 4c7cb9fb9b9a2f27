"""A three-hundred-and-ninety-second fresh, held-out collection of real requests
(tests/realreq/fresh392.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh389's, the
rows are short, typical asks from photographers' time-lapses and night-sky footage; four come from
personal blogs (an aurora video, a Sakurajima time-lapse, a sunset time-lapse, a Kauai sunrise)
and eight from GitHub issues (ScreenTimeLapse, Evercam, IIIF, GoPro Labs, BambuStudio,
RawTherapee, indi-allsky and a meteor network): colors muted and noise reduced, a time-lapse
slowed to two thirds, a song added and a .MOV exported, a 16:9 crop with lighter shadows, a photo
every hour, a logo at an unnamed position, a still at an unnamed time, a camera's flicker, a
printer's last frame, raw photos deflickered, an all-sky program's setting and a meteor detector's
frame rate.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import Between, Case, Probe, anywhere, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh392.md")

_NO_SOUND = {"has_audio": False}
_LIGHTER = step("gamma", gamma=Between(1.05, 1.6)) | step("brightness", percent=Between(1, 25))

CASES: tuple[Case, ...] = (
    do(
        "fresh392-01",
        "reduce the color saturation and the digital noise of this Northern Lights video: I want "
        "folks to experience what I saw, and cameras record the Aurora as having much more green "
        "than what we typically see",
        [
            anywhere(step("saturation", percent=Between(-80, -5))),
            anywhere(step("denoise")),
        ],
        probe=Probe(duration=35.0),
        note="colors muted (not removed) and the picture's noise reduced",
    ),
    do(
        "fresh392-02",
        "slow this time-lapse down: at 0.1 seconds per frame everything is too fast to follow "
        "easily, 0.15 seconds per frame is easier to watch",
        [step("speed", factor=Between(0.6, 0.72))],
        [step("fps", fps=Between(6.3, 7.0))],
        probe=Probe(duration=51.0, fps=10.0, **_NO_SOUND),
        note="two thirds of the speed: each frame shown 0.15 s instead of 0.1 s",
    ),
    do(
        "fresh392-03",
        "add this song to our sunset time-lapse, then export the time-lapse to a .MOV file",
        [step("add_music", file="song.mp3"), step("convert", format="mov")],
        [step("replace_audio", file="song.mp3"), step("convert", format="mov")],
        assets=["song.mp3"],
        probe=Probe(duration=20.0, **_NO_SOUND),
        note="the song under the silent time-lapse, saved as a .mov",
    ),
    do(
        "fresh392-04",
        "crop this sunrise time-lapse a bit using a ratio of 1.92:1.08 to get a better frame, and "
        "lighten the shadows a bit",
        [anywhere(step("crop", aspect="16:9")), anywhere(_LIGHTER)],
        probe=Probe(duration=10.0, width=1920, height=1280, fps=24.0, **_NO_SOUND),
        note="a 16:9 crop of the 3:2 picture, mid-tones lightened a little",
    ),
    no_op(
        "fresh392-05",
        "export an image sequence from this recording: it is 4 days straight and a big movie "
        "file, when I only need a photo every hour",
        "no op: one image per hour of the recording; no operation saves a frame at every interval",
        probe=Probe(duration=345600.0, fps=1.0, **_NO_SOUND),
    ),
    ask(
        "fresh392-06",
        "overlay the watermark logo on this time-lapse video on the selected position",
        "which position (none is given)",
        ("where", "position", "corner", "which"),
        assets=["logo.png"],
        probe=Probe(duration=60.0, **_NO_SOUND),
    ),
    ask(
        "fresh392-07",
        "download a still frame from this video as an image",
        "which frame (at what time)",
        ("which", "when", "what time", "timestamp", "second", "frame"),
        probe=Probe(duration=120.0),
    ),
    out_of_scope(
        "fresh392-08",
        "fix my GoPro 11 in Night Timelapse mode: some frames have a longer shutter speed than "
        "others, which looks like exposure flicker in the final time-lapse",
        "a camera's exposure bug, not an edit of a video file",
        probe=Probe(duration=30.0, **_NO_SOUND),
    ),
    out_of_scope(
        "fresh392-09",
        "make the printer park its head so one last frame of the time-lapse leaves the object in "
        "view",
        "how a printer records its time-lapse, not an edit of a video file",
        probe=Probe(duration=20.0, **_NO_SOUND),
    ),
    out_of_scope(
        "fresh392-10",
        "deflicker my time-lapse shots in the raw editor: select the thumbs, analyze their "
        "average luminosity and apply exposure compensation to smooth the transitions between "
        "them",
        "adjusting a set of raw photos in a photo editor, not an edit of a video file",
        probe=Probe(duration=20.0, **_NO_SOUND),
    ),
    out_of_scope(
        "fresh392-11",
        "have a separate fps setting for generating the daytime time-lapse, since daytime "
        "capture creates more images",
        "an all-sky camera program's setting for making its time-lapses, not an edit of a file",
        probe=Probe(duration=60.0, fps=25.0, **_NO_SOUND),
    ),
    out_of_scope(
        "fresh392-12",
        "tell me the minimum FPS at which the software will still work at detecting meteors",
        "a question about a meteor detector, not an edit of a video file",
        probe=Probe(duration=10.0, fps=25.0, **_NO_SOUND),
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
