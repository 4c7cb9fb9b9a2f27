"""Edits driven by analysis of the media: silences, scene changes, black frames, shake."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Any, ClassVar, Literal

from pydantic import Field, field_validator, model_validator

from promptcut.errors import InvalidRequest
from promptcut.operations.base import Analysis, Clip, Graph, Operation, fmt_seconds, num
from promptcut.operations.grammar import frame, parse_number, parse_time, rule
from promptcut.operations.timeline import KeepRanges, Trim

__all__ = [
    "OPERATIONS",
    "KeepScenes",
    "RemoveBlack",
    "RemoveShortScenes",
    "RemoveSilence",
    "read_scene_changes",
    "scene_analysis",
    "scene_cuts",
]

Span = tuple[float, float]
Where = Literal["all", "start", "end", "ends"]

# Shorter than this, a cut or a kept piece is float noise, not something anyone would notice.
_TINY = 0.04


# ---------------------------------------------------------------- keeping what is left
def _snap(t: float, clip: Clip) -> float:
    """`t` on the clip's frame grid, so picture and sound are cut at the same instant."""
    if clip.has_video and clip.fps > 0:
        return round(t * clip.fps) / clip.fps
    return t


def _touches_start(span: Span) -> bool:
    return span[0] <= _TINY


def _touches_end(span: Span, clip: Clip) -> bool:
    # A detector reports the end of a stretch that runs to the end as the last frame's time.
    frame = 1.5 / clip.fps if clip.fps > 0 else 0.0
    return span[1] >= clip.duration - max(_TINY, frame)


def _only(cuts: Sequence[Span], where: Where, clip: Clip) -> list[Span]:
    """The cuts `where` asks for: all of them, or those at the start and/or the end."""
    return [
        c
        for c in cuts
        if where == "all"
        or (where in ("start", "ends") and _touches_start(c))
        or (where in ("end", "ends") and _touches_end(c, clip))
    ]


def _kept(cuts: Sequence[Span], clip: Clip) -> list[Span]:
    """What is left of the clip once `cuts` are taken out, on its frame grid, in order."""
    spans: list[Span] = []
    at = 0.0
    for a, b in sorted(cuts):
        a, b = _snap(max(a, 0.0), clip), _snap(min(b, clip.duration), clip)
        if b - a < _TINY:
            continue
        if a - at >= _TINY:
            spans.append((at, a))
        at = max(at, b)
    if clip.duration - at >= _TINY:
        spans.append((at, clip.duration))
    return spans


def _keep(graph: Graph, spans: Sequence[Span]) -> None:
    """Keep these parts of the timeline, sound and picture together, in one pass."""
    clip = graph.clip
    if len(spans) == 1:
        a, b = spans[0]
        Trim(start=a, end=None if b >= clip.duration - _TINY else b).render(graph)
    else:
        KeepRanges(ranges=tuple(spans)).render(graph)


def _listed(times: Sequence[float]) -> str:
    shown = [fmt_seconds(t) for t in times[:6]]
    more = f" and {len(times) - 6} more" if len(times) > 6 else ""
    if len(shown) == 1:
        return shown[0]
    return ", ".join(shown[:-1]) + (f", {shown[-1]}{more}" if more else f" and {shown[-1]}")


# ---------------------------------------------------------------- shared words
_CUTV = (
    r"(?:cut|remove|delete|drop|trim|skip|strip|eliminate|get rid of|take|edit|chop|snip|lose|"
    r"kill|throw away|clean up|clear|jump ?cut|squeeze|ditch|scrap|nuke|axe)(?: out| off| away)?"
)
_OF_IT = (
    r"(?: (?:of|from|in|out of|on|throughout) (?:{it}|(?:the |my |this |our )?(?:podcast |interview |voice |audio )?"
    r"(?:audio|sound|recording|speech|talk|track|podcast|interview|vlog|voice ?over|lecture|call|meeting)))?"
)
_AT_START = r"(?:start|beginning|front|head|begining|opening)"
_AT_END = r"(?:end|ending|tail|finish|close)"
_WHERE = (
    rf"(?: (?:at|from|in|on) (?:both ends|(?:the )?{_AT_START} and (?:the )?{_AT_END})(?P<both>)"
    rf"| (?:at|from|in|on) the {_AT_START}(?P<s>)| (?:at|from|in|on) the {_AT_END}(?P<e>))?"
)


