"""A hundred-and-eighty-sixth fresh, held-out collection of real requests
(tests/realreq/fresh186.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh185's, the
rows are short, typical asks, like the development set's, most of them about a sound file of
the asker's own: 15 come from GitHub issues (a Stream Deck sound recorder, a podcast, a chiptune
tracker, an audiobook server, a hardware sampler, a Spotify recorder, a video platform, a
virtual-moon tour's narration, a noise suppressor, an Arduino recorder, a game-music player, a
text-mining class's podcast, a meeting recorder, a meeting media manager and an audiobook
player) and five from forums and a Q&A site (the Audacity forum, a steel-guitar forum and Ask
MetaFilter), where audiobook narrators, a radio contributor and musicians asked about their
recordings. Each case follows its row's `expected` column; `[out of scope]` rows are
OUT-OF-SCOPE refusals, the `[no op]` rows refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import MP3, MP3_SAVED, WHOLE, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh186.md")

#: A sound file saved again as what it was (or another sound format): a harmless extra step.
_KEPT_AUDIO = maybe(step("convert", format=AnyOf("mp3", "ogg", "wav", "m4a", "flac", "opus")))

#: A loudness step that may come with a clean-up.
_LEVEL = maybe(step("normalize") | step("volume"))

CASES: tuple[Case, ...] = (
    do(
        "fresh186-01",
        "trim the silent start of my recording: if I record 5 seconds and 3 of them at the "
        "beginning are completely silent, I still get them in the record",
        [step("remove_silence", where=AnyOf("start", "ends", "all")), _KEPT_AUDIO],
        [step("trim", start=Between(2.5, 3.0), end=None), _KEPT_AUDIO],
        [step("cut", start=0, end=Between(2.5, 3.0)), _KEPT_AUDIO],
        probe=Probe(duration=5.0),
        note="the 3 silent seconds at the start of the 5 s recording taken off",
    ),
    do(
        "fresh186-02",
        "get my audio book chapter past the ACX noise floor check: I used Equalization, RMS "
        "Normalization and limiter as instructed, but it still says I am over",
        [anywhere(step("audio_denoise")), _LEVEL, _KEPT_AUDIO],
        probe=Probe(duration=1800.0),
        note="the background noise reduced, all of it; a loudness step may come with it",
    ),
    do(
        "fresh186-03",
        "use a lower bitrate for the episode's MP3: an hour of conversation doesn't need to be "
        "60 megs (it looks like you're using MP3 192, you may want to try MP3 128 or even 96; "
        "speech is much more forgiving than music)",
        [step("extract_audio", format=AnyOf("mp3", None), kbps=Between(64, 128)), _KEPT_AUDIO],
        [step("compress", max_mb=Between(25, 58)), _KEPT_AUDIO],
        probe=Probe(duration=3600.0),
        note="an MP3 at 96 to 128 kbps (64 is fair for speech), or one well under 60 MB",
    ),
    do(
        "fresh186-04",
        "make the rendered chiptune play one or two loops, and then start a third loop as the "
        "track fades out over the course of 10 seconds or so: I render chiptunes for others to "
        "listen to, and the track loops rather than having a defined stopping point",
        [
            step("loop", times=AnyOf(2, 3)),
            step("trim", start=0, end=Between(65, 135)),
            step("fade", direction="out", duration=Between(8, 12), target=AnyOf("audio", "both")),
            _KEPT_AUDIO,
        ],
        [
            step("loop", times=2),
            step("fade", direction="out", duration=Between(8, 12), target=AnyOf("audio", "both")),
            _KEPT_AUDIO,
        ],
        probe=Probe(duration=60.0),
        note="the 60 s loop played two or three times, cut 10 s into the last one (70 or 130 s), "
        "faded out over those 10 s; two loops with the last 10 s faded is fair",
    ),
    do(
        "fresh186-05",
        "convert the M4B audiobook to MP3: I need files in MP3 format to load onto a swimming "
        "headset which doesn't support M4B files",
        [MP3],
        MP3_SAVED,
        probe=Probe(duration=36000.0),
        note="the book as an MP3",
    ),
    do(
        "fresh186-06",
        "remove the silences inside my recorded sample, not only at the start and ending: I "
        "record drum samples in a row and don't want the silences between them occupying memory",
        [step("remove_silence", where="all"), _KEPT_AUDIO],
        probe=Probe(duration=30.0),
        note="every silence cut, those between the hits too",
    ),
    do(
        "fresh186-07",
        "cut the 2 seconds of padding after the song stops off the end of the recorded track: "
        "with the current setup you must always cut the track, which is annoying",
        [step("trim", start=0, end=Between(198, 198.7)), _KEPT_AUDIO],
        [step("cut", start=Between(198, 198.7), end=200), _KEPT_AUDIO],
        [step("remove_silence", where="end"), _KEPT_AUDIO],
        probe=Probe(duration=200.0),
        note="the last 2 s of the 200 s track cut (1.3 to 2 s; the silence at the end is fair)",
    ),
    do(
        "fresh186-08",
        "slow the MP3 copy of my 90 minute talk tape down to half speed (it was recorded at half "
        "speed, 15/16 ips), and reduce the bad 60 cycle AC hum if you can: the tape is of my best "
        "friend, who is no longer living, and it has some important information on it",
        [step("speed", factor=0.5, **WHOLE), maybe(step("audio_denoise")), _KEPT_AUDIO],
        probe=Probe(duration=5400.0),
        note="half speed, all of it (the pitch is not checked), and the hum reduced if it can be",
    ),
    do(
        "fresh186-09",
        "salvage the audio of the three-minute lecture excerpt I taped from the soundboard: it "
        "sounds like video got thrown into the mix",
        [anywhere(step("audio_denoise")), _LEVEL, _KEPT_AUDIO],
        probe=Probe(duration=180.0),
        note="the steady buzz of the video cross-feed reduced, all of it",
    ),
    do(
        "fresh186-10",
        "make the MP3 of the video 64k bitrate, or 64k mono or 96k mono, so people with low data "
        "can listen to it: serving an mp3 file as large as the video kind of defeats the purpose",
        [step("extract_audio", format="mp3", kbps=Between(64, 96))],
        probe=Probe(duration=3600.0),
        note="the sound alone as an MP3 at 64 to 96 kbps",
    ),
    do(
        "fresh186-11",
        "remove the short bit of noise left at the start of the denoised audio: the noise is "
        "removed from the rest of the audio",
        [step("audio_denoise"), _KEPT_AUDIO],
        [
            step("volume", percent=Between(0, 5), start=AnyOf(0, None), end=Between(0.1, 1.0)),
            _KEPT_AUDIO,
        ],
        probe=Probe(duration=10.0),
        note="denoised again, or the first second or less silenced",
    ),
    no_op(
        "fresh186-12",
        "save my audiobook recording: the noise floor is -inf (too low, dead silence sounds "
        "unnatural) in the first 17 minutes or so, so it fails the ACX check; the rest passes",
        "no op",
        probe=Probe(duration=2400.0),
        note="no op: room tone (a low, natural noise) put into the dead silence; no operation "
        "adds noise",
    ),
    no_op(
        "fresh186-13",
        "remove the clicks in the background of the audio tour track: you can hear a click once "
        "in a while, like at 0:27 (I tried to run some audio filter in Audacity to silence them "
        "but there doesn't seem to be any improvement)",
        "no op",
        probe=Probe(duration=90.0),
        note="no op: de-clicking; audio_denoise takes out steady noise, not clicks",
    ),
    no_op(
        "fresh186-14",
        "convert my recording to mono for editing and sending audio to my radio station: when I "
        "click stereo to mono, the recording completely disappears",
        "no op",
        probe=Probe(duration=300.0),
        note="no op: one channel inverted (the two are out of phase), then mixed to mono; no "
        "operation inverts or mixes channels",
    ),
    ask(
        "fresh186-15",
        "get rid of the loud noise at the beginning and end of my recorded SAMPLE.WAV: recording "
        "at 22050 Hz, it sounds good enough BUT there's a loud noise at the beginning and end of "
        "file",
        "how much to cut at each end (how long the pops last)",
        (*WHICH_PART, "how long", "how much", "seconds", "milliseconds", "length"),
        probe=Probe(duration=20.0),
    ),
    ask(
        "fresh186-16",
        "cut the artificial fade-out off the end of the song's .wav export: I want to extract a "
        "ringtone that is used in a game, and usually the ringtone is a perfect loop, but the "
        "fade-out removes that",
        "where the loop ends (how long the fade-out is)",
        (*WHICH_PART, "how long", "how much", "seconds", "fade", "loop"),
        probe=Probe(duration=30.0),
    ),
    ask(
        "fresh186-17",
        "remix Lauren's podcast episode, something like these two YouTube videos: I need a good "
        "intro for the future episodes",
        "what the remix should be (the music or intro to add)",
        ("what", "which", "music", "intro", "remix", "describe", "file", "how"),
        probe=Probe(duration=1800.0),
    ),
    out_of_scope(
        "fresh186-18",
        "add a pause recording button, so the recording files of the meeting are not very large "
        "and we can send them by WhatsApp to the brothers who could not attend: WhatsApp only "
        "allows audio files of up to 16 megabytes",
        "a recorder app's pause button, not an edit of a given file",
    ),
    out_of_scope(
        "fresh186-19",
        "bring back the ability to stop the background music 10 seconds before the meeting: now "
        "it stops 1 minute before the meeting and it seems too long a silence",
        "a meeting media app's timer for live background music, not an edit of a given file",
    ),
    out_of_scope(
        "fresh186-20",
        "let me adjust the volume on a per book basis, allowing louder playback than the normal "
        "maximum: some audiobooks are recorded at a much lower volume than the Android "
        "notifications, so directions on navigation are sometimes REALLY loud when I have to "
        "increase the volume to hear a book",
        "an audiobook player's per-book gain setting, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
