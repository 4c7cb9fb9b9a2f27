"""Titles and captions drawn by the real ffmpeg: where they show, when they show, and that
the user's words are drawn as written, whatever characters they hold."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from cli_kit import Cli
from measure import frame, measure

pytestmark = pytest.mark.e2e

SIZE = (320, 240)
# Fractions of (x0, y0, x1, y1), as the acceptance kit measures them.
REGIONS = {
    "top": (0, 0, 1, 0.25),
    "bottom": (0, 0.75, 1, 1),
    "middle": (0.2, 0.35, 0.8, 0.65),
    "top_left": (0, 0, 0.3, 0.3),
    "top_right": (0.7, 0, 1, 0.3),
    "bottom_left": (0, 0.7, 0.3, 1),
    "bottom_right": (0.7, 0.7, 1, 1),
}


def changed(out: Path, src: Path, region: str, t: float) -> float:
    """Share of a region's pixels that clearly differ between output and source at time t."""
    a = frame(out, t, SIZE).astype(np.int16)
    b = frame(src, t, SIZE).astype(np.int16)
    h, w = a.shape
    x0, y0, x1, y1 = REGIONS[region]
    box = (slice(int(y0 * h), int(y1 * h)), slice(int(x0 * w), int(x1 * w)))
    return float(np.mean(np.abs(a[box] - b[box]) > 40))


def drawn(out: Path, src: Path, region: str, t: float = 0.5) -> bool:
    return changed(out, src, region, t) > 0.005


def untouched(out: Path, src: Path, region: str, t: float = 0.5) -> bool:
    return changed(out, src, region, t) < 0.003


@pytest.mark.parametrize(
    ("prompt", "there", "not_there"),
    [
        ("add the title 'Summer' at the top", "top", ["bottom", "bottom_left", "bottom_right"]),
        ("caption: 'Day 1'", "bottom", ["top", "top_left", "top_right"]),
        ("write 'THE END' in the middle of the screen", "middle", ["top_left", "bottom_right"]),
        ('put the text "Hello" in the top left corner in red', "top_left", ["bottom_right"]),
        ("add 'Hi' bottom right big and yellow", "bottom_right", ["top_left", "top"]),
        ("text 'hi' with a black box behind it", "middle", ["top", "bottom"]),
    ],
)
def test_text_shows_where_asked_and_nowhere_else(
    cli: Cli, clip3_mp4: Path, prompt: str, there: str, not_there: list[str]
) -> None:
    out = cli.edit(clip3_mp4, prompt, "out.mp4")
    assert drawn(out, clip3_mp4, there)
    for region in not_there:
        assert untouched(out, clip3_mp4, region), region
    assert abs(measure(out).duration - measure(clip3_mp4).duration) < 0.1


def test_timed_title_shows_inside_its_window_only(cli: Cli, clip3_mp4: Path) -> None:
    out = cli.edit(clip3_mp4, "add a title 'Chapter 1' at the bottom for 1 second", "out.mp4")
    assert drawn(out, clip3_mp4, "bottom", 0.4)
    assert untouched(out, clip3_mp4, "bottom", 2.0)


def test_title_at_the_end_shows_late_only(cli: Cli, clip3_mp4: Path) -> None:
    out = cli.edit(clip3_mp4, "write 'Bye' for 1 second at the end", "out.mp4")
    assert untouched(out, clip3_mp4, "middle", 0.5)
    assert drawn(out, clip3_mp4, "middle", 2.5)


def test_faded_title_is_faint_then_full(cli: Cli, clip3_mp4: Path) -> None:
    out = cli.edit(clip3_mp4, "add the title 'Intro' with a 2 second fade in", "out.mp4")
    assert changed(out, clip3_mp4, "middle", 0.2) < changed(out, clip3_mp4, "middle", 2.5)
    assert drawn(out, clip3_mp4, "middle", 2.5)


