"""The distributed runner: edits run on Celery workers over Redis, sharing the data folder.

The server's `CeleryRunner` saves a job in the JobStore (on the shared folder), queues its id
in its lane in Redis and sends a `promptcut.drain` task naming the lane. A worker that gets
the task takes the lane's lease, runs the lane's head with the same task function as the
embedded runner (`tasks.run`), saves its end, takes it out of the lane, lets the lease go and
sends another drain if the lane holds more. So a session's edits run one at a time in the
order sent, whichever worker takes them, and different sessions' run side by side.

A heartbeat thread renews the lease every `_RENEW_EVERY` s while the job runs and looks for a
cancel request. A worker that dies stops renewing: after `broker.LEASE_MS` the reaper (a
thread in every worker and in the server) finds the lane with jobs and no lease, and sends a drain
again; the head runs again from the start on whichever worker takes it, after its dead
attempt's scratch is cleared — unless that attempt promoted its version just before dying,
which is then the job's result (no second version). The worker runs the threads pool: one
process, so a `kill -9` of it fires the parent-death signal of every script it started —
bubblewrap's `--die-with-parent`, or the tether's, which kills the script's process group (see
tether.py): no ffmpeg outlives its worker. (With prefork, killing the main process would
leave its pool's children, and their ffmpeg, running.)
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import redis
from celery import Celery

from promptcut.errors import ExecutionError, NotFound
from promptcut.jobs import tasks
from promptcut.jobs.broker import Broker, BrokerUnreachable, lane_of
from promptcut.jobs.model import Job, JobEvent
from promptcut.jobs.runner import Happening
from promptcut.jobs.store import JobStore
from promptcut.orchestrator import Orchestrator
from promptcut.session import HistoryEntry, Session
from promptcut.settings import Settings

__all__ = ["DRAIN", "CeleryRunner", "Reaper", "Worker", "celery_app", "default_concurrency"]

log = logging.getLogger("promptcut.jobs")

#: the one task: run the head of the lane it names, if no other worker does
DRAIN = "promptcut.drain"
_QUEUE = "promptcut"
#: how often a running job's lease is renewed (a few renewals fit in one lease)
_RENEW_EVERY = 2.0
#: how often a running job looks for a cancel request
_CANCEL_POLL = 0.5
#: how often the reaper walks the lanes and a worker says it is alive
_REAP_EVERY = 3.0
#: progress is sent to watchers at most this often, saved to the store at most once a second
_SEND_EVERY = 0.25
_SAVE_EVERY = 1.0
_RERUN = "running again from the start: the worker running it stopped"
#: starts of a job in all: the first, and two more when its worker dies under it
_MOST_TRIES = 3
#: the events a job ends with
_ENDS = frozenset({"done", "error", "cancelled"})


def default_concurrency() -> int:
    """Half the machine's cores, at least 1: ffmpeg itself uses several threads per render."""
    return max(1, (os.cpu_count() or 2) // 2)


def celery_app(broker_url: str) -> Celery:
    """The Celery app over Redis, as the server (to send) and the workers (to run) use it."""
    app = Celery("promptcut", broker=broker_url, backend=broker_url, set_as_current=False)
    app.conf.update(
        task_default_queue=_QUEUE,
        task_ignore_result=True,
        # A worker holds one drain at a time, unacknowledged until it ends: another waiting
        # lane goes to an idle worker instead of waiting behind a long render. A dead worker's
        # drain comes back after the transport's visibility timeout; by then the reaper has
        # re-run its job and the drain finds nothing to do.
        task_acks_late=True,
        worker_prefetch_multiplier=1,
        broker_connection_retry_on_startup=True,
        worker_hijack_root_logger=False,
        broker_transport_options={"socket_timeout": 5, "socket_connect_timeout": 3},
    )
    return app


def kick(broker: Broker, app: Celery, lane: str, *, force: bool = False) -> None:
    """Send a drain for `lane`, unless one was sent lately (`force`: send anyway)."""
    if broker.claim_kick(lane, force=force):
        app.send_task(DRAIN, args=[lane], queue=_QUEUE)


class Reaper:
    """Walks the lanes every few seconds: a lane with jobs and no lease (its worker died, or
    its drain was lost) gets a drain again; lanes Redis lost are rebuilt from the JobStore.
    `beat`, when given, runs on every round too (a worker's heartbeat)."""

    def __init__(
        self,
        broker: Broker,
        app: Celery,
        store: JobStore,
        beat: Callable[[], None] | None = None,
    ) -> None:
        self.broker, self.app, self.store, self.beat = broker, app, store, beat
        self.reachable: bool | None = None
        #: no drains sent before this (monotonic time): Redis was away, leases may have run
        #: out meanwhile, and the workers still rendering take theirs again first
        self._quiet_until = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="promptcut-reaper", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=10)

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                if self.beat is not None:
                    self.beat()
                if self.reachable is False:
                    self._quiet_until = time.monotonic() + 2 * _RENEW_EVERY + 1
                self.once()
                self.reachable = True
            except redis.RedisError as e:
                if self.reachable is not False:
                    log.warning("the job broker cannot be reached: %s", e)
                self.reachable = False
            except Exception:
                log.exception("the reaper failed; it tries again")
            self._stop.wait(_REAP_EVERY)

    def once(self) -> None:
        if self.broker.lost_data():
            self.rebuild()
            # Workers still running jobs take their leases again within a renewal or two.
            self.broker.calm(2 * int(_RENEW_EVERY * 1000) + 1000)
            return
        if self.broker.calming() or time.monotonic() < self._quiet_until:
            return
        for lane in self.broker.lanes():
            if self.broker.forget_if_empty(lane):
                continue
            if not self.broker.leased(lane):
                kick(self.broker, self.app, lane)

    def rebuild(self) -> None:
        """Queue again, in the order they were sent, the jobs the store says are unfinished
        (Redis came back empty: the shared folder is the truth)."""
        unfinished = sorted(self.store.unfinished(), key=lambda j: j.created)
        for job in unfinished:
            self.broker.push(lane_of(job), job.job_id)
        if unfinished:
            log.warning("the broker lost its data: %d unfinished jobs queued", len(unfinished))


