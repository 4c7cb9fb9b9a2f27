"""Without bubblewrap, stage scripts run unconfined: promptcut says so wherever it matters
(`doctor`, a warning from `edit` and `serve`, `isolated: false` in `edit --json` and the
history), and says `isolated: true` where bubblewrap works.

bubblewrap is found on PATH (`shutil.which("bwrap")`), so these runs hide it with a PATH that
holds nothing; ffmpeg is named by PROMPTCUT_FFMPEG and Python by its full path."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_kit import Cli

from promptcut.media.ffmpeg import ffmpeg_path

pytestmark = pytest.mark.e2e

WARNING = "promptcut: warning: bubblewrap (bwrap) is missing or cannot run here, so stage "


def doctor_rows(out: str) -> dict[str, str]:
    """`promptcut doctor`'s table: name, then the value after a run of spaces."""
    rows = (re.split(r"\s{2,}", line.strip(), maxsplit=1) for line in out.splitlines())
    return {row[0]: row[1] for row in rows if len(row) == 2}


@pytest.fixture
def no_bwrap(tmp_path: Path) -> dict[str, str]:
    """The environment of a machine without bubblewrap."""
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    return {"PATH": str(empty), "PROMPTCUT_FFMPEG": ffmpeg_path(), "COLUMNS": "400"}


def test_doctor_says_scripts_run_unisolated(cli: Cli, no_bwrap: dict[str, str]) -> None:
    run = cli("doctor", env=no_bwrap)
    assert run.code == 0, run.err
    rows = doctor_rows(run.out)
    assert rows["isolation"].startswith("NONE: bubblewrap is missing or cannot run here, so ")
    assert "stage scripts run unisolated" in rows["isolation"]
    assert rows["ffmpeg"] == ffmpeg_path()  # the rest of the toolchain is still found
    assert "of memory (address space) per process" in rows["limits"]


def test_an_edit_warns_once_and_says_isolated_false(
    cli: Cli, clip3_mp4: Path, no_bwrap: dict[str, str]
) -> None:
    run = cli("edit", clip3_mp4, "cut the first second", "-o", "out.mp4", "--json", env=no_bwrap)
    assert run.code == 0, run.err
    assert run.err.count(WARNING) == 1 and len(run.err.splitlines()) == 1
    result = json.loads(run.out)
    assert result["isolated"] is False
    history = json.loads(
        (cli.data_dir / "sessions" / result["session_id"] / "history.json").read_text()
    )
    assert history[-1]["isolated"] is False
    # Plain output warns the same way, on stderr, and still writes the file.
    run = cli("edit", clip3_mp4, "cut the first second", "-o", "again.mp4", env=no_bwrap)
    assert run.code == 0 and run.err.count(WARNING) == 1
    assert (cli.home / "again.mp4").is_file()


@pytest.mark.isolation
def test_with_bubblewrap_an_edit_says_isolated_true(cli: Cli, clip3_mp4: Path) -> None:
    run = cli("edit", clip3_mp4, "cut the first second", "-o", "out.mp4", "--json")
    assert run.code == 0, run.err
    assert "warning" not in run.err
    result = json.loads(run.out)
    assert result["isolated"] is True
    history = json.loads(
        (cli.data_dir / "sessions" / result["session_id"] / "history.json").read_text()
    )
    assert history[-1]["isolated"] is True
    doctor = cli("doctor", env={"COLUMNS": "400"})
    assert doctor_rows(doctor.out)["isolation"].startswith(
        "bubblewrap: scripts run without network"
    )


def test_serve_warns_before_it_listens(cli: Cli, no_bwrap: dict[str, str]) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "promptcut", "serve", "--port", str(port)],
        env={**no_bwrap, "PROMPTCUT_DATA_DIR": str(cli.data_dir)},
        cwd=cli.home,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stderr is not None
        first = server.stderr.readline()
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert first.startswith(WARNING), first


def test_job_bodies_say_whether_scripts_run_isolated(
    tmp_path: Path, clip3_mp4: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fastapi.testclient import TestClient

    from promptcut.api.main import create_app
    from promptcut.executor import _sandbox_flags, isolation_available
    from promptcut.settings import Settings

    # Hidden in this process: the check is cached, so it is cleared before and after.
    monkeypatch.setenv("PATH", str(tmp_path))
    _sandbox_flags.cache_clear()
    try:
        settings = Settings(data_dir=tmp_path / "data", ffmpeg=ffmpeg_path(), previews=False)
        with TestClient(create_app(settings)) as client:
            with clip3_mp4.open("rb") as f:
                sid = client.post("/sessions", files={"file": ("clip.mp4", f)}).json()["session_id"]
            accepted = client.post("/edit", json={"session_id": sid, "prompt": "mute it"}).json()
            assert accepted["isolated"] is False
            deadline = time.monotonic() + 60
            while (job := client.get(f"/jobs/{accepted['job_id']}").json())["status"] in (
                "queued",
                "running",
            ):
                assert time.monotonic() < deadline
                time.sleep(0.1)
            assert job["status"] == "succeeded" and job["isolated"] is False
            history = client.get(f"/sessions/{sid}").json()["history"]
            assert history[-1]["isolated"] is False
    finally:
        monkeypatch.undo()
        _sandbox_flags.cache_clear()
    assert isolation_available() == (_sandbox_flags() is not None)


@pytest.mark.parametrize(
    ("ci", "outcome"),
    [
        ({"CI": "true"}, "1 error"),
        ({"PROMPTCUT_REQUIRE_ISOLATION": "1"}, "1 error"),
        ({}, "1 skipped"),
    ],
)
def test_in_ci_a_missing_bubblewrap_fails_the_isolation_tests(
    no_bwrap: dict[str, str], tmp_path: Path, ci: dict[str, str], outcome: str
) -> None:
    # Run one isolation test as CI would, on a machine where bubblewrap is missing: it must
    # fail there, not skip (a skipped security test is a green run that proved nothing).
    test = "tests/e2e/test_unisolated.py::test_with_bubblewrap_an_edit_says_isolated_true"
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "PROMPTCUT_REQUIRE_ISOLATION")}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test],
        env=env | no_bwrap | ci,
        cwd=Path(__file__).parents[2],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert outcome in done.stdout, done.stdout
    assert (done.returncode != 0) == bool(ci)
    if ci:
        assert "Failed: bubblewrap cannot run here, and " in done.stdout
