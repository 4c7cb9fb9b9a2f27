"""Versions: their media (with Range), previews, scripts, and undo/redo between them."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from api_kit import Api, ApiFactory


# -- GET /sessions/{id}/versions/{n} ---------------------------------------------------------


def test_version_zero_is_the_original_as_uploaded(api: Api, clip2_mp4: Path) -> None:
    sid = api.upload(clip2_mp4)["session_id"]

    r = api.get(f"/sessions/{sid}/versions/0")

    assert r.status_code == 200
    assert r.headers["content-type"] == "video/mp4"
    assert r.headers["content-disposition"].startswith("inline")
    assert r.content == clip2_mp4.read_bytes()


def test_version_is_the_edited_media_measured_as_asked(
    api: Api, clip2_mp4: Path, tmp_path: Path
) -> None:
    sid = api.upload(clip2_mp4)["session_id"]
    job = api.edit(sid, "cut the first 0.5 seconds")

    r = api.get(job["output_url"])

    assert r.status_code == 200
    assert r.headers["content-type"] == "video/mp4"
    assert r.headers.get("accept-ranges") == "bytes"
    out = tmp_path / "v1.mp4"
    out.write_bytes(r.content)
    got = api.measure(out)
    assert abs(got.duration - 1.5) <= 0.1
    assert (got.width, got.height) == (320, 240) and got.has_audio


def test_version_serves_byte_ranges_for_seeking(api: Api, clip2_mp4: Path) -> None:
    sid = api.upload(clip2_mp4)["session_id"]
    job = api.edit(sid, "make it louder")
    whole = api.get(job["output_url"]).content

    r = api.get(job["output_url"], headers={"Range": "bytes=0-99"})

    assert r.status_code == 206
    assert r.headers["content-range"] == f"bytes 0-99/{len(whole)}"
    assert r.content == whole[:100]
    tail = api.get(job["output_url"], headers={"Range": "bytes=-10"})
    assert tail.status_code == 206 and tail.content == whole[-10:]
    middle = api.get(job["output_url"], headers={"Range": "bytes=1000-1999"})
    assert middle.status_code == 206 and middle.content == whole[1000:2000]


def test_version_download_is_an_attachment_named_after_the_upload(
    api: Api, clip2_mp4: Path
) -> None:
    sid = api.upload(clip2_mp4, "holiday.mp4")["session_id"]
    api.edit(sid, "make it louder")

    r = api.get(f"/sessions/{sid}/versions/1", params={"download": "1"})
    original = api.get(f"/sessions/{sid}/versions/0", params={"download": "1"})

    assert r.status_code == 200
    assert r.headers["content-disposition"].startswith("attachment")
    assert 'filename="holiday.v1.mp4"' in r.headers["content-disposition"]
    assert 'filename="holiday.mp4"' in original.headers["content-disposition"]


@pytest.mark.parametrize("number", ["1", "99", "abc", "-1", "1.0", "0x1", "9999999999"])
def test_unknown_or_malformed_version_is_404(api: Api, clip2_mp4: Path, number: str) -> None:
    sid = api.upload(clip2_mp4)["session_id"]

    for suffix in ("", "/preview", "/scripts", "/thumbnails"):
        r = api.get(f"/sessions/{sid}/versions/{number}{suffix}")
        assert r.status_code == 404, (suffix, r.text)


def test_version_of_an_unknown_session_is_404(api: Api) -> None:
    for suffix in ("", "/preview", "/scripts", "/thumbnails"):
        assert api.get(f"/sessions/{'0' * 32}/versions/0{suffix}").status_code == 404


# -- GET /sessions/{id}/versions/{n}/preview -------------------------------------------------


def test_previews_are_small_and_as_long_as_their_versions(
    make_api: ApiFactory, clip2_mp4: Path, tmp_path: Path
) -> None:
    api = make_api(proxy_lines=120)
    upload = api.upload(clip2_mp4)
    sid = upload["session_id"]
    proxy = api.wait_job(upload["proxy_job_id"])
    assert proxy["status"] == "succeeded", proxy
    assert api.session(sid)["versions"][0]["preview_url"] == f"/sessions/{sid}/versions/0/preview"

    v0 = api.download(f"/sessions/{sid}/versions/0/preview", tmp_path / "p0.mp4")
    job = api.edit(sid, "cut the first 0.5 seconds")
    v1 = api.download(job["preview_url"], tmp_path / "p1.mp4")
    full = api.download(job["output_url"], tmp_path / "v1.mp4")

    p0, p1 = api.measure(v0), api.measure(v1)
    assert (p0.width, p0.height) == (160, 120)
    assert (p1.width, p1.height) == (160, 120)
    assert abs(p0.duration - 2.0) <= 0.15
    assert abs(p1.duration - api.measure(full).duration) <= 0.15
    assert p1.size < full.stat().st_size
    r = api.get(job["preview_url"])
    assert r.headers["content-type"] == "video/mp4"


def test_version_zero_preview_is_the_proxy(api: Api, clip2_mp4: Path) -> None:
    upload = api.upload(clip2_mp4)
    sid = upload["session_id"]
    api.wait_job(upload["proxy_job_id"])

    r = api.get(f"/sessions/{sid}/versions/0/preview")

    assert r.status_code == 200
    assert r.content == (api.session_dir(sid) / "media" / "proxy.mp4").read_bytes()


def test_without_previews_there_is_none_to_get(make_api: ApiFactory, clip2_mp4: Path) -> None:
    api = make_api(previews=False)
    upload = api.upload(clip2_mp4)
    sid = upload["session_id"]
    assert upload["proxy_job_id"] is None

    job = api.edit(sid, "make it louder")

    assert job["preview_url"] is None
    for number in (0, 1):
        r = api.get(f"/sessions/{sid}/versions/{number}/preview")
        assert r.status_code == 404, r.text
        assert "no preview" in r.json()["detail"]
    assert all(v["preview_url"] is None for v in api.session(sid)["versions"])


def test_edit_asked_without_a_preview_has_none(api: Api, clip2_mp4: Path) -> None:
    sid = api.upload(clip2_mp4)["session_id"]

    job = api.wait_job(api.submit(sid, "make it louder", preview=False)["job_id"])

    assert job["status"] == "succeeded" and job["preview_url"] is None
    assert api.get(f"/sessions/{sid}/versions/1/preview").status_code == 404


# -- GET /sessions/{id}/versions/{n}/scripts -------------------------------------------------


def test_scripts_are_the_python_that_made_the_version(api: Api, clip2_mp4: Path) -> None:
    sid = api.upload(clip2_mp4)["session_id"]
    api.edit(sid, "cut the first 0.5 seconds")

    r = api.get(f"/sessions/{sid}/versions/1/scripts")

    assert r.status_code == 200
    body = r.json()
    assert body["version"] == 1
    assert body["scripts"]
    for script in body["scripts"]:
        assert script["name"].endswith(".py")
        ast.parse(script["text"])  # it is Python
        assert "ffmpeg" in script["text"]
    assert api.get(f"/sessions/{sid}/versions/0/scripts").json() == {"version": 0, "scripts": []}


# -- undo and redo ---------------------------------------------------------------------------


def _trimmed_three_times(api: Api, clip: Path) -> str:
    sid = api.upload(clip)["session_id"]
    for _ in range(3):
        api.edit(sid, "cut the first 0.5 seconds")
    return sid


def test_undo_and_redo_move_between_versions(make_api: ApiFactory, clip3_mp4: Path) -> None:
    api = make_api(previews=False)
    sid = _trimmed_three_times(api, clip3_mp4)
    assert api.session(sid)["current"] == 3

    first = api.post(f"/sessions/{sid}/undo")
    second = api.post(f"/sessions/{sid}/undo")

    assert first.status_code == 200 and first.json()["current"] == 2
    assert second.status_code == 200
    assert second.json() == {
        "session_id": sid,
        "current": 1,
        "url": f"/sessions/{sid}/versions/1",
        "preview_url": None,
        "scripts_url": f"/sessions/{sid}/versions/1/scripts",
        "kind": "video",
    }
    s = api.session(sid)
    assert s["current"] == 1 and s["can_undo"] and s["can_redo"]
    assert len(s["versions"]) == 4  # undo hides nothing

    redo = api.post(f"/sessions/{sid}/redo")

    assert redo.status_code == 200 and redo.json()["current"] == 2
    s = api.session(sid)
    assert s["current"] == 2 and s["can_redo"] is True


def test_undo_at_the_original_is_422(api: Api, clip2_mp4: Path) -> None:
    sid = api.upload(clip2_mp4)["session_id"]

    r = api.post(f"/sessions/{sid}/undo")

    assert r.status_code == 422, r.text
    assert "nothing to undo" in r.json()["detail"]
    assert api.session(sid)["current"] == 0


def test_redo_with_nothing_undone_is_422(api: Api, clip2_mp4: Path) -> None:
    sid = api.upload(clip2_mp4)["session_id"]
    assert api.post(f"/sessions/{sid}/redo").status_code == 422
    api.edit(sid, "make it louder")

    r = api.post(f"/sessions/{sid}/redo")

    assert r.status_code == 422, r.text
    assert "nothing to redo" in r.json()["detail"]
    assert api.session(sid)["current"] == 1


def test_undo_back_to_the_original_then_no_further(make_api: ApiFactory, clip3_mp4: Path) -> None:
    api = make_api(previews=False)
    sid = api.upload(clip3_mp4)["session_id"]
    api.edit(sid, "cut the first 0.5 seconds")
    api.edit(sid, "cut the first 0.5 seconds")

    assert api.post(f"/sessions/{sid}/undo").json()["current"] == 1
    assert api.post(f"/sessions/{sid}/undo").json()["current"] == 0
    assert api.post(f"/sessions/{sid}/undo").status_code == 422
    assert api.session(sid)["can_undo"] is False
    assert api.post(f"/sessions/{sid}/redo").json()["current"] == 1
    assert api.post(f"/sessions/{sid}/redo").json()["current"] == 2
    assert api.post(f"/sessions/{sid}/redo").status_code == 422


def test_edit_after_undo_starts_from_the_current_version_and_clears_redo(
    make_api: ApiFactory, clip3_mp4: Path, tmp_path: Path
) -> None:
    api = make_api(previews=False)
    sid = _trimmed_three_times(api, clip3_mp4)  # 2.5, 2.0, 1.5 s
    api.post(f"/sessions/{sid}/undo")
    api.post(f"/sessions/{sid}/undo")  # at version 1: 2.5 s

    job = api.edit(sid, "cut the first 1 second")

    assert job["version"] == 4
    out = api.download(job["output_url"], tmp_path / "v4.mp4")
    assert abs(api.measure(out).duration - 1.5) <= 0.1  # 2.5 - 1, not 1.5 - 1
    s = api.session(sid)
    assert s["current"] == 4 and s["can_redo"] is False
    assert s["versions"][-1]["parent"] == 1
    assert api.post(f"/sessions/{sid}/redo").status_code == 422


def test_undo_and_redo_of_an_unknown_session_are_404(api: Api) -> None:
    for action in ("undo", "redo"):
        assert api.post(f"/sessions/{'0' * 32}/{action}").status_code == 404
        assert api.post(f"/sessions/bad/{action}").status_code == 404


def test_a_preview_of_an_enlarging_edit_stays_preview_sized(
    make_api: ApiFactory, clip2_mp4: Path, tmp_path: Path
) -> None:
    api = make_api(proxy_lines=120)
    sid = api.upload(clip2_mp4)["session_id"]

    job = api.edit(sid, "make it 720p")

    preview = api.measure(api.download(job["preview_url"], tmp_path / "p.mp4"))
    full = api.measure(api.download(job["output_url"], tmp_path / "v.mp4"))
    assert (full.width, full.height) == (960, 720)
    assert (preview.width, preview.height) == (160, 120)


def test_an_edit_the_proxy_cannot_take_has_no_preview_but_a_version(
    make_api: ApiFactory, clip2_mp4: Path, tmp_path: Path
) -> None:
    # A crop in the source's pixels falls outside a 160x120 proxy: no preview, and it says so.
    api = make_api(proxy_lines=120)
    upload = api.upload(clip2_mp4)
    sid = upload["session_id"]
    api.wait_job(upload["proxy_job_id"])  # else the preview starts from the full-size file

    job = api.edit(sid, "crop to 200x150 at 10,10")

    assert job["preview_url"] is None
    assert job["stages"][0]["title"] == "no preview for this edit"
    full = api.measure(api.download(job["output_url"], tmp_path / "v.mp4"))
    assert (full.width, full.height) == (200, 150)
    assert api.get(f"/sessions/{sid}/versions/1/preview").status_code == 404
    skipped = api.session_dir(sid) / "logs" / "v0001" / "preview" / "skipped.txt"
    assert "no preview" in skipped.read_text()
