"""A hundred-and-seventy-first fresh, held-out collection of real requests
(tests/realreq/fresh171.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh169's, the
rows are short, typical asks, like the development set's, mostly about sound: 9 come from GitHub
issues (pydub, a TIDAL downloader, RxFFmpeg, a voice recorder, moviepy, a music player,
AntennaPod, BookPlayer and a TeamSpeak soundboard), 7 from forum threads (the Audacity forum, the
Adobe community, Hydrogenaudio, a Premiere Elements forum), 3 from blog posts and one from a
church's web page. Each case follows its row's `expected` column; `[out of scope]` rows are
OUT-OF-SCOPE refusals, the `[no op]` rows refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import LOUDER, MP3, MP3_SAVED, AnyOf, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh171.md")

#: Noise taken out of the whole recording, at any strength; a louder level may come with it.
_DENOISED = [step("audio_denoise"), maybe(LOUDER)]

#: A file a CD can be burnt from for a boombox: an MP3 or a WAV.
_CD_AUDIO = AnyOf("mp3", "wav")

CASES: tuple[Case, ...] = (
    do(
        "fresh171-01",
        "convert the video clip from our Single Payer Band Jam gig to MP3, so I can post it: the "
        "camera was pointed at the spot right between Ron the Drummer and me, so audio will be "
        "less dorky",
        [MP3],
        MP3_SAVED,
        note="the sound alone, as an MP3",
    ),
    do(
        "fresh171-02",
        "eliminate the noise of the cocktail hour in the background from the groom's mother's "
        "speech to her future grandchildren: she passed away shortly after the wedding, and I "
        "would love to give them a little better audio than what we have out of the mic",
        _DENOISED,
        note="the background noise reduced, all of it",
    ),
    do(
        "fresh171-03",
        "reduce the strong background noise in the interview I recorded on my phone in a shop, "
        "in a room with several big wine fridges, without distorting the voices: the "
        "conversation turned out quite interesting, so I am eager to release it as a podcast "
        "episode",
        _DENOISED,
        note="the fridges' noise reduced, all of it",
    ),
    do(
        "fresh171-04",
        "fix the buzzzzzz-tick-tick-tick interference in the iPhone interviews I recorded at the "
        "campout, or at least make it better: in places it obscures the voice almost "
        "completely, and that section is vital to the story, so I can't just cut it",
        _DENOISED,
        note="the phone radio's buzz reduced, all of it (nothing cut)",
    ),
    do(
        "fresh171-05",
        "decrease the audio volume somewhere in the middle of the 10s audio: I want 5 to 6 "
        "seconds to have lower volume, possibly with fade-ins and fade-outs",
        [
            step(
                "volume",
                start=Between(4.9, 5.1),
                end=Between(5.9, 6.1),
                percent=Between(5, 95),
            )
        ],
        [step("volume", start=Between(4.9, 5.1), end=Between(5.9, 6.1), db=Between(-30, -0.5))],
        probe=Probe(duration=10.0),
        note="lower from 5 s to 6 s of the 10 s audio, the rest as it is",
    ),
    do(
        "fresh171-06",
        "make the book narration I recorded with my digital video camera into audio I can burn "
        "to a CD that plays on a boombox CD player: my computer does not have a microphone",
        [step("extract_audio", format=_CD_AUDIO) | step("convert", format=_CD_AUDIO)],
        MP3_SAVED,
        [step("extract_audio", format=AnyOf("wav", None)), step("convert", format="wav")],
        note="the sound alone, as an MP3 or a WAV",
    ),
    do(
        "fresh171-07",
        "merge 2.wav onto the end of this .wav file, into one (not mix, merge!): they have the "
        "same settings (kHz, bit, ...)",
        [step("join", clips=AnyOf(["2.wav"], []), at="end")],
        assets=["2.wav"],
        note="2.wav played after this file, one after the other",
    ),
    do(
        "fresh171-08",
        "convert the .flac file to .wav: I have an XDJ that doesn't load .flac files, just .wav",
        [step("convert", format="wav") | step("extract_audio", format="wav")],
        note="the same sound as a WAV",
    ),
    do(
        "fresh171-09",
        "clip the middle part of test.mp3, from 00:20 to 00:30: after clipping, my audio should "
        "be only 10 seconds long (what I tried comes out 30 seconds long, which is very "
        "confusing)",
        [step("trim", start=20, end=30)],
        [step("keep_ranges", ranges=[[20, 30]])],
        probe=Probe(duration=60.0),
        note="only 0:20 to 0:30 kept, 10 seconds",
    ),
    no_op(
        "fresh171-10",
        "make the speech in our podcast's Christmas special clearer: of the 35 minutes we "
        "recorded, everything after the 3rd minute is muffled (a Java Auto-Updater popped up "
        "and made a noise right then; we used the laptop's internal microphone)",
        "no op",
        probe=Probe(duration=2100.0),
        note="no op: equalization (the muffled speech's higher frequencies brought back); "
        "volume and normalize only move its level",
    ),
    no_op(
        "fresh171-11",
        "mix out the metronome track that was accidentally recorded on top of the whole concert "
        "recording: you will still get a very good feeling of the energy from this concert",
        "no op",
        note="no op: one sound (the metronome's clicks) taken out of the mix; audio_denoise "
        "takes out steady noise, not a click track",
    ),
    no_op(
        "fresh171-12",
        "oomph up my friend's voice in the cell phone call I recorded by holding a little audio "
        "recorder next to the phone: her voice sounds like it's coming out of a tiny little "
        "speaker (lower the pitch and raise the volume? tinker with the compression?)",
        "no op",
        note="no op: equalization (a fuller voice); a louder volume alone keeps it tinny",
    ),
    ask(
        "fresh171-13",
        "trim the recording: sometimes it starts a little bit sooner or goes on too long",
        "which part to keep (how much off the start and the end)",
        (*WHICH_PART, "how much", "seconds", "how long", "part"),
    ),
    ask(
        "fresh171-14",
        "add (or replace) an audio track on the MP4, without re-encoding it if possible",
        "which audio file (the track to add)",
        (
            "which audio",
            "audio file",
            "file",
            "track",
            "which",
            "provide",
            "upload",
            "attach",
            "give",
            "what",
        ),
    ),
    ask(
        "fresh171-15",
        "make the uncle's four minute song in the wedding ceremony video thirty seconds of "
        "amusing interlude before the kiss: it's a really long, boring bit sung by an amateur "
        "that makes up a tenth of the whole ceremony",
        "which thirty seconds of the song to keep (and where it is in the 40-minute ceremony)",
        (*WHICH_PART, "which thirty", "which 30", "seconds", "part", "song"),
        probe=Probe(duration=2400.0),
    ),
    ask(
        "fresh171-16",
        "remove the parts of the song that I don't like, by cutting and deleting them",
        "which parts (the times to cut)",
        (*WHICH_PART, "which parts", "parts", "times", "don't like"),
    ),
    ask(
        "fresh171-17",
        "extract the audio of the hymns from the service recording, tidy it up and save it with "
        "name and hymnbook reference: we hope to create a library of such recordings that other "
        "churches can use",
        "where the hymns are in the service (their times), and their names",
        (*WHICH_PART, "which hymn", "hymn", "hymns", "name", "parts", "times"),
        probe=Probe(duration=3600.0),
    ),
    out_of_scope(
        "fresh171-18",
        "add an option to normalize the audio in AntennaPod, to avoid those volume changes in "
        "some podcasts",
        "a podcast player's playback setting, not an edit of a given file",
    ),
    out_of_scope(
        "fresh171-19",
        "read my ebook (.pdf, .prc) out loud: currently we can only listen to books that someone "
        "reads for us, and there is a limited number of these",
        "an audiobook made from a book's text (text to speech), not an edit of a given file",
    ),
    out_of_scope(
        "fresh171-20",
        "let me skip some time in a sound file in the soundboard: it has multiple songs in it, "
        "and maybe I don't want to hear song 3 out of the 10",
        "fast-forwarding a sound while a soundboard plays it, not an edit of the file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
