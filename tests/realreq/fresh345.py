"""A three-hundred-and-forty-fifth fresh, held-out collection of real requests
(tests/realreq/fresh345.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh341's, the
rows are short, typical asks; all 11 come from GitHub issues of tools travellers use (Mapillary,
LosslessCut, a timeline visualizer, GoPro overlay tools, OVRLEY, a travel site, SharedMoments,
GoPro Labs, GPStitch, a geotag camera and HandBrake): a tram line video made an MP4, empty or
noisy parts cut with none named, a trip's timeline rendered, a road trip's map, a dashcam map
layer, ski clips uploaded, an upload bug, a dive clip's flicker, a hyperlapse overlay, a date
stamp and a 4K conversion out of sync.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh345.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh345-01",
        "change this tram line video's format from M2TS to MP4: it's complicated to upload "
        "because of it",
        [step("convert", format="mp4")],
        probe=Probe(duration=600.0, width=1920, height=1080),
        note="the M2TS made an MP4",
    ),
    ask(
        "fresh345-02",
        "auto edit this video: cut out the empty or noise clips",
        "what counts as empty or noise: silent stretches, black stretches, or which parts",
        ("silent", "silence", "black", "which", "what", "noise", "empty"),
        probe=Probe(duration=600.0),
    ),
    out_of_scope(
        "fresh345-03",
        "make a time-based video of my six-day trip abroad rather than a distance-based one, so "
        "the flights don't take up most of the runtime",
        "rendering a trip's timeline on a map as a video, not an edit of a video file",
    ),
    out_of_scope(
        "fresh345-04",
        "give the journey map on my road trip videos fixed bounds that represent the entire "
        "trip, across multiple videos",
        "a GPS overlay tool's map setting, not an edit of a video file",
    ),
    out_of_scope(
        "fresh345-05",
        "add a track layer with a map to my dashcam videos, and recognize continuous video and "
        "tracks across multiple MP4 files",
        "drawing a GPS track on a map in an overlay tool, not an edit of a video file",
    ),
    out_of_scope(
        "fresh345-06",
        "let me upload the video clips of my ski trips from my iPhone, connected with Vimeo",
        "a travel site's upload feature, not an edit of a video file",
    ),
    out_of_scope(
        "fresh345-07",
        "fix the video upload: a 20 second 3840x2160 file of 105.3 MB doesn't work, while a 5 "
        "second 720x1280 file of 1.7 MB works fine",
        "an app's upload bug, not an edit of a video file",
    ),
    out_of_scope(
        "fresh345-08",
        "investigate this dive clip: during the first 30 seconds of recording the exposure "
        "undergoes sudden and very brief changes, a flickering effect, which makes the initial "
        "part of the footage completely unusable",
        "a camera's exposure bug reported to its makers, not an edit of a video file",
    ),
    out_of_scope(
        "fresh345-09",
        "generate an overlay for my Hyperlapse videos, using the DJI embedded GPS data or "
        "external GPX files, selecting only the GPX points related to the current Hyperlapse "
        "frame",
        "a GPS overlay generated from telemetry, not an edit of a video file",
    ),
    out_of_scope(
        "fresh345-10",
        "add the date to the camera's videos: the time and location are shown, which is great, "
        "but it would be ideal to have the month/day/year shown as well",
        "a recording app's stamp, not an edit of a given video file",
    ),
    out_of_scope(
        "fresh345-11",
        "tell me the right settings to convert my 4K videos (over 20GB) to stream on the new "
        "Apple TV: the video and audio are not in sync",
        "a converter's settings and its out-of-sync output, not an edit asked of one file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
