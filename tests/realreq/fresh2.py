"""A second fresh, held-out collection of real requests (tests/realreq/fresh2.md): one checkable
case a row, encoded the way fresh.py and corpus.py encode theirs.

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
    DIRECTION,
    IMAGE,
    TEXT,
    _audio_as,
    _joined,
    _subs,
)
from .fresh import HOW_MUCH
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
TABLE = Path(__file__).with_name("fresh2.md")

#: Louder by any amount, all of the video.
LOUDER = step("volume", db=Between(0.01), start=None, end=None) | step(
    "volume", percent=Between(100.01), start=None, end=None
)


CASES: tuple[Case, ...] = (
    # ------------------------------------------------------------ trim and cut
    do(
        "fresh2-01",
        "exclude the segment with startTime 00:00:00 and duration 00:00:10 (trimming out some "
        "length of the beginning)",
        [step("trim", start=10, end=AnyOf(None, 60))],
        [step("cut", start=0, end=10)],
        [step("cut_ranges", ranges=[[0, 10]])],
        [step("keep_ranges", ranges=[[10, 60]])],
        note="the first 10 s go, however it is said",
    ),
    do(
        "fresh2-02",
        "trim to the first 10 seconds",
        [step("trim", start=0, end=10)],
        [step("keep_ranges", ranges=[[0, 10]])],
        note="README prompt; the input's name (input.avi) left out",
    ),
    do(
        "fresh2-03",
        "for the video thumbnail, take 5 seconds from the middle",
        [step("trim", start=27.5, end=32.5)],
        [step("keep_ranges", ranges=[[27.5, 32.5]])],
        note="a 60 s video: its middle 5 s are 27.5-32.5; a still frame is not 5 seconds",
    ),
    ask(
        "fresh2-04",
        "skip the first few seconds, so the standard green banner before the trailer starts "
        "isn't included",
        "how many seconds (a few: not given)",
        (*HOW_MUCH, "how many seconds", "which", "where", "when", "banner"),
        note="the banner's length varies from trailer to trailer; finding it would need analysis",
    ),
    ask(
        "fresh2-05",
        "remove like one minute from the middle of the video",
        "which minute (where it starts)",
        (*WHICH_PART, "minute"),
        probe=Probe(duration=1800.0),
    ),
    ask(
        "fresh2-06",
        "I just want to delete some sections of the video",
        "which sections (times)",
        (*WHICH_PART, "sections", "parts"),
    ),
    ask(
        "fresh2-07",
        "remove the opening and the ending",
        "how long the opening and the ending are (times)",
        (*WHICH_PART, *HOW_MUCH, "opening", "ending", "intro", "outro"),
        probe=Probe(duration=1500.0),
    ),
    ask(
        "fresh2-08",
        "edit out the hangouts on air image showing and the several seconds of dead time at the "
        "beginning and end",
        "how much at each end (several seconds: not given)",
        (*HOW_MUCH, *WHICH_PART),
        probe=Probe(duration=1800.0),
        note="'several seconds' at each end, and the image's length, are not given",
    ),
    # ------------------------------------------------------------ audio
    do(
        "fresh2-09",
        "crank the volume on the existing video without losing quality",
        [LOUDER, maybe(step("quality", level="high"))],
        note="any amount louder; 'without losing quality' allows a high quality",
    ),
    do(
        "fresh2-10",
        "increase audio volume by 50%",
        [step("volume", percent=150, start=None, end=None)],
        [step("volume", db=Between(3.4, 3.6), start=None, end=None)],
        note="50% more is 150% of the level (+3.5 dB)",
    ),
    do(
        "fresh2-11",
        "send the video removing the audio: sometimes I don't want the recipient to hear the "
        "background sound",
        [step("mute")],
    ),
    do(
        "fresh2-12",
        "fade in and fade out the main audio track (the value 3.6 fades the audio out at the total "
        "duration minus 3.6 seconds)",
        [
            anywhere(step("fade", direction="in", target="audio")),
            anywhere(step("fade", direction="out", duration=3.6, target="audio")),
        ],
        note="the sound only; the fade-in's length is not given",
    ),
    do(
        "fresh2-13",
        "remove or reduce the background noise of the recorded video",
        [step("audio_denoise")],
    ),
    do(
        "fresh2-14",
        "get rid of the wind noise: the video I shot has a lot of wind noise",
        [step("audio_denoise")],
        note="a low cut would suit wind better, but there is no equalizer op: denoise reduces it",
    ),
    no_op(
        "fresh2-15",
        "remove just the cough sound: at one point there is a cough that happens over what the "
        "speaker is saying",
        "needs analysis",
        note="finding the cough and repairing it under the speech; muting or denoising is wrong",
    ),
    do(
        "fresh2-16",
        "normalize the audio according to EBU R 128, for a more uniform level throughout a library",
        [step("normalize", lufs=-23)],
        note="EBU R 128's target is -23 LUFS",
    ),
    do(
        "fresh2-17",
        "extract only the audio track, e.g. as *.FLAC",
        *_audio_as("flac"),
    ),
    ask(
        "fresh2-18",
        "replace the audio of the video",
        "which audio (no file given)",
        ("which", "audio", "file", "asset", "music", "track", "sound"),
        note="as fresh-11: the sound to put in is not given",
    ),
    do(
        "fresh2-19",
        "add custom audio over the same video, overriding the current audio, and after that "
        "compress the same video",
        [step("replace_audio", file="custom.mp3"), anywhere(step("quality", level="small"))],
        assets=["custom.mp3"],
        note="'override the current audio' is a replacement; 'compress' with no size is a "
        "smaller quality",
    ),
    do(
        "fresh2-20",
        "add the background music with its volume adjusted to the main file: if the main file "
        "volume is 1, the bg file volume should be low so that the main file sound is not "
        "suppressed",
        [
            step(
                "add_music",
                file="music.mp3",
                db=AnyOf(None, Below(0)),
                percent=AnyOf(None, Below(100)),
            )
        ],
        assets=["music.mp3"],
        note="add_music is quiet (-18 dB) unless a level is asked; any lower level, ducked or "
        "not, is right",
    ),
    # ------------------------------------------------------------ silence
    do(
        "fresh2-21",
        "cut silence",
        [step("remove_silence", where="all")],
    ),
    # ------------------------------------------------------------ speed
    do(
        "fresh2-22",
        "speed up the video 4x and stabilize it, taking the speed into account (like Insta 360 "
        "studio)",
        [step("speed", factor=4, start=None, end=None), step("stabilize")],
        [step("stabilize"), step("speed", factor=4, start=None, end=None)],
        note="either order",
    ),
    do(
        "fresh2-23",
        "put the video in slow motion: Time, Slow, Forward, 16x",
        [step("speed", factor=1 / 16, start=None, end=None)],
        note="OpenShot's Time > Slow > Forward > 16x is 1/16 speed",
    ),
    do(
        "fresh2-24",
        "apply slow motion to the clip (or even parts of the clip)",
        [step("speed", factor=Between(0.1, 0.95), start=None, end=None)],
        note="the clip slowed by any amount; 'or even parts' is an aside naming no part",
    ),
    do(
        "fresh2-25",
        "the clip is 60s long and I want to make a 30s edit with it: start with a normal speed "
        "for the first 10 seconds and end with a normal speed for the last 10 seconds, so the "
        "middle part will be sped up",
        [step("speed", factor=4, start=10, end=50)],
        probe=Probe(duration=60.0),
        note="the middle 40 s must fit in 10 s: 4x from 10 to 50",
    ),
    do(
        "fresh2-26",
        "my gif has 300 frames that take 4 seconds to play: I would like the same gif to be "
        "completely played in 2 seconds",
        [
            step("speed", factor=2, start=None, end=None),
            maybe(step("gif") | step("convert", format="gif")),
        ],
        probe=Probe(duration=4.0, fps=75.0, has_audio=False),
        note="4 s to 2 s: twice as fast; a gif may be made again",
    ),
    ask(
        "fresh2-27",
        "export slow/fast motion video",
        "slow or fast, and by how much",
        ("slow", "fast", "how much", "which", "factor", "speed"),
    ),
    ask(
        "fresh2-28",
        "put part of the video in fast forward with an audio narration: a playback rate of 4.00 "
        "is not fast enough",
        "which part, and how fast (more than 4x)",
        (*WHICH_PART, "how fast", "how much", "factor", "speed"),
    ),
    # ------------------------------------------------------------ reverse, loop and freeze
    do(
        "fresh2-29",
        "reverse the video clip: both the visual video stream and the audio stream play backward "
        "in the final export",
        [step("reverse")],
    ),
    do(
        "fresh2-30",
        "the video is only 10 minutes long: set its duration to 60 minutes, repeating it in a loop",
        [step("loop", times=6)],
        probe=Probe(duration=600.0),
        note="10 min to 60 min: six plays",
    ),
    no_op(
        "fresh2-31",
        "a smooth loop: the short clip, then the clip reversed, 7 pairs merged into a long loop, "
        "cut to 14 seconds",
        "no op",
        probe=Probe(duration=1.0),
        note="forward then reversed (boomerang): reverse or loop alone is wrong",
    ),
    out_of_scope(
        "fresh2-32",
        "make the video freeze on the last frame and wait until I kill the process manually",
        "a player setting (pause at the end until stopped)",
    ),
    # ------------------------------------------------------------ resize, crop, pad and shapes
    do(
        "fresh2-33",
        "crush the DVR recording down as much as possible, I don't care about resolution: set "
        "the resolution to 480",
        [
            step("resize", lines=480) | step("resize", height=480, width=None),
            maybe(step("quality", level="small")),
        ],
        probe=Probe(duration=1800.0, width=1280, height=720),
        note="480 lines; 'crushed down' allows a small quality",
    ),
    do(
        "fresh2-34",
        "remove a 100px strip at the top and a 200px strip at the bottom of the full-screen "
        "recording",
        [step("crop_edges", top=100, bottom=200, left=0, right=0, unit="px")],
        [step("crop_area", width=1920, height=780, y=100, x=AnyOf(0, None))],
        note="the 1920x780 band between the strips kept, however said",
    ),
    ask(
        "fresh2-35",
        "crop the navigation bar out of the recording: it is often unnecessary to include",
        "how much (the bar's height in pixels)",
        (*HOW_MUCH, "pixels", "height", "how tall", "which", "edge"),
        probe=Probe(width=1080, height=1920),
        note="the bar's height differs from phone to phone; finding it would need analysis",
    ),
    no_op(
        "fresh2-36",
        "add 30px of black to the bottom: the video has subtitles and they are at the edge of the "
        "video",
        "no op",
        note="pad takes an aspect ratio and centres the picture: a 30 px bar on one edge is not "
        "one",
    ),
    do(
        "fresh2-37",
        "convert the horizontal video to vertical video, adding blur effects to the upper and "
        "lower parts",
        [step("blur_fill", aspect="9:16")],
    ),
    ask(
        "fresh2-38",
        "turn the clip vertical, with text added in the top and bottom parts",
        "which text",
        TEXT,
    ),
    out_of_scope(
        "fresh2-39",
        "crop a 9:16 portion (the centre) of the 16:9 source stream and restream it to TikTok or "
        "Instagram",
        "cropping and restreaming a live stream",
    ),
    # ------------------------------------------------------------ rotate and flip
    ask(
        "fresh2-40",
        "the video shot in landscape is rotated 90 degrees when played: fix it",
        "which way to turn it (clockwise or counter-clockwise)",
        DIRECTION,
        probe=Probe(width=1080, height=1920),
    ),
    do(
        "fresh2-41",
        "the recorded picture is upside down, rotated 180 degrees (on a Nexus 5X phone)",
        [step("rotate", degrees=180)],
        [
            anywhere(step("flip", direction="vertical")),
            anywhere(step("flip", direction="horizontal")),
        ],
        note="or both flips, which is the same turn",
    ),
    do(
        "fresh2-42",
        "flip the front camera video horizontally, as SnapChat and Instagram do",
        [step("flip", direction="horizontal")],
    ),
    # ------------------------------------------------------------ colour and looks
    do(
        "fresh2-43",
        "increase the brightness (by a rate in %?): the generated Dolby Vision video is too dark",
        [step("brightness", percent=Between(0.01), start=None, end=None)],
        note="brighter by any amount",
    ),
    do(
        "fresh2-44",
        "invert the colors of the lecture recording: my screen burns in bright colors, and the "
        "contrast between the video (bright white) and the terminal (dark) is quite annoying",
        [step("invert", start=None, end=None)],
        probe=Probe(duration=3600.0),
    ),
    do(
        "fresh2-45",
        "Make this clip cinematic",
        [step("look", style="cinematic", start=None, end=None)],
    ),
    no_op(
        "fresh2-46",
        "make the entire video of someone eating a red apple black and white, but keep the apple "
        "red",
        "no op",
        note="a colour pass keeping one colour; grayscale alone loses the red",
    ),
    do(
        "fresh2-47",
        'remove the "disturbing" grain from the old documentary',
        [step("denoise", start=None, end=None)],
        probe=Probe(duration=3000.0),
    ),
    out_of_scope(
        "fresh2-48",
        "automatically increase the brightness when playing HDR files: many times they are very "
        "dark",
        "a player setting",
    ),
    # ------------------------------------------------------------ stabilize and fps
    do(
        "fresh2-49",
        "deshake: fix small changes in horizontal and/or vertical shift (camera shake from "
        "hand-holding a camera, bumping a tripod, moving on a vehicle)",
        [step("stabilize")],
    ),
    no_op(
        "fresh2-50",
        "fix the rolling shutter effect of the 4K video from my mirrorless camera",
        "no op",
        probe=Probe(width=3840, height=2160),
        note="rolling-shutter correction; stabilize does not undo the skew",
    ),
    do(
        "fresh2-51",
        "convert the video from 30 FPS to 24 FPS, only removing frames (for videos not having "
        "much speed 24 FPS is good and saves space)",
        [step("fps", fps=24)],
        probe=Probe(fps=30.0),
    ),
    # ------------------------------------------------------------ text
    ask(
        "fresh2-52",
        "add an intro text before the video starts",
        "which text",
        TEXT,
    ),
    ask(
        "fresh2-53",
        "make a meme video: the title on top of the video, appearing above it instead of "
        "overlaid on it",
        "which title (its words)",
        TEXT,
    ),
    do(
        "fresh2-54",
        'add a "like & subscribe" part at the end of the video',
        [
            step(
                "text",
                text="like & subscribe",
                start=Between(40, 54.5),
                end=AnyOf(None, Between(54.5, 55)),
            )
        ],
        probe=Probe(duration=55.0),
        note="the words over the last seconds (any length up to 15 s); its place on the frame "
        "is not checked",
    ),
    # ------------------------------------------------------------ subtitles
    _subs(
        "fresh2-55",
        "burn the srt or ass file in as hard subtitles, into a standalone mp4 that no longer "
        "needs the subtitle file",
        "subs.srt",
    ),
    no_op(
        "fresh2-56",
        "merge the srt and the mp4 into one file, without hardcoding the subtitles (non-English "
        "srt does not show properly)",
        "no op",
        assets=["subs.srt"],
        note="a soft subtitle track; subtitles burns them into the picture, which is refused",
    ),
    # ------------------------------------------------------------ join
    do(
        "fresh2-57",
        "merge this video with 2.mp4 and 3.mp4 into one",
        [step("join", clips=_joined(["2.mp4", "3.mp4"]), at="end")],
        assets=["2.mp4", "3.mp4"],
        note="this video is the person's 1.mp4 (its name left out); 2.mp4 and 3.mp4 follow it",
    ),
    ask(
        "fresh2-58",
        "Add a fade transition between clips",
        "which clips (no other clip given)",
        ("which", "clip", "file", "asset", "video", "second"),
    ),
    # ------------------------------------------------------------ logos and picture-in-picture
    do(
        "fresh2-59",
        "add the logo.png watermark 10 pixels from the left and the bottom edges "
        "(overlay=x=10:y=main_h-overlay_h-10)",
        [step("overlay_image", file="logo.png", position="bottom-left")],
        assets=["logo.png"],
        note="the 10 px margin is not checked",
    ),
    do(
        "fresh2-60",
        "add head and tail plates to the .mov, with a transparent png watermark at the top right "
        "that kicks in after 3.5 seconds",
        [
            anywhere(step("join", clips=["head.mov"], at="start")),
            anywhere(step("join", clips=["tail.mov"], at="end")),
            anywhere(
                step("overlay_image", file="logo.png", position="top-right", start=3.5, end=None)
            ),
        ],
        assets=["head.mov", "tail.mov", "logo.png"],
        note="the plates joined at either end and the watermark from 3.5 s on, in any order",
    ),
    do(
        "fresh2-61",
        "picture in picture: overlay input2.mp4 at the top right (overlay=W-w)",
        [step("pip", file="input2.mp4", position="top-right")],
        assets=["input2.mp4"],
        note="overlay=W-w puts it at the right edge, at the top (y=0)",
    ),
    # ------------------------------------------------------------ convert, gif, still, size
    do(
        "fresh2-62",
        "remux the .mov to mp4 so it plays in Windows Media Player in my corporate environment",
        [step("convert", format="mp4")],
    ),
    do(
        "fresh2-63",
        "create gif from video between 5-10 seconds",
        [step("trim", start=5, end=10), AS_GIF, ALSO_GIF],
    ),
    do(
        "fresh2-64",
        "convert the mp4 to a gif just as ffmpeg -t 3 -i input.mp4 -vf fps=10,scale=320:-1 "
        "output.gif",
        [step("trim", start=0, end=3), step("gif", fps=10, width=320), ALSO_GIF],
        [
            step("trim", start=0, end=3),
            anywhere(step("resize", width=320)),
            step("gif", fps=10),
            ALSO_GIF,
        ],
        note="-t 3 keeps the first 3 s; fps=10 and 320 wide",
    ),
    do(
        "fresh2-65",
        "create an image from a frame, e.g. after second 10",
        [step("still", at=10), IMAGE],
    ),
    ask(
        "fresh2-66",
        "take a single frame from the video at a particular time, for creating a thumbnail",
        "which time",
        ("which", "time", "when", "at what", "second", "frame"),
    ),
    do(
        "fresh2-67",
        "get the total number of frames or the video length",
        [step("question", about=AnyOf("duration", "everything"))],
        [
            anywhere(step("question", about="fps")),
            anywhere(step("question", about="duration")),
        ],
        note="the length (or everything, which includes it)",
    ),
    do(
        "fresh2-68",
        "make this smaller",
        [step("quality", level="small")],
        [step("resize", percent=Below(100))],
        [step("resize", lines=Below(1080))],
        note="a smaller file (the README lists it under compression), or a smaller picture",
    ),
    no_op(
        "fresh2-69",
        "make a teaser",
        "needs analysis",
        probe=Probe(duration=600.0),
        note="choosing the highlights to show needs content analysis",
    ),
    no_op(
        "fresh2-70",
        "Remove the background from this video",
        "needs analysis",
        note="separating the subject from the background needs segmentation",
    ),
    # ------------------------------------------------------------ out of scope
    out_of_scope(
        "fresh2-71",
        "autoloop / autoplay the short 3s video",
        "a player setting (endless looping on playback)",
        probe=Probe(duration=3.0),
    ),
    out_of_scope(
        "fresh2-72",
        "stream video to rtmp server",
        "live streaming",
    ),
    out_of_scope(
        "fresh2-73",
        "convert all mp4 files to webm with vp9 codec",
        "a batch over a folder, not one video",
    ),
    out_of_scope(
        "fresh2-74",
        "autocut the video into multiple 15s videos for whatsapp",
        "several output files",
    ),
    out_of_scope(
        "fresh2-75",
        "I already have the translated subtitle in .srt: use that for dubbing",
        "dubbing needs voice synthesis",
    ),
    out_of_scope(
        "fresh2-76",
        "download the YouTube clip as its selected portion of the clipped video",
        "downloading from a platform",
    ),
    out_of_scope(
        "fresh2-77",
        "burn the video project to a DVD to play in a DVD player",
        "DVD authoring and burning a disc",
    ),
    out_of_scope(
        "fresh2-78",
        "extract the audio from the video and transcribe it to text",
        "transcription needs speech recognition, and the result is text, not a video",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
