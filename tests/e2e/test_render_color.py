"""Color and detail edits through the real CLI, measured on what came out: sharpness, brightness,
contrast, color, corners, noise, and where in time a range-limited effect shows."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest
from cli_kit import Cli, make_clip
from measure import frame, measure

from promptcut.media.ffmpeg import ffmpeg_path

pytestmark = pytest.mark.e2e

FULL = (320, 240)  # whole frames: blur, sharpening and noise vanish when scaled down

# Every edit the tests measure, run up front and side by side: each CLI run is mostly waiting.
ON_PATTERN = [
    "add a blur effect",
    "sharpen it up",
    "brighten it",
    "darken the video a little",
    # contrast moves only brightness and saturation only color: one run measures both
    "increase the contrast and make the colors pop",
    "reduce the contrast and desaturate it a bit",
    "apply a sepia filter",
    "invert the colors",
    "add a vignette",
    "give it a vintage look",
    "make it warmer",
    "make it look cold",
    "blur from 0.6s to 1.4s",
]
ON_NOISE = ["denoise it", "set the gamma to 1"]  # the second only re-encodes: the control


@pytest.fixture(scope="module")
def pattern(media_dir: Path) -> Path:
    """2 s, 320x240, 25 fps moving test pattern with a tone."""
    return make_clip(
        media_dir,
        "color_pattern.mp4",
        ["-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=2",
         "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=2",
         "-c:v", "libx264", "-preset", "ultrafast", "-crf", "12", "-pix_fmt", "yuv420p",
         "-c:a", "aac", "-shortest"],
    )  # fmt: skip


@pytest.fixture(scope="module")
def noisy(media_dir: Path) -> Path:
    """1 s of flat gray under heavy, changing grain, kept nearly losslessly."""
    return make_clip(
        media_dir,
        "color_noisy.mp4",
        ["-f", "lavfi", "-i", "color=c=gray:size=320x240:rate=25:duration=1",
         "-vf", "noise=alls=18:allf=t+u", "-c:v", "libx264", "-preset", "ultrafast",
         "-crf", "4", "-pix_fmt", "yuv420p"],
    )  # fmt: skip


class Edits:
    """Outputs of `promptcut edit`, by prompt, made concurrently."""

    def __init__(self, jobs: dict[str, Future[tuple[int, str, Path]]]) -> None:
        self.jobs = jobs

    def __getitem__(self, prompt: str) -> Path:
        code, err, out = self.jobs[prompt].result()
        assert code == 0, f"'{prompt}' exited {code}: {err}"
        return out


@pytest.fixture(scope="module")
def edits(tmp_path_factory: pytest.TempPathFactory, pattern: Path, noisy: Path) -> Iterator[Edits]:
    def run(source: Path, prompt: str, i: int) -> tuple[int, str, Path]:
        home = tmp_path_factory.mktemp(f"color{i}")
        out = home / "out.mp4"
        done = Cli(home)("edit", source, prompt, "-o", out)
        return done.code, done.err, out

    work = [(pattern, p) for p in ON_PATTERN] + [(noisy, p) for p in ON_NOISE]
    with ThreadPoolExecutor(max_workers=4) as pool:
        yield Edits({p: pool.submit(run, src, p, i) for i, (src, p) in enumerate(work)})


# ---------------------------------------------------------------- measures
def sharpness(path: Path, t: float) -> float:
    """Variance of the Laplacian of the gray frame: falls as the picture blurs."""
    g = frame(path, t, FULL)
    lap = 4 * g[1:-1, 1:-1] - g[:-2, 1:-1] - g[2:, 1:-1] - g[1:-1, :-2] - g[1:-1, 2:]
    return float(lap.var())


def planes(path: Path, t: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Y, U and V of the frame at t, 64x48, in full 4:4:4."""
    w, h = 64, 48
    raw = subprocess.run(
        [ffmpeg_path(), "-hide_banner", "-loglevel", "error", "-ss", f"{t:.3f}", "-i", str(path),
         "-frames:v", "1", "-vf", f"scale={w}:{h}:flags=area,format=yuv444p",
         "-f", "rawvideo", "-"],
        capture_output=True, check=True,
    ).stdout  # fmt: skip
    y, u, v = np.frombuffer(raw, dtype=np.uint8).astype(np.float64)[: 3 * w * h].reshape(3, h, w)
    return y, u, v


def warmth(path: Path, t: float = 1.0) -> float:
    """V minus U: up for orange tones, down for blue ones."""
    _, u, v = planes(path, t)
    return float(v.mean() - u.mean())


def luma(path: Path, t: float = 1.0) -> float:
    return float(frame(path, t).mean())


