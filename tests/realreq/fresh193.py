"""A hundred-and-ninety-third fresh, held-out collection of real requests
(tests/realreq/fresh193.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh189's, the
rows are short, typical asks, like the development set's; all 20 come from GitHub issues, mostly
of AI video generators and lip-sync tools (Wan2.1, Wan2GP, Upscale-A-Video, FramePack-eichi,
MoneyPrinterTurbo, LivePortrait, a Wav2Lip extension, HunyuanVideo-1.5, a CogVideoX wrapper,
GeneFace++, SadTalker, SkyReels-V2), and of a Discord media bot, helloSystem's utilities, darknet,
an m3u8 downloader, Twitch's API and a CapCut automation tool. Each case follows its row's
`expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` row a refusal
of a DOABLE ask no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import WHOLE, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh193.md")

#: 1600x900 from 640x360, as the size may be given (2.5 times).
_1600x900 = (
    step("resize", width=1600, height=AnyOf(900, None))
    | step("resize", height=900, width=AnyOf(1600, None))
    | step("resize", lines=900)
    | step("resize", percent=250)
)

#: 720p from 1920x1080, as the size may be given.
_720P = (
    step("resize", lines=720)
    | step("resize", height=720, width=AnyOf(1280, None))
    | step("resize", width=1280, height=AnyOf(720, None))
)

#: A smaller file, by a quality setting or a size target under the 4.91 MB it is.
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Below(4.91))

#: A square of the 1920x1080 picture, by its ratio or its size.
_SQUARE = (
    step("crop", aspect="1:1")
    | step("crop_area", width=1080, height=1080)
    | step("crop_area", width=512, height=512)
)

#: 512x512, as the size may be given.
_512 = (
    step("resize", width=512, height=AnyOf(512, None))
    | step("resize", height=512, width=AnyOf(512, None))
    | step("resize", lines=512)
)

CASES: tuple[Case, ...] = (
    do(
        "fresh193-01",
        "increase the FPS of the 16 fps video to 24 or 30 FPS: I use Wan2.1 under Pinokio",
        [step("fps", fps=Between(24, 30))],
        probe=Probe(duration=5.0, fps=16.0, has_audio=False),
        note="24 to 30 frames a second from 16, same length",
    ),
    do(
        "fresh193-02",
        "trim the end frames off the video, like say 20 to 19 seconds",
        [step("trim", start=0, end=Between(18.9, 19.1))],
        [step("cut", start=Between(18.9, 19.1), end=20)],
        probe=Probe(duration=20.0),
        note="the last second off the 20 s video, 19 s kept",
    ),
    do(
        "fresh193-03",
        "trim the video to 129 seconds",
        [step("trim", start=0, end=129)],
        [step("cut", start=129, end=AnyOf(180, None))],
        probe=Probe(duration=180.0),
        note="the first 129 s of the 180 s video kept",
    ),
    do(
        "fresh193-04",
        "upgrade the resolution of the 640*360 video to 1600*900",
        [_1600x900],
        probe=Probe(width=640, height=360),
        note="1600x900 from 640x360 (2.5 times)",
    ),
    do(
        "fresh193-05",
        "export the video at 8~12 FPS, the common animation standard, instead of the default 30 "
        "FPS: otherwise I have to re-edit it in third-party software",
        [step("fps", fps=Between(8, 12))],
        probe=Probe(fps=30.0),
        note="8 to 12 frames a second from 30, same length",
    ),
    do(
        "fresh193-06",
        "remove the few frames of another snippet appended at the very end of the generated "
        "video: they create a very jarring cutoff effect",
        [step("keep_scenes", remove=[-1])],
        [step("trim", start=0, end=Between(59.3, 59.97))],
        [step("cut", start=Between(59.3, 59.97), end=AnyOf(60, None))],
        probe=Probe(duration=60.0, fps=30.0),
        note="the last scene (a few stray frames, 0.03 to 0.7 s) off the end of the 60 s video",
    ),
    do(
        "fresh193-07",
        "convert our screencast to the format YouTube produces at 720p, which is suitable for "
        "Twitter (1280x720 H.264 with AAC sound), without going via YouTube",
        [
            anywhere(_720P),
            maybe(step("codec", codec="h264")),
            maybe(step("convert", format="mp4")),
            maybe(step("fps", fps=Between(29, 30))),
            maybe(step("quality")),
            maybe(step("reencode")),
        ],
        note="720p (1280x720) of the 1920x1080 screencast; H.264 in an MP4 may come with it",
    ),
    do(
        "fresh193-08",
        "convert the source video to 25 fps, the frame rate of the driving video: the source is "
        "30 fps, and with a different frame rate the voice comes 0.5s to 1s late",
        [step("fps", fps=25)],
        probe=Probe(fps=30.0),
        note="25 frames a second from 30, same length",
    ),
    do(
        "fresh193-09",
        "make the output video of my YOLO model smaller: it is 4.91MB for 6 seconds while the "
        "input was 711KB, even though it only has bounding boxes added",
        [
            anywhere(_SMALLER),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(step("convert", format="mp4")),
        ],
        [step("codec", codec=AnyOf("h264", "hevc")), maybe(step("quality"))],
        probe=Probe(duration=6.0),
        note="a smaller file (a smaller-file setting or a size under 4.91 MB); H.264 alone is fair",
    ),
    do(
        "fresh193-10",
        "remove the dark-screen transitions (each less than a second) between the topics of "
        "conversation in the video: every frame needs a detectable face",
        [step("remove_black", where="all")],
        probe=Probe(duration=120.0),
        note="every black stretch cut out",
    ),
    do(
        "fresh193-11",
        "speed up the i2v output video: to the eye it looks rather like slow motion",
        [step("speed", factor=Between(1.25, 2.5), **WHOLE)],
        probe=Probe(duration=5.0, fps=24.0),
        note="faster, 1.25x to 2.5x, all of it",
    ),
    do(
        "fresh193-12",
        "play the 2-second video at half fps, to last twice as long",
        [step("speed", factor=Between(0.49, 0.51), **WHOLE), maybe(step("fps"))],
        probe=Probe(duration=2.0, fps=24.0),
        note="half speed (each frame shown twice as long, or interpolated), 4 s, all of it",
    ),
    do(
        "fresh193-13",
        "crop the 1080 video to 512 * 512 and 25 FPS, as the training guide states",
        [anywhere(_SQUARE), anywhere(_512), anywhere(step("fps", fps=25))],
        probe=Probe(fps=30.0),
        note="a square of the 1920x1080 picture, scaled to 512x512, at 25 frames a second",
    ),
    no_op(
        "fresh193-14",
        "outpaint the DVD rip of the old 4:3 comedy sketch to make it 720p in a 16:9 aspect "
        "ratio: I would love to convert a whole show",
        "no op",
        probe=Probe(duration=120.0, width=640, height=480),
        note="no op: generative outpainting (new picture made up at the sides); pad and "
        "blur_fill only add bars or a blur",
    ),
    ask(
        "fresh193-15",
        "convert the video, which is saved as WEBP, to a different format instead of WEBP",
        "which format",
        ("which format", "format", "which", "what", "mp4", "webm", "gif", "mov"),
        probe=Probe(duration=5.0, fps=16.0, has_audio=False),
    ),
    ask(
        "fresh193-16",
        "improve the resolution of the generated video: it is 256*256",
        "which resolution (the size to scale the 256x256 video to)",
        (
            "which resolution",
            "what resolution",
            "resolution",
            "size",
            "how big",
            "how large",
            "pixels",
            "width",
            "height",
            "which",
            "what",
            "512",
            "720",
            "1080",
        ),
        probe=Probe(width=256, height=256),
    ),
    ask(
        "fresh193-17",
        "remove the ad slices from the final merged video: the video source has several ad "
        "slices, which I can tell from the ts file names",
        "where the ads are (their times in the merged video)",
        (*WHICH_PART, "ads", "ad slices", "times", "timestamps", "seconds"),
        probe=Probe(duration=2700.0),
    ),
    out_of_scope(
        "fresh193-18",
        "make a 1 minute 15 second video: at sunset a girl with her back turned, in a brown "
        "hoodie, holds a black leash with a small brown American Staffordshire Terrier; then she "
        'sits down on the grass and softly says "Anet, please come back"',
        "generating a video from a description, not an edit of a given file",
    ),
    out_of_scope(
        "fresh193-19",
        "link the streaming video I just got working on YouTube to my twitch and beam apps: I "
        "would like my other sites to automatically show the same streaming video",
        "restreaming a live stream to other sites, not an edit of a given file",
    ),
    out_of_scope(
        "fresh193-20",
        "generate a video of my own recorded digital human directly from a piece of text, like "
        "CapCut's digital human feature",
        "generating a digital-human (avatar) video from text, an app's feature, not an edit of a "
        "given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
