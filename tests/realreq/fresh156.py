"""A hundred-and-fifty-sixth fresh, held-out collection of real requests
(tests/realreq/fresh156.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh153's, the
rows are short, typical asks, like the development set's; 19 come from GitHub issues and pull
requests, many by people writing in English as a second language (a beginners' video editor, a
compressor app, PowerToys, a screen recorder, a GIF recorder, a flashcard maker, a lossless
cutter, a voice memo app, a camera SDK, a black-frame remover, a GIF-to-Lottie converter, a
university's media program, two gallery apps, a pitch video, a compressor library, a speech
model and a game's forum) and one from a blog post. Each case follows its row's `expected`
column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` rows refusals of DOABLE
asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, LOUDER, WHOLE, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh156.md")

#: A smaller picture than the 1920x1080 it is, its shape kept.
_DOWN = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080), width=AnyOf(None, Below(1920)))
    | step("resize", width=Below(1920), height=AnyOf(None, Below(1080)))
    | step("resize", percent=Below(100))
)

#: A smaller file, by a quality setting or a size target.
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step(
    "compress", max_mb=Between(0, None)
)


def _under(low: float, high: float) -> list:
    """A file under a size limit: compress to it, a smaller picture, frame rate or quality setting
    may come with it."""
    return [
        anywhere(step("compress", max_mb=Between(low, high))),
        maybe(_DOWN),
        maybe(step("fps", fps=Below(30))),
        maybe(step("quality", level=AnyOf("small", "balanced"))),
        maybe(step("codec", codec=AnyOf("h264", "hevc"))),
    ]


CASES: tuple[Case, ...] = (
    do(
        "fresh156-01",
        "make the video small enough to post in messenger: it is always too big (I am new to this, "
        "71 yrs old and not too tech savy)",
        _under(1, 25),
        [step("quality", level="small"), maybe(_DOWN)],
        note="under Messenger's 25 MB attachment limit (or a smaller-file setting)",
    ),
    do(
        "fresh156-02",
        "make the 10 minutes of rambling I recorded on my trusty Sony camcorder small enough to "
        "email: it is a 620Mb video file (what the hell am I supposed to do with that?)",
        _under(1, 25),
        probe=Probe(duration=600.0),
        note="the 620 MB, 10 min video under an e-mail attachment limit (25 MB at most)",
    ),
    do(
        "fresh156-03",
        "reduce the video size: multiple time after recording video, size is greater than 25MB "
        "always, which is tricky to upload",
        _under(1, 25),
        note="under 25 MB",
    ),
    do(
        "fresh156-04",
        "make my 4K video small enough to send through an app which allows 100MB videos maximum "
        "(sadly it doesn't compress them itself): I'd like to keep it 4K",
        [
            anywhere(step("compress", max_mb=Between(50, 100))),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
        ],
        probe=Probe(width=3840, height=2160),
        note="under 100 MB, kept 3840x2160 (no resize)",
    ),
    do(
        "fresh156-05",
        "compress the video to send in an MMS to iPhones: I have issues sending anything larger "
        "than 1mb via MMS",
        _under(0.3, 1),
        note="under 1 MB",
    ),
    do(
        "fresh156-06",
        "make the MP4 I produced with openshot from my cut vokoscreen MKV small again: using x264 "
        "and the same resolution, the file is huge - easily ten times bigger",
        [
            anywhere(_SMALLER),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(step("reencode")),
        ],
        [step("codec", codec="hevc"), maybe(step("quality")), maybe(step("compress"))],
        note="a smaller file (a smaller-file setting, any size target, or H.265)",
    ),
    do(
        "fresh156-07",
        "speed up the recorded GIF: I recorded it in 3 sec, and I want an output file with just a "
        "1-second duration",
        [step("speed", factor=Between(2.9, 3.1), **WHOLE), maybe(GIF)],
        [maybe(GIF), step("speed", factor=Between(2.9, 3.1), **WHOLE)],
        probe=Probe(duration=3.0, has_audio=False),
        note="three times as fast, all of the 3 s GIF (1 s long), kept a GIF",
    ),
    do(
        "fresh156-08",
        "make the part of my 5 min long video from 1:20 to 1:40 into something like a gif, to show "
        "in a flashcard instead of just a picture",
        [
            anywhere(step("trim", start=80, end=100) | step("keep_ranges", ranges=[[80, 100]])),
            anywhere(GIF),
            maybe(step("resize")),
            maybe(step("fps")),
        ],
        probe=Probe(duration=300.0),
        note="1:20 to 1:40 of the 5 min video, as a GIF, either order",
    ),
    do(
        "fresh156-09",
        "mix the audio track I added with my video's own track so they play together: simply put, "
        "I want to add background music to my video",
        [step("add_music", file="music.mp3", **WHOLE)],
        assets=["music.mp3"],
        note="the music mixed under the video's own sound, all of it",
    ),
    do(
        "fresh156-10",
        "make the recorded audio louder: the sound is very low, I tried increasing my device "
        "volume to full and still the sound is very low",
        [LOUDER],
        note="louder, any amount (or normalized), all of it",
    ),
    do(
        "fresh156-11",
        "remove the background sound the video recorded as well: there are lots of disturbance in "
        "the recording",
        [step("audio_denoise")],
        note="the steady background noise in the sound reduced",
    ),
    do(
        "fresh156-12",
        "remove the black frames from my mp4 and keep everything after them too: it is like this: "
        "non-black frames (6 mins) + black frames (about 3 seconds) + non-black frames (for an "
        "hour)",
        [step("remove_black", where="all")],
        [step("cut", start=Between(355, 365), end=Between(358, 368))],
        probe=Probe(duration=3963.0),
        note="the 3 s black stretch after 6 min cut out, the hour after it kept",
    ),
    no_op(
        "fresh156-13",
        "convert the Gif to tgs, for making some telegram stickers",
        "no op",
        probe=Probe(duration=3.0, width=512, height=512, has_audio=False),
        note="no op: a TGS sticker is a Lottie vector animation; no operation writes .tgs",
    ),
    no_op(
        "fresh156-14",
        "make the Shotcut tutorial video take up the whole screen, like the other two videos "
        "already produced: it has black borders",
        "no op",
        note="no op: a crop of black borders found by detection (their size is not given); no "
        "auto-crop operation",
    ),
    ask(
        "fresh156-15",
        "extract pieces of the video in the original format and quality and merge them: I don't "
        "want an app full of trackers from the play-store",
        "which pieces (their start and end times)",
        (*WHICH_PART, "which pieces", "pieces", "parts", "segments", "times"),
    ),
    ask(
        "fresh156-16",
        "shorten the length of the pitch video: of 3min at max",
        "which parts to keep (to fit 3 minutes)",
        (*WHICH_PART, "which parts", "parts", "keep", "remove", "cut"),
        probe=Probe(duration=420.0),
        note="a 7-minute pitch video assumed",
    ),
    ask(
        "fresh156-17",
        "compress the video with some selected parts only",
        "which parts to keep (their start and end times)",
        (*WHICH_PART, "which parts", "parts", "selected", "segments", "times"),
    ),
    out_of_scope(
        "fresh156-18",
        "add the ability to rotate manually the screen when watching a video: it is handy to "
        "rotate the screen while watching a video without having to enable the device's "
        "auto-rotation",
        "a gallery app's player rotating the screen while watching, not an edit of the file",
    ),
    out_of_scope(
        "fresh156-19",
        "let me listen to this YouTube live video in Portuguese: I don't understand English, I "
        "don't know if you can help me",
        "translating and dubbing an online video (a YouTube live), not an edit of a given file",
    ),
    out_of_scope(
        "fresh156-20",
        "make the forum's gifv tag autoresize my high resolution webm video to the forum layout: "
        "it is left by its size and noone can enjoy good videos (you have to scale video to like "
        "640x480 to fit forum dimensions)",
        "a forum's video tag sizing embedded videos on its pages, not an edit of the file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
