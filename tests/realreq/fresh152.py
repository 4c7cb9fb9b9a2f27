"""A hundred-and-fifty-second fresh, held-out collection of real requests
(tests/realreq/fresh152.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh149's, the
rows are short, typical asks, like the development set's, mostly by musicians, podcasters and
audiobook narrators about a recording of theirs: 11 come from GitHub issues and pull requests
(an MP3-decoder demo, Artsy's podcast, OpenRCT2's music, a game's soundtrack, a recording
library, a podcast producer's tracker, a radio show's transcript site, OpenCut, a song project
and Podverse), 7 from forum threads (the Audacity forum, MacRumors, the GoldWave forum,
videoforums.co.uk) and 2 from blog posts. Each case follows its row's `expected` column;
`[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` and `[needs analysis]` rows
refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import WHOLE, AnyOf, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh152.md")

#: The result kept an audio file, as the input was.
_KEPT_AUDIO = maybe(step("convert", format=AnyOf("mp3", "ogg", "wav", "m4a", "flac", "opus")))

#: Faded out at the end, the sound (or sound and picture).
_FADE_OUT_10 = step("fade", direction="out", duration=Between(8, 12), target=AnyOf("audio", "both"))

#: fresh152-11: a moment at 10:06 (606 s), up to about 2 s.
_AT_1006 = {"start": Between(605, 606.2), "end": Between(606.1, 607.5)}

CASES: tuple[Case, ...] = (
    do(
        "fresh152-01",
        "reupload the video muting the radio sound: the YouTube video currently seems blocked "
        "due to copyright",
        [step("mute")],
        [step("volume", percent=0, **WHOLE)],
        note="the sound taken out (the radio is the demo video's sound), all of it",
    ),
    do(
        "fresh152-02",
        "bump the podcast episode's volume by 2 - 3db (the intro by 3 - 4db): the vocal tracks "
        "are a bit on the quiet side",
        [
            step("volume", db=Between(1.5, 4.5), **WHOLE)
            | step("volume", percent=Between(120, 170), **WHOLE)
            | step("normalize"),
            _KEPT_AUDIO,
        ],
        probe=Probe(duration=1800.0),
        note="2 to 4 dB louder (or normalized), all of it (kept an audio file)",
    ),
    do(
        "fresh152-03",
        "convert the Galaxy Style song from .wav to FLAC: not sure we should commit large .wav "
        "files to this repo",
        [step("extract_audio", format="flac") | step("convert", format="flac")],
        probe=Probe(duration=250.0),
        note="the song as a FLAC file",
    ),
    do(
        "fresh152-04",
        "reduce the volume of Breakbeat01: it sounded a little loud, and looking at an equalizer "
        "it seemed like it was about 5db louder than the other tracks",
        [
            step("volume", db=Between(-6, -4), **WHOLE)
            | step("volume", percent=Between(50, 63), **WHOLE),
            _KEPT_AUDIO,
        ],
        probe=Probe(duration=120.0),
        note="about 5 dB quieter (-6 to -4 dB, or 50% to 63%), all of it (kept an audio file)",
    ),
    do(
        "fresh152-05",
        "get my audio book chapter's RMS level from -25.7 to about -20: ACX says it has to be "
        "between -18 and -23 (right now I have the maximum amplitude set to -1.0db)",
        [step("normalize", lufs=Between(-23, -18)), _KEPT_AUDIO],
        probe=Probe(duration=1800.0),
        note="to a loudness of -23 to -18 (a plain +5.7 dB would clip the -1 dB peaks)",
    ),
    do(
        "fresh152-06",
        "bring the peak level of my audiobook chapter to -3 dB or lower, keeping its RMS between "
        "-18 and -23: after RMS Normalize the peak is -2.15 dB (fail) and the RMS -22.4 (pass), "
        "and lowering the peak with Amplify makes the RMS too low",
        [
            step("normalize", lufs=Between(-23, -18), true_peak=Between(-10, -3)),
            _KEPT_AUDIO,
        ],
        probe=Probe(duration=1800.0),
        note="a loudness of -23 to -18 with the true peak at -3 dB or lower",
    ),
    do(
        "fresh152-07",
        "remove the A/C fan noise from my audiobook recording: it is summer and there are "
        "booster fans running for the a/c system, which I am not able to turn off",
        [step("audio_denoise"), maybe(step("normalize")), _KEPT_AUDIO],
        probe=Probe(duration=1800.0),
        note="the steady fan noise taken out, any strength (a normalize may come with it)",
    ),
    do(
        "fresh152-08",
        "make the MP3 twice as fast: I recorded it from a 4-track tape deck that recorded the "
        "audio at double tape speed, i.e. it plays back at half speed",
        [step("speed", factor=2, **WHOLE), _KEPT_AUDIO],
        probe=Probe(duration=600.0),
        note="twice as fast, all of it; the pitch is not checked",
    ),
    do(
        "fresh152-09",
        "make the 5-minute promo message MP3 smaller: it is over 5 Mb, the file it is to replace "
        "was under 1Mb, and as it is just a recording of me speaking, mono would be fine",
        [step("compress", max_mb=Between(0.3, 2.5)), _KEPT_AUDIO],
        [
            step("extract_audio", format=AnyOf("mp3", None), kbps=Between(16, 80)),
            _KEPT_AUDIO,
        ],
        [
            step("convert", format="mp3"),
            step("extract_audio", format=AnyOf("mp3", None), kbps=Between(16, 80)),
        ],
        [step("quality", level="small"), _KEPT_AUDIO],
        probe=Probe(duration=300.0),
        note="a smaller file: under 0.3 to 2.5 MB, a low bitrate (16 to 80 kbps), or a "
        "smaller-file setting",
    ),
    do(
        "fresh152-10",
        "cut down the insane amount of applause after the six minute piece (2.5 minutes of it): "
        "keep 5 seconds of applause at full volume, then a 10 second fade",
        [step("trim", start=0, end=Between(370, 380)), _FADE_OUT_10, _KEPT_AUDIO],
        [step("cut", start=Between(370, 380), end=510), _FADE_OUT_10, _KEPT_AUDIO],
        probe=Probe(duration=510.0),
        note="the 510 s track ended at 6:15 (370 to 380 s), then faded out over 8 to 12 s",
    ),
    do(
        "fresh152-11",
        "edit out the clunk at 10:06 that I missed in the episode",
        [step("cut", **_AT_1006), _KEPT_AUDIO],
        [
            step("volume", percent=Between(0, 30), **_AT_1006)
            | step("volume", db=Below(-10), **_AT_1006),
            _KEPT_AUDIO,
        ],
        probe=Probe(duration=2100.0),
        note="a moment at 10:06 (606 s), up to about 2 s, cut out or silenced",
    ),
    no_op(
        "fresh152-12",
        "delete the music from the video and leave the voices in: background music was playing "
        "from the CD player, slightly louder than the people talking, and I can't re-record as "
        "my brother has gone back home (he only visits once a year)",
        "needs analysis",
        note="the music is mixed with the voices in one sound track (source separation)",
    ),
    no_op(
        "fresh152-13",
        "cut down on the distortion from the piano and organ in the recorded service: whenever "
        "they are used, the sound is distorted (I'm a pastor who has the sermons recorded onto "
        "my laptop)",
        "no op",
        probe=Probe(duration=3600.0),
        note="no op: repairing distorted (clipped) audio; audio_denoise takes out noise, not "
        "distortion",
    ),
    no_op(
        "fresh152-14",
        "magnify the human voice part in my karaoke recording: the music part is too loud "
        "compared to the human part (when I record the singing, I use the phone to play the "
        "music at the same time)",
        "needs analysis",
        probe=Probe(duration=240.0),
        note="the voice and the music are mixed in one recording; no operation separates them",
    ),
    ask(
        "fresh152-15",
        "trim the few seconds at the beginning of this episode",
        "how many seconds (a few: not given)",
        (*WHICH_PART, "how many", "how much", "seconds"),
        probe=Probe(duration=1800.0),
    ),
    ask(
        "fresh152-16",
        "trim the music and remove the adverts from the audio of S2E49: it is unedited, so the "
        "transcript's timestamps don't match",
        "where the music and the adverts are (which parts)",
        (*WHICH_PART, "which parts", "adverts", "ads", "timestamps", "music"),
        probe=Probe(duration=3600.0),
    ),
    ask(
        "fresh152-17",
        "cut Rockin Robin, which is 2:34 long, to about 1:45 for my dog's freestyle routine",
        "which parts to take out (49 s of the 154 s song)",
        (*WHICH_PART, "which parts", "remove", "keep", "section", "verse", "part"),
        probe=Probe(duration=154.0),
    ),
    out_of_scope(
        "fresh152-18",
        "turn my audio track into a video: have a waveform automatically generated, and place my "
        "own image as the background so I can export it as a shareable video",
        "generating a waveform-visualizer video from a song, an editor's feature, not an edit of "
        "a given video",
    ),
    out_of_scope(
        "fresh152-19",
        'make a YouTube video for the song "Together", with the lyrics, as presented in the deck, '
        "as the background: it should serve people that are going to sing this together with us, "
        "for practicing",
        "making a lyric video for a song from a slide deck, not an edit of a given video",
    ),
    out_of_scope(
        "fresh152-20",
        "let listeners clip a portion of an episode and convert it into an MP4 that includes the "
        "episode art, transcript and audio, to share on social platforms: audio clips have much "
        "lower visibility on social media",
        "a podcast app's clip-sharing feature, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
