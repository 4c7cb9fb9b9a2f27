"""The second collection of real requests (tests/realreq/corpus.md): one checkable case a row.

Each case follows its row's `expected` column. A row whose `expected` is `[no op] …` or
`[needs analysis] …`, or that needs such a step beside the ones it names, is a refusal
(`no_op`); `[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is
left out of the request and the file it names is given as an asset instead."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .cases import CORNERS, WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    Above,
    AnyOf,
    Below,
    Between,
    Case,
    Probe,
    Want,
    anywhere,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("corpus.md")

VERTICAL_PLATFORMS = AnyOf("tiktok", "instagram_reels", "instagram_story", "youtube_shorts")
TO_720 = step("resize", lines=720) | step("resize", height=720, width=AnyOf(None, 1280))
TO_1080 = step("resize", lines=1080) | step("resize", height=1080, width=None)
GRAYSCALE = step("grayscale", start=None, end=None)
SQUARE = ([step("crop", aspect="1:1")], [step("platform", platform="instagram_post", fit="crop")])
AS_GIF = anywhere(step("gif") | step("convert", format="gif"))
ALSO_GIF = maybe(step("convert", format="gif"))
IMAGE = maybe(step("convert", format=AnyOf("png", "jpg")))

TEXT = ("text", "words", "what text", "which text", "caption", "title")
SUBTITLE_FILE = ("subtitle file", "srt", "vtt", "ass", "asset", "file")
DIRECTION = ("which", "direction", "clockwise", "left or right", "angle", "counter")


def _audio_as(fmt: object) -> tuple[list[Want], list[Want]]:
    """The sound alone as a file of a type: extract_audio, or convert to the type (the same)."""
    return (
        [step("extract_audio", format=fmt), maybe(step("convert", format=fmt))],
        [step("convert", format=fmt), maybe(step("extract_audio", format=AnyOf(None, fmt)))],
    )


def _subs(id: str, request: str, file: str) -> Case:
    """Burn the one subtitle file given (named, or left to be the one given)."""
    return do(id, request, [step("subtitles", file=AnyOf(file, None))], assets=[file])


def _cut(start: float, end: float, duration: float) -> tuple[list[Want], ...]:
    """Remove start..end and join the rest: cut, cut_ranges or keep_ranges of the rest."""
    return (
        [step("cut", start=start, end=end)],
        [step("cut_ranges", ranges=[[start, end]])],
        [step("keep_ranges", ranges=[[0, start], [end, duration]])],
    )


def _joined(clips: Sequence[str]) -> AnyOf:
    """A join's clips: these in this order, or none named (every clip given, in order)."""
    return AnyOf(list(clips), [])


