"""A hundred-and-forty-fourth fresh, held-out collection of real requests
(tests/realreq/fresh144.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh141's, the
rows are short, typical asks, like the development set's; 19 come from GitHub issues and pull
requests, mostly about developers' own demo videos, GIFs and docs videos (a student website's
videos, an MP4 muxer, a server manager's docs, the Rust gamedev newsletter, a report tool's
README, elementary OS's website, kpt, mp3splt, an app's support tracker, Astro's docs, NV
Access's audioScreen, a music player, SineRider, Giveth, the Open Mainframe Project, a robotics
course, TwitchLeecher, BetterTTV and NewPipe) and one from a forum thread. Each case follows its
row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` rows
refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, WHOLE, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh144.md")

#: The 1920x1080 GIF scaled down, its shape kept: any smaller size.
_DOWN = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080), width=AnyOf(None, Below(1920)))
    | step("resize", width=Below(1920), height=AnyOf(None, Below(1080)))
    | step("resize", percent=Below(100))
)

#: A smaller file, by a quality setting or a size target under the 2 GB it is.
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Below(2000))

#: 1.6:1, as its ratio may be written.
_16_10 = AnyOf("16:10", "8:5", "1.6:1")

CASES: tuple[Case, ...] = (
    do(
        "fresh144-01",
        "compress the video below 10Mb, and convert it to 2x speed: it is very slow (it will also "
        "reduce the duration)",
        [
            anywhere(step("speed", factor=2, **WHOLE)),
            anywhere(step("compress", max_mb=Between(1, 10))),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
            maybe(step("convert", format="mp4")),
        ],
        note="twice as fast, all of it, and under 10 MB, either order",
    ),
    do(
        "fresh144-02",
        "reduce the size of the 10-minute video (1280*720 30fps) I synthesized from canvas "
        "screenshots: it is about 2G",
        [anywhere(_SMALLER), maybe(step("codec", codec=AnyOf("h264", "hevc")))],
        [step("codec", codec="hevc"), maybe(step("quality"))],
        probe=Probe(duration=600.0, width=1280, height=720, fps=30.0),
        note="a smaller file (a smaller-file setting or a size under the 2 GB); H.265 alone is "
        "fair",
    ),
    do(
        "fresh144-03",
        "convert the demo GIF to an MP4 for social posts: some platforms reject GIFs over certain "
        "dimensions but accept video (and several, e.g. Mastodon, transcode GIFs to video "
        "internally anyway)",
        [
            step("convert", format="mp4"),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
        ],
        probe=Probe(duration=52.0, width=1400, height=820, has_audio=False),
        note="an MP4 of the 1400x820, 52 s GIF",
    ),
    do(
        "fresh144-04",
        "optimize the GIF a little bit: it is too large, and in general we try to keep GIFs "
        "under 2MBs",
        [
            anywhere(step("compress", max_mb=Between(0.5, 2))),
            maybe(GIF),
            maybe(step("resize")),
            maybe(step("fps")),
        ],
        probe=Probe(has_audio=False),
        note="under 2 MB, kept a GIF (a smaller size or frame rate may come with it)",
    ),
    do(
        "fresh144-05",
        "compress the README GIF somehow: it takes a long time to load, as it has almost 30 MB "
        "(I suggest lowering the framerate, or reducing the resolution)",
        [
            anywhere(step("fps", fps=Below(30))),
            maybe(_DOWN),
            maybe(GIF),
            maybe(step("compress")),
            maybe(step("quality")),
        ],
        [
            anywhere(_DOWN),
            maybe(step("fps", fps=Below(30))),
            maybe(GIF),
            maybe(step("compress")),
            maybe(step("quality")),
        ],
        [
            anywhere(step("compress", max_mb=Below(30))),
            maybe(_DOWN),
            maybe(step("fps", fps=Below(30))),
            maybe(GIF),
            maybe(step("quality")),
        ],
        [
            anywhere(step("quality", level="small")),
            maybe(_DOWN),
            maybe(step("fps", fps=Below(30))),
            maybe(GIF),
        ],
        [
            anywhere(step("gif", fps=Below(30)) | step("gif", width=Below(1920))),
            maybe(_DOWN),
            maybe(step("fps", fps=Below(30))),
            maybe(step("compress")),
        ],
        probe=Probe(duration=30.0, fps=30.0, has_audio=False),
        note="a smaller GIF: a lower frame rate and/or a smaller size, or a size under 30 MB",
    ),
    do(
        "fresh144-06",
        "make the hero video 1.6:1, the aspect ratio of the notebook's screen it plays in: it has "
        "the wrong aspect ratio, which results in overlap",
        [step("crop", aspect=_16_10)],
        [step("crop_area", width=Between(1720, 1732), height=1080)],
        [
            step(
                "crop_edges",
                left=Between(94, 98),
                right=Between(94, 98),
                top=0,
                bottom=0,
                unit="px",
            )
        ],
        [
            step(
                "crop_edges",
                left=Between(4.9, 5.1),
                right=Between(4.9, 5.1),
                top=0,
                bottom=0,
                unit="%",
            )
        ],
        [step("pad", aspect=_16_10)],
        note="16:10 of the 1920x1080 video: 1728x1080 in the middle (bars to 16:10 are fair too)",
    ),
    do(
        "fresh144-07",
        "play Michael Jackson's music video in slow motion, so me and 2 friends can learn the "
        "dance routine from it (we can't do it with youtube, we don't have the internet in the "
        "dance hall)",
        [step("speed", factor=Between(0.25, 0.75), **WHOLE)],
        note="slow motion, 0.25x to 0.75x, all of it",
    ),
    do(
        "fresh144-08",
        "speed up the playback of the demo video: IMO, it is too long and slow",
        [step("speed", factor=Between(1.25, 3), **WHOLE)],
        note="faster, 1.25x to 3x, all of it",
    ),
    do(
        "fresh144-09",
        "trim the leading silence of the mp3, so there is no more than ~.25 seconds of silence "
        "before the sounds start: the silence varies between .5 and 3 seconds, and I want to keep "
        "the periods of silence mixed in with the target sounds",
        [step("remove_silence", where=AnyOf("start", "ends"), margin=Between(0, 0.3))],
        probe=Probe(duration=20.0),
        note="the silence at the start cut (or at both ends), up to 0.3 s of it kept",
    ),
    do(
        "fresh144-10",
        "transcode the screen recording so Premiere can edit it: it is HEVC with a variable frame "
        "rate and a 1/600 timebase, which causes jittery playback and unusable scrubbing",
        [
            anywhere(step("fps", fps=Between(24, 60))),
            anywhere(step("codec", codec="h264")),
            maybe(step("convert", format=AnyOf("mp4", "mov"))),
            maybe(step("quality")),
        ],
        probe=Probe(duration=4342.0, width=2560, height=1440, fps=600.0),
        note="a constant 24 to 60 fps and H.264, either order",
    ),
    no_op(
        "fresh144-11",
        "fix the installation guide video's audio: the voice is played only on the left channel, "
        "which makes one very uncomfortable with earphones or headphones (it should have a mono "
        "track)",
        "no op",
        note="no op: the left channel copied to both sides (mono); no operation picks or remaps "
        "channels",
    ),
    no_op(
        "fresh144-12",
        "compress the volume differences in the demonstration mp3: it has some very loud parts, "
        "so it's either hard to hear the speech, or else very loud hearing the effects",
        "no op",
        note="no op: dynamic range compression; volume and normalize move the whole level",
    ),
    ask(
        "fresh144-13",
        "cut the 3:00 video of the player in action down to about 10 seconds, to keep the size "
        "of the repo small",
        "which 10 seconds to keep (of the 180 s video)",
        (*WHICH_PART, "which 10", "seconds", "part"),
        probe=Probe(duration=180.0),
    ),
    ask(
        "fresh144-14",
        "add music to the SineRider trailer: it needs music",
        "which music (the file to add)",
        (
            "which music",
            "music file",
            "file",
            "track",
            "song",
            "which",
            "provide",
            "upload",
            "attach",
            "give",
        ),
    ),
    ask(
        "fresh144-15",
        "cut a 2 min section of the community spotlight to post on Twitter, with a link to the "
        "whole community spotlight section: the max Twitter video duration is 2 min 20 sec",
        "which 2 minutes (of the 10-minute spotlight)",
        (*WHICH_PART, "which 2", "minutes", "section", "part"),
        probe=Probe(duration=600.0),
    ),
    ask(
        "fresh144-16",
        "create a shorter summary or YouTube Short of the SUG recording, as a trailer for the "
        "session",
        "which parts to keep (what goes in the trailer)",
        (*WHICH_PART, "which parts", "parts", "highlights", "moments", "keep", "what"),
        probe=Probe(duration=3600.0),
    ),
    ask(
        "fresh144-17",
        'display like "Introducing [Delivery Robot]" near the beginning of the video (what name '
        "would you like for the Jaguar and Stewart Platform?)",
        "the robot's name (the words to show)",
        ("name", "what", "which", "text", "words", "call"),
    ),
    out_of_scope(
        "fresh144-18",
        "let me download the Twitch stream while it is still live, so we can cut it: it delays us",
        "downloading a live stream from Twitch, not an edit of a given file",
    ),
    out_of_scope(
        "fresh144-19",
        "add a button that creates a clip saved on my computer instead of the Twitch servers: the "
        "recent influx of DMCA takedowns forces streamers to disable their clips",
        "a browser extension's clip button on Twitch, not an edit of a file",
    ),
    out_of_scope(
        "fresh144-20",
        "let me save small clips of videos and livestreams: if I want to save just a part of a "
        "video to see later or show someone, I can clip it",
        "a streaming app's clip feature (saving part of an online video or stream), not an edit "
        "of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
