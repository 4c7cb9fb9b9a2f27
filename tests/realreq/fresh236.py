"""A two-hundred-and-thirty-sixth fresh, held-out collection of real requests
(tests/realreq/fresh236.md): one checkable case a row, encoded the way fresh233.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh233's, the
rows are short, typical asks, like the development set's; eight come from GitHub issues of
video-download, subtitle, screen-recording and course-sharing tools (yt-dlp, youtube-dl, a
YouTube playlist downloader, a coub downloader, a Twitch stream recorder, Subtitle Edit, Kazam,
a catalogue of courses re-posted on Bilibili) where a user asked for something done to the file
they produce, and three from personal pages (VHS home movies, a time lapse shot by mistake, a
sister's wedding). Each case follows its row's `expected` column; the `[out of scope]` row is an
OUT-OF-SCOPE refusal, the `[no op]` rows refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import WHOLE, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh236.md")

#: The sound re-encoded as AAC in an MP4: by a re-encode, a convert to mp4 or an H.264 encode.
_AAC_SOUND = (
    [
        anywhere(step("reencode")),
        maybe(step("convert", format="mp4")),
        maybe(step("codec", codec="h264")),
    ],
    [
        anywhere(step("convert", format="mp4")),
        maybe(step("codec", codec="h264")),
        maybe(step("reencode")),
    ],
    [
        anywhere(step("codec", codec="h264")),
        maybe(step("convert", format="mp4")),
        maybe(step("reencode")),
    ],
)

CASES: tuple[Case, ...] = (
    no_op(
        "fresh236-01",
        "correct the video I downloaded: on play with any video player, the audio is behind the "
        "video, by about 0.4 seconds (I can correct it in VLC with the Synchronization feature)",
        "no op",
        probe=Probe(duration=600.0),
        note="no op: the sound moved 0.4 s earlier against the picture; no operation shifts it",
    ),
    do(
        "fresh236-02",
        "make the mkv video I downloaded usable in Premiere Pro: these mkv videos aren't accepted "
        "for their 'compression type' in Premiere Pro for some reason",
        [
            anywhere(step("convert", format=AnyOf("mp4", "mov"))),
            maybe(step("codec", codec="h264")),
            maybe(step("reencode")),
        ],
        [
            anywhere(step("codec", codec="h264")),
            anywhere(step("convert", format=AnyOf("mp4", "mov"))),
            maybe(step("reencode")),
        ],
        probe=Probe(duration=600.0),
        note="saved as an mp4 or mov that Premiere takes (an H.264 or re-encode may come with it)",
    ),
    do(
        "fresh236-03",
        "save the video in .mp4 format with hardcoded subtitles (burned-in)",
        [
            step("subtitles", file=AnyOf("subs.srt", None)),
            maybe(step("convert", format="mp4")),
        ],
        [
            step("convert", format="mp4"),
            step("subtitles", file=AnyOf("subs.srt", None)),
        ],
        assets=["subs.srt"],
        probe=Probe(duration=300.0),
        note="the subtitles burned in, saved as an mp4",
    ),
    ask(
        "fresh236-04",
        "edit out the overrun stuff at the back end of this VHS home movie I captured, and save "
        "it to mp4: I let it overrun at the back end",
        "where the home movie ends (where the overrun starts)",
        (*WHICH_PART, "overrun", "ends", "timestamp", "minute"),
        probe=Probe(duration=7200.0, width=720, height=480),
    ),
    do(
        "fresh236-05",
        "give the video I downloaded aac audio: the file has an Opus audio which fails in my "
        "media player; the downloaded video is fine",
        *_AAC_SOUND,
        probe=Probe(duration=240.0),
        note="the sound re-encoded: an MP4 with AAC audio",
    ),
    do(
        "fresh236-06",
        "slow the video dad shot of the trains back down: it was taken in high-speed time lapse "
        "without any sound, so instead of nearly 30 minutes of train video it is less than three "
        "minutes",
        [step("speed", factor=Between(0.05, 0.2), **WHOLE)],
        probe=Probe(duration=170.0, has_audio=False),
        note="about ten times slower (0.05 to 0.2 fair), all of it, interpolated or not",
    ),
    do(
        "fresh236-07",
        "convert my screencast's sound to the aac codec, to have audio on iPhone: the video works "
        "but there's no sound on iPhone 11 or iPad",
        *_AAC_SOUND,
        probe=Probe(duration=300.0),
        note="the sound re-encoded: an MP4 with AAC audio",
    ),
    ask(
        "fresh236-08",
        "cut my sister's wedding video, recorded straight through from ceremony to reception to "
        "the end (3 hours 11 minutes), down to an hour at most, ideally about 30 minutes: keep all "
        "of the chapel wedding, about 15 minutes, and from the reception the bride and groom's "
        "entrance, the costume change, the candle service and the exit",
        "where the chapel wedding and those reception moments are (the parts to keep)",
        (*WHICH_PART, "which parts", "entrance", "chapel", "timestamps"),
        probe=Probe(duration=11460.0),
    ),
    out_of_scope(
        "fresh236-09",
        "share the subtitles I transcribed with Whisper large-v3 for the Stanford EE364 Convex "
        "Optimization video to its Bilibili CC subtitles: they may be more accurate than the "
        "original YouTube subtitles",
        "CC subtitles added to a video on Bilibili, not an edit of a video file",
    ),
    no_op(
        "fresh236-10",
        "loop the coub's video for the duration of the whole song: the remuxed video seems to "
        "only loop once",
        "no op",
        probe=Probe(duration=180.0),
        note="no op: the picture repeated under the longer song; loop repeats the sound too",
    ),
    no_op(
        "fresh236-11",
        "divide this stream recording into two or more parts of 12 hours or less, for archiving "
        "to YouTube: the vod can't be over 12 hours long",
        "no op",
        probe=Probe(duration=57600.0),
        note="no op: several files from one; promptcut writes one file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