CASES: tuple[Case, ...] = (
    # ------------------------------------------------------------ audio
    do("audio-101", "delete the audio from the video file", [step("mute")]),
    do(
        "audio-102",
        "remove the audio from the video (the flag is -an in command form)",
        [step("mute")],
    ),
    do(
        "audio-103",
        "extract MP3 from the video (some of our users prefer to listen to it)",
        *_audio_as("mp3"),
        note="convert to an audio type is the same as extract_audio, as in the dev set",
    ),
    do(
        "audio-104",
        "extract + convert the audio only to like mp3 or wav",
        *_audio_as(AnyOf("mp3", "wav")),
        note="the table says mp3; the request offers 'mp3 or wav', so either type is right",
    ),
    do("audio-105", "extract a mp3 file from the mp4 file", *_audio_as("mp3")),
    do("audio-106", "extract the audio from the video - convert to mp3", *_audio_as("mp3")),
    no_op(
        "audio-107",
        "mute the 1 minute video from the 20th sec. to the 40th sec., keeping the rest of the "
        "audio",
        "no op",
        probe=Probe(duration=60.0),
        note="mute and volume take no time range",
    ),
    no_op(
        "audio-108",
        "keep the original video and reverse the audio",
        "no op",
        note="reverse turns picture and sound together: a plain reverse is wrong",
    ),
    ask(
        "audio-109",
        "mute the sound in a certain place in the video",
        "which place (start and end time)",
        (*WHICH_PART, "place"),
    ),
    ask(
        "audio-110",
        "mute sections of the video, for example to mute potentially copyrighted music, without "
        "removing the video feed",
        "which sections (start and end times)",
        (*WHICH_PART, "section"),
    ),
    do(
        "audio-111",
        "mute the video clip, and then add an individual audio file",
        [step("replace_audio", file="new_audio.mp3")],
        assets=["new_audio.mp3"],
        note="asset named new_audio.mp3, as in the dev set: 'audio.mp3' would rename every "
        "'audio' in the request",
    ),
    do(
        "audio-112",
        "normalize the very quiet screen recording audio (~-32 LUFS) to -14 LUFS (YouTube "
        "standard)",
        [step("normalize", lufs=-14)],
    ),
    do(
        "audio-113",
        "normalise the audio (make the quiet video loud)",
        [step("normalize")],
        note="normalize(): any target",
    ),
    do(
        "audio-114",
        "normalize the audio, and boost it pretty loud, but without any clipping",
        [step("normalize", lufs=Above(-14))],
        note="a louder target than the usual -14 LUFS (the table's e.g. -10); normalize keeps "
        "its true-peak ceiling, so no clipping",
    ),
    do("audio-115", "only normalize the audio tracks", [step("normalize")]),
    do(
        "audio-116",
        "get rid of the on-going background noise (I think it was a fan) recorded with the "
        "camera's mic",
        [step("audio_denoise")],
    ),
    no_op(
        "audio-117",
        "remove the horrible loud background party noise while keeping the interview voices",
        "no op",
        note="needs source separation; audio_denoise only takes out steady noise, so a plain "
        "audio_denoise is wrong",
    ),
    do("audio-118", "get audio track from video as wav", *_audio_as("wav")),
    do(
        "audio-119",
        "replace the original sound with the audio I recorded at the same time",
        [step("replace_audio", file="recorded.wav")],
        assets=["recorded.wav"],
        note="the table's name recorded.wav, though it renames 'I recorded' in the request",
    ),
    do(
        "audio-120",
        "replace the audio of the video with another audio (not append): remove the audio and "
        "add the other one",
        [step("replace_audio", file="other_audio.mp3")],
        assets=["other_audio.mp3"],
    ),
    do(
        "audio-121",
        "replace the audio with an audio file that is repeatedly played until the end of the video",
        [step("replace_audio", file="track.mp3", loop=True)],
        assets=["track.mp3"],
    ),
    ask(
        "audio-122",
        "my video has 3 embedded audio tracks: keep only a particular audio track and remove "
        "the other two",
        "which track (and no operation selects a track)",
        ("which track", "which", "track", "first", "second", "third"),
    ),
    no_op(
        "audio-123",
        "change the video's audio pitch (to fix a messed up audio track, or enjoy a deeper voice)",
        "no op",
        note="no pitch operation (and no amount given)",
    ),
    do(
        "audio-124",
        "the music is really loud and peaks: lower the volume by 12 dB (25% of original volume) "
        "at the very least",
        [step("volume", db=-12) | step("volume", percent=25)],
        note="-12 dB and 25% are the same level, both given by the request",
    ),
    do(
        "audio-125",
        "lower the volume of the success video (I kept getting a jump scare), volume=0.5",
        [step("volume", percent=50) | step("volume", db=-6)],
        note="volume=0.5 is half the amplitude: 50%, or -6 dB",
    ),
    do(
        "audio-126",
        "include the mp3 into the newly created timelapse video, as a soundtrack like youtube's "
        "background music",
        [step("add_music", file="music.mp3")],
        [step("replace_audio", file="music.mp3")],
        assets=["music.mp3"],
        probe=Probe(has_audio=False),
        note="a timelapse has no sound of its own: adding under it or replacing it is the same",
    ),
    do(
        "audio-127",
        "add a background music to the video mp4, keeping both the background music and the "
        "mp4 sound",
        [step("add_music", file="music.mp3")],
        assets=["music.mp3"],
    ),
    do(
        "audio-128",
        "add my voice (an audio file I made earlier) to the video, mixed with the background "
        "music it already has",
        [step("add_music", file="voice.mp3")],
        assets=["voice.mp3"],
        note="mixed under or over the existing sound: any level",
    ),
    do(
        "audio-129",
        "add music to the video at a reduced volume, then fade the volume out to zero (without "
        "it starting again from full volume)",
        [
            step(
                "add_music",
                file="music.mp3",
                db=AnyOf(None, Below(0)),
                percent=AnyOf(None, Below(100)),
                fade_out=Above(0),
            ),
            maybe(step("fade", direction="out", target="audio")),
        ],
        assets=["music.mp3"],
        note="the table's percent≈50 is an example: the request says only 'reduced', and "
        "add_music is -18 dB unless a level is asked; its fade_out (2 s unless asked) fades it "
        "to zero, a fade of the sound at the end does too",
    ),
    no_op(
        "audio-130",
        "the video is 60 seconds: replace the original sound with a 10-second sound from 50 to "
        "60 seconds, and keep the original audio from 0 to 50",
        "no op",
        assets=["ending.mp3"],
        probe=Probe(duration=60.0),
        note="replace_audio and add_music take no time range",
    ),
    # ------------------------------------------------------------ black
    do(
        "black-101",
        "remove the black frames in the recording (Dolphin loads between each clip)",
        [step("remove_black", where="all")],
    ),
    do(
        "black-102",
        "trim the clip to the useful video length, i.e. remove black frames at start & end",
        [step("remove_black", where="ends")],
    ),
    do(
        "black-103",
        "remove the black frame at the beginning of the video, which ruins the looping effect",
        [step("remove_black", where="start")],
    ),
    # ------------------------------------------------------------ blur
    no_op(
        "blur-101",
        "blur the background (behind the person) rather than remove it",
        "needs analysis",
        note="separating the person from the background needs segmentation: a plain blur is wrong",
    ),
    no_op(
        "blur-102",
        "replace the background with a picture, just keep the person, like the virtual "
        "background in Zoom / Teams",
        "needs analysis",
        assets=["picture.png"],
    ),
    out_of_scope(
        "blur-103",
        "select the desired object in the video and remove it",
        "object removal needs video inpainting",
    ),
    ask(
        "blur-104",
        "pixelate or blur the area of the screen recording like the taskbar or personal data",
        "which area (and blur takes no region)",
        ("which area", "which part", "which", "where", "area", "region", "position"),
    ),
    ask(
        "blur-105",
        "blur one line of a text in the video",
        "which line, where",
        ("which line", "which", "where", "area", "region", "position"),
    ),
    no_op(
        "blur-106",
        "track and blur the logo/watermark in the movie",
        "needs analysis",
        note="locating and tracking the logo; blur takes no region",
    ),
    # ------------------------------------------------------------ color
    do("color-101", "add a black and white filter to the video", [GRAYSCALE]),
    do("color-102", "make the video black and white or grey", [GRAYSCALE]),
    do(
        "color-103",
        "the video is a bit dark: make it brighter (brightness=0.4 contrast=1.2)",
        [
            anywhere(step("brightness", percent=Above(0), start=None, end=None)),
            anywhere(step("contrast", percent=20, start=None, end=None)),
        ],
        note="brighter by any amount, contrast 1.2 = +20%; either order",
    ),
    ask(
        "color-104",
        "adjust the contrast/brightness of the video, as can be done in VLC",
        "which way, how much",
        ("how much", "which way", "brighter", "darker", "more or less", "amount", "direction"),
    ),
    do(
        "color-105",
        "give the video a retro color filter like lomo (something like instagram filters for "
        "video)",
        [step("look", style="vintage", start=None, end=None)],
    ),
    out_of_scope(
        "color-106",
        "colorize my black and white video",
        "colorization needs a learned model",
    ),
    no_op(
        "color-107",
        "the video is poor quality, pixelated and blocky: deblock it, then sharpen it to recover "
        "some lost sharpness",
        "no op",
        note="the table: sharpen() ([no op] for deblocking). No operation deblocks, so a plan "
        "that only sharpens drops half the request: a refusal, as the dev set's multi-09",
    ),
    out_of_scope(
        "color-108",
        'fix the resolution and quality of the blurry old video, like "vReveal" does',
        "restoring detail (deblurring, super-resolution)",
    ),
    ask(
        "color-109",
        "improve the color of my video for my Youtube channel",
        "improve how (brighter, more saturated, a look)",
        ("how", "brighter", "saturat", "vivid", "warm", "look", "which"),
    ),
    # ------------------------------------------------------------ crop and frame
    do(
        "crop-101",
        "crop the video output as a square video, rather than just resizing it",
        *SQUARE,
        note="platform(instagram_post, crop) is the same square crop, as in the dev set",
    ),
    do("crop-102", "crop the video taken from the camera square", *SQUARE),
    do(
        "crop-103",
        "reduce the size of the 1920x1080 video to 1280x720",
        [step("resize", width=1280, height=AnyOf(720, None)) | TO_720],
        note="a 16:9 source: 1280x720, 1280 wide or 720 lines are the same size",
    ),
    do("crop-104", "update the video from 1080p to 720p (performance)", [TO_720]),
    do(
        "crop-105",
        "render the 720p video to a 1080p one",
        [TO_1080 | step("resize", width=1920, height=1080)],
        probe=Probe(width=1280, height=720),
    ),
    do(
        "crop-106",
        "resize to 9:16 portrait for TikTok",
        [step("platform", platform="tiktok")],
        [step("crop", aspect="9:16")],
        note="platform(tiktok), cropped or padded; crop(9:16) is the same shape unscaled, "
        "accepted as the dev set's crop-07 accepts platform(tiktok) for its crop(9:16)",
    ),
    no_op(
        "crop-107",
        "remove the black bar from the video",
        "no op",
        note="an auto-detected crop of the bars; no auto-crop operation",
    ),
    do(
        "crop-108",
        "upscale the 640x640 video into like 1280x1280 (with the best AI video upscaler)",
        [
            step("resize", width=1280, height=AnyOf(1280, None))
            | step("resize", height=1280, width=None)
            | step("resize", lines=1280)
            | step("resize", percent=200)
        ],
        probe=Probe(width=640, height=640),
        note="plain scaling (no AI upscaler): any way of saying 1280x1280 of a square",
    ),
    do(
        "crop-109",
        "crop the video instead of resizing it, to 9:16 ratio, so it can be uploaded as shorts",
        [step("platform", platform="youtube_shorts", fit="crop")],
        [step("crop", aspect="9:16")],
        note="crop(9:16) is the same crop, unscaled (as the dev set's crop-07)",
    ),
    do(
        "crop-110",
        'turn the video into a properly padded video for a "youtube shorts" video (1080x1920, '
        "black)",
        [step("platform", platform="youtube_shorts", fit="pad")],
        [
            step("pad", aspect="9:16", color="black"),
            step("resize", width=1080, height=AnyOf(1920, None)) | TO_1080,
        ],
        [step("resize", width=1080, height=None), step("pad", aspect="9:16", color="black")],
        note="or pad to 9:16 and scale to 1080 wide, in either order (as the dev set's crop-09)",
    ),
    do(
        "crop-111",
        "the short was uploaded as a landscape video with black bars on the sides and the short "
        "in the middle: crop it to approximately the aspect ratio of the short",
        [step("crop", aspect="9:16")],
        [step("platform", platform=VERTICAL_PLATFORMS, fit="crop")],
        note="a 9:16 platform with crop is the same crop, scaled",
    ),
    do(
        "crop-112",
        "add an image border to convert the square (1:1) video into a wider horizontal aspect "
        "ratio, so YouTube does not classify it as a Short",
        [step("pad", aspect="16:9")],
        [step("platform", platform="youtube", fit="pad")],
        probe=Probe(duration=120.0, width=1080, height=1080),
        note="a border of any colour; platform(youtube, pad) is the same, scaled to 1920x1080",
    ),
    ask(
        "crop-113",
        "crop the frame of the video",
        "which area or aspect",
        ("which", "aspect", "ratio", "area", "how much", "size", "where"),
    ),
    do(
        "crop-114",
        "the video source displays as 4:3: stretch it to 16:9",
        [step("resize", width=1920, height=1080)],
        [step("resize", width=1440, height=810)],
        [step("resize", width=1280, height=720)],
        probe=Probe(width=1440, height=1080),
        note="a 1440x1080 (4:3) source: stretched to a 16:9 size, the height kept, the width "
        "kept, or 720p",
    ),
    do(
        "crop-115",
        "de-stretch the video: it was originally 4:3 but uploaded with 16:9 (stretched aspect "
        "ratio)",
        [step("resize", width=1440, height=1080)],
        note="a 1920x1080 source, back to 4:3 at the same height",
    ),
    do(
        "crop-116",
        "upscale the 960x720 video to 1080p as 1440x1080, not stretched to 1920x1080",
        [
            TO_1080
            | step("resize", width=1440, height=AnyOf(1080, None))
            | step("resize", percent=150)
        ],
        probe=Probe(width=960, height=720),
    ),
    do(
        "crop-117",
        "convert the mp4 video to satisfy the instagram reel requirements",
        [step("platform", platform="instagram_reels")],
    ),
    ask(
        "crop-118",
        "export the small video I created for instagram as an instagram (or twitter) video",
        "which Instagram shape: post 1:1, portrait 4:5 or reels 9:16",
        ("which", "shape", "post", "portrait", "reel", "story", "aspect", "1:1", "4:5", "9:16"),
    ),
    ask(
        "crop-119",
        "change the video resolution",
        "which resolution",
        ("which resolution", "which", "what resolution", "size", "720p", "1080p"),
    ),
    do(
        "crop-120",
        "change the video resolution from HD to SD",
        [step("resize", lines=480) | step("resize", height=480, width=None)],
        probe=Probe(width=1280, height=720),
    ),
    ask(
        "crop-121",
        "magnify a part of the clip",
        "which part, how much, when (and no zoom operation)",
        (*WHICH_PART, "how much", "area", "zoom"),
    ),
    # ------------------------------------------------------------ cut
    do(
        "cut-101",
        "trim off the first 12 minutes of the MP4 file",
        [step("trim", start=720, end=None)],
        probe=Probe(duration=1800.0),
    ),
    do(
        "cut-102",
        "cut the beginning by 2 seconds and another 4 seconds at the end of the 3 min 56 sec video",
        [step("trim", start=2, end=-4)],
        [step("trim", start=2, end=None), step("trim", start=0, end=AnyOf(-4, 230))],
        [step("trim", start=0, end=-4), step("trim", start=2, end=None)],
        probe=Probe(duration=236.0),
        note="one trim, or one a side in either order (after the first 2 s go, the end is 230)",
    ),
    do(
        "cut-103",
        "the lesson doesn't start for another 10 minutes after the recording starts: cut that "
        "chunk off, so the video starts with the lesson",
        [step("trim", start=600, end=None)],
        probe=Probe(duration=3600.0),
    ),
    do(
        "cut-104",
        "keep the part from 00:02 to 00:14 of the 14 seconds video",
        [step("trim", start=2, end=AnyOf(14, None))],
        probe=Probe(duration=14.0),
    ),
    do(
        "cut-105",
        "cut just the first few seconds (00:00:04) of the .webm file",
        [step("trim", start=4, end=None)],
    ),
    ask(
        "cut-106",
        "set a Start (In) and End (Out) point on the raw phone video (I record a bit of silence "
        "before and after, sometimes too much)",
        "the in and out points",
        (*WHICH_PART, "in point", "out point", "in and out"),
        note="'start' and 'end' are in the request too: only the refusal's own words count",
    ),
    ask(
        "cut-107",
        "make the 30 sec clip a 15 sec clip, because 30 sec clips are too big to be uploaded to "
        "Discord without having Nitro",
        "which 15 s",
        ("which", "where", "start", "first", "part"),
        probe=Probe(duration=30.0),
        note="the table allows 'keep the first 15 seconds' as a default, but the class is "
        "UNDERSPECIFIED: scored as ask (as the dev set's cut-13), so such a plan counts WRONG",
    ),
    do(
        "cut-108",
        "extract 30 seconds starting at 2:15",
        [step("trim", start=135, end=165)],
        probe=Probe(duration=600.0),
    ),
    do(
        "cut-109",
        "extract first 2 minutes as a preview",
        [step("trim", start=0, end=120)],
        probe=Probe(duration=600.0),
    ),
    do(
        "cut-110",
        "keep segment from 2:15 to 3:45",
        [step("trim", start=135, end=225)],
        probe=Probe(duration=600.0),
    ),
    do(
        "cut-111",
        "cut out middle 5 minutes",
        *_cut(450, 750, 1200.0),
        probe=Probe(duration=1200.0),
        note="a 20 min video: the 5 minutes centred on its midpoint are 7:30-12:30",
    ),
    ask(
        "cut-112",
        "I left one scene running a bit long: snip out and discard those few seconds from the "
        "movie",
        "which seconds",
        (*WHICH_PART, "seconds"),
    ),
    ask(
        "cut-113",
        "cut out all the parts of the video I don't want and keep what is left",
        "which parts",
        (*WHICH_PART, "parts"),
    ),
    do(
        "cut-114",
        "create sports highlights: keep 180.149-189.126, 200.445-209.404 and 211.302-230.268",
        [
            step(
                "keep_ranges",
                ranges=[[180.149, 189.126], [200.445, 209.404], [211.302, 230.268]],
            )
        ],
        probe=Probe(duration=600.0),
    ),
    ask(
        "cut-115",
        "edit something out of the clip and crossfade the remaining pieces into each other so "
        "there's not an abrupt cut",
        "which part (and a crossfade at an inner cut has no operation)",
        WHICH_PART,
    ),
    out_of_scope(
        "cut-116",
        "download only a 3 to 10 sec portion of the online video (url#t=start_time+duration) "
        "instead of the whole video",
        "downloading from a URL",
    ),
    do(
        "cut-117",
        "cut the segment starting at min 10:00, where he speaks about issue x for about two "
        "minutes (to paste a snippet of it on social networks)",
        [step("trim", start=600, end=720)],
        probe=Probe(duration=3600.0),
    ),
    ask(
        "cut-118",
        "make the video shorter",
        "how much shorter, which part",
        ("how much", "how long", "which part", "which", "length", "duration", "seconds"),
    ),
    do(
        "cut-119",
        "our 11 minute landing page video is pretty long: as a quick fix use it from second 78 "
        "to second 275",
        [step("trim", start=78, end=275)],
        probe=Probe(duration=660.0),
    ),
    out_of_scope(
        "cut-120",
        "split the 12-minute file into 3 parts: result 3 files of 4 minutes",
        "several output files",
        probe=Probe(duration=720.0),
    ),
    out_of_scope(
        "cut-121",
        "split the ~90 minute family video into <20min videos (Smugmug video uploads have a max "
        "of 20 min per video)",
        "several output files",
        probe=Probe(duration=5400.0),
    ),
    do(
        "cut-122",
        "cut out the OP (opening) from 00:15 to 00:35",
        *_cut(15, 35, 1440.0),
        probe=Probe(duration=1440.0),
        note="a 24 min episode",
    ),
    do(
        "cut-123",
        "skip the first 30 seconds (the repetitive intro, to save time)",
        [step("trim", start=30, end=None)],
        probe=Probe(duration=600.0),
    ),
    ask(
        "cut-124",
        "skip the intro of the show episode, like Netflix",
        "where the intro ends (or an analysis to find it)",
        ("where", "when", "how long", "end", "which", "time"),
        probe=Probe(duration=1440.0),
    ),
    ask(
        "cut-125",
        "trim the video: set a custom start time like 00:02, and do the same for the end",
        "the end time (the start, 00:02, is given)",
        ("end", "where", "when", "stop", "until"),
        note="'end' is in the request too: only the refusal's own words count",
    ),
    # ------------------------------------------------------------ fade
    do(
        "fade-101",
        "automatic Fade-In and Fade-Out, both in the recorded video and audio",
        [
            anywhere(step("fade", direction="in", target="both")),
            anywhere(step("fade", direction="out", target="both")),
        ],
    ),
    do(
        "fade-102",
        "fade out the video; it just abruptly stops",
        [step("fade", direction="out", target=AnyOf("both", "video"))],
    ),
    do(
        "fade-103",
        "a simple fade-in and fade-out of 0.5 seconds for the captured footage",
        [
            anywhere(step("fade", direction="in", duration=0.5, target=AnyOf("both", "video"))),
            anywhere(step("fade", direction="out", duration=0.5, target=AnyOf("both", "video"))),
        ],
        note="the picture alone (the original's -vf) or with the sound",
    ),
    do(
        "fade-104",
        "fade out the background music over the last two seconds",
        [step("fade", direction="out", duration=2, target="audio")],
    ),
    # ------------------------------------------------------------ format
    do("format-101", "convert the .mov to .mp4", [step("convert", format="mp4")]),
    do(
        "format-102",
        "transcode the MOV video to MP4 (the mov file is rather big)",
        [step("convert", format="mp4")],
    ),
    do(
        "format-103",
        "compress the clip so it fits the discord 20mb limit",
        [step("compress", max_mb=20)],
    ),
    do(
        "format-104",
        "create 10-second GIF starting at 30 seconds",
        [step("trim", start=30, end=40), AS_GIF, ALSO_GIF],
        note="gif() or convert(gif), the same GIF at the defaults",
    ),
    do(
        "format-105",
        "extract frame at 2:15",
        [step("still", at=135), IMAGE],
        probe=Probe(duration=600.0),
    ),
    do(
        "format-106",
        "make a gif of the ~30s clip, small / compressed, < 30 Mb",
        [
            step("gif", fps=Below(12)) | step("gif", width=Below(480)),
            ALSO_GIF,
        ],
        probe=Probe(duration=30.0),
        note="no size target for a GIF: smaller than the defaults (12 fps, 480 px wide), a "
        "lower frame rate or width (as the dev set's format-07)",
    ),
    do(
        "format-107",
        "export a gif of the clip from 2:09:05 to 2:09:17",
        [step("trim", start=7745, end=7757), AS_GIF, ALSO_GIF],
        probe=Probe(duration=9000.0),
    ),
    do(
        "format-108",
        "a better gif out of the video, with a little higher resolution (1024 wide, 15 fps) and "
        "less noise",
        [maybe(step("denoise")), step("gif", fps=15, width=1024), ALSO_GIF],
        note="the table: gif(fps=15, width=1024); 'less noise' may also be read as a denoise",
    ),
    no_op(
        "format-109",
        "extract one frame every 5 seconds",
        "no op",
        note="no frame-sequence operation; contact_sheet is one image",
    ),
    do(
        "format-110",
        "reduce file size with CRF 23",
        [step("quality", level="balanced")],
        note="the table: CRF 23 is the usual middle, quality(balanced); quality(small) is wrong",
    ),
    do(
        "format-111",
        "compress the recorded clip below the 16 MB MP4 limit of the WhatsApp API",
        [step("compress", max_mb=16), maybe(step("convert", format="mp4"))],
    ),
    do(
        "format-112",
        "get the recorded video in .mp4 format instead of .webm, because .webm video is not "
        "playing in iphone/ios",
        [step("convert", format="mp4")],
    ),
    do(
        "format-113",
        "convert the webm to mp4 (at 25 fps), some video players cannot play it",
        [anywhere(step("convert", format="mp4")), anywhere(step("fps", fps=25))],
    ),
    do(
        "format-114",
        "generate a video thumbnail preview in .gif format",
        [AS_GIF, ALSO_GIF],
    ),
    do(
        "format-115",
        "take a jpeg snapshot at 00:01:30.00 from the video",
        [step("still", at=90), anywhere(step("convert", format="jpg"))],
        probe=Probe(duration=600.0),
        note="jpg is asked: the still and a convert to jpg",
    ),
    do(
        "format-116",
        "make a screenshot that is a grid of thumbnails from the video spread over its duration "
        "(like the app 'Thumbs')",
        [step("contact_sheet"), IMAGE],
    ),
    do(
        "format-117",
        "generate a multi-frame collage thumbnail (contact sheet style) to use as the "
        "poster/cover of the video",
        [step("contact_sheet"), IMAGE],
    ),
    no_op(
        "format-118",
        "make the gif stop repeating: it should play just one time only",
        "no op",
        note="gif has no loop-count setting",
    ),
    # ------------------------------------------------------------ fps
    do("fps-101", "convert the video to 30 FPS", [step("fps", fps=30)]),
    do(
        "fps-102",
        "convert the 60fps video back to 23.970 [not slow motion]",
        [step("fps", fps=23.976)],
        probe=Probe(fps=60.0),
        note="23.970 and 23.976 are within the tolerance",
    ),
    do(
        "fps-103",
        "make a 30fps video from the video which is originally 24fps (without slowing it down)",
        [step("fps", fps=30)],
        probe=Probe(fps=24.0),
    ),
    no_op(
        "fps-104",
        "frame doubling with new interpolated frames, so that we get full 60fps video",
        "no op",
        probe=Probe(fps=30.0),
        note="motion interpolation; fps(60) only repeats frames, so it is wrong",
    ),
    # ------------------------------------------------------------ freeze
    do(
        "freeze-101",
        "add an ending freeze frame of 5 sec, and an ending frame fadeaway of 2.5 sec",
        [
            step("freeze", at=Between(59.8, 60.0), seconds=5),
            step("fade", direction="out", duration=2.5, target=AnyOf("both", "video")),
        ],
        note="the last frame held (within the last 0.2 s, as the dev set's odd-19), then the "
        "fade at the new end",
    ),
    ask(
        "freeze-102",
        'create a "freeze frame" effect of 3 seconds',
        "at which frame (time)",
        ("which frame", "which", "when", "at what", "where", "time"),
    ),
    # ------------------------------------------------------------ join
    do(
        "join-101",
        "concatenate video2 just after this video, in 1 file",
        [step("join", clips=_joined(["video2.mp4"]), at="end")],
        assets=["video2.mp4"],
    ),
    do(
        "join-102",
        "add my clips of holidays together to get one overview",
        [step("join", clips=_joined(["holiday2.mp4", "holiday3.mp4"]), at="end")],
        assets=["holiday2.mp4", "holiday3.mp4"],
        note="the other clips given as holiday2.mp4 and holiday3.mp4, joined after this one "
        "in the order given",
    ),
    do(
        "join-103",
        "add an outro clip to the video, so it doesn't just stop right away (a short clip with "
        '"like the video and subscribe/follow")',
        [step("join", clips=_joined(["outro.mp4"]), at="end")],
        assets=["outro.mp4"],
    ),
    do(
        "join-104",
        'add the "fixed" 30 seconds intro clip to the movie',
        [step("join", clips=_joined(["intro.mp4"]), at="start")],
        assets=["intro.mp4"],
    ),
    do(
        "join-105",
        "merge the 4 videos to one: Intro -> Title -> Body (this video) -> Outro",
        [
            anywhere(step("join", clips=["intro.mp4", "title.mp4"], at="start")),
            anywhere(step("join", clips=["outro.mp4"], at="end")),
        ],
        assets=["intro.mp4", "title.mp4", "outro.mp4"],
    ),
    do(
        "join-106",
        "add the intro video at the start and an image at the end of the original trekking video",
        [
            anywhere(step("join", clips=["intro.mp4"], at="start")),
            anywhere(step("join", clips=["image.png"], at="end")),
        ],
        assets=["intro.mp4", "image.png"],
    ),
    do(
        "join-107",
        "a very short fade between the clips, maybe 1/8 second, so the cuts don't appear so 'hard'",
        [
            step(
                "transition",
                clips=_joined(["clip2.mp4", "clip3.mp4"]),
                style="fade",
                seconds=0.125,
            )
        ],
        assets=["clip2.mp4", "clip3.mp4"],
        note="the other clips given as clip2.mp4 and clip3.mp4",
    ),
    do(
        "join-108",
        "add a simple transition when joining the videos together",
        [step("transition", clips=_joined(["clip2.mp4"]), style="fade")],
        assets=["clip2.mp4"],
    ),
    # ------------------------------------------------------------ logo and picture-in-picture
    do(
        "logo-101",
        "embed my logo at the corner of each frame like in television (to protect my video)",
        [step("overlay_image", file="logo.png", position=CORNERS)],
        assets=["logo.png"],
    ),
    do(
        "logo-102",
        "add a watermark on the bottom left of the video",
        [step("overlay_image", file="watermark.png", position="bottom-left")],
        assets=["watermark.png"],
    ),
    do(
        "logo-103",
        "add a logo watermark on the video in the top right position like in Netflix videos",
        [step("overlay_image", file="logo.png", position="top-right")],
        assets=["logo.png"],
    ),
    ask(
        "logo-104",
        "add a watermark on the video after it has been saved",
        "which watermark (no image or text given)",
        ("which", "image", "logo", "file", "text", "asset"),
    ),
    do(
        "logo-105",
        "show the webcam, recorded separately, as a picture-in-picture overlay on the screen "
        "recording",
        [step("pip", file="webcam.mp4")],
        assets=["webcam.mp4"],
        note="anywhere on the screen: any position",
    ),
    do(
        "logo-106",
        "run this feed full screen, with the second one overlapping it on the bottom right corner",
        [step("pip", file="second.mp4", position="bottom-right")],
        assets=["second.mp4"],
    ),
    no_op(
        "logo-107",
        "put the cam as a circled face somewhere in the corner of the screen recording, like in "
        "zoom screensharing",
        "no op",
        assets=["cam.mp4"],
        note="the table: pip(cam.mp4, a corner) ([no op] for the circle shape). pip is "
        "rectangular, so a plain pip drops the circle: a refusal, as color-107",
    ),
    out_of_scope(
        "logo-108",
        "remove the (TikTok) watermark from the video",
        "removing a burned-in moving watermark needs inpainting",
    ),
    do(
        "logo-109",
        "add my logo to the right top of the entire mp4 video",
        [step("overlay_image", file="logo.png", position="top-right", start=None, end=None)],
        assets=["logo.png"],
    ),
    do(
        "logo-110",
        "add a transparent png as watermark in the video",
        [step("overlay_image", file="watermark.png")],
        assets=["watermark.png"],
        note="'transparent' is the png's own alpha: any opacity",
    ),
    # ------------------------------------------------------------ loop
    do(
        "loop-101",
        "make the video loop 30 times, like those 10 hour videos on youtube",
        [step("loop", times=30)],
    ),
    no_op(
        "loop-102",
        "make a boomerang-style animated gif, where it plays through and then reverses",
        "no op",
        note="forward then reversed; gif() alone does not reverse",
    ),
    out_of_scope(
        "loop-103",
        "make the .mp4 loop infinitely, without specifying a duration or number of loops",
        "endless looping is a player setting",
    ),
    # ------------------------------------------------------------ several steps
    no_op(
        "multi-101",
        "remove silence, add Hormozi-style captions, and speed it up 1.25x",
        "needs analysis",
        note="remove_silence + speed(1.25) exist, but the captions need speech recognition: "
        "a plan without them is wrong",
    ),
    no_op(
        "multi-102",
        "trim from 00:02:00 to 00:15:00 and add standard captions",
        "needs analysis",
        probe=Probe(duration=1800.0),
        note="trim(120, 900) exists, but the captions need speech recognition (no subtitle file)",
    ),
    no_op(
        "multi-103",
        "make an Insta Reel of 15 seconds of the best shots from RedCrest Golf",
        "needs analysis",
        note="choosing the best shots is content judgement",
    ),
    # ------------------------------------------------------------ questions
    do(
        "question-101",
        "get the duration of the WEBM video file in seconds",
        [step("question", about="duration")],
    ),
    do(
        "question-102",
        "check if the video file has an audio track, before extracting it",
        [step("question", about="audio")],
    ),
    do("question-103", "return the frame rate of the clip", [step("question", about="fps")]),
    do(
        "question-104",
        "grab the frame count of the video",
        [
            anywhere(step("question", about="fps")),
            anywhere(step("question", about="duration")),
        ],
        [step("question", about="everything")],
        note="no frame count: the frame rate and the duration (frames = fps x duration), asked "
        "in either order, or everything at once",
    ),
    # ------------------------------------------------------------ reverse
    do(
        "reverse-101",
        "make a backwards copy of the video (instead of keeping 2 videos, one backwards and one "
        "forward)",
        [step("reverse")],
    ),
    do(
        "reverse-102",
        "reverse the frames of the video file, so it plays backwards",
        [step("reverse")],
    ),
    # ------------------------------------------------------------ rotate
    ask(
        "rotate-101",
        "rotate the video, it is recorded vertical on my phone",
        "which direction (90° clockwise or counter-clockwise)",
        DIRECTION,
    ),
    do(
        "rotate-102",
        "the video shot in portrait mode loads 90 degrees right: rotate it 90 degrees left, "
        "without cropping the top and bottom",
        [step("rotate", degrees=270)],
    ),
    do(
        "rotate-103",
        "mirror image / horizontally flip the webcam video",
        [step("flip", direction="horizontal")],
    ),
    ask(
        "rotate-104",
        "rotate the video, my camera is at 90 degrees",
        "which direction (clockwise or counter-clockwise)",
        DIRECTION,
    ),
    do(
        "rotate-105",
        "rotate the video with transpose=1 (90° clockwise)",
        [step("rotate", degrees=90)],
    ),
    # ------------------------------------------------------------ silence
    do(
        "silence-101",
        "automatically detect when the audio is under a certain level, add 500 milliseconds of "
        "padding and cut there",
        [step("remove_silence", margin=0.5, where="all")],
    ),
    do(
        "silence-102",
        "remove the big sections of silence at the beginning and end of the recorded lecture",
        [step("remove_silence", where="ends")],
    ),
    do(
        "silence-103",
        "crop the silence on the sound (the video has a static picture), but leave 0.2-0.5 "
        "seconds more after each cut so word endings are not cut",
        [step("remove_silence", margin=Between(0.25, 0.5), where="all")],
        note="the table's margin≈0.3: more room than the default 0.2, at most 0.5",
    ),
    no_op(
        "silence-104",
        "preserve the longer silences (planned pauses between paragraphs, sections, chapters) "
        "while cutting out the shorter silences",
        "no op",
        note="remove_silence does the opposite (min_silence cuts only the long ones): wrong",
    ),
    do(
        "silence-105",
        "remove all the silent parts from the video in one click",
        [step("remove_silence", where="all")],
    ),
    # ------------------------------------------------------------ speed
    do(
        "speed-101",
        "speed the raw footage (without audio) up to triple speed",
        [step("speed", factor=3, start=None, end=None)],
        probe=Probe(has_audio=False),
    ),
    do(
        "speed-102",
        "the video is 25 fps: overpower the speed and frame rate to 23.976",
        [
            anywhere(step("speed", factor=23.976 / 25, start=None, end=None)),
            anywhere(step("fps", fps=23.976)),
        ],
        probe=Probe(fps=25.0),
        note="factor 0.959, and the frame rate, in either order",
    ),
    ask(
        "speed-103",
        "slow down a point in the video (when the car is close) and x time later return to "
        "normal speed",
        "which point, how long, how slow",
        (*WHICH_PART, "how long", "how slow", "how much", "factor"),
    ),
    do(
        "speed-104",
        "play the 240fps SlowMotion video at 0.1x (still 24fps)",
        [step("speed", factor=0.1, start=None, end=None), maybe(step("fps", fps=24))],
        probe=Probe(fps=240.0),
        note="0.1x of 240 fps is 24 fps: an fps(24) may be added",
    ),
    ask(
        "speed-105",
        "play the first and last seconds of the slow motion phone video at normal speed, and "
        "slow-mo the middle",
        "how many seconds at each end, how slow",
        ("how many", "how long", "how slow", "how much", "which", "factor", "seconds"),
    ),
    out_of_scope(
        "speed-106",
        "capture the video in slow motion",
        "high-frame-rate capture is a camera setting",
    ),
    no_op(
        "speed-107",
        "shorten the 10 minute Sentry video by removing duplicate frames, so when there is no "
        "motion the time runs very quick and with motion at normal speed",
        "no op",
        probe=Probe(duration=600.0),
        note="dropping duplicate frames (mpdecimate)",
    ),
    do(
        "speed-108",
        "make the 3 hour video into a 3 minute video",
        [step("speed", factor=60, start=None, end=None)],
        probe=Probe(duration=10800.0),
    ),
    ask(
        "speed-109",
        "speed up the clip to a certain length",
        "the target length",
        (
            "target length",
            "how long",
            "length",
            "duration",
            "how fast",
            "how much faster",
            "factor",
        ),
    ),
    do(
        "speed-110",
        "slow the 30fps video to 80% to make it look smooth in a 24fps project",
        [step("speed", factor=0.8, start=None, end=None), maybe(step("fps", fps=24))],
        probe=Probe(fps=30.0),
    ),
    do(
        "speed-111",
        "speed up the audio and video by 2 times, in sync",
        [step("speed", factor=2, start=None, end=None)],
    ),
    do(
        "speed-112",
        "turn the long, slow moving animation into a short, fast moving video: a speed up "
        "between 2 and 5, no audio needed",
        [
            anywhere(step("speed", factor=Between(2, 5), start=None, end=None)),
            anywhere(step("mute")),
        ],
        note="any factor from 2 to 5; the sound dropped, before or after",
    ),
    do(
        "speed-113",
        "the timelapse plays too quickly: make it play back at 1/2 speed of current",
        [step("speed", factor=0.5, start=None, end=None)],
    ),
    do(
        "speed-114",
        "speed the 157.53s clip up so the render is 29s long (without a chipmunk voice)",
        [step("speed", factor=157.53 / 29, start=None, end=None)],
        probe=Probe(duration=157.53),
        note="factor 5.43; speed keeps the pitch",
    ),
    # ------------------------------------------------------------ stabilize
    do(
        "stab-101",
        "remove all of the camera shake from the cell phone video of a mechanical object (no "
        "tripod, the camera moves a little), fixing immobile objects like bolts at their "
        "position in the first frame",
        [step("stabilize", strength="strong")],
        note="the table: stabilize(strong), marking the reference objects is not possible; its "
        "'no op' is not bracketed and the header's 23 [no op] rows leave it out, so DOABLE",
    ),
    do(
        "stab-102",
        'apply motion stabilization or "de-shake" as in ffmpeg\'s deshake filter',
        [step("stabilize")],
    ),
    # ------------------------------------------------------------ subtitles
    _subs(
        "subs-101",
        "hardcode the subs into the .mp4 video (I made the .srt file myself)",
        "subs.srt",
    ),
    _subs("subs-102", "burn in the .srt subtitle to hardcode it", "subs.srt"),
    _subs("subs-103", "burn in subtitles from the external srt", "subs.srt"),
    ask(
        "subs-104",
        "hard-encode the subtitle to the video, from mkv to mp4",
        "a subtitle file (the subtitle is a track inside the mkv)",
        SUBTITLE_FILE,
    ),
    ask(
        "subs-105",
        "hardcode the subtitles (because Plex needs to transcode if subtitles are enabled)",
        "a subtitle file (they are inside the file)",
        SUBTITLE_FILE,
    ),
    _subs("subs-106", "add the existing .srt file to the video (it has no subtitle)", "subs.srt"),
    no_op(
        "subs-107",
        "put subtitles on the mp4 file; the subtitle file is .txt (YouTube transcript)",
        "no op",
        assets=["transcript.txt"],
        note="a plain-text transcript has no timings; subtitles needs SRT/ASS/VTT",
    ),
    _subs("subs-108", "add the .ass subtitles to the video file", "subs.ass"),
    no_op(
        "subs-109",
        "auto-generate the subtitle from the sound wave",
        "needs analysis",
        note="subtitles from speech need speech recognition",
    ),
    out_of_scope(
        "subs-110",
        "auto-generate video subtitles (with translation), off-line",
        "speech recognition plus translation",
    ),
    ask(
        "subs-111",
        "add subtitles to the video",
        "a subtitle file or the text",
        (*SUBTITLE_FILE, "text"),
    ),
    # ------------------------------------------------------------ text
    ask("text-101", "add text to the video, I really need to add text", "which text", TEXT),
    ask("text-102", "overlay text on video at position 10:10", "which text", TEXT),
    do(
        "text-103",
        'add a "Subscribe!" text overlay at the 1 minute mark',
        [step("text", text="Subscribe!", start=60, end=Between(61, 70))],
        probe=Probe(duration=300.0),
        note="a few seconds from 1:00 (ending by 1:10)",
    ),
    ask(
        "text-104",
        "simply put my channel name in the video",
        "the channel name",
        ("channel name", "name", "which text", "what text", "text"),
    ),
    ask(
        "text-105",
        "add a text inside the video as watermark, with a color",
        "which text (and colour)",
        (*TEXT, "colour", "color"),
    ),
    no_op(
        "text-106",
        "display the hour and date on the top right of the (timelapse) video",
        "no op",
        note="a running date/time overlay; no clock or timecode operation",
    ),
    ask(
        "text-107",
        "add a text in the video that appears at a given second and disappears a while later, "
        "without obscuring the video",
        "which text, when",
        (*TEXT, *WHICH_PART),
    ),
    ask(
        "text-108",
        "add a title frame with my text for a given amount of time before the actual video starts",
        "which text, how long",
        (*TEXT, "how long", "duration", "seconds"),
        note="'text' and 'title' are in the request too: only the refusal's own words count",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
