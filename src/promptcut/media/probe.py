"""Check that a file is usable media and describe it: the one gate every input passes."""

from __future__ import annotations

import re
import stat
from fractions import Fraction
from pathlib import Path
from typing import Any

import av

from promptcut.errors import UnsupportedMedia
from promptcut.media.ffmpeg import INPUT_FORMATS
from promptcut.media.header import picture_size
from promptcut.media.info import AudioStream, MediaInfo, VideoStream
from promptcut.media.isolated import out_of_memory, probe_in_child
from promptcut.settings import Settings
from promptcut.settings import settings as default_settings

__all__ = [
    "IMAGE_FORMATS",
    "bit_depth",
    "header_format",
    "image_format",
    "is_playlist",
    "megapixels",
    "normalize_rotation",
    "probe",
    "refuse_link",
]

# Demuxers whose input is a single still picture.
IMAGE_FORMATS = frozenset({"png_pipe", "jpeg_pipe", "webp_pipe", "bmp_pipe", "tiff_pipe"})

_OPEN_OPTIONS = {"protocol_whitelist": "file,pipe", "format_whitelist": INPUT_FORMATS}
_SNIFF_BYTES = 4096
# Enough to reach the first decodable frame of any sane file (a .ts may start mid-GOP);
# bounded so a hostile file cannot make probing read forever.
_MAX_PROBE_PACKETS = 2000
# libavcodec's own cap on a frame's pixels is an int.
_INT_MAX = 2**31 - 1
#: Containers whose header states their length from an index of every frame: one whose data
#: ends well before that length was cut short. (Others estimate it, from the bit rate say.)
_INDEXED = frozenset({"mov", "matroska"})
#: The last seconds read to see that the data reaches the stated end, and how far short of it
#: (at least; 5 % of long files) still counts as reaching it.
_TAIL_SECONDS = 2.0
_CUT_SHORT_SLACK = 0.5
_URL_LINE = re.compile(rb"^\s*(?:https?|ftp|rtmp|rtsp|file|data|concat|subfile)\s*:", re.M)


def probe(path: Path, settings: Settings | None = None, *, isolate: bool = True) -> MediaInfo:
    """Describe `path`, or raise UnsupportedMedia with one sentence saying why it is refused.

    A file whose container is not known to state its streams in its header is opened in a
    child process under a memory limit (`media/isolated.py`), unless `isolate` is False (the
    child itself)."""
    cfg = settings if settings is not None else default_settings()
    path = Path(path)
    name = path.name
    try:
        st = path.stat()
    except OSError:
        raise UnsupportedMedia(f"no such file: {name}") from None
    if stat.S_ISDIR(st.st_mode):
        raise UnsupportedMedia(f"{name} is a folder, not a video/audio file")
    if not stat.S_ISREG(st.st_mode):
        # FIFOs and devices would block or stream forever.
        raise UnsupportedMedia(f"no such file: {name}")
    if st.st_size == 0:
        raise UnsupportedMedia(f"{name} is empty; it is not a video/audio file")
    if st.st_size > cfg.max_input_bytes:
        raise UnsupportedMedia(
            f"{name} is {_bytes(st.st_size)}; the limit is {_bytes(cfg.max_input_bytes)}, "
            "set PROMPTCUT_MAX_INPUT_BYTES to raise it"
        )
    try:
        with path.open("rb") as fh:
            head = fh.read(_SNIFF_BYTES)
            declared = picture_size(fh)
    except OSError as exc:
        raise UnsupportedMedia(f"{name} cannot be read ({exc.strerror or exc})") from None
    if is_playlist(head):
        raise UnsupportedMedia(
            f"{name} is a playlist/list that points at other files; "
            "promptcut only opens media files"
        )
    # A still picture's size is in its header: refused from there, before anything decodes
    # (opening it below would decode a first frame to learn its size).
    if declared is not None:
        _check_pixels(name, *declared, cfg)
    stated = header_format(head)
    if isolate and declared is None and stated is None:
        return probe_in_child(path, cfg)

    # The decoders refuse any frame over the cap too, for pictures whose size only a decoder
    # can find (a video's stream headers name theirs, checked in _describe before decoding).
    options = _OPEN_OPTIONS | {"max_pixels": str(min(cfg.max_pixels, _INT_MAX))}
    try:
        # An absolute path can never be read as "proto:..." by libavformat's URL parsing.
        container = av.open(
            str(path.resolve()),
            mode="r",
            format=image_format(head) or (stated and stated.split(",")[0]),
            options=options,
        )
    except MemoryError:
        # In the child of `probe_in_child`: a frame bigger than its budget allows.
        raise UnsupportedMedia(out_of_memory(name, cfg.max_pixels)) from None
    except (av.FFmpegError, ValueError, OSError) as exc:
        raise UnsupportedMedia(f"{name} is not a video/audio file ({_open_reason(exc)})") from None
    try:
        return _describe(container, path, name, st.st_size, cfg, stated)
    finally:
        container.close()


