"""A three-hundred-and-nineteenth fresh, held-out collection of real requests
(tests/realreq/fresh319.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh317's, the
rows are short, typical asks; 15 come from GitHub issues and pull requests, one from a
scientist's blog and one from a plugin's README (scientists and lab people: BORIS, viana,
DeepLabCut, ezTrack, an open-science prize, pymapdl-reader, blackbox-log-viewer, a thermal image
parser, an astrophysicist, minian, an animal tracker, deepethogram, JHelioviewer, Micro-Manager,
the ethoscope and an MP4 stream plugin): an outline of a housing's areas laid over the video, a
phone video turned right way up, a region of interest cropped by its corners, a .mov made an
MP4, a mockup movie made a GIF, an animation slowed to one frame a second, goggles' AVI made an
H.264 mp4, a thermal palette changed, a QuickTime movie wanted as MPEG-1, calcium imaging at an
unknown frame rate, an open field box and a water maze cropped where not said, a labelling GUI's
timestamp, a solar viewer's time stamps, an export dialog's AVI, a device's failing conversion and
a microscope's live view recorded.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import GIF, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh319.md")

_MP4 = step("convert", format="mp4")
_H264 = step("codec", codec="h264")
_NO_SOUND = {"has_audio": False}
_WHERE = ("where", "which", "region", "area", "coordinates", "pixel", "position", "box")

CASES: tuple[Case, ...] = (
    do(
        "fresh319-01",
        "overlay an image onto this video which outlines the borders of each area of the "
        "housing: I want to know what areas of the housing are being used, but there are no "
        "defining features in the video",
        [step("overlay_image", file="areas.png")],
        assets=["areas.png"],
        probe=Probe(duration=600.0, width=1280, height=720, **_NO_SOUND),
        note="the outline image laid over the picture",
    ),
    do(
        "fresh319-02",
        "turn this phone video the right way up for a movement analysis in sport: it is "
        "displayed the wrong way round (upside down)",
        [step("rotate", degrees=180)],
        probe=Probe(duration=20.0, fps=60.0),
        note="a half turn",
    ),
    do(
        "fresh319-03",
        "crop this video to the region x1=0, x2=1920, y1=380, y2=650, the cropped region I "
        "trained on, so that only that ROI is analyzed and not the whole frame",
        [step("crop_area", width=1920, height=270, x=AnyOf(0, None), y=380)],
        [step("crop_edges", top=380, bottom=430, left=0, right=0, unit="px")],
        probe=Probe(duration=300.0, **_NO_SOUND),
        note="the band from y=380 to y=650, the full width",
    ),
    do(
        "fresh319-04",
        "convert this .mov (Mac) video to MP4: only 26 frames of my video of around 9000 frames "
        "are being analyzed, the .mov is difficult to read",
        [_MP4, maybe(_H264)],
        [_H264, _MP4],
        probe=Probe(duration=300.0, **_NO_SOUND),
        note="an MP4 of the .mov",
    ),
    do(
        "fresh319-05",
        "convert this mockup movie, exported from Keynote to QuickTime, to a GIF to show the "
        "mockup in the README",
        [anywhere(GIF), maybe(step("resize")), maybe(step("fps"))],
        probe=Probe(duration=20.0, width=1280, height=720, **_NO_SOUND),
        note="an animated GIF",
    ),
    do(
        "fresh319-06",
        "make this saved animation movie play at an fps of 1, as I asked the animation for: the "
        "movie file is saved at the default fps, which is 24, and NOT 1",
        [step("speed", factor=Between(0.04, 0.043)), maybe(step("fps"))],
        probe=Probe(duration=2.0, width=1024, height=768, fps=24.0, **_NO_SOUND),
        note="24 times slower: each frame shown for a second, none dropped",
    ),
    do(
        "fresh319-07",
        "convert this AVI file from my EACHINE EV200d goggles into an H.264/MPEG-4 AVC mp4, so "
        "the log viewer can load it",
        [_MP4, maybe(_H264)],
        [_H264, _MP4],
        probe=Probe(duration=180.0, width=720, height=480, fps=30.0),
        note="an H.264 MP4 of the AVI",
    ),
    no_op(
        "fresh319-08",
        "convert this thermal video in whitehot to ironred",
        "no op: the white-hot grey levels mapped to an iron-red false-colour palette",
        probe=Probe(duration=60.0, width=640, height=512, fps=30.0, **_NO_SOUND),
    ),
    no_op(
        "fresh319-09",
        'convert this "perfectly good" QuickTime movie (an H.264 .MOV) into MPEG-1 format, to '
        "accompany a journal article in a widely-read astrophysics journal",
        "no op: an MPEG-1 (.mpg) file; no output format is MPEG",
        probe=Probe(duration=30.0, width=1024, height=1024, **_NO_SOUND),
    ),
    ask(
        "fresh319-10",
        "make this processed calcium imaging video play at the right frame rate: the calcium "
        "dynamics (rise and decay) are quite a bit slower than I would expect from my GECI, and "
        "slower than in the raw movie I input; maybe a mismatch between the acquisition "
        "framerate and the framerate of the output video",
        "the acquisition frame rate (or how much faster), which is not given",
        ("frame rate", "framerate", "fps", "acquisition", "how much", "how fast", "recorded"),
        probe=Probe(duration=300.0, width=600, height=480, fps=20.0, **_NO_SOUND),
    ),
    ask(
        "fresh319-11",
        "crop this open field video to the box: there is movement outside the box, and if I "
        "don't crop the video I get interference with where the centre of mass is for the "
        "animal",
        "where the box is (the region to keep is not given)",
        _WHERE,
        probe=Probe(duration=600.0, width=1280, height=720, **_NO_SOUND),
    ),
    ask(
        "fresh319-12",
        "crop this Morris Water Maze video to the full test environment, without any section of "
        "pixels cut off",
        "where the test environment is (the region to keep is not given)",
        _WHERE,
        probe=Probe(duration=120.0, width=1280, height=720, **_NO_SOUND),
    ),
    out_of_scope(
        "fresh319-13",
        "include the video's timestamp on the top left corner under the video info box of the "
        "labelling GUI: super helpful to anyone starting a project with already manually "
        "analyzed videos",
        "a display in a labelling program's GUI, not an edit of a video file",
    ),
    out_of_scope(
        "fresh319-14",
        "bring back the optional time stamps of the movie export, hard ones for embedding in "
        "presentations: in scientific talks one often wants to show on which time scale "
        "something happens, and how big the difference is between the times the images of the "
        "single layers were taken",
        "a solar viewer's movie export with its layers' observation times, not an edit of a "
        "given video",
    ),
    out_of_scope(
        "fresh319-15",
        "provide output as AVI in the Export as Displayed dialog, using the ImageJ code that "
        "saves AVIs (with JPEG compression option)",
        "an export option of a microscope program, not an edit of a video file",
    ),
    out_of_scope(
        "fresh319-16",
        "make Convert Video on my ethoscope produce the mp4 of a newly recorded video: the log "
        "says the folder was successfully processed, but the new video doesn't show up in the "
        "list, no matter how long I wait",
        "a tracking device's conversion of its own recordings failing, not an edit of a file",
    ),
    out_of_scope(
        "fresh319-17",
        "record the grayscale frames of my scientific camera's live view straight to an MP4, "
        "with a timestamp and scale bar overlay, to show a colleague what's happening on the "
        "scope right now",
        "recording a microscope's live view, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
