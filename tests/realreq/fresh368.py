"""A three-hundred-and-sixty-eighth fresh, held-out collection of real requests
(tests/realreq/fresh368.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh367's, the
rows are short, typical asks; all 14 come from GitHub issues of Linux desktop video tools
(Kooha, Gifcurry, Flowblade, Blue Recorder, OpenShot, VidCutter, Shotcut and Xplayer): a screen
recording saved as a GIF, an .mkv made a .webm, a GIF with subtitles, timed lines with no words,
a GIF watermarked, subtitles stitched on, a flowing text with no words, a capture and an export
made smaller, a stream recording trimmed by unsaid amounts, and four programs' bugs (a cut that
kept only the sound, an export with no sound, a muted track not muted, a player ignoring the
rotation).
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import GIF, AnyOf, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh368.md")

_SMALLER_1080 = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))
_SUBS = step("subtitles", file=AnyOf("subs.srt", None))
_A_GIF = Probe(duration=6.0, width=480, height=270, fps=12.0, has_audio=False)

CASES: tuple[Case, ...] = (
    do(
        "fresh368-01",
        "save this screen recording as a .gif: my use case is to send small GUI demos to "
        "colleagues and sometimes show bugs in a more visual manner, and some platforms (like "
        "GitHub) do not support videos",
        [maybe(_SMALLER_1080), GIF],
        probe=Probe(duration=20.0),
        note="the recording as an animated GIF (maybe smaller)",
    ),
    do(
        "fresh368-02",
        "convert this .mkv screen recording to .webm: in my experience .mkv is less compatible "
        "with things like IM apps, social networks, etc. compared to .webm",
        [step("convert", format="webm")],
        probe=Probe(duration=30.0),
        note="the same recording as a .webm",
    ),
    do(
        "fresh368-03",
        "make a gif of this video WITH these subtitles, like the meme-gifs with subtitles I've "
        "seen on the internet (no sound, of course)",
        [_SUBS, maybe(_SMALLER_1080), GIF],
        assets=["subs.srt"],
        probe=Probe(duration=10.0, width=1280, height=720),
        note="the subtitles burned in, then made a GIF",
    ),
    ask(
        "fresh368-04",
        "add timed text to this gif of a single back-and-forth conversation: the first line "
        "displayed for x seconds, then the second line displayed for y seconds",
        "what the two lines say and how long each is shown",
        ("what text", "which text", "what should", "words", "say", "how long", "how many seconds"),
        probe=_A_GIF,
    ),
    do(
        "fresh368-05",
        "watermark this GIF with my custom image",
        [step("overlay_image", file="watermark.png"), maybe(GIF)],
        assets=["watermark.png"],
        probe=_A_GIF,
        note="the image laid on the GIF (a corner by default), still a GIF",
    ),
    do(
        "fresh368-06",
        "stitch these subtitles onto this video clip",
        [_SUBS],
        assets=["subs.srt"],
        probe=Probe(duration=120.0),
        note="the subtitles burned into the picture",
    ),
    ask(
        "fresh368-07",
        "add a flowing text effect to this video",
        "what the text says (and which way it flows)",
        ("what text", "which text", "what should", "words", "say"),
        probe=Probe(duration=60.0),
    ),
    do(
        "fresh368-08",
        "make this captured MP4 smaller: it is several times bigger than it could be; re-encoded "
        "just once with no specific option, a sample capture shrinks by almost 4 times with no "
        "visible difference in quality (it seems to be a bitrate issue)",
        [step("reencode")],
        [step("quality", level=AnyOf("balanced", "small"))],
        [step("compress")],
        probe=Probe(duration=60.0),
        note="the same picture at a usual bitrate: re-encoded, a smaller quality, or compressed",
    ),
    do(
        "fresh368-09",
        "make the file size of this exported video smaller: the original video is 3.87 GB while "
        "the exported video is 18.8 GB, and the resolution and FPS are both the same (1080p, 60 "
        "FPS, MP4)",
        [step("compress", max_mb=Between(1000, 3900))],
        [step("quality", level=AnyOf("small", "balanced"))],
        probe=Probe(duration=10800.0, fps=60.0),
        note="a file about the original's size or smaller, still 1080p at 60 fps",
    ),
    ask(
        "fresh368-10",
        "cut off the beginning and the end of this stream recording, and split the remains into 3"
        " equal parts",
        "how much to cut off at the beginning and at the end",
        (*WHICH_PART, "how much", "how many seconds", "how long"),
        probe=Probe(duration=7200.0),
    ),
    out_of_scope(
        "fresh368-11",
        "fix VidCutter: I opened an mkv file with audio+video, marked the beginning and end for a"
        ' clip, and after "Save media" I ended with an audio file only',
        "a program's bug (its cut lost the picture), not an edit of a given file",
    ),
    out_of_scope(
        "fresh368-12",
        "Shotcut's export has no audio: I exported twice (Gentoo Linux, Shotcut 25.08.16)",
        "a program's bug (its export drops the sound), not an edit of a given file",
    ),
    out_of_scope(
        "fresh368-13",
        "exporting via Flowblade's render queue doesn't respect muting: I muted the sound in the "
        "lower track, but audio from the lower track and the upper track play together",
        "a program's bug (its render queue ignores a muted track), not an edit of a given file",
    ),
    out_of_scope(
        "fresh368-14",
        "make Xplayer respect MP4 rotation: the videos Android phones record are stored with a "
        "Rotation property, VLC plays them right way round, but Xplayer plays them sideways",
        "a player's bug (it ignores the rotation tag), not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
