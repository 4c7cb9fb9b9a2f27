"""Configuration from PROMPTCUT_* environment variables and an optional .env file."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

import platformdirs
from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["Settings", "settings"]


class Settings(BaseSettings):
    """Every knob promptcut reads; each is `PROMPTCUT_<NAME>` in the environment."""

    model_config = SettingsConfigDict(env_prefix="PROMPTCUT_", env_file=".env", extra="ignore")

    data_dir: Path = Field(
        default_factory=lambda: Path(platformdirs.user_data_dir("promptcut")),
        description="Where sessions and caches live.",
    )
    ffmpeg: str | None = Field(
        None, description="The ffmpeg binary to use (else PATH, else bundled)."
    )
    max_pixels: int = Field(8192 * 8192, description="Largest frame accepted, in pixels (w*h).")
    max_duration: float = Field(6 * 3600, description="Longest input accepted, in seconds.")
    max_input_bytes: int = Field(64 * 1024**3, description="Largest input file accepted.")
    max_output_bytes: int = Field(64 * 1024**3, description="Largest file a run may write.")
    render_timeout: float = Field(6 * 3600, description="Wall-clock limit for one render, seconds.")
    sandbox_timeout: float = Field(
        300, description="Wall-clock limit for one sandbox run, seconds."
    )
    sandbox: bool = Field(True, description="Prove each stage script on dummy media first.")

    allow_unsandboxed: bool = Field(
        False,
        description="Run model-written scripts even where bubblewrap cannot isolate them "
        "(they are refused otherwise).",
    )

    # -- the model that plans what the grammar cannot read -----------------------------------
    planner: Literal["auto", "offline", "llm"] = Field(
        "auto",
        description="auto: the grammar first, a model for what it cannot read; offline: the "
        "grammar only; llm: the model plans every request.",
    )
    llm_provider: Literal["gemini", "openai"] | None = Field(
        None,
        description="gemini, or openai for any OpenAI-compatible endpoint (OpenAI, Ollama, "
        "vLLM, llama.cpp); default: gemini with a Google key, else openai with a base URL or key.",
    )
    llm_model: str | None = Field(
        None, description="The model's name (default for gemini: gemini-3.8-flash)."
    )
    llm_base_url: str | None = Field(
        None,
        description="The endpoint root: for openai e.g. http://localhost:11434/v1; for gemini "
        "the API root before /v1beta (a proxy or a test server).",
    )
    llm_api_key: SecretStr | None = Field(
        None, description="The key for the endpoint (else GOOGLE_API_KEY or OPENAI_API_KEY)."
    )
    google_api_key: SecretStr | None = Field(
        None,
        validation_alias=AliasChoices("GOOGLE_API_KEY", "GEMINI_API_KEY"),
        description="Gemini's key, by the names Google's tools use.",
    )
    openai_api_key: SecretStr | None = Field(
        None, validation_alias=AliasChoices("OPENAI_API_KEY"), description="OpenAI's usual key."
    )
    llm_attempts: int = Field(
        3, ge=1, le=10, description="Tries the model gets at a plan or a script before refusing."
    )
    llm_max_requests: int = Field(
        20, ge=1, le=200, description="Most model requests one edit may make."
    )
    llm_timeout: float = Field(120, gt=0, description="Seconds one model request may take.")

    # -- the web service ----------------------------------------------------------------------
    max_upload_mb: int = Field(
        4096, gt=0, description="Largest upload the server accepts, in MiB (413 past it)."
    )
    max_body_kb: int = Field(
        64,
        gt=0,
        description="Largest request body the server reads outside uploads (a prompt), in KiB "
        "(413 past it).",
    )
    header_timeout: float = Field(
        10, gt=0, description="Seconds a client has to send a request's head (slow clients)."
    )
    body_timeout: float = Field(
        60, gt=0, description="Seconds a request's body may pause between chunks."
    )
    keep_alive_timeout: int = Field(
        5, ge=1, description="Seconds an idle connection is kept open between requests."
    )
    api_key: str | None = Field(
        None,
        description="When set, every route but /healthz and the page needs "
        "'Authorization: Bearer <key>' (or the page's cookie).",
    )
    cors_origins: list[str] = Field(
        default_factory=list, description="Origins allowed to call the API from a browser."
    )
    workers: int = Field(2, ge=1, le=64, description="Edits the server runs at once.")
    broker_url: str | None = Field(
        None,
        description="Redis for Celery workers, e.g. redis://127.0.0.1:6379/0: edits run on "
        "`promptcut worker` processes sharing the data folder; unset: in the server itself.",
    )
    previews: bool = Field(
        True, description="Render a quick preview from the proxy before each web edit."
    )
    proxy_lines: int = Field(
        360, ge=120, le=1080, description="The shorter side of preview proxies, in pixels."
    )
    keep_days: float = Field(
        30,
        ge=0,
        description="The server removes sessions unused for this many days, at start and every "
        "6 hours (never one with a job queued or running); 0 keeps them all.",
    )


@lru_cache(maxsize=1)
def settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
