"""A worker killed mid-render, and cancel of a job running on a worker."""

from __future__ import annotations

import json
import os
import signal
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from cluster_kit import Cluster, job, left_in, running_in, session, submit, upload, wait_job

from promptcut.jobs.broker import Broker
from promptcut.jobs.model import Job
from promptcut.jobs.store import JobStore


def _rendering(folder: Path) -> Any:
    """The job reached its long render (stage 2 of stabilizing) and its ffmpeg runs."""

    def check(found: dict[str, Any]) -> bool:
        if found["status"] in ("succeeded", "failed", "cancelled"):
            return True
        stage = found["stage"] or ""
        return "rendering full quality (stage 2 of 2)" in stage and any(
            "ffmpeg" in args for _, _, args in running_in(folder)
        )

    return check


@pytest.mark.parametrize("isolated", [True, False], ids=["bubblewrap", "tether"])
def test_a_job_whose_worker_is_killed_mid_render_ends_once_on_the_other_worker(
    cluster: Cluster, slow_mp4: Path, isolated: bool
) -> None:
    # Unconfined scripts die with their worker by the tether; isolated ones by bubblewrap's
    # --die-with-parent: both are the kernel's parent-death signal.
    workers = cluster.start_workers(2, isolated=isolated)
    client = cluster.api()
    sid = upload(client, slow_mp4)
    folder = cluster.data_dir / "sessions" / sid
    job_id = submit(client, sid, "stabilize it")["job_id"]
    running = wait_job(client, job_id, until=_rendering(folder))
    assert running["status"] == "running", running
    (first,) = cluster.workers_of(job_id)
    doomed = [pid for pid, _, args in running_in(folder)]
    assert doomed
    tethered = any("tether.py" in args for _, _, args in running_in(folder))
    assert tethered != isolated, running_in(folder)

    os.kill(workers[first].pid, signal.SIGKILL)
    workers[first].wait(timeout=10)
    killed_at = time.monotonic()

    # Nothing of the dead worker's render lives on.
    end = time.monotonic() + 5
    while any(pid in doomed for pid, _, _ in running_in(folder)) and time.monotonic() < end:
        time.sleep(0.1)
    assert [a for p, _, a in running_in(folder) if p in doomed] == []
    # Run again by the other worker within a minute, from the start.
    cluster.wait_for(lambda: len(cluster.workers_of(job_id)) == 2, "the job to run again", 60)
    assert time.monotonic() - killed_at < 60
    ended = wait_job(client, job_id, timeout=120)
    assert ended["status"] == "succeeded", (ended, cluster.logs())
    s = session(client, sid)
    assert [v["number"] for v in s["versions"]] == [0, ended["version"]]
    assert s["current"] == ended["version"]
    assert [h["outcome"] for h in s["history"]] == ["succeeded"]
    assert len(list((folder / "versions").iterdir())) == 1
    assert list((folder / "tmp").iterdir()) == []
    assert list(folder.glob("logs/*/.run-*")) == []
    assert left_in(folder) == []


def test_cancel_reaches_the_worker_running_the_job_and_a_queued_one_never_runs(
    cluster: Cluster, slow_mp4: Path
) -> None:
    cluster.start_worker()
    client = cluster.api()
    sid = upload(client, slow_mp4)
    folder = cluster.data_dir / "sessions" / sid
    long_id = submit(client, sid, "stabilize it")["job_id"]
    queued_id = submit(client, sid, "make it black and white")["job_id"]
    assert wait_job(client, long_id, until=_rendering(folder))["status"] == "running"

    r = client.post(f"/jobs/{queued_id}/cancel")
    assert r.status_code == 200 and r.json()["status"] == "cancelled", r.text
    t0 = time.monotonic()
    r = client.post(f"/jobs/{long_id}/cancel")

    assert r.status_code == 200, r.text
    assert r.json()["status"] == "cancelled", r.json()
    assert time.monotonic() - t0 < 5
    assert left_in(folder) == []
    s = session(client, sid)
    assert s["current"] == 0 and [v["number"] for v in s["versions"]] == [0]
    assert list((folder / "versions").iterdir()) == []
    assert list((folder / "tmp").iterdir()) == []
    # The queued one never ran, also once the lane moved on past the cancelled one.
    time.sleep(1.5)
    never = job(client, queued_id)
    assert never["status"] == "cancelled" and never["started"] is None
    assert f"job {queued_id} (".encode() not in (cluster.root / "worker0.log").read_bytes()
    assert [h["outcome"] for h in s["history"]] == ["cancelled"]


def test_a_version_made_by_an_attempt_that_died_before_saying_so_is_the_jobs_result(
    cluster: Cluster, clip3_mp4: Path
) -> None:
    cluster.start_worker()
    client = cluster.api()
    sid = upload(client, clip3_mp4)
    made = wait_job(client, submit(client, sid, "make it black and white")["job_id"])
    assert made["status"] == "succeeded" and made["version"] == 1
    # What a worker killed right after promoting version 1 leaves: the version, no history
    # entry for it, and its job still running in the store and at the head of its lane.
    folder = cluster.data_dir / "sessions" / sid
    history = folder / "history.json"
    history.write_text(json.dumps(json.loads(history.read_text())[:-1]))
    store = JobStore(cluster.data_dir)
    dead = store.load(made["job_id"]).model_copy(
        update={"job_id": uuid.uuid4().hex, "status": "running", "version": None, "finished": None}
    )
    store.save(dead)
    Broker(cluster.redis.url).push(sid, dead.job_id)  # the reaper finds it without a lease

    ended = wait_job(client, dead.job_id, timeout=30)

    assert ended["status"] == "succeeded" and ended["version"] == 1, ended
    s = session(client, sid)
    assert [v["number"] for v in s["versions"]] == [0, 1]
    assert [(h["outcome"], h["output_version"]) for h in s["history"]] == [("succeeded", 1)]
    assert list((folder / "versions").iterdir()) == [folder / "versions" / "v0001.mp4"]


def test_a_job_whose_worker_died_under_it_three_times_is_not_started_again(
    cluster: Cluster, clip3_mp4: Path
) -> None:
    cluster.start_worker()
    client = cluster.api()
    sid = upload(client, clip3_mp4)
    folder = cluster.data_dir / "sessions" / sid
    # What the third dead worker left: the job running in the store, its scratch, three starts.
    dead = Job(session_id=sid, prompt="make it black and white", status="running")
    dead = dead.model_copy(update={"started": dead.created})
    JobStore(cluster.data_dir).save(dead)
    (folder / "tmp" / "edit-dead").mkdir(parents=True)
    (folder / "tmp" / "edit-dead" / "half.mp4").write_bytes(b"\0" * 1000)
    cluster.redis.client().set(f"promptcut:tries:{dead.job_id}", 3)
    Broker(cluster.redis.url).push(sid, dead.job_id)

    ended = wait_job(client, dead.job_id, timeout=30)

    assert ended["status"] == "failed", ended
    assert "stopped 3 times" in ended["error"], ended
    assert cluster.workers_of(dead.job_id) == set()  # not started
    assert list((folder / "tmp").iterdir()) == []
    assert [v["number"] for v in session(client, sid)["versions"]] == [0]
    # The session's next edit runs as usual.
    assert wait_job(client, submit(client, sid, "speed it up 2x")["job_id"])["version"] == 1
