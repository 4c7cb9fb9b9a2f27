"""What the server and the Celery workers share in Redis: lanes, leases, cancel flags, events
and the workers' heartbeats.

Every key starts with `promptcut:`. The jobs themselves (their state, their end) live in the
JobStore on the shared data folder, which stays the truth: all kept here can be made again
from it (`lost_data` tells when Redis came back empty).

- `lane:<lane>`: a list of job ids, the head runs; removed only once its end is saved. A lane
  is a session's (its edits, in the order sent) or `proxy-<job id>` (a proxy runs alone).
- `lanes`: the set of lanes that may hold jobs (the reaper walks it).
- `lease:<lane>`: who runs the lane's head now; a token set with an expiry its worker renews.
- `kick:<lane>`: a drain task for the lane was sent lately (no flood of duplicates).
- `cancel:<job id>`: cancel was asked; the running job's heartbeat sees it.
- `tries:<job id>`: how many times a worker started the job (a job that kills its worker is
  not started for ever).
- `seq:<job id>`, `events:<job id>`: the job's events, numbered; kept a while after its end.
- `worker:<name>`: a worker's heartbeat (what `promptcut doctor` lists).
- `epoch`: set once; missing means Redis lost its data and the lanes are rebuilt.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from datetime import UTC, datetime
from typing import Any, cast
from urllib.parse import urlsplit, urlunsplit

import redis

from promptcut.errors import ExecutionError
from promptcut.jobs.model import Job, JobEvent
from promptcut.jobs.runner import Happening

__all__ = [
    "LEASE_MS",
    "Broker",
    "BrokerUnreachable",
    "lane_of",
    "shown_url",
]

log = logging.getLogger("promptcut.jobs")

_P = "promptcut:"
#: how long a lease lasts unless renewed: a dead worker's job runs again this long after
LEASE_MS = 10_000
#: how long a sent drain task stops the reaper sending another for the same lane
KICK_MS = 30_000
#: how long a job's events are kept after it ended (then its last state comes from the store)
EVENTS_KEPT_S = 3600
#: how long a worker's heartbeat says it is alive
BEAT_S = 10

# Renew the lease if it is still ours; take it again if Redis lost it (a restart); not if
# another worker holds it now.
_RENEW = """
local held = redis.call('GET', KEYS[1])
if held == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
if not held then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end
return 0
"""
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""
# The next sequence number of a job's events. A counter Redis lost (a restart without
# persistence) starts again past every number it gave: at the milliseconds since the job was
# made, more than the events it can have had (progress is sent a few times a second).
_NEXT_SEQ = """
if redis.call('EXISTS', KEYS[1]) == 0 then
  redis.call('SET', KEYS[1], math.max(0, tonumber(ARGV[1])))
end
return redis.call('INCR', KEYS[1])
"""


class BrokerUnreachable(ExecutionError):
    """Redis, the jobs' broker, does not answer."""


def lane_of(job: Job) -> str:
    """The lane a job waits in: its session's for an edit, one of its own for a proxy."""
    return job.session_id if job.kind == "edit" else f"proxy-{job.job_id}"


