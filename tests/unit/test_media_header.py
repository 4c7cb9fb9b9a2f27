"""A still picture's size read from its header alone: hand-made headers, hostile ones too."""

from __future__ import annotations

import io
import struct
import time
import zlib

import pytest

from promptcut.media.header import picture_size


def _png(width: int, height: int) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    crc = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr) & 0xFFFFFFFF)
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + ihdr + crc


def _jpeg(width: int, height: int, before: bytes = b"") -> bytes:
    exif = b"\xff\xe1" + struct.pack(">H", 2 + 100) + b"E" * 100
    sof = b"\xff\xc2" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + before + exif + sof + b"\xff\xda\x00\x08" + b"\x00" * 6


@pytest.mark.parametrize(
    ("data", "size"),
    [
        (_png(16000, 16000), (16000, 16000)),
        (_jpeg(40000, 30000), (40000, 30000)),
        (_jpeg(640, 480, before=b"\xff\xff\xff"), (640, 480)),  # fill bytes before a marker
        (b"GIF89a" + struct.pack("<HH", 65535, 65535) + b"\x00" * 8, (65535, 65535)),
        (b"BM" + b"\x00" * 16 + struct.pack("<ii", 30000, -20000) + b"\x00" * 30, (30000, 20000)),
        (
            b"RIFF\x00\x00\x00\x00WEBPVP8X" + b"\x00" * 8
            + (16383).to_bytes(3, "little") + (9999).to_bytes(3, "little"),
            (16384, 10000),
        ),
        (
            b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", 2)
            + struct.pack("<HHII", 256, 4, 1, 50000) + struct.pack("<HHII", 257, 3, 1, 40000),
            (50000, 40000),
        ),
    ],
    ids=["png", "progressive-jpeg", "jpeg-fill", "gif", "bmp-top-down", "webp-vp8x", "tiff"],
)  # fmt: skip
def test_declared_size_is_read_without_decoding(data: bytes, size: tuple[int, int]) -> None:
    assert picture_size(io.BytesIO(data)) == size


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x00\x00\x00\x18ftypisom",  # a video
        _png(10, 10)[:20],  # cut inside the header
        b"\xff\xd8\xff\xe1\x00\x00" + b"\x00" * 64,  # a segment length of 0
        b"\xff\xd8\xff\xe1\x00\x01" + b"\x00" * 64,  # a segment length of 1
        b"\xff\xd8\xff\xda\x00\x08" + b"\x00" * 64,  # a scan before any frame header
        b"II*\x00" + struct.pack("<I", 10**9),  # a directory past the end
        b"MM\x00*\x00",  # cut before the directory's place
    ],
    ids=[
        "empty",
        "video",
        "short-png",
        "jpeg-zero",
        "jpeg-one",
        "jpeg-scan-first",
        "tiff-far",
        "tiff-short",
    ],
)
def test_unreadable_headers_give_none_quickly(data: bytes) -> None:
    started = time.monotonic()
    assert picture_size(io.BytesIO(data)) is None
    assert time.monotonic() - started < 1
