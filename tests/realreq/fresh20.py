"""A twentieth fresh, held-out collection of real requests (tests/realreq/fresh20.md): one
checkable case a row, encoded the way fresh19.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh19's, the rows
are short, typical asks, like the development set's; 9 of them come from GitHub issue threads,
8 from forums, blogs and personal sites outside GitHub and 13 from personal notes kept as GitHub
gists. Each case follows its row's `expected` column; `[no op]` and `[needs analysis]` rows are
DOABLE refusals and `[out of scope]` rows OUT-OF-SCOPE refusals. An `[extra input: …]` marker is
left out of the request and the file it names is given as an asset instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import VERTICAL, WHOLE, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh20.md")

#: fresh20-02: 600 px wide from 1920x1080 is 600x338.
_W600 = step("resize", width=600, height=AnyOf(None, 338, 337, 336))

#: fresh20-14: scale=540:-1, 540 wide (540x304 from 1920x1080).
_W540 = step("resize", width=540, height=AnyOf(None, 304, 303, 302)) | step("resize", lines=304)

#: fresh20-16: a 16:9 picture inside the 640x480 frame: 640x360, 60 px bars above and below.
_CROP_16_9 = (
    step("crop", aspect="16:9")
    | step("crop_area", width=640, height=360, x=AnyOf(0, None), y=AnyOf(60, None))
    | step("crop_edges", top=60, bottom=60, left=0, right=0, unit="px")
)
_BLACK = AnyOf("black", None)

CASES: tuple[Case, ...] = (
    do(
        "fresh20-01",
        "cut the video clip by time without encoding: -ss 00:10:05 -t 30 (-vcodec copy -acodec "
        "copy)",
        [step("trim", start=605, end=635)],
        probe=Probe(duration=1200.0),
        note="30 s from 10:05, on a 20 minute video",
    ),
    do(
        "fresh20-02",
        "make a gif of the video from 3 seconds in, 10 seconds long, at 15 FPS and 600 pixels "
        "wide: gifify.sh yourvideo.mp4 3 10 15 600",
        [
            step("trim", start=3, end=13),
            step("gif", fps=15, width=600),
            maybe(step("convert", format="gif")),
        ],
        [
            step("trim", start=3, end=13),
            anywhere(_W600),
            step("gif", fps=15),
            maybe(step("convert", format="gif")),
        ],
        note="3 s to 13 s, 15 fps, 600 px wide",
    ),
    do(
        "fresh20-03",
        "accelerate the slow motion video: it is 480fps played at 30fps (1/8 speed slowmotion "
        "from Galaxy S9+); make it 1/2 speed slow motion video at 60fps",
        [
            anywhere(step("speed", factor=4, **WHOLE)),
            anywhere(step("fps", fps=60)),
        ],
        probe=Probe(fps=30.0),
        note="from 1/8 to 1/2 speed is 4x (the gist's SPEED_FACTOR=4), then 60 fps; the order "
        "does not matter",
    ),
    do(
        "fresh20-04",
        "lower the framerate for a smaller file: ffmpeg -i video-001.mov -vf fps=12 video-001.mp4",
        [anywhere(step("fps", fps=12)), maybe(step("convert", format="mp4"))],
        probe=Probe(fps=30.0),
        note="12 fps; the mp4 the command writes may be asked for too, in either order",
    ),
    do(
        "fresh20-05",
        'increase the audio level of the existing mp4 file: -af "volume=10dB" -c:v copy -c:a '
        "aac -b:a 192k",
        [step("volume", db=10, **WHOLE) | step("volume", percent=Between(310, 320), **WHOLE)],
        note="+10 dB (x3.16)",
    ),
    do(
        "fresh20-06",
        "increase the video volume using ffmpeg: -vol 1280 -vcodec copy",
        [
            step("volume", percent=Between(480, 520), **WHOLE)
            | step("volume", db=Between(13.5, 14.5), **WHOLE)
        ],
        note="-vol 256 is the normal volume: 1280 is five times it (+14 dB)",
    ),
    do(
        "fresh20-07",
        "concatenate the two videos, this one and video2.gif (no audio): concat=n=2:v=1",
        [
            step("join", clips=AnyOf(["video2.gif"], []), at="end"),
            anywhere(step("mute")),
            maybe(step("convert", format="mp4")),
        ],
        assets=["video2.gif"],
        note="video2.gif after the video, the sound left out (the mute at any place)",
    ),
    do(
        "fresh20-08",
        "keep the picture of the video with the sound of video2.mp4, 736 seconds long: "
        "-filter_complex '[0:v]concat=n=1:v=1:a=0 [v]; [1:a]concat=n=1:v=0:a=1 [a]' -map '[v]' "
        "-map '[a]' -t 736",
        [
            anywhere(step("replace_audio", file=AnyOf("video2.mp4", None))),
            anywhere(step("trim", start=AnyOf(0, None), end=736)),
        ],
        assets=["video2.mp4"],
        probe=Probe(duration=900.0),
        note="the sound replaced by video2.mp4's, the result cut to 736 s; either order",
    ),
    do(
        "fresh20-09",
        "stabilize the video from the camera on my handlebar mount: every little bump in the "
        "pavement translates into a big bump on camera",
        [step("stabilize")],
    ),
    do(
        "fresh20-10",
        "remove the noise from the audio of the interview while computer editing: the cam picks "
        "up its own noise and doesn't have an external mic input",
        [step("audio_denoise")],
    ),
    do(
        "fresh20-11",
        'add the watermark: -vf "movie=watermark.png [watermark]; [in][watermark] overlay=10:10 '
        '[out]" -acodec copy',
        [step("overlay_image", file=AnyOf("watermark.png", None), position="top-left")],
        assets=["watermark.png"],
        note="overlay=10:10 is 10 px from the top left corner",
    ),
    do(
        "fresh20-12",
        "make thumbnail.jpg from the video: -f mjpeg -ss 00:00:05 -vframes 1",
        [step("still", at=5), maybe(step("convert", format="jpg"))],
        note="the frame at 5 s, as a jpg",
    ),
    do(
        "fresh20-13",
        "crop the 1080p video to a 1080x1080 square: crop=1080:1080:420:0",
        [step("crop_area", width=1080, height=1080, x=AnyOf(420, None), y=AnyOf(0, None))],
        [step("crop", aspect="1:1")],
        note="x=420 is the centre of 1920, so a centred 1:1 crop is the same",
    ),
    do(
        "fresh20-14",
        'embed the hard srt subtitles into the video: -vf "subtitles=MySubtitles.srt, '
        'scale=540:-1" -acodec copy',
        [
            anywhere(step("subtitles", file=AnyOf("MySubtitles.srt", None))),
            anywhere(_W540),
        ],
        assets=["MySubtitles.srt"],
        note="burned in and made 540 wide; the order does not matter",
    ),
    # (written at collection as convert(avi) + resize; promptcut writes no .avi, which the
    # set's check found before any plan was made: a refusal is right, see fresh20.md)
    no_op(
        "fresh20-15",
        "convert the Quicktime movie (.mov) to AVI encoded with MPEG-4 and change the "
        "resolution: ffmpeg -i inputfile.mov -s 960x540 -sameq -vcodec msmpeg4v2 -acodec "
        "libmp3lame outputfile.avi",
        "no op: promptcut writes no .avi files (the 960x540 resize alone is not what is asked)",
    ),
    do(
        "fresh20-16",
        "superimpose horizontal black bars on top and bottom of my 4 x 3 video to simulate "
        "widescreen, the width of the bars exactly right to create a 16 x 9 sub-image",
        [_CROP_16_9, step("pad", aspect="4:3", color=_BLACK)],
        probe=Probe(width=640, height=480),
        note="the picture cut to 16:9 and the 4:3 frame filled back with black bars (60 px "
        "each on 640x480)",
    ),
    do(
        "fresh20-17",
        "convert the old video from the DVD, which is in 4x3 format, to 16x9, to amalgamate it "
        "with some later material",
        [step("pad", aspect="16:9", color=_BLACK), maybe(step("resize"))],
        [step("crop", aspect="16:9"), maybe(step("resize"))],
        [step("blur_fill", aspect="16:9"), maybe(step("resize"))],
        probe=Probe(width=640, height=480),
        note="black bars on the sides (the answer's choice), or the picture cropped or set on a "
        "blurred fill",
    ),
    do(
        "fresh20-18",
        "center the video onto a 1920x1080 canvas with white background: "
        "pad=1920:1080:(1920-iw)/2:(1080-ih)/2:color=white",
        [anywhere(step("pad", aspect="16:9", color="white")), maybe(step("resize"))],
        probe=VERTICAL,
        note="the request gives no input size: a portrait 1080x1920 video is assumed; it is "
        "fitted into 16:9 on white, made 1920x1080 before or after",
    ),
    no_op(
        "fresh20-19",
        "turn the whole video into black and white (not greyscale), 1 bit, like the dithering of "
        "the early black and white computer monitors",
        "thresholding or dithering to pure black and white (1 bit); grayscale keeps the greys",
    ),
    no_op(
        "fresh20-20",
        "automatically remove the places where I was idle from the timelapse of building a big "
        "house: the frequent pauses where I googled something",
        "needs analysis: finding the idle stretches (no motion) needs motion detection",
    ),
    ask(
        "fresh20-21",
        "delete the sub clip I marked somewhere in the middle of the video and save the "
        "remaining video (as lossless as possible)",
        "which part: where the sub clip starts and ends",
        (*WHICH_PART, "from", "seconds", "timestamps"),
    ),
    ask(
        "fresh20-22",
        "I need to put subtitles to the movie",
        "which subtitles (no subtitle file or text is given)",
        ("which", "what", "file", "srt", "text", "words", "say"),
    ),
    ask(
        "fresh20-23",
        "edit the WMV for the presentation: remove fragments, change the speed of one of the "
        "fragments (and join it back with the others), and add a soundtrack",
        "which fragments, how fast, and which soundtrack (no file is given)",
        (*WHICH_PART, "how much", "how fast", "soundtrack", "music", "file", "audio"),
    ),
    ask(
        "fresh20-24",
        "trim the recording down to the part we want, cutting off the parts before and after",
        "which part: where the wanted part starts and ends",
        (*WHICH_PART, "from", "seconds", "timestamps"),
    ),
    ask(
        "fresh20-25",
        "enter a text into the video for credits",
        "what text (the credits' words)",
        ("which", "what", "text", "words", "say", "names", "credits"),
    ),
    ask(
        "fresh20-26",
        "resize the video I made for youtube so it has fullscreen, no borders",
        "how: the size it should have, or how much of the borders to crop",
        (
            "how much",
            "which",
            "what",
            "size",
            "resolution",
            "aspect",
            "ratio",
            "borders",
            "crop",
            "pixels",
        ),
    ),
    out_of_scope(
        "fresh20-27",
        "make the boy in the video smile, without character change",
        "generative editing of a face in the picture",
    ),
    out_of_scope(
        "fresh20-28",
        "remove the song (including lyrics) from the video but keep the speech",
        "separating the song from the speech (AI source separation)",
    ),
    out_of_scope(
        "fresh20-29",
        'correct the eye gaze in the recorded video and output a "fixed" version of similar '
        "quality",
        "AI gaze correction (redirecting the eyes)",
    ),
    out_of_scope(
        "fresh20-30",
        "put the lady's face from the image on the lady's face in the video",
        "AI face swap",
        assets=["face.jpg"],
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