def _where(g: dict[str, str], default: Where = "all") -> Where:
    if "both" in g:
        return "ends"
    if "s" in g:
        return "start"
    if "e" in g:
        return "end"
    return default


# ---------------------------------------------------------------- silence
_SILENCE = (
    r"(?:silences?|silent (?:parts?|bits?|sections?|segments?|gaps?|stretches?|moments?|pauses?|portions?|spots?)"
    r"|(?:pauses?|gaps?)(?: (?:in the (?:audio|speech|talking|conversation)|(?:in )?between (?:the )?"
    r"(?:words|sentences|phrases|lines|takes)))?|dead air|dead space|dead time"
    r"|quiet (?:parts?|bits?|sections?|segments?|moments?|stretches?|gaps?|portions?)"
    r"|(?:parts?|bits?|sections?|moments?) (?:with no|without(?: any)?) (?:sound|audio|talking|speech)"
    r"|(?:parts?|bits?|moments?) where (?:no ?one|nobody|no one) (?:talks|speaks|is talking|is speaking|says anything))"
)
_FEW = r"(?:(?:all|any|every|each|some) (?:of )?)?(?:the |those |these |my )?"
_ADJ = r"(?:(?:long|longer|awkward|dead|empty|unnecessary|boring|annoying|extra|excess|excessive|big|silent|quiet|unwanted|significant|noticeable)(?:,)? )*"
_LONGER = (
    r"(?: (?:that are |which are |that last |that run |lasting |running )?(?:longer than|over|more than|exceeding|above|"
    r"of more than|of over|of at least|at least|greater than|beyond) {time:len}(?: long| or (?:more|longer))?)"
)
_QUIETER = r"(?: (?:that are |which are |where it is |where it's )?(?:below|under|quieter than|lower than|less than|softer than|beneath|at) {db:th})"

#: "with a margin of 0.1 seconds", "leaving 0.3 s of padding": the room kept next to sound.
_MARGIN = (
    r"(?:,? (?:with|and|keeping|leaving|using) (?:an? )?(?:(?:margin|padding|buffer)(?: of)? "
    r"{time:margin}|{time:margin2} (?:of )?(?:margin|padding|buffer)(?: (?:around|on each side|"
    r"before and after))?))"
)


def _silence(g: dict[str, str]) -> RemoveSilence:
    args: dict[str, Any] = {"where": _where(g)}
    if "margin" in g or "margin2" in g:
        args["margin"] = parse_time(g.get("margin") or g["margin2"])
    if "len" in g:
        args["min_silence"] = parse_time(g["len"])
    if "th" in g:
        args["threshold_db"] = -abs(parse_number(g["th"]))
    return RemoveSilence(**args)