def refuse_link(path: Path, *, follow_within_folder: bool) -> None:
    """Refuse `path` if it is a symbolic link that must not be followed: any link, when
    `follow_within_folder` is False (the server, whose inputs are files it wrote itself);
    else a link to a file outside the link's own folder ("subs.srt -> /etc/shadow" in a
    folder someone else shares). Raise UnsupportedMedia saying so; the target is never read."""
    if not path.is_symlink():
        return
    name = path.name
    if not follow_within_folder:
        raise UnsupportedMedia(f"{name} is a symbolic link; the server never follows links")
    try:
        inside = path.resolve(strict=True).is_relative_to(path.parent.resolve())
    except (OSError, RuntimeError):
        raise UnsupportedMedia(f"{name} is a link to a file that does not exist") from None
    if not inside:
        raise UnsupportedMedia(
            f"{name} is a link to a file outside its folder; promptcut does not follow such "
            "links, give the file itself"
        )


def _describe(
    container: Any, path: Path, name: str, size: int, cfg: Settings, demuxer: str | None
) -> MediaInfo:
    # A demuxer named when opening reports the alias it was named by ('mov'): say its name.
    fmt = demuxer or str(container.format.name)
    vstream = next(
        (
            s
            for s in container.streams.video
            # Cover art in an mp3/m4a is a "video" stream of one picture; it is not the video.
            if not (s.disposition & av.stream.Disposition.attached_pic)
        ),
        None,
    )
    astream = container.streams.audio[0] if container.streams.audio else None
    if vstream is None and astream is None:
        raise UnsupportedMedia(f"{name} is not a video/audio file (it has no video or audio)")

    if vstream is not None:
        cc = vstream.codec_context
        # Checked before decoding: decoding a huge frame is itself the cost the cap prevents.
        _check_pixels(name, int(cc.width), int(cc.height), cfg)
        cc.options = {"max_pixels": str(min(cfg.max_pixels, _INT_MAX))}

    is_image = fmt in IMAGE_FORMATS
    duration = 0.0 if is_image else _duration(container, vstream, astream)
    if duration > cfg.max_duration:
        raise UnsupportedMedia(
            f"{name} is {_seconds(duration)} long; the limit is {_seconds(cfg.max_duration)}, "
            "set PROMPTCUT_MAX_DURATION to raise it"
        )

    first_video, first_audio, video_packets = _decode_first(container, vstream, astream, fmt)
    if fmt == "gif" and video_packets <= 1:
        is_image = True
        duration = 0.0
    if not is_image and fmt.split(",")[0] in _INDEXED and container.duration:
        start = float(container.start_time or 0) / av.time_base
        ends = _data_end(
            container, [s for s in (vstream, astream) if s is not None], start, duration
        )
        if ends is not None:
            raise UnsupportedMedia(
                f"{name} is cut short: it says it is {_seconds(duration)} long but its data "
                f"ends at {_seconds(ends)} (an unfinished download or copy?)"
            )

    video = None
    if vstream is not None:
        if first_video is None:
            reason = "does not decode"
            if not (vstream.codec_context.width and vstream.codec_context.height):
                # No header stated its size: only decoding finds it, which the cap stops.
                reason += f", or its frames are over the {megapixels(cfg.max_pixels)} limit"
            raise UnsupportedMedia(
                f"{name} is not a video/audio file (its {_codec(vstream)} video {reason})"
            )
        rotation = normalize_rotation(first_video.rotation)
        fw, fh = int(first_video.width), int(first_video.height)
        if rotation in (90, 270):
            fw, fh = fh, fw
        pix_fmt = str(first_video.format.name)
        frames = int(vstream.frames or 0)
        video = VideoStream(
            width=fw,
            height=fh,
            fps=0.0 if is_image else _fps(vstream),
            pix_fmt=pix_fmt,
            codec=_codec(vstream),
            rotation=rotation,
            bit_depth=bit_depth(pix_fmt),
            frames=1 if is_image else (frames or None),
        )

    audio = None
    if astream is not None:
        if first_audio is None:
            raise UnsupportedMedia(
                f"{name} is not a video/audio file (its {_codec(astream)} audio does not decode)"
            )
        layout = first_audio.layout
        # "2 channels" means no channel order is stated (plain wav): say nothing rather than guess.
        layout_name = str(layout.name)
        audio = AudioStream(
            codec=_codec(astream),
            sample_rate=int(first_audio.sample_rate or astream.codec_context.sample_rate),
            channels=int(layout.nb_channels),
            layout="" if layout_name.endswith("channels") else layout_name,
        )

    start = container.start_time
    return MediaInfo(
        path=path,
        container=fmt,
        duration=duration,
        start_time=0.0 if is_image or start is None else float(start) / av.time_base,
        size_bytes=size,
        video=video,
        audio=audio,
        is_image=is_image,
    )


