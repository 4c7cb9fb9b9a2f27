"""A fiftieth fresh, held-out collection of real requests (tests/realreq/fresh50.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh49's, the
rows are short, typical asks, like the development set's, most of them on sound and cutting;
all 17 come from GitHub issues of camera and recording apps, game capture tools, a story editor,
a media transcoder, a video editor, an ffmpeg wrapper, a Discord clip compressor, a camera NVR, a
downloader, a browser video editor, a Twitch bot and a lecture recorder. Each case follows its
row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]`
marker is left out of the request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import LOUDER, WHOLE, AnyOf, Below, Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh50.md")


CASES: tuple[Case, ...] = (
    do(
        "fresh50-01",
        "make the video without audio: it's for recordings where you try to preserve the privacy "
        "of people speaking close by",
        [step("mute")],
        note="no sound track",
    ),
    do(
        "fresh50-02",
        "mute the audio track of the video: it has sound I don't want in the final output of the "
        "story",
        [step("mute")],
        note="no sound track",
    ),
    do(
        "fresh50-03",
        "adjust the sound volume in the video: the sound of my recording is very quiet (almost "
        "inaudible at my default volume)",
        [LOUDER],
        note="louder, by any amount or to a loudness target, all of it",
    ),
    do(
        "fresh50-04",
        "turn the volume of the game clip down: the game is incredibly loud in it, despite being "
        "normal for my own use",
        [step("volume", percent=Below(100), **WHOLE) | step("volume", db=Below(0), **WHOLE)],
        note="quieter, by any amount, all of it",
    ),
    do(
        "fresh50-05",
        "normalize the loudness of the video: I'm always frustrated when I have to turn up one "
        "episode and then another way down because the volumes are extremely different",
        [step("normalize")],
        note="normalized to any loudness target",
    ),
    do(
        "fresh50-06",
        "reduce the background noise: the recorded video has annoying background noise",
        [step("audio_denoise")],
        note="the sound's steady background noise reduced",
    ),
    do(
        "fresh50-07",
        "fade the audio volume out at the end of the movie: right now the audio suddenly stops",
        [step("fade", direction="out", target="audio")],
        note="the sound faded out at the end, any length; the picture not faded",
    ),
    do(
        "fresh50-08",
        "the video is longer than 30 seconds: trim it to 30 seconds",
        [step("trim", start=0, end=30)],
        [step("keep_ranges", ranges=[[0, 30]])],
        note="the first 30 seconds of the 60 s video kept",
    ),
    do(
        "fresh50-09",
        "trim my 1 minute clip to start at 0:45 and end at 0:57: I almost never include the first "
        "3/4ths or the last few seconds",
        [step("trim", start=45, end=57)],
        [step("keep_ranges", ranges=[[45, 57]])],
        note="0:45 to 0:57 of the 60 s clip kept",
    ),
    do(
        "fresh50-10",
        "cut off the start of the event clip: it begins 20 mins before the actual event",
        [step("trim", start=1200, end=AnyOf(None, 1500)) | step("cut", start=0, end=1200)],
        probe=Probe(duration=1500.0),
        note="the first 20 minutes of the 25 min clip removed, the rest kept",
    ),
    do(
        "fresh50-11",
        "for this 3 hour video I want the first and last 30 minutes of the entire video in a "
        "single 1 hour video",
        [step("keep_ranges", ranges=[[0, 1800], [9000, 10800]])],
        [step("cut", start=1800, end=9000)],
        [step("cut_ranges", ranges=[[1800, 9000]])],
        probe=Probe(duration=10800.0),
        note="0:00-0:30:00 and 2:30:00-3:00:00 kept and joined, one hour in all",
    ),
    do(
        "fresh50-12",
        "automatically remove the silent gaps and pauses from the video: trimming them manually is "
        "very time-consuming",
        [step("remove_silence", where="all")],
        note="every silence cut out, sound and picture together",
    ),
    do(
        "fresh50-13",
        "merge the separately recorded audio into the video file: the camera software does not "
        "record audio",
        [step("replace_audio", file="audio.wav") | step("add_music", file="audio.wav", **WHOLE)],
        assets=["audio.wav"],
        probe=Probe(has_audio=False),
        note="the recorded sound laid under the silent video, any level",
    ),
    ask(
        "fresh50-14",
        "trim the video: it has too long intro/outro",
        "how much to trim (the start and end times)",
        (*WHICH_PART, "how much", "how long", "how many seconds"),
    ),
    ask(
        "fresh50-15",
        "cut the participants' contributions, with the lecturer's answers to them, out of the "
        "lecture recording, for data protection reasons",
        "which parts (when the contributions are)",
        (*WHICH_PART, "parts", "timestamps"),
    ),
    ask(
        "fresh50-16",
        "export the portion of the recording where we picked up 2 foxes in our backyard last "
        "night, to share with friends / family",
        "which part (its start and end)",
        (*WHICH_PART, "portion", "timestamps"),
    ),
    out_of_scope(
        "fresh50-17",
        "add noise reduction to my incoming audio stream so that I can enhance the audio "
        "detection hit rate: my outdoor camera picks up ambient noise and wind noise",
        "a noise-reduction pre-pass on a live camera stream for its audio detectors, not an edit "
        "of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
