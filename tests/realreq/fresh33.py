"""A thirty-third fresh, held-out collection of real requests (tests/realreq/fresh33.md): one
checkable case a row, encoded the way fresh31.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh31's, the
rows are short, typical asks, like the development set's; all 23 come from GitHub issues of
end-user apps and the libraries people script with: converters and transcoders, a mobile video
recorder, Android and iOS video libraries, a video bot, a screen recorder, video editors, a
stream clipper, a subtitle tool, a media post-processor, a camera app and a camera firmware.
Each case follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals.
An `[extra input: …]` marker is left out of the request and the file it names is given as an
asset instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import GIF, MP3, WHOLE, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh33.md")

#: fresh33-07: 480p from a 1920x1080 picture.
_480 = (
    step("resize", lines=480)
    | step("resize", height=480, width=AnyOf(852, 853, 854, None))
    | step("resize", width=AnyOf(852, 853, 854), height=AnyOf(480, None))
)

#: fresh33-15: a 9:16 picture, cut, barred, blurred at the sides or by a 9:16 platform preset.
_NINE_SIXTEEN = (
    step("crop", aspect="9:16")
    | step("pad", aspect="9:16")
    | step("blur_fill", aspect="9:16")
    | step(
        "platform",
        platform=AnyOf("instagram_reels", "instagram_story", "tiktok", "youtube_shorts"),
    )
)

CASES: tuple[Case, ...] = (
    do(
        "fresh33-01",
        "remove the sound from the video",
        [step("mute")],
        note="no sound track",
    ),
    do(
        "fresh33-02",
        "completely remove the audio stream from the video: I want to post it as a webm on "
        "4chan, which has a strict under 2mb with no audio stream requirement",
        [
            anywhere(step("mute")),
            anywhere(step("compress", max_mb=Between(None, 2))),
            maybe(step("convert", format="webm")),
        ],
        note="no audio stream, and under 2 MB, either order; a webm if a format is named",
    ),
    do(
        "fresh33-04",
        "compress the video: the resolution is set to 320*420 and ten seconds of it is already "
        "2M, which is really too big",
        [step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Below(2))],
        probe=Probe(duration=10.0, width=320, height=420),
        note="a smaller file than the 2 MB of the 10 s clip",
    ),
    do(
        "fresh33-05",
        "add background music to the video",
        [step("add_music", file="music.mp3")],
        assets=["music.mp3"],
        note="the music under the video's own sound",
    ),
    do(
        "fresh33-06",
        "transform the video to GIF format: I think this requirement is normal",
        [GIF],
        note="an animated GIF",
    ),
    do(
        "fresh33-07",
        "change the video height and width to 480p",
        [_480],
        note="854x480",
    ),
    do(
        "fresh33-08",
        "concatenate the mp4 files and convert it to a single mp3",
        [step("join", clips=AnyOf(["part2.mp4"], []), at="end"), MP3],
        [
            step("join", clips=AnyOf(["part2.mp4"], []), at="end"),
            step("extract_audio", format=AnyOf("mp3", None)),
            step("convert", format="mp3"),
        ],
        assets=["part2.mp4"],
        note="the two joined, then their sound alone as one mp3",
    ),
    do(
        "fresh33-09",
        "concatenate the video fragments of my training session (qigong) into one single file "
        "for uploading to YouTube: the camera splits the video into 2Gb or 4Gb chunks",
        [step("join", clips=AnyOf(["fragment2.mp4"], []), at="end")],
        assets=["fragment2.mp4"],
        note="the next fragment after this one",
    ),
    do(
        "fresh33-10",
        "add a logo and then export the video",
        [step("overlay_image", file="logo.jpg", **WHOLE)],
        assets=["logo.jpg"],
        note="the logo on the picture, anywhere, all of it",
    ),
    do(
        "fresh33-11",
        "remove the noises from my screen recording, offline",
        [step("audio_denoise")],
        note="the noise taken out of the sound",
    ),
    do(
        "fresh33-13",
        "apply a reverse playback effect to the video: CapCut has it",
        [step("reverse")],
        note="played backwards",
    ),
    do(
        "fresh33-14",
        "put a fade to black at the end of the video instead of a hard stop, to indicate "
        '"...and so it went on"',
        [step("fade", direction="out", target=AnyOf("video", "both"))],
        note="a fade out to black at the end, any length",
    ),
    do(
        "fresh33-15",
        "make the video in 9:16 proportions: I need it for IGTV",
        [_NINE_SIXTEEN, maybe(step("resize"))],
        note="a 9:16 picture, by any fit",
    ),
    do(
        "fresh33-16",
        "export the video fast forward 2x",
        [step("speed", factor=2, **WHOLE)],
        note="twice as fast, all of it",
    ),
    ask(
        "fresh33-17",
        "transcode the MP4 video into the same format (MP4) but another resolution",
        "which resolution",
        (
            "which resolution",
            "what resolution",
            "resolution",
            "size",
            "480",
            "720",
            "1080",
            "width",
            "height",
        ),
    ),
    ask(
        "fresh33-18",
        "change the number of frames per second of the movie",
        "which frame rate",
        (
            "which frame rate",
            "what frame rate",
            "frame rate",
            "fps",
            "frames per second",
            "24",
            "25",
            "30",
            "60",
        ),
    ),
    ask(
        "fresh33-19",
        "show the app name (text) at the corner of the output video",
        "what the app name is (the words)",
        (
            "what text",
            "which text",
            "app name",
            "name",
            "words",
            "what should",
            "what to write",
            "wording",
        ),
    ),
    ask(
        "fresh33-20",
        "trim the video selected from the library based on maxVideoDuration",
        "how long maxVideoDuration is (and which part to keep)",
        (*WHICH_PART, "how long", "how many seconds", "duration", "maximum", "length", "seconds"),
    ),
    ask(
        "fresh33-21",
        "add a watermark in the video synthesis",
        "which watermark (no image or text given)",
        ("which watermark", "what watermark", "image", "logo", "text", "file", "what should"),
    ),
    out_of_scope(
        "fresh33-22",
        "record slow-motion video: I use slow motion to diagnose machine timing issues a lot",
        "high-frame-rate capture is a camera setting, not an edit of a given video",
    ),
    out_of_scope(
        "fresh33-23",
        "stream the video directly to YouTube",
        "live streaming to a service (RTMP); not an edit of the file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
