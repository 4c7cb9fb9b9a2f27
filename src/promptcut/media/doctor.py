"""Report what this machine's media toolchain can do, for `promptcut doctor`."""

from __future__ import annotations

import av

from promptcut.errors import ExecutionError
from promptcut.executor import isolation_available, limits_report
from promptcut.fonts import TEXT_FONT
from promptcut.media.ffmpeg import encoders, ffmpeg_path, ffmpeg_version, run_ffmpeg
from promptcut.settings import Settings

__all__ = ["IMPORTANT_ENCODERS", "IMPORTANT_FILTERS", "doctor_report", "find_font"]

IMPORTANT_ENCODERS = (
    "libx264",
    "libx265",
    "libvpx-vp9",
    "libopus",
    "libvorbis",
    "libmp3lame",
    "aac",
    "gif",
    "png",
    "mjpeg",
)
IMPORTANT_FILTERS = ("drawtext", "subtitles", "vidstabdetect", "vidstabtransform")


def doctor_report(settings: Settings) -> dict[str, str]:
    """One row per fact, in the order a person checks them; never raises for a missing tool."""
    report: dict[str, str] = {}
    try:
        exe = ffmpeg_path(settings.ffmpeg)
    except ExecutionError as exc:
        report["ffmpeg"] = f"not working: {exc}"
        exe = None
    if exe is not None:
        report["ffmpeg"] = exe
        report["ffmpeg version"] = ffmpeg_version(exe)
        have = encoders(exe)
        report["encoders"] = _yes_no(IMPORTANT_ENCODERS, have)
        report["filters"] = _yes_no(IMPORTANT_FILTERS, _filters(exe))
    report["font for text"] = find_font() or "none found: reinstall promptcut"
    report["PyAV"] = f"{av.__version__} (libavformat {_lib_version('libavformat')})"
    report["data dir"] = str(settings.data_dir)
    if isolation_available():
        report["isolation"] = "bubblewrap: scripts run without network, with a read-only system"
    else:
        report["isolation"] = (
            "NONE: bubblewrap is missing or cannot run here, so stage scripts run unisolated "
            "(they can read your files and reach the network) and model-written ones are "
            "refused (install bubblewrap; PROMPTCUT_ALLOW_UNSANDBOXED=1 runs them anyway)"
        )
    report["limits"] = limits_report()
    return report


def _yes_no(wanted: tuple[str, ...], have: set[str]) -> str:
    return ", ".join(f"{name} {'yes' if name in have else 'NO'}" for name in wanted)


def _filters(exe: str) -> set[str]:
    out = run_ffmpeg(["-filters"], exe=exe, timeout=30, quiet=False).stdout
    names: set[str] = set()
    for line in out.splitlines():
        fields = line.split()
        # Rows are "<flags> <name> <in->out> <description>"; the header lines have no '->'.
        if len(fields) >= 3 and "->" in fields[2]:
            names.add(fields[1])
    return names


def find_font() -> str | None:
    """The font file titles and captions are drawn in: the one shipped with promptcut, so it
    does not depend on the fonts a machine has (None only if the install lost it)."""
    return str(TEXT_FONT) if TEXT_FONT.is_file() else None


def _lib_version(name: str) -> str:
    version = av.library_versions.get(name)
    return ".".join(str(part) for part in version) if version else "unknown"
