"""A seventy-ninth fresh, held-out collection of real requests (tests/realreq/fresh79.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh77's, the
rows are short, typical asks, like the development set's; all 15 come from GitHub issues and pull
requests of a GoPro firmware tracker, an Instagram tweak, a gallery library, a Mastodon client,
the Pixelfed app, a gallery app, a course repository, a medical-imaging viewer, a web demo, a
picture selector, Immich, ShareX, a photo sorter, an NVR and Simple Gallery. Each case follows
its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals. An
`[extra input: …]` marker is left out of the request and the files it names are given as assets
instead."""

from __future__ import annotations

from pathlib import Path

from .cases import CORNERS, WHICH_PART, ask, do, out_of_scope
from .score import WHOLE, AnyOf, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh79.md")

#: A still saved as an image, by the still operation's own format or a conversion.
_IMAGE = maybe(step("convert", format=AnyOf("png", "jpg")))

#: A smaller file: a smaller-file quality setting, or a size to stay under.
_SMALLER = step("quality", level="small") | step("compress", max_mb=Between(0.1, None))

#: 720p of the 1920x1080 video, by its standard or its size.
_TO_720P = (
    step("resize", lines=720)
    | step("resize", width=AnyOf(1280, None), height=720)
    | step("resize", width=1280, height=AnyOf(720, None))
)

#: An animated GIF, by the gif operation (a gif format may come with it) or as a format.
_GIF = ([step("gif"), maybe(step("convert", format="gif"))], [step("convert", format="gif")])

CASES: tuple[Case, ...] = (
    do(
        "fresh79-01",
        "disable the audio of the video completely: I do a lot of recording in public, and in my "
        "country it's illegal to record audio of people in public in many cases",
        [step("mute")],
        note="the sound removed",
    ),
    do(
        "fresh79-02",
        "save the video without the audio: a lot of funny animal videos have by far the worst "
        "music/audio a human could possibly hear",
        [step("mute")],
        note="the sound removed",
    ),
    do(
        "fresh79-03",
        "convert the video to 720p and compress the video quality: useful for sharing",
        [_TO_720P, maybe(_SMALLER | step("quality", level="balanced"))],
        note="scaled to 720p; a smaller-file setting may come with it",
    ),
    do(
        "fresh79-04",
        "compress the video: pictures can already be compressed",
        [_SMALLER],
        note="a smaller file, by a quality setting or a size",
    ),
    do(
        "fresh79-05",
        "convert the Live Photo to a gif when uploading: when you upload a Live Photo, it only "
        "uploads a still",
        *_GIF,
        note="an animated GIF of the clip",
    ),
    do(
        "fresh79-06",
        "choose the middle frame of the video as its thumbnail: the last frame is chosen, and "
        "many of my videos have the same outro (eg: tiktok)",
        [step("still", at=Between(27, 33)), _IMAGE],
        note="the frame from the middle of the 60 s video (a third of the way in is not it)",
    ),
    do(
        "fresh79-07",
        "convert the Live Photo, which I had set to loop in the Photos app, to mp4, to post it as "
        "a looped video",
        [step("convert", format="mp4")],
        note="saved as an mp4",
    ),
    do(
        "fresh79-08",
        "normalize the sound volume of the video: there are noticeable differences in the volume "
        "within it, where it was cut together",
        [step("normalize")],
        note="the sound brought to one loudness target",
    ),
    do(
        "fresh79-09",
        "add a small watermark in a corner, with the logo of the application",
        [step("overlay_image", file="logo.png", position=CORNERS, **WHOLE)],
        assets=["logo.png"],
        note="the logo in any corner, all of it",
    ),
    do(
        "fresh79-10",
        "make the demo video twice as fast: at normal speed it seems too slow",
        [step("speed", factor=2, **WHOLE)],
        note="double speed, all of it",
    ),
    do(
        "fresh79-11",
        "stabilize the video with software stabilization, like Apple Photos or Google Photos can",
        [step("stabilize")],
        note="the shake smoothed out",
    ),
    ask(
        "fresh79-12",
        "trim down the video after capture, to just have the important segment of the video we "
        "captured",
        "which segment (its start and end)",
        (*WHICH_PART, "segment", "important"),
    ),
    ask(
        "fresh79-13",
        "rotate the video as we can rotate images: a common task for videos recorded by "
        "smartphones",
        "which way to turn it (90° clockwise, counter-clockwise, or 180°)",
        ("which way", "direction", "clockwise", "degrees", "90", "180", "which"),
    ),
    ask(
        "fresh79-14",
        "export the last X hours of the recording as a timelapse",
        "how many hours (X is not given), and how much faster",
        ("how many hours", "hours", "how long", "how much faster", "speed", "which"),
        probe=Probe(duration=86400.0),
    ),
    out_of_scope(
        "fresh79-15",
        "mute the videos during the slideshow: I want to play my own background music (from the "
        "same device) to accompany the slideshow",
        "a gallery app's slideshow playback setting, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