def _check_pixels(name: str, w: int, h: int, cfg: Settings) -> None:
    if w * h > cfg.max_pixels:
        raise UnsupportedMedia(
            f"{name} is {w}x{h} ({megapixels(w * h)}); the limit is "
            f"{megapixels(cfg.max_pixels)}, set PROMPTCUT_MAX_PIXELS to raise it"
        )


def _decode_first(container: Any, vstream: Any, astream: Any, fmt: str) -> tuple[Any, Any, int]:
    """Decode the first video frame and first audio frame; count video packets seen."""
    streams = [s for s in (vstream, astream) if s is not None]
    first_video = None
    first_audio = None
    video_packets = 0
    packets = 0
    try:
        for packet in container.demux(*streams):
            packets += 1
            if packet.stream is vstream and packet.size:
                video_packets += 1
            if packet.stream is vstream and first_video is None:
                first_video = next(iter(_safe_decode(packet)), None)
            elif packet.stream is astream and first_audio is None:
                first_audio = next(iter(_safe_decode(packet)), None)
            done = (vstream is None or first_video is not None) and (
                astream is None or first_audio is not None
            )
            # A gif is a still image unless a second frame follows.
            if done and (fmt != "gif" or video_packets > 1):
                break
            if packets >= _MAX_PROBE_PACKETS:
                break
        else:
            # End of file: flush decoders that hold the first frame back (B-frames, threads).
            if vstream is not None and first_video is None:
                first_video = next(iter(_safe_decode(None, vstream)), None)
            if astream is not None and first_audio is None:
                first_audio = next(iter(_safe_decode(None, astream)), None)
    except (av.FFmpegError, ValueError, OSError):
        # A demux error after some good frames still leaves what we learned usable.
        pass
    return first_video, first_audio, video_packets


def _data_end(container: Any, streams: list[Any], start: float, duration: float) -> float | None:
    """Where a file's data really ends, in seconds from its start, when that is well before
    the end its header states (a file cut short); None when the data reaches it, or when
    seeking cannot tell. Reads the last seconds only, unless the file is cut short."""
    stated_end = start + duration
    slack = max(_CUT_SHORT_SLACK, duration * 0.05)
    try:
        container.seek(
            int(max(start, stated_end - _TAIL_SECONDS) * av.time_base),
            any_frame=True,
            backward=True,
        )
        end = _last_packet_end(container, streams)
        if end is not None and end >= stated_end - slack:
            return None
        container.seek(int(start * av.time_base), backward=True)
        end = _last_packet_end(container, streams)
    except (av.FFmpegError, ValueError, OSError):
        return None
    return max(0.0, (end if end is not None else start) - start)


def _last_packet_end(container: Any, streams: list[Any]) -> float | None:
    """The latest time any packet read from here on reaches, in seconds."""
    end: float | None = None
    for packet in container.demux(*streams):
        if packet.pts is None or packet.time_base is None or not packet.size:
            continue
        reach = float((packet.pts + (packet.duration or 0)) * packet.time_base)
        end = reach if end is None else max(end, reach)
    return end


def _safe_decode(packet: Any, stream: Any = None) -> list[Any]:
    try:
        if packet is None:
            return list(stream.codec_context.decode(None))
        return list(packet.decode())
    except (av.FFmpegError, ValueError):
        return []


def _duration(container: Any, vstream: Any, astream: Any) -> float:
    if container.duration is not None and container.duration > 0:
        return float(container.duration) / av.time_base
    for s in (vstream, astream):
        if s is not None and s.duration is not None and s.time_base is not None:
            return float(s.duration * s.time_base)
    if vstream is not None and vstream.frames and vstream.average_rate:
        return float(vstream.frames / vstream.average_rate)
    return _scan_duration(container, vstream, astream)