class RemoveSilence(Operation):
    """Cut out the silent parts, sound and picture together, leaving a little room around sound.

    Silence is measured first, in a pass of its own; the room kept next to every sound means
    no word is clipped."""

    name: ClassVar[str] = "remove_silence"
    frames = (
        frame(
            "cut the silence",
            "silence silent silences pauses pause quiet",
            # a verb too: "it's too quiet" says what is wrong, it asks for no cut
            "cut remove delete trim drop skip strip rid",
            also="out parts part bits sections automatically all periods gaps",
        ),
    )
    tool: ClassVar[str] = "metadata"
    examples: ClassVar[tuple[str, ...]] = (
        "cut the silence",
        "remove pauses longer than 1 second",
        "cut out the quiet bits below -40 dB",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"audio"})

    threshold_db: float = Field(
        -35.0,
        ge=-90,
        le=-10,
        description="Sound quieter than this (dBFS) counts as silence: -35 suits speech; "
        "-50 only takes out near-total silence.",
    )
    min_silence: float = Field(
        0.5,
        ge=0.1,
        le=60,
        description="Only silences at least this long (seconds) are cut; the short gaps "
        "between words are left alone.",
    )
    margin: float = Field(
        0.2,
        ge=0,
        le=2,
        description="Seconds of each silence kept next to the sound, so words are not clipped "
        "(never more than a quarter of the silence).",
    )
    where: Where = Field(
        "all",
        description="all: every silence; start or end: only the silence the video starts or "
        "ends with; ends: both of those.",
    )

    def check(self, clip: Clip) -> None:
        if not clip.has_audio:
            raise InvalidRequest(
                "the video has no sound track, so there is no silence to find in it"
            )
        super().check(clip)

    def analysis(self, clip: Clip) -> Analysis | None:
        return Analysis(
            "silences",
            "audio",
            (f"silencedetect=noise={num(self.threshold_db)}dB:d={num(self.min_silence)}",),
        )

    def read_measurement(self, report: str) -> dict[str, Any]:
        silences: list[list[float | None]] = []
        for kind, value in re.findall(r"silence_(start|end): (-?[\d.]+)", report):
            t = max(0.0, float(value))
            if kind == "start":
                silences.append([t, None])
            elif silences and silences[-1][1] is None:
                silences[-1][1] = t
        total = sum(b - a for a, b in silences if a is not None and b is not None)
        return {"silences": silences, "silent_seconds": round(total, 3)}

    def cuts(self, measured: dict[str, Any], clip: Clip) -> list[Span]:
        """The stretches to take out: each silence less the margin on its sounding sides."""
        silences = [
            (float(a), clip.duration if b is None else min(float(b), clip.duration))
            for a, b in measured["silences"]
        ]
        cuts: list[Span] = []
        for span in _only(silences, self.where, clip):
            room = min(self.margin, (span[1] - span[0]) / 4)
            lo = 0.0 if _touches_start(span) else span[0] + room
            hi = clip.duration if _touches_end(span, clip) else span[1] - room
            if hi - lo >= _TINY:
                cuts.append((lo, hi))
        return cuts

    def render(self, graph: Graph) -> None:
        if graph.measured is None:
            return  # planning only: the silences are measured before the render
        clip = graph.clip
        cuts = self.cuts(graph.measured, clip)
        if not cuts:
            return  # nothing silent for long enough: the video stays as it is
        spans = _kept(cuts, clip)
        if not spans:
            raise InvalidRequest(
                f"all {fmt_seconds(clip.duration)} of the sound is quieter than "
                f"{self.threshold_db:g} dB, so cutting the silence would leave nothing; "
                "if it holds quiet speech, ask for a lower level (e.g. 'remove silence below -50 dB')"
            )
        _keep(graph, spans)

    def describe(self) -> str:
        where = {"all": "", "start": " at the start", "end": " at the end", "ends": " at both ends"}
        return (
            f"cut silence{where[self.where]} (below {self.threshold_db:g} dB for "
            f"{self.min_silence:g} s or more, keeping {self.margin:g} s around sound)"
        )

    grammar = (
        rule(
            rf"{_CUTV} {_FEW}{_ADJ}{_SILENCE}{_OF_IT}{_WHERE}{_OF_IT}(?:{_LONGER})?(?:{_QUIETER})?{_OF_IT}"
            rf"{_MARGIN}?",
            _silence,
        ),
        rule(
            rf"{_CUTV} {_FEW}{_ADJ}{_SILENCE}{_OF_IT}{_QUIETER}{_LONGER}{_OF_IT}",
            _silence,
        ),
        rule(
            rf"{_CUTV} (?:everything|anything|all the parts|the parts|parts|bits)(?: that is| that's| which is| that are)? "
            r"(?:quieter than|below|under|softer than) {db:th}",
            _silence,
        ),
        rule(
            r"(?:silence|pause) (?:removal|remover|cutting|trimming|cutter)|"
            r"(?:remove|cut|trim|skip|no) silences?|no (?:more )?(?:long )?pauses|"
            r"(?:tighten|shorten)(?: up)? (?:the )?(?:pauses|gaps|silences?)|"
            r"jump ?cut (?:{it}|the (?:talking|speech|silence|pauses))",
            _silence,
        ),
    )


