"""A three-hundred-and-seventy-seventh fresh, held-out collection of real requests
(tests/realreq/fresh377.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh373's, the
rows are short, typical asks, all from GitHub issues written in Chinese or Japanese (RxFFmpeg,
PLDroidShortVideo, WeiXinRecordedDemo, onestep, QuickCut, TZImagePickerController,
open-chat-video-editor, BewlyCat, PiliNara, MaterialSearch and Hayaemon): the sound extracted,
the background music replaced, a front camera's mirrored video set right, a 90M recording made to
fit 50M, an mkv's own subtitles burnt into an mp4, a video cut (but which part), a long video made
short (but how long), rotate buttons in two players, clips searched out of a library, and an
app's recording saved at double speed.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import SOUND_ALONE, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh377.md")

_SMALL = step("quality", level="small")
_SMALLER_1080 = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))

CASES: tuple[Case, ...] = (
    do(
        "fresh377-01",
        "extract the audio in this video",
        [SOUND_ALONE],
        probe=Probe(duration=180.0),
        note="the sound alone",
    ),
    do(
        "fresh377-02",
        "replace the background music of this short video",
        [step("replace_audio", file="music.mp3")],
        assets=["music.mp3"],
        probe=Probe(duration=15.0, width=720, height=1280),
        note="the new music as the short video's sound",
    ),
    do(
        "fresh377-03",
        "this video, taken with the front camera, is the reverse of what the preview showed (it "
        "is mirrored): set it the right way round",
        [step("flip", direction="horizontal")],
        probe=Probe(duration=15.0, width=720, height=1280),
        note="mirrored left to right",
    ),
    do(
        "fresh377-04",
        "make this MP4 I made with Mirillis fit the 50M limit: the picture is sharp, but 5-odd "
        "minutes of it are 90M",
        [step("compress", max_mb=Between(1, 50)), maybe(_SMALLER_1080)],
        [_SMALL, maybe(_SMALLER_1080)],
        [_SMALLER_1080, _SMALL],
        probe=Probe(duration=320.0),
        note="a smaller file: under 50 MB, or a smaller quality",
    ),
    no_op(
        "fresh377-05",
        "convert this mkv to mp4 with hard subtitles: the mkv has its subtitles embedded; put "
        "them straight into the MP4's picture",
        "no op: the mkv's own subtitle track burnt in; subtitles burns only a given file",
        probe=Probe(duration=1440.0),
    ),
    ask(
        "fresh377-06",
        "now that I have chosen this video, edit and cut it, the way WeChat's and QQ's pickers do",
        "what to cut: which part to keep (from when to when), or which area of the picture",
        ("which part", "which", "from when", "where", "start", "end", "area", "range"),
        probe=Probe(duration=60.0, width=720, height=1280),
    ),
    ask(
        "fresh377-07",
        "turn this long video into a short video",
        "how long the short video should be, and which part of it to keep",
        ("how long", "which part", "which", "length", "how many seconds", "duration"),
        probe=Probe(duration=1800.0),
    ),
    out_of_scope(
        "fresh377-08",
        "add a button to the video playback page that rotates (and mirrors) the video",
        "a rotate and mirror button in a browser extension's player, not an edit of a video file",
    ),
    out_of_scope(
        "fresh377-09",
        "while I watch some videos, give me a button that turns the video 90 degrees to the left "
        "or right, or let me rotate what is playing with two fingers",
        "rotating the picture in a video app's player while watching, not an edit of a video file",
    ),
    out_of_scope(
        "fresh377-10",
        "search my many local clips by text, and clip out and download the few seconds of each "
        "result where the matching picture appears, with a length I can set",
        "searching a library of videos by text and clipping the matches, not an edit of one video",
    ),
    out_of_scope(
        "fresh377-11",
        "when I save my recorded data as a video, it is saved at double speed: fix it",
        "a bug in an app's export of a recording, not an edit of a given video",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
