"""The model-backed planner: the whole request, the catalogue and the probe go to the model; the
Plan document comes back as structured output and goes through the same checks as an offline
plan, a failed check going back to the model with the exact message (bounded)."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError
from pydantic_ai import Agent, ModelRetry, RunContext, UnexpectedModelBehavior

from promptcut.errors import InvalidRequest, NotUnderstood, UserError
from promptcut.llm import ModelClient
from promptcut.media.info import MediaInfo
from promptcut.operations import catalogue, operation
from promptcut.plan import Plan, Step
from promptcut.plugins.metadata import MetadataPlugin

__all__ = ["PlanDocument", "plan_with_model"]


class PlannedStep(BaseModel):
    """One step of the plan."""

    task: str = Field(description="The person's own words for this step, quoted from the request.")
    tool: str | None = Field(None, description="The operation's plugin (optional).")
    op: str = Field(description="The catalogue operation's name, or 'custom'.")
    params: dict[str, Any] = Field(
        default_factory=dict, description="The operation's parameters, as its schema says."
    )


class PlanDocument(BaseModel):
    """The plan for the request: `{"version": 1, "steps": [...]}`, or no steps and `cannot`."""

    version: Literal[1] = 1
    steps: list[PlannedStep] = Field(default_factory=list)
    cannot: str | None = Field(
        None,
        description="Only when there are no steps: one sentence saying why the request cannot "
        "be planned or what value is missing, with an example of a request that would work.",
    )


@cache
def _instructions() -> str:
    """The planner's prompt with the catalogue (compact: no titles, no repeated summaries)."""
    text = (resources.files("promptcut.planner") / "prompts" / "planner.txt").read_text(
        encoding="utf-8"
    )
    ops = [entry | {"parameters": _compact(entry["parameters"])} for entry in catalogue()]
    return text + "\n".join(json.dumps(op, separators=(",", ":")) for op in ops) + "\n"


def _compact(schema: Any, top: bool = True) -> Any:
    """A JSON schema without what only repeats: titles, and the class docstring (the summary)."""
    if isinstance(schema, list):
        return [_compact(v, False) for v in schema]
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "title" or (top and key == "description"):
            continue
        if key in ("properties", "$defs") and isinstance(value, dict):
            # Field names, not schema keywords: a field may well be called "title".
            out[key] = {name: _compact(sub, False) for name, sub in value.items()}
        else:
            out[key] = _compact(value, False)
    return out


def to_plan(document: PlanDocument) -> Plan:
    """The Plan a document describes; InvalidRequest says, for the model, what is wrong."""
    steps: list[Step] = []
    for n, planned in enumerate(document.steps, 1):
        try:
            op = operation(planned.op)
        except KeyError:
            raise InvalidRequest(
                f"step {n}: there is no operation {planned.op!r}; use a catalogue name or 'custom'"
            ) from None
        try:
            params = op.model_validate(planned.params)
        except ValidationError as e:
            problems = "; ".join(
                f"{'.'.join(map(str, err['loc'])) or 'params'}: {err['msg']}" for err in e.errors()
            )
            raise InvalidRequest(f"step {n} ({planned.op}): {problems}") from None
        steps.append(Step.of(planned.task.strip() or planned.op, params))
    if not steps:
        raise InvalidRequest("the plan has no steps; give steps, or say in 'cannot' why not")
    return Plan(steps=tuple(steps))


def plan_with_model(
    prompt: str,
    client: ModelClient,
    *,
    media: MediaInfo,
    assets: Mapping[str, MediaInfo | Path],
    check: Callable[[Plan], object],
    attempts: int,
    previous: str | None = None,
) -> Plan:
    """The model's plan for the whole of `prompt`, checked by `check` (which raises UserError
    with the facts). Each failed check goes back to the model, up to `attempts` tries in all;
    then NotUnderstood quotes the model's last problem. A model that says the request cannot
    be planned gets NotUnderstood with its reason."""
    problems: list[str] = []
    agent: Agent[None, PlanDocument] = Agent(
        output_type=PlanDocument,
        instructions=_instructions(),
        retries={"output": attempts - 1, "tools": attempts - 1},
    )

    @agent.output_validator
    def _checked(ctx: RunContext[None], document: PlanDocument) -> PlanDocument:
        if not document.steps and document.cannot:
            return document
        try:
            check(to_plan(document))
        except UserError as e:
            problems.append(str(e))
            raise ModelRetry(f"The plan was rejected: {e}. Return a corrected plan.") from None
        return document

    metadata = MetadataPlugin()
    ask: dict[str, Any] = {
        "request": prompt,
        "input": metadata.facts(media),
        "assets": {
            name: metadata.facts(a) if isinstance(a, MediaInfo) else {"kind": "subtitles"}
            for name, a in assets.items()
        },
    }
    if previous:
        ask["previous_request"] = previous
    try:
        document = client.run(agent, json.dumps(ask, ensure_ascii=False, indent=1), purpose="plan")
    except UnexpectedModelBehavior as e:
        last = problems[-1] if problems else str(e)
        raise NotUnderstood(
            f"the model could not make a plan that fits this file in {attempts} tries; "
            f"its last problem: {last}",
            clause=prompt,
        ) from None
    if not document.steps:
        raise NotUnderstood(
            f"the model could not plan this: {document.cannot or 'it gave no steps'}",
            clause=prompt,
        )
    return to_plan(document)
