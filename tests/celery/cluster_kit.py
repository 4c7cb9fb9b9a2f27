"""A deployment for one test: a real Redis (Debian's redis-server on a free loopback port), real
`promptcut worker` processes sharing the test's data folder with the app, which runs in-process
(TestClient over `create_app(Settings(broker_url=...))`), and what a client of the API does."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
import redis
from fastapi.testclient import TestClient

import promptcut
from promptcut.api.main import create_app
from promptcut.media.ffmpeg import run_ffmpeg
from promptcut.settings import Settings

REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"
#: where the promptcut under test is: workers and servers started here import the same one
SRC = str(Path(promptcut.__file__).resolve().parents[1])
TERMINAL = {"succeeded", "failed", "cancelled"}


# -- media ---------------------------------------------------------------------------------------


def lavfi(seconds: float, size: str = "320x240") -> list[str]:
    return [
        "-f", "lavfi", "-i", f"testsrc2=size={size}:rate=25:duration={seconds}",
        "-f", "lavfi", "-i", f"sine=frequency=440:sample_rate=48000:duration={seconds}",
    ]  # fmt: skip


H264_AAC = ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac",
             "-shortest"]  # fmt: skip


def make_clip(folder: Path, name: str, args: Sequence[str]) -> Path:
    out = folder / name
    if not out.exists():
        run_ffmpeg([*args, str(out)])
    return out


# -- Redis, workers, the app ---------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class RedisServer:
    """A redis-server of the test's own, without persistence: a restart loses everything,
    which is what the shared folder must survive."""

    def __init__(self, folder: Path) -> None:
        if not Path(REDIS_SERVER).exists():
            pytest.fail("redis-server is missing: scripts/test installs Debian's redis-server")
        self.folder = folder
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        log = (self.folder / "redis.log").open("ab")
        self.proc = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.folder)],
            stdout=log, stderr=log, start_new_session=True,
        )  # fmt: skip
        log.close()
        client = redis.Redis(port=self.port, socket_connect_timeout=0.2)
        end = time.monotonic() + 10
        while True:
            try:
                client.ping()
                return
            except redis.ConnectionError:
                assert time.monotonic() < end, "redis-server did not start"
                time.sleep(0.05)
            finally:
                client.close()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self.proc = None

    def client(self) -> redis.Redis:
        return redis.Redis(port=self.port, decode_responses=True)


class Cluster:
    """One test's deployment: Redis, the shared data folder, workers, the app."""

    def __init__(self, root: Path, stack: ExitStack) -> None:
        self.root = root
        self.stack = stack
        self.data_dir = root / "data"
        self.data_dir.mkdir()
        self.redis = RedisServer(root)
        self.redis.start()
        stack.callback(self.redis.stop)
        self.workers: list[subprocess.Popen[bytes]] = []
        self.client: TestClient | None = None

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PROMPTCUT_")}
        env |= {
            "PYTHONPATH": SRC,
            "PROMPTCUT_DATA_DIR": str(self.data_dir),
            "PROMPTCUT_BROKER_URL": self.redis.url,
            "PROMPTCUT_SANDBOX": "false",
            "PROMPTCUT_PREVIEWS": "false",
            "PROMPTCUT_PLANNER": "offline",
        }
        return env | extra

    def start_worker(self, *, isolated: bool = True, wait: bool = True) -> subprocess.Popen[bytes]:
        """A `promptcut worker --concurrency 1`, once it is ready. `isolated=False`: one that
        finds no bubblewrap (its scripts run under the tether alone)."""
        n = len(self.workers)
        env = self.env()
        if not isolated:
            ffmpeg = shutil.which("ffmpeg")
            bare = self.root / "bin-without-bwrap"
            bare.mkdir(exist_ok=True)
            env |= {"PATH": str(bare)} | ({"PROMPTCUT_FFMPEG": ffmpeg} if ffmpeg else {})
        log = (self.root / f"worker{n}.log").open("ab")
        proc = subprocess.Popen(
            [sys.executable, "-m", "promptcut", "worker", "--concurrency", "1"],
            env=env, cwd=self.root, stdout=log, stderr=log, start_new_session=True,
        )  # fmt: skip
        log.close()
        self.workers.append(proc)
        self.stack.callback(_stop, proc)
        if wait:
            self.wait_ready(n)
        return proc

    def start_workers(self, count: int, *, isolated: bool = True) -> list[subprocess.Popen[bytes]]:
        """`count` workers started side by side, once all are ready."""
        started = [self.start_worker(isolated=isolated, wait=False) for _ in range(count)]
        for n in range(len(self.workers) - count, len(self.workers)):
            self.wait_ready(n)
        return started

    def wait_ready(self, n: int) -> None:
        """Worker `n`'s heartbeat is in Redis and its Celery consumer listens."""
        pid = self.workers[n].pid
        self.wait_for(lambda: pid in self.worker_pids(), f"worker {n} to start", 30)
        self.wait_for(
            lambda: b"ready." in (self.root / f"worker{n}.log").read_bytes(),
            f"worker {n} to be ready",
            30,
        )

    def worker_pids(self) -> set[int]:
        client = self.redis.client()
        try:
            keys = client.keys("promptcut:worker:*")
            return {int(str(k).rsplit(":", 1)[1]) for k in keys}
        except redis.ConnectionError:
            return set()
        finally:
            client.close()

    def api(self) -> TestClient:
        settings = Settings(
            data_dir=self.data_dir,
            broker_url=self.redis.url,
            sandbox=False,
            previews=False,
            planner="offline",
            keep_days=0,
        )
        client = self.stack.enter_context(TestClient(create_app(settings)))
        self.client = client
        return client

    @staticmethod
    def wait_for(check: Any, what: str, timeout: float) -> None:
        end = time.monotonic() + timeout
        while not check():
            assert time.monotonic() < end, f"gave up waiting for {what}"
            time.sleep(0.1)

    def workers_of(self, job_id: str) -> set[int]:
        """Which workers started the job (by their logs): two when one died running it."""
        return {
            n
            for n in range(len(self.workers))
            if f"job {job_id} (".encode() in (self.root / f"worker{n}.log").read_bytes()
        }

    def logs(self) -> str:
        return "\n".join(
            f"--- {p.name}\n{p.read_text(errors='replace')[-3000:]}"
            for p in sorted(self.root.glob("worker*.log"))
        )


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


