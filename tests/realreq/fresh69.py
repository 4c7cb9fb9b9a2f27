"""A sixty-ninth fresh, held-out collection of real requests (tests/realreq/fresh69.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh65's, the
rows are short, typical asks, like the development set's; all 17 come from GitHub issues and
pull requests of a Minecraft replay mod, game clip recorders, a game, a Unity capture plugin, a
screen recorder, astronomy capture tools, a video editor asked about GoPro footage, a Discord
compressor and bot, a drone stabilizer, a 3D-printer timelapse plugin, an RTSP camera server and
an FPV goggle. Each case follows its row's `expected` column; `[out of scope]` rows are
OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the request and the files it
names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import WHOLE, Above, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh69.md")

#: A GIF made by the gif operation (a conversion to gif may come with it) or by a conversion.
_GIF = ([step("gif"), maybe(step("convert", format="gif"))], [step("convert", format="gif")])
#: A smaller file: a smaller-quality setting or a size cap, any.
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Above(0))

CASES: tuple[Case, ...] = (
    do(
        "fresh69-01",
        "speed the timelapse of my build up 16x: as a builder who does timelapses of very large "
        "projects, 8x speed just doesn't cut it",
        [anywhere(step("speed", factor=16, **WHOLE)), maybe(step("mute"))],
        note="sixteen times as fast, all of it (the sound may be dropped)",
    ),
    do(
        "fresh69-02",
        "compress my game clip to a target file size of 8MB, small enough to send on Discord: "
        "Discord has a 10MB limit, but sometimes it will go over",
        [step("compress", max_mb=Between(7.5, 8))],
        note="under 8 MB (not the 10 MB limit)",
    ),
    do(
        "fresh69-03",
        "save the clip as a GIF animation: would be cool for rollercoasters or showing people "
        "what a custom ride does",
        *_GIF,
        note="the whole clip as a GIF",
    ),
    do(
        "fresh69-04",
        "save the capture from the color camera as monochrome, to save on disk space and to "
        "speed up astrometry: I can kind of fake it by setting saturation to 0",
        [anywhere(step("grayscale", **WHOLE)), maybe(step("quality", level="small"))],
        [
            anywhere(step("saturation", percent=Between(-100, -99), **WHOLE)),
            maybe(step("quality", level="small")),
        ],
        note="black and white, all of it (a smaller-file setting may come with it)",
    ),
    do(
        "fresh69-05",
        "add the watermark in the final video: not in the game, but in the recorded video",
        [step("overlay_image", file="watermark.png", **WHOLE)],
        assets=["watermark.png"],
        note="the watermark over the recording, any place, all of it",
    ),
    do(
        "fresh69-06",
        "export the GoPro HERO 11 video, which has 240 frames/sec (slow motion), at only 30 "
        "frames/sec",
        [step("fps", fps=30)],
        [
            anywhere(step("speed", factor=Between(0.12, 0.13), **WHOLE)),
            anywhere(step("fps", fps=30)),
        ],
        probe=Probe(fps=240.0),
        note="30 frames a second, same length (or conformed to slow motion at 30 fps)",
    ),
    do(
        "fresh69-07",
        "crop the ultrawide monitor capture to a more reasonable aspect ratio",
        [step("crop", aspect="16:9")],
        probe=Probe(width=3440, height=1440),
        note="cropped to 16:9, the centre kept",
    ),
    do(
        "fresh69-08",
        "convert the MP4 to a GIF: Discord converts GIFs to MP4s all the time",
        *_GIF,
        note="the whole video as a GIF",
    ),
    do(
        "fresh69-09",
        "make the final timelapse 60fps, to minimize the total video runtime length",
        [anywhere(step("speed", factor=2, **WHOLE)), maybe(step("fps", fps=60))],
        probe=Probe(fps=30.0),
        note="the 30 fps frames shown at 60 a second: twice as fast, half as long",
    ),
    do(
        "fresh69-10",
        "save the recording without audio when exporting",
        [step("mute")],
        note="no sound track",
    ),
    do(
        "fresh69-11",
        "lower the clip's export bitrate, to share the clip faster",
        [_SMALLER],
        note="a smaller file, any setting",
    ),
    do(
        "fresh69-12",
        "slow the replay down, to view it in slow-mo",
        [step("speed", factor=Below(1), **WHOLE)],
        note="slower, any amount, all of it",
    ),
    ask(
        "fresh69-13",
        "take a normal screenshot out of the recording, for sharing",
        "which moment (the time of the frame)",
        ("which", "when", "time", "timestamp", "second", "moment", "frame", "at what"),
    ),
    ask(
        "fresh69-14",
        "trim off the sections without movement before launch and after landing of the FPV "
        "footage: most likely the rest is the desired footage",
        "when the launch and the landing are (the times to cut at)",
        ("when", "where", "which", "time", "second", "start", "end", "launch", "landing"),
    ),
    ask(
        "fresh69-15",
        "add a title page to the timelapse with the name of the model and the date of print, and "
        "an end page with creator info",
        "the words (the model's name, the date, the creator)",
        ("which", "what", "name", "text", "words", "title", "date", "creator"),
    ),
    out_of_scope(
        "fresh69-16",
        "convert the stream to black and white, to make the infrared camera feed look a little "
        "more pleasing",
        "the live RTSP stream of a camera server, not an edit of a file",
    ),
    out_of_scope(
        "fresh69-17",
        "stretch the image from the analog module from 4:3 to 16:9: the tinywhoop cameras do not "
        "have settings to change it, so not the whole screen is used",
        "a display setting of an FPV goggle's live analog feed, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
