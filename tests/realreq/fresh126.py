"""A hundred-and-twenty-sixth fresh, held-out collection of real requests
(tests/realreq/fresh126.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh125's, the
rows are short, typical asks, like the development set's; ten come from GitHub issues and pull
requests (an old Telegram client, Mastodon, a shell-history tool's demo GIF, a public-code
foundation's podcast, the W3C's accessibility videos, a video-transcoding script, a community's
onboarding video, a DevOps course's demo, Telegram X and BigBlueButton) and three from forum posts
(a videography magazine's forum, Adobe's community forum and a Mac forum). Each case follows its
row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` rows
refusals of DOABLE asks no operation does. An `[extra input: …]` marker is left out of the
request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, SOUND_ALONE, WHOLE, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh126.md")

#: Settings that may come with a conversion for a messenger or a server's limits.
_SMALLER = (
    maybe(step("resize")),
    maybe(step("compress")),
    maybe(step("quality")),
    maybe(step("reencode")),
)

CASES: tuple[Case, ...] = (
    do(
        "fresh126-01",
        "convert the video I edited with Avidemux (xvid and mp3) so Telegram lets me transfer it "
        "as a video",
        [anywhere(step("convert", format="mp4")), maybe(step("codec", codec="h264")), *_SMALLER],
        [anywhere(step("codec", codec="h264")), maybe(step("convert", format="mp4")), *_SMALLER],
        note="H.264 in an MP4 (a resize, a compress or a smaller-file setting may come with it)",
    ),
    do(
        "fresh126-02",
        "make the screen recording of a window on my retina MacBook Pro attachable to a Mastodon "
        "post: it is refused with an HTTP 422 error, while recordings from my Mac mini with a "
        "non-retina display attach fine",
        [
            step("resize", percent=Between(25, 66.7)),
            maybe(step("compress")),
            maybe(step("quality")),
        ],
        [step("resize", width=Between(640, 1920)), maybe(step("compress")), maybe(step("quality"))],
        [
            step("resize", height=Between(400, 1200)),
            maybe(step("compress")),
            maybe(step("quality")),
        ],
        [step("resize", lines=Between(400, 1200)), maybe(step("compress")), maybe(step("quality"))],
        probe=Probe(width=2880, height=1800),
        note="scaled to fit Mastodon's 1920x1200 limit: half size (1440x900) of the 2880x1800 "
        "recording, 25 to 66% is fair",
    ),
    do(
        "fresh126-03",
        "slow the demo gif down by half again: it did take me about 10 viewings to actually follow "
        "what was going on in the demo",
        [step("speed", factor=0.5, **WHOLE), maybe(GIF)],
        probe=Probe(duration=20.0, width=800, height=450, fps=10.0, has_audio=False),
        note="half speed, all of it, kept a GIF",
    ),
    do(
        "fresh126-04",
        "clean up the popping and hum in my wedding recording's audio: the band's gear interfered "
        "with my lav mics, so we plugged a cable from their PA's headphone output into my laptop, "
        "and I have the whole wedding recorded with this noise",
        [step("audio_denoise"), maybe(step("normalize"))],
        note="the steady hum taken out of the sound, any strength (no operation takes out the "
        "pops alone)",
    ),
    do(
        "fresh126-05",
        "cut an audio version of the podcast episode's recording to upload to Podbean: cut out "
        "long pauses, coughs and other noise, but try to keep the content similar to the "
        "recording, and compress and normalize it",
        [
            anywhere(step("remove_silence")),
            anywhere(step("normalize")),
            anywhere(SOUND_ALONE),
            maybe(step("audio_denoise")),
            maybe(step("compress")),
            maybe(step("quality")),
        ],
        note="the pauses cut, the loudness normalized and the sound saved alone, in any order",
    ),
    no_op(
        "fresh126-06",
        "lower the background music a little on the captions video: it felt louder on this one "
        "than on the other videos, and I found it a little disturbing",
        "no op",
        note="the music is mixed with the voice-over in one sound track; no operation lowers it "
        "alone",
    ),
    no_op(
        "fresh126-07",
        "use the digital recorder's audio in place of the film audio track of the one-hour talk: "
        "the wireless microphone spiked and lost connection here and there, but the digital audio "
        "stretches out along the timeline, losing sync by a full minute by the end",
        "no op",
        assets=("digital_audio.wav",),
        probe=Probe(duration=3600.0),
        note="replacing the sound alone leaves it a minute out of sync; stretching the "
        "recording to the picture's length is no operation",
    ),
    no_op(
        "fresh126-08",
        "fix the audio of the DV footage I already have: it is never synced with the video, it "
        "either plays too fast like the chipmunks, with gaps to bring the time back down, or way "
        "slowed down, skipping parts to catch up",
        "no op",
        note="a sample-rate mismatch in the footage's sound; no operation resamples or retimes "
        "the sound against the picture",
    ),
    ask(
        "fresh126-09",
        "offset the audio track of the file: it seems off ever so slightly, but to me it's "
        "noticeable enough to keep from enjoying it",
        "by how much, and which way (early or late)",
        (
            "how much",
            "how many",
            "milliseconds",
            "seconds",
            "which way",
            "direction",
            "early",
            "late",
            "ahead",
            "behind",
            "delay",
        ),
    ),
    ask(
        "fresh126-10",
        "switch up the music of the onboarding video if we can: it feels a bit slow and cheesy",
        "which music (no file is given)",
        ("which music", "what music", "which song", "what song", "music file", "file", "which"),
    ),
    ask(
        "fresh126-11",
        "cut or speed up the middle of the demo video: quite a bit of the screen time there is "
        "just background events without comments",
        "which part (where those stretches start and end)",
        (*WHICH_PART, "timestamp", "stretches", "how much"),
    ),
    out_of_scope(
        "fresh126-12",
        "add an option to send the video in original quality: my 156MB 3gp video showed as 26MB "
        "after sending, and its resolution had been reduced",
        "a setting of the Telegram X app (how it sends videos), not an edit of a given file",
    ),
    out_of_scope(
        "fresh126-13",
        "create the meeting recordings with only the presenter's camera displayed: most of the "
        "participants of the meeting do not want their webcams to be recorded",
        "a recording mode of a web-conference system (which cameras it records), not an edit of "
        "a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
