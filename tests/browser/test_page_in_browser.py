"""The page in a real browser: Debian's chromium driven by Playwright against `uvicorn` on a
free localhost port. A question the page cannot act on, the capabilities page it points to,
and the whole round from the keyboard alone. Screenshots of each step and axe-core's
accessibility report of each state go to build/screenshots/."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from page_kit import Audit, Shot, sid_of, tab_to, upload
from playwright.sync_api import Browser, Page, expect

from promptcut.operations import catalogue


def test_a_question_offers_a_request_to_adjust_then_send_on_a_phone(
    server: str, open_page: Callable[[str], Page], clip: Path, shot: Shot, audit: Audit
):
    page = open_page("phone")
    page.goto(server)
    upload(page, clip)

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
    link = page.locator("#capabilities-link")
    expect(link).to_be_visible()
    expect(link).to_have_text("See everything promptcut can do")
    expect(link).to_have_attribute("href", f"/capabilities#s={sid_of(page)}")
    expect(page.locator("#edit-form")).not_to_contain_text("promptcut ops")
    expect(question).not_to_contain_text("GOOGLE_API_KEY")  # no server settings either
    suggestion = chip.inner_text().strip()
    assert suggestion != "rotate the video"
    audit(page, "phone-refusal")
    shot(page, "phone-5-asked")

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
    shot(page, "phone-6-suggestion-in-the-box")

    page.keyboard.press("Enter")
    expect(page.locator("#plan li")).not_to_have_count(0, timeout=30_000)
    expect(page.locator("body")).to_have_attribute("data-state", "done", timeout=60_000)
    expect(page.locator("#error")).to_be_empty()
    expect(page.locator("#suggestions")).to_be_hidden()
    expect(page.locator("#capabilities-hint")).to_be_hidden()
    expect(page.locator("#versions .current")).to_have_attribute("data-version", "1")
    shot(page, "phone-7-edited")


def test_the_capabilities_page_lists_everything_and_hands_a_request_back(
    server: str, open_page: Callable[[str], Page], clip: Path, shot: Shot, audit: Audit
):
    page = open_page("desk")
    page.goto(server)
    upload(page, clip)
    sid = sid_of(page)
    page.fill("#prompt", "make it purple")
    page.click("#submit")
    expect(page.locator("#error")).to_contain_text("make it purple", timeout=15_000)
    expect(page.locator("#error")).not_to_contain_text("promptcut ops")  # no command line here
    audit(page, "desk-refusal")
    shot(page, "desk-8-not-understood")

    page.click("#capabilities-link")
    expect(page).to_have_url(f"{server}/capabilities#s={sid}")
    operations = page.locator("#operations > li")
    names = [op["name"] for op in catalogue()]
    expect(operations).to_have_count(len(names))
    expect(operations.first.locator("h2")).to_be_visible()
    expect(page.locator("#caps-count")).to_have_text(f"{len(names)} operations.")
    audit(page, "capabilities")
    shot(page, "capabilities-1")

    page.locator("#search").press_sequentially("subtitle")
    shown = page.locator("#operations > li:visible")
    expect(shown).not_to_have_count(len(names))
    assert shown.count() >= 1
    for text in shown.all_inner_texts():
        assert "subtitle" in text.lower(), text
    expect(page.locator("#caps-count")).to_contain_text(f"of {len(names)} operations match")
    shot(page, "capabilities-2-searched")

    example = shown.first.locator("a.example").first
    request = example.inner_text().strip()
    example.click()
    expect(page.locator("body")).to_have_attribute("data-state", "ready", timeout=15_000)
    expect(page.locator("#prompt")).to_have_value(request)
    assert sid_of(page) == sid  # the same session, its file still there
    expect(page.locator("#file-name")).to_have_text(clip.name)
    assert "prompt=" not in page.url


def test_keyboard_alone_uploads_edits_undoes_and_downloads(
    server: str, open_page: Callable[[str], Page], clip: Path, tmp_path: Path
):
    page = open_page("desk")
    # Playwright catches the file chooser only once it listens: from the start, not racing.
    page.on("filechooser", lambda chooser: None)
    page.goto(server)

    tab_to(page, "#file-input")  # the drop zone's own control
    with page.expect_file_chooser() as chooser:
        page.keyboard.press("Enter")
    chooser.value.set_files([])  # Enter opens it; nothing chosen, nothing happens
    with page.expect_file_chooser() as chooser:
        page.keyboard.press("Space")
    chooser.value.set_files(str(clip))
    expect(page.locator("body")).to_have_attribute("data-state", "ready", timeout=30_000)

    tab_to(page, "#prompt")
    page.keyboard.type("make it black and white")
    page.keyboard.press("Enter")
    expect(page.locator("body")).to_have_attribute("data-state", "done", timeout=60_000)
    expect(page.locator("#versions .current")).to_have_attribute("data-version", "1")

    tab_to(page, "#download")
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.suffix == ".mp4" and saved.stat().st_size > 1000

    tab_to(page, "#undo", back=True)
    page.keyboard.press("Enter")
    expect(page.locator("#versions .current")).to_have_attribute("data-version", "0")
    expect(page.locator("#redo")).to_be_enabled()


def test_the_api_docs_render_with_no_network(server: str, browser: Browser):
    # Swagger UI's files come from the installed package, not a CDN, and it reads OpenAPI 3.1.
    page = browser.new_page()
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(server)
               else route.abort())  # fmt: skip
    page.goto(f"{server}/docs")
    expect(page.locator(".opblock").first).to_be_visible(timeout=15_000)
    assert page.locator(".opblock").count() >= 12
    expect(page.locator("body")).to_contain_text("/sessions/{session_id}/versions/{number}")
