"""Operations that change the timeline: keep or cut ranges, speed, reverse, loop, frame rate,
freeze a frame."""

from __future__ import annotations

import re
from typing import ClassVar

from pydantic import Field, field_validator, model_validator

from promptcut.errors import InvalidRequest
from promptcut.operations import lexicon
from promptcut.operations.base import Clip, Graph, Operation, Ranged, fmt_seconds, num
from promptcut.operations.grammar import (
    PIECES,
    frame,
    media_duration,
    media_fps,
    parse_factor,
    parse_number,
    parse_time,
    parse_times,
    rule,
    time_unit,
)

__all__ = [
    "Cut",
    "CutRanges",
    "FrameRate",
    "Freeze",
    "KeepRanges",
    "Loop",
    "Reverse",
    "Speed",
    "Trim",
]

# Small slack for "the last 5 seconds" of a clip whose container says 19.999 s.
_SLACK = 0.05

_REMOVE = (
    r"(?:(?:trim|cut|remove|delete|drop|chop|skip|lose|get rid of|shave|strip|throw away|snip)"
    r"(?: off| out| away)?|take (?:off|out|away))"
)
_KEEP = (
    r"(?:(?:only |just )?(?:keep|use|take|extract|save|preserve|leave|give me)(?: only| just)?|"
    r"i (?:only |just )?(?:want|need)|(?:only |just )?show(?: only| just)?)"
)
#: Verbs that make it shorter, "cut down", "shorten" and "reduce" told apart ("cut down the
#: video to 90 seconds", "shorten it to 30 seconds": what stays is chosen, `_to_length`).
_SHORTEN_DOWN = r"(?:trim|cut|clip|chop|(?P<down0>cut down|shorten|reduce)|limit)"
_SHORTEN = _SHORTEN_DOWN.replace("(?P<down0>cut down|shorten|reduce)", "cut down|shorten|reduce")
_PART = r"(?:(?:the )?(?:part|section|bit|segment|portion|piece|stretch|footage|video|clip) )?"
_RANGE = (
    r"(?:from |between )?{time:a} ?(?:to|-|–|—|until|till|til|and|through|thru) ?{time:b}"
    r"(?: ?(?:mark|seconds?))?"
)
#: Aspect ratios people crop to; written alone after "cut it to" they mean the shape.
_COMMON_RATIOS = r"(?:16:9|9:16|1:1|4:5|5:4|4:3|3:4|21:9|2:3|3:2)"
_START = r"(?:start|beginning|front|head|intro|opening)"
_END = r"(?:end|ending|finish|tail|outro|close)"
_FIRST = r"(?:first|opening|initial)"
_LAST = r"(?:last|final)"
_OF_IT = r"(?: (?:of|from|in|off) {it})?"
#: Made shorter by an amount: "make it shorter by 5 s", "shorten it by 5 s", "make it 5 s shorter".
_SHORTER_BY = (
    r"(?:make {it} shorter|shorten {it}|cut {it} down|trim {it} down) by {time:d}"
    r"|make {it} {time:d2} shorter"
)
#: "the last bit after 0:15", "the part before 0:03": a part named only by where it lies
_BIT = r"the (?:(?:first|last|final|opening) )?(?:bit|part|section|stretch|rest)"


def _end_of(clip: Clip, t: float | None) -> float:
    """A time on the clip's timeline: None is the end, a negative value counts back from it."""
    if t is None:
        return clip.duration
    return clip.duration + t if t < 0 else t


def _require_timeline(clip: Clip, what: str) -> None:
    if clip.is_image:
        raise InvalidRequest(f"the input is a still image, so it has no timeline to {what}")


def _to_length(g: dict[str, str]) -> Trim | None:
    """ "cut it to 90 seconds": the first 90 kept; "cut it down to 90 seconds" and "shorten it
    to 90 seconds" are made that short by choosing what stays, which is asked (no reading)."""
    if any(g.get(k) for k in ("down0", "down", "down2", "down3")):
        return None
    return Trim(end=parse_time(g["d"]))


