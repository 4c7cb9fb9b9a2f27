"""Operations that change the timeline: keep a range, cut a range out, speed, reverse."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field, model_validator

from promptcut.errors import InvalidRequest
from promptcut.operations.base import Clip, Graph, Operation, fmt_seconds, num
from promptcut.operations.grammar import parse_factor, parse_number, parse_time, parse_times, rule

__all__ = ["Cut", "Reverse", "Speed", "Trim"]

# Small slack for "the last 5 seconds" of a clip whose container says 19.999 s.
_SLACK = 0.05

_REMOVE = (
    r"(?:(?:trim|cut|remove|delete|drop|chop|skip|lose|get rid of|shave|strip|throw away|snip)"
    r"(?: off| out| away)?|take (?:off|out|away))"
)
_KEEP = (
    r"(?:(?:only |just )?(?:keep|use|take|extract|save|preserve|leave|give me)(?: only| just)?|"
    r"i (?:only |just )?want|i need|show)"
)
_SHORTEN = r"(?:trim|cut|clip|shorten|chop|cut down|reduce|limit)"
_PART = r"(?:(?:the )?(?:part|section|bit|segment|portion|piece|stretch|footage|video|clip) )?"
_RANGE = (
    r"(?:from |between )?{time:a} ?(?:to|-|–|—|until|till|til|and|through|thru) ?{time:b}"
    r"(?: ?(?:mark|seconds?))?"
)
_START = r"(?:start|beginning|front|head|intro|opening)"
_END = r"(?:end|ending|finish|tail|outro|close)"
_OF_IT = r"(?: (?:of|from|in|off) {it})?"


def _end_of(clip: Clip, t: float | None) -> float:
    """A time on the clip's timeline: None is the end, a negative value counts back from it."""
    if t is None:
        return clip.duration
    return clip.duration + t if t < 0 else t


def _require_timeline(clip: Clip, what: str) -> None:
    if clip.is_image:
        raise InvalidRequest(f"the input is a still image, so it has no timeline to {what}")


