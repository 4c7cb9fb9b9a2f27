"""A two-hundred-and-twenty-eighth fresh, held-out collection of real requests
(tests/realreq/fresh228.md): one checkable case a row, encoded the way fresh225.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh225's, the
rows are short, typical asks of people who film their own lives; all 13 come from personal blogs
and small sites (a pastor posting her sermon, a knitting designer, a backyard birder, a couple
with a critter cam, a student with a cruise slideshow, a knitter filming outside, a genealogist
scanning 8mm film, a daughter interviewing her dad, an aunt filming a birthday, a farmer with a
trail camera, a birdwatcher at her window, a mother with old Hi8 tapes and a video studio's
customer). Each case follows its row's
`expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` rows
refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    WHOLE,
    AnyOf,
    Below,
    Between,
    Case,
    Probe,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh228.md")

#: A file every player takes: an MP4 (or another common container), H.264 if the plan says so.
_PLAYABLE = step("convert", format=AnyOf("mp4", "mov", "webm", "mkv"))

#: A smaller file, by a size under the one it has or by a smaller quality.
_SMALLER_THAN_17 = step("compress", max_mb=Below(17)) | step("quality", level="small")

CASES: tuple[Case, ...] = (
    do(
        "fresh228-01",
        "convert Sunday's sermon video (the .vob file from the DVD) to a file format YouTube "
        "accepts: YouTube doesn't accept that file extension",
        [_PLAYABLE, maybe(step("codec", codec="h264"))],
        probe=Probe(duration=1800.0, width=720, height=480, fps=29.97),
        note="saved as an MP4 (or another file YouTube takes)",
    ),
    do(
        "fresh228-02",
        "convert the iPhone clip of my first knitting video so my Windows computer recognizes "
        "it: the Windows platform will in no way recognize iPhone clips",
        [step("convert", format=AnyOf("mp4", "mkv")), maybe(step("codec", codec="h264"))],
        [step("codec", codec="h264")],
        probe=Probe(duration=180.0, width=1920, height=1080),
        note="an MP4 (or MKV) Windows plays, H.264 if the plan says so",
    ),
    do(
        "fresh228-03",
        "compress the short video of the female cardinal I caught hand holding the camera: it "
        "is only short, but it is still 17 MB, and it adds too much to the page's load time",
        [_SMALLER_THAN_17, maybe(step("resize"))],
        probe=Probe(duration=20.0, width=640, height=480),
        note="a smaller file (under 17 MB, or smaller quality), maybe smaller too",
    ),
    do(
        "fresh228-04",
        "slow the critter cam clip from the back pond down to .25 speed: it was over so fast "
        "we couldn't see what it was",
        [step("speed", factor=0.25, **WHOLE)],
        probe=Probe(duration=12.0),
        note="a quarter speed, all of it",
    ),
    do(
        "fresh228-05",
        "make the video of my cruise (San Juan, St. Thomas, Barbados, St. Lucia, St. Kitts and "
        "St. Maarten) under 100MB, or I cannot change it to MP4",
        [step("compress", max_mb=Between(90, 100)), maybe(step("convert", format="mp4"))],
        probe=Probe(duration=240.0, width=1280, height=720),
        note="under 100 MB, an MP4",
    ),
    do(
        "fresh228-06",
        "take out the mucho background noise going on in my double knitting video: today was "
        "warm and sunny, so we filmed outside",
        [step("audio_denoise")],
        probe=Probe(duration=600.0, width=640, height=480),
        note="the background noise taken down, any strength",
    ),
    no_op(
        "fresh228-07",
        "increase the frame rate of the master avi file of our old 8mm family movies from "
        "16.6666 frames per second to 25 fps using frame interpolation",
        "no op",
        probe=Probe(duration=240.0, width=720, height=480, fps=16.6666),
        note="no op: motion-interpolated 25 fps; fps(25) only repeats frames",
    ),
    ask(
        "fresh228-08",
        "cut out the dead air, the dog barking and my questions from the two hours of video "
        "interview of my dad",
        "where the dog barks and where the questions are (dead air alone could go)",
        (*WHICH_PART, "dog", "bark", "questions", "timestamps"),
        probe=Probe(duration=7200.0),
    ),
    ask(
        "fresh228-09",
        "alternate each clip of the 30 minutes I filmed at Sophia's 2nd birthday from colour "
        "to black and white, then add a few titles",
        "where each clip starts (which to make black and white) and what the titles say",
        (*WHICH_PART, "clip", "title", "text", "say", "words"),
        probe=Probe(duration=1800.0),
    ),
    ask(
        "fresh228-10",
        "take still captures of the bobcats off our trail camera video, when each cat is beside "
        "the slender stalk",
        "the moments to save (when each bobcat is beside the stalk)",
        (*WHICH_PART, "frame", "moment", "second", "timestamp"),
        probe=Probe(duration=60.0, width=1280, height=720),
    ),
    ask(
        "fresh228-11",
        "get a decent still picture of the Tits in the tree outside our bedroom window from my "
        "HD video, then change the lighting levels and saturation and sharpen it slightly",
        "which frame (the moment to save) and how much to change the levels and saturation",
        (*WHICH_PART, "frame", "moment", "second", "timestamp", "how much"),
        probe=Probe(duration=120.0, width=1440, height=1080),
    ),
    out_of_scope(
        "fresh228-12",
        "transfer all my old Hi8 tapes to my computer: all I see when I put them in the "
        "borrowed camera is blue screen",
        "capturing tapes through a camera and cable, not an edit of a file",
    ),
    out_of_scope(
        "fresh228-13",
        "make the DVD I recorded on my home DVD recorder play at my son's house: it played "
        "fine at home, but there it refused to play at all",
        "finalizing a disc on the recorder that made it, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
