"""A three-hundred-and-fourteenth fresh, held-out collection of real requests
(tests/realreq/fresh314.md): one checkable case a row, encoded the way fresh305.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh313's, the
rows are short, typical asks; 12 come from GitHub issues and three from web pages (podcasters and
interview shows publishing video: AgileVentures, a Spotify upload guide, a German podcaster's
blog, CNCF's security papers, StreamBot, Spotify for Podcasters, Turing-Incomplete, MoneyPrinter,
Subtitle Edit, Artsy, a course's video clips, YMusic, FronteiraCast, HarborFM and Element Call):
a livestream's audio for a podcast, an episode as an MP3 within Spotify's limits, a recording
made louder with its empty ends cut, a talk normalized, trimmed of dead time and denoised,
captions burned in, an episode made 1080p H.264, one quiet voice among three, a crop following
the speaker, a waveform drawn over the picture, banter cut at an unnamed point, a shorter
version of unsaid length, a player's silence skipping, audiograms from audio drops, a waveform
video from audio, and a video call's layout.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import LOUDER, MP3, SOUND_ALONE, AnyOf, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh314.md")

_ENDS = step("remove_silence", where="ends")
_LEVEL = step("normalize") | step("volume")
_1080 = (
    step("resize", lines=1080)
    | step("resize", height=1080)
    | step("resize", width=1920, height=AnyOf(None, 1080))
)
_H264 = step("codec", codec="h264")

CASES: tuple[Case, ...] = (
    do(
        "fresh314-01",
        "extract the audio from this livestream recording so it can be published as an audio "
        "only podcast",
        [SOUND_ALONE],
        probe=Probe(duration=3600.0),
        note="the sound alone, as an audio file",
    ),
    do(
        "fresh314-02",
        "turn this episode into an MP3 for Spotify: the audio bitrate between 96 and 320 kbps, "
        "and the file at most 200MB",
        [MP3],
        probe=Probe(duration=3600.0, width=1280, height=720),
        note="the sound alone as an mp3 (at a 96 to 320 kbps bitrate it stays under 200 MB)",
    ),
    do(
        "fresh314-03",
        'raise the volume of this podcast recording with amplification to an average "normal '
        'level", and cut off the empty stretches at the start and the end',
        [anywhere(LOUDER), anywhere(_ENDS)],
        probe=Probe(duration=1200.0),
        note="louder, with the silence at both ends cut",
    ),
    do(
        "fresh314-04",
        "clean up this recorded talk: normalize the sound so that peaks are around -3dB, cut "
        "out the dead time at the beginning and end, and reduce the background noise (humming "
        "from an AC/fan)",
        [anywhere(_LEVEL), anywhere(_ENDS), anywhere(step("audio_denoise"))],
        probe=Probe(duration=1500.0),
        note="levelled, the dead time at both ends cut, the hum reduced",
    ),
    do(
        "fresh314-05",
        "burn in the captions on this local video",
        [step("subtitles", file=AnyOf("captions.srt", None))],
        assets=["captions.srt"],
        probe=Probe(duration=600.0),
        note="the captions burned into the picture",
    ),
    do(
        "fresh314-06",
        "make this video episode follow Spotify's recommended video specs so it uploads "
        "successfully: H.264, 1080p resolution, 16:9 widescreen aspect ratio",
        [_1080, maybe(_H264)],
        [_H264, _1080],
        probe=Probe(duration=3000.0, width=3840, height=2160),
        note="1080p (the 4K picture is already 16:9), as H.264",
    ),
    no_op(
        "fresh314-07",
        "fix the sound of this podcast episode: one of the voices (I think it's Len) is very "
        "low when compared to Pam and Justin's; perhaps check their levels and enhance their "
        "voices with some post processing",
        "no op: one speaker's voice raised against the others' in one mixed track",
        probe=Probe(duration=3600.0),
    ),
    no_op(
        "fresh314-08",
        "crop this video to a vertical 9:16 frame over the person that's talking",
        "needs analysis: finding the faces and which one is talking; no operation tracks them",
        probe=Probe(duration=600.0),
    ),
    no_op(
        "fresh314-09",
        "include an overlay of the animated waveform (wave visual) of this video's sound in the"
        " bottom half of the screen",
        "no op: the sound's waveform drawn over the picture; no operation draws the sound",
        probe=Probe(duration=300.0),
    ),
    ask(
        "fresh314-10",
        "cut out the little bit of banter at the end of this interview episode to get closer to"
        " my 35 minute limit: anything between the last important thing Orta said and Jon "
        "wrapping it up",
        "where the banter starts and ends (no times are given)",
        WHICH_PART,
        probe=Probe(duration=2400.0),
    ),
    ask(
        "fresh314-11",
        "make a shorter version of this video to share",
        "which part to keep, or how long it should be",
        ("which part", "which", "how long", "how short", "length", "duration", "where"),
        probe=Probe(duration=2700.0),
    ),
    out_of_scope(
        "fresh314-12",
        "bring back the 'Skip Silence' feature to video playback: it made getting through video"
        " podcasts or livestream vods much less time-consuming",
        "a player's feature (skipping silence while playing), not an edit of a video file",
    ),
    out_of_scope(
        "fresh314-13",
        'turn small audio "drops" of my podcast into videos to show on social networks, e.g. '
        "Instagram stories or a Facebook video",
        "making videos (audiograms) from audio, not an edit of a video file",
    ),
    out_of_scope(
        "fresh314-14",
        "generate a video from this audio with a fancy waveform on the video screen",
        "making a video from an audio file, not an edit of a video file",
    ),
    out_of_scope(
        "fresh314-15",
        "let my own video be the same size as the other participant's instead of just a tiny "
        "preview in the corner, for recording an interview or podcast in the call",
        "a video call's layout while recording, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
