"""A thirty-seventh fresh, held-out collection of real requests (tests/realreq/fresh37.md): one
checkable case a row, encoded the way fresh35.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh35's, the
rows are short, typical asks, like the development set's; all 21 come from GitHub issues of
camera tools, a behaviour coding tool, a player, digital signage, a screensaver, editors and
libraries, a preview generator, downloaders, a subtitle finder, a meeting media manager, an
upload form, a YouTube channel, a course, a website and a game. Each case follows its row's
`expected` column; `[no op]` and `[needs analysis]` rows are DOABLE refusals and `[out of scope]`
rows OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the request and the
files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, WHOLE, Above, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh37.md")

#: The myTabu logo, the file fresh37-12 gives.
_LOGO = "mytabu-logo.png"

CASES: tuple[Case, ...] = (
    do(
        "fresh37-01",
        "add more contrast to the GoPro Flat profile footage and move it closer to the standard "
        "profile: the regular Flat profile can be too washed out, and that would help reduce the "
        "amount of grading",
        [
            anywhere(step("contrast", percent=Above(0), **WHOLE)),
            maybe(step("saturation", percent=Above(0), **WHOLE)),
        ],
        note="more contrast, all of it (a saturation boost may come with it)",
    ),
    do(
        "fresh37-02",
        "I have a 5min video: I want only the last 2min of it",
        [step("trim", start=AnyOf(180, -120), end=AnyOf(None, 300))],
        probe=Probe(duration=300.0),
        note="the last 2 minutes of a 5 minute video: from 3:00 to the end",
    ),
    do(
        "fresh37-03",
        "add the .mp4 transition (noise tv) noise.mp4 between this clip and clip2.mp4: I'm making "
        "a video montage of multiple clips combined into 1 video",
        [step("join", clips=["noise.mp4", "clip2.mp4"], at="end")],
        assets=["noise.mp4", "clip2.mp4"],
        note="this clip, then the noise clip, then clip2.mp4",
    ),
    do(
        "fresh37-04",
        "get rid of the first blank (black) frame in the output gif of the video",
        [step("remove_black", where=AnyOf("start", "ends", "all")), GIF],
        [step("trim", start=Between(0.01, 1), end=None), GIF],
        note="the black first frame dropped, then the GIF",
    ),
    do(
        "fresh37-05",
        "flip the video: it is from a camera tag that, because of how it needs to be deployed, "
        "results in a video recording that is upside-down",
        [step("rotate", degrees=180)],
        [
            anywhere(step("flip", direction="horizontal")),
            anywhere(step("flip", direction="vertical")),
        ],
        note="a half turn (a vertical flip alone would leave the picture mirrored)",
    ),
    do(
        "fresh37-06",
        "rotate the video 90 degrees: I'm going to have it on a monitor that is portrait and not "
        "landscape",
        [step("rotate", degrees=AnyOf(90, 270))],
        note="a quarter turn; 90 degrees unqualified is clockwise, either way is fair",
    ),
    do(
        "fresh37-07",
        "lower the speed of the pixel formation video",
        [step("speed", factor=Below(1), **WHOLE)],
        note="slower, any amount, all of it",
    ),
    do(
        "fresh37-08",
        "speed up the timelapse for the video export, to share it in social media as a speed "
        "paint: nowadays nobody has the patience to watch a timelapse in real time (usage "
        "example: youtube shorts)",
        [
            anywhere(step("speed", factor=Above(1), **WHOLE)),
            maybe(step("platform", platform="youtube_shorts")),
        ],
        note="faster, any amount, all of it (a Shorts shape may come with it)",
    ),
    do(
        "fresh37-09",
        "burn the ASSA subtitles into the video with a large font size: the font comes out too "
        "small despite choosing large font size",
        [step("subtitles", file=AnyOf("subs.ass", None), size="large")],
        assets=["subs.ass"],
        note="the subtitles burned in with large letters",
    ),
    do(
        "fresh37-10",
        "burn in my subtitles yellow on black, so they show on top of the hardsub: more than one "
        "language is spoken in the video, so there is a hardsub, and on a TV I can't change the "
        "subtitle colours",
        [step("subtitles", file=AnyOf("subs.srt", None), color="yellow")],
        assets=["subs.srt"],
        note="the subtitles burned in, yellow (no parameter gives the black box)",
    ),
    do(
        "fresh37-11",
        "get the video directly in an mp4: the .mkv is not useable in final cut pro",
        [step("convert", format="mp4")],
        note="an mp4 file",
    ),
    do(
        "fresh37-12",
        "show the myTabu logo at the start of the video, as it is at its end: the video seems to "
        "always start with a white background, which doesn't look good",
        [step("join", clips=AnyOf([_LOGO], []), at="start")],
        [step("transition", clips=AnyOf([_LOGO], []), at="start")],
        [step("overlay_image", file=_LOGO, start=AnyOf(None, 0), end=Between(0.5, 10))],
        assets=[_LOGO],
        note="the logo shown first: a card before the video, or over its first seconds only",
    ),
    no_op(
        "fresh37-13",
        "add ten seconds of prelude to the video: the intro video starts too soon, it could do "
        "with some old school film-prelude to test sound (and add an epilepsy warning)",
        "a 10 s film leader with a test sound and a warning card, made from nothing; no "
        "operation makes one",
    ),
    no_op(
        "fresh37-14",
        'add a notch filter of 3468 with a Q of 7.0 to the audio, to kill the sibilant "whistles" '
        "without flattening the audio too bad",
        "a notch (equalizer) filter at one frequency; no equalizer operation",
    ),
    no_op(
        "fresh37-15",
        'make "cuts" of the video like the podcast ones: not just take out the parts without '
        'sound, but identify "laughs" or "smiles" in the video and make the cuts there',
        "needs analysis: finding laughs and smiles needs sound and face analysis",
    ),
    ask(
        "fresh37-16",
        "adjust the colour temperature of the video (i.e. adding yellow/blue to it)",
        "which way (warmer, yellow, or cooler, blue) and how much",
        (
            "which way",
            "which direction",
            "direction",
            "warmer",
            "cooler",
            "warm",
            "cool",
            "yellow",
            "blue",
            "how much",
        ),
    ),
    ask(
        "fresh37-17",
        "crop my imported video, a 1h40m stream, so that it is easy to play the 4-5 minutes of it "
        "I need (another congregation's student talk): I'd like to modify the exact start and end "
        "time",
        "which 4-5 minutes (the start and end times)",
        (*WHICH_PART, "which minutes", "minutes", "talk"),
        probe=Probe(duration=6000.0),
    ),
    ask(
        "fresh37-18",
        "edit the start and end of the video and also remove the audio before uploading",
        "where it should start and end (removing the audio is clear)",
        WHICH_PART,
    ),
    ask(
        "fresh37-19",
        "put a small bit of customized text as an overlay somewhere on the video, so that people "
        "can see whose computer it is: some workplaces require it",
        "which text (whose name)",
        ("which text", "what text", "the text", "text", "words", "name", "whose"),
    ),
    out_of_scope(
        "fresh37-20",
        "stabilize the camera vibrations with dampers or another mechanical way: I am using the "
        "RealSense D435 with an agricultural mobile robot, and because of the environment the "
        "camera shakes alot",
        "damping the camera's mounting (hardware), not an edit of a file",
    ),
    out_of_scope(
        "fresh37-21",
        "export the edit to davinci resolve, similar to the export to premiere",
        "writing a timeline (XML) for another editor to open, not a video",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
