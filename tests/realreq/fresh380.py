"""A three-hundred-and-eightieth fresh, held-out collection of real requests
(tests/realreq/fresh380.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh377's, the
rows are short, typical asks; 11 come from GitHub issues and three from web pages (researchers,
lab and forensic recordings: Cell-ACDC, a user-research team, a psychology benchmark, the
International Brain Laboratory, an ethnographic film, a class project, QuMesh, Alibi, a conference
talk, a medical image viewer, QPrompt, WebGazer, darknet and omxplayer): a cell video exported
smaller as H.264, a participant video captioned, a freeze frame before a stimulus, a 60 Hz camera
halved to 30 Hz, a film subtitled, a WMV wanted as an AVI (no op), an evidence recording made a
MOV, a time stamp with no date given, a talk cut to 40 minutes with no parts named, and a viewer's
cine loop, a teleprompter's subtitles, a study's webcam, a detector's region and a player's clock.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh380.md")

_SMALL = step("quality", level="small")
_H264 = step("codec", codec="h264")
_NO_SOUND = {"has_audio": False}

CASES: tuple[Case, ...] = (
    do(
        "fresh380-01",
        "compress this exported video of my cells; H.264 is not the best but very compatible",
        [_SMALL, maybe(_H264)],
        [_H264, maybe(_SMALL)],
        probe=Probe(duration=30.0, width=1024, height=1024, fps=10.0, **_NO_SOUND),
        note="a smaller file, encoded as H.264",
    ),
    do(
        "fresh380-02",
        "caption this research participant video with its transcript: it would be a DREAM if we "
        "could caption the video files themselves",
        [step("subtitles", file="transcript.srt")],
        assets=["transcript.srt"],
        probe=Probe(duration=1800.0),
        note="the transcript burned in as captions",
    ),
    do(
        "fresh380-03",
        "include a freeze frame (500ms-1000ms) before initiating playback of this stimulus video",
        [step("freeze", at=0, seconds=Between(0.5, 1.0))],
        probe=Probe(duration=6.0, **_NO_SOUND),
        note="the first frame held half a second to a second",
    ),
    do(
        "fresh380-04",
        "keep 1 out of 2 frames of this side camera video, so that it is 30Hz instead of 60Hz "
        "(otherwise the files might be too large)",
        [step("fps", fps=30)],
        probe=Probe(duration=3600.0, width=1280, height=1024, fps=60.0, **_NO_SOUND),
        note="every other frame: 30 frames a second",
    ),
    do(
        "fresh380-05",
        "create a subtitled version of my film, so that people can see the poetic power of the "
        "commentary that is already in it; it would also make it more accessible to deaf "
        "audiences",
        [step("subtitles", file="subtitles.srt")],
        assets=["subtitles.srt"],
        probe=Probe(duration=900.0),
        note="the subtitles burned in",
    ),
    no_op(
        "fresh380-06",
        "convert this WMV file to an AVI: I need to clip it, but I couldn't import it into "
        "VirtualDub",
        "no op: promptcut writes no .avi files",
        probe=Probe(duration=60.0, width=640, height=480),
    ),
    do(
        "fresh380-07",
        "switch this KVM session recording from AVI to a QuickTime MOV: macOS QuickTime Player "
        "renders it as a black canvas, and it was recorded for evidence",
        [step("convert", format="mov")],
        probe=Probe(duration=600.0, fps=5.0, **_NO_SOUND),
        note="the same recording as a MOV",
    ),
    ask(
        "fresh380-08",
        "add the date and time on this recording video, like a time stamp",
        "which date and time (when it was recorded is not given), and where on the picture",
        ("which date", "what date", "date and time", "when", "recorded"),
        probe=Probe(duration=120.0, width=1080, height=1920),
    ),
    ask(
        "fresh380-09",
        "cut this recording of my talk to no more than 40 minutes, as the conference wants: I "
        "recorded it as if I was doing it live, and it took about an hour",
        "which parts to cut (about 20 minutes of an hour's talk; none are named)",
        ("which part", "which", "what to cut", "where", "parts"),
        probe=Probe(duration=3600.0),
    ),
    out_of_scope(
        "fresh380-10",
        "after playing this cineloop once in the viewer, the loop stops and there is no option "
        "to replay it",
        "a medical image viewer's playback, not an edit of a video file",
    ),
    out_of_scope(
        "fresh380-11",
        "export the recording of my prompted performance as a subtitle file, a file that can be "
        "uploaded to YouTube or burned into a video",
        "a teleprompter program writing its script out as a subtitle file, not an edit of a "
        "video file",
    ),
    out_of_scope(
        "fresh380-12",
        "record the video of the participant's face during my remote study, without it being "
        "simultaneously visible to the participant",
        "recording a webcam during an eye-tracking study, not an edit of a video file",
    ),
    out_of_scope(
        "fresh380-13",
        "set a specific region of this video for the detector to process instead of the whole area",
        "an object detector's region of interest, not an edit of a video file",
    ),
    out_of_scope(
        "fresh380-14",
        "add a running time display to the player: text overlaid onto the video that displays a "
        "running count of the number of seconds passed and the number of seconds total",
        "a video player's on-screen time display, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
