"""Writing a real-request set's rows as cases: one helper a kind of row, shared by every set
(dev.py, corpus.py)."""

from __future__ import annotations

from collections.abc import Sequence

from .score import AnyOf, Below, Case, Probe, Want, maybe, step

__all__ = ["CORNERS", "WHICH_PART", "ask", "do", "no_op", "out_of_scope", "smaller_gif"]

#: Any corner of the frame.
CORNERS = AnyOf("top-left", "top-right", "bottom-left", "bottom-right")
#: Words a refusal says when it asks which part of the video is meant.
WHICH_PART = ("which part", "which", "where", "when", "start", "end", "range", "time")


def do(
    id: str,
    request: str,
    *plans: Sequence[Want],
    assets: Sequence[str] = (),
    probe: Probe | None = None,
    tag: str = "",
    note: str = "",
) -> Case:
    """DOABLE with existing operations: each of `plans` is a right answer."""
    return Case(
        id,
        "DOABLE",
        request,
        "plan",
        plans=tuple(tuple(p) for p in plans),
        assets=tuple(assets),
        probe=probe or Probe(),
        tag=tag,
        note=note,
    )


def no_op(
    id: str,
    request: str,
    tag: str,
    *,
    assets: Sequence[str] = (),
    probe: Probe | None = None,
    note: str = "",
) -> Case:
    """DOABLE in principle, but no operation does it ("no op") or it needs an analysis
    promptcut does not have ("needs analysis"): offline, the right answer is a refusal."""
    return Case(
        id,
        "DOABLE",
        request,
        "refuse",
        assets=tuple(assets),
        probe=probe or Probe(),
        no_op=True,
        tag=tag,
        note=note,
    )


def ask(
    id: str,
    request: str,
    missing: str,
    terms: Sequence[str],
    *,
    assets: Sequence[str] = (),
    probe: Probe | None = None,
    note: str = "",
) -> Case:
    """UNDERSPECIFIED: refuse, asking for `missing` (a refusal that says one of `terms`,
    outside what it quotes, asks for it)."""
    return Case(
        id,
        "UNDERSPECIFIED",
        request,
        "ask",
        missing=missing,
        ask_terms=tuple(terms),
        assets=tuple(assets),
        probe=probe or Probe(),
        note=note,
    )


def out_of_scope(
    id: str,
    request: str,
    tag: str,
    *,
    assets: Sequence[str] = (),
    probe: Probe | None = None,
    note: str = "",
) -> Case:
    """OUT-OF-SCOPE: not an edit of the given file, or beyond an offline editor (`tag` says
    why): the right answer is a refusal."""
    return Case(
        id,
        "OUT-OF-SCOPE",
        request,
        "refuse",
        assets=tuple(assets),
        probe=probe or Probe(),
        tag=tag,
        note=note,
    )


def smaller_gif(width: int, height: int, fps: float) -> tuple[list[Want], ...]:
    """The right answers for a smaller GIF of a GIF `width`x`height` at `fps`: made again at a
    lower frame rate or width, scaled down (then maybe made again), or at a lower frame rate."""
    down = (
        step("resize", lines=Below(min(width, height)))
        | step("resize", width=Below(width), height=AnyOf(None, Below(height)))
        | step("resize", height=Below(height), width=AnyOf(None, Below(width)))
        | step("resize", percent=Below(100))
    )
    gif = step("gif", fps=AnyOf(None, Below(fps))) | step("gif", width=Below(width))
    return (
        [gif],
        [down, maybe(gif)],
        [step("fps", fps=Below(fps)), maybe(gif)],
    )
