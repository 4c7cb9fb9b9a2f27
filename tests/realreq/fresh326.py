"""A three-hundred-and-twenty-sixth fresh, held-out collection of real requests
(tests/realreq/fresh326.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh325's, the
rows are short, typical asks; five come from question-and-answer pages, forums and a mailing list
(the Boston Linux and Unix group's list, the myce forum, the Shotcut forum, a Mac help site) and
eleven from GitHub issues (NekoSurf, WebMConverter, a README's GIF, CameraView, ffmpeg-cli-wrapper,
LosslessCut, Android media samples, Gifox, Clapper, PipePipe, Sharkord): a WMV rescaled to
1024x768, an AVI fitted onto a VCD, subtitles burned in, a screen recording made a GIF, a webm
made an mp4, a logarithmic audio fade, mono sound, a GIF from an unnamed clip, an unnamed
watermark, speed by an unnamed amount, unnamed bits cut out, a date stamp while recording, a
recorder's watermark corner, a player's mono option, part of a video downloaded and a chat that
compresses uploads.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh326.md")

_4_3 = {"width": 1440, "height": 1080}
_VCD_SIZE = step("resize", width=Between(320, 360)) | step("resize", lines=Below(300))

CASES: tuple[Case, ...] = (
    do(
        "fresh326-01",
        "rescale this WMV file from its native 1440x1080 to 1024x768: this way the video "
        "playback will be smoother since the player won't have to rescale the video in real time",
        [step("resize", width=1024, height=AnyOf(None, 768))],
        [step("resize", height=768, width=AnyOf(None, 1024))],
        [step("resize", lines=768)],
        probe=Probe(duration=300.0, **_4_3),
        note="1024x768, the same 4:3 shape",
    ),
    do(
        "fresh326-02",
        "fit this 1,02 GB AVI file onto a VCD",
        [maybe(_VCD_SIZE), step("compress", max_mb=Between(500, 800))],
        [step("compress", max_mb=Between(500, 800)), maybe(_VCD_SIZE)],
        probe=Probe(duration=5400.0, width=720, height=576, fps=25.0),
        note="small enough for one CD (about 700 MB); a VCD-size picture may come with it",
    ),
    do(
        "fresh326-03",
        "burn the subtitles of this srt file into the video",
        [step("subtitles", file=AnyOf("subs.srt", None))],
        assets=["subs.srt"],
        probe=Probe(duration=120.0),
        note="the srt's lines burned into the picture",
    ),
    do(
        "fresh326-04",
        "convert this screen recording of my application to a GIF for the readme",
        [anywhere(GIF), maybe(step("resize")), maybe(step("fps"))],
        probe=Probe(duration=20.0, width=1280, height=720, has_audio=False),
        note="the whole recording as a GIF",
    ),
    do(
        "fresh326-05",
        "convert this webm to mp4 and download it",
        [step("convert", format="mp4")],
        probe=Probe(duration=30.0, width=1280, height=720),
        note="the same video as an mp4",
    ),
    no_op(
        "fresh326-06",
        "fade out the audio of this clip over 10 seconds, logarithmically: with a plain fade-out "
        "filter the fade out is already done in something like 1 second, because our ears work in "
        "logarithmic",
        "no op: the sound alone faded out over the last 10 seconds on a logarithmic curve",
        probe=Probe(duration=180.0),
    ),
    no_op(
        "fresh326-07",
        "make the audio of this webm mono, for halving the audio filesize: converting the stereo "
        "audio to mono is a good way to further reduce filesize instead of sacrificing bitrate, "
        "framerate or resolution",
        "no op: the sound downmixed to one channel",
        probe=Probe(duration=30.0, width=1280, height=720),
    ),
    ask(
        "fresh326-08",
        "create a .gif animation from a small clip out of this .mp4 video file, for my social "
        "media: I don't have a lot of video-editing skills or specialised software",
        "which part (from when to when) makes the clip",
        WHICH_PART,
        probe=Probe(duration=300.0),
    ),
    ask(
        "fresh326-09",
        "add a watermark on this video, like on a video snapshot",
        "what the watermark is (an image or words) and where it goes",
        ("which image", "what image", "logo", "what text", "which text", "file", "what should"),
        probe=Probe(duration=30.0, width=1080, height=1920),
    ),
    ask(
        "fresh326-10",
        "speed up the video",
        "how much faster (no factor is given)",
        ("how much", "how many times", "how fast", "factor", "what speed"),
        probe=Probe(duration=120.0),
    ),
    ask(
        "fresh326-11",
        "cut out tiny bits of this video: export only the part of the video that is not "
        "contained in any segment",
        "which bits (no times are given)",
        WHICH_PART,
        probe=Probe(duration=600.0),
    ),
    out_of_scope(
        "fresh326-12",
        "display the date/time while recording the video, and it should be displayed when we "
        "replay the video, like we do it in CCTV video recordings",
        "a camera app's recording overlay, not an edit of a given file",
    ),
    out_of_scope(
        "fresh326-13",
        "let me customise the corner position of the watermark",
        "a GIF recorder's own watermark setting, not an edit of a given file",
    ),
    out_of_scope(
        "fresh326-14",
        "add an option to play audio as mono: mono audio is handy when video audio is unbalanced",
        "a player's playback setting, not an edit of a video file",
    ),
    out_of_scope(
        "fresh326-15",
        "add an option to only download the audio or video of the highlighted section of the "
        "seeker bar",
        "downloading part of an online video, not an edit of a given file",
    ),
    out_of_scope(
        "fresh326-16",
        "when a user uploads a video to a chat, compress it so it takes less disk space; let the "
        "users with the right permission choose what quality the videos will be compressed to: "
        "720p, 1080p, or 4k",
        "a chat server compressing every upload, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
