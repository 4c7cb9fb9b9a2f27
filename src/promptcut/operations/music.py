"""Operations that take sound from another file: replace the soundtrack, mix in music,
duck it under speech."""

from __future__ import annotations

from promptcut.operations.base import Operation

__all__ = ["OPERATIONS"]

OPERATIONS: tuple[type[Operation], ...] = ()
