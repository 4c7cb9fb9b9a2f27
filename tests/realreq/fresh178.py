"""A hundred-and-seventy-eighth fresh, held-out collection of real requests
(tests/realreq/fresh178.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh177's, the
rows are short, typical asks, like the development set's; 14 come from GitHub issues and pull
requests (HandBrake, a VapourSynth filter, Tdarr's plugins, ErsatzTV, a visual novel's mod, a fan
translation, mpv, Unmanic, Tdarr, a social-media task board, OpenFn's docs, ET: Legacy, CS Demo
Manager and a niconico client), one from a forum question and one from a Q&A question. Each case
follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]`
rows refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import WHOLE, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh178.md")

#: An aspect taller than the 16:9 picture, as it may be written: room for a bar below it.
_TALLER = AnyOf(
    "4:3", "16:10", "8:5", "3:2", "5:4", "1:1", "16:11", "16:12", "16:13", "16:14", "16:15"
)

#: The 720x480 capture's bottom lines cut away (9 to 16 of them), the rest kept.
_BOTTOM = Between(464, 471)

CASES: tuple[Case, ...] = (
    do(
        "fresh178-01",
        "burn my subtitles into the video of a presentation, in a black border added at the "
        "bottom, to make a place for the subtitles to go without overlapping the presentation "
        "slides",
        [
            step("pad", aspect=_TALLER, color=AnyOf("black", "#000000")),
            step("subtitles", file=AnyOf("subs.srt", None)),
        ],
        [step("pad", aspect=_TALLER), step("subtitles", file=AnyOf("subs.srt", None))],
        assets=["subs.srt"],
        note="bars added to a taller aspect first, then the subtitles burned in (into the bar)",
    ),
    do(
        "fresh178-02",
        "crop out the head switching noise at the bottom of my VHS capture, between lines 471 "
        "to 480",
        [
            step("crop_edges", left=0, right=0, top=0, bottom=Between(9, 16), unit="px"),
            maybe(step("pad", aspect=AnyOf("4:3", "3:2"))),
        ],
        [
            step("crop_edges", left=0, right=0, top=0, bottom=Between(1.8, 3.4), unit="%"),
            maybe(step("pad", aspect=AnyOf("4:3", "3:2"))),
        ],
        [
            step(
                "crop_area",
                width=720,
                height=_BOTTOM,
                anchor=AnyOf("top", "top-left", "top-right"),
                x=AnyOf(0, None),
                y=AnyOf(0, None),
            ),
            maybe(step("pad", aspect=AnyOf("4:3", "3:2"))),
        ],
        [
            step("crop_area", width=720, height=_BOTTOM, x=AnyOf(0, None), y=0),
            maybe(step("pad", aspect=AnyOf("4:3", "3:2"))),
        ],
        probe=Probe(width=720, height=480, fps=29.97),
        note="the bottom 10 lines (9 to 16) of the 720x480 capture cropped off",
    ),
    do(
        "fresh178-03",
        "reduce the background noise from the car traffic in the football interviews I shot: "
        "it almost drowns out the players' voices",
        [step("audio_denoise"), maybe(step("normalize"))],
        note="the traffic noise reduced, any strength",
    ),
    do(
        "fresh178-04",
        "compress the 800mb avi so I can put it on a CD and watch it on a DVD player: I don't "
        "mind losing quality of sound over picture quality",
        [
            anywhere(step("compress", max_mb=Between(400, 700))),
            maybe(step("convert")),
            maybe(step("codec")),
            maybe(step("resize")),
            maybe(step("quality")),
        ],
        probe=Probe(duration=5400.0),
        note="under 700 MB, a CD (400 to 700 is fair)",
    ),
    do(
        "fresh178-05",
        "transcode the video into hevc, keeping everything in the output the same (same "
        "container, same audio tracks, same subtitles): just transcoding to hevc for space "
        "savings",
        [step("codec", codec="hevc"), maybe(step("quality"))],
        note="H.265, nothing else changed",
    ),
    do(
        "fresh178-06",
        "put two watermarks on the 30-minute program at once: one for the channel itself, and "
        "another one for the TV ratings (like TV-PG) that appears for the first 15 seconds of "
        "the program (I'm developing a custom TV network)",
        [
            anywhere(step("overlay_image", file="logo.png", **WHOLE)),
            anywhere(
                step(
                    "overlay_image",
                    file="tv-pg.png",
                    start=AnyOf(0, None),
                    end=Between(14, 16),
                )
            ),
        ],
        assets=["logo.png", "tv-pg.png"],
        probe=Probe(duration=1800.0),
        note="the channel's logo all along, the rating bug for the first 15 s, either order",
    ),
    do(
        "fresh178-07",
        "lower the volume of the first voice clip in TIP #12 somewhat: it is clearly louder "
        "than the ones that follow (it was taken from the PS2 version, whose clips are usually "
        "quieter, so they were set louder)",
        [
            step("volume", percent=Between(30, 90), **WHOLE)
            | step("volume", db=Between(-10, -1), **WHOLE)
        ],
        probe=Probe(duration=6.0),
        note="somewhat quieter, all of it",
    ),
    do(
        "fresh178-08",
        "subtitle the in-game movie with burned-in English captions, like the intro movie: it "
        "still plays without English text",
        [step("subtitles", file=AnyOf("captions.srt", None))],
        assets=["captions.srt"],
        note="the captions burned in",
    ),
    no_op(
        "fresh178-09",
        "keep my video source's playback, which has been slowed down for slow motion, and "
        "restore the audio's original pitch: the audio is in low pitch, with no pitch "
        "correction",
        "no op",
        note="no op: the sound's pitch raised (2.4x) with the slowed-down length kept; no "
        "operation shifts pitch (speed keeps it)",
    ),
    no_op(
        "fresh178-10",
        "downmix the movie's 5.1/7.1 audio to stereo: I only have a stereo setup, along with "
        "the other users of my Plex server",
        "no op",
        probe=Probe(duration=6600.0),
        note="no op: the surround channels mixed down to two; no operation remaps or mixes "
        "channels",
    ),
    no_op(
        "fresh178-11",
        'remove the "Sign & Songs" subtitle track from the anime episode, so an English '
        "dialogue track is the default: it only subtitles the songs, and I don't really care "
        "what the intro/outro songs are saying",
        "no op",
        probe=Probe(duration=1440.0),
        note="no op: one subtitle stream dropped (or another made the default); no operation "
        "picks or removes streams",
    ),
    ask(
        "fresh178-12",
        "go through the footage and select the best takes",
        "which takes are the best (the parts to keep)",
        (*WHICH_PART, "takes", "best", "keep", "parts"),
        probe=Probe(duration=900.0),
    ),
    ask(
        "fresh178-13",
        "get the identifiable information out of the lost-password GIF: it shows my inbox with "
        "messages other than the ones from the OpenFn system",
        "where the information shows (the area or the part to hide)",
        ("where", "which", "area", "region", "part", "when", "time", "record"),
        probe=Probe(duration=20.0, width=1280, height=720, has_audio=False),
    ),
    out_of_scope(
        "fresh178-14",
        "create a short intro movie for us to replace etintro.roq, from public domain footage "
        'like "Kill Or Be Killed (1943)" or "Engineers in WWII"',
        "making a new intro movie from archive footage (choosing and assembling the shots), not "
        "an edit of a given file",
    ),
    out_of_scope(
        "fresh178-15",
        "record only one player's highlights from the CS demo: I don't need the entire game to "
        "be recorded, I just want to record the highlights when I watch them",
        "recording a game demo's highlights from the game, not an edit of a video file",
    ),
    out_of_scope(
        "fresh178-16",
        "let me adjust the audio offset with a slider while the video plays: encoding problems "
        "sometimes put the sound out of sync",
        "a player feature (a live audio-delay slider in a niconico client), not an edit of a "
        "given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
