"""A hundred-and-eighty-third fresh, held-out collection of real requests
(tests/realreq/fresh183.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh181's, the
rows are short, typical asks, like the development set's; all 20 come from GitHub issues, mostly
of video and audio libraries and wrappers in many languages where a user asks for one edit of a
file of theirs (PHP-FFMpeg, Xabe.FFmpeg, ffmpeg.wasm, a Cordova video-editor plugin,
react-native-video, react-native-vision-camera, an Android FFmpeg wrapper, untrunc-w, pydub,
pysptk, Libation, an Android image picker, a Windows FFmpeg build, dwyl's video repository,
Mozilla's add-ons tracker and SMPlayer). Each case follows its row's `expected` column;
`[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` and `[needs analysis]` rows
refusals of DOABLE asks no operation does. The row's `[extra input: …]` marker is left out of the
request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import WHOLE, AnyOf, Below, Between, Case, Probe, Want, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh183.md")

#: 1280x720 from 1920x1080, as its size may be written.
_720 = (
    step("resize", width=1280, height=AnyOf(720, None))
    | step("resize", height=720, width=AnyOf(1280, None))
    | step("resize", lines=720)
)

#: 680 at most on either side, the 16:9 shape kept: 680x383.
_680 = (
    step("resize", width=680, height=AnyOf(None, Between(382, 384)))
    | step("resize", width=680, height=680, fit=True)
    | step("resize", height=Between(382, 384), width=AnyOf(None, 680))
    | step("resize", lines=Between(382, 384))
)

#: 540 wide, the 16:9 shape kept: 540x304.
_540 = (
    step("resize", width=540, height=AnyOf(None, Between(302, 305)))
    | step("resize", height=Between(302, 305), width=AnyOf(None, 540))
    | step("resize", lines=Between(302, 305))
)

#: A smaller 1280x720 picture, its shape kept.
_DOWN_720 = (
    step("resize", lines=Below(720))
    | step("resize", height=Below(720), width=AnyOf(None, Below(1280)))
    | step("resize", width=Below(1280), height=AnyOf(None, Below(720)))
    | step("resize", percent=Below(100))
)


def _smaller(mb: float) -> Want:
    """A smaller file: a smaller-file setting, or a size under the `mb` it is."""
    return step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Below(mb))


CASES: tuple[Case, ...] = (
    do(
        "fresh183-01",
        "convert the 1920x1080 video (pixel ratio of 1:1) to 1280x720: I get 1280x536, and many "
        "media players don't account for pixel ratio, which results in anamorphosis",
        [_720, maybe(step("quality")), maybe(step("codec", codec="h264"))],
        probe=Probe(width=1920, height=1080),
        note="1280x720, the 16:9 shape of the 1920x1080 video kept",
    ),
    do(
        "fresh183-02",
        "resize the uploaded video down to 680 max, width or height, keeping its aspect ratio, "
        "and save it as an .mp4: it keeps saving videos in a stretched format",
        [
            _680,
            maybe(step("convert", format="mp4")),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
        ],
        probe=Probe(width=1920, height=1080),
        note="680x383 (680 on the longer side, the shape kept), as an mp4",
    ),
    do(
        "fresh183-03",
        "resize the video to 540 pixels wide, the height to scale, in browser memory before "
        "uploading it",
        [_540, maybe(step("quality")), maybe(step("convert", format="mp4"))],
        probe=Probe(width=1920, height=1080),
        note="540 wide, the height scaled with it (540x304)",
    ),
    do(
        "fresh183-04",
        "trim the video from my phone's gallery to 12 seconds: it is around 50 seconds, and we "
        "have restrictions as to the length and size of videos that can be uploaded",
        [
            step("trim", start=Between(0, 0.05), end=Between(11.9, 12.1)),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
            maybe(step("compress")),
            maybe(step("resize")),
        ],
        probe=Probe(duration=50.0),
        note="the first 12 s of the 50 s video kept (a smaller file may come with it)",
    ),
    do(
        "fresh183-05",
        "compress the 40 mb video to under 10 mb with good quality, like WhatsApp does: it "
        "compresses video phenomenally, from 40 mb to 5 mb",
        [
            anywhere(step("compress", max_mb=Between(5, 10))),
            maybe(step("resize")),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(step("quality")),
        ],
        note="under 10 MB (5 to 10), a smaller size or H.265 may come with it",
    ),
    do(
        "fresh183-06",
        "reduce the file size of my 1-minute recording (1280x720, 30 fps, h264): it is as large "
        "as 151 MB",
        [
            anywhere(_smaller(151)),
            maybe(_DOWN_720),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(step("fps", fps=Below(30))),
        ],
        [step("codec", codec="hevc"), maybe(step("quality")), maybe(_DOWN_720)],
        [_DOWN_720, maybe(step("quality")), maybe(step("codec"))],
        probe=Probe(duration=60.0, width=1280, height=720, fps=30.0),
        note="a smaller file (a smaller-file setting or a size under 151 MB; H.265 or a smaller "
        "size are fair)",
    ),
    do(
        "fresh183-07",
        "remove the audio from the video file while compressing it: it is 22 seconds long and 19mb",
        [
            anywhere(step("mute")),
            anywhere(_smaller(19)),
            maybe(step("resize")),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
        ],
        probe=Probe(duration=22.0),
        note="no sound and a smaller file (under 19 MB), either order",
    ),
    do(
        "fresh183-08",
        "merge the audio with the mute video",
        [step("replace_audio", file="audio.mp3")],
        [step("add_music", file="audio.mp3", **WHOLE)],
        assets=["audio.mp3"],
        probe=Probe(has_audio=False),
        note="the mp3 as the silent video's sound",
    ),
    do(
        "fresh183-09",
        "add the audio from the weba-file to the mp4-file",
        [step("replace_audio", file="audio.weba")],
        [step("add_music", file="audio.weba", **WHOLE)],
        assets=["audio.weba"],
        note="the weba file's sound put on the mp4 (as its sound or mixed in)",
    ),
    do(
        "fresh183-10",
        "insert a looping background music into the mp3 audio",
        [step("add_music", file="music.mp3", loop=True, **WHOLE)],
        assets=["music.mp3"],
        note="the music mixed under the mp3's own sound, looped, all of it",
    ),
    do(
        "fresh183-11",
        "add the subtitles to the video so they show without selecting: the way I added them, we "
        "have to select that subtitle in the video player",
        [step("subtitles", file=AnyOf("abc.srt", None))],
        assets=["abc.srt"],
        note="abc.srt burned into the picture",
    ),
    no_op(
        "fresh183-12",
        "fix the repaired video: it turned my 60 FPS video into a 30 FPS half-speed video, where "
        "the audio is in normal speed but only takes up half the video duration",
        "no op",
        probe=Probe(fps=30.0),
        note="the picture alone played twice as fast, the sound left as it is; speed changes "
        "both together",
    ),
    no_op(
        "fresh183-13",
        "change the voice like a duck or helium (funny voice)",
        "no op",
        note="a pitch shift; no operation changes the pitch",
    ),
    no_op(
        "fresh183-14",
        "remove the hold music parts from the audio, so that the final audio has just the speech "
        "parts",
        "needs analysis",
        note="telling hold music from speech",
    ),
    ask(
        "fresh183-15",
        "speed up the downloaded audio book, ideally with a pitch shift to avoid the faster audio "
        "sounding higher-pitched: my Garmin fitness watch doesn't have this feature, and it's a "
        "dramatic saving for the epic 50+ hour audiobooks I tackle during long runs",
        "how much faster (up to 2.0X)",
        (
            "how much",
            "how fast",
            "factor",
            "what speed",
            "which speed",
            "how many times",
            "rate",
            "faster",
        ),
    ),
    ask(
        "fresh183-16",
        "trim the video I picked from the gallery to a particular part of 30 seconds",
        "which 30 seconds (where the part starts)",
        (*WHICH_PART, "which 30", "seconds", "part"),
    ),
    ask(
        "fresh183-17",
        "crop out 1 second of the video, precisely: when I crop 1 second with ffmpeg no video is "
        "generated",
        "which second (the time)",
        (*WHICH_PART, "which second", "second"),
    ),
    out_of_scope(
        "fresh183-18",
        "send the screen recording I made on my apple to my school pc, which is microsoft",
        "sending a file to another computer, not an edit of it",
    ),
    out_of_scope(
        "fresh183-19",
        "save youtube videos on an external hard drive",
        "downloading videos from YouTube, not an edit of a given file",
    ),
    out_of_scope(
        "fresh183-20",
        "display a save button that saves the video the player renders from the web page to "
        "disk, as youtube-dl can",
        "a player's button to download a web video, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