class Trim(Operation):
    """Keep one part of the video: trim the start, the end, or keep a range."""

    name: ClassVar[str] = "trim"
    touches: ClassVar[frozenset[str]] = frozenset({"time"})
    frames = (
        frame(
            "remove {head}",
            "cut remove delete trim drop chop snip skip lose discard exclude erase crop out off away rid",
            also="part section bit segment portion piece scene stretch beginning start video seconds",
        ),
        frame(
            "remove {tail}",
            "cut remove delete trim drop chop snip skip lose discard exclude erase crop out off away rid",
            also="part section bit segment portion piece scene stretch end ending video seconds",
        ),
        frame(
            "keep {head}",
            "keep extract take save export grab isolate retain preserve only just",
            also="part section bit segment portion piece scene stretch beginning start video seconds clip excerpt snippet",
        ),
        frame(
            "keep {tail}",
            "keep extract take save export grab isolate retain preserve only just",
            also="part section bit segment portion piece scene stretch end ending video seconds clip excerpt snippet",
        ),
        frame(
            "keep {range}",
            "keep trim crop extract take save export grab isolate retain preserve only just",
            also="part section bit segment portion piece scene stretch video seconds clip excerpt snippet",
        ),
    )
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

    def kept(self, duration: float) -> tuple[Span, ...]:
        a = self.start + duration if self.start < 0 else self.start
        b = duration if self.end is None else self.end + duration if self.end < 0 else self.end
        return ((max(a, 0.0), min(b, duration)),)

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
            rf"{_REMOVE} (?:the )?{_FIRST} {{time:d}}{_OF_IT}(?: off)?",
            lambda g: Trim(start=parse_time(g["d"])),
        ),
        rule(
            rf"{_REMOVE} {{time:d}} (?:off |from |of )?(?:the )?{_START}{_OF_IT}",
            lambda g: Trim(start=parse_time(g["d"])),
        ),
        rule(
            rf"(?:trim|cut|shorten|chop) (?:the )?{_START}{_OF_IT} (?:down )?by {{time:d}}",
            lambda g: Trim(start=parse_time(g["d"])),
        ),
        # both ends at once: "trim both ends by 2 seconds", "cut 2 s off each end", "delete
        # the first and last 3 seconds"
        rule(
            rf"(?:{_REMOVE}|shorten)(?: {{it}})? (?:(?:at |on |from |off )?(?:both|each) (?:ends?|sides)"
            rf"(?: of {{it}})? by {{time:d}}|{{time:d2}} (?:off |from |at |on )?(?:both|each|either) "
            rf"(?:ends?|sides?)(?: of {{it}})?|the {_FIRST} and (?:the )?{_LAST} {{time:d3}}{_OF_IT}"
            r"(?: off| away)?)",
            lambda g: Trim(
                start=parse_time(g.get("d") or g.get("d2") or g["d3"]),
                end=-parse_time(g.get("d") or g.get("d2") or g["d3"]),
            ),
        ),
        rule(
            rf"(?:trim|cut|shorten|chop) (?:the )?{_END}{_OF_IT} (?:down )?by {{time:d}}",
            lambda g: Trim(end=-parse_time(g["d"])),
        ),
        # Verbless, so only with "only"/"just": a bare "the last 3 seconds" borrows the verb
        # of the clause before it ("cut the first 2 seconds and the last 3 seconds").
        rule(
            rf"(?:(?:only|just) (?:the )?{_FIRST} {{time:d}}|(?:the )?{_FIRST} {{time:d2}} only)",
            lambda g: Trim(end=parse_time(g.get("d") or g["d2"])),
        ),
        rule(
            rf"(?:(?:only|just) (?:the )?{_LAST} {{time:d}}|(?:the )?{_LAST} {{time:d2}} only)",
            lambda g: Trim(start=-parse_time(g.get("d") or g["d2"])),
        ),
        rule(
            rf"{_REMOVE} (?:the )?{_LAST} {{time:d}}{_OF_IT}(?: off)?",
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
        # Shorter by an amount takes it off the end, or off the start when that is said ("make
        # it 10 seconds shorter by cutting the start", "shorten it by 5 s at the beginning").
        rule(
            rf"(?:{_SHORTER_BY})(?: (?:at|from|off) (?:the )?{_END}{_OF_IT}| by (?:cutting|trimming"
            rf"|removing|chopping|taking)(?: off| away)? (?:the )?{_END}{_OF_IT})?",
            lambda g: Trim(end=-parse_time(g.get("d") or g["d2"])),
        ),
        rule(
            rf"(?:{_SHORTER_BY})(?: (?:at|from|off) (?:the )?{_START}{_OF_IT}| by (?:cutting|trimming"
            rf"|removing|chopping|taking)(?: off| away)? (?:the )?{_START}{_OF_IT})",
            lambda g: Trim(start=parse_time(g.get("d") or g["d2"])),
        ),
        # ("cut it down to 90 seconds": made that short by choosing what stays, which is asked;
        # "cut it to 90 seconds" keeps the first 90)
        rule(
            rf"(?:{_SHORTEN_DOWN} {{it}}(?P<down> down)? to|make {{it}}|i want {{it}}(?: to be)?) (?:only |just )?{{time:d}} long",
            _to_length,
        ),
        # "limit the length to 60 seconds", "cap it at 1 minute"
        rule(
            r"(?:limit|cap|restrict)(?: {it})?(?: the (?:length|duration|running time))?"
            r"(?: of {it})? (?:to|at|under|below|within) (?:a maximum of |at most |max )?{time:d}"
            r"(?: long| max| maximum| in length)?",
            lambda g: Trim(end=parse_time(g["d"])) if time_unit(g["d"]) or ":" in g["d"] else None,
        ),
        # "cut it to 9:16" asks for the shape (Crop), not for 9 min 16 s.
        rule(
            rf"(?:{_SHORTEN_DOWN} {{it}}|(?:trim|(?P<down3>shorten)|limit)(?P<down> down)?)(?P<down2> down)? to (?!{_COMMON_RATIOS}$){{time:d}}",
            _to_length,
        ),
        # "trim the video so that it starts at 0:10 and ends at 0:50"
        rule(
            r"(?:make {it} |have {it} |(?:i want|i need) {it} to |{it} should )?"
            r"(?:starts?|begins?) (?:at|from) {time:a},?"
            r" (?:and )?(?:(?:it )?(?:ends?|stops?|finish(?:es)?)) (?:at|by|on) {time:b}",
            lambda g: Trim(**dict(zip(("start", "end"), parse_times(g["a"], g["b"]), strict=True))),
        ),
        rule(
            r"(?:starts?|begins?)(?: {it})?(?: the video| playing)? (?:at|from) {time:d}",
            lambda g: Trim(start=parse_time(g["d"])),
        ),
        rule(
            r"(?:(?:ends?|stops?|finish(?:es)?|cut off)(?: {it})?|cut {it} off)(?: the video| playing)? "
            r"(?:at|after) {time:d}",
            lambda g: Trim(end=parse_time(g["d"])),
        ),
        rule(
            rf"{_REMOVE} (?:everything|anything|all|{_BIT}|the {_START}{_OF_IT}) (?:before|until|till|up to) {{time:d}}",
            lambda g: Trim(start=parse_time(g["d"])),
        ),
        rule(
            rf"{_REMOVE} (?:everything|anything|all|{_BIT}|the {_END}{_OF_IT}) (?:after|past|from) {{time:d}}(?: on(?:wards?)?)?",
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
    touches: ClassVar[frozenset[str]] = frozenset({"time"})
    frames = (
        frame(
            "cut out {range}",
            "cut remove delete drop chop snip skip lose discard exclude erase out off away rid",
            also="part section bit segment portion piece scene stretch video seconds",
        ),
    )
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

    def kept(self, duration: float) -> tuple[Span, ...]:
        return CutRanges(ranges=((self.start, self.end),)).kept(duration)

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
            r"(?:cut|remove|delete|drop|take(?= out|.* out$)|take away|get rid of|skip|chop|snip|lose|throw away|"
            r"exclude)"
            rf"(?: out)? (?:everything |all )?(?:the )?(?:middle |mid )?{_PART}(?:of {{it}} )?(?:seconds? )?{_RANGE}(?: out)?",
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


def _said_way(factor: float, slower: bool) -> float:
    """A speed said as where it goes ("slow it down to 50%"), checked against its way."""
    if (factor < 1) != slower or factor == 1:
        way = "slower" if slower else "faster"
        raise ValueError(
            f"{factor * 100:g}% of its speed is not {way}; say how fast it should play"
        )
    return factor


def _slowed(factor: float) -> Speed:
    """ "slow it down 2x" is half speed; "slow it down 0.5x" says the speed itself."""
    return _speed(factor if factor < 1 else 1 / factor)


def _slow_motion_at(g: dict[str, str]) -> Speed | None:
    """Slow motion at the speed said; None when what is said is no slow-down."""
    if "q" in g:
        factor = {"quarter": 0.25, "half": 0.5, "third": 1 / 3}[g["q"]]
    elif "p" in g:
        factor = parse_number(g["p"]) / 100
    else:
        factor = parse_factor(g["f"])
    return _speed(round(factor, 6)) if 0 < factor < 1 else None


def _length_of_video(length: str) -> float:
    """The video's length, which a length asked for is measured against."""
    duration = media_duration.get()
    if duration is None:
        raise ValueError(f"'{length}' as a length depends on the video's; plan it with the video")
    return duration


def _lasting(length: str, way: str) -> Speed:
    """ "speed it up so it lasts 29 s": the speed that plays the whole video in that long.
    `way` is the direction the words give ("up", "down"), "" when they give none, or "either"
    when they ask for a speed whichever way it goes ("play it at a speed so that it …")."""
    duration = _length_of_video(length)
    target = parse_time(length)
    if target <= 0:
        raise InvalidRequest(f"a video cannot last {length}; give a length above zero")
    factor = duration / target
    if factor == 1 and way in ("up", "down"):
        raise InvalidRequest(
            f"the video is {fmt_seconds(duration)} long already: playing it "
            f"{'faster' if way == 'up' else 'slower'} would not make it last {fmt_seconds(target)}"
        )
    if (way == "up" and factor <= 1) or (way == "down" and factor >= 1):
        raise InvalidRequest(
            f"the video is {fmt_seconds(duration)} long: to last {fmt_seconds(target)} it would "
            f"play {'slower' if factor < 1 else 'faster'}, not {'faster' if way == 'up' else 'slower'}"
        )
    if way == "either":
        return _speed(round(factor, 6))
    if not way and factor > 1:
        # "make it last 30 s" of a minute-long video: cut to 30 s, or sped up to fit?
        raise InvalidRequest(
            f"the video is {fmt_seconds(duration)} long: should it be cut to {fmt_seconds(target)} "
            f"('keep the first {fmt_seconds(target)}') or sped up to fit ('speed it up so it lasts "
            f"{fmt_seconds(target)}')?"
        )
    if not way and factor < 0.5:
        # "make the 10 s clip last a minute": six times slower, or played again and again?
        raise InvalidRequest(
            f"the video is {fmt_seconds(duration)} long: should it play slower to last "
            f"{fmt_seconds(target)} ('slow it down so it lasts {fmt_seconds(target)}') or again and "
            f"again ('loop it until it lasts {fmt_seconds(target)}')?"
        )
    return _speed(round(factor, 6))


#: "so it lasts", "so the render is", "to last", "to a length of": what a speed change is for.
_LASTS = (
    r"(?:,? ?(?:so(?: that)?|until) (?:it|the (?:video|clip|render|result|output|whole thing|"
    r"final video|edit)) (?:is|lasts|runs|plays for|plays|takes|fits in|fits into|becomes|ends up"
    # "so that it plays completely in 5 seconds", "so it is over in a minute"
    r"|(?:plays|runs|is played|is over|is done|finishes)(?: completely| entirely| fully| through"
    r"| all the way through)? in)"
    r"|to (?:make (?:it|the (?:video|clip|result|whole thing)) (?:last )?|last|run|play for|take"
    r"|fit in|fit into|fit within|fit|be)"
    r"|to (?:a )?(?:total )?(?:length|duration|runtime|running time) of|to|into|in)"
    r" (?:only |just |exactly |about |around |roughly )?{length:t}"
    r"(?: long| in length| total| in total| of (?:video|footage|runtime))?"
)

#: "into a 3 minute clip", "to a 30 s timelapse": the length asked for, said of the result.
_INTO_A_CLIP = (
    r"(?:in)?to (?:a |an |one )?(?:only |just |exactly |about |around |roughly )?{length:t}"
    r"(?:-long| long)? (?:clip|video|timelapse|time-lapse|version|film|movie|edit|recording)"
)


def _restated_speed(g: dict[str, str]) -> Speed | None:
    """'slower, like half speed', 'faster, say 3x': the amount, read the way the direction
    goes ('slower, like 2x' is half speed); None if the amount says the other direction."""
    if "half" in g or "quarter" in g or "double" in g:
        factor = 0.5 if "half" in g else 0.25 if "quarter" in g else 2.0
    elif "p" in g:
        factor = parse_number(g["p"]) / 100
    else:
        factor = parse_factor(g["f"])
    if g["dir"] == "slower" and factor > 1:
        factor = 1 / factor
    if (g["dir"] == "slower") != (factor < 1):
        return None
    return _speed(factor)


def _interpolated(fps: float) -> str:
    """The filter that plays a video at `fps` with new frames between the real ones, made from
    the motion between them (smooth slow motion, a higher frame rate)."""
    return f"minterpolate=fps={num(fps)}:mi_mode=mci:mc_mode=aobmc"


class Speed(Ranged):
    """Play faster or slower, all of it or one part; the sound keeps its pitch."""

    name: ClassVar[str] = "speed"
    frames = (
        frame(
            "speed it up {factor}",
            "speed faster accelerate quicker fast timelapse speedup sped",
            also="up make play playback rate increase video convert transcode encode re-encode "
            "reencode export render save output",
            optional=("range",),
        ),
        frame(
            "play it at {percent} speed",
            "speed playback rate",
            also="play change set make video higher faster new export output render convert "
            "transcode encode re-encode reencode save",
            optional=("range",),
        ),
        frame(
            "slow it down by {factor}",
            "slow slower slowdown slowmo decelerate",
            also="down make play motion video",
            optional=("range",),
        ),
        # "apply slow motion to the clip": slow motion at its usual half speed
        frame(
            "make it slow motion",
            "slow slowmo slomo slow-mo",
            "motion mo",
            also="apply add put use turn make give effect filter video",
            optional=("range",),
        ),
    )
    examples: ClassVar[tuple[str, ...]] = (
        "speed it up 2x",
        "make it twice as fast",
        "half speed",
        "slow it down by 4x",
        "play at 1.5x speed",
    )

    factor: float = Field(gt=0, description="How many times faster: 2 is double speed, 0.5 half.")
    smooth: bool = Field(
        False,
        description="Slowed down, make the frames in between by motion interpolation (smooth, "
        "slower to render) instead of showing each frame longer.",
    )

    def check(self, clip: Clip) -> None:
        _require_timeline(clip, "speed up or slow down")
        if self.smooth and self.factor >= 1:
            raise InvalidRequest("only a slow-down can be made smooth by interpolating frames")
        if not 0.05 <= self.factor <= 100:
            raise InvalidRequest(
                f"a speed of {self.factor:g}x is out of range; promptcut plays between 0.05x and 100x"
            )
        super().check(clip)

    def _filters(self, fps: float) -> tuple[list[str], list[str]]:
        f = self.factor
        video = [f"setpts=PTS/{num(f)}"]
        if self.smooth:
            video.append(_interpolated(fps or 30))
        else:
            # The source frame rate: sped up, not f times as many frames to encode; slowed
            # down, each frame repeated instead of a video at a fraction of its rate.
            video.append("fps=source_fps")
        return video, _atempo(f)

    def render(self, graph: Graph) -> None:
        clip = graph.clip
        video, audio = self._filters(clip.fps)
        if not self.ranged:
            graph.vf(*video)
            graph.af(*audio)
            graph.clip = clip.evolve(duration=clip.duration / self.factor)
            return
        # Split and join: the part before and after plays as it was. The changed part keeps
        # the source's frame rate (frames dropped, repeated or interpolated), so the joined
        # video is even.
        a, b = self.span(clip)
        b = min(b, clip.duration)
        parts = [(0.0, a, False), (a, b, True), (b, clip.duration, False)]
        parts = [p for p in parts if p[1] - p[0] > 1e-3]
        graph.segments(
            [(x, y) for x, y, _ in parts],
            video=[video if sped else [] for *_, sped in parts],
            audio=[audio if sped else [] for *_, sped in parts],
        )
        graph.clip = clip.evolve(duration=clip.duration - (b - a) + (b - a) / self.factor)

    def describe(self) -> str:
        smooth = ", smooth" if self.smooth else ""
        return f"speed ×{self.factor:g}{smooth}{self.describe_range()}"

    grammar = (
        # "speed the clip up so the render is 29 s long", "slow it down to last 1:30",
        # "make the 1 min clip last 1.5 min": the speed from the length asked for
        rule(
            rf"(?:{_SPEED_VERB}|(?P<down>slow(?: {{it}})? down|slow))(?: {{it}})? {_LASTS}",
            lambda g: _lasting(g["t"], "down" if "down" in g else "up"),
        ),
        # "compress the 30 minute recording into a 3 minute clip", "speed it up into a 30 s
        # timelapse": the whole video played in the length asked for
        rule(
            rf"(?:(?P<up>{_SPEED_VERB}|compress|condense|squeeze|squash)|(?P<down>slow(?: {{it}})? down"
            rf"|stretch))(?: {{it}})? {_INTO_A_CLIP}",
            lambda g: _lasting(g["t"], "down" if "down" in g else "up"),
        ),
        # "make it a time lapse that lasts 30 seconds": the whole video, sped up to that length
        rule(
            r"(?:make|turn) (?:{it} )?(?:into )?an? time[- ]?lapse(?: (?:of|from) {it})?,? "
            r"(?:that|which) (?:lasts|runs|is|plays for|takes)(?: only| just| about| around)? "
            r"{length:t}(?: long)?",
            lambda g: _lasting(g["t"], "up"),
        ),
        # "make it 3:20 long by speeding it up", "… with the time stretch effect", "time-stretch
        # it to 90 s": the length, reached by the speed (never cut to it, nor a default speed)
        rule(
            r"(?:make|have|get) {it} (?:only |just |exactly |about |around )?{length:t}(?: long)?,? "
            r"(?:by|through|with|using) (?:(?P<up>speeding(?: {it})? up(?: {it})?|accelerating {it})"
            r"|(?P<down>slowing(?: {it})? down(?: {it})?)|(?:changing|adjusting|altering|stretching) "
            r"(?:the|its) (?:playback )?(?:speed|rate|pace|tempo)|(?:an? |the )?time[- ]?"
            r"stretch(?:ing)?(?: effect| tool)?(?: {it})?)",
            lambda g: _lasting(g["t"], "up" if "up" in g else "down" if "down" in g else "either"),
        ),
        rule(
            r"time[- ]?stretch(?: {it})? " + _LASTS,
            lambda g: _lasting(g["t"], "either"),
        ),
        rule(
            r"(?:make|have|get) {it} (?:last|run|play|play for|run for|last for|take) "
            r"(?:for )?(?:say |about |around |exactly |roughly )?{length:t}(?: long| in total)?",
            lambda g: _lasting(g["t"], ""),
        ),
        # "play the video at a speed so that it plays completely in 5 seconds": a speed, faster
        # or slower, that plays it all in that long
        rule(
            r"(?:play(?: back)?|(?:change|set|adjust|pick|choose) the (?:playback )?speed of) {it}"
            r"(?: (?:at|with) (?:a|the) (?:speed|rate|playback speed|pace))? " + _LASTS,
            lambda g: _lasting(g["t"], "either"),
        ),
        # "make the 3 hour video into a 3 minute video": cut or sped up, asked when unclear
        rule(r"(?:make|turn|change) {it} " + _INTO_A_CLIP, lambda g: _lasting(g["t"], "")),
        # "play it in slow motion at quarter speed": slow motion, and how slow
        rule(
            r"(?:(?:make|put|turn|play|render)(?: {it})?(?: in| into)? )?(?:in |into )?(?:a )?"
            r"(?:slow[- ]?mo(?:tion)?|slomo) (?:at|to) (?:a )?(?:(?P<q>quarter|half|third)(?: the)? speed"
            r"|{pct:p}(?: speed)?|{factor:f}(?: speed)?)",
            lambda g: _slow_motion_at(g),
        ),
        # "speed it up a bit", "slow it down a lot": the degree words every edit reads
        rule(
            rf"(?:{_SPEED_VERB}|(?P<down>slow(?: {{it}})? down))(?: {{it}})? "
            rf"(?:(?P<bit>{lexicon.LITTLE})|(?P<lot>{lexicon.LOT}))",
            lambda g: _speed(
                (0.8 if "down" in g else 1.25) if "bit" in g else (0.5 if "down" in g else 2)
            ),
        ),
        rule(
            rf"{_SPEED_VERB}(?: {{it}})?(?: by| to)?(?: a factor of)?(?: {{factor:f}}| {{num:n}})?",
            lambda g: _speed(parse_factor(g.get("f") or g.get("n") or "2")),
        ),
        rule(
            rf"{_SPEED_VERB}(?: {{it}})? by {{pct:p}}",
            lambda g: _speed(1 + parse_number(g["p"]) / 100),
        ),
        rule(
            # "play it 3 times" without a speed word repeats it (Loop).
            r"(?:(?:make|set|play|have|render)(?: {it})?(?: play| go| run)? )?(?:at |to )?(?:a speed of )?"
            r"(?!{num} ?times$){factor:f}"
            r"(?: (?:speed|faster|as fast|the speed|playback|speed playback|quicker|fast))?",
            lambda g: _speed(parse_factor(g["f"])),
        ),
        # "increase the playback speed by 50%"
        rule(
            r"(?P<v>increase|raise|boost|bump up|decrease|reduce|lower|cut)(?: {it}'s| the)? "
            r"(?:speed|playback speed|playback rate|play speed|frame speed)(?: of {it})? by {pct:p}",
            lambda g: _speed(
                1 + parse_number(g["p"]) / 100
                if g["v"] in ("increase", "raise", "boost", "bump up")
                else max(0.05, 1 - parse_number(g["p"]) / 100)
            ),
        ),
        # "reduce the playback speed by 0.6": a factor below one is the speed itself
        rule(
            r"(?:decrease|reduce|lower|slow)(?: {it}'s| the)? (?:speed|playback speed|playback rate|"
            r"play speed)(?: of {it})?(?: down)? by (?:a factor of )?(?P<n>0?\.\d+)x?",
            lambda g: _speed(parse_number(g["n"])),
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
            rf"(?:(?:make|play|set)(?: {{it}})?(?: play)? )?(?:at )?(?:double|twice)(?: the)? {_FASTER}|double speed(?: of)? {{it}}",
            lambda g: _speed(2),
        ),
        rule(
            rf"(?:(?:make|play|set)(?: {{it}})?(?: play)? )?(?:at )?(?P<n>triple|quadruple)(?: the)? {_FASTER}",
            lambda g: _speed(3 if g["n"] == "triple" else 4),
        ),
        rule(
            r"(?:(?:make|play|set|slow)(?: {it})?(?: play| down)?(?: {it})? )?(?:at |to )?half(?: the)? (?:speed|as fast|rate)",
            lambda g: _speed(0.5),
        ),
        rule(
            r"(?:(?:make|play|set|slow)(?: {it})?(?: play| down)?(?: {it})? )?(?:at |to )?(?:a )?quarter(?: the)? (?:speed|as fast|rate)",
            lambda g: _speed(0.25),
        ),
        rule(
            r"(?:make|play|have)(?: {it})?(?: play| go| run)? (?:(?P<much>much|a lot|way) |(?P<bit>a (?:bit|little)|slightly|somewhat) )?(?:faster|quicker)",
            lambda g: _speed(2 if g.get("much") else 1.25 if g.get("bit") else 1.5),
        ),
        rule(
            r"(?:make {it} (?:play |go |run )?)?{pct:p} (?:faster|quicker)",
            lambda g: _speed(1 + parse_number(g["p"]) / 100),
        ),
        rule(
            r"(?:make {it} (?:play |go |run )?)?{pct:p} slower",
            lambda g: _speed(max(0.05, 1 - parse_number(g["p"]) / 100)),
        ),
        rule(
            r"(?:(?:make|play|set|slow|speed)(?: {it})?(?: play| down| up)?(?: {it})? )?(?:at |to )?"
            r"{pct:p} (?:speed|of the (?:original |normal )?speed)",
            lambda g: _speed(parse_number(g["p"]) / 100),
        ),
        # "slow down the video to 50%", "speed up the clip to 200%": the speed it plays at
        rule(
            r"(?:slow(?: {it})? (?P<down>down)|speed(?: {it})? up)(?: {it})? to {pct:p}",
            lambda g: _speed(_said_way(parse_number(g["p"]) / 100, slower="down" in g)),
        ),
        rule(
            r"(?:make {it} )?(?:play )?(?:{factor:f}|{num:n} times) (?:slower|as slow)",
            lambda g: _speed(1 / parse_factor(g.get("f") or g.get("n") or "2")),
        ),
        rule(
            r"(?:slow(?: {it})? down|decelerate)(?: {it})?(?: by)?(?: a factor of)?(?: {factor:f}| {num:n})?",
            lambda g: _slowed(parse_factor(g.get("f") or g.get("n") or "2")),
        ),
        rule(
            r"(?:slow(?: {it})? down|decelerate)(?: {it})?(?: by)?(?: like| about| around| roughly|"
            r" approximately| some)? {pct:p}",
            lambda g: _speed(max(0.05, 1 - parse_number(g["p"]) / 100)),
        ),
        # "slow the video down to 0.75", "speed it up to 1,5": the speed, said as a bare factor
        # (never a whole number: "slow it down to 24" may be a frame rate)
        rule(
            r"(?:slow(?: {it})? (?P<down>down)|speed(?: {it})? up)(?: {it})? to (?P<n>\d?[.,]\d+)",
            lambda g: _speed(_said_way(float(g["n"].replace(",", ".")), slower="down" in g)),
        ),
        rule(
            r"(?:(?:make|put|turn|play|render)(?: {it})?(?: in| into)? )?(?:in |into )?(?:a )?(?:slow[- ]?mo(?:tion)?|slomo)(?: effect)?"
            r"(?: {it})?",
            lambda g: _speed(0.5),
        ),
        # "slower, like half speed": the amount said after the direction
        rule(
            r"(?:make|play|have)(?: {it})?(?: play| go| run)? (?P<dir>slower|faster),? "
            r"(?:like|say|about|around|roughly|maybe|so|to|at)(?: at| about| around)? "
            r"(?:(?P<half>half)|(?P<quarter>a quarter|quarter)|(?P<double>double|twice)|{factor:f}|{pct:p})"
            r"(?: (?:the )?speed| as fast)?",
            lambda g: _restated_speed(g),
        ),
        rule(
            r"(?:make|play|have)(?: {it})?(?: play| go| run)? (?:(?P<much>much|a lot|way) |(?P<bit>a (?:bit|little)|slightly|somewhat) )?slower",
            lambda g: _speed(0.5 if g.get("much") else 0.8 if g.get("bit") else 0.75),
        ),
    )


class Reverse(Operation):
    """Play the video (and its sound) backwards."""

    name: ClassVar[str] = "reverse"
    frames = (
        frame(
            "reverse the video",
            "reverse backwards backward reversed rewind",
            also="play make playback run export render make create generate produce render export save convert turn output give do direction order",
        ),
    )
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
            r"(?:(?:make|have|let|play|put|set)(?: {it})?(?: play| go| run)? )?(?:in reverse|backwards?|reversed)",
            lambda g: Reverse(),
        ),
        rule(r"(?:play|run) {it} (?:in reverse|backwards?|reversed)", lambda g: Reverse()),
    )


