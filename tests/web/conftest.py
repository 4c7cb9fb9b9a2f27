"""The HTTP API over the real app: tiny generated media, a TestClient per test (its lifespan
starts the job runner), and helpers that speak the API as a client would."""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
from api_kit import Api, ApiFactory
from fastapi.testclient import TestClient

from promptcut.api.main import create_app
from promptcut.media.ffmpeg import run_ffmpeg
from promptcut.settings import Settings


def pytest_configure(config: pytest.Config) -> None:
    # starlette's TestClient warns about its own use of httpx: not the app's concern.
    config.addinivalue_line("filterwarnings", "ignore:Using `httpx` with `starlette.testclient`")


# -- media ---------------------------------------------------------------------------------------


def _lavfi(seconds: float, size: str = "320x240", tone: int = 440) -> list[str]:
    return [
        "-f", "lavfi", "-i", f"testsrc2=size={size}:rate=25:duration={seconds}",
        "-f", "lavfi", "-i", f"sine=frequency={tone}:sample_rate=48000:duration={seconds}",
    ]  # fmt: skip


_H264_AAC = ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac",
             "-shortest"]  # fmt: skip


def make_clip(folder: Path, name: str, args: Sequence[str]) -> Path:
    """Run `ffmpeg <args> folder/name` once per test run and return the file."""
    out = folder / name
    if not out.exists():
        run_ffmpeg([*args, str(out)])
    return out


@pytest.fixture(scope="session")
def media_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("web-media")


@pytest.fixture(scope="session")
def clip2_mp4(media_dir: Path) -> Path:
    """2 s, 320x240, 25 fps, h264 + aac."""
    return make_clip(media_dir, "clip.mp4", [*_lavfi(2), *_H264_AAC])


@pytest.fixture(scope="session")
def clip3_mp4(media_dir: Path) -> Path:
    """3 s, 320x240, 25 fps, h264 + aac: room for three half-second trims."""
    return make_clip(media_dir, "clip3.mp4", [*_lavfi(3), *_H264_AAC])


@pytest.fixture(scope="session")
def gops_mp4(media_dir: Path) -> Path:
    """3 s, 160x120, 25 fps, h264 with a keyframe every second + aac: a cut can copy GOPs."""
    return make_clip(
        media_dir, "gops.mp4",
        [*_lavfi(3, size="160x120"), *_H264_AAC, "-g", "25", "-keyint_min", "25",
         "-sc_threshold", "0"],
    )  # fmt: skip


@pytest.fixture(scope="session")
def second_mp4(media_dir: Path) -> Path:
    """1 s of the same shape, another tone: a clip to join after the first."""
    return make_clip(media_dir, "b.mp4", [*_lavfi(1, tone=660), *_H264_AAC])


@pytest.fixture(scope="session")
def subs_srt(media_dir: Path) -> Path:
    path = media_dir / "subs.srt"
    path.write_text("1\n00:00:00,000 --> 00:00:01,500\nHello there\n", encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def slow_mp4(media_dir: Path) -> Path:
    """20 s at 640x360: long enough that stabilizing it takes many seconds."""
    return make_clip(media_dir, "slow.mp4", [*_lavfi(20, size="640x360"), *_H264_AAC])


@pytest.fixture(scope="session")
def rotated_mp4(media_dir: Path, clip2_mp4: Path) -> Path:
    """What a phone shot in portrait writes: 320x240 pixels, display matrix 90°."""
    return make_clip(
        media_dir, "rotated.mp4", ["-display_rotation", "90", "-i", str(clip2_mp4), "-c", "copy"]
    )


@pytest.fixture(scope="session")
def tone_mp3(media_dir: Path) -> Path:
    return make_clip(
        media_dir,
        "tone.mp3",
        ["-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=2",
         "-c:a", "libmp3lame"],
    )  # fmt: skip


@pytest.fixture(scope="session")
def still_png(media_dir: Path) -> Path:
    return make_clip(
        media_dir, "still.png", ["-f", "lavfi", "-i", "testsrc2=size=320x240", "-frames:v", "1"]
    )


@pytest.fixture(scope="session")
def text_mp4(media_dir: Path) -> Path:
    """A text file wearing a video's name."""
    path = media_dir / "notes.mp4"
    path.write_text("these are my notes, not a video\n" * 20, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def random_mp4(media_dir: Path) -> Path:
    """1.5 MB of noise named .mp4: over a 1 MB cap, and not media either."""
    path = media_dir / "noise.mp4"
    path.write_bytes(random.Random(0).randbytes(1_500_000))
    return path


@pytest.fixture
def make_api(tmp_path: Path) -> Iterator[ApiFactory]:
    """`make_api(**settings)`: a running app over `tmp_path/data` (unless `data_dir` is given);
    every app made is shut down at the end of the test."""
    with ExitStack() as stack:

        def make(**overrides: Any) -> Api:
            settings = Settings(**({"data_dir": tmp_path / "data"} | overrides))
            # A server error is a status code to a client: tests see 500, not the exception.
            app = create_app(settings)
            client = stack.enter_context(TestClient(app, raise_server_exceptions=False))
            return Api(client, settings)

        yield make


@pytest.fixture
def api(make_api: ApiFactory) -> Api:
    """The app with default settings (sandbox, previews, no API key)."""
    return make_api()
