"""Requests promptcut must refuse: exit 2 with one line saying why, no traceback, nothing
written, the input and any existing output file left exactly as they were."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_kit import Cli, Run

pytestmark = pytest.mark.e2e

PRECIOUS = b"an earlier result the user wants to keep"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_line_refusal(run: Run, code: int = 2) -> str:
    assert run.code == code, f"exit {run.code}: {run.err}"
    assert "Traceback" not in run.err + run.out
    lines = run.err.strip().splitlines()
    assert len(lines) == 1, run.err
    return lines[0]


def _refused(cli: Cli, source: Path, prompt: str, output: str = "out.mp4", code: int = 2) -> str:
    """Run an edit that must be refused; check that nothing changed; the message."""
    out = cli.home / output
    out.write_bytes(PRECIOUS)
    before = _digest(source) if source.exists() else None
    listing = sorted(p.name for p in source.parent.iterdir()) if source.parent.exists() else []

    message = _one_line_refusal(cli("edit", source, prompt, "-o", out), code)

    assert out.read_bytes() == PRECIOUS, "an existing output file was touched"
    assert {p.name for p in cli.home.iterdir()} - {"data"} == {output}, "stray files written"
    if before is not None:
        assert _digest(source) == before, "the input was modified"
    if source.parent.exists() and source.parent != cli.home:
        assert sorted(p.name for p in source.parent.iterdir()) == listing
    return message


def test_not_understood_quotes_the_clause(cli: Cli, clip_mp4: Path) -> None:
    message = _refused(cli, clip_mp4, "make it black and white and write me a poem")
    assert "write me a poem" in message


def test_range_past_the_end_says_the_real_duration(cli: Cli, clip3_mp4: Path) -> None:
    message = _refused(cli, clip3_mp4, "trim from 1:00 to 1:30")
    assert "3.0 s" in message


def test_missing_input_is_named(cli: Cli) -> None:
    message = _refused(cli, cli.home / "nope" / "holiday.mp4", "make it black and white")
    assert "holiday.mp4" in message


def _garbage(folder: Path) -> Path:
    path = folder / "garbage.mp4"
    path.write_bytes(bytes((i * 7919 + 13) % 251 for i in range(20_000)))
    return path


def _empty(folder: Path) -> Path:
    path = folder / "empty.mp4"
    path.write_bytes(b"")
    return path


def _hls(folder: Path, target: Path) -> Path:
    path = folder / "evil.mp4"
    path.write_text(
        f"#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXTINF:1.0,\n{target.resolve()}\n#EXT-X-ENDLIST\n"
    )
    return path


def _ffconcat(folder: Path, target: Path) -> Path:
    path = folder / "list.mp4"
    path.write_text(f"ffconcat version 1.0\nfile '{target.resolve()}'\n")
    return path


@pytest.mark.parametrize(
    "make",
    [
        lambda folder, _clip: _garbage(folder),
        lambda folder, _clip: _empty(folder),
        _hls,
        _ffconcat,
    ],
    ids=["garbage", "empty", "hls-playlist", "ffconcat-list"],
)
def test_unusable_input(
    cli: Cli, tmp_path_factory: pytest.TempPathFactory, clip_mp4: Path, make: Callable
) -> None:
    source = make(tmp_path_factory.mktemp("inputs"), clip_mp4)
    message = _refused(cli, source, "make it black and white")
    assert source.name in message


def test_output_same_as_input(
    cli: Cli, tmp_path_factory: pytest.TempPathFactory, clip_mp4: Path
) -> None:
    source = tmp_path_factory.mktemp("inputs") / "mine.mp4"
    source.write_bytes(clip_mp4.read_bytes())
    before = _digest(source)
    message = _one_line_refusal(cli("edit", source, "make it black and white", "-o", source))
    assert "overwrite the input" in message
    assert _digest(source) == before
    assert sorted(p.name for p in source.parent.iterdir()) == ["mine.mp4"]


def test_unknown_output_extension(cli: Cli, clip_mp4: Path) -> None:
    message = _refused(cli, clip_mp4, "make it black and white", output="out.xyz")
    assert ".xyz" in message and "mp4" in message


def test_request_and_output_name_disagree(cli: Cli, clip_mp4: Path) -> None:
    message = _refused(cli, clip_mp4, "convert it to webm", output="out.mp4")
    assert "webm" in message and "mp4" in message


def test_empty_prompt(cli: Cli, clip_mp4: Path) -> None:
    _refused(cli, clip_mp4, "")


def test_a_request_too_long_to_read_says_how_long(cli: Cli, clip_mp4: Path) -> None:
    message = _refused(cli, clip_mp4, "make it brighter and " * 200)
    assert "4,200 characters" in message and "1,000" in message


def test_debug_shows_the_traceback(cli: Cli, clip_mp4: Path) -> None:
    run = cli("--debug", "edit", clip_mp4, "write me a poem", "-o", cli.home / "out.mp4")
    assert run.code != 0
    assert "Traceback" in run.err
    assert not (cli.home / "out.mp4").exists()


def test_internal_failure_exits_1(cli: Cli, clip_mp4: Path) -> None:
    """An ffmpeg that answers `-version` (so it passes the check that it runs) but fails every
    real job: the edit is an internal failure, not the user's."""
    real = _real_ffmpeg()
    fake = cli.home / "broken-ffmpeg"
    fake.write_text(
        "#!/bin/sh\n"
        'for a in "$@"; do [ "$a" = -version ] && exec ' + f'"{real}" "$@"; done\n'
        'echo "simulated encoder crash" >&2\n'
        "exit 1\n"
    )
    fake.chmod(0o755)
    out = cli.home / "out.mp4"
    out.write_bytes(PRECIOUS)
    # Without the sandbox the first ffmpeg job is the real render.
    run = cli(
        "edit",
        clip_mp4,
        "make it black and white",
        "-o",
        out,
        env={"PROMPTCUT_FFMPEG": str(fake), "PROMPTCUT_SANDBOX": "false"},
    )
    _one_line_refusal(run, code=1)
    assert out.read_bytes() == PRECIOUS
    assert {p.name for p in cli.home.iterdir()} - {"data"} == {"broken-ffmpeg", "out.mp4"}


def _real_ffmpeg() -> str:
    from promptcut.media.ffmpeg import ffmpeg_path

    return os.path.realpath(ffmpeg_path())
