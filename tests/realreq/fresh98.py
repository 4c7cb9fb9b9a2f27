"""A ninety-eighth fresh, held-out collection of real requests (tests/realreq/fresh98.md): one
checkable case a row, encoded the way fresh97.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh97's, the
rows are short, typical asks, like the development set's; all 13 come from GitHub issues and pull
requests of streaming and recording tools (an OBS face-tracking plugin, OBS Studio, a replay-buffer
plugin, a clean-stream plugin), media servers and their clients (Jellyfin, a Plex client, a
Jellyfin add-on), a chat client's video sender, an NVR (ZoneMinder) and a Twitch VOD downloader.
Each case follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals
and `[needs analysis]` rows are refusals. An `[extra input: …]` marker is left out of the request
and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import WHOLE, AnyOf, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh98.md")

#: A 4K picture.
_UHD = Probe(width=3840, height=2160)

#: Down to 1080p or less, by any of resize's ways of saying it.
_TO_1080_OR_LESS = (
    step("resize", lines=Between(None, 1080))
    | step("resize", height=Between(None, 1080))
    | step("resize", width=Between(None, 1920))
    | step("resize", percent=Between(None, 50))
)

CASES: tuple[Case, ...] = (
    do(
        "fresh98-01",
        "convert the 16:9 video to 9:16 for Instagram, without zooming at all",
        [
            step("crop", aspect="9:16")
            | step(
                "platform",
                platform=AnyOf("instagram_reels", "instagram_story"),
                fit="crop",
            )
        ],
        note="cropped to 9:16 around the middle (or a 9:16 Instagram format, cropped)",
    ),
    do(
        "fresh98-02",
        "play the video at 1000% speed: the speed option can only be set up to 200%",
        [step("speed", factor=10, **WHOLE)],
        note="ten times as fast, all of it",
    ),
    do(
        "fresh98-03",
        "save only the new video of the 5 min replay, 1 min long: I saved the last 5 min a "
        "minute ago",
        [step("trim", start=-60, end=None)],
        probe=Probe(duration=300.0),
        note="the last minute of the 300 s replay kept, from 4:00 to the end",
    ),
    do(
        "fresh98-04",
        "burn the subtitles into the video: without burning, some non-English ASS subtitles "
        "appear garbled",
        [step("subtitles", file=AnyOf("subs.ass", None))],
        assets=["subs.ass"],
        note="the ASS subtitles burned in",
    ),
    do(
        "fresh98-05",
        "force burning in the subtitles: my Android TV always loses sync when seeking or just "
        "pausing",
        [step("subtitles", file=AnyOf("subs.srt", None))],
        assets=["subs.srt"],
        note="the subtitles burned in",
    ),
    do(
        "fresh98-06",
        "optimize the HEVC 4K video for my Google TV projector: it crashes when I try to play "
        "HEVC 4K videos",
        [step("codec", codec="h264"), maybe(_TO_1080_OR_LESS)],
        [maybe(step("codec", codec="h264")), _TO_1080_OR_LESS],
        probe=_UHD,
        note="re-encoded as H.264 and/or brought down to 1080p or less, either first",
    ),
    no_op(
        "fresh98-07",
        "delete the copyrighted music from my let's play recording",
        "telling the music apart from the game's other sound and the voice (source separation)",
    ),
    ask(
        "fresh98-08",
        "transcode the Blu-ray rip into a different quality before I download it: I would like "
        "to choose what size and bitrate to output",
        "which size and bitrate",
        ("size", "bitrate", "quality", "resolution", "how small", "mb", "target", "which"),
    ),
    ask(
        "fresh98-09",
        "crop and trim the video",
        "which part to keep (the times) and which area to crop",
        (*WHICH_PART, "area", "region", "crop"),
    ),
    ask(
        "fresh98-10",
        "make the most important part of the replay extra slow",
        "which part (and how slow)",
        WHICH_PART,
    ),
    ask(
        "fresh98-11",
        "export a single video from the camera's recording, based on a start time and end time",
        "which start and end times",
        WHICH_PART,
    ),
    out_of_scope(
        "fresh98-12",
        "unmute the sections of the Twitch VOD that were muted a while ago",
        "recovering the sound Twitch muted (DMCA), which is no longer in the file",
    ),
    out_of_scope(
        "fresh98-13",
        "add a button to download the subtitle files to my pc, exactly like downloading a movie",
        "downloading a media server's subtitle files, not an edit of the video",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
