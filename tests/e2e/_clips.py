"""Tiny generated media, hand-written stage scripts and a look at the host's processes, for the
executor and sandbox tests."""

from __future__ import annotations

import os
import subprocess
import textwrap
from pathlib import Path

from promptcut.media.ffmpeg import ffmpeg_path

# The shape the script generator emits: baked-in paths, --output/--input overrides, the
# ffmpeg binary and the progress target from the environment, exit code = ffmpeg's.
_STAGE_SCRIPT = '''\
"""Test stage script."""
import argparse
import os
import subprocess
import sys

ARGS = {args!r}
INPUTS = {inputs!r}
OUTPUT = {output!r}

parser = argparse.ArgumentParser()
parser.add_argument("--output", default=OUTPUT)
parser.add_argument("--input", action="append", default=[])
options = parser.parse_args()
inputs = dict(INPUTS)
inputs.update(item.split("=", 1) for item in options.input)
table = {{"{{input:" + k + "}}": v for k, v in inputs.items()}}
table["{{output}}"] = options.output
command = [os.environ.get("PROMPTCUT_FFMPEG", "ffmpeg"), "-hide_banner", "-nostdin", "-y"]
if os.environ.get("PROMPTCUT_PROGRESS"):
    command += ["-progress", os.environ["PROMPTCUT_PROGRESS"], "-nostats"]
command += [table.get(a, a) for a in ARGS]
sys.exit(subprocess.run(command).returncode)
'''


def stage_script(
    path: Path,
    args: list[str] | tuple[str, ...],
    *,
    inputs: dict[str, str] | None = None,
    output: str = "out.mp4",
) -> Path:
    """Write a stage script running `ffmpeg <args>` ({input:name}/{output} substituted)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_STAGE_SCRIPT.format(args=list(args), inputs=inputs or {}, output=output))
    return path


def python_script(path: Path, body: str) -> Path:
    """Write a script in the stage-script calling convention whose work is `body` (Python)."""
    header = textwrap.dedent(
        """\
        import argparse
        import os
        import sys

        parser = argparse.ArgumentParser()
        parser.add_argument("--output", default="out.bin")
        parser.add_argument("--input", action="append", default=[])
        options = parser.parse_args()
        """
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(header + textwrap.dedent(body))
    return path


def make_clip(
    path: Path,
    *,
    seconds: float = 2.0,
    size: str = "320x240",
    fps: int = 25,
    audio: bool = True,
    video: bool = True,
) -> Path:
    """A testsrc2 (+ sine) clip made with real ffmpeg."""
    path.parent.mkdir(parents=True, exist_ok=True)
    args = [ffmpeg_path(), "-hide_banner", "-nostdin", "-y", "-loglevel", "error"]
    if video:
        args += ["-f", "lavfi", "-i", f"testsrc2=size={size}:rate={fps}:duration={seconds}"]
    if audio:
        args += ["-f", "lavfi", "-i", f"sine=frequency=440:sample_rate=44100:duration={seconds}"]
    if video:
        args += ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"]
    if audio:
        args += ["-c:a", "aac"]
    args += [str(path)]
    subprocess.run(args, check=True, capture_output=True)
    return path


def processes_with(marker: str) -> list[int]:
    """Host pids whose command line mentions `marker` (a zombie's is empty: it counts as gone)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and entry.name != str(os.getpid()):
            try:
                if marker.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                pass
    return found
