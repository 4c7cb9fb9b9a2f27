"""The model behind the AI half: which one the settings name, built as a pydantic-ai model that
retries transient provider errors, and provider errors turned into one line naming the setting
to fix. The key is read here and goes nowhere but the provider's request headers."""

from __future__ import annotations

import asyncio
import json
import time
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic_ai import (
    Agent,
    ModelAPIError,
    ModelAuthenticationError,
    ModelConnectionError,
    ModelHTTPError,
    ModelMessagesTypeAdapter,
    ModelNotFoundError,
    ModelQuotaExceededError,
    ModelRateLimitError,
    ModelRequestTimeout,
    ModelServerError,
    ModelUnavailableError,
    RunUsage,
    UsageLimitExceeded,
    UsageLimits,
    capture_run_messages,
)
from pydantic_ai.messages import ModelMessage, ModelResponse
from pydantic_ai.models import Model, ModelRequestParameters
from pydantic_ai.models.wrapper import WrapperModel
from pydantic_ai.settings import ModelSettings

from promptcut.model_choice import (
    DEFAULT_GEMINI_MODEL,
    ModelChoice,
    ModelUnavailable,
    choose_model,
    not_configured_hint,
)
from promptcut.settings import Settings

__all__ = [
    "DEFAULT_GEMINI_MODEL",
    "ModelChoice",
    "ModelClient",
    "ModelUnavailable",
    "ModelUse",
    "RetryingModel",
    "build_model",
    "choose_model",
    "explain",
    "not_configured_hint",
]

OutputT = TypeVar("OutputT")

#: Errors worth trying again after a pause: the provider was busy, slow or briefly down.
TRANSIENT: tuple[type[ModelAPIError], ...] = (
    ModelRateLimitError,
    ModelServerError,
    ModelUnavailableError,
    ModelConnectionError,
    ModelRequestTimeout,
)


#: The longest pause between two tries of one request, whatever the provider asks for.
_LONGEST_WAIT = 30.0


class RetryingModel(WrapperModel):
    """A model whose requests are tried again, after a capped, growing pause, when the
    provider fails in a way that may pass (429, 5xx, a timeout, a dropped connection)."""

    def __init__(self, wrapped: Model, delays: Sequence[float] = (1.0, 2.0, 4.0, 8.0)) -> None:
        super().__init__(wrapped)
        self.delays = tuple(delays)

    async def request(
        self,
        messages: list[ModelMessage],
        model_settings: ModelSettings | None,
        model_request_parameters: ModelRequestParameters,
    ) -> ModelResponse:
        for delay in (*self.delays, None):
            try:
                return await self.wrapped.request(
                    messages, model_settings, model_request_parameters
                )
            except TRANSIENT as e:
                if delay is None:
                    raise
                # A provider that says when to come back is believed, within reason.
                await asyncio.sleep(min(max(delay, e.retry_after or 0.0), _LONGEST_WAIT))
        raise AssertionError("unreachable")  # the last try re-raises


def build_model(choice: ModelChoice, settings: Settings) -> Model:
    """The pydantic-ai model for `choice`, its own client-side retries off (ours are above)."""
    key = choice.key.get_secret_value() if choice.key else None
    timeout = settings.llm_timeout
    model: Model
    if choice.provider == "gemini":
        from google.genai.types import HttpOptions
        from pydantic_ai.models.google import GoogleModel
        from pydantic_ai.providers.google import GoogleProvider

        if key is None:
            raise ModelUnavailable(
                "Gemini needs an API key: set GOOGLE_API_KEY (or PROMPTCUT_LLM_API_KEY)"
            )
        from google import genai

        gclient = genai.Client(
            api_key=key,
            http_options=HttpOptions(base_url=choice.base_url, timeout=int(timeout * 1000)),
        )
        model = GoogleModel(
            choice.name or DEFAULT_GEMINI_MODEL, provider=GoogleProvider(client=gclient)
        )
    else:
        from openai import AsyncOpenAI
        from pydantic_ai.models.openai import OpenAIChatModel
        from pydantic_ai.providers.openai import OpenAIProvider

        # A local server (Ollama, llama.cpp) takes any key; the SDK insists on one.
        client = AsyncOpenAI(
            base_url=choice.base_url,
            api_key=key or "none",
            max_retries=0,
            timeout=timeout,
        )
        name = choice.name or _only_model(choice, key, timeout)
        model = OpenAIChatModel(name, provider=OpenAIProvider(openai_client=client))
    return RetryingModel(model)


