"""A hundred-and-fifty-ninth fresh, held-out collection of real requests
(tests/realreq/fresh159.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh157's, the
rows are short, typical asks, like the development set's; all 20 come from GitHub issues and pull
requests of users of video tools and of apps with video or sound: an MP4 parser, a Bluesky
community app, the Party Parrot site, a smart-home camera adapter, ScreenToGif, HandBrake, a
holding page, a timeline-to-GIF tool, a canvas capture library, a README GIF, the p5.js videos, a
visual novel's mod, a tutorial site, a notes app, OpenShot, an Emby player, a live-music archive,
a music player, a streaming platform and a restreaming server. Each case follows its row's
`expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` rows refusals
of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, SOUND_ALONE, WHOLE, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh159.md")

#: Kept an ogg file: as it is, converted to ogg, or the sound saved as ogg.
_OGG = step("convert", format="ogg") | step("extract_audio", format="ogg")

#: The left part of the 1920-wide GIF kept, 5 to 50% of its width cropped off the right.
_LEFT_KEPT = (
    step("crop_edges", left=0, right=Between(5, 50), top=0, bottom=0, unit="%")
    | step("crop_edges", left=0, right=Between(96, 960), top=0, bottom=0, unit="px")
    | step("crop_area", width=Between(960, 1824), height=Between(1079, 1080), x=0)
    | step(
        "crop_area",
        width=Between(960, 1824),
        height=Between(1079, 1080),
        anchor=AnyOf("left", "top-left", "bottom-left"),
    )
)

CASES: tuple[Case, ...] = (
    do(
        "fresh159-01",
        "crop the first 6 seconds of the video, though its I-frame interval is 10 seconds",
        [step("trim", start=6, end=None), maybe(step("reencode"))],
        [step("cut", start=AnyOf(0, None), end=6), maybe(step("reencode"))],
        probe=Probe(duration=60.0),
        note="the first 6 s taken off, the rest kept (a re-encode may come with it)",
    ),
    do(
        "fresh159-02",
        "trim the longer video for Bluesky by just cutting it off at 3 minutes: Bluesky hard "
        "rejects a video longer than 3 minutes",
        [step("trim", start=AnyOf(0, None), end=180)],
        [step("cut", start=180, end=Between(299.9, 300))],
        probe=Probe(duration=300.0),
        note="the first 3 minutes of the 5-minute video kept",
    ),
    do(
        "fresh159-03",
        "bring the ultra slow-mo parrot GIF down to 128kb: Slack accepts > 128kb and will "
        "resize, but prefers < 128kb",
        [
            anywhere(step("compress", max_mb=Between(0.1, 0.132))),
            maybe(GIF),
            maybe(step("resize")),
            maybe(step("fps")),
        ],
        probe=Probe(duration=10.0, has_audio=False),
        note="under 128 KB, kept a GIF (a smaller size or frame rate may come with it)",
    ),
    out_of_scope(
        "fresh159-04",
        "let me record longer clips from the Floodcam: when I start a recording with the live "
        "stream function and then close it, only videos containing 1 second are created",
        "recording a security camera's live stream (a smart-home adapter's recording), not an "
        "edit of a given file",
    ),
    do(
        "fresh159-05",
        "fix the exported 81-frame gif with every frame at 10 ms: it plays about 5 times slower "
        "than the preview",
        [
            anywhere(step("fps", fps=Between(20, 50)) | step("gif", fps=Between(20, 50))),
            maybe(GIF),
        ],
        probe=Probe(duration=0.81, fps=100.0, has_audio=False),
        note="frames of 20 ms or more (20 to 50 fps), which viewers honour, same 0.81 s length, "
        "kept a GIF; a speed-up is not right, as viewers show 10 ms frames at about 100 ms",
    ),
    do(
        "fresh159-06",
        "disable the video stream: an mkv that contains only audio (I convert the Blu-ray's mkv "
        "to FLAC with foobar2000 afterwards, and it is exhausting)",
        [SOUND_ALONE],
        probe=Probe(duration=3600.0),
        note="the sound alone, as an audio file (FLAC is fair)",
    ),
    ask(
        "fresh159-07",
        "credit the music soundtrack on the preview video",
        "what the credit says (the track's title and artist)",
        (
            "what",
            "which",
            "song",
            "track",
            "title",
            "artist",
            "name",
            "credit",
            "text",
            "words",
        ),
    ),
    do(
        "fresh159-08",
        "add a delay between each of the frames of the GIF: when I made it, it just went so "
        "fast I couldn't see the flow",
        [step("speed", factor=Between(0.1, 0.8), **WHOLE), maybe(GIF)],
        probe=Probe(duration=5.0, has_audio=False),
        note="slower, 0.1x to 0.8x, all of it, kept a GIF",
    ),
    do(
        "fresh159-09",
        "convert the recorded webm so I can post-process it with Adobe Premiere: Premiere has "
        "no direct support of webm",
        [
            anywhere(step("convert", format=AnyOf("mp4", "mov"))),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
            maybe(step("reencode")),
        ],
        note="an mp4 or mov of the webm (H.264 may come with it)",
    ),
    do(
        "fresh159-10",
        "crop about 1/3 of the blank space at the right edge of the README GIF: it has a lot of "
        "unused space to the right, making it a little bit impossible to read",
        [_LEFT_KEPT, maybe(GIF)],
        probe=Probe(duration=20.0, has_audio=False),
        note="some of the right side cropped off (5 to 50% of the width), kept a GIF",
    ),
    no_op(
        "fresh159-11",
        "clean up the sound of the video: there is rustling during the jumps, and a little "
        "compression would make it sound less like an office",
        "no op",
        note="no op: finding the rustling at the jumps, and dynamic range compression; "
        "audio_denoise takes out steady noise, volume and normalize move the whole level",
    ),
    do(
        "fresh159-12",
        "lower the mati.ogg BGM: it is too loud for background noise, even louder than the "
        "character voices",
        [
            step("volume", percent=Between(10, 90), **WHOLE)
            | step("volume", db=Between(-20, -1), **WHOLE),
            maybe(_OGG),
        ],
        probe=Probe(duration=120.0),
        note="quieter, all of it, kept an ogg",
    ),
    ask(
        "fresh159-13",
        'add a title card on the video, "How to use the...": folks were unsure that the videos '
        "were tutorials at first",
        'the title\'s words ("How to use the..." is cut off)',
        ("what", "which", "title", "text", "words", "say", "complete", "full", "how to use"),
    ),
    do(
        "fresh159-14",
        "convert the Telegram voice message from ogg to m4a: Telegram's default format is ogg, "
        "which cannot be played on iOS phones",
        [step("extract_audio", format="m4a") | step("convert", format="m4a")],
        probe=Probe(duration=30.0),
        note="the voice message as an m4a file",
    ),
    do(
        "fresh159-15",
        "convert the family video from my Pixel 7 to a fixed 30 FPS: it stutters from where I "
        "zoomed out (the wide lens makes its average FPS lower than 30)",
        [
            anywhere(step("fps", fps=30)),
            maybe(step("reencode")),
            maybe(step("convert", format="mp4")),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
        ],
        probe=Probe(duration=60.0, fps=27.0),
        note="a constant 30 fps, same length",
    ),
    out_of_scope(
        "fresh159-16",
        "add a plus/minus audio delay adjustment: the video is about half a second ahead of the "
        "audio, in all videos",
        "a player's audio-offset setting for every video it plays, not an edit of a given file",
    ),
    no_op(
        "fresh159-17",
        "remove the clips/clicks from the 2013-07-14 show's audio (especially the sound check)",
        "no op",
        note="no op: taking out clicks (declicking); audio_denoise reduces steady noise, not "
        "clicks",
    ),
    ask(
        "fresh159-18",
        "make a phone ringtone from Ed Sheeran's Perfect, a desired part of the song",
        "which part of the song (its start and end)",
        (*WHICH_PART, "part", "seconds", "chorus"),
        probe=Probe(duration=263.0),
    ),
    out_of_scope(
        "fresh159-19",
        "make all the recorded event streams available as an audio-only podcast feed, so I can "
        "listen to them when it's more convenient for me (while commuting)",
        "a streaming platform's podcast feed of all its recordings, not an edit of a given file",
    ),
    out_of_scope(
        "fresh159-20",
        "add a button next to the snapshot one to download the current segments as an mp4 "
        "video, and an option to trim the timeline and export a portion of it",
        "a restreaming server's download and clip feature for a live stream, not an edit of a "
        "given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