class Trim(Operation):
    """Keep one part of the video: trim the start, the end, or keep a range."""

    name: ClassVar[str] = "trim"
    examples: ClassVar[tuple[str, ...]] = (
        "trim off the first 3 seconds",
        "remove the last 4 seconds",
        "keep just the first 10 seconds",
        "only keep 00:02 to 00:07",
        "start at 0:05",
    )

    start: float = Field(
        0.0, description="Seconds to start at; a negative value counts back from the end."
    )
    end: float | None = Field(
        None, description="Seconds to stop at (None: the end); negative counts back from the end."
    )

    def span(self, clip: Clip) -> tuple[float, float]:
        return _end_of(clip, self.start), _end_of(clip, self.end)

    def check(self, clip: Clip) -> None:
        _require_timeline(clip, "trim")
        a, b = self.span(clip)
        length = fmt_seconds(clip.duration)
        if a < 0:
            raise InvalidRequest(
                f"the video is only {length} long, so there are not {-self.start:g} seconds "
                "to keep at its end"
            )
        if a >= clip.duration - _SLACK:
            raise InvalidRequest(
                f"the video is {length} long and this starts at {fmt_seconds(a)}, after its end"
            )
        if b > clip.duration + _SLACK:
            raise InvalidRequest(
                f"the video is {length} long and this runs to {fmt_seconds(b)}, past its end"
            )
        if b - a <= _SLACK:
            raise InvalidRequest(
                f"this would leave nothing of the video (it is {length} long)"
                if b > 0
                else f"the video is only {length} long, so removing that leaves nothing"
            )

    def render(self, graph: Graph) -> None:
        clip = graph.clip
        a, b = self.span(clip)
        b = min(b, clip.duration)
        end = None if b >= clip.duration else b
        if not graph.seek(a, end):
            graph.vf(f"trim=start={num(a)}:end={num(b)}", "setpts=PTS-STARTPTS")
            graph.af(f"atrim=start={num(a)}:end={num(b)}", "asetpts=PTS-STARTPTS")
        graph.clip = clip.evolve(duration=b - a)

    grammar = (
        rule(
            rf"{_REMOVE} (?:the )?first {{time:d}}{_OF_IT}(?: off)?",
            lambda g: Trim(start=parse_time(g["d"])),
        ),
        rule(
            rf"{_REMOVE} {{time:d}} (?:off |from |of )?(?:the )?{_START}{_OF_IT}",
            lambda g: Trim(start=parse_time(g["d"])),
        ),
        rule(
            rf"{_REMOVE} (?:the )?last {{time:d}}{_OF_IT}(?: off)?",
            lambda g: Trim(end=-parse_time(g["d"])),
        ),
        rule(
            rf"{_REMOVE} {{time:d}} (?:off |from |of )?(?:the )?{_END}{_OF_IT}",
            lambda g: Trim(end=-parse_time(g["d"])),
        ),
        rule(
            rf"(?:{_KEEP}|{_SHORTEN}(?: {{it}})?(?: down)? to) (?:only |just )?(?:the )?first {{time:d}}{_OF_IT}",
            lambda g: Trim(end=parse_time(g["d"])),
        ),
        rule(
            rf"(?:{_KEEP}|{_SHORTEN}(?: {{it}})?(?: down)? to) (?:only |just )?(?:the )?last {{time:d}}{_OF_IT}",
            lambda g: Trim(start=-parse_time(g["d"])),
        ),
        # A bare "cut 8s to 12s" removes that range (Cut); only "cut it (down) to ..." keeps it.
        rule(
            rf"(?:{_KEEP}|(?:trim|clip|crop|shorten|reduce|limit)(?: {{it}})?(?: down)?(?: to)?|(?:cut|chop)(?: {{it}})?(?: down)? to) (?:only |just )?{_PART}{_RANGE}",
            lambda g: Trim(**dict(zip(("start", "end"), parse_times(g["a"], g["b"]), strict=True))),
        ),
        rule(
            rf"(?:{_SHORTEN} {{it}}(?: down)? to|make {{it}}|i want {{it}}(?: to be)?) (?:only |just )?{{time:d}} long",
            lambda g: Trim(end=parse_time(g["d"])),
        ),
        rule(rf"{_SHORTEN} {{it}}(?: down)? to {{time:d}}", lambda g: Trim(end=parse_time(g["d"]))),
        rule(
            r"(?:start|begin)(?: {it})?(?: the video| playing)? (?:at|from) {time:d}",
            lambda g: Trim(start=parse_time(g["d"])),
        ),
        rule(
            r"(?:end|stop|finish|cut off)(?: {it})?(?: the video| playing)? (?:at|after) {time:d}",
            lambda g: Trim(end=parse_time(g["d"])),
        ),
        rule(
            rf"{_REMOVE} (?:everything|anything|all) (?:before|until|till|up to) {{time:d}}",
            lambda g: Trim(start=parse_time(g["d"])),
        ),
        rule(
            rf"{_REMOVE} (?:everything|anything|all) (?:after|past|from) {{time:d}}(?: on(?:wards?)?)?",
            lambda g: Trim(end=parse_time(g["d"])),
        ),
        rule(
            rf"(?:{_KEEP}) (?:everything |all )?(?:from|after|starting at) {{time:d}}(?: on(?:wards?)?| to the end)?",
            lambda g: Trim(start=parse_time(g["d"])),
        ),
        rule(
            rf"(?:{_KEEP}) (?:everything |all )?(?:before|until|up to|till) {{time:d}}",
            lambda g: Trim(end=parse_time(g["d"])),
        ),
    )


class Cut(Operation):
    """Cut a range out of the middle of the video and join what is left."""

    name: ClassVar[str] = "cut"
    examples: ClassVar[tuple[str, ...]] = (
        "cut out 8s to 12s",
        "remove the part between 0:10 and 0:15",
        "delete 1:00-1:20",
    )

    start: float = Field(description="Seconds where the part to remove begins.")
    end: float = Field(description="Seconds where the part to remove ends.")

    @model_validator(mode="after")
    def _ordered(self) -> Cut:
        if self.end <= self.start:
            raise ValueError(f"the range {self.start:g}-{self.end:g} s ends before it starts")
        return self

    def check(self, clip: Clip) -> None:
        _require_timeline(clip, "cut")
        length = fmt_seconds(clip.duration)
        if self.start >= clip.duration - _SLACK:
            raise InvalidRequest(
                f"the video is {length} long and this starts at "
                f"{fmt_seconds(self.start)}, after its end"
            )
        if self.end > clip.duration + _SLACK:
            raise InvalidRequest(
                f"the video is {length} long and this runs to {fmt_seconds(self.end)}, past its end"
            )
        if self.start <= _SLACK and self.end >= clip.duration - _SLACK:
            raise InvalidRequest(f"this would cut out the whole video (it is {length} long)")

    def render(self, graph: Graph) -> None:
        clip = graph.clip
        a, b = self.start, min(self.end, clip.duration)
        if a <= _SLACK:
            Trim(start=b).render(graph)
        elif b >= clip.duration - _SLACK:
            Trim(end=a).render(graph)
        else:
            graph.segments([(0.0, a), (b, clip.duration)])
            graph.clip = clip.evolve(duration=clip.duration - (b - a))

    grammar = (
        rule(
            r"(?:cut|remove|delete|drop|take|get rid of|skip|chop|snip|lose|throw away|exclude)"
            rf"(?: out)? (?:the )?(?:middle |mid )?{_PART}(?:of {{it}} )?(?:seconds? )?{_RANGE}(?: out)?",
            lambda g: Cut(**dict(zip(("start", "end"), parse_times(g["a"], g["b"]), strict=True))),
        ),
    )


