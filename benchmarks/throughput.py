"""Edits per minute on Celery workers: one worker, then two, same edits.

Starts its own redis-server (Debian's, on a free loopback port, no persistence), `promptcut
serve` with PROMPTCUT_BROKER_URL set and `promptcut worker --concurrency 1` processes, all
sharing a fresh data folder; uploads a generated clip (5 s of 640x360 by default, made once and
kept in build/bench/) into `--sessions` sessions and sends `--edits` short edits spread over
them ("make it black and white", each session's edits in turn), then waits for every job to
end. Prints the jobs per minute with 1 worker and with 2, and their ratio (ideal: 2.0 on a
machine with cores to spare; ffmpeg's own threads share them).

Run: python benchmarks/throughput.py [--edits 8] [--sessions 4] [--seconds 5] [--size 640x360]
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from promptcut.media.ffmpeg import run_ffmpeg

PROMPT = "make it black and white"
_BENCH = Path(__file__).resolve().parents[1] / "build" / "bench"
_SRC = str(Path(__file__).resolve().parents[1] / "src")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _clip(seconds: int, size: str) -> Path:
    path = _BENCH / f"testsrc-{size}-{seconds}s.mp4"
    if not path.is_file():
        _BENCH.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".part.mp4")
        run_ffmpeg(
            ["-f", "lavfi", "-i", f"testsrc2=size={size}:rate=30:duration={seconds}",
             "-f", "lavfi", "-i", f"sine=frequency=440:sample_rate=48000:duration={seconds}",
             "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", "-c:a", "aac",
             "-shortest", str(tmp)]
        )  # fmt: skip
        tmp.rename(path)
    return path


def _wait(check: object, what: str, timeout: float = 60) -> None:
    end = time.monotonic() + timeout
    while not check():  # type: ignore[operator]
        if time.monotonic() > end:
            sys.exit(f"throughput: gave up waiting for {what}")
        time.sleep(0.1)


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _round(workers: int, clip: Path, edits: int, sessions: int, folder: Path) -> float:
    """Jobs per minute with `workers` workers."""
    redis_port, api_port = _free_port(), _free_port()
    broker = f"redis://127.0.0.1:{redis_port}/0"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PROMPTCUT_")} | {
        "PYTHONPATH": _SRC,
        "PROMPTCUT_DATA_DIR": str(folder / "data"),
        "PROMPTCUT_BROKER_URL": broker,
        "PROMPTCUT_PREVIEWS": "false",
        "PROMPTCUT_PLANNER": "offline",
    }
    redis_server = shutil.which("redis-server") or "/usr/bin/redis-server"
    started: list[subprocess.Popen[bytes]] = []
    logs = (folder / "logs.txt").open("ab")
    try:
        redis_args = ["--port", str(redis_port), "--bind", "127.0.0.1", "--save", ""]
        started.append(subprocess.Popen([redis_server, *redis_args], stdout=logs, stderr=logs))
        time.sleep(0.3)
        command = [sys.executable, "-m", "promptcut"]
        for _ in range(workers):
            started.append(
                subprocess.Popen(
                    [*command, "worker", "--concurrency", "1"], env=env, stdout=logs, stderr=logs
                )
            )
        started.append(
            subprocess.Popen(
                [*command, "serve", "--port", str(api_port)], env=env, stdout=logs, stderr=logs
            )
        )
        client = httpx.Client(base_url=f"http://127.0.0.1:{api_port}", timeout=60)

        def up() -> bool:
            try:
                return client.get("/healthz").status_code == 200
            except httpx.HTTPError:
                return False

        _wait(up, "the server")
        time.sleep(3)  # the workers' consumers connect meanwhile
        ids = []
        for _ in range(sessions):
            with clip.open("rb") as f:
                r = client.post("/sessions", files={"file": (clip.name, f)})
            r.raise_for_status()
            ids.append(r.json()["session_id"])
        t0 = time.monotonic()
        jobs = []
        for n in range(edits):
            r = client.post("/edit", json={"session_id": ids[n % sessions], "prompt": PROMPT})
            r.raise_for_status()
            jobs.append(r.json()["job_id"])
        for job_id in jobs:
            _wait(
                lambda j=job_id: (
                    client.get(f"/jobs/{j}").json()["status"]
                    in ("succeeded", "failed", "cancelled")
                ),
                f"job {job_id}",
                timeout=600,
            )
        seconds = time.monotonic() - t0
        statuses = [client.get(f"/jobs/{j}").json()["status"] for j in jobs]
        if statuses != ["succeeded"] * edits:
            sys.exit(f"throughput: not every edit succeeded: {statuses} (see {folder})")
        return edits / seconds * 60
    finally:
        for proc in reversed(started):
            _stop(proc)
        logs.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--edits", type=int, default=8)
    parser.add_argument("--sessions", type=int, default=4)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--size", default="640x360")
    args = parser.parse_args()
    # Stopped by SIGTERM, it still stops the processes it started (see `_round`'s finally).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    clip = _clip(args.seconds, args.size)
    rates = {}
    for workers in (1, 2):
        with tempfile.TemporaryDirectory(prefix="promptcut-throughput-") as tmp:
            rates[workers] = _round(workers, clip, args.edits, args.sessions, Path(tmp))
        print(f"{workers} worker(s): {rates[workers]:.1f} jobs/min", flush=True)
    print(
        f"{args.edits} edits on {args.sessions} sessions ({args.seconds} s of {args.size}): "
        f"2 workers / 1 worker = {rates[2] / rates[1]:.2f}x"
    )


if __name__ == "__main__":
    main()