# ---------------------------------------------------------------- black frames
_BLACK = (
    r"(?:(?:completely|fully|pure|solid|all|blank|empty|dark) )*black(?: (?:frames?|segments?|parts?|sections?|screens?|bits?|"
    r"stretches?|gaps?|portions?|pieces?|footage|video|shots?|moments?|(?P<intro>intro|leader|lead-in)|(?P<outro>outro|ending)))?"
)


def _black(g: dict[str, str]) -> RemoveBlack:
    where = _where(g)
    if "lead" in g or "intro" in g:
        where = "start" if where == "all" else where
    if "trail" in g or "outro" in g:
        where = "end" if where == "all" else where
    return RemoveBlack(where=where)


class RemoveBlack(Operation):
    """Cut out the black stretches (at the start, the end or between shots), sound with picture."""

    name: ClassVar[str] = "remove_black"
    frames = (
        frame(
            "remove black frames",
            "black",
            # (a verb: "from black" is where a fade starts, no cut)
            "remove cut delete trim drop skip strip rid",
            also="frames frame screen screens parts part",
        ),
    )
    tool: ClassVar[str] = "metadata"
    examples: ClassVar[tuple[str, ...]] = (
        "remove black frames",
        "cut the black segments",
        "trim the black at the start",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"video"})

    where: Where = Field(
        "all",
        description="all: every black stretch; start or end: only the one the video starts or "
        "ends with; ends: both of those.",
    )
    min_length: float = Field(
        0.1, ge=0.04, le=60, description="Only black stretches at least this long (seconds)."
    )
    darkness: float = Field(
        0.1,
        ge=0,
        le=1,
        description="How dark a pixel must be to count as black, 0 (pure black) to 1.",
    )

    def check(self, clip: Clip) -> None:
        super().check(clip)
        if clip.is_image:
            raise InvalidRequest("the input is a still image, so it has no black frames to cut")

    def analysis(self, clip: Clip) -> Analysis | None:
        return Analysis(
            "black",
            "video",
            (f"blackdetect=d={num(self.min_length)}:pix_th={num(self.darkness)}:pic_th=0.98",),
        )

    def read_measurement(self, report: str) -> dict[str, Any]:
        found = re.findall(r"black_start: ?(-?[\d.]+) black_end: ?(-?[\d.]+)", report)
        black = [[max(0.0, float(a)), float(b)] for a, b in found]
        return {"black": black, "black_seconds": round(sum(b - a for a, b in black), 3)}

    def render(self, graph: Graph) -> None:
        if graph.measured is None:
            return  # planning only
        clip = graph.clip
        spans = [(float(a), float(b)) for a, b in graph.measured["black"]]
        cuts = [
            (
                0.0 if _touches_start(s) else s[0],
                clip.duration if _touches_end(s, clip) else s[1],
            )
            for s in _only(spans, self.where, clip)
        ]
        if not cuts:
            return  # no black there: the video stays as it is
        kept = _kept(cuts, clip)
        if not kept:
            raise InvalidRequest(
                f"the whole video ({fmt_seconds(clip.duration)}) is black, so cutting the black "
                "would leave nothing"
            )
        _keep(graph, kept)

    def describe(self) -> str:
        where = {"all": "", "start": " at the start", "end": " at the end", "ends": " at both ends"}
        return f"cut black frames{where[self.where]}"

    grammar = (
        rule(
            rf"{_CUTV} {_FEW}(?:(?P<lead>leading|opening|initial) |(?P<trail>trailing|closing|final) )?{_BLACK}{_OF_IT}{_WHERE}{_OF_IT}",
            _black,
        ),
        rule(
            rf"{_CUTV} (?:the )?(?:frames?|parts?|bits?|sections?|segments?) (?:that are|which are|that's) "
            rf"(?:completely |all |fully )?black{_WHERE}",
            _black,
        ),
        rule(
            r"(?:start|begin) (?:{it} )?(?:after|once) the black(?: (?:ends|is over|frames end))?|"
            r"(?:start|begin) (?:at|from|on) the first (?:non-?black|real) frame",
            lambda g: RemoveBlack(where="start"),
        ),
    )


