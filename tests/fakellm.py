"""A fake LLM provider for tests: a local HTTP server speaking OpenAI chat and Gemini APIs."""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self
from urllib.parse import parse_qsl, urlsplit

from promptcut.model_choice import DEFAULT_GEMINI_MODEL

if TYPE_CHECKING:
    from pydantic_ai.models.google import GoogleModel
    from pydantic_ai.models.openai import OpenAIChatModel

__all__ = [
    "ApiProtocol",
    "FakeLLM",
    "FakeMessage",
    "FakeRequest",
    "Reply",
    "Script",
    "ToolCall",
    "call",
    "calls",
    "error",
    "text",
]

ApiProtocol = Literal["openai", "gemini"]
"""The wire protocol a request arrived on."""

# ------------------------------------------------------------------------------- recorded requests


@dataclass(frozen=True)
class FakeMessage:
    """One message of a request, normalised across protocols.

    `role` is `system`, `user`, `assistant` or `tool` (a tool result, including a retry prompt
    sent back for a tool call); `text` is its text; `name` is a tool result's tool, where known.
    """

    role: str
    text: str
    name: str | None = None


@dataclass
class FakeRequest:
    """One HTTP request the fake received, with helpers to read what the model was sent."""

    protocol: ApiProtocol
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # lower-cased names
    body: Any  # the parsed JSON body, or None
    model: str | None = None

    @property
    def is_generation(self) -> bool:
        """Whether this is a model call (chat completion / generateContent), not e.g. a listing."""
        if self.method != "POST":
            return False
        path = self.path
        return path.endswith("/chat/completions") or path.endswith(
            (":generateContent", ":streamGenerateContent")
        )

    @property
    def stream(self) -> bool:
        """Whether the client asked for a streamed (server-sent events) response."""
        if self.protocol == "gemini":
            return ":streamGenerateContent" in self.path
        return isinstance(self.body, dict) and bool(self.body.get("stream"))

    def api_key(self) -> str | None:
        """The API key the client sent: OpenAI's bearer token, Gemini's `x-goog-api-key`/`?key=`."""
        auth = self.headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            return auth[7:]
        return self.headers.get("x-goog-api-key") or self.query.get("key")

    def messages(self) -> list[FakeMessage]:
        """The conversation sent to the model, normalised to `FakeMessage`s in order."""
        if not isinstance(self.body, dict):
            return []
        if self.protocol == "openai":
            return _openai_messages(self.body)
        return _gemini_messages(self.body)

    def text(self) -> str:
        """All message text (system, user, assistant, tool results and retry prompts), joined."""
        return "\n".join(m.text for m in self.messages() if m.text)

    def system_text(self) -> str:
        """The system prompt(s) / instructions."""
        return "\n".join(m.text for m in self.messages() if m.role == "system" and m.text)

    def user_text(self) -> str:
        """The user messages' text."""
        return "\n".join(m.text for m in self.messages() if m.role == "user" and m.text)

    def tool_results(self) -> list[FakeMessage]:
        """The tool results (and tool retry prompts) sent back to the model."""
        return [m for m in self.messages() if m.role == "tool"]

    def tools(self) -> dict[str, dict[str, Any]]:
        """The tools/functions offered, as name -> JSON schema of their arguments, in order."""
        if not isinstance(self.body, dict):
            return {}
        offered: dict[str, dict[str, Any]] = {}
        if self.protocol == "openai":
            for tool in self.body.get("tools") or []:
                fn = tool.get("function") or {}
                if "name" in fn:
                    offered[fn["name"]] = fn.get("parameters") or {}
            return offered
        for tool in self.body.get("tools") or []:
            decls = _get(tool, "functionDeclarations", "function_declarations") or []
            for decl in decls:
                if "name" in decl:
                    schema = _get(decl, "parametersJsonSchema", "parameters_json_schema")
                    offered[decl["name"]] = schema or decl.get("parameters") or {}
        return offered

    def tool_descriptions(self) -> dict[str, str]:
        """The tools/functions offered, as name -> description."""
        if not isinstance(self.body, dict):
            return {}
        found: dict[str, str] = {}
        for tool in self.body.get("tools") or []:
            if self.protocol == "openai":
                decls = [tool.get("function") or {}]
            else:
                decls = _get(tool, "functionDeclarations", "function_declarations") or []
            for decl in decls:
                if "name" in decl:
                    found[decl["name"]] = decl.get("description") or ""
        return found


