"""A three-hundred-and-sixty-third fresh, held-out collection of real requests
(tests/realreq/fresh363.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh361's, the
rows are short, typical asks; all 17 come from GitHub issues (podcasters, their listeners and
radio people: ffmpeg-normalize, an AMA, ydl-podcast, Giveth, auto-editor, pigeon-pod, podly,
an ideas list, a recorder's support, podium, YTLite, TheContext podcast, Audiogram, Ultraschall,
audiowaveform, VDO.Ninja and Drift): Apple's podcast loudness, a podcast's audio pulled off its
MP4, an MKV made a 720p MP4 for Apple Podcasts, animations before and after a podcast, filler
"ticks", ads cut out or marked as chapters, swearing bleeped, a microphone on the left only, a
clip with no start, sponsor segments with no times, a guest's poor audio, a long audiogram, a
podcast project rendered as a video, a scrolling waveform, a studio's record button and
multicam editing.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import SOUND_ALONE, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh363.md")

_EPISODE = Probe(duration=3600.0, width=1280, height=720)
_MP4 = step("convert", format="mp4")
_720 = step("resize", lines=720) | step("resize", height=720)
_H264 = step("codec", codec="h264")

CASES: tuple[Case, ...] = (
    do(
        "fresh363-01",
        "normalize the loudness of this video the way Apple recommends: the overall loudness "
        "around -16 dB LKFS, with a +/- 1 dB tolerance, and the true-peak value not exceeding -1 "
        "dB FS",
        [step("normalize", lufs=Between(-17, -15), true_peak=Between(-2, -1))],
        probe=Probe(duration=1800.0),
        note="EBU R128 loudness at -16 LUFS (within 1 LU), true peaks at most -1 dBTP",
    ),
    do(
        "fresh363-02",
        "pull the audio off this MP4 of my podcast: the show goes up to YouTube automatically "
        "right afterward, and I download the MP4",
        [SOUND_ALONE],
        probe=_EPISODE,
        note="the sound alone",
    ),
    do(
        "fresh363-03",
        "make this video an MP4 of up to 720p: it downloaded in the highest quality, as webm and "
        "m4a merged into an MKV, which isn't compatible with Apple Podcasts",
        [anywhere(_MP4), anywhere(_720), maybe(_H264)],
        probe=Probe(duration=1200.0, width=1920, height=1080),
        note="an MP4 scaled down to 720p (from 1080p), either step first; H.264 may come with it",
    ),
    do(
        "fresh363-04",
        "play a video clip animation when the podcast is starting, and another video clip "
        "animation when it is ending",
        [
            anywhere(step("join", clips=["intro.mp4"], at="start")),
            anywhere(step("join", clips=["outro.mp4"], at="end")),
        ],
        assets=["intro.mp4", "outro.mp4"],
        probe=Probe(duration=2400.0),
        note="the opening animation before the podcast and the closing one after it, either first",
    ),
    no_op(
        "fresh363-05",
        'detect the "ticks" in this video and eliminate them: when thinking what to say next I '
        'say "eeeeeeeee" or "vale" (that is "ok" in Spanish)',
        "needs analysis: finding the filler sounds and words needs speech recognition",
        probe=Probe(duration=600.0),
    ),
    no_op(
        "fresh363-06",
        "detect the ad segments in this episode, cut the ads out and merge the rest back together",
        "needs analysis: finding where the ads are; no operation detects them",
        probe=_EPISODE,
    ),
    no_op(
        "fresh363-07",
        "instead of removing the ad segments of this episode, add chapter marks at the start and "
        "end of each ad, so listeners can skip the ads with their podcast player's chapter "
        "navigation but still listen to the full, uncut content",
        "no op: chapter marks at each ad's start and end; no operation writes chapters (and "
        "finding the ads needs analysis)",
        probe=_EPISODE,
    ),
    no_op(
        "fresh363-08",
        "automatically bleep out the swear words in this podcast: my kids are at the age where "
        "they start repeating anything they hear",
        "needs analysis: finding the swear words needs speech recognition",
        probe=_EPISODE,
    ),
    no_op(
        "fresh363-09",
        "mix the microphone in this recording down to mono: my audio interface recorded it only "
        "to the left side",
        "no op: the left channel on both sides (a mono downmix); no operation mixes the channels",
        probe=Probe(duration=600.0),
    ),
    ask(
        "fresh363-10",
        "clip a section of this podcast (maybe 30 seconds, but adjustable) and share it as an "
        "audio file",
        "which section: where the clip starts (and how long, if not 30 s)",
        WHICH_PART,
        probe=_EPISODE,
    ),
    ask(
        "fresh363-11",
        "remove the sponsor segments from this downloaded video, so they are gone when I'm "
        "watching it offline",
        "where the sponsor segments are (their start and end times)",
        (*WHICH_PART, "sponsor", "segment", "timestamps"),
        probe=Probe(duration=1200.0),
    ),
    ask(
        "fresh363-12",
        "please do something about the audio quality of this episode: the guest's audio was "
        "pretty poor, and a lot of people listen to podcasts on their commute, with quite a bit "
        "of background noise",
        "what is wrong with the guest's audio (too quiet, noisy, muffled?) and what to change",
        ("what", "which", "quiet", "loud", "noise", "level", "problem", "muffled"),
        probe=_EPISODE,
    ),
    out_of_scope(
        "fresh363-13",
        "make a long (1hr) audiogram of this podcast: it works for short soundbites, but for a "
        "long one it fails",
        "rendering an audiogram from a podcast's sound, and a tool's failure, not an edit of a "
        "video file",
    ),
    out_of_scope(
        "fresh363-14",
        "export the whole podcast as a video, showing the cover, the chapter images and the "
        "transcript, with the option to render an already finished video stream with it, for "
        "instance the recorded Zoom call with all participants",
        "rendering a podcast project as a video in a recording program, not an edit of a video "
        "file",
    ),
    out_of_scope(
        "fresh363-15",
        "generate an animation of this audio's waveform, windowed so that it scrolls across time "
        "as many visualizers do",
        "rendering a sound's waveform as a video, not an edit of a video file",
    ),
    out_of_scope(
        "fresh363-16",
        "when I record podcasts, let me record with 1 button press and download the remote "
        "recordings of the video ISO files after the show is over, without leaving the podcast "
        "studio view",
        "recording a call and downloading its tracks in a studio program, not an edit of a video "
        "file",
    ),
    out_of_scope(
        "fresh363-17",
        "add multicam editing: sync the footage from the cameras recording my podcast at the "
        "same time and choose which camera view I want to use while playing through the timeline",
        "a multicam editing feature of an editor, not an edit of the given video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
