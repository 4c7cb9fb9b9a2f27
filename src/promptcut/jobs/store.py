"""Jobs on disk, one JSON file each, so that a restart knows what was interrupted."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from pathlib import Path

from pydantic import ValidationError

from promptcut.errors import NotFound
from promptcut.jobs.model import JOB_ID, TERMINAL, Job
from promptcut.session import write_json_atomic

__all__ = ["INTERRUPTED", "JobStore"]

INTERRUPTED = "the server stopped before this job finished; run the edit again"


class JobStore:
    """`<data_dir>/jobs/<job_id>.json`, each written atomically (readers never see a torn one)."""

    def __init__(self, data_dir: Path) -> None:
        self.folder = data_dir / "jobs"
        self.folder.mkdir(parents=True, exist_ok=True)

    def save(self, job: Job) -> None:
        write_json_atomic(self.folder / f"{job.job_id}.json", job.model_dump(mode="json"))

    def load(self, job_id: str) -> Job:
        """The job called `job_id`; NotFound for an unknown or malformed id."""
        if not JOB_ID.fullmatch(job_id):
            raise NotFound(f"no such job: {job_id[:64]!r}")
        try:
            return Job.model_validate_json((self.folder / f"{job_id}.json").read_bytes())
        except FileNotFoundError:
            raise NotFound(f"no such job: {job_id!r}") from None

    def unfinished(self) -> list[Job]:
        """Jobs on disk that were queued or running: after a restart, nothing runs them."""
        found = []
        for path in self.folder.glob("*.json"):
            if not JOB_ID.fullmatch(path.stem):
                continue
            with contextlib.suppress(OSError, ValidationError, ValueError):
                job = Job.model_validate_json(path.read_bytes())
                if job.status not in TERMINAL:
                    found.append(job)
        return found

    def fail_interrupted(self) -> list[Job]:
        """Mark every job a stopped server left queued or running as failed; returns them."""
        failed = []
        for job in self.unfinished():
            job = job.model_copy(
                update={
                    "status": "failed",
                    "error": INTERRUPTED,
                    "stage": None,
                    "preview_version": None,
                    "finished": datetime.now(UTC),
                }
            )
            self.save(job)
            failed.append(job)
        return failed
