"""The task functions: what a worker does with a job, whichever runner it belongs to.

A task reports through `update(event, changes)`, which applies `changes` to the job, keeps it
and tells watchers; the task itself never touches the store or the runner.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from promptcut.errors import (
    Cancelled,
    NotUnderstood,
    PromptcutError,
    UserError,
    without_command_hints,
)
from promptcut.jobs.model import Job, JobEvent, StageProgress
from promptcut.llm import ModelClient
from promptcut.orchestrator import Event, Orchestrator
from promptcut.session import HistoryEntry, Session

__all__ = ["Update", "run"]

log = logging.getLogger("promptcut.jobs")

Update = Callable[[JobEvent, dict[str, Any]], Job]

#: how much of a job's bar the preview fills, against 1 for each stage of the full render
_PREVIEW_WEIGHT = 0.5
#: the try's number and the cap in an "attempt" event's message ("... — attempt 2 of 3: ...")
_ATTEMPT = re.compile(r" — attempt (\d+) of (\d+)(?=: |$)")


def run(orch: Orchestrator, job: Job, update: Update, cancel: threading.Event) -> Job:
    """Run `job` to its end; the final state (succeeded, failed or cancelled) is reported
    through `update` and returned. Never raises for the job's own failures."""
    try:
        if job.kind == "proxy":
            _proxy(orch, job, update, cancel)
        else:
            _edit(orch, job, update, cancel)
        return update("done", {"status": "succeeded", "progress": 1.0} | _ended(made=True))
    except Cancelled:
        return update("cancelled", {"status": "cancelled"} | _ended())
    except UserError as e:
        return update("error", {"status": "failed"} | _refusal(e) | _ended())
    except PromptcutError as e:
        log.warning("job %s failed: %s", job.job_id, e)
        return update("error", {"status": "failed", "error": _first_line(e)} | _ended())
    except Exception as e:
        log.exception("job %s failed", job.job_id)
        message = f"internal error: {type(e).__name__}: {_first_line(e)}"
        return update("error", {"status": "failed", "error": message} | _ended())


def _edit(orch: Orchestrator, job: Job, update: Update, cancel: threading.Event) -> None:
    session = Session.open(orch.settings.data_dir, job.session_id)
    assets = {p.name: orch.inspect_asset(p) for p in session.assets()}
    parent = session.current
    # The model, when it plans, is shown the request before this one.
    earlier = [h.prompt for h in session.history() if h.outcome == "succeeded"]
    try:
        media = orch.current_media(session)
        prepared = orch.prepare(
            job.prompt,
            media,
            None,
            assets,
            name=session.display_name(parent),
            previous=earlier[-1] if earlier else None,
        )
    except UserError as e:
        # Accepted when it was sent, impossible by the time it ran (an edit queued before it
        # changed the video): the history keeps the attempt like any refused edit.
        refused = without_command_hints(str(e))
        session.append_history(
            HistoryEntry(prompt=job.prompt, parent_version=parent, outcome="refused", error=refused)
        )
        raise
    plan = prepared.plan
    preview = job.preview and orch.settings.previews and prepared.format.kind != "image"
    if preview and parent == 0 and session.preview_of(0) is None:
        # The proxy job did not finish (a restart stopped it): make the proxy now; an edit
        # never fails for want of a preview.
        try:
            orch.make_proxy(session, cancel)
        except Cancelled:
            raise
        except PromptcutError as e:
            log.warning("session %s: no proxy for previews: %s", session.id, e)
    preview = preview and session.preview_of(parent) is not None
    bars = ([StageProgress(number=0, title="preview")] if preview else []) + [
        StageProgress(number=n, title=f"stage {n}") for n in range(1, orch.stage_count(plan) + 1)
    ]
    if not plan.steps:
        bars = []  # only questions: answered from the probe, nothing to render
    update(
        "plan",
        {
            "plan": plan.model_dump(mode="json"),
            "steps": list(plan.describe()),
            "answers": list(prepared.answers),
            "stages": bars,
            "output_kind": prepared.format.kind,
            "planner": _planner(prepared.planner, prepared.model),
        },
    )
    if not plan.steps:
        return
    tracker = _Tracker(bars, update)
    result = orch.edit(
        session,
        job.prompt,
        prepared=prepared,
        assets=assets,
        on_event=tracker,
        cancel=cancel,
        preview=preview,
        reencode=job.reencode,
    )
    planner = {"name": prepared.planner, "model": None} | result.planner
    copying = result.copying.as_dict() if result.copying else None
    update(
        "progress",
        {
            "version": result.version,
            "stages": tracker.finish(),
            "planner": planner,
            "copying": copying,
        },
    )


