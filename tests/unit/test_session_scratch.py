"""What a dead job left is cleared without touching what the session's other jobs use."""

from __future__ import annotations

from pathlib import Path

from promptcut.media.info import MediaInfo, VideoStream
from promptcut.session import Session


def _session(tmp_path: Path) -> Session:
    source = tmp_path / "clip.mp4"
    source.write_bytes(b"bytes standing for a video")
    media = MediaInfo(
        path=source,
        container="mov,mp4,m4a,3gp,3g2,mj2",
        duration=3.0,
        size_bytes=source.stat().st_size,
        video=VideoStream(width=320, height=240, fps=25, pix_fmt="yuv420p", codec="h264"),
    )
    return Session.create(tmp_path / "data", source, media)


def _put(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x")
    return path


def test_an_edits_scratch_goes_and_a_running_proxys_stays(tmp_path: Path) -> None:
    session = _session(tmp_path)
    out = _put(session.tmp_dir() / "made.mp4")
    session.promote(out, 1, "mp4", 0, "make it black and white")
    root = session.root
    dead_edit = _put(root / "tmp" / "edit-abc" / "stage1.mp4")
    dead_run = _put(root / "logs" / "v0002" / ".run-xyz" / "box.mp4")
    dead_preview = _put(root / "previews" / "v0002.mp4")
    kept_preview = _put(root / "previews" / "v0001.mp4")
    proxy_scratch = _put(root / "tmp" / "proxy-def" / "small.mp4")
    proxy_run = _put(root / "logs" / "proxy" / ".run-uvw" / "box.mp4")
    kept_log = _put(root / "logs" / "v0002" / "render.log")

    session.clear_scratch("edit")

    assert not dead_edit.parent.exists() and not dead_run.parent.exists()
    assert not dead_preview.exists()
    assert kept_preview.exists() and kept_log.exists()
    assert proxy_scratch.exists() and proxy_run.exists()


def test_a_proxys_scratch_goes_and_an_edits_stays(tmp_path: Path) -> None:
    session = _session(tmp_path)
    root = session.root
    proxy_scratch = _put(root / "tmp" / "proxy-def" / "small.mp4")
    proxy_run = _put(root / "logs" / "proxy" / ".run-uvw" / "box.mp4")
    edit_scratch = _put(root / "tmp" / "edit-abc" / "stage1.mp4")
    edit_run = _put(root / "logs" / "v0001" / ".run-xyz" / "box.mp4")
    preview = _put(root / "previews" / "v0001.mp4")

    session.clear_scratch("proxy")

    assert not proxy_scratch.parent.exists() and not proxy_run.parent.exists()
    assert edit_scratch.exists() and edit_run.exists() and preview.exists()
