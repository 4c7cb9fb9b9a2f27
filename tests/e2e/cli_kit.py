"""For the end-to-end tests: clips made once per run, and `promptcut` run as a user runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from promptcut.media.ffmpeg import run_ffmpeg


def make_clip(folder: Path, name: str, args: Sequence[str]) -> Path:
    """Run `ffmpeg <args> folder/name` once per session folder and return the file."""
    out = folder / name
    if not out.exists():
        run_ffmpeg([*args, str(out)])
    return out


@dataclass(frozen=True)
class Run:
    """One finished `promptcut` command."""

    code: int
    out: str
    err: str


class Cli:
    """Runs `python -m promptcut ...` as a user would, with its own data folder."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.data_dir = home / "data"
        self.home.mkdir(parents=True, exist_ok=True)

    def __call__(self, *args: object, env: dict[str, str] | None = None) -> Run:
        done = subprocess.run(
            [sys.executable, "-m", "promptcut", *map(str, args)],
            env={**os.environ, "PROMPTCUT_DATA_DIR": str(self.data_dir), **(env or {})},
            cwd=self.home,  # no stray .env file is read
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        return Run(done.returncode, done.stdout, done.stderr)

    def edit(self, source: Path, prompt: str, output: Path | str, *args: object) -> Path:
        """`promptcut edit` that must succeed; the output path."""
        out = self.home / output if isinstance(output, str) else output
        run = self("edit", source, prompt, "-o", out, *args)
        assert run.code == 0, f"exit {run.code}: {run.err}"
        assert out.is_file()
        return out
