"""A hundred-and-seventy-fourth fresh, held-out collection of real requests
(tests/realreq/fresh174.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh173's, the
rows are short, typical asks, like the development set's; 19 come from GitHub issues and pull
requests, mostly of gamers' and streamers' tools and of their own clips and recordings (a Twitch
VOD downloader, MoviePy, a Stream Deck sound plugin, a Friday Night Funkin' modpack, an Android
screen recorder, a model's demo, a browser extension's demo, a Mastodon-plays-Game-Boy bot, an
IBM code pattern, the Steam client, a macOS replay recorder, HandBrake, a WoW recorder, a Cypress
movie plugin, OpenShot, SteamOS, a Twitch downloader and scrcpy) and one from a video forum
(Creative COW). Each case follows its row's `expected` column; `[out of scope]` rows are
OUT-OF-SCOPE refusals, the `[no op]` and `[needs analysis]` rows refusals of DOABLE asks no
operation does. An `[extra input: …]` marker is left out of the request and the files it names
are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    GIF,
    SOUND_ALONE,
    WHOLE,
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
TABLE = Path(__file__).with_name("fresh174.md")

#: The 1920x1080 lyrics video at 1280x720 (720p), its shape kept.
_720 = (
    step("resize", lines=720)
    | step("resize", height=720, width=AnyOf(1280, None))
    | step("resize", width=1280, height=AnyOf(720, None))
    | step("resize", percent=Between(66, 67))
)

#: A smaller gameplay recording: a smaller-file setting, a size under the 25 GB it is, or H.265.
_SMALLER = (
    step("quality", level=AnyOf("small", "balanced"))
    | step("compress", max_mb=Below(25000))
    | step("codec", codec="hevc")
)

#: Darker, all of it: less brightness, or deeper mid-tones.
_DARKER = step("brightness", percent=Between(-40, -1), **WHOLE) | step(
    "gamma", gamma=Between(0.5, 0.98), **WHOLE
)

#: The four other videos of the playlist, in the order given.
_PARTS = ["video2.mp4", "video3.mp4", "video4.mp4", "video5.mp4"]

CASES: tuple[Case, ...] = (
    do(
        "fresh174-01",
        "filter out the couple of seconds at the beginning of the live stream download where it "
        'says "preparing stream"',
        [step("trim", start=Between(1, 15), end=None)],
        [step("cut", start=0, end=Between(1, 15))],
        [step("keep_scenes", remove=[1])],
        probe=Probe(duration=3600.0),
        note="the first couple of seconds (1 to 15 s) taken off the start, or the first scene",
    ),
    do(
        "fresh174-02",
        "cut the frozen seconds from the beginning of the clip I extracted: it freezes for like 5 "
        "secs in the beginning",
        [step("trim", start=Between(3, 6), end=None)],
        [step("cut", start=0, end=Between(3, 6))],
        probe=Probe(duration=30.0),
        note="3 to 6 s taken off the start of the 30 s clip",
    ),
    do(
        "fresh174-03",
        "cut the minute-long audio clip down to the 15 seconds I clipped: I clip for 15 seconds, I "
        "get a minute long audio file",
        [step("trim", start=-15, end=AnyOf(None, 60)), maybe(SOUND_ALONE)],
        probe=Probe(duration=60.0),
        note="the last 15 s of the 60 s clip (heard just before it was clipped)",
    ),
    do(
        "fresh174-04",
        "compress the shucks lyrics video: why is it so high quality if the game only runs at max "
        "1280x720",
        [
            anywhere(_720),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
            maybe(step("compress")),
            maybe(step("codec", codec="h264")),
        ],
        note="1280x720 (720p), its shape kept; a smaller quality or size may come with it",
    ),
    do(
        "fresh174-05",
        "make my gameplay recording smaller: I play for about 2 to 3 hrs and the file goes upto "
        "40gb, even recording in 720p 8mbps bitrate with 60fps takes 25+ gb, this is so huge",
        [
            anywhere(_SMALLER),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(step("fps", fps=Below(60))),
            maybe(step("resize")),
            maybe(step("compress")),
        ],
        probe=Probe(duration=9000.0, width=1280, height=720, fps=60.0),
        note="a smaller file: a smaller-file setting, a size under 25 GB or H.265 (a lower frame "
        "rate or size may come with it)",
    ),
    do(
        "fresh174-06",
        "fix the demo video: it was screen recorded with the HDR feature turned on, and it is "
        "overexposed",
        [
            anywhere(_DARKER),
            maybe(_DARKER),
            maybe(step("contrast")),
            maybe(step("saturation", percent=Below(0))),
        ],
        note="darker (less brightness or deeper mid-tones), all of it; a contrast change may come "
        "with it",
    ),
    do(
        "fresh174-07",
        "add the bruuuh sound to demo.mp4: it will significantly improve the satisfaction level of "
        "potential users of the extension (using this sound is a well known pattern for improving "
        "the quality of memes)",
        [step("add_music", file="bruh.mp3") | step("replace_audio", file="bruh.mp3")],
        assets=["bruh.mp3"],
        probe=Probe(duration=20.0, has_audio=False),
        note="bruh.mp3 as the demo's sound (it has none of its own)",
    ),
    do(
        "fresh174-08",
        "slow the gif down a bit: it scrolls by pretty fast on my iOS mastodon client when "
        "participating in voting, and I need to watch a few times to get a good idea what's going "
        "on",
        [step("speed", factor=Between(0.5, 0.95), **WHOLE), maybe(GIF)],
        probe=Probe(duration=5.0, width=480, height=432, fps=30.0, has_audio=False),
        note="a little slower, all of it; kept a GIF",
    ),
    do(
        "fresh174-09",
        "combine the 5 videos into 1: most of the videos on the playlist are a minutes each, these "
        "can easily be combined into one 10-15 minute video (which is our normal length for "
        "journey videos)",
        [
            step("join", clips=AnyOf(_PARTS, []), at="end")
            | step("transition", clips=AnyOf(_PARTS, []), at="end")
        ],
        assets=_PARTS,
        note="the four other videos after this one, in the order given (transitions are fair)",
    ),
    do(
        "fresh174-10",
        "get rid of the squeak sound in the background of the left channel audio: I had a problem "
        "with my wireless microphone on a job (the camera microphone is on the right channel and "
        "the wireless mic on the left)",
        [step("audio_denoise"), maybe(step("normalize"))],
        note="the background noise taken out of the sound (any strength)",
    ),
    no_op(
        "fresh174-11",
        "take my friends' voices from the voice chat out of the clip I want to share: people might "
        "not want their voice to be recorded (it's fine for clips that I just keep locally)",
        "needs analysis",
        note="needs analysis: the friends' voices told apart from the game's sound in one mixed "
        "track; no operation separates voices",
    ),
    no_op(
        "fresh174-12",
        "make the clip keep my mic audio when I post it to discord / twitter: every now and then "
        "it won't have mic audio, tho sometimes when I watch it in quicktime player, I do hear the "
        "audio",
        "no op",
        note="no op: the mic's separate audio track mixed into the first; no operation mixes or "
        "picks audio tracks",
    ),
    no_op(
        "fresh174-13",
        "convert the VR180 video (2880p) into a 1080p 16:9 non-VR normal video: cropping changes "
        "it to a single image, but the image appears weird, stretched like looking at it with a "
        "convex mirror",
        "no op",
        probe=Probe(width=5760, height=2880),
        note="no op: the VR180 view unwrapped into a flat 16:9 view; crop and resize only cut and "
        "scale it",
    ),
    ask(
        "fresh174-14",
        "put an overlay over my chat in the recorded footage, so I can directly stream some of it "
        "without exposing my chat/whispers",
        "where the chat is (the area to cover)",
        (
            "where",
            "which",
            "area",
            "region",
            "part",
            "position",
            "corner",
            "size",
            "pixels",
            "coordinates",
        ),
    ),
    ask(
        "fresh174-15",
        'edit out the "Tests are loading" screen at the beginning of the video',
        "how long the loading screen lasts (where the test itself starts)",
        (*WHICH_PART, "how long", "how many", "seconds", "duration"),
    ),
    ask(
        "fresh174-16",
        "delete one of the freeze frames in the clip without deleting the others: in one clip, I "
        "have multiple freeze frames",
        "which freeze frame (when it is)",
        (*WHICH_PART, "which one", "timestamp", "second"),
    ),
    out_of_scope(
        "fresh174-17",
        "add an official gameplay recording feature in SteamOS: it's a highly desired feature for "
        "the Deck, and all other current consoles have this feature as well",
        "a console OS's gameplay recording feature, not an edit of a given file",
    ),
    out_of_scope(
        "fresh174-18",
        "download the stream without the ads, for users with subscriptions or Twitch Turbo: it's "
        "kind of a bummer to download a stream and still have to sit through ads, especially when "
        "I'm already supporting the channel",
        "downloading a Twitch stream without its ad breaks, not an edit of a given file",
    ),
    out_of_scope(
        "fresh174-19",
        "delay the stop of the recording by 15-30 seconds, to have the achievement pop-ups and "
        "kill reactions for mythic raid bosses recorded: recording apparently stops instantly when "
        "an encounter success event fires",
        "a recorder's setting, recording more of the game than the file holds, not an edit of a "
        "given file",
    ),
    out_of_scope(
        "fresh174-20",
        "remove the fisheye from my Oculus Quest picture live, so that I can stream it on Twitch "
        "with OBS Studio",
        "correcting a live stream of a headset's screen as it is streamed, not an edit of a given "
        "file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
