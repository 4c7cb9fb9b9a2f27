"""The server removes sessions unused past PROMPTCUT_KEEP_DAYS, and a restart clears what a
killed render left beside its logs."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi.testclient import TestClient

from promptcut.api.main import create_app
from promptcut.settings import Settings

if TYPE_CHECKING:
    from api_kit import ApiFactory


def _two_sessions(data: Path, clip: Path) -> tuple[str, str]:
    """An old session (last used 40 days ago) and a recent one, made by a server now stopped."""
    with TestClient(create_app(Settings(data_dir=data, previews=False))) as first:
        ids = []
        for name in ("old.mp4", "recent.mp4"):
            with clip.open("rb") as f:
                ids.append(first.post("/sessions", files={"file": (name, f)}).json()["session_id"])
    month_ago = time.time() - 40 * 86400
    for f in ("session.json", "history.json"):
        os.utime(data / "sessions" / ids[0] / f, (month_ago, month_ago))
    return ids[0], ids[1]


def test_the_server_removes_sessions_unused_past_keep_days(
    make_api: ApiFactory, clip2_mp4: Path, tmp_path: Path
) -> None:
    data = tmp_path / "kept"
    old, recent = _two_sessions(data, clip2_mp4)
    api = make_api(data_dir=data, previews=False, keep_days=30)
    assert api.get(f"/sessions/{old}").status_code == 404
    assert api.get(f"/sessions/{recent}").status_code == 200
    assert not (data / "sessions" / old).exists()


def test_keep_days_0_keeps_every_session(
    make_api: ApiFactory, clip2_mp4: Path, tmp_path: Path
) -> None:
    data = tmp_path / "forever"
    old, recent = _two_sessions(data, clip2_mp4)
    api = make_api(data_dir=data, previews=False, keep_days=0)
    assert api.get(f"/sessions/{old}").status_code == 200
    assert api.get(f"/sessions/{recent}").status_code == 200


def test_a_restart_clears_the_scratch_of_a_killed_render(
    make_api: ApiFactory, clip2_mp4: Path, tmp_path: Path
) -> None:
    from promptcut.jobs import Job, JobStore

    data = tmp_path / "killed"
    _, sid = _two_sessions(data, clip2_mp4)
    # What kill -9 mid-render leaves: the job running, the run's scratch beside its log.
    JobStore(data).save(Job(session_id=sid, prompt="make it louder", status="running"))
    scratch = data / "sessions" / sid / "logs" / "v0001" / ".run-abc123"
    (scratch / "home").mkdir(parents=True)
    (scratch / "home" / "fontconfig.cache").write_bytes(b"x")
    make_api(data_dir=data, previews=False)
    assert not scratch.exists()
    assert (data / "sessions" / sid / "logs" / "v0001").is_dir()
