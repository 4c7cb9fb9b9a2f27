"""The service around the routes: health, docs, the API key, CORS, and a restart's tidying."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from fastapi.testclient import TestClient

from promptcut.api.main import create_app
from promptcut.jobs import Job, JobStore
from promptcut.operations import catalogue
from promptcut.settings import Settings

if TYPE_CHECKING:
    from api_kit import Api, ApiFactory

KEY = "k"
BEARER = {"Authorization": f"Bearer {KEY}"}


# -- health and documentation ----------------------------------------------------------------


def test_healthz_answers_ok(api: Api) -> None:
    r = api.get("/healthz")

    assert r.status_code == 200
    assert r.json()["status"] == "ok"


def test_docs_are_served_without_network(api: Api) -> None:
    r = api.get("/docs")

    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert "/openapi.json" in r.text
    assert "/docs-assets/swagger-ui-bundle.js" in r.text
    assert api.get("/docs-assets/swagger-ui-bundle.js").status_code == 200


def test_openapi_lists_every_route(api: Api) -> None:
    r = api.get("/openapi.json")

    assert r.status_code == 200
    paths = r.json()["paths"]
    assert {
        "/healthz": {"get"},
        "/catalogue": {"get"},
        "/sessions": {"post"},
        "/sessions/{session_id}": {"get"},
        "/sessions/{session_id}/assets": {"post"},
        "/sessions/{session_id}/undo": {"post"},
        "/sessions/{session_id}/redo": {"post"},
        "/sessions/{session_id}/versions/{number}": {"get"},
        "/sessions/{session_id}/versions/{number}/preview": {"get"},
        "/sessions/{session_id}/versions/{number}/scripts": {"get"},
        "/sessions/{session_id}/versions/{number}/thumbnails": {"get"},
        "/edit": {"post"},
        "/jobs/{job_id}": {"get"},
        "/jobs/{job_id}/cancel": {"post"},
        "/jobs/{job_id}/events": {"get"},
    } == {path: set(methods) for path, methods in paths.items()}


def test_page_and_its_static_files_are_served(api: Api) -> None:
    page = api.get("/")
    css = api.get("/static/style.css")

    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert api.get("/static/app.js").status_code == 200
    capabilities = api.get("/capabilities")
    assert capabilities.status_code == 200 and "/static/capabilities.js" in capabilities.text
    assert api.get("/static/capabilities.js").status_code == 200


def test_the_catalogue_is_what_promptcut_ops_json_shows(api: Api) -> None:
    r = api.get("/catalogue")

    assert r.status_code == 200
    assert r.json() == json.loads(json.dumps(catalogue()))
    assert {"trim", "cut", "speed"} <= {op["name"] for op in r.json()}


def test_unknown_route_is_404(api: Api) -> None:
    # Paths that climb out of /static are sent as written, over a socket, in test_api_hostile:
    # this client would remove the '..' before sending.
    assert api.get("/nothing-here").status_code == 404


# -- the API key -----------------------------------------------------------------------------


@pytest.fixture
def keyed(make_api: ApiFactory, clip2_mp4: Path) -> tuple[Api, dict[str, Any]]:
    """An app that needs the key "k", with a session edited once (by a client that has it)."""
    api = make_api(api_key=KEY)
    upload = api.upload(clip2_mp4, headers=BEARER)
    sid = upload["session_id"]
    r = api.post(
        "/edit", params={"wait": "true"}, headers=BEARER,
        json={"session_id": sid, "prompt": "make it louder"},
    )  # fmt: skip
    assert r.status_code == 200, r.text
    return api, {"sid": sid, "job": r.json()["job_id"], "proxy": upload["proxy_job_id"]}


def _routes(ids: dict[str, Any]) -> list[tuple[str, str]]:
    sid, job = ids["sid"], ids["job"]
    return [
        ("GET", "/docs"),
        ("GET", "/openapi.json"),
        ("GET", "/catalogue"),
        ("GET", f"/sessions/{sid}"),
        ("GET", f"/sessions/{sid}/versions/1"),
        ("GET", f"/sessions/{sid}/versions/1/preview"),
        ("GET", f"/sessions/{sid}/versions/1/scripts"),
        ("GET", f"/sessions/{sid}/versions/1/thumbnails"),
        ("GET", f"/jobs/{job}"),
        ("GET", f"/jobs/{job}/events"),
        ("POST", f"/jobs/{job}/cancel"),
    ]


def test_with_a_key_every_route_refuses_a_client_without_it(
    keyed: tuple[Api, dict[str, Any]], clip2_mp4: Path, second_mp4: Path
) -> None:
    api, ids = keyed
    sid = ids["sid"]
    calls = [
        *_routes(ids),
        ("POST", f"/sessions/{sid}/undo"),
        ("POST", f"/sessions/{sid}/redo"),
    ]
    for wrong in ({}, {"Authorization": "Bearer nope"}, {"Authorization": f"Basic {KEY}"},
                  {"Authorization": "Bearer"}):  # fmt: skip
        for method, url in calls:
            r = api.client.request(method, url, headers=wrong)
            assert r.status_code == 401, (wrong, method, url, r.text)
            assert r.headers["www-authenticate"] == "Bearer"
        assert api.post_file("/sessions", clip2_mp4, headers=wrong).status_code == 401
        assert (
            api.post_file(f"/sessions/{sid}/assets", second_mp4, headers=wrong).status_code == 401
        )
        r = api.post("/edit", json={"session_id": sid, "prompt": "make it louder"}, headers=wrong)
        assert r.status_code == 401, r.text
    r = api.get(f"/sessions/{sid}", headers={"Cookie": "promptcut_api_key=nope"})
    assert r.status_code == 401
    # Nothing the refused calls asked for happened.
    s = api.get(f"/sessions/{sid}", headers=BEARER).json()
    assert s["current"] == 1 and s["assets"] == [] and len(s["versions"]) == 2
    assert len(list((api.data_dir / "sessions").iterdir())) == 1


@pytest.mark.parametrize("how", ["bearer", "cookie"])
def test_with_a_key_every_route_serves_a_client_that_has_it(
    keyed: tuple[Api, dict[str, Any]], clip2_mp4: Path, second_mp4: Path, how: str
) -> None:
    api, ids = keyed
    sid = ids["sid"]
    auth: dict[str, Any] = (
        {"headers": BEARER}
        if how == "bearer"
        else {"headers": {"Cookie": f"promptcut_api_key={KEY}"}}
    )
    for method, url in _routes(ids):
        r = api.client.request(method, url, **auth)
        assert r.status_code == 200, (method, url, r.text)
    assert api.post(f"/sessions/{sid}/undo", **auth).status_code == 200
    assert api.post(f"/sessions/{sid}/redo", **auth).status_code == 200
    assert api.post_file(f"/sessions/{sid}/assets", second_mp4, **auth).status_code == 201
    r = api.post("/edit", json={"session_id": sid, "prompt": "make it louder"}, **auth)
    assert r.status_code == 202, r.text
    assert api.post_file("/sessions", clip2_mp4, **auth).status_code == 201


def test_with_a_key_the_page_static_files_and_health_stay_open(
    make_api: ApiFactory,
) -> None:
    api = make_api(api_key=KEY)

    assert api.get("/").status_code == 200
    assert api.get("/capabilities").status_code == 200
    assert api.get("/static/style.css").status_code == 200
    r = api.get("/healthz")
    assert r.status_code == 200 and r.json()["status"] == "ok"


# -- CORS ------------------------------------------------------------------------------------


def test_no_cross_origin_access_by_default(api: Api) -> None:
    r = api.get("/healthz", headers={"Origin": "http://evil.example"})

    assert r.status_code == 200
    assert "access-control-allow-origin" not in r.headers
    pre = api.client.options(
        "/edit",
        headers={"Origin": "http://evil.example", "Access-Control-Request-Method": "POST"},
    )
    assert "access-control-allow-origin" not in pre.headers


def test_cross_origin_access_only_for_the_origins_configured(make_api: ApiFactory) -> None:
    api = make_api(cors_origins=["http://ok.example"])

    ok = api.get("/healthz", headers={"Origin": "http://ok.example"})
    evil = api.get("/healthz", headers={"Origin": "http://evil.example"})

    assert ok.headers["access-control-allow-origin"] == "http://ok.example"
    assert "access-control-allow-origin" not in evil.headers
    pre = api.client.options(
        "/edit",
        headers={
            "Origin": "http://ok.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization, content-type",
        },
    )
    assert pre.status_code == 200
    assert pre.headers["access-control-allow-origin"] == "http://ok.example"


# -- a restart -------------------------------------------------------------------------------


def test_restart_fails_interrupted_jobs_and_tidies_their_sessions(
    make_api: ApiFactory, clip2_mp4: Path, tmp_path: Path
) -> None:
    data = tmp_path / "restart"
    with TestClient(create_app(Settings(data_dir=data, previews=False))) as first:
        with clip2_mp4.open("rb") as f:
            sid = first.post("/sessions", files={"file": ("clip.mp4", f)}).json()["session_id"]
        edit = {"session_id": sid, "prompt": "make it louder"}
        finished = first.post("/edit?wait=true", json=edit).json()
        assert finished["version"] == 1
    # The server has stopped.
    # What a crash mid-edit leaves: a job on disk still running, a preview of a version that
    # never came to be, scratch files, a half-received upload.
    crashed = Job(session_id=sid, prompt="make it quieter", status="running")
    JobStore(data).save(crashed)
    queued = Job(session_id=sid, prompt="make it louder")
    JobStore(data).save(queued)
    root = data / "sessions" / sid
    (root / "previews").mkdir(exist_ok=True)
    kept = root / "previews" / "v0001.mp4"
    kept.write_bytes(b"preview of version 1")
    (root / "previews" / "v0009.mp4").write_bytes(b"half a preview")
    (root / "tmp" / "edit-abc").mkdir()
    (root / "tmp" / "edit-abc" / "out.mp4").write_bytes(b"half a render")
    (root / "tmp" / "stray.txt").write_text("x")
    (data / "uploads").mkdir(exist_ok=True)
    (data / "uploads" / ".upload-1234.part").write_bytes(b"half an upload")

    second = make_api(data_dir=data, previews=False)

    for job_id in (crashed.job_id, queued.job_id):
        job = second.job(job_id)
        assert job["status"] == "failed", job
        assert "server stopped" in job["error"]
        assert job["finished"] is not None
        assert second.events(job_id)[-1][0] == "error"
    assert not (root / "previews" / "v0009.mp4").exists()
    assert kept.exists()
    assert list((root / "tmp").iterdir()) == []
    assert not (data / "uploads").exists() or list((data / "uploads").iterdir()) == []
    s = second.session(sid)
    assert s["current"] == 1 and len(s["versions"]) == 2
    # The job that finished before the stop is still there to ask about.
    before = second.job(finished["job_id"])
    assert before["status"] == "succeeded" and before["output_url"] == finished["output_url"]
    assert second.events(finished["job_id"]) == [("done", before)]
    assert second.edit(sid, "make it quieter")["version"] == 2  # and work goes on


def test_an_edit_without_a_proxy_previews_from_the_file_itself(
    make_api: ApiFactory, clip2_mp4: Path
) -> None:
    api = make_api()
    upload = api.upload(clip2_mp4)
    sid = upload["session_id"]
    api.wait_job(upload["proxy_job_id"])
    proxy = api.session_dir(sid) / "media" / "proxy.mp4"
    proxy.unlink()  # as if the server had stopped before the proxy job finished

    job = api.edit(sid, "make it black and white")

    assert job["status"] == "succeeded", job
    assert job["preview_url"] == f"/sessions/{sid}/versions/1/preview"
    assert job["preview_partial"] is False  # a 2 s clip: previewed whole at once
    assert api.get(job["preview_url"]).status_code == 200


def test_a_small_copy_a_restart_stopped_is_made_again(
    make_api: ApiFactory, clip2_mp4: Path, tmp_path: Path
) -> None:
    data = tmp_path / "restart"
    with TestClient(create_app(Settings(data_dir=data))) as first:
        with clip2_mp4.open("rb") as f:
            upload = first.post("/sessions", files={"file": ("clip.mp4", f)}).json()
        sid = upload["session_id"]
        while first.get(f"/jobs/{upload['proxy_job_id']}").json()["status"] != "succeeded":
            time.sleep(0.05)
    proxy = data / "sessions" / sid / "media" / "proxy.mp4"
    proxy.unlink()
    # As if the server had stopped while the proxy job ran.
    JobStore(data).save(Job(session_id=sid, kind="proxy", status="running"))

    second = make_api(data_dir=data)

    end = time.monotonic() + 30
    while not proxy.is_file():
        assert time.monotonic() < end, "the small copy was not made again"
        time.sleep(0.05)
    assert second.get(f"/sessions/{sid}/versions/0/preview").status_code == 200