class CeleryRunner:
    """The server's side: queues jobs for the workers and reads what they report.

    Jobs outlive the server: `close` stops only the reaper, and a restarted server finds
    them where they are (a job is never marked interrupted by a server's restart here).
    """

    def __init__(self, orchestrator: Orchestrator, broker_url: str) -> None:
        self.orch = orchestrator
        self.store = JobStore(orchestrator.settings.data_dir)
        self.broker = Broker(broker_url)
        self.broker.ping()
        self.app = celery_app(broker_url)
        self.reaper = Reaper(self.broker, self.app, self.store)
        self.reaper.start()

    def submit(self, job: Job) -> Job:
        lane = lane_of(job)
        try:
            behind = job.kind == "edit" and self.broker.head(lane) is not None
            waiting = "waiting for the edit before this one" if behind else "waiting for a worker"
            job = job.model_copy(update={"isolated": self.orch.isolated, "stage": waiting})
            self.store.save(job)
            self.broker.record(job, "status")
            self.broker.push(lane, job.job_id)
            kick(self.broker, self.app, lane, force=True)
        except (redis.RedisError, OSError) as e:
            failed = job.model_copy(
                update={
                    "status": "failed",
                    "error": f"the job could not be queued: {e}",
                    "stage": None,
                    "finished": datetime.now(UTC),
                }
            )
            self.store.save(failed)
            raise ExecutionError(f"the job could not be queued: {e}") from None
        return job

    def get(self, job_id: str) -> Job:
        return self.store.load(job_id)

    def cancel(self, job_id: str) -> Job:
        job = self.store.load(job_id)
        if job.done:
            return job
        try:
            # The flag first: a worker starting the job meanwhile sees it and stops at once.
            self.broker.ask_cancel(job_id)
        except redis.RedisError as e:
            raise BrokerUnreachable(f"the job cannot be cancelled now: {e}") from None
        if job.status == "queued":
            job = job.model_copy(
                update={"status": "cancelled", "stage": None, "finished": datetime.now(UTC)}
            )
            self.store.save(job)
            with contextlib.suppress(redis.RedisError):
                self.broker.record(job, "cancelled")
        return job

    def events(self, job_id: str, after: int = 0) -> list[Happening]:
        try:
            kept = self.broker.events(job_id)
        except redis.RedisError:
            kept = None  # Redis away: the job's end still shows, from the store
        if kept is None:
            job = self.store.load(job_id)
            if not job.done:
                return []  # its events were lost with Redis' data: the next ones come
            return [(1, _end_event(job), job.body())] if after < 1 else []
        if kept[-1][1] not in _ENDS:
            # A worker saves a job's end before it sends the end's event: a watcher told by
            # `get` that the job is done must find that event already.
            job = self.store.load(job_id)
            if job.done:
                kept.append((kept[-1][0] + 1, _end_event(job), job.body()))
        return [h for h in kept if h[0] > after]

    def close(self) -> None:
        self.reaper.stop()
        self.broker.redis.close()