# ---------------------------------------------------------------- scenes
_SCENE = r"(?:scene|shot)"
_SCENES = r"(?:scenes?|shots?)"
_ORDINALS = {
    "first": 1, "1st": 1, "opening": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7,
    "eighth": 8, "8th": 8, "ninth": 9, "9th": 9, "tenth": 10, "10th": 10, "last": -1,
    "final": -1, "closing": -1, "second to last": -2, "second last": -2, "second-to-last": -2,
    "second-last": -2, "penultimate": -2, "next to last": -2,
}  # fmt: skip
_ORD = "(?:" + "|".join(sorted(map(re.escape, _ORDINALS), key=len, reverse=True)) + ")"
_ORDS = rf"(?P<ords>{_ORD}(?:(?:,? and |, ?| & ){_ORD})*)"
_NUMS = r"(?P<nums>\d+(?:(?:,? and |, ?| & )\d+)*)"
_KEEPV = (
    r"(?:(?:only |just )?(?:keep|use|take|give me|gimme|leave|show|save|extract|preserve|i (?:only |just )?(?:want|need))"
    r"(?: only| just)?|only|just)"
)
_DROPV = (
    r"(?:cut|remove|delete|drop|skip|lose|get rid of|throw away|take|chop|trim|exclude|leave|"
    r"ditch|scrap|axe|nuke)(?: out| off| away)?"
)


def _numbers(g: dict[str, str]) -> tuple[int, ...]:
    """The scene numbers a request names: 'first 3' -> 1, 2, 3; 'last 2' -> -2, -1;
    'second and fourth' -> 2, 4; 'scenes 1 and 3' -> 1, 3."""
    if "pos" in g:
        n = int(g.get("n") or 1)
        if n < 1:
            raise ValueError("there is no 'first 0 scenes'; name at least one scene")
        return tuple(range(1, n + 1)) if g["pos"] in ("first", "opening") else tuple(range(-n, 0))
    if "ords" in g:
        words = re.split(r",? and |, ?| & ", g["ords"])
        return tuple(_ORDINALS[w.strip()] for w in words)
    return tuple(int(x) for x in re.split(r",? and |, ?| & ", g["nums"]))


#: How different two frames must be (scdet's score, 0-100) to count as a scene change: hard
#: cuts between shots score 25-50, motion within a shot stays under 5.
SCENE_THRESHOLD = 10.0


def scene_analysis(threshold: float = SCENE_THRESHOLD) -> Analysis:
    """The pass that finds scene changes: scdet reports each one's time at loglevel info."""
    return Analysis("scenes", "video", (f"scdet=threshold={num(threshold)}",))


def read_scene_changes(report: str) -> list[float]:
    """The times of the scene changes in ffmpeg's report of a `scene_analysis` pass."""
    times = re.findall(r"lavfi\.scd\.time: ?(-?[\d.]+)", report)
    return sorted({round(float(t), 3) for t in times})


def scene_cuts(measured: dict[str, Any], clip: Clip) -> list[float]:
    """The times the scene changes, inside the clip, in order."""
    return sorted(
        {float(t) for t in measured["cuts"] if _TINY <= float(t) <= clip.duration - _TINY}
    )


def _scenes(measured: dict[str, Any], clip: Clip) -> list[Span]:
    bounds = [0.0, *scene_cuts(measured, clip), clip.duration]
    return list(itertools.pairwise(bounds))


def _scene_facts(scenes: Sequence[Span]) -> str:
    if len(scenes) == 1:
        return "no scene change was found, so the video is one scene"
    cuts = [a for a, _ in scenes[1:]]
    return f"the video has {len(scenes)} scenes (changes at {_listed(cuts)})"


