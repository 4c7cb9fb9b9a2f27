"""Where an edit's seconds come from in its parent: the kept, removed and re-timed ranges
the page's timeline strip marks, from the plan alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from promptcut.media.info import AudioStream, MediaInfo, VideoStream
from promptcut.operations import Operation
from promptcut.operations.analysis import RemoveSilence
from promptcut.operations.custom import Custom
from promptcut.operations.frame import Resize
from promptcut.operations.look import Grayscale
from promptcut.operations.sound import Volume
from promptcut.operations.timeline import Cut, CutRanges, KeepRanges, Loop, Reverse, Speed, Trim
from promptcut.plan import Plan, Step
from promptcut.plan_time import Piece, TimeMap, time_map

Spans = tuple[tuple[float, float], ...]


def _plan(*ops: Operation) -> Plan:
    return Plan(steps=tuple(Step.of("words", op) for op in ops))


def _media(duration: float = 10.0, *, image: bool = False) -> MediaInfo:
    return MediaInfo(
        path=Path("parent.png" if image else "parent.mp4"),
        container="png_pipe" if image else "mov,mp4,m4a,3gp,3g2,mj2",
        duration=0.0 if image else duration,
        size_bytes=1000,
        video=VideoStream(
            width=320,
            height=240,
            fps=0 if image else 25,
            pix_fmt="yuv420p",
            codec="png" if image else "h264",
        ),
        audio=None if image else AudioStream(codec="aac", sample_rate=48000, channels=2),
        is_image=image,
    )


def _pieces(found: TimeMap | None) -> list[tuple[tuple[float, float], tuple[float, float], float]]:
    assert found is not None
    return [
        (
            (round(p.source[0], 6), round(p.source[1], 6)),
            (round(p.result[0], 6), round(p.result[1], 6)),
            round(p.speed, 6),
        )
        for p in found.pieces
    ]


@pytest.mark.parametrize(
    ("ops", "pieces", "removed"),
    [
        # trim the start, the end, both
        ((Trim(start=1),), [((1, 10), (0, 9), 1)], ((0, 1),)),
        ((Trim(end=-2),), [((0, 8), (0, 8), 1)], ((8, 10),)),
        ((Trim(start=2, end=7),), [((2, 7), (0, 5), 1)], ((0, 2), (7, 10))),
        # a cut from the middle: what is left either side, joined
        ((Cut(start=2, end=5),), [((0, 2), (0, 2), 1), ((5, 10), (2, 7), 1)], ((2, 5),)),
        (
            (CutRanges(ranges=((1, 2), (5, 6))),),
            [((0, 1), (0, 1), 1), ((2, 5), (1, 4), 1), ((6, 10), (4, 8), 1)],
            ((1, 2), (5, 6)),
        ),
        (
            (KeepRanges(ranges=((2, 4), (6, 8))),),
            [((2, 4), (0, 2), 1), ((6, 8), (2, 4), 1)],
            ((0, 2), (4, 6), (8, 10)),
        ),
        # the whole video twice as fast: all of it, in half the time
        ((Speed(factor=2),), [((0, 10), (0, 5), 2)], ()),
        # one part slowed down: before and after it play as they were
        (
            (Speed(factor=0.5, start=2, end=4),),
            [((0, 2), (0, 2), 1), ((2, 4), (2, 6), 0.5), ((4, 10), (6, 12), 1)],
            (),
        ),
        # black and white, then a trim: the look leaves time alone
        ((Grayscale(), Trim(start=1, end=6)), [((1, 6), (0, 5), 1)], ((0, 1), (6, 10))),
        # a trim after a speed-up counts in the sped-up seconds: 1 s in is 2 s of the parent
        ((Speed(factor=2), Trim(start=1)), [((2, 10), (0, 4), 2)], ((0, 2),)),
        # a cut after a trim counts in the trimmed seconds
        (
            (Trim(start=1), Cut(start=2, end=3)),
            [((1, 3), (0, 2), 1), ((4, 10), (2, 8), 1)],
            ((0, 1), (3, 4)),
        ),
        # nothing that changes time: one piece covering everything
        (
            (Grayscale(), Volume(percent=200), Resize(width=160, height=120)),
            [((0, 10), (0, 10), 1)],
            (),
        ),
    ],
)
def test_the_map_follows_time_selecting_and_speed_steps(
    ops: tuple[Operation, ...],
    pieces: list[tuple[tuple[float, float], tuple[float, float], float]],
    removed: Spans,
) -> None:
    found = time_map(_plan(*ops), _media(10.0))

    assert _pieces(found) == pieces
    assert found is not None
    assert [(round(a, 6), round(b, 6)) for a, b in found.removed] == list(removed)
    assert found.parent_duration == 10.0
    assert found.duration == pytest.approx(pieces[-1][1][1])


@pytest.mark.parametrize(
    "ops",
    [
        (Reverse(),),
        (Trim(start=1), Reverse()),
        (Loop(times=2),),
        (Custom(description="pixelate the bottom-left corner"),),
        (Custom(description="pixelate the bottom-left corner", duration=4.0),),
    ],
)
def test_steps_that_reorder_or_repeat_time_cannot_be_followed(
    ops: tuple[Operation, ...],
) -> None:
    assert time_map(_plan(*ops), _media()) is None


def test_a_step_that_measures_before_it_cuts_needs_its_measurement() -> None:
    plan = _plan(RemoveSilence())

    # Planning alone cannot say what a silence cut removes.
    assert time_map(plan, _media()) is None
    # Measured to have no silence: it left time alone.
    assert _pieces(time_map(plan, _media(), measured={1: {"silences": []}})) == [
        ((0, 10), (0, 10), 1)
    ]
    # Measured to have some: it cut something, in a way the plan does not list.
    cut = {1: {"silences": [[3.0, 6.0]]}}
    assert time_map(plan, _media(), measured=cut) is None


def test_a_still_image_has_no_time_to_map() -> None:
    assert time_map(_plan(Grayscale()), _media(image=True)) is None


def test_a_plan_the_parent_no_longer_takes_is_not_mapped() -> None:
    # Trim past the end of a 3 s parent: predict refuses it, the map says nothing.
    assert time_map(_plan(Trim(start=5)), _media(3.0)) is None


def test_the_json_is_in_milliseconds_with_the_removed_ranges() -> None:
    found = TimeMap(
        parent_duration=3.0004,
        duration=2.0,
        pieces=(Piece(source=(1.00049, 3.0004), result=(0.0, 2.0), speed=1.0),),
    )

    assert found.as_json() == {
        "parent_duration": 3.0,
        "duration": 2.0,
        "pieces": [{"source": [1.0, 3.0], "result": [0.0, 2.0], "speed": 1.0}],
        "removed": [[0.0, 1.0]],
    }
