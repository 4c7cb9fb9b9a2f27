"""A still picture's width and height, read from its header without decoding a pixel.

The probe checks the pixel cap with these before any decoder runs: a 2 MB PNG can declare
16000x16000 pixels, and decoding it to learn its size would cost the gigabytes the cap exists
to refuse. Only the header bytes are read; a header that cannot be read gives None (the
decoder's own `max_pixels` limit then stands behind the cap).
"""

from __future__ import annotations

import struct
from typing import BinaryIO

__all__ = ["picture_size"]

# JPEG start-of-frame markers (all SOFn but DHT C4, JPG C8 and DAC CC, which share the range).
_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
# Markers that stand alone, with no length after them.
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD9)})
# How many segments may come before a JPEG's frame header: EXIF, ICC, XMP, Adobe and the
# like are a handful; a file that goes on and on is not one any camera or editor writes.
_JPEG_SEGMENTS = 256


def picture_size(fh: BinaryIO) -> tuple[int, int] | None:
    """(width, height) from the header of the PNG, JPEG, GIF, WebP, BMP or TIFF open in `fh`
    (read from its start), or None when it is none of these or its header is unreadable."""
    fh.seek(0)
    head = fh.read(64)
    if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR":
        return _pair(">II", head, 16)
    if head.startswith((b"GIF87a", b"GIF89a")):
        return _pair("<HH", head, 6)
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return _webp(head)
    if head.startswith(b"BM"):
        size = _pair("<ii", head, 18)
        return (abs(size[0]), abs(size[1])) if size else None
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return _tiff(fh, "<" if head.startswith(b"II") else ">")
    if head.startswith(b"\xff\xd8"):
        return _jpeg(fh)
    return None


def _pair(fmt: str, data: bytes, at: int) -> tuple[int, int] | None:
    if len(data) < at + struct.calcsize(fmt):
        return None
    first, second = struct.unpack_from(fmt, data, at)
    return int(first), int(second)


def _webp(head: bytes) -> tuple[int, int] | None:
    kind = head[12:16]
    if kind == b"VP8X" and len(head) >= 30:
        width = int.from_bytes(head[24:27], "little") + 1
        height = int.from_bytes(head[27:30], "little") + 1
        return width, height
    if kind == b"VP8L" and len(head) >= 25 and head[20] == 0x2F:
        bits = int.from_bytes(head[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if kind == b"VP8 " and len(head) >= 30 and head[23:26] == b"\x9d\x01\x2a":
        size = _pair("<HH", head, 26)
        return (size[0] & 0x3FFF, size[1] & 0x3FFF) if size else None
    return None


def _jpeg(fh: BinaryIO) -> tuple[int, int] | None:
    """Walk the segments after SOI to the frame header (SOFn), which holds the size."""
    fh.seek(2)
    for _ in range(_JPEG_SEGMENTS):
        if fh.read(1) != b"\xff":
            return None  # segments follow one another; anything else is not a JPEG we read
        marker = fh.read(1)
        fill = 0
        while marker == b"\xff" and fill < 64:  # fill bytes before a marker
            marker = fh.read(1)
            fill += 1
        if not marker or marker == b"\xff":
            return None
        code = marker[0]
        if code in _STANDALONE:
            continue
        length = fh.read(2)
        if len(length) < 2:
            return None
        size = int.from_bytes(length, "big")
        if size < 2:
            return None  # a length that counts less than itself: never a JPEG's
        if code in _SOF:
            frame = fh.read(5)  # precision, height, width
            found = _pair(">HH", frame, 1)
            return (found[1], found[0]) if found else None
        if code == 0xDA:
            return None  # start of scan before any frame header: not a JPEG we can read
        fh.seek(size - 2, 1)
    return None


def _tiff(fh: BinaryIO, order: str) -> tuple[int, int] | None:
    """ImageWidth (256) and ImageLength (257) from the first image directory."""
    fh.seek(4)
    where = fh.read(4)
    if len(where) < 4:
        return None
    fh.seek(struct.unpack(order + "I", where)[0])
    count_bytes = fh.read(2)
    if len(count_bytes) < 2:
        return None
    count = min(struct.unpack(order + "H", count_bytes)[0], 4096)
    found: dict[int, int] = {}
    for _ in range(count):
        entry = fh.read(12)
        if len(entry) < 12:
            break
        tag, kind = struct.unpack_from(order + "HH", entry)
        if tag in (256, 257):
            # SHORT (3) or LONG (4), stored in the entry's value field.
            fmt = order + ("H" if kind == 3 else "I")
            found[tag] = int(struct.unpack_from(fmt, entry, 8)[0])
    if 256 in found and 257 in found:
        return found[256], found[257]
    return None
