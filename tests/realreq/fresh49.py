"""A forty-ninth fresh, held-out collection of real requests (tests/realreq/fresh49.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh47's, the
rows are short, typical asks, like the development set's; all 13 come from GitHub issues, most
of them written in Japanese, Chinese, French or Portuguese (translated minimally) or by
non-native English speakers: a webcam caption overlay, a Quran video maker, a video editor, a
downloader, a university video platform, a meeting media tool, a camera app, a test-automation
tool's introduction videos, a university media team, a short-video SDK, a workshop documentation
tool, a dashcam app and a live restreamer. Each case follows its row's `expected` column;
`[no op]`/`[needs analysis]` rows are refusals, `[out of scope]` rows are OUT-OF-SCOPE refusals."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import LOUDER, SOUND_ALONE, WHOLE, AnyOf, Between, Case, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh49.md")


CASES: tuple[Case, ...] = (
    do(
        "fresh49-01",
        "fix the front-camera video flipped left and right: when I move right, on the screen it "
        "moves left",
        [step("flip", direction="horizontal")],
        note="mirrored left to right",
    ),
    do(
        "fresh49-02",
        "compress the exported video, it has a large size: that will be good if someone wants to "
        "share videos and uploading them",
        [step("quality", level="small")],
        [step("compress"), maybe(step("quality", level="small"))],
        note="a smaller file: the small-file setting, or under any size",
    ),
    do(
        "fresh49-03",
        "separate the audio from the video",
        [SOUND_ALONE],
        note="the sound alone, as an audio file of any type",
    ),
    do(
        "fresh49-04",
        "extract only the audio from the video file, as MP3 at 192kbps",
        [step("extract_audio", format="mp3", kbps=192)],
        [step("extract_audio", format=AnyOf("mp3", None), kbps=192), step("convert", format="mp3")],
        note="the sound alone, as an mp3 at 192 kbit/s",
    ),
    do(
        "fresh49-05",
        "slow the video down to make learning the music easier: 50% is often much too slow, the "
        "relevant range lies between 75% and 95%",
        [step("speed", factor=Between(0.75, 0.95), **WHOLE)],
        note="slowed to between 75% and 95% of its speed, all of it",
    ),
    do(
        "fresh49-06",
        "increase the volume of the JW Stream video to more than 100% of the original: it has "
        "lower volume than other videos",
        [LOUDER],
        note="louder, any amount or a loudness target, all of it",
    ),
    do(
        "fresh49-07",
        "make the video play twice slower, to play a fast action in slow motion",
        [step("speed", factor=0.5, **WHOLE)],
        note="half speed, all of it",
    ),
    no_op(
        "fresh49-08",
        "take out the background music of the introduction video, or turn it down: it is too "
        "loud and almost covers up the key introductions",
        "needs analysis: the music is mixed with the voice in one sound track (source separation)",
    ),
    no_op(
        "fresh49-09",
        "remove the echo from the start of the live recording before reposting it (maybe it is at "
        "other moments too)",
        "removing an echo; audio_denoise takes out steady noise, not an echo",
    ),
    do(
        "fresh49-10",
        "rotate the video 90 degrees while editing it: the user can switch the video's playback "
        "angle himself",
        [step("rotate", degrees=AnyOf(90, 270))],
        note="a quarter turn (clockwise by convention; no direction is said)",
    ),
    ask(
        "fresh49-11",
        "cut the video to isolate the sequence, precisely as I want",
        "which part to keep (start and end)",
        WHICH_PART,
    ),
    ask(
        "fresh49-12",
        "change the orientation of the video: I record vertically (it's just a backup for my "
        "normal dashcam), but the app records video horizontally",
        "which way to turn it (90° clockwise or counter-clockwise)",
        ("which way", "direction", "clockwise", "counter", "left or right", "which"),
    ),
    out_of_scope(
        "fresh49-13",
        "overlay our channel logo and channel name on the outgoing stream, visible on all "
        "transcoded output streams and relays",
        "an overlay on a live restreamer's outgoing streams, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
