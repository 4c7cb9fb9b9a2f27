"""Cut without re-encoding: copy the untouched GOPs, re-encode only the frames around each cut.

A plan whose steps only select time becomes a list of kept source ranges. Each range
[s, e) is split at the video's real IDR frames: the head [s, first IDR >= s) and the tail
[last IDR <= e, e) are re-encoded with x264 (H.264) or x265 (HEVC) matched to the source, the
whole GOPs between are copied packet for packet. Parts are MPEG-TS files with in-band parameter
sets, joined by the concat demuxer with each part's exact duration; the sound is re-encoded once
from the source for the kept ranges, unless it can be kept untouched (`sound_copy`).
`check_cut` then measures the result, since ffmpeg exits 0 on a stream with broken references.
"""

from __future__ import annotations

import subprocess
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from fractions import Fraction
from pathlib import Path
from typing import Any, Literal

import av

from promptcut.media.ffmpeg import GLOBAL_ARGS
from promptcut.media.info import MediaInfo
from promptcut.media.packets import (
    NotIndexable,
    SoundIndex,
    VideoIndex,
    index_sound,
    index_video,
    length_size,
    picture_checksum,
)
from promptcut.operations.base import Clip, Graph, Ranged
from promptcut.plan import Plan
from promptcut.stage import OUTPUT, input_token

__all__ = [
    "CONTAINERS",
    "KEPT_SOUND",
    "MATROSKA",
    "MPEG_TS",
    "SOURCE_CONTAINERS",
    "UNINDEXED",
    "Command",
    "CutPlan",
    "NotIndexable",
    "Part",
    "ReadBack",
    "Sound",
    "SoundCopy",
    "changed_copies",
    "check_cut",
    "commands",
    "concat_list",
    "decode_checks",
    "decoding",
    "ffconcat",
    "index_sound",
    "index_video",
    "kept_spans",
    "merged_spans",
    "part_runs",
    "plan_cut",
    "read_back",
    "sample_entry",
    "seconds",
    "sound_after_cut",
    "sound_copy",
    "sound_times",
    "through_pieces",
    "windows",
    "with_sound_kept",
]

#: Output containers the copied stream goes into (the source's time base kept in mp4/mov;
#: MPEG-TS counts in 90 kHz ticks, on which the usual frame rates' frames fall exactly).
CONTAINERS = frozenset({"mp4", "mov", "mkv", "ts"})
#: Output containers without an index to seek in (see `decoding`).
UNINDEXED = frozenset({"ts"})
#: Input containers copied from (the demuxer's name, as probed): MP4 and MOV, Matroska (OBS
#: recordings), MPEG-TS (camera .mts/.m2ts, broadcast and OBS .ts).
MATROSKA = "matroska,webm"
MPEG_TS = "mpegts"
SOURCE_CONTAINERS = frozenset({"mov,mp4,m4a,3gp,3g2,mj2", MATROSKA, MPEG_TS})
#: How far before an input `-ss` ffmpeg seeks in a container that does not seek by
#: presentation time when the video has B-frames (3/23 s, in its microseconds, rounded up).
_SEEK_AHEAD = Fraction(130_435, 1_000_000)
#: Quality of the re-encoded frames: visually lossless, well over 40 dB PSNR on camera footage.
CRF = "14"
PRESET = "superfast"
#: Placeholder for a file in the stage's parts folder: part_token("01.ts").
PART_PREFIX = "{part:"
_AUDIO_PART = "sound.wav"
_LIST = "parts.ffconcat"


def part_token(name: str) -> str:
    return PART_PREFIX + name + "}"


@dataclass(frozen=True)
class Part:
    """A run of consecutive source frames that goes into the output as one file."""

    kind: Literal["encode", "copy"]
    first: int  # index of its first frame, in presentation order
    count: int
    start: float  # source time of its first frame, seconds

    def name(self, number: int) -> str:
        return f"{number:02d}-{self.kind}.ts"