def _planner(name: str, model: ModelClient | None) -> dict[str, Any]:
    """Which planner made the plan and, when a model did, its name and use so far."""
    return {"name": name, "model": None} | (model.use.as_dict() if model is not None else {})


def _proxy(orch: Orchestrator, job: Job, update: Update, cancel: threading.Event) -> None:
    session = Session.open(orch.settings.data_dir, job.session_id)
    bars = [StageProgress(number=1, title="a small copy for previews")]
    update("stage", {"stage": "making a small copy for previews", "stages": bars})
    tracker = _Tracker(bars, update)
    orch.make_proxy(session, cancel, on_event=tracker)
    update("progress", {"stages": tracker.finish()})


class _Tracker:
    """Turns the orchestrator's events into the job's bars, stage text and overall progress."""

    def __init__(self, bars: list[StageProgress], update: Update) -> None:
        self.bars = {b.number: b for b in bars}
        self.update = update
        #: the stage whose script the model is writing, while it is written and proven
        self.scripting: int | None = None

    def __call__(self, event: Event) -> None:
        if event.kind == "preview":
            self._set(0, phase="done", fraction=1.0)
            self.update(
                "preview", {"preview_version": event.version, **self._summary("preview ready")}
            )
        elif event.kind == "stage":
            number = 0 if event.phase == "preview" else event.stage
            self._reach(number)
            title = event.message if number else "preview"
            self._set(number, title=title, phase=event.phase or "render", fraction=0.0)
            what = "preview" if number == 0 else f"stage {event.stage}/{event.stages}"
            phase = "" if number == 0 else f" ({event.phase})"
            summary = self._summary(f"{what}{phase}: {event.message}")
            if self.scripting is not None and (
                number != self.scripting or event.phase != "sandbox"
            ):
                # The script was accepted (or the stage is behind us): the tries are over.
                self.scripting = None
                summary["attempt"] = None
            self.update("stage", summary)
        elif event.kind == "attempt":
            # The model wrote a custom stage's script (again, after the last one failed).
            self._reach(event.stage)
            self._set(event.stage, phase="script", fraction=0.0)
            self.scripting = event.stage
            found = _ATTEMPT.search(event.message)
            attempt = {
                "stage": event.stage,
                "number": int(found[1]) if found else None,
                "of": int(found[2]) if found else None,
                "message": event.message,
            }
            self.update("attempt", {"attempt": attempt} | self._summary(event.message))
        elif event.kind == "progress":
            number = 0 if event.phase == "preview" else event.stage
            self._set(number, fraction=event.fraction)
            self.update("progress", self._summary(None))

    def _reach(self, number: int) -> None:
        """Stage `number` starts: the ones before it are done."""
        if number and 0 in self.bars and self.bars[0].phase != "done":
            # The full render started with no preview: the small copy could not take it.
            self._set(0, title="no preview for this edit", phase="done", fraction=1.0)
        for earlier in self.bars.values():
            if 0 < earlier.number < number:
                self._set(earlier.number, phase="done", fraction=1.0)

    def finish(self) -> list[StageProgress]:
        for number in self.bars:
            self._set(number, phase="done", fraction=1.0)
        return list(self.bars.values())

    def _set(self, number: int, **changes: Any) -> None:
        bar = self.bars.get(number) or StageProgress(number=number, title=f"stage {number}")
        self.bars[number] = bar.model_copy(update=changes)

    def _summary(self, stage: str | None) -> dict[str, Any]:
        weights = {n: _PREVIEW_WEIGHT if n == 0 else 1.0 for n in self.bars}
        done = sum(weights[n] * b.fraction for n, b in self.bars.items())
        summary: dict[str, Any] = {
            "stages": list(self.bars.values()),
            "progress": round(min(done / (sum(weights.values()) or 1.0), 0.99), 4),
        }
        if stage is not None:
            summary["stage"] = stage
        return summary


def _refusal(e: UserError) -> dict[str, Any]:
    """A refused request as the job shows it: the reason and, for a request not understood,
    which words were not and whole requests to try instead (the page's buttons)."""
    refusal: dict[str, Any] = {"error": without_command_hints(str(e)), "refused": True}
    if isinstance(e, NotUnderstood):
        refusal |= {"clause": e.clause or None, "suggestions": list(e.suggestions)}
    return refusal


def _ended(*, made: bool = False) -> dict[str, Any]:
    ended: dict[str, Any] = {"finished": datetime.now(UTC), "stage": None}
    if not made:
        # A job that made no version has no preview either: the orchestrator removed it.
        ended["preview_version"] = None
    return ended


def _first_line(e: BaseException) -> str:
    return " | ".join(line.strip() for line in str(e).splitlines() if line.strip())
