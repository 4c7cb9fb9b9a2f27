"""Which source ranges a plan keeps when it only selects time (what the copy path cuts)."""

from __future__ import annotations

import pytest

from promptcut.operations.look import Grayscale
from promptcut.operations.timeline import Cut, CutRanges, KeepRanges, Trim
from promptcut.plan import Plan, Step
from promptcut.planner import offline
from promptcut.smartcut import kept_spans


def _plan(*ops: object) -> Plan:
    return Plan(steps=tuple(Step.of("words", op) for op in ops))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("ops", "spans"),
    [
        ((Trim(start=3.3, end=55.7),), ((3.3, 55.7),)),
        ((Trim(start=-10),), ((50.0, 60.0),)),
        ((Trim(end=-5),), ((0.0, 55.0),)),
        ((Cut(start=10.4, end=20.7),), ((0.0, 10.4), (20.7, 60.0))),
        ((Cut(start=0, end=5),), ((5.0, 60.0),)),
        ((KeepRanges(ranges=((1, 2), (5, 8))),), ((1.0, 2.0), (5.0, 8.0))),
        ((CutRanges(ranges=((1, 2), (5, 8))),), ((0.0, 1.0), (2.0, 5.0), (8.0, 60.0))),
        # the second step's times are on the first one's result: 10 s in is 15 s of the source
        ((Trim(start=5), Cut(start=10, end=20)), ((5.0, 15.0), (25.0, 60.0))),
        # a range across a join of the ranges before is two source ranges
        (
            (KeepRanges(ranges=((0, 10), (20, 30))), Trim(start=5, end=15)),
            ((5.0, 10.0), (20.0, 25.0)),
        ),
    ],
)
def test_time_only_plans_keep_these_source_ranges(
    ops: tuple[object, ...], spans: tuple[tuple[float, float], ...]
) -> None:
    got = kept_spans(_plan(*ops), 60.0)
    assert got is not None
    assert [(round(a, 6), round(b, 6)) for a, b in got] == list(spans)


def test_a_plan_that_changes_the_picture_is_not_a_cut() -> None:
    assert kept_spans(_plan(Trim(start=1), Grayscale()), 60.0) is None


def test_re_encode_it_is_a_step_that_keeps_a_cut_from_copying() -> None:
    plan = offline.plan("keep 0:01 to 0:03 and re-encode it", 60.0)
    assert [s.op for s in plan.steps] == ["trim", "reencode"]
    assert kept_spans(plan, 60.0) is None
