"""Make media from nothing: sample clips for people to try, and cheap dummies for the sandbox."""

from __future__ import annotations

import hashlib
import json
import math
import os
import uuid
from functools import lru_cache
from pathlib import Path

from promptcut.errors import InvalidRequest
from promptcut.media.ffmpeg import SAFE_INPUT_ARGS, encoders, run_ffmpeg
from promptcut.media.info import MediaInfo
from promptcut.media.packets import VideoIndex

__all__ = ["make_cut_dummy", "make_dummy", "make_sample"]

# Bump when the dummy recipe changes, so cached dummies made the old way are not reused.
_DUMMY_RECIPE = 3
_DUMMY_MAX_FPS = 4.0
# Past 16 s the rate drops (to 1 fps at most) so a long input's dummy stays near this many
# frames: the sandbox run costs about a frame's filtering and encoding per frame, and a
# 1080p frame costs milliseconds even when flat.
_DUMMY_FRAME_BUDGET = 64
_DUMMY_MIN_FPS = 1.0
# Frames in the tile that long dummies loop; a multiple of every GOP the fast encoders use
# here would be ideal, but each tile starts with a keyframe, which is all looping needs.
_TILE_FRAMES = 8

_IMAGE_EXTS = frozenset({".png", ".jpg", ".jpeg", ".webp", ".bmp", ".tif", ".tiff"})
_AUDIO_ONLY_EXTS = frozenset({".mp3", ".wav", ".flac", ".aac", ".m4a", ".ogg", ".opus"})

# Extension to use when the input's own name has none, by demuxer.
_EXT_BY_CONTAINER = {
    "mov,mp4,m4a,3gp,3g2,mj2": ".mp4",
    "matroska,webm": ".mkv",
    "avi": ".avi",
    "mpegts": ".ts",
    "mpeg": ".mpg",
    "flv": ".flv",
    "ogg": ".ogg",
    "wav": ".wav",
    "mp3": ".mp3",
    "flac": ".flac",
    "aac": ".aac",
    "asf": ".wmv",
    "gif": ".gif",
    "png_pipe": ".png",
    "jpeg_pipe": ".jpg",
    "webp_pipe": ".webp",
    "bmp_pipe": ".bmp",
    "tiff_pipe": ".tiff",
}
# Extensions whose muxer ffmpeg knows and that may name a file of the containers above: a
# dummy keeps the real file's own (a .webm stays WebM), any other name gets its container's.
_KNOWN_EXTS = frozenset(_EXT_BY_CONTAINER.values()) | {
    ".webm", ".mka", ".mov", ".m4a", ".m4v", ".3gp", ".opus", ".oga", ".jpeg", ".tif", ".mpeg",
    ".m2ts", ".mts", ".asf", ".wma",
}  # fmt: skip

# For each codec a real file may carry: the encoder that makes the same codec fastest, and
# the options that make it fast. Flat gray content keeps every one of them cheap.
_VIDEO_ENCODERS: dict[str, tuple[str, tuple[str, ...]]] = {
    # Maximum quantizer: gray needs no bits, and x264/x265 then skip most of their analysis.
    "h264": ("libx264", ("-preset", "ultrafast", "-qp", "51")),
    "hevc": ("libx265", ("-preset", "ultrafast", "-x265-params", "log-level=error:qp=51")),
    "vp9": ("libvpx-vp9", ("-deadline", "realtime", "-cpu-used", "8", "-row-mt", "1")),
    "vp8": ("libvpx", ("-deadline", "realtime", "-cpu-used", "16")),
    "av1": ("libsvtav1", ("-preset", "12")),
    "mpeg4": ("mpeg4", ()),
    "mpeg2video": ("mpeg2video", ()),
    "mjpeg": ("mjpeg", ()),
    "prores": ("prores_ks", ("-profile:v", "0")),
    "ffv1": ("ffv1", ()),
    "png": ("png", ()),
    "gif": ("gif", ()),
    "webp": ("libwebp", ()),
    "bmp": ("bmp", ()),
    "tiff": ("tiff", ()),
}
_AUDIO_ENCODERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "aac": ("aac", ("-aac_coder", "fast")),
    "opus": ("libopus", ()),
    "mp3": ("libmp3lame", ()),
    "vorbis": ("libvorbis", ()),
    "flac": ("flac", ()),
    "ac3": ("ac3", ()),
    "eac3": ("eac3", ()),
    "alac": ("alac", ()),
    "mp2": ("mp2", ()),
}


