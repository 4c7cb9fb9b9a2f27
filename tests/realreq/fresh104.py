"""A hundred-and-fourth fresh, held-out collection of real requests (tests/realreq/fresh104.md):
one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh101's, the
rows are short, typical asks, like the development set's; all 15 come from GitHub issues and
pull requests of course and lesson tools, product and marketing sites, a screen recorder and a
live-streaming tool. Each case follows its row's `expected` column; `[out of scope]` rows are
OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the request and the files it
names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import (
    GIF,
    LOUDER,
    SOUND_ALONE,
    WHOLE,
    AnyOf,
    Between,
    Case,
    Probe,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh104.md")

#: The call to action's words, as a careful editor would write them from the request.
_CTA = AnyOf(
    "Learn more at consentful.systems",
    "Learn more at consentful.systems.",
    "Learn more at consentful.systems!",
    "Learn more: consentful.systems",
    "consentful.systems",
)

CASES: tuple[Case, ...] = (
    do(
        "fresh104-01",
        "remove the first 2 min of conceptual info and the last minute of related links from the "
        "course intro video",
        [step("trim", start=120, end=207)],
        [step("keep_ranges", ranges=[[120, 207]])],
        [step("cut_ranges", ranges=[[0, 120], [207, 267]])],
        [step("trim", start=120), step("trim", end=-60)],
        [step("trim", end=-60), step("trim", start=120)],
        [step("cut", start=0, end=120), step("trim", end=-60)],
        probe=Probe(duration=267.0),
        note="2:00 to 3:27 of the 4:27 video kept (the first two minutes and the last one cut)",
    ),
    do(
        "fresh104-02",
        "finish the onboarding video with a call to action to learn more at consentful.systems: "
        "a tight wrap up that piques interest",
        [
            step(
                "text",
                text=_CTA,
                start=Between(40, 58),
                end=AnyOf(None, Between(59.9, 60)),
            )
        ],
        note="the call to action over the last seconds of the 60 s video, to its end",
    ),
    do(
        "fresh104-03",
        "remove the audio track from our demo video",
        [step("mute")],
        note="the sound taken off",
    ),
    do(
        "fresh104-04",
        "make the screen capture a GIF at just 1 fps: the gif file is too large",
        [step("gif", fps=1)],
        [step("fps", fps=1), GIF],
        note="an animated GIF at one frame a second",
    ),
    do(
        "fresh104-05",
        "make a version of the class recording without the presenter's video, only with the "
        "voice, for students with narrow band",
        [SOUND_ALONE],
        note="the sound alone, as an audio file",
    ),
    do(
        "fresh104-06",
        "slow the Free Photos video to half speed: it is really really fast, and makes it a bit "
        "difficult to follow",
        [step("speed", factor=0.5, **WHOLE)],
        note="half speed, all of it",
    ),
    do(
        "fresh104-07",
        "add the captions from the .srt file to the course video, to make it accessible to the "
        "hard of hearing and let viewers watch with the sound off",
        [step("subtitles", file=AnyOf("captions.srt", None))],
        assets=["captions.srt"],
        note="the .srt captions burned in",
    ),
    do(
        "fresh104-08",
        "convert the .MOV file into MPEG4/H.264: it's got wide-enough support (~98%)",
        [step("convert", format="mp4"), maybe(step("codec", codec="h264"))],
        [step("codec", codec="h264"), maybe(step("convert", format="mp4"))],
        note="an MP4 with H.264 video (a container change, a codec, or both)",
    ),
    do(
        "fresh104-09",
        "prepend the Firefox DevTools intro video to the new demo video, so it looks more official",
        [step("join", clips=["bumper.mov"], at="start")],
        assets=["bumper.mov"],
        note="the intro bumper before the video",
    ),
    do(
        "fresh104-10",
        "edit out the initial message about z shell: the actual content of the screencast starts "
        "between 2-3 seconds",
        [step("trim", start=Between(2, 3), end=None)],
        [step("cut", start=0, end=Between(2, 3))],
        note="the first 2 to 3 seconds cut off",
    ),
    do(
        "fresh104-11",
        "make the narrator's audio louder in the Shotcut tutorial video: it is very low",
        [LOUDER],
        note="louder, any amount or to a loudness target, all of it",
    ),
    ask(
        "fresh104-12",
        "add subtitles to the recorded video: it can improve the understanding for persons with "
        "disabilities or a language barrier",
        "the subtitles: a subtitle file, or the words",
        (
            "subtitle file",
            "srt",
            "which subtitles",
            "what subtitles",
            "the text",
            "the words",
            "transcript",
            "file",
            "captions",
        ),
    ),
    ask(
        "fresh104-13",
        "turn a clip from the video into a GIF for the RegretsReporter email: there is a quick "
        "part that shows the extension being used",
        "which part of the video (where the quick part starts and ends)",
        WHICH_PART,
    ),
    ask(
        "fresh104-14",
        "cut the questions from the colloquium recording, because of the unpublished data the "
        "speaker flashed during the question time",
        "where the question time starts (and ends)",
        WHICH_PART,
    ),
    out_of_scope(
        "fresh104-15",
        "add an interactive call to action to my videos that takes the viewer to the specified "
        "destination upon clicking, to engage viewers",
        "a clickable call to action in the video player (a link), not an edit of the file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
