"""An eighth fresh, held-out collection of real requests (tests/realreq/fresh8.md): one checkable
case a row, encoded the way fresh7.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Unlike fresh6 and fresh7 the rows
are short, typical asks, like the development set's. Each case follows its row's `expected`
column; `[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out
of the request and the file it names is given as an asset instead."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .fresh import HOW_MUCH
from .score import (
    AnyOf,
    Between,
    Case,
    Probe,
    anywhere,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh8.md")

#: 720p (hd720): the standard, or 1280x720, or 720 lines high.
_HD720 = (
    step("resize", lines=720)
    | step("resize", height=720, width=AnyOf(None, 1280))
    | step("resize", width=1280, height=720)
)

CASES: tuple[Case, ...] = (
    do(
        "fresh8-01",
        "the video's volume is too low: like -18db too low; maxed out, it was still quieter than "
        "a whisper",
        [step("volume", db=Between(15, 21), start=None, end=None)],
        [step("volume", percent=Between(560, 1130), start=None, end=None)],
        [step("normalize")],
        note="about 18 dB louder, or brought to a normal loudness",
    ),
    do(
        "fresh8-02",
        "add a mp3 audio on the video",
        [step("add_music", file="audio.mp3")],
        [step("replace_audio", file="audio.mp3")],
        assets=["audio.mp3"],
    ),
    do(
        "fresh8-03",
        "fade the audio in and out: afade=t=in:ss=0:d=2,afade=t=out:st=27:d=3",
        [
            anywhere(step("fade", direction="in", duration=2, target="audio")),
            anywhere(step("fade", direction="out", duration=3, target="audio")),
        ],
        probe=Probe(duration=30.0),
        note="a 30 s file: the fade out starts at 27 s, its last 3 s",
    ),
    do(
        "fresh8-04",
        "cut the video between seconds with float values: from 2.4 to 5.4 (-ss 2.4 -t 3), not "
        "from sec 2 to sec 5",
        [step("trim", start=2.4, end=5.4)],
        note="-ss/-t keep the part from 2.4 s to 5.4 s",
    ),
    do(
        "fresh8-05",
        "cut up the video: ffmpeg -ss 00:03:00 -i video.mp4 -t 60 -c copy cut.mp4",
        [step("trim", start=180, end=240)],
        probe=Probe(duration=600.0),
    ),
    do(
        "fresh8-06",
        "trim the clip from frame 10000 to frame 10600: it should be 600/25(fps) = 24s long",
        [step("trim", start=400, end=424)],
        probe=Probe(duration=600.0, fps=25.0),
    ),
    do(
        "fresh8-07",
        "keep 10.0 to 15.0 and 50.0 to 60.0 of the video and concat them (-ss 10.0 -to 15.0 … "
        "-ss 50.0 -to 60.0 … concat=n=2:v=1:a=1)",
        [step("keep_ranges", ranges=[[10, 15], [50, 60]])],
        probe=Probe(duration=120.0),
    ),
    do(
        "fresh8-08",
        "the video is 15 fps: I want the output to be 20 seconds long, containing frames 0-150 "
        "and 300-450, removing frames 150-300",
        [step("keep_ranges", ranges=[[0, 10], [20, 30]])],
        [step("trim", start=0, end=30), step("cut", start=10, end=20)],
        [step("cut_ranges", ranges=[[10, 20], [30, 60]])],
        probe=Probe(duration=60.0, fps=15.0),
        note="frames 0-150 and 300-450 at 15 fps are 0-10 s and 20-30 s",
    ),
    do(
        "fresh8-09",
        "trim the video to an arbitrary length (start_frame=0, end_frame=1000), scale it to "
        "hd720, and concat outro.mp4 after it",
        [
            step("trim", start=0, end=Between(33.2, 33.5)),
            anywhere(_HD720),
            step("join", clips=AnyOf(["outro.mp4"], []), at="end"),
        ],
        assets=["outro.mp4"],
        probe=Probe(duration=120.0, fps=30.0),
        note="1000 frames at 30 fps: the first 33.3 s, then the outro",
    ),
    do(
        "fresh8-10",
        "convert the mkv screen capture to WebM",
        [step("convert", format="webm")],
    ),
    do(
        "fresh8-11",
        "the video is 3 minutes and I want the gif to be only 10 seconds: just throw out a bunch "
        "of frames in between",
        [
            anywhere(step("speed", factor=Between(16, 20), start=None, end=None)),
            anywhere(step("gif") | step("convert", format="gif")),
        ],
        probe=Probe(duration=180.0),
        note="18 times faster, as a GIF",
    ),
    do(
        "fresh8-12",
        "convert the 15 fps video (it won't play) to something a little higher like 25fps",
        [step("fps", fps=25)],
        probe=Probe(fps=15.0),
    ),
    do(
        "fresh8-13",
        "change the video's frame rate from 30 fps to 25 fps",
        [step("fps", fps=25)],
    ),
    do(
        "fresh8-14",
        'draw text on the video: text="Hello", fontcolor=white, fontsize=24, box=1, '
        "boxcolor=black, x=(w-text_w)/2, y=(h-text_h-line_h)/2",
        [
            step(
                "text",
                text="Hello",
                position="center",
                color=AnyOf("white", "#ffffff"),
                background=AnyOf("black", "#000000"),
            )
        ],
        note="24 px, white on a black box, centred",
    ),
    do(
        "fresh8-15",
        "fast forward the clip more than x16 (f.e. x32 or x64)",
        [step("speed", factor=AnyOf(32, 64), start=None, end=None)],
    ),
    do(
        "fresh8-16",
        "crop the video to 4:3: it is natively 4:3 presented in 16:9, the channel logo could be "
        "cropped out without losing much of the image",
        [step("crop", aspect="4:3")],
        [step("crop_area", width=1440, height=1080, anchor="center")],
    ),
    do(
        "fresh8-17",
        "add a logo to the bottom of the video: logo.png resized to height 50, at the right bottom",
        [step("overlay_image", file="logo.png", position="bottom-right")],
        assets=["logo.png"],
    ),
    do(
        "fresh8-18",
        "fit the (Instagram) story video width to the device width: the videos are always "
        "cropped from both sides, only the middle section is displayed; I'd prefer them to be "
        "top/bottom gapped",
        [step("pad", aspect="9:16")],
        [step("platform", platform="instagram_story", fit="pad")],
        note="a 16:9 video in a 9:16 story, with bars above and below",
    ),
    do(
        "fresh8-19",
        "add an intro slide to the video: the image for 10 seconds, then the video from 6.5 s on",
        [
            step("trim", start=6.5, end=None),
            step("join", clips=AnyOf(["slide.png"], []), at="start", image_seconds=10),
        ],
        assets=["slide.png"],
    ),
    do(
        "fresh8-20",
        "reduce the size of the video: the original size is 500 MB, at least to 400MB or better "
        "than that",
        [step("compress", max_mb=Between(1, 400))],
    ),
    do(
        "fresh8-21",
        "convert the 1280*720 (16:9) video to 1024*768 (4:3): I want the video scale stretched",
        [step("resize", width=1024, height=768, fit=False)],
        probe=Probe(width=1280, height=720),
    ),
    do(
        "fresh8-22",
        "resize the video: ffmpeg -i input.avi -s 720x480 -c:a copy output.mkv",
        [
            step("resize", width=720, height=480, fit=False),
            maybe(step("convert", format="mkv")),
        ],
    ),
    ask(
        "fresh8-23",
        "split the video to multi part and save all parts",
        "where to split (how many parts, or how long each)",
        ("where", "how many", "how long", "parts", "which", "split", "at what"),
    ),
    ask(
        "fresh8-24",
        "get the classic black bars on the video",
        "which aspect ratio (how wide the bars)",
        ("aspect", "ratio", "which", "how", "size", "wide"),
    ),
    ask(
        "fresh8-25",
        "resize the video, always with aspect ratio, copy video+audio: I just have to enter the "
        "new width",
        "the new width",
        ("width", "size", "resolution", "which", "how", "what"),
    ),
    ask(
        "fresh8-26",
        "adjust the video speed",
        "how much faster or slower",
        (*HOW_MUCH, "factor", "faster", "slower", "which", "what"),
    ),
    ask(
        "fresh8-27",
        "crop the movie",
        "crop to what (an area or an aspect ratio)",
        ("aspect", "ratio", "area", "which", "what", "how", "size", "where"),
    ),
    out_of_scope(
        "fresh8-28",
        "watch the videos in 720p, but at 30 fps (I can only change the codec and resolution in "
        "the settings)",
        "a player's stream choice",
    ),
    out_of_scope(
        "fresh8-29",
        "play the video in reverse order in the player, so the user can seek to the desired "
        "position (like we did in the 90's with VHS)",
        "a player feature",
    ),
    out_of_scope(
        "fresh8-30",
        "when I click the loop button on a video, choose how many times it plays rather than "
        "looping infinitely",
        "a player feature",
    ),
    out_of_scope(
        "fresh8-31",
        "embed an image/logo into the youtube stream",
        "a live stream",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
