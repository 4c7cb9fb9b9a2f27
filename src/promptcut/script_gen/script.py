"""Writes a stage as a standalone Python script a person can read and run again."""

from __future__ import annotations

import datetime as dt
import os
import textwrap
from collections.abc import Sequence
from pathlib import Path

from promptcut import __version__
from promptcut.plan import Step
from promptcut.stage import OUTPUT, Stage

__all__ = ["PREAMBLE", "render_script", "write_script"]

#: What every stage script holds after its docstring: its imports, the plan steps it runs,
#: the ffmpeg it calls, its inputs and its output (`str.format` fields, as in the templates).
PREAMBLE = """\
from __future__ import annotations

import argparse
import os
import subprocess
import sys

# The plan steps this stage runs: its number in the plan, what it does, and the words that
# asked for it. Only data: the user's words are string literals no text can end.
STEPS = [
{steps}
]

FFMPEG = os.environ.get("PROMPTCUT_FFMPEG") or {ffmpeg}
INPUTS = {{
{inputs}
}}
OUTPUT = {output}
"""

_TEMPLATE = (
    '''\
#!/usr/bin/env python3
"""promptcut stage {number}: {title}.

Made by promptcut {version} on {date} from the plan steps in STEPS below.
Run it again with the same files, or others of the same kind:
    python {filename} [--output OUT] [--input main=IN]
PROMPTCUT_FFMPEG names the ffmpeg binary; PROMPTCUT_PROGRESS=pipe:1 prints progress.
"""

'''
    + PREAMBLE
    + '''{filters_block}

def command(inputs: dict[str, str], output: str) -> list[str]:
    """The one ffmpeg command of this stage: a single decode and a single encode."""
    return [
        FFMPEG,
{args}
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", default=OUTPUT)
    parser.add_argument("--input", action="append", default=[], metavar="NAME=PATH")
    options = parser.parse_args()
    inputs = dict(INPUTS)
    for item in options.input:
        name, _, path = item.partition("=")
        inputs[name] = path
    cmd = command(inputs, options.output)
    progress = os.environ.get("PROMPTCUT_PROGRESS")
    if progress:
        cmd[1:1] = ["-progress", progress, "-nostats"]
{run}


if __name__ == "__main__":
    sys.exit(main())
'''
)


def _q(s: str) -> str:
    """A double-quoted Python string literal of `s`, exactly, on one line, whatever it holds.

    Printable characters stand as they are; quotes and backslashes are escaped; everything
    else (newlines, control characters, line separators, the lone surrogates an undecodable
    file name brings) is written as an escape, as `repr` does. So no text can end the
    literal, and evaluating it gives `s` back.
    """
    return '"' + "".join(_escaped(c) for c in s) + '"'


def _escaped(c: str) -> str:
    if c in '"\\':
        return "\\" + c
    if c.isprintable():
        return c
    code = ord(c)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _expr(arg: str, filters: str | None) -> str:
    """The Python expression for one argument: a placeholder becomes its variable."""
    if arg == OUTPUT:
        return "output"
    if filters is not None and arg == filters:
        return "FILTERS"
    if arg.startswith("{input:") and arg.endswith("}"):
        return f"inputs[{_q(arg[len('{input:') : -1])}]"
    return _q(arg)


def _arg_lines(args: Sequence[str], filters: str | None) -> list[str]:
    """Options paired with their values, one pair to a line, as a person would lay them out."""
    lines: list[str] = []
    i = 0
    while i < len(args):
        a = args[i]
        nxt = args[i + 1] if i + 1 < len(args) else None
        if (
            a.startswith("-")
            and nxt is not None
            and not (nxt.startswith("-") and not _numeric(nxt))
        ):
            lines.append(f"{_expr(a, filters)}, {_expr(nxt, filters)},")
            i += 2
        else:
            lines.append(f"{_expr(a, filters)},")
            i += 1
    return lines


def _numeric(s: str) -> bool:
    try:
        float(s)
    except ValueError:
        return False
    return True


_RUN = "    return subprocess.run(cmd).returncode"
# An analysis stage writes no media: what ffmpeg reports (on stderr) is its output.
_RUN_ANALYSIS = """\
    with open(options.output, "w", encoding="utf-8") as report:
        code = subprocess.run(cmd, stderr=report).returncode
    if code:
        with open(options.output, encoding="utf-8") as report:
            sys.stderr.writelines(report.readlines()[-20:])
    return code"""


def render_script(
    stage: Stage, steps: Sequence[Step], *, ffmpeg: str, total: int | None = None
) -> str:
    """The script's text."""
    filters = None
    if "-filter_complex" in stage.args:
        filters = stage.args[stage.args.index("-filter_complex") + 1]
    step_lines = "\n".join(
        f"    ({n}, {_q(s.operation.describe())}, {_q(s.task)}),"
        for n, s in zip(stage.steps, steps, strict=True)
    )
    if filters is not None:
        parts = "\n".join(f"    {_q(p)}," for p in filters.split(";"))
        filters_block = (
            "\n# Every step above, as one filter graph: each line is one chain of filters.\n"
            f'FILTERS = ";".join([\n{parts}\n])\n'
        )
    else:
        filters_block = ""
    inputs = "\n".join(f"    {_q(k)}: {_q(str(v))}," for k, v in stage.inputs.items())
    args = textwrap.indent("\n".join(_arg_lines(stage.args, filters)), " " * 8)
    return _TEMPLATE.format(
        number=stage.number,
        run=_RUN_ANALYSIS if stage.is_analysis else _RUN,
        title=stage.title,
        version=__version__,
        date=dt.date.today().isoformat(),
        steps=step_lines,
        filename=f"{stage.number:02d}_{stage.slug}.py",
        ffmpeg=_q(ffmpeg),
        inputs=inputs,
        output=_q(str(stage.output)),
        filters_block=filters_block,
        args=args,
    )


def write_script(stage: Stage, steps: Sequence[Step], directory: Path, *, ffmpeg: str) -> Path:
    """Write the stage's script into `directory` (atomically) and return its path."""
    name = f"{stage.number:02d}_{stage.slug}.py"
    return place_script(directory, name, render_script(stage, steps, ffmpeg=ffmpeg))


def place_script(directory: Path, name: str, text: str) -> Path:
    """Write a stage script, runnable by its owner, as `directory/name` (atomically: a
    reader sees the old file or the whole new one) and return its path."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    tmp = path.with_suffix(".py.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.chmod(tmp, 0o700)
    os.replace(tmp, path)
    return path
