"""The embedded job runner without ffmpeg: lanes, order, cancelling, events, the store."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from promptcut.errors import Cancelled, ExecutionError, InvalidRequest, NotFound
from promptcut.jobs import Job, JobStore, LocalRunner, tasks
from promptcut.jobs.store import INTERRUPTED
from promptcut.orchestrator import Orchestrator
from promptcut.settings import Settings


class _Script:
    """Stands in for an edit's work (`tasks._edit`); the real `tasks.run` around it turns
    what the work raises into the job's state, so that mapping is the one under test."""

    def __init__(self) -> None:
        self.log: list[tuple[str, str, float]] = []
        self.lock = threading.Lock()
        self.release = threading.Event()

    def edit(self, orch: Any, job: Job, update: tasks.Update, cancel: threading.Event) -> None:
        with self.lock:
            self.log.append(("start", job.prompt, time.monotonic()))
        try:
            if job.prompt.startswith("block"):
                while not self.release.is_set():
                    if cancel.wait(0.01):
                        raise Cancelled("stopped")
            if job.prompt == "refuse":
                raise InvalidRequest("that cannot be done (run 'promptcut ops' to see them)")
            if job.prompt == "machine fails":
                raise ExecutionError("ffmpeg died\nits last lines")
            if job.prompt == "bug":
                raise KeyError("oops")
            for i in range(1, 6):
                update("progress", {"progress": i / 10})
        finally:
            with self.lock:
                self.log.append(("end", job.prompt, time.monotonic()))


@pytest.fixture
def script(monkeypatch: pytest.MonkeyPatch) -> _Script:
    s = _Script()
    monkeypatch.setattr(tasks, "_edit", s.edit)
    return s


@pytest.fixture
def runner(tmp_path: Path, script: _Script) -> Any:
    r = LocalRunner(Orchestrator(Settings(data_dir=tmp_path)), workers=2)
    yield r
    script.release.set()
    r.close()


def _wait(runner: LocalRunner, job: Job) -> Job:
    end = time.monotonic() + 10
    done = runner.get(job.job_id)
    while not done.done and time.monotonic() < end:
        time.sleep(0.02)
        done = runner.get(job.job_id)
    assert done.done, done
    return done


def test_jobs_of_one_session_run_one_at_a_time_in_order(runner: LocalRunner, script: _Script):
    jobs = [runner.submit(Job(session_id="a" * 32, prompt=f"edit {i}")) for i in range(4)]
    for job in jobs:
        assert _wait(runner, job).status == "succeeded"
    starts = [p for kind, p, _ in script.log if kind == "start"]
    assert starts == [f"edit {i}" for i in range(4)]
    # Each ends before the next starts.
    kinds = [kind for kind, _, _ in script.log]
    assert kinds == ["start", "end"] * 4


def test_sessions_run_side_by_side(runner: LocalRunner, script: _Script):
    first = runner.submit(Job(session_id="a" * 32, prompt="block a"))
    second = runner.submit(Job(session_id="b" * 32, prompt="edit b"))
    assert _wait(runner, second).status == "succeeded"
    assert runner.get(first.job_id).status == "running"
    script.release.set()
    assert _wait(runner, first).status == "succeeded"


def test_a_queued_job_cancelled_never_runs(runner: LocalRunner, script: _Script):
    first = runner.submit(Job(session_id="a" * 32, prompt="block"))
    queued = runner.submit(Job(session_id="a" * 32, prompt="never"))
    after = runner.submit(Job(session_id="a" * 32, prompt="after"))
    assert runner.cancel(queued.job_id).status == "cancelled"
    script.release.set()
    # A lane runs its jobs in order: once the job queued after it has finished, the cancelled
    # one would have run already if it ever were to (no sleep-and-look).
    assert _wait(runner, after).status == "succeeded"
    assert [p for kind, p, _ in script.log if kind == "start"] == ["block", "after"]
    assert runner.get(first.job_id).status == "succeeded"
    assert runner.get(queued.job_id).status == "cancelled"