class Worker:
    """A worker process's side: runs the head of a lane when a drain task names it."""

    def __init__(self, settings: Settings, broker: Broker, app: Celery, concurrency: int) -> None:
        self.orch = Orchestrator(settings, follow_links=False)
        self.store = JobStore(settings.data_dir)
        self.broker = broker
        self.app = app
        self.name = f"{socket.gethostname()}:{os.getpid()}"
        self.concurrency = concurrency
        self._running: set[str] = set()
        self._lock = threading.Lock()

    def beat(self) -> None:
        with self._lock:
            running = sorted(self._running)
        self.broker.beat(
            self.name,
            {
                "name": self.name,
                "host": socket.gethostname(),
                "pid": os.getpid(),
                "concurrency": self.concurrency,
                "running": running,
            },
        )

    def drain(self, lane: str) -> None:
        """Run the lane's head unless another worker holds the lane; then pass the lane on."""
        token = self.broker.acquire(lane)
        if token is None:
            return  # its holder sends the next drain when it is done
        try:
            job_id = self.broker.head(lane)
            if job_id is None:
                return
            try:
                self._run(lane, job_id, token)
            except (redis.RedisError, OSError):
                raise  # the broker or the shared folder away: the reaper tries again later
            except Exception as e:
                # Not the job's own failure (tasks.run reports those): said once, not retried.
                log.exception("job %s could not be run", job_id)
                self._fail(job_id, f"internal error: {type(e).__name__}: {e}")
            self.broker.remove(lane, job_id)
        finally:
            self.broker.release(lane, token)
        if self.broker.head(lane) is not None:
            kick(self.broker, self.app, lane, force=True)
        else:
            self.broker.forget_if_empty(lane)

    def _fail(self, job_id: str, error: str) -> None:
        with contextlib.suppress(NotFound, OSError, redis.RedisError):
            job = self.store.load(job_id)
            if not job.done:
                ended = {"status": "failed", "error": error, "stage": None} | _finished()
                _Reporter(self.store, self.broker, job)("error", ended)

    def _run(self, lane: str, job_id: str, token: str) -> None:
        try:
            job = self.store.load(job_id)
        except NotFound:
            log.warning("job %s of lane %s is not in the store; dropped", job_id, lane)
            return
        if job.done:
            return  # cancelled while it waited
        reporter = _Reporter(self.store, self.broker, job)
        if self.broker.cancel_asked(job_id):
            reporter("cancelled", {"status": "cancelled", "stage": None} | _finished())
            return
        rerun = job.status == "running"
        if rerun:
            log.warning("job %s runs again: the worker running it stopped", job_id)
            try:
                session = Session.open(self.orch.settings.data_dir, job.session_id)
            except NotFound as e:
                gone = {"status": "failed", "error": str(e), "stage": None}
                reporter("error", gone | _finished())
                return
            session.clear_scratch(job.kind)
            if job.kind == "edit" and job.started is not None:
                made = _made_by(session, job, job.started)
                if made is not None:
                    reporter("done", _succeeded_with(session, job, made))
                    return
        if self.broker.attempt(job_id) > _MOST_TRIES:
            # Each start ended with its worker dead: this job is what kills them.
            gaveup = f"its worker stopped {_MOST_TRIES} times while running it; not run again"
            reporter("error", {"status": "failed", "error": gaveup, "stage": None} | _finished())
            return
        log.info("job %s (%s of %s) runs on %s", job_id, job.kind, job.session_id, self.name)
        starting = (_RERUN if rerun else "planning the edit") if job.kind == "edit" else None
        running = {"status": "running", "started": job.started or datetime.now(UTC)}
        # Whether its scripts run isolated is this worker's to say, not the server's.
        reporter("status", running | {"stage": starting, "isolated": self.orch.isolated})
        cancel = threading.Event()
        stop = threading.Event()
        heart = threading.Thread(
            target=self._heartbeat,
            args=(lane, token, job_id, cancel, stop),
            name=f"lease-{job_id[:8]}",
            daemon=True,
        )
        with self._lock:
            self._running.add(job_id)
        heart.start()
        try:
            tasks.run(self.orch, reporter.job, reporter, cancel)
        finally:
            stop.set()
            heart.join(timeout=10)
            with self._lock:
                self._running.discard(job_id)

    def _heartbeat(
        self, lane: str, token: str, job_id: str, cancel: threading.Event, stop: threading.Event
    ) -> None:
        renewed = time.monotonic()
        while not stop.wait(_CANCEL_POLL):
            try:
                if self.broker.cancel_asked(job_id):
                    cancel.set()
                if time.monotonic() - renewed >= _RENEW_EVERY:
                    if not self.broker.renew(lane, token):
                        # Another worker took the lane (this one was cut off longer than a
                        # lease): it runs the job again, so this run stops.
                        log.error("job %s: lease of lane %s lost; stopping", job_id, lane)
                        cancel.set()
                    renewed = time.monotonic()
            except redis.RedisError as e:
                # Redis away for a moment: the render goes on; the lease is taken again when
                # it is back (renew sets it when Redis lost it).
                log.warning("job %s: the job broker cannot be reached: %s", job_id, e)


