"""Which model the settings name, and the error for one that cannot be used: what the
orchestrator needs to decide whether a model may plan, without loading pydantic-ai (the model
itself is built in `promptcut.llm`, when it is used)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import SecretStr

from promptcut.errors import UserError
from promptcut.settings import Settings

__all__ = [
    "DEFAULT_GEMINI_MODEL",
    "ModelChoice",
    "ModelUnavailable",
    "choose_model",
    "not_configured_hint",
]

#: A current fast Gemini model: planning and short scripts need speed more than depth.
DEFAULT_GEMINI_MODEL = "gemini-3.8-flash"


class ModelUnavailable(UserError):
    """The model cannot be used as configured (a bad key, an unknown model, no quota, an
    endpoint that does not answer): the message names the setting to fix."""


@dataclass(frozen=True)
class ModelChoice:
    """The model the settings name, and where its key came from (for messages, never the key)."""

    provider: Literal["gemini", "openai"]
    #: None: the OpenAI-compatible endpoint's only model, asked for when it is built
    name: str | None
    base_url: str | None
    key: SecretStr | None
    #: the variable the key was read from, to name in an error about it
    key_setting: str

    def describe(self) -> str:
        where = f" at {self.base_url}" if self.base_url else ""
        provider = "Gemini" if self.provider == "gemini" else "an OpenAI-compatible endpoint"
        return f"{self.name or 'its default model'} ({provider}{where})"


def choose_model(settings: Settings) -> ModelChoice | None:
    """The model the settings name, or None when none is configured (offline only).

    The provider is `llm_provider` if set; else gemini when a Google key is set, else openai
    when a base URL or PROMPTCUT_LLM_API_KEY is set."""
    google = settings.google_api_key
    provider = settings.llm_provider
    if provider is None:
        if google is not None:
            provider = "gemini"
        elif settings.llm_base_url or settings.llm_api_key:
            provider = "openai"
        else:
            return None
    key: SecretStr | None
    if settings.llm_api_key is not None:
        key, source = settings.llm_api_key, "PROMPTCUT_LLM_API_KEY"
    elif provider == "gemini":
        key, source = google, "GOOGLE_API_KEY"
    else:
        key, source = settings.openai_api_key, "OPENAI_API_KEY"
    name = settings.llm_model or (DEFAULT_GEMINI_MODEL if provider == "gemini" else None)
    return ModelChoice(provider, name, settings.llm_base_url, key, source)


def not_configured_hint() -> str:
    return (
        "to let a model plan it, set GOOGLE_API_KEY (Gemini) or PROMPTCUT_LLM_BASE_URL "
        "(an OpenAI-compatible endpoint such as a local Ollama)"
    )
