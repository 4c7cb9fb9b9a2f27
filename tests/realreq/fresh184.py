"""A hundred-and-eighty-fourth fresh, held-out collection of real requests
(tests/realreq/fresh184.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh181's, the
rows are short, typical asks, like the development set's; 19 come from GitHub issues and pull
requests, most of them of AI video tools whose users ask for plain edits of the clips the tools
give them (a video-generation front end, a FramePack wrapper, a long-video diffusion model, a
talking-head model, two face-swap tools), and of LosslessCut, a music looper, a wide-angle
viewer, Subtitle Edit, a Quran captioning app, a speech editor, a developer's video tracker, a
React Native video player, a video-production agent, a video-meeting server and a holiday flat's
task board; one comes from a video forum (dvinfo.net). Each case follows its row's `expected`
column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` and `[needs analysis]`
rows refusals of DOABLE asks no operation does. An `[extra input: …]` marker is left out of the
request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import WHOLE, Above, AnyOf, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh184.md")

#: fresh184-08: the original video, whose sound the finished one lost.
_ORIGINAL = "original.mp4"

#: fresh184-13: the dubbed speech the person has.
_DUBBED = "dubbed.wav"

#: fresh184-04: one frame at 30 fps, up to 0.1 s.
_FIRST_FRAME = Between(0.03, 0.1)

#: fresh184-05: 10 to 20 frames of a 16 fps clip.
_FIRST_FRAMES = Between(0.6, 1.3)

CASES: tuple[Case, ...] = (
    do(
        "fresh184-01",
        "create a time-lapse effect from my clip of clouds: when I drag the velocity all the way "
        "to the top of the clip (300%), it is still too slow",
        [step("speed", factor=Above(3), **WHOLE), maybe(step("mute"))],
        note="faster than 3x (any factor above 3), all of it; the sound may be dropped",
    ),
    do(
        "fresh184-02",
        "slow the generated video down: I started to use some models at 24-30 FPS instead of the "
        "default 16, and then the videos get super fast",
        [step("speed", factor=Between(0.45, 0.8), **WHOLE), maybe(step("fps"))],
        probe=Probe(duration=5.0, fps=24.0),
        note="slower, about 16/24 to 16/30 (0.45 to 0.8), all of it",
    ),
    do(
        "fresh184-03",
        "interpolate the frames of the video from 24 fps to 240 fps, to get super slow motion",
        [
            step("speed", factor=Between(0.09, 0.11), smooth=True, **WHOLE),
            maybe(step("fps")),
        ],
        probe=Probe(duration=5.0, fps=24.0),
        note="ten times slower with interpolated frames (24 to 240 fps played at 24), all of it",
    ),
    do(
        "fresh184-04",
        "remove the black first frame of the cut video: the first frame is used for twitter + "
        "discord thumbnails",
        [step("trim", start=_FIRST_FRAME, end=None)],
        [step("cut", start=0, end=_FIRST_FRAME)],
        [step("remove_black", where=AnyOf("start", "ends"))],
        probe=Probe(fps=30.0),
        note="the first frame (1/30 s; up to 0.1 s is fair) taken off the start",
    ),
    do(
        "fresh184-05",
        "skip the initial frames of the video generated from an image, let's say 10 or 20 of "
        "them: in the first second of the video there are huge changes, but the video came out "
        "well",
        [step("trim", start=_FIRST_FRAMES, end=None)],
        [step("cut", start=0, end=_FIRST_FRAMES)],
        probe=Probe(duration=5.0, fps=16.0),
        note="10 to 20 frames of the 16 fps clip (0.6 to 1.3 s) taken off the start",
    ),
    do(
        "fresh184-06",
        "save the final movie as MP4 and not GIF: GIF has reduced colors and color banding",
        [
            step("convert", format="mp4"),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
        ],
        probe=Probe(duration=10.0, has_audio=False),
        note="the GIF saved as an MP4",
    ),
    do(
        "fresh184-07",
        "get the output at 24 fps rather than 25, without the lip sync going off",
        [step("fps", fps=24)],
        probe=Probe(fps=25.0),
        note="24 frames a second from 25, same length",
    ),
    do(
        "fresh184-08",
        "add the audio from the original video to my finished video: there was no audio in it "
        "(I'm running a shit computer, and it takes a long time to process the videos)",
        [step("replace_audio", file=_ORIGINAL)],
        [step("add_music", file=_ORIGINAL)],
        assets=[_ORIGINAL],
        probe=Probe(has_audio=False),
        note="the original's sound as the silent video's sound",
    ),
    do(
        "fresh184-09",
        "fix the audio of the video so my friends can hear it: none of them could listen to the "
        "audio on iPhones and MacBooks, though I had no problem listening to it on Android or on "
        "Windows",
        [
            step("reencode"),
            maybe(step("codec", codec="h264")),
            maybe(step("convert", format="mp4")),
        ],
        [
            step("codec", codec="h264"),
            maybe(step("reencode")),
            maybe(step("convert", format="mp4")),
        ],
        [
            step("convert", format="mp4"),
            maybe(step("codec", codec="h264")),
            maybe(step("reencode")),
        ],
        note="the sound encoded anew (re-encoded, or made H.264 / MP4)",
    ),
    do(
        "fresh184-10",
        "keep my portrait video in portrait: the output is rotated to landscape (image->video), "
        "though portrait videos would retain their orientation when it was first available",
        [step("rotate", degrees=AnyOf(90, 270))],
        probe=Probe(duration=5.0, width=832, height=480),
        note="a quarter turn either way, back to portrait (no direction said)",
    ),
    no_op(
        "fresh184-11",
        "make the song exactly 2 min 37 sec to fit a home video, with the intro and outro, using "
        "the loop to stretch or shrink it",
        "needs analysis",
        probe=Probe(duration=200.0),
        note="finding the song's loop section (where it can repeat or be cut) to reach 157 s",
    ),
    no_op(
        "fresh184-12",
        "undo the wide-angle distortion of my wide-angle camera video, so that I can more easily "
        "see what people are oriented to (e.g., what a person is gazing at)",
        "no op",
        note="lens (wide-angle) correction; no operation does it",
    ),
    no_op(
        "fresh184-13",
        "merge the dubbed audio with the original background of the interview, to obtain a "
        "complete video: the interview had background music, but after dubbing the background "
        "audio was missing",
        "needs analysis",
        assets=[_DUBBED],
        note="the original voices and the music are one mixed track: keeping the music without "
        "the voices needs them separated",
    ),
    ask(
        "fresh184-14",
        "trim the portion of the recitation where the Qari made a mistake",
        "which part: where the mistake is (its start and end)",
        (*WHICH_PART, "mistake", "seconds", "portion"),
    ),
    ask(
        "fresh184-15",
        "delete the mispronounced words from the audio: my TTS model makes some pronunciation "
        "errors on some words, and I need to remove them first",
        "which words, and where they are in the audio",
        (*WHICH_PART, "which word", "word", "seconds"),
    ),
    ask(
        "fresh184-16",
        "apply a 10x speed multiplier during the LLM wait times of the video, to keep it "
        "authentic but engaging",
        "which parts: when the wait times are (their starts and ends)",
        (*WHICH_PART, "wait", "seconds", "parts"),
    ),
    out_of_scope(
        "fresh184-17",
        "create a video with an image and add voice vocals: I need a website that can do that",
        "making a new video from a still image and a voice, and a website to do it, not an edit "
        "of a given video",
    ),
    out_of_scope(
        "fresh184-18",
        "produce a 20-25 second educational video about packing a hospital bag for first-time "
        "moms from my script: stock footage, text animations, a warm, calm female narration and "
        "soft background music",
        "producing a new video from a script (footage, narration, music), not an edit of a "
        "given file",
    ),
    out_of_scope(
        "fresh184-19",
        "change my video in the video call: it is mirrored, for example my right hand is on the "
        "left side of the video",
        "the mirrored self-view of a live video call (a meeting app's setting), not an edit of "
        "a file",
    ),
    out_of_scope(
        "fresh184-20",
        "make a video of the whole apartment: walk around the apartment and talk, explaining "
        "what every part of the apartment is, and upload it to youtube as unlisted",
        "filming a tour of a flat and uploading it, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
