"""An eleventh fresh, held-out collection of real requests (tests/realreq/fresh11.md): one checkable
case a row, encoded the way fresh10.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh10's, the rows
are short, typical asks, like the development set's. Each case follows its row's `expected`
column; `[no op]` rows are refusals of a DOABLE request no operation does, `[out of scope]` rows
are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the request and the file it
names is given as an asset instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    GIF,
    Above,
    AnyOf,
    Below,
    Between,
    Case,
    Probe,
    anywhere,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh11.md")

#: fresh11-05: 1440p, by its lines or as 2560x1440 (or 2560 wide, the height kept in proportion).
_RESIZE_1440 = (
    step("resize", lines=1440)
    | step("resize", width=AnyOf(2560, None), height=1440)
    | step("resize", width=2560, height=AnyOf(1440, None))
)

#: fresh11-18: crop=240:120:240:120 is a 240x120 area 240 px from the left and 120 px from the
#: top of the 1920x1080 frame: as an area, or as the edges cut off around it.
_CROP_240 = step("crop_area", width=240, height=120, x=240, y=120) | step(
    "crop_edges", left=240, right=1440, top=120, bottom=840, unit="px"
)

#: fresh11-21: the 1 s fades of the trimmed part (picture and sound: fade and afade, or picture).
_FADE_IN_1 = step("fade", direction="in", duration=1, target=AnyOf("both", "video"))
_FADE_OUT_1 = step("fade", direction="out", duration=1, target=AnyOf("both", "video"))
_LOGO_FRAME = anywhere(step("overlay_image", file="logoFrame.png", start=None, end=None))
_DISCLAIMER = anywhere(
    step("join", clips=AnyOf(["disclaimer.jpg"], []), at="start", image_seconds=15)
)

CASES: tuple[Case, ...] = (
    do(
        "fresh11-01",
        "boost or normalize the audio level: the English audio is a lot quieter",
        [step("volume", percent=Above(100), start=None, end=None)],
        [step("volume", db=Above(0), start=None, end=None)],
        [step("normalize")],
        note="louder by any amount, or brought to a normal loudness",
    ),
    do(
        "fresh11-02",
        "normalize the audio with a 2 pass dynaudnorm filter: in the webinar video some "
        "participant has very low volume audio, the rest is quite loud",
        [step("normalize")],
        note="dynaudnorm evens the levels out; a loudness normalization is the operation for it",
    ),
    do(
        "fresh11-03",
        "store the recorded video as H265 (HEVC) to reduce the video size by half: the 10 minutes "
        "of 1280x720 video take roughly 500MB",
        [step("compress", max_mb=Between(1, 260))],
        [step("quality", level="small")],
        probe=Probe(duration=600.0, width=1280, height=720),
        note="half of about 500 MB; no operation picks the codec, the size is what is asked",
    ),
    do(
        "fresh11-04",
        "convert the avi to an mp4 (video codec from MPEG-4 to H.264, there is no audio)",
        [
            step("convert", format="mp4"),
            maybe(step("codec", codec="h264")),
            maybe(step("reencode")),
        ],
        probe=Probe(has_audio=False),
        note="mp4 is written with H.264; the codec, or a re-encode, may be asked for explicitly",
    ),
    do(
        "fresh11-05",
        "upscale the 1080p video to 1440p to get the vp9 codec on YouTube",
        [_RESIZE_1440],
        note="1440 lines (2560x1440 for 16:9)",
    ),
    do(
        "fresh11-06",
        "convert only a specific part of the video: the first five minutes of the 10 min video",
        [step("trim", start=0, end=300)],
        probe=Probe(duration=600.0),
    ),
    do(
        "fresh11-07",
        "extract a part of the video: ffmpeg -ss 00:01:00 -i input.mp4 -t 00:01:00 -c copy "
        "output.mp4",
        [step("trim", start=60, end=120)],
        probe=Probe(duration=300.0),
        note="-ss 1:00 and -t 1:00: from 60 s to 120 s; input.mp4 and output.mp4 are the files",
    ),
    do(
        "fresh11-08",
        "save part of the video as a gif, e.g. the first 8 seconds",
        [step("trim", start=0, end=8), GIF],
    ),
    do(
        "fresh11-09",
        "combine the split file (the camera splits at the 4GB limit) with this one into one video",
        [step("join", clips=AnyOf(["GX020042.MP4"], []), at="end")],
        assets=["GX020042.MP4"],
        note="the second chapter after the first",
    ),
    do(
        "fresh11-10",
        "add a discrete logo to the top right hand corner ('overlay=main_w-overlay_w-5:5')",
        [step("overlay_image", file="ifi_logo_small.png", position="top-right")],
        assets=["ifi_logo_small.png"],
        note="main_w-overlay_w-5:5 is 5 px in from the top-right corner",
    ),
    do(
        "fresh11-11",
        "ffmpeg -i input.mp4 -i mylogo.png -filter_complex "
        '"overlay=700:300:enable=between(t\\,3\\,6)" output.mp4',
        [step("overlay_image", file="mylogo.png", start=3, end=6)],
        assets=["mylogo.png"],
        note="shown from 3 to 6 s; 700:300 (px from the top-left) has no named place, so any place",
    ),
    do(
        "fresh11-12",
        "draw the text 'hello world' with drawtext: fontsize=13, y='main_h-3*line_h', "
        "x='main_w-text_w-line_h'",
        [step("text", text="hello world", position=AnyOf("bottom-right", "right"))],
        note="x: one line height in from the right edge; y: three line heights up from the bottom",
    ),
    do(
        "fresh11-13",
        "ffmpeg -y -i input.mp4 -vf subtitles=text.ass input_with_subs.mp4",
        [step("subtitles", file=AnyOf("text.ass", None))],
        assets=["text.ass"],
    ),
    do(
        "fresh11-14",
        "remove the long silences from the podcast (I remove them manually now)",
        [step("remove_silence", where="all")],
    ),
    do(
        "fresh11-15",
        "slow motion with frame interpolation",
        [step("speed", factor=Below(1), smooth=True, start=None, end=None)],
        note="slower by any amount, the frames in between made by interpolation",
    ),
    do(
        "fresh11-16",
        "repeat the 1 second video 60 times to make a 1 minute video: ffmpeg -stream_loop 60 -i "
        "Second1.mp4 -c copy Minute1.mp4",
        [step("loop", times=Between(60, 61))],
        probe=Probe(duration=1.0),
        note="60 times as said (-stream_loop 60 plays it 61 times); Second1.mp4 is the video",
    ),
    do(
        "fresh11-17",
        "use the stabilization filter vidstabdetect (or any similar approach) on the video",
        [step("stabilize")],
    ),
    do(
        "fresh11-18",
        'crop the video: -filter:v "crop=240:120:240:120"',
        [_CROP_240],
        note="crop=w:h:x:y: a 240x120 area at x=240, y=120",
    ),
    do(
        "fresh11-19",
        "convert the video to grey scale and save it (to reduce the number of parameters for deep "
        "learning)",
        [step("grayscale", start=None, end=None)],
    ),
    do(
        "fresh11-20",
        "-y -ss 0ms -t 4667ms -i test.mp4 -vf 'transpose=2' test.gif",
        [step("trim", start=0, end=4.667), anywhere(step("rotate", degrees=270)), GIF],
        note="the first 4.667 s, turned 90 degrees counterclockwise (transpose=2), as a GIF",
    ),
    do(
        "fresh11-21",
        "create a 15 second disclaimer video out of disclaimer.jpg and join it with the video "
        "trimmed from 31 s to 333 s, with a 1 second fade-in and fade-out, plus a logo "
        "(logoFrame.png) on the trimmed video",
        [step("trim", start=31, end=333), _FADE_IN_1, _FADE_OUT_1, _LOGO_FRAME, _DISCLAIMER],
        [step("trim", start=31, end=333), _FADE_OUT_1, _FADE_IN_1, _LOGO_FRAME, _DISCLAIMER],
        assets=["disclaimer.jpg", "logoFrame.png"],
        probe=Probe(duration=400.0),
        note="the fades after the trim (the command fades the trimmed part in and out, sound "
        "too); the logo over the trimmed part; the image for 15 s (loop=450 at 30 fps) before it",
    ),
    do(
        "fresh11-22",
        "combine 2 commands: mirror the video (-vf hflip) and watermark the mirrored video",
        [
            step("flip", direction="horizontal"),
            step("overlay_image", file="watermark.png", start=None, end=None),
        ],
        assets=["watermark.png"],
        note="the watermark on the mirrored picture, so after the flip (else it is mirrored too)",
    ),
    no_op(
        "fresh11-23",
        "remove the watermark in the existing video: delogo=x=475:y=965:w=100:h=77",
        "delogo (the logo's area painted over from its surroundings); no op removes a logo",
    ),
    no_op(
        "fresh11-24",
        "merge the split chapter file with this one in a way that keeps all metadata intact, "
        "including the timecode and the GoPro metadata stream with all the GPS and gyroscope data",
        "keeping the timecode and GoPro metadata (GPMF) streams; join keeps picture and sound only",
        assets=["GH020123.MP4"],
    ),
    ask(
        "fresh11-25",
        "cut the video file and export it as an MP3 with just audio",
        "which part (start and end)",
        WHICH_PART,
    ),
    ask(
        "fresh11-26",
        "remove seconds from the end of the video: the end of my screencast is always me "
        'fumbling around for the "Stop Recording" button',
        "how many seconds",
        ("how many", "how much", "how long", "seconds", "length", "amount"),
    ),
    ask(
        "fresh11-27",
        "burn the subs from the video file onto the video, so when it is uploaded onto something "
        "like streamable it will still show the subtitles",
        "the subtitle file (the subtitles are a track inside the video)",
        ("subtitle file", "file", "srt", "vtt", "which subtitles"),
    ),
    ask(
        "fresh11-28",
        "apply grayscale and a few other text layovers to the video",
        "what text (the words, and where)",
        ("what text", "which text", "the text", "words", "what"),
    ),
    ask(
        "fresh11-29",
        "fast forward a segment of the video, i.e. speed up the loading screen of the demo "
        "recording",
        "which segment (start and end)",
        (*WHICH_PART, "seconds"),
    ),
    out_of_scope(
        "fresh11-30",
        "a mode where the extension detects silence (below a configurable threshold) and speeds "
        "it up (by a configurable amount) automatically while I watch",
        "a player (browser extension) feature",
    ),
    out_of_scope(
        "fresh11-31",
        "record the webcam in a separate file while screencasting, so the overlay can be built "
        "after recording",
        "a screen recorder feature (recording)",
    ),
    out_of_scope(
        "fresh11-32",
        "distinguish the playback speed between spoken passages and silence when I play lecture "
        "videos",
        "a player feature",
    ),
    out_of_scope(
        "fresh11-33",
        "an on-screen rotate button in the Reels viewer that rotates the playing video 90 degrees, "
        "without tilting the phone",
        "an app's viewer feature",
    ),
    out_of_scope(
        "fresh11-34",
        "an option to change the subtitle position to the top in the viewer: some movies have "
        "hardcoded subtitles",
        "a player feature",
    ),
    out_of_scope(
        "fresh11-35",
        "always mute the first 20s of the Twitch streams I watch: getting that one song through "
        "the Borderlands commercial 20 times per day is ruining it for me",
        "a player (Kodi add-on) feature",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
