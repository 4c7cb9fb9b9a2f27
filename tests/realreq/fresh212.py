"""A two-hundred-and-twelfth fresh, held-out collection of real requests
(tests/realreq/fresh212.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh209's, the
rows are short, typical asks, like the development set's; 16 come from GitHub issues and pull
requests, mostly about slide backgrounds, docs and README demo videos and GIFs (reveal.js,
Slidev, D-Tale, quacc, an AI code-review tool, a cost-observability tool, a documentation tool,
an R book, a notebook collection, Foundry's developer tools, Sample Factory, renderthis, a gist
presenter and an Obsidian plugin), and 4 from web pages (two personal blogs, a help page and a
blog post about WhatsApp's limit). Each case follows its row's `expected` column;
`[out of scope]` rows are OUT-OF-SCOPE refusals."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import GIF, LOUDER, WHOLE, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh212.md")

#: An image file, if the still is saved as one by a conversion.
_IMAGE = maybe(step("convert", format=AnyOf("png", "jpg")))

#: The 1920x1080 picture scaled down, its shape kept: any smaller size.
_DOWN = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080), width=AnyOf(None, Below(1920)))
    | step("resize", width=Below(1920), height=AnyOf(None, Below(1080)))
    | step("resize", percent=Below(100))
)

#: A smaller file, by a quality setting or any size target.
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Below(1000))

#: 900x450, three fifths of the 1500x750 webm, as a size may be written.
_W900 = (
    step("resize", width=900, height=AnyOf(450, None))
    | step("resize", height=450, width=AnyOf(900, None))
    | step("resize", lines=450)
    | step("resize", percent=Between(59.5, 60.5))
)

#: A GIF made smaller: any of these may come with the main step.
_GIF_EXTRAS = (
    maybe(GIF),
    maybe(_DOWN),
    maybe(step("fps", fps=Below(30))),
    maybe(step("compress")),
    maybe(step("quality", level=AnyOf("small", "balanced"))),
)

CASES: tuple[Case, ...] = (
    do(
        "fresh212-01",
        "show only the piece from 5 to 10 seconds of the showreel (#t=5,10) in a slide's "
        "background, looped",
        [step("trim", start=5, end=10), maybe(step("loop"))],
        [step("keep_ranges", ranges=[[5, 10]]), maybe(step("loop"))],
        note="5 s to 10 s kept (a loop of it may come with it)",
    ),
    do(
        "fresh212-02",
        "save the last frame of the video as an image: in the exported pdf only a black "
        "rectangle is shown",
        [step("still", at=Between(59.5, 60)), _IMAGE],
        note="the last frame of the 60 s video, as an image",
    ),
    do(
        "fresh212-03",
        "reduce the size of the documentation GIF, if possible, for people cloning with "
        "throttled/limited download speeds: of the 100 MB in the docs folder, 40 MB come from "
        "the gifs",
        [anywhere(step("compress", max_mb=Below(40))), *_GIF_EXTRAS],
        [anywhere(_DOWN), *_GIF_EXTRAS[:1], *_GIF_EXTRAS[2:]],
        [anywhere(step("fps", fps=Below(30))), *_GIF_EXTRAS[:2], *_GIF_EXTRAS[3:]],
        [anywhere(step("quality", level="small")), *_GIF_EXTRAS[:4]],
        probe=Probe(has_audio=False),
        note="a smaller GIF: a size target, a smaller size or frame rate, or a smaller-file "
        "setting",
    ),
    do(
        "fresh212-04",
        "speed up the demo gif",
        [step("speed", factor=Between(1.25, 4), **WHOLE), maybe(GIF)],
        probe=Probe(has_audio=False),
        note="faster, 1.25x to 4x, all of it",
    ),
    do(
        "fresh212-05",
        "play the 97s recording at 3×, so it reads in half a minute",
        [anywhere(step("speed", factor=3, **WHOLE)), maybe(step("mute"))],
        probe=Probe(duration=97.0),
        note="three times as fast, all of it (97 s to 32 s)",
    ),
    do(
        "fresh212-06",
        "make the demo gif from the 1500x750 .webm at 900x450 @ 8fps, for a sharp result: the "
        "published one, downscaled to 680x340 @ 6fps, read soft",
        [step("gif", fps=8, width=900)],
        [anywhere(_W900), step("gif", fps=AnyOf(8, None), width=AnyOf(900, None))],
        [anywhere(_W900), anywhere(step("fps", fps=8)), GIF],
        [anywhere(step("fps", fps=8)), step("gif", fps=AnyOf(8, None), width=900)],
        probe=Probe(duration=34.0, width=1500, height=750, has_audio=False),
        note="900x450 at 8 fps, as a GIF, by the gif operation or by its parts",
    ),
    do(
        "fresh212-07",
        "move the demo GIF to MP4 (h264): recompressing it as a GIF is a dead end, an optimized "
        "palette only took it from 9.4 MB to 9.2 MB",
        [
            anywhere(step("convert", format="mp4")),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
        ],
        probe=Probe(has_audio=False),
        note="an MP4 of the silent GIF (H.264 or a smaller-file setting may come with it)",
    ),
    do(
        "fresh212-08",
        "start the homepage video at 40 seconds (#t=40), for a looping, muted slide background",
        [step("trim", start=40, end=None), maybe(step("mute")), maybe(step("loop"))],
        note="from 40 s to the end (the sound may be dropped, a loop may come with it)",
    ),
    do(
        "fresh212-09",
        "replace the gif with a movie: it would be handy to be able to pause, replay etc.",
        [
            anywhere(step("convert", format=AnyOf("mp4", "webm", "mov"))),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
        ],
        probe=Probe(has_audio=False),
        note="a video file (mp4, webm or mov) of the silent GIF",
    ),
    do(
        "fresh212-10",
        "reduce the resolution or something to reduce the size of the animation, so it is "
        "properly displayed on Github",
        [anywhere(_DOWN), maybe(_SMALLER), maybe(step("fps", fps=Below(30))), maybe(GIF)],
        [anywhere(_SMALLER), maybe(_DOWN), maybe(step("fps", fps=Below(30))), maybe(GIF)],
        note="a lower resolution (any smaller size) or a smaller file",
    ),
    do(
        "fresh212-11",
        "compress the full demo video below GitHub's 100 MiB file limit, preserving its "
        "duration and 1080p resolution",
        [
            anywhere(step("compress", max_mb=Between(40, 104.9))),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(step("convert", format="mp4")),
            maybe(step("resize", lines=1080)),
        ],
        note="under 100 MiB (104.8 MB; 40 MB and up is fair), 1080p and its length kept",
    ),
    do(
        "fresh212-12",
        "adjust the audio of the three hours of reception footage, so that people watching "
        "this beast will not have to adjust their speakers all the time",
        [anywhere(step("normalize")), maybe(step("audio_denoise"))],
        probe=Probe(duration=10800.0),
        note="an even loudness (a denoise of the sound may come with it)",
    ),
    do(
        "fresh212-13",
        "amplify the recording to the standard volume level: we don't want users to have to "
        "turn up the volume because they can't hear a recording very well compared to the "
        "others",
        [LOUDER],
        note="brought to a standard loudness (or louder by any amount)",
    ),
    do(
        "fresh212-14",
        "make my time-lapse of a sunset over the Grand Canyon small enough to send on WhatsApp "
        'to my family back east: it says "Video is too large to send" (the limit is '
        "approximately 16 MB)",
        [
            anywhere(step("compress", max_mb=Between(10, 16))),
            maybe(step("resize")),
            maybe(step("convert", format="mp4")),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
        ],
        note="under 16 MB (any target from 10 to 16 MB)",
    ),
    ask(
        "fresh212-15",
        "make the video cover the slide, like background-size: cover: I care about what is in "
        "the center of my video, so there's no problem to lose a bit of content in the corners",
        "the slide's shape (the aspect ratio to crop to)",
        ("aspect", "ratio", "shape", "size", "dimension", "which", "16:9", "4:3"),
    ),
    ask(
        "fresh212-16",
        "make a set of Gifs from the video that demonstrate some of the more interesting "
        "environments, for the README: I'm thinking Atari, Vizdoom, DMLab, Mujoco, IsaacGym "
        "locomotion and manipulation",
        "which parts (where each environment is in the video)",
        WHICH_PART,
    ),
    ask(
        "fresh212-17",
        "slow down my sermon recording at the points where I speak far too quickly",
        "which points (their times)",
        WHICH_PART,
    ),
    out_of_scope(
        "fresh212-18",
        "print the slides to a video output, for uploading the slideshow to social media when "
        "gif doesn't work well",
        "rendering an HTML slideshow to a video, not an edit of a given video",
    ),
    out_of_scope(
        "fresh212-19",
        "record a quick introductory video to help get people started",
        "recording a new video, nothing given to edit",
    ),
    out_of_scope(
        "fresh212-20",
        "add functionality to the player to speed up the video, like 1.1, 1.2, 1.3 ... 2.0, "
        "triggered by customisable keyboard shortcuts",
        "a note app's player playback speed and shortcuts, not an edit of the file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
