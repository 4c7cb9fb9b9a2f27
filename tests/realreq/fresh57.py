"""A fifty-seventh fresh, held-out collection of real requests (tests/realreq/fresh57.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh53's, the
rows are short, typical asks, like the development set's, one or two edits each; all 17 come
from GitHub issues of a video compressor, WordPress plugins, downloaders and their GUIs, a
stabilizer, a browser video player, a conference's video pipeline, a screenshot tool, a file
shrinker, video players, a video editor and a camera streamer. Each case follows its row's
`expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]`
marker is left out of the request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import GIF, WHOLE, Above, AnyOf, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh57.md")

#: A smaller-file setting that may come with an edit made to save space.
_SMALLER = maybe(
    step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Above(0))
)
#: An image saved by the operation's own format or a conversion.
_IMAGE = maybe(step("convert", format=AnyOf("png", "jpg")))
#: The 7 h 44 min 22 s video of fresh57-05.
_LONG = Probe(duration=7 * 3600 + 44 * 60 + 22)

CASES: tuple[Case, ...] = (
    do(
        "fresh57-01",
        "remove the audio from the video recording to get the file size smaller: I don't need "
        "it, and web services like GitHub limit file sizes",
        [step("mute"), _SMALLER],
        note="no sound track (a smaller-file setting may come with it)",
    ),
    do(
        "fresh57-02",
        "add my brand as a watermark on the video",
        [step("overlay_image", file="logo.png", **WHOLE)],
        assets=["logo.png"],
        note="the logo over the video, any place, all of it",
    ),
    do(
        "fresh57-03",
        "add background music under the voice",
        [step("add_music", file="music.mp3", **WHOLE)],
        assets=["music.mp3"],
        note="the music under the video's own sound, ducked or not, all of it",
    ),
    do(
        "fresh57-04",
        "keep only a part of the video, from 5:00 to 6:30",
        [step("trim", start=300, end=390)],
        [step("keep_ranges", ranges=[[300, 390]])],
        probe=Probe(duration=600.0),
        note="the minute and a half from 5:00 of the 10 min video",
    ),
    do(
        "fresh57-05",
        "keep the first 29 minutes of the video: it lasts 7h44m but it's actually a loop of a "
        "29 minutes segment being repeated 16 times",
        [step("trim", start=0, end=1740)],
        probe=_LONG,
        note="the first 29 minutes (1740 s) of the 7 h 44 min video",
    ),
    do(
        "fresh57-06",
        'speed up the clip to 10x and keep the audio: there\'s low background wind and a "whoosh" '
        "every time a car passes by, which makes the sped up video so much better",
        [step("speed", factor=10, **WHOLE)],
        note="ten times as fast, all of it, the sound kept",
    ),
    do(
        "fresh57-07",
        "rotate the video recorded in portrait mode (rotated 90 deg)",
        [step("rotate", degrees=AnyOf(90, 270))],
        note="a quarter turn, either way (the way is not said)",
    ),
    do(
        "fresh57-08",
        "flip the picture horizontally: the video was shot with the phone's front camera, and "
        "the picture is mirrored",
        [step("flip", direction="horizontal")],
        note="mirrored left to right",
    ),
    do(
        "fresh57-09",
        "normalize the audio loudness of the talk recording: the talk is too silent and the Q&A "
        "following it too loud",
        [step("normalize")],
        note="the loudness evened out to a target",
    ),
    do(
        "fresh57-10",
        "extract the audio layer of the music video as .mp3 or .aac: sometimes I am driving or "
        "running and would enjoy listening to the music",
        [
            step("extract_audio", format=AnyOf(None, "mp3", "m4a"))
            | step("convert", format=AnyOf("mp3", "m4a", "aac"))
        ],
        [
            step("extract_audio", format=AnyOf(None, "mp3", "m4a")),
            step("convert", format=AnyOf("mp3", "m4a", "aac")),
        ],
        note="the sound alone, as an mp3 or an AAC (m4a) file",
    ),
    do(
        "fresh57-11",
        "convert the previously recorded MP4 to GIF",
        [GIF],
        note="an animated GIF",
    ),
    do(
        "fresh57-12",
        "change the frames per second of the screen recording to 10 FPS to reduce the file "
        "size: smooth motion is not relevant for power point video presentations",
        [step("fps", fps=10), _SMALLER],
        probe=Probe(fps=30.0),
        note="10 frames a second, same length (a smaller-file setting may come with it)",
    ),
    do(
        "fresh57-13",
        "create a video contact sheet (a thumbnail image) from the video, like smplayer/mpc-hc can",
        [step("contact_sheet"), _IMAGE],
        note="one image of frames taken through the video, any grid",
    ),
    ask(
        "fresh57-14",
        "add a time freeze point of 1 second in the video: the minimum of 2 seconds is too high "
        "for my needs",
        "where (at which second) the frame is held",
        ("which", "when", "where", "at what", "what time", "timestamp", "point", "frame"),
    ),
    ask(
        "fresh57-15",
        "extract a frame of the video to a PNG file, at the video's full resolution",
        "which frame (at what time)",
        ("which", "when", "where", "at what", "what time", "timestamp", "time", "second"),
    ),
    ask(
        "fresh57-16",
        "skip some seconds at the beginning and some seconds at the end of the chapter video",
        "how many seconds at the beginning and at the end",
        ("how many", "how much", "how long", "seconds", "length", "duration"),
    ),
    out_of_scope(
        "fresh57-17",
        "add an optional timestamp in the camera stream's video",
        "a clock over a camera streamer's live picture, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
