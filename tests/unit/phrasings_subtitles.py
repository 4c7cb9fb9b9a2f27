"""Phrasings of the subtitles operation: burning in a subtitle file (read by test_planner)."""

from __future__ import annotations

from typing import Any

SRT = {"file": "subs.srt"}

PHRASINGS: dict[str, list[tuple[str, list[tuple[str, dict[str, Any]]]]]] = {
    "subtitles": [
        ("add subtitles from subs.srt", [("subtitles", SRT)]),
        ("add the subtitles in subs.srt", [("subtitles", SRT)]),
        (
            "burn in captions.vtt at the top",
            [("subtitles", {"file": "captions.vtt", "position": "top"})],
        ),
        ("hardcode subs.srt with big text", [("subtitles", {**SRT, "size": "large"})]),
        # the letters' colour
        ("burn in subs.srt in yellow", [("subtitles", {**SRT, "color": "yellow"})]),
        ("add yellow subtitles from subs.srt", [("subtitles", {**SRT, "color": "yellow"})]),
        (
            "hardcode subs.srt with a red font at the top",
            [("subtitles", {**SRT, "color": "red", "position": "top"})],
        ),
        ("Add subtitles from Subs.SRT", [("subtitles", SRT)]),
        ("put the captions from subs.srt on the video", [("subtitles", SRT)]),
        ("subtitle this using subs.srt", [("subtitles", SRT)]),
        ("burn subs.srt into the video", [("subtitles", SRT)]),
        ("use subs.srt for the subtitles", [("subtitles", SRT)]),
        ("add the subs.srt subtitles", [("subtitles", SRT)]),
        ("caption the video with subs.vtt", [("subtitles", {"file": "subs.vtt"})]),
        ("i want subtitles from subs.ass", [("subtitles", {"file": "subs.ass"})]),
        ("embed the subtitles from movie.ssa", [("subtitles", {"file": "movie.ssa"})]),
        (
            "add large subtitles from subs.srt at the top",
            [("subtitles", {**SRT, "position": "top", "size": "large"})],
        ),
        (
            "add subtitles from subs.srt at the top of the screen in small text",
            [("subtitles", {**SRT, "position": "top", "size": "small"})],
        ),
        (
            "burn the captions from subs.vtt onto the video, bigger",
            [("subtitles", {"file": "subs.vtt", "size": "large"})],
        ),
        (
            "show captions from subs.vtt in the middle",
            [("subtitles", {"file": "subs.vtt", "position": "middle"})],
        ),
        # "on top of the video" is where they go, not a position
        ("add subtitles on top of the video from subs.srt", [("subtitles", SRT)]),
        # no file named: "the subtitles" are the one subtitle file given with the request
        # ("add captions" alone may ask promptcut to write them, and is refused)
        ("add the subtitles", [("subtitles", {})]),
        ("burn in the captions", [("subtitles", {})]),
        ("hardcode the subtitles at the bottom", [("subtitles", {"position": "bottom"})]),
        (
            "trim the first 5 seconds and add subtitles from subs.srt",
            [("trim", {"start": 5.0}), ("subtitles", SRT)],
        ),
        (
            "add subtitles from subs.srt and make it black and white",
            [("subtitles", SRT), ("grayscale", {})],
        ),
    ],
}

ROUND_TRIP = [
    "cut the first 2 seconds, burn in captions.vtt at the top with big text",
    "burn in the subtitles at the top",
]
