"""A thirty-ninth fresh, held-out collection of real requests (tests/realreq/fresh39.md): one
checkable case a row, encoded the way fresh37.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh37's, the
rows are short, typical asks, like the development set's; all 23 come from GitHub issues of
media servers and camera tools, subtitle tools, an encoder GUI, a downloader, players and their
extensions, a frame-interpolation model, a light-show sequencer, a screen recorder, a camera app,
a chiptune renderer, a VOD packager, a Go OpenCV binding, a video bot, a playout player, a
multimedia framework and a game-streaming client. Each case follows its row's `expected` column;
`[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the
request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import WHOLE, Above, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh39.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh39-01",
        'place the custom (non dynamic) text "Pole 26 Facing East" on the camera video, like the '
        "timestamp: on larger installations (+20 cameras) it gets very complicated to know which "
        "camera is showing",
        [step("text", text="Pole 26 Facing East", **WHOLE)],
        note="the camera's name drawn on the picture, any place, all of it",
    ),
    do(
        "fresh39-02",
        "add an image/logo overlay to the video: it is very tedious to switch to another video "
        "editor just for this",
        [step("overlay_image", file="logo.png", **WHOLE)],
        assets=["logo.png"],
        note="the logo over the video, any place, all of it",
    ),
    do(
        "fresh39-03",
        "add a watermark when composing the video: upload a custom image and compose it together "
        "with the subtitles",
        [
            anywhere(step("overlay_image", file="watermark.png", **WHOLE)),
            anywhere(step("subtitles", file=AnyOf("subs.srt", None))),
        ],
        assets=["watermark.png", "subs.srt"],
        note="the watermark image and the subtitles burned in together, either order",
    ),
    do(
        "fresh39-04",
        "merge the files, stitching the videos together: sometimes OBS cuts videos off and starts "
        "again when alt tabbing or switching apps",
        [step("join", clips=AnyOf(["part2.mp4"], []), at="end")],
        assets=["part2.mp4"],
        note="this recording, then the rest of it",
    ),
    do(
        "fresh39-05",
        "burn in the subtitles with a custom subtitle position: I work at the TV station and the "
        "people who still have analog signal can't see the bottom lines, they are cut",
        [step("subtitles", file=AnyOf("subs.srt", None), position=AnyOf("top", "middle"))],
        assets=["subs.srt"],
        note="the subtitles burned in higher up than the bottom edge",
    ),
    do(
        "fresh39-06",
        "add subtitles to the recorded video, a .srt file",
        [step("subtitles", file=AnyOf("subs.srt", None))],
        assets=["subs.srt"],
        note="the .srt burned in",
    ),
    do(
        "fresh39-07",
        "make the video fade in when starting and fade out when ending, to make the transition "
        "between videos smoother",
        [
            anywhere(step("fade", direction="in")),
            anywhere(step("fade", direction="out")),
        ],
        note="a fade in at the start and a fade out at the end, any length",
    ),
    do(
        "fresh39-08",
        "get rid of the noise (pop) at the start of the rendered video",
        [step("fade", direction="in", target=AnyOf("audio", "both"), duration=Between(None, 1))],
        [step("trim", start=Between(0.01, 1), end=None)],
        note="a short sound fade-in at the start (or the first fraction of a second cut off)",
    ),
    do(
        "fresh39-09",
        "rotate the video by 90 degrees: I find it frustrating when people send me a video that "
        "plays sideways",
        [step("rotate", degrees=AnyOf(90, 270))],
        note="a quarter turn; 90 degrees unqualified is clockwise, either way is fair",
    ),
    do(
        "fresh39-10",
        "turn the video the right way up: recorded by the camera, it plays upside down because of "
        "the camera's angle",
        [step("rotate", degrees=180)],
        [
            anywhere(step("flip", direction="horizontal")),
            anywhere(step("flip", direction="vertical")),
        ],
        note="a half turn (a vertical flip alone would leave the picture mirrored)",
    ),
    do(
        "fresh39-11",
        "make the 60fps video 30fps: videos that run at 60fps are file size extensive, and can be "
        "divided in half to save hard drive space",
        [step("fps", fps=30)],
        probe=Probe(fps=60.0),
        note="30 frames a second, same length",
    ),
    do(
        "fresh39-13",
        "make the exported video brighter: the image is barely perceptible on a 4 x 8 matrix at "
        "one inch spacing because it is not bright enough, though the playback is sufficiently "
        "bright in VLC",
        [
            anywhere(step("brightness", percent=Above(0), **WHOLE)),
            maybe(step("contrast", percent=Above(0), **WHOLE)),
        ],
        [
            anywhere(step("gamma", gamma=Above(1), **WHOLE)),
            maybe(step("contrast", percent=Above(0), **WHOLE)),
        ],
        note="brighter, any amount, all of it (a contrast boost may come with it)",
    ),
    do(
        "fresh39-14",
        "give the recording's colors more contrast: the color on the video lacks contrast compared "
        "to what I see on my monitor screen",
        [
            anywhere(step("contrast", percent=Above(0), **WHOLE)),
            maybe(step("saturation", percent=Above(0), **WHOLE)),
        ],
        note="more contrast, all of it (a saturation boost may come with it)",
    ),
    do(
        "fresh39-15",
        "reduce the noise: the recorded video has noise",
        [step("denoise", **WHOLE)],
        [step("audio_denoise")],
        [anywhere(step("denoise", **WHOLE)), anywhere(step("audio_denoise"))],
        note="the picture's noise or the sound's (or both): either reading is fair",
    ),
    do(
        "fresh39-16",
        "reduce the noise of the recorded audio: in a slightly noisy environment the noise is "
        "quite loud",
        [step("audio_denoise")],
        note="the sound's background noise reduced",
    ),
    do(
        "fresh39-17",
        "reverse the video",
        [step("reverse")],
        note="played backwards",
    ),
    do(
        "fresh39-18",
        "loop the same clip, for example 4 times",
        [step("loop", times=4)],
        note="the clip four times in a row",
    ),
    ask(
        "fresh39-19",
        "put a text overlay on the video",
        "which text (the words)",
        ("which text", "what text", "the text", "text", "words", "what should"),
    ),
    ask(
        "fresh39-20",
        "add an outro to the video",
        "which outro (no clip, card or text given)",
        (
            "which outro",
            "what outro",
            "outro",
            "which clip",
            "which video",
            "which file",
            "clip",
            "file",
            "card",
        ),
    ),
    ask(
        "fresh39-21",
        "convert the GIF to MP4, playing it in a loop for n seconds",
        "how many seconds (n is not given)",
        ("how many seconds", "how long", "seconds", "duration", "length", "how many"),
    ),
    out_of_scope(
        "fresh39-22",
        'encode the video so that I am the only one able to read it, a bit like "my own codec"',
        "encrypting the file (a private codec, DRM), not an edit of it",
    ),
    out_of_scope(
        "fresh39-23",
        "add frame interpolation to the stream, from 30fps to 60fps: 30fps is most of the time "
        "easier to stream, so it would be cool to make it look like 60fps",
        "interpolating a live game stream in the streaming client, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
