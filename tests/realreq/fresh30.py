"""A thirtieth fresh, held-out collection of real requests (tests/realreq/fresh30.md): one
checkable case a row, encoded the way fresh28.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh29's, the
rows are short, typical asks, like the development set's; all 24 come from GitHub issues of
recorders and camera libraries, converters and compressors, Android video editors and SDKs,
cutters and stabilizers, a chat app, an emulator front end, an AI upscaler, a chart-animation
library, a video chat and a streamer's tooling (found in corpus "issues"). Each case follows its
row's `expected` column; the `[no op]` row is a DOABLE refusal and `[out of scope]` rows are
OUT-OF-SCOPE refusals. An `[extra input: …]`
marker is left out of the request and the file it names is given as an asset instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, LOUDER, WHOLE, Above, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh30.md")


#: A fade of any usual length.
_SHORT = Between(0.2, 10)

#: A smaller encode, if the plan adds one.
_SMALLER = maybe(step("quality", level="small"))

#: fresh30-06: an emulator's game preview, about 30 seconds long.
_PREVIEW = Probe(duration=30.0)

#: fresh30-09: a 5 second clip of 1.2 MB.
_CLIP = Probe(duration=5.0, width=720, height=1280)

#: fresh30-10: a kids show ripped at 720p.
_RIP_720 = Probe(width=1280, height=720, duration=1320.0)

#: fresh30-10: 480p from a 1280x720 picture.
_480 = (
    step("resize", lines=480)
    | step("resize", height=480, width=AnyOf(852, 854, 856, None))
    | step("resize", width=AnyOf(852, 854, 856), height=AnyOf(480, None))
    | step("resize", percent=Between(66, 67.5))
)

#: fresh30-11: a 144p video made at least 720p.
_144P = Probe(width=256, height=144)
_720_OR_MORE = (
    step("resize", lines=Between(720, 2160))
    | step("resize", height=Between(720, 2160))
    | step("resize", width=Between(1280, 3840))
    | step("resize", percent=Between(500, 1500))
)

CASES: tuple[Case, ...] = (
    do(
        "fresh30-01",
        "the recorded video has a small voice: raise the volume",
        [LOUDER],
        note="louder, any amount or a loudness target",
    ),
    do(
        "fresh30-02",
        "mute the audio portion of the video: not all videos have relevant audio, such as loud "
        "background noise, breathing noises",
        [step("mute")],
        note="no sound",
    ),
    do(
        "fresh30-03",
        "at the end of the results video the sound abruptly ends: fade it out instead, for a "
        "smoother transition",
        [step("fade", direction="out", duration=_SHORT, target=AnyOf("audio", "both"))],
        [
            anywhere(step("fade", direction="out", duration=_SHORT, target="audio")),
            anywhere(step("fade", direction="out", duration=_SHORT, target="video")),
        ],
        note="the sound faded out at the end (the picture may fade with it)",
    ),
    do(
        "fresh30-04",
        "delete the silent parts of the video for my vlog, instead of speeding them up",
        [step("remove_silence", where="all")],
        note="every silence cut out",
    ),
    do(
        "fresh30-05",
        "compress the long video to send it in email or whatsapp chats",
        [
            anywhere(step("compress", max_mb=Between(1, 25))),
            maybe(step("resize")),
            maybe(step("quality", level="small")),
            maybe(step("convert", format="mp4")),
        ],
        probe=Probe(duration=600.0),
        note="under an email or WhatsApp limit (16 to 25 MB); a smaller resize may come with it",
    ),
    do(
        "fresh30-06",
        "snap a frame at the end of the video, when the EmuMovies video shows the title screen",
        [
            anywhere(step("still", at=Between(26, 30))),
            maybe(step("convert", format=AnyOf("png", "jpg"))),
        ],
        probe=_PREVIEW,
        note="a still from the last seconds of the 30 s preview",
    ),
    # (written at collection as convert(avi); promptcut writes no .avi, which the set's check
    # found before any plan was made: a refusal is right, see fresh30.md)
    no_op(
        "fresh30-07",
        "convert the MP4 video to an AVI video",
        "no op: promptcut writes no .avi files",
    ),
    do(
        "fresh30-08",
        "convert the previously saved video to GIF: some sites don't support video uploads, and "
        "converting it by hand makes me crazy",
        [anywhere(GIF), maybe(step("resize")), maybe(step("fps"))],
        note="an animated GIF",
    ),
    do(
        "fresh30-09",
        "turn the 5-second video into a GIF that is smooth, clear and of moderate size, for "
        "spreading as an emoji, like B612 does: the GIF came out over 10 times bigger than the "
        "1.2 MB video",
        [
            anywhere(GIF),
            maybe(step("resize")),
            maybe(step("fps")),
            maybe(step("compress", max_mb=Between(0.1, 10))),
        ],
        probe=_CLIP,
        note="a GIF; a smaller size, frame rate or size limit may come with it",
    ),
    do(
        "fresh30-10",
        "scale the kids show, ripped at 720, down to 480: I really only need 480 to save space",
        [anywhere(_480), _SMALLER],
        probe=_RIP_720,
        note="480p; a smaller encode may come with it",
    ),
    do(
        "fresh30-11",
        "my video is 144p: enhance it to at least 720p for my client ASAP",
        [
            anywhere(_720_OR_MORE),
            maybe(step("sharpen")),
            maybe(step("denoise")),
            maybe(step("quality", level="high")),
        ],
        probe=_144P,
        note="upscaled to 720p or more; a sharpen or denoise may come with it",
    ),
    do(
        "fresh30-12",
        "compress the 60 fps video by dropping the fps to 30 fps, without the motion becoming slow",
        [anywhere(step("fps", fps=30)), _SMALLER],
        probe=Probe(fps=60.0),
        note="30 fps by dropping frames, the same speed; a smaller encode may come with it",
    ),
    do(
        "fresh30-13",
        "rotate the video 90 degrees",
        [step("rotate", degrees=90)],
        note="a quarter turn clockwise",
    ),
    do(
        "fresh30-14",
        "play the video in reverse",
        [step("reverse")],
        note="backwards",
    ),
    do(
        "fresh30-15",
        "speed up the video to create a hyperlapse",
        [maybe(step("stabilize")), anywhere(step("speed", factor=Above(1), **WHOLE))],
        note="faster, any amount, the whole video; a stabilize may come with it",
    ),
    do(
        "fresh30-16",
        "burn the ASS or srt subtitles into the video, what is commonly called hard subtitles: "
        "render the subtitles into the video",
        [step("subtitles", file=AnyOf("subs.srt", None))],
        assets=["subs.srt"],
        note="the subtitle file burned in",
    ),
    do(
        "fresh30-17",
        "replace the audio track on the video file",
        [step("replace_audio", file="audio.mp3")],
        assets=["audio.mp3"],
        note="the audio file as the sound",
    ),
    ask(
        "fresh30-18",
        "add a watermark on the video file",
        "which watermark (no image or text is given)",
        ("which", "what", "image", "logo", "file", "text", "watermark"),
    ),
    ask(
        "fresh30-19",
        "delete a certain interval (e.g. an ad) in the middle of the video, and save the "
        "remaining video",
        "which interval (no times)",
        (*WHICH_PART, "interval"),
    ),
    ask(
        "fresh30-20",
        "crop the video from the top (to remove the parents)",
        "how much to crop off the top",
        ("how much", "how many", "pixel", "percent", "amount", "%", "size"),
    ),
    ask(
        "fresh30-21",
        "convert the video to another format",
        "which format",
        ("which", "what", "format", "mp4", "type", "extension"),
    ),
    ask(
        "fresh30-22",
        "freeze on the last frame after the video finishes playing",
        "how long to hold the last frame",
        ("how long", "seconds", "duration", "long"),
    ),
    out_of_scope(
        "fresh30-23",
        "preprocess my video in the video chat and change the brightness for me: I often use tawk "
        "in a relatively dark room, and people can't see my face very well",
        "a live video call's picture, not an edit of a file",
    ),
    out_of_scope(
        "fresh30-24",
        "upload the video to YouTube as soon as its export finishes, so I don't have to worry "
        "about the processing time on YouTube, especially with 4k files",
        "an upload, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
