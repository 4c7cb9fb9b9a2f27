"""Index a video stream's packets without decoding: times, real IDR frames, encoder settings."""

from __future__ import annotations

import itertools
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

import av

__all__ = [
    "CODECS",
    "NotIndexable",
    "SoundIndex",
    "VideoIndex",
    "index_sound",
    "index_video",
    "length_size",
    "nal_types",
    "nal_units",
    "picture_checksum",
]

# H.264 NAL unit types (ITU-T H.264 table 7-1) this module looks for.
_NAL_SLICE = 1
_NAL_IDR = 5
_NAL_SEI = 6
# HEVC NAL unit types (ITU-T H.265 table 7-1): coded pictures are 0-31; a segment starts at an
# IDR (IDR_W_RADL, IDR_N_LP) only. A CRA, even with no RASL picture after it, does not start a
# new coded video sequence in the middle of a stream: the decoder keeps counting picture order
# from the part before it (a copied part starting at a CRA after a jump in the source was
# decoded with frames missing), and the parameter sets may only change at a new sequence.
_HEVC_VCL = range(32)
_HEVC_IDR = (19, 20)
_HEVC_SEI = 39
# Profiles by the names x264 takes for `-profile:v`; others are not re-encoded to match.
_X264_PROFILES = {
    "Baseline": "baseline",
    "Constrained Baseline": "baseline",
    "Main": "main",
    "High": "high",
    "High 10": "high10",
    "High 4:2:2": "high422",
    "High 4:4:4 Predictive": "high444",
}
_X264_OPTIONS = re.compile(rb"x264 - core \d+[^\x00]*? options: ([^\x00]*)")
# HEVC profiles by the names x265 takes; 4:2:2, 4:4:4 and 12-bit ones are not matched.
_X265_PROFILES = {"Main": "main", "Main 10": "main10"}
_X265_PIX_FMTS = {"main": "yuv420p", "main10": "yuv420p10le"}
_X265_OPTIONS = re.compile(rb"x265 \(build \d+\)[^\x00]*? options: ([^\x00]*)")
#: AVFieldOrder: 0 unknown, 1 progressive, above that a field order (interlaced).
_PROGRESSIVE = 1
#: The most a sound packet may start away from where the one before ends and still be taken
#: as following it: Matroska rounds each time to the millisecond.
_SOUND_GAP = 0.0011
#: The codecs the copy path handles, by ffmpeg's name, as people call them.
CODECS = {"h264": "H.264", "hevc": "HEVC"}


class NotIndexable(Exception):
    """The video cannot be cut without re-encoding; the message says why, for the stage log."""


@dataclass(frozen=True)
class VideoIndex:
    """One H.264 or HEVC video stream as packets: enough to plan which GOPs can be copied.

    Times are seconds from the file's start (as ffmpeg's `-ss` counts them: a transport stream
    whose clock starts at 10 s still shows its first frame near 0), frames are in
    presentation order; `idr` holds the indices of the IDR frames that start a closed GOP, none
    of whose frames shows before it.
    """

    path: Path
    codec: str  # ffmpeg's name: h264 or hevc
    time_base: Fraction
    fps: Fraction
    times: tuple[float, ...]  # presentation time of every frame, in order
    idr: tuple[int, ...]  # frame indices (presentation order) of real IDR frames
    width: int
    height: int
    pix_fmt: str
    profile: str  # the encoder's name for it: x264's baseline, high...; x265's main, main10
    level: int  # level_idc, e.g. 40 for 4.0 (H.264) or 93 for 3.1 (HEVC)
    sar: Fraction | None
    colors: dict[str, str]  # color_primaries/color_trc/colorspace/color_range, when tagged
    bframes: int  # most B-frames in a row
    x264: dict[str, str]  # the encoder's options when the stream says it was made by x264
    audio: bool
    audio_rate: int | None
    audio_bitrate: int | None
    #: (pts, checksum of its coded picture) of every packet, in decode order
    packets: tuple[tuple[int, int], ...] = ()
    #: x265's options when the stream says it was made by x265 (`no-x` read as x=0, `x` as x=1)
    x265: dict[str, str] = field(default_factory=dict)
    #: the MP4/MOV sample entry the stream is stored under: avc1, hvc1, hev1...
    tag: str = ""
    #: the demuxer that read it, as ffmpeg names it: "mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm",
    #: "mpegts"; how a copy seeks in the file depends on it (see `smartcut.part_runs`)
    container: str = ""
    #: the file's start on the streams' own clock, seconds: where `times` count from (a
    #: transport stream's clock may start at 10 s, or 1.4 s as ffmpeg writes them)
    origin: float = 0.0
    #: when the sound starts on the `times` timeline (0 when it starts first): ffmpeg counts
    #: the times of a run that reads the sound alone from there
    audio_start: float = 0.0

    @property
    def frames(self) -> int:
        return len(self.times)

    @property
    def frame_seconds(self) -> float:
        return float(1 / self.fps)


