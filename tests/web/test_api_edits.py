"""Edits as jobs: `POST /edit`, `GET /jobs/{id}`, `GET /jobs/{id}/events`, one lane per session."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import av
import pytest

from promptcut.errors import without_command_hints
from promptcut.media.packets import length_size, picture_checksum

if TYPE_CHECKING:
    from api_kit import Api, ApiFactory

JOB_KEYS = {
    "job_id", "session_id", "status", "progress", "stage", "plan", "error", "version",
    "output_url",
}  # fmt: skip


def _cli_error(tmp_path: Path, source: Path, prompt: str) -> str:
    """What `promptcut edit` says on stderr for `prompt` (it must refuse with exit 2)."""
    home = tmp_path / "cli"
    home.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "promptcut", "edit", str(source), prompt, "-o", "out.mp4"],
        env={**os.environ, "PROMPTCUT_DATA_DIR": str(home / "data"), "COLUMNS": "400"},
        cwd=home,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    return done.stderr.strip()


# -- POST /edit ------------------------------------------------------------------------------


def test_edit_is_accepted_as_a_job_that_runs_to_a_new_version(
    api: Api, clip2_mp4: Path, tmp_path: Path
) -> None:
    sid = api.upload(clip2_mp4)["session_id"]

    accepted = api.submit(sid, "cut the first 0.5 seconds")

    assert accepted["session_id"] == sid
    assert accepted["status"] in {"queued", "running"}
    assert accepted["events_url"] == f"/jobs/{accepted['job_id']}/events"
    job = api.wait_job(accepted["job_id"])
    assert job["status"] == "succeeded", job
    assert job["version"] == 1
    assert job["output_url"] == f"/sessions/{sid}/versions/1"
    out = api.download(job["output_url"], tmp_path / "v1.mp4")
    assert abs(api.measure(out).duration - 1.5) < 0.1


def test_edit_with_wait_answers_with_the_finished_job(api: Api, clip2_mp4: Path) -> None:
    sid = api.upload(clip2_mp4)["session_id"]

    r = api.post(
        "/edit", params={"wait": "true"},
        json={"session_id": sid, "prompt": "cut the first 0.5 seconds"},
    )  # fmt: skip

    assert r.status_code == 200, r.text
    job = r.json()
    assert set(job) >= JOB_KEYS
    assert job["status"] == "succeeded"
    assert job["progress"] == 1.0
    assert job["stage"] is None and job["error"] is None
    assert job["version"] == 1
    assert job["output_url"] == f"/sessions/{sid}/versions/1"
    assert job["preview_url"] == f"/sessions/{sid}/versions/1/preview"
    assert [s["op"] for s in job["plan"]["steps"]] == ["trim"]
    # a cut of an H.264 clip takes the copying path and says how it went
    assert job["copying"] is not None and job["copying"]["reason"] is None
    assert 0.0 <= job["copying"]["copied"] <= 1.0
    assert job["steps"] and all(isinstance(s, str) for s in job["steps"])
    assert job["started"] and job["finished"]
    assert all(bar["phase"] == "done" and bar["fraction"] == 1.0 for bar in job["stages"])


def _picture_packets(path: Path) -> list[int]:
    """Each video packet's coded picture (its slices, whatever headers a copy adds), as CRCs."""
    with av.open(str(path)) as c:
        nal = length_size(c.streams.video[0].codec_context.extradata)
        return [picture_checksum(bytes(p), nal) for p in c.demux(video=0) if p.size]


def test_reencode_in_the_request_encodes_the_whole_picture_like_the_cli_flag(
    api: Api, gops_mp4: Path, tmp_path: Path
) -> None:
    """The same cut in two sessions: by default its whole GOPs are copied and the job says
    how much; with `reencode` the picture is encoded whole and there is no copying to report."""
    prompt = "keep 0:01 to 0:02"
    made: dict[bool, tuple[dict[str, Any], list[int]]] = {}
    for reencode in (False, True):
        sid = api.upload(gops_mp4)["session_id"]
        r = api.post(
            "/edit", params={"wait": "true"},
            json={"session_id": sid, "prompt": prompt, "reencode": reencode},
        )  # fmt: skip
        assert r.status_code == 200, r.text
        job = r.json()
        assert job["status"] == "succeeded", job
        assert job["reencode"] is reencode
        out = api.download(job["output_url"], tmp_path / f"v-{reencode}.mp4")
        assert abs(api.measure(out).duration - 1.0) < 0.05
        made[reencode] = job, _picture_packets(out)
    source = set(_picture_packets(gops_mp4))
    (copied, copied_packets), (encoded, encoded_packets) = made[False], made[True]
    assert copied["copying"] == {"copied": 1.0, "reason": None}
    assert len(copied_packets) == 25 and all(p in source for p in copied_packets)
    assert encoded["copying"] is None
    assert len(encoded_packets) == 25 and not any(p in source for p in encoded_packets)


