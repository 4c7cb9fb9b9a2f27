"""Measuring what an edit produced, as a user would notice it: length, streams, size, pixels,
loudness. PyAV reads containers; the ffmpeg binary grabs frames and measures volume."""

from __future__ import annotations

import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np

from promptcut.media.ffmpeg import ffmpeg_path

__all__ = [
    "Audio",
    "Media",
    "Video",
    "chroma",
    "displayed_size",
    "frame",
    "frames",
    "loudness",
    "mean_volume",
    "measure",
    "mse",
    "shows",
    "tone_db",
]

# Small frames are enough to tell test patterns apart and keep every grab cheap.
SMALL = (64, 48)
_TS = (".ts", ".m2ts", ".mts")


@dataclass(frozen=True)
class Video:
    width: int
    height: int
    codec: str
    pix_fmt: str
    fps: float
    rotation: int


@dataclass(frozen=True)
class Audio:
    codec: str
    sample_rate: int
    channels: int


@dataclass(frozen=True)
class Media:
    format: str
    duration: float
    video: Video | None
    audio: Audio | None


def measure(path: Path) -> Media:
    """Container, duration and first video/audio stream of a file, read with PyAV.

    The duration is the content's length: a transport stream's start offset is not in it."""
    with av.open(str(path)) as c:
        vs = next((s for s in c.streams.video), None)
        aus = next((s for s in c.streams.audio), None)
        video = audio = None
        if vs is not None:
            cc = vs.codec_context
            first = next(c.decode(vs), None)
            video = Video(
                width=cc.width,
                height=cc.height,
                codec=vs.codec.canonical_name,
                pix_fmt=str(cc.format.name if cc.format else ""),
                fps=float(vs.average_rate or 0),
                rotation=int(first.rotation) % 360 if first is not None else 0,
            )
        if aus is not None:
            ac = aus.codec_context
            audio = Audio(
                codec=aus.codec.canonical_name, sample_rate=ac.sample_rate, channels=ac.channels
            )
        return Media(str(c.format.name), (c.duration or 0) / 1e6, video, audio)


def _grab(path: Path, args: list[str], size: tuple[int, int], fmt: str) -> np.ndarray:
    w, h = size
    out = subprocess.run(
        [ffmpeg_path(), "-hide_banner", "-loglevel", "error", *args,
         "-vf", f"scale={w}:{h}:flags=area,format={fmt}", "-f", "rawvideo", "-"],
        capture_output=True, check=True,
    ).stdout  # fmt: skip
    return np.frombuffer(out, dtype=np.uint8).astype(np.float64)


def frame(path: Path, t: float = 0.0, size: tuple[int, int] = SMALL) -> np.ndarray:
    """The gray frame shown at time t (rotation metadata applied, as players do), HxW."""
    seek = ["-ss", f"{t:.3f}"] if t > 0 else []
    # A transport stream with a start offset does not seek reliably before -i.
    before, after = ([], seek) if path.suffix.lower() in _TS else (seek, [])
    a = _grab(path, [*before, "-i", str(path), *after, "-frames:v", "1"], size, "gray")
    w, h = size
    assert a.size >= w * h, f"no frame at {t} s in {path.name}"
    return a[: w * h].reshape(h, w)


def rgb_frame(path: Path, t: float = 0.0, size: tuple[int, int] = SMALL) -> np.ndarray:
    """The frame shown at time t in colour, HxWx3 (red, green, blue)."""
    a = _grab(path, ["-ss", f"{t:.3f}", "-i", str(path), "-frames:v", "1"], size, "rgb24")
    w, h = size
    return a[: w * h * 3].reshape(h, w, 3)


def frames(
    path: Path, t: float, half: float = 0.12, size: tuple[int, int] = SMALL
) -> list[np.ndarray]:
    """Every gray frame within ±half seconds of t: edits may shift by a frame or so."""
    start = max(0.0, t - half)
    seek = ["-ss", f"{start:.3f}", "-t", f"{2 * half:.3f}"]
    before, after = ([], seek) if path.suffix.lower() in _TS else (seek, [])
    a = _grab(path, [*before, "-i", str(path), *after], size, "gray")
    w, h = size
    return [a[k * w * h : (k + 1) * w * h].reshape(h, w) for k in range(a.size // (w * h))]


def mse(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.mean((a - b) ** 2))


def shows(out: Path, ot: float, src: Path, st: float, decoy_t: float) -> bool:
    """The output frame at `ot` is the source frame at `st`, and clearly not the one at
    `decoy_t` that a wrong edit would leave there."""
    got = frame(out, ot)
    match = min(mse(got, f) for f in frames(src, st))
    decoy = min(mse(got, f) for f in frames(src, decoy_t))
    return match < 80 and match < 0.35 * decoy


def chroma(path: Path, t: float = 0.0) -> float:
    """Mean distance of the color planes from neutral: about 0 for a grayscale picture."""
    w, h = SMALL
    a = _grab(path, ["-ss", f"{t:.3f}", "-i", str(path), "-frames:v", "1"], SMALL, "yuv444p")
    planes = a[: 3 * w * h].reshape(3, h, w)
    return float(np.mean(np.abs(planes[1:] - 128)))


def displayed_size(path: Path) -> tuple[int, int]:
    """Width and height of the first frame after ffmpeg applies any rotation metadata."""
    with tempfile.TemporaryDirectory() as tmp:
        png = Path(tmp) / "f.png"
        subprocess.run(
            [ffmpeg_path(), "-hide_banner", "-loglevel", "error", "-i", str(path),
             "-frames:v", "1", str(png)],
            check=True,
        )  # fmt: skip
        with av.open(str(png)) as c:
            cc = c.streams.video[0].codec_context
            return cc.width, cc.height


def mean_volume(path: Path, start: float = 0.0, length: float | None = None) -> float:
    """Mean volume in dB of the sound (or of one stretch of it); -200 for silence."""
    window = ["-ss", f"{start:.3f}"] if start else []
    if length is not None:
        window += ["-t", f"{length:.3f}"]
    r = subprocess.run(
        [ffmpeg_path(), "-hide_banner", *window, "-i", str(path), "-vn", "-af", "volumedetect",
         "-f", "null", "-"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    m = re.search(r"mean_volume:\s*(-?[\d.]+|-inf) dB", r.stderr)
    return float(m.group(1)) if m and m.group(1) != "-inf" else -200.0


def loudness(path: Path) -> float:
    """Integrated loudness of the sound in LUFS (EBU R128), as ffmpeg's ebur128 measures it."""
    done = subprocess.run(
        [ffmpeg_path(), "-hide_banner", "-nostats", "-i", str(path), "-vn", "-af",
         "ebur128=framelog=quiet", "-f", "null", "-"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return float(re.findall(r"I:\s*(-?[\d.]+) LUFS", done.stderr)[-1])


def tone_db(path: Path, hz: int, start: float = 0.0, length: float | None = None) -> float:
    """Mean level in dB of the sound near `hz` (two narrow band-passes), or -200 for none."""
    window = ["-ss", f"{start:.3f}"] if start else []
    if length is not None:
        window += ["-t", f"{length:.3f}"]
    band = f"bandpass=f={hz}:width_type=q:width=8"
    done = subprocess.run(
        [ffmpeg_path(), "-hide_banner", *window, "-i", str(path), "-vn",
         "-af", f"{band},{band},volumedetect", "-f", "null", "-"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    m = re.search(r"mean_volume:\s*(-?[\d.]+|-inf) dB", done.stderr)
    return float(m.group(1)) if m and m.group(1) != "-inf" else -200.0
