"""Probe a file in a child process under a memory limit: for containers found by decoding.

libavformat learns the streams of an FLV, an MPEG-PS (and, when their headers leave some out,
an MPEG-TS or Ogg) while it reads their packets (find_stream_info), and decodes a first frame
with decoders it opened itself, before any `max_pixels` can be given to them: a file whose
frame header states 16000x16000 makes the opener allocate that frame. So such files are opened
in a child whose address space may grow only by what a frame at the pixel cap could need; a
larger frame fails to allocate there, not in the caller.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

from promptcut.errors import UnsupportedMedia
from promptcut.media.info import MediaInfo
from promptcut.settings import Settings

__all__ = ["memory_budget", "out_of_memory", "probe_in_child"]

#: The largest frame a probe decodes costs this much per pixel (16-bit 4:4:4), and the
#: decoder's own tables and the child's buffers fit in the fixed part.
_BYTES_PER_PIXEL = 6
_FIXED_BYTES = 128 * 1024**2
#: A probe reads a few packets; this is for a file that makes demuxing crawl.
_TIMEOUT_SECONDS = 60.0
#: The settings a probe applies, sent to the child (nothing else of them: no keys).
_LIMITS = ("max_pixels", "max_duration", "max_input_bytes")


def memory_budget(max_pixels: int) -> int:
    """Bytes of address space a probe may add to the child's own: one frame at the cap."""
    return _FIXED_BYTES + _BYTES_PER_PIXEL * max_pixels


def probe_in_child(path: Path, cfg: Settings, *, budget: int | None = None) -> MediaInfo:
    """`probe.probe(path)` run in a child that may grow by `budget` bytes (`memory_budget`
    of the pixel cap unless given); UnsupportedMedia as it would raise, or saying the file
    needs more memory than a frame at the cap (its frames are bigger) or took too long."""
    name = path.name
    limits = {key: getattr(cfg, key) for key in _LIMITS}
    request = {
        "limits": limits,
        "budget": memory_budget(cfg.max_pixels) if budget is None else budget,
    }
    try:
        done = subprocess.run(
            [sys.executable, "-I", "-m", "promptcut.media.isolated", str(path)],
            input=json.dumps(request),
            capture_output=True,
            text=True,
            timeout=_TIMEOUT_SECONDS,
            # One malloc arena: each further one reserves 64 MB of the capped address space.
            env={**os.environ, "MALLOC_ARENA_MAX": "1"},
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise UnsupportedMedia(
            f"{name} could not be opened within {_TIMEOUT_SECONDS:.0f} s; "
            "it is not a usable video/audio file"
        ) from None
    try:
        reply = json.loads(done.stdout)
    except json.JSONDecodeError:
        reply = None
    if isinstance(reply, dict) and "refused" in reply:
        raise UnsupportedMedia(str(reply["refused"]))
    if isinstance(reply, dict) and "info" in reply:
        return MediaInfo.model_validate(reply["info"])
    # Died of the limit (MemoryError, or a crash where an allocation failed).
    raise UnsupportedMedia(out_of_memory(name, cfg.max_pixels))


def out_of_memory(name: str, max_pixels: int) -> str:
    """The refusal of a file that opening ran out of the memory `memory_budget` allows."""
    from promptcut.media.probe import megapixels

    return (
        f"{name} needs more memory to open than a frame at the {megapixels(max_pixels)} "
        "limit would: its frames are bigger than that limit; set PROMPTCUT_MAX_PIXELS to "
        "raise it"
    )


def _cap_address_space(budget: int) -> None:
    """Let this process grow by `budget` bytes of address space from what it has now."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return  # no /proc (not Linux): RLIMIT_AS is not enforced there anyway
    kib = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmSize:"))
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = kib * 1024 + budget
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def main() -> None:
    """The child: read the limits from stdin, probe argv[1], write one JSON reply."""
    from promptcut.media.probe import probe

    request = json.loads(sys.stdin.read())
    cfg = Settings.model_construct(**request["limits"])
    _cap_address_space(int(request["budget"]))
    try:
        info = probe(Path(sys.argv[1]), cfg, isolate=False)
        reply: dict[str, object] = {"info": info.model_dump(mode="json")}
    except UnsupportedMedia as exc:
        reply = {"refused": str(exc)}
    except MemoryError:
        sys.exit(3)
    sys.stdout.write(json.dumps(reply))


if __name__ == "__main__":
    main()