def _atempo(factor: float) -> list[str]:
    """atempo filters whose product is `factor`, each within 0.5..2 where it sounds cleanest."""
    steps: list[str] = []
    while factor > 2.0:
        steps.append("atempo=2")
        factor /= 2.0
    while factor < 0.5:
        steps.append("atempo=0.5")
        factor /= 0.5
    if abs(factor - 1.0) > 1e-9 or not steps:
        steps.append(f"atempo={num(factor)}")
    return steps


_FASTER = r"(?:faster|quicker|as fast|speed|the speed|speedup|speed up)"
_SPEED_VERB = r"(?:speed(?: {it})? up|accelerate|fast ?forward|quicken)"


def _speed(factor: float) -> Speed:
    return Speed(factor=factor)


class Speed(Operation):
    """Play faster or slower; the sound keeps its pitch."""

    name: ClassVar[str] = "speed"
    examples: ClassVar[tuple[str, ...]] = (
        "speed it up 2x",
        "make it twice as fast",
        "half speed",
        "slow it down by 4x",
        "play at 1.5x speed",
    )

    factor: float = Field(gt=0, description="How many times faster: 2 is double speed, 0.5 half.")

    def check(self, clip: Clip) -> None:
        _require_timeline(clip, "speed up or slow down")
        if not 0.05 <= self.factor <= 100:
            raise InvalidRequest(
                f"a speed of {self.factor:g}x is out of range; promptcut plays between 0.05x and 100x"
            )
        super().check(clip)

    def render(self, graph: Graph) -> None:
        f = self.factor
        graph.vf(f"setpts=PTS/{num(f)}")
        if f > 1:
            # Keep the source frame rate instead of f times as many frames to encode.
            graph.vf("fps=source_fps")
        graph.af(*_atempo(f))
        graph.clip = graph.clip.evolve(duration=graph.clip.duration / f)

    def describe(self) -> str:
        return f"speed ×{self.factor:g}"

    grammar = (
        rule(
            rf"{_SPEED_VERB}(?: {{it}})?(?: by)?(?: a factor of)?(?: {{factor:f}}| {{num:n}})?",
            lambda g: _speed(parse_factor(g.get("f") or g.get("n") or "2")),
        ),
        rule(
            rf"{_SPEED_VERB}(?: {{it}})? by {{pct:p}}",
            lambda g: _speed(1 + parse_number(g["p"]) / 100),
        ),
        rule(
            r"(?:(?:make|set|play|have|render)(?: {it})?(?: play| go| run)? )?(?:at |to )?(?:a speed of )?{factor:f}"
            r"(?: (?:speed|faster|as fast|the speed|playback|speed playback|quicker|fast))?",
            lambda g: _speed(parse_factor(g["f"])),
        ),
        rule(
            r"(?:(?:make|set|play|change)(?: {it})?(?: play)? )?(?:at |to )?(?:the )?(?:speed|playback speed|playback rate)(?: to)? {num:n}x?",
            lambda g: _speed(parse_number(g["n"])),
        ),
        rule(
            r"(?:make|play|have)(?: {it})?(?: play)? (?:at )?{num:n} (?:speed|times (?:faster|as fast|speed))",
            lambda g: _speed(parse_number(g["n"])),
        ),
        rule(
            r"(?:(?:make|play|have)(?: {it})?(?: play| go| run)? )?(?:at )?(?:twice|2 times) (?:as fast|faster|the speed|speed)",
            lambda g: _speed(2),
        ),
        rule(
            rf"(?:(?:make|play|set)(?: {{it}})?(?: play)? )?(?:at )?(?:double|twice)(?: the)? {_FASTER}|double speed {{it}}",
            lambda g: _speed(2),
        ),
        rule(
            rf"(?:(?:make|play|set)(?: {{it}})?(?: play)? )?(?:at )?triple(?: the)? {_FASTER}",
            lambda g: _speed(3),
        ),
        rule(
            r"(?:(?:make|play|set|slow)(?: {it})?(?: play| down)? )?(?:at |to )?half(?: the)? (?:speed|as fast|rate)",
            lambda g: _speed(0.5),
        ),
        rule(
            r"(?:(?:make|play|set|slow)(?: {it})?(?: play| down)? )?(?:at |to )?(?:a )?quarter(?: the)? (?:speed|as fast|rate)",
            lambda g: _speed(0.25),
        ),
        rule(
            r"(?:make|play|have)(?: {it})?(?: play| go| run)? (?:(?P<much>much|a lot|way) |(?P<bit>a (?:bit|little)|slightly|somewhat) )?faster",
            lambda g: _speed(2 if g.get("much") else 1.25 if g.get("bit") else 1.5),
        ),
        rule(r"{pct:p} (?:faster|quicker)", lambda g: _speed(1 + parse_number(g["p"]) / 100)),
        rule(r"{pct:p} slower", lambda g: _speed(max(0.05, 1 - parse_number(g["p"]) / 100))),
        rule(
            r"(?:make {it} )?(?:play )?(?:{factor:f}|{num:n} times) (?:slower|as slow)",
            lambda g: _speed(1 / parse_factor(g.get("f") or g.get("n") or "2")),
        ),
        rule(
            r"(?:slow(?: {it})? down|decelerate)(?: {it})?(?: by)?(?: a factor of)?(?: {factor:f}| {num:n})?",
            lambda g: _speed(1 / parse_factor(g.get("f") or g.get("n") or "2")),
        ),
        rule(
            r"(?:slow(?: {it})? down|decelerate)(?: {it})? by {pct:p}",
            lambda g: _speed(max(0.05, 1 - parse_number(g["p"]) / 100)),
        ),
        rule(
            r"(?:(?:make|put|turn|play|render)(?: {it})?(?: in| into)? )?(?:in |into )?(?:a )?(?:slow[- ]?mo(?:tion)?|slomo)(?: effect)?",
            lambda g: _speed(0.5),
        ),
        rule(
            r"(?:make|play|have)(?: {it})?(?: play| go| run)? (?:(?P<much>much|a lot|way) |(?P<bit>a (?:bit|little)|slightly|somewhat) )?slower",
            lambda g: _speed(0.5 if g.get("much") else 0.8 if g.get("bit") else 0.75),
        ),
    )


