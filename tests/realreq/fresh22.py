"""A twenty-second fresh, held-out collection of real requests (tests/realreq/fresh22.md): one
checkable case a row, encoded the way fresh21.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh21's, the rows
are short, typical asks, like the development set's; all 25 come from GitHub threads (23 issues
and 2 pull requests) of screen recorders, GIF tools, converters, editors, camera software, ffmpeg
wrappers and AI video projects. Each case follows its row's `expected` column; `[no op]` rows are
DOABLE refusals and `[out of scope]` rows OUT-OF-SCOPE refusals. An `[extra input: …]` marker is
left out of the request and the file it names is given as an asset instead."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import (
    GIF,
    LOUDER,
    VERTICAL,
    WHOLE,
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
TABLE = Path(__file__).with_name("fresh22.md")

#: fresh22-06: a little brighter, by brightness or by lifting the mid-tones.
_BRIGHTER = step("brightness", percent=Between(2, 25), **WHOLE) | step(
    "gamma", gamma=Between(1.05, 1.8), **WHOLE
)

#: fresh22-08: the top 1080x1080 square of a 1080x1920 phone video.
_TOP_SQUARE = (
    step("crop_area", width=1080, height=1080, y=0)
    | step("crop_area", width=1080, height=1080, y=None, anchor=AnyOf("top", "top-left"))
    | step("crop_area", width=1080, height=1080, y=None, anchor="top-right")
    | step("crop_edges", top=0, bottom=840, left=0, right=0, unit="px")
    | step("crop_edges", top=0, bottom=Between(43.7, 43.8), left=0, right=0, unit="%")
)

#: fresh22-09: 4k (3840x2160) from 1920x1080.
_4K = (
    step("resize", lines=2160)
    | step("resize", width=3840, height=AnyOf(2160, None))
    | step("resize", height=2160, width=AnyOf(3840, None))
    | step("resize", percent=200)
)

#: fresh22-12: 1280x720 from 2560x1440 (half of each side).
_720 = (
    step("resize", width=1280, height=AnyOf(720, None))
    | step("resize", height=720, width=AnyOf(1280, None))
    | step("resize", lines=720)
    | step("resize", percent=50)
)

#: fresh22-16: 700x700 from 1400x1400 (half of each side).
_700 = (
    step("resize", width=700, height=AnyOf(700, None))
    | step("resize", height=700, width=AnyOf(700, None))
    | step("resize", lines=700)
    | step("resize", percent=50)
)


CASES: tuple[Case, ...] = (
    do(
        "fresh22-01",
        "mirror, horizontally, the video I've recorded on my smartphone: Open Camera doesn't "
        "appear to allow it to be mirrored by default",
        [step("flip", direction="horizontal")],
        note="mirrored left to right",
    ),
    do(
        "fresh22-02",
        "make the screen capture 24 fps, like my Sony a6500 footage: the file size would be "
        "smaller and it would allow for better audio synchronization in Adobe Premiere",
        [step("fps", fps=Between(23.97, 24))],
        note="24 fps (23.976 also matches the camera)",
    ),
    do(
        "fresh22-03",
        "make a gif of the 8 second long video that goes at twice the speed",
        [anywhere(step("speed", factor=2, **WHOLE)), anywhere(GIF)],
        probe=Probe(duration=8.0),
        note="twice as fast and a GIF, in either order",
    ),
    do(
        "fresh22-04",
        "make a gif of the 23.98fps video at 12.50fps, leaving out some frames for a smaller size",
        [step("gif", fps=12.5)],
        [anywhere(step("fps", fps=12.5)), anywhere(GIF)],
        probe=Probe(duration=6.6, fps=23.98),
        note="a 12.5 fps GIF: frames dropped, the speed kept",
    ),
    do(
        "fresh22-05",
        "compress the 108.7MB mp4 to under 25MB, the Discord limit, so that it uploads from my "
        "free Discord account",
        [step("compress", max_mb=Between(10, 25))],
        note="under 25 MB (the person's came out at 24.7 MB)",
    ),
    do(
        "fresh22-06",
        "make the night video slightly brighter, as I want to see a bit more in the image: I know "
        "I won't be able to get it super bright",
        [anywhere(_BRIGHTER), maybe(step("contrast", **WHOLE))],
        note="a little brighter (or lifted mid-tones); a contrast change may come with it",
    ),
    do(
        "fresh22-07",
        "stabilize this very shaky video: since I am not the creator of this video, I don't have "
        "a lens profile for it",
        [step("stabilize")],
        note="stabilized, at any strength (strong suits 'very shaky')",
    ),
    do(
        "fresh22-08",
        "crop the video to the top square: moving the center upward won't work for me, I want to "
        "crop from the top",
        [_TOP_SQUARE],
        probe=VERTICAL,
        note="the 1080x1080 square at the top of the 1080x1920 phone video, not the centre",
    ),
    do(
        "fresh22-09",
        "upres the drone racing video to 4k to fool the YouTube compressor, because it's been "
        "destroying videos",
        [anywhere(_4K), maybe(step("quality", level="high"))],
        note="upscaled to 3840x2160; a high-quality encode may come with it",
    ),
    do(
        "fresh22-10",
        "remove the starting and ending silence of the recording: it's just human behavior to "
        "pause for a moment after the recording starts",
        [step("remove_silence", where="ends")],
        [
            anywhere(step("remove_silence", where="start")),
            anywhere(step("remove_silence", where="end")),
        ],
        note="only the silence at the start and at the end, the pauses in between kept",
    ),
    do(
        "fresh22-11",
        "overlay feather.png, scaled to 450 pixels high, on the top left corner of the video for "
        "the first 10 seconds",
        [
            step(
                "overlay_image",
                file="feather.png",
                position="top-left",
                start=AnyOf(None, 0),
                end=10,
            )
        ],
        assets=["feather.png"],
        note="feather.png at the top left for 0-10 s; its size is not checked",
    ),
    do(
        "fresh22-12",
        "scale the recording of my 2560x1440 hidpi laptop screen to the standard 1280x720",
        [_720],
        probe=Probe(width=2560, height=1440),
        note="1280x720, half of each side",
    ),
    do(
        "fresh22-13",
        "convert the MP4 of the figure to a gif for the README, compressed and resized to 800 "
        "wide: gifsicle -O3 --lossy=30 --resize-width 800",
        [step("gif", width=800), maybe(step("quality", level="small"))],
        [
            step("resize", width=800, height=None),
            step("gif", width=AnyOf(None, 800)) | step("convert", format="gif"),
            maybe(step("quality", level="small")),
        ],
        note="a GIF 800 pixels wide; a smaller encode may come with it",
    ),
    do(
        "fresh22-14",
        "add 5 seconds to the end of the print timelapse video by extending its last frame: "
        "tpad=stop_mode=clone:stop_duration=5",
        [step("freeze", at=Between(59.8, 60.0), seconds=5)],
        note="the last frame held 5 s: 'at' within the last 0.2 s of the 60 s video",
    ),
    do(
        "fresh22-15",
        "turn up the volume of the screen capture: the microphone sound saved in the video is "
        "too small",
        [LOUDER],
        note="louder, by any amount or to a loudness target",
    ),
    do(
        "fresh22-16",
        "export the recording at 700x700, the size I cropped it to for recording, not at 1400x1400",
        [_700],
        probe=Probe(width=1400, height=1400),
        note="700x700 from the 1400x1400 retina recording",
    ),
    no_op(
        "fresh22-17",
        "export the capture as an animated gif that doesn't loop: I use it for slideshows and I "
        "don't want it to play as a loop while I'm lecturing",
        "no op: a gif that plays once; gif() writes a gif that loops forever and has no loop "
        "setting",
    ),
    no_op(
        "fresh22-18",
        "make the video created in SDR an HDR video for YouTube HDR, without the colors looking "
        "strange and super saturated",
        "no op: converting SDR to HDR (colour space, transfer and HDR metadata)",
    ),
    ask(
        "fresh22-19",
        "make the screen recording slow-motion, even if it's faux slow-motion, just increasing "
        "the playback time so that each frame displays longer",
        "how much slower (a factor, or how long it should be)",
        (
            "how much",
            "how slow",
            "slower",
            "factor",
            "speed",
            "times",
            "how long",
            "duration",
            "percent",
        ),
    ),
    ask(
        "fresh22-20",
        "reduce the frame rate and increase the speed of the gif recording: that can lead to "
        "smaller gifs that still play fast",
        "which frame rate (how many frames to drop) and how much faster",
        (
            "how much",
            "how fast",
            "faster",
            "frame rate",
            "fps",
            "speed",
            "factor",
            "which",
            "frames",
        ),
    ),
    ask(
        "fresh22-21",
        "downscale the saved gif of my 4k screen recording, for example x times smaller or to a "
        "max width / height",
        "how much smaller (the factor, or the largest width or height)",
        (
            "how much",
            "how small",
            "smaller",
            "factor",
            "percent",
            "width",
            "height",
            "size",
            "resolution",
        ),
        probe=Probe(width=3840, height=2160),
    ),
    ask(
        "fresh22-22",
        "add in some animations of headlines and screenshots that highlight Mozilla's work, "
        "cutting away from Mark's face shortly before and after the cuts around the 1:04 and "
        "1:24 marks",
        "which headlines and screenshots (none is given) and how long each is shown",
        (
            "which",
            "what",
            "headline",
            "screenshot",
            "image",
            "file",
            "text",
            "how long",
        ),
        probe=Probe(duration=120.0),
    ),
    out_of_scope(
        "fresh22-23",
        "do a lipsync over the video with a new audio, for example translating it to another "
        "language",
        "AI lip sync (regenerating the mouth to match new speech)",
    ),
    out_of_scope(
        "fresh22-24",
        "remove the hardcoded subtitles and the logo from the video",
        "erasing burned-in text and a logo needs inpainting what they hide",
    ),
    out_of_scope(
        "fresh22-25",
        "extract the hard subtitles from the video, with their beginning and ending time (time "
        "codes)",
        "reading burned-in subtitles into a subtitle file (OCR); not an edit of the video",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
