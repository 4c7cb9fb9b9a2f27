"""A two-hundred-and-thirty-seventh fresh, held-out collection of real requests
(tests/realreq/fresh237.md): one checkable case a row, encoded the way fresh233.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh233's, the
rows are short, typical asks of people who film their own hobbies; all 13 come from Japanese and
German personal blogs and one forum (motorbike riders with a GoPro, a blogger shrinking Lauenburg
to model railway size, N and OJ gauge modellers, a Shiba owner, a commuter on a bike, a cat
owner, a modeller with a Tenshodo EF53, a friend filming a long freight train, a BMW owner and an
XT1200Z rider), translated into English. Each case follows its row's `expected` column; the
`[out of scope]` row is an OUT-OF-SCOPE refusal, the `[no op]` row a refusal of a DOABLE ask no
operation does."""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    WHOLE,
    Above,
    Below,
    Case,
    Probe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh237.md")

#: Quieter, by any amount, all of it.
_QUIETER = step("volume", percent=Below(100), **WHOLE) | step("volume", db=Below(0), **WHOLE)


def _sound_instead(name: str) -> tuple[list, ...]:
    """The video's own sound gone, the file's in its place."""
    return (
        [step("replace_audio", file=name)],
        [step("mute"), step("add_music", file=name, **WHOLE)],
    )


#: Six times faster, more contrast, more saturation: in any order.
_MINIATURE = tuple(
    list(p)
    for p in permutations(
        [
            step("speed", factor=6, **WHOLE),
            step("contrast", percent=Above(0), **WHOLE),
            step("saturation", percent=Above(0), **WHOLE),
        ]
    )
)

#: 9:16 for YouTube Shorts and Instagram: cut to it, or the whole picture fitted in.
_VERTICAL = (
    [step("platform", platform="youtube_shorts")],
    [step("platform", platform="instagram_reels")],
    [step("crop", aspect="9:16")],
    [step("pad", aspect="9:16")],
    [step("blur_fill", aspect="9:16")],
)

CASES: tuple[Case, ...] = (
    do(
        "fresh237-01",
        "turn the sound down and put BGM in on my GoPro touring video, so the wind noise (the "
        '"boboboo") is hardly noticeable: at speed it picks up nothing but the wind',
        [_QUIETER, step("add_music", file="bgm.mp3", **WHOLE)],
        assets=["bgm.mp3"],
        probe=Probe(duration=600.0, width=1920, height=1080),
        note="its own sound turned down (any amount), then the BGM under it",
    ),
    do(
        "fresh237-02",
        "underlay the video of my BMW ride with the royalty-free music I bought: YouTube "
        "recognizes everything and produces one Content ID match after another",
        [step("add_music", file="music.mp3", **WHOLE)],
        *_sound_instead("music.mp3"),
        assets=["music.mp3"],
        probe=Probe(duration=300.0, width=1280, height=720),
        note="the music under it, or in place of its own sound",
    ),
    do(
        "fresh237-03",
        "speed up this 42-second sequence of Lauenburg six times, with more contrast and "
        "exaggerated saturation, so the things look more artificial, like plastic, for the "
        "miniature effect",
        *_MINIATURE,
        probe=Probe(duration=42.0, width=1920, height=1080),
        note="six times faster (42 s to 7 s), more contrast and more saturation, any order",
    ),
    do(
        "fresh237-04",
        'use the CD "Sound memories, the town where the steam whistle echoed: Yubari" as the '
        "sound of the video of my KATO C11 pulling the freight cars: the steam engine on the CD"
        " is a different one, but it's for the atmosphere",
        *_sound_instead("yubari.mp3"),
        assets=["yubari.mp3"],
        probe=Probe(duration=120.0),
        note="the CD's steam engine in place of the layout's own sound",
    ),
    do(
        "fresh237-05",
        "put sound on the running scene of the OJ gauge Kiha 20: actually the sound is the Kiha"
        " 52 of the Oito line, the same engine, but the Kiha 52 is the strong type with two "
        "engines",
        *_sound_instead("kiha52.mp3"),
        [step("add_music", file="kiha52.mp3", **WHOLE)],
        assets=["kiha52.mp3"],
        probe=Probe(duration=90.0),
        note="the Kiha 52's sound on the Kiha 20's run: in place of its own, or added",
    ),
    do(
        "fresh237-06",
        "turn this video of our Shiba Leo, taken with my mobile phone, the right way up: it is "
        "upside down, so it is very hard to watch when played on the PC",
        [step("rotate", degrees=180)],
        probe=Probe(duration=50.0, width=640, height=480),
        note="turned a half turn, the right way up",
    ),
    do(
        "fresh237-07",
        "use the separately recorded sound for the video of my detour to Sengataki on the way "
        "back from town: the wind noise on the built-in microphone is too awful",
        *_sound_instead("helmet.wav"),
        assets=["helmet.wav"],
        probe=Probe(duration=600.0, width=1920, height=1080),
        note="the separately recorded sound in place of the built-in mic's",
    ),
    do(
        "fresh237-08",
        "make a 9:16 vertical version of this 16:9 video of my morning commute on the bike, for"
        " YouTube Shorts and Insta",
        *_VERTICAL,
        probe=Probe(duration=55.0, width=1920, height=1080),
        note="9:16 for Shorts and Instagram: cropped, or fitted with bars or a blurred fill",
    ),
    ask(
        "fresh237-09",
        "make a handy format out of the VOB of Spocky on the roof, trim it to size as well, and"
        " put music over it",
        "which part to keep (where to trim it)",
        (*WHICH_PART, "trim", "keep", "cut", "second"),
        assets=["music.mp3"],
        probe=Probe(duration=240.0, width=720, height=576),
    ),
    ask(
        "fresh237-10",
        "finish the video of repairing and mini-customizing the Tenshodo plastic EF53 at about "
        "10 minutes: inside those 10 minutes a title, a catch and an end title are needed too, "
        "so the real content is under 7 minutes",
        "which parts to cut (what to keep) to get it to about 10 minutes",
        (*WHICH_PART, "which parts", "cut", "keep", "title", "timestamps"),
        probe=Probe(duration=1500.0),
    ),
    out_of_scope(
        "fresh237-11",
        "burn the rest of the hour of video of Mr. D's 117-wagon train to DVD, to send to him",
        "burning a DVD to mail, not an edit of a video file",
        probe=Probe(duration=3600.0),
    ),
    no_op(
        "fresh237-12",
        "hide just the number plate in the video of my BMW 420i coupé: in a video, erasing only"
        " the plate takes technique that I don't have at my level",
        "no op",
        probe=Probe(duration=180.0, width=1920, height=1080),
        note="no op: a blur that follows the number plate; blur takes no region and tracks nothing",
    ),
    do(
        "fresh237-13",
        "make the WAV from the Zoom H1 recorder in the tank bag the main audio track of this "
        "video of the tour (I evened out its loudness with the compressor in Audacity)",
        *_sound_instead("zoom.wav"),
        assets=["zoom.wav"],
        probe=Probe(duration=900.0, width=1920, height=1080),
        note="the Zoom H1's WAV as the main audio track, in place of the camera's sound",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