def make_sample(
    path: Path,
    duration: float = 5.0,
    size: tuple[int, int] = (640, 360),
    *,
    fps: int = 30,
    exe: str | None = None,
) -> None:
    """Write a test clip: a moving pattern with a stereo 440 Hz tone, coded by the extension."""
    path = Path(path)
    width, height = size
    if not duration > 0:
        raise InvalidRequest(f"a sample needs a duration above 0 s (got {duration:g} s)")
    if width < 16 or height < 16 or width % 2 or height % 2:
        raise InvalidRequest(
            f"a sample's size must be even numbers of at least 16 pixels (got {width}x{height})"
        )
    if fps <= 0:
        raise InvalidRequest(f"a sample needs a frame rate above 0 (got {fps})")
    ext = path.suffix.lower()
    args: list[str] = []
    if ext not in _AUDIO_ONLY_EXTS:
        args += ["-f", "lavfi", "-i", f"testsrc2=size={width}x{height}:rate={fps}"]
    if ext not in _IMAGE_EXTS and ext != ".gif":
        args += ["-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000", "-ac", "2"]
    if ext in _IMAGE_EXTS:
        args += ["-frames:v", "1", "-update", "1"]
    else:
        args += ["-t", f"{duration:g}"]
    if ext in (".mp4", ".mov", ".m4v", ".mkv"):
        args += ["-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p"]
        args += ["-c:a", "aac", "-b:a", "128k"]
        if ext != ".mkv":
            # Index up front so browsers and players can start before the whole file arrives.
            args += ["-movflags", "+faststart"]
    elif ext == ".webm":
        args += ["-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-row-mt", "1"]
        args += ["-b:v", "0", "-crf", "35", "-c:a", "libopus"]
    _write_atomically(path, args, exe=exe)


def make_dummy(info: MediaInfo, cache_dir: Path, *, exe: str | None = None) -> Path:
    """A cheap stand-in for `info`'s file: same container, streams, displayed size, pixel
    format, sample rate, channels and duration, but flat gray at a low frame rate.

    Cached in `cache_dir` by those properties; safe to call from concurrent workers.
    """
    ext = info.path.suffix.lower()
    if ext not in _KNOWN_EXTS:
        ext = _EXT_BY_CONTAINER.get(info.container, ".mkv")
    video_in, video_out, frames = _dummy_video(info, exe)
    audio_in, audio_out = _dummy_audio(info, exe)
    tail: list[str] = []
    if not info.is_image:
        tail += ["-t", f"{max(info.duration, 0.001):.3f}"]
        if info.container in ("mpegts", "mpeg") and info.start_time > 0:
            # Broadcast streams start mid-clock; scripts that read timestamps must see that too.
            # No mux delay, so the dummy starts exactly where the real file does.
            tail += ["-muxdelay", "0", "-muxpreload", "0"]
            tail += ["-output_ts_offset", f"{info.start_time:.3f}"]
    # Inputs first: any option after one `-i` and before the next applies to the next input.
    one_pass = [*video_in, *audio_in, *video_out, *audio_out, *tail]
    out = _cached(cache_dir, ext, one_pass)
    if out.exists():
        return out
    out.parent.mkdir(parents=True, exist_ok=True)

    # (An AVI tile looped by copy starts its clock over at each pass: `-t` would never come.)
    loops = info.container not in ("gif", "avi")
    if frames > _TILE_FRAMES * 2 and "-c:v" in video_out and loops:
        # Encoding every frame of a long input costs ~3 ms per 1080p frame even flat gray;
        # instead encode a short tile once and loop it by stream copy, which costs next to
        # nothing per frame. The tile is cached too: every length of this format reuses it.
        tile_args = [*video_in, *video_out, "-frames:v", str(_TILE_FRAMES), "-an"]
        tile = _cached(cache_dir, ext, tile_args, kind="tile")
        if not tile.exists():
            _write_atomically(tile, tile_args, exe=exe)
        looped = [*SAFE_INPUT_ARGS, "-stream_loop", "-1", "-i", str(tile)]
        maps = ["-map", "0:v", *(["-map", "1:a"] if audio_in else [])]
        args = [*looped, *audio_in, *maps, "-c:v", "copy", *audio_out, *tail]
    else:
        args = one_pass
    _write_atomically(out, args, exe=exe)
    return out


