"""Join clips without re-encoding: clips whose pictures share codec parameters are copied
packet for packet, one after another; the sound is re-encoded once.

Each clip's picture is copied whole into an MPEG-TS part with in-band parameter sets, the
parts are joined by the concat demuxer with each part's exact duration (as `smartcut` joins
its parts), and the sound of every clip, padded or cut to its picture's length (silence for a
clip without sound), is joined and encoded once. `check_join` then measures the result.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av

from promptcut.media.ffmpeg import GLOBAL_ARGS
from promptcut.media.packets import NotIndexable, VideoIndex, length_size, picture_checksum
from promptcut.operations.base import Graph
from promptcut.operations.join import Join
from promptcut.plan import Plan
from promptcut.smartcut import (
    KEPT_SOUND,
    Command,
    CutPlan,
    Sound,
    changed_copies,
    decoding,
    failed_checks,
    ffconcat,
    merged_spans,
    part_runs,
    part_token,
    read_back,
    seconds,
    sound_times,
    through_pieces,
)
from promptcut.smartcut import windows as cut_windows
from promptcut.stage import OUTPUT, input_token

__all__ = [
    "CutJoinPlan",
    "CutPiece",
    "JoinPart",
    "JoinPlan",
    "check_cut_join",
    "check_join",
    "cut_join_checks",
    "cut_join_commands",
    "cut_join_list",
    "difference",
    "join_checks",
    "join_commands",
    "join_list",
    "joined_spans",
    "plan_cut_join",
    "plan_join",
]

#: The bitstream filter that puts a codec's parameter sets in band, for MPEG-TS parts.
_ANNEXB = {"h264": "h264_mp4toannexb", "hevc": "hevc_mp4toannexb"}
_AUDIO_PART = "sound.wav"
#: The joined sound as it is: no sound steps after the join.
_NO_STEPS = Sound()
_LIST = "parts.ffconcat"

#: What two pictures must share to be joined packet for packet, and how to say it.
_PARAMETERS: tuple[tuple[str, Callable[[VideoIndex], object]], ...] = (
    ("codec", lambda i: i.codec),
    ("profile", lambda i: i.profile),
    ("size", lambda i: f"{i.width}x{i.height}"),
    ("pixel format", lambda i: i.pix_fmt),
    ("frame rate", lambda i: f"{float(i.fps):g} fps"),
    ("time base", lambda i: f"1/{i.time_base.denominator}" if i.time_base.numerator == 1
     else str(i.time_base)),
    ("sample aspect ratio", lambda i: str(i.sar or 1)),
)  # fmt: skip


def difference(a: VideoIndex, b: VideoIndex) -> str | None:
    """The first codec parameter two pictures do not share, in words; None when they share
    all of them (codec, profile, size, pixel format, frame rate, time base, pixel shape)."""
    for what, value in _PARAMETERS:
        if value(a) != value(b):
            return f"the clips differ in {what}: {value(a)} and {value(b)}"
    if a.fps != b.fps:  # the same to the millihertz in words, not exactly
        return f"the clips differ in frame rate: {a.fps} and {b.fps} fps"
    return None


@dataclass(frozen=True)
class JoinPart:
    """One clip of the join: the stage's name for it ("main" is the video) and its picture."""

    name: str
    index: VideoIndex

    @property
    def seconds(self) -> Fraction:
        return self.index.frames / self.index.fps

    def file(self, number: int) -> str:
        return f"{number:02d}-copy.ts"


@dataclass(frozen=True)
class JoinPlan:
    """Clips in the order they play, and the sound they make together (rate 0: none)."""

    parts: tuple[JoinPart, ...]
    rate: int = 0
    layout: str = "stereo"
    audio_bitrate: int | None = None

    @property
    def fps(self) -> Fraction:
        return self.parts[0].index.fps

    @property
    def total_frames(self) -> int:
        return sum(p.index.frames for p in self.parts)

    @property
    def duration(self) -> float:
        return float(sum(p.seconds for p in self.parts))

    @property
    def has_sound(self) -> bool:
        return self.rate > 0