# ---------------------------------------------------------------- detail
def test_blur_softens_the_picture_and_keeps_the_rest(edits: Edits, pattern: Path) -> None:
    out = edits["add a blur effect"]
    assert sharpness(out, 1.0) < 0.4 * sharpness(pattern, 1.0)
    m = measure(out)
    assert m.video is not None and (m.video.width, m.video.height) == (320, 240)
    assert m.audio is not None
    assert abs(m.duration - 2.0) < 0.1


def test_sharpen_makes_edges_crisper(edits: Edits, pattern: Path) -> None:
    assert sharpness(edits["sharpen it up"], 1.0) > 1.3 * sharpness(pattern, 1.0)


def test_denoise_removes_grain(edits: Edits, noisy: Path) -> None:
    # Against the same clip only re-encoded: the encoder alone smooths some grain away.
    control = frame(edits["set the gamma to 1"], 0.5, FULL).std()
    cleaned = frame(edits["denoise it"], 0.5, FULL).std()
    assert cleaned < 0.5 * control
    assert abs(frame(edits["denoise it"], 0.5, FULL).mean() - frame(noisy, 0.5, FULL).mean()) < 3


# ---------------------------------------------------------------- light
def test_brighten_and_darken_move_the_mean_luma(edits: Edits, pattern: Path) -> None:
    source = luma(pattern)
    assert luma(edits["brighten it"]) > source + 15
    assert luma(edits["darken the video a little"]) < source - 8


def test_contrast_spreads_or_squeezes_the_tones(edits: Edits, pattern: Path) -> None:
    spread = frame(pattern, 1.0).std()
    assert frame(edits["increase the contrast and make the colors pop"], 1.0).std() > 1.15 * spread
    assert frame(edits["reduce the contrast and desaturate it a bit"], 1.0).std() < 0.85 * spread


def test_invert_flips_the_luma(edits: Edits, pattern: Path) -> None:
    got, src = frame(edits["invert the colors"], 1.0), frame(pattern, 1.0)
    assert np.corrcoef(got.ravel(), src.ravel())[0, 1] < -0.95
    assert abs((got + src).mean() - 255) < 12


def test_vignette_darkens_the_corners_not_the_centre(edits: Edits, pattern: Path) -> None:
    got, src = frame(edits["add a vignette"], 1.0, FULL), frame(pattern, 1.0, FULL)
    corners = [(slice(0, 30), slice(0, 40)), (slice(-30, None), slice(-40, None))]
    for rows, cols in corners:
        assert got[rows, cols].mean() < src[rows, cols].mean() - 15
    centre = (slice(100, 140), slice(140, 180))
    assert abs(got[centre].mean() - src[centre].mean()) < 3


# ---------------------------------------------------------------- color
def test_saturation_up_and_down(edits: Edits, pattern: Path) -> None:
    def colorfulness(path: Path) -> float:
        _, u, v = planes(path, 1.0)
        return float(np.abs(u - 128).mean() + np.abs(v - 128).mean())

    source = colorfulness(pattern)
    assert colorfulness(edits["increase the contrast and make the colors pop"]) > 1.2 * source
    muted = colorfulness(edits["reduce the contrast and desaturate it a bit"])
    assert 0.5 * source < muted < 0.95 * source  # less color, not none


@pytest.mark.parametrize("prompt", ["apply a sepia filter", "give it a vintage look"])
def test_sepia_tones_are_brown(edits: Edits, prompt: str) -> None:
    _, u, v = planes(edits[prompt], 1.0)
    assert u.mean() < 121 and v.mean() > 135


def test_warm_and_cool_looks_shift_the_tones(edits: Edits, pattern: Path) -> None:
    source = warmth(pattern)
    assert warmth(edits["make it warmer"]) > source + 5
    assert warmth(edits["make it look cold"]) < source - 5


# ---------------------------------------------------------------- time ranges
def test_a_ranged_effect_changes_only_its_range(edits: Edits, pattern: Path) -> None:
    out = edits["blur from 0.6s to 1.4s"]
    assert sharpness(out, 1.0) < 0.4 * sharpness(pattern, 1.0)
    for t in (0.2, 1.8):
        assert abs(sharpness(out, t) - sharpness(pattern, t)) < 0.15 * sharpness(pattern, t)
    assert abs(measure(out).duration - 2.0) < 0.1


# ---------------------------------------------------------------- refusals
def test_sound_only_input_is_refused(cli: Cli, tone_mp3: Path) -> None:
    run = cli("edit", tone_mp3, "brighten it", "-o", cli.home / "out.mp3")
    assert run.code == 2
    assert "no picture to change" in run.err
    assert not (cli.home / "out.mp3").exists()
