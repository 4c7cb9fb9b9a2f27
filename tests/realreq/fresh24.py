"""A twenty-fourth fresh, held-out collection of real requests (tests/realreq/fresh24.md): one
checkable case a row, encoded the way fresh22.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh23's, the
rows are short, typical asks, like the development set's; all 25 come from GitHub issues of
screen recorders, GIF tools, converters, compressors, ffmpeg wrappers, video bots and AI video
projects (found in corpus "issues"). Each case follows its row's `expected` column; `[no op]`
rows are DOABLE refusals and `[out of scope]` rows OUT-OF-SCOPE refusals. An `[extra input: …]`
marker is left out of the request and the file it names is given as an asset instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    GIF,
    LOUDER,
    WHOLE,
    Above,
    AnyOf,
    Below,
    Between,
    Case,
    Probe,
    anywhere,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh24.md")


#: fresh24-08, fresh24-09: an mp4.
_MP4 = step("convert", format="mp4")

#: fresh24-11: a smaller file, by a smaller encode or a size under the 2.8 GB it has now.
_SMALLER = step("quality", level="small") | step("compress", max_mb=Below(2800))
_720 = step("resize", lines=720) | step("resize", height=720, width=AnyOf(None, 1280))

#: fresh24-12: the slides before and after the talk, 3 s each (3 s is also the default).
_BEFORE = ["title-of-talk.png", "sponsors.png"]
_AFTER = ["sponsors.png", "volunteers.png", "license-and-isbn.png"]
_SLIDES = ["title-of-talk.png", "sponsors.png", "volunteers.png", "license-and-isbn.png"]

#: fresh24-13: white letters on a black box (the box can hold no opacity).
_WHITE = AnyOf("white", "#ffffff")
_BLACK_BOX = AnyOf("black", "#000000")

CASES: tuple[Case, ...] = (
    do(
        "fresh24-01",
        "from the 30 second video, take the content between 10 and 20 seconds and store it as a "
        "new mp4 video",
        [step("trim", start=10, end=20), maybe(_MP4)],
        probe=Probe(duration=30.0),
        note="only 10-20 s kept; an mp4 (the input's own format) may be set",
    ),
    do(
        "fresh24-02",
        "cut only this part of the video: 00:22 - 00:32",
        [step("trim", start=22, end=32)],
        note="'cortar somente essa parte': only 0:22-0:32 kept, the design team's clip",
    ),
    do(
        "fresh24-03",
        "increase the volume of the recording: sometimes my recordings can be too soft",
        [LOUDER],
        note="louder, by any amount or to a loudness target",
    ),
    do(
        "fresh24-04",
        "remove (redact) the audio entirely",
        [step("mute")],
        note="no sound track at all",
    ),
    do(
        "fresh24-05",
        "add, say, a 1-second fade to black at the end of the rendered GIF: without this kind of "
        "fade I find it tricky to spot the loop point when watching the GIF repeat",
        [
            anywhere(
                step(
                    "fade",
                    direction="out",
                    duration=Between(0.9, 1.1),
                    target=AnyOf("both", "video"),
                )
            ),
            anywhere(GIF),
        ],
        probe=Probe(duration=8.0),
        note="a 1 s fade to black at the end, and a GIF; either order",
    ),
    do(
        "fresh24-06",
        "raise the colour saturation of the recording: it came out with low saturation, the "
        "colours look greyish",
        [anywhere(step("saturation", percent=Above(0), **WHOLE)), maybe(step("contrast", **WHOLE))],
        note="more saturated, any amount; a contrast change may come with it",
    ),
    no_op(
        "fresh24-07",
        "color correct the video: ffmpeg -i input.mp4 -vf eq=brightness=0.2:hue=10:contrast=1.2:"
        "gamma=1.2:gamma_r=0.8:gamma_g=0.9:gamma_b=1.1:saturation=1.5 -c:a copy output.mp4",
        "no op: the per-channel gammas (r 0.8, g 0.9, b 1.1) and the hue shift have no op; "
        "brightness, contrast, gamma and saturation alone would drop them",
    ),
    do(
        "fresh24-08",
        "convert the video to .mp4 while maintaining quality and all settings untouched: I don't "
        "know the current video's quality and I'm afraid the presets will scale it down",
        [anywhere(_MP4), maybe(step("quality", level="high"))],
        note="an mp4 at the same size; a high-quality encode may come with it, no resize",
    ),
    do(
        "fresh24-09",
        "compress the .avi file to .mp4",
        [anywhere(_MP4), maybe(step("quality", level=AnyOf("small", "balanced")))],
        note="an H.264 mp4 is much smaller than an .avi; a smaller encode may come with it",
    ),
    do(
        "fresh24-10",
        "compress the video to fit within the 10 MB file size limit of the unpaid nostr.build "
        "account, to save upload bandwidth and reduce upload time",
        [step("compress", max_mb=Between(8, 10))],
        note="under 10 MB",
    ),
    do(
        "fresh24-11",
        "decrease the size of the transcoded Plex DVR recording further: transcoding only took "
        "it from ~3.1 GB to ~2.8 GB",
        [anywhere(_SMALLER), maybe(_720)],
        probe=Probe(duration=3600.0),
        note="a smaller encode (or a size under 2.8 GB); 720p may come with it",
    ),
    do(
        "fresh24-12",
        "prepend and append static images to the talk video, each 3 seconds: title-of-talk.png "
        "and sponsors.png before it, then sponsors.png, volunteers.png and license-and-isbn.png "
        "after it",
        [
            anywhere(
                step("join", clips=_BEFORE, at="start", image_seconds=AnyOf(3, None)),
            ),
            anywhere(
                step("join", clips=_AFTER, at="end", image_seconds=AnyOf(3, None)),
            ),
        ],
        assets=_SLIDES,
        probe=Probe(duration=1800.0),
        note="two slides before the talk and three after, 3 s each; either order",
    ),
    do(
        "fresh24-13",
        "add the text 'Stack Overflow' inside a box in the center of the video: drawtext "
        "text='Stack Overflow': fontcolor=white: fontsize=24: box=1: boxcolor=black@0.5",
        [
            step(
                "text",
                text="Stack Overflow",
                position="center",
                color=_WHITE,
                background=_BLACK_BOX,
                **WHOLE,
            )
        ],
        note="the words in white, centred, on a black box, for the whole video",
    ),
    do(
        "fresh24-14",
        "watermark the video with the Front Row Agile logo, so that it is clearly from the Front "
        "Row Agile site",
        [step("overlay_image", file="logo.png", **WHOLE)],
        assets=["logo.png"],
        note="the logo over the whole video, any place, size or opacity",
    ),
    do(
        "fresh24-15",
        "I've got sound on the video, but I would like to have an mp3 in the background, in loop",
        [step("add_music", file="music.mp3", loop=True)],
        assets=["music.mp3"],
        note="the mp3 under the video's own sound, looped; any level",
    ),
    do(
        "fresh24-16",
        "use a music file as the audio track of the recorded video",
        [step("replace_audio", file="music.wav")],
        assets=["music.wav"],
        note="the music instead of the recorded sound",
    ),
    no_op(
        "fresh24-17",
        "turn the video with green screen into a webm video without the green screen",
        "no op: keying out the green (to transparency, or onto something else); no op keys out "
        "a colour",
    ),
    ask(
        "fresh24-18",
        "boost the audio track of the video by a certain amount of dB, like in ffmpeg normally",
        "how many dB",
        ("how many", "how much", "db", "decibel", "amount", "level", "louder", "percent"),
    ),
    ask(
        "fresh24-19",
        "adjust the gamma and brightness of the video",
        "which way (lighter or darker) and how much",
        (
            "how much",
            "which way",
            "brighter",
            "darker",
            "lighter",
            "direction",
            "amount",
            "percent",
            "value",
            "up or down",
            "more or less",
        ),
    ),
    ask(
        "fresh24-20",
        "skip the first x seconds of the downloaded video",
        "how many seconds (x is not given)",
        (*WHICH_PART, "how many", "how much", "seconds", "how long"),
    ),
    ask(
        "fresh24-21",
        "add the name of the streamer directly at the top of the video, in addition to the "
        "credits in the description",
        "what the name is (the text to write)",
        ("what", "which", "name", "text", "words", "say"),
    ),
    ask(
        "fresh24-22",
        "add some low-volume background music to the video, random or picked by the user: a lot "
        "of Reddit stories videos that go viral have some",
        "which music (no file is given)",
        ("which", "file", "music", "track", "song", "audio"),
    ),
    out_of_scope(
        "fresh24-23",
        "add the object from the reference image into the video without changing the original "
        "background: only inside the masked region",
        "generating an object into the picture (AI video inpainting from a reference image)",
        assets=["object.png"],
    ),
    out_of_scope(
        "fresh24-24",
        "edit the facial expressions of the person in the video, like the detailed facial "
        "expression editor does for an image",
        "AI facial expression editing",
    ),
    out_of_scope(
        "fresh24-25",
        "extend the real video, taking the physics, movement and lighting from all of its "
        "frames, not only from the last frame",
        "generating new frames that continue the video (AI video extension)",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