# ---------------------------------------------------------------- several ranges
# A time inside a list: without the "and" of "1 min and 30 s", which here separates ranges.
_T = PIECES["time"].replace(r"(?:and\s+)?", "")
#: One range of a list: "2-4s", "0:10 to 0:15", "from 5 to 8 seconds", "between 1 and 2 s".
_ITEM = (
    rf"(?:(?:from|seconds?)\s+)?(?P<a>{_T})\s*(?:to|-|until|till|through|thru)\s*(?P<b>{_T})"
    rf"|between\s+(?P<c>{_T})\s+and\s+(?P<d>{_T})"
)
_ITEM_RE = re.compile(rf"(?:{_ITEM})(?:\s*(?:mark|seconds?|secs?))?")
_ITEM_PAT = re.sub(r"\(\?P<\w+>", "(?:", _ITEM_RE.pattern)
_SEP = r"(?:\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&|plus|as well as)\s+)(?:(?:also|then)\s+)?"
#: Two or more ranges, as one group for a rule: "0:00-0:05 and 0:10-0:15", "2-4s, 6-8s and 10-12s".
_LIST = rf"(?P<list>(?:{_ITEM_PAT})(?:{_SEP}(?:{_ITEM_PAT}))+)"
_PARTS = r"(?:(?:the )?(?:parts?|sections?|bits?|segments?|portions?|pieces?|clips?|ranges?)(?: (?:from|at|between))? )?"

