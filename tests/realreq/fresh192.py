"""A hundred-and-ninety-second fresh, held-out collection of real requests
(tests/realreq/fresh192.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh189's, the
rows are short, typical asks, like the development set's; 19 come from GitHub issues and pull
requests (a coding school's and Urbit's websites, PHP-FFMpeg, an AirPods-for-Windows app,
ScreenToGif, Decred's design board, the W3C's accessibility showcase videos, a virtual-pet app,
a silence cutter, a visual-novel mod, auto-editor, a developer's blog kept in issues, osu!'s
resources, digital.gov, Giveth, mpv, a TikTok tweak, DDraceNetwork and a puzzle game) and one
from a Spanish blog post. Each case follows its row's `expected` column; `[out of scope]` rows
are OUT-OF-SCOPE refusals, the `[no op]` and `[needs analysis]` rows refusals of DOABLE asks no
operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    GIF,
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
TABLE = Path(__file__).with_name("fresh192.md")

#: The 1920x1080 video scaled down, its shape kept: any smaller size.
_DOWN = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080), width=AnyOf(None, Below(1920)))
    | step("resize", width=Below(1920), height=AnyOf(None, Below(1080)))
    | step("resize", percent=Below(100))
)

#: The 1920x1080 video scaled to 720p, as the size may be written.
_720 = (
    step("resize", lines=720)
    | step("resize", height=720, width=AnyOf(1280, None))
    | step("resize", width=1280, height=AnyOf(720, None))
    | step("resize", percent=Between(66, 67))
)

#: A smaller-file setting.
_SMALL = step("quality", level=AnyOf("small", "balanced"))

#: The 0:24 to 1:20 stretch played faster, by any clear amount.
_FAST = Between(1.5, 10)

#: The first 3 or 4 seconds kept, or trimmed as the aside allows.
_HEAD = AnyOf(0, Between(3, 4))

#: One or two pixels: the border a full-screen recording adds.
_EDGE = Between(1, 2)

CASES: tuple[Case, ...] = (
    do(
        "fresh192-01",
        "speed up the part of the video I was sent that doesn't interest me much, 0:24 to 1:20, "
        "to fast motion, keep 1:20 to 1:33 (the interesting part) at normal speed, and cut off the "
        "tail from 1:33 to 1:57, which has no interest at all: I want all of it to keep appearing, "
        "as a testimony, and this way the interesting part stands out (I may also trim the first 3 "
        "or 4 seconds, which aren't of much interest either)",
        [
            step("trim", start=_HEAD, end=AnyOf(93, -24)),
            step("speed", start=Between(20, 24), end=Between(76, 80), factor=_FAST),
        ],
        [
            step("cut", start=93, end=117),
            step("speed", start=24, end=80, factor=_FAST),
        ],
        [
            step("speed", start=24, end=80, factor=_FAST),
            step("trim", start=_HEAD, end=AnyOf(-24, Between(42, 75))),
        ],
        probe=Probe(duration=117.0),
        note="0:24 to 1:20 faster (1.5x to 10x) and the tail after 1:33 cut, either order; the "
        "first 3 or 4 s may go too",
    ),
    do(
        "fresh192-02",
        "make the homepage video smaller: it is 24MB (!) and 1920x1080p, even though it appears "
        "to display at 1280x720p on the page (the site will cost a prepaid mobile user over £2 "
        "just to load)",
        [
            anywhere(_720),
            maybe(_SMALL),
            maybe(step("compress", max_mb=Below(24))),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(step("convert", format="mp4")),
        ],
        [
            anywhere(step("compress", max_mb=Below(24))),
            maybe(_DOWN),
            maybe(_SMALL),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
        ],
        [anywhere(step("quality", level="small")), maybe(_DOWN)],
        probe=Probe(width=1920, height=1080),
        note="720p (1280x720); a smaller-file setting or a size under 24 MB may come with it, or "
        "stand alone",
    ),
    do(
        "fresh192-03",
        "make a lighter-weight webm out of the 60mb homepage video: shipping a 60mb video file is "
        "a big fat -1, regardless of the target",
        [
            anywhere(step("convert", format="webm")),
            maybe(_SMALL),
            maybe(step("compress", max_mb=Below(60))),
            maybe(_DOWN),
            maybe(step("mute")),
        ],
        probe=Probe(width=1920, height=1080),
        note="a webm; a smaller-file setting, a size under 60 MB or a smaller size may come "
        "with it",
    ),
    do(
        "fresh192-04",
        "compress the video from, let's say, 100mb to 50 mb: I don't mean its size as in "
        "dimensions, I want the file itself smaller",
        [
            anywhere(step("compress", max_mb=Between(40, 50))),
            maybe(_SMALL),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
        ],
        probe=Probe(duration=300.0),
        note="under 50 MB (40 to 50), the dimensions kept: no resize",
    ),
    do(
        "fresh192-05",
        "convert the .mov video so it plays on Windows: Apple uses their new video codec",
        [
            anywhere(step("codec", codec="h264")),
            maybe(step("convert", format=AnyOf("mp4", "mov"))),
            maybe(step("quality")),
            maybe(step("reencode")),
        ],
        note="H.264 instead of Apple's HEVC; an MP4 may come with it",
    ),
    do(
        "fresh192-06",
        "turn off the borders with random colors on my demo GIF: I didn't use the border function, "
        "they were added automatically when recording in full-screen mode, and the GIF is "
        "1922x1202 though my screen is 1920x1200",
        [
            step("crop_edges", left=_EDGE, right=_EDGE, top=_EDGE, bottom=_EDGE, unit="px"),
            maybe(GIF),
        ],
        [
            step(
                "crop_area",
                width=Between(1918, 1920),
                height=Between(1198, 1200),
                anchor="center",
            )
            | step(
                "crop_area",
                width=Between(1918, 1920),
                height=Between(1198, 1200),
                x=_EDGE,
                y=_EDGE,
            ),
            maybe(GIF),
        ],
        probe=Probe(duration=10.0, width=1922, height=1202, has_audio=False),
        note="1 px (up to 2) cropped off every edge of the 1922x1202 GIF, kept a GIF",
    ),
    do(
        "fresh192-07",
        "make a thumbnail for the video of 'The Libra Effect' panel featuring Akin: for these "
        "talks, a solid crop from the video with some basic image treatment will mostly do",
        [
            anywhere(step("still")),
            maybe(step("brightness")),
            maybe(step("contrast")),
            maybe(step("saturation")),
            maybe(step("look")),
            maybe(step("sharpen")),
            maybe(step("convert", format=AnyOf("png", "jpg", "jpeg"))),
            maybe(step("resize")),
        ],
        note="one frame as an image (any frame); a light treatment or a png/jpg may come with it",
    ),
    do(
        "fresh192-08",
        "make the video a little slower and a little longer, so the narration is easier to "
        "understand, including for non-native speakers: a couple places even the native speakers "
        "missed words",
        [step("speed", factor=Between(0.7, 0.95), **WHOLE)],
        note="a little slower, 0.7x to 0.95x, all of it",
    ),
    do(
        "fresh192-09",
        "remove the background noises from the audio: it was extracted from a youtube video, so "
        "it contains a lot of background noise",
        [anywhere(step("audio_denoise")), maybe(step("normalize")), maybe(SOUND_ALONE)],
        probe=Probe(duration=5.0),
        note="the noise taken out of the sound, any strength",
    ),
    do(
        "fresh192-10",
        "cut the silent parts out of the video, the silence it ends with too: it would seem that "
        "if the video ends with a silence, that is not left out",
        [step("remove_silence", where=AnyOf("all", "end", "ends"))],
        note="the silences cut, the one at the end included",
    ),
    no_op(
        "fresh192-11",
        "fix the heavy saturation in the BGM higurashi_soundscape.ogg: it rips my eardrums off "
        "trying to listen to it (at around 02:51 it starts shredding the ears for around 9 "
        "seconds, and there's a saturated bit starting 03:14)",
        "no op",
        probe=Probe(duration=240.0),
        note="no op: repairing clipped (saturated) sound, de-clip and de-crackle; volume only "
        "moves the level, the distortion stays",
    ),
    no_op(
        "fresh192-12",
        "cut the parts of my programming tutorial where I'm silent and inactive, but not the ones "
        "where I'm silent while showcasing something: typing some lines of code, scrolling up and "
        "down or switching between windows",
        "needs analysis",
        probe=Probe(duration=900.0),
        note="needs analysis: silence with activity on screen told from silence with none "
        "(motion detection); remove_silence would cut both",
    ),
    ask(
        "fresh192-13",
        "compress the encouraging short film I made for my sister's students, who are about to "
        "take the high-school entrance exam, so it can be sent to her: it's over the sending "
        "limit, and lowering its clarity and size still didn't reach the target",
        "the size it must fit under (the sending limit, in MB)",
        (
            "size",
            "limit",
            "mb",
            "megabyte",
            "how small",
            "how big",
            "target",
            "where",
            "which app",
            "platform",
        ),
    ),
    ask(
        "fresh192-14",
        "shorten the 'welcome' intro voice to match the lazer fade duration: it runs over six "
        "seconds, which is unnecessary and requires a local fade in lazer's code to not cut off "
        "abruptly",
        "how long the fade lasts (the length to cut the voice to)",
        ("how long", "length", "duration", "second", "fade", "how short", "how much"),
        probe=Probe(duration=6.5),
    ),
    ask(
        "fresh192-15",
        "add a branding watermark to our videos before they go on YouTube: I'd like to explore "
        "how this would look (maybe after we change our logo)",
        "the watermark image (the logo file)",
        (
            "image",
            "logo",
            "file",
            "watermark",
            "which",
            "provide",
            "upload",
            "attach",
            "what",
        ),
    ),
    ask(
        "fresh192-16",
        "make a social media video snippet of around 30 seconds, a good quote from the talk 'Why "
        "DAOs will change the world'",
        "which 30 seconds (the quote's timestamp)",
        (*WHICH_PART, "quote", "timestamp", "which 30", "seconds"),
        probe=Probe(duration=1500.0),
    ),
    out_of_scope(
        "fresh192-17",
        "cut this YouTube video at a specific time and download only the trimmed part",
        "downloading a trimmed part of an online (YouTube) video, not an edit of a given file",
    ),
    out_of_scope(
        "fresh192-18",
        "save the TikTok video to my device without the watermark: I have the option to save it "
        "with no watermark, but when I see the video in my photos app nothing has changed",
        "a TikTok tweak's watermark-free download, not an edit of a given file",
    ),
    out_of_scope(
        "fresh192-19",
        "render just the selection from A to B of the demo to video, without having to resave the "
        "demo file: now I find the right spot, cut it into a new demo file, then open that and "
        "render it into video",
        "rendering a game's demo (replay) file to video, not an edit of a video",
    ),
    out_of_scope(
        "fresh192-20",
        "create a trailer video that can be featured on the landing page and show more about what "
        "the game actually is: to hit the deadline for the public beta launch, keep it short and "
        "simple",
        "producing a new trailer for a game, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
