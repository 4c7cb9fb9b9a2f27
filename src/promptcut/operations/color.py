"""Operations on colour and detail: blur, sharpen, brightness, contrast, saturation, gamma,
sepia, invert, vignette, denoise, and named looks built from them."""

from __future__ import annotations

from promptcut.operations.base import Operation

__all__ = ["OPERATIONS"]

OPERATIONS: tuple[type[Operation], ...] = ()
