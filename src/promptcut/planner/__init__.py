"""Planners: turn a request into a Plan. The offline grammar planner is the default."""

from __future__ import annotations

from promptcut.planner.offline import LONGEST_REQUEST, check_length, plan

__all__ = ["LONGEST_REQUEST", "check_length", "plan"]
