"""How the server listens: uvicorn's HTTP/1.1, with time limits for clients that send slowly.

uvicorn closes an idle connection between requests (`timeout_keep_alive`) but waits for a
request's head and body for ever: a client that sends a header line every few seconds (slow
loris) holds a connection, and its memory, as long as it likes. Here the head must arrive
whole within `header_timeout` of the connection (or of its previous response), and a body
may pause for at most `body_timeout` between chunks: an upload may take as long as it needs
while bytes keep coming.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, ClassVar, Literal

import h11
import uvicorn
from starlette.types import ASGIApp
from uvicorn.protocols.http.h11_impl import H11Protocol

from promptcut.settings import Settings

__all__ = ["TimedH11Protocol", "run", "timed_protocol"]

log = logging.getLogger("promptcut.api")

#: the largest request head accepted (request line and headers), bytes
MAX_HEAD_BYTES = 16 * 1024


class TimedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a deadline for a request's head and an idle limit for its
    body. Use `timed_protocol` for other limits than these defaults."""

    header_timeout: ClassVar[float] = 10.0
    body_timeout: ClassVar[float] = 60.0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._timer: asyncio.TimerHandle | None = None
        self._waiting_for: Literal["head", "body"] | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._watch()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._watch()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop()
        super().connection_lost(exc)

    def on_response_complete(self) -> None:
        super().on_response_complete()
        # Between requests uvicorn's keep-alive limit applies; ours starts with the next byte.
        if self.conn.their_state is h11.IDLE:
            self._stop()

    def _watch(self) -> None:
        state = self.conn.their_state
        if state is h11.IDLE and not self.transport.is_closing():
            if self._waiting_for != "head":  # a deadline for the whole head, not per byte
                self._arm("head", self.header_timeout)
        elif state is h11.SEND_BODY:
            self._arm("body", self.body_timeout)  # every chunk restarts it
        else:
            self._stop()

    def _arm(self, waiting_for: Literal["head", "body"], seconds: float) -> None:
        self._stop()
        self._waiting_for = waiting_for
        self._timer = self.loop.call_later(seconds, self._too_slow)

    def _stop(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
        self._timer = None
        self._waiting_for = None

    def _too_slow(self) -> None:
        waiting_for = self._waiting_for
        self._timer = None
        if waiting_for == "body" and self.flow.read_paused:
            # The app has not read what came: the wait is ours, not the client's.
            self._arm("body", self.body_timeout)
            return
        if not self.transport.is_closing():
            client = f"{self.client[0]}:{self.client[1]}" if self.client else "a client"
            log.info("closing %s: its request %s did not arrive in time", client, waiting_for)
            self.transport.close()


def timed_protocol(settings: Settings) -> type[TimedH11Protocol]:
    """The protocol with the settings' header and body timeouts."""
    return type(
        "TimedH11Protocol",
        (TimedH11Protocol,),
        {"header_timeout": settings.header_timeout, "body_timeout": settings.body_timeout},
    )


def run(app: ASGIApp, settings: Settings, host: str, port: int) -> None:
    """Serve `app` until interrupted, with the settings' limits on slow clients."""
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="info",
        http=timed_protocol(settings),
        timeout_keep_alive=settings.keep_alive_timeout,
        h11_max_incomplete_event_size=MAX_HEAD_BYTES,
    )
