"""A third fresh, held-out collection of real requests (tests/realreq/fresh3.md): one checkable
case a row, encoded the way fresh2.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Each case follows its row's
`expected` column. A row whose `expected` is `[no op] …` is a refusal (`no_op`); `[out of scope]`
rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the request and the
file it names is given as an asset instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .corpus import ALSO_GIF, IMAGE, TEXT, _audio_as, _joined, _subs
from .fresh import HOW_MUCH
from .fresh2 import LOUDER
from .score import (
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
TABLE = Path(__file__).with_name("fresh3.md")

#: One frame at the probe's 30 fps, give or take.
ONE_FRAME = Between(0.01, 0.05)


CASES: tuple[Case, ...] = (
    # ------------------------------------------------------------ trim and cut
    do(
        "fresh3-01",
        "I recorded several clips with my camera and have to select only a few seconds of each: "
        "I need only from 00:00:15 to 00:00:30",
        [step("trim", start=15, end=30)],
        [step("keep_ranges", ranges=[[15, 30]])],
    ),
    do(
        "fresh3-02",
        "cut till 1min30s",
        [step("trim", start=0, end=90)],
        [step("keep_ranges", ranges=[[0, 90]])],
        [step("trim", start=90, end=AnyOf(None, 300))],
        [step("cut", start=0, end=90)],
        probe=Probe(duration=300.0),
        note="prompt-file example; the author's answer keeps 0-1:30 (-ss 0 -to 1:30), but 'cut "
        "till' also reads as cutting the first 1:30 away: either is right",
    ),
    do(
        "fresh3-03",
        "cut from 011010",
        [step("trim", start=4210, end=AnyOf(None, 5400))],
        [step("trim", start=0, end=4210)],
        [step("cut", start=4210, end=5400)],
        probe=Probe(duration=5400.0),
        note="011010 is 01:10:10 = 4210 s; the author's answer keeps from there (-ss 01:10:10), "
        "cutting from there to the end is the other reading",
    ),
    ask(
        "fresh3-04",
        "cut a clip centered on the moment of the bug in the gameplay recording, 15 seconds "
        "before it and 15 seconds after it",
        "which moment (the playhead's time is not given)",
        (*WHICH_PART, "moment", "bug"),
        probe=Probe(duration=1800.0),
    ),
    ask(
        "fresh3-05",
        "cut off some few seconds in the end and in the beginning of the screen capture, but I "
        "don't know how much I want to cut away",
        "how much at each end",
        (*HOW_MUCH, *WHICH_PART),
    ),
    ask(
        "fresh3-06",
        "trim the gif: it has some extra seconds that I don't think were included intentionally",
        "which seconds (where they are, how many)",
        (*WHICH_PART, *HOW_MUCH),
        probe=Probe(duration=20.0, has_audio=False),
    ),
    # ------------------------------------------------------------ audio
    do(
        "fresh3-07",
        "lower the volume of the clip to 20%",
        [step("volume", percent=20, start=None, end=None)],
        [step("volume", db=Between(-14.5, -13.5), start=None, end=None)],
        note="20% of the level is -14 dB",
    ),
    do(
        "fresh3-08",
        "Reduce the volume by half",
        [step("volume", percent=50, start=None, end=None)],
        [step("volume", db=Between(-6.1, -5.9), start=None, end=None)],
        note="README prompt; half the level is -6 dB",
    ),
    do(
        "fresh3-09",
        "amplify the audio: my recordings usually have outputs at low volume",
        [LOUDER],
        [step("normalize")],
        note="louder by any amount; bringing a quiet recording up to a loudness target is right "
        "too",
    ),
    do(
        "fresh3-10",
        "fade in and fade out the 1-minute video, both set to 1 frame (00:00:00:01)",
        [
            anywhere(step("fade", direction="in", duration=ONE_FRAME, target="both")),
            anywhere(step("fade", direction="out", duration=ONE_FRAME, target="both")),
        ],
        probe=Probe(duration=60.0, fps=30.0),
        note="one frame at 30 fps is 1/30 s; picture and sound, in either order",
    ),
    do(
        "fresh3-11",
        "extract the audio (WEBM Opus) to the OGG container, which is much more widely supported "
        "by audio players on Android than .opus or .webm",
        *_audio_as("ogg"),
        note="the person wants the .ogg container, not .opus",
    ),
    do(
        "fresh3-12",
        "replace the video's audio with another audio we send (-map 0:v -map 1:a -c:v copy "
        "-shortest)",
        [step("replace_audio", file="new_audio.mp3")],
        assets=["new_audio.mp3"],
        note="asset named new_audio.mp3, as in the corpus: 'audio.mp3' would rename every 'audio'",
    ),
    do(
        "fresh3-13",
        "add the background music with automated ducking: the background track - music usually - "
        "gets its volume reduced when the VO grows louder",
        [step("add_music", file="music.mp3", duck=True)],
        assets=["music.mp3"],
    ),
    no_op(
        "fresh3-14",
        "Swap the stereo channels",
        "no op",
        note="README prompt; no operation swaps left and right",
    ),
    # ------------------------------------------------------------ silence
    no_op(
        "fresh3-15",
        "accelerate the silent parts of the video to 4 times speed, instead of just cutting them "
        "off",
        "no op",
        note="speed takes one range, not the silent parts; remove_silence cuts them, which is "
        "wrong",
    ),
    # ------------------------------------------------------------ speed and loop
    do(
        "fresh3-16",
        "make a timelapse of the recording: input FPS 2, output FPS 30, 15 minutes → 1 minute "
        "(with no sound of course)",
        [
            step("speed", factor=15, start=None, end=None),
            anywhere(step("mute")),
            maybe(step("fps", fps=30)),
        ],
        probe=Probe(duration=900.0),
        note="15 min to 1 min is 15x; 'with no sound' is a mute, in any place",
    ),
    do(
        "fresh3-17",
        "Loop it 3 times",
        [step("loop", times=AnyOf(3, 4))],
        note="README prompt; three plays, or the video and three repeats",
    ),
    out_of_scope(
        "fresh3-18",
        "boomerang / ping-pong the video back and forth between two points (A-B loop) on a display "
        "kiosk, without having to edit the video",
        "a player setting (A-B ping-pong looping on playback)",
    ),
    # ------------------------------------------------------------ resize and crop
    do(
        "fresh3-19",
        "reduce the screencast made on a @2x display to @1x resolution (downscaling by 0.5)",
        [step("resize", percent=50)],
        [step("resize", width=1440, height=AnyOf(None, 900))],
        [step("resize", height=900, width=AnyOf(None, 1440))],
        [step("resize", lines=900)],
        probe=Probe(width=2880, height=1800),
        note="a 2880x1800 screencast: half is 1440x900",
    ),
    do(
        "fresh3-20",
        "convert the 1440x1080 video (PAR = 1.33) to 1920x1080 (PAR = 1)",
        [step("resize", width=1920, height=1080)],
        probe=Probe(width=1440, height=1080),
    ),
    do(
        "fresh3-21",
        "downscale the vertical 2.7K video (1520 x 2704, recorded with a mobile phone) to 1080p: "
        "the expected output is 1080 x 1920, not 1520 x 1080",
        [step("resize", lines=1080)],
        [step("resize", width=1080, height=AnyOf(None, 1920))],
        [step("resize", height=1920, width=AnyOf(None, 1080))],
        probe=Probe(width=1520, height=2704),
        note="1080p of a vertical video: the shorter side 1080 wide",
    ),
    do(
        "fresh3-22",
        "crop off the bright green bars: the video was filmed in a 24:9 aspect ratio and then "
        "letterboxed using bright green bars to be 16:9",
        [step("crop", aspect=AnyOf("24:9", "8:3"))],
        [step("crop_area", width=1920, height=720, x=AnyOf(0, None), y=AnyOf(180, None))],
        [step("crop_edges", top=180, bottom=180, left=0, right=0, unit="px")],
        note="the 24:9 picture in a 1920x1080 frame is its middle 1920x720",
    ),
    do(
        "fresh3-23",
        "keep only the left half of the picture, i.e. only a specified region of the video",
        [step("crop_area", width=960, height=1080, x=0, y=AnyOf(0, None))],
        [
            step(
                "crop_area",
                width=960,
                height=1080,
                x=None,
                anchor=AnyOf("left", "top-left", "bottom-left"),
            )
        ],
        [step("crop_edges", left=0, right=50, top=0, bottom=0, unit="%")],
        [step("crop_edges", left=0, right=960, top=0, bottom=0, unit="px")],
    ),
    do(
        "fresh3-24",
        "crop the 1920x1080 recording with crop=960:540:240:450",
        [step("crop_area", width=960, height=540, x=240, y=450)],
    ),
    ask(
        "fresh3-25",
        "export the video vertically, but not from the central part: scroll the video "
        "horizontally to better re-frame it",
        "which part (how far left or right the vertical crop sits)",
        (*WHICH_PART, "left", "right", "part", "position", "offset", "horizontal"),
    ),
    ask(
        "fresh3-26",
        "turn the gaming video snippet into a reel, adding the webcam footage in the top or bottom "
        "as per my preference, and the main content in the center",
        "top or bottom (not chosen), and where the webcam is",
        ("which", "where", "top or bottom", "webcam", "camera", "preference"),
    ),
    out_of_scope(
        "fresh3-27",
        "livestream the 16:9 game to Instagram with the game put in the center and made smaller, "
        "so people can see all of it",
        "a live stream",
    ),
    no_op(
        "fresh3-28",
        "Rotate 45 degrees",
        "no op",
        note="README prompt; rotate turns by quarter turns only",
    ),
    # ------------------------------------------------------------ colour and looks
    do(
        "fresh3-29",
        "Make it more punchy",
        [
            anywhere(step("contrast", percent=Above(0), start=None, end=None)),
            maybe(step("saturation", percent=Above(0), start=None, end=None)),
        ],
        note="README prompt listed under contrast; more saturation beside it is fine",
    ),
    do(
        "fresh3-30",
        "lower contrast and saturation in the video",
        [
            anywhere(step("contrast", percent=Below(0), start=None, end=None)),
            anywhere(step("saturation", percent=Below(0), start=None, end=None)),
        ],
    ),
    do(
        "fresh3-31",
        "sharpen the 720p episode: sharpening it seemed to pass it to 1080p",
        [
            anywhere(step("sharpen", start=None, end=None)),
            maybe(step("resize", lines=1080) | step("resize", height=1080, width=None)),
        ],
        probe=Probe(width=1280, height=720, duration=1500.0),
        note="the sharpening is the ask; an upscale to 1080p beside it is fine",
    ),
    no_op(
        "fresh3-32",
        "add grain to the heavily DNR'd film (light, medium, or heavy): it can help mitigate the "
        "plastic/wax look",
        "no op",
        probe=Probe(duration=6000.0),
        note="no operation adds film grain; denoise does the opposite",
    ),
    out_of_scope(
        "fresh3-33",
        "enhance the old music video (shitty vob quality): improve the face quality via faceswap, "
        "trained with hq images of the same person",
        "generative face replacement",
    ),
    # ------------------------------------------------------------ text and subtitles
    do(
        "fresh3-34",
        'At 0:15, add text "HELLO" in red',
        [step("text", text="HELLO", start=15, color=AnyOf("red", "#ff0000", "#f00"))],
        note="README prompt; how long it stays is not said",
    ),
    ask(
        "fresh3-35",
        "At 0:15, add background music",
        "which music (no file given)",
        ("which", "music", "file", "asset", "song", "track", "audio"),
    ),
    ask(
        "fresh3-36",
        "add an intro text on the first few seconds and another explanatory text e.g. a minute "
        "later",
        "which texts (their words)",
        TEXT,
    ),
    ask(
        "fresh3-37",
        "make the video like this YouTube short, with the same filter effect and the same display "
        "of the text, sequentially and centered (on a 1080 x 1920 screen)",
        "which text (and the effect is only shown by a link)",
        (*TEXT, "effect", "filter", "which"),
    ),
    _subs(
        "fresh3-38",
        "burn in the .ass subtitles: they have special positioning and don't work if I upload them "
        "to sites where it isn't supported",
        "subs.ass",
    ),
    # ------------------------------------------------------------ join
    do(
        "fresh3-39",
        "join video2.mp4 after this video with a transition: "
        "xfade=transition=vdslice:duration=1:offset=2",
        [
            step(
                "transition",
                clips=_joined(["video2.mp4"]),
                at="end",
                style="vdslice",
                seconds=1,
            )
        ],
        assets=["video2.mp4"],
        probe=Probe(duration=3.0),
        note="offset=2 with duration=1 starts the wipe 1 s before the 3 s first clip ends",
    ),
    # ------------------------------------------------------------ logos
    do(
        "fresh3-40",
        "a logo that is timed: it comes on 1 minute after the program started and goes off 2 mins "
        "before the end",
        [step("overlay_image", file="logo.png", start=60, end=-120)],
        assets=["logo.png"],
        probe=Probe(duration=1800.0),
        note="from 60 s to 120 s before the end (1680 s of 1800); its corner is not checked",
    ),
    do(
        "fresh3-41",
        "add an overlay/watermark to the first 15 seconds of the video, like a small png file, "
        "positioned in the lower right corner",
        [
            step(
                "overlay_image",
                file="logo.png",
                position="bottom-right",
                start=AnyOf(0, None),
                end=15,
            )
        ],
        assets=["logo.png"],
        note="'small' is not checked",
    ),
    # ------------------------------------------------------------ convert, gif, still, question
    do(
        "fresh3-42",
        "convert the .mkv recording to a .gif (at a lower framerate)",
        [step("gif", fps=AnyOf(None, Below(30))), ALSO_GIF],
        [step("convert", format="gif")],
        probe=Probe(fps=30.0),
        note="every gif is made at most 12 fps unless asked, lower than the recording's 30: "
        "convert to gif is the same gif, as AS_GIF has it in the corpus",
    ),
    do(
        "fresh3-43",
        "save the last frame of the video as a picture, so that I can start the next one with the "
        "last frame of the previous one",
        [step("still", at=Between(59.0, 60.0)), IMAGE],
        probe=Probe(duration=60.0),
        note="the last frame: within the last second, counted from either end",
    ),
    do(
        "fresh3-44",
        "show the video resolution, FPS, video CODEC, sound CODEC, samplerate and sound bitrate",
        [step("question", about="everything")],
        [
            anywhere(step("question", about="resolution")),
            anywhere(step("question", about="fps")),
            anywhere(step("question", about="audio")),
            maybe(step("question", about="format")),
        ],
    ),
    # ------------------------------------------------------------ out of scope
    out_of_scope(
        "fresh3-45",
        "Make 3 clips, 45 seconds each, focus on the funny parts.",
        "several output files (and finding the funny parts needs analysis)",
        probe=Probe(duration=3600.0),
    ),
    out_of_scope(
        "fresh3-46",
        "make a timer: a picture extended for 15 minutes with the timecode on it, on a green "
        "screen, to import in another video project",
        "making a new video (a timer), not editing one",
    ),
    out_of_scope(
        "fresh3-47",
        "automatically upload to youtube or vimeo after the render is complete",
        "uploading to a platform",
    ),
    out_of_scope(
        "fresh3-48",
        "find the start and end of the black frame sequences after the opening and before the "
        "ending, to recreate the correct OP and ED chapters of the 1000+ episodes",
        "chapter markers over a batch of files",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
