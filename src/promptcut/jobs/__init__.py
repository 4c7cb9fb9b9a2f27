"""Where edits run: the job model, its store on disk, the task functions and the runners.

The embedded `LocalRunner` is a bounded pool of threads in the server's process. The
distributed `CeleryRunner` (`promptcut.jobs.distributed`: Celery workers over Redis, on other
machines sharing the data folder) implements the same `JobRunner` interface around the same
task functions in `promptcut.jobs.tasks`; it is imported only when a broker is configured.
"""

from promptcut.jobs.local import LocalRunner
from promptcut.jobs.model import TERMINAL, Job, JobEvent, JobStatus, StageProgress
from promptcut.jobs.runner import JobRunner
from promptcut.jobs.store import JobStore

__all__ = [
    "TERMINAL",
    "Job",
    "JobEvent",
    "JobRunner",
    "JobStatus",
    "JobStore",
    "LocalRunner",
    "StageProgress",
]
