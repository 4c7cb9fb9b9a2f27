"""The operation interface, the clip state operations reason about, and the filter graph they
render into."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from promptcut.errors import InvalidRequest
from promptcut.media.info import MediaInfo
from promptcut.operations.grammar import Frame, Rule

__all__ = [
    "Analysis",
    "Clip",
    "Graph",
    "Operation",
    "Ranged",
    "escape_filter_path",
    "fmt_seconds",
    "num",
]


def num(x: float) -> str:
    """A number as ffmpeg reads it, without float noise: 2.0 -> '2', 1/3 -> '0.333333'."""
    text = f"{x:.6f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


def escape_filter_path(path: str | Path) -> str:
    """A file path as a filter option's value inside a filter graph, whatever it holds.

    ffmpeg unescapes such a value twice: the graph parser first (where `[ ] , ;` end things),
    then the filter's option parser (where `:` does). So the path is single-quoted for the
    option parser, a quote inside written `'\\''`, and every character the graph parser
    treats specially is then backslash-escaped."""
    value = "'" + str(path).replace("'", "'\\''") + "'"
    return re.sub(r"([\\'\[\],;])", r"\\\1", value)


def fmt_seconds(x: float) -> str:
    """Seconds as people read them in messages: 20.0 s, 1:30.0."""
    return f"{x:.1f} s" if x < 60 else f"{int(x // 60)}:{x % 60:04.1f}"


@dataclass(frozen=True)
class Clip:
    """What the media looks like at one point of a plan: each step sees the result of the last."""

    duration: float
    has_video: bool
    has_audio: bool
    width: int = 0
    height: int = 0
    fps: float = 0.0
    is_image: bool = False
    sample_rate: int = 0
    channels: int = 0

    @classmethod
    def of(cls, media: MediaInfo) -> Clip:
        v, a = media.video, media.audio
        return cls(
            duration=media.duration,
            has_video=v is not None,
            has_audio=a is not None,
            width=v.width if v else 0,
            height=v.height if v else 0,
            fps=v.fps if v else 0.0,
            is_image=media.is_image,
            sample_rate=a.sample_rate if a else 0,
            channels=a.channels if a else 0,
        )

    def evolve(self, **changes: object) -> Clip:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass
class Graph:
    """One stage's filter graph under construction, plus the input options that replace filters
    where that is faster (a leading trim becomes an input seek: nothing before it is decoded).

    Operations append linear filters to the video and audio chains; `segments` cuts both chains
    into ranges and joins them, keeping sound and picture in step.
    """

    clip: Clip
    input_args: list[str] = field(default_factory=list)
    statements: list[str] = field(default_factory=list)
    video: list[str] = field(default_factory=list)
    audio: list[str] = field(default_factory=list)
    v_label: str = "0:v:0"
    a_label: str = "0:a:0"
    #: encoder settings operations ask for: crf, preset, video_bitrate, audio_bitrate,
    #: gif_fps, gif_width, max_bytes (see script_gen.compile)
    encoding: dict[str, Any] = field(default_factory=dict)
    #: what the analysis pass measured for the step being rendered (see Operation.analysis)
    measured: dict[str, Any] | None = None
    touched: bool = False  # any filter or seek emitted yet
    can_seek: bool = True  # False where an input seek would lose picture (see `seek`)
    # False when the result will not hold that stream (a later mute, an audio or image file):
    # its filters are not built at all, so it is neither decoded nor processed for nothing.
    keep_video: bool = True
    keep_audio: bool = True
    #: Files the filters read that are not media, by name: their path and the text promptcut
    #: writes there before the stage runs (None: a file that exists, like the font). A user's
    #: words reach ffmpeg only this way, never inside the graph.
    files: dict[str, tuple[Path, str | None]] = field(default_factory=dict)
    #: Where the written files go (set by the compiler): beside the stage's script, so the
    #: script re-runs on its own.
    files_dir: Path = field(default_factory=Path)
    #: Where analysis passes write files besides their reports (kept with the logs).
    measure_dir: Path | None = None
    #: Other media the request may name (music, a logo, a second clip), by lower-case file
    #: name; see `asset` and `open_input`.
    assets: dict[str, MediaInfo] = field(default_factory=dict)
    #: Every file given with the request, media or not (subtitles), by lower-case name.
    asset_files: dict[str, Path] = field(default_factory=dict)
    #: Inputs after the main one, in `-i` order: the asset's name and its input options.
    extra_inputs: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    _labels: int = 0

    # -- other inputs -------------------------------------------------------------------------

    def asset(self, name: str) -> MediaInfo:
        """The probed asset the request calls `name` (any case); InvalidRequest names the
        files that were given when it is not one of them."""
        self.asset_file(name)
        info = self.assets.get(name.lower())
        if info is None:
            raise InvalidRequest(f"{name} is not a video, audio or image file")
        return info

    def asset_file(self, name: str) -> Path:
        """The path of the file the request calls `name` (any case), media or not."""
        path = self.asset_files.get(name.lower())
        if path is None:
            given = ", ".join(sorted(self.asset_files)) or "none"
            raise InvalidRequest(
                f"the request names {name}, but no such file was given (given: {given}); "
                f"add it with --asset {name}"
            )
        return path

    def open_input(self, name: str, *options: str) -> int:
        """Read asset `name` as one more input of the stage, with input options such as
        `-stream_loop -1`; returns its ffmpeg input index (`[1:v:0]`)."""
        self.asset(name)
        self.extra_inputs.append((name.lower(), options))
        self.touched = True
        return len(self.extra_inputs)

    # -- building a graph by hand, for operations that combine streams --------------------------

    def new_label(self, kind: str) -> str:
        """A fresh pad label for a "v" or "a" stream."""
        return self._label(kind)

    def take_video(self) -> str:
        """The label of the picture so far (its pending filters closed); build on it and hand
        the result back with `give_video`."""
        self.touched = True
        return self._flush("v")

    def take_audio(self) -> str:
        """The label of the sound so far; hand the result back with `give_audio`."""
        self.touched = True
        return self._flush("a")

    def give_video(self, label: str) -> None:
        self.v_label = label

    def give_audio(self, label: str) -> None:
        self.a_label = label

    def add(self, statement: str) -> None:
        """One filter graph statement: `[in]filter,filter[out]`."""
        self.statements.append(statement)
        self.touched = True

    def read_file(self, name: str, path: Path) -> Path:
        """Let the stage read an existing file that is not media (a font); returns its path."""
        self.files[name] = (path, None)
        return path

    def write_file(self, stem: str, text: str) -> Path:
        """A new file holding `text`, written (UTF-8) before the stage runs; returns its path."""
        n = 1 + sum(name.startswith(f"{stem}-") for name in self.files)
        path = self.files_dir / f"{stem}-{n}.txt"
        self.files[f"{stem}-{n}"] = (path, text)
        return path

    def vf(self, *filters: str) -> None:
        if self.clip.has_video and self.keep_video:
            self.video.extend(filters)
            self.touched = True

    def af(self, *filters: str) -> None:
        if self.clip.has_audio and self.keep_audio:
            self.audio.extend(filters)
            self.touched = True

    def _label(self, prefix: str) -> str:
        self._labels += 1
        return f"{prefix}{self._labels}"

    def _flush(self, kind: str) -> str:
        """Close the pending linear chain of one stream into a statement; return its label."""
        chain, label = (self.video, self.v_label) if kind == "v" else (self.audio, self.a_label)
        if not chain:
            return label
        out = self._label(kind)
        self.statements.append(f"[{label}]{','.join(chain)}[{out}]")
        chain.clear()
        if kind == "v":
            self.v_label = out
        else:
            self.a_label = out
        return out

    def seek(self, start: float, end: float | None) -> bool:
        """Trim by seeking the input, if nothing has been rendered yet and the input seeks
        cleanly; False otherwise (the caller trims with filters)."""
        if self.touched or not self.can_seek:
            return False
        if start > 0:
            self.input_args += ["-ss", num(start)]
        if end is not None:
            self.input_args += ["-t", num(end - start)]
        self.touched = True
        return True

    def segments(
        self,
        ranges: Sequence[tuple[float, float]],
        *,
        video: Sequence[Sequence[str]] | None = None,
        audio: Sequence[Sequence[str]] | None = None,
    ) -> None:
        """Keep only these ranges of the current timeline, joined in order, in both streams.

        `video`/`audio`, one list per range, are filters for that range alone (split and join:
        "slow down the part between 10 s and 12 s")."""
        n = len(ranges)
        for kind, split, trim, setpts in (
            ("v", "split", "trim", "setpts"),
            ("a", "asplit", "atrim", "asetpts"),
        ):
            if kind == "v" and not (self.clip.has_video and self.keep_video):
                continue
            if kind == "a" and not (self.clip.has_audio and self.keep_audio):
                continue
            src = self._flush(kind)
            parts = [self._label(kind) for _ in ranges]
            self.statements.append(f"[{src}]{split}={n}" + "".join(f"[{p}]" for p in parts))
            extra = (video if kind == "v" else audio) or [()] * n
            kept = []
            for p, (a, b), more in zip(parts, ranges, extra, strict=True):
                k = self._label(kind)
                chain = [f"{trim}=start={num(a)}:end={num(b)}", f"{setpts}=PTS-STARTPTS", *more]
                self.statements.append(f"[{p}]{','.join(chain)}[{k}]")
                kept.append(f"[{k}]")
            out = self._label(kind)
            flags = "v=1:a=0" if kind == "v" else "v=0:a=1"
            self.statements.append("".join(kept) + f"concat=n={n}:{flags}[{out}]")
            if kind == "v":
                self.v_label = out
            else:
                self.a_label = out
        self.touched = True

    def drop_audio(self) -> None:
        """Leave the sound out of the result; an audio branch already built is closed off."""
        self.audio.clear()
        if self.a_label != "0:a:0":
            self.statements.append(f"[{self.a_label}]anullsink")
        self.clip = self.clip.evolve(has_audio=False, sample_rate=0, channels=0)
        self.touched = True

    def drop_video(self) -> None:
        """Leave the picture out of the result (an audio file)."""
        self.video.clear()
        if self.v_label != "0:v:0":
            self.statements.append(f"[{self.v_label}]nullsink")
        self.clip = self.clip.evolve(has_video=False, width=0, height=0, fps=0.0)
        self.touched = True

    def complex_video(self, template: str) -> None:
        """Route the video through a branching sub-graph; `template` names its input `{src}`,
        its output `{out}` and private labels `{p}name`."""
        src = self._flush("v")
        out = self._label("v")
        p = f"{out}_"
        self.statements.append(template.format(src=src, out=out, p=p))
        self.v_label = out
        self.touched = True

    def finish(self) -> tuple[str, str | None, str | None]:
        """The graph text and the labels to map for video and audio (None: stream dropped).

        A stream with no filters is mapped straight from the input, so it needs no graph."""
        v = self._flush("v") if self.clip.has_video and self.keep_video else None
        a = self._flush("a") if self.clip.has_audio and self.keep_audio else None
        return ";".join(self.statements), v, a


@dataclass(frozen=True)
class Analysis:
    """A measurement a step needs of the media as it reaches that step (its loudness, its
    silences), made by a pass of its own before the render: the filters that measure, on the
    stream they measure. The operation reads ffmpeg's report in `Operation.read_measurement`."""

    name: str
    stream: Literal["video", "audio"]
    filters: tuple[str, ...]
    #: the extension of a file the pass writes besides its report (vidstab's transforms);
    #: the filters name it "{file}", and the measurement's "file" is its path
    writes: str | None = None


