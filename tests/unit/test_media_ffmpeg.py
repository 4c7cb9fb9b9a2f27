"""The ffmpeg constants and parsers, checked without running ffmpeg."""

from __future__ import annotations

from pathlib import Path

from promptcut.media.ffmpeg import (
    GLOBAL_ARGS,
    INPUT_FORMATS,
    SAFE_INPUT_ARGS,
    parse_encoders,
    safe_input_args,
)
from promptcut.media.info import MediaInfo, VideoStream
from promptcut.media.synth import _dummy_rate

ENCODERS_OUTPUT = """Encoders:
 V..... = Video
 A..... = Audio
 S..... = Subtitle
 ------
 V....D libx264              libx264 H.264 / AVC / MPEG-4 AVC / MPEG-4 part 10 (codec h264)
 V....D libvpx-vp9           libvpx VP9 (codec vp9)
 A....D aac                  AAC (Advanced Audio Coding)
 A..X.D opus                 Opus
 S..... srt                  SubRip subtitle
"""


def test_encoder_table_is_parsed_into_names() -> None:
    assert parse_encoders(ENCODERS_OUTPUT) == {"libx264", "libvpx-vp9", "aac", "opus", "srt"}


def test_allowlist_excludes_demuxers_that_open_other_files() -> None:
    allowed = set(INPUT_FORMATS.split(","))
    assert {"mov", "matroska", "mpegts", "mp3", "wav", "png_pipe", "jpeg_pipe"} <= allowed
    assert not allowed & {"image2", "hls", "concat", "dash", "tee", "applehttp", "sdp", "rtsp"}


def test_safe_args_only_allow_files_and_pipes() -> None:
    assert SAFE_INPUT_ARGS == (
        "-protocol_whitelist",
        "file,pipe",
        "-format_whitelist",
        INPUT_FORMATS,
    )
    assert "-nostdin" in GLOBAL_ARGS


def _info(container: str) -> MediaInfo:
    video = VideoStream(width=64, height=48, fps=0, pix_fmt="yuvj420p", codec="mjpeg")
    return MediaInfo(
        path=Path("photo.jpg"), container=container, duration=0, size_bytes=10, video=video
    )


def test_stills_name_their_demuxer_so_ffmpeg_does_not_pick_image2() -> None:
    assert safe_input_args(_info("jpeg_pipe")) == (*SAFE_INPUT_ARGS, "-f", "jpeg_pipe")
    assert safe_input_args(_info("mov,mp4,m4a,3gp,3g2,mj2")) == SAFE_INPUT_ARGS


def test_dummy_rate_fits_whole_frames_into_the_duration() -> None:
    assert _dummy_rate(30, 16.0) == ("64000/16000", 64)
    assert _dummy_rate(25, 1.32) == ("5000/1320", 5)
    assert _dummy_rate(2, 10.0) == ("20000/10000", 20)
    assert _dummy_rate(0, 0.1) == ("1000/100", 1)


def test_long_dummies_keep_few_frames_but_at_least_one_a_second() -> None:
    # A 60 s 1080p dummy at 4 fps costs the sandbox over a second; ~64 frames cost a third.
    assert _dummy_rate(30, 60.0) == ("64000/60000", 64)
    assert _dummy_rate(30, 600.0) == ("600000/600000", 600)
