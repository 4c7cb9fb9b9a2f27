"""A fifty-first fresh, held-out collection of real requests (tests/realreq/fresh51.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh49's, the
rows are short, typical asks, like the development set's, on speed, formats, file size, frame
rate and resolution; all 17 come from GitHub issues and a pull request, two of them written in
Chinese (translated minimally): a screen recorder, a quick-app platform, a one-second diary, a
photo picker, a gallery generator, a stream previewer, a council-meeting pipeline, an animation
tool, a documentation site, a social app, a dashcam, a sketch exporter, a gallery app, a
Telegram client, a scroll-video tool, a screen-recording extension and a GoPro webcam tool. Each
case follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import GIF, WHOLE, Above, AnyOf, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh51.md")

#: fresh51-01: half of a 3840x2160 recording is 1920x1080.
_HALF = (
    step("resize", percent=50)
    | step("resize", width=1920, height=AnyOf(1080, None))
    | step("resize", lines=1080)
    | step("resize", height=1080, width=AnyOf(1920, None))
)

#: fresh51-10: 480p of a 1920x1080 video (854x480).
_480 = (
    step("resize", lines=480)
    | step("resize", height=480, width=AnyOf(None, 852, 853, 854))
    | step("resize", width=AnyOf(852, 853, 854), height=AnyOf(None, 480))
)

#: A smaller file: the small (or balanced) setting, or under any size.
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Above(0))

#: The picture encoded as H.264, perhaps with a container named or a re-encode.
_H264 = [
    step("codec", codec="h264"),
    maybe(step("convert", format=AnyOf("mp4", "mov", "mkv"))),
    maybe(step("reencode")),
]


CASES: tuple[Case, ...] = (
    do(
        "fresh51-01",
        'downscale the recording exactly by 2: since I moved to a 27" high pixel ratio screen, all '
        "my recordings are 10MB+",
        [_HALF],
        probe=Probe(width=3840, height=2160),
        note="half the size each way: 1920x1080 of the 3840x2160 recording",
    ),
    do(
        "fresh51-02",
        "compress the video shot with the phone: it is rather big, and uploading it takes very "
        "long (not every scene needs the video to be very clear)",
        [_SMALLER, maybe(step("resize"))],
        note="a smaller file: the small-file setting, or under any size (a resize may come)",
    ),
    do(
        "fresh51-03",
        "use H.264 and not HEVC for the video: on other platforms like Windows 10, the HEVC codec "
        "is not native as well as paid",
        _H264,
        note="the picture encoded as H.264 (a container or a re-encode may come with it)",
    ),
    do(
        "fresh51-04",
        "make the video an mp4 file in the H264 format: the iPhone 8 recorded it in HEVC, which "
        "can't be played on an iPhone 6, and PC browsers other than Safari don't support HEVC",
        [step("codec", codec="h264"), maybe(step("convert", format="mp4"))],
        note="an H.264 mp4",
    ),
    do(
        "fresh51-05",
        "convert the MTS video from the AVCHD camera into MP4",
        [
            step("convert", format="mp4"),
            maybe(step("codec", codec="h264")),
            maybe(step("reencode")),
        ],
        note="an mp4 file",
    ),
    do(
        "fresh51-06",
        "change the webm clip to mp4: when I upload it to Twitter, it says my video file is not "
        "supported",
        [step("convert", format="mp4"), maybe(step("codec", codec="h264"))],
        note="an mp4 file",
    ),
    do(
        "fresh51-07",
        "convert the video to MP4 or WebM: otherwise we won't be able to render it on the website "
        "(OBS records videos as MKV by default)",
        [step("convert", format=AnyOf("mp4", "webm"))],
        note="an mp4 (or webm) file",
    ),
    do(
        "fresh51-08",
        "save the animation as a GIF: sharing it in a Slack or Discord message as a video is a bit "
        "of an overkill",
        [GIF],
        note="an animated GIF, any size and rate",
    ),
    do(
        "fresh51-09",
        "lower the frame rate of the GIF, recorded at 720p and 30FPS, to 7 FPS: that reduces its "
        "size while keeping it legible, at 480p the text was not remotely readable",
        [
            step("fps", fps=7),
            maybe(step("gif", fps=AnyOf(None, 7)) | step("convert", format="gif")),
        ],
        [step("gif", fps=7), maybe(step("convert", format="gif"))],
        probe=Probe(width=1280, height=720, fps=30.0),
        note="7 frames a second, still a GIF, the size kept",
    ),
    do(
        "fresh51-10",
        "encode the video at 480p: 480p is universally great and perfect for a phone sized video",
        [_480, maybe(step("quality")), maybe(step("reencode"))],
        note="480p: 854x480 of the 1920x1080 video",
    ),
    do(
        "fresh51-11",
        "make the dashcam video play at real-life speed: for some reason it is twice as fast as "
        "real life",
        [step("speed", factor=0.5, **WHOLE), maybe(step("fps", fps=Between(14.9, 15.1)))],
        note="half speed, all of it (15 fps may come with it)",
    ),
    do(
        "fresh51-12",
        "make the exported video run at normal speed: it runs at half speed, letting the sketch "
        "run for 5 seconds produces a 10 second file",
        [step("speed", factor=2, **WHOLE), maybe(step("fps", fps=Between(59.9, 60.1)))],
        probe=Probe(duration=10.0),
        note="twice as fast, all of the 10 s video (60 fps may come with it)",
    ),
    do(
        "fresh51-13",
        "make the slow motion video (120 fps) recorded by my LG G5 play in slow motion: it is "
        "played at normal speed",
        [step("speed", factor=Between(0.25, 0.5), **WHOLE), maybe(step("fps"))],
        probe=Probe(fps=120.0),
        note="a quarter speed (every frame at 30 fps; down to half speed is fair), all of it",
    ),
    ask(
        "fresh51-14",
        "resize the video before sending it, like Telegram Android lets you (eg, 320, 480, 720, "
        "1080)",
        "which resolution (320, 480, 720 or 1080)",
        ("which", "resolution", "what size", "how big", "how small", "height", "480", "720"),
    ),
    ask(
        "fresh51-15",
        "drop some percentage of the frames of the scroll based animation, to bring the file size "
        "significantly down: the demo is a 25mb binary",
        "how many frames to drop (which frame rate)",
        ("how many", "which frame rate", "frame rate", "fps", "percentage", "how much", "which"),
    ),
    ask(
        "fresh51-16",
        "speed the video up or slow it down, 2x, 4x or 16x, before download",
        "which speed: faster or slower, and by how much",
        ("which", "faster or slower", "how much", "factor", "speed up or slow", "direction"),
    ),
    out_of_scope(
        "fresh51-17",
        "increase the GoPro's webcam streaming resolution to 4K and the framerate to 60fps: "
        "currently the max setting for streaming is 1080p/30fps",
        "a setting of a GoPro's live webcam stream, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
