"""Script generation: plan -> stages -> standalone, re-runnable stage scripts."""

from __future__ import annotations

from promptcut.script_gen.compile import choose_format, compile_plan, predict
from promptcut.script_gen.script import render_script, write_script

__all__ = ["choose_format", "compile_plan", "predict", "render_script", "write_script"]
