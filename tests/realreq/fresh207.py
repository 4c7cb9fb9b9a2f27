"""A two-hundred-and-seventh fresh, held-out collection of real requests
(tests/realreq/fresh207.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh205's, the
rows are short, typical asks, like the development set's; 19 come from GitHub issues and pull
requests of game, emulator and homebrew projects (a Switch port of a game mod, Ren'Py's Vita
port, a 3DS video player, osu!, Cyberpunk 2077 modding, Silent Hill 2 Enhancements, an
EmulationStation build, a Higurashi patch, a Qt game engine, a game's site, game launchers and
PSP firmware) and one from a Creative COW forum thread. Each case follows its row's `expected`
column; `[out of scope]` rows are OUT-OF-SCOPE refusals."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import GIF, WHOLE, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh207.md")

#: A smaller picture than the 1920x1080 input, by any of the ways resize takes.
_DOWN = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080))
    | step("resize", width=Below(1920))
    | step("resize", percent=Below(100))
)

#: fresh207-03: 240 lines or less (400x240, 256x144) from 1920x1080.
_TO_240 = (
    step("resize", lines=Below(241))
    | step("resize", height=Below(241))
    | step("resize", width=Below(427))
    | step("resize", percent=Below(22.3))
)

#: Quieter by any amount, all of it.
_QUIETER = step("volume", percent=Below(100), **WHOLE) | step("volume", db=Below(0), **WHOLE)

#: About half as loud: 40 to 60 %, or -4 to -8 dB, all of it.
_HALF = step("volume", percent=Between(40, 60), **WHOLE) | step(
    "volume", db=Between(-8, -4), **WHOLE
)

#: A fade, of the picture or as a crossfade.
_FADES = AnyOf("fade", "fadeblack", "fadewhite", "fadegrays", "fadeslow", "fadefast", "dissolve")

CASES: tuple[Case, ...] = (
    do(
        "fresh207-01",
        "convert the mod's MP4 video to webm so it works on the Switch: the Switch can play webm "
        "(Super Smash Bros. uses webm for its movies)",
        [
            anywhere(step("convert", format="webm")),
            maybe(step("quality")),
            maybe(step("reencode")),
        ],
        note="a WebM (a smaller-file setting may come with it)",
    ),
    do(
        "fresh207-02",
        "convert the 1920x1080 webm at the start of my visual novel to a file type the Vita plays "
        "instead of webm: the game runs with 3 fps or less",
        [
            anywhere(step("convert", format="mp4")),
            maybe(step("codec", codec="h264")),
            maybe(_DOWN),
            maybe(step("fps", fps=Below(31))),
            maybe(step("quality")),
        ],
        [
            anywhere(step("codec", codec="h264")),
            maybe(step("convert", format="mp4")),
            maybe(_DOWN),
            maybe(step("fps", fps=Below(31))),
            maybe(step("quality")),
        ],
        probe=Probe(width=1920, height=1080),
        note="an H.264 MP4 (a smaller size, a lower frame rate or a smaller-file setting is fair)",
    ),
    do(
        "fresh207-03",
        "make my video play on my old 2DS: with the old 3DS version it's constant buffering "
        "(what resolution/format should I use?)",
        [
            anywhere(_TO_240),
            maybe(step("codec", codec="h264")),
            maybe(step("convert", format="mp4")),
            maybe(step("fps", fps=Below(31))),
            maybe(step("quality")),
        ],
        probe=Probe(width=1920, height=1080),
        note="240 lines or less (400x240, 256x144), as H.264 MP4 (a lower frame rate or a "
        "smaller-file setting is fair)",
    ),
    do(
        "fresh207-04",
        "make the logo-triangles intro sequence video 1296 × 1296 pixels: at 1080 × 1080 it looks "
        "pretty pixelated on my WQHD monitor (2560 × 1440)",
        [step("resize", width=1296, height=AnyOf(1296, None))],
        [step("resize", height=1296, width=AnyOf(1296, None))],
        [step("resize", lines=1296)],
        [step("resize", percent=Between(119.5, 120.5))],
        probe=Probe(width=1080, height=1080),
        note="1296x1296 (1296 on one side, aspect kept, or 120%)",
    ),
    do(
        "fresh207-05",
        "make my 50fps video 48fps like the original, for my Cyberpunk 2077 mod: on Premiere Pro "
        "I can't do 48fps",
        [step("fps", fps=48)],
        probe=Probe(fps=50.0),
        note="48 frames a second from 50, same length",
    ),
    do(
        "fresh207-06",
        "convert the game's cutscene video, rendered at 30p in 720p HD, to 23.976 so I can put it "
        "on the BluRay in the proper standard: I don't want to sacrifice quality",
        [
            step("fps", fps=Between(23.97, 23.98)),
            maybe(step("quality", level="high")),
            maybe(step("reencode")),
        ],
        probe=Probe(width=1280, height=720, fps=30.0),
        note="23.976 frames a second from 30, same length (a high-quality setting may come with "
        "it)",
    ),
    do(
        "fresh207-07",
        "add a tiny fade effect at the end of the flash.bik cutscene's audio: it noises out at "
        "the end of the video",
        [
            step(
                "fade",
                direction="out",
                target=AnyOf("audio", "both"),
                duration=Between(0.02, 1.0),
            )
        ],
        probe=Probe(duration=4.2),
        note="a tiny fade out (0.02 to 1 s) of the sound (or sound and picture) at the end",
    ),
    do(
        "fresh207-08",
        "change the volume of the Emulation Station menu music: it is twice as loud as the in-game "
        "music, so when I switch games I have to keep messing with the volume",
        [_HALF],
        note="about half as loud (40 to 60 %, or -4 to -8 dB), all of it",
    ),
    do(
        "fresh207-09",
        "make the opening theme quieter, as suggested by @jharrisonmusic",
        [_QUIETER],
        note="quieter by any amount, all of it",
    ),
    do(
        "fresh207-10",
        "hard-sub the song subtitles into the OP cinematic: it doesn't have subtitles for the song "
        "Ayane - Nageki no mori",
        [step("subtitles", file=AnyOf("higu-gm-sub_v2.ass", None))],
        assets=["higu-gm-sub_v2.ass"],
        note="the .ass file burned into the picture",
    ),
    do(
        "fresh207-11",
        "add a small teaser footage of the game engine to the very beginning of the clip: it "
        "should fade into the video of me talking",
        [step("transition", clips=AnyOf(["teaser.mp4"], []), at="start", style=_FADES)],
        assets=["teaser.mp4"],
        note="teaser.mp4 before the video, fading into it",
    ),
    do(
        "fresh207-12",
        "scale the gif down, please: 12mb is too big, especially considering how small the gifs "
        "are on the site (the expected file is approximately 2..4mb)",
        [
            anywhere(_DOWN),
            maybe(step("compress", max_mb=Between(1.5, 4))),
            maybe(GIF),
            maybe(step("fps")),
        ],
        [
            anywhere(step("compress", max_mb=Between(1.5, 4))),
            maybe(_DOWN),
            maybe(GIF),
            maybe(step("fps")),
        ],
        probe=Probe(duration=10.0, has_audio=False),
        note="a smaller GIF: a smaller picture, or under 2 to 4 MB, or both (a lower frame rate "
        "may come with it)",
    ),
    do(
        "fresh207-13",
        "reduce the bitrate of the HD file to make it less CPU/GPU intensive: quite a few people "
        "have problems playing HD (stutters and skipped frames)",
        [step("quality", level=AnyOf("small", "balanced")), maybe(step("reencode"))],
        [step("compress")],
        note="a lower bitrate (a smaller-file setting or a size target), still HD",
    ),
    do(
        "fresh207-14",
        "compress the video to 6mb from 16mb",
        [
            anywhere(step("compress", max_mb=Between(5, 6.5))),
            maybe(_DOWN),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
        ],
        note="under 6 MB (5 to 6.5) (a smaller size or a smaller-file setting may come with it)",
    ),
    ask(
        "fresh207-15",
        "burn subtitles onto the briefing video: the languages other than French and German only "
        "had their text localized, and none of the briefing videos had any sort of subtitles",
        "the subtitles (a subtitle file, or what is said and when)",
        ("subtitle", "srt", "file", "text", "what", "which", "transcript", "words", "provide"),
    ),
    ask(
        "fresh207-16",
        "add a YT watermark to the video: I have a youtube channel that was updated",
        "the watermark (an image file, or the text: the channel's name)",
        ("which", "what", "image", "logo", "file", "text", "name", "channel", "provide"),
    ),
    ask(
        "fresh207-17",
        "remove the sound from my .ogv video, compress it and crop it, so the PSP port of Godot "
        "can play it",
        "the area to crop (or how much)",
        (
            "crop",
            "which",
            "area",
            "how much",
            "size",
            "where",
            "region",
            "pixels",
            "aspect",
            "part",
        ),
    ),
    out_of_scope(
        "fresh207-18",
        "patch the video player module of the PSP emulator on the Vita so it plays my video: it "
        "works on a PSP 3k but crashes the emu on the Vita",
        "an emulator's video-player module, not an edit of the file",
    ),
    out_of_scope(
        "fresh207-19",
        "make the launcher's startup video play only once, stopping at the last frame while "
        "loading, instead of playing in a loop",
        "a launcher's playback of its startup video, not an edit of the file",
    ),
    out_of_scope(
        "fresh207-20",
        "let the game's opening videos be volume controlled: they are always extremely loud no "
        "matter what you do",
        "a game's volume control over its opening videos, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
