"""A three-hundred-and-seventy-fifth fresh, held-out collection of real requests
(tests/realreq/fresh375.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh373's, the
rows are short, typical asks; all 18 come from GitHub issues of downloader users (youtube-dl,
yt-dlp, gallery-dl and front-ends: ytDownloader, TVerRec, Seal, yt-dlp-gui, redvid, a Crunchyroll
downloader, a Flow Launcher plugin and a bilibili downloader): a download compressed under
500 MB or to an unnamed size or just smaller, the audio alone or as an MP3 for an alarm, VP9
turned to H.264 for Vegas and H.265 for an Apple TV, a song's volume normalised, a video made a
GIF and a GIF made a video, an episode with its subtitle burnt in, two segments as separate
clips, an arbitrary section, unwanted stuff at the ends and a highlight GIF with no times, and a
downloader's post-processing, its thumbnails and a codec the site serves.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, MP3, SOUND_ALONE, AnyOf, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh375.md")

_SMALLER_1080 = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))
_SMALLER_720 = step("resize", lines=Below(720)) | step("resize", percent=Below(100))
_SMALL = step("quality", level=AnyOf("small", "balanced"))
_NO_SOUND = {"has_audio": False}

CASES: tuple[Case, ...] = (
    do(
        "fresh375-01",
        "compress this video when it goes beyond a 500 MB file size limit: I downloaded it from "
        "YT and it was 1.1 GiB",
        [step("compress", max_mb=Between(400, 525)), maybe(_SMALLER_1080)],
        probe=Probe(duration=3600.0),
        note="the 1.1 GiB download compressed under 500 MB (MB or MiB)",
    ),
    ask(
        "fresh375-02",
        "compress this video to a target file size",
        "what size (none is given, in MB or GB)",
        ("what size", "which size", "how big", "how small", "target", "MB", "megabytes"),
        probe=Probe(duration=600.0),
    ),
    do(
        "fresh375-03",
        "reduce the size of this downloaded 46-minute TV drama episode, 720p with subtitles: at "
        "740MB it is too big",
        [_SMALL, maybe(_SMALLER_720)],
        [step("compress", max_mb=Between(1, 740)), maybe(_SMALLER_720)],
        [_SMALLER_720, maybe(_SMALL)],
        probe=Probe(duration=2760.0, width=1280, height=720),
        note="a smaller file: a smaller quality, a size under 740 MB, or a lower resolution",
    ),
    do(
        "fresh375-04",
        "extract the audio only from this video, not the video",
        [SOUND_ALONE],
        probe=Probe(duration=240.0),
        note="the sound alone",
    ),
    do(
        "fresh375-05",
        "save the audio of this video as an MP3 file to use as a tune for alarms: my phone needs "
        "the MP3 file for it to work",
        [MP3],
        probe=Probe(duration=180.0),
        note="the sound alone, as an mp3",
    ),
    do(
        "fresh375-06",
        "change the codec of this downloaded video to a more common one: it is .mp4 but the codec "
        "is VP9, which is not supported by Vegas Pro 17.0",
        [step("codec", codec="h264")],
        probe=Probe(duration=1399.0),
        note="the picture re-encoded as H.264",
    ),
    do(
        "fresh375-07",
        "export this downloaded video in the H.265 (HEVC) format: my primary viewing device is an "
        "Apple TV",
        [step("codec", codec="hevc")],
        probe=Probe(duration=900.0),
        note="the picture re-encoded as H.265 (HEVC)",
    ),
    do(
        "fresh375-08",
        "normalise the volume of this song video: in my playlist some songs are loud and "
        "occasionally one is quieter, needing me to turn up my volume",
        [step("normalize")],
        probe=Probe(duration=210.0),
        note="the sound brought to a standard loudness",
    ),
    do(
        "fresh375-09",
        "turn this video into a gif",
        [GIF],
        probe=Probe(duration=10.0),
        note="an animated GIF of the video",
    ),
    do(
        "fresh375-10",
        "convert this downloaded gif to a video file",
        [step("convert", format=AnyOf("mp4", "webm", "mkv", "mov"))],
        probe=Probe(duration=5.0, width=480, height=270, fps=15.0, **_NO_SOUND),
        note="the GIF saved as a video (mp4 most likely)",
    ),
    do(
        "fresh375-11",
        "create an MP4 video of this episode with the subtitle integrated",
        [step("subtitles", file=AnyOf("subs.ass", None)), maybe(step("convert", format="mp4"))],
        assets=["subs.ass"],
        probe=Probe(duration=1440.0),
        note="the ASS subtitle burnt into the picture, saved as mp4",
    ),
    no_op(
        "fresh375-12",
        "from this 3 minute video, I want just a segment at 0:00 through 0:25, and perhaps "
        "another at 1:03 through 1:25, saved as individual clips",
        "no op: two clips (0:00-0:25, 1:03-1:25), each its own file; an operation writes one",
        probe=Probe(duration=180.0),
    ),
    ask(
        "fresh375-13",
        "keep only an arbitrary section of this video (or the audio portion of that section)",
        "which section, from when to when (no times are given)",
        (*WHICH_PART, "which section"),
        probe=Probe(duration=600.0),
    ),
    ask(
        "fresh375-14",
        "cut off the stuff at the beginning or the end of this video that I do not want",
        "how much, or from when to when, to keep (no times are given)",
        ("how much", "how many", "how long", "seconds", *WHICH_PART),
        probe=Probe(duration=600.0),
    ),
    ask(
        "fresh375-15",
        "cut out the highlight scene of this video as a GIF to share on social media",
        "which part, from when to when (no times are given)",
        (*WHICH_PART, "which scene"),
        probe=Probe(duration=600.0),
    ),
    out_of_scope(
        "fresh375-16",
        "make gallery-dl convert any and all videos it receives through an ffmpeg command, "
        "regardless of what website it's from",
        "a downloader's post-processing setup for every download, not an edit of one video",
    ),
    out_of_scope(
        "fresh375-17",
        "let me customize the thumbnail this M3U8 video shows in the Download section of the Seal "
        "app: it has no thumbnail, making it look odd",
        "a downloader app's list thumbnails, not an edit of a video file",
    ),
    out_of_scope(
        "fresh375-18",
        "download this YouTube video in the new video codec VVC (H.266)",
        "a downloader's support for a format the site serves, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
