"""An eighty-sixth fresh, held-out collection of real requests (tests/realreq/fresh86.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh85's, the
rows are short, typical asks, like the development set's; all 14 come from GitHub issues and pull
requests about projects' own videos: README GIFs and demo videos, docs screencasts, a YouTube
introduction, a testimonial video, a lab's how-to video and a learning path's narrated videos.
Each case follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals.
An `[extra input: …]` marker is left out of the request and the files it names are given as
assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import GIF, WHOLE, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh86.md")

#: The result kept an animated GIF, by the gif operation or as a format.
_AS_GIF = maybe(GIF)

CASES: tuple[Case, ...] = (
    do(
        "fresh86-01",
        "the quick video on joining the early access program doesn't need a voice over: throw "
        "some music on there",
        [step("add_music", file="music.mp3", **WHOLE)],
        [step("replace_audio", file="music.mp3")],
        assets=["music.mp3"],
        note="the music under the whole how-to video (mixed in, or as its sound)",
    ),
    do(
        "fresh86-02",
        "shorten the screencast a bit and cut it off at 2:36",
        [step("trim", start=0, end=156)],
        [step("cut", start=156, end=Between(179.9, 180))],
        probe=Probe(duration=180.0),
        note="the 3 minute screencast's first 2:36 kept",
    ),
    do(
        "fresh86-03",
        "use a GIF of the video in the README instead of the MP4",
        [GIF],
        note="the video as an animated GIF",
    ),
    do(
        "fresh86-04",
        "make the audio of my video louder, the volume x5: my audio is clearly the quietest",
        [
            step("volume", percent=Between(450, 550), **WHOLE)
            | step("volume", db=Between(13, 15), **WHOLE)
        ],
        note="five times the level (about +14 dB), all of it",
    ),
    do(
        "fresh86-05",
        "remove the background audio of the video and lower its bitrate, a bit too high for the "
        "web, keeping the dimensions and the 60fps framerate",
        [
            anywhere(step("mute")),
            anywhere(step("quality", level="small") | step("compress")),
        ],
        probe=Probe(fps=60.0),
        note="no sound, a smaller file; the size and the 60 fps kept",
    ),
    do(
        "fresh86-06",
        "remove the noise from the YouTube introduction video: the sound was quite noisy",
        [step("audio_denoise")],
        note="the sound's noise reduced, any strength",
    ),
    do(
        "fresh86-07",
        "downsize the gif in the README from 2664x1372 to 888x457: its huge resolution almost "
        "crashed my chrome on the first visit",
        [
            step("resize", width=888, height=AnyOf(457, None))
            | step("resize", height=457, width=None)
            | step("resize", lines=457)
            | step("resize", percent=Between(33, 34)),
            _AS_GIF,
        ],
        probe=Probe(width=2664, height=1372),
        note="a third of the size, 888x457 (a GIF may be written as one)",
    ),
    do(
        "fresh86-08",
        "make a smaller screencast gif, about 1MB if possible: 3+ MB is too big",
        [
            step("compress", max_mb=Between(0.8, 1.2)),
            _AS_GIF,
            maybe(step("resize")),
        ],
        note="the file under about 1 MB (a smaller picture may come with it)",
    ),
    do(
        "fresh86-09",
        "re-cut the README video to start after its 0.6 second fade from black: GitHub's inline "
        "player shows frame zero, so it shows a black box",
        [step("trim", start=Between(0.5, 0.7), end=None)],
        [step("remove_black", where=AnyOf("start", "ends"))],
        note="the first 0.6 s (the fade from black) cut off, the rest kept",
    ),
    do(
        "fresh86-10",
        "slow down the gif in the README: it plays incredibly fast, and I can't read the text "
        "because of the speed; it needs a 5-10x slowdown to be useful",
        [step("speed", factor=Between(0.1, 0.2), **WHOLE), _AS_GIF],
        note="five to ten times slower, all of it",
    ),
    ask(
        "fresh86-11",
        "add subtitles to the testimonial video from overseas users: we share one on social "
        "media every week",
        "which subtitles (no subtitle file or words are given)",
        (
            "subtitle file",
            "which subtitle",
            "srt",
            "vtt",
            "captions file",
            "what text",
            "what should",
            "words",
            "transcript",
            "file",
        ),
    ),
    ask(
        "fresh86-12",
        "edit out the end of the DNA isolation video (the part with opening the beer) to make it "
        "more family friendly",
        "where that part starts (when the beer is opened)",
        (*WHICH_PART, "how much", "second", "timestamp"),
    ),
    ask(
        "fresh86-13",
        're-record the entire audio of the primer video (about 18 sec): instead of saying "This '
        'is the fifth video, in a five video series about inner source" it should say "This is '
        'the last of the four video sections about inner source"',
        "the new recording (a sound file with the re-recorded narration)",
        (
            "recording",
            "audio file",
            "sound file",
            "narration",
            "voice",
            "which audio",
            "file",
            "record",
        ),
    ),
    out_of_scope(
        "fresh86-14",
        "rerecord the README screencast with a zoomed in prompt: it's way too small, who's "
        "supposed to be able to read that?",
        "a new screen recording (the prompt zoomed in while recording), not an edit of the file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
