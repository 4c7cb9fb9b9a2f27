"""How much memory the server uses while it receives a large upload: it must stay flat.

Starts `uvicorn promptcut.api.main:app` in its own process, streams a multipart upload of
`--mb` MiB to `POST /sessions` (an MPEG-TS clip repeated: transport streams may be cut and
joined anywhere, so the result is real media) and samples the server's resident memory from
/proc while the bytes go in. Prints the memory before, the peak during, and the difference.

Run: python benchmarks/upload_memory.py [--mb 1024]   (target: the peak grows by well under
64 MiB whatever the size of the upload)
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

from promptcut.media.ffmpeg import run_ffmpeg

_BOUNDARY = "promptcut-benchmark-boundary"


def _rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _body(chunk: bytes, total: int) -> Iterator[bytes]:
    yield (
        f'--{_BOUNDARY}\r\nContent-Disposition: form-data; name="file"; '
        f'filename="big.ts"\r\nContent-Type: video/mp2t\r\n\r\n'
    ).encode()
    sent = 0
    while sent < total:
        piece = chunk[: total - sent]
        sent += len(piece)
        yield piece
    yield f"\r\n--{_BOUNDARY}--\r\n".encode()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=1024, help="upload size in MiB")
    args = parser.parse_args()
    total = args.mb * 1024**2

    with tempfile.TemporaryDirectory() as tmp:
        clip = Path(tmp) / "piece.ts"
        # 188-byte TS packets: a clip whose size is a multiple of 188 repeats cleanly.
        run_ffmpeg(
            ["-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=20",
             "-c:v", "libx264", "-preset", "ultrafast", "-f", "mpegts", str(clip)]
        )  # fmt: skip
        piece = clip.read_bytes()
        piece = piece[: len(piece) // 188 * 188]
        chunk = (piece * (8 * 1024**2 // len(piece) + 1))[: 8 * 1024**2 // 188 * 188]

        port = _free_port()
        env = os.environ | {
            "PROMPTCUT_DATA_DIR": str(Path(tmp) / "data"),
            "PROMPTCUT_MAX_UPLOAD_MB": str(args.mb + 64),
            "PROMPTCUT_PREVIEWS": "false",  # measure the upload, not a proxy render after it
        }
        server = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "promptcut.api.main:app", "--port", str(port),
             "--log-level", "warning"],
            env=env,
        )  # fmt: skip
        try:
            url = f"http://127.0.0.1:{port}"
            for _ in range(100):
                try:
                    httpx.get(f"{url}/healthz", timeout=1)
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            before = _rss_mib(server.pid)
            peak = before
            done = threading.Event()

            def sample() -> None:
                nonlocal peak
                while not done.is_set():
                    peak = max(peak, _rss_mib(server.pid))
                    time.sleep(0.05)

            sampler = threading.Thread(target=sample)
            sampler.start()
            t0 = time.perf_counter()
            response = httpx.post(
                f"{url}/sessions",
                content=_body(chunk, total),
                headers={"content-type": f"multipart/form-data; boundary={_BOUNDARY}"},
                timeout=600,
            )
            elapsed = time.perf_counter() - t0
            done.set()
            sampler.join()
            after = _rss_mib(server.pid)
        finally:
            server.terminate()
            server.wait(timeout=30)

    print(f"upload: {args.mb} MiB in {elapsed:.1f} s -> HTTP {response.status_code}")
    if response.status_code != 201:
        print(f"  {response.text[:300]}")
    print(f"server memory: {before:.0f} MiB before, peak {peak:.0f} MiB during, {after:.0f} after")
    print(f"growth during the upload: {peak - before:.1f} MiB")


if __name__ == "__main__":
    main()
