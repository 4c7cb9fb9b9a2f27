"""Operations that put another picture on the video: a logo or watermark image, a second
video picture-in-picture."""

from __future__ import annotations

from promptcut.operations.base import Operation

__all__ = ["OPERATIONS"]

OPERATIONS: tuple[type[Operation], ...] = ()
