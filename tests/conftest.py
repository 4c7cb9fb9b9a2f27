"""Every test: no model provider is reachable through the environment (a developer's real key
must never be used by a test); tests that want a model give one (a FunctionModel or the fake
provider in tests/fakellm.py)."""

from __future__ import annotations

import pytest

_PROVIDER_SETTINGS = (
    "GOOGLE_API_KEY",
    "GEMINI_API_KEY",
    "OPENAI_API_KEY",
    "PROMPTCUT_LLM_PROVIDER",
    "PROMPTCUT_LLM_MODEL",
    "PROMPTCUT_LLM_BASE_URL",
    "PROMPTCUT_LLM_API_KEY",
    "PROMPTCUT_PLANNER",
)


@pytest.fixture(autouse=True)
def _no_real_model(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in _PROVIDER_SETTINGS:
        monkeypatch.delenv(name, raising=False)