def shown_url(url: str) -> str:
    """The broker's URL with its password hidden, for messages and `doctor`."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username or ''}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


class Broker:
    """The Redis side of the distributed runner, used by the server and by every worker."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.redis = redis.Redis.from_url(
            url, decode_responses=True, socket_timeout=5, socket_connect_timeout=3
        )
        self._renew = self.redis.register_script(_RENEW)
        self._release = self.redis.register_script(_RELEASE)
        self._next_seq = self.redis.register_script(_NEXT_SEQ)

    def ping(self) -> None:
        """Raise BrokerUnreachable, in one line, unless Redis answers."""
        try:
            self.redis.ping()
        except redis.RedisError as e:
            raise BrokerUnreachable(
                f"the job broker at {shown_url(self.url)} cannot be reached: {e}"
            ) from None

    # -- lanes and leases ----------------------------------------------------------------------

    def push(self, lane: str, job_id: str) -> None:
        """Queue `job_id` at the end of `lane` (unless it is there already)."""
        if self.redis.lpos(_P + "lane:" + lane, job_id) is None:
            self.redis.rpush(_P + "lane:" + lane, job_id)
        self.redis.sadd(_P + "lanes", lane)

    def head(self, lane: str) -> str | None:
        return cast("str | None", self.redis.lindex(_P + "lane:" + lane, 0))

    def waiting(self, lane: str) -> list[str]:
        return cast("list[str]", self.redis.lrange(_P + "lane:" + lane, 0, -1))

    def remove(self, lane: str, job_id: str) -> None:
        """Take an ended job out of its lane."""
        self.redis.lrem(_P + "lane:" + lane, 1, job_id)

    def lanes(self) -> list[str]:
        return sorted(cast("set[str]", self.redis.smembers(_P + "lanes")))

    def forget_if_empty(self, lane: str) -> bool:
        """Drop an empty lane from the set the reaper walks; whether it was empty."""
        if self.redis.llen(_P + "lane:" + lane):
            return False
        self.redis.srem(_P + "lanes", lane)
        if self.redis.llen(_P + "lane:" + lane):  # a job came meanwhile
            self.redis.sadd(_P + "lanes", lane)
            return False
        return True

    def acquire(self, lane: str) -> str | None:
        """Take the lane's lease: a token to renew and release, or None if another holds it."""
        token = uuid.uuid4().hex
        if self.redis.set(_P + "lease:" + lane, token, nx=True, px=LEASE_MS):
            self.redis.delete(_P + "kick:" + lane)
            return token
        return None

    def renew(self, lane: str, token: str) -> bool:
        """Keep the lease; False if another worker holds it now."""
        return bool(self._renew(keys=[_P + "lease:" + lane], args=[token, LEASE_MS]))

    def release(self, lane: str, token: str) -> None:
        self._release(keys=[_P + "lease:" + lane], args=[token])

    def leased(self, lane: str) -> bool:
        return bool(self.redis.exists(_P + "lease:" + lane))

    def claim_kick(self, lane: str, *, force: bool = False) -> bool:
        """Whether to send a drain task for `lane` now: not if one was sent lately."""
        key = _P + "kick:" + lane
        if force:
            self.redis.set(key, "1", px=KICK_MS)
            return True
        return bool(self.redis.set(key, "1", nx=True, px=KICK_MS))

    def lost_data(self) -> bool:
        """Whether Redis came back without what was kept in it (its first use, or a restart
        without persistence): true once, for the process that noticed first."""
        return bool(self.redis.set(_P + "epoch", uuid.uuid4().hex, nx=True))

    def calm(self, ms: int) -> None:
        """Send no drain for lanes without a lease for `ms`: after a rebuild, the workers still
        running jobs take their leases again first."""
        self.redis.set(_P + "calm", "1", px=ms)

    def calming(self) -> bool:
        return bool(self.redis.exists(_P + "calm"))

    # -- cancel --------------------------------------------------------------------------------

    def ask_cancel(self, job_id: str) -> None:
        self.redis.set(_P + "cancel:" + job_id, "1", ex=86400)

    def cancel_asked(self, job_id: str) -> bool:
        return bool(self.redis.exists(_P + "cancel:" + job_id))

    def attempt(self, job_id: str) -> int:
        """Count a start of the job; how many starts it has had, this one included."""
        key = _P + "tries:" + job_id
        tries = int(self.redis.incr(key))
        self.redis.expire(key, 86400)
        return tries

    # -- events --------------------------------------------------------------------------------

    def record(self, job: Job, event: JobEvent) -> int:
        """Keep `event` with the job's body after it; its sequence number."""
        created_ms = int((datetime.now(UTC) - job.created).total_seconds() * 1000)
        seq = int(self._next_seq(keys=[_P + "seq:" + job.job_id], args=[created_ms]))
        key, item = _P + "events:" + job.job_id, json.dumps([seq, event, job.body()])
        last = self.redis.lindex(key, -1) if event == "progress" else None
        if last is not None and json.loads(cast("str", last))[1] == "progress":
            # A watcher needs the latest progress, not every one: the list stays short however
            # long the render (one process writes a job's events: its worker).
            self.redis.lset(key, -1, item)
        else:
            self.redis.rpush(key, item)
        if job.done:
            for key in ("seq:", "events:", "cancel:"):
                self.redis.expire(_P + key + job.job_id, EVENTS_KEPT_S)
        return seq

    def events(self, job_id: str) -> list[Happening] | None:
        """The job's events, oldest first; None when none are kept (gone, or never here)."""
        kept = cast("list[str]", self.redis.lrange(_P + "events:" + job_id, 0, -1))
        if not kept:
            return None
        return [(seq, event, body) for seq, event, body in map(json.loads, kept)]

    # -- workers -------------------------------------------------------------------------------

    def beat(self, name: str, facts: dict[str, Any]) -> None:
        self.redis.set(_P + "worker:" + name, json.dumps(facts | {"seen": time.time()}), ex=BEAT_S)

    def workers(self) -> list[dict[str, Any]]:
        """The workers whose heartbeat is fresh."""
        found = []
        for key in self.redis.scan_iter(_P + "worker:*", count=100):
            raw = self.redis.get(key)
            if raw:
                found.append(json.loads(raw))
        return sorted(found, key=lambda w: str(w.get("name")))
