"""A two-hundred-and-eighty-seventh fresh, held-out collection of real requests
(tests/realreq/fresh287.md): one checkable case a row, encoded the way fresh285.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh285's, the
rows are short, typical asks; they come from people who work with medical and research video
(MRI and ultrasound clips, DICOM viewers and libraries, surgical datasets, eye trackers, video
annotation tools), a surgeon's blog and a few recording tools: an MRI avi converted for
annotation, HEVC made H.264, an unplayable eye-tracking export, 60 fps made 30, a webm
recording made a seekable mp4, a 1080p video made to work for annotation, an operation filmed
sideways in parts, a video playing too fast, an avi made DICOM, and seven asks that are not
edits of a video (DICOM files and series, a viewer's cine speed, blacked-out frames, a
player's export, infant gaze tracking).
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh287.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh287-01",
        "convert this MRI video, stored in avi format, before I import it for annotation",
        [step("convert", format="mp4"), maybe(step("codec", codec="h264"))],
        [step("codec", codec="h264"), maybe(step("convert", format="mp4"))],
        [step("convert", format="webm")],
        probe=Probe(duration=20.0, width=512, height=512, fps=25.0, has_audio=False),
        note="made again as an mp4 (or webm) an annotation tool imports",
    ),
    do(
        "fresh287-02",
        "convert this video recorded in our app from HEVC/h265 to h264: in Chrome only the "
        "still frame of the first image shows and only the audio stream plays",
        [step("codec", codec="h264"), maybe(step("convert", format="mp4"))],
        probe=Probe(duration=30.0, width=1920, height=1080),
        note="the picture encoded again as H.264",
    ),
    do(
        "fresh287-03",
        "make this exported eye-tracking video (with the gaze point added) playable: it says "
        "the file isn't playable, and other players say it's an invalid frame rate",
        [step("reencode"), maybe(step("convert", format="mp4"))],
        [step("codec", codec="h264"), maybe(step("convert", format="mp4"))],
        [step("convert", format="mp4")],
        [step("fps", fps=Between(24, 30))],
        probe=Probe(duration=600.0, width=1280, height=720, fps=30.0),
        note="made again as a file players open, at a sound frame rate",
    ),
    do(
        "fresh287-04",
        "this video is encoded at 60 fps, while the other videos are encoded at 30 fps: encode "
        "it correctly, at 30 fps",
        [step("fps", fps=30)],
        probe=Probe(duration=1200.0, fps=60.0),
        note="30 frames a second, same length",
    ),
    do(
        "fresh287-05",
        "convert this 10 s screen recording made with mediaRecorder from webm to mp4 "
        "(converted without re-encoding, the video still can't show its total duration or "
        "fast-forward)",
        [step("convert", format="mp4"), maybe(step("reencode"))],
        [step("reencode"), step("convert", format="mp4")],
        [step("codec", codec="h264"), maybe(step("convert", format="mp4"))],
        probe=Probe(duration=10.0, width=1920, height=1080, fps=30.0),
        note="an mp4, encoded again so that its length and seeking work",
    ),
    do(
        "fresh287-06",
        "make this 1 minute long 1080p video (38.5 MB) work for annotation: the frame "
        "extraction never starts, while I've successfully annotated 720p videos that are "
        "larger in file size",
        [step("resize", lines=720)],
        [step("resize", height=720)],
        [step("codec", codec="h264")],
        probe=Probe(duration=60.0, width=1920, height=1080),
        note="scaled to 720p, like the videos that work (or encoded again as H.264)",
    ),
    ask(
        "fresh287-07",
        "this video of the operation is shot sideways in parts: the resident had been "
        "rotating the camera periodically, and the video had turned through 90 degrees in "
        "parts; we cannot expect viewers to turn their heads through 90 degrees while they "
        "watch it",
        "which parts are turned (their start and end times), and which way",
        (*WHICH_PART, "which parts", "which way", "direction", "clockwise"),
        probe=Probe(duration=1800.0, width=1280, height=720),
    ),
    ask(
        "fresh287-08",
        "this video (made by TimeLapseBuilder) is playing too fast",
        "how much slower (a speed or a frame rate)",
        ("how much", "how slow", "slower", "speed", "frame rate", "fps", "which", "what"),
        probe=Probe(duration=20.0, fps=8.0, has_audio=False),
    ),
    no_op(
        "fresh287-09",
        "convert this avi video into multi-frame DICOM format, so that it can be viewed and "
        "annotated",
        "no op: a multi-frame DICOM object; no operation writes DICOM",
        probe=Probe(duration=30.0, width=800, height=600, fps=25.0),
    ),
    out_of_scope(
        "fresh287-10",
        "make this ultrasound clip, a DICOM file Horos imports only as a single image, "
        "reviewable as a clip and exportable as a video",
        "a DICOM file in a viewer (the fix was to save the clip as avi on the ultrasound "
        "machine), not an edit of a video",
        probe=Probe(duration=5.0, width=800, height=600),
    ),
    out_of_scope(
        "fresh287-11",
        "convert this dicom video to mp4",
        "the input is a DICOM object, not a video file the editor reads; taking the video out "
        "of its DICOM wrapper is a DICOM library's work",
        probe=Probe(duration=10.0, width=800, height=600),
    ),
    out_of_scope(
        "fresh287-12",
        "when I increase the FPS (cine speed) in the viewer, these ultrasound clips run slower "
        "than the desired cine speed, depending on the image size",
        "a DICOM viewer's playback on one machine, not an edit of the file",
        probe=Probe(duration=5.0, width=800, height=600),
    ),
    out_of_scope(
        "fresh287-13",
        "convert this series of DICOM images into a video",
        "a series of DICOM images, not the given video",
        probe=Probe(duration=10.0, width=512, height=512),
    ),
    out_of_scope(
        "fresh287-14",
        "give me back the original frames of this surgical video: it has many black video frames",
        "the out-of-body frames were blacked out for privacy; no edit brings them back",
        probe=Probe(duration=2400.0, width=854, height=480, fps=25.0),
    ),
    out_of_scope(
        "fresh287-15",
        "when I export this video the work I added to it (eye movement) doesn't appear in the "
        "exported one",
        "an eye-tracking player's export of its own visualisation, not an edit of the file",
        probe=Probe(duration=600.0, width=1280, height=720),
    ),
    out_of_scope(
        "fresh287-16",
        "track whether the infant in this recording from the camera looks at the screen "
        "(under the camera); the data are already collected",
        "eye tracking, an analysis of the picture, not an edit",
        probe=Probe(duration=300.0, width=1280, height=720),
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