class Operation(BaseModel):
    """One catalogue operation: immutable, typed parameters, a check against the clip it will
    be applied to, and its rendering into the stage's filter graph.

    The class docstring's first line and the field descriptions are what `promptcut ops` and an
    AI planner show people, so they are written for people.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: ClassVar[str]
    #: the plugin that offers it: "ffmpeg" (the catalogue) or "metadata" (analysis)
    tool: ClassVar[str] = "ffmpeg"
    examples: ClassVar[tuple[str, ...]] = ()
    grammar: ClassVar[tuple[Rule, ...]] = ()
    #: the operation by its parts, for requests no phrasing of the grammar reads (see
    #: planner.frames): what it is called and the values it takes
    frames: ClassVar[tuple[Frame, ...]] = ()
    #: streams the operation needs: "video", "audio"
    needs: ClassVar[frozenset[str]] = frozenset()
    #: the step brings sound of its own (music from another file): a mute before it does not
    #: leave the result silent
    adds_sound: ClassVar[bool] = False
    #: names of the standard or the filter the operation applies, which a request may give
    #: beside it ("normalize it to -16 LUFS (EBU R128)"): they say how, not another edit
    method_names: ClassVar[tuple[str, ...]] = ()
    #: what the step changes: "picture" (any pixel, frame or the way it is encoded), "sound",
    #: "time" (which stretches are kept, see `kept`), "container" (the kind of file). A plan
    #: none of whose steps changes the picture copies it untouched where the output holds its
    #: codec; the default assumes every change.
    touches: ClassVar[frozenset[str]] = frozenset({"picture", "sound", "time"})

    @classmethod
    def summary(cls) -> str:
        return (cls.__doc__ or cls.name).strip().splitlines()[0]

    def check(self, clip: Clip) -> None:
        """Raise InvalidRequest, with the facts, when this cannot be done to `clip`."""
        if "video" in self.needs and not clip.has_video:
            raise InvalidRequest("there is no picture to change: the input has only sound")
        if "audio" in self.needs and not clip.has_audio:
            raise InvalidRequest("there is no sound to change: the input has no audio track")

    def render(self, graph: Graph) -> None:
        """Add this step's filters to `graph` and update `graph.clip` to what comes out."""
        raise NotImplementedError

    #: the file extension this operation's result must have (Convert), or None
    def output_ext(self) -> str | None:
        return None

    #: the kind of file this operation makes ("image" for a still, "audio" for extracted
    #: sound), or None for whatever the output name says
    def output_kind(self) -> Literal["video", "audio", "image"] | None:
        return None

    def kept(self, duration: float) -> tuple[tuple[float, float], ...] | None:
        """When this step only selects time: the [start, end) spans of a `duration`-second
        timeline it keeps, in order (its picture and sound otherwise untouched). None for a
        step that does anything else; such a step is never cut by copying."""
        return None

    def analysis(self, clip: Clip) -> Analysis | None:
        """What must be measured before this step can render, or None (most operations)."""
        return None

    def read_measurement(self, report: str) -> dict[str, Any]:
        """The measurement in ffmpeg's report of this step's analysis pass."""
        raise NotImplementedError

    def assets(self) -> tuple[str, ...]:
        """The other files (by the name the request used) this step reads."""
        return ()

    def retry_too_large(
        self, measured: dict[str, Any] | None, size: int, limit: int
    ) -> dict[str, Any] | None:
        """When the output came out `size` bytes, over `limit`: the measurement to render again
        with, or None if this step has nothing to adjust."""
        return None

    def describe(self) -> str:
        """The step in a few words, for plans shown to people: 'speed ×2'."""
        args = ", ".join(f"{k}={v}" for k, v in self.model_dump(exclude_defaults=True).items())
        return f"{self.name}({args})" if args else self.name


