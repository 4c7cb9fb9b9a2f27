"""Words that go on with what was said before them: a piece with no verb of its own, an
object named once for two edits, a shape said by its name and its ratio, the standard an
edit applies named beside it, a length reached the way the request says."""

from __future__ import annotations

from typing import Any

import pytest

from promptcut.errors import InvalidRequest, NotUnderstood
from promptcut.planner.offline import plan


def steps(prompt: str, **kw: Any) -> list[tuple[str, dict[str, Any]]]:
    return [(s.op, s.params) for s in plan(prompt, **kw).steps]


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # a piece that starts with a preposition goes on with the verb before it: never read
        # alone as another edit ("to black at the end" is no removal of black frames)
        (
            "add a fade from black at the start and to black at the end",
            [("fade", {"direction": "in"}), ("fade", {"direction": "out"})],
        ),
        (
            "fade from black at the start and to black at the end",
            [("fade", {"direction": "in"}), ("fade", {"direction": "out"})],
        ),
        # the object named once is the object of both
        (
            "fade in and fade out the audio",
            [
                ("fade", {"direction": "in", "target": "audio"}),
                ("fade", {"direction": "out", "target": "audio"}),
            ],
        ),
        (
            "fade in and out the music",
            [
                ("fade", {"direction": "in", "target": "audio"}),
                ("fade", {"direction": "out", "target": "audio"}),
            ],
        ),
        ("slow down the video to half speed", [("speed", {"factor": 0.5})]),
        ("slow down the clip to quarter speed", [("speed", {"factor": 0.25})]),
        ("slow down the video to 25% speed", [("speed", {"factor": 0.25})]),
        # a shape said by its name and its ratio, when they agree
        ("make the video square (1:1)", [("crop", {"aspect": "1:1"})]),
        ("make it a vertical 9:16 video", [("crop", {"aspect": "9:16"})]),
        (
            "make it a square 1:1 video with a blurred background",
            [("blur_fill", {"aspect": "1:1"})],
        ),
        # the standard or filter the edit applies, named beside it
        ("normalize the audio to -16 LUFS (EBU R128)", [("normalize", {"lufs": -16.0})]),
        ("normalize the audio (EBU R128)", [("normalize", {})]),
        ("stabilize the video (using vidstab)", [("stabilize", {})]),
        # the start or the end, up to a time
        ("trim off the beginning until 00:00:05", [("trim", {"start": 5.0})]),
        ("cut the beginning up to 00:05", [("trim", {"start": 5.0})]),
        ("trim the end after 0:50", [("trim", {"end": 50.0})]),
        # a ratio the video is said to have, when it has it
        ("add black bars to make the 16:9 video 4:3", [("pad", {"aspect": "4:3"})]),
        ("letterbox the 16:9 video to 4:3", [("pad", {"aspect": "4:3"})]),
        # a length for the result, reached the way the request says
        ("make the video 30 seconds long by cutting the end", [("trim", {"end": 30.0})]),
        (
            "make the video 30 seconds long by cutting off the beginning",
            [("trim", {"start": -30.0})],
        ),
        ("make the video 20 seconds long by speeding it up", [("speed", {"factor": 3.0})]),
        ("turn the video into a 15 second clip by trimming the rest", [("trim", {"end": 15.0})]),
    ],
)
def test_words_that_go_on_with_what_was_said(prompt: str, expected: list[Any]) -> None:
    assert steps(prompt, duration=60.0, picture=(1280, 720, 30.0)) == expected


def test_the_musics_fade_out_is_said_with_its_length() -> None:
    [music] = plan("add music.mp3 and fade it out at the end over 4 s", 60.0, ["music.mp3"]).steps
    assert (music.op, music.params["fade_out"]) == ("add_music", 4.0)


@pytest.mark.parametrize(
    ("prompt", "said"),
    [
        # a name and a ratio that disagree: which is meant is not guessed
        ("make the video square 16:9", "square 16:9"),
        # a shape the video is said to have and has not: written for another file
        ("add black bars to make the 4:3 video 16:9", "is 4:3, but it is 1280x720"),
        # longer than the video: nothing to cut
        ("make the video 2 minutes long by cutting the end", "already no longer than"),
        # a name of another edit's standard is no gloss of this one
        ("make it black and white (EBU R128)", "EBU R128"),
    ],
)
def test_what_does_not_agree_is_refused(prompt: str, said: str) -> None:
    with pytest.raises((NotUnderstood, InvalidRequest)) as e:
        plan(prompt, 60.0, picture=(1280, 720, 30.0))
    assert said in str(e.value)
