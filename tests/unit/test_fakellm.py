"""The fake LLM provider (tests/fakellm.py) speaks OpenAI and Gemini to pydantic-ai's clients."""

from __future__ import annotations

import asyncio
import json
import time
import urllib.request
from collections.abc import Iterator

import pytest
from pydantic import BaseModel
from pydantic_ai import Agent, ModelRetry
from pydantic_ai.exceptions import (
    ModelAPIError,
    ModelAuthenticationError,
    ModelHTTPError,
    ModelNotFoundError,
    ModelQuotaExceededError,
    ModelRateLimitError,
    ModelRequestRejectedError,
    ModelServerError,
    ModelUnavailableError,
)

from fakellm import ApiProtocol, FakeLLM, FakeRequest, Reply, call, error, text

PROTOCOLS: list[ApiProtocol] = ["openai", "gemini"]


class Cut(BaseModel):
    start: float
    end: float


@pytest.fixture(scope="module")
def server() -> Iterator[FakeLLM]:
    with FakeLLM() as running:
        yield running


@pytest.fixture
def fake(server: FakeLLM) -> FakeLLM:
    """One server per module (its cached models save ~1 s here), reset for each test."""
    server.reset()
    return server


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_structured_output_comes_back_in_a_tool_call(fake: FakeLLM, protocol: ApiProtocol) -> None:
    fake.push(call({"start": 1.5, "end": 4.0}))
    agent = Agent(fake.model(protocol), output_type=Cut, system_prompt="You edit videos.")

    result = agent.run_sync("cut from 1.5 to 4")

    assert result.output == Cut(start=1.5, end=4.0)
    (sent,) = fake.calls
    assert sent.protocol == protocol
    assert sent.system_text() == "You edit videos."
    assert sent.user_text() == "cut from 1.5 to 4"
    schema = sent.tools()["final_result"]
    assert set(schema["properties"]) == {"start", "end"}
    assert fake.remaining == 0


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_model_retry_text_reaches_the_model(fake: FakeLLM, protocol: ApiProtocol) -> None:
    fake.push(call({"start": 9, "end": 1}), call({"start": 1, "end": 9}))
    agent = Agent(fake.model(protocol), output_type=Cut)

    @agent.output_validator
    def ordered(cut: Cut) -> Cut:
        if cut.end <= cut.start:
            raise ModelRetry(f'bad value "end={cut.end:g}" is before the start')
        return cut

    result = agent.run_sync("trim it")

    assert result.output == Cut(start=1, end=9)
    first, second = fake.calls
    assert "bad value" not in first.text()
    assert 'bad value "end=1" is before the start' in second.text()
    (retry,) = second.tool_results()
    assert retry.name == "final_result"


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_the_api_key_is_sent_in_a_header_only(fake: FakeLLM, protocol: ApiProtocol) -> None:
    fake.push(text("hello"))
    agent = Agent(fake.model(protocol, api_key="sk-fake-12345"))

    assert agent.run_sync("hi").output == "hello"

    (sent,) = fake.requests
    assert sent.api_key() == "sk-fake-12345"
    header = "authorization" if protocol == "openai" else "x-goog-api-key"
    assert "sk-fake-12345" in sent.headers[header]
    assert "sk-fake-12345" not in json.dumps(sent.body)
    assert "sk-fake-12345" not in sent.path + json.dumps(sent.query)


ERRORS: list[tuple[int, type[ModelAPIError]]] = [
    (400, ModelRequestRejectedError),
    (401, ModelAuthenticationError),
    (403, ModelAuthenticationError),
    (404, ModelNotFoundError),
    (429, ModelRateLimitError),
    (500, ModelServerError),
    (503, ModelUnavailableError),
]


