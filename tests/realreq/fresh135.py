"""A hundred-and-thirty-fifth fresh, held-out collection of real requests
(tests/realreq/fresh135.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh133's, the
rows are short, typical asks, like the development set's; 17 come from GitHub issues and pull
requests (two phone camera apps, a gallery's video plugin, a dashboard framework, an outpainting
tool, a website's hero video, a deep-learning library's docs, a lecture's videos, a concert
archive, a review video, an image viewer, a silence cutter, a lossless cutter, a music player, a
radio downloader, a rhythm game and a mirrored Apple bug report), one from a video editor's user
forum, one from a personal blog and one from a camera app's SourceForge discussion. Each case
follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the
`[no op]` row a refusal of a DOABLE ask no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    LOUDER,
    VERTICAL,
    WHOLE,
    Above,
    AnyOf,
    Between,
    Case,
    Probe,
    anywhere,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh135.md")

#: A smaller file: a smaller-file setting, or any size to stay under.
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Above(0))
#: A smaller resolution than the 1920x1080 video.
_DOWNSCALE = (
    step("resize", lines=Between(360, 720))
    | step("resize", height=Between(360, 720))
    | step("resize", width=Between(640, 1280))
    | step("resize", percent=Between(25, 67))
)
#: The 20-frame turntable rendered at 24 fps.
_TURNTABLE = Probe(duration=20 / 24, fps=24.0, has_audio=False)

CASES: tuple[Case, ...] = (
    do(
        "fresh135-01",
        "fix the video: it came out upside down when I turned the phone to the right in video "
        "mode (turning it to the left it shoots correctly)",
        [step("rotate", degrees=180)],
        [step("flip", direction="horizontal"), step("flip", direction="vertical")],
        [step("flip", direction="vertical"), step("flip", direction="horizontal")],
        note="turned a half turn (or flipped both ways)",
    ),
    do(
        "fresh135-02",
        "correct the second of the horizontal videos I recorded in succession: it is incorrectly "
        "oriented vertically",
        [step("rotate", degrees=AnyOf(90, 270))],
        probe=VERTICAL,
        note="a quarter turn, either way (which way is not said), of the 1080x1920 video",
    ),
    do(
        "fresh135-03",
        "convert the iPhone's hvc1 video to the old h264: this will help to play the video, as new "
        "iPhones output video this way",
        [
            anywhere(step("codec", codec="h264")),
            maybe(step("convert", format=AnyOf("mp4", "mov"))),
            maybe(step("reencode")),
        ],
        note="the picture encoded as H.264 (an mp4 or mov container, or a re-encode, may come "
        "with it)",
    ),
    do(
        "fresh135-04",
        "convert the webm screencast to mp4: GitHub does not detect the webm-formatted videos, so "
        "they are difficult to share in issues",
        [
            anywhere(step("convert", format="mp4")),
            maybe(step("codec", codec="h264")),
            maybe(step("fps", fps=24)),
            maybe(step("reencode")),
        ],
        note="an mp4 (H.264, a 24 fps rate or a re-encode may come with it)",
    ),
    do(
        "fresh135-05",
        "convert that large gif into a 5mb webm for the embed: from 28 to 5mb",
        [
            anywhere(step("convert", format="webm")),
            anywhere(step("compress", max_mb=Between(3, 5))),
            maybe(step("resize")),
            maybe(step("fps")),
            maybe(step("quality")),
        ],
        note="a webm under 5 MB (3 to 5), in either order (a resize, a frame rate or a "
        "smaller-file setting may come with it)",
    ),
    do(
        "fresh135-06",
        "re-encode the 31.9 MB hero video to the size of the other pages' heroes (2.8 to 6.4 MB): "
        "it is far heavier than any other hero, and phones get the full weight",
        [
            anywhere(step("compress", max_mb=Between(2.8, 6.4))),
            maybe(step("resize")),
            maybe(step("quality")),
            maybe(step("codec")),
            maybe(step("reencode")),
        ],
        note="a file of 2.8 to 6.4 MB (a resize, a smaller-file setting or a codec may come with "
        "it)",
    ),
    do(
        "fresh135-07",
        "make the tutorial video lighter: it has a high quality, and my internet access can't load "
        "it in time",
        [anywhere(_SMALLER), maybe(step("resize")), maybe(step("codec"))],
        [anywhere(_DOWNSCALE), maybe(step("quality")), maybe(step("codec"))],
        note="a smaller file: a smaller-file setting, a size, or a lower resolution",
    ),
    do(
        "fresh135-08",
        "export the lecture video again with the audio gain at +2 instead of +10: the audio level "
        "was probably too high, and there could have been quite a lot of clipping",
        [step("volume", db=Between(-9, -7), **WHOLE)],
        [step("volume", percent=Between(35, 45), **WHOLE)],
        note="8 dB quieter (about 40%), all of it",
    ),
    do(
        "fresh135-09",
        "normalize (amplify) the quiet audio of the 1985-11-14 show: it is too quiet",
        [LOUDER, maybe(step("convert", format="mp3"))],
        note="normalized (or louder by any amount), all of it",
    ),
    do(
        "fresh135-10",
        "add an extra second or two to dwell on the title card at 0:29",
        [step("freeze", at=Between(28.5, 30), seconds=Between(1, 2))],
        probe=Probe(duration=95.0),
        note="the frame at 0:29 held 1 to 2 seconds",
    ),
    do(
        "fresh135-11",
        "slow the 20-frame model turntable down to 3 fps, to make a longer turntable for a "
        "natural viewing speed",
        [step("speed", factor=Between(0.12, 0.13), **WHOLE), maybe(step("fps", fps=3))],
        probe=_TURNTABLE,
        note="each of the 20 frames (rendered at 24 fps) held 1/3 s: 1/8 speed, all of it (a 3 "
        "fps rate may come with it)",
    ),
    no_op(
        "fresh135-12",
        "show the original video's timestamp burnt in, so that after the silences are removed I "
        "can find each section in the original: going back to the corresponding point is "
        "difficult because the timestamp is different",
        "no op",
        note="a running timecode of the original video; no timecode op (text draws fixed words)",
    ),
    ask(
        "fresh135-13",
        "clip the video: this function is also frequently used",
        "what clipping means here (which part to keep or cut)",
        (*WHICH_PART, "what", "clip", "mean", "cut", "keep"),
    ),
    ask(
        "fresh135-14",
        "stop the soccer video, zoom in on the defender getting beat and then zoom back out to the "
        "original shot and continue; and add an arrow pointing out the action",
        "when the defender is beaten and where he is in the frame",
        (*WHICH_PART, "defender", "area", "region", "position", "zoom", "moment"),
    ),
    ask(
        "fresh135-15",
        "whittle the hour of raw reception video down to an interesting 25 or 30 minutes: I'm "
        "putting together a wedding video for a friend",
        "which parts to keep (25 to 30 minutes of the hour)",
        (*WHICH_PART, "which parts", "keep", "interesting"),
        probe=Probe(duration=3600.0),
    ),
    ask(
        "fresh135-16",
        "trim the head and the tail off the video: the music in it is in the middle, and I have to "
        "adjust the position when listening",
        "where the music starts and ends",
        (*WHICH_PART, "how much", "seconds", "music"),
    ),
    ask(
        "fresh135-17",
        "remove the NTS jingle at the start and end of the episode",
        "how long the jingle is at each end (it varies)",
        (*WHICH_PART, "how long", "how many", "seconds", "jingle", "length"),
        probe=Probe(duration=7200.0),
    ),
    out_of_scope(
        "fresh135-18",
        "save the replay as a video, like avi/mp4, with a choosable framerate and resolution: "
        "sometimes it is not possible to share replays as osu replay files",
        "rendering a game's replay as a video, not an edit of a given file",
    ),
    out_of_scope(
        "fresh135-19",
        "focus the video on the goal: I'm filming football with a static camera pointing at the "
        "goal, and tapping the screen just seems to alter the exposure",
        "the camera's focus while filming, not an edit of a file",
    ),
    out_of_scope(
        "fresh135-20",
        'make Screen Recording trim the "stop recording" dialogs and the Control Center opening '
        "off the end of my recordings by itself: most people already spend time to do this "
        "manually",
        "a feature of the phone's screen recorder, trimming every recording by itself, not an "
        "edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
