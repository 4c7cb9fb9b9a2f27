"""A forty-fifth fresh, held-out collection of real requests (tests/realreq/fresh45.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh43's, the
rows are short, typical asks, like the development set's; 11 come from forum threads and blog
posts (a road-video forum, a game capture, a university's streaming servers, home videos played
backwards, a teacher's gloomy clips, GoPro watermarks, a student title sequence, a Linux Journal
logo, a grandmother's interview, a dog's GIF), 13 from GitHub issues of an agent's test prompt, a
3D printer's Telegram bot, a course platform, screen recorders, a browser recorder, a media
player, a lossless cutter, an iOS video framework, a map visualizer, an emulator core and a TV
channel server. Each case follows its row's `expected` column; `[out of scope]` rows are
OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the request and the files it
names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import GIF, WHOLE, Above, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh45.md")

#: A fade of the picture (and the sound), any length.
_FADE_PICTURE = AnyOf("video", "both")

#: 30 times faster and reversed (either order), then faded in and out (either order).
_REWOUND_AND_FADED = [
    [*first, *fades]
    for first in (
        [step("speed", factor=Between(29, 31), **WHOLE), step("reverse")],
        [step("reverse"), step("speed", factor=Between(29, 31), **WHOLE)],
    )
    for fades in (
        [
            step("fade", direction="in", target=_FADE_PICTURE),
            step("fade", direction="out", target=_FADE_PICTURE),
        ],
        [
            step("fade", direction="out", target=_FADE_PICTURE),
            step("fade", direction="in", target=_FADE_PICTURE),
        ],
    )
]

CASES: tuple[Case, ...] = (
    do(
        "fresh45-01",
        "stabilize my highway video: even when idling at a red light the video was shaky (the "
        "phone is on a vent mount)",
        [step("stabilize")],
        note="steadied, any strength",
    ),
    do(
        "fresh45-02",
        "toss out the duplicate frames of the screen recording and obtain a 30fps video: QuickTime "
        "recorded the screen at 60fps, even though the old Mac game was only running at 30fps",
        [step("fps", fps=30), maybe(step("quality", level="small"))],
        probe=Probe(fps=60.0),
        note="every other frame dropped: 30 fps, same length (a smaller-file setting may come)",
    ),
    do(
        "fresh45-03",
        "convert the 25fps video to the NTSC frame rate of 29fps and an NTSC DV frame size of "
        "720x480 pixels, for streaming from the university's online learning servers",
        [
            anywhere(step("fps", fps=Between(29, 30))),
            anywhere(step("resize", width=720, height=480, fit=False)),
        ],
        probe=Probe(fps=25.0),
        note="NTSC's 29.97 fps (29 or 30 is fair) and exactly 720x480, either order",
    ),
    do(
        "fresh45-04",
        "play the video forward: someone who made it thought they were being artistic and "
        "reversed it so it was playing backwards",
        [step("reverse")],
        note="played backwards, which is forward again",
    ),
    do(
        "fresh45-05",
        "snag the 4 seconds from 0:20, when Hobbes tackles Calvin, and reverse the clip",
        [step("trim", start=20, end=24), step("reverse")],
        [step("reverse"), step("trim", start=36, end=40)],
        note="the 4 s from 20 s kept and played backwards (reversed first, they are 36-40 s)",
    ),
    do(
        "fresh45-06",
        "brighten the clip showing students how to use measuring equipment: it is much too "
        "gloomy to see what's going on, although my hands are alarmingly bright",
        [step("brightness", percent=Above(0), **WHOLE)],
        [step("gamma", gamma=Above(1), **WHOLE)],
        [
            anywhere(step("gamma", gamma=Above(1), **WHOLE)),
            anywhere(step("brightness", percent=Above(0), **WHOLE)),
        ],
        note="lighter, by brightness or by lifting the mid-tones (or both), all of it",
    ),
    do(
        "fresh45-07",
        "add our logo as a watermark to the GoPro HERO video",
        [step("overlay_image", file="logo.png", **WHOLE)],
        assets=["logo.png"],
        note="the logo over the video, any place, all of it",
    ),
    do(
        "fresh45-08",
        "make the 5 minute clip 10 seconds long so it moves much quicker, reverse it for the "
        "rewinding effect, and fade it in and out so it doesn't just appear on screen",
        *_REWOUND_AND_FADED,
        probe=Probe(duration=300.0),
        note="30 times faster (300 s to 10 s) and reversed, either order, then faded in and out",
    ),
    do(
        "fresh45-09",
        "add the Linux Journal logo to the video",
        [step("overlay_image", file="logo.png", **WHOLE)],
        assets=["logo.png"],
        note="the logo over the video, any place, all of it",
    ),
    do(
        "fresh45-10",
        "put subtitles over the taped interview with my grandmother, just like foreign films",
        [step("subtitles", file=AnyOf("subs.srt", None))],
        assets=["subs.srt"],
        note="the .srt burned in",
    ),
    do(
        "fresh45-11",
        'add "BEFORE" in white text overlay, centered, at the bottom of the screen',
        [step("text", text="BEFORE", position="bottom", color="white", **WHOLE)],
        note="the word, white, at the bottom centre, all of it",
    ),
    do(
        "fresh45-12",
        "make the finished timelapse video a gif, to send it via telegram",
        [anywhere(GIF), maybe(step("resize")), maybe(step("fps"))],
        note="an animated GIF of the timelapse",
    ),
    do(
        "fresh45-13",
        "add fade-ins and fade-outs: lots of times there can be a pop in the audio signal, which "
        "can be avoided with fades",
        [
            anywhere(step("fade", direction="in", target=AnyOf("audio", "both"))),
            anywhere(step("fade", direction="out", target=AnyOf("audio", "both"))),
        ],
        note="the sound (and picture) faded in at the start and out at the end, any length",
    ),
    do(
        "fresh45-14",
        "transcode the clip recorded on my 170 Hz 1440p monitor down to 60 FPS: I don't want to "
        "downscale the resolution or sacrifice visual quality",
        [step("fps", fps=60), maybe(step("quality", level="high"))],
        probe=Probe(width=2560, height=1440, fps=170.0),
        note="60 fps, the 2560x1440 kept (a high-quality setting may come with it)",
    ),
    do(
        "fresh45-15",
        "reduce the framerate to very low, such as 5fps, to get the 5s video into 300 KiloBytes "
        "without audio",
        [
            anywhere(step("fps", fps=5)),
            anywhere(step("mute")),
            anywhere(step("compress", max_mb=Between(0.29, 0.31))),
        ],
        probe=Probe(duration=5.0),
        note="5 fps, no sound, under 300 KB (0.3 MB, or 300 KiB), any order",
    ),
    do(
        "fresh45-16",
        "make the video monochrome, to remove the slight green tint it plays with (presumably "
        "because of the way it was encoded)",
        [step("grayscale", **WHOLE)],
        [step("saturation", percent=Below(-99), **WHOLE)],
        note="no colour at all, all of it",
    ),
    do(
        "fresh45-17",
        "add the picture to the video as its intro, combining the picture and the video into one "
        "file",
        [step("join", clips=AnyOf(["intro.png"], []), at="start")],
        [step("transition", clips=AnyOf(["intro.png"], []), at="start")],
        assets=["intro.png"],
        note="the picture shown any few seconds before the video (a transition into it is fair)",
    ),
    do(
        "fresh45-18",
        "add brightness and contrast to the video, then save the adjusted video",
        [
            anywhere(step("brightness", percent=Above(0), **WHOLE)),
            anywhere(step("contrast", percent=Above(0), **WHOLE)),
        ],
        note="brighter and more contrast, any amounts, either order, all of it",
    ),
    ask(
        "fresh45-19",
        "make a 5 second GIF out of my 30 second video of my border collie Meg biting the "
        "snowflakes",
        "which 5 seconds (the part of the 30 s video)",
        ("which", "where", "when", "part", "start", "from", "what time"),
        probe=Probe(duration=30.0),
    ),
    ask(
        "fresh45-20",
        "give the presentation recording a framerate below 10: 10fps are maybe too much for it",
        "which frame rate (below 10, but not said)",
        ("frame rate", "framerate", "fps", "which", "what rate", "how many frames"),
    ),
    ask(
        "fresh45-21",
        "burn in the subtitles from the SRT file I found, with a modified font size",
        "which font size (bigger or smaller)",
        ("size", "bigger", "smaller", "larger", "how big", "which", "font"),
        assets=["subs.srt"],
    ),
    ask(
        "fresh45-22",
        "add the date of the visualization and the feature count as text to the video",
        "which date and which count (the words of the text)",
        ("which", "what", "date", "count", "text", "words", "number"),
    ),
    out_of_scope(
        "fresh45-23",
        "add a black & white (grayscale) video output option to the emulator core: this system "
        "was originally played on black & white TVs as well as color TVs",
        "a setting of an emulator core's live video output, not an edit of a file",
    ),
    out_of_scope(
        "fresh45-24",
        "display a simple text overlay showing the artist and song title at the start and end of "
        "each music video program on the channel, for an MTV-style music video channel",
        "credits on every program of a live TV channel, from each program's metadata, not an "
        "edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
