"""A thirty-eighth fresh, held-out collection of real requests (tests/realreq/fresh38.md): one
checkable case a row, encoded the way fresh37.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh37's, the
rows are short, typical asks, like the development set's; all 22 come from GitHub issues, most
of end-user apps in ecosystems the earlier sets used less (Rust, Kotlin, Swift, C#, PHP, Dart,
Java, JavaScript): downloaders, screen recorders, a video picker, a GIF converter, a race
manager, a diary app, players, a music recogniser and the libraries people build them with.
They cover cuts and trims, speed, GIFs, resizes and crops to 9:16 and 16:9, volume, mute and
the sound, then subtitles, frame rate and a chapter cut, asks that leave something out and
out-of-scope asks.
Each case follows its row's `expected` column; the `[no op]` row is a DOABLE refusal and the
`[out of scope]` rows OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the
request and the file it names is given as an asset instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, MP3, MP3_SAVED, WHOLE, AnyOf, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh38.md")

#: fresh38-09: a 9:16 picture, cut, barred, blurred at the sides or by a 9:16 platform preset.
_NINE_SIXTEEN = (
    step("crop", aspect="9:16")
    | step("pad", aspect="9:16")
    | step("blur_fill", aspect="9:16")
    | step(
        "platform",
        platform=AnyOf("instagram_reels", "instagram_story", "tiktok", "youtube_shorts"),
    )
)

#: fresh38-08, fresh38-10: a 16:9 picture, cut, barred or blurred at the sides.
_SIXTEEN_NINE = (
    step("crop", aspect="16:9") | step("pad", aspect="16:9") | step("blur_fill", aspect="16:9")
)

CASES: tuple[Case, ...] = (
    do(
        "fresh38-01",
        "crop the long video (a live stream) to the specific timestamps from start to end: from "
        '"01:00:00" to "01:00:10"',
        [step("trim", start=3600, end=3610)],
        probe=Probe(duration=7200.0),
        note="keep 1:00:00 to 1:00:10 of a two-hour video",
    ),
    do(
        "fresh38-02",
        "clip the video from the middle, not from second 0: for example (10, 20)",
        [step("trim", start=10, end=20)],
        note="keep second 10 to second 20",
    ),
    do(
        "fresh38-03",
        "take the last 10 seconds of the video, with the purpose of streaming a goal replay: I am "
        "building a hobby app to stream live sports",
        [step("trim", start=-10, end=AnyOf(None, 60))],
        note="the last 10 seconds of a 60 second video",
    ),
    do(
        "fresh38-04",
        "export the video in time-lapse mode, 1 frame after every 25 frames: I shot it @ 6 FPS and "
        "I don't want to render all the frames and then speed it up in editing software",
        [step("speed", factor=25, **WHOLE), maybe(step("mute"))],
        probe=Probe(duration=1149.0, fps=6.0),
        note="25 times faster, all of it (the sound may go)",
    ),
    do(
        "fresh38-05",
        "make the replay half-speed, and shorten the trim on it for the slower replay: for half "
        "speed, show the last 4 seconds",
        [step("trim", start=-4, end=AnyOf(None, 10)), step("speed", factor=0.5, **WHOLE)],
        [
            step("speed", factor=0.5, **WHOLE),
            step("trim", start=AnyOf(-8, 12), end=AnyOf(None, 20)),
        ],
        probe=Probe(duration=10.0),
        note="the last 4 seconds of a 10 second replay, at half speed (8 seconds)",
    ),
    do(
        "fresh38-06",
        "make the gif of the video at 60 FPS: a max framerate of 50 is too low, I've seen 60 FPS "
        "gifs work fine",
        [step("gif", fps=50)],
        note="a GIF as near 60 fps as a GIF holds: its frame delays are hundredths of a second, "
        "so 50 (60 is out of reach)",
    ),
    do(
        "fresh38-07",
        "save the captured video as an animated image (gif/png): not all bug report systems allow "
        "users to post a video or understand how to play an uploaded video",
        [GIF],
        note="an animated GIF",
    ),
    do(
        "fresh38-08",
        "change the video resolution to 1366 x 768: the recording's video resolution is 1280 X 800",
        [step("resize", width=1366, height=768, fit=False)],
        [_SIXTEEN_NINE, step("resize", width=1366, height=AnyOf(768, None))],
        [step("resize", width=1366, height=768, fit=True), step("pad", aspect="16:9")],
        probe=Probe(width=1280, height=800),
        note="a 1366x768 picture from the 1280x800 one",
    ),
    do(
        "fresh38-09",
        "make the film vertical (9:16): I was used to capture all my snippets with vertical "
        "videos, it felt just more instinctive to me",
        [_NINE_SIXTEEN, maybe(step("resize"))],
        note="a 9:16 picture from the landscape film, by any fit",
    ),
    do(
        "fresh38-10",
        "change the aspect ratio of the video to 16:9: I really need that 16:9 ratio",
        [_SIXTEEN_NINE | step("platform", platform="youtube"), maybe(step("resize"))],
        probe=Probe(width=1440, height=1080),
        note="a 16:9 picture from the 4:3 one, by any fit",
    ),
    do(
        "fresh38-11",
        "increase the volume of the source file video, up to 200%: the sound of the source file "
        "of my lectures is very quiet and hard to listen to",
        [
            step("volume", percent=Between(101, 200), **WHOLE)
            | step("volume", db=Between(0.5, 6.1), **WHOLE)
        ],
        note="louder, at most twice the level (+6 dB), all of it",
    ),
    do(
        "fresh38-12",
        "only keep the video track and ditch the audio track: it's an amazing video with annoying "
        "sounds (say cars driving by)",
        [step("mute")],
        note="no sound at all",
    ),
    do(
        "fresh38-13",
        'give me the video in an "only audio" version as an mp3 file (currently it is an mp4)',
        [MP3],
        MP3_SAVED,
        note="the sound alone, as an mp3",
    ),
    do(
        "fresh38-14",
        "hardcode the subtitles in Danish to the video",
        [step("subtitles", file=AnyOf("subs.srt", None))],
        assets=["subs.srt"],
        note="the Danish subtitles burned in",
    ),
    do(
        "fresh38-15",
        "convert the anime video from 23.976 to 60fps without changing the length of the video "
        "and not erasing the audio from the video",
        [step("fps", fps=60)],
        probe=Probe(fps=23.976),
        note="60 frames a second, the length and the sound kept",
    ),
    no_op(
        "fresh38-16",
        "remove the intro of the TV show episode: remove the first chapter, using the chapter "
        "times",
        "cutting at the file's own chapter marks; no operation reads chapters",
    ),
    ask(
        "fresh38-17",
        "trim the video before sharing it: cut a specific predetermined time from both ends",
        "how much to cut from the start and from the end",
        (*WHICH_PART, "how much", "how many", "how long", "seconds"),
    ),
    ask(
        "fresh38-18",
        "edit the speed of the uploaded video, and also add subtitles if required",
        "what speed (faster or slower, how much) and which subtitles (no file or text given)",
        (
            "what speed",
            "which speed",
            "speed",
            "how fast",
            "faster",
            "slower",
            "factor",
            "how much",
            "subtitle",
        ),
    ),
    ask(
        "fresh38-19",
        "apply a filter to the video, and save it as a copy with the chosen filter",
        "which filter (effect, look)",
        ("which filter", "what filter", "filter", "which effect", "effect", "look", "which"),
    ),
    ask(
        "fresh38-20",
        "select a part of the video and keep it instead of the whole video: it's really needed",
        "which part (start and end)",
        WHICH_PART,
    ),
    out_of_scope(
        "fresh38-21",
        "set the video as a wallpaper, similar to how Eneko or Frame worked",
        "setting a phone's (live) wallpaper, not an edit of the file",
    ),
    out_of_scope(
        "fresh38-22",
        "recognise the song from inside the video (if possible, let me choose which part of the "
        "video to check)",
        "naming a song (music recognition against a catalogue), not an edit of the file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
