"""Phrasings of questions about the media, read by test_planner.py."""

from __future__ import annotations

from typing import Any

Steps = list[tuple[str, dict[str, Any]]]

PHRASINGS: dict[str, list[tuple[str, Steps]]] = {
    "question": [
        ("how long is it?", [("question", {"about": "duration"})]),
        ("What's the duration of this video?", [("question", {"about": "duration"})]),
        ("what resolution is it?", [("question", {"about": "resolution"})]),
        ("how big is the video in pixels", [("question", {"about": "resolution"})]),
        ("is there audio?", [("question", {"about": "audio"})]),
        ("does it have sound", [("question", {"about": "audio"})]),
        ("what's the frame rate?", [("question", {"about": "fps"})]),
        ("what format is this file?", [("question", {"about": "format"})]),
        ("tell me about this video", [("question", {"about": "everything"})]),
    ],
}

ROUND_TRIP = ["how long is it? is there audio?"]