HOSTILE = [
    "it's: a,b;c [x] \\ %{pts}",
    "%{eif:n:d} %{localtime}",
    "';[0:v]nullsink;",
    "x,drawbox=c=red:t=fill",
    "two\nlines",
]


@pytest.mark.parametrize("words", HOSTILE)
def test_injection_attempts_are_drawn_as_words(cli: Cli, clip3_mp4: Path, words: str) -> None:
    out = cli.edit(clip3_mp4, f'write "{words}" in the middle', "out.mp4")
    assert drawn(out, clip3_mp4, "middle")
    for corner in ("top_left", "bottom_right"):
        assert untouched(out, clip3_mp4, corner)  # no red box, no other filter ran
    (script,) = (cli.data_dir / "sessions").rglob("01_*.py")
    assert words not in _code_without_steps(script)
    (text_file,) = script.parent.glob("text-*.txt")
    assert text_file.read_text(encoding="utf-8") == words


def _code_without_steps(script: Path) -> str:
    """The script's text but for STEPS, the one place the user's words are kept (as data)."""
    text = script.read_text(encoding="utf-8")
    tree = ast.parse(text)
    (steps,) = [
        node
        for node in tree.body
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "STEPS"
    ]
    return text.replace(ast.get_source_segment(text, steps) or "", "")


# Every quote and backslash form that could end a string literal or docstring.
QUOTES = [
    '"""',
    "'''",
    'x""" and print(1) and """',
    "back\\slash\\",
    'it\'s a "quote"',
    "café ☕ 😀",
]


@pytest.mark.parametrize("words", QUOTES)
def test_titles_with_quotes_render_exactly(cli: Cli, clip3_mp4: Path, words: str) -> None:
    quote = '"' if "'" in words else "'"
    prompt = f"add the title {quote}{words}{quote} in the middle"
    run = cli("edit", clip3_mp4, prompt, "-o", "out.mp4", "--json")
    # Refusing a title it cannot read is fine (exit 2); failing the edit (exit 1) is not.
    assert run.code in (0, 2), run.err
    if run.code == 2:
        assert "Traceback" not in run.err and run.err.count("\n") == 1
        return
    out = cli.home / "out.mp4"
    assert drawn(out, clip3_mp4, "middle")
    (script,) = (cli.data_dir / "sessions").rglob("01_*.py")
    tree = ast.parse(script.read_text(encoding="utf-8"))
    # Nothing the words could have become: the docstring is the only bare expression.
    assert [n for n in tree.body if isinstance(n, ast.Expr)] == [tree.body[0]]
    assert "print(1)" not in (ast.get_docstring(tree) or "")
    namespace: dict[str, object] = {"__name__": "stage_script"}
    exec(compile(script.read_text(encoding="utf-8"), str(script), "exec"), namespace)
    steps = namespace["STEPS"]
    assert isinstance(steps, list) and words in steps[0][2]  # the request, kept exactly
    (text_file,) = script.parent.glob("text-*.txt")
    assert text_file.read_text(encoding="utf-8") == words


def test_the_stage_script_reruns_on_its_own(cli: Cli, clip3_mp4: Path, tmp_path: Path) -> None:
    out = cli.edit(clip3_mp4, "add the title 'again' at the top", "out.mp4")
    (script,) = (cli.data_dir / "sessions").rglob("01_*.py")
    again = tmp_path / "again.mp4"
    done = subprocess.run(
        [sys.executable, str(script), "--input", f"main={clip3_mp4}", "--output", str(again)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert drawn(again, clip3_mp4, "top")
    assert changed(again, out, "top", 0.5) < 0.003


@pytest.mark.parametrize("source", ["hevc10_mkv", "odd_size_mp4", "rotated_mp4"])
def test_titles_on_awkward_inputs(cli: Cli, request: pytest.FixtureRequest, source: str) -> None:
    src: Path = request.getfixturevalue(source)
    out = cli.edit(src, "add the title 'Summer' in the middle", "out.mp4")
    assert drawn(out, src, "middle", 0.2)
    assert untouched(out, src, "top_left", 0.2)