class _Reporter:
    """A worker's `update` for a task: applies changes, saves the job to the store (progress at
    most once a second) and sends the event to watchers through Redis (best effort: the store
    is the truth, and a render does not stop because Redis blinked)."""

    def __init__(self, store: JobStore, broker: Broker, job: Job) -> None:
        self.store, self.broker, self.job = store, broker, job
        self.saved = 0.0
        self.sent = 0.0

    def __call__(self, event: JobEvent, changes: dict[str, Any]) -> Job:
        self.job = self.job.model_copy(update=changes)
        now = time.monotonic()
        if event != "progress" or now - self.saved >= _SAVE_EVERY or self.job.done:
            self.store.save(self.job)
            self.saved = now
        if event != "progress" or now - self.sent >= _SEND_EVERY:
            self.sent = now
            try:
                self.broker.record(self.job, event)
            except redis.RedisError as e:
                log.warning("job %s: event %s not sent: %s", self.job.job_id, event, e)
        return self.job


def _made_by(session: Session, job: Job, started: datetime) -> int | None:
    """The version an earlier attempt of `job` promoted before its worker died, if any: made
    from its prompt since it started (a session's edits run one at a time, so no other edit
    made a version meanwhile)."""
    made = [
        v.number
        for v in session.refresh().versions
        if v.prompt == job.prompt and v.created >= started
    ]
    return max(made) if made else None


def _succeeded_with(session: Session, job: Job, number: int) -> dict[str, Any]:
    """The job's end when its version was made by an attempt that died before saying so; the
    history gets its entry if that attempt died before writing it."""
    if not any(h.output_version == number for h in session.history()):
        parent = next(v.parent for v in session.refresh().versions if v.number == number)
        session.append_history(
            HistoryEntry(
                prompt=job.prompt,
                plan=job.plan,
                parent_version=parent,
                output_version=number,
                outcome="succeeded",
            )
        )
    return {"status": "succeeded", "progress": 1.0, "version": number, "stage": None} | _finished()


def _end_event(job: Job) -> JobEvent:
    """The event a job's end is told by: the one its worker sends (or sent) last."""
    ends: dict[str, JobEvent] = {"succeeded": "done", "failed": "error"}
    return ends.get(job.status, "cancelled")


def _finished() -> dict[str, Any]:
    return {"finished": datetime.now(UTC)}


def run_worker(settings: Settings, concurrency: int, *, loglevel: str = "INFO") -> None:
    """Run a Celery worker for promptcut's jobs until it is stopped (SIGTERM: a warm stop)."""
    if not settings.broker_url:
        raise ExecutionError("set PROMPTCUT_BROKER_URL to the Redis the server uses")
    logging.basicConfig(
        level=loglevel, format="[%(asctime)s: %(levelname)s/%(name)s] %(message)s", force=True
    )
    broker = Broker(settings.broker_url)
    broker.ping()
    app = celery_app(settings.broker_url)
    worker = Worker(settings, broker, app, concurrency)

    @app.task(name=DRAIN)  # type: ignore[untyped-decorator]
    def drain(lane: str) -> None:
        worker.drain(lane)

    reaper = Reaper(broker, app, worker.store, beat=worker.beat)
    reaper.start()
    try:
        app.worker_main(
            [
                "worker",
                # Threads, not prefork: one process, so a killed worker takes its jobs'
                # tethers (and so their ffmpeg) with it; cancel is a threading.Event.
                "--pool=threads",
                f"--concurrency={concurrency}",
                f"--loglevel={loglevel}",
                f"--hostname=promptcut-{os.getpid()}@{socket.gethostname()}",
                f"--queues={_QUEUE}",
                "--without-gossip",
                "--without-mingle",
            ]
        )
    finally:
        reaper.stop()