def make_cut_dummy(
    info: MediaInfo, index: VideoIndex, cache_dir: Path, *, exe: str | None = None
) -> Path:
    """A stand-in for a file a cut stage copies from: flat gray video like `make_dummy`'s, in
    the same codec (H.264 by x264, HEVC by x265) and profile, but at the real frame rate, with
    the real number of frames, IDR frames at the same frames and the same B-frame structure, so
    the stage's copy ranges and joins fall as they do on the real file. Regular GOPs are one
    GOP's tile looped by stream copy (cheap at any length); irregular ones are encoded whole
    with their keyframes forced."""
    fps = f"{index.fps.numerator}/{index.fps.denominator}"
    gop = index.idr[1] - index.idr[0] if len(index.idr) > 1 else index.frames
    regular = index.idr == tuple(range(0, index.frames, gop))
    keyint = gop if regular else index.frames
    video_in = ["-f", "lavfi", "-i", f"color=c=gray:size={index.width}x{index.height}:rate={fps}"]
    if index.codec == "hevc":
        pyramid = index.x265.get("b-pyramid", "1")
        params = (
            f"keyint={keyint}:min-keyint={min(keyint, 250)}:scenecut=0:open-gop=0:"
            f"bframes={index.bframes}:b-pyramid={pyramid}:log-level=error"
        )
        encoder = ["-c:v", "libx265", "-preset", "ultrafast", "-x265-params", params]
    else:
        params = (
            f"keyint={keyint}:min-keyint={min(keyint, 250)}:scenecut=0:open-gop=0:"
            f"bframes={index.bframes}:b-pyramid={index.x264.get('b_pyramid', '2')}"
        )
        encoder = ["-c:v", "libx264", "-preset", "ultrafast", "-x264-params", params]
    video_out = [
        *encoder, "-qp", "51", "-profile:v", index.profile, "-pix_fmt", index.pix_fmt,
    ]  # fmt: skip
    if not regular:
        times = ",".join(f"{index.times[i] - index.times[0]:.6f}" for i in index.idr)
        video_out += ["-force_key_frames", times]
        if index.codec == "hevc":
            video_out += ["-forced-idr", "1"]  # else x265 makes the forced frames plain I
    audio_in, audio_out = _dummy_audio(info, exe)
    # The source's own container: the stage seeks in each its own way (smartcut.part_runs).
    ext = {"matroska,webm": ".mkv", "mpegts": ".ts"}.get(index.container, ".mp4")
    tail = ["-frames:v", str(index.frames), "-t", f"{float(index.frames / index.fps):.6f}"]
    if index.container == "mpegts":
        # The stage trims a transport stream's re-encoded parts by its own clock (-copyts):
        # the stand-in's first frame is shown at the same tick as the real one's.
        tail += ["-muxdelay", "0", "-muxpreload", "0",
                 "-output_ts_offset", f"{index.origin + index.times[0]:.6f}"]  # fmt: skip
    maps = ["-map", "0:v", *(["-map", "1:a"] if audio_in else [])]
    whole = [*video_in, *audio_in, *maps, *video_out, *audio_out, *tail]
    out = _cached(cache_dir, ext, whole, kind="cut")
    if out.exists():
        return out
    out.parent.mkdir(parents=True, exist_ok=True)
    if regular and index.frames > gop:
        tile_args = [*video_in, *video_out, "-frames:v", str(gop), "-an"]
        # A transport stream's tile loses frames where the loop starts over: MP4 holds it.
        tile = _cached(cache_dir, ".mp4" if ext == ".ts" else ext, tile_args, kind="tile")
        if not tile.exists():
            _write_atomically(tile, tile_args, exe=exe)
        looped = [*SAFE_INPUT_ARGS, "-stream_loop", "-1", "-i", str(tile)]
        args = [*looped, *audio_in, *maps, "-c:v", "copy", *audio_out, *tail]
    else:
        args = whole
    _write_atomically(out, args, exe=exe)
    return out