@dataclass(frozen=True)
class Sound:
    """What a cut does to the kept sound besides cutting it: the plan's sound steps, applied to
    the joined sound ("trim it and lower the volume"), or no sound at all (a mute).

    A step that only filters the sound gives `filters`, run after the join; one that mixes in
    another file ("trim it and add music.mp3") gives `graph`, filter graph statements that read
    the joined sound as `[kept]` and the other files as the inputs after the video (`inputs`:
    their stage input names and input options, in `-i` order) and end in `[label]`."""

    keep: bool = True
    filters: tuple[str, ...] = ()
    graph: str = ""
    label: str = ""
    inputs: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: the steps in words, for the stage script
    steps: tuple[str, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class SoundCopy:
    """How a cut keeps the sound untouched rather than re-encoding it (see `sound_copy`).

    "packets": the source's first `packets` sound packets are copied as they are (the kept
    range starts where the sound starts). "samples": the sound is PCM or FLAC, whose samples
    are written back in the source's own codec, unchanged, cut to the sample."""

    kind: Literal["packets", "samples"]
    codec: str
    packets: int = 0
    #: samples a second ("samples": the cut points are counted in samples)
    rate: int = 0
    #: how much longer the copied sound lasts than the picture, seconds (negative: shorter)
    overhang: float = 0.0

    @property
    def file(self) -> str:
        """The part the kept sound is written into, in a container that keeps sample-exact
        times (and, for copied packets, the edit list that hides the encoder's priming)."""
        if self.kind == "packets":
            return "sound.mov"
        if self.codec == "flac":
            return "sound.flac"
        return "sound.aiff" if self.codec.endswith("be") else "sound.wav"

    def describe(self) -> str:
        if self.kind == "packets":
            return f"the sound's first {self.packets} packets copied untouched"
        return f"the sound's samples written back unchanged as {self.codec}, cut to the sample"


@dataclass(frozen=True)
class CutPlan:
    """How the kept ranges are made: parts in output order, what is copied, what re-encoded."""

    index: VideoIndex
    spans: tuple[tuple[float, float], ...]  # kept source seconds [start, end)
    frames: tuple[tuple[int, int], ...]  # the same as frame indices [first, end)
    parts: tuple[Part, ...]
    sound: Sound = Sound()
    #: the sound kept untouched, when it is (else it is re-encoded once)
    sound_kept: SoundCopy | None = None
    #: the source's sound packets, when `sound_kept` copies them (for the check)
    sound_index: SoundIndex | None = None

    @property
    def has_sound(self) -> bool:
        """Whether the result holds sound: the source has some, or a step mixes some in, and
        no step drops it."""
        return self.sound.keep and (self.index.audio or bool(self.sound.inputs))

    @property
    def total_frames(self) -> int:
        return sum(p.count for p in self.parts)

    @property
    def copied_frames(self) -> int:
        return sum(p.count for p in self.parts if p.kind == "copy")

    @property
    def share_copied(self) -> float:
        return self.copied_frames / self.total_frames if self.total_frames else 0.0

    @property
    def duration(self) -> float:
        return float(self.total_frames / self.index.fps)

    def part_seconds(self, part: Part) -> Fraction:
        return part.count / self.index.fps

    def kept_times(self) -> list[tuple[float, float]]:
        """The kept ranges as source times of whole frames: [first frame, one past the last)."""
        idx = self.index
        step = 1 / idx.fps
        return [(idx.times[a], float(Fraction(idx.times[b - 1]) + step)) for a, b in self.frames]


@dataclass(frozen=True)
class Command:
    """One ffmpeg run of a cut stage: what it makes, in words, and its arguments (after the
    binary and GLOBAL_ARGS), with input_token/OUTPUT/part_token placeholders."""

    what: str
    args: tuple[str, ...]


def kept_spans(plan: Plan, duration: float) -> tuple[tuple[float, float], ...] | None:
    """The source ranges a plan keeps, in output order, when every step only selects time
    (trim, cut, keep or cut ranges); None when any step does more."""
    spans: tuple[tuple[float, float], ...] = ((0.0, duration),)
    for step in plan.steps:
        length = sum(b - a for a, b in spans)
        picked = step.operation.kept(length)
        if picked is None:
            return None
        spans = _through(spans, picked)
    return tuple((a, b) for a, b in spans if b - a > 1e-9) or None


#: The joined sound of the kept ranges, as `Sound.graph` reads it.
KEPT_SOUND = "kept"


def sound_after_cut(
    plan: Plan,
    clip: Clip,
    *,
    assets: Mapping[str, MediaInfo] | None = None,
    measured: Mapping[int, dict[str, Any]] | None = None,
) -> Sound | str:
    """What the plan's sound-only steps do to the kept sound, applied once it is cut and joined
    (`clip`: the media as the time steps leave it), or why they cannot wait until then: a step
    limited to a range of the timeline, or one that lays another file along it, before a later
    cut changes that timeline.

    `assets` are the files the request names, probed; `measured` what each step's analysis
    pass measured, by step number (made before the cut: see `Operation.analysis`). Without it
    a step that measures first adds no filter, which is enough to say whether it can wait."""
    graph = Graph(clip, keep_video=False, a_label=KEPT_SOUND)
    for name, info in (assets or {}).items():
        graph.assets[name.lower()] = info
        graph.asset_files[name.lower()] = info.path
    steps = plan.steps
    said: list[str] = []
    for n, step in enumerate(steps, 1):
        op = step.operation
        if "sound" not in op.touches:
            continue
        later_cut = any("time" in s.operation.touches for s in steps[n:])
        if isinstance(op, Ranged) and op.ranged and later_cut:
            return f"'{step.task}' is limited to a range of the timeline before the cut"
        if op.assets() and later_cut:
            return f"'{step.task}' lays another file along the timeline before the cut"
        graph.measured = dict(measured[n]) if measured and n in measured else None
        op.render(graph)
        if graph.input_args:
            return f"'{step.task}' cannot be applied to the kept sound alone"
        said.append(op.describe())
    if not graph.clip.has_audio:
        return Sound(keep=False, steps=tuple(said))
    if not graph.statements:
        return Sound(filters=tuple(graph.audio), steps=tuple(said))
    text, _, label = graph.finish()
    assert label is not None  # the clip has sound
    inputs = tuple((name, tuple(options)) for name, options in graph.extra_inputs)
    return Sound(graph=text, label=label, inputs=inputs, steps=tuple(said))


def _through(
    spans: tuple[tuple[float, float], ...], picked: tuple[tuple[float, float], ...]
) -> tuple[tuple[float, float], ...]:
    """`picked` (times on the timeline `spans` make) as source times."""
    pieces = through_pieces(tuple(("main", a, b) for a, b in spans), picked)
    return tuple((a, b) for _, a, b in pieces)


def through_pieces(
    pieces: tuple[tuple[str, float, float], ...], picked: tuple[tuple[float, float], ...]
) -> tuple[tuple[str, float, float], ...]:
    """`picked` (times on the timeline `pieces` make: ranges of named sources, in order) as
    ranges of those sources."""
    out: list[tuple[str, float, float]] = []
    for pa, pb in picked:
        at = 0.0
        for name, sa, sb in pieces:
            length = sb - sa
            lo, hi = max(pa, at), min(pb, at + length)
            if hi > lo:
                a, b = sa + (lo - at), sa + (hi - at)
                if out and out[-1][0] == name and abs(out[-1][2] - a) < 1e-9:
                    out[-1] = (name, out[-1][1], b)  # touching pieces are one range
                else:
                    out.append((name, a, b))
            at += length
    return tuple(out)


def plan_cut(index: VideoIndex, spans: Sequence[tuple[float, float]]) -> CutPlan:
    """Split each kept source range into re-encoded heads and tails and copied GOPs."""
    slack = min(1e-3, index.frame_seconds / 4)
    frames: list[tuple[int, int]] = []
    for s, e in spans:
        a = _first_at(index.times, s - slack)
        b = _first_at(index.times, e - slack)
        if b > a:
            frames.append((a, b))
    if not frames:
        raise NotIndexable("the kept ranges hold no whole frame")
    if min(a for a, _ in frames) < index.idr[0]:
        # A recording that starts mid-GOP (a transport stream captured from the middle of a
        # broadcast): a decoder skips the frames before its first IDR, so a re-encoded part
        # from there would be made of the frames after it, shown twice.
        raise NotIndexable(
            f"the video's first {index.idr[0]} frames come before its first keyframe, "
            "where decoding starts"
        )
    boundaries = (*index.idr, index.frames)  # the stream's end closes its last GOP
    parts: list[Part] = []
    for a, b in frames:
        k1 = next((k for k in boundaries if k >= a), None)
        k2 = next((k for k in reversed(boundaries) if k <= b), None)
        if k1 is None or k2 is None or k1 >= k2:
            parts.append(Part("encode", a, b - a, index.times[a]))
            continue
        if a < k1:
            parts.append(Part("encode", a, k1 - a, index.times[a]))
        parts.append(Part("copy", k1, k2 - k1, index.times[k1]))
        if k2 < b:
            parts.append(Part("encode", k2, b - k2, index.times[k2]))
    return CutPlan(index, tuple(spans), tuple(frames), tuple(parts))


def _first_at(times: Sequence[float], t: float) -> int:
    """Index of the first frame shown at or after `t` (len(times) when none is)."""
    lo, hi = 0, len(times)
    while lo < hi:
        mid = (lo + hi) // 2
        if times[mid] < t:
            lo = mid + 1
        else:
            hi = mid
    return lo


def seconds(value: float | Fraction) -> str:
    """A time for ffmpeg, to the microsecond (its own resolution)."""
    return f"{float(value):.6f}"


def encoder_args(index: VideoIndex) -> tuple[str, ...]:
    """The source's encoder family set up to make frames the copied GOPs can sit beside: same
    profile, level, pixel format, colour tags, sample aspect ratio and B-frame structure, at a
    high-quality CRF."""
    gop = max((b - a for a, b in zip(index.idr, (*index.idr[1:], index.frames), strict=True)))
    args = [*(_x265_args if index.codec == "hevc" else _x264_args)(index, gop)]
    for option, value in sorted(index.colors.items()):
        args += [f"-{option}", value]
    return tuple(args)


def _x264_args(index: VideoIndex, gop: int) -> tuple[str, ...]:
    x = index.x264
    params: dict[str, str] = {
        "bframes": x.get("bframes", str(index.bframes)),
        "b-pyramid": x.get("b_pyramid", "2" if index.bframes >= 2 else "0"),
        "keyint": x.get("keyint", str(max(gop, 1))),
        "open-gop": "0",
    }
    if "ref" in x:
        params["ref"] = x["ref"]
    args = [
        "-c:v", "libx264", "-preset", PRESET, "-crf", CRF,
        "-profile:v", index.profile, "-pix_fmt", index.pix_fmt,
        "-x264-params", ":".join(f"{k}={v}" for k, v in params.items()),
    ]  # fmt: skip
    if index.level:
        args += ["-level:v", f"{index.level // 10}.{index.level % 10}"]
    return tuple(args)


def _x265_args(index: VideoIndex, gop: int) -> tuple[str, ...]:
    # The level is left to x265 (the least that fits): a decoder reads each part's own
    # parameter sets, which the parts carry in-band.
    x = index.x265
    params = {
        "bframes": x.get("bframes", str(index.bframes)),
        "b-pyramid": x.get("b-pyramid", "1" if index.bframes >= 2 else "0"),
        "keyint": x.get("keyint", str(max(gop, 1))),
        "open-gop": "0",
        "repeat-headers": "1",  # parameter sets before every IDR, as the copied parts have
        "log-level": "error",
    }
    if "ref" in x:
        params["ref"] = x["ref"]
    return (
        "-c:v", "libx265", "-preset", PRESET, "-crf", CRF,
        "-profile:v", index.profile, "-pix_fmt", index.pix_fmt,
        "-x265-params", ":".join(f"{k}={v}" for k, v in params.items()),
    )  # fmt: skip


def sample_entry(cut: CutPlan) -> str | None:
    """The MP4/MOV sample entry (`-tag:v`) the joined video is written with, None for the
    muxer's default.

    HEVC: `hvc1` (what Apple's players ask for) requires every parameter set in the one sample
    description, so ffmpeg drops those it finds in the packets; when re-encoded parts sit
    beside copied ones, their parameter sets differ and the copied frames would be decoded
    with the re-encoded parts' sets. Then `hev1`, which keeps each part's own sets in-band
    before its IDR frames. A source stored as `hvc1` (as Apple's cameras write it) is not cut
    that way: its players would refuse the result, so it is re-encoded whole (NotIndexable)."""
    if cut.index.codec != "hevc":
        return None
    if all(p.kind == "copy" for p in cut.parts):
        return "hvc1"
    if cut.index.tag == "hvc1":
        raise NotIndexable(
            "the HEVC video is stored as hvc1 for Apple's players, which would refuse a copy "
            "beside re-encoded frames (those need hev1)"
        )
    return "hev1"


def commands(
    cut: CutPlan, *, safe_input: Sequence[str] = (), container: str = "mp4"
) -> list[Command]:
    """The stage's ffmpeg runs, in order: each part, the sound, the join, the decode check.

    `safe_input` goes before every `-i` of the user's file (the protocol and format
    allowlist). The concat list itself (`concat_list`) is written by the script.
    """
    idx = cut.index
    kept = cut.sound_kept if cut.has_sound else None
    runs = part_runs(cut, "main", safe_input=safe_input)
    if cut.has_sound and (kept is None or kept.kind == "samples"):
        sound = _sound(cut, safe_input)
        what = "the sound of the kept ranges, sample-accurate"
        if cut.sound.steps:
            what += ", then " + "; ".join(cut.sound.steps)
        if kept is not None:
            what += f", its samples unchanged (written back as {kept.codec})"
        runs.append(Command(what, sound))
    join = ["-f", "concat", "-protocol_whitelist", "file,pipe", "-format_whitelist",
            "concat,mpegts", "-i", part_token(_LIST)]  # fmt: skip
    maps = ["-map", "0:v:0"]
    what = "join the parts in order, each lasting exactly its frames, with the sound"
    if kept is not None and kept.kind == "packets":
        # A run of its own: -frames:a in the join would end the picture with the sound.
        copy = (
            *safe_input, "-i", input_token("main"), "-map", "0:a:0",
            "-frames:a", str(kept.packets), "-c:a", "copy", part_token(kept.file),
        )  # fmt: skip
        runs.append(
            Command(
                f"copy the sound's first {kept.packets} packets untouched, the encoder's priming "
                "one (which the edit list hides) among them",
                copy,
            )
        )
    if kept is not None:
        join += ["-i", part_token(kept.file)]
        maps += ["-map", "1:a:0", "-c:a", "copy"]
        what += f" (the sound as it is, {kept.codec})"
    elif cut.has_sound:
        join += ["-i", part_token(_AUDIO_PART)]
        maps += ["-map", "1:a:0", "-c:a", "aac", "-b:a", _audio_bitrate(idx)]
    muxer: list[str] = []
    if container in ("mp4", "mov"):
        # The source's time base: every frame time lands on the same tick as in the source.
        muxer = ["-video_track_timescale", str(idx.time_base.denominator),
                 "-movflags", "+faststart"]  # fmt: skip
        tag = sample_entry(cut)
        if tag == "hev1":
            what += "; as hev1, each part keeping its own parameter sets (they differ) in-band"
        if tag is not None:
            muxer += ["-tag:v", tag]
    runs.append(
        Command(
            what,
            (*join, *maps, "-c:v", "copy", *muxer, OUTPUT),
        )
    )
    return runs


def part_runs(
    cut: CutPlan, name: str, *, safe_input: Sequence[str] = (), first: int = 1
) -> list[Command]:
    """The runs that make each part of `cut` from stage input `name`, the parts numbered from
    `first` (a join of several cuts numbers them on)."""
    idx = cut.index
    source = input_token(name)
    half = idx.frame_seconds / 2
    runs: list[Command] = []
    encode = encoder_args(idx)
    sar = f"setsar={idx.sar.numerator}/{idx.sar.denominator}" if idx.sar else "setsar=1"
    of = "" if name == "main" else f" of {name}"
    for n, part in enumerate(cut.parts, first):
        frames = f"frames {part.first}-{part.first + part.count - 1}{of}"
        when = f"({seconds(part.start)}-{seconds(part.start + part.count / idx.fps)} s)"
        if part.kind == "copy":
            # -frames:v counts packets in decode order, and the GOPs from the IDR on are
            # exactly these frames.
            at, how = _copy_seek(idx, part.start)
            args = (
                "-ss", seconds(at), *safe_input, "-i", source,
                "-map", "0:v:0", "-frames:v", str(part.count),
                "-c:v", "copy", "-bsf:v", f"{idx.codec}_mp4toannexb",
                "-f", "mpegts", part_token(part.name(n)),
            )  # fmt: skip
            runs.append(Command(f"copy {frames} {when} untouched{how}", args))
            continue
        # Half a frame before the first frame: the decoder drops everything shown earlier.
        at = max(part.start - half, 0.0)
        vf = sar
        how = ""
        clock: tuple[str, ...] = ()
        if idx.container == MPEG_TS:
            # A transport stream has no index: a seek lands on whatever frame is near, and a
            # decoder cannot start there. Start before the IDR frame the part's GOP starts
            # at; `trim` then drops the frames shown before the part, by the stream's own
            # clock (-copyts), since what ffmpeg counts times from depends on the seek.
            clock = ("-copyts",)
            vf = f"trim=start={seconds(idx.origin + at)},{sar}"
            at = _decode_from(idx, part.first)
            how = "; decoded from the IDR frame before it, the MPEG-TS source having no index"
        args = (
            *clock, "-ss", seconds(at), *safe_input, "-i", source,
            "-map", "0:v:0", "-frames:v", str(part.count), "-fps_mode", "passthrough",
            "-vf", vf, *encode, "-f", "mpegts", part_token(part.name(n)),
        )  # fmt: skip
        runs.append(Command(f"re-encode {frames} {when}{how}", args))
    return runs


def _copy_seek(idx: VideoIndex, start: float) -> tuple[float, str]:
    """Where a copy that starts at the IDR frame shown at `start` seeks its source, and why
    there (in words for the stage script, empty when at the frame itself).

    MP4/MOV seek by presentation time to the keyframe at or before it: the IDR itself.
    Matroska seeks to the keyframe at or before the time less ffmpeg's margin for B-frames
    (`_SEEK_AHEAD`), which is the IDR before: the seek is as far after the IDR, plus half a
    frame, so it lands on the IDR with or without the margin. MPEG-TS seeks to whatever packet
    is near the time, and a copy drops every packet before the first keyframe it reads: a
    seek a frame before the IDR (and the margin) lands in the GOP before, which is dropped."""
    frame = idx.frame_seconds
    if idx.container == MATROSKA:
        at = start + float(_SEEK_AHEAD) + frame / 2
        return at, "; Matroska's seek lands on the keyframe before the time, less 0.13 s"
    if idx.container == MPEG_TS:
        return max(start - frame, 0.0), "; MPEG-TS has no index: the packets before it are dropped"
    return start, ""


def _decode_from(idx: VideoIndex, first: int) -> float:
    """A time to seek an MPEG-TS source to so that decoding reaches the IDR frame at or before
    frame `first` from its start: earlier than that IDR's decoding by the B-frame delay."""
    key = next((k for k in reversed(idx.idr) if k <= first), 0)
    return max(idx.times[key] - (idx.bframes + 1) * idx.frame_seconds, 0.0)


def _audio_bitrate(idx: VideoIndex) -> str:
    kbps = (idx.audio_bitrate or 192_000) // 1000
    return f"{min(max(kbps, 128), 320)}k"


def _sound(cut: CutPlan, safe_input: Sequence[str]) -> tuple[str, ...]:
    """atrim per kept range at whole-frame times, joined: the sound lasts as long as the
    picture, to the sample; then the plan's sound steps (`Sound`), reading the other files
    they mix in as inputs after the video."""
    sound = cut.sound
    kept = cut.sound_kept
    statements: list[str] = []
    if cut.index.audio:
        if kept is None:
            statements = [
                f"[0:a:0]atrim=start={seconds(a)}:end={seconds(b)},asetpts=PTS-STARTPTS[a{i}]"
                for i, (a, b) in enumerate(sound_times(cut))
            ]
        else:  # the samples kept as they are, so cut to the sample
            statements = [
                f"[0:a:0]atrim=start_sample={a}:end_sample={b},asetpts=PTS-STARTPTS[a{i}]"
                for i, (a, b) in enumerate(_sample_ranges(cut, kept.rate))
            ]
        labels = "".join(f"[a{i}]" for i in range(len(statements)))
        joined = f"{labels}concat=n={len(statements)}:v=0:a=1"
        if sound.graph:
            statements.append(f"{joined}[{KEPT_SOUND}]")
        else:
            statements.append(joined + "".join("," + f for f in sound.filters) + "[sound]")
    out = "sound"
    if sound.graph:
        statements.append(sound.graph)
        out = sound.label
    inputs = [*safe_input, "-i", input_token("main")]
    for name, options in sound.inputs:
        inputs += [*options, *safe_input, "-i", input_token(name)]
    codec, part = ("pcm_s24le", _AUDIO_PART) if kept is None else (kept.codec, kept.file)
    args = (
        *inputs, "-filter_complex", ";".join(statements),
        "-map", f"[{out}]", "-c:a", codec, part_token(part),
    )  # fmt: skip
    return args


def _sample_ranges(cut: CutPlan, rate: int) -> list[tuple[int, int]]:
    """The kept frames as samples of the sound read alone [first, end), counted from the
    frame numbers at the exact rate: a Matroska source's times, rounded to the millisecond,
    miss by up to 24 samples at 48 kHz."""
    idx = cut.index
    zero = idx.times[0] - idx.audio_start  # the first frame on the sound's own timeline
    return [
        (max(round((zero + a / idx.fps) * rate), 0), max(round((zero + b / idx.fps) * rate), 0))
        for a, b in cut.frames
    ]


def sound_times(cut: CutPlan) -> list[tuple[float, float]]:
    """`CutPlan.kept_times` as times of the sound read alone: ffmpeg counts those from the
    sound's own start, which in a transport stream may come after the picture's."""
    late = cut.index.audio_start
    return [(max(a - late, 0.0), max(b - late, 0.0)) for a, b in cut.kept_times()]


#: The source containers whose sound packets have exact times: a sample-counting time base and
#: an edit list that hides the encoder's priming (Matroska rounds times to the millisecond,
#: an MPEG-TS has no record of the priming).
_EXACT_SOUND_TIMES = frozenset({"mov,mp4,m4a,3gp,3g2,mj2"})
#: Sound codecs whose packets are copied when the kept range starts where the sound starts,
#: by the output containers that hold them. Each of their packets is decoded with the one
#: before it (an MDCT overlaps its frames; MP3 also takes bits from earlier frames), so a
#: copy starting later decodes its first packet wrongly (measured: an error as large as the
#: signal over AAC's and AC-3's first packet, MP3's wrong throughout); one from the start
#: decodes to the source's samples bit for bit. MPEG-TS is left out: it has no edit list,
#: so the priming would play.
_FROM_START = {
    "aac": frozenset({"mp4", "mov", "mkv"}),
    "mp3": frozenset({"mp4", "mov", "mkv"}),
    "ac3": frozenset({"mp4", "mov", "mkv"}),
}
#: Lossless sound codecs whose samples are written back as they are, by the output containers
#: that hold them: decoding and encoding them again gives the same samples at any cut point.
_LOSSLESS = {
    **{
        pcm: frozenset({"mov", "mkv"})
        for pcm in ("pcm_s16le", "pcm_s24le", "pcm_s32le", "pcm_s16be", "pcm_s24be", "pcm_s32be")
    },
    "flac": frozenset({"mp4", "mkv"}),
}


def sound_copy(
    cut: CutPlan, sound: SoundIndex, *, container: str, source_container: str
) -> SoundCopy | str:
    """How the cut's sound can be kept untouched, or why it is re-encoded (in words).

    PCM and 16-bit FLAC keep their samples at any cut point ("samples"). AAC, MP3 and AC-3
    from an MP4/MOV keep their packets ("packets") when one range is kept and it starts where
    the picture and sound start, within half a sample: only there does the first packet
    decode as in the source. Its end falls on the packet boundary nearest the picture's end,
    at most half a packet away (10.7 ms for AAC at 48 kHz), as a re-encoded AAC sound also
    ends on a whole packet; a range that reaches the sound's end keeps all of it."""
    codec = sound.codec
    holds = _LOSSLESS.get(codec) or _FROM_START.get(codec)
    if holds is None:
        return f"{codec} sound is not copied"
    if container not in holds:
        return f"{codec} sound is not copied into a .{container} file"
    if codec in _LOSSLESS:
        if codec == "flac" and sound.sample_format != "s16":
            return "only 16-bit FLAC is written back unchanged"
        if not sound.continuous or not sound.rate:
            # Its cut points are counted in samples from the first: a gap would shift them.
            return "the sound has gaps between its packets"
        return SoundCopy("samples", codec, rate=sound.rate)
    if source_container not in _EXACT_SOUND_TIMES:
        return f"{codec} packets are copied from MP4 and MOV files only, whose times are exact"
    times = cut.kept_times()
    half_sample = 0.5 / sound.rate if sound.rate else 0.0
    if len(times) > 1 or times[0][0] > half_sample or cut.index.audio_start > half_sample:
        return (
            f"a copy of {codec} packets that does not start where the sound starts would "
            "decode its first packet wrongly"
        )
    end = times[0][1]
    if end >= sound.ends[-1]:
        count = sound.packets
    else:
        count = 1 + min(range(sound.packets), key=lambda i: abs(sound.ends[i] - end))
    return SoundCopy("packets", codec, count, overhang=sound.ends[count - 1] - end)


def with_sound_kept(cut: CutPlan, *, container: str, source_container: str) -> tuple[CutPlan, str]:
    """`cut` with its sound kept untouched where `sound_copy` finds that exact (the plan's
    steps leave the sound as it is), and a line for the stage's log saying how its sound is
    made ("" when it has none)."""
    if not cut.has_sound or not cut.index.audio:
        return cut, ""
    if cut.sound != Sound():
        return cut, "the sound re-encoded: the plan's steps change it"
    try:
        index = index_sound(cut.index.path)
    except (av.FFmpegError, OSError) as exc:
        return cut, f"the sound re-encoded: its packets cannot be read ({exc})"
    if index is None or not index.packets:
        return cut, "the sound re-encoded: its packets cannot be read"
    kept = sound_copy(cut, index, container=container, source_container=source_container)
    if isinstance(kept, str):
        return cut, f"the sound re-encoded: {kept}"
    said = f"the sound untouched: {kept.describe()}"
    if kept.kind == "packets":
        said += f", ending {kept.overhang * 1000:+.1f} ms from the picture's end"
    return replace(cut, sound_kept=kept, sound_index=index), said


def concat_list(cut: CutPlan) -> str:
    """The concat demuxer's list: every part with its exact duration (frames / rate)."""
    return ffconcat((part.name(n), cut.part_seconds(part)) for n, part in enumerate(cut.parts, 1))


def ffconcat(parts: Iterable[tuple[str, float | Fraction]]) -> str:
    """A concat demuxer list of files, each with its exact duration."""
    lines = ["ffconcat version 1.0"]
    for name, length in parts:
        lines += [f"file {name}", f"duration {seconds(length)}"]
    return "\n".join(lines) + "\n"


def windows(cut: CutPlan) -> list[tuple[int, int]]:
    """The stretches of the output [first, end) frame that must be decoded to prove it: every
    re-encoded part, and the first and last GOP of every copied part (where it meets the
    parts around it). Each starts on an IDR frame. The GOPs between are the source's packets,
    bit for bit (`check_cut` compares their checksums), so decoding them proves nothing new."""
    idr = cut.index.idr
    spans: list[tuple[int, int]] = []
    at = 0
    for part in cut.parts:
        end = part.first + part.count
        if part.kind == "encode":
            spans.append((at, at + part.count))
        else:
            inside = [k for k in idr if part.first <= k < end]
            first_gop_end = inside[1] if len(inside) > 1 else end
            last_gop = inside[-1]
            spans.append((at, at + first_gop_end - part.first))
            spans.append((at + last_gop - part.first, at + part.count))
        at += part.count
    return merged_spans(spans)


def merged_spans(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Frame spans [first, end) in order, those that overlap or touch made one."""
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def decode_checks(cut: CutPlan, container: str = "mp4") -> list[Command]:
    """ffmpeg runs that decode each of `windows` (and the whole sound) at -v error: any line
    they print is a failure, since ffmpeg exits 0 on a stream with broken references."""
    return decoding(windows(cut), cut.index.fps, sound=cut.has_sound, container=container)


def decoding(
    spans: Sequence[tuple[int, int]], fps: Fraction, *, sound: bool, container: str = "mp4"
) -> list[Command]:
    """The decode-check runs of a joined result: each frame span, then the whole sound.

    A transport stream has no index: a seek in it lands on whatever frame is near the time,
    not on the keyframe before it, and decoding from there reports missing references that
    are not in the file. Its picture is decoded whole instead (the spans end with its last
    frame)."""
    runs = []
    whole = container in UNINDEXED
    if whole and spans:
        spans = [(0, spans[-1][1])]
    for a, b in spans:
        args = (
            "-v", "error", "-ss", seconds(a / fps), "-i", OUTPUT, "-map", "0:v:0",
            "-frames:v", str(b - a), "-f", "framecrc", "-",
        )  # fmt: skip
        what = f"decode frames {a}-{b - 1} of the result"
        if whole:
            what += " (all of them: a transport stream has no index to seek by)"
        runs.append(Command(what, args))
    if sound:
        runs.append(
            Command(
                "decode the sound of the result",
                ("-v", "error", "-i", OUTPUT, "-map", "0:a:0", "-f", "null", "-"),
            )
        )
    return runs


def check_cut(path: Path, cut: CutPlan, *, ffmpeg: str | None = None) -> list[str]:
    """What is wrong with a cut's output (empty when nothing is): decode errors where parts
    meet, copied pictures that are not the source's bit for bit, the wrong number of frames,
    picture or sound of the wrong length."""
    problems: list[str] = []
    if ffmpeg is not None:
        problems = failed_checks(path, decode_checks(cut, path.suffix[1:].lower()), ffmpeg)
    try:
        got = read_back(path, cut.index.codec)
    except (av.FFmpegError, IndexError) as exc:
        return [*problems, f"it cannot be read back: {exc}"]
    if got.has_audio and not cut.has_sound:
        problems.append("it has sound, which was to be left out")
    want = cut.total_frames
    if got.frames != want:
        problems.append(f"it has {got.frames} frames, not the {want} kept")
    elif cut.index.packets:
        changed = changed_copies(cut, got.sums)
        if changed:
            problems.append(f"copied pictures differ from the source's: {changed}")
    problems += _sound_kept_problems(cut, got)
    return problems + got.length_problems(cut.duration, cut.index.frame_seconds, cut.has_sound)


def _sound_kept_problems(cut: CutPlan, got: ReadBack) -> list[str]:
    """What is wrong with a sound kept untouched: another codec, or copied packets that are
    not the source's first ones bit for bit."""
    kept = cut.sound_kept
    if kept is None or not cut.has_sound:
        return []
    if got.a_codec != kept.codec:
        return [f"its sound is {got.a_codec or 'missing'}, not the source's {kept.codec}"]
    source = cut.sound_index
    copied = source.sums[: kept.packets] if source is not None else got.a_sums
    if kept.kind == "packets" and got.a_sums != copied:
        return [f"its sound packets are not the source's first {kept.packets}"]
    return []


def failed_checks(path: Path, runs: Sequence[Command], ffmpeg: str) -> list[str]:
    """The first of the decode-check `runs` that fails on `path`, in words (none: empty): a
    line printed at -v error, or the wrong number of frames."""
    for run in runs:
        args = [a if a != OUTPUT else str(path) for a in run.args]
        done = subprocess.run(
            [ffmpeg, *GLOBAL_ARGS, *args],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            errors="replace",
            check=False,
        )
        said = done.stderr.strip()
        if done.returncode or said:
            lines = " | ".join(said.splitlines()[:3]) or f"exit {done.returncode}"
            return [f"{run.what} reports: {lines}"]
        if "-frames:v" in args:
            want = int(args[args.index("-frames:v") + 1])
            got = sum(1 for line in done.stdout.splitlines() if line and line[0] != "#")
            if got != want:
                return [f"{run.what} gives {got} frames, not {want}"]
    return []


@dataclass(frozen=True)
class ReadBack:
    """What a copying stage's result holds, read by demuxing alone: each picture packet's
    slice checksum (decode order), when its picture and sound start and end, the sound's codec
    and each of its packets' checksum."""

    sums: tuple[int, ...]
    v_first: float
    v_last: float
    has_audio: bool
    a_first: float | None
    a_end: float | None
    a_packet: float
    a_codec: str = ""
    a_sums: tuple[int, ...] = ()

    @property
    def frames(self) -> int:
        return len(self.sums)

    def length_problems(self, duration: float, step: float, sound: bool) -> list[str]:
        """Picture not `duration` s long (within half a frame of `step` s), or sound (when
        there is to be `sound`) not as long as the picture, within one packet or frame."""
        problems: list[str] = []
        picture = (self.v_last - self.v_first) + step if self.frames else 0.0
        if abs(picture - duration) > step / 2:
            problems.append(f"the picture lasts {picture:.3f} s, not {duration:.3f} s")
        if sound:
            if self.a_end is None or self.a_first is None:
                problems.append("it has no sound")
            else:
                # From the first picture on: MPEG-TS keeps the encoder's priming samples before
                # it (MP4 cuts them with an edit list).
                length = self.a_end - max(self.a_first, self.v_first)
                if abs(length - picture) > max(self.a_packet, step) + 1e-3:
                    problems.append(
                        f"the sound lasts {length:.3f} s and the picture {picture:.3f} s"
                    )
        return problems


def read_back(path: Path, codec: str) -> ReadBack:
    """Demux `path` (no decoding): see `ReadBack`. PyAV's errors pass through."""
    with av.open(str(path)) as container:
        video = container.streams.video[0]
        audio = container.streams.audio[0] if container.streams.audio else None
        nal_size = length_size(video.codec_context.extradata, codec)
        sums: list[int] = []
        a_sums: list[int] = []
        v_first: float | None = None
        v_last = 0.0
        a_end = a_first = None
        a_packet = 0.0
        for packet in container.demux(*([video] + ([audio] if audio else []))):
            if packet.pts is None or packet.size == 0 or packet.time_base is None:
                continue
            t = float(packet.pts * packet.time_base)
            if packet.stream.type == "video":
                sums.append(picture_checksum(bytes(packet), nal_size, codec))
                v_first = t if v_first is None else min(v_first, t)
                v_last = max(v_last, t)
            else:
                length = float((packet.duration or 0) * packet.time_base)
                a_first = t if a_first is None else min(a_first, t)
                a_end = max(a_end or 0.0, t + length)
                a_packet = max(a_packet, length)
                a_sums.append(zlib.crc32(bytes(packet)))
        a_codec = str(audio.codec_context.codec.canonical_name) if audio else ""
    return ReadBack(
        tuple(sums), v_first or 0.0, v_last, audio is not None, a_first, a_end, a_packet,
        a_codec, tuple(a_sums),
    )  # fmt: skip


def changed_copies(cut: CutPlan, sums: Sequence[int]) -> str:
    """The copied parts whose packets (in decode order) are not the source's, in words."""
    idx = cut.index
    order = [pts for pts, _ in idx.packets]
    ranked = sorted(order)
    position = {pts: n for n, pts in enumerate(order)}
    bad: list[str] = []
    at = 0
    for part in cut.parts:
        if part.kind == "copy":
            begin = position[ranked[part.first]]
            source = [crc for _, crc in idx.packets[begin : begin + part.count]]
            if list(sums[at : at + part.count]) != source:
                bad.append(f"frames {part.first}-{part.first + part.count - 1}")
        at += part.count
    return ", ".join(bad)
