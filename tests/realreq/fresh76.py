"""A seventy-sixth fresh, held-out collection of real requests (tests/realreq/fresh76.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh73's, the
rows are short, typical asks, like the development set's; all 18 come from GitHub issues and
pull requests of e-learning, language-learning and accessibility tools (AnkiDroid, Kolibri, a
sign-language dictionary, a flashcard game, a Wikimedia Commons cutting tool, a dubbing subtitle
tool, an auto-dubbing tool, a micro-course, Amara, a screencast recorder, BigBlueButton, a course's
issue reports, a reading group's curriculum, H5P, Subtitle Edit and an archive's player), mostly
about sound, speed and cutting. Each case follows its row's `expected` column; `[out of scope]`
rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the request and the
files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import WHOLE, AnyOf, Below, Between, Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh76.md")

#: An hour-long recording, for the rows whose times run into minutes.
_HOUR = Probe(duration=3600.0)

CASES: tuple[Case, ...] = (
    do(
        "fresh76-01",
        "repeat the video 5 times: I'm studying English using short clips from the TV show Friends",
        [step("loop", times=5)],
        note="the clip played 5 times in a row",
    ),
    do(
        "fresh76-02",
        "slow the video down to 0,75: many of my students think the speakers speak too quickly, "
        "as English is their 2nd language, and 0,5 is too slow",
        [step("speed", factor=0.75, **WHOLE)],
        note="three quarters of the speed, all of it",
    ),
    do(
        "fresh76-03",
        "play back the video slower, like you can on signbank's website",
        [step("speed", factor=Below(1), **WHOLE)],
        note="slower, any amount, all of it",
    ),
    do(
        "fresh76-04",
        "exchange the audio track of the German video for my recorded English audio, to create a "
        "derived English work",
        [step("replace_audio", file="english.mp3")],
        assets=["english.mp3"],
        note="the German sound replaced by the English recording",
    ),
    do(
        "fresh76-05",
        "increase the volume of the dubbed video: it has less than 60% of the real volume of the "
        "original, put it at 100%",
        [
            step("volume", percent=Between(150, 200), **WHOLE)
            | step("volume", db=Between(3.5, 6), **WHOLE)
        ],
        note="louder by 100/60 (about 167%, +4.4 dB), all of it",
    ),
    do(
        "fresh76-06",
        "make the talk video without background noise: especially in the first half the audio "
        "quality is quite bad, with lots of background noise which is distracting",
        [step("audio_denoise")],
        note="the sound's background noise reduced",
    ),
    do(
        "fresh76-07",
        "remove the 30 second intro from the subtitled video",
        [step("trim", start=30, end=AnyOf(None, 60))],
        [step("cut", start=0, end=30)],
        note="the first 30 seconds taken off",
    ),
    do(
        "fresh76-08",
        "reduce the original audio in volume and overlay the translated audio above that, the way "
        "a lot of German media does translation",
        [
            step("volume", percent=Between(1, 99), **WHOLE) | step("volume", db=Below(0), **WHOLE),
            step("add_music", file="translation.mp3", duck=AnyOf(False, None)),
        ],
        assets=["translation.mp3"],
        note="the original sound turned down, then the translation laid over it (not ducked)",
    ),
    do(
        "fresh76-09",
        "skip the last two seconds of the screencast, so it contains only the relevant parts and "
        "not the stopping of the recorder",
        [step("trim", start=AnyOf(None, 0), end=58)],
        [step("cut", start=58, end=AnyOf(None, 60))],
        note="the last 2 seconds of the 60 s video taken off",
    ),
    do(
        "fresh76-10",
        "triple or quadruple the volume of my recording: I can't hear my voice clearly even with "
        "my phone at max volume or with earphones",
        [
            step("volume", percent=Between(300, 400), **WHOLE)
            | step("volume", db=Between(9.5, 12.1), **WHOLE)
        ],
        note="three or four times as loud, all of it",
    ),
    do(
        "fresh76-11",
        "slow the Mandarin flashcard video down like 30%: the speech is a bit fast",
        [step("speed", factor=Between(0.65, 0.8), **WHOLE)],
        note="about 30% slower (0.7, or 1/1.3), all of it",
    ),
    do(
        "fresh76-12",
        "trim the few minutes at the beginning of the meeting recording: start it at 210 seconds "
        "(3:30 minutes into the record)",
        [step("trim", start=210, end=AnyOf(None, 3600))],
        [step("cut", start=0, end=210)],
        probe=_HOUR,
        note="the first 3:30 taken off the hour-long recording",
    ),
    do(
        "fresh76-13",
        "cut out the portion of the lesson video that repeats itself, starting around 2:30 until "
        "around 2:55",
        [step("cut", start=150, end=175)],
        probe=Probe(duration=600.0),
        note="2:30-2:55 taken out of the 10-minute video",
    ),
    do(
        "fresh76-14",
        "keep only the first 18 minutes of the video: in Part 1 only those are relevant",
        [step("trim", start=AnyOf(None, 0), end=1080)],
        probe=_HOUR,
        note="the first 18 minutes of the hour-long video kept",
    ),
    ask(
        "fresh76-15",
        "trim the start and end of the video (for example, taken from YouTube): teachers keep "
        "asking for it",
        "where the video should start and end (the times)",
        (*WHICH_PART, "how much", "seconds", "timestamps"),
    ),
    ask(
        "fresh76-16",
        "speed up the video for review time (1.25, 1.5, 2x)",
        "which speed (three are named)",
        ("which", "how fast", "speed", "factor", "how much"),
    ),
    ask(
        "fresh76-17",
        "export the selected clip of the course video (keeping subtitles would be better): with "
        "the selected clips, it would be better for the learners to practice after class",
        "which part (nothing is selected)",
        (*WHICH_PART, "selected"),
    ),
    out_of_scope(
        "fresh76-18",
        "add to the video player the ability to speed up or slow down playback: this could be "
        "helpful for people with disabilities and people whose first language is not English",
        "a speed button in a web archive's player, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
