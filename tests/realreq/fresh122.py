"""A hundred-and-twenty-second fresh, held-out collection of real requests
(tests/realreq/fresh122.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh121's, the
rows are short, typical asks, like the development set's; 17 come from GitHub issues and pull
requests and one from a videographers' forum, many of them in Portuguese, Spanish and Chinese:
a video-maker project's user, a phone company's website team, a bioinformatics community's talk,
a gallery app's user, a Chinese learning community's course videos, a Brazilian university's
video service, a Spanish teacher's editing task, a retro-gaming distribution's music, a virtual
science forum's speaker, a wedding videographer, a student team's website, a teacher-training
course, an OpenShot user, a streaming site's user, an Instagram live-streaming tool's user and a
video-generation model's user. Each case follows its row's `expected` column; `[out of scope]`
rows are OUT-OF-SCOPE refusals, the `[no op]` row a refusal of a DOABLE ask no operation does.
An `[extra input: …]` marker is left out of the request and the files it names are given as
assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import LOUDER, WHOLE, Above, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh122.md")

#: A smaller picture than the 1920x1080 original, by any measure.
_SMALLER_PICTURE = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080))
    | step("resize", width=Below(1920))
    | step("resize", percent=Below(100))
)
#: The first 20 seconds of the 90 s marketing video taken off.
_FROM_20 = step("trim", start=20, end=AnyOf(None, Between(89.5, 90))) | step("cut", start=0, end=20)
#: 21:9 of a 1920x1080 picture: the full width, about 823 lines high.
_CINEMA = step("crop", aspect=AnyOf("21:9", "64:27")) | step(
    "crop_area", width=1920, height=Between(800, 830)
)
#: The first 10 seconds of the minute-long talk video taken off.
_FROM_10 = step("trim", start=10, end=AnyOf(None, Between(59.5, 60))) | step("cut", start=0, end=10)
#: 16:9 of the 1080x1920 vertical video: the full width, about 608 lines high.
_WIDE = step("crop", aspect="16:9") | step("crop_area", width=1080, height=Between(600, 612))
#: The displaced frame at 2:31, a frame or so cut out.
_FRAME_AT_251 = step("cut", start=Between(150.5, 151.5), end=Between(151.0, 152.0))
#: A fade out at the end, 0.5 to 5 s, of the picture, the sound or both.
_FADE_OUT = {"direction": "out", "duration": Between(0.5, 5)}
#: A little about 1.25 times faster, all of it.
_ABOUT_125 = step("speed", factor=Between(1.1, 1.25), **WHOLE)
#: A little quieter, all of it.
_A_LITTLE_QUIETER = step("volume", percent=Between(50, 95), **WHOLE) | step(
    "volume", db=Between(-6, -0.5), **WHOLE
)

CASES: tuple[Case, ...] = (
    do(
        "fresh122-01",
        "the video is too heavy: reduce its size, I can reduce the quality of the video",
        [anywhere(step("quality", level="small")), maybe(_SMALLER_PICTURE), maybe(step("fps"))],
        [
            anywhere(step("compress", max_mb=Above(0))),
            maybe(_SMALLER_PICTURE),
            maybe(step("quality")),
        ],
        [anywhere(_SMALLER_PICTURE), maybe(step("quality", level="small"))],
        note="a smaller file, at a lower quality (a smaller picture may come with it)",
    ),
    do(
        "fresh122-02",
        "tighten the marketing video to loop as the background on the website: the first 20 "
        "seconds could be dropped, and go for 21:9 rather than 16:9 so the video doesn't eat up "
        "the whole page on normal PC monitors",
        [
            anywhere(_FROM_20),
            anywhere(_CINEMA),
            maybe(step("convert", format=AnyOf("webm", "mp4"))),
            maybe(step("mute")),
            maybe(step("quality")),
            maybe(step("compress")),
        ],
        probe=Probe(duration=90.0),
        note="the first 20 s off and the picture cropped to 21:9, in either order (a webm, "
        "no sound or a smaller file may come with them)",
    ),
    do(
        "fresh122-03",
        "remove 10 more seconds at the beginning of the edited bytesize talk video",
        [_FROM_10],
        note="the first 10 s taken off",
    ),
    do(
        "fresh122-04",
        "cut the video from 9:16 to 16:9, without the cut out portion looking noticeably worse "
        "than the original",
        [
            anywhere(_WIDE),
            maybe(step("quality", level="high")),
            maybe(step("codec")),
            maybe(step("reencode")),
        ],
        probe=Probe(width=1080, height=1920),
        note="the vertical 1080x1920 video cropped to 16:9 (1080x608) at the centre (a high "
        "quality setting may come with it)",
    ),
    do(
        "fresh122-05",
        "make Teacher Yang's voice in the course video louder: it is too quiet and very tiring "
        "to hear; the knowledge density is high, and with the low sound it is especially "
        "exhausting to listen to",
        [anywhere(LOUDER), maybe(step("audio_denoise"))],
        probe=Probe(duration=1800.0),
        note="louder, all of it (a noise reduction may come with it)",
    ),
    do(
        "fresh122-06",
        "cut out the slightly displaced frame that appears very quickly at 2:31, and put a fade "
        "out on the music and the vignette at the end of the video",
        [anywhere(_FRAME_AT_251), anywhere(step("fade", target="both", **_FADE_OUT))],
        [
            anywhere(_FRAME_AT_251),
            anywhere(step("fade", target="video", **_FADE_OUT)),
            anywhere(step("fade", target="audio", **_FADE_OUT)),
        ],
        probe=Probe(duration=300.0),
        note="the frame at 2:31 (151 s) cut out, and the picture and the sound faded out at "
        "the end (0.5 to 5 s)",
    ),
    do(
        "fresh122-07",
        "make the sound of the tutorial video a bit louder (I put everything at maximum and "
        "still think it could be a bit louder), and speed the original video up to something "
        "close to 1.25, maybe a little less: there is no great change in Julia's voice and it "
        "gets a bit more agile",
        [anywhere(LOUDER), anywhere(_ABOUT_125)],
        probe=Probe(duration=600.0),
        note="louder and 1.1 to 1.25 times faster, all of it, in either order",
    ),
    do(
        "fresh122-08",
        "edit the video so that the associated narration is included and the background sound "
        "of the original video is removed (to avoid it overlapping the narration)",
        [step("replace_audio", file="narracion.mp3")],
        [step("mute"), step("add_music", file="narracion.mp3", **WHOLE)],
        assets=["narracion.mp3"],
        note="the video's own sound replaced by the narration",
    ),
    do(
        "fresh122-09",
        "lower the volume of Bolt Action - Player 2.mp3 slightly: it is a fair bit louder than "
        "the other tracks, clipping at times",
        [_A_LITTLE_QUIETER, maybe(step("convert", format="mp3"))],
        probe=Probe(duration=180.0),
        note="the song a little quieter (50% to 95%, or -0.5 to -6 dB), all of it",
    ),
    do(
        "fresh122-10",
        "cut the recording of my talk for publishing: start is 00:04:35, end is 00:32:19",
        [step("trim", start=275, end=1939)],
        [step("keep_ranges", ranges=[[275, 1939]])],
        probe=Probe(duration=2400.0),
        note="4:35 to 32:19 (275 s to 1939 s) of the 40 min recording kept",
    ),
    no_op(
        "fresh122-11",
        "make the wedding video shot black & white except for one area of color, like a rose or "
        "a bouquet of flowers, or maybe even someone's blue eyes",
        "no op",
        note="keeping one object's color (a color key, or a mask following the moving rose) "
        "while the rest turns grey; grayscale greys all of it",
    ),
    ask(
        "fresh122-12",
        "edit the cover video for only the good parts: it takes millenia to be served on modest "
        "internet speeds (we only need about 20-30 seconds)",
        "which parts are the good ones (what to keep)",
        (*WHICH_PART, "good parts", "which parts", "keep", "what to keep", "timestamp"),
    ),
    ask(
        "fresh122-13",
        "summarize the program's first promotional video, which is 3 min, to 1:30 at most",
        "which parts to keep (what goes in the 1:30)",
        (*WHICH_PART, "which parts", "keep", "what to keep", "timestamp", "scenes"),
        probe=Probe(duration=180.0),
    ),
    ask(
        "fresh122-14",
        "crop the video down so the non-consented teacher in the background goes away: policy "
        "is not to use videos with non-consented anyones in them",
        "where the teacher is (which area of the picture to keep)",
        ("which", "where", "area", "region", "part", "side", "teacher", "coordinates", "pixels"),
    ),
    ask(
        "fresh122-15",
        "remove part of the clip",
        "which part (where it starts and ends)",
        (*WHICH_PART, "timestamp", "which part"),
    ),
    out_of_scope(
        "fresh122-16",
        "add a skip intro and outro feature to the player: I think 90% of users want this feature",
        "a feature of a streaming site's video player (skipping the opening and ending), not an "
        "edit of a given file",
    ),
    out_of_scope(
        "fresh122-17",
        "rotate the 16:9 input stream only for Instagram, so it would be 9:16: I'm streaming to "
        "YouTube, Facebook and Instagram with Restream and OBS",
        "a live stream's picture, sent to one platform, not an edit of a given file",
    ),
    out_of_scope(
        "fresh122-18",
        'make a video of a cute kitten in a white room saying "Happy Birthday, Shezaa…", then '
        "going into the room and bringing out a cake that says 18 with candles",
        "generating a video from nothing (a text-to-video model's job), not an edit of a given "
        "file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
