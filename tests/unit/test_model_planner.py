"""The model-backed planner: offline first, the model for what the grammar cannot read, checked
plans, errors fed back, bounded tries, provider failures in one line. A FunctionModel stands in
for the provider; nothing reaches the network."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr
from pydantic_ai import (
    ModelAuthenticationError,
    ModelConnectionError,
    ModelNotFoundError,
    ModelQuotaExceededError,
    ModelRateLimitError,
    ModelServerError,
)
from pydantic_ai.messages import ModelMessage, ModelResponse, ToolCallPart
from pydantic_ai.models.function import AgentInfo, FunctionModel

from promptcut.errors import NotUnderstood
from promptcut.llm import (
    DEFAULT_GEMINI_MODEL,
    ModelChoice,
    ModelClient,
    ModelUnavailable,
    RetryingModel,
    choose_model,
    explain,
)
from promptcut.media.info import AudioStream, MediaInfo, VideoStream
from promptcut.orchestrator import NeedsModel, Orchestrator
from promptcut.plan import Plan
from promptcut.settings import Settings

CLIP = MediaInfo(
    path=Path("/nowhere/clip.mp4"),
    container="mov,mp4,m4a,3gp,3g2,mj2",
    duration=10.0,
    size_bytes=1000,
    video=VideoStream(width=640, height=360, fps=25.0, pix_fmt="yuv420p", codec="h264"),
    audio=AudioStream(codec="aac", sample_rate=48000, channels=2),
)

PIXELATE = {
    "version": 1,
    "steps": [
        {
            "task": "pixelate the whole picture",
            "op": "custom",
            "params": {"description": "pixelate the whole picture into 16 pixel blocks"},
        }
    ],
}


class Scripted:
    """A stand-in model: each request gets the next scripted output (a dict sent as the
    output tool's arguments, or an exception raised), and every request is kept."""

    def __init__(self, *outputs: dict[str, Any] | Exception) -> None:
        self.outputs = list(outputs)
        self.requests: list[list[ModelMessage]] = []

    def __call__(self, messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
        self.requests.append(messages)
        out = self.outputs.pop(0)
        if isinstance(out, Exception):
            raise out
        return ModelResponse(parts=[ToolCallPart(info.output_tools[0].name, out)])

    def sent(self, n: int) -> str:
        """Everything the n-th request (0-based) carried, as text."""
        return json.dumps(
            [getattr(p, "content", "") for m in self.requests[n] for p in m.parts], default=str
        )


def orchestrator(model: Scripted | None, **settings: Any) -> Orchestrator:
    s = Settings(_env_file=None, **settings)  # type: ignore[call-arg]
    return Orchestrator(s, model=FunctionModel(model) if model else None)


def test_a_request_the_grammar_reads_never_reaches_the_model() -> None:
    model = Scripted()

    prepared = orchestrator(model).prepare(
        "cut the first 2 seconds and make it black and white", CLIP
    )

    assert [s.op for s in prepared.plan.steps] == ["trim", "grayscale"]
    assert prepared.planner == "offline" and prepared.model is None
    assert model.requests == []


def test_what_the_grammar_cannot_read_the_model_plans_whole() -> None:
    model = Scripted(PIXELATE)

    prepared = orchestrator(model).prepare(
        "pixelate the whole picture into big square blocks", CLIP
    )

    assert prepared.planner == "llm"
    assert prepared.plan.model_dump(mode="json")["steps"][0]["op"] == "custom"
    assert prepared.model is not None and prepared.model.use.requests == 1
    sent = model.sent(0)
    assert "pixelate the whole picture into big square blocks" in sent
    assert '\\"width\\": 640' in sent  # the probe, not the file


def test_the_model_is_shown_the_catalogue_from_the_operations() -> None:
    seen: list[str] = []

    def plan(messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
        seen.append(info.instructions or "")
        return ModelResponse(parts=[ToolCallPart(info.output_tools[0].name, PIXELATE)])

    Orchestrator(Settings(_env_file=None), model=FunctionModel(plan)).prepare(  # type: ignore[call-arg]
        "give it an old film look with scratches", CLIP
    )

    assert '"name":"trim"' in seen[0] and '"name":"custom"' in seen[0]
    assert "trim off the first 3 seconds" in seen[0]  # the op's own example phrasings


def test_a_plan_that_fails_its_check_goes_back_with_the_exact_message() -> None:
    past_end = {"version": 1, "steps": [{"task": "zoom", "op": "trim", "params": {"start": 30}}]}
    model = Scripted(past_end, PIXELATE)

    prepared = orchestrator(model).prepare("zoom in slowly on the center over 5 seconds", CLIP)

    assert [s.op for s in prepared.plan.steps] == ["custom"]
    assert len(model.requests) == 2
    assert "the video is 10.0 s long" in model.sent(1)


def test_a_plan_with_an_unknown_operation_or_bad_parameters_is_sent_back() -> None:
    unknown = {"version": 1, "steps": [{"task": "x", "op": "pixelize", "params": {}}]}
    bad = {"version": 1, "steps": [{"task": "x", "op": "speed", "params": {"factor": "fast"}}]}
    model = Scripted(unknown, bad, PIXELATE)

    orchestrator(model).prepare("pixelate it all", CLIP)

    assert "there is no operation 'pixelize'" in model.sent(1)
    assert "step 1 (speed)" in model.sent(2)


def test_a_model_that_never_gets_it_right_is_refused_after_the_cap() -> None:
    past_end = {"version": 1, "steps": [{"task": "x", "op": "trim", "params": {"start": 30}}]}
    model = Scripted(past_end, past_end, past_end, past_end)

    with pytest.raises(NotUnderstood, match=r"in 3 tries; its last problem: .*10\.0 s long"):
        orchestrator(model, llm_attempts=3).prepare("zoom in slowly", CLIP)

    assert len(model.requests) == 3


def test_a_model_that_says_it_cannot_is_a_refusal_with_its_reason() -> None:
    model = Scripted({"version": 1, "steps": [], "cannot": "which part is boring? say the times"})

    with pytest.raises(NotUnderstood, match="which part is boring"):
        orchestrator(model).prepare("cut the boring part", CLIP)


def test_without_a_model_the_refusal_names_the_settings_that_enable_one() -> None:
    with pytest.raises(NotUnderstood, match=r"GOOGLE_API_KEY.*PROMPTCUT_LLM_BASE_URL"):
        orchestrator(None).prepare("pixelate the bottom-left corner", CLIP)


def test_offline_planner_never_asks_the_model() -> None:
    model = Scripted(PIXELATE)

    with pytest.raises(NotUnderstood):
        orchestrator(model, planner="offline").prepare("pixelate the bottom-left corner", CLIP)

    assert model.requests == []


def test_llm_planner_plans_even_what_the_grammar_reads() -> None:
    trim = {"version": 1, "steps": [{"task": "cut 2 s", "op": "trim", "params": {"start": 2}}]}
    model = Scripted(trim)

    prepared = orchestrator(model, planner="llm").prepare("cut the first 2 seconds", CLIP)

    assert prepared.planner == "llm" and len(model.requests) == 1


def test_a_quick_check_does_not_spend_a_model_request() -> None:
    model = Scripted(PIXELATE)

    with pytest.raises(NeedsModel):
        orchestrator(model).prepare("pixelate it", CLIP, use_model=False)

    assert model.requests == []


def test_a_custom_plan_round_trips_exactly() -> None:
    model = Scripted(PIXELATE)
    plan = orchestrator(model).prepare("pixelate it", CLIP).plan

    text = plan.model_dump_json()

    assert Plan.model_validate_json(text).model_dump_json() == text
    assert plan.steps[0].operation.describe().startswith("custom: pixelate the whole picture")


def test_the_edit_s_requests_are_capped() -> None:
    past_end = {"version": 1, "steps": [{"task": "x", "op": "trim", "params": {"start": 30}}]}
    model = Scripted(past_end, past_end, past_end)

    with pytest.raises(ModelUnavailable, match="PROMPTCUT_LLM_MAX_REQUESTS"):
        orchestrator(model, llm_attempts=3, llm_max_requests=2).prepare("zoom in", CLIP)

    assert len(model.requests) == 2


# -- settings -------------------------------------------------------------------------------


def _choose(monkeypatch: pytest.MonkeyPatch, **env: str) -> ModelChoice | None:
    for name in ("GOOGLE_API_KEY", "GEMINI_API_KEY", "OPENAI_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return choose_model(Settings(_env_file=None))  # type: ignore[call-arg]


def test_no_key_no_endpoint_means_no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _choose(monkeypatch) is None


@pytest.mark.parametrize("variable", ["GOOGLE_API_KEY", "GEMINI_API_KEY"])
def test_a_google_key_chooses_gemini(monkeypatch: pytest.MonkeyPatch, variable: str) -> None:
    choice = _choose(monkeypatch, **{variable: "g-secret"})

    assert choice is not None and choice.provider == "gemini"
    assert choice.name == DEFAULT_GEMINI_MODEL and choice.key_setting == "GOOGLE_API_KEY"
    assert "g-secret" not in repr(choice) and "g-secret" not in choice.describe()


def test_a_base_url_chooses_an_openai_compatible_endpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    choice = _choose(
        monkeypatch,
        PROMPTCUT_LLM_BASE_URL="http://localhost:11434/v1",
        PROMPTCUT_LLM_MODEL="llama3.2",
    )

    assert choice is not None and choice.provider == "openai"
    assert (choice.name, choice.base_url, choice.key) == (
        "llama3.2",
        "http://localhost:11434/v1",
        None,
    )


def test_promptcut_s_own_key_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    choice = _choose(monkeypatch, GOOGLE_API_KEY="g", PROMPTCUT_LLM_API_KEY="p")

    assert choice is not None and choice.key == SecretStr("p")
    assert choice.key_setting == "PROMPTCUT_LLM_API_KEY"


def test_settings_never_show_a_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOOGLE_API_KEY", "g-very-secret")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]

    assert "g-very-secret" not in repr(settings)
    assert "g-very-secret" not in settings.model_dump_json()


# -- provider failures ----------------------------------------------------------------------

GEMINI = ModelChoice("gemini", "gemini-3.8-flash", None, SecretStr("k-123"), "GOOGLE_API_KEY")


@pytest.mark.parametrize(
    ("error", "says"),
    [
        (ModelAuthenticationError("m", "API key not valid: k-123"), "check GOOGLE_API_KEY"),
        (ModelNotFoundError("m", "no such model"), "check PROMPTCUT_LLM_MODEL"),
        (ModelQuotaExceededError("m", "quota"), "quota of the key in GOOGLE_API_KEY"),
        (ModelConnectionError("m", "refused"), "check PROMPTCUT_LLM_BASE_URL"),
        (ModelServerError("m", "boom"), "busy or failing"),
    ],
)
def test_provider_errors_become_one_line_naming_the_setting(error: Exception, says: str) -> None:
    explained = explain(error, GEMINI)

    assert explained is not None and says in str(explained)
    assert "\n" not in str(explained) and "k-123" not in str(explained)


def test_transient_errors_are_tried_again_then_succeed() -> None:
    model = Scripted(ModelRateLimitError("m", "slow down"), ModelServerError("m", "oops"), PIXELATE)
    client = ModelClient(RetryingModel(FunctionModel(model), delays=(0, 0, 0)), max_requests=5)
    orch = Orchestrator(Settings(_env_file=None))  # type: ignore[call-arg]
    orch.model_client = lambda: client  # type: ignore[method-assign]
    orch.has_model = lambda: True  # type: ignore[method-assign]

    prepared = orch.prepare("pixelate it", CLIP)

    assert prepared.planner == "llm" and len(model.requests) == 3


def test_transient_errors_give_up_after_the_cap() -> None:
    model = Scripted(*[ModelServerError("m", "down")] * 3)
    client = ModelClient(RetryingModel(FunctionModel(model), delays=(0, 0)), max_requests=5)
    orch = Orchestrator(Settings(_env_file=None))  # type: ignore[call-arg]
    orch.model_client = lambda: client  # type: ignore[method-assign]
    orch.has_model = lambda: True  # type: ignore[method-assign]

    with pytest.raises(ModelUnavailable, match="busy or failing"):
        orch.prepare("pixelate it", CLIP)

    assert len(model.requests) == 3


def test_an_auth_error_is_not_tried_again() -> None:
    model = Scripted(ModelAuthenticationError("m", "bad key"), PIXELATE)

    with pytest.raises(ModelUnavailable, match="refused the API key"):
        orchestrator(model).prepare("pixelate it", CLIP)

    assert len(model.requests) == 1
