"""Operations on how the result is encoded: size targets, quality, stills, GIF settings."""

from __future__ import annotations

from promptcut.operations.base import Operation

__all__ = ["OPERATIONS"]

OPERATIONS: tuple[type[Operation], ...] = ()
