"""Operations that join other clips to the video: append, prepend, join several, with
transitions between them."""

from __future__ import annotations

from promptcut.operations.base import Operation

__all__ = ["OPERATIONS"]

OPERATIONS: tuple[type[Operation], ...] = ()
