"""Writes a cut or join stage as a standalone Python script: its parts, copy ranges and join,
in order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from promptcut import __version__
from promptcut.plan import Step
from promptcut.script_gen.script import PREAMBLE, _q, place_script
from promptcut.smartcut import (
    PART_PREFIX,
    Command,
    CutPlan,
    commands,
    concat_list,
    decode_checks,
)
from promptcut.smartjoin import (
    CutJoinPlan,
    JoinPlan,
    cut_join_checks,
    cut_join_commands,
    cut_join_list,
    join_checks,
    join_commands,
    join_list,
)

__all__ = [
    "render_cut_join_script",
    "render_cut_script",
    "render_join_script",
    "write_cut_join_script",
    "write_cut_script",
    "write_join_script",
]

_CUT_HOW = """\
Frames around each cut are re-encoded with {encoder} matched to the source; the whole GOPs
between are copied packet for packet; the parts are joined, {sound}, and the
result decoded where the parts meet to prove it (ffmpeg exits 0 even on a stream with broken
references).
Run it again with the same file{s}:
    python {filename} [--output OUT] [--input NAME=PATH]
Another video needs a new script: the copy ranges below follow this one's keyframes."""

_JOIN_HOW = """\
The clips' pictures share their codec parameters, so each is copied packet for packet; the
pictures are joined, the sound of every clip re-encoded once, and the result decoded where the
clips meet to prove it (ffmpeg exits 0 even on a stream with broken references).
Run it again with the same files:
    python {filename} [--output OUT] [--input NAME=PATH]
Other files need a new script: the lengths below are these files' frames."""

_CUT_JOIN_HOW = """\
The clips' pictures share their codec parameters. Frames around each cut are re-encoded with
{encoder} matched to their clip; the whole GOPs between are copied packet for packet; the parts
of every clip are joined in order, the sound of each clip's kept ranges re-encoded once, and
the result decoded where the parts meet to prove it (ffmpeg exits 0 even on a stream with
broken references).
Run it again with the same files:
    python {filename} [--output OUT] [--input NAME=PATH]
Other files need a new script: the copy ranges below follow these files' keyframes."""

_TEMPLATE = (
    '''\
#!/usr/bin/env python3
"""promptcut stage {number}: {title} the untouched picture.

Made by promptcut {version} on {date} from the plan steps in STEPS below.
{copied}
{how}
PROMPTCUT_FFMPEG names the ffmpeg binary; PROMPTCUT_PROGRESS=pipe:1 prints progress.
"""

'''
    + PREAMBLE
    + '''
# The concat demuxer's list: each part and its exact length (its frames at {fps} fps).
PARTS_LIST = """\\
{concat}"""

# The parts and the sound: each run is what it makes, then its arguments; {{part:NAME}} is a
# file in the parts folder. They are independent, so two run at a time.
PARTS = [
{runs}
]
WORKERS = 2

# Then the join, which reads them all.
JOIN = {join}

# The checks: decode where the parts meet and the re-encoded frames (the GOPs between are the
# source's own packets) and the sound; any line printed at -v error fails the cut.
CHECKS = [
{checks}
]


def fill(args: list[str], inputs: dict[str, str], output: str, parts: str) -> list[str]:
    table = {{"{{input:" + k + "}}": v for k, v in inputs.items()}} | {{"{{output}}": output}}
    done = []
    for a in args:
        if a.startswith({part_prefix}):
            a = os.path.join(parts, a[len({part_prefix}) : -1])
        done.append(table.get(a, a))
    return done


def run_all(runs: list, inputs: dict[str, str], output: str, parts: str) -> int:
    """Run `runs`, WORKERS at a time; the first failure's exit code (no new run after it)."""
    waiting, running, code = list(runs), [], 0
    progress = os.environ.get("PROMPTCUT_PROGRESS")
    while running or (waiting and not code):
        while waiting and not code and len(running) < WORKERS:
            what, args = waiting.pop(0)
            print(f"promptcut: {{what}}", file=sys.stderr, flush=True)
            cmd = [FFMPEG, "-hide_banner", "-nostdin", "-y", "-loglevel", "error"]
            if progress:
                cmd += ["-progress", progress, "-nostats"]
            running.append(subprocess.Popen(cmd + fill(args, inputs, output, parts)))
        for proc in running:
            try:
                proc.wait(timeout=0.05)
            except subprocess.TimeoutExpired:
                continue
            running.remove(proc)
            code = code or proc.returncode
            break
    return code


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", default=OUTPUT)
    parser.add_argument("--input", action="append", default=[], metavar="NAME=PATH")
    options = parser.parse_args()
    inputs = dict(INPUTS)
    for item in options.input:
        name, _, path = item.partition("=")
        inputs[name] = path
    parts = options.output + ".parts"
    os.makedirs(parts, exist_ok=True)
    try:
        with open(os.path.join(parts, "parts.ffconcat"), "w", encoding="utf-8") as f:
            f.write(PARTS_LIST)
        code = run_all(PARTS, inputs, options.output, parts)
        code = code or run_all([JOIN], inputs, options.output, parts)
        if code:
            return code
        for what, args in CHECKS:
            check = [FFMPEG, "-hide_banner", "-nostdin"] + fill(args, inputs, options.output, parts)
            said = subprocess.run(
                check, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
            )
            if said.returncode or said.stderr.strip():
                sys.stderr.write(f"promptcut: {{what}} fails:\\n" + said.stderr)
                return 1
        return 0
    finally:
        for name in os.listdir(parts):
            os.remove(os.path.join(parts, name))
        os.rmdir(parts)


if __name__ == "__main__":
    sys.exit(main())
'''
)


