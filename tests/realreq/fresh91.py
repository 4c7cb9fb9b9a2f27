"""A ninety-first fresh, held-out collection of real requests (tests/realreq/fresh91.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh89's, the
rows are short, typical asks, like the development set's, on sound and speed; ten come from
GitHub issues of a CS demo manager, a Unity screen recorder, a Discord music bot, a Pi camera
web interface, a productivity app, Flutter's camera plugin, a digital-signage app, a Pi camera
OS, a podcast's site, EFF's surveillance explainer and a camera streaming server, four from the
VEGAS, DV Info Net and DVXuser forums. Each case follows its row's `expected` column;
`[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the
request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import WHOLE, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh91.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh91-01",
        "make the clip without any audio: I do not care about the audio for the clips I record, "
        "just the video",
        [step("mute")],
        note="no sound track",
    ),
    do(
        "fresh91-02",
        "remove the audio from the screen recording: it records the microphone audio, and I want "
        "it with no audio",
        [step("mute")],
        note="no sound track",
    ),
    do(
        "fresh91-03",
        "normalize the audio, so that it doesn't kill someone's ears: the source video is super "
        "loud",
        [
            step("normalize")
            | step("volume", percent=Below(100), **WHOLE)
            | step("volume", db=Below(0), **WHOLE)
        ],
        note="the sound brought to a normal loudness (or quieter, any amount), all of it",
    ),
    do(
        "fresh91-04",
        "fix the downloaded video going faster than normal: the video lasted about 30 minutes, "
        "but downloaded it is 21 minutes long",
        [step("speed", factor=Between(0.68, 0.72), **WHOLE)],
        probe=Probe(duration=1260.0),
        note="slowed by 21/30 (0.7), so the 21 minutes last about 30 again, all of it",
    ),
    do(
        "fresh91-05",
        "replace the intro video's audio with the fixed audio, because it was very noisy",
        [step("replace_audio", file="fixed_audio.wav")],
        assets=["fixed_audio.wav"],
        note="the noisy sound replaced by the fixed one",
    ),
    do(
        "fresh91-06",
        "take the hissing sound out of the video recorded on iOS: it hisses even though the "
        "surroundings have no noise",
        [step("audio_denoise")],
        note="the sound's steady hiss reduced",
    ),
    do(
        "fresh91-07",
        "use the audio file I have created as background music for the waterfall video",
        [step("add_music", file="music.mp3", **WHOLE) | step("replace_audio", file="music.mp3")],
        assets=["music.mp3"],
        note="the music under the video (or instead of its sound), looped or not",
    ),
    do(
        "fresh91-08",
        "remove the terrible humming noise throughout the one-hour lecture: it's caused by the "
        "camera microphones",
        [step("audio_denoise")],
        probe=Probe(duration=3600.0),
        note="the sound's steady hum reduced, all of the hour",
    ),
    do(
        "fresh91-09",
        "get rid of the nasty air conditioner hum underneath the audio: it is very low pitched "
        "and is ruining the audio",
        [step("audio_denoise")],
        note="the sound's steady hum reduced",
    ),
    do(
        "fresh91-10",
        "slow the 30p footage down for a 23.98 sequence",
        [
            anywhere(step("speed", factor=Between(0.79, 0.81), **WHOLE)),
            maybe(step("fps", fps=Between(23.9, 24.0))),
        ],
        probe=Probe(fps=29.97),
        note="slowed by 23.976/29.97 (0.8), all of it; a 23.98 fps setting may come with it",
    ),
    ask(
        "fresh91-11",
        "lower the volume of the intro/outro background music of the podcast episode",
        "when the intro and the outro are (their times)",
        (*WHICH_PART, "how long", "seconds", "timestamps"),
    ),
    ask(
        "fresh91-12",
        "make the recorded video play at normal speed after the 'captured before' time: from "
        "there it goes at 2x speed until the recording stopped",
        "when the 'captured before' time is over (the second the 2x part starts)",
        (*WHICH_PART, "which second", "what time", "second", "timestamp", "at what"),
    ),
    ask(
        "fresh91-13",
        "turn down the ambient city noise where it gets really loud: at some points it makes it "
        "difficult to make out the voiceover",
        "which points (the times where it gets loud)",
        (*WHICH_PART, "which points", "points", "parts", "timestamps"),
    ),
    out_of_scope(
        "fresh91-14",
        "disable the audio from the stream of the Wyze camera",
        "a live camera stream's audio, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
