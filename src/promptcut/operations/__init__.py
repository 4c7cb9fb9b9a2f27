"""The operation catalogue: every edit promptcut can render, by name, in the order the
planner tries their phrasings (earlier modules win where phrasings overlap)."""

from __future__ import annotations

from typing import Any

from promptcut.operations import (
    analysis,
    color,
    convert,
    custom,
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

__all__ = ["CATALOGUE", "Clip", "Graph", "Operation", "catalogue", "operation"]

#: The order phrasings are tried in: earlier modules win where phrasings overlap.
MODULES = (
    timeline, frame, look, color, text, join, overlay, music, subtitles, analysis, questions,
    sound, export, convert, custom,
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


def catalogue() -> list[dict[str, Any]]:
    """Every operation as people and models are shown it (`promptcut ops --json`, the model
    planner): name, plugin, summary, parameters as a JSON schema, example phrasings."""
    return [
        {
            "name": op.name,
            "tool": op.tool,
            "summary": op.summary(),
            "parameters": op.model_json_schema(),
            "examples": list(op.examples),
        }
        for op in CATALOGUE.values()
    ]