def plan_join(
    parts: Sequence[tuple[str, VideoIndex]],
    *,
    rate: int = 0,
    layout: str = "stereo",
    audio_bitrate: int | None = None,
) -> JoinPlan:
    """The join of `parts` (stage input name, picture) in order; NotIndexable says why they
    cannot be joined by copying: a parameter they do not share, or a clip whose first frame
    is not an IDR frame a copy can start from."""
    if len(parts) < 2:
        raise NotIndexable("there is only one clip to join")
    first = parts[0][1]
    for _, index in parts[1:]:
        differs = difference(first, index)
        if differs is not None:
            raise NotIndexable(differs)
    for name, index in parts:
        clip = "the video" if name == "main" else name
        if index.idr[0] != 0:
            raise NotIndexable(f"{clip} does not start on a keyframe a copy can start from")
        if index.codec == "hevc" and index.tag == "hvc1":
            # hvc1 keeps one set of parameter sets for the whole track (ffmpeg drops those in
            # the packets); the clips' own sets must stay in band, which is hev1, and Apple's
            # players, for which hvc1 was written, refuse hev1 (see smartcut.sample_entry).
            raise NotIndexable(
                f"{clip} is HEVC stored as hvc1 for Apple's players, which would refuse the "
                "hev1 a join of the clips' own parameter sets needs"
            )
    return JoinPlan(tuple(JoinPart(n, i) for n, i in parts), rate, layout, audio_bitrate)


