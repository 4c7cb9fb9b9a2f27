"""A hundred-and-thirty-first fresh, held-out collection of real requests
(tests/realreq/fresh131.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh129's, the
rows are short, typical asks, like the development set's; all 18 come from GitHub issues of
apps that handle people's own videos and of their users: Wikimedia Commons' upload tool,
Rocket.Chat, Element, Delta Chat, BigBlueButton, Mastodon, PeerTube, a screen recorder, a church
projection program, an FFmpeg-on-Android library, a police-brutality video archive, Signal, a
media organizer, Nextcloud Talk's recording server and a W3C community group's meetings. Each
case follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the
`[no op]` and `[needs analysis]` rows refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, VERTICAL, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh131.md")

#: The 1920x1080 recording made 720p, its shape kept.
_TO_720 = (
    step("resize", lines=720)
    | step("resize", height=720, width=AnyOf(1280, None))
    | step("resize", width=1280, height=AnyOf(720, None))
    | step("resize", percent=Between(66, 67.5))
)
#: Smaller than the 1920x1080 input, any way it is said.
_DOWN_1080 = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080))
    | step("resize", width=Below(1920))
    | step("resize", percent=Below(100))
)
#: Smaller than the 2560x1440 GIF, any way it is said.
_DOWN_2K = (
    step("resize", lines=Below(1440))
    | step("resize", height=Below(1440))
    | step("resize", width=Below(2560))
    | step("resize", percent=Below(100))
)
#: A smaller-file setting.
_SMALL_FILE = step("quality", level=AnyOf("small", "balanced")) | step(
    "compress", max_mb=Below(1e6)
)


def _smaller(down):
    """A smaller file: a smaller-file setting, a smaller picture, or both."""
    return (
        [anywhere(_SMALL_FILE), maybe(step("resize")), maybe(step("fps")), maybe(step("codec"))],
        [anywhere(down), maybe(step("quality")), maybe(step("fps")), maybe(step("codec"))],
    )


CASES: tuple[Case, ...] = (
    do(
        "fresh131-01",
        "strip the audio from the video: it has copyrighted audio (unlicensed music, speeches) "
        "and needs its audio stripped to stay on Commons",
        [step("mute")],
        note="the sound taken off",
    ),
    do(
        "fresh131-02",
        "make my MacBook screen recording (.mov) play on my Android device: the same recording "
        "at 720p plays, but at 1080p it fails with a playback error",
        [
            anywhere(_TO_720),
            maybe(step("convert", format="mp4")),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
        ],
        note="the 1920x1080 recording made 720p (mp4, H.264 or a smaller-file setting may come)",
    ),
    do(
        "fresh131-03",
        "convert the Discord GIF (really an mp4 video file, no sound) to a GIF before uploading "
        "it to Element: there it shows as a video that doesn't loop",
        [anywhere(GIF), maybe(step("resize")), maybe(step("fps"))],
        probe=Probe(duration=6.0, width=640, height=360, has_audio=False),
        note="an animated GIF of the silent clip (a resize or frame rate may come with it)",
    ),
    do(
        "fresh131-04",
        "reencode the video before sharing it, to get the most out of my bandwidth-constrained "
        "connection (mobile or rural) and to be charged as little as possible",
        *_smaller(_DOWN_1080),
        note="a smaller file: a smaller-file setting and/or a smaller picture",
    ),
    ask(
        "fresh131-05",
        "cut the student statements out of the lecture recording: privacy law here in Germany "
        "is one important thing, but even more critical is impact on teaching success",
        "which parts (when the students speak)",
        (*WHICH_PART, "which parts", "timestamps", "times", "seconds"),
        probe=Probe(duration=5400.0),
    ),
    do(
        "fresh131-06",
        "add black borders on both sides of the vertical video, so it looks good on a desktop "
        "or laptop screen, like on Twitter",
        [
            anywhere(step("pad", aspect="16:9", color=AnyOf("black", "#000000", None))),
            maybe(step("convert", format="mp4")),
        ],
        [step("platform", platform="youtube", fit="pad"), maybe(step("convert", format="mp4"))],
        probe=VERTICAL,
        note="the 1080x1920 video padded to 16:9 with black bars",
    ),
    do(
        "fresh131-07",
        "convert the 3gp camcorder video to webm: 3gp does not play in the browser, and the webm "
        "is 20 times smaller, which saves a lot of bandwidth",
        [step("convert", format="webm"), maybe(step("quality")), maybe(step("resize"))],
        probe=Probe(duration=30.0, width=1280, height=720),
        note="the 3gp as a WebM (a smaller-file setting may come with it)",
    ),
    out_of_scope(
        "fresh131-08",
        "upload only a section of a video from another site with Import with URL, giving a "
        "start time and an end time",
        "importing (downloading) part of a video from another site by its URL, not an edit of "
        "a given file",
    ),
    do(
        "fresh131-09",
        "trim the silence at the start and end of the voice message: there's no point in "
        "sending chunks of silence",
        [step("remove_silence", where="ends")],
        probe=Probe(duration=20.0),
        note="the leading and trailing silence cut, the pauses between words left",
    ),
    do(
        "fresh131-10",
        "compress the exported 2k gif, or convert its file type, for a smaller file: it's "
        "almost 100MB, more than the file size of the mp4",
        [anywhere(GIF), maybe(step("resize")), maybe(step("fps"))],
        [anywhere(_DOWN_2K), maybe(GIF), maybe(step("fps"))],
        [anywhere(step("compress", max_mb=Below(100))), maybe(step("resize")), maybe(step("fps"))],
        [
            anywhere(step("convert", format=AnyOf("mp4", "webm"))),
            maybe(step("resize")),
            maybe(step("quality")),
            maybe(step("codec")),
        ],
        probe=Probe(duration=12.0, width=2560, height=1440, has_audio=False),
        note="a smaller file from the 2560x1440 GIF: a new GIF, smaller, under 100 MB, or a video",
    ),
    ask(
        "fresh131-11",
        "set start and end times on the video, so we play only the portion we use in our "
        "Sunday School hour",
        "which portion (the start and end times)",
        (*WHICH_PART, "which portion", "portion", "segment", "seconds", "timestamps"),
        probe=Probe(duration=600.0),
    ),
    no_op(
        "fresh131-12",
        "convert the mp4 I recorded in portrait on my phone to flv, without it turning 90° "
        "counterclockwise",
        "no op",
        probe=VERTICAL,
        note="promptcut writes no .flv files",
    ),
    no_op(
        "fresh131-13",
        "anonymize the protest video, so the faces in it can't be looked up in a tool like "
        "Clearview AI",
        "needs analysis",
        note="blurring the faces needs face detection and tracking",
    ),
    out_of_scope(
        "fresh131-14",
        "rotate the incoming video call picture of the other caller by 90°: when he turns his "
        "phone to landscape, it stays in portrait and is hard to watch",
        "a live video call's picture in the Signal Desktop app, not an edit of a file",
    ),
    do(
        "fresh131-15",
        "change the 1080p video's resolution / compression: even a few seconds of film can be "
        "quite difficult to send depending on cellular/wifi coverage",
        *_smaller(_DOWN_1080),
        probe=Probe(duration=10.0),
        note="a smaller picture than 1080p and/or a smaller-file setting",
    ),
    ask(
        "fresh131-16",
        "strip the intro from the video",
        "how long the intro is (where it ends)",
        (*WHICH_PART, "how long", "how much", "seconds", "how many"),
    ),
    out_of_scope(
        "fresh131-17",
        "record only the audio of our Talk conferences: video recording is draining the full "
        "CPU power on my instance",
        "how Nextcloud Talk's recording server records a live call, not an edit of a given file",
    ),
    ask(
        "fresh131-18",
        "convert the meeting's audio recording and trim out the beginning/end",
        "how much to trim at each end (the times), and to what format",
        (*WHICH_PART, "how much", "how long", "seconds", "format"),
        probe=Probe(duration=3600.0),
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
