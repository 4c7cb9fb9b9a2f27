"""A fifty-eighth fresh, held-out collection of real requests (tests/realreq/fresh58.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh57's, the
rows are short, typical asks, like the development set's, one or two edits each, mostly of sound
and cutting; two come from forum threads (DVinfo, VEGAS) and twelve from GitHub issues and a
pull request's comments of a lecture streaming site, a diary app, a browser speed extension, a
camera library, a sound-card recorder, a podcast tool, a Raspberry Pi camera, an Insta360 file
tool, a browser video editor, a robot-soccer team's tools, a video series and a microphone mute
utility. Each case follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE
refusals. An `[extra input: …]` marker is left out of the request and the files it names are
given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import LOUDER, SOUND_ALONE, WHOLE, AnyOf, Case, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh58.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh58-01",
        "reduce the background noise in the woodland footage: there is a lot of wind noise, the "
        "rustling of leaves in the trees, and at times the narration is slightly overpowered by it",
        [step("audio_denoise")],
        note="the sound's background noise reduced, any strength",
    ),
    do(
        "fresh58-02",
        "reverse the clip and not have the duration change",
        [step("reverse")],
        note="played backwards at its own speed",
    ),
    do(
        "fresh58-03",
        "normalize the volume of the lecture recording: the range of the volume varies across "
        "recordings, which leads to a poorer user experience",
        [step("normalize")],
        note="the loudness normalized, any target",
    ),
    do(
        "fresh58-04",
        "mute this recording: it has weird audio",
        [step("mute")],
        note="no sound",
    ),
    do(
        "fresh58-05",
        "cut out the silent parts of the video to save listening time, as Google Podcasts and "
        "Pocket Casts do",
        [step("remove_silence", where="all")],
        note="every silence cut, any threshold",
    ),
    do(
        "fresh58-06",
        "enhance the audio of the recorded video: it still has low volume audio",
        [LOUDER],
        note="louder, any amount, all of it (or normalized)",
    ),
    do(
        "fresh58-07",
        "apply a fade-in for the first 3 seconds, or just don't keep the first 3 seconds",
        [step("fade", direction="in", duration=3, target=AnyOf("audio", "both"))],
        [step("trim", start=3, end=None)],
        note="a 3 s fade in of the sound (and picture), or the first 3 s cut off",
    ),
    do(
        "fresh58-08",
        "make an audio only version of the conference talk: I like to listen to conference "
        "talks as an audio only feed on my phone",
        [SOUND_ALONE],
        note="the sound alone, any audio format",
    ),
    do(
        "fresh58-09",
        "clean up the sound of my video of squirrels and birds in the garden: there is a lot of "
        "noise recorded in the video, and I have to clean it in Audacity to get a decent, clear "
        "sound",
        [step("audio_denoise")],
        note="the sound's noise reduced, any strength",
    ),
    do(
        "fresh58-10",
        "concatenate the short clips I captured throughout the day into a single longer video "
        "for the day",
        [step("join", clips=AnyOf(["clip2.mp4", "clip3.mp4"], []), at="end")],
        assets=["clip2.mp4", "clip3.mp4"],
        note="the two other clips after the video, in the order given",
    ),
    do(
        "fresh58-11",
        "mix a separate background music file with the video",
        [step("add_music", file="music.mp3", **WHOLE)],
        assets=["music.mp3"],
        note="the music under the video's own sound, any level, all of it",
    ),
    ask(
        "fresh58-12",
        "make a smaller clip of the larger replay, to make it more shareable",
        "which part of the replay to keep (where it starts and ends)",
        ("which part", "which", "where", "when", "start", "end", "range", "time", "how long"),
    ),
    ask(
        "fresh58-13",
        "add an intro theme tune to the video, one we can re-use for the series",
        "which music (no file is given)",
        ("which music", "what music", "music file", "audio file", "which file", "which", "file"),
    ),
    out_of_scope(
        "fresh58-14",
        "add noise suppression to my microphone for in-game voice, which doesn't have audio "
        "noise suppression like Discord",
        "live noise suppression of a microphone in game voice chat, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
