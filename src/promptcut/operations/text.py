"""Text drawn on the picture: titles and captions given in quotes."""

from __future__ import annotations

from promptcut.operations.base import Operation

__all__ = ["OPERATIONS"]

OPERATIONS: tuple[type[Operation], ...] = ()