@pytest.mark.parametrize("protocol", PROTOCOLS)
@pytest.mark.parametrize(("status", "category"), ERRORS)
def test_http_errors_surface_as_pydantic_ai_categories(
    fake: FakeLLM, protocol: ApiProtocol, status: int, category: type[ModelAPIError]
) -> None:
    fake.push(error(status, f"fake says {status}"))
    agent = Agent(fake.model(protocol), output_type=Cut)

    with pytest.raises(category) as caught:
        agent.run_sync("cut")

    exc = caught.value
    assert isinstance(exc, ModelHTTPError)  # every category raised for a status is also this
    assert exc.status_code == status
    assert f"fake says {status}" in str(exc)
    assert len(fake.calls) == 1  # the fake's models make no client-side retries


def test_error_bodies_differ_by_protocol(fake: FakeLLM) -> None:
    """OpenAI's `body` is the inner error object; Gemini's is the whole `{"error": ...}`."""
    fake.push(error(401, "nope"), error(401, "nope"))
    with pytest.raises(ModelAuthenticationError) as openai_error:
        Agent(fake.model("openai")).run_sync("x")
    with pytest.raises(ModelAuthenticationError) as gemini_error:
        Agent(fake.model("gemini")).run_sync("x")

    assert openai_error.value.body == {
        "message": "nope",
        "type": "invalid_request_error",
        "param": None,
        "code": "invalid_api_key",
    }
    assert openai_error.value.provider_error_code == "invalid_api_key"
    assert gemini_error.value.body == {
        "error": {"code": 401, "message": "nope", "status": "UNAUTHENTICATED"}
    }
    assert gemini_error.value.provider_error_code == "UNAUTHENTICATED"


def test_gemini_reports_a_bad_key_as_400_api_key_invalid(fake: FakeLLM) -> None:
    """What the real Gemini API sends for a wrong key; pydantic-ai still calls it an auth error."""
    fake.push(
        error(
            400,
            "API key not valid. Please pass a valid API key.",
            details=[
                {
                    "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                    "reason": "API_KEY_INVALID",
                    "domain": "googleapis.com",
                }
            ],
        )
    )
    with pytest.raises(ModelAuthenticationError) as caught:
        Agent(fake.model("gemini")).run_sync("x")
    assert isinstance(caught.value, ModelHTTPError)
    assert caught.value.status_code == 400


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_exhausted_quota_is_not_a_rate_limit(fake: FakeLLM, protocol: ApiProtocol) -> None:
    if protocol == "openai":
        fake.push(error(429, "You exceeded your current quota", code="insufficient_quota"))
    else:
        daily = {"quotaId": "GenerateRequestsPerDayPerProjectPerModel-FreeTier"}
        fake.push(
            error(
                429,
                "You exceeded your current quota",
                details=[
                    {"@type": "type.googleapis.com/google.rpc.QuotaFailure", "violations": [daily]},
                    {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "14s"},
                ],
            )
        )
    with pytest.raises(ModelQuotaExceededError) as caught:
        Agent(fake.model(protocol)).run_sync("x")
    assert not isinstance(caught.value, ModelRateLimitError)
    assert caught.value.retry_after == (None if protocol == "openai" else 14.0)


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_running_out_of_replies_fails_loudly(fake: FakeLLM, protocol: ApiProtocol) -> None:
    with pytest.raises(ModelServerError, match="ran out of scripted replies"):
        Agent(fake.model(protocol)).run_sync("x")
    assert fake.errors


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_a_reply_function_sees_the_request(fake: FakeLLM, protocol: ApiProtocol) -> None:
    def echo_length(request: FakeRequest) -> Reply:
        return call({"start": 0, "end": len(request.user_text())})

    fake.set_handler(echo_length)
    agent = Agent(fake.model(protocol), output_type=Cut)

    assert agent.run_sync("12345").output == Cut(start=0, end=5)
    assert agent.run_sync("123").output == Cut(start=0, end=3)


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_function_tools_are_called_by_name(fake: FakeLLM, protocol: ApiProtocol) -> None:
    fake.push(call({"path": "a.mp4"}, name="probe"), call({"start": 0, "end": 2}, "final_result"))
    agent = Agent(fake.model(protocol), output_type=Cut)

    @agent.tool_plain
    def probe(path: str) -> dict[str, object]:
        """Probe a media file."""
        return {"path": path, "note": 'duration "2s"'}

    assert agent.run_sync("x").output == Cut(start=0, end=2)
    assert list(fake.calls[0].tools()) == ["probe", "final_result"]
    assert fake.calls[0].tool_descriptions()["probe"] == "Probe a media file."
    (result,) = fake.last.tool_results()
    assert result.name == "probe"
    assert 'duration "2s"' in result.text


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_streamed_runs_work_too(fake: FakeLLM, protocol: ApiProtocol) -> None:
    fake.push(call({"start": 1, "end": 2}), text("streamed words"))

    async def run() -> tuple[Cut, str]:
        model = fake.model(protocol)
        async with Agent(model, output_type=Cut).run_stream("x") as structured:
            cut = await structured.get_output()
        async with Agent(model).run_stream("y") as plain:
            words = await plain.get_output()
        return cut, words

    assert asyncio.run(run()) == (Cut(start=1, end=2), "streamed words")
    assert all(r.stream for r in fake.calls)


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_unknown_models_get_a_404(protocol: ApiProtocol) -> None:
    with FakeLLM([text("unused")], models=["known-model"]) as fake:
        with pytest.raises(ModelNotFoundError):
            Agent(fake.model(protocol, "other-model")).run_sync("x")
        assert fake.remaining == 1


