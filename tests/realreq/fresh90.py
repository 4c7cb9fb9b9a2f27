"""A ninetieth fresh, held-out collection of real requests (tests/realreq/fresh90.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh89's, the
rows are short, typical asks, like the development set's; 9 come from GitHub issues of a
conference's video team, a video player, an Android video editor, an ffmpeg wrapper, an OBS
playlist plugin, OpenShot, a recorder library, a camera library and a capture card's driver, and
3 from blogs. Each case follows its row's `expected` column; `[out of scope]` rows are
OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the request and the files it
names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import MP3, MP3_SAVED, VERTICAL, WHOLE, AnyOf, Between, Case, anywhere, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh90.md")

#: A crossfade or another fade between two clips.
_FADES = AnyOf("fade", "fadeblack", "fadewhite", "dissolve", "fadeslow", "fadefast")

CASES: tuple[Case, ...] = (
    do(
        "fresh90-01",
        "put the presentation over the upper left corner of the camera video: sometimes there is "
        "relevant content in the bottom right of the slides",
        [step("pip", file="slides.mp4", position="top-left")],
        assets=["slides.mp4"],
        note="the slides in the camera video's top-left corner, any size",
    ),
    do(
        "fresh90-02",
        "play the video backwards: the idea is to create some kind of boomerang playback effect",
        [step("reverse")],
        note="played backwards",
    ),
    do(
        "fresh90-03",
        "export the audio track of the video directly as an MP3 file: it eliminates the need for "
        "external audio extraction tools",
        [MP3],
        MP3_SAVED,
        note="the sound alone, as an mp3",
    ),
    do(
        "fresh90-04",
        "play the narrow video with the same video behind it, wider and blurred, like YouTube does",
        [step("blur_fill", aspect="16:9")],
        probe=VERTICAL,
        note="the vertical video fitted into 16:9 with a blurred copy behind it",
    ),
    do(
        "fresh90-05",
        "rotate the video 90 degrees clockwise for YouTube: I recorded it in portrait format "
        "accidentally, with a digital camera",
        [step("rotate", degrees=90)],
        note="a quarter turn clockwise",
    ),
    do(
        "fresh90-06",
        "boost the audio of the interview by another 12 dB: the boxer is soft-spoken and the audio "
        "is so faint it won't play back",
        [
            step("volume", db=Between(11.5, 12.5), **WHOLE)
            | step("volume", percent=Between(350, 420), **WHOLE)
        ],
        note="12 dB louder (about 4x the level), all of it",
    ),
    do(
        "fresh90-07",
        "replace the snorkeling video's sound with the ocean sounds: the audio from the GoPro in "
        "its water tight housing was a total loss",
        [step("replace_audio", file="ocean.wav")],
        [anywhere(step("mute")), step("add_music", file="ocean.wav")],
        assets=["ocean.wav"],
        note="the camera's sound replaced by the ocean sounds",
    ),
    do(
        "fresh90-08",
        "join the videos with a fade transition between them: it is very useful for highlights",
        [
            step(
                "transition",
                clips=AnyOf(["clip2.mp4"], []),
                at="end",
                style=_FADES,
            )
        ],
        assets=["clip2.mp4"],
        note="clip2 after the video with a fade between them, any length",
    ),
    ask(
        "fresh90-09",
        "export the piece of audio with a really great candid comment, so I can reuse it in "
        "another project",
        "which part (the start and end of the comment)",
        WHICH_PART,
    ),
    ask(
        "fresh90-10",
        "crop the recorded video",
        "which area (or which part)",
        ("which", "area", "part", "size", "aspect", "where", "how much", "region", "what"),
    ),
    ask(
        "fresh90-11",
        "add text as a watermark on the video, like a drawable",
        "which text (the words)",
        ("which text", "what text", "the text", "text", "words", "what should"),
    ),
    out_of_scope(
        "fresh90-12",
        "get the capture card to flip the image 180 degrees before compression: a lot of our "
        "cameras are mounted on the ceiling",
        "a setting of a DVR capture card's live encoding of its cameras, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
