"""A three-hundred-and-forty-seventh fresh, held-out collection of real requests
(tests/realreq/fresh347.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh345's, the
rows are short, typical asks of language teachers and learners; 10 come from GitHub issues
(egghead, Subtitle Edit, Invidious, DashPlayer, NoSub, NewPipe, SignIt, Dialect, LLPlayer and
Knowclip) and five from web pages (two blog posts that made study mp3s, two lesson plans and a
method guide): a video slowed to .75x or .80x for non-native speakers, the sound as an mp3 for
transcription, for German pronunciation and for English study on a CD player, students' dialogue
put in place of a film clip's sound, a clip muted for class, two subtitle files at the bottom
and the top, burned-in subtitles hidden, a sentence's clip, a slowed download, a hard section
looped and a sign replayed slower (each without the times or speed), a translator's voice, a
player's pause after each line and a flashcard's audio.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import MP3, WHOLE, AnyOf, Between, Case, Probe, anywhere, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh347.md")

_SUBS_BOTTOM_TOP = [
    anywhere(step("subtitles", file="source.srt", position=AnyOf("bottom", None))),
    anywhere(step("subtitles", file="target.srt", position="top")),
]
_SUBS_TOP_BOTTOM = [
    anywhere(step("subtitles", file="source.srt", position="top")),
    anywhere(step("subtitles", file="target.srt", position=AnyOf("bottom", None))),
]

CASES: tuple[Case, ...] = (
    do(
        "fresh347-01",
        "slow this video down to a speed between normal (too fast) and .5x (too slow), e.g. "
        ".75x or .80x: the instructor speaks fast, and it can be difficult to follow for non-"
        "native English speakers",
        [step("speed", factor=Between(0.74, 0.81), **WHOLE)],
        probe=Probe(duration=300.0),
        note="a little slower, between .75x and .80x, all of it",
    ),
    do(
        "fresh347-02",
        "extract the audio of this video to an .mp3 file for 3rd-party auto-transcription, "
        "because it's much smaller than the hi-res video",
        [MP3],
        probe=Probe(duration=1800.0, width=1920, height=1080),
        note="the sound alone, as an mp3",
    ),
    do(
        "fresh347-03",
        "get the audio from this DVD video as an MP3 for improving the pronunciation of German "
        "text: his MP3 player only has 512 MB",
        [MP3],
        probe=Probe(duration=3600.0, width=720, height=576, fps=25.0),
        note="the sound alone, as an mp3 (a low bitrate may come with it)",
    ),
    do(
        "fresh347-04",
        "turn this YouTube video into an MP3 as homemade English study material, so I can play "
        "the audio-only content on my old CD radio cassette player",
        [MP3],
        probe=Probe(duration=900.0),
        note="the sound alone, as an mp3",
    ),
    do(
        "fresh347-05",
        "replace the audio in this movie clip with my students' new dialogue in the target "
        "language",
        [step("replace_audio", file="dialogue.mp3")],
        assets=["dialogue.mp3"],
        probe=Probe(duration=90.0),
        note="the students' recording in place of the clip's sound",
    ),
    do(
        "fresh347-06",
        "mute this short movie clip: the class is going to watch it but won't be able to hear "
        "anything, and then describe what they saw",
        [step("mute")],
        probe=Probe(duration=120.0),
        note="no sound",
    ),
    do(
        "fresh347-07",
        "add dual subtitles to this video: show one subtitle at the bottom and a second one at "
        "the top, for language learning, with subtitles for both the source and target language"
        " at the same time",
        _SUBS_BOTTOM_TOP,
        _SUBS_TOP_BOTTOM,
        assets=["source.srt", "target.srt"],
        probe=Probe(duration=600.0),
        note="both subtitle files burned in, one at the bottom and one at the top",
    ),
    no_op(
        "fresh347-08",
        "hide the Chinese and English subtitles that this video has itself: the same in mkv and"
        " mp4",
        "no op: burned-in subtitles removed from the picture; no operation removes them",
        probe=Probe(duration=1500.0),
    ),
    ask(
        "fresh347-09",
        "export the video of the current sentence, so I can listen to and read a complex "
        "sentence over and over: then this can be a foreign-language learning tool too",
        "which sentence: from when to when",
        ("which", "sentence", "when", "start", "end", "time", "range"),
        probe=Probe(duration=1500.0),
    ),
    ask(
        "fresh347-10",
        "slow this video down, and when I download it, download it with the slowness",
        "how much slower",
        ("how much", "how slow", "speed", "factor", "0.5", "0.75"),
        probe=Probe(duration=600.0),
    ),
    ask(
        "fresh347-11",
        "loop the section of this video that I can't quite understand, so I can listen over and"
        " over until I can hear what's being said",
        "which section (from when to when), and how many times",
        ("which", "section", "part", "when", "start", "end", "how many"),
        probe=Probe(duration=600.0),
    ),
    ask(
        "fresh347-12",
        "make this sign video replay automatically so I can learn it more easily: ideally, the "
        "2nd play would be slower than the first one",
        "how much slower the second play is",
        ("how much", "how slow", "speed", "factor", "slower"),
        probe=Probe(duration=5.0, has_audio=False),
    ),
    out_of_scope(
        "fresh347-13",
        "slow down the speech rendition of the translator: it's at a full native-born pace, "
        "very hard to follow",
        "a translation app's text-to-speech voice, not an edit of a video file",
    ),
    out_of_scope(
        "fresh347-14",
        "automatically pause playback at the end of every subtitle line, so I hear the person "
        "say something, say it out loud, and press Spacebar to play the next line",
        "a player's behaviour while watching, not an edit of a video file",
    ),
    out_of_scope(
        "fresh347-15",
        "when I make a flashcard from a sentence that is two subtitle lines, don't combine "
        "those lines into one audio file, but keep it as two on the same card",
        "a flashcard maker's card audio, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
