"""A hundred-and-seventy-second fresh, held-out collection of real requests
(tests/realreq/fresh172.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh169's, the
rows are short, typical asks, like the development set's; 11 come from GitHub issues and pull
requests (Mastodon, a trailer downloader, a background-video plugin, a driving-replay clipper, a
camera-to-Telegram notifier, a Telegram bot library, a bird-call analyser, a Haskell class's
lectures, a time-lapse recorder, a WeChat patcher and a TikTok uploader), 8 from blog posts of
parents at school concerts and on Christmas morning, a nature lover, a windsurfer and a wife
making a birthday present, and one from a motorsport forum. Each case follows its row's
`expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[needs analysis]` row a
refusal of a DOABLE ask no operation does. An `[extra input: …]` marker is left out of the
request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    LOUDER,
    WHOLE,
    Above,
    AnyOf,
    Below,
    Between,
    Case,
    Probe,
    Want,
    anywhere,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh172.md")

#: A smaller file by a quality setting or a size.
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Above(0))

#: A smaller resolution than the 1920x1080 video, its shape kept.
_DOWNSCALE = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080), width=AnyOf(None, Below(1920)))
    | step("resize", width=Below(1920), height=AnyOf(None, Below(1080)))
    | step("resize", percent=Below(100))
)

#: The result kept an audio file, as the input was.
_KEPT_AUDIO = maybe(step("convert", format=AnyOf("mp3", "ogg", "wav", "m4a", "flac", "opus")))


def _under(low: float, high: float) -> list[Want]:
    """A size target between `low` and `high` MB, with the extras a size target may bring."""
    return [
        anywhere(step("compress", max_mb=Between(low, high))),
        maybe(step("resize")),
        maybe(step("fps")),
        maybe(step("quality")),
        maybe(step("codec", codec=AnyOf("h264", "hevc"))),
        maybe(step("convert", format="mp4")),
    ]


CASES: tuple[Case, ...] = (
    do(
        "fresh172-01",
        "make the 60 second video of me dancing on stage at a club last week fit Mastodon's 40MB "
        "media limit: recorded at 720p 60fps on my phone, it easily gets bigger than that",
        _under(20, 40),
        probe=Probe(duration=60.0, width=1280, height=720, fps=60.0),
        note="under 40 MB (20 to 40), of the 60 s 1280x720 60 fps video; a lower frame rate, a "
        "resize, a codec or a quality setting may come with it",
    ),
    do(
        "fresh172-02",
        "decrease the sound level of the trailer two times: on my 5.1 system, 2.0 content "
        "sometimes sounds way too loud",
        [
            step("volume", percent=Between(45, 55), **WHOLE)
            | step("volume", db=Between(-6.5, -5.5), **WHOLE)
        ],
        probe=Probe(duration=150.0),
        note="half as loud (50%, or -6 dB), all of it",
    ),
    do(
        "fresh172-03",
        "compress the demo video",
        [anywhere(_SMALLER), maybe(step("resize")), maybe(step("codec", codec="hevc"))],
        [anywhere(_DOWNSCALE), maybe(step("quality")), maybe(step("codec", codec="hevc"))],
        [anywhere(step("codec", codec="hevc")), maybe(step("quality"))],
        note="a smaller file: a smaller-file setting, a size, a lower resolution or HEVC",
    ),
    do(
        "fresh172-04",
        "swap the clip to HEVC, as Discord now supports HEVC",
        [
            anywhere(step("codec", codec="hevc")),
            maybe(step("convert", format="mp4")),
            maybe(step("compress")),
            maybe(step("quality")),
        ],
        note="encoded as HEVC (an mp4, a size or a quality setting may come with it)",
    ),
    do(
        "fresh172-05",
        "just give me a screenshot of the camera's event video instead: the video is too large to "
        "send via Telegram (I think 40MB is the limit)",
        [step("still"), maybe(step("convert", format=AnyOf("png", "jpg")))],
        probe=Probe(duration=30.0),
        note="one frame saved as an image, any time",
    ),
    do(
        "fresh172-06",
        "make the video small enough to send from my Telegram bot: I cannot send video of more "
        "than 50 mb",
        _under(20, 50),
        probe=Probe(duration=300.0),
        note="under 50 MB (20 to 50); a resize, a codec or a quality setting may come with it",
    ),
    do(
        "fresh172-07",
        "increase the volume of my bird recording, so it's easier to hear and maybe even play "
        "through speakers: it's quite soft because I use an electret microphone without an "
        "amplifier (and I'd prefer not to jump out of my skin when I switch to full-volume "
        "YouTube right after)",
        [LOUDER, _KEPT_AUDIO],
        probe=Probe(duration=60.0),
        note="louder by any amount, or brought to a normal loudness, all of it (kept an audio "
        "file)",
    ),
    do(
        "fresh172-08",
        "turn my video of the waterfall at Watkins Glen the right way: my p&s camera didn't "
        "download it orientated the way I took it, so you have to tilt your head to the left and "
        "watch it as if it were orientated 90 degrees clockwise (the waterfall can get a little "
        "loud!)",
        [step("rotate", degrees=90)],
        probe=Probe(duration=30.0, width=640, height=480),
        note="a quarter turn clockwise",
    ),
    do(
        "fresh172-09",
        "cut the first minute of the Christmas morning video: it's just me trying to get Jacob "
        "down the stairs",
        [step("trim", start=60, end=None)],
        [step("cut", start=0, end=60)],
        probe=Probe(duration=300.0),
        note="the first 60 s of the 300 s video taken off",
    ),
    do(
        "fresh172-10",
        "steady the shaky and very fuzzy video of Stephen's band playing Jingle Bells: I was "
        "standing in the back with Noah, who had been quite still until I pulled out the camera",
        [anywhere(step("stabilize")), maybe(step("sharpen")), maybe(step("denoise"))],
        probe=Probe(duration=90.0),
        note="stabilized (sharpening or denoising may come with it)",
    ),
    do(
        "fresh172-11",
        "dub music over my GoPro windsurfing video rather than leave the narration: for some "
        "reason the sound was full of static",
        [step("replace_audio", file="music.mp3")],
        [step("mute"), step("add_music", file="music.mp3")],
        assets=["music.mp3"],
        note="the static-filled sound replaced by music.mp3",
    ),
    do(
        "fresh172-12",
        "make my little Go Pro camera video small enough to attach to an email to Murph: when I "
        "tried to attach it, the file was way too large",
        _under(5, 25),
        probe=Probe(duration=120.0),
        note="an email's size (5 to 25 MB); a resize, a codec or a quality setting may come with "
        "it",
    ),
    no_op(
        "fresh172-13",
        "edit the sniffles out of the Lecture 8 recording before I publish it: someone (possibly "
        "me) had the sniffles",
        "needs analysis",
        probe=Probe(duration=3000.0),
        note="needs analysis: finding the sniffles in the lecture's sound",
    ),
    ask(
        "fresh172-14",
        "cut a portion out of my unpublished timelapse: the recording includes something I do not "
        "want to be public",
        "which portion (its start and end)",
        (*WHICH_PART, "portion", "part", "seconds"),
    ),
    ask(
        "fresh172-15",
        "cut out most of Jacob's 5th grade class performance and include only the pieces in which "
        "he played (he's doing really well with the trumpet)",
        "which pieces Jacob played in (their start and end)",
        (*WHICH_PART, "which pieces", "pieces", "parts", "times"),
        probe=Probe(duration=1800.0),
    ),
    ask(
        "fresh172-16",
        "shorten the video of the junior high choir at the music festival: this one is long, and "
        "I was having trouble getting the video to load",
        "how much to keep (which part, or how long)",
        (*WHICH_PART, "how long", "how much", "length", "seconds", "minutes"),
        probe=Probe(duration=300.0),
    ),
    ask(
        "fresh172-17",
        "subtitle what Katie says in the video of her choir concert: \"I think that's my daddy "
        'over there." and "My daddy is gonna take a picture of all of us."',
        "when each line is said (the times)",
        ("when", "time", "timing", "which part", "where", "seconds", "subtitle file", "srt"),
    ),
    out_of_scope(
        "fresh172-18",
        "remove the 25m size limit on video mp4 files (in WeChat)",
        "WeChat's limit on a sent video's size, not an edit of a file",
    ),
    out_of_scope(
        "fresh172-19",
        'pick a TikTok "sound" for the video automatically when uploading, instead of creating '
        "our own every time (I'm not very tech savvy)",
        "choosing a sound from TikTok's library at upload, an uploader's feature, not an edit of "
        "a file",
    ),
    out_of_scope(
        "fresh172-20",
        "make a little movie of the old photos of Rich I scanned for his birthday, with captions "
        "and a song he likes",
        "making a video from photos (a slideshow): no video to edit",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
