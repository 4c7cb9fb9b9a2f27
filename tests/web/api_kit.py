"""What a client of the API does, for the web tests: a TestClient wrapper, measurements of
what it downloads, and a server-sent-events parser."""

from __future__ import annotations

import io
import json
import subprocess
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import av
import httpx
import numpy as np
from fastapi.testclient import TestClient

from promptcut.media.ffmpeg import ffmpeg_path
from promptcut.settings import Settings

TERMINAL = {"succeeded", "failed", "cancelled"}


@dataclass(frozen=True)
class Measured:
    duration: float
    width: int | None
    height: int | None
    #: width and height as players show them (rotation metadata applied)
    shown: tuple[int, int] | None
    has_audio: bool
    size: int


def measure(path: Path) -> Measured:
    """Duration and picture of a file, read with PyAV."""
    with av.open(str(path)) as c:
        vs = next(iter(c.streams.video), None)
        width = height = None
        shown = None
        if vs is not None:
            width, height = vs.codec_context.width, vs.codec_context.height
            first = next(c.decode(vs), None)
            rotation = int(first.rotation) % 180 if first is not None else 0
            shown = (height, width) if rotation == 90 else (width, height)
        has_audio = bool(c.streams.audio)
        return Measured(
            (c.duration or 0) / 1e6, width, height, shown, has_audio, path.stat().st_size
        )


def frame(path: Path, t: float) -> np.ndarray:
    """The gray picture shown at `t` seconds (rotation applied, as players do), HxW."""
    out = subprocess.run(
        [ffmpeg_path(), "-hide_banner", "-loglevel", "error", "-ss", f"{t:.3f}", "-i", str(path),
         "-frames:v", "1", "-f", "image2pipe", "-c:v", "pgm", "-"],
        capture_output=True, check=True,
    ).stdout  # fmt: skip
    with av.open(io.BytesIO(out), format="pgm_pipe") as c:
        return next(c.decode(video=0)).to_ndarray().astype(np.float64)


# -- the API -----------------------------------------------------------------------------------


class Api:
    """A TestClient over one app and what a client of the API does with it."""

    def __init__(self, client: TestClient, settings: Settings) -> None:
        self.client = client
        self.settings = settings
        self.data_dir = settings.data_dir

    # plain HTTP
    def get(self, url: str, **kw: Any) -> httpx.Response:
        return self.client.get(url, **kw)

    def post(self, url: str, **kw: Any) -> httpx.Response:
        return self.client.post(url, **kw)

    # sessions
    def post_file(self, url: str, path: Path, name: str | None = None, **kw: Any) -> httpx.Response:
        with path.open("rb") as f:
            return self.client.post(url, files={"file": (name or path.name, f)}, **kw)

    def upload(self, path: Path, name: str | None = None, **kw: Any) -> dict[str, Any]:
        r = self.post_file("/sessions", path, name, **kw)
        assert r.status_code == 201, r.text
        body: dict[str, Any] = r.json()
        return body

    def add_asset(self, session_id: str, path: Path, name: str | None = None) -> str:
        r = self.post_file(f"/sessions/{session_id}/assets", path, name)
        assert r.status_code == 201, r.text
        return str(r.json()["name"])

    def session(self, session_id: str) -> dict[str, Any]:
        r = self.client.get(f"/sessions/{session_id}")
        assert r.status_code == 200, r.text
        body: dict[str, Any] = r.json()
        return body

    def session_dir(self, session_id: str) -> Path:
        return self.data_dir / "sessions" / session_id

    # edits and jobs
    def submit(self, session_id: str, prompt: str, **kw: Any) -> dict[str, Any]:
        r = self.client.post("/edit", json={"session_id": session_id, "prompt": prompt, **kw})
        assert r.status_code == 202, r.text
        body: dict[str, Any] = r.json()
        return body

    def edit(self, session_id: str, prompt: str) -> dict[str, Any]:
        """An edit run to its end (`?wait=true`), which must succeed."""
        r = self.client.post(
            "/edit", params={"wait": "true"}, json={"session_id": session_id, "prompt": prompt}
        )
        assert r.status_code == 200, r.text
        body: dict[str, Any] = r.json()
        assert body["status"] == "succeeded", body
        return body

    def job(self, job_id: str) -> dict[str, Any]:
        r = self.client.get(f"/jobs/{job_id}")
        assert r.status_code == 200, r.text
        body: dict[str, Any] = r.json()
        return body

    def wait_job(
        self,
        job_id: str,
        until: Callable[[dict[str, Any]], bool] = lambda j: j["status"] in TERMINAL,
        timeout: float = 60,
    ) -> dict[str, Any]:
        """Poll the job until `until` holds (default: it has ended); fails past `timeout`."""
        end = time.monotonic() + timeout
        while True:
            job = self.job(job_id)
            if until(job):
                return job
            assert time.monotonic() < end, f"gave up waiting on job {job_id}: {job}"
            time.sleep(0.05)

    def events(self, job_id: str, **headers: str) -> list[tuple[str, dict[str, Any]]]:
        """The job's server-sent events, read until the server ends the stream."""
        found: list[tuple[str, dict[str, Any]]] = []
        with self.client.stream("GET", f"/jobs/{job_id}/events", headers=headers) as r:
            assert r.status_code == 200, r.read()
            assert r.headers["content-type"].startswith("text/event-stream")
            found = parse_sse(r.iter_lines())
        return found

    # versions
    measure = staticmethod(measure)
    frame = staticmethod(frame)

    def download(self, url: str, dest: Path) -> Path:
        r = self.client.get(url)
        assert r.status_code == 200, r.text
        dest.write_bytes(r.content)
        return dest


def parse_sse(lines: Iterable[str]) -> list[tuple[str, dict[str, Any]]]:
    """`event: X` / `data: {...}` blocks separated by blank lines; comments skipped."""
    found: list[tuple[str, dict[str, Any]]] = []
    event, data = "message", ""
    for line in lines:
        if not line:
            if data:
                found.append((event, json.loads(data)))
            event, data = "message", ""
        elif line.startswith(":"):
            continue
        elif line.startswith("event:"):
            event = line.partition(":")[2].strip()
        elif line.startswith("data:"):
            data += line.partition(":")[2].strip()
    if data:
        found.append((event, json.loads(data)))
    return found


ApiFactory = Callable[..., Api]