def _args_literal(args: Sequence[str]) -> str:
    """Arguments as a list literal, options paired with their values, one pair to a line."""
    lines: list[str] = []
    i = 0
    while i < len(args):
        a = args[i]
        nxt = args[i + 1] if i + 1 < len(args) else None
        if a.startswith("-") and nxt is not None and not _is_option(nxt):
            lines.append(f"{_q(a)}, {_q(nxt)},")
            i += 2
        else:
            lines.append(f"{_q(a)},")
            i += 1
    return "[\n" + "\n".join(" " * 12 + line for line in lines) + "\n        ]"


def _is_option(s: str) -> bool:
    if not s.startswith("-") or s == "-":
        return False
    try:
        float(s)
    except ValueError:
        return True
    return False


def _run_lines(runs: Sequence[Command]) -> str:
    return "\n".join(
        f"    (\n        {_q(r.what)},\n        {_args_literal(r.args)},\n    )," for r in runs
    )


def render_cut_script(
    cut: CutPlan,
    steps: Sequence[Step],
    step_numbers: Sequence[int],
    *,
    number: int,
    title: str,
    inputs: dict[str, Path],
    output: Path,
    ffmpeg: str,
    safe_input: Sequence[str],
) -> str:
    """The script's text."""
    step_lines = _step_lines(steps, step_numbers)
    runs = commands(cut, safe_input=safe_input, container=output.suffix[1:])
    share = cut.share_copied
    copied = (
        f"It copies {cut.copied_frames} of the {cut.total_frames} frames it keeps "
        f"({share:.0%}) without re-encoding them."
    )
    kept = cut.sound_kept if cut.has_sound else None
    sound = "the sound re-encoded once"
    if kept is not None and kept.kind == "packets":
        sound = "the sound copied untouched (its first packets, from where it starts)"
    elif kept is not None:
        sound = f"the sound's samples kept unchanged ({kept.codec}, lossless)"
    return _fill(
        number=number, title=title, copied=copied, how=_CUT_HOW, steps=step_lines, sound=sound,
        ffmpeg=ffmpeg, inputs=inputs, output=output, fps=float(cut.index.fps),
        concat=concat_list(cut), runs=runs, checks=decode_checks(cut, output.suffix[1:]),
        encoder="x265" if cut.index.codec == "hevc" else "x264",
    )  # fmt: skip


def _step_lines(steps: Sequence[Step], step_numbers: Sequence[int]) -> str:
    """The script's list of the steps it makes: number, what it does, and the words asked."""
    return "\n".join(
        f"    ({n}, {_q(s.operation.describe())}, {_q(s.task)}),"
        for n, s in zip(step_numbers, steps, strict=True)
    )


def render_join_script(
    join: JoinPlan,
    steps: Sequence[Step],
    step_numbers: Sequence[int],
    *,
    number: int,
    title: str,
    inputs: dict[str, Path],
    output: Path,
    ffmpeg: str,
    safe_input: Sequence[str],
) -> str:
    """The text of a join stage's script."""
    step_lines = _step_lines(steps, step_numbers)
    copied = (
        f"It copies all {join.total_frames} frames of the {len(join.parts)} clips without "
        "re-encoding them."
    )
    return _fill(
        number=number, title=title, copied=copied, how=_JOIN_HOW, steps=step_lines,
        ffmpeg=ffmpeg, inputs=inputs, output=output, fps=float(join.fps),
        concat=join_list(join),
        runs=join_commands(join, safe_input=safe_input, container=output.suffix[1:]),
        checks=join_checks(join, output.suffix[1:]),
    )  # fmt: skip


