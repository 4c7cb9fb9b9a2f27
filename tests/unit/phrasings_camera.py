"""Phrasings of stabilize and blur_fill, read by test_planner.py."""

from __future__ import annotations

from typing import Any

Steps = list[tuple[str, dict[str, Any]]]

PHRASINGS: dict[str, list[tuple[str, Steps]]] = {
    "stabilize": [
        ("stabilize it", [("stabilize", {})]),
        ("Stabilise the footage please", [("stabilize", {})]),
        ("remove the camera shake", [("stabilize", {})]),
        ("make it less shaky", [("stabilize", {})]),
        ("get rid of all the shakiness", [("stabilize", {"strength": "strong"})]),
        ("stabilize it a bit", [("stabilize", {"strength": "light"})]),
        ("apply video stabilization", [("stabilize", {})]),
        ("smooth out the handheld shake", [("stabilize", {})]),
    ],
    "blur_fill": [
        (
            "make this vertical video horizontal 16:9 with blurred sides",
            [("blur_fill", {"aspect": "16:9"})],
        ),
        ("fit it into 9:16 with a blurred background", [("blur_fill", {"aspect": "9:16"})]),
        ("turn it landscape with blurry bars", [("blur_fill", {"aspect": "16:9"})]),
        ("make it square with a blurred background", [("blur_fill", {"aspect": "1:1"})]),
        (
            "convert the portrait clip to 16:9 using blurred edges",
            [("blur_fill", {"aspect": "16:9"})],
        ),
        ("add a blurred background to make it 9:16", [("blur_fill", {"aspect": "9:16"})]),
    ],
}

ROUND_TRIP = ["stabilize it a bit, make it square with a blurred background"]
