"""A two-hundredth fresh, held-out collection of real requests
(tests/realreq/fresh200.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh197's, the
rows are short, typical asks, like the development set's; all 20 come from GitHub issues of
chat bots, messengers and the helpers around them (Element, a Twitter-patching app, an Italian
open-data group, whatsapp-web.js, a Nostr client, the Matrix–WhatsApp bridge, a Snapchat
memories downloader, a Common Voice app, Telegram Desktop, HandBrake, a screen recorder, a
Telegram download bot, a Bluesky client, a Telegram mirror bot, OpenShot, a course's issues,
ClipGrab, AyuGram, an iOS tweak and Nekogram). Each case follows its row's `expected` column;
`[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` and `[needs analysis]` rows
refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, MP3, MP3_SAVED, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh200.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh200-01",
        "convert the mkv video (from youtube-dl) before sending it, so I can share it via Matrix: "
        "Element doesn't recognize mkvs as videos and instead treats them as files",
        [
            anywhere(step("convert", format=AnyOf("mp4", "webm"))),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
            maybe(step("reencode")),
        ],
        note="an mp4 (a webm is fair too), which Element shows as a video",
    ),
    do(
        "fresh200-02",
        "make the gif I downloaded from Twitter (it came down as a video) a real GIF: I want to "
        "share some gifs I have found and I would rather not share a video with 0:01 duration",
        [anywhere(GIF), maybe(step("resize")), maybe(step("fps"))],
        probe=Probe(duration=1.5, width=480, height=270, has_audio=False),
        note="an animated GIF of the 1.5 s silent clip, any size and rate",
    ),
    do(
        "fresh200-03",
        "convert the gif to an mp4 video I can share on Telegram: the mp4 I made plays on the PC "
        "(Telegram Desktop) but not on the phone",
        [
            anywhere(step("convert", format="mp4")),
            maybe(step("codec", codec="h264")),
            maybe(step("reencode")),
            maybe(step("quality")),
            maybe(step("mute")),
            maybe(step("resize")),
        ],
        [
            anywhere(step("codec", codec="h264")),
            maybe(step("reencode")),
            maybe(step("quality")),
            maybe(step("mute")),
            maybe(step("resize")),
        ],
        probe=Probe(duration=10.0, width=800, height=600, has_audio=False),
        note="an H.264 mp4 of the silent GIF, which phones play",
    ),
    do(
        "fresh200-04",
        "turn the video into mp3 audio: I need to send the video in audio format on WhatsApp",
        [MP3],
        MP3_SAVED,
        note="the sound alone, as an mp3",
    ),
    do(
        "fresh200-05",
        'make the 8.8MB video small enough to upload to nostr.build: it says "File size exceeds '
        'the limit", and its free media uploads go up to 7MB',
        [
            anywhere(step("compress", max_mb=Between(1, 7))),
            maybe(step("resize")),
            maybe(step("quality")),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(step("fps")),
        ],
        note="under 7 MB",
    ),
    do(
        "fresh200-06",
        "make my 10-30 sec video small enough to go through the WhatsApp bridge: it responds with "
        "413, while Instagram videos of around 7-10 MB work fine",
        [
            anywhere(step("compress", max_mb=Between(5, 10))),
            maybe(step("resize")),
            maybe(step("quality")),
            maybe(step("codec", codec="h264")),
            maybe(step("convert", format="mp4")),
        ],
        probe=Probe(duration=30.0),
        note="5 to 10 MB, like the Instagram videos that go through",
    ),
    do(
        "fresh200-07",
        "fix the Snapchat memories video that got downloaded upside down",
        [step("rotate", degrees=180)],
        [step("flip", direction="horizontal"), step("flip", direction="vertical")],
        [step("flip", direction="vertical"), step("flip", direction="horizontal")],
        note="turned a half turn (or flipped both ways)",
    ),
    do(
        "fresh200-08",
        "trim the voice sample after recording, so I wouldn't have to worry as much about speaking "
        "or pressing the stop button at the right moment",
        [step("remove_silence", where="ends")],
        probe=Probe(duration=8.0),
        note="the silence before the speaking starts and after it ends cut, both ends",
    ),
    no_op(
        "fresh200-09",
        "leave an empty audio track in the screencast mp4, so Telegram loads it as a video I can "
        "scroll with the slider, not as a GIF (I removed the audio track to reduce the file size)",
        "no op",
        probe=Probe(has_audio=False),
        note="no op: a silent audio track added to a video without sound; no operation adds one",
    ),
    no_op(
        "fresh200-10",
        "downmix the movie's 5.1 audio to 2.0 boosting the center a bit more: the current 5.1 to "
        "2.0 mix has quieter voices than I am able to achieve with the LAV Audio decoder",
        "no op",
        probe=Probe(duration=6000.0),
        note="no op: a stereo downmix with a louder center channel; no operation mixes or remaps "
        "channels",
    ),
    no_op(
        "fresh200-11",
        "turn down the music in my screen recording: it has my microphone and my machine's audio "
        "together, and any music I play in the background is way too loud (I already turned my "
        "microphone up as far as it goes)",
        "needs analysis",
        note="needs analysis: the music separated from the voice in one mixed track, to lower it "
        "alone",
    ),
    no_op(
        "fresh200-12",
        "set the mp3's Artist to Roy Knox and its Title to Until The End: when we have a mp3 "
        "file, Telegram shows the title and artist of the file",
        "no op",
        probe=Probe(duration=200.0),
        note="no op: writing the artist and title tags; no operation sets metadata",
    ),
    ask(
        "fresh200-13",
        "trim my video down to 60 seconds so I can post it on BlueSky: it offers video posting "
        "up to 60 secs",
        "which 60 seconds to keep (of the 150 s video)",
        (*WHICH_PART, "which 60", "seconds", "part"),
        probe=Probe(duration=150.0),
    ),
    ask(
        "fresh200-14",
        "put my watermark on my vids before uploading them, like we apply our thumbnail",
        "which watermark (the image file, or its words)",
        (
            "which watermark",
            "watermark",
            "file",
            "image",
            "logo",
            "text",
            "which",
            "what",
            "provide",
            "upload",
            "attach",
            "give",
        ),
    ),
    ask(
        "fresh200-15",
        "add text to my video",
        "what text (the words to show)",
        ("what text", "which text", "what", "words", "text", "say", "which"),
    ),
    ask(
        "fresh200-16",
        "add subtitles to the Figma video: on my PC it sounds quiet, and it would also improve "
        "accessibility for people with hearing problems",
        "the subtitles (a subtitle file, or their words)",
        (
            "subtitle file",
            "srt",
            "file",
            "subtitles",
            "captions",
            "words",
            "transcript",
            "which",
            "what",
            "provide",
            "upload",
            "attach",
        ),
    ),
    out_of_scope(
        "fresh200-17",
        "download the video without audio",
        "downloading a video (a downloader's option), not an edit of a given file",
    ),
    out_of_scope(
        "fresh200-18",
        "skip silence in the videos I watch in AyuGram Desktop, like the Jump Cutter extension: "
        "long interviews, lectures and podcasts have long silent pauses",
        "a messenger client's playback feature, not an edit of a given file",
    ),
    out_of_scope(
        "fresh200-19",
        "disable the iMessage video length sharing limit (currently 2 minutes): the only tweak "
        "that offers this only works through iOS 12",
        "lifting a messenger's video length limit (a jailbreak tweak), not an edit of a file",
    ),
    out_of_scope(
        "fresh200-20",
        "put a simple watermark on my round video messages by default while recording, so I "
        "don't have to edit them separately (handy for channels)",
        "recording round video messages in a messenger with a watermark, not an edit of a given "
        "file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
