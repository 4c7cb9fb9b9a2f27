"""A fourth fresh, held-out collection of real requests (tests/realreq/fresh4.md): one checkable
case a row, encoded the way fresh3.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Each case follows its row's
`expected` column. A row whose `expected` is `[no op] …` or `[needs analysis] …` is a refusal
(`no_op`); `[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left
out of the request and the file it names is given as an asset instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .corpus import ALSO_GIF, IMAGE, SUBTITLE_FILE, TEXT, _audio_as, _joined, _subs
from .fresh import HOW_MUCH
from .fresh2 import LOUDER
from .score import (
    Above,
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
TABLE = Path(__file__).with_name("fresh4.md")

#: Any change of the picture to 16:9 that keeps it undistorted.
TO_16_9 = (
    step("pad", aspect="16:9")
    | step("crop", aspect="16:9")
    | step("blur_fill", aspect="16:9")
    | step("platform", platform="youtube")
)


CASES: tuple[Case, ...] = (
    # ------------------------------------------------------------ trim and cut
    do(
        "fresh4-01",
        "trim from 10 to 20 seconds",
        [step("trim", start=10, end=20)],
        [step("keep_ranges", ranges=[[10, 20]])],
        note="README example",
    ),
    ask(
        "fresh4-02",
        "a two-part cut where a middle section is not included, with a fixed transition (eg. a "
        "1sec fade) between the first and second parts",
        "which middle section (its start and end)",
        (*WHICH_PART, "middle", "section"),
    ),
    # ------------------------------------------------------------ audio
    do(
        "fresh4-03",
        "increase the volume of the audio track way above 100%",
        [LOUDER],
        note="louder by any amount: no number is given",
    ),
    do(
        "fresh4-04",
        "boost the volume when converting the 6-channel audio to 2 channels: -vol 512, which will "
        "double the output volume",
        [step("volume", percent=200, start=None, end=None)],
        [step("volume", db=Between(5.9, 6.1), start=None, end=None)],
        note="-vol 512 against 256 is twice the level (+6 dB); the downmix is the context",
    ),
    do(
        "fresh4-05",
        "encode it without audio (the -an flag)",
        [step("mute")],
    ),
    do(
        "fresh4-06",
        "extract the audio track, as wav, mp3 or ogg vorbis",
        *_audio_as(AnyOf("wav", "mp3", "ogg")),
        note="any one of the three formats named",
    ),
    no_op(
        "fresh4-07",
        "remove audio channels, to extract the background audio or the voice from the 6-channel "
        "(5.1) audio",
        "no op",
        note="no operation picks channels out of a 5.1 track",
    ),
    ask(
        "fresh4-08",
        "select a segment of the audio and create a fade in or fade out effect, where the audio "
        "gradually increases or decreases instead of having hard cuts",
        "which segment (and in or out, how long)",
        (*WHICH_PART, "segment", "in or out"),
    ),
    do(
        "fresh4-09",
        "add the mp3 to the mp4 without sound: both are of different length, so cut the mp4 to the "
        "length of the mp3",
        [
            anywhere(step("replace_audio", file="song.mp3")),
            anywhere(step("trim", start=0, end=30)),
        ],
        [
            anywhere(step("add_music", file="song.mp3")),
            anywhere(step("trim", start=0, end=30)),
        ],
        assets=["song.mp3"],
        probe=Probe(duration=60.0, has_audio=False),
        note="the mp3 given is 30 s long: the video is cut to its first 30 s, in either order",
    ),
    ask(
        "fresh4-10",
        "edit the frame-rate (FPS), and add (or replace) an audio track",
        "which frame rate, and which audio file",
        ("which", "fps", "frame rate", "rate", "audio", "file", "track"),
    ),
    # ------------------------------------------------------------ silence, cuts, frozen frames
    no_op(
        "fresh4-11",
        "when cutting out the silences, add a soft cut between edits: a dissolve of 3-5 frames, so "
        "the cuts are not as jarring",
        "no op",
        note="remove_silence makes hard cuts; no dissolve at its cut points",
    ),
    no_op(
        "fresh4-12",
        "add a push cut on alternating edit cuts: when an edit happens scale the video up 10-20%, "
        "and on the next cut back to normal",
        "no op",
        note="no operation zooms in on alternate cuts",
    ),
    no_op(
        "fresh4-13",
        "cut the frames where the video is frozen (missing or corrupted frames from signal loss "
        "during the livestream), while the audio remains continuous",
        "needs analysis",
        probe=Probe(duration=3600.0),
        note="finding the frozen stretches is a freeze detection promptcut does not have",
    ),
    # ------------------------------------------------------------ speed and frame rate
    do(
        "fresh4-14",
        "export the video at a higher playback rate of 126%: the 4 min video should come out "
        "around 3 min 12 sec",
        [step("speed", factor=Between(1.24, 1.27), start=None, end=None)],
        probe=Probe(duration=240.0),
        note="126% gives 3:10; the 3:12 said is 1.25x: either",
    ),
    do(
        "fresh4-15",
        "output it at a multiplied speed: my operations are slow when recording, and the recorded "
        "video is a bit long",
        [step("speed", factor=Above(1), start=None, end=None)],
        probe=Probe(duration=600.0),
        note="faster by any factor: none is given",
    ),
    do(
        "fresh4-16",
        "export it at 16x, to capture funny moments over a lengthy period (repeated behaviours by "
        "people and dogs)",
        [step("speed", factor=16, start=None, end=None), maybe(step("mute"))],
        probe=Probe(duration=3600.0),
        note="the sound may be dropped at 16x",
    ),
    do(
        "fresh4-17",
        "the source video frame rate is 60.00 and I want to change it to 29.97 (with --fps 29.97 "
        "the total time doubled)",
        [step("fps", fps=Between(29.96, 29.98))],
        probe=Probe(fps=60.0),
        note="a frame-rate change that keeps the length, not a slow-down",
    ),
    # ------------------------------------------------------------ reverse, loop, freeze
    do(
        "fresh4-18",
        "reverse the play direction of the output: it looks like it's in reverse",
        [step("reverse")],
    ),
    do(
        "fresh4-19",
        "concatenate the loop so it plays 5 times in one mp4: the mp4 contains one iteration of "
        "the loop",
        [step("loop", times=5)],
        probe=Probe(duration=10.0),
        note="five iterations in all",
    ),
    ask(
        "fresh4-20",
        "repeat the selected clip once: the same clip added as the next clip",
        "which clip (the selection is not given)",
        (*WHICH_PART, "clip", "select"),
    ),
    ask(
        "fresh4-21",
        "extend the clip beyond its physical length by repeating the last frame at the clip's end "
        "(freeze frame effect)",
        "how long the last frame is held",
        (*HOW_MUCH, "hold", "long", "duration"),
    ),
    no_op(
        "fresh4-22",
        "set frame 1,000 to be a real image, replacing that single frame in the middle of the "
        "video",
        "no op",
        assets=["image.png"],
        probe=Probe(duration=600.0),
        note="no operation replaces one frame with an image",
    ),
    # ------------------------------------------------------------ stabilize
    do(
        "fresh4-23",
        "stabilize the spin walkaround video: with stepsize=32, smoothing=15 the video is still "
        "shaking",
        [step("stabilize", strength="strong")],
        note="still shaking after smoothing=15: more smoothing, the strong setting",
    ),
    do(
        "fresh4-24",
        "best stabilize the cycling video",
        [step("stabilize", strength="strong")],
        note="'best': the strongest stabilization",
    ),
    out_of_scope(
        "fresh4-25",
        "stabilize the live feed in realtime",
        "live-feed stabilization",
    ),
    # ------------------------------------------------------------ rotate and flip
    do(
        "fresh4-26",
        "rotate the MP4 180 degrees, without it also being mirrored",
        [step("rotate", degrees=180)],
        [
            anywhere(step("flip", direction="vertical")),
            anywhere(step("flip", direction="horizontal")),
        ],
        note="a half turn is also a flip both ways, in either order",
    ),
    ask(
        "fresh4-27",
        "rotate the video: my dad rotated the camera partway through it; nothing exciting was "
        "happening before, so start after he had rotated the camera fully",
        "when the camera was turned (the start time), and which way",
        (*WHICH_PART, "direction", "clockwise", "angle", "degrees"),
    ),
    no_op(
        "fresh4-28",
        "mirror PART of the game stream video: the window with the streamer, leaving the rest of "
        "the video unchanged",
        "no op",
        note="flip mirrors the whole frame, not a region",
    ),
    out_of_scope(
        "fresh4-29",
        "correct the mirrored video inline while watching it on YouTube, without having to "
        "download it first",
        "a player setting on a streaming site",
    ),
    # ------------------------------------------------------------ resize and crop
    do(
        "fresh4-30",
        "keep the TV episode (a 352x480 VOB recorded off TV, originally widescreen) as widescreen "
        "846x480 when converting it to MKV",
        [step("resize", width=846, height=480), maybe(step("convert", format="mkv"))],
        probe=Probe(width=352, height=480, fps=29.97, duration=1320.0),
    ),
    do(
        "fresh4-31",
        "get my video in 16:9 scale",
        [TO_16_9],
        probe=Probe(width=1440, height=1080),
        note="a 4:3 video made 16:9 without stretching: bars, a crop or a blurred fill",
    ),
    do(
        "fresh4-32",
        "crop video to 200,200,400,400, then double the speed of that video",
        [
            step("crop_area", width=200, height=200, x=200, y=200),
            step("speed", factor=2, start=None, end=None),
        ],
        [
            step("crop_area", width=400, height=400, x=200, y=200),
            step("speed", factor=2, start=None, end=None),
        ],
        [
            step("crop_area", width=200, height=200, x=400, y=400),
            step("speed", factor=2, start=None, end=None),
        ],
        note="README example; 200,200,400,400 read as a box from (200,200) to (400,400), as "
        "x,y,w,h, or as ffmpeg's w:h:x:y",
    ),
    # ------------------------------------------------------------ colour and looks
    do(
        "fresh4-33",
        "give the video the cinematic look known as the Orange&Teal, commonly used in movies to "
        "create contrast",
        [step("look", style="cinematic", start=None, end=None)],
    ),
    ask(
        "fresh4-34",
        "color grade the video: it is a bit too gray, white, blue, red, etc.; adjust things like "
        "the brightness, gamma, saturation and hue",
        "which adjustments, which way and how much",
        ("which", "how much", "what", "more or less", "direction", "warmer", "cooler"),
    ),
    no_op(
        "fresh4-35",
        "add a LUT while encoding, as in Adobe Media Encoder's Effects panel, to compensate color "
        "issues",
        "no op",
        note="no operation applies a LUT (and no .cube file is given)",
    ),
    # ------------------------------------------------------------ text and subtitles
    ask(
        "fresh4-36",
        "add text to the video as we do it in a lyrical video",
        "which text (the lyrics) and when each line shows",
        (*TEXT, "lyrics", "lines"),
    ),
    ask(
        "fresh4-37",
        "burn subtitles in",
        "which subtitle file",
        (*SUBTITLE_FILE, "which", "subtitle"),
    ),
    _subs(
        "fresh4-38",
        "merge subtitles captions.srt with the video",
        "captions.srt",
    ),
    out_of_scope(
        "fresh4-39",
        "translate the speech with Whisper from other languages into English subtitles",
        "transcription with translation",
    ),
    # ------------------------------------------------------------ joins and transitions
    do(
        "fresh4-40",
        "join video2 after this one with a crossfade, without going to black in between: each is "
        "5 seconds long (h264, no sound), and the transition goes from approx. 4.5s of video 1 to "
        "0.5s of video 2",
        [
            step(
                "transition",
                clips=_joined(["video2.mp4"]),
                at="end",
                style=AnyOf("fade", "dissolve", "fadefast", "fadeslow"),
                seconds=0.5,
            )
        ],
        assets=["video2.mp4"],
        probe=Probe(duration=5.0, has_audio=False),
        note="from 4.5 s of the first to 0.5 s of the second: a 0.5 s crossfade, not through black",
    ),
    do(
        "fresh4-41",
        "join clip2.mp4 after this clip: one is 1280x720 and the other 1920x1080",
        [step("join", clips=_joined(["clip2.mp4"]), at="end")],
        assets=["clip2.mp4"],
        probe=Probe(width=1280, height=720),
    ),
    # ------------------------------------------------------------ picture-in-picture and logos
    do(
        "fresh4-42",
        "overlay the second video on this one like a PiP (picture in picture)",
        [step("pip", file="clip2.mp4")],
        assets=["clip2.mp4"],
        note="anywhere on the frame, at any size",
    ),
    ask(
        "fresh4-43",
        "add the overlay video to the base video, only starting to play at a specific time",
        "at which time",
        (*WHICH_PART, "second", "moment"),
        assets=["overlay.mp4"],
    ),
    do(
        "fresh4-44",
        "insert the L4 camera video as a thumbnail in the lower right hand corner, scaled down "
        "from 1920x1080 to 720x405 (.375 times smaller), 20 pixels in from the corner",
        [step("pip", file="l4.mp4", position="bottom-right", size=Between(37.0, 38.0))],
        [step("pip", file="l4.mp4", position="bottom-right", pixels=720)],
        assets=["l4.mp4"],
        note="720 of 1920 is 37.5% of the width; the 20 px margin is not checked",
    ),
    do(
        "fresh4-45",
        "add my logo to the bottom right corner",
        [step("overlay_image", file="logo.png", position="bottom-right")],
        assets=["logo.png"],
        note="README example",
    ),
    # ------------------------------------------------------------ gif, still
    do(
        "fresh4-46",
        "convert the video into a gif, with the frame rate of the original video instead of 20fps",
        [step("gif", fps=25), ALSO_GIF],
        probe=Probe(fps=25.0, duration=10.0),
        note="the video is 25 fps: the gif keeps 25, not the 12 every gif gets unless asked",
    ),
    do(
        "fresh4-47",
        "sample the 5th frame",
        [step("still", at=Between(0.1, 0.2)), IMAGE],
        probe=Probe(fps=30.0),
        note="README example; the 5th frame at 30 fps is at 4/30 s (5/30 counted from 0)",
    ),
    # ------------------------------------------------------------ out of scope
    out_of_scope(
        "fresh4-48",
        "split the video by scene",
        "several output files",
        probe=Probe(duration=600.0),
    ),
    out_of_scope(
        "fresh4-49",
        "overlay the webcam in the bottom right corner while capturing the running sway screen "
        "with kmsgrab, for a Twitch/YouTube stream",
        "screen capture and a live stream",
    ),
    out_of_scope(
        "fresh4-50",
        "move the webcam overlay of the screencast with an X/Y offset: I record only one window on "
        "a double-wide monitor",
        "a screen recorder's capture setting",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
