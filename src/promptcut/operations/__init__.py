"""The operation catalogue: every edit promptcut can render, by name, in the order the
planner tries their phrasings (earlier modules win where phrasings overlap)."""

from __future__ import annotations

from promptcut.operations import (
    analysis,
    color,
    convert,
    export,
    frame,
    join,
    look,
    music,
    overlay,
    questions,
    sound,
    subtitles,
    text,
    timeline,
)
from promptcut.operations.base import Clip, Graph, Operation

__all__ = ["CATALOGUE", "Clip", "Graph", "Operation", "operation"]

#: The order phrasings are tried in: earlier modules win where phrasings overlap.
MODULES = (
    timeline, frame, look, color, text, join, overlay, music, subtitles, analysis, questions,
    sound, export, convert,
)  # fmt: skip

CATALOGUE: dict[str, type[Operation]] = {
    op.name: op for module in MODULES for op in module.OPERATIONS
}


def operation(name: str) -> type[Operation]:
    """The operation class called `name`; KeyError names the known ones."""
    try:
        return CATALOGUE[name]
    except KeyError:
        raise KeyError(f"no operation {name!r}; known: {', '.join(CATALOGUE)}") from None
