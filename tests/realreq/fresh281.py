"""A two-hundred-and-eighty-first fresh, held-out collection of real requests
(tests/realreq/fresh281.md): one checkable case a row, encoded the way fresh277.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh277's, the
rows are short, typical asks; all 13 come from GitHub issues of self-hosted media tools and
home servers (youtube-dl and yt-dlp, Unmanic, Tdarr, Frigate, Jellyfin, Nextcloud, a Kodi PVR
add-on, a Korean downloader): a part of a video kept, a time range with none given, ten minutes
as an mp3, a video scaled down, an MKV made a smaller MP4, descriptive audio tracks dropped, an
NVR's footage merged, a Twitch VOD's muted part, public areas blacked out, a movie's two CD
files joined, a big video split and a TV recording's excess ends.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import MP3, AnyOf, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh281.md")

_FIRST_TEN = step("trim", start=AnyOf(0, None), end=600) | step("keep_ranges", ranges=[[0, 600]])
_SMALLER = step("quality", level="small") | step("codec", codec="hevc")

CASES: tuple[Case, ...] = (
    do(
        "fresh281-01",
        "keep just the part from 2:00 to 3:00 of this 5 minute video",
        [step("trim", start=120, end=180)],
        [step("keep_ranges", ranges=[[120, 180]])],
        probe=Probe(duration=300.0),
        note="2:00 to 3:00 kept",
    ),
    do(
        "fresh281-02",
        "I don't need the whole stream, just a certain part of it: keep from 5:01 to 16:43 of "
        "this stream recording",
        [step("trim", start=301, end=1003)],
        [step("keep_ranges", ranges=[[301, 1003]])],
        probe=Probe(duration=7200.0),
        note="5:01 to 16:43 kept",
    ),
    ask(
        "fresh281-03",
        "keep only a time range of this YouTube video",
        "which time range (its start and end)",
        (*WHICH_PART, "range", "which part"),
        probe=Probe(duration=900.0),
    ),
    do(
        "fresh281-04",
        "take 10 minutes from this 10 hours video, 00:00:00 to 00:10:00, as mp3 audio",
        [_FIRST_TEN, MP3],
        [MP3, _FIRST_TEN],
        probe=Probe(duration=36000.0),
        note="the first ten minutes, as an mp3",
    ),
    ask(
        "fresh281-05",
        "scale down this video",
        "to what size (a resolution, a width or a percentage)",
        ("what size", "which size", "resolution", "how small", "width", "percent", "720p", "480p"),
        probe=Probe(duration=1800.0),
    ),
    do(
        "fresh281-06",
        "convert this MKV to MP4 to reduce storage (remuxed, the converted files are slightly "
        "larger than the original; not what I was expecting)",
        [step("convert", format="mp4"), anywhere(_SMALLER), maybe(_SMALLER)],
        [_SMALLER, step("convert", format="mp4"), maybe(_SMALLER)],
        probe=Probe(duration=2700.0),
        note="an MP4, encoded smaller (a remux alone grew the files)",
    ),
    no_op(
        "fresh281-07",
        "remove the Descriptive Audio tracks from this video, just like commentary tracks removal",
        "no op: one of several audio streams dropped; no operation selects or drops audio streams",
        probe=Probe(duration=6000.0),
    ),
    out_of_scope(
        "fresh281-08",
        "export the camera footage from 8/25/2022 15:33:04 until 8/27/2022 08:23:22 as a single"
        " video, with timestamps optional, for the police or neighbors",
        "gathering and merging an NVR's recording segments between two dates; no given file "
        "to edit",
        probe=Probe(duration=60.0, width=2560, height=1440),
    ),
    out_of_scope(
        "fresh281-09",
        "make the copyright-silenced section of this Twitch replay play with sound, as the "
        "original video without the copyright section",
        "the sound Twitch muted (copyright) is not in the file; nothing to restore it from",
        probe=Probe(duration=18000.0),
    ),
    ask(
        "fresh281-10",
        "black out the public areas from this recording: in some regions (e.g. Germany) you are"
        " not allowed to record any public areas outside your property due to data privacy laws",
        "which area of the frame to black out (where it is)",
        ("which area", "which part", "which region", "where", "area", "region", "coordinates"),
        probe=Probe(duration=60.0, width=2560, height=1440),
    ),
    do(
        "fresh281-11",
        "join this movie's two files (CD1 and CD2) into one movie",
        [step("join", clips=AnyOf(["cd2.mkv"], []), at=AnyOf("end", None))],
        assets=["cd2.mkv"],
        probe=Probe(duration=3600.0, fps=23.976),
        note="CD2 played after CD1, as one movie",
    ),
    no_op(
        "fresh281-12",
        "split this big 16:22 min video into chunks, so that it uploads (it stops there with a "
        "Read File Error)",
        "no op: several files from one video; no operation splits a video into parts",
        probe=Probe(duration=982.0),
    ),
    ask(
        "fresh281-13",
        "exclude the excess content before and after the recorded show (I set up the system to "
        "record a couple of minutes before and after the planned program time, to make sure I "
        "get it all)",
        "where the show starts and ends (how much to cut at each end)",
        (*WHICH_PART, "how much", "how many", "minutes", "seconds"),
        probe=Probe(duration=3900.0, width=1280, height=720),
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
