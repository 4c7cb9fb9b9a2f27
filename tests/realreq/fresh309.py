"""A three-hundred-and-ninth fresh, held-out collection of real requests
(tests/realreq/fresh309.md): one checkable case a row, encoded the way fresh305.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh305's, the
rows are short, typical asks; 16 come from GitHub issues and one from a music school's audition
page (musicians and audio people working to picture: Moldeo, FreeShow, EpMedia, Bili23-Downloader,
MIDIVisualizer, OpenShot, auto-editor, nightcoreify, Mp4Composer, LMMS, GLava, a remix editor and
MuseScore): a song added to a silent render, a background loop faded in and out, music looped
under a longer video, only the music kept, a piano-roll video turned sideways, a video joined to
its own mp3, an audition video compressed, picture and sound offset by frames or by 1.4 seconds,
a spectrum drawn over the picture, sound "ever so slightly" off, a gap of some seconds, a blurred
background like an unseen picture, a video player in a DAW, a visualizer, a remix and a score
rendered as videos.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import SOUND_ALONE, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh309.md")

_SMALL = step("quality", level="small")
_SMALLER_1080 = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))
_NO_SOUND = {"has_audio": False}

CASES: tuple[Case, ...] = (
    do(
        "fresh309-01",
        "add a sound file to this video render: the song or sound I select, added to the visual",
        [step("replace_audio", file="song.mp3")],
        [step("add_music", file="song.mp3")],
        assets=["song.mp3"],
        probe=Probe(duration=120.0, width=1280, height=720, **_NO_SOUND),
        note="the chosen song as the silent render's sound",
    ),
    do(
        "fresh309-02",
        "add a fade in and a fade out to this 10 second background loop video of a lyric show: "
        "it stutters every 10 seconds because it starts over, and worshippers notice the stutter "
        "every time a loop cycle is completed",
        [anywhere(step("fade", direction="in")), anywhere(step("fade", direction="out"))],
        probe=Probe(duration=10.0, **_NO_SOUND),
        note="faded in at the start and out at the end",
    ),
    do(
        "fresh309-03",
        "the video is longer than the audio: make the music play in a loop",
        [step("add_music", file="music.mp3")],
        [step("replace_audio", file="music.mp3")],
        assets=["music.mp3"],
        probe=Probe(duration=60.0, width=720, height=1280),
        note="the music, looped (the default), under the whole video",
    ),
    do(
        "fresh309-04",
        "get only the music out of this video instead of the whole video with image parts",
        [SOUND_ALONE],
        probe=Probe(duration=240.0),
        note="the sound alone",
    ),
    do(
        "fresh309-05",
        "make this MIDI visualizer video horizontal, more like the piano roll MIDI editors so "
        "many of us are used to using in our DAWs: rotate it so that the notes scroll from right "
        "to left",
        [step("rotate", degrees=90)],
        probe=Probe(duration=180.0, fps=60.0),
        note="a quarter turn clockwise: notes falling from the top then move right to left",
    ),
    do(
        "fresh309-06",
        "combine this video with the mp3 audio I made of its sound: I can edit the video but the "
        "audio disappears, and when I export as mp4 all I get is video",
        [step("replace_audio", file="audio.mp3")],
        [step("add_music", file="audio.mp3")],
        assets=["audio.mp3"],
        probe=Probe(duration=120.0, **_NO_SOUND),
        note="the mp3 as the silent video's sound",
    ),
    do(
        "fresh309-07",
        "compress this audition video to make it easier and quicker to upload: it is quite large "
        "(>50MB)",
        [step("compress", max_mb=Between(1, 50)), maybe(_SMALLER_1080)],
        [_SMALL, maybe(_SMALLER_1080)],
        [_SMALLER_1080, _SMALL],
        probe=Probe(duration=180.0),
        note="a smaller file: under 50 MB, or a smaller quality",
    ),
    no_op(
        "fresh309-08",
        "offset this video by a constant 5 frames against the audio: I record my videos with "
        "external audio, so sometimes the files have different start times",
        "no op: the picture shifted 5 frames against the sound; no operation offsets the sound",
        probe=Probe(duration=600.0, fps=25.0),
    ),
    no_op(
        "fresh309-09",
        "fix the synchronisation of this exported video: the sound is nearly 1,4 seconds late",
        "no op: the sound moved about 1.4 s earlier; no operation offsets the sound",
        probe=Probe(duration=300.0),
    ),
    no_op(
        "fresh309-10",
        "use the audio track of this video to output a video graph of the fft, and combine the "
        "main video and the visualization into one",
        "no op: a graph of the sound's spectrum drawn over the picture",
        probe=Probe(duration=180.0),
    ),
    ask(
        "fresh309-11",
        "fix this exported video: the audio is EVER SO SLIGHTLY off",
        "by how much, and which way (early or late)",
        ("how much", "how many", "early", "late", "ahead", "behind", "milliseconds"),
        probe=Probe(duration=600.0),
    ),
    ask(
        "fresh309-12",
        "add a gap of a number of seconds before the start of this MIDI visualization, to avoid "
        "a beginning where the notes start at 0:00 (it might be useful for video creators)",
        "how many seconds (none are given)",
        ("how many", "how long", "seconds"),
        probe=Probe(duration=180.0, fps=60.0, **_NO_SOUND),
    ),
    ask(
        "fresh309-13",
        "blur the background of this video like this (a picture that is not given)",
        "what it should look like: what is blurred and in what shape (the example is not given)",
        ("aspect", "ratio", "example", "picture", "image", "shape", "what should"),
        probe=Probe(duration=30.0, width=720, height=1280),
    ),
    out_of_scope(
        "fresh309-14",
        "play back a video to my track in LMMS for making music to visuals, something like "
        "Cubase: the video synchronized with my track, maybe a timer under the video",
        "a video player in a music program, not an edit of a video file",
    ),
    out_of_scope(
        "fresh309-15",
        "take this audio file and export a video of the visualization with the audio",
        "rendering an audio visualizer to a video, not an edit of a video file",
    ),
    out_of_scope(
        "fresh309-16",
        "make an mp4 file of my remix, which has a black background or what happens when you "
        "press play normally (preferably the latter), so I can upload it to YouTube",
        "rendering a remix editor's playback as a video, not an edit of a video file",
    ),
    out_of_scope(
        "fresh309-17",
        "export this score as an mp4 file, where each page is shown in sync with the music, with "
        "black bars on the sides if necessary",
        "rendering a score as a video in a notation program, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
