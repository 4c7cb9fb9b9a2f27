"""Uploads streamed to disk as they arrive: never held whole in memory, stopped at the cap."""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from promptcut.errors import UserError
from promptcut.session import sanitize_ext

__all__ = ["BadUpload", "Received", "UploadTooLarge", "receive_file"]

#: room for the multipart envelope (boundaries, part headers, small fields) around the file
_ENVELOPE = 1024**2


class BadUpload(UserError):
    """The request is not a multipart form with a file in the expected field."""


class UploadTooLarge(UserError):
    """The upload is over the server's cap (HTTP 413)."""


@dataclass(frozen=True)
class Received:
    path: Path
    filename: str
    size: int


class _FilePart:
    """Collects the parts of a multipart body: the one file field's bytes wait in `pending`
    for the caller to write."""

    def __init__(self, field: str, limit: int) -> None:
        self.field = field
        self.limit = limit
        self.filename: str | None = None
        self.size = 0
        self.pending: list[bytes] = []
        self._headers: dict[bytes, bytes] = {}
        self._name = b""
        self._value = b""
        self._in_file = False

    def callbacks(self) -> dict[str, object]:
        return {
            "on_part_begin": self._part_begin,
            "on_header_field": self._header_field,
            "on_header_value": self._header_value,
            "on_header_end": self._header_end,
            "on_headers_finished": self._headers_finished,
            "on_part_data": self._part_data,
            "on_part_end": self._part_end,
        }

    def _part_begin(self) -> None:
        self._headers = {}
        self._in_file = False

    def _header_field(self, data: bytes, start: int, end: int) -> None:
        self._name += data[start:end]

    def _header_value(self, data: bytes, start: int, end: int) -> None:
        self._value += data[start:end]

    def _header_end(self) -> None:
        self._headers[self._name.strip().lower()] = self._value.strip()
        self._name = self._value = b""

    def _headers_finished(self) -> None:
        _, params = parse_options_header(self._headers.get(b"content-disposition", b""))
        if params.get(b"name", b"").decode("utf-8", "replace") != self.field:
            return
        if self.filename is not None:
            raise BadUpload(f"send one file in the '{self.field}' field, not several")
        raw = params.get(b"filename")
        self.filename = raw.decode("utf-8", "replace") if raw else "upload"
        self._in_file = True

    def _part_data(self, data: bytes, start: int, end: int) -> None:
        if not self._in_file:
            return  # another form field: not ours, not kept
        self.size += end - start
        if self.size > self.limit:
            raise UploadTooLarge(_too_large(self.limit))
        self.pending.append(data[start:end])

    def _part_end(self) -> None:
        self._in_file = False


async def receive_file(request: Request, folder: Path, limit: int, field: str = "file") -> Received:
    """Stream the multipart body's `field` file into a new file under `folder`.

    Refused before a byte is read when Content-Length says the body is over `limit` (plus room
    for the form around the file); otherwise stopped as soon as the file passes `limit`, which
    catches bodies that send no length (chunked). Either way nothing is left on disk.
    """
    kind, params = parse_options_header(request.headers.get("content-type", ""))
    boundary = params.get(b"boundary")
    if kind != b"multipart/form-data" or not boundary:
        raise BadUpload(f"send the file as multipart/form-data in a field named '{field}'")
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit + _ENVELOPE:
        raise UploadTooLarge(_too_large(limit))
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f".upload-{uuid.uuid4().hex}.part"
    part = _FilePart(field, limit)
    parser = MultipartParser(boundary, part.callbacks())  # type: ignore[arg-type]
    body = 0
    out: IO[bytes] = await run_in_threadpool(open, target, "wb")
    try:
        async for chunk in request.stream():
            body += len(chunk)
            if body > limit + _ENVELOPE:
                raise UploadTooLarge(_too_large(limit))
            _parse(parser, chunk)
            if part.pending:
                data, part.pending = b"".join(part.pending), []
                await run_in_threadpool(out.write, data)
        _parse(parser, None)
        await run_in_threadpool(out.close)
        if part.filename is None:
            raise BadUpload(f"the form has no file in a field named '{field}'")
        if part.size == 0:
            raise BadUpload(f"{_display(part.filename)} is empty")
        # Name the file with the upload's extension: still images are probed by it.
        final = target.with_name(f"{target.stem}.{sanitize_ext(Path(part.filename).suffix)}")
        target.rename(final)
        return Received(final, _display(part.filename), part.size)
    except BaseException:
        out.close()
        with contextlib.suppress(OSError):
            target.unlink()
        raise


def _parse(parser: MultipartParser, chunk: bytes | None) -> None:
    """Feed the parser a chunk (None: the end); a broken body is the client's error."""
    try:
        if chunk is None:
            parser.finalize()
        else:
            parser.write(chunk)
    except MultipartParseError as e:
        raise BadUpload(f"the multipart body is malformed ({e})") from None


def _display(filename: str) -> str:
    """A client's file name, for showing only: its last path part, printable, bounded."""
    name = filename.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(c for c in name if c.isprintable()).strip()
    return name[:255] or "upload"


def _too_large(limit: int) -> str:
    return f"the upload is larger than this server accepts ({limit / 1024**2:g} MB)"
