"""A fifteenth fresh, held-out collection of real requests (tests/realreq/fresh15.md): one
checkable case a row, encoded the way fresh14.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh14's, the rows
are short, typical asks, like the development set's. Each case follows its row's `expected`
column; `[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out
of the request and the file it names is given as an asset instead."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import (
    GIF,
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
TABLE = Path(__file__).with_name("fresh15.md")

#: fresh15-08: a fade from black at the start and one to black at the end, of any length.
_FADE_IN = step("fade", direction="in", target=AnyOf("video", "both"))
_FADE_OUT = step("fade", direction="out", target=AnyOf("video", "both"))

#: fresh15-12: 80% of 1920x1080 is 1536x864.
_SCALE_80 = (
    step("resize", percent=80)
    | step("resize", width=1536, height=AnyOf(864, None))
    | step("resize", height=864, width=AnyOf(1536, None))
    | step("resize", lines=864)
)

#: fresh15-19: crop=480:360:0:0: the 480x360 rectangle at the top-left corner.
_TOP_LEFT_480 = step("crop_area", width=480, height=360, x=0, y=0) | step(
    "crop_area", width=480, height=360, x=None, y=None, anchor="top-left"
)

#: Words a refusal says when it asks which area of the picture is meant.
_WHICH_AREA = ("which", "where", "area", "region", "rectangle", "pixels", "position", "portion")

CASES: tuple[Case, ...] = (
    do(
        "fresh15-01",
        "add a fade out at the end of the highlight video, for both the video and audio, "
        "instead of a hard stop",
        [step("fade", direction="out", target="both")],
        note="a fade to black at the end, picture and sound; any length",
    ),
    do(
        "fresh15-02",
        "add a grayscale filter to the video",
        [step("grayscale", start=None, end=None)],
        [step("saturation", percent=Between(-100, -99), start=None, end=None)],
    ),
    do(
        "fresh15-03",
        "extract the video from 30 seconds to 1 minute 30 seconds: ffmpeg -i input.mp4 -ss "
        "00:00:30 -to 00:01:30 -c copy output.mp4",
        [step("trim", start=30, end=90)],
        probe=Probe(duration=180.0),
    ),
    do(
        "fresh15-04",
        "cut the video to the exact frame, from 00:00:24.183 to 00:03:22.183: ffmpeg -i "
        "input.mp4 -ss 00:00:24.183 -to 00:03:22.183 output.mp4",
        [
            step("trim", start=Between(24.18, 24.19), end=Between(202.18, 202.19)),
            maybe(step("reencode")),
        ],
        probe=Probe(duration=300.0),
        note="keep 24.183 s to 202.183 s; a re-encode may be asked for (frame-exact cut)",
    ),
    do(
        "fresh15-05",
        "take the 120 seconds from 3 minutes 30 seconds into the video and save them as "
        "output.mp4: ffmpeg -ss START -i INPUT -t D OUTPUT",
        [step("trim", start=210, end=330)],
        probe=Probe(duration=600.0),
        note="-ss 3:30 -t 120: 210 s to 330 s",
    ),
    do(
        "fresh15-06",
        "convert the video format to GIF",
        [GIF],
    ),
    do(
        "fresh15-07",
        "make a GIF of the video at 30fps @ 2x speed: gifify -r 30 -s 2",
        [
            anywhere(step("speed", factor=2, start=None, end=None)),
            step("gif", fps=30),
        ],
        [
            anywhere(step("speed", factor=2, start=None, end=None)),
            anywhere(step("fps", fps=30)),
            GIF,
        ],
        note="twice as fast, as a GIF at 30 fps",
    ),
    do(
        "fresh15-08",
        "add a fade in and out to black on the GIF export of the video",
        [anywhere(_FADE_IN), anywhere(_FADE_OUT), anywhere(GIF)],
        note="a fade in and a fade out (any length), and a GIF; in any order",
    ),
    do(
        "fresh15-09",
        "make a gif of the video with the framerate set exactly to 7.5 FPS",
        [step("gif", fps=7.5)],
        [anywhere(step("fps", fps=7.5)), step("gif", fps=AnyOf(7.5, None))],
        [anywhere(step("fps", fps=7.5)), step("convert", format="gif")],
    ),
    do(
        "fresh15-10",
        "merge the video files together, just appending one to another",
        [step("join", clips=AnyOf(["clip2.mp4"], []), at="end")],
        assets=["clip2.mp4"],
        note="the other file after the video (or every clip given, in order)",
    ),
    do(
        "fresh15-11",
        "put img.jpg on the video at the bottom-right corner, 10 pixels in from the corner: "
        "overlay=x=main_w-overlay_w-10:y=main_h-overlay_h-10",
        [
            step(
                "overlay_image",
                file="img.jpg",
                position="bottom-right",
                start=None,
                end=None,
            )
        ],
        assets=["img.jpg"],
        note="bottom-right; the 10 px margin is near the operation's own",
    ),
    do(
        "fresh15-12",
        "scale the video to 80% width and height, then flip it horizontally: ffmpeg -i "
        'input.mp4 -vf "scale=iw*0.8:ih*0.8,hflip" output.mp4',
        [anywhere(_SCALE_80), anywhere(step("flip", direction="horizontal"))],
        note="80% of each side (1536x864) and mirrored left-right, in either order",
    ),
    do(
        "fresh15-13",
        "rotate the action cam video 90 degrees: the camera is turned 90° physically on the "
        "phone, so the video is always sideways",
        [step("rotate", degrees=AnyOf(90, 270))],
        note="a quarter turn; 90 degrees unqualified is clockwise, either way is fair",
    ),
    do(
        "fresh15-14",
        "cut out the really long pauses the narrator takes between sentences",
        [step("remove_silence", where="all")],
    ),
    do(
        "fresh15-15",
        "auto remove silence: detect the silent regions in the clip and ripple-delete them",
        [step("remove_silence", where="all")],
    ),
    do(
        "fresh15-16",
        "make the English video slow motion at 0.5x speed, because the speech is too fast to "
        "follow",
        [step("speed", factor=0.5, start=None, end=None)],
    ),
    do(
        "fresh15-17",
        "make the produced video <10MB: Discord lowered the max upload size to 10MB for free users",
        [step("compress", max_mb=Between(8, 10)), maybe(step("resize"))],
        note="under 10 MB; a smaller picture may come with it",
    ),
    do(
        "fresh15-18",
        "draw 'hello world' in the centre of the video, size 30, black on a half-transparent "
        "white box: drawtext=fontsize=30:box=1:boxcolor=white@0.5:fontcolor=black:text='hello "
        "world':x=(w-text_w)/2:y=(h-text_h)/2",
        [step("text", text="hello world", position="center", start=None, end=None)],
        note="the words exactly, centred; size, colours and box are the editor's to set",
    ),
    do(
        "fresh15-19",
        "crop the video to 480x360 from the top-left corner: ffmpeg -i a.mp4 -vf crop=480:360:0:0",
        [_TOP_LEFT_480],
    ),
    ask(
        "fresh15-20",
        "crop a portion of the video",
        "which portion (the area)",
        _WHICH_AREA,
    ),
    ask(
        "fresh15-21",
        "adjust the volume of the video",
        "louder or quieter, and how much",
        ("louder", "quieter", "how much", "which", "level", "percent", "db", "up or down"),
    ),
    ask(
        "fresh15-22",
        "merge multiple videos into a single video",
        "which videos (no other file is given)",
        ("which", "videos", "files", "clips", "no other", "give", "provide"),
    ),
    ask(
        "fresh15-23",
        "convert the video to 1.5x speed or 2x speed",
        "which speed (1.5x or 2x)",
        ("which", "1.5", "2x", "how fast", "factor", "one of"),
    ),
    out_of_scope(
        "fresh15-24",
        "play the vertical video I recorded with the phone camera in ijkplayer without it being "
        "rotated 90 degrees",
        "a player feature",
    ),
    out_of_scope(
        "fresh15-25",
        "add a playback speed option under the settings gear icon of the video player",
        "a player feature",
    ),
    out_of_scope(
        "fresh15-26",
        "apply a grey filter to the video and show it in the wall",
        "a video wall (display) feature",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
