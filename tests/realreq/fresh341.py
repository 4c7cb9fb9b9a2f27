"""A three-hundred-and-forty-first fresh, held-out collection of real requests
(tests/realreq/fresh341.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh337's, the
rows are short, typical asks; 8 come from the blogs and forums of cyclists, motorcyclists and a
track day driver and 6 from GitHub issues (gyroflow, gopro-dashboard-overlay, AndrOBD, bfree,
Alibi and teslausb): a ride made a time lapse at 8x, wind noise taken out of a ride, a ride shot
after sunset brightened, nauseating track day shots stabilized, a voice recorder's sound put
under a motovlog, a 4:3 video stabilized and stretched like SuperView, a short montage and a
highlights collage of unnamed best moments, a handlebar bag cropped by an unknown amount, a
microphone chosen, gauges recorded live, a trainer's video player, a dashcam app and a batch
uploader.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import WHOLE, Above, Between, Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh341.md")

_BRIGHTER = step("brightness", percent=Above(0), **WHOLE) | step("gamma", gamma=Above(1), **WHOLE)

CASES: tuple[Case, ...] = (
    do(
        "fresh341-01",
        "convert this near 30 minutes of real-time footage of my bike ride to time lapse at 8x, "
        "to match the 3:21 minute length of the music track I want to use",
        [step("speed", factor=Between(7.9, 9.0), **WHOLE)],
        probe=Probe(duration=1780.0, fps=30.0),
        note="8 times faster, the whole ride (about 3:45; 8.9x would make it 3:21)",
    ),
    do(
        "fresh341-02",
        "get rid of the wind noise in this ride video: the recording is so bad I can't even hear "
        "the bike, and I want good audio quality of my bike's exhaust sound",
        [step("audio_denoise")],
        probe=Probe(duration=300.0),
        note="the steady wind noise reduced",
    ),
    do(
        "fresh341-03",
        "brighten this GoPro video of my ride, shot shortly after sunset: it is a lot darker "
        "than it appeared to my eyes at the time",
        [_BRIGHTER],
        probe=Probe(duration=240.0),
        note="the whole picture brighter",
    ),
    do(
        "fresh341-04",
        "stabilize this track day video: those long-zoomed shots are nauseating",
        [step("stabilize")],
        probe=Probe(duration=600.0),
        note="the shaky footage steadied",
    ),
    do(
        "fresh341-05",
        "add the soundtrack from the voice recorder of my smartphone (a lavalier mic in my "
        "helmet) to this motovlog video",
        [step("replace_audio", file="voice.m4a")],
        [step("add_music", file="voice.m4a")],
        assets=["voice.m4a"],
        probe=Probe(duration=600.0),
        note="the voice recording as the video's sound, or mixed with the camera's",
    ),
    no_op(
        "fresh341-06",
        "stabilize this 4:3 video and export it as superview stretched",
        "no op: stabilized, then the 4:3 picture stretched non-linearly to 16:9 (SuperView)",
        probe=Probe(duration=120.0, width=1440, height=1080, fps=60.0),
    ),
    ask(
        "fresh341-07",
        "make a short montage of about 5 to 7 minutes of this ride, with the best passages put "
        "end to end",
        "which passages are the best (none are named)",
        (*WHICH_PART, "passages", "best", "moments", "highlights"),
        probe=Probe(duration=14400.0),
    ),
    ask(
        "fresh341-08",
        "crop my handlebar bag out of the bottom left corner of this time lapse video of a bike "
        "ride: I had the camera lens pointed down slightly too much",
        "how much to crop, and what shape to keep",
        ("how much", "how many", "pixels", "percent", "aspect", "ratio", "size", "where"),
        probe=Probe(duration=286.0, has_audio=False),
    ),
    out_of_scope(
        "fresh341-09",
        "help me choose a decent mic to mount on my camera for filming bikers riding around "
        "Oahu: the motorcycles are loud, and there is wind noise",
        "choosing recording equipment, not an edit of a video file",
    ),
    out_of_scope(
        "fresh341-10",
        "record a video from the phone mount on the windscreen with a real-time km/h and rpm "
        "dash overlay in the corner, to share to social media",
        "recording video with live gauges in an OBD app, not an edit of a given video file",
    ),
    ask(
        "fresh341-11",
        "make a 3-10 minute collage of highlights of this 1-2 hour outing",
        "which moments are the highlights (none are named)",
        (*WHICH_PART, "highlights", "moments", "best"),
        probe=Probe(duration=5400.0),
    ),
    out_of_scope(
        "fresh341-12",
        "read my gpx file and sync the video speed to my cycling speed on the trainer",
        "a virtual ride player for an indoor trainer, not an edit of a video file",
    ),
    out_of_scope(
        "fresh341-13",
        "as a dashcam for my vehicle, save the last few batches without interrupting the "
        "recording when I tap a single button",
        "a dashcam recording app's feature, not an edit of a video file",
    ),
    out_of_scope(
        "fresh341-14",
        "pipe my Tesla dashcam videos through tesla-dashcam during the upload process, so that "
        "the archive has a clean folder structure with one video per event",
        "an automatic batch pipeline on a Raspberry Pi uploader, not an edit of one video",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
