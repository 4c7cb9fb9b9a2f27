"""Old sessions go, busy and recent ones stay, and a dry run only says what would go."""

from __future__ import annotations

import os
import time
from datetime import timedelta
from pathlib import Path

import pytest

from promptcut.errors import InvalidRequest
from promptcut.jobs.model import Job
from promptcut.jobs.store import JobStore
from promptcut.media.info import MediaInfo, VideoStream
from promptcut.retention import clean, parse_age
from promptcut.session import Session

DAY = 86400


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def make_session(data_dir: Path, name: str, days_ago: float) -> Session:
    source = data_dir.parent / name
    source.write_bytes(b"bytes of " + name.encode() * 1000)
    media = MediaInfo(
        path=source,
        container="mov,mp4,m4a,3gp,3g2,mj2",
        duration=2.0,
        size_bytes=source.stat().st_size,
        video=VideoStream(width=64, height=64, fps=25, pix_fmt="yuv420p", codec="h264"),
    )
    session = Session.create(data_dir, source, media, name=name)
    when = time.time() - days_ago * DAY
    for f in ("session.json", "history.json"):
        os.utime(session.root / f, (when, when))
    return session


def left(data_dir: Path) -> set[str]:
    return {p.name for p in (data_dir / "sessions").iterdir()}


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("30d", 30 * DAY), ("12h", 12 * 3600), ("90m", 5400), ("2w", 14 * DAY), ("7", 7 * DAY)],
)
def test_ages_read_as_people_write_them(text: str, seconds: int) -> None:
    assert parse_age(text) == timedelta(seconds=seconds)


def test_an_unreadable_age_is_refused() -> None:
    with pytest.raises(InvalidRequest, match="'a month' is not an age like 30d"):
        parse_age("a month")


def test_old_sessions_go_and_recent_ones_stay(data_dir: Path) -> None:
    old = make_session(data_dir, "old.mp4", 40)
    older = make_session(data_dir, "older.mp4", 90)
    recent = make_session(data_dir, "recent.mp4", 2)
    done = clean(data_dir, older_than=timedelta(days=30))
    assert [(r.name, r.status) for r in done] == [("older.mp4", "removed"), ("old.mp4", "removed")]
    assert all(r.size > 0 for r in done)
    assert left(data_dir) == {recent.id}
    assert not old.root.exists() and not older.root.exists()


def test_a_dry_run_removes_nothing_and_lists_what_would_go(data_dir: Path) -> None:
    old = make_session(data_dir, "old.mp4", 40)
    recent = make_session(data_dir, "recent.mp4", 2)
    done = clean(data_dir, older_than=timedelta(days=30), dry_run=True)
    assert [(r.session_id, r.status) for r in done] == [(old.id, "would remove")]
    assert left(data_dir) == {old.id, recent.id}


def test_keep_last_keeps_the_most_recently_used(data_dir: Path) -> None:
    sessions = [make_session(data_dir, f"{n}.mp4", n * 40) for n in range(1, 5)]
    clean(data_dir, older_than=timedelta(days=30), keep_last=2)
    assert left(data_dir) == {sessions[0].id, sessions[1].id}
    clean(data_dir, keep_last=1)
    assert left(data_dir) == {sessions[0].id}


def test_a_session_in_use_or_with_a_queued_job_is_kept(data_dir: Path) -> None:
    rendering = make_session(data_dir, "rendering.mp4", 60)
    queued = make_session(data_dir, "queued.mp4", 60)
    idle = make_session(data_dir, "idle.mp4", 60)
    JobStore(data_dir).save(Job(job_id="a" * 32, session_id=queued.id, kind="edit", prompt="x"))
    with rendering.in_use():
        done = clean(data_dir, older_than=timedelta(days=30))
    status = {r.session_id: r.status for r in done}
    assert status == {rendering.id: "in use", queued.id: "in use", idle.id: "removed"}
    assert left(data_dir) == {rendering.id, queued.id}
