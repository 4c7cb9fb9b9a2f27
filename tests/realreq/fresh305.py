"""A three-hundred-and-fifth fresh, held-out collection of real requests
(tests/realreq/fresh305.md): one checkable case a row, encoded the way fresh301.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh301's, the
rows are short, typical asks; 18 come from GitHub issues and one from a MATLAB newsgroup thread
(scientists and engineers making movies from simulations and plots: tomviz, taichi, a USGS
animation, gifcurry, FileConverter, gganimate, inductiva, a GIF library, ggmolvis, SwiftGif,
videomonkey, termtosvg, OpenShot, ParticlePack, VIAMD, PyMOL, BlenderProc and knitr): an
uncompressed AVI compressed, a simulation gif made smaller, a GIF made a video, a gif slowed a
little, a MATLAB movie made to play in PowerPoint, a GIF made an MP4 that plays, a gif made 28
seconds long, a simulation video played in real time, a gif made to loop, frozen frames at a
movie's end, a speed with no direction, a "generic format", a recording trimmed with no times,
frames cut with none named, a program's window recorded, trajectories and a camera rendered,
render containers made gifs and a video embedded by a document renderer.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope, smaller_gif
from .score import GIF, WHOLE, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh305.md")

_MP4 = step("convert", format="mp4")
_WEBM = step("convert", format="webm")
_H264 = step("codec", codec="h264")
_SMALL = step("quality", level="small")
_SMALLER_1080 = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))
_PLAYS = ([_MP4, maybe(_H264)], [_H264, _MP4])
_NO_SOUND = {"has_audio": False}

CASES: tuple[Case, ...] = (
    do(
        "fresh305-01",
        "compress this short AVI movie of a camera orbit: it seems to be written without "
        "compression (I compressed a short movie from ~1GB to 512k in VLC)",
        [_SMALL, maybe(_SMALLER_1080), maybe(_MP4), maybe(_H264)],
        [step("compress", max_mb=Between(0.1, 1000)), maybe(_SMALLER_1080), maybe(_MP4)],
        [_MP4, maybe(_H264), maybe(_SMALL)],
        [_H264, maybe(_MP4), maybe(_SMALL)],
        [_SMALLER_1080, _SMALL],
        probe=Probe(duration=20.0, width=1920, height=1080, fps=30.0, **_NO_SOUND),
        note="a smaller file: any compressing re-encode of an uncompressed AVI",
    ),
    do(
        "fresh305-02",
        "reduce the size of this gif of my simulation results: it is tens of MB, which is "
        "certainly too heavy to upload to any web page",
        *smaller_gif(512, 512, 24.0),
        probe=Probe(duration=10.0, width=512, height=512, fps=24.0, **_NO_SOUND),
        note="a smaller GIF of a 512x512 simulation GIF at 24 fps",
    ),
    do(
        "fresh305-03",
        "make this a video, not a GIF (file size issues): at a minimum we have 365 frames and we "
        "need to keep the file size reasonable (videos are better at compressing the frames)",
        *_PLAYS,
        [_WEBM],
        probe=Probe(duration=52.0, width=1024, height=512, fps=7.0, **_NO_SOUND),
        note="the GIF made an MP4 (or a webm)",
    ),
    do(
        "fresh305-04",
        "slow this gif made from a video down a little: most gifs made from a video need to be "
        "slowed down a little to make sense",
        [step("speed", factor=Between(0.5, 0.95), **WHOLE), maybe(GIF)],
        probe=Probe(duration=5.0, width=480, height=270, fps=15.0, **_NO_SOUND),
        note="a little slower, all of it",
    ),
    do(
        "fresh305-05",
        "make this movie I generated in MATLAB play in Powerpoint: I can play it in Windows Media "
        "Player, but if I email the movie to myself it does not work, and I can play any movie in "
        "Powerpoint except for those I generate in MATLAB",
        *_PLAYS,
        # (the row's `expected` column takes codec(h264) alone too; the set's lead added it at
        # registration, where the encoding had left it out)
        [_H264],
        probe=Probe(duration=10.0, width=560, height=420, fps=15.0, **_NO_SOUND),
        note="an H.264 MP4 PowerPoint plays",
    ),
    do(
        "fresh305-06",
        "convert this animated GIF to an MP4 that plays: when I convert it, Firefox shows "
        "\"Video can't be played because the file is corrupt\" and Windows 10's Film & TV app "
        "just shows a black screen",
        *_PLAYS,
        probe=Probe(duration=5.0, width=480, height=270, fps=10.0, **_NO_SOUND),
        note="an H.264 MP4 browsers play",
    ),
    do(
        "fresh305-07",
        "change the transition time of this animation: I need a gif of 28 seconds",
        [step("speed", factor=Between(0.34, 0.37), **WHOLE), maybe(GIF)],
        probe=Probe(duration=10.0, width=480, height=480, fps=10.0, **_NO_SOUND),
        note="a 10-second animation played over 28 seconds",
    ),
    do(
        "fresh305-08",
        "make this video play in real time: it shows 2 seconds of simulation, but it takes 12 "
        "seconds to run, which means that it is being shown 6 times slower than real speed",
        [step("speed", factor=Between(5.9, 6.1), **WHOLE)],
        probe=Probe(duration=12.0, width=1280, height=720, fps=10.0, **_NO_SOUND),
        note="six times as fast, all of it",
    ),
    do(
        "fresh305-09",
        "make this gif play in a loop: right now it plays once and then stops",
        [GIF],
        probe=Probe(duration=3.0, width=240, height=240, fps=10.0, **_NO_SOUND),
        note="the GIF made again, which plays on a loop",
    ),
    no_op(
        "fresh305-10",
        'cut the large amount of "dead time" with identical frames at the end of this movie: '
        "more than half of it is MD frames where nothing happens, and there is no such dead time "
        "in the actual trajectory",
        "needs analysis: finding where the identical frames at the end begin (freezedetect)",
        probe=Probe(duration=20.0, width=1000, height=1000, fps=24.0, **_NO_SOUND),
    ),
    ask(
        "fresh305-11",
        "adjust the speed of this animation",
        "faster or slower, and by how much",
        ("faster", "slower", "how much", "how fast", "factor", "speed"),
        probe=Probe(duration=4.0, width=320, height=320, fps=15.0, **_NO_SOUND),
    ),
    ask(
        "fresh305-12",
        "convert this .mov to a generic format: I am only able to convert to Apple Devices and "
        "I would prefer the flexibility to convert to Generic Formats",
        "which format (none is named)",
        ("which format", "format", "mp4", "mkv", "avi", "which"),
        probe=Probe(duration=300.0, width=1280, height=720),
    ),
    ask(
        "fresh305-13",
        "trim the startup, the loading and the shutdown out of this raw recording, keeping only "
        "the content",
        "where the startup, loading and shutdown are (no times are given)",
        (*WHICH_PART, "second", "timestamp"),
        probe=Probe(duration=60.0, width=1280, height=720, **_NO_SOUND),
    ),
    ask(
        "fresh305-14",
        "cut out the frames I don't want from this video",
        "which frames (none are named)",
        (*WHICH_PART, "frames", "second"),
        probe=Probe(duration=120.0),
    ),
    out_of_scope(
        "fresh305-15",
        "save the shaking, packing and pouring process as a movie when I run the executable file",
        "recording a program's window while it runs, not an edit of a video file",
    ),
    out_of_scope(
        "fresh305-16",
        "export trajectory movies from this with ffmpeg, like pymol: the movie effect is "
        "fantastic!",
        "rendering a molecular trajectory as a movie in a viewer, not an edit of a video file",
    ),
    out_of_scope(
        "fresh305-17",
        "create a movie for this 100-frame molecular dynamics trajectory of a protein-ligand "
        "complex where, before the trajectory starts to play, the camera rotates from an overview "
        "of the whole complex to the ligand in 100 frames",
        "rendering a molecule and its camera in PyMOL, not an edit of a video file",
    ),
    out_of_scope(
        "fresh305-18",
        "write the .png files from the render process straight to gif files: it took me "
        "unnecessary minutes for each setting to extract the hdf5 containers and then run my "
        "additional script",
        "a renderer's output (hdf5 containers of frames), not a video file",
    ),
    out_of_scope(
        "fresh305-19",
        "make this mp4 animation show in the powerpoint my qmd file renders: it renders fine in "
        'html, but in powerpoint the mp4 comes out with "The picture can\'t be displayed"',
        "a document renderer (knitr/Quarto) embedding a video in a pptx, not an edit of the video",
        probe=Probe(duration=10.0, width=480, height=480, fps=25.0, **_NO_SOUND),
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
