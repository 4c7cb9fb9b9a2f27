"""A hundred-and-ninety-ninth fresh, held-out collection of real requests
(tests/realreq/fresh199.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh197's, the
rows are short, typical asks, like the development set's, mostly from users of screen recorders
and capture tools about a recording they made; 15 come from GitHub issues (ScreenToGif, scrcpy, a
Steam Deck recorder plugin, Kap, ShareX, Recordly, QuickRecorder, Node.js's TSC, an Emacs
configuration's README, a React media recorder and an elementary OS screen recorder) and 5 from
blog posts (a Japanese diary, a Portuguese tech blog, a Japanese how-to blog, a mother's blog and
a personal video blog). Each case follows its row's `expected` column; `[out of scope]` rows are
OUT-OF-SCOPE refusals, the `[needs analysis]` rows refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, LOUDER, WHOLE, Above, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh199.md")

#: A short screen-recorded GIF: no sound.
_GIF_PROBE = Probe(duration=10.0, width=800, height=600, fps=10.0, has_audio=False)

#: Brighter, by the brightness or by lifting the mid-tones, all of it.
_BRIGHTER = step("brightness", percent=Above(0), **WHOLE) | step("gamma", gamma=Above(1), **WHOLE)

#: Extras a re-encode for an upload may bring: a size, a frame rate, a smaller file.
_UPLOAD_EXTRAS = (
    maybe(step("resize")),
    maybe(step("fps")),
    maybe(step("quality")),
    maybe(step("compress")),
)

CASES: tuple[Case, ...] = (
    do(
        "fresh199-01",
        "save the recorded GIF at 300k at most: some websites limit the size of uploaded images, "
        "e.g. to 300k, and my recordings are sometimes over 300k, so they can't be uploaded",
        [
            anywhere(step("compress", max_mb=Between(0.25, 0.31))),
            maybe(GIF),
            maybe(step("resize")),
            maybe(step("fps")),
            maybe(step("quality")),
        ],
        probe=_GIF_PROBE,
        note="under 300 KB (0.25 to 0.31 MB), kept a GIF; a smaller size or frame rate may come "
        "with it",
    ),
    do(
        "fresh199-02",
        "reduce the size of the recording: I'm looking at over 4GB per hour of recording, I'd "
        "like to knock that down to 4-500 MB if possible",
        [
            anywhere(step("compress", max_mb=Between(400, 500))),
            maybe(step("quality")),
            maybe(step("codec")),
            maybe(step("resize")),
            maybe(step("fps")),
            maybe(step("convert", format="mp4")),
        ],
        probe=Probe(duration=3600.0),
        note="the one-hour recording under 400 to 500 MB",
    ),
    do(
        "fresh199-03",
        "make the sound louder in the video I shot with my phone of my PC, explaining in my own "
        "voice, to show the software maker's support: when I play it, the sound is so quiet I "
        "can't make it out, though I recorded at such close range",
        [LOUDER, maybe(step("normalize"))],
        note="louder, any amount or to a loudness target, all of it",
    ),
    do(
        "fresh199-04",
        "brighten my Steam Deck recording: for some reason, regardless of container, the "
        "recorded video is dark",
        [
            anywhere(_BRIGHTER),
            maybe(step("brightness")),
            maybe(step("gamma")),
            maybe(step("contrast")),
        ],
        note="brighter (or lighter mid-tones), all of it; more contrast may come with it",
    ),
    do(
        "fresh199-05",
        'make the video I captured with Kap uploadable to Twitter: Twitter says "The media you '
        'tried to upload was invalid"',
        [
            anywhere(step("codec", codec="h264")),
            maybe(step("convert", format="mp4")),
            maybe(step("reencode")),
            *_UPLOAD_EXTRAS,
        ],
        [
            anywhere(step("convert", format="mp4")),
            maybe(step("codec", codec="h264")),
            maybe(step("reencode")),
            *_UPLOAD_EXTRAS,
        ],
        [
            anywhere(step("reencode")),
            maybe(step("codec", codec="h264")),
            maybe(step("convert", format="mp4")),
            *_UPLOAD_EXTRAS,
        ],
        note="a standard H.264 MP4 written out again; a size, frame rate or smaller-file setting "
        "may come with it",
    ),
    do(
        "fresh199-06",
        "make my screen recording a .gif: it's an .mp4, so I can't upload it to imgur",
        [
            anywhere(GIF),
            maybe(step("resize")),
            maybe(step("fps")),
            maybe(step("compress")),
            maybe(step("quality")),
        ],
        note="an animated GIF; a smaller size, frame rate or file may come with it",
    ),
    do(
        "fresh199-07",
        "rotate the video of my daughter that I filmed with the phone held the way I happened to "
        'grab it (in my case it was "Rotate 270"): how else do I get 5 or 6 people to tilt their '
        "heads to watch her antics?",
        [step("rotate", degrees=AnyOf(270, 90))],
        note='Movie Maker\'s "Rotate 270"; a quarter turn the other way is fair, its direction '
        "not being said",
    ),
    do(
        "fresh199-08",
        "re-export the video I saved with the iPad's screen recording, so its sound plays when I "
        "edit it in iMovie: when I tried to edit it in iMovie, there was no sound",
        [
            anywhere(step("reencode")),
            maybe(step("convert", format=AnyOf("mp4", "mov"))),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
        ],
        [
            anywhere(step("convert", format=AnyOf("mp4", "mov"))),
            maybe(step("reencode")),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
        ],
        [
            anywhere(step("codec", codec="h264")),
            maybe(step("reencode")),
            maybe(step("convert", format=AnyOf("mp4", "mov"))),
            maybe(step("quality")),
        ],
        note="the recording written out again (re-encoded, as an MP4/MOV or H.264), sound kept",
    ),
    do(
        "fresh199-09",
        "combine the audio saved in the recordings folder, mic.m4a, with the recording: unless I "
        "get it from that separate file, the output will not include audio",
        [step("replace_audio", file="mic.m4a")],
        [step("add_music", file="mic.m4a", **WHOLE)],
        assets=["mic.m4a"],
        probe=Probe(has_audio=False),
        note="the microphone file as the silent recording's sound",
    ),
    do(
        "fresh199-10",
        "make it more obvious when the GIF starts again: infinite loop is good, but some hint at "
        "when it ends and starts again would make it even better (maybe a few empty or full or "
        "colored frames)",
        [
            anywhere(step("fade", direction="out")),
            maybe(step("fade", direction="in")),
            maybe(GIF),
        ],
        [anywhere(step("fade", direction="in")), maybe(GIF)],
        [
            anywhere(step("freeze", at=Between(9.0, 10.0), seconds=Between(0.3, 3))),
            maybe(step("fade")),
            maybe(GIF),
        ],
        probe=_GIF_PROBE,
        note="a fade out at the end (and/or in at the start), or the last frame held 0.3 to 3 s: "
        "a visible break before the loop restarts",
    ),
    do(
        "fresh199-11",
        "take the gurgling and burbling of the fish tank out of the video I need to prepare for a "
        "client: that's background noise I stopped hearing years ago, but the microphone picks "
        "it up really well",
        [step("audio_denoise")],
        note="the steady noise taken out of the sound",
    ),
    no_op(
        "fresh199-12",
        "remove the echo in my screen recording: is it because I ticked both recording the app's "
        "sound and recording the microphone?",
        "needs analysis",
        note="the speakers' sound picked up again by the microphone, mixed into one sound: "
        "audio_denoise takes out steady noise, not an echo (a separate microphone track could be "
        "dropped, but no operation picks one track)",
    ),
    no_op(
        "fresh199-13",
        "add annotations to the video capture: a pop-up to indicate if I'm left-clicking or "
        "right-clicking, or keyboard strokes",
        "needs analysis",
        note="when and where the clicks and keystrokes happen is not in the video",
    ),
    ask(
        "fresh199-14",
        "redo the CTC meeting video with the Node.js logo (nodejs.png) replacing the screen "
        "capture: the UberConference url is listed there, and there may have been something else "
        "displayed that we don't want seen",
        "where the screen capture is in the frame (the area the logo must cover), or whether the "
        "logo replaces the whole picture",
        ("where", "which", "area", "part", "region", "whole", "position", "cover", "size"),
        assets=["nodejs.png"],
    ),
    ask(
        "fresh199-15",
        "make the screencast legible: it appears to be recorded on a HiDPI (4K) screen and is "
        "illegible due to the extremely tiny fonts rendered",
        "which part of the screen to enlarge (the area to keep and zoom in on)",
        ("which", "where", "area", "part", "region", "zoom", "crop"),
        probe=Probe(width=3840, height=2160, has_audio=False),
    ),
    ask(
        "fresh199-16",
        "take out the Kap update notification that appeared during my recording: it got recorded",
        "when the notification shows (which part to cut) and where on the screen",
        (*WHICH_PART, "area", "corner", "second"),
    ),
    ask(
        "fresh199-17",
        "display the Christmas carol words at the bottom of the screen of my Christmas Lights "
        "video, so the people in the nursing homes who watch it have the option to sing along",
        "the carols' words and when each line shows (no lyrics or subtitle file given)",
        ("words", "lyrics", "text", "which", "subtitle", "srt", "when", "timing", "file"),
    ),
    out_of_scope(
        "fresh199-18",
        "record my screen and webcam at the same time, with my webcam stream constrained to a "
        "200x200 square in the bottom left corner",
        "recording the screen and a webcam live, not an edit of a given file",
    ),
    out_of_scope(
        "fresh199-19",
        "record just the desktop audio and mic audio of my Skype calls as an MP3: I do a lot of "
        "audio interviews for podcasts",
        "recording calls' sound live, not an edit of a given file",
    ),
    out_of_scope(
        "fresh199-20",
        "show the Netflix picture in my scrcpy window: the audio works great, but the screen is "
        "totally black",
        "a mirroring app's capture of DRM-protected video (never captured), not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
