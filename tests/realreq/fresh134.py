"""A hundred-and-thirty-fourth fresh, held-out collection of real requests
(tests/realreq/fresh134.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh133's, the
rows are short, typical asks, like the development set's; all 15 come from GitHub issues of
people who are not video professionals, users of a GIF recorder, a screencast extension, a
video-digitizing tool, a screenshot tool, a video editor, an e-ink movie player, a video model,
a dashcam anonymizer, a vocal remover, a university's video service, an audio recorder, Apple's
Photos app, a media player, a Twitch client and a Telegram app. Each case follows its row's
`expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` and
`[needs analysis]` rows refusals of a DOABLE ask no operation does. An `[extra input: …]` marker
is left out of the request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, WHOLE, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh134.md")

#: The 1280x720 captured GIF made smaller.
_SMALLER_GIF = (
    step("resize", percent=Below(100))
    | step("resize", width=Below(1280))
    | step("resize", height=Below(720))
    | step("resize", lines=Below(720))
)
#: The 4K movie scaled down.
_BELOW_4K = (
    step("resize", lines=Below(2160))
    | step("resize", height=Below(2160))
    | step("resize", width=Below(3840))
    | step("resize", percent=Below(100))
)
#: Extras a re-encode for a messaging app may come with.
_SEND_EXTRAS = (
    maybe(step("compress")),
    maybe(step("resize")),
    maybe(step("quality")),
    maybe(step("convert", format="mp4")),
    maybe(step("fps")),
)

CASES: tuple[Case, ...] = (
    do(
        "fresh134-01",
        "make the captured GIF smaller, so it looks better: the resulting one looks too big",
        [anywhere(_SMALLER_GIF), maybe(GIF), maybe(step("fps"))],
        [anywhere(step("gif", width=Below(1280))), maybe(step("fps"))],
        probe=Probe(duration=10.0, width=1280, height=720, fps=15.0, has_audio=False),
        note="the 1280x720 GIF scaled down, still a GIF",
    ),
    do(
        "fresh134-02",
        "make the MP4 screencast play when sent by WhatsApp: with more than 1 minute it is sent, "
        "but the video does not start and the preload keeps spinning (videos of a few seconds "
        "work fine, and rendered with Kdenlive it works)",
        [anywhere(step("codec", codec="h264")), maybe(step("reencode")), *_SEND_EXTRAS],
        [anywhere(step("reencode")), maybe(step("codec", codec="h264")), *_SEND_EXTRAS],
        [
            anywhere(step("compress", max_mb=Between(8, 100))),
            maybe(step("codec", codec="h264")),
            maybe(step("reencode")),
            maybe(step("resize")),
            maybe(step("quality")),
            maybe(step("convert", format="mp4")),
            maybe(step("fps")),
        ],
        probe=Probe(duration=90.0),
        note="the 90 s screencast re-encoded as H.264 (or compressed under WhatsApp's limit)",
    ),
    do(
        "fresh134-03",
        "up-convert the lower resolution video file to an mkv file",
        [
            anywhere(step("convert", format="mkv")),
            maybe(step("resize")),
            maybe(step("reencode")),
            maybe(step("quality")),
        ],
        probe=Probe(width=720, height=480),
        note="the 720x480 file saved as an mkv",
    ),
    do(
        "fresh134-04",
        "save the screen recording as a GIF instead of a full blown video: sometimes I change my "
        "mind while recording and just wanna have a GIF, as those are easier to upload",
        [anywhere(GIF), maybe(step("resize")), maybe(step("fps"))],
        note="an animated GIF of all of it",
    ),
    do(
        "fresh134-05",
        "go from this clip to the next one with a circle in and out transition, like the Apple "
        "iMovie I normally use: my transitions only fade from black or to black",
        [
            step(
                "transition",
                clips=AnyOf(["clip2.mp4"], []),
                style=AnyOf("circleopen", "circleclose", "circlecrop"),
            )
        ],
        assets=["clip2.mp4"],
        note="clip2.mp4 joined after it with a circle transition",
    ),
    do(
        "fresh134-06",
        "re-encode the 4K movie to minimize the file size on my SD card, but not so low it would "
        "impact the rendering on the e-ink display: 4k is obviously overkill for this project",
        [
            anywhere(_BELOW_4K),
            maybe(step("quality")),
            maybe(step("compress")),
            maybe(step("mute")),
            maybe(step("codec")),
            maybe(step("fps")),
        ],
        probe=Probe(duration=5400.0, width=3840, height=2160),
        note="the 4K movie scaled down (a smaller-file setting, no sound may come with it)",
    ),
    do(
        "fresh134-07",
        "restore this VHS tape video to high-definition quality while preserving the original "
        "content: enhance overall sharpness, contrast and clarity without over-processing, and do "
        "not alter faces in any way",
        [
            anywhere(step("sharpen", strength=AnyOf("light", "medium"), **WHOLE)),
            anywhere(step("contrast", percent=Between(1, 40), **WHOLE)),
            maybe(step("resize")),
            maybe(step("denoise")),
            maybe(step("quality")),
        ],
        probe=Probe(duration=1800.0, width=720, height=480, fps=29.97),
        note="sharper and a little more contrast, all of it (an upscale or denoise may come with "
        "it)",
    ),
    no_op(
        "fresh134-08",
        "output the dashcam video with the vehicle number plates and the person faces blurred",
        "needs analysis",
        note="finding every number plate and face, as they move, is object detection",
    ),
    no_op(
        "fresh134-09",
        "remove 10 seconds of vocals in the middle of the song",
        "needs analysis",
        probe=Probe(duration=240.0),
        note="taking the vocals out of the mix is source separation",
    ),
    no_op(
        "fresh134-10",
        "lower the background music a little from when Amanda starts to talk (at 00:08), with a "
        "smooth transition in the music's volume, not too abrupt",
        "no op",
        probe=Probe(duration=120.0),
        note="the music is mixed with Amanda's voice in one sound track; no operation lowers it "
        "alone",
    ),
    ask(
        "fresh134-11",
        "save only the last 2, 3 or 5 minutes of my 30-minute session recording: I beatbox and "
        "sing, and whenever I like a freestyle I decide to keep it after",
        "how much of the end to keep (the last 2, 3 or 5 minutes)",
        (*WHICH_PART, "how much", "how long", "how many", "minutes"),
        probe=Probe(duration=1800.0),
    ),
    out_of_scope(
        "fresh134-12",
        "let the Photos app rotate videos: it's very common when you record on iPhone to end up "
        "with videos with the incorrect orientation",
        "a feature of Apple's Photos app, not an edit of a given file",
    ),
    out_of_scope(
        "fresh134-13",
        "give the video player an option to loop a video file: as much as I love this video "
        "player, there just does not seem to be a way to loop audio or video files",
        "a media player's playback setting, not an edit of a file",
    ),
    out_of_scope(
        "fresh134-14",
        "download past vods, with the option of audio/video/both, and a stream that's currently "
        "live, so if they get banned or something you can still watch the rest of it later",
        "downloading streams from Twitch, not an edit of a given file",
    ),
    out_of_scope(
        "fresh134-15",
        "let me upload a video for a video memo instead of recording one, right in the app: I know "
        "it's possible with a bot, but I don't want to deal with the \"Forwarded from...\"",
        "a feature of a Telegram app (sending a file as a round video message), not an edit of "
        "the file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
