"""The embedded job runner: a bounded pool of threads in the server's own process."""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict, deque
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

from promptcut.errors import NotFound
from promptcut.jobs import tasks
from promptcut.jobs.model import TERMINAL, Job, JobEvent
from promptcut.jobs.runner import Happening
from promptcut.jobs.store import INTERRUPTED, JobStore
from promptcut.orchestrator import Orchestrator
from promptcut.session import Session

__all__ = ["LocalRunner"]

log = logging.getLogger("promptcut.jobs")

#: finished jobs kept in memory with their events; older ones are read back from the store
_KEEP_FINISHED = 256
#: progress is saved to disk at most this often (status changes are saved at once)
_SAVE_EVERY = 1.0


class _Live:
    """A job in memory: its latest state, what it reported, and its stop switch."""

    def __init__(self, job: Job) -> None:
        self.job = job
        self.events: list[Happening] = []
        self.cancel = threading.Event()
        self.saved = 0.0


class LocalRunner:
    """Runs jobs on `workers` threads, one job at a time per session, in submission order.

    Every state change is kept in memory for watchers (`events`) and written to the job store;
    at start, jobs a previous process left queued or running are marked failed and their
    sessions tidied (scratch files, previews of versions that never came to be).
    """

    def __init__(self, orchestrator: Orchestrator, workers: int = 2) -> None:
        self.orch = orchestrator
        self.store = JobStore(orchestrator.settings.data_dir)
        self._lock = threading.Lock()
        self._live: OrderedDict[str, _Live] = OrderedDict()
        self._lanes: dict[str, deque[str]] = {}
        self._seq = 0
        self._closing = False
        unmade: list[str] = []
        for job in self.store.fail_interrupted():
            log.warning("job %s was interrupted by a restart", job.job_id)
            try:
                Session.open(orchestrator.settings.data_dir, job.session_id).tidy()
            except (NotFound, OSError) as e:
                log.warning("could not tidy session %s: %s", job.session_id, e)
            else:
                if job.kind == "proxy":
                    unmade.append(job.session_id)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="promptcut-job")
        for session_id in unmade:
            # Previews start from the small copy; without it they shrink the full-size file.
            self.submit(Job(session_id=session_id, kind="proxy"))

    # -- the JobRunner interface --------------------------------------------------------------

    def submit(self, job: Job) -> Job:
        with self._lock:
            if self._closing:
                raise RuntimeError("the job runner is shutting down")
            live = _Live(job)
            self._live[job.job_id] = live
            lane = self._lanes.get(job.session_id)
            waiting = (
                "waiting for the edit before this one"
                if lane is not None and job.kind == "edit"
                else "waiting for a free worker"
            )
            # Said in the job from the start: a client shows unconfined runs before they run.
            self._record(live, "status", {"isolated": self.orch.isolated, "stage": waiting})
            if job.kind == "proxy":
                # Outside the session's lane: the first edit does not wait for the small copy
                # (its preview starts from the full-size file meanwhile).
                self._pool.submit(self._run_one, job.job_id)
            elif lane is None:
                # The session is idle: its lane opens with this job.
                self._lanes[job.session_id] = deque()
                self._pool.submit(self._work, job.session_id, job.job_id)
            else:
                lane.append(job.job_id)
            return live.job

    def get(self, job_id: str) -> Job:
        with self._lock:
            live = self._live.get(job_id)
            if live is not None:
                return live.job
        return self.store.load(job_id)

    def cancel(self, job_id: str) -> Job:
        with self._lock:
            live = self._live.get(job_id)
            if live is None:
                return self.store.load(job_id)  # not running here: finished, or unknown
            if live.job.status == "queued":
                # It never starts: its lane skips it when its turn comes.
                self._record(
                    live, "cancelled", {"status": "cancelled", "finished": datetime.now(UTC)}
                )
            elif live.job.status == "running":
                live.cancel.set()
            return live.job

    def events(self, job_id: str, after: int = 0) -> list[Happening]:
        with self._lock:
            live = self._live.get(job_id)
            if live is not None:
                return [h for h in live.events if h[0] > after]
        job = self.store.load(job_id)
        kind: JobEvent = {"succeeded": "done", "failed": "error"}.get(job.status, job.status)  # type: ignore[assignment]
        return [(1, kind, job.body())] if after < 1 else []

    def close(self) -> None:
        with self._lock:
            self._closing = True
            for live in self._live.values():
                live.cancel.set()
        self._pool.shutdown(wait=True, cancel_futures=True)
        with self._lock:
            for live in self._live.values():
                if live.job.status not in TERMINAL:
                    self._record(live, "error", _interrupted())

    # -- internals -----------------------------------------------------------------------------

    def _work(self, session_id: str, job_id: str) -> None:
        """Run a session's jobs one after another, starting with `job_id`, until its lane is
        empty; then the lane closes and the worker goes back to the pool."""
        next_id: str | None = job_id
        while next_id is not None:
            self._run_one(next_id)
            with self._lock:
                lane = self._lanes[session_id]
                next_id = lane.popleft() if lane and not self._closing else None
                if next_id is None:
                    del self._lanes[session_id]

    def _run_one(self, job_id: str) -> None:
        with self._lock:
            live = self._live.get(job_id)  # None: cancelled while queued, and since forgotten
            if live is None or live.job.status != "queued" or self._closing:
                return
            starting = "planning the edit" if live.job.kind == "edit" else None
            running = {"status": "running", "started": datetime.now(UTC), "stage": starting}
            self._record(live, "status", running)
            job = live.job

        def update(event: JobEvent, changes: dict[str, Any]) -> Job:
            with self._lock:
                if event in ("cancelled", "error") and self._closing:
                    event, changes = "error", _interrupted()
                return self._record(live, event, changes)

        tasks.run(self.orch, job, update, live.cancel)
        with self._lock:
            self._forget_old()

    def _record(self, live: _Live, event: JobEvent, changes: dict[str, Any]) -> Job:
        """Apply `changes`, keep the event for watchers and save the job (progress at most
        once a second). Called with the lock held."""
        live.job = live.job.model_copy(update=changes)
        self._seq += 1
        happening: Happening = (self._seq, event, live.job.body())
        if event == "progress" and live.events and live.events[-1][1] == "progress":
            live.events[-1] = happening  # a watcher needs the latest progress, not every one
        else:
            live.events.append(happening)
        now = time.monotonic()
        if event != "progress" or now - live.saved >= _SAVE_EVERY:
            self.store.save(live.job)
            live.saved = now
        return live.job

    def _forget_old(self) -> None:
        finished = [i for i, live in self._live.items() if live.job.status in TERMINAL]
        for job_id in finished[: max(0, len(finished) - _KEEP_FINISHED)]:
            del self._live[job_id]


def _interrupted() -> dict[str, Any]:
    return {
        "status": "failed",
        "error": INTERRUPTED,
        "stage": None,
        "preview_version": None,
        "finished": datetime.now(UTC),
    }