class Reverse(Operation):
    """Play the video (and its sound) backwards."""

    name: ClassVar[str] = "reverse"
    examples: ClassVar[tuple[str, ...]] = ("reverse the clip", "play it backwards")

    #: Reversing holds every decoded frame in memory; refuse what would not fit comfortably.
    max_frame_bytes: ClassVar[int] = 6 * 1024**3

    def check(self, clip: Clip) -> None:
        _require_timeline(clip, "reverse")
        if clip.has_video:
            frame = clip.width * clip.height * 3 // 2
            need = frame * clip.fps * clip.duration
            if need > self.max_frame_bytes:
                fit = self.max_frame_bytes / (frame * clip.fps)
                raise InvalidRequest(
                    f"reversing holds every frame in memory: {fmt_seconds(clip.duration)} of "
                    f"{clip.width}x{clip.height} needs about {need / 1024**3:.0f} GB; trim it to "
                    f"under {fit:.0f} s first"
                )

    def render(self, graph: Graph) -> None:
        graph.vf("reverse")
        graph.af("areverse")

    grammar = (
        rule(
            r"(?:reverse|rewind|invert the direction of)(?: {it})?(?: playback)?",
            lambda g: Reverse(),
        ),
        rule(
            r"(?:(?:make|have|let|play)(?: {it})?(?: play| go| run)? )?(?:in reverse|backwards?|reversed)",
            lambda g: Reverse(),
        ),
        rule(r"(?:play|run) {it} (?:in reverse|backwards?|reversed)", lambda g: Reverse()),
    )


OPERATIONS: tuple[type[Operation], ...] = (
    Trim,
    Cut,
    Speed,
    Reverse,
)
