"""A hundred-and-fifty-eighth fresh, held-out collection of real requests
(tests/realreq/fresh158.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh157's, the
rows are short, typical asks, like the development set's; all 20 come from GitHub issues and pull
requests: the W3C's accessibility showcase videos, an AutoML lecture course, a style guide
generator's README, a ComfyUI assistant's docs, a collaboration app's landing page, a design
system's docs, a sync engine's docs, a scroll plugin's demo music, a wind-forecast demo, a game
port's cutscenes, a virtual science forum, a security group's demo video, an R package's demo
video, a review player's export, a CMS's weekly meetings, a BigBlueButton renderer, a video
downloader, a prompt left in a tool's tracker and a lecture-streaming platform. Each case
follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the
`[needs analysis]` row a refusal of a DOABLE ask no operation does. An
`[extra input: …]` marker is left out of the request and the files it names are given as assets
instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import WHOLE, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh158.md")

#: fresh158-03: the 1206 px GIF made 888 px wide (the viewport) or a little narrower.
_TO_VIEWPORT = (
    step("resize", width=Between(700, 888), height=AnyOf(None, Below(700)))
    | step("resize", percent=Between(58, 73.7))
    | step("resize", lines=Between(406, 516))
    | step("resize", height=Between(406, 516), width=AnyOf(None, Between(700, 888)))
)
#: fresh158-04: the 46 px pillarbox taken off each side of the 1920x1080 capture.
_NO_PILLARBOX = (
    step("crop_edges", left=46, right=46, top=0, bottom=0, unit="px")
    | step("crop_edges", left=Between(2.3, 2.5), right=Between(2.3, 2.5), top=0, bottom=0, unit="%")
    | step("crop_area", width=1828, height=1080)
)
#: fresh158-05: the 1080p recording at 720p.
_720P = (
    step("resize", lines=720)
    | step("resize", height=720, width=AnyOf(None, 1280))
    | step("resize", width=1280, height=AnyOf(None, 720))
)
#: fresh158-07: the 2160p video capped at 1440p.
_1440P = (
    step("resize", lines=1440)
    | step("resize", height=1440, width=AnyOf(None, 2560))
    | step("resize", width=2560, height=AnyOf(None, 1440))
)
#: An encoding setting that may come with a web re-encode.
_WEB_EXTRAS = (
    maybe(step("codec", codec="h264")),
    maybe(step("convert", format="mp4")),
    maybe(step("quality")),
    maybe(step("compress")),
)
#: fresh158-08: the track about 10 % quieter.
_TEN_PERCENT_QUIETER = step("volume", percent=Between(87, 92), **WHOLE) | step(
    "volume", db=Between(-1.3, -0.6), **WHOLE
)
#: fresh158-10: the last frame of the 60 s cutscene held, then faded out.
_HOLD_LAST = step("freeze", at=Between(58, 60), seconds=Between(0.5, 5))
_FADE_OUT = step("fade", direction="out", duration=Between(0.5, 3))

CASES: tuple[Case, ...] = (
    do(
        "fresh158-01",
        'add a start screen with the title of the video ("video captions") and an end screen with '
        'the URL of the resource ("www.w3.org/WAI/examples"), as bookends to the action',
        [
            step(
                "text",
                text="video captions",
                start=AnyOf(None, Between(0, 0.5)),
                end=Between(1, 10),
            ),
            step(
                "text",
                text="www.w3.org/WAI/examples",
                start=Between(50, 59),
                end=AnyOf(None, Between(59.5, 60)),
            ),
        ],
        [
            step(
                "text",
                text="www.w3.org/WAI/examples",
                start=Between(50, 59),
                end=AnyOf(None, Between(59.5, 60)),
            ),
            step(
                "text",
                text="video captions",
                start=AnyOf(None, Between(0, 0.5)),
                end=Between(1, 10),
            ),
        ],
        note="the title over the first seconds (up to 10 s) and the URL over the last ones, "
        "either order",
    ),
    do(
        "fresh158-02",
        "fix the lecture video w02_t03: there is no audio in the video after the introduction; "
        "luckily we still have the audio track for it",
        [step("replace_audio", file="audio.wav")],
        assets=["audio.wav"],
        note="the separate audio track put in place of the video's sound",
    ),
    do(
        "fresh158-03",
        "reduce the demo gif's pixel size: the viewport is 888px and the gif is 1206px wide "
        "(growing to 1MB would still be fine)",
        [anywhere(_TO_VIEWPORT), maybe(step("gif")), maybe(step("convert", format="gif"))],
        [anywhere(step("gif", width=Between(700, 888))), maybe(step("fps"))],
        probe=Probe(duration=20.0, width=1206, height=700, fps=10.0, has_audio=False),
        note="888 px wide (or a little less), still a GIF",
    ),
    do(
        "fresh158-04",
        "re-encode the demo recording for the docs home page: the capture is 130 MB and Mintlify "
        "refuses any file over 20 MB; crop off the 46px pillarbox on each side and drop the audio, "
        "it is digital silence",
        [
            anywhere(step("compress", max_mb=Between(1, 20))),
            anywhere(_NO_PILLARBOX),
            anywhere(step("mute")),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
        ],
        probe=Probe(duration=120.0),
        note="under 20 MB, 1828x1080 without the side bars, no sound, any order",
    ),
    do(
        "fresh158-05",
        "make Sam's recording of the product demo the landing page's hero video: 2× speed "
        "(4× would make the chat text unreadable), H.264, 720p, muted",
        [
            anywhere(step("speed", factor=2, **WHOLE)),
            anywhere(_720P),
            anywhere(step("mute")),
            *_WEB_EXTRAS,
        ],
        note="twice as fast, 720p and silent, any order",
    ),
    do(
        "fresh158-06",
        "drop the audio track from the landing page's hero intro video, without re-encoding: the "
        "audio is a 2.3 kbps, practically silent track",
        [step("mute"), maybe(step("convert", format="mp4"))],
        probe=Probe(duration=10.0, width=2880, height=1620),
        note="the sound removed",
    ),
    do(
        "fresh158-07",
        "re-encode the docs video (it is over 10MB) with H.264, 30 FPS, no audio and a 1440p "
        "height cap, for faster browser playback",
        [
            anywhere(step("fps", fps=30)),
            anywhere(_1440P),
            anywhere(step("mute")),
            *_WEB_EXTRAS,
        ],
        probe=Probe(duration=60.0, width=3840, height=2160, fps=60.0),
        note="30 fps, 1440 lines high, no sound, any order (H.264 may be set too)",
    ),
    do(
        "fresh158-08",
        "add a 1 second fade-in to the demo track and reduce its volume by about 10%: I think the "
        "slight fade helps with the initial surprise",
        [
            anywhere(step("fade", direction="in", duration=1, target=AnyOf("audio", "both"))),
            anywhere(_TEN_PERCENT_QUIETER),
        ],
        probe=Probe(duration=60.0),
        note="a 1 s fade-in of the sound and about 10 % quieter, either order",
    ),
    do(
        "fresh158-09",
        "end the clip at 196.4 s of the capture, not 198.4 s: OBS, the recording software, comes "
        "back into the frame at 197.65 s of the capture",
        [step("trim", start=0, end=196.4)],
        [step("cut", start=196.4, end=Between(239.5, 240))],
        probe=Probe(duration=240.0),
        note="everything after 196.4 s of the 240 s capture taken off",
    ),
    do(
        "fresh158-10",
        "make the intro cutscene pause and fade out at the end, the same as the win cutscene: "
        "some videos are missing fade effects at the end",
        [_HOLD_LAST, _FADE_OUT],
        note="the last frame held (0.5 to 5 s), then faded out (0.5 to 3 s)",
    ),
    do(
        "fresh158-11",
        "cut recording 1 of day 1 out of the session video: start 00:00:23, end 00:42:43 (the "
        "speakers agreed to upload their recordings online)",
        [step("trim", start=23, end=2563)],
        [step("keep_ranges", ranges=[[23, 2563]])],
        probe=Probe(duration=10800.0),
        note="0:00:23 to 0:42:43 kept",
    ),
    do(
        "fresh158-12",
        "combine the screen capture with the face-facing camera video in a picture-in-picture "
        "fashion, using the commentary as the sound (background noises in the audio track just "
        "give it more liveliness)",
        [
            anywhere(step("pip", file="camera.mp4")),
            anywhere(
                step("replace_audio", file="camera.mp4") | step("add_music", file="camera.mp4")
            ),
        ],
        assets=["camera.mp4"],
        probe=Probe(duration=60.0, has_audio=False),
        note="the camera video in a corner and its sound as the sound, either order",
    ),
    no_op(
        "fresh158-13",
        "add closed captions as part of the ADAE demo video: this does not seem possible with "
        "PowerPoint",
        "needs analysis",
        note="needs analysis: captions need speech recognition (no caption file is given)",
    ),
    do(
        "fresh158-14",
        "fix the exported movie: it is mirrored vertically, and it should have the same "
        "orientation as the source",
        [step("flip", direction="vertical")],
        note="mirrored top-to-bottom back",
    ),
    ask(
        "fresh158-15",
        'after the narration "captions make videos accessible", pause the narration before going '
        'on to "which is also handy for …", and show the person with hearing disability using '
        "captions longer: this is the main point, let it sink in",
        "when that line ends (its time) and how long to pause",
        (*WHICH_PART, "how long", "seconds", "line", "narration", "timestamp"),
    ),
    ask(
        "fresh158-16",
        "make a video for introducing new users to Backdrop out of the weekly meeting video: "
        "basically what Jen says during its first few minutes (regular viewers hear the same intro "
        "spiel each week)",
        "where Jen's intro ends (how many minutes to keep)",
        (*WHICH_PART, "minutes", "how long", "how many", "intro"),
        probe=Probe(duration=3600.0),
    ),
    ask(
        "fresh158-17",
        "crop the final video to the slides: the speaker disabled the webcam feed, so we just get "
        "a white box, and the slides are on the left side rather than centred",
        "where the slides are (the area to keep)",
        (
            "area",
            "size",
            "pixels",
            "where",
            "which",
            "how much",
            "width",
            "dimensions",
            "region",
            "position",
            "coordinates",
        ),
    ),
    out_of_scope(
        "fresh158-18",
        "record the channel's live streams in advance or automatically: they are very late at "
        "night due to the time shift, and the editor doesn't have the time to edit all the "
        "videos, so I can't see them replayed",
        "recording a YouTube channel's live streams, not an edit of a given file",
    ),
    out_of_scope(
        "fresh158-19",
        "create an emotional, cinematic goodbye video for a wife named Amrita: soft sunset "
        "lighting, a man standing alone by a window, memories shown symbolically, soft piano "
        "music and heartfelt goodbye messages",
        "generating a video from nothing (no footage is given)",
    ),
    out_of_scope(
        "fresh158-20",
        "enlarge the camera window in the lecture recording as soon as the beamer is turned "
        "off: I could hardly read the blackboard, the camera window is so small",
        "a lecture platform's composition of its camera and beamer feeds, not an edit of a given "
        "file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
