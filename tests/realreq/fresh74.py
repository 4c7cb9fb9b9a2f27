"""A seventy-fourth fresh, held-out collection of real requests (tests/realreq/fresh74.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh73's, the
rows are short, typical asks, like the development set's; the 11 come from forum threads, a FAQ,
a reader question and blog posts (a Final Cut Pro FAQ, macrumors, a rocketry forum, a VEGAS
how-to, a car's CD player, a family-tech blog) and from GitHub issues of a lossless cutter, a
browser video-player extension, a video enhancer, a subtitle editor and a TV client. Each case
follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals. An
`[extra input: …]` marker is left out of the request and the files it names are given as assets
instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import Above, AnyOf, Between, Case, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh74.md")

#: A smaller file, with no size given.
_SMALLER = step("quality", level="small") | step("compress", max_mb=Above(0))

#: An mp4 is H.264 already: naming the codec or the container with it is harmless.
_MP4 = maybe(step("convert", format="mp4"))
_H264 = maybe(step("codec", codec="h264"))

CASES: tuple[Case, ...] = (
    do(
        "fresh74-01",
        "export my bike recording without the audio: I add music on top instead",
        [step("mute")],
        note="no sound track (no music file is given: adding it is not asked of this edit)",
    ),
    do(
        "fresh74-02",
        "make the clip play in reverse, so it plays backwards on my TV",
        [step("reverse")],
        note="played backwards",
    ),
    do(
        "fresh74-03",
        "extract the audio in mp3 format, so that I can fit it on a CD and play it with my car's "
        "CD player",
        [step("extract_audio", format="mp3") | step("convert", format="mp3")],
        note="the sound alone, as an mp3",
    ),
    do(
        "fresh74-04",
        "mirror the dance video: I really need this when dancing, learning a dance is much easier "
        "watching it mirrored",
        [step("flip", direction="horizontal")],
        note="mirrored left to right",
    ),
    do(
        "fresh74-05",
        "burn the .ass karaoke subtitles into the video: .ass styled karaokes can't play "
        "correctly on Android TV devices",
        [step("subtitles", file=AnyOf("karaoke.ass", None))],
        assets=["karaoke.ass"],
        note="the .ass file burned in, in its own styles",
    ),
    do(
        "fresh74-06",
        "generate the video with the subtitle burned in, saved as an .mp4: some venue media "
        "systems and karaoke players require strict .mp4 container compatibility",
        [step("subtitles", file=AnyOf("subs.srt", None)), _MP4, _H264],
        [_MP4, step("subtitles", file=AnyOf("subs.srt", None)), _H264],
        assets=["subs.srt"],
        note="the .srt burned in, the result an mp4",
    ),
    do(
        "fresh74-07",
        "reduce the wind noise in the video: I'm really annoyed by the amount of wind noise, and "
        "a day without wind is really rare around here",
        [step("audio_denoise")],
        note="the sound's wind noise reduced, any strength",
    ),
    do(
        "fresh74-08",
        "compress the video of my son practicing the piano into a smaller version, so I can "
        "text it: the file is too big",
        [_SMALLER, maybe(step("resize"))],
        [step("resize"), _SMALLER],
        [step("resize", lines=Between(240, 720))],
        note="a smaller file, by a small-file setting or a size limit (a smaller resize may come),"
        " or the 1080p picture scaled down to 720p or less",
    ),
    ask(
        "fresh74-09",
        "play the BMX clip at regular speed as the biker approaches the jump, the trick in as "
        "smooth as possible slow motion, then back to regular speed as the rider rides away",
        "when the trick is (which part to slow down) and how slow",
        (*WHICH_PART, "trick", "how slow", "how much", "second"),
    ),
    ask(
        "fresh74-10",
        "change the speed of my video so that it is slightly faster or slower",
        "which way (faster or slower) and by how much",
        ("faster or slower", "which", "how much", "how fast", "how slow", "speed", "factor"),
    ),
    out_of_scope(
        "fresh74-11",
        "add a portrait mode so videos fit a TV turned upright: the video could be turned left "
        "ninety degrees, or right ninety degrees, or 180 degrees",
        "a TV app's display mode for every video on an upright TV, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
