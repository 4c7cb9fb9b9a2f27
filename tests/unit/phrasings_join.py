"""Phrasings of joining other clips to the video (issue 4): append, prepend, several in a row,
and transitions between them."""

from __future__ import annotations

from typing import Any

Steps = list[tuple[str, dict[str, Any]]]

PHRASINGS: dict[str, list[tuple[str, Steps]]] = {
    "join": [
        ("add clip2.mp4 after the video", [("join", {"clips": ("clip2.mp4",)})]),
        ("put intro.mp4 at the start", [("join", {"clips": ("intro.mp4",), "at": "start"})]),
        ("append outro.mov", [("join", {"clips": ("outro.mov",)})]),
        (
            "join a.mp4, b.mp4 and c.mp4 in that order",
            [("join", {"clips": ("a.mp4", "b.mp4", "c.mp4")})],
        ),
        ("Join a.mp4, b.mp4, c.mp4.", [("join", {"clips": ("a.mp4", "b.mp4", "c.mp4")})]),
        ("join it with clip2.mp4", [("join", {"clips": ("clip2.mp4",)})]),
        ("merge it with clip2.mp4", [("join", {"clips": ("clip2.mp4",)})]),
        ("concatenate b.mp4 and c.mp4", [("join", {"clips": ("b.mp4", "c.mp4")})]),
        ("tack outro.mp4 on the end", [("join", {"clips": ("outro.mp4",)})]),
        ("add outro.mp4 to the end of the video", [("join", {"clips": ("outro.mp4",)})]),
        ("stick clip2.mp4 onto the end", [("join", {"clips": ("clip2.mp4",)})]),
        ("end it with outro.mp4", [("join", {"clips": ("outro.mp4",)})]),
        ("prepend intro.mp4", [("join", {"clips": ("intro.mp4",), "at": "start"})]),
        ("start with intro.mp4", [("join", {"clips": ("intro.mp4",), "at": "start"})]),
        ("play intro.mp4 first", [("join", {"clips": ("intro.mp4",), "at": "start"})]),
        (
            "insert intro.mp4 before the video",
            [("join", {"clips": ("intro.mp4",), "at": "start"})],
        ),
        (
            "add intro.mp4 to the beginning",
            [("join", {"clips": ("intro.mp4",), "at": "start"})],
        ),
        (
            "put intro.mp4 at the start and outro.mp4 at the end",
            [
                ("join", {"clips": ("intro.mp4",), "at": "start"}),
                ("join", {"clips": ("outro.mp4",)}),
            ],
        ),
        (
            "put it between intro.mp4 and outro.mp4",
            [
                ("join", {"clips": ("intro.mp4",), "at": "start"}),
                ("join", {"clips": ("outro.mp4",)}),
            ],
        ),
        # a still image is a clip shown for a while
        (
            "put title.png at the start for 4 seconds",
            [("join", {"clips": ("title.png",), "at": "start", "image_seconds": 4.0})],
        ),
        ("add card.jpg at the end", [("join", {"clips": ("card.jpg",)})]),
        # "them": every clip given with the request
        ("join them", [("join", {})]),
        ("combine all the clips in order", [("join", {})]),
        (
            "add intro.mp4 at the start, then make it black and white",
            [("join", {"clips": ("intro.mp4",), "at": "start"}), ("grayscale", {})],
        ),
    ],
    "transition": [
        (
            "combine with clip2.mp4 with a 2 second crossfade",
            [("transition", {"clips": ("clip2.mp4",), "seconds": 2.0})],
        ),
        ("fade into outro.mp4", [("transition", {"clips": ("outro.mp4",)})]),
        (
            "add clip2.mp4 with a wipe transition",
            [("transition", {"clips": ("clip2.mp4",), "style": "wipeleft"})],
        ),
        ("join them with dissolves", [("transition", {"style": "dissolve"})]),
        (
            "crossfade to clip2.mp4 over 2 seconds",
            [("transition", {"clips": ("clip2.mp4",), "seconds": 2.0})],
        ),
        (
            "fade from intro.mp4 into the video",
            [("transition", {"clips": ("intro.mp4",), "at": "start"})],
        ),
        ("crossfade it with clip2.mp4", [("transition", {"clips": ("clip2.mp4",)})]),
        ("add crossfades between them", [("transition", {})]),
        (
            "add a 1.5 second dissolve between the clips",
            [("transition", {"seconds": 1.5, "style": "dissolve"})],
        ),
        (
            "add clip2.mp4 at the end with a 2s wipe to the left",
            [("transition", {"clips": ("clip2.mp4",), "seconds": 2.0, "style": "wipeleft"})],
        ),
        (
            "join clip2.mp4 with a slide right transition",
            [("transition", {"clips": ("clip2.mp4",), "style": "slideright"})],
        ),
        (
            "add outro.mp4 to the end of the video with a fade to black",
            [("transition", {"clips": ("outro.mp4",), "style": "fadeblack"})],
        ),
        (
            "add a 2 second crossfade into clip2.mp4",
            [("transition", {"clips": ("clip2.mp4",), "seconds": 2.0})],
        ),
        (
            "stick clip2.mp4 on the end with a cross-fade",
            [("transition", {"clips": ("clip2.mp4",)})],
        ),
        (
            "put intro.mp4 at the start with a crossfade of half a second",
            [("transition", {"clips": ("intro.mp4",), "at": "start", "seconds": 0.5})],
        ),
        (
            "join a.mp4 and b.mp4 using a zoom transition",
            [("transition", {"clips": ("a.mp4", "b.mp4"), "style": "zoomin"})],
        ),
        (
            "dissolve into clip2.mp4 over 1.5 seconds",
            [("transition", {"clips": ("clip2.mp4",), "seconds": 1.5, "style": "dissolve"})],
        ),
        (
            "add clip2.mp4 at the end with a crossfade of 3 seconds",
            [("transition", {"clips": ("clip2.mp4",), "seconds": 3.0})],
        ),
    ],
}

ROUND_TRIP: list[str] = [
    "put intro.mp4 at the start and outro.mp4 at the end, put title.png at the start for 2s",
    "join them with 2 second dissolves, fade into outro.mp4, fade from intro.mp4 into the video",
]