def render_cut_join_script(
    join: CutJoinPlan,
    steps: Sequence[Step],
    step_numbers: Sequence[int],
    *,
    number: int,
    title: str,
    inputs: dict[str, Path],
    output: Path,
    ffmpeg: str,
    safe_input: Sequence[str],
) -> str:
    """The text of a stage that cuts clips and joins them."""
    step_lines = _step_lines(steps, step_numbers)
    copied = (
        f"It copies {join.copied_frames} of the {join.total_frames} frames it keeps of the "
        f"{len(inputs)} clips ({join.share_copied:.0%}) without re-encoding them."
    )
    codec = join.pieces[0].cut.index.codec
    return _fill(
        number=number, title=title, copied=copied, how=_CUT_JOIN_HOW, steps=step_lines,
        ffmpeg=ffmpeg, inputs=inputs, output=output, fps=float(join.fps),
        concat=cut_join_list(join),
        runs=cut_join_commands(join, safe_input=safe_input, container=output.suffix[1:]),
        checks=cut_join_checks(join, output.suffix[1:]),
        encoder="x265" if codec == "hevc" else "x264",
    )  # fmt: skip


def _fill(
    *,
    number: int,
    title: str,
    copied: str,
    how: str,
    steps: str,
    ffmpeg: str,
    inputs: dict[str, Path],
    output: Path,
    fps: float,
    concat: str,
    runs: Sequence[Command],
    checks: Sequence[Command],
    encoder: str = "",
    sound: str = "the sound re-encoded once",
) -> str:
    filename = f"{number:02d}_{_slug(title)}.py"
    return _TEMPLATE.format(
        number=number,
        title=title,
        version=__version__,
        date=dt.date.today().isoformat(),
        copied=copied,
        how=how.format(
            filename=filename, encoder=encoder, s="s" if len(inputs) > 1 else "", sound=sound
        ),
        filename=filename,
        steps=steps,
        ffmpeg=_q(ffmpeg),
        inputs="\n".join(f"    {_q(k)}: {_q(str(v))}," for k, v in inputs.items()),
        output=_q(str(output)),
        fps=f"{fps:g}",
        concat=concat,
        runs=_run_lines(runs[:-1]),
        join=_run_lines(runs[-1:]).strip().removesuffix(","),
        checks=_run_lines(checks),
        part_prefix=_q(PART_PREFIX),
    )


def _slug(title: str) -> str:
    return "_".join(w for w in title.replace(",", " ").split())[:60] or "stage"


def write_cut_script(
    cut: CutPlan,
    steps: Sequence[Step],
    step_numbers: Sequence[int],
    directory: Path,
    *,
    number: int,
    title: str,
    inputs: dict[str, Path],
    output: Path,
    ffmpeg: str,
    safe_input: Sequence[str],
) -> Path:
    """Write the cut stage's script into `directory` (atomically) and return its path."""
    text = render_cut_script(
        cut, steps, step_numbers, number=number, title=title, inputs=inputs,
        output=output, ffmpeg=ffmpeg, safe_input=safe_input,
    )  # fmt: skip
    return place_script(directory, f"{number:02d}_{_slug(title)}.py", text)


def write_join_script(
    join: JoinPlan,
    steps: Sequence[Step],
    step_numbers: Sequence[int],
    directory: Path,
    *,
    number: int,
    title: str,
    inputs: dict[str, Path],
    output: Path,
    ffmpeg: str,
    safe_input: Sequence[str],
) -> Path:
    """Write the join stage's script into `directory` (atomically) and return its path."""
    text = render_join_script(
        join, steps, step_numbers, number=number, title=title, inputs=inputs,
        output=output, ffmpeg=ffmpeg, safe_input=safe_input,
    )  # fmt: skip
    return place_script(directory, f"{number:02d}_{_slug(title)}.py", text)


def write_cut_join_script(
    join: CutJoinPlan,
    steps: Sequence[Step],
    step_numbers: Sequence[int],
    directory: Path,
    *,
    number: int,
    title: str,
    inputs: dict[str, Path],
    output: Path,
    ffmpeg: str,
    safe_input: Sequence[str],
) -> Path:
    """Write the stage's script that cuts clips and joins them into `directory` (atomically)
    and return its path."""
    text = render_cut_join_script(
        join, steps, step_numbers, number=number, title=title, inputs=inputs,
        output=output, ffmpeg=ffmpeg, safe_input=safe_input,
    )  # fmt: skip
    return place_script(directory, f"{number:02d}_{_slug(title)}.py", text)
