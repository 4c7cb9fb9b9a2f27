"""A three-hundred-and-twentieth fresh, held-out collection of real requests
(tests/realreq/fresh320.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh317's, the
rows are short, typical asks; thirteen come from the video rules of schools, student contests,
commencements, talent shows and a film festival and from a librarian's forum question, five from
GitHub issues (ScratchAddons, StopGo, ScratchJr, an early-childhood course): a contest entry
made 1080p and under 100 MB, an entry cut to 3 minutes, a choir video made 1080p mp4 under
2 GB, a talent show video made landscape, a Scratch recording saved as mp4, a soundtrack added
to a stop-motion render, a robot video kept up to 1080p, a competition video as mp4 under 1 GB,
music taken out of a commencement video, a title screen, a "vertical 16:9" pitch, a name and
grade, a 10-second graduation video, words when a toddler mumbles, a copyright question, a
recorder, a recorder's bug and a photo montage.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import VERTICAL, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh320.md")

_R1080 = step("resize", lines=1080) | step("resize", height=1080, width=AnyOf(None, 1920))
_MP4 = step("convert", format="mp4")
_UHD = {"width": 3840, "height": 2160}
_NO_SOUND = {"has_audio": False}
_LANDSCAPE = (
    step("crop", aspect="16:9")
    | step("blur_fill", aspect="16:9")
    | step("pad", aspect="16:9")
    | step("platform", platform="youtube")
)

CASES: tuple[Case, ...] = (
    do(
        "fresh320-01",
        "make this video contest entry meet the video file specifications: horizontal/landscape, "
        "ideally 1920x1080 pixels (16:9 aspect ratio), one file under the 100 MB limit",
        [anywhere(_R1080), anywhere(step("compress", max_mb=Between(1, 100)))],
        [
            anywhere(step("platform", platform="youtube")),
            anywhere(step("compress", max_mb=Between(1, 100))),
        ],
        probe=Probe(duration=30.0, **_UHD),
        note="1920x1080, and a file under 100 MB",
    ),
    do(
        "fresh320-02",
        "cut this student's Stage 1 entry video to a maximum of 3 minutes: videos longer than 3 "
        "minutes will be cut off by judges",
        [step("trim", start=AnyOf(0, None), end=Between(170, 180))],
        probe=Probe(duration=225.0),
        note="the first 3 minutes kept, what the judges would see",
    ),
    do(
        "fresh320-03",
        "make my performance video meet the technical criteria: 1080p quality video, mp4, maximum "
        "file size 2GB",
        [
            anywhere(_R1080),
            maybe(_MP4),
            maybe(step("compress", max_mb=Between(1, 2000))),
        ],
        probe=Probe(duration=300.0, **_UHD),
        note="1080p, as mp4, under 2 GB",
    ),
    do(
        "fresh320-04",
        "make this talent show video 16:9 landscape (longways like a TV, not vertical like cell "
        "phone video), because it will be shown on TVs and on YouTube",
        [_LANDSCAPE, maybe(step("resize"))],
        probe=Probe(duration=100.0, width=VERTICAL.width, height=VERTICAL.height),
        note="a 16:9 picture: cropped, with blurred sides or with bars",
    ),
    do(
        "fresh320-05",
        "save this recording of my Scratch project's stage as mp4 instead of webm: the video "
        "quality is not great, and the length of webm videos does not seem to be predetermined",
        [_MP4],
        probe=Probe(duration=30.0, width=480, height=360),
        note="the webm saved as mp4",
    ),
    do(
        "fresh320-06",
        "add my own soundtrack to this stop-motion animation I rendered to a video file",
        [step("replace_audio", file="soundtrack.wav")],
        [step("add_music", file="soundtrack.wav")],
        assets=["soundtrack.wav"],
        probe=Probe(duration=60.0, fps=12.0, **_NO_SOUND),
        note="the soundtrack as the silent render's sound",
    ),
    do(
        "fresh320-07",
        "make this robot challenge video as high resolution as possible, but only up to 1080p, "
        "please, to keep file sizes manageable",
        [_R1080],
        probe=Probe(duration=90.0, **_UHD),
        note="the 4K video brought down to 1080p",
    ),
    do(
        "fresh320-08",
        "make this competition video Mp4 format, and the file size should not exceed 1GB",
        [anywhere(step("compress", max_mb=Between(1, 1000))), maybe(_MP4)],
        probe=Probe(duration=600.0),
        note="an mp4 under 1 GB",
    ),
    no_op(
        "fresh320-09",
        "take the music out of my commencement video: music is not allowed",
        "no op: the background music taken out under the speech; no operation separates music "
        "from a voice",
        probe=Probe(duration=10.0, width=1080, height=1920),
    ),
    ask(
        "fresh320-10",
        'begin this contest video with a 5-second full-screen "title screen" that includes the '
        "following information",
        "what the title screen says (the information is not given)",
        ("what", "which", "information", "text", "say", "title"),
        probe=Probe(duration=85.0),
    ),
    ask(
        "fresh320-11",
        "make my pitch video vertical 16:9, and keep it to 60 sec or less",
        "which shape (vertical 9:16 or landscape 16:9), and which 60 seconds to keep",
        ("vertical", "9:16", "16:9", "landscape", "portrait", "which", "shape"),
        probe=Probe(duration=95.0),
    ),
    ask(
        "fresh320-12",
        "add a little about yourself at the beginning of my talent show video: let the audience "
        "know my name and my grade",
        "the name and the grade (neither is given)",
        ("name", "grade", "what"),
        probe=Probe(duration=80.0),
    ),
    ask(
        "fresh320-13",
        "make my graduation video no longer than 10 seconds: videos will be rejected if they are "
        "longer than 10 seconds",
        "which 10 seconds of the 24 s video to keep",
        WHICH_PART,
        probe=Probe(duration=24.0, width=1080, height=1920),
    ),
    ask(
        "fresh320-14",
        'for this video clip of toddlers playing, make sure the words "mix, mix, mix" appear when '
        "the child mumbles",
        "when the child mumbles (no time is given)",
        (*WHICH_PART, "mumble"),
        probe=Probe(duration=60.0),
    ),
    out_of_scope(
        "fresh320-15",
        "our high school seniors produce a video of their school experience shown at the "
        "graduation ceremony and want popular music in the background, and every class member "
        "will get a copy: give me concrete evidence that this is a copyright violation",
        "a copyright question, not an edit of a video file",
    ),
    out_of_scope(
        "fresh320-16",
        "record a video of my ScratchJr project from within the app, to share it with people who "
        "do not have the app or access to a tablet",
        "recording an app's screen, not an edit of a video file",
    ),
    out_of_scope(
        "fresh320-17",
        "fix the record button: when I record a video of my Scratch project (that has sound), it "
        "records the video but not the audio; my YouTube career is on the line",
        "a recorder's bug, not an edit of a video file",
    ),
    out_of_scope(
        "fresh320-18",
        "make a video montage of 10 to 30 photos displayed for 3-5 seconds each with music, for "
        "the film festival's photography category",
        "making a slideshow from photos, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
