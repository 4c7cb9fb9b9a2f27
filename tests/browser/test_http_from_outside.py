"""The HTTP contract exercised from outside, over a real socket, as a script would: upload,
edit, follow the events, poll, download with and without Range, measure, undo."""

from __future__ import annotations

import json
from pathlib import Path

import av
import httpx
import pytest


def _duration(path: Path) -> float:
    with av.open(str(path)) as c:
        return float(c.duration or 0) / 1e6


def test_upload_edit_poll_download_and_measure(server: str, clip: Path, tmp_path: Path):
    with httpx.Client(base_url=server, timeout=60) as http:
        with clip.open("rb") as f:
            made = http.post("/sessions", files={"file": ("holiday.mp4", f, "video/mp4")})
        assert made.status_code == 201, made.text
        sid = made.json()["session_id"]
        assert made.json()["media"]["duration"] == pytest.approx(3.0, abs=0.1)

        accepted = http.post("/edit", json={"session_id": sid, "prompt": "keep 0:01 to 0:02.5"})
        assert accepted.status_code == 202, accepted.text
        job_id = accepted.json()["job_id"]

        events = []
        with http.stream("GET", f"/jobs/{job_id}/events") as stream:
            assert stream.headers["content-type"].startswith("text/event-stream")
            for line in stream.iter_lines():
                if line.startswith("event:"):
                    events.append(line.partition(":")[2].strip())
        assert events[-1] == "done" and "plan" in events and "preview" in events, events

        job = http.get(f"/jobs/{job_id}").json()
        assert (job["status"], job["version"], job["progress"]) == ("succeeded", 1, 1.0)

        out = tmp_path / "out.mp4"
        out.write_bytes(http.get(job["output_url"]).content)
        assert _duration(out) == pytest.approx(1.5, abs=0.1)
        part = http.get(job["output_url"], headers={"Range": "bytes=10-19"})
        assert part.status_code == 206 and part.content == out.read_bytes()[10:20]

        preview = tmp_path / "preview.mp4"
        preview.write_bytes(http.get(job["preview_url"]).content)
        assert _duration(preview) == pytest.approx(1.5, abs=0.15)

        scripts = http.get(f"/sessions/{sid}/versions/1/scripts").json()["scripts"]
        assert scripts and "ffmpeg" in scripts[0]["text"]

        assert http.post(f"/sessions/{sid}/undo").json()["current"] == 0
        session = http.get(f"/sessions/{sid}").json()
        assert (session["current"], session["can_redo"]) == (0, True)
        assert [h["outcome"] for h in session["history"]] == ["succeeded"]

        refused = http.post("/edit", json={"session_id": sid, "prompt": "make it purple"})
        assert refused.status_code == 422
        assert "make it purple" in json.loads(refused.text)["detail"]
        assert http.get(f"/jobs/{'0' * 32}").status_code == 404
