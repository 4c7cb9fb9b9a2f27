"""Phrasings of the text operation: titles and captions in quotes (read by test_planner)."""

from __future__ import annotations

from typing import Any

PHRASINGS: dict[str, list[tuple[str, list[tuple[str, dict[str, Any]]]]]] = {
    "text": [
        ("add the title 'Summer'", [("text", {"text": "Summer"})]),
        ("add the title 'Summer' at the top", [("text", {"text": "Summer", "position": "top"})]),
        ("write 'THE END' in the middle of the screen", [("text", {"text": "THE END"})]),
        (
            "add a title 'Chapter 1' at the bottom for 2 seconds",
            [("text", {"end": 2.0, "text": "Chapter 1", "position": "bottom"})],
        ),
        (
            'put the text "Hello" in the top left corner in red',
            [("text", {"text": "Hello", "position": "top-left", "color": "red"})],
        ),
        ("caption: 'Day 1'", [("text", {"text": "Day 1", "position": "bottom"})]),
        (
            "overlay text 'Sale!' big and yellow",
            [("text", {"text": "Sale!", "size": "large", "color": "yellow"})],
        ),
        ("add 'Subscribe' at the end", [("text", {"start": -3.0, "text": "Subscribe"})]),
        (
            "text 'hi' with a black box behind it",
            [("text", {"text": "hi", "background": "black", "outline": None})],
        ),
        (
            "fade in the title 'Intro' at the top",
            [("text", {"text": "Intro", "position": "top", "fade_in": 0.5})],
        ),
        # quoted words are kept exactly: case, number words, curly apostrophes, punctuation
        (
            "Add the title “It’s Chapter One” at the BOTTOM",
            [("text", {"text": "It’s Chapter One", "position": "bottom"})],
        ),
        ("write 'Hello, world. Then bye!'", [("text", {"text": "Hello, world. Then bye!"})]),
        # a range inside the quotes is the user's words, not a time range
        ("add the title '5 to 10' for 2 seconds", [("text", {"end": 2.0, "text": "5 to 10"})]),
        # time windows
        (
            "add the title 'Summer' for the first 3 seconds",
            [("text", {"end": 3.0, "text": "Summer"})],
        ),
        (
            "show 'Summer' from 0:05 to 0:08",
            [("text", {"start": 5.0, "end": 8.0, "text": "Summer"})],
        ),
        (
            "put 'Wow' on the screen during the last 2 seconds",
            [("text", {"start": -2.0, "text": "Wow"})],
        ),
        (
            "add the text 'Wow' at 0:02 for 3 seconds",
            [("text", {"start": 2.0, "end": 5.0, "text": "Wow"})],
        ),
        ("write 'Bye' for 2 seconds at the end", [("text", {"start": -2.0, "text": "Bye"})]),
        ("add the title 'Hi' at the start", [("text", {"end": 3.0, "text": "Hi"})]),
        # look
        (
            "write 'Hi' in #ff8800 at 48px",
            [("text", {"text": "Hi", "pixels": 48, "color": "#ff8800"})],
        ),
        (
            "put 'Hello' bottom right with a red outline",
            [("text", {"text": "Hello", "position": "bottom-right", "outline": "red"})],
        ),
        (
            "add a big yellow title 'Go'",
            [("text", {"text": "Go", "size": "large", "color": "yellow"})],
        ),
        (
            "add a small title 'fine print' on the right",
            [("text", {"text": "fine print", "position": "right", "size": "small"})],
        ),
        (
            "add the title 'Summer' with a 1 second fade",
            [("text", {"text": "Summer", "fade_in": 1.0, "fade_out": 1.0})],
        ),
        (
            "add the caption 'Day 1' in small white letters on a semi-transparent black background",
            [
                (
                    "text",
                    {
                        "text": "Day 1",
                        "position": "bottom",
                        "size": "small",
                        "background": "black",
                        "outline": None,
                    },
                )
            ],
        ),
        ("write 'plain' without an outline", [("text", {"text": "plain", "outline": None})]),
        # text with other edits
        (
            "add the title 'Summer' at the top and make it black and white",
            [("text", {"text": "Summer", "position": "top"}), ("grayscale", {})],
        ),
    ],
}

ROUND_TRIP = [
    "add a title 'Chapter 1' at the bottom for 2 seconds, "
    'put the text "it\'s: %{pts} [a],b;c" in the top left corner in red with a black box',
]
