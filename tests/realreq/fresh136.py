"""A hundred-and-thirty-sixth fresh, held-out collection of real requests
(tests/realreq/fresh136.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh133's, the
rows are short, typical asks, like the development set's; 19 come from GitHub issues of
hobbyists and users of apps: a gyro stabilizer, a stabilization library, a camera surveillance
OS, a video-editing model, a programming stream, an audio converter, a children's story-box
studio, a game's community patch, a WeChat-style recorder, a screencast recorder, a Jellyfin
Roku client, a podcast's site, Remotion, OpenShot, Telegram for iOS, a WhatsApp mod, a WhatsApp
feature tracker, Steam for Linux and the IINA player; one from a vidding community's LiveJournal
post. Each case follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE
refusals, the `[needs analysis]` row a refusal of a DOABLE ask no operation does. An
`[extra input: …]` marker is left out of the request and the files it names are given as assets
instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import LOUDER, SOUND_ALONE, WHOLE, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh136.md")

#: A smaller file: an encoding setting, a smaller size or a lower frame rate.
_SMALLER_EXTRAS = (
    maybe(step("resize")),
    maybe(step("quality", level=AnyOf("small", "balanced"))),
    maybe(step("fps")),
)

#: The first 10 s (black) of the 300 s movie taken off.
_FROM_10 = Between(9.5, 10.5)

CASES: tuple[Case, ...] = (
    do(
        "fresh136-01",
        "rotate the GoPro footage to portrait mode instead of landscape: I'm using my GoPro in "
        "portrait mode most of the time",
        [step("rotate", degrees=AnyOf(90, 270))],
        probe=Probe(width=1920, height=1080),
        note="a quarter turn either way, of the landscape footage",
    ),
    do(
        "fresh136-02",
        "stabilize this video: I'm unable to get satisfactory results, with the default values as "
        "well as applying the unsharp filter",
        [step("stabilize"), maybe(step("sharpen"))],
        note="stabilized, any strength (a sharpen may come with it)",
    ),
    do(
        "fresh136-03",
        "cut the black screen from the start of the movie: when reviewing the footage, the first "
        "10 seconds of every movie is just black screen",
        [step("trim", start=_FROM_10, end=AnyOf(None, Between(299.5, 300)))],
        [step("cut", start=0, end=_FROM_10)],
        [step("keep_ranges", ranges=[[10, 300]])],
        [step("remove_black", where=AnyOf("start", "ends", "all"))],
        probe=Probe(duration=300.0),
        note="the first 10 s of the 300 s movie taken off (or its black start found and cut)",
    ),
    do(
        "fresh136-04",
        "restore this VHS tape video: enhance overall sharpness, contrast, and clarity without "
        "over-processing, and don't alter the faces (what I tried changes the faces, and the video "
        "appears very saturated)",
        [
            anywhere(step("sharpen", strength=AnyOf("light", "medium"), **WHOLE)),
            anywhere(step("contrast", percent=Between(1, 40), **WHOLE)),
            maybe(step("denoise")),
            maybe(step("resize")),
            maybe(step("quality", level="high")),
        ],
        probe=Probe(width=720, height=480, fps=29.97),
        note="sharper and a little more contrast, all of it, either order (a denoise, an upscale "
        "or a high quality may come with them)",
    ),
    do(
        "fresh136-05",
        "make an audio only version of the stream video, for those of us that spend several hours "
        "a day stuck in traffic",
        [SOUND_ALONE],
        note="the sound alone, any audio format",
    ),
    do(
        "fresh136-06",
        "encode the 60-minute lecture audio into a new file that plays 1.5 times faster, to "
        "transfer to my iPhone: some smartphone apps don't support faster playback",
        [
            step("speed", factor=1.5, **WHOLE),
            maybe(step("extract_audio")),
            maybe(step("convert", format=AnyOf("mp3", "m4a", "aac", "wav", "ogg", "opus"))),
        ],
        probe=Probe(duration=3600.0),
        note="1.5 times as fast, all of the hour-long recording (kept an audio file)",
    ),
    do(
        "fresh136-07",
        "make my story's audio as loud as the official Lunii stories: even if I amplify it, the "
        "sound is always below the other tracks",
        [LOUDER, maybe(step("convert", format=AnyOf("mp3", "wav", "ogg")))],
        note="louder, any amount or to a loudness target, all of it",
    ),
    do(
        "fresh136-08",
        "clean up the humming recorded into this voice line (vtromoe.wav)",
        [step("audio_denoise"), maybe(step("convert", format="wav"))],
        probe=Probe(duration=3.0),
        note="the hum taken out of the short voice line, any strength (kept a wav)",
    ),
    do(
        "fresh136-09",
        "keep the 20-second video within 3M or even smaller: it comes to about 7M or more",
        [anywhere(step("compress", max_mb=Between(0.5, 3))), *_SMALLER_EXTRAS],
        probe=Probe(duration=20.0),
        note="a file of 3 MB or less, of the 20 s video (a resize, a lower frame rate or a "
        "smaller-file setting may come with it)",
    ),
    do(
        "fresh136-10",
        "make my screencast MP4 play when sent by WhatsApp: longer than a minute it gets sent, but "
        "the video does not start and the preload keeps spinning; rendered with Kdenlive it works",
        [
            anywhere(step("reencode")),
            maybe(step("codec", codec="h264")),
            maybe(step("convert", format="mp4")),
            maybe(step("quality")),
        ],
        [
            anywhere(step("codec", codec="h264")),
            maybe(step("convert", format="mp4")),
            maybe(step("quality")),
        ],
        [
            anywhere(step("convert", format="mp4")),
            anywhere(step("codec", codec="h264")),
            maybe(step("quality")),
        ],
        [anywhere(step("compress", max_mb=Between(1, 16))), maybe(step("codec", codec="h264"))],
        probe=Probe(duration=90.0),
        note="re-encoded (as H.264 MP4), or compressed under WhatsApp's 16 MB, of the 90 s "
        "screencast",
    ),
    do(
        "fresh136-11",
        "burn the subtitles into the video: the Roku has no font for CJK, so the characters are "
        "shown as squares",
        [step("subtitles", file=AnyOf("subs.srt", None))],
        assets=["subs.srt"],
        note="the .srt burned in",
    ),
    no_op(
        "fresh136-12",
        "mute the keyboard typing and mouse clicking in the episode, it sounds "
        "parents-basement-ish, and the mild echo that varies in level",
        "needs analysis",
        note="finding the clicks and the echo within the speech; audio_denoise takes out steady "
        "noise, not clicks or reverberation",
    ),
    ask(
        "fresh136-13",
        "add subtitles to this existing video, composited into it",
        "the subtitles (a subtitle file or their words and times)",
        ("subtitle", "srt", "file", "which", "what", "text", "words", "transcript", "caption"),
    ),
    ask(
        "fresh136-14",
        "export just a small piece of the whole clip: I split the video and selected one of the "
        "clips, but it exports the whole video all the time",
        "which piece (where it starts and ends)",
        (*WHICH_PART, "piece", "part", "timestamp", "seconds"),
    ),
    ask(
        "fresh136-15",
        "lighten the video before sending: convert it into an image sample every n seconds from "
        "the video, with the audio",
        "how many seconds between the images (n)",
        ("how many", "how often", "seconds", "interval", "every", "which", "what", "value", "n"),
    ),
    ask(
        "fresh136-16",
        "give my video this dreamy effect I've seen on several videos: I have Sony Vegas Movie "
        "Studio, but I can't for the life of me figure out how to do it",
        "what the effect is (how it looks: blur, glow, colour)",
        ("what", "which", "describe", "look", "effect", "dreamy", "example", "mean", "kind"),
    ),
    out_of_scope(
        "fresh136-17",
        "let me send videos longer than 30s as a WhatsApp status with the WhatsApp mod: it's a "
        "feature I think is important and didn't see",
        "a WhatsApp mod's sending limit, not an edit of a given file",
    ),
    out_of_scope(
        "fresh136-18",
        "include on the WhatsApp app the feature of fast forwarding the videos on WhatsApp status, "
        "so I can fast forward up to a point I want",
        "a feature of WhatsApp's status viewer (seeking), not an edit of a given file",
    ),
    out_of_scope(
        "fresh136-19",
        "let me export my game clips to MP4 in Steam's Gaming Mode on the Steam Deck: the only way "
        "to do this is in the Desktop Mode Steam client",
        "a feature of Steam's Gaming Mode (exporting its recorded clips), not an edit of a given "
        "file",
    ),
    out_of_scope(
        "fresh136-20",
        "give the player a video clipping function, to cut part of the video away",
        "a feature of the IINA player, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
