"""A three-hundred-and-fifty-ninth fresh, held-out collection of real requests
(tests/realreq/fresh359.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh357's, the
rows are short, typical asks; 11 come from GitHub issues and pull requests and three from web
pages (science and sport: DeepLabCut, an indoor-cycling app, a hummingbird sanctuary's blog, a
trail camera blog, a WordPress theme, an art association's how-to, napari, a Raspberry Pi
time-lapse, Octolapse, BORIS, Moblin, GoPro Labs and a barbell tracker): a mouse video's 120 fps
halved, a ride video doubled in speed and frame rate, an overcranked hummingbird slowed eight
times more, a dark trail camera clip lightened, a placeholder video cut to one second and
re-compressed, a painting walkthrough made a silent one-minute time-lapse, a black margin cropped
off, a date and a clock on time-lapses whose start is not given, and a coding program's playback,
a live golf scoreboard, a viewer's tracks, a camera's white balance and a lift's bar velocity.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import WHOLE, Above, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh359.md")

_NO_SOUND = {"has_audio": False}
#: A smaller file, by a quality level or a size of any amount.
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Above(0))
#: Brighter, all of it, by any amount.
_BRIGHTER = step("brightness", percent=Above(0), **WHOLE) | step("gamma", gamma=Above(1), **WHOLE)
#: Words an editor says asking when a time-lapse began and how often it took a picture.
_WHEN = ("when", "start", "began", "interval", "how often", "date", "what time", "which time")

CASES: tuple[Case, ...] = (
    do(
        "fresh359-01",
        "lower the frame rate of this video of a mouse in an arena: it was recorded with 120 FPS, "
        "but only 60 FPS are needed for the analysis",
        [step("fps", fps=60)],
        probe=Probe(duration=600.0, width=1280, height=720, fps=120.0, **_NO_SOUND),
        note="60 frames a second, at the same speed",
    ),
    do(
        "fresh359-02",
        "convert this 50 minute ride video at 30 fps to double speed and double frame rate, so it "
        "becomes 25 minutes at 60 fps: the indoor cyclist is then slowing the video, mostly",
        [anywhere(step("speed", factor=2, **WHOLE)), anywhere(step("fps", fps=60))],
        probe=Probe(duration=3000.0, fps=30.0),
        note="twice as fast, at 60 frames a second: 25 minutes",
    ),
    do(
        "fresh359-03",
        "slow this hummingbird clip down a further 8 times, so the total slo mo is 16 X: it was "
        "overcranked at twice the normal frame rate (2X slo-mo, so it has no sound track), and "
        "one still cannot properly see the wing motion",
        [step("speed", factor=0.125, **WHOLE)],
        probe=Probe(duration=12.0, fps=30.0, **_NO_SOUND),
        note="an eighth of the speed, eight times as long",
    ),
    do(
        "fresh359-04",
        "lighten the exposure of this trail camera video of my back yard: the image was a little "
        "dark, and not as sharp as it would have been if taken with a good HD camera",
        [_BRIGHTER, maybe(step("sharpen"))],
        probe=Probe(duration=15.0, width=1280, height=720),
        note="brighter, all of it; a sharpen is fair",
    ),
    do(
        "fresh359-05",
        "make birds.mp4 just one second long and re-compress it: it's a placeholder video anyway",
        [
            step("trim", start=AnyOf(0, None), end=Between(0.9, 1.1)),
            anywhere(_SMALLER),
        ],
        probe=Probe(duration=8.0, **_NO_SOUND),
        note="its first second, at a smaller size",
    ),
    do(
        "fresh359-06",
        "make a one-minute time lapse version of this 10 minute painting walkthrough, start to "
        "finish, for the platforms that have a short length limit: delete the sound, otherwise "
        "you'll get chipmunk audio when you shrink the time",
        [anywhere(step("speed", factor=Between(10, 12), **WHOLE)), anywhere(step("mute"))],
        probe=Probe(duration=600.0),
        note="ten times as fast (a minute or a little less), without sound",
    ),
    no_op(
        "fresh359-07",
        "export only the image itself from this time series video, without the lots of black "
        "background outside the image",
        "no op: the black margin around the picture found and cropped off; no operation finds it",
        probe=Probe(duration=20.0, **_NO_SOUND),
    ),
    ask(
        "fresh359-08",
        "put an overlay of the actual day and time each picture was taken on this full-year "
        "timelapse video",
        "when it started and how often a picture was taken",
        _WHEN,
        probe=Probe(duration=300.0, **_NO_SOUND),
    ),
    ask(
        "fresh359-09",
        "have the current date/time stamped on the frames of this timelapse of my print (circa "
        "1995 style), with either an analogue or digital clock spinning in one of the corners of "
        "the video",
        "the date and time it started and the time between frames",
        _WHEN,
        probe=Probe(duration=60.0, **_NO_SOUND),
    ),
    out_of_scope(
        "fresh359-10",
        "make BORIS play my animal behaviour video at more than 1.7 times speed without serious "
        "stuttering, and at 4 times without crashing: because of my large video volume, the "
        "speed doubling function is very important to me",
        "a behaviour-coding program's playback at speed, not an edit of a video file",
    ),
    out_of_scope(
        "fresh359-11",
        "add a golf scoreboard overlay to my golf live streams, with player names, hole number, "
        "par and each player's score, updated during the live stream",
        "a live-streaming app's scoreboard, not an edit of a video file",
    ),
    out_of_scope(
        "fresh359-12",
        "export the tracks layer of my 3D time-lapse image as tiff or avi, with the actual tracks "
        "as overlay on the exported image",
        "rendering an image viewer's tracking layer, not an edit of a video file",
    ),
    out_of_scope(
        "fresh359-13",
        "make the white balance lock work on my GoPro Hero 11: I dive and record almost every "
        "day, and it would make my life so much easier in post",
        "a camera's firmware setting while filming, not an edit of a video file",
    ),
    out_of_scope(
        "fresh359-14",
        "analyze the video of my gym lifts that I record with my phone, to determine my peak "
        "velocity in my topset so that I can determine my backoffs",
        "measuring bar velocity in a tracking program, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
