"""A hundred-and-eighty-seventh fresh, held-out collection of real requests
(tests/realreq/fresh187.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh185's, the
rows are short, typical asks, like the development set's; 15 come from GitHub issues and pull
requests (a youtube-dl GUI, an NTSC-effect tool, ShareX, a Chinese tech blogger's article
backups, an MCP server's repository, a WhatsApp-to-Discord bridge, Audiobookshelf,
AudioBookBinder, a multi-camera recorder, a Nextcloud audio player editor, a React Native media
picker, a clip-sharing app, a file manager and Fossify Gallery) and one from Video Production
Stack Exchange. Each case follows its row's `expected` column; `[out of scope]` rows are
OUT-OF-SCOPE refusals, the `[no op]` row a refusal of a DOABLE ask no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, LOUDER, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh187.md")

#: The 1920x1080 video scaled down, its shape kept: any smaller size.
_DOWN = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080), width=AnyOf(None, Below(1920)))
    | step("resize", width=Below(1920), height=AnyOf(None, Below(1080)))
    | step("resize", percent=Below(100))
)

#: The 2560x1440 GIF scaled down, its shape kept: any smaller size.
_DOWN_1440 = (
    step("resize", lines=Below(1440))
    | step("resize", height=Below(1440), width=AnyOf(None, Below(2560)))
    | step("resize", width=Below(2560), height=AnyOf(None, Below(1440)))
    | step("resize", percent=Below(100))
)

#: A smaller file, by a quality setting or a size target.
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step("compress")

#: Re-encoded, by any step that writes the picture anew.
_REENCODED = (
    step("reencode")
    | step("codec", codec="h264")
    | step("compress")
    | step("convert", format="mp4")
    | step("quality")
)

CASES: tuple[Case, ...] = (
    do(
        "fresh187-01",
        "make the video for my Instagram ad 1:1: when I upload it, it says aspect ratios of "
        "videos need to be 1:1",
        [step("crop", aspect="1:1"), maybe(step("resize")), maybe(step("quality"))],
        [step("pad", aspect="1:1"), maybe(step("resize")), maybe(step("quality"))],
        [step("blur_fill", aspect="1:1"), maybe(step("resize")), maybe(step("quality"))],
        [step("platform", platform="instagram_post"), maybe(step("quality"))],
        [
            step("crop_area", width=1080, height=1080),
            maybe(step("resize")),
            maybe(step("quality")),
        ],
        probe=Probe(width=1920, height=1080),
        note="square: the middle of the 1920x1080 video cropped (bars or a blurred fill are fair)",
    ),
    do(
        "fresh187-02",
        "re-encode the downloaded MP4 so Twitter accepts it: when I try to reupload it to "
        "Twitter, I get an error (I have to re-encode it with Shutter Encoder)",
        [
            anywhere(step("reencode") | step("codec", codec="h264")),
            maybe(step("reencode")),
            maybe(step("codec", codec="h264")),
            maybe(step("convert", format="mp4")),
            maybe(step("resize", lines=AnyOf(720, 1080)) | _DOWN),
            maybe(step("fps")),
            maybe(step("quality")),
        ],
        note="re-encoded as an H.264 MP4 (1080p or less, or a frame rate, may come with it)",
    ),
    do(
        "fresh187-03",
        "fix the video: it is stuck on the first frame when played on Discord",
        [
            anywhere(_REENCODED),
            maybe(step("reencode")),
            maybe(step("codec", codec="h264")),
            maybe(step("convert", format="mp4")),
            maybe(step("compress")),
            maybe(step("quality")),
            maybe(step("fps")),
        ],
        note="re-encoded (H.264, an MP4, or compressed, as a compressor made it play on Discord)",
    ),
    do(
        "fresh187-04",
        "compress the GIF, so it doesn't take forever to load in discord: I use a 1440p monitor, "
        "which makes the gifs huge (being able to change the resolution would be nice too)",
        [
            anywhere(_DOWN_1440),
            maybe(GIF),
            maybe(step("compress")),
            maybe(step("quality")),
            maybe(step("fps", fps=Below(30))),
        ],
        [
            anywhere(step("compress")),
            maybe(_DOWN_1440),
            maybe(GIF),
            maybe(step("quality")),
            maybe(step("fps", fps=Below(30))),
        ],
        [
            anywhere(step("quality", level="small")),
            maybe(_DOWN_1440),
            maybe(GIF),
            maybe(step("fps", fps=Below(30))),
        ],
        [
            anywhere(step("gif", width=Below(2560))),
            maybe(_DOWN_1440),
            maybe(step("compress")),
            maybe(step("fps", fps=Below(30))),
        ],
        [
            anywhere(step("fps", fps=Below(30))),
            maybe(_DOWN_1440),
            maybe(GIF),
            maybe(step("compress")),
            maybe(step("quality")),
        ],
        probe=Probe(duration=10.0, width=2560, height=1440, has_audio=False),
        note="a smaller GIF: scaled down from 2560x1440 and/or compressed (fewer frames is fair)",
    ),
    do(
        "fresh187-05",
        "shrink the 100MB GIF I accidentally recorded: on WeChat a GIF can only be about 2MB, "
        "bigger ones show as too large to send (most platforms limit GIFs to under 5MB)",
        [
            anywhere(step("compress", max_mb=Between(0.5, 2.0))),
            maybe(GIF),
            maybe(step("resize")),
            maybe(step("fps")),
            maybe(step("quality")),
        ],
        probe=Probe(duration=20.0, has_audio=False),
        note="under about 2 MB for WeChat, kept a GIF (a smaller size or frame rate may come "
        "with it)",
    ),
    do(
        "fresh187-06",
        "convert this video to a GIF for me: I'll give you 10 minutes",
        [anywhere(GIF), maybe(step("resize")), maybe(step("fps"))],
        note="an animated GIF, any frame rate and width",
    ),
    do(
        "fresh187-07",
        "shrink down the video file size",
        [
            anywhere(_SMALLER),
            maybe(_DOWN),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(step("fps")),
        ],
        [
            anywhere(_DOWN),
            maybe(_SMALLER),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(step("fps")),
        ],
        [anywhere(step("codec", codec="hevc")), maybe(step("quality")), maybe(_DOWN)],
        note="a smaller file: a smaller-file setting, a size target or a smaller picture (H.265 "
        "is fair)",
    ),
    do(
        "fresh187-08",
        "convert the WhatsApp audio (ogg opus) to ogg vorbis or mp3, so I can listen to it on my "
        "blackberry 9790: .ogg audios don't play on it",
        [
            step("convert", format=AnyOf("mp3", "ogg"))
            | step("extract_audio", format=AnyOf("mp3", "ogg"))
        ],
        probe=Probe(duration=30.0),
        note="the voice note as an mp3 (or an Ogg Vorbis) file",
    ),
    do(
        "fresh187-09",
        "normalize the audio of the downloaded BSDnow podcast episode: BSDnow is very quiet and "
        "Late Night Linux is so very loud (they all have different volumes between the shows)",
        [LOUDER],
        probe=Probe(duration=3600.0),
        note="normalized to any target (or simply made louder), all of it",
    ),
    do(
        "fresh187-10",
        "normalise the audiobook's volume as the files are bound, to -16 LUFS with a true peak "
        "of -1.5 dB (I currently use ffmpeg for this)",
        [
            step("normalize", lufs=-16, true_peak=-1.5),
            maybe(step("extract_audio") | step("convert")),
        ],
        probe=Probe(duration=3600.0),
        note="normalized to -16 LUFS, true peak -1.5 dBTP",
    ),
    no_op(
        "fresh187-11",
        "put all the synchronized camera videos into one 'grid' style video: from an animation "
        "perspective, being able to see all the videos is extremely useful",
        "no op",
        assets=["cam2.mp4", "cam3.mp4", "cam4.mp4"],
        note="no op: a grid of the four synchronized videos in one picture (a split screen); pip "
        "only puts a small clip in a corner",
    ),
    ask(
        "fresh187-12",
        "cut the audio so I can download only a stretch of time from it, selecting its start and "
        "end: just that fragment",
        "which stretch (its start and end)",
        (*WHICH_PART, "stretch", "fragment", "seconds", "from", "which"),
        probe=Probe(duration=180.0),
    ),
    ask(
        "fresh187-13",
        "crop or trim the video to fit in 15 seconds",
        "which 15 seconds (of the 60 s video)",
        (*WHICH_PART, "which 15", "seconds", "part"),
        probe=Probe(duration=60.0),
    ),
    out_of_scope(
        "fresh187-14",
        'let the trimmed ("cropped") version of my clip replace the original video file: I have '
        "been trimming some of my clips",
        "a clip-sharing app's library replacing its original file with the trimmed copy, not an "
        "edit of a given file",
    ),
    out_of_scope(
        "fresh187-15",
        "make a lossless multipart video trim button appear when I select a video file in Files: "
        "I will be using this 10 times a day",
        "a file manager's trim button, not an edit of a given file",
    ),
    out_of_scope(
        "fresh187-16",
        'add an option, something like "Mute videos", to be able to play videos without sound: '
        "pretty much every player has something like it",
        "a gallery app's playback option, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
