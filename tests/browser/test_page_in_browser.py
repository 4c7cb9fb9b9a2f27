"""The page in a real browser: Debian's chromium driven by Playwright against `uvicorn` on a
free localhost port. Upload a generated clip, ask for an edit, watch the preview and then the
final version play, undo, and keep screenshots of each step (in build/screenshots/)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def _player_duration(page: Page) -> float:
    """The duration the page's player reports once it has loaded what it shows."""
    page.wait_for_function(
        "() => { const v = document.querySelector('#player');"
        " return v && v.readyState >= 1 && isFinite(v.duration) && v.duration > 0; }",
        timeout=30_000,
    )
    duration: float = page.evaluate("document.querySelector('#player').duration")
    return duration


def _shot(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_upload_edit_preview_and_undo_in_the_page(server: str, browser: Browser, clip: Path):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    # Every media URL the page loads into a player, in order (loadedmetadata does not bubble;
    # a capturing listener on the document still hears it from any element).
    page.add_init_script(
        "window.__loaded = []; document.addEventListener('loadedmetadata',"
        " e => window.__loaded.push(e.target.currentSrc), true);"
    )
    page.goto(server)
    expect(page.locator("body")).to_have_attribute("data-state", "empty")
    _shot(page, "1-empty")

    page.set_input_files("#file-input", str(clip))
    expect(page.locator("body")).to_have_attribute("data-state", "ready", timeout=30_000)
    original = _player_duration(page)
    assert original == pytest.approx(3.0, abs=0.15)
    _shot(page, "2-uploaded")

    page.fill("#prompt", "cut the first second and make it black and white")
    page.click("#submit")
    expect(page.locator("#plan li")).to_have_count(2, timeout=30_000)
    expect(page.locator("body")).to_have_attribute("data-state", "done", timeout=60_000)
    expect(page.locator("#error")).to_be_empty()
    edited = _player_duration(page)
    assert edited == pytest.approx(2.0, abs=0.15)
    loaded: list[str] = page.evaluate("window.__loaded")
    assert any(u.endswith("/versions/1/preview") for u in loaded), loaded
    assert loaded[-1].endswith("/versions/1"), loaded
    expect(page.locator("#versions .current")).to_have_attribute("data-version", "1")
    expect(page.locator("#download")).to_have_attribute(
        "href", "/sessions/" + _sid(page) + "/versions/1?download=1"
    )
    expect(page.locator("#scripts")).to_contain_text("ffmpeg")
    _shot(page, "3-edited")

    page.click("#undo")
    expect(page.locator("#versions .current")).to_have_attribute("data-version", "0")
    page.wait_for_function(
        "() => document.querySelector('#player').currentSrc.endsWith('/versions/0')"
    )
    assert _player_duration(page) == pytest.approx(original, abs=0.05)
    expect(page.locator("#redo")).to_be_enabled()
    _shot(page, "4-undone")

    page.fill("#prompt", "make it purple")
    page.click("#submit")
    expect(page.locator("#error")).to_contain_text("make it purple", timeout=15_000)
    expect(page.locator("#error")).not_to_contain_text("promptcut ops")  # no command line here
    expect(page.locator("#suggestion-list button").first).to_be_visible()
    _shot(page, "5-not-understood")
    assert not errors, errors


def test_a_question_offers_a_request_to_adjust_then_send_on_a_phone(
    server: str, browser: Browser, clip: Path
):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server)
    page.set_input_files("#file-input", str(clip))
    expect(page.locator("body")).to_have_attribute("data-state", "ready", timeout=30_000)

    page.fill("#prompt", "rotate the video")
    page.press("#prompt", "Enter")
    question = page.locator("#error")
    expect(question).to_contain_text("?", timeout=15_000)
    expect(question).to_have_class(re.compile(r"\basking\b"))  # styled as a question
    chip = page.locator("#suggestion-list button").first
    expect(chip).to_be_visible()
    assert chip.evaluate("b => b.tagName + ':' + b.type") == "BUTTON:button"  # keyboard reaches it
    box = chip.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390, box
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    suggestion = chip.inner_text().strip()
    assert suggestion != "rotate the video"
    _shot(page, "phone-1-asked")

    chip.click()
    prompt = page.locator("#prompt")
    expect(prompt).to_have_value(suggestion)
    expect(prompt).to_be_focused()
    caret = page.evaluate(
        "[document.activeElement.selectionStart, document.activeElement.selectionEnd]"
    )
    assert caret == [len(suggestion), len(suggestion)]
    expect(page.locator("body")).to_have_attribute("data-state", "error")  # not sent by itself
    expect(page.locator("#plan li")).to_have_count(0)
    _shot(page, "phone-2-suggestion-in-the-box")

    page.keyboard.press("Enter")
    expect(page.locator("#plan li")).not_to_have_count(0, timeout=30_000)
    expect(page.locator("body")).to_have_attribute("data-state", "done", timeout=60_000)
    expect(page.locator("#error")).to_be_empty()
    expect(page.locator("#suggestions")).to_be_hidden()
    expect(page.locator("#versions .current")).to_have_attribute("data-version", "1")
    _shot(page, "phone-3-edited")
    assert not errors, errors


def _sid(page: Page) -> str:
    sid: str = page.evaluate("new URLSearchParams(location.hash.slice(1)).get('s')")
    return sid


def test_the_api_docs_render_with_no_network(server: str, browser: Browser):
    # Swagger UI's files come from the installed package, not a CDN, and it reads OpenAPI 3.1.
    page = browser.new_page()
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(server)
               else route.abort())  # fmt: skip
    page.goto(f"{server}/docs")
    expect(page.locator(".opblock").first).to_be_visible(timeout=15_000)
    assert page.locator(".opblock").count() >= 12
    expect(page.locator("body")).to_contain_text("/sessions/{session_id}/versions/{number}")
