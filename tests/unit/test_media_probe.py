"""Input checks that need no ffmpeg: refusals before any decoding, and the small parsers."""

from __future__ import annotations

from pathlib import Path

import pytest

from promptcut.errors import UnsupportedMedia
from promptcut.media.probe import (
    bit_depth,
    header_format,
    image_format,
    is_playlist,
    normalize_rotation,
    probe,
)
from promptcut.settings import Settings


def test_missing_file_is_named_by_base_name_only(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedMedia) as err:
        probe(tmp_path / "holiday.mp4")
    assert str(err.value) == "no such file: holiday.mp4"
    assert str(tmp_path) not in str(err.value)


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedMedia, match="is a folder"):
        probe(tmp_path)


def test_empty_file_says_it_is_empty(tmp_path: Path) -> None:
    empty = tmp_path / "empty.mp4"
    empty.write_bytes(b"")
    with pytest.raises(UnsupportedMedia) as err:
        probe(empty)
    assert str(err.value) == "empty.mp4 is empty; it is not a video/audio file"


def test_file_over_the_size_cap_names_the_setting(tmp_path: Path) -> None:
    big = tmp_path / "big.mp4"
    big.write_bytes(b"\0" * 4096)
    with pytest.raises(UnsupportedMedia) as err:
        probe(big, Settings(max_input_bytes=1024))
    assert "big.mp4 is 4.0 KB; the limit is 1.0 KB" in str(err.value)
    assert "PROMPTCUT_MAX_INPUT_BYTES" in str(err.value)


@pytest.mark.parametrize(
    "text",
    [
        "#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXTINF:1.0,\nreal.mp4\n",
        "\ufeff#EXTM3U\n",
        "#EXTINF:1.0,\nreal.mp4\n",
        "ffconcat version 1.0\nfile real.mp4\n",
        '<?xml version="1.0"?>\n<MPD xmlns="urn:mpeg:dash:schema:mpd:2011"></MPD>\n',
        "http://example.com/video.mp4\n",
        "  file:///etc/passwd\n",
    ],
    ids=["hls", "hls-bom", "extinf", "ffconcat", "dash", "url", "file-url"],
)
def test_playlists_and_lists_are_refused_before_opening(tmp_path: Path, text: str) -> None:
    fake = tmp_path / "movie.mp4"
    fake.write_text(text, encoding="utf-8")
    with pytest.raises(UnsupportedMedia) as err:
        probe(fake)
    assert str(err.value) == (
        "movie.mp4 is a playlist/list that points at other files; promptcut only opens media files"
    )


def test_binary_media_with_playlist_words_inside_is_not_a_playlist() -> None:
    head = b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00" + b"#EXTINF http://x" + b"\x00" * 64
    assert not is_playlist(head)


@pytest.mark.parametrize(
    ("head", "demuxer"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "jpeg_pipe"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "png_pipe"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "webp_pipe"),
        (b"II*\x00\x08\x00\x00\x00", "tiff_pipe"),
        (b"BM" + b"\x36\x00\x0c\x00" + b"\x00" * 4 + b"\x36" + b"\x00" * 20, "bmp_pipe"),
        (b"\x00\x00\x00\x20ftypisom", None),
        (b"\x1a\x45\xdf\xa3", None),
    ],
    ids=["jpeg", "png", "webp", "tiff", "bmp", "mp4", "mkv"],
)
def test_stills_are_recognised_by_their_magic_bytes(head: bytes, demuxer: str | None) -> None:
    assert image_format(head) == demuxer


@pytest.mark.parametrize(
    ("pix_fmt", "bits"),
    [
        ("yuv420p", 8),
        ("yuvj420p", 8),
        ("nv12", 8),
        ("rgb24", 8),
        ("yuv420p10le", 10),
        ("p010le", 10),
        ("yuv422p12be", 12),
        ("gray16le", 16),
        ("rgb48le", 16),
        ("rgb565le", 8),
    ],
)
def test_bit_depth_from_pixel_format(pix_fmt: str, bits: int) -> None:
    assert bit_depth(pix_fmt) == bits


@pytest.mark.parametrize(
    ("raw", "degrees"),
    [(None, 0), (0, 0), (90, 90), (-90, 270), (180, 180), (-180, 180), (270, 270), (89.9, 90)],
)
def test_rotation_snaps_to_quarter_turns(raw: float | None, degrees: int) -> None:
    assert normalize_rotation(raw) == degrees


@pytest.mark.parametrize(
    ("head", "demuxer"),
    [
        (b"\x00\x00\x00\x20ftypisom", "mov,mp4,m4a,3gp,3g2,mj2"),
        (b"\x00\x00\x01\x00moov", "mov,mp4,m4a,3gp,3g2,mj2"),
        (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81", "matroska,webm"),
        (b"RIFF\x24\x00\x00\x00AVI LIST", "avi"),
        (b"RIFF\x24\x00\x00\x00WAVEfmt ", "wav"),
        (b"fLaC\x00\x00\x00\x22", "flac"),
        (b"\x30\x26\xb2\x75\x8e\x66\xcf\x11\xa6\xd9", "asf"),
        # Streams found while reading packets, or anything could follow the first bytes.
        (b"FLV\x01\x01\x00\x00\x00\x09", None),
        (b"\x00\x00\x01\xba\x44\x00\x04", None),
        (b"\x47\x40\x00\x10" + bytes(184) + b"\x47", None),
        (b"OggS\x00\x02", None),
        (b"ID3\x04\x00\x00", None),
        (b"\xff\xfb\x90\x64", None),
    ],
)
def test_only_containers_that_state_their_streams_open_in_process(
    head: bytes, demuxer: str | None
) -> None:
    """Any other is opened in a child under a memory limit: its first frame is decoded before
    a pixel limit can reach its decoder."""
    assert header_format(head + bytes(64)) == demuxer
