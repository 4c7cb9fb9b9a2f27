"""The planner forgives what people do to words: typos in operation words, fractions, times
relative to the video ("halfway"). It still never guesses at a clause it cannot read."""

from __future__ import annotations

from typing import Any

import pytest

from promptcut.errors import InvalidRequest, NotUnderstood
from promptcut.planner.offline import plan


def steps(prompt: str, duration: float | None = None) -> list[tuple[str, dict[str, Any]]]:
    return [(s.op, s.params) for s in plan(prompt, duration).steps]


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("make it grayscle", [("grayscale", {})]),
        ("make it blak and white", [("grayscale", {})]),
        ("speeed it up 2x", [("speed", {"factor": 2.0})]),
        ("revrese the clip", [("reverse", {})]),
        ("trim off the frist 3 seconds", [("trim", {"start": 3.0})]),
        ("mirorr the video", [("flip", {})]),
        ("normalise the volumme", [("normalize", {})]),
        ("add a blurr effect", [("blur", {})]),
        (
            "cut the frist 2 seconds and make it black and wihte",
            [("trim", {"start": 2.0}), ("grayscale", {})],
        ),
    ],
)
def test_small_typos_in_operation_words_are_put_right(prompt: str, expected: list[Any]) -> None:
    assert steps(prompt) == expected


def test_the_step_keeps_the_users_own_words() -> None:
    assert plan("make it grayscle").steps[0].task == "make it grayscle"


def test_quoted_text_is_never_respelled() -> None:
    (step,) = plan("add the title 'Helo wrold' at the top").steps
    assert step.params["text"] == "Helo wrold"


@pytest.mark.parametrize(
    "prompt", ["write me a poem", "make it pop", "fade in and fade ot", "rotate it a bit"]
)
def test_typo_repair_does_not_turn_near_misses_into_edits(prompt: str) -> None:
    with pytest.raises(NotUnderstood):
        plan(prompt)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("lower the volume by half", [("volume", {"percent": 50.0})]),
        ("lower the volume by a third", [("volume", {"percent": pytest.approx(66.6667)})]),
        ("slow it down by half", [("speed", {"factor": 0.5})]),
        ("speed it up by a quarter", [("speed", {"factor": 1.25})]),
    ],
)
def test_fractions_read_as_shares(prompt: str, expected: list[Any]) -> None:
    assert steps(prompt) == expected


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("remove everything after halfway", [("trim", {"end": 10.0})]),
        ("keep everything from the halfway point", [("trim", {"start": 10.0})]),
        ("take a screenshot at the halfway mark", [("still", {"at": 10.0})]),
        ("make it black and white from halfway", [("grayscale", {"start": 10.0})]),
    ],
)
def test_halfway_is_half_the_videos_length(prompt: str, expected: list[Any]) -> None:
    assert steps(prompt, duration=20.0) == expected


def test_halfway_without_the_video_asks_for_it() -> None:
    with pytest.raises(InvalidRequest, match="length"):
        plan("remove everything after halfway")


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("my footage is shaky, fix the shake", [("stabilize", {})]),
        ("it's too dark, brighten it by 20%", [("brightness", {"percent": 20.0})]),
        ("the audio is way too quiet, make it louder", [("volume", {"db": 6.0})]),
    ],
)
def test_a_clause_that_only_describes_the_video_is_not_done_twice(
    prompt: str, expected: list[Any]
) -> None:
    assert steps(prompt) == expected


def test_a_description_alone_asks_for_nothing() -> None:
    with pytest.raises(NotUnderstood, match="no change"):
        plan("the audio is too quiet")