class _SceneOperation(Operation):
    tool: ClassVar[str] = "metadata"
    needs: ClassVar[frozenset[str]] = frozenset({"video"})

    threshold: float = Field(
        SCENE_THRESHOLD,
        ge=1,
        le=100,
        description="How different two frames must be to count as a scene change, 1 to 100: "
        "lower finds softer changes (and more false ones).",
    )

    def check(self, clip: Clip) -> None:
        super().check(clip)
        if clip.is_image:
            raise InvalidRequest("the input is a still image, so it has no scenes")

    def analysis(self, clip: Clip) -> Analysis | None:
        return scene_analysis(self.threshold)

    def read_measurement(self, report: str) -> dict[str, Any]:
        return {"cuts": read_scene_changes(report)}

    def kept_scenes(self, scenes: list[Span]) -> list[Span]:
        """The scenes this step keeps, in order, of those found; InvalidRequest, with the
        scenes found, when the request does not fit them."""
        raise NotImplementedError

    def render(self, graph: Graph) -> None:
        if graph.measured is None:
            return  # planning only
        clip = graph.clip
        scenes = _scenes(graph.measured, clip)
        kept = self.kept_scenes(scenes)
        if kept == scenes:
            return
        # Neighbouring scenes kept together are one range, cut nowhere.
        spans: list[Span] = []
        for a, b in kept:
            if spans and abs(spans[-1][1] - a) < 1e-6:
                spans[-1] = (spans[-1][0], b)
            else:
                spans.append((a, b))
        _keep(graph, spans)


class KeepScenes(_SceneOperation):
    """Keep some scenes, or remove some, found where the picture changes at a cut.

    "keep the first 3 scenes", "remove the second scene": scenes are counted from 1."""

    name: ClassVar[str] = "keep_scenes"
    examples: ClassVar[tuple[str, ...]] = (
        "keep the first 3 scenes",
        "keep only the second scene",
        "remove the last scene",
    )

    keep: tuple[int, ...] = Field(
        (),
        description="Scene numbers to keep, from 1; negative counts from the end (-1 is the last).",
    )
    remove: tuple[int, ...] = Field(
        (), description="Scene numbers to remove instead, from 1; negative counts from the end."
    )

    @field_validator("keep", "remove")
    @classmethod
    def _no_zero(cls, v: tuple[int, ...]) -> tuple[int, ...]:
        if 0 in v:
            raise ValueError("scenes are counted from 1: the first scene is scene 1")
        return v

    @model_validator(mode="after")
    def _one_list(self) -> KeepScenes:
        if bool(self.keep) == bool(self.remove):
            raise ValueError("say which scenes to keep or which to remove (one of the two)")
        return self

    def _index(self, n: int, scenes: Sequence[Span]) -> int:
        count = len(scenes)
        i = n - 1 if n > 0 else count + n
        if not 0 <= i < count:
            name = f"scene {n}" if n > 0 else f"scene {-n} from the end"
            raise InvalidRequest(f"{_scene_facts(scenes)}, so there is no {name}")
        return i

    def kept_scenes(self, scenes: list[Span]) -> list[Span]:
        chosen = {self._index(n, scenes) for n in self.keep or self.remove}
        if self.remove:
            chosen = set(range(len(scenes))) - chosen
            if not chosen:
                raise InvalidRequest(
                    f"{_scene_facts(scenes)}; removing them all would leave nothing"
                )
        return [scenes[i] for i in sorted(chosen)]

    def describe(self) -> str:
        numbers = self.keep or self.remove
        verb = "keep" if self.keep else "remove"
        if numbers == tuple(range(1, len(numbers) + 1)):
            which = "the first scene" if len(numbers) == 1 else f"the first {len(numbers)} scenes"
        elif numbers == tuple(range(-len(numbers), 0)):
            which = "the last scene" if len(numbers) == 1 else f"the last {len(numbers)} scenes"
        else:
            which = ("scene " if len(numbers) == 1 else "scenes ") + ", ".join(map(str, numbers))
        return f"{verb} {which}"

    grammar = (
        rule(
            rf"(?:{_KEEPV} )?(?:the )?(?P<pos>first|opening|last|final) (?:(?P<n>\d+) )?{_SCENES}{_OF_IT}(?: only)?",
            lambda g: KeepScenes(keep=_numbers(g)),
        ),
        rule(
            rf"{_KEEPV} (?:the )?{_ORDS} {_SCENES}{_OF_IT}(?: only)?",
            lambda g: KeepScenes(keep=_numbers(g)),
        ),
        rule(
            rf"{_KEEPV} {_SCENES} (?:number |no\.? |#)?{_NUMS}(?: only)?",
            lambda g: KeepScenes(keep=_numbers(g)),
        ),
        rule(
            rf"{_DROPV} (?:the )?(?P<pos>first|opening|last|final) (?:(?P<n>\d+) )?{_SCENES}{_OF_IT}",
            lambda g: KeepScenes(remove=_numbers(g)),
        ),
        rule(
            rf"{_DROPV} (?:the )?{_ORDS} {_SCENES}{_OF_IT}",
            lambda g: KeepScenes(remove=_numbers(g)),
        ),
        rule(
            rf"{_DROPV} {_SCENES} (?:number |no\.? |#)?{_NUMS}",
            lambda g: KeepScenes(remove=_numbers(g)),
        ),
        rule(
            rf"(?:cut|remove|delete|drop|trim)(?: {{it}})? (?:everything|all) (?:after|but) the (?P<pos>first) {_SCENE}",
            lambda g: KeepScenes(keep=(1,)),
        ),
        # One output per edit: splitting at every change (or only listing them) is not an edit.
        rule(
            r"(?:split|cut|chop|divide|break|separate)(?: {it})?(?: up)? (?:at|on|by|into) (?:the |each |every |all the )?"
            r"(?:scene changes?|scene cuts?|cuts|shot changes?|scenes|shots)(?: into (?:separate )?(?:clips|files|videos))?|"
            r"(?:list|show|find|detect|mark|where are)(?: me)? (?:all )?(?:the )?(?:scene changes?|scene cuts?|cuts|shot changes?|scenes|split points)(?: in {it})?",
            lambda g: _no_split(),
        ),
    )