@dataclass(frozen=True)
class SoundIndex:
    """The first sound stream as packets: where each one's samples end, to copy whole ones.

    Times are seconds on the sound's own timeline, from its first sample shown (an AAC
    stream's priming packet, which an MP4 edit list hides, ends at 0)."""

    codec: str  # the codec's canonical name: aac, mp3, pcm_s16le, flac...
    sample_format: str  # what its decoder gives: fltp, s16...
    rate: int
    ends: tuple[float, ...]  # where each packet's samples end, in decode order
    sums: tuple[int, ...]  # CRC-32 of each packet's bytes
    #: every packet starts where the one before ends (to the millisecond: Matroska's times),
    #: so the samples can be counted from the first to any time
    continuous: bool = True

    @property
    def packets(self) -> int:
        return len(self.ends)


def index_sound(path: Path) -> SoundIndex | None:
    """Read every packet of the first sound stream (no decoding); None when there is none.
    PyAV's errors pass through."""
    with av.open(str(path), metadata_errors="ignore") as container:
        if not container.streams.audio:
            return None
        stream = container.streams.audio[0]
        ctx = stream.codec_context
        tb = Fraction(stream.time_base) if stream.time_base is not None else Fraction(0)
        first = Fraction(stream.start_time or 0) * tb
        ends: list[float] = []
        sums: list[int] = []
        continuous = True
        for packet in container.demux(stream):
            if packet.size == 0 or packet.pts is None:
                continue
            start = float(packet.pts * tb - first)
            if ends and abs(start - ends[-1]) > _SOUND_GAP:
                continuous = False
            ends.append(start + float((packet.duration or 0) * tb))
            sums.append(zlib.crc32(bytes(packet)))
        return SoundIndex(
            codec=str(ctx.codec.canonical_name),  # mp3, not the decoder's mp3float
            sample_format=ctx.format.name if ctx.format is not None else "",
            rate=ctx.sample_rate or 0,
            ends=tuple(ends),
            sums=tuple(sums),
            continuous=continuous,
        )


def nal_types(data: bytes, length_size: int | None, codec: str = "h264") -> list[int]:
    """The NAL unit types in one H.264 or HEVC access unit.

    `length_size` is the avcC/hvcC NAL length field's size (mp4/mov/mkv); None reads Annex-B
    start codes (MPEG-TS, raw .h264/.hevc).
    """
    return [_nal_type(nal, codec) for nal in nal_units(data, length_size) if nal]


def _nal_type(nal: bytes, codec: str) -> int:
    # H.264 keeps the type in the low 5 bits of a 1-byte header; HEVC in bits 1-6 of two.
    return (nal[0] >> 1) & 0x3F if codec == "hevc" else nal[0] & 0x1F


def nal_units(data: bytes, length_size: int | None) -> list[bytes]:
    """The NAL units of one access unit (without length fields or start codes)."""
    units: list[bytes] = []
    if length_size is None:
        starts = []
        i = data.find(b"\x00\x00\x01")
        while i != -1:
            starts.append(i + 3)
            i = data.find(b"\x00\x00\x01", i + 3)
        for n, begin in enumerate(starts):
            end = starts[n + 1] - 3 if n + 1 < len(starts) else len(data)
            units.append(
                data[begin:end].rstrip(b"\x00") if n + 1 < len(starts) else data[begin:end]
            )
        return units
    i = 0
    while i + length_size < len(data):
        size = int.from_bytes(data[i : i + length_size], "big")
        if size <= 0:
            break
        units.append(data[i + length_size : i + length_size + size])
        i += length_size + size
    return units


def picture_checksum(data: bytes, length_size: int | None, codec: str = "h264") -> int:
    """CRC-32 of an access unit's coded slices (H.264 NAL types 1 and 5, HEVC 0-31) alone: the
    same for a packet copied into another container, whatever parameter sets or delimiters the
    copy adds."""
    crc = 0
    slices = _HEVC_VCL if codec == "hevc" else (_NAL_SLICE, _NAL_IDR)
    for nal in nal_units(data, length_size):
        if nal and _nal_type(nal, codec) in slices:
            crc = zlib.crc32(nal, crc)
    return crc


def length_size(extradata: bytes | None, codec: str = "h264") -> int | None:
    """The avcC/hvcC NAL length size, or None when the stream carries Annex-B start codes."""
    if not extradata or extradata[0] != 1:
        return None
    if codec == "hevc":
        return (extradata[21] & 0x03) + 1 if len(extradata) > 22 else None
    return (extradata[4] & 0x03) + 1 if len(extradata) > 4 else None


