"""Phrasings of the overlay operations: a logo or watermark image, a second video
picture-in-picture (read by test_planner)."""

from __future__ import annotations

from typing import Any

PHRASINGS: dict[str, list[tuple[str, list[tuple[str, dict[str, Any]]]]]] = {
    "overlay_image": [
        (
            "put logo.png in the bottom left corner",
            [("overlay_image", {"file": "logo.png", "position": "bottom-left"})],
        ),
        (
            "add watermark.png top right at 50% opacity",
            [
                (
                    "overlay_image",
                    {"file": "watermark.png", "position": "top-right", "opacity": 50.0},
                )
            ],
        ),
        (
            "overlay logo.png small in the corner for the first 5 seconds",
            [("overlay_image", {"file": "logo.png", "size": 13.3, "end": 5.0})],
        ),
        (
            "logo.png in the center, 30% of the width",
            [("overlay_image", {"file": "logo.png", "position": "center", "size": 30.0})],
        ),
        ("add logo.png", [("overlay_image", {"file": "logo.png"})]),
        ("watermark it with logo.png", [("overlay_image", {"file": "logo.png"})]),
        (
            "use logo.png as a watermark in the top left",
            [("overlay_image", {"file": "logo.png", "position": "top-left"})],
        ),
        (
            "add a semi-transparent watermark.png in the upper right hand corner",
            [
                (
                    "overlay_image",
                    {"file": "watermark.png", "position": "top-right", "opacity": 50.0},
                )
            ],
        ),
        (
            "put logo.png top-right, 20% wide, 70% opacity",
            [
                (
                    "overlay_image",
                    {"file": "logo.png", "position": "top-right", "size": 20.0, "opacity": 70.0},
                )
            ],
        ),
        (
            "stick logo.png in the corner at 40% transparency",
            [("overlay_image", {"file": "logo.png", "opacity": 60.0})],
        ),
        (
            "put logo.png at the top, centered",
            [("overlay_image", {"file": "logo.png", "position": "top"})],
        ),
        (
            "Place the LOGO.PNG in the lower left of the frame at half opacity",
            [
                (
                    "overlay_image",
                    {"file": "logo.png", "position": "bottom-left", "opacity": 50.0},
                )
            ],
        ),
        (
            "put logo.png 200 px wide in the top left corner",
            [("overlay_image", {"file": "logo.png", "position": "top-left", "pixels": 200})],
        ),
        (
            "put logo.png in the top right corner with no margin",
            [("overlay_image", {"file": "logo.png", "position": "top-right", "margin": 0.0})],
        ),
        (
            "add logo.png bottom left for the last 3 seconds",
            [("overlay_image", {"file": "logo.png", "position": "bottom-left", "start": -3.0})],
        ),
        (
            "show logo.png in the middle from 0:02 to 0:04",
            [
                (
                    "overlay_image",
                    {"file": "logo.png", "position": "center", "start": 2.0, "end": 4.0},
                )
            ],
        ),
        (
            "add a big logo.png top left at opacity 0.8",
            [
                (
                    "overlay_image",
                    {"file": "logo.png", "position": "top-left", "size": 32.0, "opacity": 80.0},
                )
            ],
        ),
        (
            "i want my logo.png in the top right corner, a quarter of the width",
            [("overlay_image", {"file": "logo.png", "position": "top-right", "size": 25.0})],
        ),
    ],
    "pip": [
        (
            "overlay clip2.mp4 in the top left corner",
            [("pip", {"file": "clip2.mp4", "position": "top-left"})],
        ),
        (
            "picture in picture with clip2.mp4 bottom right at 25% size",
            [("pip", {"file": "clip2.mp4", "size": 25.0})],
        ),
        (
            "put cam.mp4 small in the corner with a white border",
            [("pip", {"file": "cam.mp4", "size": 20.0, "border": "white"})],
        ),
        ("add cam.mp4 as a picture in picture", [("pip", {"file": "cam.mp4"})]),
        (
            "picture-in-picture: clip2.mp4 top right",
            [("pip", {"file": "clip2.mp4", "position": "top-right"})],
        ),
        (
            "make clip2.mp4 picture-in-picture in the bottom left at a third of the width",
            [("pip", {"file": "clip2.mp4", "position": "bottom-left", "size": 33.3333})],
        ),
        (
            "put webcam.mov in the bottom right corner, small, with a 4px black border",
            [
                (
                    "pip",
                    {"file": "webcam.mov", "size": 20.0, "border": "black", "border_width": 4},
                )
            ],
        ),
        (
            "show cam.mp4 in a small window in the lower left with a thick red border",
            [
                (
                    "pip",
                    {
                        "file": "cam.mp4",
                        "position": "bottom-left",
                        "size": 20.0,
                        "border": "red",
                        "border_weight": "thick",
                    },
                )
            ],
        ),
        (
            "overlay clip2.mp4 on top of the video at a quarter of the size",
            [("pip", {"file": "clip2.mp4", "size": 25.0})],
        ),
        (
            "overlay clip2.mp4 bottom left for the first 2 seconds",
            [("pip", {"file": "clip2.mp4", "position": "bottom-left", "end": 2.0})],
        ),
        (
            "pip clip2.mp4 in the top right corner from 1s to 3s",
            [("pip", {"file": "clip2.mp4", "position": "top-right", "start": 1.0, "end": 3.0})],
        ),
        (
            "show clip2.mp4 in the top right corner of the screen",
            [("pip", {"file": "clip2.mp4", "position": "top-right"})],
        ),
    ],
}

ROUND_TRIP = [
    "put logo.png in the top right corner at 50% opacity for the first 2 seconds, "
    "then overlay cam.mp4 small in the bottom left with a #ff8800 border",
]
