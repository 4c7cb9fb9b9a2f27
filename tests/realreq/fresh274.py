"""A two-hundred-and-seventy-fourth fresh, held-out collection of real requests
(tests/realreq/fresh274.md): one checkable case a row, encoded the way fresh273.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh273's, the
rows are short, typical asks; all 15 come from home-video digitizers and archivists: blog posts
about VHS, Hi8, 8mm, Super 8 and camcorder transfers (two of them in Japanese), a VEGAS forum
thread, and GitHub issues of VidCoder, VirtualDub2, vidcutter, vrecord and a puppeteer
recorder: a squeezed 16:9 picture stretched back, a file under a blog's limit, PAL turned into
NTSC, a 4:3 DVD to MP4, music under silent film, colour boosted, a 486-line capture cropped to
480, and asks that need a part, a music file or a capture done again.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    Above,
    AnyOf,
    Between,
    Case,
    Probe,
    Want,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh274.md")

EXACT = AnyOf(None, False)


def _stretched(*sizes: tuple[int, int]) -> tuple[list[Want], ...]:
    """The picture resized to exactly one of `sizes` (its shape changed, not fitted)."""
    return tuple([step("resize", width=width, height=height, fit=EXACT)] for width, height in sizes)


CASES: tuple[Case, ...] = (
    do(
        "fresh274-01",
        "fix this .MOD file from our Panasonic SDR-S26 camcorder, shot in 16:9, so that the "
        "rest of the world actually sees it in 16:9 (for YouTube): it has a 704x576 sensor, and "
        "the camcorder squishes the 16:9 image into 'skinny' pixels, so it plays squashed, "
        "alien-thin / tall people with black bars down the side",
        *_stretched((1024, 576), (1280, 720), (1920, 1080)),
        probe=Probe(duration=180.0, width=704, height=576, fps=25.0),
        note="the 704x576 picture stretched to a 16:9 size",
    ),
    do(
        "fresh274-02",
        "compress this 7 min video, edited from a 2 hour Hi8 tape, for posting on my blog "
        "(Blogger limits file size to 100MB)",
        [step("compress", max_mb=Between(1, 100))],
        probe=Probe(duration=420.0, width=640, height=480, fps=29.97),
        note="a file under Blogger's 100 MB",
    ),
    ask(
        "fresh274-03",
        "make a shorter, more updated version of my parents' wedding video for their 28th "
        "anniversary: it was already captured in a cohesive video on their VHS tape, and they "
        "are unlikely to spend 2 hours enjoying it each year",
        "which parts to keep (or how short it should be)",
        (*WHICH_PART, "which parts", "how long", "how short", "minutes", "length", "highlights"),
        probe=Probe(duration=7200.0, width=720, height=480, fps=29.97),
    ),
    ask(
        "fresh274-04",
        "add music, effects, and titles to this clip from the DVD our old VCR tapes of family "
        "gatherings were converted to, then export it to a universal file format my family "
        "members can access",
        "which music (a sound file) and what the titles say",
        (
            "which music",
            "what music",
            "music file",
            "audio file",
            "which song",
            "which file",
            "title",
            "text",
            "what should",
        ),
        probe=Probe(duration=300.0, width=720, height=480, fps=29.97),
    ),
    do(
        "fresh274-05",
        "convert this DVD whose aspect ratio is 4:3 to MP4 (I already could convert the ones "
        "whose aspect is 16:9)",
        [
            step("convert", format="mp4"),
            maybe(step("quality", level=AnyOf("high", "balanced")) | step("codec", codec="h264")),
        ],
        [
            step("codec", codec="h264"),
            maybe(step("convert", format="mp4")),
        ],
        [
            step("quality", level=AnyOf("high", "balanced")),
            step("convert", format="mp4"),
        ],
        probe=Probe(duration=3600.0, width=720, height=480, fps=29.97),
        note="an MP4, the 4:3 shape kept",
    ),
    do(
        "fresh274-06",
        "convert this PAL DV video from our UK Sony camcorder (720 x 576, 25 frames per second) "
        "to NTSC (720 x 480, 29.97 frames per second): PAL videos do not work on most "
        "'standard' US DVD players or televisions",
        [
            step("fps", fps=29.97),
            step("resize", width=720, height=480, fit=EXACT),
        ],
        [
            step("resize", width=720, height=480, fit=EXACT),
            step("fps", fps=29.97),
        ],
        probe=Probe(duration=600.0, width=720, height=576, fps=25.0),
        note="29.97 fps and 720x480",
    ),
    ask(
        "fresh274-07",
        "extract only the needed scenes from this video, dubbed to DVD from an 8mm tape "
        "recorded 20 years ago, since it is long (it shows our second son just born, held by "
        "the family in the hospital)",
        "which scenes to keep (where they are)",
        (*WHICH_PART, "which scenes", "scene", "seconds", "timestamps"),
        probe=Probe(duration=3600.0, width=720, height=480, fps=29.97),
    ),
    do(
        "fresh274-08",
        "stretch this recording to 16:9: the TV's analog output only gives a 480i squeeze, "
        "that is, it compresses the wide picture into 4:3 and sends it out, and unless it is "
        "stretched to 16:9 I can't burn a DVD",
        [step("resize", width=Between(848, 864), height=480, fit=EXACT)],
        *_stretched((1024, 576), (1280, 720), (1920, 1080)),
        probe=Probe(duration=3600.0, width=720, height=480, fps=29.97),
        note="the 720x480 picture stretched to a 16:9 size",
    ),
    no_op(
        "fresh274-09",
        "get rid of the black border around this recorded html-css animation video",
        "no op: how wide the border is must be detected in the picture (cropdetect); no amounts "
        "are given",
        probe=Probe(duration=30.0, width=1280, height=720, has_audio=False),
    ),
    do(
        "fresh274-10",
        "add a music track to this Super 8 footage (it came back on DVD out of focus and "
        "scratched, but I spent enough money to get this done, I should do something with it)",
        [step("replace_audio", file="music.mp3")],
        [step("add_music", file="music.mp3")],
        assets=["music.mp3"],
        probe=Probe(duration=180.0, width=720, height=480, fps=29.97, has_audio=False),
        note="the music under the silent film",
    ),
    out_of_scope(
        "fresh274-11",
        "fix this capture from my home VHS archive: midway through the tape, where the film is "
        "slightly crumpled, the audio sounds like cartoon characters for a while before "
        "returning to normal",
        "a capture fault: capture that part of the tape again (the audio uncompressed)",
        probe=Probe(duration=7200.0, width=720, height=576, fps=25.0),
    ),
    no_op(
        "fresh274-12",
        "make the audio of this footage, captured with my Canon HDV video camera, use both "
        "channels: I realize it won't be stereo, but that's OK - I just want to use both "
        "speakers",
        "no op: copying the one sounding channel to both sides; no op remaps channels",
        probe=Probe(duration=600.0, width=1440, height=1080, fps=29.97),
    ),
    do(
        "fresh274-13",
        "boost the colour of this Weetabix ad from a digitised VHS copy: I was unable to find "
        "a copy that was higher in resolution and also not muddy in colour",
        [step("saturation", percent=Above(0))],
        probe=Probe(duration=30.0, width=720, height=576, fps=25.0),
        note="more saturated colours",
    ),
    no_op(
        "fresh274-14",
        "chop this MP4, captured from old family VHS tapes with random and non-linear family "
        "events, down into 20-30 clips, without joining them, to make it easier to share on "
        "social media (after all, who wants 6 hours of video on a Facebook post)",
        "no op: splitting one video into several files; no operation writes several files",
        probe=Probe(duration=21600.0, width=720, height=480, fps=29.97),
    ),
    do(
        "fresh274-15",
        "make an h.264 access copy of this NTSC tape capture: it is 720x486, and the height "
        "486 is not divisible by 4 (crop to 480 height?)",
        [
            step(
                "crop_area", width=720, height=480, x=AnyOf(None, 0), y=AnyOf(None, Between(0, 6))
            ),
            maybe(step("codec", codec="h264")),
        ],
        *(
            [
                step(
                    "crop_edges",
                    left=AnyOf(None, 0),
                    right=AnyOf(None, 0),
                    top=top,
                    bottom=bottom,
                    unit=AnyOf(None, "px"),
                ),
                maybe(step("codec", codec="h264")),
            ]
            for top, bottom in (
                (6, AnyOf(None, 0)),
                (AnyOf(None, 0), 6),
                (Between(2, 4), Between(2, 4)),
            )
        ),
        [step("crop", aspect="3:2"), maybe(step("codec", codec="h264"))],
        probe=Probe(duration=1800.0, width=720, height=486, fps=29.97),
        note="720x480, six lines cropped",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
