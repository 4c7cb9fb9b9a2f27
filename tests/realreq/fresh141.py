"""A hundred-and-forty-first fresh, held-out collection of real requests
(tests/realreq/fresh141.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh137's, the
rows are short, typical asks, like the development set's, most of them about the sound of a
recording; 11 come from GitHub issues (a space-station game, a JavaScript course, the PCSX2
website, an audiobook's repository, the CCC's media site, a Brazilian open-source community, a
statistics tool, a church presentation app, Valve's Source games, an internet-radio app and a
Sass compiler), 3 from forum questions (the Audacity forum, DV Info Net, the Adobe forums), 3
from blog posts and one from the MacDV mailing list. Each case follows its row's `expected`
column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` and `[needs analysis]`
rows refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import LOUDER, MP3, MP3_SAVED, WHOLE, AnyOf, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh141.md")

#: An audio file kept an audio file: the format may be named again on the way out.
_KEPT_AUDIO = maybe(step("convert", format=AnyOf("mp3", "ogg", "wav", "m4a", "flac", "opus")))

CASES: tuple[Case, ...] = (
    do(
        "fresh141-01",
        "get rid of this horrible buzzing sound you hear on this recording: I tried playing around "
        "with different settings on the noise removal but it just made things worse",
        [step("audio_denoise"), _KEPT_AUDIO],
        note="the buzz taken out, any strength",
    ),
    do(
        "fresh141-02",
        "turn Nar-Sie's epic new soundtrack down a bit: it's a bit loud, it frightens",
        [
            step("volume", percent=Between(40, 95), **WHOLE)
            | step("volume", db=Between(-8, -0.5), **WHOLE),
            _KEPT_AUDIO,
        ],
        probe=Probe(duration=120.0),
        note="a little quieter (40 to 95%, or -0.5 to -8 dB), all of it (kept an audio file)",
    ),
    do(
        "fresh141-03",
        "make lesson 22 louder: its volume is very low",
        [LOUDER],
        note="louder, any amount or to a loudness target, all of it",
    ),
    do(
        "fresh141-04",
        "convert the 55-minute voice memo of the meeting to an MP3: the m4a is about 110 MB, way "
        "too large to share",
        [MP3, maybe(step("quality")), maybe(step("compress"))],
        [*MP3_SAVED, maybe(step("quality")), maybe(step("compress"))],
        probe=Probe(duration=3300.0),
        note="the 55 min recording saved as an mp3 (a lower bitrate or a smaller-file setting may "
        "come with it)",
    ),
    do(
        "fresh141-05",
        "extract the sound from the DVD track as a WAV file: a friend of mine asked me to make an "
        "audio CD from it",
        [step("extract_audio", format="wav") | step("convert", format="wav")],
        [step("extract_audio", format=AnyOf("wav", None)), step("convert", format="wav")],
        probe=Probe(width=720, height=480, fps=29.97),
        note="the sound alone, as a WAV",
    ),
    do(
        "fresh141-06",
        "remove the audio stream from the splash video: it contains an audio stream but with no "
        "actual audio, so removing it saves some space (~0.9 MiB)",
        [step("mute"), maybe(step("convert", format="webm"))],
        probe=Probe(duration=5.0),
        note="the (silent) audio track dropped (kept a webm)",
    ),
    do(
        "fresh141-07",
        "fix the volume of chapter 10 of the Reform or Revolution recording: the audio is barely "
        "audible, 32.42 dB below chapter 9, and listening in the car the signal to noise ratio is "
        "unacceptable",
        [
            step("volume", db=Between(25, 35), **WHOLE)
            | step("volume", percent=Between(1800, 5700), **WHOLE)
            | step("normalize"),
            _KEPT_AUDIO,
        ],
        probe=Probe(duration=1800.0),
        note="about 32 dB louder (+25 to +35 dB, or 1800% to 5700%), or normalized, all of it "
        "(kept an audio file)",
    ),
    do(
        "fresh141-08",
        "remove the recurring beeps in the background of the presentation recording: they're very "
        "annoying, and they seem to be centered around a single frequency",
        [step("audio_denoise")],
        probe=Probe(duration=2400.0),
        note="the steady background beeps taken out, any strength",
    ),
    do(
        "fresh141-09",
        "improve the audio of the presentation video: it wasn't very clear, which made some parts "
        "hard to understand (you can use Audacity to take out the noise)",
        [step("audio_denoise"), maybe(step("normalize")), maybe(step("volume"))],
        note="the noise taken out, any strength (a normalize or a louder volume may come with it)",
    ),
    no_op(
        "fresh141-10",
        "salvage the concert footage's audio by using the audio from the right channel: the left "
        "channel is highly distorted while the right channel is fine",
        "no op",
        note="no op: the right channel copied to both sides; no operation picks or remaps channels",
    ),
    no_op(
        "fresh141-11",
        "lower the volume of the music and amplify only the tap sounds in the tap dance numbers of "
        "the recital video: the external mics also picked up the music from the speakers",
        "needs analysis",
        note="the taps and the music are one mixed track: lowering one alone needs separating them",
    ),
    no_op(
        "fresh141-12",
        "eliminate the background noise in the interview clip or dim it: there are conversations "
        "going on (just sounds like chatter) and a band playing in the background; I can hear "
        "enough of the interview",
        "needs analysis",
        note="telling the interview's voices from the chatter and the band; audio_denoise takes "
        "out steady noise, not speech or music",
    ),
    ask(
        "fresh141-13",
        "edit out the loud and buoyant applause at the end of the concerto recording, where "
        "silence would have been truly golden",
        "where the applause begins (how much of the end to cut)",
        (*WHICH_PART, "how much", "how long", "seconds", "timestamp"),
    ),
    ask(
        "fresh141-14",
        "add sound to the screen capture demonstration video moving through the TwoRavens "
        "workflow: the video has been removed from the project page because of this",
        "which sound (a music or narration file)",
        ("which", "what sound", "what audio", "file", "music", "narration", "voice", "soundtrack"),
    ),
    out_of_scope(
        "fresh141-15",
        "let FreeShow adjust the video volume per slide, like 50%, 75% or 100%: not all videos "
        "have equal loudness, one might be recorded quietly while another is very loud",
        "a feature of a church presentation app (each slide's playback volume), not an edit of a "
        "given file",
    ),
    out_of_scope(
        "fresh141-16",
        "turn down the in-game volume in Portal (mostly GLaDOS talking) while keeping the "
        "developer commentary the same: I want to listen to the commentary, but the game is too "
        "loud to hear what they are saying",
        "a game's own sound mix while it plays, not an edit of a given file",
    ),
    out_of_scope(
        "fresh141-17",
        "let me record the current track on the radio in MP3: sometimes you listen to this really "
        "cool song on the radio and you just wanna click the record button to keep it",
        "recording a live internet radio stream in a radio app, not an edit of a given file",
    ),
    out_of_scope(
        "fresh141-18",
        "re-record the setup video tutorial using a better mic: the sound quality is very poor, it "
        "sounds as though you are at the bottom of a well",
        "recording the tutorial again with a better microphone, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
