"""The plugin interface: what a tool offers the planner, how scripts that use it are written,
and how such a script is checked before it runs."""

from __future__ import annotations

import ast
from abc import ABC, abstractmethod
from collections.abc import Sequence
from importlib import resources

from promptcut.operations import Operation

__all__ = ["Plugin"]


class Plugin(ABC):
    """A tool promptcut can use. Plugins are stateless; one instance serves every edit."""

    #: short name steps refer to (`Step.tool`)
    name: str
    #: one line for people and for an AI planner
    description: str

    @abstractmethod
    def operations(self) -> Sequence[type[Operation]]:
        """The catalogue operations this plugin renders, offered to the planner."""

    def system_prompt(self) -> str:
        """Instructions for writing a stage script with this tool, read from
        `plugins/prompts/<name>.txt` (plain text beside the code that uses it)."""
        return (resources.files("promptcut.plugins") / "prompts" / f"{self.name}.txt").read_text(
            encoding="utf-8"
        )

    def check_script(self, text: str) -> list[str]:
        """Problems found in a stage script's text, in words an author (or a model) can act on.

        This is lint, not a security boundary: isolation in the executor is the boundary.
        The base check: the script is valid Python with a `main()` and no dynamic code."""
        try:
            tree = ast.parse(text)
        except SyntaxError as e:
            return [f"the script is not valid Python: {e.msg} (line {e.lineno})"]
        problems: list[str] = []
        names = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
        if "main" not in names:
            problems.append("the script has no main() function")
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in {"eval", "exec", "compile", "__import__"}
            ):
                problems.append(f"line {node.lineno}: {node.func.id}() is not allowed")
        return problems
