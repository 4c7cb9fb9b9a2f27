"""A fifth fresh, held-out collection of real requests (tests/realreq/fresh5.md): one checkable
case a row, encoded the way fresh4.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Each case follows its row's
`expected` column. A row whose `expected` is `[no op] …` or `[needs analysis] …` is a refusal
(`no_op`); `[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left
out of the request and the file it names is given as an asset instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .corpus import IMAGE, TEXT
from .fresh import HOW_MUCH
from .score import (
    AnyOf,
    Between,
    Case,
    Probe,
    anywhere,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh5.md")


#: 720 lines high with the shape kept (an exact 1280x720 would stretch a picture of another shape).
#: (resize's `fit`, made after this set was written, fits 1820x1080 into 1280x720 as 720 lines)
TO_720_KEPT = (
    step("resize", lines=720)
    | step("resize", height=720, width=None)
    | step("resize", width=1280, height=720, fit=True)
)

#: Comskip's commercial breaks in fresh5-01 (frame n at n/25 s; the first may start at 0), the
#: one-frame break at the very end, and what is left between the breaks.
_BREAKS = [[[start, 17.04], [911.48, 975.88], [1113.16, 1148.12]] for start in (0, 0.04)]
_LAST = [1500.84, 1500.88]
_KEPT = [[17.04, 911.48], [975.88, 1113.16], [1148.12, 1500.84]]


CASES: tuple[Case, ...] = (
    # ------------------------------------------------------------ trim and cut
    do(
        "fresh5-01",
        "remove the commercials from the video with the cut list comskip made (frames, at 25 "
        "fps): 1-426, 22787-24397, 27829-28703 and 37521-37522",
        *([step("cut_ranges", ranges=[*breaks, _LAST])] for breaks in _BREAKS),
        *([step("cut_ranges", ranges=breaks)] for breaks in _BREAKS),
        [step("keep_ranges", ranges=_KEPT)],
        probe=Probe(duration=1500.88, fps=25.0),
        note="frames at 25 fps (within the usual 1% tolerance); the last break is one frame at "
        "the very end and may be dropped",
    ),
    no_op(
        "fresh5-02",
        "cut the commercials out of the TV show I recorded a while back",
        "needs analysis",
        probe=Probe(duration=1800.0),
        note="finding the commercials is content detection",
    ),
    no_op(
        "fresh5-03",
        'cut this 15:56 rough cut of the house tour down by 70-90% into a "trailer" that still '
        "tells the same story",
        "needs analysis",
        probe=Probe(duration=956.0),
        note="choosing what tells the story is content analysis",
    ),
    ask(
        "fresh5-04",
        "automatically add a black fade transition between the merged segments on export",
        "which segments (where the joins are)",
        (*WHICH_PART, "segment", "join"),
    ),
    # ------------------------------------------------------------ audio
    no_op(
        "fresh5-05",
        "cut an audio version of the podcast recording: cut out long pauses, coughs and other "
        "noise, compress and normalize, and export it as a mono channel mp3",
        "needs analysis",
        probe=Probe(duration=3600.0),
        note="the coughs need sound analysis; mono has no operation either",
    ),
    no_op(
        "fresh5-06",
        "Add echo effect",
        "no op",
        note="README example; no operation adds an echo",
    ),
    do(
        "fresh5-07",
        "volume to 50% at 0:30",
        [step("volume", percent=50, start=30, end=None)],
        [step("volume", db=Between(-6.1, -5.9), start=30, end=None)],
        note="README example; from 0:30 on, half the level",
    ),
    # ------------------------------------------------------------ speed
    do(
        "fresh5-08",
        "speed up the video exactly 60 times (the editor only offers 2X, 4X, 8X, 16X)",
        [step("speed", factor=60, start=None, end=None), maybe(step("mute"))],
        probe=Probe(duration=3600.0),
        note="the sound may be dropped at 60x",
    ),
    ask(
        "fresh5-09",
        "accelerate/slowdown the video",
        "faster or slower, and by how much",
        (*HOW_MUCH, "faster", "slower", "factor", "which"),
    ),
    ask(
        "fresh5-10",
        "change the speed of the clip so that it fits exactly in the space provided",
        "the length it must fit (target duration)",
        (*HOW_MUCH, "length", "duration", "long", "target"),
    ),
    ask(
        "fresh5-11",
        "apply slow motion at 0:15",
        "how long the slow motion lasts (where it ends)",
        (*WHICH_PART, *HOW_MUCH, "long", "until"),
        note="README example; a moment, not a stretch",
    ),
    out_of_scope(
        "fresh5-12",
        "play the video at x2 speed while I hold click on its left or right side, like YouTube",
        "a player control",
    ),
    out_of_scope(
        "fresh5-13",
        "control the video playback speed, to do the clipping work much faster",
        "a player setting while clipping",
    ),
    # ------------------------------------------------------------ resize, crop, borders
    do(
        "fresh5-14",
        "crop 100px from left, scale to 1280x720 preserve aspect ratio, fade in for 2s",
        [
            step("crop_edges", left=100, right=0, top=0, bottom=0, unit="px"),
            TO_720_KEPT,
            anywhere(step("fade", direction="in", duration=2, target=AnyOf("both", "video"))),
        ],
        note="README example; 1820x1080 fitted into 1280x720 keeping its shape is 720 lines "
        "high (an exact 1280x720 would stretch it)",
    ),
    do(
        "fresh5-15",
        "Scale to 1.5x",
        [step("resize", percent=150)],
        [step("resize", width=2880, height=AnyOf(None, 1620))],
        [step("resize", lines=1620)],
        note="README example; 1920x1080 at 1.5x is 2880x1620",
    ),
    ask(
        "fresh5-16",
        "add bars (preferably black, or another colour) to bring the video to a target size "
        "for authoring",
        "which target size",
        ("size", "resolution", "dimensions", "aspect", "which", "target"),
    ),
    no_op(
        "fresh5-17",
        "add a black frame (borders) around the video",
        "no op",
        note="pad fills out to an aspect ratio; no operation frames every side",
    ),
    no_op(
        "fresh5-18",
        "make a border 10 pixels wide on every side, outside the picture (enlarging its width "
        "and height) instead of covering it",
        "no op",
        note="no border operation",
    ),
    no_op(
        "fresh5-19",
        "Crop to focus on face and add dramatic lighting",
        "needs analysis",
        note="README example; finding the face needs face detection",
    ),
    no_op(
        "fresh5-20",
        "zoom and move the horizontal clip so the speaker is centered, for a portrait video export",
        "needs analysis",
        note="finding the speaker needs detection",
    ),
    # ------------------------------------------------------------ rotate, lens, stabilize
    out_of_scope(
        "fresh5-21",
        "play the video rotated 180 degrees: the rtsp stream of my 3D printer is upside down",
        "a player setting on a live stream",
    ),
    out_of_scope(
        "fresh5-22",
        "turn the camera 180° in the settings before shooting: fixed on a stand facing the "
        "user, its picture is upside down",
        "a camera's capture setting",
    ),
    no_op(
        "fresh5-23",
        "render a video that corrects the lens distortion, without adding any stabilization",
        "no op",
        note="no lens-correction operation",
    ),
    no_op(
        "fresh5-24",
        "stabilize the video, then add back the fisheye lens distortion",
        "no op",
        note="no operation adds a fisheye; stabilizing alone drops the ask",
    ),
    no_op(
        "fresh5-25",
        "deinterlace the DV video from the Sony camera when converting it (ffmpeg with the "
        "yadif filter works fine)",
        "no op",
        note="no deinterlace operation",
    ),
    # ------------------------------------------------------------ colour and looks
    do(
        "fresh5-26",
        "Apply sepia filter",
        [step("sepia", start=None, end=None)],
        note="README example",
    ),
    do(
        "fresh5-27",
        "Make it warm",
        [step("look", style="warm", start=None, end=None)],
        note="README example",
    ),
    # ------------------------------------------------------------ text
    do(
        "fresh5-28",
        "Add title 'Welcome' and apply cinematic color grading",
        [
            anywhere(step("text", text="Welcome")),
            anywhere(step("look", style="cinematic", start=None, end=None)),
        ],
        note="README example; in either order, the title anywhere and for any time",
    ),
    do(
        "fresh5-29",
        "Add watermark 'My Channel'",
        [step("text", text="My Channel")],
        note="README example; a text watermark anywhere on the frame",
    ),
    ask(
        "fresh5-30",
        "add text at a self-chosen place in the video, with adaptable width, height, font and "
        "colour, to correct or explain something shown or said",
        "which text (and where, when)",
        (*TEXT, "where", "when"),
    ),
    ask(
        "fresh5-31",
        "add a design treatment / title frame to the video, with the speaker's name and role",
        "the speaker's name and role",
        (*TEXT, "name", "role"),
    ),
    do(
        "fresh5-32",
        "Create a casual vlog-style edit with jump cuts and text overlays. Add title: Day 1 vlog",
        [anywhere(step("remove_silence")), anywhere(step("text", text="Day 1 vlog"))],
        probe=Probe(duration=600.0),
        note="README example; jump cuts are silences cut out, the title is the text",
    ),
    no_op(
        "fresh5-33",
        "create a professional video with: fade in from black at the start, cinematic color "
        "grading throughout, smooth transitions between clips, slow motion to highlight "
        "important moments, cuts synced to music beats, text overlays for key points, fade out "
        "to black at the end",
        "needs analysis",
        assets=["soundtrack.mp3"],
        probe=Probe(duration=300.0),
        note="README example; important moments, beats and key points need content analysis",
    ),
    no_op(
        "fresh5-34",
        "Create a 2-minute energetic highlight reel with fast cuts and upbeat music",
        "needs analysis",
        probe=Probe(duration=600.0),
        note="README example; picking the highlights is content analysis (and no music is given)",
    ),
    # ------------------------------------------------------------ joins
    no_op(
        "fresh5-35",
        "join the second video after this one with the black-and-white video overlaid on the "
        "last second of this one and the first second of the second",
        "no op",
        assets=["video2.mp4", "bw.mp4"],
        note="no operation overlays a clip across a join",
    ),
    no_op(
        "fresh5-36",
        "cut the video to my own script: match the footage closest to what each part of the "
        "script describes, then join and export",
        "needs analysis",
        probe=Probe(duration=600.0),
        note="matching footage to text is content search",
    ),
    # ------------------------------------------------------------ blur
    no_op(
        "fresh5-37",
        "blur out the distracting background of the sit-down interview: keep the subject "
        "sharp in a letterbox frame (no need to silhouette the person), everything outside it "
        "blurry",
        "needs analysis",
        note="where the subject is needs detection; blur takes no region either",
    ),
    # ------------------------------------------------------------ still
    do(
        "fresh5-38",
        "export a frame as a picture (png, jpg) for the video's thumbnail",
        [step("still"), IMAGE],
        note="any frame: no moment is named",
    ),
    # ------------------------------------------------------------ out of scope
    out_of_scope(
        "fresh5-39",
        "pause the recording of the channel while there are advertisements, then resume it",
        "pausing a live recording",
    ),
    out_of_scope(
        "fresh5-40",
        "record my video clips at 1x instead of retina resolution, and at a lower frame rate",
        "a screen recorder's capture setting",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
