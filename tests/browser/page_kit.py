"""What the page's browser tests share: the sizes they run at, and the steps every one of
them takes (upload, wait for the player, hold the job's events, move the focus by Tab)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page, Route, expect

Shot = Callable[..., None]
Audit = Callable[[Page, str], list[dict[str, object]]]

DESK = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}
# Every media URL the page loads into a player, in order (loadedmetadata does not bubble; a
# capturing listener on the document still hears it from any element).
RECORD_LOADS = (
    "window.__loaded = []; document.addEventListener('loadedmetadata',"
    " e => window.__loaded.push(e.target.currentSrc), true);"
)


def player_duration(page: Page) -> float:
    """The duration the page's player reports once it has loaded what it shows."""
    page.wait_for_function(
        "() => { const v = document.querySelector('#player');"
        " return v && v.readyState >= 1 && isFinite(v.duration) && v.duration > 0; }",
        timeout=30_000,
    )
    duration: float = page.evaluate("document.querySelector('#player').duration")
    return duration


def player_time(page: Page) -> float:
    t: float = page.evaluate("document.querySelector('#player').currentTime")
    return t


def wait_for_src(page: Page, ending: str) -> None:
    """Wait until the player shows the URL ending so (query aside), loaded and seekable."""
    page.wait_for_function(
        "end => { const v = document.querySelector('#player');"
        " return v.currentSrc.split('?')[0].endsWith(end) && v.readyState >= 1"
        " && !v.seeking; }",
        arg=ending,
        timeout=30_000,
    )


def sid_of(page: Page) -> str:
    sid: str = page.evaluate("new URLSearchParams(location.hash.slice(1)).get('s')")
    return sid


def upload(page: Page, clip: Path) -> None:
    page.set_input_files("#file-input", str(clip))
    expect(page.locator("body")).to_have_attribute("data-state", "ready", timeout=30_000)


def hold_events(page: Page) -> Callable[[], None]:
    """Hold the job's event stream until the returned function is called: what the page shows
    meanwhile came from the answer to POST /edit alone."""
    held: list[Route] = []
    page.route("**/jobs/*/events", lambda route: held.append(route))

    def release() -> None:
        for _ in range(100):  # the page opens the stream once the answer is in
            if held:
                break
            page.wait_for_timeout(50)
        assert held, "the page never opened the job's event stream"
        for route in held:
            route.continue_()
        page.unroute("**/jobs/*/events")

    return release


def tab_to(page: Page, selector: str, *, back: bool = False, most: int = 80) -> None:
    """Press Tab (Shift+Tab with `back`) until the element `selector` has the focus."""
    for _ in range(most):
        if page.evaluate("s => document.activeElement === document.querySelector(s)", selector):
            return
        page.keyboard.press("Shift+Tab" if back else "Tab")
    raise AssertionError(f"Tab never reached {selector}")


def box_of(page: Page, selector: str) -> dict[str, float]:
    box = page.locator(selector).first.bounding_box()
    assert box is not None, selector
    return box
