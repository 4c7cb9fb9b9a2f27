"""A hundred-and-fourteenth fresh, held-out collection of real requests (tests/realreq/fresh114.md):
one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh113's, the
rows are short, typical asks, like the development set's; they come from audio, podcast and music
threads about a video's sound: a VEGAS forum, a Creative COW forum, an Adobe community thread, a
musician's blog, a video-podcast producer's article, a podcast editor's tip, a podcast site's pull
request, a YouTube downloader library, a Python video library and a TV app for YouTube. Each case
follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals. An
`[extra input: …]` marker is left out of the request and the files it names are given as assets
instead."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import LOUDER, MP3, MP3_SAVED, SOUND_ALONE, AnyOf, Between, Case, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh114.md")

#: The sound alone saved again as an audio file, after it was extracted.
_AUDIO_FORMAT = maybe(
    step("convert", format=AnyOf("mp3", "m4a", "aac", "wav", "flac", "ogg", "opus"))
)

CASES: tuple[Case, ...] = (
    do(
        "fresh114-01",
        "analyze and apply gain to normalize the audio, for the podcast",
        [step("normalize")],
        note="the sound normalized, any target",
    ),
    do(
        "fresh114-02",
        "convert the webm to an mp3, with good loudness: it is really quiet and weak",
        [anywhere(LOUDER), anywhere(MP3)],
        [anywhere(LOUDER), *MP3_SAVED],
        note="made louder (normalized, or raised by any amount) and saved as an mp3, either order",
    ),
    do(
        "fresh114-03",
        "replace the camcorder's audio of our concert video with the HQ audio recorded "
        "separately on a Zoom H4n",
        [step("replace_audio", file="h4n.wav")],
        assets=["h4n.wav"],
        note="the recorder's sound in place of the camcorder's",
    ),
    do(
        "fresh114-04",
        "fix the slight static in the audio of the captured 8mm footage: when he speaks, static "
        "is intermingled with the speech",
        [step("audio_denoise")],
        note="the sound's static reduced",
    ),
    do(
        "fresh114-05",
        "help with removing the road noise from the video's audio",
        [step("audio_denoise")],
        note="the sound's road noise reduced",
    ),
    do(
        "fresh114-06",
        "take the air handlers' noise out of the talking-head video's audio: we were unable to "
        "turn them off",
        [step("audio_denoise")],
        note="the sound's steady air-handler noise reduced",
    ),
    do(
        "fresh114-07",
        "extract the audio from the video for an audio podcast, at the ideal perceived loudness: "
        "-16 LUFS for a stereo show",
        [anywhere(step("normalize", lufs=-16)), anywhere(SOUND_ALONE), _AUDIO_FORMAT],
        note="normalized to -16 LUFS and the sound alone kept, as any audio file, either order",
    ),
    do(
        "fresh114-08",
        "reduce the long pauses between sentences in the podcast: a gap of a second or more lasts "
        "longer than necessary",
        [step("remove_silence", min_silence=Between(0.8, 1.0))],
        note="the pauses of about a second and longer cut, shorter ones left alone",
    ),
    ask(
        "fresh114-09",
        "add music to the video, which already contains dialogs: overlay the new audio on top of "
        "the existing one",
        "which music (no file is given)",
        ("which music", "what music", "music file", "which file", "file", "which song", "track"),
    ),
    ask(
        "fresh114-10",
        "add the drum machines to the live performance video's audio track, to bring them out more",
        "the drum machines' recording (no file is given)",
        ("which file", "file", "recording", "which track", "audio file", "which"),
    ),
    ask(
        "fresh114-11",
        "sync the audio from my separate Shure SM7B mic with the iPhone video of our two-person "
        "video podcast",
        "the mic's audio file (not given)",
        ("which file", "file", "recording", "audio file", "which audio"),
    ),
    out_of_scope(
        "fresh114-12",
        "add an Audio Normalization feature that measures the loudness of the YouTube video and "
        "normalizes it to a fixed amount",
        "a TV app's playback of every YouTube video it plays, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