Span = tuple[float, float]


def _spans(text: str) -> tuple[Span, ...]:
    """The ranges in a list as written: '2-4s, 6-8s and 10-12s' -> ((2, 4), (6, 8), (10, 12))."""
    spans = []
    for m in _ITEM_RE.finditer(text):
        a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
        spans.append(parse_times(a, b))
    return tuple(spans)


def _merged(spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """In order, with overlapping or touching ranges joined into one."""
    out: list[Span] = []
    for a, b in sorted(spans):
        if b <= a:
            raise ValueError(f"the range {a:g}-{b:g} s ends before it starts")
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return tuple(out)


def _clock(t: float) -> str:
    """A time as people write it in a range: 0:25, 1:02.5."""
    whole = f"{int(t // 60)}:{int(t % 60):02d}"
    frac = t - int(t)
    return whole + (f"{frac:.2f}".lstrip("0").rstrip("0") if frac > 1e-6 else "")


def _check_spans(clip: Clip, spans: tuple[Span, ...], what: str) -> None:
    _require_timeline(clip, what)
    length = fmt_seconds(clip.duration)
    for a, b in spans:
        if a >= clip.duration - _SLACK:
            raise InvalidRequest(
                f"the video is {length} long; the range {_clock(a)}-{_clock(b)} starts after its end"
            )
        if b > clip.duration + _SLACK:
            raise InvalidRequest(
                f"the video is {length} long; the range {_clock(a)}-{_clock(b)} runs past its end"
            )


class _Ranges(Operation):
    ranges: tuple[Span, ...] = Field(
        min_length=1,
        description="The ranges as [start, end] pairs in seconds, on the timeline this step sees; "
        "overlapping ranges are joined.",
    )

    @field_validator("ranges")
    @classmethod
    def _ordered(cls, v: tuple[Span, ...]) -> tuple[Span, ...]:
        return _merged(v)

    def _listed(self) -> str:
        return ", ".join(f"{a:g}-{b:g} s" for a, b in self.ranges)


class KeepRanges(_Ranges):
    """Keep several parts of the video and join them in order, sound and picture together."""

    name: ClassVar[str] = "keep_ranges"
    touches: ClassVar[frozenset[str]] = frozenset({"time"})
    examples: ClassVar[tuple[str, ...]] = (
        "keep 0:00-0:05 and 0:10-0:15",
        "only keep 2-4s, 6-8s and 10-12s",
        "join 0:05-0:10 and 0:20-0:25 together",
    )

    def check(self, clip: Clip) -> None:
        _check_spans(clip, self.ranges, "keep parts of")

    def kept(self, duration: float) -> tuple[Span, ...]:
        return tuple((a, min(b, duration)) for a, b in self.ranges if a < duration)

    def render(self, graph: Graph) -> None:
        clip = graph.clip
        spans = [(a, min(b, clip.duration)) for a, b in self.ranges]
        first, last = spans[0][0], spans[-1][1]
        # Seek past what comes before the first range: none of it is decoded.
        if graph.seek(first, None if last >= clip.duration else last):
            spans = [(a - first, b - first) for a, b in spans]
        graph.segments(spans)
        graph.clip = clip.evolve(duration=sum(b - a for a, b in spans))

    def describe(self) -> str:
        return f"keep {self._listed()}"

    grammar = (
        rule(
            rf"(?:{_KEEP}|(?:trim|clip|cut|chop|shorten|reduce|limit)(?: {{it}})?(?: down)? to|"
            rf"(?:join|combine|stitch|splice|merge|put)(?: together)?|make a (?:supercut|montage|compilation) (?:of|from)) "
            rf"(?:only |just )?{_PARTS}{_LIST}(?: together| into one(?: clip| video)?)?"
            r"(?: (?:only|and (?:cut|remove|delete|drop|lose|throw away) (?:the rest|everything else)))?",
            lambda g: KeepRanges(ranges=_spans(g["list"])),
        ),
        rule(
            r"(?:cut|remove|delete|drop|trim|lose|throw away|get rid of)(?: out| away)? (?:everything|all|anything)(?: else)? "
            rf"(?:except|but|apart from|other than|outside(?: of)?) {_PARTS}{_LIST}",
            lambda g: KeepRanges(ranges=_spans(g["list"])),
        ),
        rule(
            r"(?:cut|remove|delete|drop|trim|lose|throw away|get rid of)(?: out| away)? (?:everything|all|anything)(?: else)? "
            rf"(?:except|but|apart from|other than|outside(?: of)?) {_PARTS}{_RANGE}",
            lambda g: Trim(**dict(zip(("start", "end"), parse_times(g["a"], g["b"]), strict=True))),
        ),
    )


class CutRanges(_Ranges):
    """Cut several parts out of the video at once and join what is left."""

    name: ClassVar[str] = "cut_ranges"
    touches: ClassVar[frozenset[str]] = frozenset({"time"})
    examples: ClassVar[tuple[str, ...]] = (
        "cut out 1-2s and 5-6s",
        "remove 0:10-0:15 and 0:30-0:40",
        "delete the parts from 2 to 3 seconds and from 7 to 8 seconds",
    )

    def check(self, clip: Clip) -> None:
        _check_spans(clip, self.ranges, "cut")
        kept = clip.duration - sum(min(b, clip.duration) - a for a, b in self.ranges)
        if kept <= _SLACK:
            raise InvalidRequest(
                f"this would cut out the whole video (it is {fmt_seconds(clip.duration)} long)"
            )

    def kept(self, duration: float) -> tuple[Span, ...]:
        keep: list[Span] = []
        at = 0.0
        for a, b in self.ranges:
            if a - at > _SLACK:
                keep.append((at, a))
            at = min(b, duration)
        if duration - at > _SLACK:
            keep.append((at, duration))
        return tuple(keep)

    def render(self, graph: Graph) -> None:
        KeepRanges(ranges=self.kept(graph.clip.duration)).render(graph)

    def describe(self) -> str:
        return f"cut out {self._listed()}"

    grammar = (
        rule(
            r"(?:cut|remove|delete|drop|take(?= out|.* out$)|take away|get rid of|skip|chop|snip|lose|throw away|"
            r"exclude|trim)"
            rf"(?: out)? {_PARTS}(?:of {{it}} )?{_LIST}(?: out)?(?: (?:of|from) {{it}})?",
            lambda g: CutRanges(ranges=_spans(g["list"])),
        ),
    )


# ---------------------------------------------------------------- loop, frame rate, freeze
_TIMES = r"(?:(?P<n>\d+) ?(?:times|x)|x ?(?P<n2>\d+)|(?P<twice>twice)|(?P<thrice>thrice))"
# After "play", "3x" is a speed ("play it 3x"); only "3 times" counts plays.
_PLAYS = r"(?:(?P<n>\d+) ?times|(?P<twice>twice)|(?P<thrice>thrice))"


def _loop(g: dict[str, str]) -> Loop:
    """'twice' plays it twice; no count at all ("loop it") plays it twice too, unless the
    request fills it to a length ("loop it to make a 2 minute video"); with none, the planner
    asks how many times (`_loop_count_unsaid`)."""
    if "thrice" in g:
        return Loop(times=3)
    return Loop(times=int(g.get("n") or g.get("n2") or 2))


class Loop(Operation):
    """Play the video several times in a row, sound and picture together."""

    name: ClassVar[str] = "loop"
    frames = (frame("loop it {factor}", "loop repeat looped", also="play"),)
    examples: ClassVar[tuple[str, ...]] = (
        "repeat it twice",
        "loop it 3 times",
        "play it twice",
    )

    times: int = Field(
        ge=2,
        le=100,
        description="How many times it plays in all: 2 plays it twice (twice as long).",
    )

    #: Looping after another edit holds every frame of one pass in memory (like Reverse).
    max_frame_bytes: ClassVar[int] = 6 * 1024**3

    def check(self, clip: Clip) -> None:
        _require_timeline(clip, "loop")
        if clip.duration * self.times > 24 * 3600:
            raise InvalidRequest(
                f"{self.times} plays of {fmt_seconds(clip.duration)} would run over 24 hours"
            )

    def render(self, graph: Graph) -> None:
        clip = graph.clip
        if not graph.touched and graph.can_seek:
            # Nothing rendered yet: the demuxer re-reads the file, holding nothing in memory.
            graph.input_args += ["-stream_loop", str(self.times - 1)]
            graph.touched = True
        else:
            if clip.has_video and graph.keep_video:
                frame = clip.width * clip.height * 3 // 2
                need = frame * (clip.fps or 30) * clip.duration
                if need > self.max_frame_bytes:
                    fit = self.max_frame_bytes / (frame * (clip.fps or 30))
                    raise InvalidRequest(
                        f"looping after other edits holds every frame of one pass in memory: "
                        f"{fmt_seconds(clip.duration)} of {clip.width}x{clip.height} needs about "
                        f"{need / 1024**3:.0f} GB; loop first, or make it shorter than {fit:.0f} s"
                    )
            graph.segments([(0.0, clip.duration)] * self.times)
        graph.clip = clip.evolve(duration=clip.duration * self.times)

    def describe(self) -> str:
        return f"play {self.times} times"

    grammar = (
        rule(
            rf"(?:repeat|loop|replay|play back)(?: {{it}})?(?: (?:on repeat|in a loop|on a loop))?(?: {_TIMES})?"
            r"(?: (?:over|(?:right )?in a row|back to back|in total|total))?",
            lambda g: _loop(g),
        ),
        rule(
            rf"(?:play|show|run)(?: {{it}})?(?: (?:on repeat|in a loop|on a loop|back))? {_PLAYS}"
            r"(?: (?:over|(?:right )?in a row|back to back|in total|total|on repeat|in a loop|on a loop))?",
            lambda g: _loop(g),
        ),
        rule(
            # ("make it play" alone asks for no loop: "make it play on my phone")
            r"(?:make|put|set|have) {it} (?:loop|repeat|on (?:a )?loop|on repeat|"
            rf"play(?= (?:\d+ ?times|twice|thrice)\b))(?: {_TIMES})?"
            r"(?: (?:over|(?:right )?in a row|back to back|in total))?",
            lambda g: _loop(g),
        ),
        rule(rf"(?:loop|repeat) {_TIMES}", lambda g: _loop(g)),
        # "loop it until it lasts 10 minutes", "set its duration to 60 minutes, repeating it
        # in a loop": as many plays as fill that long, the last cut where the length ends
        rule(
            r"(?:loop|repeat)(?: {it})?(?: (?:on repeat|in a loop|on a loop|over and over))? "
            r"(?:until (?:it|the (?:video|result)) (?:is|lasts|runs)|to (?:fill|last|make it|a length of|"
            r"a total of)|for(?: a total of)?|so (?:that )?it (?:is|lasts|runs)) {length:t}(?: long| in total)?",
            lambda g: _looped_to(g["t"]),
        ),
        rule(
            r"(?:(?:set|make|change|extend|stretch) (?:its|the|the video'?s?|the clip'?s?) "
            r"(?:duration|length|runtime|running time) to|(?:make|extend|stretch) {it} (?:to )?) "
            r"{length:t}(?: long)?,? (?:by )?(?:repeating|looping|replaying) (?:it|{it})"
            r"(?: in a loop| on a loop| over and over| on repeat)?",
            lambda g: _looped_to(g["t"]),
        ),
    )


def _looped_to(length: str) -> list[Operation]:
    """The plays that fill `length`, the last one cut where it ends."""
    duration = _length_of_video(length)
    target = parse_time(length)
    if target <= duration:
        raise InvalidRequest(
            f"the video is {fmt_seconds(duration)} long already; looping it cannot make it "
            f"{fmt_seconds(target)}"
        )
    plays = target / duration
    whole = round(plays)
    if abs(plays - whole) < 1e-3 * plays:
        return [Loop(times=whole)]
    return [Loop(times=int(plays) + 1), Trim(end=target)]


class FrameRate(Operation):
    """Change the frame rate: drop or repeat frames so it plays as many per second as asked."""

    name: ClassVar[str] = "fps"
    frames = (
        frame(
            "convert to {fps}",
            also="convert change set make turn reduce increase lower force rate frame framerate conversion output export encode render",
        ),
    )
    examples: ClassVar[tuple[str, ...]] = (
        "convert to 24fps",
        "make it 60 fps",
        "change the frame rate to 25",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"video"})

    fps: float = Field(gt=0, description="Frames per second of the result, e.g. 24, 25, 30, 60.")
    smooth: bool = Field(
        False,
        description="Raised, make the frames in between by motion interpolation (smooth, "
        "slower to render) instead of repeating frames.",
    )

    def check(self, clip: Clip) -> None:
        super().check(clip)
        _require_timeline(clip, "change the frame rate of")
        if not 1 <= self.fps <= 240:
            raise InvalidRequest(
                f"{self.fps:g} frames per second is out of range; promptcut makes 1 to 240"
            )
        if self.smooth and clip.fps and self.fps <= clip.fps:
            raise InvalidRequest(
                f"interpolating makes frames in between, for a higher frame rate: the video is "
                f"{clip.fps:g} fps already, more than {self.fps:g}"
                if self.fps < clip.fps
                else f"the video is {self.fps:g} fps already: there is nothing to interpolate"
            )

    def render(self, graph: Graph) -> None:
        if self.smooth:
            graph.vf(_interpolated(self.fps))
        else:
            graph.vf(f"fps={num(self.fps)}")
        graph.clip = graph.clip.evolve(fps=self.fps)

    def describe(self) -> str:
        return f"{self.fps:g} fps{', interpolated' if self.smooth else ''}"

    grammar = (
        rule(
            r"(?:(?:convert|change|make|set|render|export|save|output|encode|bring|reduce|lower|raise|increase|drop|put)"
            r"(?: {it})?(?: the)?(?: frame ?rate| fps| framerate)?(?: down| up)?(?: to| at| in| as)? |at |in )?"
            r"(?:a |the )?(?:frame ?rate (?:of )?)?(?P<f>\d+(?:\.\d+)?) ?(?:fps|frames? (?:per|a|/) ?(?:second|sec|s)|frames?/s|hz)"
            r"(?: (?:frame ?rate|framerate))?",
            lambda g: FrameRate(fps=float(g["f"])),
        ),
        rule(
            r"(?:(?:change|set|make|convert|reduce|lower|raise|increase|drop|bring|put)(?: {it})?(?: the)? )?"
            r"(?:frame ?rate|framerate|fps)(?: of {it})? (?:to |at |of |= ?|: ?)?(?P<f>\d+(?:\.\d+)?)"
            r"(?: ?fps)?",
            lambda g: FrameRate(fps=float(g["f"])),
        ),
        # "conform it to 23.976", "slow it down to 24 fps": every frame kept, played at the
        # new rate, so it plays slower or faster by as much
        rule(
            r"(?:conform|retime|re-?interpret|interpret)(?: {it})? (?:to|as|at) (?P<f>\d+(?:\.\d+)?)"
            r"(?: ?fps| frames per second)?",
            lambda g: _conformed(float(g["f"]), ""),
        ),
        rule(
            r"(?:(?P<down>slow(?: {it})? down)|speed(?: {it})? up)(?: {it})? (?:to|at) (?P<f>\d+(?:\.\d+)?)"
            r" ?(?:fps|frames per second)",
            lambda g: _conformed(float(g["f"]), "down" if "down" in g else "up"),
        ),
    )


