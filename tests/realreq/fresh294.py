"""A two-hundred-and-ninety-fourth fresh, held-out collection of real requests
(tests/realreq/fresh294.md): one checkable case a row, encoded the way fresh293.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh293's, the
rows are short, typical asks; all 14 come from GitHub issues (speech and transcription users:
Whisper builds, whisper.cpp, a diarization script, a note-taking plugin, Vosk, pyannote, subtitle
generators, video translators, a transcription app and a speech generator): the audio made an
mp3 without its first 4 seconds, an mp4 made a 16 kHz wav, silences cut and the sound
normalised, a 43 MB mp4 made an mp3, a podcast made two mp3s, a call made mono, factory noise
taken out, one speaker to find, subtitles burned over a video's own, whispered scenes with no
times, a part transcribed, background music separated, a player's speeds and a generator's
volume.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import MP3, AnyOf, Between, Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh294.md")

_FIRST_4_OFF = step("trim", start=Between(3.9, 4.1)) | step("cut", start=0, end=Between(3.9, 4.1))
_BOX = AnyOf("black", "#000000", "white", "#ffffff", "gray", "grey", "#808080", "dark gray")

CASES: tuple[Case, ...] = (
    do(
        "fresh294-01",
        "extract the audio from this video as an mp3 and cut off the first 4 seconds of it, to "
        "generate subtitles with whisper-faster",
        [_FIRST_4_OFF, MP3],
        [MP3, _FIRST_4_OFF],
        probe=Probe(duration=600.0),
        note="an mp3 of the sound without its first 4 seconds",
    ),
    no_op(
        "fresh294-02",
        "convert this mp4 video to a wav 16 khz audio file, to transcribe it: whisper.cpp gave "
        "the error failed to read wav file when I imported the mp4",
        "no op",
        probe=Probe(duration=600.0),
        note="no op: extract_audio(wav) cannot set the 16 kHz sample rate",
    ),
    do(
        "fresh294-03",
        "truncate the silences in this recording and normalise the audio: it errors out because "
        "of silences which aren't of significant lengths - a couple of seconds or so",
        [step("remove_silence"), step("normalize")],
        [step("normalize"), step("remove_silence")],
        probe=Probe(duration=1800.0),
        note="the silences cut and the sound normalised, in either order",
    ),
    do(
        "fresh294-04",
        "convert this 43mb .mp4 file down to a .mp3 file, so the upload to whisper works",
        [MP3],
        probe=Probe(duration=1800.0),
        note="the sound alone as an mp3",
    ),
    no_op(
        "fresh294-05",
        "convert this 4.5 hours long video podcast into a mp3 file, then split it into two "
        "files: lots of punctuation was missing toward the end of the transcript",
        "no op",
        probe=Probe(duration=16200.0),
        note="no op: two files from one (an mp3 of each half)",
    ),
    no_op(
        "fresh294-06",
        "convert this call recording to mono: the app splits the speakers between left and "
        "right channels, and Whisper only seems to pick up one channel",
        "no op",
        probe=Probe(duration=1200.0),
        note="no op: no operation mixes the channels down to mono",
    ),
    do(
        "fresh294-07",
        "programmatically remove the noise from this factory recording: the noise is always "
        "there (the sound is stationary) and I can't recognize words",
        [step("audio_denoise")],
        probe=Probe(duration=60.0),
        note="steady noise taken out, any strength",
    ),
    no_op(
        "fresh294-08",
        "extract the most important speaker from this recording with multiple speakers, into a "
        "file for this speaker",
        "needs analysis",
        probe=Probe(duration=600.0),
        note="which parts are that speaker's must be found by speaker diarization",
    ),
    do(
        "fresh294-09",
        "burn these subtitles into this downloaded video with a background that covers it up: "
        "the video already has its own subtitles, or they are too dark",
        [step("subtitles", file=AnyOf("subs.srt", None), background=_BOX)],
        assets=["subs.srt"],
        probe=Probe(duration=600.0, width=1920, height=1080),
        note="the subtitles burned in on a box",
    ),
    ask(
        "fresh294-10",
        "make the scenes of this video where people whisper loud enough for whisper to "
        "recognize: a viewer can hear them clearly, but whisper does not pick up that sound",
        "which parts are the whispering scenes (no times are given)",
        (*WHICH_PART, "scene", "second", "minute"),
        probe=Probe(duration=1800.0),
    ),
    out_of_scope(
        "fresh294-11",
        "transcribe only a section of this 3-hour video with Audio to Text (Whisper), for "
        "example from 01:00:00 to 01:30:00, instead of the entire video",
        "transcription needs speech recognition, and the result is text, not a video",
        probe=Probe(duration=10800.0),
    ),
    out_of_scope(
        "fresh294-12",
        "separate the background music of this video before the speech is recognized, and keep "
        "the background music when the translated video is put together at the end",
        "a video translator's pipeline (separating music from speech, then dubbing)",
        probe=Probe(duration=600.0),
    ),
    out_of_scope(
        "fresh294-13",
        "add slower play speeds to WhisperMate's video player, 0.8, 0.9 and 0.95: there are 1x, "
        "1.25, 1.5, 2x and 4x",
        "a transcription app's playback speeds, not an edit of a file",
        probe=Probe(duration=600.0),
    ),
    out_of_scope(
        "fresh294-14",
        "set the volume of the audio GPT-SoVITS generates: the generated audio is very quiet",
        "a speech generator's volume setting, not an edit of a given file",
        probe=Probe(duration=30.0),
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
