"""A real server for the tests from outside: `uvicorn promptcut.api.main:app` on a free
localhost port in its own process, as a user would run it, and Debian's Chromium for the page."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from page_kit import DESK, PHONE, RECORD_LOADS
from playwright.sync_api import Browser, Page, sync_playwright

from promptcut.media.ffmpeg import run_ffmpeg

CHROMIUM = os.environ.get("PROMPTCUT_CHROMIUM", "/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "build" / "screenshots"
# axe-core, the accessibility checker, as scripts/test installs it from npm.
AXE = ROOT / "build" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
#: the axe findings that fail a test: a user who cannot see or use a mouse is stopped by them
BLOCKING = {"serious", "critical"}
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
def server(served: tuple[str, Path]) -> str:
    """The address of `served`'s server."""
    return served[0]


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """`uvicorn promptcut.api.main:app` in its own process, as a user would run it: its address
    and its data folder."""
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
        yield url, data
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


@pytest.fixture
def long_clip(tmp_path: Path) -> Path:
    """20 s, 320x240: long enough that a preview from the file itself shows its first seconds
    first."""
    out = tmp_path / "long.mp4"
    run_ffmpeg(
        ["-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=20",
         "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=20",
         "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac",
         "-shortest", str(out)]
    )  # fmt: skip
    return out


@pytest.fixture
def shot() -> Callable[..., None]:
    """Save a screenshot of the whole page (or of the viewport) as build/screenshots/NAME.png."""

    def take(page: Page, name: str, *, full_page: bool = True) -> None:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full_page)

    return take


@pytest.fixture
def audit() -> Callable[[Page, str], list[dict[str, object]]]:
    """Run axe-core in the page as it is now; keep the report in build/screenshots/axe-NAME.json
    and fail on any serious or critical violation, naming its rule and where it is."""
    if not AXE.is_file():
        pytest.fail(
            f"axe-core is missing ({AXE}): scripts/test installs it with npm "
            "(npm install --no-save --prefix build/axe axe-core@4)"
        )

    def run(page: Page, name: str) -> list[dict[str, object]]:
        if not page.evaluate("typeof window.axe === 'object'"):
            page.add_script_tag(path=str(AXE))
        report = page.evaluate("async () => await axe.run(document)")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        (SCREENSHOTS / f"axe-{name}.json").write_text(json.dumps(report, indent=1))
        found = [
            f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']]}"
            for v in report["violations"]
            if v["impact"] in BLOCKING
        ]
        assert not found, f"axe, {name}: " + "; ".join(found)
        violations: list[dict[str, object]] = report["violations"]
        return violations

    return run


@pytest.fixture
def open_page(browser: Browser) -> Iterator[Callable[[str], Page]]:
    """A new page at a desk's or a phone's size (a phone's is a touch screen, no mouse), failing
    the test on any script error in it."""
    contexts = []
    errors: list[str] = []

    def make(kind: str) -> Page:
        phone = kind == "phone"
        context = browser.new_context(
            viewport=PHONE if phone else DESK, is_mobile=phone, has_touch=phone
        )
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.add_init_script(RECORD_LOADS)
        return page

    yield make
    for context in contexts:
        context.close()
    assert not errors, errors
