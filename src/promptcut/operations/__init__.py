"""The operation catalogue: every edit promptcut can render, by name, in the order the
planner tries their phrasings."""

from __future__ import annotations

from promptcut.operations.base import Clip, Graph, Operation
from promptcut.operations.convert import Convert
from promptcut.operations.frame import Crop, Flip, Resize, Rotate
from promptcut.operations.look import Fade, Grayscale
from promptcut.operations.sound import Mute, Volume
from promptcut.operations.timeline import Cut, Reverse, Speed, Trim

__all__ = ["CATALOGUE", "Clip", "Graph", "Operation", "operation"]

CATALOGUE: dict[str, type[Operation]] = {
    op.name: op
    for op in (
        Trim, Cut, Speed, Reverse, Resize, Crop, Rotate, Flip, Grayscale, Fade, Mute, Volume,
        Convert,
    )
}  # fmt: skip


def operation(name: str) -> type[Operation]:
    """The operation class called `name`; KeyError names the known ones."""
    try:
        return CATALOGUE[name]
    except KeyError:
        raise KeyError(f"no operation {name!r}; known: {', '.join(CATALOGUE)}") from None
