"""What an operator meets: Redis restarted under queued and running jobs, `promptcut doctor`
with the broker up and down, `promptcut serve` with a broker it cannot reach."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from cluster_kit import Cluster, free_port, job, session, submit, upload, wait_job

PROMPTS = ["cut the first 0.5 seconds", "make it black and white", "speed it up 2x"]


def test_queued_jobs_survive_a_redis_restart_that_lost_everything(
    cluster: Cluster, clip3_mp4: Path
) -> None:
    client = cluster.api()
    sid = upload(client, clip3_mp4)
    jobs = [submit(client, sid, p)["job_id"] for p in PROMPTS]
    assert [job(client, j)["status"] for j in jobs] == ["queued"] * 3

    # Redis runs without persistence here: the restart loses the lanes and the queued tasks.
    before = cluster.redis.client().info("server")["run_id"]
    cluster.redis.stop()
    cluster.redis.start()
    assert cluster.redis.client().info("server")["run_id"] != before
    cluster.start_worker()

    ended = [wait_job(client, j, timeout=60) for j in jobs]
    assert [j["status"] for j in ended] == ["succeeded"] * 3, cluster.logs()
    versions = session(client, sid)["versions"][1:]
    assert [v["prompt"] for v in versions] == PROMPTS
    assert [v["parent"] for v in versions] == [0, 1, 2]


def _promptcut(
    cluster: Cluster, *args: str, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "promptcut", *args],
        env=cluster.env(COLUMNS="200"),
        cwd=cluster.root,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_doctor_reports_the_broker_and_its_workers_then_that_it_is_unreachable(
    cluster: Cluster,
) -> None:
    worker = cluster.start_worker()

    up = _promptcut(cluster, "doctor")

    assert up.returncode == 0, up.stderr
    assert f"{cluster.redis.url} reachable" in up.stdout, up.stdout
    assert f":{worker.pid} (concurrency 1" in up.stdout, up.stdout
    cluster.redis.stop()
    down = _promptcut(cluster, "doctor")
    assert down.returncode == 0, down.stderr
    assert "UNREACHABLE" in down.stdout and str(cluster.redis.port) in down.stdout, down.stdout


def test_serve_with_a_broker_it_cannot_reach_says_so_in_one_line_and_exits(
    cluster: Cluster,
) -> None:
    cluster.redis.stop()

    served = _promptcut(cluster, "serve", "--port", str(free_port()), timeout=30)

    assert served.returncode != 0
    said = [line for line in served.stderr.splitlines() if "broker" in line]
    assert len(said) == 1, served.stderr
    assert "cannot be reached" in said[0] and cluster.redis.url in said[0], said
    assert "Traceback" not in served.stderr and "open http" not in served.stdout


def test_a_render_running_while_redis_restarts_goes_on_and_ends_once(
    cluster: Cluster, slow_mp4: Path
) -> None:
    cluster.start_workers(2)
    client = cluster.api()
    sid = upload(client, slow_mp4)
    job_id = submit(client, sid, "stabilize it")["job_id"]
    running = wait_job(client, job_id, until=lambda j: j["status"] != "queued" and j["progress"])
    assert running["status"] == "running", running

    cluster.redis.stop()
    cluster.redis.start()

    ended = wait_job(client, job_id, timeout=120)
    assert ended["status"] == "succeeded", (ended, cluster.logs())
    # Not run a second time by the other worker while the first took its lease again.
    assert len(cluster.workers_of(job_id)) == 1, cluster.logs()
    s = session(client, sid)
    assert [v["number"] for v in s["versions"]] == [0, ended["version"]]
    assert [h["outcome"] for h in s["history"]] == ["succeeded"]
