"""An edit in the page, in a real browser against `uvicorn`: its plan shown from the answer
to the request, the preview then the final version in the player, the versions list, before
and after at the same playhead, and the timeline marking what a cut removed and where its
parts join; on a desk and on a phone. Screenshots and axe-core reports go to
build/screenshots/."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from page_kit import (
    PHONE,
    Audit,
    Shot,
    box_of,
    hold_events,
    player_duration,
    player_time,
    sid_of,
    upload,
    wait_for_src,
)
from playwright.sync_api import Page, expect


@pytest.mark.parametrize("kind", ["desk", "phone"])
def test_an_edit_shows_its_plan_at_once_then_the_preview_then_the_final_version(
    server: str, open_page: Callable[[str], Page], clip: Path, kind: str, shot: Shot,
    audit: Audit,
):  # fmt: skip
    page = open_page(kind)
    page.goto(server)
    expect(page.locator("body")).to_have_attribute("data-state", "empty")
    audit(page, f"{kind}-empty")
    shot(page, f"{kind}-1-empty")

    upload(page, clip)
    assert player_duration(page) == pytest.approx(3.0, abs=0.15)
    audit(page, f"{kind}-uploaded")
    shot(page, f"{kind}-2-uploaded")

    release = hold_events(page)
    page.fill("#prompt", "cut out 0:01 to 0:02")
    page.press("#prompt", "Enter")
    # The steps come in the answer to the request, before any event from the job.
    expect(page.locator("#plan li")).to_have_count(1, timeout=15_000)
    expect(page.locator("#plan li")).to_contain_text("0:01")
    expect(page.locator("body")).to_have_attribute("data-state", "working")
    expect(page.locator("#status")).not_to_have_text(re.compile(r"Stage \d"))
    shot(page, f"{kind}-3-plan-at-once")
    # Far down the page, where a phone's user is when the edit ends.
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    release()

    expect(page.locator("body")).to_have_attribute("data-state", "done", timeout=60_000)
    expect(page.locator("#error")).to_be_empty()
    assert player_duration(page) == pytest.approx(2.0, abs=0.15)
    loaded: list[str] = page.evaluate("window.__loaded")
    previews = [i for i, u in enumerate(loaded) if re.search(r"/versions/1/preview(\?|$)", u)]
    assert previews and loaded[-1].endswith("/versions/1"), loaded  # the preview, then the final
    expect(page.locator(".stage-title").first).not_to_have_text(re.compile(r"^\d+\. |stage \d"))
    expect(page.locator("#versions .current")).to_have_attribute("data-version", "1")
    v1 = page.locator('#versions [data-version="1"] .v-meta')
    expect(v1).to_contain_text("0:02")  # its length, as m:ss
    expect(v1).to_contain_text(re.compile(r"rendered in [\d.]+ s"))
    expect(page.locator('#versions [data-version="0"] .v-meta')).to_contain_text("0:03")
    expect(page.locator("#download")).to_have_attribute(
        "href", "/sessions/" + sid_of(page) + "/versions/1?download=1"
    )
    expect(page.locator("#scripts")).to_contain_text("ffmpeg")

    if kind == "phone":
        # The result is brought into view, first on the page, with nothing to scroll sideways.
        page.wait_for_function(
            "() => { const r = document.querySelector('.player-card').getBoundingClientRect();"
            " return r.top >= 0 && r.top < innerHeight - 100; }",
            timeout=5_000,
        )
        assert box_of(page, ".player-card")["y"] < box_of(page, ".prompt-card")["y"]
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        for hint in page.locator("kbd, .kbd-help, .kbd-hint").all():
            expect(hint).to_be_hidden()  # no keyboard on a touch screen
        shot(page, f"{kind}-4-edited-in-view", full_page=False)  # what the phone shows
    audit(page, f"{kind}-edited")
    shot(page, f"{kind}-4-edited")


def test_before_and_after_on_the_timeline_of_a_cut(
    server: str, open_page: Callable[[str], Page], clip: Path, shot: Shot, audit: Audit
):
    page = open_page("desk")
    page.goto(server)
    upload(page, clip)
    page.fill("#prompt", "cut out 0:01 to 0:02")
    page.press("#prompt", "Enter")
    expect(page.locator("body")).to_have_attribute("data-state", "done", timeout=60_000)
    wait_for_src(page, "/versions/1")
    strip = box_of(page, "#timeline")

    # The timeline is a slider: a click seeks, and so do the arrow keys.
    page.mouse.click(strip["x"] + strip["width"] * 0.25, strip["y"] + strip["height"] / 2)
    page.wait_for_function("() => !document.querySelector('#player').seeking")
    assert player_time(page) == pytest.approx(0.5, abs=0.1)
    expect(page.locator("#timeline")).to_be_focused()
    page.keyboard.press("ArrowRight")
    page.wait_for_function("() => !document.querySelector('#player').seeking")
    at = player_time(page)
    assert at == pytest.approx(1.5, abs=0.1)
    expect(page.locator("#timeline")).to_have_attribute("aria-valuenow", "1.5")
    # After: the join where the two kept parts meet, half way along the 2 s result.
    join = box_of(page, "#timeline .tl-join")
    assert (join["x"] + join["width"] / 2 - strip["x"]) / strip["width"] == pytest.approx(
        0.5, abs=0.04
    )
    expect(page.locator("#timeline-legend")).to_contain_text("join")
    thumbs = page.locator("#timeline-thumbs").evaluate("e => getComputedStyle(e).backgroundImage")
    assert "/versions/1/" in thumbs, thumbs
    expect(page.locator("#compare")).to_have_attribute("aria-pressed", "false")
    expect(page.locator("#compare-label")).to_contain_text("after")
    shot(page, "desk-5-after")

    page.click("#compare")
    wait_for_src(page, "/versions/0")
    assert player_time(page) == pytest.approx(at, abs=0.2)  # the same playhead
    expect(page.locator("#compare")).to_have_attribute("aria-pressed", "true")
    expect(page.locator("#compare-label")).to_contain_text("before")
    expect(page.locator("#viewing-title")).to_contain_text("Before")
    # Before: the second cut out, a third of the way along the 3 s original to two thirds.
    removed = box_of(page, "#timeline .tl-removed")
    left = (removed["x"] - strip["x"]) / strip["width"]
    right = (removed["x"] + removed["width"] - strip["x"]) / strip["width"]
    assert (left, right) == (pytest.approx(1 / 3, abs=0.04), pytest.approx(2 / 3, abs=0.04))
    expect(page.locator("#timeline-legend")).to_contain_text("removed")
    expect(page.locator("#timeline")).to_have_attribute("aria-valuemax", "3")
    audit(page, "desk-before")
    shot(page, "desk-6-before")
    page.emulate_media(color_scheme="dark")  # the page follows the system's dark theme
    page.wait_for_timeout(500)  # its colours' transitions end
    audit(page, "desk-before-dark")
    shot(page, "desk-6-before-dark")
    page.emulate_media(color_scheme="light")

    page.keyboard.press("b")  # the shortcut, back to after
    wait_for_src(page, "/versions/1")
    assert player_time(page) == pytest.approx(at, abs=0.2)
    expect(page.locator("#compare")).to_have_attribute("aria-pressed", "false")
    expect(page.locator("#timeline .tl-removed")).to_have_count(0)

    page.click("#undo")
    expect(page.locator("#versions .current")).to_have_attribute("data-version", "0")
    wait_for_src(page, "/versions/0")
    assert player_duration(page) == pytest.approx(3.0, abs=0.15)
    expect(page.locator("#redo")).to_be_enabled()
    expect(page.locator("#compare-row")).to_be_hidden()  # the original has nothing before it
    shot(page, "desk-7-undone")

    # A part played faster is labelled on the result, over where it now lies (1 s to 1.5 s of 2.5).
    page.fill("#prompt", "speed up 0:01 to 0:02 by 2x")
    page.press("#prompt", "Enter")
    expect(page.locator("body")).to_have_attribute("data-state", "done", timeout=60_000)
    wait_for_src(page, "/versions/2")
    sped = page.locator("#timeline .tl-speed")
    expect(sped).to_have_text("2×")
    fast = box_of(page, "#timeline .tl-speed")
    left = (fast["x"] - strip["x"]) / strip["width"]
    right = (fast["x"] + fast["width"] - strip["x"]) / strip["width"]
    assert (left, right) == (pytest.approx(0.4, abs=0.04), pytest.approx(0.6, abs=0.04))
    expect(page.locator("#timeline-legend")).to_contain_text("2× speed 0:01–0:01.5")
    expect(page.locator("#timeline .tl-join")).to_have_count(0)  # nothing was left out
    shot(page, "desk-8-sped-up")


def test_a_preview_of_the_first_seconds_plays_until_the_whole_replaces_it(
    served: tuple[str, Path], open_page: Callable[[str], Page], long_clip: Path, shot: Shot
):
    url, data = served
    page = open_page("desk")
    # What the player note says, each time it changes.
    page.add_init_script(
        "window.__notes = []; new MutationObserver(() => { const n ="
        " document.querySelector('#player-note'); if (n && n.textContent)"
        " window.__notes.push(n.textContent); }).observe(document, {subtree: true,"
        " childList: true, characterData: true});"
    )
    page.goto(url)
    upload(page, long_clip)
    proxy = data / "sessions" / sid_of(page) / "media" / "proxy.mp4"
    page.wait_for_timeout(100)
    for _ in range(300):
        if proxy.is_file():
            break
        page.wait_for_timeout(100)
    # As on a fresh upload of a long video, whose small copy is still being made: the preview
    # starts from the file itself.
    proxy.unlink()

    page.fill("#prompt", "make it black and white")
    page.click("#submit")
    expect(page.locator("body")).to_have_attribute("data-state", "done", timeout=60_000)

    notes: list[str] = page.evaluate("window.__notes")
    assert any("Preview of the first 8 s" in n for n in notes), notes
    loaded: list[str] = page.evaluate("window.__loaded")
    previews = [u for u in loaded if "/versions/1/preview" in u]
    assert len(set(previews)) == 2, loaded  # the first seconds, then the whole, asked anew
    wait_for_src(page, "/versions/1")
    assert player_duration(page) == pytest.approx(20.0, abs=0.2)
    shot(page, "desk-9-first-seconds-then-whole")
