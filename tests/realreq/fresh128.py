"""A hundred-and-twenty-eighth fresh, held-out collection of real requests
(tests/realreq/fresh128.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh125's, the
rows are short, typical asks, like the development set's; they come from a video forum's
question (a dance troupe's stage footage), a personal blog's post (a webcam video on dial-up)
and GitHub issues of a notation program, a selfie tool, a short-video platform, a web-conference
recording downloader, a bookmarking extension, a university course, a small business's video
tasks, a school team, a video editor's French user, an assistant app's Malayalam user, a
messaging app, a doorbell plug-in and an app patcher. Each case follows its row's `expected`
column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` and `[needs analysis]`
rows refusals of DOABLE asks no operation does. An `[extra input: …]` marker is left out of the
request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, WHOLE, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh128.md")

#: A still image, saved as an image file if the plan names one.
_IMAGE = maybe(step("convert", format=AnyOf("png", "jpg")))
#: A smaller file, with or without a size to stay under.
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Below(164))
#: fresh128-07: the 2880x1598 GIF at a smaller resolution.
_SMALLER_GIF_PICTURE = (
    step("resize", percent=Below(100))
    | step("resize", width=Below(2880))
    | step("resize", height=Below(1598))
    | step("resize", lines=Below(1598))
)
#: fresh128-03: a short selfie GIF, silent.
_SELFIE_GIF = Probe(duration=3.0, width=640, height=480, fps=10.0, has_audio=False)

CASES: tuple[Case, ...] = (
    no_op(
        "fresh128-01",
        "correct the blown-out footage of the dance troupe: the dancers are completely blown out, "
        "and I can't find any filter to knock down the highlights",
        "no op",
        note="the highlights are clipped to white; no operation brings their detail back",
    ),
    do(
        "fresh128-02",
        'take the "Made with MuseScore Studio" image off the end of the exported video: I\'d '
        "rather have no image at the end",
        [step("keep_scenes", remove=[-1])],
        [step("trim", start=0, end=AnyOf(Between(-10, -1), Between(110, 119)))],
        [step("cut", start=Between(110, 119), end=AnyOf(120, Between(119.9, 120)))],
        probe=Probe(duration=120.0),
        note="the last scene (the end image) removed, or the last 1 to 10 s of the 2-minute video",
    ),
    do(
        "fresh128-03",
        "flip my selfie before submitting it: it comes out mirrored, and I want to show my "
        "awesome startup weekend t-shirt",
        [step("flip", direction="horizontal"), maybe(GIF)],
        probe=_SELFIE_GIF,
        note="mirrored left to right, all of the short selfie GIF, still a GIF",
    ),
    do(
        "fresh128-04",
        "make my two minute webcam video smaller: it is 164 MEGS, and I'm on a dial-up "
        "connection, do you realize how long it would take to upload it?",
        [anywhere(_SMALLER), maybe(step("resize")), maybe(step("fps"))],
        [
            anywhere(step("resize", percent=Below(100)) | step("resize", lines=Below(480))),
            maybe(_SMALLER),
            maybe(step("fps")),
        ],
        probe=Probe(duration=120.0, width=640, height=480),
        note="a smaller file (under 164 MB); a resize or a lower frame rate may come with it",
    ),
    do(
        "fresh128-05",
        "make a thumbnail for my video that is not its first frame: I use a fade-in on my "
        "uploads, so a first-frame thumbnail is just a blank, black one",
        [step("still", at=AnyOf(None, Between(1, 59))), _IMAGE],
        note="a frame past the fade-in (1 s to 59 s; the default third of the way in is fine)",
    ),
    do(
        "fresh128-06",
        "put the webcam in the output of the recording: the webcam goes in the bottom left "
        "corner of the video, resized",
        [
            step(
                "pip",
                file="webcam.mp4",
                position="bottom-left",
                size=AnyOf(None, Below(60)),
                **WHOLE,
            )
        ],
        assets=["webcam.mp4"],
        note="the webcam recording small in the bottom left corner, all of it",
    ),
    do(
        "fresh128-07",
        "make the README gif smaller: it is 10-20MB, at 2880 × 1598, which is huge, and it "
        "creates a long loading time when visiting our repo",
        [
            anywhere(_SMALLER_GIF_PICTURE),
            maybe(GIF),
            maybe(step("fps")),
            maybe(step("quality")),
        ],
        [anywhere(step("gif", width=Below(2880))), maybe(step("fps"))],
        probe=Probe(duration=20.0, width=2880, height=1598, fps=15.0, has_audio=False),
        note="a smaller resolution than 2880x1598, still a GIF",
    ),
    no_op(
        "fresh128-08",
        "take the Slack notification sounds out of the homework 1 video: every single time I "
        "heard one I couldn't resist checking my Slack, when the notification was in fact coming "
        "from the video",
        "needs analysis",
        note="finding each notification sound in the audio (its times) to mute or cut it",
    ),
    ask(
        "fresh128-09",
        "edit the oatmeal cookie taste test video so it is ready for YouTube, with our "
        "consistent intro/outro, for a professional and consistent experience for viewers",
        "the intro and outro (files to add), and what else to edit",
        ("intro", "outro", "file", "which", "what", "provide", "clip"),
    ),
    ask(
        "fresh128-10",
        "apply some editing to the video to make it catchier",
        "what to change (which edit)",
        ("what", "which", "how", "edit", "change", "specify", "kind"),
    ),
    ask(
        "fresh128-11",
        "fix my exported video: some cuts appear very dark, even black, while others appear "
        "with good brightness",
        "which cuts are dark (their times)",
        (*WHICH_PART, "cut", "part", "dark"),
    ),
    out_of_scope(
        "fresh128-12",
        "make a video of these two photos, with background music: the first photo for Pathros "
        "K P's 31st death anniversary, the second for K P Varghese's eleventh",
        "no video to edit: a video made from two photos and music (a memorial slideshow)",
    ),
    out_of_scope(
        "fresh128-13",
        "let me send my 156MB 3gp video in original quality: Telegram X showed it was 26MB "
        "after sending it, and the resolution has been reduced",
        "a messaging app's option for sending videos, not an edit of the file",
    ),
    out_of_scope(
        "fresh128-14",
        "make the head-to-toe doorbell's square camera image 16:9 in HomeKit, zooming the image "
        "to fit, eliminating the vignette and square aspect",
        "a plug-in's live camera stream shown in HomeKit, not an edit of a file",
    ),
    out_of_scope(
        "fresh128-15",
        "give me a download option for TikToks that removes the ending but keeps the watermark",
        "downloading videos from TikTok (a patched app's download option), not an edit of a "
        "given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
