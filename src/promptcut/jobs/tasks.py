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
from typing import Any, Literal

from promptcut.errors import (
    Cancelled,
    NotUnderstood,
    PromptcutError,
    UserError,
    without_command_hints,
)
from promptcut.jobs.model import Job, JobEvent, StageProgress
from promptcut.llm import ModelClient
from promptcut.media.info import MediaInfo
from promptcut.operations.custom import Custom
from promptcut.orchestrator import Event, Orchestrator, Prepared
from promptcut.session import HistoryEntry, Session

__all__ = ["Update", "plan_fields", "run"]

log = logging.getLogger("promptcut.jobs")

Update = Callable[[JobEvent, dict[str, Any]], Job]

#: how much of a job's bar the preview fills, against 1 for each stage of the full render
_PREVIEW_WEIGHT = 0.5
#: the share of the preview's bar its first seconds fill, when they come first
_FIRST_SHARE = 0.3
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
    planned = plan_fields(orch, session, media, prepared, preview=job.preview)
    update("plan", planned)
    if not plan.steps:
        return
    preview = bool(planned["stages"]) and planned["stages"][0].number == 0
    # Without a small copy to start from, the preview comes from the full-size file: its
    # first seconds, then the whole (see Orchestrator.edit).
    tracker = _Tracker(planned["stages"], update, first=session.preview_of(parent) is None)
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


def plan_fields(
    orch: Orchestrator, session: Session, media: MediaInfo, prepared: Prepared, *, preview: bool
) -> dict[str, Any]:
    """What a job shows of its plan as soon as it is made: the steps in words, the answers,
    and a bar per stage (the preview's first, when there will be one), each titled by what it
    does. The API fills a job with these when it accepts the edit; the job again when it runs
    (the version it starts from may have changed meanwhile)."""
    plan = prepared.plan
    previewed = (
        preview
        and orch.settings.previews
        and prepared.format.kind != "image"
        # A model's script is proven on the full-size video only (see Orchestrator._preview).
        and not any(isinstance(s.operation, Custom) for s in plan.steps)
        and (
            session.preview_of(session.current) is not None
            or (media.video is not None and not media.is_image)
        )
    )
    bars = ([StageProgress(number=0, title="preview")] if previewed else []) + [
        StageProgress(number=n, title=title)
        for n, title in enumerate(orch.stage_titles(plan), start=1)
    ]
    return {
        "plan": plan.model_dump(mode="json"),
        "steps": list(plan.describe()),
        "answers": list(prepared.answers),
        # Only questions are answered from the probe: nothing to render.
        "stages": bars if plan.steps else [],
        "output_kind": prepared.format.kind,
        "planner": _planner(prepared.planner, prepared.model),
    }


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

    def __init__(self, bars: list[StageProgress], update: Update, *, first: bool = False) -> None:
        self.bars = {b.number: b for b in bars}
        self.update = update
        #: the stage whose script the model is writing, while it is written and proven
        self.scripting: int | None = None
        #: which render of the preview runs: its first seconds (from the full-size file, when
        #: there is no small copy), the rest after them, or the whole from the small copy
        self.previewing: Literal["first", "rest", "whole"] = "first" if first else "whole"

    def __call__(self, event: Event) -> None:
        if event.kind == "preview":
            changes: dict[str, Any]
            if event.seconds is not None:
                # Only the result's first seconds: playable now, the whole follows.
                self.previewing = "rest"
                self._set(0, fraction=_FIRST_SHARE)
                changes = {"preview_partial": True, "preview_seconds": event.seconds}
                stage = f"the first {event.seconds:g} s are ready; making the rest of the preview"
            else:
                self._set(0, phase="done", fraction=1.0)
                changes = {"preview_partial": False, "preview_seconds": None}
                stage = "preview ready"
            self.update(
                "preview", {"preview_version": event.version} | changes | self._summary(stage)
            )
        elif event.kind == "stage":
            number = 0 if event.phase == "preview" else event.stage
            self._reach(number)
            self._set(number, phase=event.phase or "render", fraction=self._fraction(number, 0.0))
            summary = self._summary(self._label(number, event))
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
            self._set(number, fraction=self._fraction(number, event.fraction))
            self.update("progress", self._summary(None))

    def _fraction(self, number: int, fraction: float) -> float:
        """A render's fraction as its bar's: the preview's first seconds fill the first part
        of the preview's bar, the rest after them the remainder."""
        if number != 0 or self.previewing == "whole":
            return fraction
        if self.previewing == "first":
            return _FIRST_SHARE * fraction
        return _FIRST_SHARE + (1 - _FIRST_SHARE) * fraction

    def _label(self, number: int, event: Event) -> str:
        """What runs now, as the page's status says it."""
        if number == 0:
            return {
                "first": "making a quick preview",
                "rest": "making the rest of the preview",
                "whole": "making the preview",
            }[self.previewing]
        of = f" (stage {event.stage} of {event.stages})" if event.stages > 1 else ""
        if event.phase == "sandbox":
            return f"checking the script on a test clip{of}"
        title = self.bars[number].title
        return f"rendering {title}{of}" if title.startswith("full quality") else f"{title}{of}"

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
        bar = self.bars.get(number) or StageProgress(
            number=number, title="preview" if number == 0 else "full quality"
        )
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
        ended |= {"preview_version": None, "preview_partial": False, "preview_seconds": None}
    return ended


def _first_line(e: BaseException) -> str:
    return " | ".join(line.strip() for line in str(e).splitlines() if line.strip())
