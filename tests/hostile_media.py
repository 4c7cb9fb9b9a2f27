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


def pixel_bomb_flv(path: Path, source: Path, side: int = 16000) -> Path:
    """`source`, an FLV of Sorenson H.263 (flv1) frames at least 256 pixels wide (so their
    picture headers hold 16-bit sizes), with every frame header saying side x side: the
    decoder allocates that frame (366 MB at 16000) when it meets the first one."""
    data = bytearray(source.read_bytes())
    at = 13  # the 9-byte file header, then the first PreviousTagSize
    patched = 0
    while at + 11 <= len(data):
        kind, size = data[at], int.from_bytes(data[at + 1 : at + 4], "big")
        if kind == 9:  # a video tag: 11-byte tag header, 1 codec byte, then the picture
            start = at + 12
            # 17-bit start code, 5-bit version, 8-bit time, 3-bit size format (1: 16-bit w, h)
            bits = int.from_bytes(data[start : start + 9], "big")
            assert bits >> 55 == 1 and (bits >> 39) & 7 == 1, "not a 16-bit-size flv1 frame"
            bits = bits & ~((2**32 - 1) << 7) | ((side << 16 | side) << 7)
            data[start : start + 9] = bits.to_bytes(9, "big")
            patched += 1
        at += 11 + size + 4
    assert patched, f"{source} has no video frames"
    path.write_bytes(bytes(data))
    return path


def pixel_bomb_mpg(path: Path, source: Path, side: int = 16383) -> Path:
    """`source`, an MPEG-PS of one MPEG-2 GOP, with its sequence header (and extension)
    saying side x side (16383 at most): 384 MB a frame to whatever decodes it."""
    data = bytearray(source.read_bytes())
    seq = data.find(b"\x00\x00\x01\xb3")
    ext = data.find(b"\x00\x00\x01\xb5", seq)
    assert seq > 0 and ext == seq + 12, "no MPEG-2 sequence header and extension"
    low, high = side & 0xFFF, side >> 12
    # 12-bit width and height after the start code; 2 more bits of each in the extension
    data[seq + 4 : seq + 7] = (low << 12 | low).to_bytes(3, "big")
    data[ext + 5] = data[ext + 5] & 0xFE | high >> 1
    data[ext + 6] = data[ext + 6] & 0x1F | (high & 1) << 7 | high << 5
    path.write_bytes(bytes(data))
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