def _x264_options(data: bytes) -> dict[str, str]:
    found = _X264_OPTIONS.search(data)
    if found is None:
        return {}
    pairs = (item.split(b"=", 1) for item in found.group(1).split() if b"=" in item)
    return {k.decode("ascii", "replace"): v.decode("ascii", "replace") for k, v in pairs}


def _x265_options(data: bytes) -> dict[str, str]:
    found = _X265_OPTIONS.search(data)
    if found is None:
        return {}
    options: dict[str, str] = {}
    for item in found.group(1).decode("ascii", "replace").split():
        key, eq, value = item.partition("=")
        if eq:
            options[key] = value
        elif key.startswith("no-"):
            options[key[3:]] = "0"
        else:
            options[key] = "1"
    return options


def index_video(path: Path) -> VideoIndex:
    """Read every video packet's header (no decoding) and describe the stream for cutting.

    Raises NotIndexable with the reason when the stream is not one the copy path handles:
    not H.264 or HEVC, several video streams, variable frame rate, no IDR frames.
    """
    try:
        container = av.open(str(path), metadata_errors="ignore")
    except (av.FFmpegError, OSError) as exc:
        raise NotIndexable(f"cannot open the input: {exc}") from exc
    with container:
        videos = container.streams.video
        if len(videos) != 1:
            raise NotIndexable(f"the input has {len(videos)} video streams, not one")
        stream = videos[0]
        ctx = stream.codec_context
        codec = ctx.name
        if codec not in CODECS:
            raise NotIndexable(f"the video is {codec}, and only H.264 and HEVC are copied for now")
        hevc = codec == "hevc"
        profiles, encoder = (_X265_PROFILES, "x265") if hevc else (_X264_PROFILES, "x264")
        profile = profiles.get(ctx.profile or "")
        if profile is None:
            raise NotIndexable(
                f"the {CODECS[codec]} profile {ctx.profile!r} cannot be matched by {encoder}"
            )
        if hevc and ctx.pix_fmt != _X265_PIX_FMTS[profile]:
            raise NotIndexable(f"HEVC in {ctx.pix_fmt} cannot be matched by x265 here")
        if int(ctx.field_order or 0) > _PROGRESSIVE:
            # Interlaced camera video (AVCHD .mts at 1080i) says so in its sequence header, as
            # the decoder reads it, whatever encoder made it; re-encoded parts would be frames.
            raise NotIndexable("the video is interlaced")
        if stream.time_base is None:
            raise NotIndexable("the video stream has no time base")
        tb = Fraction(stream.time_base)
        nal_size = length_size(ctx.extradata, codec)
        x265 = _x265_options(bytes(ctx.extradata or b"")) if hevc else {}  # its SEI may be there
        start = container.start_time  # microseconds, as ffmpeg's -ss counts from it
        demuxer = str(container.format.name)
        origin = Fraction(start, 1_000_000) if start is not None else Fraction(0)
        audio = container.streams.audio
        decode_order: list[tuple[int, bool]] = []  # (pts, may start a segment)
        checksums: list[tuple[int, int]] = []
        x264: dict[str, str] = {}
        packets = _packets(container, stream)
        for packet in packets:
            if packet.size == 0 or packet.pts is None:
                if packet.size and packet.pts is None:
                    raise NotIndexable("a video packet has no timestamp")
                continue
            data = bytes(packet)
            types = nal_types(data, nal_size, codec)
            if hevc:
                if not x265 and _HEVC_SEI in types:
                    x265 = _x265_options(data)
                starts = any(t in _HEVC_IDR for t in types)
            else:
                if not x264 and _NAL_SEI in types:
                    x264 = _x264_options(data)
                starts = _NAL_IDR in types
            decode_order.append((packet.pts, starts))
            checksums.append((packet.pts, picture_checksum(data, nal_size, codec)))
        a = audio[0] if audio else None
        audio_start = 0.0
        if a is not None and a.start_time is not None and a.time_base is not None:
            audio_start = max(float(a.start_time * a.time_base - origin), 0.0)
        audio_rate = a.codec_context.sample_rate if a is not None else None
        audio_bitrate = (a.codec_context.bit_rate or None) if a is not None else None
        width, height, pix_fmt = ctx.width, ctx.height, ctx.pix_fmt or ""
        level = int(ctx.level or 0)
        sar = Fraction(ctx.sample_aspect_ratio) if ctx.sample_aspect_ratio else None
        colors = _colors(ctx)
        declared = [
            Fraction(r) for r in (stream.average_rate, stream.guessed_rate) if r is not None
        ]
    if x264.get("interlaced", "0") != "0" or x265.get("interlace", "0") not in ("0", "prog"):
        raise NotIndexable("the video is interlaced")
    if len(decode_order) < 2:
        raise NotIndexable("the video has fewer than two frames")
    ordered = sorted(decode_order)
    pts = [p for p, _ in ordered]
    steps = {b - a for a, b in itertools.pairwise(pts)}
    if min(steps) <= 0:
        raise NotIndexable("two video frames share a timestamp")
    if max(steps) - min(steps) > 1:
        # One tick of jitter is rounding (23.976 fps in a 1/90000 time base); more is VFR.
        raise NotIndexable("the video has a variable frame rate")
    measured = Fraction(len(pts) - 1, 1) / ((pts[-1] - pts[0]) * tb)
    # The rate the stream declares, when the timestamps agree with it: a millisecond time base
    # (Matroska) cannot say 30000/1001 exactly.
    fps = next(
        (r for r in declared if r > 0 and abs(r / measured - 1) < 0.002),
        measured.limit_denominator(1001),
    )
    idr = _segment_starts(decode_order, ordered)
    if not idr:
        raise NotIndexable("the video has no IDR frame to start a copied part at")
    bframes = _bframes([p for p, _ in decode_order])
    return VideoIndex(
        path=path,
        codec=codec,
        time_base=tb,
        fps=fps,
        times=tuple(float(p * tb - origin) for p in pts),
        idr=idr,
        width=width,
        height=height,
        pix_fmt=pix_fmt,
        profile=profile,
        level=level,
        sar=sar,
        colors=colors,
        bframes=bframes,
        x264=x264,
        audio=a is not None,
        audio_rate=audio_rate,
        audio_bitrate=audio_bitrate,
        packets=tuple(checksums),
        x265=x265,
        tag=str(stream.codec_context.codec_tag or ""),
        container=demuxer,
        origin=float(origin),
        audio_start=audio_start,
    )


