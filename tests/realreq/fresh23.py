"""A twenty-third fresh, held-out collection of real requests (tests/realreq/fresh23.md): one
checkable case a row, encoded the way fresh21.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh21's, the
rows are short, typical asks, like the development set's; they come from pages outside GitHub
(personal blogs, forums, a reader's letter and a Q&A page) and from personal notes kept as
GitHub gists (found in corpus "docs"). Each case follows its row's `expected` column; `[no op]`
rows are DOABLE refusals and `[out of scope]` rows OUT-OF-SCOPE refusals. No row names an extra
input."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import WHOLE, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh23.md")

#: fresh23-01: 640x480 cropped to 16:9 (640x360), then made 1280x720.
_CROP_169 = step("crop", aspect="16:9") | step("crop_area", width=640, height=360)
_1280x720 = step("resize", width=1280, height=AnyOf(720, None)) | step("resize", lines=720)

#: fresh23-05: the GIF at 10 fps and 600 px wide (600x400 from a 3:2 capture).
_GIF_600 = step("gif", fps=10, width=600)
_600 = step("resize", width=600, height=AnyOf(400, None)) | step("resize", lines=400)

#: fresh23-07: about the first ten seconds cut off.
_FRONT = step("trim", start=Between(9, 12), end=AnyOf(None, 34)) | step(
    "cut", start=AnyOf(0, None), end=Between(9, 12)
)

#: fresh23-09: 1080p from 4096x2160 (4K Cin): 1080 lines, or 1920x1080.
_1080 = (
    step("resize", lines=1080)
    | step("resize", height=1080, width=AnyOf(None, 1920, 2046, 2048))
    | step("resize", width=1920, height=AnyOf(1080, None))
)

#: fresh23-10: 720p.
_720 = step("resize", lines=720) | step("resize", height=720, width=AnyOf(None, 1280))

#: fresh23-12: a smaller encode, if the plan adds one.
_SMALLER = step("quality", level=AnyOf("small", "balanced"))

#: fresh23-13: exactly 720x480.
_720x480 = step("resize", width=720, height=480)

CASES: tuple[Case, ...] = (
    do(
        "fresh23-01",
        "get rid of the black vertical bars on the sides when I upload the Flip camera's 640x480 "
        "video to YouTube: crop it to 640x360 and produce it as a 1280x720 video",
        [_CROP_169, _1280x720],
        probe=Probe(width=640, height=480),
        note="cropped to 16:9 first, then scaled up to 1280x720",
    ),
    do(
        "fresh23-02",
        "double the playback of the clip (the original clip is 30fps)",
        [step("speed", factor=2, **WHOLE)],
        probe=Probe(fps=30.0),
        note="twice as fast",
    ),
    do(
        "fresh23-03",
        "make the amplitude uniform throughout the 10-minute video celebrating my daughter's life: "
        "the old video clips and the music from tapes and CDs are not all at the same level",
        [step("normalize")],
        probe=Probe(duration=600.0),
        note="the levels evened out: a loudness normalization, any target",
    ),
    do(
        "fresh23-04",
        "stabilize the already-steady-but-still-handheld iPhone footage of the father/daughter "
        "dance and throw in a fade to black",
        [
            anywhere(step("stabilize")),
            anywhere(step("fade", direction="out", target=AnyOf("both", "video"))),
        ],
        note="stabilized, and a fade out to black at the end, of any length; either order",
    ),
    do(
        "fresh23-05",
        "make a GIF of the window-resizing screen capture: ffmpeg -i in.mov -s 600x400 -pix_fmt "
        "rgb24 -r 10 -f gif -",
        [_GIF_600],
        [anywhere(_600), anywhere(step("gif", fps=10))],
        [anywhere(_600), anywhere(step("fps", fps=10)), anywhere(step("gif"))],
        [anywhere(step("fps", fps=10)), anywhere(step("gif", width=600))],
        probe=Probe(duration=10.0, width=1200, height=800),
        note="a GIF at 10 fps, 600x400",
    ),
    do(
        "fresh23-06",
        "the 1280x720 video was recorded in portrait mode, with the camera positioned to fit in "
        "the door: rotate it 90 degrees counter clockwise",
        [step("rotate", degrees=270)],
        probe=Probe(width=1280, height=720),
        note="a quarter turn counter-clockwise",
    ),
    do(
        "fresh23-07",
        "trim off about ten seconds from the front of the 34 second clip of my son receiving his "
        "certificates",
        [_FRONT],
        probe=Probe(duration=34.0),
        note="about the first ten seconds cut off",
    ),
    do(
        "fresh23-08",
        "speed up the two-minute hand-held video of downtown Budapest to three times normal "
        "speed, to simulate a time-lapse",
        [step("speed", factor=3, **WHOLE), maybe(step("mute"))],
        probe=Probe(duration=120.0, fps=23.976),
        note="3x; dropping the sound is fine too",
    ),
    do(
        "fresh23-09",
        "make a time-lapse of the drive recorded with the GoPro at 4K Cin 12 fps: convert it to "
        "1080p at 23.976 fps, sped up 21.978 times normal speed",
        [
            anywhere(step("speed", factor=Between(21.5, 22.5), **WHOLE)),
            anywhere(_1080),
            anywhere(step("fps", fps=Between(23.97, 24.0))),
            maybe(step("mute")),
        ],
        probe=Probe(duration=1200.0, width=4096, height=2160, fps=12.0),
        note="about 22x, 1080p, 23.976 fps, in any order",
    ),
    do(
        "fresh23-10",
        "convert the mov to 720p mp4, chrome/iphone compatible",
        [anywhere(_720), anywhere(step("convert", format="mp4"))],
        note="720p and an mp4, either order",
    ),
    do(
        "fresh23-11",
        "convert the mov screen recording to mp4 with a specific width for the web: 2000 pixels "
        "wide",
        [
            anywhere(step("resize", width=2000, height=AnyOf(None, 1250))),
            anywhere(step("convert", format="mp4")),
        ],
        probe=Probe(width=2880, height=1800),
        note="2000 px wide (aspect kept) and an mp4, either order",
    ),
    do(
        "fresh23-12",
        "reduce the filesize of the .mov and convert it to .mp4",
        [anywhere(step("convert", format="mp4")), maybe(_SMALLER)],
        note="an H.264 mp4, which is smaller; a smaller quality setting may come with it",
    ),
    do(
        "fresh23-13",
        "convert the .mov to an Android suitable mp4: 720x480 at 30 fps",
        [
            anywhere(step("convert", format="mp4")),
            anywhere(_720x480),
            maybe(step("fps", fps=30)),
        ],
        note="720x480 and an mp4; the 30 fps the video already has may be set again",
    ),
    do(
        "fresh23-22",
        "loop the short 1280x800 video 8 times into a new file, for use in the BrightSign player",
        [step("loop", times=8)],
        probe=Probe(duration=20.0, width=1280, height=800),
        note="played 8 times in all",
    ),
    no_op(
        "fresh23-14",
        "zoom into the interview with keyframes, to a scale of 140, and pan into the new zoomed "
        "shot so the client's head is not cut off by the top of the picture",
        "no op: an animated (keyframed) zoom and pan; no op zooms (a fixed crop_area would not "
        "move in)",
    ),
    no_op(
        "fresh23-15",
        "remove the Exif data from the Samsung Galaxy II video, or just edit its Rotation "
        "property (90), so that YouTube stops turning the 1920x1080 video into a 1080x1920 "
        "portrait",
        "no op: editing the file's rotation metadata; rotate turns the picture itself, which is "
        "already right",
        probe=Probe(duration=106.0),
    ),
    no_op(
        "fresh23-25",
        "down grade the colour through the music video: it starts all bright colours but "
        "gradually loses colour until the ending scene, where the image is grey",
        "no op: a gradual (animated) loss of colour over the whole video; saturation and "
        "grayscale change a part at one fixed amount",
    ),
    ask(
        "fresh23-16",
        "mute the audio of the clip from the BBC archives (the narrator's commentary distracted "
        "me) and add some other smooth audio in its place",
        "which audio (file) to put in its place",
        ("which", "file", "audio", "music", "track", "sound"),
    ),
    ask(
        "fresh23-17",
        "the video file is too long and contains sections that are not needed: cut off the "
        "beginning, the end, or remove a slice somewhere in between",
        "which parts to cut (how much of the beginning and the end, which slice)",
        (*WHICH_PART, "which parts", "how much", "seconds", "timestamps"),
    ),
    ask(
        "fresh23-18",
        "trim the video of the family gathering: the footage I would like to share is only in "
        "the middle of the video",
        "where the part to keep starts and ends",
        (*WHICH_PART, "from", "seconds", "timestamps"),
    ),
    ask(
        "fresh23-19",
        "shorten the video of the church, especially where it got really shaky as I moved closer "
        "to the door at the end",
        "how much of the end to cut (where the shaky part starts)",
        (*WHICH_PART, "how much", "seconds", "timestamps"),
    ),
    ask(
        "fresh23-23",
        "put captions on the video of our very first real snorkeling experience in Cozumel, "
        "Mexico, with our dearest friends",
        "what the captions say (and when each shows)",
        ("what", "which", "text", "words", "caption", "say", "when"),
    ),
    out_of_scope(
        "fresh23-20",
        "remove the peeps caught in the background of the 2 second handheld clip with a lot of "
        "motion and a pan right",
        "removing people from a moving shot (rotoscoping, a tracked clean plate, inpainting)",
        probe=Probe(duration=2.0),
    ),
    out_of_scope(
        "fresh23-21",
        "put a picture of someone's face onto another person's body in the video clip, so that "
        "it follows the video",
        "face replacement tracked through the video",
    ),
    out_of_scope(
        "fresh23-24",
        "get rid of the raindrops on the lens, which have now been captured on tape: I couldn't "
        "see them on the day of the shoot",
        "removing raindrops on the lens from the picture (frame-by-frame retouching, inpainting)",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
