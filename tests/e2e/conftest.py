"""Tiny media made on the fly with the real ffmpeg; nothing here is committed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from cli_kit import Cli, make_clip

from promptcut.executor import isolation_available
from promptcut.media.ffmpeg import ffmpeg_path


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "isolation: runs stage scripts in bubblewrap; skipped where it cannot run, a failure "
        "instead in CI (CI=true) or when PROMPTCUT_REQUIRE_ISOLATION=1",
    )


def isolation_required() -> str | None:
    """Why a missing sandbox must fail the isolation tests here (None: they may skip).

    A security test that skips passes silently: where the isolation must be proven — CI, and
    scripts/test on a machine where it installs bubblewrap — a missing sandbox fails it."""
    if os.environ.get("PROMPTCUT_REQUIRE_ISOLATION") == "1":
        return "PROMPTCUT_REQUIRE_ISOLATION=1 requires it"
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        return "a CI run (CI=true) requires it"
    return None


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("isolation") is None or isolation_available():
        return
    required = isolation_required()
    if required is not None:
        pytest.fail(f"bubblewrap cannot run here, and {required}")
    pytest.skip("bubblewrap cannot run here")


# Sources every clip is made from: a moving test pattern and a tone, small and short.
VIDEO_SRC = ("-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=1")
AUDIO_SRC = ("-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=1")


@pytest.fixture(scope="session")
def ffmpeg_exe() -> str:
    return ffmpeg_path()


@pytest.fixture(scope="session")
def media_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("media")


@pytest.fixture(scope="session")
def clip_mp4(media_dir: Path) -> Path:
    """1 s, 320x240, 25 fps h264 + 48 kHz mono aac."""
    return make_clip(
        media_dir,
        "clip.mp4",
        [*VIDEO_SRC, *AUDIO_SRC, "-c:v", "libx264", "-preset", "ultrafast",
         "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest"],
    )  # fmt: skip


@pytest.fixture(scope="session")
def rotated_mp4(media_dir: Path, clip_mp4: Path) -> Path:
    """What a phone shot in portrait writes: 320x240 pixels, display matrix 90°."""
    return make_clip(
        media_dir, "rotated.mp4", ["-display_rotation", "90", "-i", str(clip_mp4), "-c", "copy"]
    )


@pytest.fixture(scope="session")
def vfr_mp4(media_dir: Path) -> Path:
    """Variable frame rate: every third gap is doubled and all jitter, as phones record."""
    return make_clip(
        media_dir,
        "vfr.mp4",
        [*VIDEO_SRC, "-vf", "setpts='((N+floor(N/3))/25+0.01*random(0))/TB'",
         "-fps_mode", "vfr", "-c:v", "libx264", "-preset", "ultrafast"],
    )  # fmt: skip


@pytest.fixture(scope="session")
def offset_ts(media_dir: Path) -> Path:
    """A broadcast-style transport stream whose timestamps start at 10 s."""
    return make_clip(
        media_dir,
        "offset.ts",
        [*VIDEO_SRC, *AUDIO_SRC, "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac",
         "-output_ts_offset", "10"],
    )  # fmt: skip


@pytest.fixture(scope="session")
def hevc10_mkv(media_dir: Path) -> Path:
    """10-bit HEVC, as modern cameras and phones record HDR."""
    return make_clip(
        media_dir,
        "hevc10.mkv",
        ["-f", "lavfi", "-i", "testsrc2=size=160x120:rate=10:duration=0.5", "-c:v", "libx265",
         "-preset", "ultrafast", "-pix_fmt", "yuv420p10le", "-x265-params", "log-level=error"],
    )  # fmt: skip


@pytest.fixture(scope="session")
def surround_mka(media_dir: Path) -> Path:
    """5.1 audio only."""
    return make_clip(
        media_dir,
        "surround.mka",
        [*AUDIO_SRC, "-af", "aformat=channel_layouts=5.1", "-c:a", "aac"],
    )


@pytest.fixture(scope="session")
def odd_size_mp4(media_dir: Path) -> Path:
    """321x241: odd dimensions, legal in 4:4:4 h264 but refused by yuv420p encoders."""
    return make_clip(
        media_dir,
        "odd.mp4",
        ["-f", "lavfi", "-i", "testsrc2=size=320x240:rate=10:duration=0.5",
         "-vf", "scale=321:241,setsar=1,format=yuv444p", "-c:v", "libx264", "-preset", "ultrafast"],
    )  # fmt: skip


@pytest.fixture(scope="session")
def clip_webm(media_dir: Path) -> Path:
    return make_clip(
        media_dir,
        "clip.webm",
        [*VIDEO_SRC, *AUDIO_SRC, "-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8",
         "-c:a", "libopus", "-shortest"],
    )  # fmt: skip


@pytest.fixture(scope="session")
def tone_mp3(media_dir: Path) -> Path:
    return make_clip(media_dir, "tone.mp3", [*AUDIO_SRC, "-c:a", "libmp3lame"])


@pytest.fixture(scope="session")
def tone_wav(media_dir: Path) -> Path:
    return make_clip(media_dir, "tone.wav", [*AUDIO_SRC, "-ac", "2"])


@pytest.fixture(scope="session")
def still_png(media_dir: Path) -> Path:
    return make_clip(media_dir, "still.png", [*VIDEO_SRC, "-frames:v", "1"])


@pytest.fixture(scope="session")
def still_jpg(media_dir: Path) -> Path:
    return make_clip(media_dir, "still.jpg", [*VIDEO_SRC, "-frames:v", "1"])


@pytest.fixture(scope="session")
def still_gif(media_dir: Path) -> Path:
    return make_clip(media_dir, "still.gif", [*VIDEO_SRC, "-frames:v", "1"])


@pytest.fixture(scope="session")
def animated_gif(media_dir: Path) -> Path:
    return make_clip(
        media_dir,
        "animated.gif",
        ["-f", "lavfi", "-i", "testsrc2=size=160x120:rate=10:duration=1"],
    )


@pytest.fixture(scope="session")
def video_only_mp4(media_dir: Path) -> Path:
    return make_clip(
        media_dir, "silent.mp4", [*VIDEO_SRC, "-c:v", "libx264", "-preset", "ultrafast"]
    )


@pytest.fixture(scope="session")
def cover_art_mp3(media_dir: Path, tone_mp3: Path, still_jpg: Path) -> Path:
    """An mp3 carrying its album cover as a one-picture 'video' stream."""
    return make_clip(
        media_dir,
        "cover.mp3",
        ["-i", str(tone_mp3), "-i", str(still_jpg), "-map", "0", "-map", "1", "-c", "copy",
         "-disposition:v", "attached_pic"],
    )  # fmt: skip


# ---------------------------------------------------------------- for the CLI end-to-end tests
LONG_VIDEO_SRC = ("-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=3")
LONG_AUDIO_SRC = ("-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=3")


@pytest.fixture(scope="session")
def clip3_mp4(media_dir: Path) -> Path:
    """3 s, 320x240, 25 fps h264 + 48 kHz stereo aac: long enough to trim and still tell
    frames apart (the pattern moves every frame)."""
    return make_clip(
        media_dir,
        "clip3.mp4",
        [*LONG_VIDEO_SRC, *LONG_AUDIO_SRC, "-ac", "2", "-c:v", "libx264", "-preset", "ultrafast",
         "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest"],
    )  # fmt: skip


@pytest.fixture(scope="session")
def offset3_ts(media_dir: Path) -> Path:
    """Like offset_ts (timestamps start at 10 s) but 3 s long, with one keyframe at the start
    as a camera with a long GOP writes it."""
    return make_clip(
        media_dir,
        "offset3.ts",
        [*LONG_VIDEO_SRC, *LONG_AUDIO_SRC, "-c:v", "libx264", "-preset", "ultrafast",
         "-c:a", "aac", "-output_ts_offset", "10"],
    )  # fmt: skip


@pytest.fixture(scope="session")
def surround_mp4(media_dir: Path) -> Path:
    """A video with 5.1 sound, as a home-cinema rip has."""
    return make_clip(
        media_dir,
        "surround.mp4",
        [*VIDEO_SRC, *AUDIO_SRC, "-af", "aformat=channel_layouts=5.1", "-c:v", "libx264",
         "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest"],
    )  # fmt: skip


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path)


@pytest.fixture(scope="session")
def h264_avi(media_dir: Path) -> Path:
    """An AVI long enough that its sandbox stand-in is more than a few frames (6 s)."""
    return make_clip(
        media_dir,
        "clip.avi",
        ["-f", "lavfi", "-i", "testsrc2=size=160x120:rate=25:duration=6",
         "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100:duration=6",
         "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "pcm_s16le", "-shortest"],
    )  # fmt: skip
