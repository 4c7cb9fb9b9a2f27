"""A hundred-and-fiftieth fresh, held-out collection of real requests
(tests/realreq/fresh150.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh149's, the
rows are short, typical asks, like the development set's; 17 come from GitHub issues and pull
requests (a video converter, an Instagram API library, Artsy's podcast, a church projection app,
a watermark library, a WordPress video plugin, a cinemagraph model, a university's media
programme, a scroll-to-top library's demo music, an upscaler, a preview generator, an AR SDK, a
recorder demo, GoPro Labs, a video-generation UI, a highlight generator and a YouTube extension)
and one from a forum thread (VBForums). Each case follows its row's `expected` column;
`[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` rows refusals of DOABLE asks no
operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import GIF, SOUND_ALONE, WHOLE, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh150.md")

#: fresh150-09: the subtitles and the Libras interpreter, on the talk before the brand's card
#: at the start shifts it…
_LEGENDAS = step("subtitles", file=AnyOf("legendas.srt", None))
_LIBRAS = step("pip", file="libras.mp4", position="bottom-right")
#: … and the brand as a card before and after the video…
_MARCA_INICIO = step("join", clips=["marca_uffs.png"], at="start")
_MARCA_FIM = step("join", clips=["marca_uffs.png"], at="end")
#: … or overlaid for the first and the last seconds of the 180 s video.
_MARCA_SOBRE_INICIO = step(
    "overlay_image", file="marca_uffs.png", start=AnyOf(None, Between(0, 1)), end=Between(1, 15)
)
_MARCA_SOBRE_FIM = step(
    "overlay_image", file="marca_uffs.png", start=Between(165, 179), end=AnyOf(None, 180)
)

CASES: tuple[Case, ...] = (
    do(
        "fresh150-01",
        "extract the sound (music) from the mpg file",
        [SOUND_ALONE],
        note="the sound alone, as an audio file (any format)",
    ),
    no_op(
        "fresh150-02",
        "mux the mkv to an mpg, no transcoding, so I can play it on a PS3 or through my SmartTV",
        "no op",
        note="no op: an MPEG program stream (.mpg) output; no output format is mpg",
    ),
    do(
        "fresh150-03",
        "make the video acceptable to Instagram: it only accepts timeline videos that are between "
        "3.000 and 60.000 seconds long, and mine is 60.027 seconds long",
        [step("trim", start=AnyOf(0, None), end=Between(57, 60))],
        [step("trim", start=Between(0.027, 3), end=None)],
        [step("cut", start=Between(57, 60), end=Between(60, 60.03))],
        probe=Probe(duration=60.027),
        note="at most 60 s of the 60.027 s video kept (the end, or the first fraction of a "
        "second, trimmed off)",
    ),
    do(
        "fresh150-04",
        "bump the interview up by 2-3 dB: it generally seems kind of quiet (this is my first time "
        "editing)",
        [step("volume", db=Between(1.5, 4.5), **WHOLE)],
        [step("volume", percent=Between(118, 170), **WHOLE)],
        [step("normalize")],
        note="2 to 3 dB louder, all of it (a loudness normalization is fair too)",
    ),
    do(
        "fresh150-05",
        "set the contrast down a bit on the background video: certain really noisy videos are hard "
        "to use as a background unless I can (I tried larger outlines on the font, but they were "
        "just too noisy)",
        [step("contrast", percent=Between(-60, -5), **WHOLE), maybe(step("denoise"))],
        [step("look", style="faded", **WHOLE), maybe(step("denoise"))],
        note="less contrast, all of it (a denoise may come with it)",
    ),
    do(
        "fresh150-06",
        'add the watermark to the video without it "downgrading" from 60FPS to 30FPS',
        [
            anywhere(step("overlay_image", file="watermark.png", **WHOLE)),
            maybe(step("fps", fps=60)),
            maybe(step("quality")),
        ],
        assets=["watermark.png"],
        probe=Probe(fps=60.0),
        note="watermark.png on all of the 60 fps video, at any place (an fps(60) may come with it)",
    ),
    do(
        "fresh150-07",
        "change the video's audio into AAC-encoded audio: on iOS it plays without sound (the audio "
        "is encoded with the MPEG-1 Audio Layer 2 codec)",
        [
            anywhere(step("reencode")),
            maybe(step("convert", format="mp4")),
            maybe(step("codec", codec="h264")),
        ],
        [
            anywhere(step("convert", format="mp4")),
            maybe(step("codec", codec="h264")),
            maybe(step("reencode")),
        ],
        [
            anywhere(step("codec", codec="h264")),
            maybe(step("convert", format="mp4")),
            maybe(step("reencode")),
        ],
        note="the sound re-encoded: an MP4 with AAC audio",
    ),
    do(
        "fresh150-08",
        "make the result an endless loop GIF: it is not an Endless Loop Gif, but a 2 second movie",
        [anywhere(GIF), maybe(step("resize")), maybe(step("fps")), maybe(step("loop"))],
        probe=Probe(duration=2.0),
        note="a GIF (which loops forever) of the 2 s clip",
    ),
    do(
        "fresh150-09",
        "put the UFFS Campus Chapecó brand at the start and at the end, insert the subtitles, and "
        "insert the Libras interpretation video in the bottom right corner",
        [_LEGENDAS, _LIBRAS, _MARCA_INICIO, anywhere(_MARCA_FIM)],
        [_LIBRAS, _LEGENDAS, _MARCA_INICIO, anywhere(_MARCA_FIM)],
        [
            anywhere(_LEGENDAS),
            anywhere(_LIBRAS),
            anywhere(_MARCA_SOBRE_INICIO),
            anywhere(_MARCA_SOBRE_FIM),
        ],
        assets=["marca_uffs.png", "legendas.srt", "libras.mp4"],
        probe=Probe(duration=180.0),
        note="the subtitles and the Libras video bottom right on the talk, then the brand before "
        "and after it (or overlaid for its first and last seconds)",
    ),
    do(
        "fresh150-10",
        "turn the demo music down: it is too loud (I like the music, but I do not like my floor "
        "shaking and having police at my doorstep for being too loud past 10 PM)",
        [step("volume", percent=Between(10, 90), **WHOLE)],
        [step("volume", db=Between(-20, -1), **WHOLE)],
        probe=Probe(duration=120.0),
        note="quieter, all of it",
    ),
    no_op(
        "fresh150-11",
        "crop the black borders and deinterlace the DVD video: many DVD videos have these problems",
        "no op",
        probe=Probe(width=720, height=480, fps=29.97),
        note="no op: deinterlacing, and a crop of black borders found by detection",
    ),
    no_op(
        "fresh150-12",
        "generate a webp video preview of the video: a small video of 2-3 seconds from the middle "
        "or the beginning of the video",
        "no op",
        note="no op: an animated WebP output; no output format is WebP",
    ),
    ask(
        "fresh150-13",
        "add effects such as particle effects or some images or enhancement into the video I "
        "upload from my gallery, then export the new video to mp4",
        "which effects (and which images)",
        ("which", "effect", "image", "what", "kind", "particle", "enhancement"),
    ),
    ask(
        "fresh150-14",
        "add background music to the video, with its length the same as the video's",
        "which music (no file is given)",
        (
            "which music",
            "music file",
            "file",
            "track",
            "song",
            "which",
            "provide",
            "upload",
            "attach",
            "give",
        ),
    ),
    out_of_scope(
        "fresh150-15",
        "give me a GoPro Labs command for monochrome photography: I've managed to film in black "
        "and white",
        "a camera's shooting setting (a GoPro Labs QR command), not an edit of a given file",
    ),
    out_of_scope(
        "fresh150-16",
        "stop my generated videos from ending in a fade-out: I do need lip-syncing",
        "a video generator's settings (the fade is generated), not an edit of a given file",
    ),
    out_of_scope(
        "fresh150-17",
        "generate the exciting moments clips in real time in a live match: I have been trying to "
        "create exciting moment clips for football, badminton, basketball and other sports",
        "clipping a live match as it is played (and finding its exciting moments), not an edit of "
        "a given file",
    ),
    out_of_scope(
        "fresh150-18",
        "make YouTube videos that only have sound on one channel play as mono: it is annoying to "
        "listen to",
        "a browser extension's playback of online videos, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
