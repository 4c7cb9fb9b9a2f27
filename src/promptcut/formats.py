"""The files promptcut writes: for each output extension, what it holds and how it is encoded."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from promptcut.errors import InvalidRequest

__all__ = [
    "FORMATS",
    "INTERMEDIATE_FORMATS",
    "PREVIEW_FORMATS",
    "OutputFormat",
    "output_format",
    "preview_format",
]

_X264 = ("-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-pix_fmt", "yuv420p")
_AAC = ("-c:a", "aac", "-b:a", "192k")


@dataclass(frozen=True)
class OutputFormat:
    """How one kind of output file is written."""

    ext: str
    kind: Literal["video", "audio", "image"]
    video_args: tuple[str, ...] = ()
    audio_args: tuple[str, ...] = ()
    muxer_args: tuple[str, ...] = ()
    #: most channels the codec takes; more are downmixed
    max_channels: int = 8


FORMATS: dict[str, OutputFormat] = {
    f.ext: f
    for f in (
        OutputFormat("mp4", "video", _X264, _AAC, ("-movflags", "+faststart")),
        OutputFormat("mov", "video", _X264, _AAC, ("-movflags", "+faststart")),
        OutputFormat("mkv", "video", _X264, _AAC),
        # MPEG-TS, for broadcast and streaming tools; only when asked for by name (a .ts input's
        # edits are written as .mp4, which browsers play).
        OutputFormat("ts", "video", _X264, _AAC),
        OutputFormat(
            "webm",
            "video",
            (
                "-c:v",
                "libvpx-vp9",
                "-crf",
                "32",
                "-b:v",
                "0",
                # "realtime" at cpu-used 6 encodes about 10x faster than "good" for files
                # about a fifth larger at the same quality setting.
                "-deadline",
                "realtime",
                "-cpu-used",
                "6",
                "-row-mt",
                "1",
                "-pix_fmt",
                "yuv420p",
            ),
            ("-c:a", "libopus", "-b:a", "128k"),
        ),
        # GIF frames come from a palette the stage compiler builds; there is no sound.
        OutputFormat("gif", "video", ("-loop", "0")),
        OutputFormat("mp3", "audio", (), ("-c:a", "libmp3lame", "-q:a", "2"), max_channels=2),
        OutputFormat(
            "wav",
            "audio",
            (),
            (
                "-c:a",
                "pcm_s16le",
            ),
        ),
        OutputFormat("m4a", "audio", (), _AAC, ("-movflags", "+faststart")),
        OutputFormat(
            "flac",
            "audio",
            (),
            (
                "-c:a",
                "flac",
            ),
        ),
        OutputFormat("opus", "audio", (), ("-c:a", "libopus", "-b:a", "128k")),
        # Ogg with Vorbis: what players that know no .opus (older phones, car stereos) play
        OutputFormat("ogg", "audio", (), ("-c:a", "libvorbis", "-q:a", "5")),
        OutputFormat(
            "png",
            "image",
            (
                "-c:v",
                "png",
            ),
        ),
        OutputFormat("jpg", "image", ("-c:v", "mjpeg", "-q:v", "2", "-pix_fmt", "yuvj420p")),
    )
}

_ALIASES = {"jpeg": "jpg", "m4v": "mp4", "oga": "ogg", "aac": "m4a"}


def output_format(ext: str) -> OutputFormat:
    """The format for an extension ('.MP4', 'jpeg'); InvalidRequest naming the ones that work."""
    key = ext.lower().lstrip(".")
    key = _ALIASES.get(key, key)
    if key not in FORMATS:
        known = ", ".join(FORMATS)
        raise InvalidRequest(f"promptcut cannot write .{key or '(none)'} files; it writes {known}")
    return FORMATS[key]


# Previews and proxies are for looking at in a browser, now: the fastest x264 preset, a short
# GOP so that a player (and a preview render's input seek) lands on a keyframe quickly, and a
# modest AAC. About 3-4x faster to encode than the export settings, and a fraction of the size.
PREVIEW_FORMATS: dict[str, OutputFormat] = {
    f.kind: f
    for f in (
        OutputFormat(
            "mp4",
            "video",
            ("-c:v", "libx264", "-preset", "ultrafast", "-crf", "28", "-g", "50", "-pix_fmt",
             "yuv420p"),
            ("-c:a", "aac", "-b:a", "96k"),
            ("-movflags", "+faststart"),
        ),
        OutputFormat("m4a", "audio", (), ("-c:a", "aac", "-b:a", "96k"),
                     ("-movflags", "+faststart")),
    )
}  # fmt: skip


#: Between the stages of a plan with a custom step: near-lossless and quick to write, since
#: the next stage decodes it again.
INTERMEDIATE_FORMATS: dict[str, OutputFormat] = {
    "video": OutputFormat(
        "mkv",
        "video",
        ("-c:v", "libx264", "-preset", "veryfast", "-crf", "12", "-pix_fmt", "yuv420p"),
        ("-c:a", "flac"),
    ),
    "audio": OutputFormat("flac", "audio", (), ("-c:a", "flac")),
    "image": FORMATS["png"],
}


def preview_format(kind: str) -> OutputFormat | None:
    """How a preview of an output of this kind is written; None for stills, which need none."""
    return PREVIEW_FORMATS.get(kind)
