"""A hundred-and-sixty-third fresh, held-out collection of real requests
(tests/realreq/fresh163.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh161's, the
rows are short, typical asks, like the development set's; 8 come from GitHub issues of AI and
automation tools for video (a Node ffmpeg installer, a ComfyUI FFmpeg node pack, a reframing app,
an AI narration tool, a no-code video API, an n8n FFmpeg node, a Telegram compressor bot and a
Telegram YouTube downloader bot), two from blog posts and one from a Reddit post. The search
budget ran out after 10 queries, so the set has 11 rows. Each case follows its row's `expected`
column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` rows refusals of DOABLE
asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import WHOLE, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh163.md")

#: The 3840x2160 footage scaled down, its shape kept, to 720p ... 1440p.
_DOWN = (
    step("resize", lines=Between(720, 1440))
    | step("resize", height=Between(720, 1440), width=AnyOf(None, Between(1280, 2560)))
    | step("resize", width=Between(1280, 2560), height=AnyOf(None, Between(720, 1440)))
    | step("resize", percent=Between(33, 67))
)

#: A smaller file, by a quality setting or a size target under the 448 MB it is.
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Below(448))

CASES: tuple[Case, ...] = (
    do(
        "fresh163-01",
        "add video5.mp4's audio to the video as background audio: instead of adding audio to the "
        "video, it removes the audio from the video",
        [step("add_music", file="video5.mp4", **WHOLE)],
        assets=["video5.mp4"],
        note="video5.mp4's sound mixed under the video's own, all of it",
    ),
    do(
        "fresh163-02",
        "add audio to the video, using the reference video file as input (audio mapping from "
        "the different video)",
        [step("replace_audio", file="reference.mp4")],
        [step("add_music", file="reference.mp4", **WHOLE)],
        assets=["reference.mp4"],
        note="the reference video's sound put on the video (in place of its own, or mixed in)",
    ),
    do(
        "fresh163-03",
        "merge the uploaded audio file with the exported video as background music, looped if it "
        "is shorter than the video: many creators add music to shorts/reels",
        [step("add_music", file="music.mp3", loop=True, **WHOLE)],
        [step("replace_audio", file="music.mp3", loop=True)],
        assets=["music.mp3"],
        note="music.mp3 as background music, looped, all of it (in place of the sound is fair)",
    ),
    do(
        "fresh163-04",
        "compress the 4K footage from the shoot so I can send it to the remote editor, who is "
        "going to cut social media clips: it is too large to upload practically over mobile "
        "hotspot",
        [
            anywhere(_DOWN),
            maybe(_SMALLER),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(step("convert", format="mp4")),
            maybe(step("fps")),
        ],
        [
            anywhere(_SMALLER),
            maybe(_DOWN),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(step("convert", format="mp4")),
            maybe(step("fps")),
        ],
        [step("codec", codec="hevc"), maybe(step("quality"))],
        probe=Probe(duration=24.0, width=3840, height=2160, fps=60.0),
        note="a smaller file: 720p to 1440p and/or a smaller-file setting or a size under the "
        "448 MB it is; H.265 alone is fair",
    ),
    do(
        "fresh163-05",
        "merge the subtitles into the video directly once the video and subtitles are parsed: I "
        "see the project's lib also has the ffmpeg package",
        [step("subtitles", file=AnyOf("subtitle.srt", None))],
        assets=["subtitle.srt"],
        note="subtitle.srt burned into the video",
    ),
    no_op(
        "fresh163-06",
        "render the video with leonida.png in overlay, moving around according to a predefined "
        "path: I've been asked to, for lots of videos with only the image changing",
        "no op",
        assets=["leonida.png"],
        note="no op: an image moving over the picture along a path; overlay_image puts it at one "
        "place",
    ),
    no_op(
        "fresh163-07",
        "overlay the thermal images onto the drone video, so it appears as PIP with the PIP "
        "overlay changing as each thermal image time aligns with the video: I'm working on a "
        "project with the local bushfire services",
        "no op",
        probe=Probe(duration=3600.0, width=2560, height=1440, fps=30.0),
        note="no op: a sequence of raw thermal frames (one a second, by capture time) shown in "
        "turn as a picture-in-picture; pip and overlay_image put one file on the video",
    ),
    ask(
        "fresh163-08",
        "add audio to the video: I did not see any endpoint for adding audio to video",
        "which audio (the file to add)",
        (
            "which audio",
            "audio file",
            "file",
            "track",
            "music",
            "song",
            "which",
            "provide",
            "upload",
            "attach",
            "give",
        ),
    ),
    out_of_scope(
        "fresh163-09",
        "merge the audio and a single image into a video",
        "making a video from a still image and a sound, no video given",
    ),
    out_of_scope(
        "fresh163-10",
        "compress the video from its url: the download speed of the video from telegram is very "
        "slow, only 500-900kbps",
        "a bot fetching a video from a URL, not an edit of a given file",
    ),
    out_of_scope(
        "fresh163-11",
        "add a trim/cut option to the YouTube downloader bot: it would be awesome",
        "a YouTube downloader bot's option (downloading from YouTube), not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
