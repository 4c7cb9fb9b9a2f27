"""A session's edits run one at a time in the order sent, whichever worker takes them; other
sessions' run beside them on the other worker."""

from __future__ import annotations

from pathlib import Path

from cluster_kit import Cluster, session, submit, upload, wait_job

PROMPTS = ["cut the first 0.5 seconds", "make it black and white", "speed it up 2x"]


def test_edits_of_three_sessions_on_two_workers_run_in_each_sessions_order(
    cluster: Cluster, clip3_mp4: Path
) -> None:
    cluster.start_workers(2)
    client = cluster.api()
    sessions = [upload(client, clip3_mp4) for _ in range(3)]
    # Sent interleaved, each session's in its own order (rotated, so the orders differ).
    sent: dict[str, list[str]] = {sid: [] for sid in sessions}
    jobs: list[str] = []
    for turn in range(3):
        for n, sid in enumerate(sessions):
            prompt = PROMPTS[(turn + n) % 3]
            sent[sid].append(prompt)
            jobs.append(submit(client, sid, prompt)["job_id"])

    ended = [wait_job(client, j, timeout=120) for j in jobs]

    assert [j["status"] for j in ended] == ["succeeded"] * 9, cluster.logs()
    for sid in sessions:
        versions = session(client, sid)["versions"][1:]
        assert [v["prompt"] for v in versions] == sent[sid]
        # Each builds on the one before: the first on the original.
        assert [v["parent"] for v in versions] == [0] + [v["number"] for v in versions[:-1]]
    # Both workers took part.
    assert set().union(*(cluster.workers_of(j) for j in jobs)) == {0, 1}
