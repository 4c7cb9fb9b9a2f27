"""A two-hundred-and-tenth fresh, held-out collection of real requests
(tests/realreq/fresh210.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh209's, the
rows are short, typical asks, like the development set's; all 20 come from GitHub issues and pull
requests, mostly about the trailers, demo GIFs, sounds and animations of games, mods, bots and
apps: the PSF's podcast, Paradise, Space Station 14, dmitlichess, SingleFile, scope.sh, disco,
just-the-docs, ThemerrDB, OpenShot, a Rust podcast's site, an Android device tree, two Plymouth
boot themes, a Tox client, a foundation's podcast, a small game, a Terraria mod, Nextcloud's
viewer and a Discord video-editing bot. Each case follows its row's `expected` column; `[out of
scope]` rows are OUT-OF-SCOPE refusals."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import (
    GIF,
    LOUDER,
    SOUND_ALONE,
    WHOLE,
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
TABLE = Path(__file__).with_name("fresh210.md")

#: A sound file kept a sound file (saved or extracted as one), or left as it is.
_KEPT_AUDIO = maybe(SOUND_ALONE)

#: The 1920x1080 picture scaled down, its shape kept: any smaller size.
_DOWN = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080), width=AnyOf(None, Below(1920)))
    | step("resize", width=Below(1920), height=AnyOf(None, Below(1080)))
    | step("resize", percent=Below(100))
)

#: An aspect ratio from 4:3 to 16:10, as it may be written.
_4_3_TO_16_10 = AnyOf("4:3", "3:2", "16:10", "8:5", "1.6:1", "1.5:1", "14:9", "1.33:1")

#: Much quieter (fresh210-03), as a level or in decibels.
_MUCH_QUIETER_DB = Between(-20, -5)
_MUCH_QUIETER_PERCENT = Between(10, 55)

CASES: tuple[Case, ...] = (
    do(
        "fresh210-01",
        "make a smaller copy of the trailer, under 10 MB, for promotion: social media platforms "
        "limit upload sizes",
        [
            anywhere(step("compress", max_mb=Between(5, 10))),
            maybe(_DOWN),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
            maybe(step("codec", codec="h264")),
            maybe(step("convert", format="mp4")),
        ],
        probe=Probe(duration=129.0),
        note="under 10 MB (a smaller picture or a smaller-file setting may come with it)",
    ),
    do(
        "fresh210-02",
        "change the amplitude of Thunderdome.ogg by -4, from amplitude 1 to amplitude 0.6: this "
        "makes it still loud, but no longer ear-burstingly max-volume on the system loud",
        [
            step("volume", db=Between(-4.5, -4), **WHOLE)
            | step("volume", percent=Between(58, 64), **WHOLE),
            _KEPT_AUDIO,
        ],
        probe=Probe(duration=120.0),
        note="-4 dB (about 60% of the amplitude), all of it",
    ),
    do(
        "fresh210-03",
        "heavily decrease delta.ogg's volume: the initial klaxon explodes your ears; it should "
        'still sound loud enough to be heard and convey the "we\'re fucked" message, but your ears '
        "don't bleed",
        [
            step("volume", db=_MUCH_QUIETER_DB, **WHOLE)
            | step("volume", percent=_MUCH_QUIETER_PERCENT, **WHOLE),
            _KEPT_AUDIO,
        ],
        [
            step("volume", start=AnyOf(None, 0), end=Between(1, 20), db=_MUCH_QUIETER_DB)
            | step(
                "volume",
                start=AnyOf(None, 0),
                end=Between(1, 20),
                percent=_MUCH_QUIETER_PERCENT,
            ),
            _KEPT_AUDIO,
        ],
        probe=Probe(duration=60.0),
        note="much quieter, all of it (or only the opening klaxon)",
    ),
    do(
        "fresh210-04",
        "normalize the ogg file, and increase its volume",
        [anywhere(LOUDER), maybe(LOUDER), _KEPT_AUDIO],
        probe=Probe(duration=5.0),
        note="normalized, or louder by any amount, or both",
    ),
    do(
        "fresh210-05",
        "convert the GIF demo to MP4: a lot of people weren't fond of having a GIF demo in the "
        "README, as GitHub now supports videos",
        [
            step("convert", format="mp4"),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
        ],
        probe=Probe(duration=30.0, has_audio=False),
        note="an MP4 of the GIF",
    ),
    do(
        "fresh210-06",
        "convert the usage demo video from MP4 to GIF, so it can show up directly in the README "
        "under the Usage section",
        [anywhere(GIF), maybe(_DOWN), maybe(step("fps", fps=Below(30)))],
        note="a GIF (a smaller size or frame rate may come with it)",
    ),
    do(
        "fresh210-07",
        "convert the homepage webm animation to a gif, for performance reasons",
        [anywhere(GIF), maybe(_DOWN), maybe(step("fps", fps=Below(30)))],
        probe=Probe(duration=10.0, has_audio=False),
        note="a GIF (a smaller size or frame rate may come with it)",
    ),
    do(
        "fresh210-08",
        "make the demo gif's window size between 4:3 and 16:10: using 16:9 makes it appear too "
        "low in a non-full screen context",
        [
            anywhere(
                step("crop", aspect=_4_3_TO_16_10)
                | step("crop_area", width=Between(1440, 1728), height=Between(1000, 1080))
                | step("pad", aspect=_4_3_TO_16_10)
                | step("blur_fill", aspect=_4_3_TO_16_10)
            ),
            maybe(GIF),
            maybe(_DOWN),
        ],
        probe=Probe(duration=20.0, has_audio=False),
        note="an aspect from 4:3 to 16:10 (cropped, or with bars), kept a GIF",
    ),
    do(
        "fresh210-09",
        "grab (lets say) the first 30 sec of the theme song's soundfile and fade it out",
        [
            step("trim", start=0, end=30) | step("keep_ranges", ranges=[[0, 30]]),
            step("fade", direction="out", target=AnyOf("audio", "both")),
            _KEPT_AUDIO,
        ],
        probe=Probe(duration=180.0),
        note="the first 30 s of the 3-minute song, faded out at its end",
    ),
    do(
        "fresh210-10",
        "turn my video right side up: I added it to the software to start editing it and it's "
        "upside down (every editor I have used so far has had other problems, but not with it "
        "being upside down)",
        [step("rotate", degrees=180)],
        [step("flip", direction="vertical"), step("flip", direction="horizontal")],
        [step("flip", direction="horizontal"), step("flip", direction="vertical")],
        note="a half turn (or flipped both ways)",
    ),
    do(
        "fresh210-11",
        "trim the silence from the 2024-03-29 episode",
        [step("remove_silence"), _KEPT_AUDIO],
        probe=Probe(duration=3600.0),
        note="the silences cut (all of them, or at the ends)",
    ),
    do(
        "fresh210-12",
        "use a half-resolution boot animation: it makes boot faster (on low-end devices, the "
        "current 48 fps boot animation can use more than 50% of CPU time)",
        [
            step("resize", percent=Between(49, 51))
            | step("resize", lines=540)
            | step("resize", width=960, height=AnyOf(None, 540))
            | step("resize", height=540, width=AnyOf(None, 960))
        ],
        probe=Probe(duration=10.0, fps=48.0, has_audio=False),
        note="half the resolution: 960x540 of the 1920x1080 animation",
    ),
    do(
        "fresh210-13",
        "speed up the 6 seconds animation so I can see the whole of it (I may sound crazy when I "
        "write this): my pc is booting up in 3 seconds",
        [step("speed", factor=Between(2, 2.2), **WHOLE)],
        probe=Probe(duration=6.0, has_audio=False),
        note="twice as fast, all of it: the 6 s animation in 3 s",
    ),
    do(
        "fresh210-14",
        "reduce the sound's volume by 6dB: I along with other toxic users found it to be too loud",
        [
            step("volume", db=-6, **WHOLE) | step("volume", percent=Between(49, 51), **WHOLE),
            _KEPT_AUDIO,
        ],
        probe=Probe(duration=2.0),
        note="-6 dB (about half the level), all of it",
    ),
    ask(
        "fresh210-15",
        "cut out the long intro audio of the podcast episode, for a shorter audio intro",
        "how much of the intro to cut (where it ends, or how long the shorter intro is)",
        (*WHICH_PART, "how long", "how much", "seconds", "length"),
    ),
    ask(
        "fresh210-16",
        "export the theme as the proper duration, to remove the hacky loop delay code",
        "which duration (how long the theme should be, or where it ends)",
        ("how long", "duration", "length", "which", "seconds", "where", "end", "when"),
    ),
    ask(
        "fresh210-17",
        "adjust the speed of the boot animation so it finishes in time: my computer boots too "
        "fast for the animation to complete",
        "how much faster (how long the boot takes, or the speed factor)",
        ("how much", "how fast", "how long", "speed", "factor", "seconds", "faster", "which"),
    ),
    out_of_scope(
        "fresh210-18",
        "create a trailer video that shows off a few parts of the mod as a promotional video for "
        "the upcoming playtest (the passive tree, the questing system, the town of Ravencrest, "
        "entering a portal into a map): maybe just 1-2 minutes long max? Something short",
        "making a trailer from new gameplay footage of a mod, not an edit of a given file",
    ),
    out_of_scope(
        "fresh210-19",
        "make the videos stop playing upside down (rotated 180 degrees) in the nextcloud web "
        "player",
        "a web player's bug with the files uploaded to it, not an edit of a given file",
    ),
    out_of_scope(
        "fresh210-20",
        "update the bot to work with the new, higher limit: Discord has increased the file size "
        "limit to 25MB for non-Nitro users",
        "a Discord bot's upload-size setting, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
