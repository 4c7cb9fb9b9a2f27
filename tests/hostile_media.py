"""Hostile files for the hardening tests, made on the fly: nothing here is committed."""

from __future__ import annotations

import os
import struct
import subprocess
import tempfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def pixel_bomb_png(path: Path, side: int = 16000) -> Path:
    """A valid side x side RGB PNG of one colour: under a megabyte on disk, `side`² x 3 bytes
    (768 MB at 16000) to whatever decodes it."""
    row = bytes(1 + side * 3)  # filter byte 0, then black pixels
    deflate = zlib.compressobj(6)
    rows_at_once = 50
    idat = [deflate.compress(row * rows_at_once) for _ in range(side // rows_at_once)]
    idat += [deflate.compress(row * (side % rows_at_once)), deflate.flush()]
    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)  # 8-bit RGB
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", b"".join(idat))
        + _chunk(b"IEND", b"")
    )
    return path


@dataclass(frozen=True)
class Finished:
    code: int
    out: str
    err: str
    #: the process's peak resident memory, MiB
    peak_mib: float


def run_measured(args: Sequence[str], env: dict[str, str], cwd: Path) -> Finished:
    """Run a command to its end and measure its own peak memory (wait4's rusage: this child
    only, not every child the test process ever had)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            list(args),
            env={**os.environ, **env},
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
        )
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Finished(
            proc.returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            usage.ru_maxrss / 1024,
        )


def peak_mib(pid: int) -> float:
    """A running process's peak resident memory so far (VmHWM), MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError(f"no VmHWM for process {pid}")