def _get(obj: Mapping[str, Any], *keys: str) -> Any:
    """The first of `keys` present in `obj` (camelCase and snake_case spellings)."""
    for key in keys:
        if key in obj:
            return obj[key]
    return None


def _leaves(value: Any) -> list[str]:
    """The scalar leaves of a JSON value as strings, for reading tool results."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, Mapping):
        return [s for v in value.values() for s in _leaves(v)]
    if isinstance(value, list):
        return [s for v in value for s in _leaves(v)]
    if value is None:
        return []
    return [json.dumps(value)]


def _openai_content_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(
            p["text"] for p in content if isinstance(p, dict) and isinstance(p.get("text"), str)
        )
    return ""


def _openai_messages(body: Mapping[str, Any]) -> list[FakeMessage]:
    found: list[FakeMessage] = []
    names: dict[str, str] = {}  # tool_call_id -> tool name
    for msg in body.get("messages") or []:
        role = msg.get("role", "")
        content = _openai_content_text(msg.get("content"))
        if role in ("system", "developer"):
            found.append(FakeMessage("system", content))
        elif role == "assistant":
            for tc in msg.get("tool_calls") or []:
                names[tc.get("id", "")] = (tc.get("function") or {}).get("name", "")
            found.append(FakeMessage("assistant", content))
        elif role == "tool":
            # pydantic-ai sends structured tool results (and `{"error": ...}` retry prompts) as
            # JSON text; read their string leaves, as for Gemini, so quotes are not escaped.
            try:
                decoded = json.loads(content)
            except ValueError:
                decoded = None
            if isinstance(decoded, dict | list):
                content = "\n".join(_leaves(decoded))
            found.append(FakeMessage("tool", content, names.get(msg.get("tool_call_id", ""))))
        else:
            found.append(FakeMessage(role, content))
    return found


def _gemini_messages(body: Mapping[str, Any]) -> list[FakeMessage]:
    found: list[FakeMessage] = []
    system = _get(body, "systemInstruction", "system_instruction")
    if isinstance(system, dict):
        found.append(FakeMessage("system", _gemini_parts_text(system.get("parts") or [])))
    for content in body.get("contents") or []:
        parts = content.get("parts") or []
        role = "assistant" if content.get("role") == "model" else "user"
        plain = [p for p in parts if _get(p, "functionResponse", "function_response") is None]
        if plain:
            found.append(FakeMessage(role, _gemini_parts_text(plain)))
        for part in parts:
            resp = _get(part, "functionResponse", "function_response")
            if resp is not None:
                text = "\n".join(_leaves(resp.get("response")))
                found.append(FakeMessage("tool", text, resp.get("name")))
    return found


def _gemini_parts_text(parts: Sequence[Mapping[str, Any]]) -> str:
    return "\n".join(
        p["text"] for p in parts if isinstance(p.get("text"), str) and not p.get("thought")
    )


# ------------------------------------------------------------------------------------- replies


@dataclass(frozen=True)
class ToolCall:
    """One tool/function call in a reply; `name=None` means the first tool the request offers."""

    args: dict[str, Any]
    name: str | None = None


@dataclass(frozen=True)
class Reply:
    """What the fake answers one request with: tool calls and/or text, or an HTTP error."""

    tool_calls: tuple[ToolCall, ...] = ()
    content: str | None = None
    status: int = 200
    message: str = ""
    code: str | None = None  # OpenAI `error.code`
    error_type: str | None = None  # OpenAI `error.type`
    grpc_status: str | None = None  # Gemini `error.status`
    details: tuple[dict[str, Any], ...] = ()  # Gemini `error.details`
    body: Any = None  # sent verbatim (as JSON) instead of the built error body
    headers: tuple[tuple[str, str], ...] = ()
    input_tokens: int = 10
    output_tokens: int = 5

    @property
    def is_error(self) -> bool:
        return self.status >= 400

    @classmethod
    def call(cls, args: dict[str, Any], name: str | None = None) -> Reply:
        """A tool/function call with `args`; `name=None` picks the first tool offered."""
        return cls(tool_calls=(ToolCall(dict(args), name),))

    @classmethod
    def calls(cls, *tool_calls: ToolCall | tuple[str | None, dict[str, Any]]) -> Reply:
        """Several tool calls in one response, e.g. `calls(("probe", {}), ("cut", {"at": 3}))`."""
        items = tuple(
            tc if isinstance(tc, ToolCall) else ToolCall(tc[1], tc[0]) for tc in tool_calls
        )
        return cls(tool_calls=items)

    @classmethod
    def text(cls, content: str) -> Reply:
        """A plain text answer."""
        return cls(content=content)

    @classmethod
    def error(
        cls,
        status: int,
        message: str | None = None,
        *,
        code: str | None = None,
        error_type: str | None = None,
        grpc_status: str | None = None,
        details: Sequence[dict[str, Any]] = (),
        body: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> Reply:
        """An HTTP error in the provider's own format.

        OpenAI: `{"error": {"message", "type", "code", "param"}}`; Gemini:
        `{"error": {"code", "message", "status", "details"?}}`. `code`/`error_type` (OpenAI) and
        `grpc_status`/`details` (Gemini) default to what the real provider sends for `status`;
        `body` replaces the whole JSON body; `headers` are added (e.g. `{"retry-after-ms": "1"}`).
        """
        return cls(
            status=status,
            message=message if message is not None else _DEFAULT_MESSAGES.get(status, "error"),
            code=code,
            error_type=error_type,
            grpc_status=grpc_status,
            details=tuple(details),
            body=body,
            headers=tuple((headers or {}).items()),
        )


call = Reply.call
calls = Reply.calls
text = Reply.text
error = Reply.error

Script = Reply | Callable[[FakeRequest], Reply]
"""One scripted answer: a `Reply`, or a function of the request returning one."""

_DEFAULT_MESSAGES = {
    400: "Invalid request.",
    401: "Incorrect API key provided.",
    403: "Permission denied.",
    404: "The model does not exist or you do not have access to it.",
    429: "Rate limit reached. Please try again later.",
    500: "The server had an error while processing your request.",
    502: "Bad gateway.",
    503: "The service is temporarily unavailable.",
}

# OpenAI: status -> (type, code)
_OPENAI_ERRORS: dict[int, tuple[str, str | None]] = {
    400: ("invalid_request_error", None),
    401: ("invalid_request_error", "invalid_api_key"),
    403: ("invalid_request_error", "unsupported_country_region_territory"),
    404: ("invalid_request_error", "model_not_found"),
    429: ("requests", "rate_limit_exceeded"),
    500: ("server_error", None),
    503: ("server_error", "service_unavailable"),
}

# Gemini: status -> google.rpc status
_GEMINI_STATUSES = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    409: "ABORTED",
    429: "RESOURCE_EXHAUSTED",
    499: "CANCELLED",
    500: "INTERNAL",
    503: "UNAVAILABLE",
    504: "DEADLINE_EXCEEDED",
}


# ------------------------------------------------------------------------------- wire encoding


def _resolve_calls(reply: Reply, request: FakeRequest) -> list[ToolCall]:
    offered = list(request.tools())
    resolved: list[ToolCall] = []
    for tc in reply.tool_calls:
        name = tc.name
        if name is None:
            if not offered:
                raise _NoToolOffered
            name = offered[0]
        resolved.append(ToolCall(tc.args, name))
    return resolved


class _NoToolOffered(Exception):
    """`call()` without a name for a request that offers no tools (native/prompted output)."""


def _openai_error_body(reply: Reply) -> dict[str, Any]:
    if reply.body is not None:
        return reply.body  # type: ignore[no-any-return]
    default_type, default_code = _OPENAI_ERRORS.get(
        reply.status, ("server_error" if reply.status >= 500 else "invalid_request_error", None)
    )
    return {
        "error": {
            "message": reply.message,
            "type": reply.error_type or default_type,
            "param": None,
            "code": reply.code if reply.code is not None else default_code,
        }
    }


def _gemini_error_body(reply: Reply) -> dict[str, Any]:
    if reply.body is not None:
        return reply.body  # type: ignore[no-any-return]
    err: dict[str, Any] = {
        "code": reply.status,
        "message": reply.message,
        "status": reply.grpc_status or _GEMINI_STATUSES.get(reply.status, "UNKNOWN"),
    }
    if reply.details:
        err["details"] = list(reply.details)
    return {"error": err}


def _openai_response(reply: Reply, request: FakeRequest) -> dict[str, Any]:
    content, tool_calls = reply.content, _resolve_calls_or_text(reply, request)
    if isinstance(tool_calls, str):
        content, tool_calls = tool_calls, []
    message: dict[str, Any] = {"role": "assistant", "content": content, "refusal": None}
    if tool_calls:
        message["tool_calls"] = [
            {
                "id": f"call_{uuid.uuid4().hex[:12]}",
                "type": "function",
                "function": {"name": tc.name, "arguments": json.dumps(tc.args)},
            }
            for tc in tool_calls
        ]
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex[:12]}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": request.model or "fake-model",
        "choices": [
            {
                "index": 0,
                "message": message,
                "finish_reason": "tool_calls" if tool_calls else "stop",
                "logprobs": None,
            }
        ],
        "usage": _openai_usage(reply),
    }


def _openai_usage(reply: Reply) -> dict[str, int]:
    return {
        "prompt_tokens": reply.input_tokens,
        "completion_tokens": reply.output_tokens,
        "total_tokens": reply.input_tokens + reply.output_tokens,
    }


def _openai_stream(reply: Reply, request: FakeRequest) -> bytes:
    full = _openai_response(reply, request)
    message = full["choices"][0]["message"]
    delta: dict[str, Any] = {"role": "assistant", "content": message["content"]}
    if "tool_calls" in message:
        delta["tool_calls"] = [{"index": i, **tc} for i, tc in enumerate(message["tool_calls"])]
    head = {k: full[k] for k in ("id", "created", "model")} | {"object": "chat.completion.chunk"}
    chunks = [
        head | {"choices": [{"index": 0, "delta": delta, "finish_reason": None}]},
        head
        | {
            "choices": [
                {"index": 0, "delta": {}, "finish_reason": full["choices"][0]["finish_reason"]}
            ]
        },
        head | {"choices": [], "usage": full["usage"]},
    ]
    events = [f"data: {json.dumps(c)}\n\n" for c in chunks] + ["data: [DONE]\n\n"]
    return "".join(events).encode()


def _resolve_calls_or_text(reply: Reply, request: FakeRequest) -> list[ToolCall] | str:
    """The reply's tool calls; a nameless call to a request offering no tools becomes JSON text."""
    try:
        return _resolve_calls(reply, request)
    except _NoToolOffered:
        merged: dict[str, Any] = {}
        for tc in reply.tool_calls:
            merged.update(tc.args)
        return json.dumps(merged)


