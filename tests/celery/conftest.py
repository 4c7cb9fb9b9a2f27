"""Edits on Celery workers: a Redis and `promptcut worker` processes of each test's own (see
cluster_kit.py), tiny generated clips shared by the session."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from cluster_kit import H264_AAC, Cluster, lavfi, make_clip


def pytest_configure(config: pytest.Config) -> None:
    # starlette's TestClient warns about its own use of httpx: not the app's concern.
    config.addinivalue_line("filterwarnings", "ignore:Using `httpx` with `starlette.testclient`")


@pytest.fixture(scope="session")
def media_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("celery-media")


@pytest.fixture(scope="session")
def clip3_mp4(media_dir: Path) -> Path:
    """3 s, 320x240: room for three half-second trims."""
    return make_clip(media_dir, "clip3.mp4", [*lavfi(3), *H264_AAC])


@pytest.fixture(scope="session")
def slow_mp4(media_dir: Path) -> Path:
    """20 s at 640x360: stabilizing it takes many seconds."""
    return make_clip(media_dir, "slow.mp4", [*lavfi(20, size="640x360"), *H264_AAC])


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[Cluster]:
    """Redis and the shared data folder; the test starts the workers and the app it needs."""
    with ExitStack() as stack:
        yield Cluster(tmp_path, stack)
