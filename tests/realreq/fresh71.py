"""A seventy-first fresh, held-out collection of real requests (tests/realreq/fresh71.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh69's, the
rows are short, typical asks, like the development set's; all 17 come from GitHub issues and pull
requests, most about sound, of screen and webcam recorders, a screen-recording editor, a video
editor, a video platform, a speech-to-text SDK, a website's blog video, a course's lecture videos
and a workshop's lab video. Each case follows its row's `expected` column; `[out of scope]` rows
are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the request and the files
it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import WHOLE, AnyOf, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh71.md")

#: The sound made louder, all of it: by a percentage or by decibels.
_LOUDER = step("volume", percent=Between(101, 1000), **WHOLE) | step(
    "volume", db=Between(0.1, 30), **WHOLE
)

#: Three times as loud: 300% of the level, about +9.5 dB.
_TIMES_3 = step("volume", percent=Between(280, 320), **WHOLE) | step(
    "volume", db=Between(8.9, 10.1), **WHOLE
)

#: Any audio file, by the extraction or by a conversion.
_AUDIO = step("extract_audio") | step(
    "convert", format=AnyOf("mp3", "m4a", "aac", "wav", "flac", "opus", "ogg")
)

CASES: tuple[Case, ...] = (
    do(
        "fresh71-01",
        "mute the audio inside the recorded video for the checkout blog post: there is white "
        "noise in the recorded video",
        [step("mute")],
        note="no sound at all",
    ),
    do(
        "fresh71-02",
        "make the recorded video not include the audio track content",
        [step("mute")],
        note="the audio track left out",
    ),
    do(
        "fresh71-03",
        "make it a silent screen recording: it is a short demo video to attach to a GitHub pull "
        "request, where audio isn't needed",
        [step("mute")],
        note="no sound at all",
    ),
    do(
        "fresh71-04",
        "add the audio of the meeting to the screen recording I already saved: I mistakenly chose "
        'the "No Audio" option during the recording',
        [
            step("replace_audio", file="meeting.m4a")
            | step("add_music", file="meeting.m4a", **WHOLE)
        ],
        assets=["meeting.m4a"],
        probe=Probe(has_audio=False),
        note="the meeting's sound laid under the silent recording, all of it",
    ),
    do(
        "fresh71-05",
        "take the noises out of the voice in the lecture recording: noises are mixed to the "
        "voice, which makes it hard to increase the volume",
        [step("audio_denoise"), maybe(_LOUDER | step("normalize"))],
        note="the sound's background noise reduced (a louder level may follow)",
    ),
    do(
        "fresh71-06",
        "remove the noise around me from the video I recorded: it is too serious",
        [step("audio_denoise")],
        note="the sound's background noise reduced",
    ),
    do(
        "fresh71-07",
        "add the mp3 file to the screen capture video before saving it: I captured the screen "
        "with the microphone audio",
        [step("add_music", file="audio.mp3", **WHOLE) | step("replace_audio", file="audio.mp3")],
        assets=["audio.mp3"],
        note="the mp3 laid into the recording's sound (mixed under the microphone, or instead)",
    ),
    do(
        "fresh71-08",
        "play my own music file with the video I recorded",
        [step("add_music", file="music.mp3", **WHOLE) | step("replace_audio", file="music.mp3")],
        assets=["music.mp3"],
        note="the music file playing with the video, all of it",
    ),
    do(
        "fresh71-09",
        "cut the silent stretches out of the long recording, but leave silences shorter than a "
        "second alone: cutting every small breath makes speech sound unnatural",
        [step("remove_silence", min_silence=Between(0.9, 1.1), where="all")],
        note="every silence of a second or more cut, the shorter ones kept",
    ),
    do(
        "fresh71-10",
        'export the audio only: the "Audio Only" export still just gives an mp4 video file',
        [_AUDIO],
        note="the sound alone, as an audio file (any audio format)",
    ),
    do(
        "fresh71-11",
        "turn the MS Teams call recording into audio for the batch transcription: it supports "
        "only mp3, ogg and wav formats, and the recording is mp4",
        [
            step("extract_audio", format=AnyOf("mp3", "ogg", "wav"))
            | step("convert", format=AnyOf("mp3", "ogg", "wav"))
        ],
        note="the sound alone, as an mp3, ogg or wav file",
    ),
    do(
        "fresh71-12",
        "normalize the volume of the imported video: it may need a gain boost to sound loud enough",
        [step("normalize") | _LOUDER],
        note="the loudness normalized (or the sound made louder), all of it",
    ),
    do(
        "fresh71-13",
        "make the screen recording's audio three times as loud: I recorded with the master "
        "volume set to 35, and the audio is too quiet",
        [_TIMES_3],
        note="300% of the level (about +9.5 dB), all of it",
    ),
    ask(
        "fresh71-14",
        "add a voice-over on the lab video",
        "which voice-over (no recording is given)",
        ("which", "voice-over", "voiceover", "voice over", "recording", "file"),
    ),
    ask(
        "fresh71-15",
        "delete the X first and last frames of the recorded gif, as ScreenToGif lets one edit the "
        "gif once recorded",
        "how many frames (X is not given)",
        ("how many", "frames", "how much", "number", "seconds", "how long"),
    ),
    ask(
        "fresh71-16",
        "mute the beep sound at the start and at the end of the recorded webcam video",
        "how long the beeps last (the times to mute)",
        ("how long", "when", "where", "which part", "time", "seconds", "duration", "start", "end"),
    ),
    out_of_scope(
        "fresh71-17",
        "record the video with only the internal sound, without the sound from the microphone, "
        "for example the sound of a YouTube video",
        "a screen recorder's capture setting; the microphone cannot be taken out of a recording's "
        "mixed sound",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
