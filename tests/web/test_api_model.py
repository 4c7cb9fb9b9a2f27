"""Edits a model plans: `POST /edit` never asks the model itself (the job does), a custom step's
script is written by the model, proven, and rewritten when it fails (`attempt` events), and a
model's refusal ends the job as refused. The model is pydantic-ai's FunctionModel."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any, Protocol

import pytest
from api_kit import Api
from fastapi.testclient import TestClient
from pydantic_ai.messages import ModelMessage, ModelRequest, ModelResponse, ToolCallPart
from pydantic_ai.models.function import AgentInfo, FunctionModel

from model_kit import PIXELATE_FILTER, script
from promptcut.api.main import create_app
from promptcut.settings import Settings

MODEL = "gemini-3.8-flash"
PIXELATE = "pixelate the whole picture into big square blocks"

WORKS = PIXELATE_FILTER
FAILS = "scale=iw/16:ih/16,pixelizee"  # no such filter


def asked(messages: Sequence[ModelMessage]) -> dict[str, Any]:
    """What the agent asked the model: its first user prompt, a JSON document."""
    for message in messages:
        if isinstance(message, ModelRequest):
            for part in message.parts:
                if part.part_kind == "user-prompt" and isinstance(part.content, str):
                    found: dict[str, Any] = json.loads(part.content)
                    return found
    raise AssertionError(f"no user prompt in {messages}")


class FakeModel:
    """Answers the planner with `plan` and the script writer with `filters[n]` for its n-th
    request; records what each was asked."""

    def __init__(self, plan: dict[str, Any], filters: Sequence[str] = ()) -> None:
        self.plan = plan
        self.filters = list(filters)
        self.plans: list[dict[str, Any]] = []
        self.scripts: list[dict[str, Any]] = []

    @property
    def calls(self) -> int:
        return len(self.plans) + len(self.scripts)

    def __call__(self, messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
        instructions = info.instructions or ""
        ask = asked(messages)
        if instructions.startswith("You are the planner of promptcut"):
            self.plans.append(ask)
            args = self.plan
        elif instructions.startswith("You write one stage script"):
            self.scripts.append(ask)
            n = len(self.scripts) - 1
            assert n < len(self.filters), f"script request {n + 1} was not expected"
            assert ask["output"]["file_type"] == "mp4"  # the encoders the script uses
            args = {"script": script(self.filters[n])}
        else:
            raise AssertionError(f"an agent nobody expected: {instructions[:80]!r}")
        return ModelResponse(parts=[ToolCallPart(info.output_tools[0].name, args)])


class ModelApiFactory(Protocol):
    def __call__(self, model: FakeModel, **overrides: Any) -> Api: ...


@pytest.fixture
def make_model_api(tmp_path: Path) -> Iterator[ModelApiFactory]:
    """`make_model_api(fake, **settings)`: the app with `fake` as its model."""
    with ExitStack() as stack:

        def make(model: FakeModel, **overrides: Any) -> Api:
            settings = Settings(**({"data_dir": tmp_path / "data", "planner": "auto"} | overrides))
            app = create_app(settings, model=FunctionModel(model, model_name=MODEL))
            client = stack.enter_context(TestClient(app, raise_server_exceptions=False))
            return Api(client, settings)

        yield make


def test_a_request_the_grammar_reads_never_asks_the_model(
    make_model_api: ModelApiFactory, clip2_mp4: Path
) -> None:
    fake = FakeModel({"version": 1, "steps": [], "cannot": "not asked"})
    api = make_model_api(fake)
    sid = api.upload(clip2_mp4)["session_id"]

    job = api.edit(sid, "cut the first 0.5 seconds")

    assert fake.calls == 0
    assert job["planner"] == {"name": "offline", "model": None}
    assert api.session(sid)["history"][-1]["planner"]["name"] == "offline"


def test_a_request_only_the_model_reads_gets_a_custom_stage_whose_script_is_retried(
    make_model_api: ModelApiFactory, clip2_mp4: Path, tmp_path: Path
) -> None:
    step = {"task": PIXELATE, "op": "custom", "params": {"description": "pixelate: 16x16 blocks"}}
    fake = FakeModel({"version": 1, "steps": [step]}, filters=[FAILS, WORKS])
    api = make_model_api(fake)
    sid = api.upload(clip2_mp4)["session_id"]

    accepted = api.submit(sid, PIXELATE)
    job = api.wait_job(accepted["job_id"])
    events = api.events(accepted["job_id"])

    assert job["status"] == "succeeded", job
    assert len(fake.plans) == 1  # the route checked with the grammar alone: one plan, paid once
    assert accepted["plan"] is None and accepted["steps"] == []  # the job's to plan
    assert len(fake.scripts) == 2  # the failing script, then the working one
    assert job["planner"]["name"] == "llm"
    assert job["planner"]["model"] == MODEL
    assert job["planner"]["requests"] == 3
    assert [s["op"] for s in job["plan"]["steps"]] == ["custom"]
    attempts = [body for name, body in events if name == "attempt"]
    assert [a["attempt"]["number"] for a in attempts] == [1, 2]
    second = attempts[1]
    assert "attempt 2 of 3" in second["stage"]
    assert "pixelizee" in second["stage"]
    assert second["attempt"] == {"stage": 1, "number": 2, "of": 3, "message": second["stage"]}
    bar = next(b for b in second["stages"] if b["number"] == 1)
    assert bar["phase"] == "script"
    plan_event = next(body for name, body in events if name == "plan")
    assert plan_event["planner"]["name"] == "llm" and plan_event["planner"]["model"] == MODEL
    assert [b["title"] for b in plan_event["stages"]] == ["custom: pixelate: 16x16 blocks"]
    assert job["attempt"] is None  # the tries are over once the stage renders
    assert all(b["phase"] == "done" for b in job["stages"])
    out = api.download(job["output_url"], tmp_path / "v1.mp4")
    made = api.measure(out)
    assert abs(made.duration - api.measure(clip2_mp4).duration) < 0.1
    assert (made.width, made.height) == (320, 240)
    assert api.session(sid)["history"][-1]["planner"]["requests"] == 3


def test_a_model_that_cannot_plan_it_ends_the_job_refused(
    make_model_api: ModelApiFactory, clip2_mp4: Path
) -> None:
    reason = "there is no way to know which parts are boring; say e.g. 'cut from 0:01 to 0:02'"
    fake = FakeModel({"version": 1, "steps": [], "cannot": reason})
    api = make_model_api(fake)
    sid = api.upload(clip2_mp4)["session_id"]
    api.edit(sid, "cut the first 0.5 seconds")

    accepted = api.submit(sid, "remove the boring parts of my holiday")
    job = api.wait_job(accepted["job_id"])

    assert job["status"] == "failed", job
    assert job["refused"] is True
    assert reason in job["error"]
    assert job["version"] is None
    assert fake.calls == 1
    # The model is shown the session's last request.
    assert fake.plans[0]["previous_request"] == "cut the first 0.5 seconds"
    history = api.session(sid)["history"]
    assert history[-1]["outcome"] == "refused"
    assert api.session(sid)["current"] == 1


def test_a_refusal_by_the_model_offers_what_the_grammar_would_ask_in_the_job(
    make_model_api: ModelApiFactory, clip2_mp4: Path
) -> None:
    """A request the grammar asks about goes to the model; when the model refuses it too, the
    job (its body and its `error` event, which the page reads) carries the grammar's
    suggestions, so the page can offer them as buttons."""
    reason = "the request does not say which way to turn the picture"
    fake = FakeModel({"version": 1, "steps": [], "cannot": reason})
    api = make_model_api(fake)
    sid = api.upload(clip2_mp4)["session_id"]
    accepted = api.post("/edit", json={"session_id": sid, "prompt": "rotate the video"})
    assert accepted.status_code == 202, accepted.text  # the route leaves it to the job's model

    job = api.wait_job(accepted.json()["job_id"])
    events = api.events(job["job_id"])

    assert job["status"] == "failed" and job["refused"] is True, job
    assert reason in job["error"]
    assert job["clause"] == "rotate the video"
    assert job["suggestions"] and all(isinstance(s, str) and s for s in job["suggestions"])
    name, last = events[-1]
    assert name == "error"
    assert last["suggestions"] == job["suggestions"] and last["clause"] == job["clause"]
    assert fake.calls == 1
    offline = make_model_api(fake, planner="offline", data_dir=api.data_dir.parent / "offline")
    sid = offline.upload(clip2_mp4)["session_id"]
    asked = offline.post("/edit", json={"session_id": sid, "prompt": "rotate the video"}).json()
    assert job["suggestions"] == asked["suggestions"]  # the same buttons the grammar offers