def join_commands(
    join: JoinPlan, *, safe_input: Sequence[str] = (), container: str = "mp4"
) -> list[Command]:
    """The stage's ffmpeg runs, in order: each clip's picture, the sound, the join."""
    runs: list[Command] = []
    for n, part in enumerate(join.parts, 1):
        bsf = _ANNEXB[part.index.codec]
        args = (
            *safe_input, "-i", input_token(part.name), "-map", "0:v:0",
            "-frames:v", str(part.index.frames), "-c:v", "copy", "-bsf:v", bsf,
            "-f", "mpegts", part_token(part.file(n)),
        )  # fmt: skip
        clip = "the video" if part.name == "main" else part.name
        runs.append(Command(f"copy the picture of {clip} ({part.index.frames} frames)", args))
    if join.has_sound:
        runs.append(
            Command("the sound of every clip, as long as its picture", _sound(join, safe_input))
        )
    inputs = ["-f", "concat", "-protocol_whitelist", "file,pipe", "-format_whitelist",
              "concat,mpegts", "-i", part_token(_LIST)]  # fmt: skip
    maps = ["-map", "0:v:0"]
    if join.has_sound:
        kbps = min(max((join.audio_bitrate or 192_000) // 1000, 128), 320)
        inputs += ["-i", part_token(_AUDIO_PART)]
        maps += ["-map", "1:a:0", "-c:a", "aac", "-b:a", f"{kbps}k"]
    muxer: list[str] = []
    if container in ("mp4", "mov"):
        tb = join.parts[0].index.time_base
        muxer = ["-video_track_timescale", str(tb.denominator), "-movflags", "+faststart"]
        if join.parts[0].index.codec == "hevc":
            muxer += ["-tag:v", "hev1"]  # each clip's parameter sets kept in band
    runs.append(
        Command(
            "join the pictures in order, each lasting exactly its frames, with the sound",
            (*inputs, *maps, "-c:v", "copy", *muxer, OUTPUT),
        )
    )
    return runs


def _sound(join: JoinPlan, safe_input: Sequence[str]) -> tuple[str, ...]:
    """Each clip's sound brought to one rate and layout and padded or cut to its picture's
    length (silence for a clip without sound), joined: sound and picture stay in step."""
    inputs: list[str] = []
    chains: list[str] = []
    r, layout = join.rate, join.layout
    for i, part in enumerate(join.parts):
        inputs += [*safe_input, "-i", input_token(part.name)]
        d = seconds(part.seconds)
        if part.index.audio:
            chains.append(
                f"[{i}:a:0]{_from_first_frame(part.index)}aresample={r},"
                f"aformat=sample_rates={r}:channel_layouts={layout},"
                f"apad=whole_dur={d},atrim=duration={d}[a{i}]"
            )
        else:
            chains.append(f"anullsrc=r={r}:cl={layout},atrim=duration={d}[a{i}]")
    labels = "".join(f"[a{i}]" for i in range(len(join.parts)))
    graph = ";".join([*chains, f"{labels}concat=n={len(join.parts)}:v=0:a=1[sound]"])
    return (
        *inputs, "-filter_complex", graph, "-map", "[sound]", "-c:a", "pcm_s24le",
        part_token(_AUDIO_PART),
    )  # fmt: skip


def _from_first_frame(index: VideoIndex) -> str:
    """Filters that start a clip's sound (read alone, so counted from its own start) where its
    first picture is shown: a transport stream's sound may start a frame or so earlier (the
    encoder's priming samples) or later."""
    lead = index.times[0] - index.audio_start
    if lead > 1e-3:
        return f"atrim=start={seconds(lead)},asetpts=PTS-STARTPTS,"
    if lead < -1e-3:
        return f"adelay={round(-lead * 1000)}:all=1,"
    return ""


def join_list(join: JoinPlan) -> str:
    """The concat demuxer's list: every clip's picture with its exact duration."""
    return ffconcat((part.file(n), part.seconds) for n, part in enumerate(join.parts, 1))


def windows(join: JoinPlan) -> list[tuple[int, int]]:
    """The stretches of the output [first, end) frame to decode to prove it: the first and
    last GOP of every clip, where it meets the clips around it. Each starts on an IDR frame;
    the GOPs between are the clips' own packets (`check_join` compares their checksums)."""
    spans: list[tuple[int, int]] = []
    at = 0
    for part in join.parts:
        idr, n = part.index.idr, part.index.frames
        spans += [(at, at + (idr[1] if len(idr) > 1 else n)), (at + idr[-1], at + n)]
        at += n
    return merged_spans(spans)


def join_checks(join: JoinPlan, container: str = "mp4") -> list[Command]:
    """ffmpeg runs that decode each of `windows` (and the whole sound) at -v error: any line
    they print is a failure."""
    return decoding(windows(join), join.fps, sound=join.has_sound, container=container)


def check_join(path: Path, join: JoinPlan, *, ffmpeg: str | None = None) -> list[str]:
    """What is wrong with a join's output (empty when nothing is): decode errors where the
    clips meet, pictures that are not the clips' own bit for bit, the wrong number of frames,
    picture or sound of the wrong length."""
    problems: list[str] = []
    if ffmpeg is not None:
        for run in join_checks(join, container=path.suffix[1:].lower()):
            args = [a if a != OUTPUT else str(path) for a in run.args]
            done = subprocess.run(
                [ffmpeg, *GLOBAL_ARGS, *args], stdin=subprocess.DEVNULL, capture_output=True,
                text=True, errors="replace", check=False,
            )  # fmt: skip
            if done.returncode or done.stderr.strip():
                said = " | ".join(done.stderr.strip().splitlines()[:3])
                problems.append(f"{run.what} reports: {said or f'exit {done.returncode}'}")
                break
    try:
        with av.open(str(path)) as container:
            video = container.streams.video[0]
            audio = container.streams.audio[0] if container.streams.audio else None
            codec = join.parts[0].index.codec
            nal_size = length_size(video.codec_context.extradata, codec)
            sums: list[int] = []
            v_times: list[float] = []
            a_first: float | None = None
            a_end = a_packet = 0.0
            for packet in container.demux(*([video] + ([audio] if audio else []))):
                if packet.pts is None or packet.size == 0 or packet.time_base is None:
                    continue
                t = float(packet.pts * packet.time_base)
                if packet.stream.type == "video":
                    sums.append(picture_checksum(bytes(packet), nal_size, codec))
                    v_times.append(t)
                else:
                    length = float((packet.duration or 0) * packet.time_base)
                    a_first = t if a_first is None else min(a_first, t)
                    a_end = max(a_end, t + length)
                    a_packet = max(a_packet, length)
    except (av.FFmpegError, IndexError) as exc:
        return [*problems, f"it cannot be read back: {exc}"]
    want = [crc for part in join.parts for _, crc in part.index.packets]
    if len(sums) != join.total_frames:
        problems.append(f"it has {len(sums)} frames, not the {join.total_frames} joined")
    elif want and sums != want:
        problems.append("its pictures are not the clips' own, packet for packet")
    step = float(1 / join.fps)
    picture = max(v_times) - min(v_times) + step if v_times else 0.0
    if abs(picture - join.duration) > step / 2:
        problems.append(f"the picture lasts {picture:.3f} s, not {join.duration:.3f} s")
    if join.has_sound:
        if a_first is None:
            problems.append("it has no sound")
        else:
            # From the first picture on: MPEG-TS keeps the encoder's priming samples before it
            # (MP4 cuts them with an edit list).
            sound = a_end - max(a_first, min(v_times, default=a_first))
            if abs(sound - picture) > max(a_packet, step) + 1e-3:
                problems.append(f"the sound lasts {sound:.3f} s and the picture {picture:.3f} s")
    return problems


# -- joins with cuts: "trim the first 2 seconds and join clip2.mp4 at the end" ----------------


def joined_spans(
    plan: Plan, graph: Graph, duration: float
) -> tuple[tuple[str, float, float], ...] | None:
    """The source ranges a plan of time steps and joins keeps, in output order, as (stage input
    name, start, end) - "main" the video, a clip by its lower-case file name - or None when a
    step does more than select time or join. `graph` holds the clips the joins name; a join
    puts whole clips around the timeline the steps before it left, and the time steps after
    it cut the joined timeline."""
    pieces: tuple[tuple[str, float, float], ...] = (("main", 0.0, duration),)
    for step in plan.steps:
        op = step.operation
        if "time" not in op.touches:
            continue  # the sound or the container: the timeline stays as it is
        if type(op) is Join:
            joined: list[tuple[str, float, float]] = []
            for p in op.order(graph):
                joined += pieces if p is None else [(p[0].lower(), 0.0, p[1].duration)]
            pieces = tuple(joined)
            continue
        picked = op.kept(sum(b - a for _, a, b in pieces))
        if picked is None:
            return None
        pieces = through_pieces(pieces, picked)
    return tuple(p for p in pieces if p[2] - p[1] > 1e-9) or None


@dataclass(frozen=True)
class CutPiece:
    """A run of kept ranges of one source, as the join plays them: its stage input and cut."""

    name: str
    cut: CutPlan


@dataclass(frozen=True)
class CutJoinPlan:
    """Cuts of several sources whose pictures share codec parameters, played one after
    another; the sound they make together (rate 0: none), what the plan's sound steps after
    the join do to it (`smartcut.Sound`), and what those before the join do to the video's
    own sound (`video_sound`: its filters, or no sound at all; applied to the video's piece)."""

    pieces: tuple[CutPiece, ...]
    rate: int = 0
    layout: str = "stereo"
    audio_bitrate: int | None = None
    sound: Sound = _NO_STEPS
    video_sound: Sound = _NO_STEPS

    @property
    def fps(self) -> Fraction:
        return self.pieces[0].cut.index.fps

    @property
    def total_frames(self) -> int:
        return sum(p.cut.total_frames for p in self.pieces)

    @property
    def copied_frames(self) -> int:
        return sum(p.cut.copied_frames for p in self.pieces)

    @property
    def share_copied(self) -> float:
        return self.copied_frames / self.total_frames if self.total_frames else 0.0

    @property
    def duration(self) -> float:
        return float(sum(p.cut.total_frames / p.cut.index.fps for p in self.pieces))

    @property
    def has_sound(self) -> bool:
        return self.rate > 0

    def numbered(self) -> list[tuple[int, CutPiece]]:
        """Each piece with the number of its first part (parts are numbered on through all)."""
        out, n = [], 1
        for piece in self.pieces:
            out.append((n, piece))
            n += len(piece.cut.parts)
        return out


def plan_cut_join(
    pieces: Sequence[tuple[str, CutPlan]],
    *,
    rate: int = 0,
    layout: str = "stereo",
    audio_bitrate: int | None = None,
    sound: Sound = _NO_STEPS,
    video_sound: Sound = _NO_STEPS,
) -> CutJoinPlan:
    """The join of the cuts `pieces` (stage input name, cut) in order, `sound` the plan's
    sound steps after the join, `video_sound` those before it (on the video's own sound:
    filters alone, or a mute); NotIndexable says why they cannot be joined by copying (see
    `plan_join`)."""
    if video_sound.graph:
        raise NotIndexable(
            "a step before the join mixes another file into the video's own sound, which a "
            "join by copying does not do"
        )
    if len(pieces) < 2:
        raise NotIndexable("there is only one clip to join")
    first = pieces[0][1].index
    for name, cut in pieces:
        differs = difference(first, cut.index)
        if differs is not None:
            raise NotIndexable(differs)
        if cut.index.codec == "hevc" and cut.index.tag == "hvc1":
            clip = "the video" if name == "main" else name
            raise NotIndexable(
                f"{clip} is HEVC stored as hvc1 for Apple's players, which would refuse the "
                "hev1 a join of the clips' own parameter sets needs"
            )
    if not sound.keep:
        rate = 0  # a mute: no sound at all
    elif sound.inputs and rate == 0:
        raise NotIndexable("no clip has sound for the sound steps to lay the other file under")
    return CutJoinPlan(
        tuple(CutPiece(n, c) for n, c in pieces), rate, layout, audio_bitrate, sound, video_sound
    )


def cut_join_commands(
    join: CutJoinPlan, *, safe_input: Sequence[str] = (), container: str = "mp4"
) -> list[Command]:
    """The stage's ffmpeg runs, in order: each piece's parts, the sound, the join."""
    runs: list[Command] = []
    for n, piece in join.numbered():
        runs += part_runs(piece.cut, piece.name, safe_input=safe_input, first=n)
    if join.has_sound:
        what = "the sound of every piece's kept ranges, as long as its picture"
        if join.video_sound.steps:
            what += "; the video's own first " + "; ".join(join.video_sound.steps)
        if join.sound.steps:
            what += ", then " + "; ".join(join.sound.steps)
        runs.append(Command(what, _cut_sound(join, safe_input)))
    runs.append(_join_run(join.has_sound, join.audio_bitrate, join.pieces[0].cut.index, container))
    return runs


def _join_run(sound: bool, bitrate: int | None, first: VideoIndex, container: str) -> Command:
    """The concat of the parts (and the sound) into the output."""
    inputs = ["-f", "concat", "-protocol_whitelist", "file,pipe", "-format_whitelist",
              "concat,mpegts", "-i", part_token(_LIST)]  # fmt: skip
    maps = ["-map", "0:v:0"]
    if sound:
        kbps = min(max((bitrate or 192_000) // 1000, 128), 320)
        inputs += ["-i", part_token(_AUDIO_PART)]
        maps += ["-map", "1:a:0", "-c:a", "aac", "-b:a", f"{kbps}k"]
    muxer: list[str] = []
    if container in ("mp4", "mov"):
        tb = first.time_base
        muxer = ["-video_track_timescale", str(tb.denominator), "-movflags", "+faststart"]
        if first.codec == "hevc":
            muxer += ["-tag:v", "hev1"]  # each clip's parameter sets kept in band
    return Command(
        "join the pictures in order, each lasting exactly its frames, with the sound",
        (*inputs, *maps, "-c:v", "copy", *muxer, OUTPUT),
    )


def _cut_sound(join: CutJoinPlan, safe_input: Sequence[str]) -> tuple[str, ...]:
    """Each piece's kept ranges at whole-frame times, joined, brought to one rate and layout
    and padded or cut to its picture's length (silence for a clip without sound); the pieces
    joined: sound and picture stay in step. Then the plan's sound steps after the join
    (`CutJoinPlan.sound`), whose graph reads the other files it mixes in as inputs 1, 2...: they
    come right after the first piece's input."""
    sound = join.sound
    inputs: list[str] = []
    index: dict[int, int] = {}
    for i, piece in enumerate(join.pieces):
        if not _sounds(join, piece):
            continue
        inputs += [*safe_input, "-i", input_token(piece.name)]
        index[i] = len(index) + (len(sound.inputs) if index else 0)
        if len(index) == 1:
            for name, options in sound.inputs:
                inputs += [*options, *safe_input, "-i", input_token(name)]
    chains: list[str] = []
    r, layout = join.rate, join.layout
    for i, piece in enumerate(join.pieces):
        cut = piece.cut
        d = seconds(cut.total_frames / cut.index.fps)
        fit = f"apad=whole_dur={d},atrim=duration={d}[p{i}]"
        if i not in index:
            chains.append(f"anullsrc=r={r}:cl={layout},atrim=duration={d}[p{i}]")
            continue
        k = index[i]
        times = sound_times(cut)
        for j, (a, b) in enumerate(times):
            chains.append(
                f"[{k}:a:0]atrim=start={seconds(a)}:end={seconds(b)},asetpts=PTS-STARTPTS[p{i}r{j}]"
            )
        labels = "".join(f"[p{i}r{j}]" for j in range(len(times)))
        # The steps before the join change the video's own sound, on its own timeline.
        steps = join.video_sound.filters if piece.name == "main" else ()
        chains.append(
            f"{labels}concat=n={len(times)}:v=0:a=1,"
            + "".join(f + "," for f in steps)
            + f"aresample={r},aformat=sample_rates={r}:channel_layouts={layout},{fit}"
        )
    labels = "".join(f"[p{i}]" for i in range(len(join.pieces)))
    joined = f"{labels}concat=n={len(join.pieces)}:v=0:a=1"
    out = "sound"
    if sound.graph:
        chains += [f"{joined}[{KEPT_SOUND}]", sound.graph]
        out = sound.label
    else:
        chains.append(joined + "".join("," + f for f in sound.filters) + "[sound]")
    return (
        *inputs, "-filter_complex", ";".join(chains), "-map", f"[{out}]", "-c:a", "pcm_s24le",
        part_token(_AUDIO_PART),
    )  # fmt: skip


def _sounds(join: CutJoinPlan, piece: CutPiece) -> bool:
    """Whether a piece brings its own sound: its clip has some, and no step before the join
    muted it (the video's)."""
    return piece.cut.index.audio and (piece.name != "main" or join.video_sound.keep)


def cut_join_list(join: CutJoinPlan) -> str:
    """The concat demuxer's list: every part of every piece with its exact duration."""
    return ffconcat(
        (part.name(n + k), piece.cut.part_seconds(part))
        for n, piece in join.numbered()
        for k, part in enumerate(piece.cut.parts)
    )


def cut_join_checks(join: CutJoinPlan, container: str = "mp4") -> list[Command]:
    """ffmpeg runs that decode each piece's re-encoded parts and the GOPs next to every part
    (see `smartcut.windows`), and the whole sound, at -v error."""
    spans: list[tuple[int, int]] = []
    at = 0
    for piece in join.pieces:
        spans += [(at + a, at + b) for a, b in cut_windows(piece.cut)]
        at += piece.cut.total_frames
    return decoding(merged_spans(spans), join.fps, sound=join.has_sound, container=container)


def check_cut_join(path: Path, join: CutJoinPlan, *, ffmpeg: str | None = None) -> list[str]:
    """What is wrong with a joined cut's output (empty when nothing is): decode errors, copied
    pictures that are not their source's bit for bit, the wrong number of frames, picture or
    sound of the wrong length."""
    problems: list[str] = []
    if ffmpeg is not None:
        problems = failed_checks(path, cut_join_checks(join, path.suffix[1:].lower()), ffmpeg)
    try:
        got = read_back(path, join.pieces[0].cut.index.codec)
    except (av.FFmpegError, IndexError) as exc:
        return [*problems, f"it cannot be read back: {exc}"]
    if got.frames != join.total_frames:
        problems.append(f"it has {got.frames} frames, not the {join.total_frames} kept")
    else:
        at = 0
        for piece in join.pieces:
            cut = piece.cut
            changed = changed_copies(cut, got.sums[at : at + cut.total_frames])
            if changed and cut.index.packets:
                clip = "the video" if piece.name == "main" else piece.name
                problems.append(f"copied pictures of {clip} differ from its own: {changed}")
            at += cut.total_frames
    return problems + got.length_problems(join.duration, float(1 / join.fps), join.has_sound)
