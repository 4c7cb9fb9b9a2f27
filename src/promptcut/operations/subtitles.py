"""Burning subtitles from an SRT, ASS or VTT file into the picture."""

from __future__ import annotations

from promptcut.operations.base import Operation

__all__ = ["OPERATIONS"]

OPERATIONS: tuple[type[Operation], ...] = ()