def _cached(cache_dir: Path, ext: str, args: list[str], kind: str = "dummy") -> Path:
    recipe = {"recipe": _DUMMY_RECIPE, "kind": kind, "ext": ext, "args": args}
    digest = hashlib.sha256(json.dumps(recipe, sort_keys=True).encode()).hexdigest()[:32]
    suffix = ".tile" if kind == "tile" else ""
    return Path(cache_dir) / f"{digest}{suffix}{ext}"


def _dummy_video(info: MediaInfo, exe: str | None) -> tuple[list[str], list[str], int]:
    """Input and output options for the gray video, and how many frames the dummy has."""
    v = info.video
    if v is None:
        return [], [], 0
    available = encoders(exe)
    rate, frames = ("1", 1) if info.is_image else _dummy_rate(v.fps, info.duration)
    # Displayed size, no rotation: the dummy stands for what the viewer sees.
    inputs = ["-f", "lavfi", "-i", f"color=c=gray:size={v.width}x{v.height}:rate={rate}"]
    outputs: list[str] = []
    encoder, fast = _VIDEO_ENCODERS.get(v.codec, ("", ()))
    if encoder not in available:
        encoder = ""
    if encoder:
        outputs += ["-c:v", encoder, *fast]
    pix_fmt = _pick_pix_fmt(encoder, v.pix_fmt, exe)
    if pix_fmt:
        outputs += ["-pix_fmt", pix_fmt]
    if info.is_image:
        outputs += ["-frames:v", "1", "-update", "1"]
    return inputs, outputs, frames


def _dummy_audio(info: MediaInfo, exe: str | None) -> tuple[list[str], list[str]]:
    a = None if info.is_image else info.audio
    if a is None:
        return [], []
    layout = a.layout or f"{a.channels}c"
    inputs = ["-f", "lavfi", "-i", f"anullsrc=channel_layout={layout}:sample_rate={a.sample_rate}"]
    outputs: list[str] = []
    encoder, fast = _AUDIO_ENCODERS.get(a.codec, ("", ()))
    if a.codec.startswith("pcm_"):
        encoder = a.codec
    if encoder in encoders(exe):
        outputs += ["-c:a", encoder, *fast]
    outputs += ["-ar", str(a.sample_rate), "-ac", str(a.channels)]
    return inputs, outputs


def _dummy_rate(fps: float, duration: float) -> tuple[str, int]:
    """A frame rate of at most 4 fps (less for long inputs, down to 1 fps) that fits a whole
    number of frames into `duration`, and that number.

    A plain 4 fps would round the dummy's length to a quarter second; the sandbox compares
    lengths with the plan's prediction, so the dummy must be as long as the real file.
    """
    budget = max(_DUMMY_MIN_FPS, _DUMMY_FRAME_BUDGET / max(duration, 1e-3))
    top = min(fps if fps > 0 else _DUMMY_MAX_FPS, _DUMMY_MAX_FPS, budget)
    millis = max(1, round(duration * 1000))
    frames = max(1, math.floor(top * millis / 1000))
    return f"{frames * 1000}/{millis}", frames


def _pick_pix_fmt(encoder: str, wanted: str, exe: str | None) -> str | None:
    """`wanted` if the encoder takes it, else yuv420p if it takes that, else its own choice."""
    if not encoder:
        return None
    supported = _pixel_formats(encoder, exe)
    if wanted in supported:
        return wanted
    if "yuv420p" in supported:
        return "yuv420p"
    return None


@lru_cache(maxsize=64)
def _pixel_formats(encoder: str, exe: str | None) -> frozenset[str]:
    text = run_ffmpeg(["-h", f"encoder={encoder}"], exe=exe, timeout=30, quiet=False).stdout
    for line in text.splitlines():
        label, _, names = line.partition(":")
        if label.strip() == "Supported pixel formats":
            return frozenset(names.split())
    return frozenset()


def _write_atomically(path: Path, args: list[str], *, exe: str | None) -> None:
    # The temp name keeps the extension, which is how ffmpeg picks the muxer.
    tmp = path.with_name(f".{path.stem}.{uuid.uuid4().hex[:8]}.part{path.suffix}")
    try:
        run_ffmpeg([*args, str(tmp)], exe=exe)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