def _segment_starts(
    decode_order: list[tuple[int, bool]], ordered: list[tuple[int, bool]]
) -> tuple[int, ...]:
    """Indices (presentation order) of the IDR frames a copied part may start at: those no
    frame decoded before is shown after, and no frame decoded after is shown before (an IDR
    with leading pictures would take frames from the GOP before it)."""
    pts = [p for p, _ in decode_order]
    suffix_min = list(itertools.accumulate(reversed(pts), min))[::-1]
    later_min = [*suffix_min[1:], pts[-1] + 1]  # the earliest shown of the frames decoded after
    clean: set[int] = set()
    earlier_max = pts[0] - 1
    for n, (p, starts) in enumerate(decode_order):
        if starts and earlier_max < p <= later_min[n]:
            clean.add(p)
        earlier_max = max(earlier_max, p)
    return tuple(i for i, (p, _) in enumerate(ordered) if p in clean)


def _packets(
    container: av.container.InputContainer, stream: av.video.stream.VideoStream
) -> Iterator[av.Packet[Any]]:
    """The stream's packets; a demuxing error ends the indexing with its reason."""
    try:
        yield from container.demux(stream)
    except av.FFmpegError as exc:
        raise NotIndexable(f"the video cannot be read to its end: {exc}") from exc


def _bframes(decode_order: list[int]) -> int:
    """The longest run of frames shown before a frame decoded ahead of them (B-frames)."""
    longest = run = 0
    latest = decode_order[0]
    for p in decode_order[1:]:
        if p < latest:
            run += 1
            longest = max(longest, run)
        else:
            latest, run = p, 0
    return longest


def _colors(ctx: av.video.codeccontext.VideoCodecContext) -> dict[str, str]:
    """The stream's colour tags by ffmpeg option name, leaving out the unspecified ones."""
    tags: dict[str, str] = {}
    for option, attr in (
        ("color_primaries", "color_primaries"),
        ("color_trc", "color_trc"),
        ("colorspace", "colorspace"),
        ("color_range", "color_range"),
    ):
        value = getattr(ctx, attr, None)
        name = _COLOR_NAMES[option].get(int(value)) if value is not None else None
        if name is not None:
            tags[option] = name
    return tags


# ffmpeg's names for the values of AVColorPrimaries, AVColorTransferCharacteristic,
# AVColorSpace and AVColorRange that cameras and encoders write (unspecified left out).
_COLOR_NAMES: dict[str, dict[int, str]] = {
    "color_primaries": {1: "bt709", 4: "bt470m", 5: "bt470bg", 6: "smpte170m", 9: "bt2020"},
    "color_trc": {
        1: "bt709",
        6: "smpte170m",
        13: "iec61966-2-1",
        14: "bt2020-10",
        16: "smpte2084",
        18: "arib-std-b67",
    },
    "colorspace": {1: "bt709", 5: "bt470bg", 6: "smpte170m", 9: "bt2020nc"},
    "color_range": {1: "tv", 2: "pc"},
}
