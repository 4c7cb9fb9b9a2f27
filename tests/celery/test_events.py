"""A worker's job as the API streams it: progress, then done; Last-Event-ID resumes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cluster_kit import Cluster, submit, upload, wait_job
from fastapi.testclient import TestClient


def _stream(client: TestClient, job_id: str, **headers: str) -> list[tuple[int, str, Any]]:
    """(id, event, data) of each server-sent event, read until the server ends the stream."""
    found: list[tuple[int, str, Any]] = []
    with client.stream("GET", f"/jobs/{job_id}/events", headers=headers) as r:
        assert r.status_code == 200, r.read()
        assert r.headers["content-type"].startswith("text/event-stream")
        fields: dict[str, str] = {}
        for line in r.iter_lines():
            if line.startswith(":"):
                continue
            if not line:
                if fields:
                    found.append((int(fields["id"]), fields["event"], json.loads(fields["data"])))
                fields = {}
                continue
            name, _, value = line.partition(": ")
            fields[name] = value
    return found


def test_events_of_a_worker_run_job_show_progress_end_with_done_and_resume(
    cluster: Cluster, slow_mp4: Path
) -> None:
    cluster.start_worker()
    client = cluster.api()
    sid = upload(client, slow_mp4)
    job_id = submit(client, sid, "make it black and white")["job_id"]

    seen = _stream(client, job_id)

    names = [name for _, name, _ in seen]
    assert names[-1] == "done", names
    assert "progress" in names and names.index("progress") < len(names) - 1
    # Bars filled as the worker rendered: some progress strictly between start and end.
    fractions = [body["progress"] for _, name, body in seen if name == "progress"]
    assert any(0 < f < 1 for f in fractions), fractions
    assert seen[-1][2]["status"] == "succeeded" and seen[-1][2]["version"] == 1
    ids = [seq for seq, _, _ in seen]
    assert ids == sorted(set(ids)), ids
    # Replayed after the end: every event but progress superseded by later progress.
    replay = _stream(client, job_id)
    assert replay[-1] == seen[-1]
    assert [h for h in replay if h[1] != "progress"] == [h for h in seen if h[1] != "progress"]
    # A watcher that saw the first progress resumes right after it, with nothing seen twice.
    mark = next(seq for seq, name, _ in seen if name == "progress")
    resumed = _stream(client, job_id, **{"Last-Event-ID": str(mark)})
    assert resumed == [h for h in replay if h[0] > mark]
    assert resumed[-1] == seen[-1] and all(seq > mark for seq, _, _ in resumed)
    # After the end: nothing more, and the stream ends at once.
    assert _stream(client, job_id, **{"Last-Event-ID": str(ids[-1])}) == []
    assert wait_job(client, job_id)["status"] == "succeeded"
