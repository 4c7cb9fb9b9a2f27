"""A three-hundredth fresh, held-out collection of real requests (tests/realreq/fresh300.md):
one checkable case a row, encoded the way fresh297.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh297's, the
rows are short, typical asks; 17 come from GitHub issues and one from a forum thread (makers
with embedded cameras: ESP32-CAM recorders, Raspberry Pi cameras with picamera2, rpicam-apps,
RPi_Cam_Web_Interface, pi-timolo and motionEyeOS, an OpenMV H7 Plus, a GigE camera, a Unity
screen recorder, an Android camera app): an AVI saved as mp4, MJPG made Mac friendly, an AVI
made to play in Windows and Android players, a 9 hour h264 made mp4, a recording three times
too fast slowed down, a 6 second video made its recorded 10 seconds, an upside-down capture
turned, a jpg from an h264 clip, an mjpeg made an mp4 a Mac plays, motion clips joined, a flip or a
turn, a duration lost to a frame rate, a playback too fast
with no real length, a format or codec not named, a black recording, a camera firmware's
rotation, an app's splitting while recording and sound a camera never recorded.
Each case follows its row's `expected` column. fresh300-11 ("rotate this camera video on 90",
labelled underspecified) was dropped: fresh30-13 and fresh13-21 ask the same and are labelled
doable with a quarter turn, and both labels cannot hold."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .corpus import _joined
from .score import WHOLE, AnyOf, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh300.md")

_MP4 = step("convert", format="mp4")
_H264 = step("codec", codec="h264")
_IMAGE = step("convert", format=AnyOf("jpg", "png"))
_ESP32 = Probe(duration=60.0, width=800, height=600, fps=10.0, has_audio=False)
_SLOWER = ("how much", "how long", "frame rate", "fps", "slower", "real", "factor", "duration")

CASES: tuple[Case, ...] = (
    do(
        "fresh300-01",
        "save this video sequence from my ESP32-CAM in mp4 format instead of AVI format",
        [_MP4, maybe(_H264)],
        [_H264, _MP4],
        probe=_ESP32,
        note="an mp4 of the AVI",
    ),
    do(
        "fresh300-02",
        "change the codec of this ESP32-CAM recording: MJPG is not Mac friendly",
        [_H264, maybe(_MP4)],
        [_MP4, _H264],
        probe=_ESP32,
        note="H.264 instead of MJPG",
    ),
    do(
        "fresh300-03",
        "make this captured AVI video play in Media Player Film & TV (Windows 10) and the "
        "default apps on my Android phones and tablets: I CAN play it with FFMPEG and VLC player",
        [_MP4, maybe(_H264)],
        [_H264, _MP4],
        probe=_ESP32,
        note="an H.264 MP4 every player takes",
    ),
    do(
        "fresh300-04",
        "convert this 20GB .h264 file to .mp4: I was trying to see what my cat was doing at "
        "night so I've recorded a whole evening for around 9 hours",
        [_MP4],
        probe=Probe(duration=32400.0, has_audio=False),
        note="the 9 hour h264 in an mp4",
    ),
    do(
        "fresh300-05",
        "fix the speed of this camera recording: the length of the video is much shorter than "
        "real recording time (1 min of recording yields 20sec of video length) and it plays much "
        "faster than real speed",
        [step("speed", factor=Between(0.32, 0.35), **WHOLE)],
        probe=Probe(duration=20.0, fps=10.0, has_audio=False),
        note="three times slower: 20 s back to the minute recorded",
    ),
    do(
        "fresh300-06",
        "make this video last the 10 seconds I recorded at 1080p 50 FPS with my Camera Module "
        "V3: it is a 6 seconds long video instead of a 10 seconds one, and it still plays as if "
        "the video was sped up",
        [step("speed", factor=Between(0.58, 0.62), **WHOLE)],
        probe=Probe(duration=6.0, fps=50.0, has_audio=False),
        note="6 s made 10 s: 0.6 times the speed",
    ),
    do(
        "fresh300-07",
        "fix this video from my ESP32 with an ov5640 cam: streaming imaging orientation works "
        "fine, however, the capture saves upside down",
        [step("rotate", degrees=180)],
        [step("flip", direction="vertical"), step("flip", direction="horizontal")],
        [step("flip", direction="horizontal"), step("flip", direction="vertical")],
        probe=_ESP32,
        note="right side up: a half turn (or both flips, the same)",
    ),
    do(
        "fresh300-08",
        "extract a single image (.jpg) from this .h264 motion video",
        [step("still"), maybe(_IMAGE)],
        probe=Probe(duration=10.0, has_audio=False),
        note="one frame as a jpg",
    ),
    do(
        "fresh300-09",
        "convert this example.mjpeg video from my H7 Plus to MP4 so that it plays on my Mac: the "
        'Convert Video tool gives "failed to launch ffmpeg", or places an .mp4 file that '
        "QuickTime player says is not compatible",
        [_MP4, maybe(_H264)],
        [_H264, _MP4],
        probe=Probe(duration=10.0, width=320, height=240, fps=20.0, has_audio=False),
        note="an H.264 MP4 QuickTime opens",
    ),
    do(
        "fresh300-10",
        "join this little motion video and the other mo-#####.mp4 files from media/videos together",
        [step("join", clips=_joined(["mo-00002.mp4", "mo-00003.mp4"]), at="end")],
        assets=["mo-00002.mp4", "mo-00003.mp4"],
        probe=Probe(duration=15.0, has_audio=False),
        note="the other clips after this one, in order",
    ),
    ask(
        "fresh300-12",
        "flip or rotate the image of this ESP32-CAM video",
        "which (a flip or a turn) and which way",
        ("which", "direction", "horizontal", "vertical", "clockwise", "degrees", "how"),
        probe=_ESP32,
    ),
    ask(
        "fresh300-13",
        "fix this video I recorded after changing the FPS: the video duration becomes inaccurate "
        "when I convert it to MP4 and it lasts much less or accelerates the video",
        "how long it should last (or the frame rate it was recorded at)",
        _SLOWER,
        probe=Probe(duration=600.0, has_audio=False),
    ),
    ask(
        "fresh300-14",
        "fix the playback of this recorded movie: the playback speed appears to be too fast, "
        'and in my opinion this is caused by the "bottleneck" effect',
        "how much slower (how long it really lasted, or its real frame rate)",
        _SLOWER,
        probe=Probe(duration=30.0, width=640, height=480, has_audio=False),
    ),
    ask(
        "fresh300-15",
        "change the video format or codec of this recording",
        "which format or codec",
        ("which", "what format", "what codec", "mp4", "h264", "h.264", "hevc", "webm"),
        probe=Probe(duration=30.0, width=1280, height=720),
    ),
    out_of_scope(
        "fresh300-16",
        "fix this avi from my ESP32-CAM: on vlc it's not playing, but on windows media player "
        "classic it plays as a fully black video",
        "the frames the camera recorded are black (a camera or connection problem); no edit "
        "brings a picture back",
        probe=_ESP32,
    ),
    out_of_scope(
        "fresh300-17",
        "give the ESP32-Camera an option to rotate the camera image 90°: when I install the board "
        "in a 3D printed case vertically, the image is 90° rotated, and vertical_flip and "
        'horizontal_mirror both "rotate" it 180°',
        "a camera firmware option for the live image, not an edit of a given file",
        probe=Probe(duration=60.0, width=640, height=480, has_audio=False),
    ),
    out_of_scope(
        "fresh300-18",
        "make the camera app split videos after 2 or 4 gb while recording, like a GoPro, so it "
        "can continue recording: a file of ~5 gb is unreadable by the video player",
        "a camera app's recording setting (splitting while it records), not an edit of a "
        "given file",
        probe=Probe(duration=3600.0, width=3840, height=2160),
    ),
    out_of_scope(
        "fresh300-19",
        "add audio to the videos being recorded by my motionEyeOS camera",
        "the camera's recording (it records no sound), not an edit of a given file; there is "
        "no sound to add",
        probe=Probe(duration=30.0, width=1280, height=720, has_audio=False),
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
