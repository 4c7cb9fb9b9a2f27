"""A three-hundred-and-sixtieth fresh, held-out collection of real requests
(tests/realreq/fresh360.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh357's, the
rows are short, typical asks; 11 come from GitHub issues and four from web pages (accessibility
and sound: a MOOC blog, the WCAG repository, a church video producer, Shotcut, Wick Editor,
Pharyngula, a ComfyUI node, a church mission, other_video_transcoding, SponsorBlock,
OpenShot, a YouTube extension, ReVanced and mpc-qt): a lesson made louder for a bus, an audio
description ducked under, open captions burned in for Facebook, noise suppressed like Audacity,
a standalone audio track, a phase-cancelled mix, music taken from under a
voice, captions with no subtitle file, a text subtitle track burned in with no file, a music-only
section and a loud section with no times, a narration recorder, a mono playback option, a volume
button and an AI voice-over in a player.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import LOUDER, SOUND_ALONE, AnyOf, Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh360.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh360-01",
        "make the volume of this video lesson higher: it is not really audible, especially when I "
        "am in noisy public transportation",
        [LOUDER],
        probe=Probe(duration=3000.0),
        note="louder, by any amount, or normalized",
    ),
    do(
        "fresh360-02",
        "add this audio description to the video without extending the overall timeline: duck "
        "the program audio to allow the description to be heard",
        [step("add_music", file="description.mp3", duck=True)],
        assets=["description.mp3"],
        probe=Probe(duration=180.0),
        note="the description mixed in, the program sound ducked under it",
    ),
    do(
        "fresh360-03",
        "give the version of this devotion video that gets posted to Facebook open captions, "
        "burned in to the video file, so they are part of the video and can't be turned off",
        [step("subtitles", file=AnyOf("captions.srt", None))],
        assets=["captions.srt"],
        probe=Probe(duration=600.0),
        note="the captions burned into the picture",
    ),
    do(
        "fresh360-04",
        "suppress the noise in this video's audio, like Audacity's noise reduction: we get good "
        "results there when selecting a few seconds of pure noise",
        [step("audio_denoise")],
        probe=Probe(duration=300.0),
        note="the steady noise taken out of the sound",
    ),
    do(
        "fresh360-05",
        "export the audio track of this video as a standalone file",
        [SOUND_ALONE],
        probe=Probe(duration=60.0),
        note="the sound alone",
    ),
    no_op(
        "fresh360-06",
        "fix the audio of this video: it sounded fine to me, but I got a lot of complaints that "
        "the audio sucked, and when I listened on my iPhone it did; I got suggestions that it was "
        "a phase cancellation problem",
        "no op: the out-of-phase channel inverted (or one channel kept); no operation inverts or "
        "picks a channel",
        probe=Probe(duration=1200.0),
    ),
    no_op(
        "fresh360-07",
        "disable the background music of this video but maintain the voice speaking",
        "no op: the voice separated from the music; no operation separates speech from music",
        probe=Probe(duration=60.0),
    ),
    no_op(
        "fresh360-08",
        "add captions to this church video: without captions it can alienate deaf and hard of "
        "hearing people",
        "no op: captions transcribed from the speech and burned in; no operation transcribes",
        probe=Probe(duration=1800.0),
    ),
    ask(
        "fresh360-09",
        "burn in the text based subtitles this video has, like image based subtitles can be: it "
        "makes my wife happy when subtitles just magically show up when they are supposed to",
        "the subtitle file (the subtitles are a text track inside the video; none is given)",
        ("subtitle file", "srt", "vtt", "which subtitle", "subtitle track", "separate file"),
        probe=Probe(duration=2700.0),
    ),
    ask(
        "fresh360-10",
        "mute the over a minute of this 2:30 video that has only music (horrible, in my opinion): "
        "I don't want to skip the section entirely because it has value relevant to the video's "
        "topic, and I don't want to miss the narration when the author talks again",
        "where the music-only section starts and ends (no times are given)",
        WHICH_PART,
        probe=Probe(duration=150.0),
    ),
    ask(
        "fresh360-11",
        "dip the audio of the section of this video that is obnoxiously loud to 30%: it risks "
        "damaging speakers and headphones, and even hearing",
        "which section is the loud one (no times are given)",
        WHICH_PART,
        probe=Probe(duration=300.0),
    ),
    out_of_scope(
        "fresh360-12",
        "let me do voice over narrations of the video, like Filmora and VideoPad: a window with "
        "the video and a record button, so narration can go at specific places in the video, "
        "like subtitles",
        "recording a narration in an editor, not an edit of a video file",
    ),
    out_of_scope(
        "fresh360-13",
        "introduce a mono audio option for videos with a missing audio channel, or audio "
        "constantly going between channels: it is prominent in tutorial videos and lectures",
        "a browser extension's playback option, not an edit of a video file",
    ),
    out_of_scope(
        "fresh360-14",
        "add a button next to the subtitle button that amplifies the video volume by 2x: some "
        "YouTube videos have very low volume, even if you turn the phone's speaker all the way up "
        "you cannot hear well",
        "a YouTube app's playback button, not an edit of a video file",
    ),
    out_of_scope(
        "fresh360-15",
        "export a dubbed voice over inside this video file, like ALLPlayer's AI Voice-Over, which "
        "generates natural-sounding narration for videos",
        "a player generating an AI narration, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
