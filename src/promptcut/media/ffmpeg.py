"""Find the ffmpeg binary and run it with the arguments every promptcut command must carry."""

from __future__ import annotations

import os
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

from promptcut.errors import ExecutionError, Timeout
from promptcut.media.info import MediaInfo
from promptcut.orphans import tied_to_parent

__all__ = [
    "GLOBAL_ARGS",
    "INPUT_FORMATS",
    "SAFE_INPUT_ARGS",
    "encoders",
    "ffmpeg_path",
    "ffmpeg_version",
    "run_ffmpeg",
    "safe_input_args",
]

# Demuxers we accept, matched by libavformat's av_match_list: each comma-separated entry is
# compared with each alias of the detected demuxer, so "mov" admits "mov,mp4,m4a,3gp,3g2,mj2"
# and "matroska" admits "matroska,webm". Left out on purpose: image2 (expands filename
# patterns), hls/dash/concat/tee and anything else that opens further paths or URLs.
INPUT_FORMATS = ",".join(
    (
        "mov",
        "matroska",
        "avi",
        "mpegts",
        "mpeg",
        "flv",
        "ogg",
        "wav",
        "mp3",
        "flac",
        "aac",
        "asf",
        "gif",
        "png_pipe",
        "jpeg_pipe",
        "webp_pipe",
        "bmp_pipe",
        "tiff_pipe",
    )
)

# Goes before every `-i`: only local files and pipes, only the demuxers above.
SAFE_INPUT_ARGS: tuple[str, ...] = (
    "-protocol_whitelist",
    "file,pipe",
    "-format_whitelist",
    INPUT_FORMATS,
)

# Still-image demuxers that must be named with `-f`: left to probing, ffmpeg picks image2 for
# a large .jpg/.bmp and the allowlist then refuses it.
_NAMED_FORMATS = frozenset({"png_pipe", "jpeg_pipe", "webp_pipe", "bmp_pipe", "tiff_pipe"})


def safe_input_args(info: MediaInfo) -> tuple[str, ...]:
    """The options to put right before `-i <info.path>`: SAFE_INPUT_ARGS, plus `-f` for stills."""
    if info.container in _NAMED_FORMATS:
        return (*SAFE_INPUT_ARGS, "-f", info.container)
    return SAFE_INPUT_ARGS


# Starts every ffmpeg command line: quiet banner, never read the terminal, overwrite outputs
# (paths are ours; the temp-then-rename dance makes overwriting the safe default).
GLOBAL_ARGS: tuple[str, ...] = ("-hide_banner", "-nostdin", "-y")

_DEFAULT_TIMEOUT = 600.0


def _works(exe: str) -> bool:
    try:
        done = subprocess.run(
            [exe, "-hide_banner", "-version"],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


@lru_cache(maxsize=8)
def ffmpeg_path(configured: str | None = None) -> str:
    """The ffmpeg to run: `configured` if given, else `ffmpeg` on PATH, else imageio-ffmpeg's."""
    if configured:
        found = shutil.which(configured) or (configured if Path(configured).is_file() else None)
        if found is None or not _works(found):
            raise ExecutionError(
                f"the configured ffmpeg {configured!r} (PROMPTCUT_FFMPEG) does not run; "
                "point it at a working ffmpeg binary or unset it"
            )
        return found
    on_path = shutil.which("ffmpeg")
    if on_path is not None and _works(on_path):
        return on_path
    try:
        import imageio_ffmpeg

        bundled = str(imageio_ffmpeg.get_ffmpeg_exe())
    except Exception as exc:  # imageio-ffmpeg raises RuntimeError or ImportError variants
        raise ExecutionError(
            "no ffmpeg found: none on PATH and the imageio-ffmpeg binary is missing "
            f"({exc}); install ffmpeg or set PROMPTCUT_FFMPEG"
        ) from exc
    if not _works(bundled):
        raise ExecutionError(
            f"no working ffmpeg found: none on PATH and the bundled {bundled} does not run; "
            "install ffmpeg or set PROMPTCUT_FFMPEG"
        )
    return bundled


def _resolve(exe: str | None) -> str:
    return exe if exe is not None else ffmpeg_path()


@lru_cache(maxsize=8)
def ffmpeg_version(exe: str | None = None) -> str:
    """The first line of `ffmpeg -version`, e.g. 'ffmpeg version 7.1 Copyright ...'."""
    out = run_ffmpeg(["-version"], exe=exe, timeout=30, quiet=False).stdout
    return out.splitlines()[0].strip() if out else ""


def encoders(exe: str | None = None) -> set[str]:
    """Names of the encoders this ffmpeg was built with (libx264, aac, ...)."""
    return set(_encoders(exe))


@lru_cache(maxsize=8)
def _encoders(exe: str | None) -> frozenset[str]:
    out = run_ffmpeg(["-encoders"], exe=exe, timeout=30, quiet=False).stdout
    return frozenset(parse_encoders(out))


def parse_encoders(text: str) -> set[str]:
    """Encoder names from `ffmpeg -encoders` output (lines after the ' ------' rule)."""
    names: set[str] = set()
    in_table = False
    for line in text.splitlines():
        if not in_table:
            in_table = line.strip().startswith("---")
            continue
        fields = line.split()
        # A row is "<6 capability flags> <name> <description>"; flags start with V, A or S.
        if len(fields) >= 2 and len(fields[0]) == 6 and fields[0][0] in "VAS.":
            names.add(fields[1])
    return names


def run_ffmpeg(
    args: list[str],
    *,
    exe: str | None = None,
    timeout: float = _DEFAULT_TIMEOUT,
    quiet: bool = True,
) -> subprocess.CompletedProcess[str]:
    """Run one internal ffmpeg command (sample or dummy making) and return it when it succeeds.

    Callers put SAFE_INPUT_ARGS before each `-i` that reads a user file; generated sources
    (lavfi) need none. `quiet=False` drops `-loglevel error` for commands whose stdout we parse.
    """
    command = [_resolve(exe), *GLOBAL_ARGS]
    if quiet:
        command += ["-loglevel", "error"]
    command += args
    try:
        child = tied_to_parent(command)  # a dummy being made stops with the server
        done = subprocess.run(
            child.argv,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            errors="replace",
            timeout=timeout,
            check=False,
            env={**os.environ, "AV_LOG_FORCE_NOCOLOR": "1"},
            preexec_fn=child.preexec_fn,
        )
    except subprocess.TimeoutExpired as exc:
        raise Timeout(f"ffmpeg took longer than {timeout:g} s and was stopped") from exc
    except OSError as exc:
        raise ExecutionError(f"could not start ffmpeg ({command[0]}): {exc}") from exc
    if done.returncode != 0:
        tail = " | ".join(line for line in done.stderr.strip().splitlines()[-5:] if line)
        raise ExecutionError(f"ffmpeg failed (exit {done.returncode}): {tail or 'no output'}")
    return done