def _only_model(choice: ModelChoice, key: str | None, timeout: float) -> str:
    """The model an OpenAI-compatible server offers when it offers exactly one."""
    base = (choice.base_url or "https://api.openai.com/v1").rstrip("/")
    request = urllib.request.Request(f"{base}/models")
    if key:
        request.add_header("Authorization", f"Bearer {key}")
    try:
        with urllib.request.urlopen(request, timeout=min(timeout, 30)) as answer:
            listed = json.load(answer).get("data", [])
    except (OSError, ValueError) as e:
        raise ModelUnavailable(
            f"no model is named and the endpoint's list of models could not be read ({e}); "
            "set PROMPTCUT_LLM_MODEL"
        ) from None
    names = [m.get("id") for m in listed if isinstance(m, dict) and m.get("id")]
    if len(names) != 1:
        offered = ", ".join(map(str, names[:8])) or "none"
        raise ModelUnavailable(
            f"set PROMPTCUT_LLM_MODEL to the model to use (the endpoint offers: {offered})"
        )
    return str(names[0])


def explain(e: BaseException, choice: ModelChoice) -> ModelUnavailable | None:
    """A provider error as one line naming the setting to fix; None for anything else."""
    if not isinstance(e, ModelAPIError):
        return None
    where = choice.describe()
    key = choice.key_setting
    if isinstance(e, ModelAuthenticationError):
        text = f"the model provider refused the API key for {where}: check {key}"
    elif isinstance(e, ModelNotFoundError):
        text = f"the model {where} does not exist or is not available: check PROMPTCUT_LLM_MODEL"
    elif isinstance(e, ModelQuotaExceededError):
        text = f"the quota of the key in {key} is used up for {where}; try later or raise it"
    elif isinstance(e, ModelConnectionError | ModelRequestTimeout):
        text = f"could not reach {where}: check PROMPTCUT_LLM_BASE_URL and the network"
    elif isinstance(e, TRANSIENT):
        text = f"{where} is busy or failing (tried again, still failing): try later"
    elif isinstance(e, ModelHTTPError) and e.status_code in (401, 403):
        text = f"the model provider refused the API key for {where}: check {key}"
    elif isinstance(e, ModelHTTPError) and e.status_code == 404:
        text = f"the model {where} does not exist or is not available: check PROMPTCUT_LLM_MODEL"
    else:
        text = f"the model provider failed for {where}: {_short(e)}"
    return ModelUnavailable(redact(text, choice))


def _short(e: BaseException) -> str:
    return " ".join(str(e).split())[:200]


def redact(text: str, choice: ModelChoice | None) -> str:
    """`text` with the key (if any) blanked out: errors may quote what was sent."""
    if choice is not None and choice.key is not None:
        secret = choice.key.get_secret_value()
        if secret:
            text = text.replace(secret, "***")
    return text


@dataclass
class ModelUse:
    """What one edit asked of the model: requests and tokens, for the session history."""

    model: str = ""
    requests: int = 0
    input_tokens: int = 0
    output_tokens: int = 0

    def add(self, usage: RunUsage) -> None:
        self.requests += usage.requests
        self.input_tokens += usage.input_tokens or 0
        self.output_tokens += usage.output_tokens or 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "requests": self.requests,
            "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens,
        }


