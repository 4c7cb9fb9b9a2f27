"""A real server for the tests from outside: `uvicorn promptcut.api.main:app` on a free
localhost port in its own process, as a user would run it, and Debian's Chromium for the page."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from promptcut.media.ffmpeg import run_ffmpeg

CHROMIUM = os.environ.get("PROMPTCUT_CHROMIUM", "/usr/bin/chromium")
# The flags the page's test runs Chromium with: no sandbox (root in CI), no GPU, and none of
# the background traffic a browser makes on its own.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`uvicorn promptcut.api.main:app` in its own process, as a user would run it."""
    port = _free_port()
    data = tmp_path_factory.mktemp("server-data")
    env = os.environ | {"PROMPTCUT_DATA_DIR": str(data), "PROMPTCUT_API_KEY": ""}
    env.pop("PROMPTCUT_API_KEY")
    log = (data / "server.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "promptcut.api.main:app", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{url}/healthz", timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(
                        "the server did not start: " + (data / "server.log").read_text()
                    ) from None
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"no Chromium at {CHROMIUM}: scripts/test installs Debian's chromium package "
            "(or set PROMPTCUT_CHROMIUM to another Chromium binary)"
        )
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def clip(tmp_path: Path) -> Path:
    """3 s, 320x240, 25 fps, H.264 and AAC: what a browser plays."""
    out = tmp_path / "holiday.mp4"
    run_ffmpeg(
        ["-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=3",
         "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=3",
         "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac",
         "-shortest", str(out)]
    )  # fmt: skip
    return out
