"""How soon the first preview of a fresh upload comes, against the time to the final version.

Starts `promptcut serve` in its own process, uploads a generated clip (2 minutes of 1080p by
default: testsrc2 with a tone, H.264 and AAC, made once and kept in build/bench/), sends
"make it black and white and add the title 'Hi' at the top" at once, as a person who types
while the upload finishes would, and reads the job's server-sent events. Prints whether the
answer to `POST /edit` carried the plan, the seconds from sending the edit to the first
`preview` event (the result's first seconds, made from the full-size file while the small copy
for later previews is still being made), to the whole preview and to `done`, and the ratio of
the first preview to the final version, all measured in one run.

Run: python benchmarks/preview_speed.py [--seconds 120] [--size 1920x1080]   (target: the
first preview within 0.08x of the time to the final version, and the plan in the answer)
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from promptcut.media.ffmpeg import run_ffmpeg

PROMPT = "make it black and white and add the title 'Hi' at the top"
_BENCH = Path(__file__).resolve().parents[1] / "build" / "bench"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _clip(seconds: int, size: str) -> Path:
    """The upload, made once per length and size (it takes about as long as it lasts)."""
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


def _events(client: httpx.Client, job_id: str, sent: float) -> list[tuple[float, str, dict]]:
    """Every event of the job, with the seconds since the edit was sent when it came."""
    seen: list[tuple[float, str, dict]] = []
    with client.stream("GET", f"/jobs/{job_id}/events", timeout=None) as r:
        name = ""
        for line in r.iter_lines():
            if line.startswith("event: "):
                name = line[7:]
            elif line.startswith("data: "):
                seen.append((time.monotonic() - sent, name, json.loads(line[6:])))
                if name in {"done", "error", "cancelled"}:
                    break
    return seen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=120, help="length of the upload")
    parser.add_argument("--size", default="1920x1080", help="picture size of the upload")
    args = parser.parse_args()
    clip = _clip(args.seconds, args.size)

    with tempfile.TemporaryDirectory() as tmp:
        port = _free_port()
        env = os.environ | {"PROMPTCUT_DATA_DIR": str(Path(tmp) / "data")}
        env.pop("PROMPTCUT_API_KEY", None)
        server = subprocess.Popen(
            [sys.executable, "-m", "promptcut", "serve", "--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
                for _ in range(300):
                    try:
                        if client.get("/healthz").status_code == 200:
                            break
                    except httpx.TransportError:
                        time.sleep(0.1)
                with clip.open("rb") as f:
                    upload = client.post("/sessions", files={"file": (clip.name, f)}).json()
                sent = time.monotonic()
                edit = {"session_id": upload["session_id"], "prompt": PROMPT}
                r = client.post("/edit", json=edit)
                answered = time.monotonic() - sent
                accepted = r.json()
                events = _events(client, accepted["job_id"], sent)
        finally:
            server.terminate()
            server.wait(timeout=30)

    previews = [(t, body) for t, name, body in events if name == "preview"]
    end_t, end, end_body = events[-1]
    if end != "done" or not previews:
        raise SystemExit(f"the edit ended {end} with {len(previews)} previews: {end_body}")
    first_t, first = previews[0]
    whole_t = next((t for t, body in previews if not body["preview_partial"]), None)
    print(f"upload: {clip.name}; request: {PROMPT!r}")
    print(f"POST /edit answered in {answered * 1000:.0f} ms, status {accepted['status']!r}, "
          f"steps {accepted['steps']}")  # fmt: skip
    what = f"the first {first['preview_seconds']:g} s" if first["preview_partial"] else "whole"
    print(f"first preview ({what}): {first_t:6.2f} s after sending")
    if whole_t is not None:
        print(f"whole preview:          {whole_t:6.2f} s")
    print(f"final version:          {end_t:6.2f} s")
    print(f"first preview / final:  {first_t / end_t:.3f}x  (target: within 0.08x)")


if __name__ == "__main__":
    main()
