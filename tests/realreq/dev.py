"""The real-request development set (shared/prompts/real-dev.md): one checkable case a row."""

from __future__ import annotations

from .cases import CORNERS, WHICH_PART
from .cases import ask as _ask
from .cases import do as _do
from .cases import no_op as _no_op
from .score import VERTICAL, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "by_id"]

AUDIO_FORMATS = AnyOf("mp3", "m4a", "wav", "flac", "opus")
VERTICAL_PLATFORMS = AnyOf("tiktok", "instagram_reels", "instagram_story", "youtube_shorts")
HIGH = maybe(step("quality", level="high"))
SMALL = anywhere(step("quality", level="small"))
SIDES_20 = step("crop_edges", left=20, right=20, top=0, bottom=0, unit="%")
PAD_9_16 = step("pad", aspect="9:16", color="black")
PAD_16_9 = step("pad", aspect="16:9", color="black")
TO_720 = step("resize", lines=720) | step("resize", height=720, width=None)
TO_1080 = step("resize", lines=1080)
BURN_VTT = step("subtitles", file=AnyOf("subtitles.vtt", None))
TWICE = step("speed", factor=2, start=None, end=None)
FPS_48 = step("fps", fps=48)


CASES: tuple[Case, ...] = (
    # ------------------------------------------------------------ audio
    _do("audio-01", "remove the music from the video", [step("mute")]),
    _ask(
        "audio-03",
        "mute only part of the audio, while the video is intact",
        "which part (start and end time)",
        WHICH_PART,
    ),
    _do(
        "audio-05",
        "increase the volume of the video's audio track",
        [step("volume", db=Between(0.01)) | step("volume", percent=Between(100.01))],
    ),
    _do("audio-07", "normalize the video's audio to -14 LUFS", [step("normalize", lufs=-14)]),
    _do(
        "audio-09",
        "add a fade out effect for the audio at the end of the video",
        [step("fade", direction="out", target="audio")],
    ),
    _do(
        "audio-11",
        "a simple fade in from black at the start and fade out to black at the end (2 s)",
        [
            anywhere(step("fade", direction="in", duration=2, target=AnyOf("both", "video"))),
            anywhere(step("fade", direction="out", duration=2, target=AnyOf("both", "video"))),
        ],
        note="'from black ... to match the audio better': the picture alone or with the sound",
    ),
    _do(
        "audio-13",
        "get the audio track from the video (to create an audio-only podcast)",
        [step("extract_audio"), maybe(step("convert", format=AUDIO_FORMATS))],
        [step("convert", format=AUDIO_FORMATS)],
        note="convert to an audio type is the same as extract_audio",
    ),
    _do(
        "audio-15",
        "get a mp3 file with the audio of the mp4",
        [step("extract_audio", format="mp3"), maybe(step("convert", format="mp3"))],
        [step("convert", format="mp3"), maybe(step("extract_audio", format=AnyOf(None, "mp3")))],
    ),
    _do(
        "audio-17",
        "replace the audio using a custom .mp3",
        [step("replace_audio", file="music.mp3")],
        assets=["music.mp3"],
    ),
    _do(
        "audio-19",
        "remove the audio from the video and add the new audio/song",
        [step("replace_audio", file="song.mp3")],
        assets=["song.mp3"],
    ),
    _do(
        "audio-21",
        "mute the video's own audio and add a new audio",
        [step("replace_audio", file="new_audio.mp3")],
        assets=["new_audio.mp3"],
        note="asset named new_audio.mp3: 'audio.mp3' would rename every 'audio' in the request",
    ),
    _do(
        "audio-23",
        "add background music to the video (it has people talking); "
        "the background audio must be lower",
        [
            step(
                "add_music",
                file="music.mp3",
                db=AnyOf(None, Below(0)),
                percent=AnyOf(None, Below(100)),
            )
        ],
        assets=["music.mp3"],
        note="quiet or ducked: add_music is -18 dB unless a level is asked, so any level below "
        "the music's own is right, ducked or not",
    ),
    _do(
        "audio-25",
        "add background music to the video that already has a voice-over, "
        "without removing the voiceover",
        [step("add_music", file="music.mp3")],
        assets=["music.mp3"],
    ),
    _no_op("audio-27", "shift the audio by -300 ms (it is unsynched)", "no op"),
    _ask(
        "audio-29",
        "add/subtract milliseconds to sync audio that is as much as 1,000 ms out of sync with "
        "the video",
        "how many milliseconds (the offset)",
        ("how much", "how many", "offset", "milliseconds", "ms", "amount", "by how"),
    ),
    # ------------------------------------------------------------ color
    _do(
        "color-01",
        "make the video black and white",
        [step("grayscale", start=None, end=None)],
    ),
    _do(
        "color-03",
        "convert it (webm/mp4/gif) in black/white mode",
        [step("grayscale", start=None, end=None)],
        note="'(webm/mp4/gif)' lists the formats the person converts to, not one to pick: "
        "expected is grayscale alone, as the table says; a plan that also converts is wrong",
    ),
    _do(
        "color-05",
        "give the video an old movie effect",
        [step("look", style="vintage", start=None, end=None)],
    ),
    # ------------------------------------------------------------ crop and frame
    _do(
        "crop-01",
        "crop the video in a square like in Instagram",
        [step("crop", aspect="1:1")],
        [step("platform", platform="instagram_post", fit="crop")],
        note="platform(instagram_post, crop) is the same square crop, scaled to 1080x1080",
    ),
    _do(
        "crop-03",
        "make a vertical video with blurred background sides",
        [step("blur_fill", aspect="9:16")],
    ),
    _do(
        "crop-05",
        "turn the vertical video into a horizontal video with a (stretched, blurred) background",
        [step("blur_fill", aspect="16:9")],
        probe=VERTICAL,
    ),
    _do(
        "crop-07",
        "make this vertical for TikTok",
        [step("crop", aspect="9:16")],
        [step("platform", platform="tiktok", fit="crop")],
        note="platform(tiktok, crop) is the same 9:16 crop, scaled to 1080x1920",
    ),
    _do(
        "crop-09",
        "crop 20% of both sides of the original, then make it 1080x1920 with black fill",
        [SIDES_20, step("platform", platform=VERTICAL_PLATFORMS, fit="pad")],
        [SIDES_20, PAD_9_16, step("resize", width=1080, height=AnyOf(1920, None)) | TO_1080],
        [SIDES_20, step("resize", width=1080, height=None), PAD_9_16],
        note="1080x1920 with black fill: a 9:16 platform with pad, or pad 9:16 and scale to "
        "1080 wide (either order)",
    ),
    _do(
        "crop-11",
        "resize the 1904x1080 video to 1920x1080 to remove the black bars on a 16:9 display",
        [step("resize", width=1920, height=1080)],
        probe=Probe(width=1904, height=1080),
    ),
    _do(
        "crop-13",
        "add upper and lower black bars to make the 1920x800 video 1920x1080, to make room for "
        "burning subtitles",
        [step("pad", aspect="16:9", color="black")],
        [step("platform", platform="youtube", fit="pad")],
        probe=Probe(width=1920, height=800),
        note="platform(youtube, pad) is the same 1920x1080 with bars",
    ),
    _do(
        "crop-15",
        "make the 1472x1152 output proper 720p: 576, 1.25x scale, then add black borders "
        "horizontally",
        [TO_720, PAD_16_9],
        [PAD_16_9, TO_720 | step("resize", width=1280, height=720)],
        [
            step("platform", platform="youtube", fit="pad"),
            TO_720 | step("resize", width=1280, height=720),
        ],
        probe=Probe(width=1472, height=1152),
        note="scale to 720 lines and pillarbox to 16:9 (1280x720), in either order",
    ),
    _no_op(
        "crop-17",
        "crop away the two black bars at the sides, centering the crop automatically",
        "no op",
    ),
    _do(
        "crop-19",
        "resize to 720p maintaining quality",
        [TO_720, HIGH],
    ),
    # ------------------------------------------------------------ cut
    _ask(
        "cut-01",
        "trim the video to size by giving it a start and an end time",
        "start and end time",
        ("start", "end", "time", "which part", "range"),
    ),
    _do(
        "cut-03",
        "edit out the part from 00:06 till 00:09 (keep and join the rest of the 10 sec video)",
        [step("cut", start=6, end=9)],
        [step("cut_ranges", ranges=[[6, 9]])],
        [step("keep_ranges", ranges=[[0, 6], [9, 10]])],
        probe=Probe(duration=10.0),
    ),
    _do(
        "cut-05",
        "cut out the bad part at 1min to 1.10min",
        [step("cut", start=60, end=70)],
        [step("cut_ranges", ranges=[[60, 70]])],
        probe=Probe(duration=5400.0),
        note="'1.10min' read as 1:10, as the table's cut(60,70) does; a movie: 90 min probe",
    ),
    _ask(
        "cut-07",
        "edit out a part of the video and blend the rest together",
        "which part",
        WHICH_PART,
    ),
    _do(
        "cut-09",
        "remove the last 2 seconds (me clicking Stop recording)",
        [step("trim", start=0, end=-2)],
    ),
    _do(
        "cut-11",
        "delete the last 2 sec of the 5 sec video",
        [step("trim", start=0, end=-2)],
        probe=Probe(duration=5.0),
    ),
    _ask(
        "cut-13",
        "trim the video to a 10s segment (result must be at most 10s)",
        "which 10 s",
        ("which", "where", "start", "first", "part"),
        note="the table allows 'keep the first 10 seconds' as a default, but the class is "
        "UNDERSPECIFIED: scored as ask, so a plan keeping the first 10 s counts WRONG",
    ),
    _do("cut-15", "trim first 30 seconds", [step("trim", start=30, end=None)]),
    # ------------------------------------------------------------ format
    _do(
        "format-01",
        "compress the video just under 8 mb, but the highest quality possible",
        [step("compress", max_mb=8), HIGH],
        note="quality(high) optional, as crop-19's '(+quality high)'",
    ),
    _do(
        "format-03",
        "reduce the 30MB video file to 5MB without reducing the quality",
        [step("compress", max_mb=5), HIGH],
        note="quality(high) optional, as crop-19's '(+quality high)'",
    ),
    _do(
        "format-05",
        "transcode the quicktime movie to mp4 so it can be played in Chrome",
        [step("convert", format="mp4")],
    ),
    _do(
        "format-07",
        "compromise gif quality to get a smaller GIF",
        [
            step("gif", fps=Below(12)) | step("gif", width=Below(480)),
            maybe(step("convert", format="gif")),
        ],
        note="smaller than the defaults (12 fps, 480 px wide): a lower frame rate or width; "
        "quality(small) does not touch a GIF",
    ),
    _ask(
        "format-09",
        "trim the video and export it to gif",
        "the trim range (start and end)",
        ("start", "end", "which part", "range", "time", "where"),
    ),
    _do(
        "format-11",
        "take the thumbnail at like 5min or at 1/3 of the video (00:01 is a black screen)",
        [step("still", at=AnyOf(300, None)), maybe(step("convert", format=AnyOf("png", "jpg")))],
        probe=Probe(duration=900.0),
        note="a 15 min video, so 5 min is also a third of the way in",
    ),
    _no_op(
        "format-13",
        "extract a frame periodically, once a second, throughout the file",
        "no op",
    ),
    _do(
        "format-15",
        "force the 60 fps video to 30 fps by dropping every second frame",
        [step("fps", fps=30)],
        probe=Probe(fps=60.0),
    ),
    # ------------------------------------------------------------ join, logo, multi
    _do(
        "join-01",
        "add an intro/outro video to the recording",
        [
            anywhere(step("join", clips=["intro.mp4"], at="start")),
            anywhere(step("join", clips=["outro.mp4"], at="end")),
        ],
        assets=["intro.mp4", "outro.mp4"],
    ),
    _do(
        "logo-01",
        "add a watermark photo to the video",
        [step("overlay_image", file="logo.png")],
        assets=["logo.png"],
        note="the table's name logo.png kept, though the request says 'watermark photo'",
    ),
    _do(
        "logo-03",
        'overlay a logo like a news channel ("MTV") in one of the 4 corners, with a chosen '
        "transparency",
        [step("overlay_image", file="logo.png", position=CORNERS)],
        assets=["logo.png"],
        note="defaults are fine: any corner (the default bottom-right is one), any opacity",
    ),
    _ask(
        "logo-05",
        "add images (logo) and text on the video",
        "the text",
        ("text", "words", "what text", "which text", "caption", "title"),
        assets=["logo.png"],
    ),
    _do(
        "multi-01",
        "burn in the subtitles, re-encode to save file size, and turn the 24fps content into "
        "48 fps by playing it back twice as fast",
        [BURN_VTT, TWICE, FPS_48, SMALL],
        [BURN_VTT, FPS_48, TWICE, SMALL],
        [FPS_48, BURN_VTT, TWICE, SMALL],
        assets=["subtitles.vtt"],
        probe=Probe(fps=24.0),
        note="subtitles must come before the speed-up (their times are the source's); the "
        "frame rate before or after it; quality(small) anywhere",
    ),
    _ask(
        "multi-03",
        "slow the video down before that frame, show the frame paused for a few seconds (maybe "
        'with a "hand-drawn" circle overlaid), then resume normal speed',
        "which frame (the time of 'that frame')",
        ("which frame", "when", "time", "at what", "which"),
    ),
    _ask(
        "multi-05",
        "resize the 4k video down to 1080p + compression + trim before uploading",
        "the trim range",
        ("start", "end", "which part", "range", "trim"),
        probe=Probe(width=3840, height=2160),
        note="'trim' is also in the request, so a refusal naming it may be quoting it; "
        "the quoted clause is removed before looking",
    ),
    _ask(
        "multi-07",
        "clip from 1:30 to 2:45 with subtitles",
        "a subtitle file",
        ("subtitle file", "srt", "vtt", "ass", "asset", "file"),
        probe=Probe(duration=300.0),
        note="a 5 min .mkv: the range fits, only the subtitle file is missing",
    ),
    _no_op(
        "multi-09",
        "cold cinematic look with slow zoom and fade music under dialogue",
        "no op",
        assets=["music.mp3"],
        note="the slow zoom has no operation: a plan of the look and the music is wrong",
    ),
    # ------------------------------------------------------------ odd
    _no_op(
        "odd-01",
        "cover up the license plate, like put a fog over it so viewers can't read it",
        "needs analysis",
    ),
    _ask(
        "odd-03",
        "add mosaic to the video (blur some part of it)",
        "which part (region)",
        ("which part", "which", "where", "area", "region", "position", "corner"),
    ),
    _no_op(
        "odd-05",
        "blur out the test questions shown in a portion of the screen; the area moves as I scroll",
        "needs analysis",
    ),
    _no_op(
        "odd-07",
        "zoom in on the portion of the clip where someone is pointing at a picture, to enlarge "
        "the picture",
        "needs analysis",
    ),
    _do(
        "odd-09",
        "a large picture of the overall view with a small video in the upper left corner "
        "showing the operator interface",
        [step("pip", file="clip2.mp4", position="top-left", size=AnyOf(None, Below(30.01)))],
        assets=["clip2.mp4"],
        note="small: the usual 30% or less",
    ),
    _no_op(
        "odd-11",
        "show the videos side by side: left half of the first next to right half of the second",
        "no op",
        assets=["clip2.mp4"],
    ),
    _do(
        "odd-13",
        "make the movie play video and sound in reverse (backward)",
        [step("reverse")],
    ),
    _no_op("odd-15", "play from beginning to end, then reversed (end to beginning)", "no op"),
    _ask(
        "odd-17",
        "loop the video when the clip duration is longer than the video, instead of slowing it "
        "down",
        "the target duration (or how many times)",
        ("how long", "duration", "length", "how many times", "how many", "times"),
    ),
    _do(
        "odd-19",
        "hold the last frame for 2 seconds so that the video ends less abruptly",
        [step("freeze", at=Between(59.8, 60.0), seconds=2)],
        note="freeze needs a frame before the end: 'at' within the last 0.2 s",
    ),
    _no_op(
        "odd-21",
        "replace the single colored green screen background",
        "no op",
        assets=["background.png"],
    ),
    # ------------------------------------------------------------ rotate
    _do(
        "rotate-01",
        "rotate the video 180° (it was rotated 180° when recorded)",
        [step("rotate", degrees=180)],
        [
            anywhere(step("flip", direction="horizontal")),
            anywhere(step("flip", direction="vertical")),
        ],
    ),
    _ask(
        "rotate-03",
        "rotate the video (90, 180, 270 degrees) — I recorded standing people with a rotated "
        "camera",
        "which angle (90, 180 or 270)",
        ("which", "angle", "how many degrees", "direction", "clockwise", "left or right"),
    ),
    _do(
        "rotate-05",
        "rotate the image 180 degrees",
        [step("rotate", degrees=180)],
        [
            anywhere(step("flip", direction="horizontal")),
            anywhere(step("flip", direction="vertical")),
        ],
        note="'the image' is a camera's video feed: a video probe",
    ),
    _do(
        "rotate-07",
        "flip the video horizontally (it was posted mirrored)",
        [step("flip", direction="horizontal")],
    ),
    # ------------------------------------------------------------ silence
    _do(
        "silence-01",
        "cut the silent parts out entirely instead of speeding them up",
        [step("remove_silence", where="all")],
    ),
    _no_op("silence-03", "do the opposite: keep only the silent parts of the video", "no op"),
    _no_op(
        "silence-05",
        "edit out the silences except when there is motion on the screen",
        "needs analysis",
        note="a plain remove_silence drops the exception: wrong",
    ),
    _no_op("silence-07", "cut where I say um too much", "needs analysis"),
    # ------------------------------------------------------------ speed
    _do(
        "speed-01",
        "speed up the video to be twice as fast",
        [step("speed", factor=2, start=None, end=None)],
    ),
    _ask(
        "speed-03",
        "make a speeded-up timelapse from 11.30 to 12.45",
        "times on the video (these are clock times) and the speed factor",
        ("factor", "how fast", "how much faster", "speed", "which part", "clock"),
        note="'speed' is asked-for wording only outside the quoted clause",
    ),
    _ask(
        "speed-05",
        "speed up only one part of the video",
        "which part",
        WHICH_PART,
    ),
    _do(
        "speed-07",
        "apply the speedup only from 10 to 15 seconds and again from 50 to 60 seconds",
        [
            step("speed", factor=2, start=10, end=15),
            step("speed", factor=2, start=47.5, end=AnyOf(57.5, None)),
        ],
        [
            step("speed", factor=2, start=50, end=AnyOf(60, None)),
            step("speed", factor=2, start=10, end=15),
        ],
        note="times of the source: each step sees the timeline the last left, so after "
        "10-15 s at 2x the source's 50-60 s is 47.5-57.5 (or the later range goes first)",
    ),
    _ask(
        "speed-09",
        "speed up a long section (say one minute) so it is reduced to a duration I choose",
        "which section and the target length",
        ("which", "where", "start", "how long", "duration", "length", "section"),
    ),
    _do(
        "speed-11",
        "slow both video and audio down (conform to 23.976)",
        [step("speed", factor=23.976 / 30, start=None, end=None), maybe(step("fps", fps=23.976))],
        note="a 30 fps source: factor 0.7992 (within 1%, so 0.8 passes)",
    ),
    _ask(
        "speed-13",
        "play the video slowly for selected intervals, not the entire video",
        "which intervals",
        (*WHICH_PART, "intervals"),
    ),
    _ask(
        "speed-15",
        "make part of the clip play in slow-motion (from … to …)",
        "start and end time",
        WHICH_PART,
    ),
    # ------------------------------------------------------------ stabilize
    _do("stab-01", "stabilize the drone video, which has many 'jerks'", [step("stabilize")]),
    _do("stab-03", '"Stabilize" the video (deshaking), like YouTube used to', [step("stabilize")]),
    # ------------------------------------------------------------ subtitles
    _do(
        "subs-01",
        "write the subtitles on the video (rendered on the clip)",
        [step("subtitles", file=AnyOf("subs.srt", None))],
        assets=["subs.srt"],
    ),
    _do(
        "subs-03",
        "embed the external subtitles as hardcoded text into the video",
        [step("subtitles", file=AnyOf("subtitles.srt", None))],
        assets=["subtitles.srt"],
    ),
    _do(
        "subs-05",
        "render the subtitle back to the video as hard subtitle (burnt into the video)",
        [step("subtitles", file=AnyOf("subtitle.srt", None))],
        assets=["subtitle.srt"],
        note="the table names no extra input, but burning needs the file: subtitle.srt given",
    ),
    _no_op(
        "subs-07",
        "add word-level animated captions: words appear one at a time as spoken, pop in, fade "
        "out when the sentence ends, bold centered text with shadow/outline",
        "needs analysis",
    ),
    _no_op("subs-09", "Add MrBeast style captions", "needs analysis"),
    # ------------------------------------------------------------ text
    _do(
        "text-01",
        'show the text "My Holidays 2013" first, before the main film',
        [
            step(
                "text",
                text="My Holidays 2013",
                start=AnyOf(None, 0),
                end=Between(0.5, 10),
            )
        ],
        tag="phrasing",
        note="no title-card operation: the title over the first seconds (ending by 10 s)",
    ),
    _no_op("text-03", "overlay a timestamp on the video", "no op"),
    _ask(
        "text-05",
        "overlay the date/time (formatted like the linux date command) and a camera name on "
        "the video",
        "the camera name",
        ("camera name", "name", "which camera", "text"),
        note="the running date/time has no operation either",
    ),
    _do(
        "text-07",
        "overlay the gif on top of the video from 1 to 3 seconds (after the header transition), "
        "with the gif starting from its beginning",
        [step("pip", file="gif.mp4", start=1, end=3)],
        assets=["gif.mp4"],
        note="pip starts the second video at the window's start, as asked",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
