"""An eighty-fifth fresh, held-out collection of real requests (tests/realreq/fresh85.md): one
checkable case a row, encoded the way fresh81.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh81's, the
rows are short, typical asks, like the development set's; all 13 come from web pages of camera
and drone owners: a DSLR film-maker's blog, a GoPro owner's stabilization script, a forum
comment, a Q&A question, a storm chaser's and a cyclist's blogs, drone blogs, a suggestion on
Adobe's Premiere Rush forum, an Insta360 owner's blog and an idea blog. Each case follows its
row's `expected` column; `[no op]` rows are DOABLE refusals, `[out of scope]` rows are
OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the request and the files
it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import WHOLE, AnyOf, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh85.md")

#: Slowed from 50 fps to play every frame at 24 fps (0.48; down to 0.45, up to 0.5 is fair).
_SLOWED = step("speed", factor=Between(0.45, 0.5), **WHOLE)
_AT_24 = step("fps", fps=Between(23.9, 24.1))

#: Downsampled to HD, from the 4096x2160 footage.
_HD = (
    step("resize", width=1920, height=1080)
    | step("resize", lines=1080)
    | step("resize", height=1080)
)

CASES: tuple[Case, ...] = (
    do(
        "fresh85-01",
        "use the 720p/50 footage as a slow motion test for the 7D: reduce it to 24 after "
        "slowing it down",
        [_SLOWED, _AT_24],
        [_AT_24, _SLOWED],
        probe=Probe(width=1280, height=720, fps=50.0),
        note="slowed to 24/50 (every frame shown at 24 fps) and set to 24 fps, either order",
    ),
    do(
        "fresh85-02",
        "stabilize the GoPro footage in post: I turned off stabilization to extend battery "
        "life, and footage taken without it is generally unusable because it's too shaky",
        [step("stabilize")],
        note="stabilized, any strength",
    ),
    do(
        "fresh85-03",
        "digitally stabilize the shaky 4K GoPro footage of the mountain bike run and downsample "
        "it to HD (1920 x 1080) at the same time",
        [step("stabilize"), _HD],
        [_HD, step("stabilize")],
        probe=Probe(width=4096, height=2160),
        note="stabilized and scaled down to HD, either order",
    ),
    do(
        "fresh85-04",
        "block out the background noises in the video from my Canon SL2: I'm using it with an "
        "external mic",
        [step("audio_denoise")],
        note="the sound's background noise reduced",
    ),
    do(
        "fresh85-05",
        "take the dreaded wind rumble out of the thunderstorm video's sound: it pretty well "
        "ruined the great thunderclaps that were also recorded",
        [step("audio_denoise")],
        note="the sound's wind rumble reduced",
    ),
    do(
        "fresh85-06",
        "convert the GoPro Hero 3 footage from MPEG 4 to a format iMovie can handle, before "
        "editing it in iMovie",
        [
            step("convert", format=AnyOf("mov", "mp4")),
            maybe(step("codec", codec="h264")),
            maybe(step("reencode")),
        ],
        [step("codec", codec="h264"), maybe(step("reencode"))],
        note="saved as a mov (or an mp4), or encoded as H.264",
    ),
    do(
        "fresh85-07",
        "add the audio of a swarm of angry bees to the footage I got from my drone: basically "
        "the same as recording audio from the aircraft",
        [step("replace_audio", file="bees.mp3") | step("add_music", file="bees.mp3")],
        assets=["bees.mp3"],
        probe=Probe(has_audio=False),
        note="the bees' sound as the silent drone footage's sound",
    ),
    no_op(
        "fresh85-08",
        "overlay the flight information, such as speed and altitude, from the log file on the "
        "Spark footage",
        "gauges drawn from a flight log's data; no operation reads a log",
        assets=["flight.csv"],
    ),
    ask(
        "fresh85-09",
        "put some beautiful music over my drone video: there is absolutely no audio, zero",
        "which music (no file is given)",
        ("which music", "what music", "music file", "file", "which song", "track", "which"),
        probe=Probe(has_audio=False),
    ),
    ask(
        "fresh85-10",
        "add audio after the fact to the video of my walk, and keep the ambient audio as a lower "
        "level background",
        "which audio (no file is given)",
        ("which audio", "what audio", "audio file", "file", "which sound", "which"),
    ),
    ask(
        "fresh85-11",
        "rotate the landscape clip I shot on my rotation-locked iPhone: it still displays as a "
        "vertical shot",
        "which way to turn it (90° clockwise or counter-clockwise)",
        ("which way", "direction", "clockwise", "degrees", "90", "which"),
        probe=Probe(width=1080, height=1920),
    ),
    out_of_scope(
        "fresh85-12",
        "modify the video recorded in Bullet Time mode to appear as a normal 360 video file",
        "rewriting the bytes of an Insta360 .insv file's maker notes, not an edit of the "
        "picture or sound",
    ),
    out_of_scope(
        "fresh85-13",
        "record the video in landscape regardless of what position I hold the phone in",
        "how a phone records, not an edit of a given video",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