def _gemini_response(reply: Reply, request: FakeRequest) -> dict[str, Any]:
    parts: list[dict[str, Any]] = []
    resolved = _resolve_calls_or_text(reply, request)
    if reply.content is not None:
        parts.append({"text": reply.content})
    if isinstance(resolved, str):
        parts.append({"text": resolved})
    else:
        parts.extend({"functionCall": {"name": tc.name, "args": tc.args}} for tc in resolved)
    return {
        "candidates": [
            {"content": {"role": "model", "parts": parts}, "finishReason": "STOP", "index": 0}
        ],
        "usageMetadata": {
            "promptTokenCount": reply.input_tokens,
            "candidatesTokenCount": reply.output_tokens,
            "totalTokenCount": reply.input_tokens + reply.output_tokens,
        },
        "modelVersion": request.model or "fake-model",
        "responseId": uuid.uuid4().hex[:16],
    }


# ---------------------------------------------------------------------------------- the server


class FakeLLM:
    """A local fake of the OpenAI chat-completions and Gemini generateContent APIs.

    Replies are consumed in order, one per model call (either protocol); a `Script` entry may be a
    function of the `FakeRequest`. Alternatively pass one function as `replies` to answer every
    request. When the script runs out the fake answers HTTP 500 saying so, so a test fails loudly.
    If `models` is given, a model call naming any other model gets a 404 without consuming a reply.

        with FakeLLM([call({"x": 1})]) as fake:
            model = fake.openai_model("gpt-4o")  # or fake.gemini_model("gemini-3.8-flash")
            ...
            assert fake.requests[0].api_key() == "test-key"
    """

    def __init__(
        self,
        replies: Sequence[Script] | Callable[[FakeRequest], Reply] = (),
        *,
        models: Sequence[str] | None = None,
        host: str = "127.0.0.1",
    ) -> None:
        self._lock = threading.Lock()
        self._handler: Callable[[FakeRequest], Reply] | None = None
        self._script: list[Script] = []
        if callable(replies):
            self._handler = replies
        else:
            self._script = list(replies)
        self.models: list[str] | None = list(models) if models is not None else None
        self.requests: list[FakeRequest] = []
        self.errors: list[str] = []  # problems the fake hit answering (e.g. a raising handler)
        self._host = host
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._models: dict[tuple[str, str | None, str], OpenAIChatModel | GoogleModel] = {}

    # -- lifecycle

    def start(self) -> Self:
        if self._server is not None:
            return self
        server = _Server((self._host, 0), self)
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None
        self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- addresses

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError(
                "FakeLLM is not running; use it as a context manager or call start()"
            )
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://{self._host}:{self.port}"

    @property
    def openai_base_url(self) -> str:
        """For `OpenAIProvider(base_url=...)`: `http://127.0.0.1:PORT/v1`."""
        return f"{self.url}/v1"

    @property
    def gemini_base_url(self) -> str:
        """For `GoogleProvider(base_url=...)`: `http://127.0.0.1:PORT` (client adds `/v1beta`)."""
        return self.url

    def base_url(self, protocol: ApiProtocol) -> str:
        return self.openai_base_url if protocol == "openai" else self.gemini_base_url

    # -- script

    def push(self, *replies: Script) -> None:
        """Append replies to the script."""
        with self._lock:
            self._script.extend(replies)

    def reset(self) -> None:
        """Forget the script, handler, recorded requests and errors (to reuse one server)."""
        with self._lock:
            self._script.clear()
            self._handler = None
            self.requests.clear()
            self.errors.clear()

    def set_handler(self, handler: Callable[[FakeRequest], Reply] | None) -> None:
        """Answer every model call with `handler(request)` (once the script is used up)."""
        with self._lock:
            self._handler = handler

    @property
    def remaining(self) -> int:
        """How many scripted replies are left."""
        with self._lock:
            return len(self._script)

    @property
    def calls(self) -> list[FakeRequest]:
        """The recorded model calls (chat completions / generateContent), without listings etc."""
        with self._lock:
            return [r for r in self.requests if r.is_generation]

    @property
    def last(self) -> FakeRequest:
        """The last model call received."""
        found = self.calls
        if not found:
            raise AssertionError("FakeLLM received no model call")
        return found[-1]

    def next_reply(self, request: FakeRequest) -> Reply:
        """The reply for one model call: the next scripted one, else the handler's, else a 500."""
        with self._lock:
            item: Script | None = self._script.pop(0) if self._script else self._handler
        if item is None:
            message = (
                f"FakeLLM ran out of scripted replies (model call #{len(self.calls)} "
                f"on {request.path})"
            )
            self.errors.append(message)
            return Reply.error(500, message, code="fake_out_of_replies")
        if isinstance(item, Reply):
            return item
        try:
            return item(request)
        except Exception as exc:  # surface a broken test handler as a loud 500
            message = f"FakeLLM reply function raised {type(exc).__name__}: {exc}"
            self.errors.append(message)
            return Reply.error(500, message, code="fake_handler_error")

    # -- pydantic-ai model helpers (import lazily, so the server itself needs only the stdlib)

    def openai_model(
        self, model_name: str = "gpt-4o", *, api_key: str = "test-key", max_retries: int | None = 0
    ) -> OpenAIChatModel:
        """An `OpenAIChatModel` on this fake; `max_retries=None` keeps the SDK's default (2)."""
        from pydantic_ai.models.openai import OpenAIChatModel
        from pydantic_ai.providers.openai import OpenAIProvider
        from pydantic_ai.settings import ModelSettings

        settings = ModelSettings(max_retries=max_retries) if max_retries is not None else None
        provider = OpenAIProvider(base_url=self.openai_base_url, api_key=api_key)
        return OpenAIChatModel(model_name, provider=provider, settings=settings)

    def gemini_model(
        self,
        model_name: str = DEFAULT_GEMINI_MODEL,
        *,
        api_key: str = "test-key",
        max_retries: int | None = 0,
    ) -> GoogleModel:
        """A `GoogleModel` pointed at this fake (google-genai makes no retries unless asked)."""
        from pydantic_ai.models.google import GoogleModel
        from pydantic_ai.providers.google import GoogleProvider
        from pydantic_ai.settings import ModelSettings

        settings = ModelSettings(max_retries=max_retries) if max_retries is not None else None
        provider = GoogleProvider(api_key=api_key, base_url=self.gemini_base_url)
        return GoogleModel(model_name, provider=provider, settings=settings)

    def model(
        self, protocol: ApiProtocol, model_name: str | None = None, *, api_key: str = "test-key"
    ) -> OpenAIChatModel | GoogleModel:
        """`openai_model` or `gemini_model` by protocol, without client retries (for parametrized
        tests). Cached per fake: building a client costs ~20-60 ms, mostly loading CA certificates.
        """
        key = (protocol, model_name, api_key)
        if key not in self._models:
            if protocol == "openai":
                built: OpenAIChatModel | GoogleModel = self.openai_model(
                    model_name or "gpt-4o", api_key=api_key
                )
            else:
                built = self.gemini_model(model_name or DEFAULT_GEMINI_MODEL, api_key=api_key)
            self._models[key] = built
        return self._models[key]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # idle keep-alive connections must not block stop()

    def __init__(self, address: tuple[str, int], owner: FakeLLM) -> None:
        super().__init__(address, _Handler)
        self.owner = owner


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    server_version = "FakeLLM/1.0"

    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def _serve(self) -> None:
        split = urlsplit(self.path)
        path = split.path
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body: Any = json.loads(raw) if raw else None
        except ValueError:
            body = raw.decode(errors="replace")
        protocol: ApiProtocol = "gemini" if path.startswith(("/v1beta", "/v1alpha")) else "openai"
        model: str | None = None
        if protocol == "openai" and isinstance(body, dict):
            model = body.get("model")
        elif protocol == "gemini" and "/models/" in path:
            model = path.split("/models/", 1)[1].split(":", 1)[0]
        request = FakeRequest(
            protocol=protocol,
            method=self.command,
            path=path,
            query=dict(parse_qsl(split.query)),
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
            model=model,
        )
        owner = self.server.owner
        with owner._lock:
            owner.requests.append(request)

        if not request.is_generation:
            self._serve_other(request)
            return
        if owner.models is not None and model not in owner.models:
            if protocol == "openai":
                message = f"The model `{model}` does not exist or you do not have access to it."
            else:
                message = f"models/{model} is not found for API version v1beta."
            self._send_error(request, Reply.error(404, message))
            return
        reply = owner.next_reply(request)
        if reply.is_error:
            self._send_error(request, reply)
            return
        extra = dict(reply.headers)
        if protocol == "openai":
            if request.stream:
                self._send(200, _openai_stream(reply, request), "text/event-stream", extra)
            else:
                self._send_json(200, _openai_response(reply, request), extra)
        else:
            payload = _gemini_response(reply, request)
            if request.stream:
                data = f"data: {json.dumps(payload)}\r\n\r\n".encode()
                self._send(200, data, "text/event-stream", extra)
            else:
                self._send_json(200, payload, extra)

    def _serve_other(self, request: FakeRequest) -> None:
        names = self.server.owner.models or ["fake-model"]
        if (
            request.method == "GET"
            and request.protocol == "openai"
            and request.path == "/v1/models"
        ):
            data = [
                {"id": n, "object": "model", "created": 0, "owned_by": "fakellm"} for n in names
            ]
            self._send_json(200, {"object": "list", "data": data})
        elif request.method == "GET" and request.protocol == "gemini" and request.model is None:
            self._send_json(200, {"models": [_gemini_model_info(n) for n in names]})
        elif request.method == "GET" and request.protocol == "gemini" and request.model in names:
            self._send_json(200, _gemini_model_info(request.model))
        else:
            message = f"FakeLLM has no route for {request.method} {request.path}"
            self._send_error(request, Reply.error(404, message))

    def _send_error(self, request: FakeRequest, reply: Reply) -> None:
        if request.protocol == "openai":
            payload = _openai_error_body(reply)
        else:
            payload = _gemini_error_body(reply)
        self._send_json(reply.status, payload, dict(reply.headers))

    def _send_json(
        self, status: int, payload: Any, headers: Mapping[str, str] | None = None
    ) -> None:
        self._send(status, json.dumps(payload).encode(), "application/json", headers or {})

    def _send(
        self, status: int, data: bytes, content_type: str, headers: Mapping[str, str]
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)
        self.wfile.flush()


def _gemini_model_info(name: str) -> dict[str, Any]:
    return {
        "name": f"models/{name}",
        "displayName": name,
        "supportedGenerationMethods": ["generateContent", "countTokens"],
        "inputTokenLimit": 1048576,
        "outputTokenLimit": 65536,
    }
