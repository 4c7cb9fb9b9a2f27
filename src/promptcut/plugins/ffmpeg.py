"""The ffmpeg plugin: the operation catalogue, rendered as one ffmpeg command per stage."""

from __future__ import annotations

import ast
from collections.abc import Sequence

from promptcut.operations import CATALOGUE, Operation
from promptcut.plugins.base import Plugin

__all__ = ["FFmpegPlugin"]

#: Modules a stage script may import: enough to build and run one command, nothing more.
ALLOWED_IMPORTS = frozenset(
    {"__future__", "argparse", "json", "math", "os", "pathlib", "shlex", "subprocess", "sys"}
)


class FFmpegPlugin(Plugin):
    name = "ffmpeg"
    description = (
        "Cuts, speed, geometry, look, sound and format changes, fused into one ffmpeg "
        "command per stage (one decode, one encode)."
    )

    def operations(self) -> Sequence[type[Operation]]:
        return tuple(op for op in CATALOGUE.values() if op.tool == self.name)

    def check_script(self, text: str) -> list[str]:
        """Beyond the base check: only the allowed imports, and every ffmpeg command the script
        builds keeps the safety options (no stdin, local files and pipes only)."""
        problems = super().check_script(text)
        if problems and problems[0].startswith("the script is not valid Python"):
            return problems
        tree = ast.parse(text)
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                mods = [a.name.split(".")[0] for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                mods = [(node.module or "").split(".")[0]]
            else:
                continue
            for mod in mods:
                if mod not in ALLOWED_IMPORTS:
                    problems.append(f"line {node.lineno}: importing {mod!r} is not allowed")
        strings = {
            n.value
            for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str)
        }
        for needed, why in (
            ("-nostdin", "ffmpeg must never read the terminal"),
            ("-protocol_whitelist", "inputs must be limited to local files and pipes"),
            ("file,pipe", "the protocol allowlist must be exactly file,pipe"),
        ):
            if needed not in strings:
                problems.append(f"the ffmpeg command lacks {needed!r}: {why}")
        return problems
