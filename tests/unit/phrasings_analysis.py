"""Phrasings of the edits driven by analysis (remove_silence, remove_black, keep_scenes,
remove_short_scenes), read by test_planner.py."""

from __future__ import annotations

from typing import Any

Steps = list[tuple[str, dict[str, Any]]]

PHRASINGS: dict[str, list[tuple[str, Steps]]] = {
    "remove_silence": [
        ("cut the silence", [("remove_silence", {})]),
        ("remove the silent parts", [("remove_silence", {})]),
        ("remove pauses longer than 1 second", [("remove_silence", {"min_silence": 1.0})]),
        ("cut out the quiet bits below -35 dB", [("remove_silence", {})]),
        ("cut out the quiet bits below -40 dB", [("remove_silence", {"threshold_db": -40.0})]),
        ("Remove all the awkward pauses please", [("remove_silence", {})]),
        ("get rid of the dead air", [("remove_silence", {})]),
        ("cut out the parts where nobody talks", [("remove_silence", {})]),
        ("trim the silence at the start", [("remove_silence", {"where": "start"})]),
        (
            "remove the silence at the beginning and end",
            [("remove_silence", {"where": "ends"})],
        ),
        (
            "remove silences longer than 2 seconds below -45 dB",
            [("remove_silence", {"threshold_db": -45.0, "min_silence": 2.0})],
        ),
        (
            "remove gaps over 1.5 seconds from the video",
            [("remove_silence", {"min_silence": 1.5})],
        ),
        ("remove everything quieter than -50 dB", [("remove_silence", {"threshold_db": -50.0})]),
        ("silence removal", [("remove_silence", {})]),
        ("skip the silent bits", [("remove_silence", {})]),
        ("tighten up the pauses", [("remove_silence", {})]),
    ],
    "remove_black": [
        ("remove black frames", [("remove_black", {})]),
        ("cut the black segments", [("remove_black", {})]),
        ("trim the black at the start", [("remove_black", {"where": "start"})]),
        ("remove the black at the end of the video", [("remove_black", {"where": "end"})]),
        ("delete the black screens", [("remove_black", {})]),
        ("get rid of the leading black frames", [("remove_black", {"where": "start"})]),
        ("cut the black intro", [("remove_black", {"where": "start"})]),
        ("remove the black from the beginning and end", [("remove_black", {"where": "ends"})]),
        ("cut out all black parts", [("remove_black", {})]),
    ],
    "keep_scenes": [
        ("keep the first 3 scenes", [("keep_scenes", {"keep": (1, 2, 3)})]),
        ("keep only the second scene", [("keep_scenes", {"keep": (2,)})]),
        ("keep the first three scenes", [("keep_scenes", {"keep": (1, 2, 3)})]),
        ("just the last 2 shots", [("keep_scenes", {"keep": (-2, -1)})]),
        ("keep scenes 1 and 3", [("keep_scenes", {"keep": (1, 3)})]),
        ("remove the last scene", [("keep_scenes", {"remove": (-1,)})]),
        ("cut the first and third scenes", [("keep_scenes", {"remove": (1, 3)})]),
        ("drop scene 2", [("keep_scenes", {"remove": (2,)})]),
        ("delete the opening shot", [("keep_scenes", {"remove": (1,)})]),
    ],
    "remove_short_scenes": [
        ("remove scenes shorter than 1 second", [("remove_short_scenes", {})]),
        (
            "cut any scene under 0.5 seconds",
            [("remove_short_scenes", {"min_length": 0.5})],
        ),
        ("cut out the very short shots", [("remove_short_scenes", {})]),
        (
            "only keep scenes longer than 2 seconds",
            [("remove_short_scenes", {"min_length": 2.0})],
        ),
        (
            "delete all shots that are less than 1.5 s long",
            [("remove_short_scenes", {"min_length": 1.5})],
        ),
        ("get rid of the quick shots", [("remove_short_scenes", {})]),
    ],
}

ROUND_TRIP = [
    "cut the silence, remove black frames",
    "remove pauses longer than 1 second below -40 dB, keep the first 3 scenes",
    "remove scenes shorter than 2 seconds",
]