def test_edit_not_understood_is_422_with_the_clis_message_less_its_command(
    api: Api, clip2_mp4: Path, tmp_path: Path
) -> None:
    sid = api.upload(clip2_mp4)["session_id"]

    r = api.post("/edit", json={"session_id": sid, "prompt": "make it purple"})

    assert r.status_code == 422, r.text
    body = r.json()
    assert "'make it purple'" in body["detail"]
    assert body["error"] == "NotUnderstood"
    assert body["clause"] == "make it purple"
    assert body["suggestions"]
    cli = _cli_error(tmp_path, clip2_mp4, "make it purple")
    assert "promptcut ops" in cli  # at a command line it says which command lists them all
    assert "promptcut ops" not in body["detail"]  # on the page there is no command line
    assert without_command_hints(cli) == f"promptcut: {body['detail']}"
    assert api.session(sid)["history"] == []  # refused before it became a job


@pytest.mark.parametrize("prompt", ["rotate the video", "trim the video"])
def test_an_underspecified_edit_is_422_asking_with_whole_requests_to_try(
    api: Api, clip2_mp4: Path, prompt: str
) -> None:
    """What the page shows as a question and buttons: the question, no command to run, and
    suggestions that are whole requests the planner reads as they are."""
    sid = api.upload(clip2_mp4)["session_id"]

    r = api.post("/edit", json={"session_id": sid, "prompt": prompt})

    assert r.status_code == 422, r.text
    body = r.json()
    assert body["error"] == "NotUnderstood"
    assert body["clause"] == prompt
    assert "?" in body["detail"]  # it asks for what is missing
    assert "(run '" not in body["detail"] and "promptcut ops" not in body["detail"]
    assert body["suggestions"] and all(isinstance(s, str) and s for s in body["suggestions"])
    for suggestion in body["suggestions"]:
        tried = api.post(
            "/edit", params={"wait": "true"}, json={"session_id": sid, "prompt": suggestion}
        )
        # Understood as it is: done, or refused only for its example times (the clip is 2 s).
        if tried.status_code == 200:
            assert tried.json()["status"] == "succeeded", tried.text
        else:
            assert tried.json()["error"] == "InvalidRequest", tried.text


def test_edit_past_the_end_is_422_naming_the_real_duration(api: Api, clip2_mp4: Path) -> None:
    sid = api.upload(clip2_mp4)["session_id"]

    r = api.post("/edit", json={"session_id": sid, "prompt": "cut from 0:10 to 0:20"})

    assert r.status_code == 422, r.text
    detail = r.json()["detail"]
    assert "2.0 s" in detail
    assert "10.0" in detail
    assert api.session(sid)["current"] == 0


def test_edit_of_an_unknown_session_is_404(api: Api) -> None:
    for sid in ["0" * 32, "not-a-session"]:
        r = api.post("/edit", json={"session_id": sid, "prompt": "make it louder"})
        assert r.status_code == 404, r.text
        assert r.json()["error"] == "NotFound"


@pytest.mark.parametrize(
    "body",
    [
        {"prompt": "make it louder"},
        {"session_id": "0" * 32},
        {"session_id": "0" * 32, "prompt": ""},
    ],
)
def test_edit_with_a_malformed_body_is_422(api: Api, body: dict[str, str]) -> None:
    r = api.post("/edit", json=body)

    assert r.status_code == 422, r.text


def test_edit_of_only_questions_answers_them_and_makes_no_version(
    api: Api, clip2_mp4: Path
) -> None:
    sid = api.upload(clip2_mp4)["session_id"]

    job = api.edit(sid, "how long is it?")

    assert job["version"] is None and job["output_url"] is None
    assert job["answers"] and "2.0" in " ".join(job["answers"])
    s = api.session(sid)
    assert s["current"] == 0 and len(s["versions"]) == 1


def test_answered_job_leaves_no_bar_waiting(api: Api, clip2_mp4: Path) -> None:
    """A finished job's bars are finished too: the page shows each bar's phase, and an
    answered question must not sit under "Waiting" forever."""
    sid = api.upload(clip2_mp4)["session_id"]

    job = api.edit(sid, "how long is it?")

    assert job["progress"] == 1.0
    assert [bar for bar in job["stages"] if bar["phase"] != "done"] == []


@pytest.mark.parametrize("prompt", ["   ", "please", "thanks!"])
def test_edit_that_asks_for_nothing_is_422(api: Api, clip2_mp4: Path, prompt: str) -> None:
    sid = api.upload(clip2_mp4)["session_id"]

    r = api.post("/edit", json={"session_id": sid, "prompt": prompt})

    assert r.status_code == 422, r.text
    assert "the request is empty" in r.json()["detail"]


# -- GET /jobs/{id} --------------------------------------------------------------------------


