"""The interface every job runner offers the API: the embedded pool today, workers elsewhere
tomorrow."""

from __future__ import annotations

from typing import Any, Protocol

from promptcut.jobs.model import Job, JobEvent

__all__ = ["Happening", "JobRunner"]

#: one thing a job reported: its sequence number, the event's name and the job body after it
Happening = tuple[int, JobEvent, dict[str, Any]]


class JobRunner(Protocol):
    """Runs jobs one at a time per session, reports what they do, and stops them on request."""

    def submit(self, job: Job) -> Job:
        """Queue `job` (status "queued"); jobs of one session run in the order submitted."""
        ...

    def get(self, job_id: str) -> Job:
        """The job as it is now; NotFound for an unknown or malformed id."""
        ...

    def cancel(self, job_id: str) -> Job:
        """Stop the job: a queued one never starts, a running one has its ffmpeg killed and
        leaves its session as it was. A finished job is returned as it is."""
        ...

    def events(self, job_id: str, after: int = 0) -> list[Happening]:
        """What the job reported after sequence number `after`, oldest first; for a job no
        longer in memory, its last state as one event."""
        ...

    def close(self) -> None:
        """Stop taking jobs, stop the running ones (they end failed as interrupted)."""
        ...
