"""Where an edit's time comes from: which stretches of its parent a plan keeps, in what order
and at what speed, and which it removes (the ranges the page's timeline strip marks)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from promptcut.errors import PromptcutError
from promptcut.media.info import MediaInfo
from promptcut.operations import Graph, Operation
from promptcut.operations.custom import Custom
from promptcut.operations.join import Join, Transition
from promptcut.operations.timeline import Freeze, Loop, Reverse, Speed
from promptcut.plan import Plan
from promptcut.script_gen import predict

__all__ = ["Piece", "TimeMap", "time_map"]

#: Steps whose result plays the parent's time out of order, more than once, or beside other
#: material: no list of pieces can say where a result second comes from. A custom step's
#: script does whatever the model wrote.
_UNFOLLOWED: tuple[type[Operation], ...] = (Custom, Reverse, Loop, Freeze, Join, Transition)
#: How far, in seconds, the pieces' length may be from the length the plan predicts.
_TOLERANCE = 1e-3
#: Shorter pieces and gaps are float noise, not time anyone could see on a strip.
_TINY = 1e-6


@dataclass(frozen=True)
class Piece:
    """A stretch of the parent, `source` [start, end) in its seconds, played at `speed`
    (2: twice as fast) as `result` [start, end) in the edit's seconds."""

    source: tuple[float, float]
    result: tuple[float, float]
    speed: float


@dataclass(frozen=True)
class TimeMap:
    """How an edit's timeline is made of its parent's: pieces in result order."""

    parent_duration: float
    duration: float
    pieces: tuple[Piece, ...]

    @property
    def removed(self) -> tuple[tuple[float, float], ...]:
        """The parent's ranges no piece plays, in order."""
        gaps: list[tuple[float, float]] = []
        at = 0.0
        for a, b in sorted(p.source for p in self.pieces):
            if a - at > _TINY:
                gaps.append((at, a))
            at = max(at, b)
        if self.parent_duration - at > _TINY:
            gaps.append((at, self.parent_duration))
        return tuple(gaps)

    def as_json(self) -> dict[str, Any]:
        """The map as the API shows it, in milliseconds' precision."""
        return {
            "parent_duration": _ms(self.parent_duration),
            "duration": _ms(self.duration),
            "pieces": [
                {
                    "source": [_ms(p.source[0]), _ms(p.source[1])],
                    "result": [_ms(p.result[0]), _ms(p.result[1])],
                    "speed": round(p.speed, 6),
                }
                for p in self.pieces
            ],
            "removed": [[_ms(a), _ms(b)] for a, b in self.removed],
        }


def time_map(
    plan: Plan,
    parent_media: MediaInfo,
    assets: Mapping[str, MediaInfo | Path] | None = None,
    measured: Mapping[int, dict[str, Any]] | None = None,
) -> TimeMap | None:
    """How `plan`, applied to `parent_media`, makes its result's time out of the parent's;
    None where it cannot be followed.

    Time-selecting steps (trim, cut, keep or cut ranges: `Operation.kept`) keep spans, a
    speed change re-times all or part of the timeline, and any other step must leave the
    predicted length as it is. A step that plays time out of order or again (reverse, loop,
    freeze, join, a custom step), or changes the length another way, gives None; so does a
    step that measures first (remove silence) and, with its measurement (`measured`, by
    1-based step number, as history keeps them), changes the length. `assets` are the files
    the plan reads, as `predict` takes them; a plan that no longer predicts gives None."""
    if parent_media.is_image or parent_media.duration <= 0:
        return None
    runs: list[_Run] = [_Run(0.0, parent_media.duration, 1.0)]
    try:
        before = predict(Plan(steps=()), parent_media, assets)
        for n, step in enumerate(plan.steps, 1):
            op = step.operation
            if isinstance(op, _UNFOLLOWED):
                return None
            after = predict(Plan(steps=plan.steps[:n]), parent_media, assets)
            if "time" in op.touches and op.analysis(before) is not None:
                # Planning leaves such a step's length alone; what it cuts is measured.
                found = (measured or {}).get(n)
                if found is None:
                    return None
                graph = Graph(before, measured=found)
                op.render(graph)
                if abs(graph.clip.duration - before.duration) > _TOLERANCE:
                    return None
            kept = op.kept(before.duration)
            if kept is not None:
                runs = _select(runs, kept)
            elif isinstance(op, Speed):
                a, b = op.span(before) if op.ranged else (0.0, before.duration)
                runs = _sped(runs, a, min(b, before.duration), op.factor)
            if abs(sum(r.length for r in runs) - after.duration) > _TOLERANCE:
                return None
            before = after
    except PromptcutError:
        return None
    pieces: list[Piece] = []
    at = 0.0
    for r in runs:
        pieces.append(Piece((r.start, r.end), (at, at + r.length), r.speed))
        at += r.length
    return TimeMap(parent_media.duration, before.duration, tuple(pieces))


@dataclass(frozen=True)
class _Run:
    """Parent seconds [start, end) played at `speed`."""

    start: float
    end: float
    speed: float

    @property
    def length(self) -> float:
        """How long it plays in the result."""
        return (self.end - self.start) / self.speed


def _select(runs: Sequence[_Run], spans: Sequence[tuple[float, float]]) -> list[_Run]:
    """The parts of `runs` that `spans` (seconds of the timeline the runs make) keep, in the
    spans' order."""
    out: list[_Run] = []
    for lo, hi in spans:
        at = 0.0
        for r in runs:
            a, b = max(lo, at), min(hi, at + r.length)
            if b - a > _TINY:
                _append(
                    out, _Run(r.start + (a - at) * r.speed, r.start + (b - at) * r.speed, r.speed)
                )
            at += r.length
    return out


def _sped(runs: Sequence[_Run], a: float, b: float, factor: float) -> list[_Run]:
    """`runs` with the seconds [a, b) of the timeline they make played `factor` times as fast."""
    end = sum(r.length for r in runs)
    out = _select(runs, [(0.0, a)])
    for r in _select(runs, [(a, b)]):
        _append(out, _Run(r.start, r.end, r.speed * factor))
    for r in _select(runs, [(b, end)]):
        _append(out, r)
    return out


def _append(runs: list[_Run], run: _Run) -> None:
    """Add `run`, joined to the last one when it carries straight on at the same speed."""
    if runs:
        last = runs[-1]
        if abs(last.end - run.start) < _TINY and abs(last.speed - run.speed) < _TINY:
            runs[-1] = _Run(last.start, run.end, last.speed)
            return
    runs.append(run)


def _ms(seconds: float) -> float:
    return round(seconds, 3)