class Ranged(Operation):
    """An operation that can be limited to part of the timeline ("make 0:05 to 0:10 black and
    white"). Filters with timeline support take `enable=`; others split and join."""

    start: float | None = Field(
        None,
        description="Only from this second on (None: from the start); negative counts from the end.",
    )
    end: float | None = Field(
        None, description="Only until this second (None: to the end); negative counts from the end."
    )

    @property
    def ranged(self) -> bool:
        return self.start is not None or self.end is not None

    def span(self, clip: Clip) -> tuple[float, float]:
        """The part of `clip` the operation applies to, in seconds."""

        def at(t: float | None, default: float) -> float:
            if t is None:
                return default
            return clip.duration + t if t < 0 else t

        return at(self.start, 0.0), at(self.end, clip.duration)

    def check(self, clip: Clip) -> None:
        super().check(clip)
        if not self.ranged:
            return
        if clip.is_image:
            raise InvalidRequest(
                "the input is a still image, so it has no time range to limit this to"
            )
        a, b = self.span(clip)
        length = fmt_seconds(clip.duration)
        if a < 0 or a >= clip.duration:
            raise InvalidRequest(
                f"the video is {length} long and this starts at {fmt_seconds(a)}, outside it"
            )
        if b > clip.duration + 0.05:
            raise InvalidRequest(
                f"the video is {length} long and this runs to {fmt_seconds(b)}, past its end"
            )
        if b <= a:
            raise InvalidRequest(f"the range {fmt_seconds(a)} to {fmt_seconds(b)} is empty")

    def enable(self, clip: Clip) -> str:
        """`:enable='between(t,a,b)'` to append to a timeline-capable filter, or ''."""
        if not self.ranged:
            return ""
        a, b = self.span(clip)
        return f":enable='between(t,{num(a)},{num(b)})'"

    def describe_range(self) -> str:
        if not self.ranged:
            return ""
        a = "start" if self.start is None else f"{self.start:g} s"
        b = "end" if self.end is None else f"{self.end:g} s"
        return f" from {a} to {b}"
