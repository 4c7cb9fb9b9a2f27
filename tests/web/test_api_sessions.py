"""Uploads and sessions: `POST /sessions`, `GET /sessions/{id}`, `POST /sessions/{id}/assets`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pytest

if TYPE_CHECKING:
    from api_kit import Api, ApiFactory

_MULTIPART = {"content-type": "multipart/form-data; boundary=boundary"}


def _multipart(field: str, filename: str, data: bytes, ctype: str = "video/mp4") -> bytes:
    """A multipart/form-data body with one file part, built by hand (boundary `boundary`)."""
    head = (
        f'--boundary\r\nContent-Disposition: form-data; name="{field}"; filename="{filename}"\r\n'
        f"Content-Type: {ctype}\r\n\r\n"
    ).encode()
    return head + data + b"\r\n--boundary--\r\n"


def _chunked(body: bytes, size: int = 64 * 1024) -> Iterator[bytes]:
    """The body as a generator: httpx sends it chunked, with no Content-Length."""
    for start in range(0, len(body), size):
        yield body[start : start + size]


def _sessions(api: Api) -> list[Path]:
    folder = api.data_dir / "sessions"
    return sorted(folder.iterdir()) if folder.is_dir() else []


def _uploads_left(api: Api) -> list[Path]:
    folder = api.data_dir / "uploads"
    return sorted(folder.iterdir()) if folder.is_dir() else []


# -- POST /sessions --------------------------------------------------------------------------


def test_upload_creates_a_session_with_the_probed_media(api: Api, clip2_mp4: Path) -> None:
    body = api.upload(clip2_mp4, "holiday.mp4")

    assert set(body) == {"session_id", "name", "media", "proxy_job_id"}
    assert body["name"] == "holiday.mp4"
    media = body["media"]
    assert abs(media["duration"] - 2.0) < 0.1
    assert media["video"]["width"] == 320 and media["video"]["height"] == 240
    assert media["audio"] is not None
    assert "path" not in media  # no server path leaks out
    assert isinstance(media["description"], str) and media["description"]
    assert body["proxy_job_id"]  # a video gets a proxy for previews
    assert api.session_dir(body["session_id"]).is_dir()
    assert _uploads_left(api) == []  # the upload was moved into the session


def test_upload_keeps_only_the_last_part_of_a_client_path(api: Api, clip2_mp4: Path) -> None:
    body = api.upload(clip2_mp4, "../../etc/passwd.mp4")

    assert body["name"] == "passwd.mp4"
    assert api.session(body["session_id"])["name"] == "passwd.mp4"


def test_upload_over_the_cap_with_content_length_is_413_and_leaves_nothing(
    make_api: ApiFactory, random_mp4: Path
) -> None:
    api = make_api(max_upload_mb=1)
    # Past the cap plus the room kept for the form's envelope: refused before reading.
    body = _multipart("file", "big.mp4", random_mp4.read_bytes() * 2)

    r = api.post("/sessions", content=body, headers=_MULTIPART)

    assert r.status_code == 413, r.text
    assert "1 MB" in r.json()["detail"]
    assert _uploads_left(api) == []
    assert _sessions(api) == []


def test_upload_over_the_cap_within_the_envelope_is_413_and_leaves_nothing(
    make_api: ApiFactory, random_mp4: Path
) -> None:
    api = make_api(max_upload_mb=1)
    # 1.5 MB: the declared length is within cap + envelope, so the file itself is counted.
    body = _multipart("file", "big.mp4", random_mp4.read_bytes())

    r = api.post("/sessions", content=body, headers=_MULTIPART)

    assert r.status_code == 413, r.text
    assert _uploads_left(api) == []
    assert _sessions(api) == []


def test_chunked_upload_over_the_cap_is_413_and_leaves_nothing(
    make_api: ApiFactory, random_mp4: Path
) -> None:
    api = make_api(max_upload_mb=1)
    body = _multipart("file", "big.mp4", random_mp4.read_bytes())

    r = api.post("/sessions", content=_chunked(body), headers=_MULTIPART)

    assert r.request.headers.get("transfer-encoding") == "chunked"
    assert "content-length" not in r.request.headers
    assert r.status_code == 413, r.text
    assert _uploads_left(api) == []
    assert _sessions(api) == []


def test_chunked_upload_under_the_cap_is_accepted(make_api: ApiFactory, clip2_mp4: Path) -> None:
    api = make_api(max_upload_mb=1, previews=False)
    body = _multipart("file", "small.mp4", clip2_mp4.read_bytes())

    r = api.post("/sessions", content=_chunked(body), headers=_MULTIPART)

    assert r.status_code == 201, r.text
    assert r.json()["name"] == "small.mp4"
    assert r.json()["proxy_job_id"] is None  # previews off: no proxy


@pytest.mark.parametrize("fixture", ["text_mp4", "random_mp4"])
def test_upload_of_something_not_media_is_415_with_a_reason(
    api: Api, fixture: str, request: pytest.FixtureRequest
) -> None:
    path: Path = request.getfixturevalue(fixture)

    r = api.post_file("/sessions", path, "video.mp4")

    assert r.status_code == 415, r.text
    assert r.json()["detail"].startswith("video.mp4 is not a video/audio file")
    assert _uploads_left(api) == []
    assert _sessions(api) == []


def test_upload_that_is_not_multipart_is_400(api: Api, clip2_mp4: Path) -> None:
    r = api.post("/sessions", content=clip2_mp4.read_bytes(), headers={"content-type": "video/mp4"})

    assert r.status_code == 400, r.text
    assert "multipart/form-data" in r.json()["detail"]
    r = api.post("/sessions", json={"file": "clip.mp4"})
    assert r.status_code == 400, r.text


def test_upload_without_a_file_field_is_400(api: Api, clip2_mp4: Path) -> None:
    body = _multipart("video", "clip.mp4", clip2_mp4.read_bytes())

    r = api.post("/sessions", content=body, headers=_MULTIPART)

    assert r.status_code == 400, r.text
    assert "'file'" in r.json()["detail"]
    assert _uploads_left(api) == []
    assert _sessions(api) == []


def test_upload_of_an_empty_file_is_400(api: Api) -> None:
    r = api.post("/sessions", content=_multipart("file", "empty.mp4", b""), headers=_MULTIPART)

    assert r.status_code == 400, r.text
    assert "empty" in r.json()["detail"]
    assert _uploads_left(api) == []


@pytest.mark.parametrize(
    "body",
    [
        b"not a form at all",
        b'--other\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc\r\n--other--\r\n',
        b"--boundary\r\nGarbage\r\n\r\nabc\r\n--boundary--\r\n",
    ],
    ids=["no-boundary", "wrong-boundary", "bad-part-header"],
)
def test_upload_with_a_malformed_multipart_body_is_400(api: Api, body: bytes) -> None:
    r = api.post("/sessions", content=body, headers=_MULTIPART)

    assert r.status_code == 400, r.text
    assert r.json()["error"] == "BadUpload"
    assert _uploads_left(api) == []
    assert _sessions(api) == []


def test_upload_of_two_files_in_the_field_is_400(api: Api, clip2_mp4: Path) -> None:
    with clip2_mp4.open("rb") as f, clip2_mp4.open("rb") as g:
        r = api.post("/sessions", files=[("file", ("a.mp4", f)), ("file", ("b.mp4", g))])

    assert r.status_code == 400, r.text
    assert "one file" in r.json()["detail"]
    assert _uploads_left(api) == []
    assert _sessions(api) == []


@pytest.mark.parametrize("name", ["clip", "recording.dat"])
def test_upload_without_a_media_extension_can_be_edited(
    api: Api, clip2_mp4: Path, name: str, tmp_path: Path
) -> None:
    """Files without a usable extension are common (phone exports, `blob` from browsers):
    the probe accepts them by content, so an edit must work on them too."""
    upload = api.upload(clip2_mp4, name)
    assert upload["name"] == name

    r = api.post(
        "/edit", params={"wait": "true"},
        json={"session_id": upload["session_id"], "prompt": "cut the first 0.5 seconds"},
    )  # fmt: skip

    job = r.json()
    assert job["status"] == "succeeded", job["error"]
    out = api.download(job["output_url"], tmp_path / "out")
    assert abs(api.measure(out).duration - 1.5) <= 0.1


# -- GET /sessions/{id} ----------------------------------------------------------------------


def test_new_session_shows_the_original_as_version_zero(api: Api, clip2_mp4: Path) -> None:
    sid = api.upload(clip2_mp4)["session_id"]

    s = api.session(sid)

    assert s["session_id"] == sid
    assert s["name"] == "clip.mp4"
    assert s["current"] == 0
    assert s["can_undo"] is False and s["can_redo"] is False
    assert s["history"] == [] and s["assets"] == []
    [v0] = s["versions"]
    assert v0["number"] == 0 and v0["parent"] is None and v0["prompt"] is None
    assert v0["url"] == f"/sessions/{sid}/versions/0"
    assert v0["scripts_url"] == f"/sessions/{sid}/versions/0/scripts"
    assert v0["kind"] == "video"
    assert "preview_url" in v0


def test_session_after_an_edit_lists_versions_and_history(api: Api, clip2_mp4: Path) -> None:
    sid = api.upload(clip2_mp4)["session_id"]
    api.edit(sid, "cut the first 0.5 seconds")

    s = api.session(sid)

    assert s["current"] == 1 and s["can_undo"] is True and s["can_redo"] is False
    assert [v["number"] for v in s["versions"]] == [0, 1]
    v1 = s["versions"][1]
    assert v1["parent"] == 0 and v1["prompt"] == "cut the first 0.5 seconds"
    assert v1["url"] == f"/sessions/{sid}/versions/1"
    assert v1["preview_url"] == f"/sessions/{sid}/versions/1/preview"
    assert v1["scripts_url"] == f"/sessions/{sid}/versions/1/scripts"
    assert v1["kind"] == "video"
    assert "path" not in v1
    [entry] = s["history"]
    assert entry["prompt"] == "cut the first 0.5 seconds"
    assert entry["outcome"] == "succeeded"
    assert entry["parent_version"] == 0 and entry["output_version"] == 1
    assert entry["plan"]["steps"]
    assert entry["timings"]["total"] > 0
    assert entry["stages"] and all(st["script"].endswith(".py") for st in entry["stages"])
    assert entry["scripts"] == [st["script"] for st in entry["stages"]]


@pytest.mark.parametrize("sid", ["0" * 32, "nothex", "ABCDEF" + "0" * 26, "0" * 33])
def test_unknown_or_malformed_session_is_404(api: Api, sid: str) -> None:
    r = api.get(f"/sessions/{sid}")

    assert r.status_code == 404, r.text
    assert r.json()["error"] == "NotFound"


# -- POST /sessions/{id}/assets --------------------------------------------------------------


def test_asset_clip_can_be_joined_by_name(
    api: Api, clip2_mp4: Path, second_mp4: Path, tmp_path: Path
) -> None:
    sid = api.upload(clip2_mp4)["session_id"]

    assert api.add_asset(sid, second_mp4, "b.mp4") == "b.mp4"
    assert api.session(sid)["assets"] == ["b.mp4"]
    job = api.edit(sid, "add b.mp4 at the end")

    out = api.download(job["output_url"], tmp_path / "joined.mp4")
    assert abs(api.measure(out).duration - 3.0) < 0.15  # 2 s + 1 s


def test_asset_subtitles_can_be_burned_in_by_name(
    api: Api, clip2_mp4: Path, subs_srt: Path, tmp_path: Path
) -> None:
    sid = api.upload(clip2_mp4)["session_id"]

    assert api.add_asset(sid, subs_srt) == "subs.srt"
    job = api.edit(sid, "add subtitles from subs.srt")

    [step] = job["plan"]["steps"]
    assert step["op"] == "subtitles" and step["params"]["file"] == "subs.srt"
    # The words are in the picture: the bottom of a frame shown under them changed.
    out = api.download(job["output_url"], tmp_path / "subtitled.mp4")
    before, after = api.frame(clip2_mp4, 0.5), api.frame(out, 0.5)
    assert float(np.abs(before[160:] - after[160:]).mean()) > 2
    assert float(np.abs(before[:80] - after[:80]).mean()) < 2


def test_asset_with_a_clashing_name_gets_a_new_one(
    api: Api, clip2_mp4: Path, second_mp4: Path
) -> None:
    sid = api.upload(clip2_mp4)["session_id"]

    assert api.add_asset(sid, second_mp4, "b.mp4") == "b.mp4"
    assert api.add_asset(sid, second_mp4, "b.mp4") == "b-2.mp4"
    assert api.session(sid)["assets"] == ["b-2.mp4", "b.mp4"]


def test_asset_that_is_not_media_is_415(api: Api, clip2_mp4: Path, text_mp4: Path) -> None:
    sid = api.upload(clip2_mp4)["session_id"]

    r = api.post_file(f"/sessions/{sid}/assets", text_mp4, "b.mp4")

    assert r.status_code == 415, r.text
    assert r.json()["detail"].startswith("b.mp4 is not a video/audio file")
    assert api.session(sid)["assets"] == []
    assert _uploads_left(api) == []


def test_asset_subtitles_that_are_not_text_are_refused(
    api: Api, clip2_mp4: Path, random_mp4: Path
) -> None:
    sid = api.upload(clip2_mp4)["session_id"]

    r = api.post_file(f"/sessions/{sid}/assets", random_mp4, "subs.srt")

    assert r.status_code in {415, 422}, r.text
    assert "subs.srt is not a UTF-8 text subtitle file" in r.json()["detail"]
    assert api.session(sid)["assets"] == []


@pytest.mark.parametrize("suffix", ["x" * 240, "é" * 120], ids=["long", "long-unicode"])
def test_asset_with_an_odd_extension_is_never_a_server_error(
    api: Api, clip2_mp4: Path, second_mp4: Path, suffix: str
) -> None:
    sid = api.upload(clip2_mp4)["session_id"]

    r = api.post_file(f"/sessions/{sid}/assets", second_mp4, f"b.{suffix}")

    assert r.status_code in {201, 415}, r.text
    if r.status_code == 201:
        assert api.session(sid)["assets"] == [r.json()["name"]]
    assert _uploads_left(api) == []


def test_asset_for_an_unknown_session_is_404(api: Api, second_mp4: Path) -> None:
    r = api.post_file(f"/sessions/{'0' * 32}/assets", second_mp4)

    assert r.status_code == 404, r.text
    assert _uploads_left(api) == []


def test_asset_over_the_cap_is_413(make_api: ApiFactory, clip2_mp4: Path, random_mp4: Path) -> None:
    api = make_api(max_upload_mb=1, previews=False)
    sid = api.upload(clip2_mp4)["session_id"]

    r = api.post_file(f"/sessions/{sid}/assets", random_mp4, "big.mp4")

    assert r.status_code == 413, r.text
    assert api.session(sid)["assets"] == []
    assert _uploads_left(api) == []