class ModelClient:
    """The configured model as one edit uses it: runs an agent to its typed output, counts the
    requests and tokens, stops at the edit's cap on requests, and turns provider failures into
    `ModelUnavailable`. Tests give it pydantic-ai's `FunctionModel` in place of a provider."""

    def __init__(
        self, model: Model, choice: ModelChoice | None = None, *, max_requests: int = 20
    ) -> None:
        self.model = model
        self.choice = choice
        self.max_requests = max_requests
        self.use = ModelUse(model=choice.name or "" if choice else model.model_name)
        #: every run's messages, by what the run was for, for the session's logs
        self.exchanges: list[tuple[str, bytes]] = []

    @classmethod
    def from_settings(cls, settings: Settings) -> ModelClient | None:
        """The client for the configured model, or None when none is configured."""
        choice = choose_model(settings)
        if choice is None:
            return None
        client = cls(build_model(choice, settings), choice, max_requests=settings.llm_max_requests)
        client.use.model = client.model.model_name
        return client

    def run(self, agent: Agent[None, OutputT], prompt: str, *, purpose: str) -> OutputT:
        """Run `agent` on `prompt` with this model; its output. `UnexpectedModelBehavior`
        (the model kept failing its output checks) is left to the caller, who knows why.
        The exchange is kept in `exchanges` under `purpose` ("plan", "script-03"), whatever
        the outcome."""
        left = self.max_requests - self.use.requests
        if left <= 0:
            raise ModelUnavailable(
                f"this edit has used all {self.max_requests} model requests it may make "
                "(PROMPTCUT_LLM_MAX_REQUESTS)"
            )
        usage = RunUsage()
        try:
            with capture_run_messages() as messages:
                try:
                    result = agent.run_sync(
                        prompt,
                        model=self.model,
                        usage=usage,
                        usage_limits=UsageLimits(request_limit=left),
                    )
                finally:
                    exchange = ModelMessagesTypeAdapter.dump_json(messages, indent=1)
                    self.exchanges.append((purpose, exchange))
        except UsageLimitExceeded:
            raise ModelUnavailable(
                f"the model needed more than the {self.max_requests} requests one edit may make "
                "(PROMPTCUT_LLM_MAX_REQUESTS)"
            ) from None
        except ModelAPIError as e:
            choice = self.choice or ModelChoice("openai", self.use.model, None, None, "the key")
            explained = explain(e, choice)
            assert explained is not None
            raise explained from None
        finally:
            self.use.add(usage)
        return result.output


def model_report(settings: Settings, *, ask: bool = False) -> dict[str, str]:
    """Rows for `promptcut doctor`: the planner, the model and where its key comes from (never
    the key); with `ask`, one tiny request proves the key and the endpoint work."""
    choice = choose_model(settings)
    mode = settings.planner
    if choice is None:
        return {
            "planner": f"{mode}: the grammar only (no model configured; {not_configured_hint()})",
        }
    key = f"key from {choice.key_setting}" if choice.key else "no key"
    rows = {
        "planner": {
            "auto": "auto: the grammar first, the model for what it cannot read",
            "offline": "offline: the grammar only (the model is not asked)",
            "llm": "llm: the model plans every request",
        }[mode],
        "model": f"{choice.describe()}, {key}",
    }
    if ask:
        rows["model check"] = _ask(choice, settings)
    return rows


def _ask(choice: ModelChoice, settings: Settings) -> str:
    """One tiny request: how long the answer took, or why there was none."""
    started = time.monotonic()
    try:
        client = ModelClient(build_model(choice, settings), choice, max_requests=1)
        agent: Agent[None, str] = Agent(instructions="Answer with the single word OK.")
        answer = client.run(agent, "Are you there?", purpose="check")
    except ModelUnavailable as e:
        return f"FAILED: {e}"
    return f"answered {answer.strip()[:20]!r} in {time.monotonic() - started:.1f} s"
