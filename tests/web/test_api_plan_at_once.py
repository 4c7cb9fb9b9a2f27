"""An edit answers with its plan at once, whether it runs now or waits; every wait is said in
words; a fresh upload is previewed without waiting for its small copy: the result's first
seconds first, then the whole."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from api_kit import Api, ApiFactory


def test_the_plan_comes_with_the_answer_while_the_edit_waits(
    make_api: ApiFactory, slow_mp4: Path
) -> None:
    api = make_api(previews=False, sandbox=False)
    sid = api.upload(slow_mp4)["session_id"]
    first = api.submit(sid, "speed it up 2x")
    second = api.submit(sid, "make it black and white and add the title 'Hi' at the top")

    assert second["status"] == "queued", second
    assert second["stage"] == "waiting for the edit before this one"
    assert second["steps"] == ["grayscale", "text 'Hi' at top"]
    assert [s["task"] for s in second["plan"]["steps"]] == [
        "make it black and white",
        "add the title 'Hi' at the top",
    ]
    assert [(b["number"], b["title"]) for b in second["stages"]] == [(1, "full quality")]
    assert api.wait_job(first["job_id"])["status"] == "succeeded"
    done = api.wait_job(second["job_id"])
    assert done["status"] == "succeeded", done
    assert done["steps"] == second["steps"]


def test_the_first_edit_of_an_upload_does_not_wait_for_its_small_copy(
    api: Api, clip2_mp4: Path
) -> None:
    upload = api.upload(clip2_mp4)
    job = api.submit(upload["session_id"], "make it black and white")

    assert upload["proxy_job_id"]
    assert job["stage"] == "waiting for a free worker", job  # not behind the proxy job
    assert [b["title"] for b in job["stages"]] == ["preview", "full quality"]
    assert api.wait_job(job["job_id"])["status"] == "succeeded"


def test_a_fresh_upload_is_previewed_first_seconds_first(
    make_api: ApiFactory, slow_mp4: Path
) -> None:
    api = make_api(sandbox=False, proxy_lines=120)
    upload = api.upload(slow_mp4)
    sid = upload["session_id"]
    api.wait_job(upload["proxy_job_id"])
    # As on a fresh upload of a long video, whose small copy is still being made.
    (api.session_dir(sid) / "media" / "proxy.mp4").unlink()

    job = api.submit(sid, "make it black and white")
    events = api.events(job["job_id"])

    previews = [body for name, body in events if name == "preview"]
    assert [(p["preview_partial"], p["preview_seconds"]) for p in previews] == [
        (True, 8.0),
        (False, None),
    ]
    said = [body["stage"] for name, body in events if name == "stage"]
    assert said[0] == "making a quick preview", said
    assert "making the rest of the preview" in said
    assert said[-1] == "rendering full quality", said
    assert events[-1][0] == "done"
    whole = api.measure(api.download(f"/sessions/{sid}/versions/1/preview", Path(sid + ".mp4")))
    assert whole.duration == pytest.approx(20.0, abs=0.2)
    assert min(whole.shown) == 120  # the full-size file, shrunk to preview size
    Path(sid + ".mp4").unlink()
