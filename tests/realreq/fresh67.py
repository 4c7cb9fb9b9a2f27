"""A sixty-seventh fresh, held-out collection of real requests (tests/realreq/fresh67.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh65's, the
rows are short, typical asks, like the development set's; all 19 come from GitHub issues and pull
requests of messaging and social bots, web apps and self-hosted services, asking for formats,
size, speed and frame rate: Telegram bots and clients, a Discord bot, Mastodon and its Android
app, Rocket.Chat, PhotoPrism, a home gallery, a YouTube client, a live-stream recorder, a webm
converter, a podcast app and a launcher's video extension. Each case follows its row's `expected`
column; `[no op]` rows are DOABLE refusals, `[out of scope]` rows OUT-OF-SCOPE refusals."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import GIF, WHOLE, Above, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh67.md")

#: An mp4 is H.264 already: naming the codec with it is harmless.
_H264 = maybe(step("codec", codec="h264"))

#: A smaller file, with no size given.
_SMALLER = step("quality", level="small") | step("compress", max_mb=Above(0))

CASES: tuple[Case, ...] = (
    do(
        "fresh67-01",
        "convert the webm to mp4: the webm format is not played by telegram",
        [step("convert", format="mp4"), _H264],
        note="an mp4 (H.264), which Telegram plays",
    ),
    do(
        "fresh67-02",
        "change the file to mp4: the video's format is flv, so I can't watch it on telegram",
        [step("convert", format="mp4"), _H264],
        note="the flv as an mp4",
    ),
    do(
        "fresh67-03",
        "convert the MP4 to webm before posting",
        [step("convert", format="webm")],
        note="a WebM file",
    ),
    no_op(
        "fresh67-04",
        "convert the telegram video to 3gp, with a low bitrate: in 2024 it's impossible to use "
        "the internet without downloading video attachments",
        "no op",
        note="promptcut writes no .3gp files",
    ),
    do(
        "fresh67-05",
        "make a gif of the video, bringing down the framerate / reso / bitrate to post a "
        "reasonably sized gif in chat",
        [GIF, maybe(step("resize")), maybe(step("fps"))],
        note="an animated GIF, any frame rate and width",
    ),
    do(
        "fresh67-06",
        "resize the video to fit within Mastodon's 8MB video size limit: on a mobile device I "
        "cannot readily resize media files",
        [step("compress", max_mb=Between(5, 8)), maybe(step("resize"))],
        note="the file under 8 MB (a smaller picture may come with it)",
    ),
    do(
        "fresh67-07",
        "make the video fit my server's maximum media size of 40MB: the 37s video of mostly "
        "static content has 100MB",
        [step("compress", max_mb=Between(25, 40)), maybe(step("resize"))],
        probe=Probe(duration=37.0),
        note="the 37 s video under 40 MB (a smaller picture may come with it)",
    ),
    do(
        "fresh67-08",
        "reduce the size of the uploaded video: because of my limited upload speed (10Mbps), "
        "people outside of my network cannot play it",
        [_SMALLER, maybe(step("resize"))],
        note="a smaller file; no size was given",
    ),
    do(
        "fresh67-09",
        "rescale both width and height of the 4k portrait video to half of the size, keeping "
        "the original fps for smooth motion",
        [
            step("resize", percent=50)
            | step("resize", width=1080, height=AnyOf(None, 1920))
            | step("resize", height=1920, width=AnyOf(None, 1080))
            | step("resize", lines=1080)
        ],
        probe=Probe(width=2160, height=3840),
        note="2160x3840 halved to 1080x1920; the frame rate left as it is",
    ),
    do(
        "fresh67-10",
        "cut the video to square: it's the best bet for knowing what the outgoing Video Message "
        "will look like",
        [step("crop", aspect="1:1") | step("crop_area", width=1080, height=1080)],
        note="cropped to a square",
    ),
    do(
        "fresh67-11",
        "symmetrically cut away the bottom and top of the 16:9 video to fit a 21:9 aspect "
        "ratio: I have a 21:9 monitor",
        [
            step("crop", aspect=AnyOf("21:9", "64:27", "7:3"))
            | step(
                "crop_edges",
                top=Between(120, 136),
                bottom=Between(120, 136),
                left=0,
                right=0,
                unit="px",
            )
            | step(
                "crop_edges",
                top=Between(11, 12.6),
                bottom=Between(11, 12.6),
                left=0,
                right=0,
                unit="%",
            )
        ],
        note="1920x1080 cropped to about 1920x823, the same band off the top and the bottom",
    ),
    do(
        "fresh67-12",
        "convert the video to 30 fps: the downloaded video is 60 fps",
        [step("fps", fps=30)],
        probe=Probe(fps=60.0),
        note="30 frames a second, same length",
    ),
    do(
        "fresh67-13",
        "reduce the frame rate of my Android screen recording: Mastodon rejects videos that "
        "were recorded above 60fps",
        [step("fps", fps=Between(30, 60))],
        probe=Probe(fps=120.0),
        note="60 fps or less (down to 30 is fair), same length",
    ),
    do(
        "fresh67-14",
        "change the rate of the 60fps video to 400% and set the frame rate to 30fps: otherwise "
        "it results in a 240fps video that's way too big",
        [
            anywhere(step("speed", factor=4, **WHOLE)),
            anywhere(step("fps", fps=30)),
        ],
        probe=Probe(fps=60.0),
        note="four times as fast, at 30 fps; either step first",
    ),
    do(
        "fresh67-15",
        "make the video/podcast 1.5x speed",
        [step("speed", factor=1.5, **WHOLE)],
        note="one and a half times as fast, all of it",
    ),
    ask(
        "fresh67-16",
        "speed up the video",
        "how much faster (a factor, or the length wanted)",
        ("how much", "how fast", "factor", "faster", "how long", "length", "times"),
    ),
    ask(
        "fresh67-17",
        "share the video clip in an intermediate resolution (1080p or 4k), not the original "
        "full bitrate / res",
        "which resolution (1080p or 4k)",
        ("which resolution", "resolution", "1080p or 4k", "which", "1080", "4k"),
        probe=Probe(width=7680, height=4320),
    ),
    ask(
        "fresh67-18",
        "edit the fps of the timelapse video: not much changes in it",
        "which frame rate",
        ("frame rate", "fps", "which", "what rate", "how many frames"),
    ),
    out_of_scope(
        "fresh67-19",
        "raise the allowed file size on the Telegram bot to at least 40 - 50 MB: 8 MB is very "
        "little, so I have to make the video in bad quality to upload it through the bot",
        "a Telegram bot's upload limit (a setting of the service), not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
