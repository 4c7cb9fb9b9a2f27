"""Edits driven by analysis of the media: silences, scene changes, black frames, shake."""

from __future__ import annotations

from promptcut.operations.base import Operation

__all__ = ["OPERATIONS"]

OPERATIONS: tuple[type[Operation], ...] = ()
