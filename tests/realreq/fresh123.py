"""A hundred-and-twenty-third fresh, held-out collection of real requests
(tests/realreq/fresh123.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh121's, the
rows are short, typical asks, like the development set's; all 17 come from GitHub issues and pull
requests of tools that wrap ffmpeg and of apps and media servers: a dashcam toolkit, an image
picker, a GIF collection, DevToys, a Brazilian university's video service, a simulator recorder,
Emby, a game's music track, AVideo's encoder, a terminal-to-GIF recorder, HandBrake, ShareX, Ant
Media Server, an audio guestbook, Popcorn Time, a Logseq plugin and a course downloader. Each case
follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the
`[no op]` row a refusal of a DOABLE ask no operation does. An `[extra input: …]` marker is left
out of the request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, WHOLE, Above, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh123.md")

#: A GIF given as the input: short, small and silent.
_GIF_IN = Probe(duration=3.0, width=480, height=270, fps=15.0, has_audio=False)
#: The result kept a GIF (the input is one already).
_AS_GIF = maybe(GIF)
#: A smaller file by a quality setting or a size.
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Above(0))
#: A smaller resolution than the 1920x1080 video.
_DOWNSCALE = (
    step("resize", lines=Between(360, 720))
    | step("resize", height=Between(360, 720))
    | step("resize", width=Between(640, 1280))
    | step("resize", percent=Between(25, 67))
)
#: The vignette, at the start or at the end of the video.
_VIGNETTE_START = step("join", clips=["vinheta.mp4"], at="start") | step(
    "transition", clips=["vinheta.mp4"], at="start"
)
_VIGNETTE_END = step("join", clips=["vinheta.mp4"], at="end") | step(
    "transition", clips=["vinheta.mp4"], at="end"
)
#: The speaker's sound a little louder (or made as loud as a target).
_A_LITTLE_LOUDER = anywhere(
    step("volume", percent=Between(105, 160), **WHOLE)
    | step("volume", db=Between(0.5, 4), **WHOLE)
    | step("normalize")
)
#: An App Preview size: 900x1200 or 1200x1600, exactly.
_PREVIEW_EXACT = step("resize", width=900, height=1200, fit=False) | step(
    "resize", width=1200, height=1600, fit=False
)
#: An App Preview size fitted inside, keeping the shape (then padded to 3:4).
_PREVIEW_FIT = step("resize", width=900, height=1200, fit=True) | step(
    "resize", width=1200, height=1600, fit=True
)
#: A resize to an App Preview width.
_PREVIEW_WIDTH = step("resize", width=AnyOf(900, 1200), height=AnyOf(1200, 1600, None))
#: A resize to an App Preview height.
_PREVIEW_HEIGHT = step("resize", height=AnyOf(1200, 1600), width=AnyOf(900, 1200, None))
#: What an App Preview export may also set.
_PREVIEW_EXTRAS = (
    maybe(step("convert", format="mp4")),
    maybe(step("codec", codec="h264")),
    maybe(step("fps", fps=30)),
)
_RECORDING = Probe(duration=20.0, width=1000, height=1362)
#: The intro clip first.
_INTRO_FIRST = step("join", clips=AnyOf(["intro.mp4"], []), at="start") | step(
    "transition", clips=AnyOf(["intro.mp4"], []), at="start"
)

CASES: tuple[Case, ...] = (
    do(
        "fresh123-01",
        "create a 30 second timelapse of the drive: for time steps, it should still encode at "
        "30fps",
        [
            step("speed", factor=Between(36.4, 44.4), **WHOLE),
            maybe(step("fps", fps=30)),
            maybe(step("mute")),
        ],
        probe=Probe(duration=1200.0),
        note="the 20 min drive sped up to 30 s (27 to 33 s), still 30 fps; the sound may go",
    ),
    do(
        "fresh123-02",
        "compress the video: the video shot is too big",
        [anywhere(_SMALLER), maybe(step("resize")), maybe(step("codec", codec="hevc"))],
        [anywhere(_DOWNSCALE), maybe(step("quality")), maybe(step("codec", codec="hevc"))],
        [anywhere(step("codec", codec="hevc")), maybe(step("quality"))],
        note="a smaller file: a smaller-file setting, a size, a lower resolution or HEVC",
    ),
    do(
        "fresh123-03",
        "brighten the choi aera gif a little: it was too dark",
        [
            step("brightness", percent=Between(3, 20), **WHOLE)
            | step("gamma", gamma=Between(1.05, 1.5), **WHOLE),
            _AS_GIF,
        ],
        probe=_GIF_IN,
        note="a little brighter (or lighter mid-tones), all of the 3 s GIF, still a GIF",
    ),
    do(
        "fresh123-04",
        "turn the short .mp4 video into a gif",
        [anywhere(GIF), maybe(step("resize")), maybe(step("fps"))],
        probe=Probe(duration=8.0),
        note="an animated GIF of the 8 s video (a resize or frame rate may come with it)",
    ),
    do(
        "fresh123-05",
        "put the PRACTICE vignette at the start of the video and at the end, and make your audio "
        "a little louder: it is better than in the first video, but it could be a little louder",
        [_A_LITTLE_LOUDER, _VIGNETTE_START, _VIGNETTE_END],
        [_A_LITTLE_LOUDER, _VIGNETTE_END, _VIGNETTE_START],
        assets=["vinheta.mp4"],
        probe=Probe(duration=300.0),
        note="vinheta.mp4 before and after the 5 min tutorial, either order, and the sound up a "
        "little (or normalized), anywhere",
    ),
    do(
        "fresh123-06",
        "make the generated 1000x1362 MP4 suitable as an App Preview: App Store Connect accepts "
        "either 900x1200 or 1200x1600",
        [_PREVIEW_EXACT, *_PREVIEW_EXTRAS],
        [step("crop", aspect="3:4"), _PREVIEW_WIDTH | _PREVIEW_HEIGHT, *_PREVIEW_EXTRAS],
        [step("pad", aspect="3:4"), _PREVIEW_WIDTH | _PREVIEW_HEIGHT, *_PREVIEW_EXTRAS],
        [_PREVIEW_WIDTH, step("crop", aspect="3:4"), *_PREVIEW_EXTRAS],
        [_PREVIEW_HEIGHT, step("pad", aspect="3:4"), *_PREVIEW_EXTRAS],
        [_PREVIEW_FIT, step("pad", aspect="3:4"), *_PREVIEW_EXTRAS],
        probe=_RECORDING,
        note="900x1200 (or 1200x1600) of the 1000x1362 recording: an exact resize, or the shape "
        "made 3:4 by a crop or bars and the size by a resize, in either order",
    ),
    do(
        "fresh123-07",
        "convert the video from MKV to MP4: I use FFmpeg, but it's too slow",
        [anywhere(step("convert", format="mp4")), maybe(step("codec", codec="h264"))],
        note="an MP4 (an H.264 setting may come with it)",
    ),
    do(
        "fresh123-08",
        "pitch the catacombs music down or slow it down a little, to avoid problems with YouTube: "
        "many content creators are very sensitive to having zero warnings",
        [
            step("speed", factor=Between(0.85, 0.97), **WHOLE),
            maybe(step("convert", format=AnyOf("ogg", "mp3", "wav", "m4a", "opus"))),
        ],
        probe=Probe(duration=120.0),
        note="the 2 min music track a little slower (0.85x to 0.97x), all of it",
    ),
    do(
        "fresh123-09",
        "insert the introductory video before the main video, like a vignette of the channel logo",
        [_INTRO_FIRST],
        assets=["intro.mp4"],
        note="intro.mp4 played before the video",
    ),
    do(
        "fresh123-10",
        "speed up the resulting gif: I sometimes type slow in my demos, and I don't want to "
        "re-record just for the sake of speeding things up",
        [step("speed", factor=Between(1.2, 4), **WHOLE), _AS_GIF],
        probe=Probe(duration=20.0, width=800, height=500, fps=10.0, has_audio=False),
        note="faster (1.2x to 4x), all of the 20 s terminal GIF, still a GIF",
    ),
    no_op(
        "fresh123-11",
        "remove the unwanted audio from the mp4 ripped from a DVD: when I add it to my iMovie clip "
        "it plays with what sounds like a commentary",
        "no op",
        note="dropping the commentary track (or a voice in the mix) while keeping the film's own "
        "sound; no operation picks out an audio track, and mute() would take all the sound",
    ),
    ask(
        "fresh123-12",
        "cut the recorded gif after capturing, to shorten its length to the minimum",
        "which part to keep (where the GIF should start and end)",
        (*WHICH_PART, "how long", "seconds", "keep"),
        probe=Probe(duration=20.0, width=800, height=500, fps=10.0, has_audio=False),
    ),
    ask(
        "fresh123-13",
        "add a watermark on the stored video",
        "which watermark (the image file or the text)",
        ("which", "what", "image", "logo", "file", "text", "watermark"),
    ),
    ask(
        "fresh123-14",
        "cut the guestbook recording at the beep, so people playing it back don't have to listen "
        "to the beep before every message",
        "where the beep ends (how much to cut off the start)",
        (*WHICH_PART, "beep", "how long", "how much", "seconds"),
        probe=Probe(duration=45.0),
    ),
    out_of_scope(
        "fresh123-15",
        "let me clip key moments of the movies or tv shows and export them as .mp4 or .mov "
        "files, to make them shareable",
        "a feature of a movie-streaming app (clipping what it plays), not an edit of a given file",
    ),
    out_of_scope(
        "fresh123-16",
        "add the picture in picture function for the video: this is useful for taking video notes",
        "a floating player window in a note app (picture-in-picture playback while writing), not "
        "an edit of a file; no second video is given",
    ),
    out_of_scope(
        "fresh123-17",
        "make the course videos smaller in size before downloading, to save internet quota: they "
        "are so large",
        "shrinking the videos on the server before they are downloaded, not an edit of a file the "
        "person has",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
