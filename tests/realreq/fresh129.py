"""A hundred-and-twenty-ninth fresh, held-out collection of real requests
(tests/realreq/fresh129.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh125's, the
rows are short, typical asks, like the development set's; all 15 come from GitHub issues and pull
requests: a YouTube-conversion API, a children's robot's firmware, a Raspberry Pi video looper, a
translated guide's audio, a foundation's podcast, a CRM's promo video, a 3D map's onboarding
videos, a README's screencast GIFs, an online course's lesson video, a sky camera, a social-media
team, a game's README, a Twitch clipper, a phone OS and a gallery app. Each case follows its
row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` rows
refusals of DOABLE asks no operation does. An `[extra input: …]` marker is left out of the
request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import LOUDER, SOUND_ALONE, WHOLE, AnyOf, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh129.md")

#: A smaller-file setting that may come with an export.
_SMALLER = maybe(step("quality", level=AnyOf("small", "balanced"))), maybe(step("compress"))

CASES: tuple[Case, ...] = (
    do(
        "fresh129-01",
        "skip the first 30 seconds of the 120-second video and end it at 90 seconds: I don't "
        "want to convert the whole video",
        [step("trim", start=30, end=90)],
        [step("keep_ranges", ranges=[[30, 90]])],
        [step("cut_ranges", ranges=[[0, 30], [90, 120]])],
        probe=Probe(duration=120.0),
        note="0:30 to 1:30 of the two-minute video kept",
    ),
    no_op(
        "fresh129-02",
        "convert the video from MOV to AVI",
        "no op",
        note="an .avi file; convert writes no AVI (mp4, mov, mkv, ts, webm … only)",
    ),
    do(
        "fresh129-03",
        "make the video repeat 3 times: I want to use this at an exhibition",
        [step("loop", times=3)],
        note="played three times in a row",
    ),
    do(
        "fresh129-04",
        "normalize the audio for a better experience: its volume is excessively low, which makes "
        "it difficult to switch to other audio sources without changing the volume",
        [LOUDER],
        note="a loudness normalization (or any louder level), all of it",
    ),
    do(
        "fresh129-05",
        "cut an audio version of the podcast episode's recording, and compress and normalize it",
        [SOUND_ALONE, step("normalize"), *_SMALLER],
        [step("normalize"), SOUND_ALONE, *_SMALLER],
        probe=Probe(duration=1800.0),
        note="the sound alone and normalized, in either order (a smaller-file setting may come "
        "with it; 'compress' is the sound's dynamics, which no op does)",
    ),
    do(
        "fresh129-06",
        "swap the promo video's soundtrack to a CC0 jazz track: only the audio stream changes, "
        "and the runtime stays 57.5 s",
        [step("replace_audio", file="jazz.mp3")],
        assets=["jazz.mp3"],
        probe=Probe(duration=57.5),
        note="the jazz track as the only sound, the picture and the length kept",
    ),
    do(
        "fresh129-07",
        'slow down the onboarding video: it is far too fast, "like less than half the time than '
        'it should have been"',
        [step("speed", factor=Between(0.3, 0.5), **WHOLE)],
        note="at least twice as long: 0.3x to 0.5x, all of it",
    ),
    do(
        "fresh129-08",
        "render the README GIF from the 30fps screencast at 25fps so the motion reads smoothly: "
        "sampled at 12fps to keep it small, it looked choppy",
        [step("gif", fps=25), maybe(step("resize"))],
        [
            step("fps", fps=25),
            step("gif", fps=AnyOf(25, None)) | step("convert", format="gif"),
            maybe(step("resize")),
        ],
        probe=Probe(duration=15.0, fps=30.0),
        note="a GIF at 25 fps of the 30 fps screencast (a resize may come with it)",
    ),
    no_op(
        "fresh129-09",
        "fix the lesson video: the video appears to be 6 seconds ahead of the audio, the cars "
        'move before Maximilian says "the car could be here, here, here"',
        "no op",
        note="shifting the sound 6 s against the picture; no audio-offset op",
    ),
    ask(
        "fresh129-10",
        'fix the clip of the recording: the video was recorded too fast, giving a "time laps" '
        "effect",
        "how much slower (a factor, or the real length)",
        ("how much", "how many times", "how slow", "factor", "slower", "speed", "real", "length"),
    ),
    ask(
        "fresh129-11",
        "put a music overlay on the Roundal video: need to find royalty free music",
        "which music (the file)",
        ("which music", "music file", "audio file", "which song", "which track", "file", "provide"),
    ),
    ask(
        "fresh129-12",
        "make a GIF animation of the game for the README, so people get the idea very quickly: "
        "under 10 sec",
        "which part of the gameplay video (10 s or less)",
        (*WHICH_PART, "10 sec", "10 s", "which 10", "segment"),
        probe=Probe(duration=120.0),
    ),
    out_of_scope(
        "fresh129-13",
        "add a one-click download of, for instance, the 10 latest VODs in one go: I go through "
        "all my streams and make highlights and videos out of them",
        "downloading a channel's VODs from Twitch, not an edit of a given file",
    ),
    out_of_scope(
        "fresh129-14",
        "add an option to rotate videos in the stock gallery app",
        "a feature of a phone's gallery app, not an edit of a given file",
    ),
    out_of_scope(
        "fresh129-15",
        "make a video slideshow from photos and some music: I'm not talking about serious video "
        "editing, just a small nice feature",
        "making a video from photos (a gallery app's feature), not an edit of a given video",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