def test_a_running_job_is_cancelled_through_its_switch(runner: LocalRunner):
    job = runner.submit(Job(session_id="a" * 32, prompt="block"))
    deadline = time.monotonic() + 5
    while runner.get(job.job_id).status != "running" and time.monotonic() < deadline:
        time.sleep(0.01)
    runner.cancel(job.job_id)
    assert _wait(runner, job).status == "cancelled"


def test_a_refusal_is_a_failed_job_with_the_reason(runner: LocalRunner):
    job = _wait(runner, runner.submit(Job(session_id="a" * 32, prompt="refuse")))
    # The page has no command line: the hint to run a command is left out.
    assert (job.status, job.error, job.refused) == ("failed", "that cannot be done", True)
    assert job.finished is not None and job.stage is None


def test_a_machine_failure_is_failed_but_not_refused(runner: LocalRunner):
    job = _wait(runner, runner.submit(Job(session_id="a" * 32, prompt="machine fails")))
    assert (job.status, job.error, job.refused) == ("failed", "ffmpeg died | its last lines", False)


def test_a_bug_is_an_internal_error_not_a_crashed_worker(runner: LocalRunner):
    job = _wait(runner, runner.submit(Job(session_id="a" * 32, prompt="bug")))
    assert (job.status, job.error, job.refused) == (
        "failed",
        "internal error: KeyError: 'oops'",
        False,
    )
    # The lane goes on.
    assert _wait(runner, runner.submit(Job(session_id="a" * 32, prompt="edit"))).status == (
        "succeeded"
    )


def test_events_replay_in_order_and_keep_only_the_latest_progress(runner: LocalRunner):
    job = _wait(runner, runner.submit(Job(session_id="a" * 32, prompt="edit")))
    events = runner.events(job.job_id)
    names = [name for _, name, _ in events]
    assert names == ["status", "status", "progress", "done"]
    assert events[2][2]["progress"] == 0.5
    seqs = [seq for seq, _, _ in events]
    assert seqs == sorted(seqs)
    assert runner.events(job.job_id, after=seqs[-1]) == []
    assert events[-1][2]["status"] == "succeeded"


def test_the_store_keeps_the_final_state(runner: LocalRunner, tmp_path: Path):
    job = _wait(runner, runner.submit(Job(session_id="a" * 32, prompt="edit")))
    kept = JobStore(tmp_path).load(job.job_id)
    assert (kept.status, kept.progress) == ("succeeded", 1.0)


def test_unknown_and_malformed_job_ids_are_not_found(runner: LocalRunner):
    for bad in ("0" * 32, "../../etc/passwd", "", "ABC"):
        with pytest.raises(NotFound):
            runner.get(bad)
        with pytest.raises(NotFound):
            runner.events(bad)


def test_a_restart_fails_what_was_interrupted(tmp_path: Path, script: _Script):
    store = JobStore(tmp_path)
    running = Job(session_id="c" * 32, status="running")
    queued = Job(session_id="c" * 32)
    finished = Job(session_id="c" * 32, status="succeeded", version=1)
    for job in (running, queued, finished):
        store.save(job)
    r = LocalRunner(Orchestrator(Settings(data_dir=tmp_path)), workers=1)
    try:
        for job in (running, queued):
            again = r.get(job.job_id)
            assert (again.status, again.error) == ("failed", INTERRUPTED)
            assert r.events(job.job_id)[0][1] == "error"
        assert r.get(finished.job_id).status == "succeeded"
    finally:
        r.close()


def test_closing_marks_running_jobs_interrupted(tmp_path: Path, script: _Script):
    r = LocalRunner(Orchestrator(Settings(data_dir=tmp_path)), workers=1)
    job = r.submit(Job(session_id="a" * 32, prompt="block"))
    deadline = time.monotonic() + 5
    while r.get(job.job_id).status != "running" and time.monotonic() < deadline:
        time.sleep(0.01)
    r.close()
    after = JobStore(tmp_path).load(job.job_id)
    assert (after.status, after.error) == ("failed", INTERRUPTED)
