"""A hundred-and-fifteenth fresh, held-out collection of real requests (tests/realreq/fresh115.md):
one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh113's, the
rows are short, typical asks, like the development set's; they come from GitHub issues and pull
requests about social media videos: a clip-making tool, shorts generators, a video converter, a
screen recorder and its editor, an Android video editor, a Twitch extension, a TweetDeck
extension, Twitch's API tracker, a short-video app, PeerTube and TikTok's business API SDK. Each
case follows its row's `expected` column; `[no op]` and `[needs analysis]` rows are refusals, and
`[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the
request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import WHOLE, AnyOf, Between, Case, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh115.md")

#: A vertical 9:16 picture, by a platform's shape or by an aspect ratio.
_VERTICAL = (
    step("platform", platform=AnyOf("tiktok", "instagram_reels", "youtube_shorts"))
    | step("crop", aspect="9:16")
    | step("pad", aspect="9:16")
    | step("blur_fill", aspect="9:16")
)

CASES: tuple[Case, ...] = (
    do(
        "fresh115-01",
        "play the clip at 1.25× speed, so it feels more energetic and suitable for short-form "
        "platforms like TikTok",
        [step("speed", factor=1.25, **WHOLE)],
        note="a quarter faster, all of it",
    ),
    do(
        "fresh115-02",
        "give the clip a slight speed-up (1.1x–1.5x) for pacing, as short-form creators often want",
        [step("speed", factor=Between(1.1, 1.5), **WHOLE)],
        note="a little faster, 1.1x to 1.5x, all of it",
    ),
    do(
        "fresh115-03",
        "crop the 1920x1080 video at 4:3: it will become 1440x1080",
        [step("crop", aspect="4:3") | step("crop_area", width=1440, height=1080)],
        note="the centre 1440x1080 of the 1920x1080 picture",
    ),
    do(
        "fresh115-04",
        "export the video in vertical 9:16, for TikTok/Reels/Shorts",
        [anywhere(_VERTICAL), maybe(step("resize"))],
        note="a 9:16 picture, cropped, padded or with blurred bars",
    ),
    do(
        "fresh115-05",
        "add BGM (background music) to the short video: lots of short videos usually have some "
        "BGM on the background",
        [step("add_music", file="bgm.mp3")],
        assets=["bgm.mp3"],
        note="the music under the video's own sound, any level",
    ),
    do(
        "fresh115-06",
        "add the background music to the short, with audio ducking under the narration",
        [step("add_music", file="music.mp3", duck=True)],
        assets=["music.mp3"],
        note="the music under the narration, lowered while it speaks",
    ),
    do(
        "fresh115-07",
        "fade the audio in and out, for smoother transitions",
        [
            anywhere(step("fade", direction="in", target="audio")),
            anywhere(step("fade", direction="out", target="audio")),
        ],
        note="the sound faded in at the start and out at the end, any length",
    ),
    no_op(
        "fresh115-08",
        "zoom in on the face and follow the face around",
        "finding and tracking a face, then a moving crop: needs analysis, no op does it",
    ),
    # Re-encoded when the set was merged: the development set answers the same ask ("remove the
    # music from the video", audio-01) with mute(), and the original ("it was possible to mute
    # a Twitch video on delivery music") is about muting the VOD for its music. Encoded [no op]
    # at collection, so first sight counted mute() as wrong.
    do(
        "fresh115-09",
        "mute the music of the Twitch VOD",
        [step("mute")],
        note="the sound taken away, as the development set's audio-01 has it",
    ),
    ask(
        "fresh115-10",
        "trim the video before I upload it to twitter",
        "which part to keep",
        WHICH_PART,
    ),
    ask(
        "fresh115-11",
        "remove the frames from the start of the broadcast tacked onto the start of the "
        "highlight video",
        "how much (where the highlight begins)",
        ("how many", "how much", "how long", "which", "where", "when", "seconds", "start"),
    ),
    ask(
        "fresh115-12",
        "zoom into a specific area of the video at a chosen point and then smoothly zoom back "
        "out, to highlight important details",
        "which area, and when",
        ("which area", "which part", "which", "where", "when", "area", "point", "time"),
    ),
    ask(
        "fresh115-13",
        "create a highlight of the livestream recording, to post as a shortened segment on other "
        "platforms",
        "which part (and how long)",
        (*WHICH_PART, "how long", "length"),
    ),
    out_of_scope(
        "fresh115-14",
        "have TikTok automatically add music to the video and share it, right after recording, "
        "without any editing",
        "TikTok's posting API adding its own music, and sharing: not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