def _no_split() -> None:
    raise ValueError(
        "promptcut makes one video per edit, so it does not split a video into scenes; "
        "`promptcut probe FILE --scenes` lists where the scenes change, and an edit can keep "
        "the ones you want ('keep only the second scene', 'remove scenes shorter than 1 second')"
    )


class RemoveShortScenes(_SceneOperation):
    """Drop every scene shorter than a length (quick flashes between cuts), keeping the rest."""

    name: ClassVar[str] = "remove_short_scenes"
    examples: ClassVar[tuple[str, ...]] = (
        "remove scenes shorter than 1 second",
        "cut out the very short shots",
        "only keep scenes longer than 2 seconds",
    )

    min_length: float = Field(
        1.0, gt=0, le=3600, description="Scenes shorter than this many seconds are removed."
    )

    def kept_scenes(self, scenes: list[Span]) -> list[Span]:
        kept = [s for s in scenes if s[1] - s[0] >= self.min_length]
        if not kept:
            longest = max(b - a for a, b in scenes)
            raise InvalidRequest(
                f"{_scene_facts(scenes)}, all shorter than {fmt_seconds(self.min_length)} "
                f"(the longest is {fmt_seconds(longest)}), so nothing would be left"
            )
        return kept

    def describe(self) -> str:
        return f"remove scenes shorter than {self.min_length:g} s"

    grammar = (
        rule(
            rf"{_DROPV} (?:all |any |every )?(?:of )?(?:the |those )?{_SCENES}(?: that are| which are| that's| that is| that last| lasting)? "
            r"(?:shorter than|under|less than|below|of less than|lasting less than) {time:t}(?: long| in length)?",
            lambda g: RemoveShortScenes(min_length=parse_time(g["t"])),
        ),
        rule(
            rf"{_DROPV} (?:all |any |every )?(?:of )?(?:the |those )?(?:very |really |too |super )?(?:short|brief|quick|tiny) "
            rf"{_SCENES}(?: (?:shorter than|under|less than|below) {{time:t}})?",
            lambda g: RemoveShortScenes(min_length=parse_time(g["t"]) if "t" in g else 1.0),
        ),
        rule(
            rf"{_KEEPV} (?:the )?{_SCENES}(?: that are| which are| that's| that is| that last| lasting)? "
            r"(?:longer than|over|more than|at least|of at least) {time:t}(?: long| or (?:more|longer))?",
            lambda g: RemoveShortScenes(min_length=parse_time(g["t"])),
        ),
    )


OPERATIONS: tuple[type[Operation], ...] = (
    RemoveSilence,
    RemoveBlack,
    KeepScenes,
    RemoveShortScenes,
)