def _conformed(fps: float, way: str) -> list[Operation]:
    """The video's frames played at `fps` instead of its own rate: slower or faster by the
    ratio, none dropped or repeated."""
    source = media_fps.get()
    if source is None:
        raise ValueError(
            f"playing it at {fps:g} fps depends on its frame rate; plan it with the video"
        )
    factor = fps / source
    if (way == "down" and factor >= 1) or (way == "up" and factor <= 1):
        raise InvalidRequest(
            f"the video plays {source:g} frames a second: at {fps:g} it would play "
            f"{'faster' if factor > 1 else 'slower'}, not {'slower' if way == 'down' else 'faster'}"
        )
    return [Speed(factor=round(factor, 6)), FrameRate(fps=fps)]


class Freeze(Operation):
    """Hold one frame still for a while, then play on; the sound pauses (silence) meanwhile."""

    name: ClassVar[str] = "freeze"
    frames = (
        frame(
            "freeze the frame {at} for {length}",
            "freeze hold pause",
            also="frame still picture image add",
        ),
    )
    examples: ClassVar[tuple[str, ...]] = (
        "freeze the frame at 0:03 for 2 seconds",
        "freeze frame at 5s for 1 second",
        "pause the video at 0:02 for 3 seconds",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"video"})

    at: float = Field(ge=0, description="Second whose frame is held.")
    seconds: float = Field(gt=0, le=600, description="How long the frame is held, in seconds.")

    def check(self, clip: Clip) -> None:
        super().check(clip)
        _require_timeline(clip, "freeze")
        if self.at >= clip.duration - _SLACK:
            raise InvalidRequest(
                f"the video is {fmt_seconds(clip.duration)} long; there is no frame at "
                f"{fmt_seconds(self.at)} to freeze"
            )

    def render(self, graph: Graph) -> None:
        clip = graph.clip
        # The part from `at` on starts with its first frame held and the sound delayed.
        hold_v = [f"tpad=start_mode=clone:start_duration={num(self.seconds)}"]
        hold_a = [f"adelay=delays={round(self.seconds * 1000)}:all=1"]
        if self.at <= _SLACK:
            graph.segments([(0.0, clip.duration)], video=[hold_v], audio=[hold_a])
        else:
            graph.segments(
                [(0.0, self.at), (self.at, clip.duration)],
                video=[[], hold_v],
                audio=[[], hold_a],
            )
        graph.clip = clip.evolve(duration=clip.duration + self.seconds)

    def describe(self) -> str:
        return f"freeze the frame at {self.at:g} s for {self.seconds:g} s"

    grammar = (
        rule(
            r"(?:freeze|hold|pause|stop)(?: on)?(?: {it}| the (?:frame|picture|image|video))?(?: frame)?"
            r" (?:at|on) {time:at} (?:for {time:d}|{time:d2} long)",
            lambda g: Freeze(at=parse_time(g["at"]), seconds=parse_time(g.get("d") or g["d2"])),
        ),
        rule(
            r"(?:add an? |make an? |do an? )?freeze(?:[- ]?frame)?(?: effect)? (?:of|for) {time:d} (?:at|on) {time:at}",
            lambda g: Freeze(at=parse_time(g["at"]), seconds=parse_time(g["d"])),
        ),
        rule(
            r"(?:(?:add|make|do|put|insert) )?(?:an? )?{time:d} (?:long )?(?:freeze(?:[- ]?frame)?|pause|hold)(?: effect)? (?:at|on) {time:at}",
            lambda g: Freeze(at=parse_time(g["at"]), seconds=parse_time(g["d"])),
        ),
        rule(
            r"(?:freeze|hold|pause)(?: {it}| the (?:frame|picture|image|video))?(?: frame)? for {time:d} (?:at|on) {time:at}",
            lambda g: Freeze(at=parse_time(g["at"]), seconds=parse_time(g["d"])),
        ),
    )


OPERATIONS: tuple[type[Operation], ...] = (
    Trim,
    Cut,
    KeepRanges,
    CutRanges,
    Loop,
    Speed,
    Reverse,
    FrameRate,
    Freeze,
)