def test_model_listings() -> None:
    with FakeLLM(models=["m1", "m2"]) as fake:
        with urllib.request.urlopen(f"{fake.openai_base_url}/models") as response:
            openai_list = json.load(response)
        with urllib.request.urlopen(f"{fake.gemini_base_url}/v1beta/models") as response:
            gemini_list = json.load(response)
    assert [m["id"] for m in openai_list["data"]] == ["m1", "m2"]
    assert [m["name"] for m in gemini_list["models"]] == ["models/m1", "models/m2"]


def test_the_openai_sdk_retries_429_and_5xx_unless_told_not_to(fake: FakeLLM) -> None:
    """With the SDK's default 2 retries one run costs 3 replies; `retry-after-ms` keeps it fast."""
    quick = {"retry-after-ms": "1"}
    fake.push(error(429, headers=quick), error(503, headers=quick), call({"start": 0, "end": 1}))
    agent = Agent(fake.openai_model(max_retries=None), output_type=Cut)

    started = time.monotonic()
    assert agent.run_sync("x").output == Cut(start=0, end=1)
    assert time.monotonic() - started < 1
    retry_counts = [r.headers["x-stainless-retry-count"] for r in fake.calls]
    assert retry_counts == ["0", "1", "2"]


def test_google_genai_retries_only_when_given_retry_options(fake: FakeLLM) -> None:
    """pydantic-ai builds the Gemini client without retry options: one attempt, no backoff."""
    from google.genai.types import HttpRetryOptions
    from pydantic_ai.models.google import GoogleModel
    from pydantic_ai.providers.google import GoogleProvider

    from promptcut.model_choice import DEFAULT_GEMINI_MODEL

    fake.push(error(503))
    with pytest.raises(ModelUnavailableError):
        Agent(fake.gemini_model(max_retries=None)).run_sync("x")
    assert len(fake.calls) == 1

    fast = HttpRetryOptions(attempts=3, initial_delay=0.001, max_delay=0.001, jitter=0)
    provider = GoogleProvider(api_key="k", base_url=fake.gemini_base_url, retry_options=fast)
    fake.push(error(429), error(500), text("third time lucky"))
    assert Agent(GoogleModel(DEFAULT_GEMINI_MODEL, provider=provider)).run_sync("x").output == (
        "third time lucky"
    )
    assert len(fake.calls) == 4
