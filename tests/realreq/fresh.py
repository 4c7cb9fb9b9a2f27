"""A fresh, held-out collection of real requests (tests/realreq/fresh.md): one checkable case a
row, encoded the way corpus.py encodes its rows.

Nobody has tuned the planner on these rows: they measure how well it generalizes. Each case
follows its row's `expected` column. A row whose `expected` is `[no op] …` or `[needs analysis] …`
is a refusal (`no_op`); `[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]`
marker is left out of the request and the file it names is given as an asset instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .corpus import (
    ALSO_GIF,
    AS_GIF,
    IMAGE,
    TO_1080,
    VERTICAL_PLATFORMS,
    _joined,
    _subs,
)
from .score import (
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
TABLE = Path(__file__).with_name("fresh.md")

#: Asks for an amount of time or of picture.
HOW_MUCH = ("how much", "how many", "how long", "seconds", "amount")


CASES: tuple[Case, ...] = (
    # ------------------------------------------------------------ trim and cut
    do(
        "fresh-01",
        "remove 5 seconds from the end of the file",
        [step("trim", start=0, end=-5)],
        [step("cut", start=55, end=60)],
        [step("keep_ranges", ranges=[[0, 55]])],
        note="a 60 s file: the last 5 s go, however it is said",
    ),
    ask(
        "fresh-02",
        "crop the last hundreds of milliseconds (or seconds) at the end of the recording, because "
        'they often just contain moving the mouse to the "stop" button',
        "how much (hundreds of milliseconds or seconds)",
        (*HOW_MUCH, "milliseconds", "which", "where", "when"),
    ),
    do(
        "fresh-03",
        "cut 0:32-0:35 and 1:10-1:12.5 out of the recording",
        [step("cut_ranges", ranges=[[32, 35], [70, 72.5]])],
        [step("keep_ranges", ranges=[[0, 32], [35, 70], [72.5, 120]])],
        [step("cut", start=70, end=72.5), step("cut", start=32, end=35)],
        [step("cut", start=32, end=35), step("cut", start=67, end=69.5)],
        probe=Probe(duration=120.0),
        note="two ranges at once, or one cut after the other (the later range shifts by 3 s when "
        "the earlier one goes first)",
    ),
    ask(
        "fresh-04",
        "the video has the parts A,B,C,D,E in that order: remove A,C,E and keep the B and D",
        "where the parts start and end (times)",
        (*WHICH_PART, "parts", "times"),
    ),
    ask(
        "fresh-05",
        'make the 1:34, 1280x720 video acceptable to Instagram, which rejects it: "Video is too '
        'long: 94.156911"',
        "which part to keep (or how to shorten it)",
        (*WHICH_PART, "which part", "how long", "length", "shorten", "speed"),
        probe=Probe(duration=94.156911, width=1280, height=720, fps=23.976),
        note="trim to which 60 s, or speed it up? Neither is said",
    ),
    # ------------------------------------------------------------ audio
    do(
        "fresh-06",
        "raise only the volume of the audio, so that it sounds louder (only the volume, so that it "
        "does not harm the weight of the video file)",
        [
            step("volume", db=Between(0.01), start=None, end=None)
            | step("volume", percent=Between(100.01), start=None, end=None),
            maybe(step("quality", level=AnyOf("balanced", "small"))),
        ],
        note="any amount louder; 'the weight of the file' allows a size-keeping quality, not high",
    ),
    do(
        "fresh-07",
        "remove the sound: the video has an unnecessary or silly soundtrack that shouldn't annoy "
        "others",
        [step("mute")],
    ),
    do(
        "fresh-08",
        "normalise the audio: it is a bit quieter upon export, normalising would make it much "
        "easier to hear",
        [step("normalize")],
        note="normalize(): any target",
    ),
    do(
        "fresh-09",
        "loop the background music while muxing it with the video (the video is 2 mins, the audio "
        "20 sec)",
        [step("add_music", file="music.mp3", loop=True)],
        [step("replace_audio", file="music.mp3", loop=True)],
        assets=["music.mp3"],
        probe=Probe(duration=120.0),
        note="'mux' leaves open whether the video's own sound stays: under it or instead of it, "
        "but looped",
    ),
    do(
        "fresh-10",
        "add silent background music: just like background music, just not very loud",
        [
            step(
                "add_music",
                file="music.mp3",
                db=AnyOf(None, Below(0)),
                percent=AnyOf(None, Below(100)),
            )
        ],
        assets=["music.mp3"],
        note="add_music is quiet (-18 dB) unless a level is asked; any lower level is right too",
    ),
    ask(
        "fresh-11",
        "add a background music to the video",
        "which music (no file given)",
        ("which", "music", "file", "asset", "song", "audio"),
    ),
    no_op(
        "fresh-12",
        "convert the mp4 video to a WAV (PCM) file with 16-bit samples, 16 kHz sample rate, and a "
        "single channel (Mono)",
        "no op",
        note="extract_audio(wav) keeps the sample rate and channels: a plain WAV drops the 16 kHz "
        "mono the request is for",
    ),
    no_op(
        "fresh-13",
        "remove the human voice from the MV video",
        "no op",
        note="removing the voice and keeping the music needs source separation; mute or "
        "audio_denoise is wrong",
    ),
    no_op(
        "fresh-14",
        "mute the breath taking parts (in the first 5 minutes I have muted them by hand; they are "
        "extremely easy to notice)",
        "needs analysis",
        probe=Probe(duration=900.0),
        note="finding the breaths needs sound classification",
    ),
    no_op(
        "fresh-15",
        "bleep out all swear words (this could be done by putting a black box over the word)",
        "needs analysis",
        note="finding the swear words needs speech recognition",
    ),
    # ------------------------------------------------------------ silence
    do(
        "fresh-16",
        "cut the silent parts of the lecture video, which has a noise floor of -33dB",
        [step("remove_silence", threshold_db=Between(-32, -15), where="all")],
        probe=Probe(duration=3600.0),
        note="silence sits at the -33 dB floor: the threshold must be above it (the default -35 "
        "finds nothing), e.g. -30",
    ),
    # ------------------------------------------------------------ speed
    do(
        "fresh-17",
        "make the timelapse a little bit slower, right now it's so fast that I don't like it",
        [step("speed", factor=Between(0.5, 0.95), start=None, end=None)],
        probe=Probe(has_audio=False),
        note="a little slower: any factor from 0.5 to 0.95",
    ),
    do(
        "fresh-18",
        "make the 1 min clip last for say 1.5 min (to play it over a song, a music video), without "
        "reducing the quality",
        [
            step("speed", factor=1 / 1.5, start=None, end=None),
            maybe(step("quality", level="high")),
        ],
        probe=Probe(duration=60.0),
        note="60 s to 90 s: factor 0.667",
    ),
    do(
        "fresh-19",
        'speed up the video (mp4, with aac encoded audio) by say "x1.25" or "x1.3", keeping the '
        "original audio-video sync and the original pitch of the audio",
        [step("speed", factor=Between(1.25, 1.3), start=None, end=None)],
        note="either factor (or between); speed keeps the pitch",
    ),
    do(
        "fresh-20",
        "slow down the video, making it longer, while keeping the same fps (setpts=2.0*PTS)",
        [step("speed", factor=0.5, start=None, end=None), maybe(step("fps", fps=30))],
        probe=Probe(fps=30.0),
        note="setpts=2.0*PTS is half speed; an fps(30) keeps what the source already has",
    ),
    do(
        "fresh-21",
        "slow the clip down to a time between 1X and 1/2X",
        [step("speed", factor=Between(0.5, 0.99), start=None, end=None)],
        note="any factor between the two, as the corpus's speed-112 ('a speed up between 2 and 5')",
    ),
    ask(
        "fresh-22",
        "speed up the recording before exporting it (a time-lapse, e.g. when recording artistic "
        "projects)",
        "how much faster (a factor or a target length)",
        ("how much", "how fast", "faster", "factor", "how long", "length", "duration", "times"),
        note="a time-lapse of a long recording: 2x or 50x are both plausible, so a default is a "
        "guess",
    ),
    ask(
        "fresh-23",
        "make a timelapse with a fixed output length (1 min, 2 min, or 5 min)",
        "which output length (1, 2 or 5 min)",
        ("which", "how long", "length", "duration", "1 min", "2 min", "5 min", "minute"),
        probe=Probe(duration=3600.0),
        note="options offered, none chosen (as the dev set's rotate-03)",
    ),
    ask(
        "fresh-24",
        "I don't want to delete some parts, just speed up some un-wanted parts",
        "which parts (and how fast)",
        (*WHICH_PART, "parts", "how fast", "how much"),
    ),
    # ------------------------------------------------------------ reverse, loop and freeze
    do("fresh-25", "export a reversed video", [step("reverse")]),
    no_op(
        "fresh-26",
        "play the video backward for 5s, from 0:20 to 0:25",
        "no op",
        note="reverse takes no range: reversing the whole video is wrong",
    ),
    ask(
        "fresh-27",
        "loop the video a number of times, or up to a total video duration",
        "how many loops (or what total duration)",
        ("how many", "times", "loops", "total", "duration", "how long"),
    ),
    ask(
        "fresh-28",
        "freeze frame: the entire clip consists of the chosen frame, but keeps its duration",
        "which frame (time)",
        ("which frame", "which", "when", "at what", "time", "where"),
    ),
    ask(
        "fresh-29",
        "add a start and end 'freeze': repeat the first picture for x frames (or x seconds) before "
        "starting, and the same with the last picture",
        "how long (x is not given)",
        (*HOW_MUCH, "frames", "duration"),
    ),
    out_of_scope(
        "fresh-30",
        "have the video stay on the last frame and not fade out, until we switch to the speaker's "
        "Powerpoint presentation",
        "holding the last frame until someone switches is a playback setting",
    ),
    # ------------------------------------------------------------ crop and frame
    do(
        "fresh-31",
        "drop the bottom 40px (the Windows taskbar) of the 1280×720 game recording",
        [step("crop_edges", bottom=40, top=0, left=0, right=0, unit="px")],
        [step("crop_area", width=1280, height=680, y=AnyOf(0, None), anchor=AnyOf("top", None))],
        probe=Probe(width=1280, height=720),
        note="the bottom strip off, or the 1280x680 area at the top kept",
    ),
    do(
        "fresh-32",
        "convert the 1280 x 720 mp4 to webm 664 x 498 (4:3), cropping to the correct width "
        "instead of ending up with black bands at top & bottom",
        [
            step("crop", aspect="4:3"),
            step("resize", width=664, height=AnyOf(498, None))
            | step("resize", height=498, width=None)
            | step("resize", lines=498),
            anywhere(step("convert", format="webm")),
        ],
        [
            step("resize", height=498, width=None) | step("resize", lines=498),
            step("crop_area", width=664, height=498) | step("crop", aspect="4:3"),
            anywhere(step("convert", format="webm")),
        ],
        probe=Probe(width=1280, height=720),
        note="crop to 4:3 and scale to 664x498 in either order, and a webm",
    ),
    ask(
        "fresh-33",
        "take off a part of the picture all around (I have artifacts on the border line)",
        "how much, from each edge",
        (*HOW_MUCH, "pixels", "percent", "%", "which", "edge"),
    ),
    do(
        "fresh-34",
        "change the (background) video from 16:9 to 9:16, cropped rather than scaled "
        "proportionally",
        [step("crop", aspect="9:16")],
        [step("platform", platform=VERTICAL_PLATFORMS, fit="crop")],
        note="a 9:16 platform with crop is the same crop, scaled",
    ),
    do(
        "fresh-35",
        "downscale the 4k (2160p) video to 1080p: it does not play smoothly due to my old "
        "processor",
        [TO_1080 | step("resize", width=1920, height=AnyOf(1080, None))],
        probe=Probe(width=3840, height=2160),
    ),
    do(
        "fresh-36",
        "export in 4k (I have noticed some quality of my videos lowering a bit)",
        [
            step("resize", lines=2160)
            | step("resize", height=2160, width=AnyOf(3840, None))
            | step("resize", width=3840, height=None)
            | step("resize", percent=200),
            maybe(step("quality", level="high")),
        ],
        note="a 1920x1080 source scaled to 3840x2160, however said; a high quality may be added",
    ),
    do(
        "fresh-37",
        "convert the video specifically for my Ipod touch 2nd gen: its special aspect ratio "
        "(3:2), exactly fitting the screen without black bars (the screen is tiny)",
        [step("crop", aspect="3:2"), maybe(step("resize"))],
        note="fill 3:2 (no bars: a crop, not a pad); scaling down for the small screen may follow",
    ),
    no_op(
        "fresh-38",
        "change the video with aspect ratio 4:3 to a video with aspect ratio 16:9 without "
        "changing the number of pixels",
        "no op",
        probe=Probe(width=1440, height=1080),
        note="only the display aspect flag changes; a resize, crop or pad changes the pixels",
    ),
    ask(
        "fresh-39",
        "zoom on a part of the video, e.g. on the speaker in a presentation done with OBS; a "
        "simple 4X zoom would already be very useful",
        "which part to zoom on",
        (*WHICH_PART, "area", "region", "speaker", "position"),
        note="'the speaker' is not located (and there is no zoom operation)",
    ),
    # ------------------------------------------------------------ rotate and flip
    do(
        "fresh-40",
        "rotate the video 180 degrees, my camera is mounted upside down",
        [step("rotate", degrees=180)],
        [
            anywhere(step("flip", direction="vertical")),
            anywhere(step("flip", direction="horizontal")),
        ],
        note="or both flips, which is the same turn",
    ),
    do(
        "fresh-41",
        "flip the video vertically (useful when you use the camera upside down on a helmet)",
        [step("flip", direction="vertical")],
        [step("rotate", degrees=180)],
        note="asked as a vertical flip; for an upside-down camera the half turn is right too",
    ),
    do(
        "fresh-42",
        "correct the wrongly rotated clip: transpose=1 (90° clockwise), crop=1080:607, and the "
        "text '2023-11-14' at the top right in white, fontsize 22, with a border",
        [
            step("rotate", degrees=90),
            step("crop_area", width=1080, height=607, x=None, y=None) | step("crop", aspect="16:9"),
            step("text", text="2023-11-14", position="top-right", color="white"),
        ],
        note="1920x1080 turned to 1080x1920, the centred 1080x607 strip kept (16:9), the date "
        "drawn; its size and border are not checked",
    ),
    # ------------------------------------------------------------ colour and blur
    do(
        "fresh-43",
        "increase the color saturation to modernize the colors of each frame",
        [step("saturation", percent=Between(1), start=None, end=None)],
        note="more saturated by any amount",
    ),
    ask(
        "fresh-44",
        "add an effect on a specific place of the video",
        "which effect, and where (when)",
        ("which effect", "what effect", "which", "effect", *WHICH_PART),
    ),
    no_op(
        "fresh-45",
        "have all the faces blurred in the private video (GDPR)",
        "needs analysis",
        note="finding the faces needs detection and tracking; a whole-frame blur is wrong",
    ),
    do(
        "fresh-46",
        "fade in from black to start the video",
        [step("fade", direction="in", target=AnyOf("both", "video"))],
    ),
    # ------------------------------------------------------------ stabilize and fps
    do(
        "fresh-47",
        "compensate for my hands being a bit shaky in the phone video (the phone features no "
        "image stabilization), like the option YouTube offered, and convert it to VP8 webm",
        [step("stabilize"), anywhere(step("convert", format="webm"))],
    ),
    do(
        "fresh-48",
        "convert it to 60fps (ffmpeg will duplicate frames to convert from 30 to 60 fps, but it "
        "will still look normal)",
        [step("fps", fps=60)],
        probe=Probe(fps=30.0),
    ),
    do(
        "fresh-49",
        "FPS conversion: the source is at 50, output at 30",
        [step("fps", fps=30)],
        probe=Probe(fps=50.0),
    ),
    # ------------------------------------------------------------ subtitles and text
    do(
        "fresh-50",
        "burn in the subtitle at the top (instead of down)",
        [step("subtitles", file=AnyOf("subs.srt", None), position="top")],
        assets=["subs.srt"],
    ),
    _subs(
        "fresh-51",
        "burn the VTT subtitle file downloaded from the website directly into the video",
        "subs.vtt",
    ),
    out_of_scope(
        "fresh-52",
        "overlay the current wind speed at my location on my video stream",
        "live data drawn on a live stream",
    ),
    # ------------------------------------------------------------ join
    do(
        "fresh-53",
        "append another *.mp4 video file with the same resolution to this one",
        [step("join", clips=_joined(["second.mp4"]), at="end")],
        assets=["second.mp4"],
    ),
    do(
        "fresh-54",
        "merge this video (only video, no audio) with 1.mp4, 2.mp4, 3.mp4 and 4.mp4 (all 1280px "
        "by 720px) into a new video, this one at first place … 4.mp4 at last; just keep the video "
        "and audio (if without audio, then simply keep it)",
        [step("join", clips=_joined(["1.mp4", "2.mp4", "3.mp4", "4.mp4"]), at="end")],
        assets=["1.mp4", "2.mp4", "3.mp4", "4.mp4"],
        probe=Probe(width=1280, height=720, has_audio=False),
        note="this video is the person's 0.mp4 (its name left out, as the input's own name is "
        "elsewhere); the other four follow it in their order",
    ),
    do(
        "fresh-55",
        "use the thumbnail as an opening frame before the video starts, and a standard closing "
        "image at the end for a few seconds giving info like our website",
        [
            anywhere(step("join", clips=["thumbnail.png"], at="start")),
            anywhere(step("join", clips=["closing.png"], at="end")),
        ],
        assets=["thumbnail.png", "closing.png"],
        note="the images shown for any few seconds",
    ),
    ask(
        "fresh-56",
        "mix these two mp4s of 4 seconds each into one 4 second mp4, not an 8 second mp4",
        "how to combine them in the same 4 s (side by side, one over the other, "
        "picture-in-picture)",
        ("side by side", "how", "which", "overlay", "picture", "combine", "layout", "stack"),
        assets=["second.mp4"],
        probe=Probe(duration=4.0),
    ),
    # ------------------------------------------------------------ logos
    do(
        "fresh-57",
        "put a discreet IFI watermark on the top right hand corner: the ifi logo in white, a "
        "little smaller and much lower opacity, so that it's just at the point where it's "
        "readable",
        [
            step(
                "overlay_image",
                file="ifi_logo.png",
                position="top-right",
                opacity=Between(5, 60),
            )
        ],
        assets=["ifi_logo.png"],
        note="much lower opacity: at most 60%; 'a little smaller' is relative to a logo we do not "
        "know, so any size",
    ),
    do(
        "fresh-58",
        "add a watermark overlay (png) to the center of the video",
        [step("overlay_image", file="watermark.png", position="center")],
        assets=["watermark.png"],
    ),
    # ------------------------------------------------------------ compress, convert, gif, still
    do(
        "fresh-59",
        "recompress the video to a maximum size of 24.5MB",
        [step("compress", max_mb=24.5)],
    ),
    do(
        "fresh-60",
        "just remux the file from the mkv container to an mp4 container, without converting it "
        "(an LG tv doesn't support MKV + DolbyVision)",
        [step("convert", format="mp4")],
    ),
    do(
        "fresh-61",
        "convert it to a gif",
        [AS_GIF, ALSO_GIF],
        note="the README's input name (test_pattern.mp4) is left out, as the corpus does with "
        "mediallm's file names",
    ),
    do(
        "fresh-62",
        "my video has duration 20s: create a GIF from second 10 to second 20",
        [step("trim", start=10, end=AnyOf(20, None)), AS_GIF, ALSO_GIF],
        probe=Probe(duration=20.0),
    ),
    do(
        "fresh-63",
        "create a gif from 33 to 34 (1 second long), resized to 500 wide",
        [step("trim", start=33, end=34), step("gif", width=500), ALSO_GIF],
        [step("trim", start=33, end=34), step("resize", width=500), AS_GIF, ALSO_GIF],
    ),
    do(
        "fresh-64",
        "extract the first frame of the video and use it as a thumbnail",
        [step("still", at=0), IMAGE],
    ),
    # ------------------------------------------------------------ questions
    do(
        "fresh-65",
        "get the size (width and height) of the input video",
        [step("question", about="resolution")],
    ),
    # ------------------------------------------------------------ out of scope
    out_of_scope(
        "fresh-66",
        "turn this directory of PNGs into an mp4 slideshow",
        "makes a video from a folder of images, not an edit of the given video",
    ),
    out_of_scope(
        "fresh-67",
        "the video uses Japanese: make the actor in the video say the English translation, as if "
        "he spoke English, including male and female voices",
        "translation, voice synthesis and lip sync",
    ),
    out_of_scope(
        "fresh-68",
        "detect the scenes in the AVI file and split them into separate clips",
        "several output files",
    ),
    out_of_scope(
        "fresh-69",
        "upload the video directly on Youtube or dailymotion",
        "uploading to a platform",
    ),
    out_of_scope(
        "fresh-70",
        "convert the local 2D video to a 3D video",
        "2D-to-3D conversion needs depth estimation",
    ),
    out_of_scope(
        "fresh-71",
        "stream the 2 min video on YouTube in loop",
        "live streaming",
        probe=Probe(duration=120.0),
    ),
    out_of_scope(
        "fresh-72",
        "auto scan the directory and convert all videos that aren't mp4 (my FPV Drone footage is "
        "all Avi) to mp4 during the night",
        "a scheduled batch over a folder, not one video",
    ),
    out_of_scope(
        "fresh-73",
        '"freeze/pause" the most current frame of the output to the virtual camera in a sub-par '
        "video conference, until I de-activate it",
        "a live camera feed, not a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
