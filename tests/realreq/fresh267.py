"""A two-hundred-and-sixty-seventh fresh, held-out collection of real requests
(tests/realreq/fresh267.md): one checkable case a row, encoded the way fresh265.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh265's, the
rows are short, typical asks; all 8 come from GitHub issues and a forum thread about the sound of
videos (a wedding videographer, streamers, app makers, a panel recording): a short audio looped
under a video, a wedding cassette that drifts out of sync, a video's audio saved as Core Audio,
sound amplified 2.5 times, a voice that was never recorded, game and voice tracks combined, a
quiet and noisy phone recording, and two panelists' voices boosted when they speak.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    LOUDER,
    Between,
    Case,
    Probe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh267.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh267-01",
        "add this audio to the video: the same audio should loop till the video ends (the audio "
        "is 5 seconds and the video 30 seconds), instead of the video being trimmed to the "
        "audio's duration",
        [step("add_music", file="audio.mp3", loop=True)],
        [step("replace_audio", file="audio.mp3", loop=True)],
        assets=["audio.mp3"],
        probe=Probe(duration=30.0, width=1080, height=1920),
        note="the 5 s audio looped under the whole 30 s video",
    ),
    no_op(
        "fresh267-02",
        "line up the wedding ceremony audio from the church's mixer (a cassette I captured into "
        "a 48K 16bit wav) with the audio track from my cam footage: I can get the start of the "
        "procession music to sync, but like 10 seconds in it falls apart, so it needs to be "
        "stretched or shrunk to align",
        "needs analysis",
        assets=["ceremony.wav"],
        probe=Probe(duration=1800.0, width=720, height=480, fps=29.97),
        note="needs analysis: the drift measured and the wav time-stretched to match; no "
        "operation aligns or stretches a second recording",
    ),
    no_op(
        "fresh267-03",
        "export only the audio of this mp4 to Core Audio format (.caf)",
        "no op",
        probe=Probe(duration=20.0, width=1280, height=720),
        note="no op: the sound alone as a .caf file; promptcut writes no .caf files",
    ),
    do(
        "fresh267-04",
        "amplify this video's sound 2.5 times",
        [step("volume", percent=Between(240, 260))],
        [step("volume", db=Between(7.0, 9.0))],
        probe=Probe(duration=60.0, width=1280, height=720),
        note="2.5 times the level: 250 % (about +8 dB)",
    ),
    out_of_scope(
        "fresh267-05",
        "put my microphone voice in this recording: my mic isn't included on my record, only "
        "the gameplay audio is working",
        "not in the file",
        probe=Probe(duration=300.0, width=1920, height=1080),
        note="the voice was never recorded; nothing in the file can bring it back",
    ),
    no_op(
        "fresh267-06",
        "combine the two audio tracks of this recording into one: one of them is the game "
        "audio, the other is my voice; my voice is too quiet and I need to raise it",
        "no op",
        probe=Probe(duration=600.0, width=1920, height=1080, fps=60.0),
        note="no op: a file's own second audio track raised and mixed into its first; no "
        "operation reads a file's other tracks",
    ),
    do(
        "fresh267-07",
        "fix this video I recorded on iOS: its volume is very low and it only has big "
        "background noise",
        [step("audio_denoise"), LOUDER],
        [LOUDER, step("audio_denoise")],
        probe=Probe(duration=30.0, width=1080, height=1920),
        note="the background noise reduced and the sound made louder, in either order",
    ),
    ask(
        "fresh267-08",
        "fix the sound on this panel video, it is messed up: boost the audio when elle and "
        "dandelion (pictured center left and center right) speak, and do some noise "
        "cancellation on their parts, without any regressions in quality",
        "when elle and dandelion speak (the parts to boost)",
        ("speak", "speaks", "speaking", *WHICH_PART),
        probe=Probe(duration=3600.0, width=1920, height=1080),
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
