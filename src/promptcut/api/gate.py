"""What a request must pass before any route reads it: where it comes from, the API key, and
the size of its body.

FastAPI reads a route's JSON body before it runs the route's dependencies, so a key checked
by a dependency is checked after the body is in memory, and a body of any size is read. This
gate runs first, on the request's head alone: a state-changing request from another website
is refused (403), one without the key is refused (401), and a body over the cap is refused
(413) before a byte of it is read, or as soon as the bytes read pass the cap when no length
was declared. Uploads stream their own body (see uploads.py) under their own cap.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Sequence
from urllib.parse import unquote, urlsplit

from starlette.requests import HTTPConnection
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["COOKIE", "Gate", "has_key"]

#: the cookie the page keeps the API key in (percent-encoded)
COOKIE = "promptcut_api_key"
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_DEFAULT_PORTS = {"http": 80, "https": 443}
# The routes that stream an upload to disk under PROMPTCUT_MAX_UPLOAD_MB.
UPLOADS = re.compile(r"/sessions(?:/[^/]+/assets)?/?")


def has_key(conn: HTTPConnection, key: str | None) -> bool:
    """Whether the request carries `key` (always, when no key is set): as a bearer token, or
    in the page's cookie."""
    if not key:
        return True
    scheme, _, token = conn.headers.get("authorization", "").partition(" ")
    given = (
        token.strip()
        if scheme.lower() == "bearer"
        else unquote(conn.cookies.get(COOKIE, ""))  # the page percent-encodes it
    )
    return secrets.compare_digest(given.encode(), key.encode())


class Gate:
    """ASGI middleware: origin, key and body size, checked on the request's head."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        key: str | None,
        origins: Sequence[str],
        max_body: int,
    ) -> None:
        self.app = app
        self.key = key
        self.origins = frozenset(_origin(o) for o in origins)
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        conn = HTTPConnection(scope)
        changes = scope["method"] not in _SAFE_METHODS
        length = conn.headers.get("content-length")
        has_body = (length is not None and length != "0") or "transfer-encoding" in conn.headers
        if changes and not self._origin_allowed(conn):
            await _refuse(send, 403, "requests from another website are not accepted here")
            return
        if (changes or has_body) and not has_key(conn, self.key):
            await _refuse(
                send, 401, "this server needs an API key", [(b"www-authenticate", b"Bearer")]
            )
            return
        if not has_body or (changes and UPLOADS.fullmatch(scope["path"])):
            await self.app(scope, receive, send)
            return
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await _refuse(send, 413, self._too_large())
            return
        body = await self._read(receive)
        if body is None:
            await _refuse(send, 413, self._too_large())
            return
        await self.app(scope, _replay(body, receive), send)

    async def _read(self, receive: Receive) -> bytes | None:
        """The whole body, or None once it passes the cap (the rest is never read)."""
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return b"".join(chunks)  # the client left; the app will see it leave
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    def _origin_allowed(self, conn: HTTPConnection) -> bool:
        """No Origin (not a browser, or a same-origin GET), the server's own, or a listed one.
        A browser names the page's origin on every cross-site POST, form or script."""
        given = conn.headers.get("origin")
        if given is None:
            return True
        origin = _origin(given)
        if origin in self.origins:
            return True
        host = conn.headers.get("host", "")
        return origin is not None and origin[1:] == _host_port(host, origin[0])

    def _too_large(self) -> str:
        return f"the request body is larger than this server accepts ({self.max_body:,} bytes)"


def _origin(text: str) -> tuple[str, str, int] | None:
    """(scheme, host, port) of an origin such as 'https://example.com'; None for 'null' and
    anything that is not one."""
    try:
        parts = urlsplit(text.strip().lower())
        port = parts.port
    except ValueError:
        return None
    if parts.scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    return parts.scheme, parts.hostname, port or _DEFAULT_PORTS[parts.scheme]


def _host_port(host: str, scheme: str) -> tuple[str, int] | None:
    """The Host header as (host, port), its port defaulting to the origin's scheme's."""
    try:
        parts = urlsplit(f"//{host.strip().lower()}")
        port = parts.port
    except ValueError:
        return None
    if not parts.hostname:
        return None
    return parts.hostname, port or _DEFAULT_PORTS[scheme]


def _replay(body: bytes, receive: Receive) -> Receive:
    """A receive that gives the app the body already read, then passes on (a disconnect)."""
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replayed


async def _refuse(
    send: Send, status: int, detail: str, headers: Sequence[tuple[bytes, bytes]] = ()
) -> None:
    """Answer without reading the body, and close the connection: what the client was still
    sending is not read."""
    payload = json.dumps({"detail": detail, "error": _ERRORS[status]}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
                (b"connection", b"close"),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})


_ERRORS = {401: "Unauthorized", 403: "Forbidden", 413: "RequestTooLarge"}