# -- speaking the API ----------------------------------------------------------------------------


def upload(client: TestClient, path: Path) -> str:
    with path.open("rb") as f:
        r = client.post("/sessions", files={"file": (path.name, f)})
    assert r.status_code == 201, r.text
    return str(r.json()["session_id"])


def submit(client: TestClient, session_id: str, prompt: str) -> dict[str, Any]:
    r = client.post("/edit", json={"session_id": session_id, "prompt": prompt})
    assert r.status_code == 202, r.text
    body: dict[str, Any] = r.json()
    return body


def job(client: TestClient, job_id: str) -> dict[str, Any]:
    r = client.get(f"/jobs/{job_id}")
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def wait_job(
    client: TestClient, job_id: str, until: Any = None, timeout: float = 90
) -> dict[str, Any]:
    """Poll the job until `until(job)` holds (default: it has ended)."""
    end = time.monotonic() + timeout
    while True:
        found = job(client, job_id)
        if (until or (lambda j: j["status"] in TERMINAL))(found):
            return found
        assert time.monotonic() < end, f"gave up waiting on job {job_id}: {found}"
        time.sleep(0.1)


def session(client: TestClient, session_id: str) -> dict[str, Any]:
    r = client.get(f"/sessions/{session_id}")
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def processes() -> list[tuple[int, int, str]]:
    """(pid, process group, command line) of every live process, from /proc; zombies left out."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            args = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        state, _ppid, pgid = stat.rpartition(")")[2].split()[:3]
        if state != "Z":
            found.append((int(entry.name), int(pgid), args))
    return found


def running_in(folder: Path) -> list[tuple[int, int, str]]:
    """What runs with `folder` on its command line: a stage script and its ffmpeg."""
    return [p for p in processes() if str(folder) in p[2]]


def left_in(folder: Path, grace: float = 3.0) -> list[str]:
    """What still runs in `folder` after `grace` s."""
    end = time.monotonic() + grace
    while True:
        left = [a for _, _, a in running_in(folder)]
        if not left or time.monotonic() > end:
            return left
        time.sleep(0.1)
