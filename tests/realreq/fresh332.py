"""A three-hundred-and-thirty-second fresh, held-out collection of real requests
(tests/realreq/fresh332.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh331's, the
rows are short, typical asks; twelve come from journalists', documentary makers' and newsroom
people's forum threads, blogs and pages (DV Info Net, the Vegas forum, Apple's discussions,
Creative COW, a newscast producer, a sports stringer, a TV reporter, a PBS producer, a video
journalism site, a transcription service) and two from GitHub issues (CVAT, a police-brutality
documentation project): 4:3 footage made 16:9 for TV stations, for a documentary, for an
interview, and once without saying how; 50p made NTSC SD; an .asf made a .mov; an HD package
downconverted; two men made unrecognizable by a whole-frame blur; timecode burned in; two
cancelling mono channels; a package cut to 1:30 and a show to 26:40; clips exported from an
annotation file and videos pulled from links.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh332.md")

_SD_4_3 = Probe(duration=300.0, width=720, height=576, fps=25.0)
_NTSC_4_3 = Probe(duration=300.0, width=720, height=480, fps=29.97)
_SD = (
    step("resize", lines=Between(480, 576))
    | step("resize", height=Between(480, 576))
    | step("resize", width=720, height=Between(480, 576))
)
_NTSC_SD = (
    step("resize", lines=480) | step("resize", height=480) | step("resize", width=720, height=480)
)
_HIGH = step("quality", level="high")

CASES: tuple[Case, ...] = (
    do(
        "fresh332-01",
        "transfer this old 4:3 Betacam footage to 16:9 in best quality: nowadays all TV stations "
        "demand 16:9",
        [step("pad", aspect="16:9"), maybe(_HIGH)],
        [step("crop", aspect="16:9"), maybe(_HIGH)],
        [step("blur_fill", aspect="16:9"), maybe(_HIGH)],
        probe=_SD_4_3,
        note="16:9 made of 4:3: pillarboxed (nothing lost), or cropped, or with blurred sides",
    ),
    do(
        "fresh332-02",
        "convert this 4:3 wildlife footage to 16:9 for a TV documentary without making everything "
        "look like it was run over by a Hummer: there would be some cropping, but who cares?",
        [step("crop", aspect="16:9")],
        probe=_NTSC_4_3,
        note="cropped to 16:9, nothing stretched",
    ),
    do(
        "fresh332-03",
        "turn this 4:3 interview video into a widescreen video, zoomed to make it fit the screen "
        "size",
        [step("crop", aspect="16:9")],
        [step("pad", aspect="16:9")],
        probe=Probe(duration=600.0, width=720, height=576, fps=25.0),
        note="zoomed in (cropped) to fill a 16:9 frame; pillarboxed also accepted",
    ),
    ask(
        "fresh332-04",
        "convert this 4:3 footage to 16:9",
        "how: crop the top and bottom off, or keep all of it with bars at the sides",
        ("crop", "bars", "pillarbox", "black", "stretch", "fill", "cut off", "how"),
        probe=_NTSC_4_3,
    ),
    do(
        "fresh332-05",
        "convert this 1280 x 720 50p video to 60i for my editor: it is NTSC only and will only "
        "accept 16:9 or 4:3 material in SD, progressive or interlaced, but not 50p",
        [anywhere(step("fps", fps=Between(29.9, 30.0))), anywhere(_NTSC_SD)],
        probe=Probe(duration=300.0, width=1280, height=720, fps=50.0),
        note="NTSC SD at 29.97 frames a second (progressive: no operation interlaces)",
    ),
    do(
        "fresh332-06",
        "convert this .asf file into a .mov file: it is b-roll of the storm I shot with my little "
        "pink digicam for the morning newscast",
        [step("convert", format="mov")],
        probe=Probe(duration=45.0, width=640, height=480, fps=30.0),
        note="the same footage as a .mov",
    ),
    do(
        "fresh332-07",
        "downconvert this final package into SD: the stories air in standard definition but I "
        "decided to shoot this one in high def",
        [_SD],
        probe=Probe(duration=150.0, width=1440, height=1080, fps=29.97),
        note="standard definition (480 lines in the US)",
    ),
    do(
        "fresh332-08",
        "make the two men in this interview unrecognizable: blur the whole frame (blurring a "
        "smaller area takes a lot of time to get right)",
        [step("blur", strength="strong", start=None, end=None)],
        [step("blur", strength=Between(10, None), start=None, end=None)],
        probe=Probe(duration=240.0, width=1280, height=720, fps=25.0),
        note="the whole picture blurred strongly, throughout",
    ),
    no_op(
        "fresh332-09",
        "burn the timecode into the image of this video, in the upper right corner of the frame, "
        "so viewers can see the exact timecode",
        "no op: a running timecode drawn on the picture; no operation draws a running timecode",
        probe=Probe(duration=1800.0, fps=29.97),
    ),
    no_op(
        "fresh332-10",
        "fix the strangely low sound of this interview: it has two channels of mono audio, channel "
        "one from the interviewee's mike and channel 2 from a mike attached to me asking "
        "questions; if I move both levels up together the sound stays very low, but if I raise "
        "one and lower the other I have good clear sound",
        "no op: one channel kept (or one inverted) so they stop cancelling; no operation picks or "
        "inverts a channel",
        probe=Probe(duration=1200.0, width=720, height=480, fps=29.97),
    ),
    ask(
        "fresh332-11",
        "cut this news story down to the standard length of a package, 1 minute 30 seconds: it "
        "runs too long",
        "which soundbites, words or facts to remove (cutting the end off would lose its ending)",
        ("which", "what", "soundbite", "part", "remove", "cut", "where"),
        probe=Probe(duration=105.0),
    ),
    ask(
        "fresh332-12",
        "cut this show down to 26:40, a half-hour in the PBS world: it is 27 minutes, 49 seconds "
        "and 13 frames long",
        "which parts to cut (more than a minute must go)",
        ("which", "what", "part", "where", "remove", "cut", "scene"),
        probe=Probe(duration=1669.43, fps=29.97),
    ),
    out_of_scope(
        "fresh332-13",
        "extract clips from this 10 min. video file with CVAT, using the .json/.csv file with "
        "some annotations, so I've got several clips which last around 10sec",
        "many clips exported from an annotation tool's file, not an edit of one video",
    ),
    out_of_scope(
        "fresh332-14",
        "extract the videos from these twitter links so they may be rehosted easily",
        "downloading videos from links, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
