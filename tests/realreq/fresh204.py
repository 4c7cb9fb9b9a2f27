"""A two-hundred-and-fourth fresh, held-out collection of real requests
(tests/realreq/fresh204.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh201's, the
rows are short, typical asks, like the development set's; all 20 come from GitHub issues and pull
requests, mostly of people making a video play in a game engine or on a device, or fit a
platform: a karaoke game, Godot, LÖVE, a Ren'Py Vita port, a transcoder's PSP preset, a
calculator's video player, the Steam Deck's boot videos, a pixel-art editor, a USGS
visualization, an EmulationStation scraper, StepMania, a BBC Micro Twitter bot, WinFF, the DS
Homebrew wiki, a robotics team's website, a widescreen-fixes pack, the Analogue Pocket, an N64
homebrew repository, a Samsung boot-animation pack and a game engine's README. Each case follows
its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` rows
refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh204.md")

#: 540p of the 1920x1080 video.
_540 = (
    step("resize", lines=540)
    | step("resize", height=540, width=AnyOf(None, 960))
    | step("resize", width=960, height=AnyOf(None, 540))
    | step("resize", percent=50)
)

#: The 1920x1080 GIF fitted inside 1024x512 (910x512), or sized to 1024x512.
_TWITTER = (
    step("resize", width=1024, height=512)
    | step("resize", height=Between(400, 512), width=AnyOf(None, Between(700, 1024)))
    | step("resize", lines=Between(400, 512))
    | step("resize", width=Between(700, 910), height=AnyOf(None, Between(390, 512)))
    | step("resize", percent=Between(37, 47.4))
    | step("gif", width=Between(700, 910))
)

#: The uncompressed video re-encoded with a compressed codec, in whichever way.
_COMPRESSED = (
    step("codec", codec=AnyOf("h264", "hevc"))
    | step("convert", format=AnyOf("mp4", "mkv", "mov"))
    | step("reencode")
    | step("quality")
    | step("compress")
)

CASES: tuple[Case, ...] = (
    do(
        "fresh204-01",
        "convert the music video of the song to a VP8 encoded WebM: UltraStar Play on "
        "Ubuntu 18.04 can't play the .avi or .mp4 videos (a VP8 encoded video with WebM "
        "container is the only thing that worked for me)",
        [anywhere(step("convert", format="webm")), maybe(step("quality")), maybe(step("reencode"))],
        note="a WebM (VP8 is the codec asked for; the convert operation picks WebM's codec)",
    ),
    no_op(
        "fresh204-02",
        "convert my .webm video to Theora: the .webm doesn't play in Godot 3.2.1 on "
        "Windows, while Theora plays fine",
        "no op",
        note="no op: an Ogg Theora video (.ogv); no operation writes Theora or .ogv files",
    ),
    no_op(
        "fresh204-03",
        "make my 720p video usable on LÖVE as OGV: an extremely low bitrate, a very low "
        "resolution, and the framerate cut by 3, so it plays without skipping frames or "
        "stuttering",
        "no op",
        probe=Probe(width=1280, height=720, fps=30.0),
        note="no op: an Ogg Theora video (.ogv) at a third of the 30 fps and below 720p; no "
        "operation writes Theora or .ogv files",
    ),
    do(
        "fresh204-04",
        "convert the video for the Vita port of my visual novel with something like "
        "Handbrake's PlayStation 540p preset, to a new mp4: lower quality and resolution "
        "videos could make the framerate higher",
        [
            anywhere(_540),
            maybe(step("convert", format="mp4")),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
        ],
        note="540p (960x540 of the 1920x1080 video); an mp4, H.264 or a smaller-file setting may "
        "come with it",
    ),
    do(
        "fresh204-05",
        "make the video play on my PSP: after transcoding it I transfer it to the PSP and "
        'it simply says "Corrupted Data" (the PSP requires a framerate of either 15 or 30 '
        "fps)",
        [
            step("fps", fps=AnyOf(Between(29.97, 30), Between(14.985, 15))),
            maybe(step("resize")),
            maybe(step("convert", format="mp4")),
        ],
        probe=Probe(fps=25.0),
        note="30 (29.97) frames a second, or 15 (14.985), from the 25 fps video, same length",
    ),
    do(
        "fresh204-06",
        "fix my video playing extremely fast on the calculator: I had the video at 8fps "
        "(CEVidium expects videos to be 30fps)",
        [step("fps", fps=30)],
        probe=Probe(fps=8.0),
        note="30 frames a second from the 8 fps video, same length",
    ),
    do(
        "fresh204-07",
        "compress my Steam Deck boot video (a webm) to under 1840847 bytes: it plays for 5 "
        "seconds and then the rest is skipped",
        [
            anywhere(step("compress", max_mb=Between(0.5, 1.841))),
            maybe(step("convert", format="webm")),
        ],
        note="under 1840847 bytes (1.84 MB), kept a webm",
    ),
    do(
        "fresh204-08",
        "export the animated GIF for Twitter: a width of 512px, with the cycle repeated 3 "
        "times, could make the animation smoother (Twitter supports GIF in a very limited "
        "way)",
        [
            anywhere(step("resize", width=512) | step("gif", width=512)),
            anywhere(step("loop", times=3)),
            maybe(GIF),
        ],
        probe=Probe(has_audio=False),
        note="512 pixels wide and the cycle played 3 times, either order, kept a GIF",
    ),
    do(
        "fresh204-09",
        "re-size the Twitter GIF so it appears expanded: the maximum to appear expanded is "
        "1024 x 512 pixels",
        [anywhere(_TWITTER), maybe(GIF)],
        probe=Probe(has_audio=False),
        note="fitted inside 1024x512 (910x512 of the 1920x1080 GIF), kept a GIF",
    ),
    do(
        "fresh204-10",
        "convert the MAME video snap to a format that is compatible with the Raspberry Pi: "
        "EmulationStation shows a black screen, while the console games' video snaps play "
        "just fine",
        [
            anywhere(step("codec", codec="h264")),
            maybe(step("convert", format="mp4")),
            maybe(step("resize")),
            maybe(step("quality")),
        ],
        [
            anywhere(step("convert", format="mp4")),
            maybe(step("codec", codec="h264")),
            maybe(step("resize")),
            maybe(step("quality")),
        ],
        note="H.264 and/or an mp4, which the Pi's player decodes",
    ),
    do(
        "fresh204-11",
        "fix the background video of my custom chart for DNA by BTS, so StepMania stops "
        "crashing when I play it: bga.avi was rendered in Adobe Premiere, is 720x1280 HD "
        "(will consider reducing resolution when releasing), and uses the Uncompressed "
        "8-bit YUV codec",
        [
            anywhere(_COMPRESSED),
            maybe(step("resize")),
            maybe(step("codec", codec="h264")),
            maybe(step("convert")),
            maybe(step("quality")),
        ],
        probe=Probe(width=720, height=1280),
        note="re-encoded with a compressed codec (H.264, an mp4, a re-encode or a smaller-file "
        "setting); a smaller size may come with it",
    ),
    do(
        "fresh204-12",
        "upscale the 640x480 video to 1280x960 (nearest neighbor interp.) so it looks "
        'better on Twitter: Twitter accepts only "chroma quartered" YUV420P images, which '
        "can cause colors to bleed a bit on odd pixels",
        [step("resize", width=1280, height=AnyOf(None, 960))],
        [step("resize", height=960, width=AnyOf(None, 1280))],
        [step("resize", percent=200)],
        [step("resize", lines=960)],
        probe=Probe(width=640, height=480),
        note="1280x960, twice the 640x480 (nearest neighbour is not a parameter)",
    ),
    no_op(
        "fresh204-13",
        "encode the video with the H.264 Main profile so my PSP plays it: the PSP doesn't "
        "recognize the encoded video stream (it doesn't support H.264 High Profile), though "
        "the audio is fine",
        "no op",
        note="no op: the H.264 Main profile; codec(h264) does not choose the profile",
    ),
    ask(
        "fresh204-14",
        "paste-repeat the video so it loops, then convert it to an xvid avi: on my DSi the "
        "video quits to the menu after it is done playing",
        "how many times to repeat it (or how long it should last)",
        ("how many", "times", "how long", "repeat", "loop", "count", "number"),
    ),
    ask(
        "fresh204-15",
        "grab a screenshot of our 2010 robot from the match video, for the robots page",
        "which moment (when the robot is seen well)",
        (*WHICH_PART, "moment", "frame", "timestamp", "second"),
    ),
    ask(
        "fresh204-16",
        "fix the Silent Hill 2 FMV: it has been ripped in 16:10, so I see two black bars at "
        "the sides when using another aspect ratio",
        "which aspect ratio (4:3 or 16:9), and whether to crop or stretch",
        ("which", "aspect", "ratio", "4:3", "16:9", "what", "crop", "stretch", "resolution"),
        probe=Probe(width=1920, height=1200),
    ),
    out_of_scope(
        "fresh204-17",
        "let me put my video files onto my Analogue Pocket and watch them in 1080p: a core "
        "that maps A to pause/unpause, the right trigger to fast forward and the left "
        "trigger to rewind",
        "a video player core for a handheld console, not an edit of a file",
    ),
    out_of_scope(
        "fresh204-18",
        "convert my video into an N64 rom with your N64 video player",
        "making a Nintendo 64 ROM (a player program with the video) from a video, not an edit of "
        "the file",
    ),
    out_of_scope(
        "fresh204-19",
        "make a boot animation theme for my Samsung Galaxy A04e (One UI 6.1, 720x1280) from "
        "the short video I made: about 7 seconds, boot only, clean style",
        "a phone's boot animation theme in Samsung's QMG format, not an edit of the video",
    ),
    out_of_scope(
        "fresh204-20",
        "give the gameplay GIF in the README a pause button, so everyone can decide if they "
        "want to see it: the animation can be quite distracting when you want to focus on "
        "reading the text",
        "a pause button for a GIF on a web page (a player's control), not an edit of the GIF",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
