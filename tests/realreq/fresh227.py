"""A two-hundred-and-twenty-seventh fresh, held-out collection of real requests
(tests/realreq/fresh227.md): one checkable case a row, encoded the way fresh225.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh225's, the
rows are short, typical asks, here of gamers and streamers about the clips their tools record;
all 17 come from GitHub issues of those tools (the Vice clipper, Recordly, Nemo64/clip,
ShareX for OBS replay-buffer clips, SysDVR and VideoGameCapture for the Switch, libTAS,
BizHawk, Captura, omniclip and an Expo recording tutorial). Each case follows its row's
`expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` rows
refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    WHOLE,
    Above,
    Below,
    Between,
    Case,
    Probe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh227.md")

#: 720p, however the size is written.
_720P = (
    step("resize", lines=720) | step("resize", height=720) | step("resize", width=1280, height=720)
)

#: More contrast, all of it.
_PUNCHIER = step("contrast", percent=Above(0), **WHOLE)

#: Deeper mid-tones, all of it.
_DEEPER = step("gamma", gamma=Below(1), **WHOLE)

CASES: tuple[Case, ...] = (
    do(
        "fresh227-01",
        "make my clip fit Discord's maximum filesize of 10mb for non-nitro users: Discord "
        "has gone back down to 10mb",
        [step("compress", max_mb=Between(5, 10))],
        probe=Probe(duration=30.0, width=2560, height=1440, fps=60.0),
        note="under Discord's 10 MB",
    ),
    do(
        "fresh227-02",
        "convert this OBS replay buffer clip to WEBM VP9 to reduce its file size: I often "
        "want to attach these clips to discord, and discord does work with VP9 but not x265",
        [step("convert", format="webm")],
        probe=Probe(duration=30.0, fps=60.0),
        note="a WebM (VP9) file",
    ),
    do(
        "fresh227-03",
        "make my clip 720p: my clips are all in 1080p while i have 720p enabled",
        [_720P],
        probe=Probe(duration=30.0, width=1920, height=1080, fps=60.0),
        note="1080p down to 720p",
    ),
    do(
        "fresh227-04",
        "put the contrast and/or gamma of my Switch recording back: in recording mode the "
        "switch reduces the image contrast and gamma, making the picture appear washed out",
        [_PUNCHIER],
        [_PUNCHIER, _DEEPER],
        [_DEEPER, _PUNCHIER],
        [_DEEPER],
        probe=Probe(duration=300.0, width=1280, height=720),
        note="more contrast, with or without deeper mid-tones (or those alone)",
    ),
    do(
        "fresh227-05",
        "make the MKV of my MAME TAS run at game speed: recording at 30FPS, the encoded "
        "video ends up running at 1/2 game speed, with stuttering audio",
        [step("speed", factor=2, **WHOLE)],
        probe=Probe(duration=120.0, fps=30.0),
        note="twice as fast, all of it",
    ),
    do(
        "fresh227-06",
        "take my 75 Hz video down to 60 Hz: I have 60 Hz monitor and I don't see any reason "
        "to store video for me with more than 60 fps",
        [step("fps", fps=60)],
        probe=Probe(duration=120.0, width=640, height=480, fps=75.0),
        note="75 frames a second down to 60",
    ),
    do(
        "fresh227-07",
        "the video plays back too fast after capture: it was around 10 seconds long when I "
        "took it, make it play at the right speed",
        [step("speed", factor=Between(0.4, 0.6), **WHOLE)],
        probe=Probe(duration=5.0, fps=60.0),
        note="the 5 s file slowed back to about 10 s",
    ),
    no_op(
        "fresh227-08",
        "make the microphone in my clip mono: I use an XLR microphone, and hearing my "
        "keyboard clacking or voice whenever I'm talking only in the left ear is not a "
        "pleasant experience",
        "no op",
        probe=Probe(duration=60.0),
        note="no op: one channel copied to both ears; no channel operation",
    ),
    no_op(
        "fresh227-09",
        "set this clip that has mono audio (left channel only) to stereo so that it can be "
        "heard in both the left and right audio channels: many microphone interfaces record "
        "audio in mono",
        "no op",
        probe=Probe(duration=60.0),
        note="no op: the left channel played in both; no channel operation",
    ),
    no_op(
        "fresh227-10",
        "make the desktop sound in my clip quieter next to my microphone: I use my "
        "headphones at 60%, which on the clip makes everything way louder than my microphone",
        "no op",
        probe=Probe(duration=60.0),
        note="no op: one source's level inside the mixed sound",
    ),
    ask(
        "fresh227-11",
        "balance the game, voice chat, and mic in this clip: they are all different volumes "
        "and need to be balanced in post",
        "which source louder or quieter, and by how much",
        ("which", "how much", "louder", "quieter", "level", "track", "source"),
        probe=Probe(duration=60.0),
    ),
    ask(
        "fresh227-12",
        "make my stream clip a YouTube Short / TikTok: resize certain sections of the video, "
        "add a blur effect, with the streamer's face on top and the game's footage on the "
        "bottom",
        "where the face cam and the game are in the picture (which sections)",
        (*WHICH_PART, "face", "webcam", "cam", "section", "region", "layout"),
        probe=Probe(duration=60.0),
    ),
    do(
        "fresh227-15",
        "turn my screencast the right way up: RecordOnRender records videos upside-down",
        [step("flip", direction="vertical")],
        [step("rotate", degrees=180)],
        probe=Probe(duration=20.0, width=640, height=480),
        note="the right way up: mirrored top to bottom, or turned half round",
    ),
    ask(
        "fresh227-16",
        "rotate the window recording: when I record a window, even from OpenGL I end up with "
        "a flipped version of what I saw on screen; just in increments of 90 degrees",
        "which way it is turned (by how many degrees, or a mirror)",
        ("which", "how many", "degrees", "direction", "90", "180", "upside", "mirror", "flip"),
        probe=Probe(duration=60.0),
    ),
    out_of_scope(
        "fresh227-13",
        "fix the capture card settings so video captured from my Switch 2 is not too bright, "
        "with blown out highlights; the image that makes it to my TV is fine",
        "a capture card's video format and colour space, not an edit of a file",
    ),
    out_of_scope(
        "fresh227-14",
        "tell me why, whenever I press record, the first snippit of the video is black",
        "why a recorder starts black, a question about the app",
    ),
    out_of_scope(
        "fresh227-17",
        "check what is wrong with this video with me and my kids: when I play it, it is "
        "upside down, but on my girlfriend's phone (where the video was shot) it looks "
        "correct",
        "why one player shows the file upside down, a question about its rotation flag",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