def test_job_shows_its_state(api: Api, clip2_mp4: Path) -> None:
    sid = api.upload(clip2_mp4)["session_id"]
    accepted = api.submit(sid, "make it louder")

    job = api.job(accepted["job_id"])

    assert set(job) >= JOB_KEYS
    assert job["job_id"] == accepted["job_id"] and job["session_id"] == sid
    assert job["status"] in {"queued", "running", "succeeded"}
    assert 0.0 <= job["progress"] <= 1.0
    done = api.wait_job(accepted["job_id"])
    assert done["status"] == "succeeded" and done["progress"] == 1.0


@pytest.mark.parametrize("job_id", ["nothex", "0" * 32, "..%2f..%2fetc", "A" * 32, "0" * 33])
def test_unknown_or_malformed_job_is_404(api: Api, job_id: str) -> None:
    for url in (f"/jobs/{job_id}", f"/jobs/{job_id}/events"):
        r = api.get(url)
        assert r.status_code == 404, (url, r.text)
    r = api.post(f"/jobs/{job_id}/cancel")
    assert r.status_code == 404, r.text


# -- GET /jobs/{id}/events -------------------------------------------------------------------


def test_events_tell_the_plan_stages_preview_and_end_with_done(api: Api, clip2_mp4: Path) -> None:
    sid = api.upload(clip2_mp4)["session_id"]
    job_id = api.submit(sid, "make it black and white")["job_id"]

    events = api.events(job_id)

    names = [name for name, _ in events]
    assert names[-1] == "done", names
    assert names.count("done") == 1
    assert "plan" in names and "stage" in names and "preview" in names
    assert names.index("plan") < names.index("preview") < names.index("done")
    for _, data in events:
        assert set(data) >= JOB_KEYS and data["job_id"] == job_id
    plan = dict(events)["plan"]
    assert [s["op"] for s in plan["plan"]["steps"]] == ["grayscale"]
    preview = dict(events)["preview"]
    assert preview["preview_url"] == f"/sessions/{sid}/versions/1/preview"
    assert preview["version"] is None  # the preview is there before the version
    assert api.get(preview["preview_url"]).status_code == 200
    last = events[-1][1]
    assert last["status"] == "succeeded" and last["version"] == 1 and last["progress"] == 1.0
    progress = [data["progress"] for _, data in events]
    assert progress == sorted(progress)


def test_events_of_a_finished_job_end_at_once_with_its_outcome(api: Api, clip2_mp4: Path) -> None:
    sid = api.upload(clip2_mp4)["session_id"]
    job = api.edit(sid, "make it louder")

    events = api.events(job["job_id"])

    assert events[-1][0] == "done"
    assert events[-1][1]["version"] == job["version"]
    assert api.events(job["job_id"])[-1][0] == "done"  # and again, for anyone who asks


def test_events_resume_after_the_last_event_id(api: Api, clip2_mp4: Path) -> None:
    sid = api.upload(clip2_mp4)["session_id"]
    job = api.edit(sid, "make it louder")
    with api.client.stream("GET", f"/jobs/{job['job_id']}/events") as r:
        ids = [line.partition(":")[2].strip() for line in r.iter_lines() if line.startswith("id:")]
    assert len(ids) >= 3

    events = api.events(job["job_id"], **{"Last-Event-ID": ids[-2]})

    assert [name for name, _ in events] == ["done"]


def test_edit_that_becomes_impossible_before_it_runs_fails_as_refused(
    make_api: ApiFactory, slow_mp4: Path
) -> None:
    api = make_api(previews=False)
    sid = api.upload(slow_mp4)["session_id"]
    # Both are checked against the 20 s original; the second runs on the first's 10 s result.
    first = api.submit(sid, "speed it up 2x")
    second = api.submit(sid, "cut from 0:12 to 0:15")
    assert api.job(first["job_id"])["status"] in {"queued", "running"}

    events = api.events(second["job_id"])

    assert [name for name, _ in events][-1] == "error"
    job = events[-1][1]
    assert job["status"] == "failed" and job["refused"] is True
    assert "10.0 s" in job["error"] and job["version"] is None
    assert api.job(first["job_id"])["version"] == 1
    s = api.session(sid)
    assert s["current"] == 1 and len(s["versions"]) == 2


def test_edit_refused_when_it_runs_is_recorded_in_the_history(
    make_api: ApiFactory, slow_mp4: Path
) -> None:
    """An accepted edit (202) that ends refused is an attempt like any other: the history
    keeps it with its reason, as it keeps every edit that fails once running."""
    api = make_api(previews=False)
    sid = api.upload(slow_mp4)["session_id"]
    first = api.submit(sid, "speed it up 2x")
    second = api.submit(sid, "cut from 0:12 to 0:15")
    assert api.job(first["job_id"])["status"] in {"queued", "running"}

    job = api.wait_job(second["job_id"])

    assert job["status"] == "failed" and job["refused"] is True
    history = api.session(sid)["history"]
    assert [h["outcome"] for h in history] == ["succeeded", "refused"]
    assert history[1]["prompt"] == "cut from 0:12 to 0:15"
    assert history[1]["parent_version"] == 1
    assert history[1]["error"] == job["error"]