def _scan_duration(container: Any, vstream: Any, astream: Any) -> float:
    """Last packet end minus first packet start; only for files that state no duration."""
    stream = vstream if vstream is not None else astream
    first: float | None = None
    last = 0.0
    try:
        for packet in container.demux(stream):
            if packet.pts is None or packet.time_base is None:
                continue
            start = float(packet.pts * packet.time_base)
            end = start + float((packet.duration or 0) * packet.time_base)
            first = start if first is None else min(first, start)
            last = max(last, end)
        container.seek(0)
    except (av.FFmpegError, ValueError, OSError):
        pass
    return max(0.0, last - (first or 0.0))


def _fps(stream: Any) -> float:
    rate: Fraction | None = stream.average_rate or stream.guessed_rate
    return round(float(rate), 3) if rate else 0.0


def _codec(stream: Any) -> str:
    # The canonical name ('vp9', 'h264'), not the decoder's ('libvpx-vp9', 'libdav1d').
    return str(stream.codec_context.codec.canonical_name)


def normalize_rotation(value: float | None) -> int:
    """A display rotation in degrees snapped to 0, 90, 180 or 270 (counter-clockwise)."""
    if value is None:
        return 0
    return round(float(value) / 90.0) * 90 % 360


_DEPTH = re.compile(r"(\d+)(?:le|be)$")


def bit_depth(pix_fmt: str) -> int:
    """Bits per component of a pixel format: 10 for 'yuv420p10le', 8 for 'yuv420p'."""
    match = _DEPTH.search(pix_fmt)
    if match is None:
        return 8
    n = int(match.group(1))
    if 9 <= n <= 16:
        return n
    # rgb48/rgba64 pack 16 bits per component; rgb565/555 and friends are under 8.
    return 16 if n in (48, 64) else 8


def image_format(head: bytes) -> str | None:
    """The still-image demuxer for these first bytes, or None for anything else.

    Named explicitly because libavformat's probe otherwise lets `image2` (not allowed: it
    expands filename patterns) outscore `jpeg_pipe` for any JPEG bigger than the probe buffer.
    """
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg_pipe"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png_pipe"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "webp_pipe"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "tiff_pipe"
    if head.startswith(b"BM") and len(head) >= 26 and head[6:10] == b"\x00\x00\x00\x00":
        return "bmp_pipe"
    return None


def header_format(head: bytes) -> str | None:
    """The demuxer for these first bytes (its full name, aliases after the first) when it is
    one that finds every stream in the file's header, so the decoders that opening tries are
    given `max_pixels`; None for any other.

    Named explicitly when opening, so that no other demuxer can claim the file (mpegts can
    outscore mov on a crafted one). The others (FLV, MPEG-PS,
    MPEG-TS, whose streams may first appear in the packets opening reads, Ogg, whose chained
    streams do, and anything an ID3 tag or an MPEG audio sync could put in front of) decode a
    first frame before any limit reaches their decoders.
    """
    if head[4:8] in (b"ftyp", b"moov"):
        return "mov,mp4,m4a,3gp,3g2,mj2"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "matroska,webm"
    if head.startswith(b"RIFF") and head[8:12] == b"AVI ":
        return "avi"
    if head.startswith(b"RIFF") and head[8:12] == b"WAVE":
        return "wav"
    if head.startswith(b"fLaC"):
        return "flac"
    if head.startswith(b"\x30\x26\xb2\x75\x8e\x66\xcf\x11"):
        return "asf"
    return None


def is_playlist(head: bytes) -> bool:
    """Whether these first bytes are a text playlist or list that names other files/URLs."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"#extm3u", b"ffconcat", b"[playlist]", b"<?xml", b"<mpd", b"<smil")):
        return True
    # Real media has NUL bytes early; only text is read as lines, so binary is never misjudged.
    if b"\x00" in head:
        return False
    if b"#extinf" in text or b"#ext-x-" in text or b"<mpd" in text:
        return True
    return _URL_LINE.search(text) is not None


def _open_reason(exc: BaseException) -> str:
    if isinstance(exc, av.error.InvalidDataError):
        return "its data is not a format ffmpeg recognises"
    if isinstance(exc, av.error.ArgumentError):
        # What libavformat returns when the detected format is not on our allowlist.
        return "its format is not one promptcut accepts"
    reason = getattr(exc, "strerror", None) or str(exc)
    return str(reason).rstrip(".").lower()


def megapixels(pixels: int) -> str:
    if pixels >= 10_000_000:
        return f"{pixels / 1e6:.0f} MP"
    if pixels >= 1_000_000:
        return f"{pixels / 1e6:.1f} MP"
    return f"{pixels:,} pixels"


def _seconds(value: float) -> str:
    if value >= 3600:
        return f"{value / 3600:.1f} h"
    if value >= 120:
        return f"{value / 60:.1f} min"
    return f"{value:.1f} s"


def _bytes(size: int) -> str:
    for unit, scale in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} bytes"
