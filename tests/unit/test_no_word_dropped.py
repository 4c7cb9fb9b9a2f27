"""Nothing a person adds to a request is silently dropped: every example phrasing of every
operation, with another instruction, a platform, a method or an aside added, is planned with
the addition or refused — never planned without it."""

from __future__ import annotations

import itertools

import pytest

from promptcut.errors import InvalidRequest, NotUnderstood
from promptcut.operations import CATALOGUE
from promptcut.plan import Plan
from promptcut.planner import plan

DURATION = 60.0
ASSETS = [
    "clip2.mp4", "intro.mp4", "outro.mp4", "a.mp4", "b.mp4", "c.mp4", "music.mp3",
    "logo.png", "watermark.png", "title.png", "subs.srt", "voice.mp3", "song.mp3",
]  # fmt: skip

EXAMPLES = [(op.name, ex) for op in CATALOGUE.values() for ex in op.examples]
# Additions whose operation is easy to see in the plan, one per kind of edit.
ADDED = [
    ("reverse it", "reverse"),
    ("mute it", "mute"),
    ("make it black and white", "grayscale"),
    ("rotate it 90 degrees clockwise", "rotate"),
    ("speed it up 2x", "speed"),
]


def planned(prompt: str) -> Plan | None:
    try:
        return plan(prompt, DURATION, ASSETS)
    except (NotUnderstood, InvalidRequest):
        return None


def _pairs() -> list[tuple[str, str, str]]:
    """Every example with each addition, skipping pairs where the example already does it."""
    return [
        (ex, extra, op)
        for (name, ex), (extra, op) in itertools.product(EXAMPLES, ADDED)
        if name != op
    ]


@pytest.mark.parametrize(("example", "extra", "op"), _pairs())
def test_an_added_instruction_is_planned_or_refused(example: str, extra: str, op: str) -> None:
    for joined in (f"{example} and {extra}", f"{example}, then {extra}"):
        got = planned(joined)
        assert got is None or op in {s.op for s in got.steps}, f"{joined!r} -> {got}"


@pytest.mark.parametrize("example", [ex for _, ex in EXAMPLES])
@pytest.mark.parametrize("platform", ["tiktok", "an instagram post", "youtube"])
def test_a_platform_and_another_instruction_are_not_swallowed(example: str, platform: str) -> None:
    joined = f"{example} for {platform} and reverse it"
    got = planned(joined)
    assert got is None or "reverse" in {s.op for s in got.steps}, f"{joined!r} -> {got}"


@pytest.mark.parametrize("example", [ex for _, ex in EXAMPLES])
@pytest.mark.parametrize(
    "method", ["by adding black bars", "by cropping", "by using a blur", "by magic"]
)
def test_a_method_is_honoured_or_refused(example: str, method: str) -> None:
    alone = planned(example)
    got = planned(f"{example} {method}")
    if got is None or alone is None:
        return
    # Said how, the plan either changes to honour it or is the same only where the method is
    # the way the plan does it anyway.
    ops = {s.op for s in got.steps}
    if method == "by adding black bars":
        assert "crop" not in ops, f"{example!r} {method!r} -> {got}"
    elif method == "by cropping":
        assert "pad" not in ops
    elif method == "by using a blur":
        # the means read as an edit of its own (a blur is done), or as the way a change of
        # shape is filled (a blurred background, nothing cropped)
        assert ops & {"blur", "blur_fill"}, f"{example!r} {method!r} -> {got}"
        assert "blur" in ops or "crop" not in ops, f"{example!r} {method!r} -> {got}"
    else:
        pytest.fail(f"{example!r} {method!r} was planned as {got} without reading the method")


@pytest.mark.parametrize("example", [ex for _, ex in EXAMPLES])
@pytest.mark.parametrize(
    ("aside", "op"),
    [
        ("(and reverse it)", "reverse"),
        ("(also mute it)", "mute"),
        ("(black and white)", "grayscale"),
        ("(2x faster)", "speed"),
        ("(in reverse)", "reverse"),
    ],
)
def test_an_aside_that_asks_for_something_is_planned_or_refused(
    example: str, aside: str, op: str
) -> None:
    got = planned(f"{example} {aside}")
    assert got is None or op in {s.op for s in got.steps}, f"{example} {aside} -> {got}"


@pytest.mark.parametrize("example", [ex for _, ex in EXAMPLES])
def test_an_aside_that_only_describes_changes_nothing(example: str) -> None:
    alone = planned(example)
    got = planned(f"{example} (it was recorded on my phone)")
    if alone is not None:
        assert got == alone


@pytest.mark.parametrize("example", [ex for _, ex in EXAMPLES])
@pytest.mark.parametrize(
    "around",
    [
        "{example} so it plays on my phone and reverse it",
        "{example} to make room for the subtitles and reverse it",
        "{example} before uploading and reverse it",
        "{example} without losing quality and reverse it",
        "{example} (it was recorded on my phone) and reverse it",
    ],
)
def test_words_around_an_instruction_never_swallow_the_next(example: str, around: str) -> None:
    joined = around.format(example=example)
    got = planned(joined)
    assert got is None or "reverse" in {s.op for s in got.steps}, f"{joined!r} -> {got}"


@pytest.mark.parametrize(
    ("prompt", "readings"),
    [
        ("new audio: music.mp3", ("replace the audio with music.mp3", "add music.mp3 as music")),
    ],
)
def test_two_readings_are_refused_with_both_shown(prompt: str, readings: tuple[str, str]) -> None:
    with pytest.raises(InvalidRequest) as refused:
        plan(prompt, DURATION, ASSETS)
    assert all(r in str(refused.value) for r in readings)
