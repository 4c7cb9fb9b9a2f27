"""A job as the API shows it and the store keeps it."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

__all__ = ["JOB_ID", "TERMINAL", "Job", "JobEvent", "JobStatus", "StageProgress"]

JobStatus = Literal["queued", "running", "succeeded", "failed", "cancelled"]
TERMINAL: frozenset[str] = frozenset({"succeeded", "failed", "cancelled"})
#: a job id as we make them; anything else is not looked up, let alone used in a path
JOB_ID = re.compile(r"[0-9a-f]{32}")

#: what an event tells a watcher (the `event:` name of a server-sent event)
JobEvent = Literal[
    "status", "plan", "stage", "attempt", "progress", "preview", "done", "error", "cancelled"
]


def _now() -> datetime:
    return datetime.now(UTC)


class StageProgress(BaseModel):
    """One bar of the page's progress: the preview, or a stage of the full render."""

    number: int = Field(description="0 for the preview, else the stage's number.")
    title: str
    #: "script": the model writes the stage's script (a custom step)
    phase: Literal["waiting", "preview", "script", "sandbox", "render", "done"] = "waiting"
    fraction: float = 0.0


class Job(BaseModel):
    """One unit of work for a session: an edit, or making the session's preview proxy."""

    job_id: str = Field(default_factory=lambda: uuid.uuid4().hex)
    session_id: str
    kind: Literal["edit", "proxy"] = "edit"
    prompt: str = ""
    preview: bool = Field(True, description="Render a quick preview first (edits).")
    reencode: bool = Field(
        False, description="Re-encode the whole picture rather than copy what is untouched."
    )
    status: JobStatus = "queued"
    progress: float = Field(0.0, ge=0.0, le=1.0)
    stage: str | None = Field(None, description="What runs now, in a few words.")
    stages: list[StageProgress] = Field(default_factory=list)
    plan: dict[str, Any] | None = None
    planner: dict[str, Any] | None = Field(
        None,
        description="Which planner made the plan: `name` offline (the grammar) or llm, and "
        "the `model` (None offline) with its requests and tokens so far.",
    )
    steps: list[str] = Field(default_factory=list, description="The plan's steps, in words.")
    answers: list[str] = Field(
        default_factory=list, description="Answers to the questions the prompt asked."
    )
    attempt: dict[str, Any] | None = Field(
        None,
        description="The model's latest try at a custom stage's script: `stage`, `number`, "
        "`of` and `message` (why the try before failed); None once that stage renders.",
    )
    error: str | None = None
    refused: bool = Field(False, description="The error is the request's, not the machine's.")
    clause: str | None = Field(
        None, description="The words of the request that were not understood, when refused."
    )
    suggestions: list[str] = Field(
        default_factory=list,
        description="Whole requests to try instead when refused, e.g. 'trim the video from "
        "0:05 to 0:30' for 'trim the video'.",
    )
    version: int | None = Field(None, description="The version the edit made.")
    copying: dict[str, Any] | None = Field(
        None,
        description="For an edit that leaves the picture untouched (cuts, changes to the "
        "sound or the container, joins): `copied`, the share of the picture copied without "
        "re-encoding (0 to 1), and `reason`, why it was re-encoded when it was; `sound`, when a "
        "cut kept the sound untouched: 'packets' (the source's copied) or 'samples' (PCM or "
        "FLAC written back unchanged).",
    )
    isolated: bool | None = Field(
        None,
        description="Whether its stage scripts run isolated by bubblewrap (False: unconfined, "
        "bubblewrap missing); None until the job starts.",
    )
    output_kind: Literal["video", "audio", "image"] | None = Field(
        None, description="What the edit makes, once planned."
    )
    preview_version: int | None = Field(None, description="The version whose preview is ready.")
    preview_partial: bool = Field(
        False,
        description="The preview holds only the result's first seconds (`preview_seconds`); "
        "the whole preview replaces it at the same URL, with another `preview` event.",
    )
    preview_seconds: float | None = Field(
        None, description="How many seconds of the result a partial preview shows."
    )
    created: datetime = Field(default_factory=_now)
    started: datetime | None = None
    finished: datetime | None = None

    @property
    def done(self) -> bool:
        return self.status in TERMINAL

    def body(self) -> dict[str, Any]:
        """The JSON the API answers with: the job, plus where to fetch what it made."""
        base = f"/sessions/{self.session_id}/versions"
        return self.model_dump(mode="json") | {
            "output_url": f"{base}/{self.version}" if self.version is not None else None,
            "preview_url": (
                f"{base}/{self.preview_version}/preview"
                if self.preview_version is not None
                else None
            ),
            "events_url": f"/jobs/{self.job_id}/events",
        }
