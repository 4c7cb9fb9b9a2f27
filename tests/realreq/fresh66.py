"""A sixty-sixth fresh, held-out collection of real requests (tests/realreq/fresh66.md): one
checkable case a row, encoded the way fresh65.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh65's, the
rows are short, typical asks, like the development set's, about sound and cutting; they come
from GitHub issues of a language-course app, a course platform, a video editor, NewPipe, a
music-practice player, a live-stream recorder, a podcast app, an interview site, a camera demo,
an automatic editor, a video player, a sports-video annotation tool, a drum trainer, a game mod
and a karaoke player, and from a church's blog. Each case follows its row's `expected` column;
`[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the
request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import LOUDER, MP3, SOUND_ALONE, WHOLE, AnyOf, Between, Case, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh66.md")

#: A fade of the sound, or of the sound and the picture together.
_SOUND = AnyOf("audio", "both")

CASES: tuple[Case, ...] = (
    do(
        "fresh66-01",
        "make the recording louder: I have trouble hearing it, even though the volume is set to "
        "the maximum",
        [LOUDER],
        note="louder, by any amount or to a loudness target, all of it",
    ),
    do(
        "fresh66-02",
        "levelize the sound volume of the course video, to prevent manual volume adjustments "
        "when moving from one video to the next",
        [step("normalize")],
        note="the loudness normalized, any target",
    ),
    do(
        "fresh66-03",
        "extract the audio track from the video: it can be analyzed for things like speech to "
        "text transcription or automatic subtitles",
        [SOUND_ALONE],
        note="the sound alone, any audio format",
    ),
    do(
        "fresh66-04",
        "hardcode the subtitles on the video",
        [step("subtitles", file=AnyOf("subs.srt", None))],
        assets=["subs.srt"],
        note="the .srt burned in",
    ),
    do(
        "fresh66-05",
        'add a fade-in and a fade-out when saving the clip: without a fade, it becomes a "watch '
        'the volume" case',
        [
            step("fade", direction="in", target=_SOUND),
            step("fade", direction="out", target=_SOUND),
        ],
        [
            step("fade", direction="out", target=_SOUND),
            step("fade", direction="in", target=_SOUND),
        ],
        note="the sound (or sound and picture) faded in and out, any length, either order",
    ),
    do(
        "fresh66-06",
        "take out the hiss in the recorded sound: when I listen to the recording, the hissing "
        "bothers me",
        [step("audio_denoise")],
        note="the sound's steady hiss reduced",
    ),
    do(
        "fresh66-07",
        "remove the sound from the recorded live stream: it had no mic, only pure music, so there "
        "is not much need for the sound",
        [step("mute")],
        note="no sound track",
    ),
    do(
        "fresh66-08",
        "trim the silent parts of the podcast video: cut out the parts where nobody is talking",
        [step("remove_silence", where="all")],
        note="every silence cut, sound and picture together, any threshold",
    ),
    do(
        "fresh66-09",
        "output an mp3 version of the interview, for listening only",
        [MP3],
        note="the sound alone, as an mp3",
    ),
    do(
        "fresh66-10",
        "speed the recording up to two times the speed",
        [step("speed", factor=2, **WHOLE)],
        note="twice as fast, all of it",
    ),
    do(
        "fresh66-11",
        "trim the silent sections from the beginning and end of the video, without cutting the "
        "silent parts in the middle",
        [step("remove_silence", where="ends")],
        note="only the silences the video starts and ends with",
    ),
    do(
        "fresh66-12",
        "skip the first 30% of the video: it's mainly introduction, sponsors, etc.",
        [step("trim", start=Between(17.5, 18.5), end=None)],
        [step("cut", start=0, end=Between(17.5, 18.5))],
        note="the first 18 s of the 60 s video cut off",
    ),
    do(
        "fresh66-13",
        "add noise reduction to the video: it has background noise",
        [step("audio_denoise")],
        note="the sound's background noise reduced",
    ),
    ask(
        "fresh66-14",
        "slow down a section of the game video: as a sports fan, I want to slow down the action "
        "to critique it",
        "which section (the times), and how slow",
        (*WHICH_PART, "section", "how slow", "how much"),
    ),
    ask(
        "fresh66-15",
        "loop the part of the song from time A to time B: I want to practice a specific part, "
        "the fill",
        "which part (times A and B), and how many times",
        (*WHICH_PART, "how many times", "times", "a and b"),
    ),
    ask(
        "fresh66-16",
        "trim the sermon video at the start and end, and remove the section in the middle where "
        "someone arrived after the sermon had started and was welcomed by the speaker",
        "where the sermon starts and ends, and which section in the middle (the times)",
        (*WHICH_PART, "section", "timestamp", "seconds"),
    ),
    ask(
        "fresh66-17",
        "mute the parts of the video with the main menu music, so the copyright claim disappears",
        "which parts (the times)",
        (*WHICH_PART, "parts", "timestamp", "seconds"),
    ),
    out_of_scope(
        "fresh66-18",
        "turn the vocal off (or reduce it) in the music video, so we can use the original MTV "
        "video for karaoke",
        "taking the singing out of a song (AI source separation)",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
