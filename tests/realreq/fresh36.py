"""A thirty-sixth fresh, held-out collection of real requests (tests/realreq/fresh36.md): one
checkable case a row, encoded the way fresh35.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh35's, the
rows are short, typical asks, like the development set's; all 21 come from GitHub issues of
end-user apps (a messenger, video editors, a converter, a downloader, a player, a GPS-track
animator, a timelapse plugin, video sites) and the libraries people script with. They cover the
odd-numbered categories of the development set: audio, crop, format, logo, odd edits, silence,
stabilization and text.
Each case follows its row's `expected` column; `[no op]` rows are DOABLE refusals and `[out of
scope]` rows OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the request and
the file it names is given as an asset instead."""

from __future__ import annotations

from pathlib import Path

from .cases import CORNERS, WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, WHOLE, Between, Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh36.md")

#: fresh36-03: the centre 4:3 of the 1920x1080 picture.
_FOUR_THREE = (
    step("crop", aspect="4:3")
    | step("crop_area", width=1440, height=1080)
    | step("crop_edges", left=240, right=240, top=0, bottom=0, unit="px")
)

CASES: tuple[Case, ...] = (
    do(
        "fresh36-01",
        "remove the audio from the video I want to share: the audio record is hardly overdriven, "
        "so the sound is scratchy",
        [step("mute")],
        note="no sound at all",
    ),
    do(
        "fresh36-02",
        "disable the video's original sound, then replace it with another sound",
        [step("replace_audio", file="sound.mp3")],
        [step("mute"), step("add_music", file="sound.mp3")],
        assets=["sound.mp3"],
        note="sound.mp3 instead of the video's own sound",
    ),
    do(
        "fresh36-03",
        "crop down the video to 4:3: currently I have to put it into handbrake and find out what "
        "crop I need to do for 4:3",
        [_FOUR_THREE],
        note="the centre 1440x1080 of the 1920x1080 picture",
    ),
    no_op(
        "fresh36-04",
        "remove the black borders from the video I am trying to create",
        "finding the black borders (of unknown size, on any side) and cropping them off; no "
        "auto-crop op",
    ),
    ask(
        "fresh36-05",
        "trim off the excess parts of the video in the top, bottom, left and right 4 directions",
        "how much to crop off each edge (pixels or a share)",
        (
            "how much",
            "how many",
            "pixel",
            "amount",
            "each edge",
            "each side",
            "percent",
            "%",
            "size",
            "area",
        ),
    ),
    do(
        "fresh36-06",
        "export all of my 18 minutes video (4.5 GB) onto a video that does not exceed 500 MB: "
        "currently when I export it I get a file of 2 GB",
        [step("compress", max_mb=Between(250, 500))],
        probe=Probe(duration=1080.0),
        note="under 500 MB, the whole 18 minutes",
    ),
    do(
        "fresh36-07",
        "turn the screen recording into a gif, for sharing it through email or on tutorial sites, "
        "to explain an action with some animation",
        [GIF],
        note="an animated GIF",
    ),
    do(
        "fresh36-08",
        "overlay my watermark, an already modified photo (transparency / clear background), on "
        "the timelapse: I currently export all renders to a video editor, add in the watermark, "
        "then post to social media; I would even be okay with placing it blind",
        [step("overlay_image", file="watermark.png", **WHOLE)],
        assets=["watermark.png"],
        note="the watermark image on all of it, anywhere",
    ),
    do(
        "fresh36-09",
        "save my video with my logo in it, at the top left: it played perfectly with the logo, "
        "but in the saved video the logo doesn't show any more",
        [step("overlay_image", file="logo.png", position="top-left", **WHOLE)],
        assets=["logo.png"],
        note="the logo burned in at the top left, all of it",
    ),
    ask(
        "fresh36-10",
        "display some logos in the animation (e.g. OGGM, PyVista, University, ...)",
        "which logo images (no file is given)",
        (
            "which logo",
            "which image",
            "what image",
            "image file",
            "logo file",
            "image",
            "file",
            "png",
            "provide",
        ),
    ),
    do(
        "fresh36-11",
        "combine this video with angle2.mp4 (they are the same length): this one stays full "
        "screen and the other (from a different angle) is placed in one of the corners, offset a "
        "little from the edge",
        [step("pip", file="angle2.mp4", position=CORNERS, **WHOLE)],
        assets=["angle2.mp4"],
        note="angle2.mp4 small in a corner, all along",
    ),
    do(
        "fresh36-12",
        "add some time at the end of the video, so the viewer can see the finished track for a "
        "few seconds: today the video stops when the animation is finished",
        [step("freeze", at=Between(59.5, 60.0), seconds=Between(2, 10))],
        note="the last frame of the 60 s video held a few seconds (2 to 10)",
    ),
    ask(
        "fresh36-13",
        "make the screencast play a bit, then pause (show a single frame) so that I can explain "
        "a concept, then play a bit more, then pause again",
        "where to pause and for how long (each time)",
        (*WHICH_PART, "how long", "moment", "frame", "second", "pause"),
    ),
    do(
        "fresh36-14",
        "cut the silent parts of the downloaded video: the main use cases are lectures and tech "
        "talks, where silent parts are frequent",
        [step("remove_silence", where="all")],
        note="every silence cut, any threshold",
    ),
    out_of_scope(
        "fresh36-15",
        "skip silence: automatically detect and remove dead air, pauses and silent intervals "
        "during audio/video playback",
        "a player's skipping of silences while it plays; not an edit of the file",
    ),
    do(
        "fresh36-16",
        "deshake (stabilize) the video: most handheld mobile videos suffer from this problem",
        [step("stabilize")],
        note="steadied, any strength",
    ),
    no_op(
        "fresh36-17",
        "correct the inclination angle of my fpv drone video frame to frame, using the gyro data "
        "(angles) recorded in the fly log: if the gyro angle is 5 degrees, rotate the video -5 "
        "degrees, then crop it",
        "a frame-by-frame rotation read from a gyro log (gyro-based stabilization); no such op",
        assets=["log.txt"],
    ),
    do(
        "fresh36-18",
        "put a transparent watermark cdyf.me on the video",
        [step("text", text="cdyf.me", **WHOLE)],
        note="the words cdyf.me on all of it, anywhere",
    ),
    ask(
        "fresh36-19",
        "add text to the video: I want to edit videos in a way that Movie Maker just can't (I'm "
        "very broke)",
        "which text (the words)",
        ("which text", "what text", "what should", "words", "text", "say", "write"),
    ),
    out_of_scope(
        "fresh36-20",
        'open a popup showing "FAIR USE NOTICE: This video may contain copyrighted material." '
        "upon opening the video post, prior to viewing the video: I wish to show such a warning "
        "on certain content",
        "a pop-up on the video site before viewing, not an edit of the file",
    ),
    out_of_scope(
        "fresh36-21",
        "watermark the video by overlaying the email address of the viewer in the corner: that "
        "way, if a recording is made, it contains the email address of whoever recorded it",
        "a watermark that differs for each viewer, put on when the video is served",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
