"""A three-hundred-and-thirty-first fresh, held-out collection of real requests
(tests/realreq/fresh331.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh329's, the
rows are short, typical asks; 14 come from GitHub issues and one from a pianist's blog post
(musicians and the tools they use: SCRecorder, OpenShot, Spleeter, Divine, REAL Video Enhancer,
YPImagePicker, trackfs, music-dl, Beautiful Lyrics, VirtuCamera, Quelea and Falcon Player): a
track merged into a silent recording, a grainy piano video, a guitar video synced to its own
recorder, applause turned down, a seamless loop, a DVD deinterlaced, a clip trimmed to 10
seconds, a concert split into songs, a music video cut to its song, an export's sound off by a
second, an export bug, lyrics rendered as videos, a song played while recording, lyrics fed to
OBS and a light show's sync flash.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh331.md")

_NO_SOUND = {"has_audio": False}

CASES: tuple[Case, ...] = (
    do(
        "fresh331-01",
        "merge this audio track into the recorded video, like Dubsmash: I disabled the audio "
        "when recording it",
        [step("replace_audio", file="track.mp3")],
        [step("add_music", file="track.mp3")],
        assets=["track.mp3"],
        probe=Probe(duration=15.0, width=720, height=1280, **_NO_SOUND),
        note="the track as the silent recording's sound",
    ),
    do(
        "fresh331-02",
        "reduce the graininess of this piano video: I had to zoom my iPhone out to get a full "
        "picture of the keyboard, and zooming out produced a little bit of graininess",
        [step("denoise")],
        probe=Probe(duration=240.0),
        note="the grain taken out of the picture",
    ),
    no_op(
        "fresh331-03",
        "automagically synch up this video of my wife's guitar playing with the separately "
        "recorded high-quality audio track, as PluralEyes does: there's no time code, and it "
        "bugs us when a plucked string doesn't sound when it should",
        "no op: the recorded track lined up with the camera's own sound (found by matching the "
        "two) and used as the video's sound; no operation aligns two recordings",
        assets=["guitar.wav"],
        probe=Probe(duration=240.0),
    ),
    no_op(
        "fresh331-04",
        "separate the applause from this live performance recording so the level of applause "
        "can be adjusted separately: when we record a live performance in the audience, the "
        "applause always covers the music",
        "no op: the applause told apart from the music and turned down; no operation separates "
        "one sound from another",
        probe=Probe(duration=300.0),
    ),
    no_op(
        "fresh331-05",
        "make this clip a seamless audio and video loop, its end joining its beginning: it's an "
        "especially good feature for musicians",
        "no op: the end blended into the beginning, in sound and picture, so it loops without a "
        "jump; loop only plays it again",
        probe=Probe(duration=6.0, width=1080, height=1920),
    ),
    no_op(
        "fresh331-06",
        "remove the interlacing from this interlaced video from a DVD: even where it looks good "
        "frame to frame, it basically keeps the interlacing",
        "no op: deinterlaced; no operation deinterlaces",
        probe=Probe(duration=1500.0, width=720, height=480, fps=29.97),
    ),
    do(
        "fresh331-07",
        "trim this video to 10 seconds no matter its length, like Instagram",
        [step("trim", start=0, end=10)],
        [step("keep_ranges", ranges=[[0, 10]])],
        probe=Probe(duration=45.0, width=1080, height=1920),
        note="the first 10 seconds of the 45 s video kept",
    ),
    ask(
        "fresh331-08",
        "separate this large concert video into tracks, every song as a single file",
        "where each song starts and ends (the cue sheet is not given)",
        ("where", "when", "which", "times", "timestamps", "cue", "start", "each song"),
        probe=Probe(duration=5400.0),
    ),
    ask(
        "fresh331-09",
        "get only the actual song out of this music video: the video is longer than the actual "
        "song, and they have people talking in the beginning or in the middle before the actual "
        "song starts",
        "where the actual song starts and ends (which talking parts to cut)",
        ("where", "when", "which", "times", "timestamps", "start", "how long"),
        probe=Probe(duration=300.0),
    ),
    ask(
        "fresh331-10",
        "fix the sound of this export: I synced a video mp4 without audio (from a Logitech Brio) "
        "and an audio mp3 from a different source perfectly, but in the exported mp4 the sound "
        "is off by close to a second",
        "which way the sound is off (early or late)",
        ("early", "late", "ahead", "behind", "which way", "direction", "lag"),
        probe=Probe(duration=1800.0),
    ),
    out_of_scope(
        "fresh331-11",
        "export my video, a combination of .MOV and .VOB files about 45 min long, without audio "
        "delays: no matter how many times I double check that I've synched the audio precisely, "
        "exporting always takes it out of sync",
        "a video editor's export bug on its own project, not an edit of a given file",
    ),
    out_of_scope(
        "fresh331-12",
        "render the lyrics of different songs to a video file, not a screen recording, with "
        "options like changing the resolution: video editors and content creators often need a "
        "way to show lyrics in their videos",
        "rendering a lyrics app's display of songs as videos, not an edit of a video file",
    ),
    out_of_scope(
        "fresh331-13",
        "play the audio in the edit page while recording, especially for music videos",
        "playing a song while recording camera moves in a 3D program, not an edit of a video file",
    ),
    out_of_scope(
        "fresh331-14",
        "output just the song text from my lyrics projection program to OBS, in a way that "
        "updates automatically, so the words can be placed at the bottom of the screen with the "
        "camera video feed",
        "feeding live lyrics to a streaming program, not an edit of a video file",
    ),
    out_of_scope(
        "fresh331-15",
        "flash a model or pixel of my light show at the start of a sequence, so I precisely know "
        "when it starts and can sync the music and the video recording in post production "
        "editing",
        "a light-show player's recording mode, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
