"""Judging the offline planner's answer to a real request: the case types, matching and verdicts."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from importlib import import_module
from pathlib import Path
from typing import Any, Literal

from promptcut.errors import UserError
from promptcut.plan import Plan

__all__ = [
    "GIF",
    "LOUDER",
    "MP3",
    "MP3_SAVED",
    "SET_NAMES",
    "SOUND_ALONE",
    "VERTICAL",
    "WHOLE",
    "Above",
    "AnyOf",
    "Below",
    "Between",
    "Case",
    "Probe",
    "Verdict",
    "Want",
    "against_table",
    "anywhere",
    "cases_of",
    "judge",
    "maybe",
    "optional",
    "outcome_of",
    "run",
    "show_plan",
    "step",
    "table_rows",
    "totals",
    "validate",
]

Cls = Literal["DOABLE", "UNDERSPECIFIED", "OUT-OF-SCOPE"]
Expect = Literal["plan", "ask", "refuse"]
Result = Literal["RIGHT", "WRONG", "REFUSED", "ERROR"]

#: Parameters that are times on the clip: a negative value counts back from its end.
TIME_KEYS = frozenset({"start", "end", "at"})
REL_TOL = 0.01
ABS_TOL = 0.02


# ---------------------------------------------------------------- what the input is


@dataclass(frozen=True)
class Probe:
    """The input a request implies: what its probe would say."""

    duration: float = 60.0
    width: int = 1920
    height: int = 1080
    fps: float = 30.0
    has_audio: bool = True


VERTICAL = Probe(width=1080, height=1920)


# ---------------------------------------------------------------- value matchers


class Matcher:
    """A test of one parameter's value, for when one exact value is not the only right one."""

    def test(self, value: Any, key: str, duration: float) -> bool:
        raise NotImplementedError


@dataclass(frozen=True, repr=False)
class Between(Matcher):
    """A number from `lo` to `hi`, both included (None: no bound on that side)."""

    lo: float | None = None
    hi: float | None = None

    def test(self, value: Any, key: str, duration: float) -> bool:
        return any(
            (self.lo is None or v >= self.lo - ABS_TOL)
            and (self.hi is None or v <= self.hi + ABS_TOL)
            for v in _candidates(value, key, duration)
        )

    def __repr__(self) -> str:
        lo = "" if self.lo is None else f"{self.lo:g}"
        hi = "" if self.hi is None else f"{self.hi:g}"
        return f"{lo}..{hi}"


@dataclass(frozen=True, repr=False)
class Above(Matcher):
    """A number strictly above `lo`."""

    lo: float

    def test(self, value: Any, key: str, duration: float) -> bool:
        return any(v > self.lo for v in _candidates(value, key, duration))

    def __repr__(self) -> str:
        return f">{self.lo:g}"


@dataclass(frozen=True, repr=False)
class Below(Matcher):
    """A number strictly below `hi`."""

    hi: float

    def test(self, value: Any, key: str, duration: float) -> bool:
        return any(v < self.hi for v in _candidates(value, key, duration))

    def __repr__(self) -> str:
        return f"<{self.hi:g}"


@dataclass(frozen=True, repr=False)
class AnyOf(Matcher):
    """Any one of several values or matchers (None among them: the parameter left unset)."""

    options: tuple[Any, ...]

    def __init__(self, *options: Any) -> None:
        object.__setattr__(self, "options", options)

    def test(self, value: Any, key: str, duration: float) -> bool:
        return any(same(o, value, key, duration) for o in self.options)

    def __repr__(self) -> str:
        return "|".join(repr(o) for o in self.options)


def _number(x: Any) -> bool:
    return isinstance(x, int | float) and not isinstance(x, bool)


def _candidates(value: Any, key: str, duration: float) -> list[float]:
    """A number as it may be read: a negative time also as the second it counts back to."""
    if not _number(value):
        return []
    out = [float(value)]
    if key in TIME_KEYS and value < 0:
        out.append(duration + value)
    return out


def same(expected: Any, actual: Any, key: str = "", duration: float = 0.0) -> bool:
    """Whether a parameter's value is what was expected: numbers within a tolerance, a time
    counted from the end equal to the same time counted from the start, text in any case,
    lists element by element."""
    if isinstance(expected, Matcher):
        return expected.test(actual, key, duration)
    if expected is None or actual is None:
        return expected is None and actual is None
    if isinstance(expected, bool) or isinstance(actual, bool):
        return expected is actual
    if _number(expected):
        return any(
            math.isclose(e, a, rel_tol=REL_TOL, abs_tol=ABS_TOL)
            for e in _candidates(expected, key, duration)
            for a in _candidates(actual, key, duration)
        )
    if isinstance(expected, str):
        return isinstance(actual, str) and expected.lower() == actual.lower()
    if isinstance(expected, list | tuple):
        return (
            isinstance(actual, list | tuple)
            and len(expected) == len(actual)
            and all(same(e, a, "", duration) for e, a in zip(expected, actual, strict=True))
        )
    return bool(expected == actual)


# ---------------------------------------------------------------- expected steps


@dataclass(frozen=True)
class Want:
    """One expected step: an operation and the parameters that matter (compared as a subset),
    or several such (`a | b`: either is right). `optional`: the plan may leave it out;
    `anywhere`: it may stand at any place in the plan (an encoding setting, a format)."""

    options: tuple[tuple[str, Mapping[str, Any]], ...]
    optional: bool = False
    anywhere: bool = False

    def __or__(self, other: Want) -> Want:
        return replace(self, options=self.options + other.options)

    def fits(self, op: str, params: Mapping[str, Any], duration: float) -> bool:
        return any(
            name == op
            and all(k in params and same(v, params[k], k, duration) for k, v in want.items())
            for name, want in self.options
        )

    def names(self) -> set[str]:
        return {name for name, _ in self.options}

    def __repr__(self) -> str:
        text = " | ".join(
            f"{name}({', '.join(f'{k}={v!r}' for k, v in want.items())})"
            for name, want in self.options
        )
        return text + ("?" if self.optional else "") + ("~" if self.anywhere else "")


def step(op: str, **params: Any) -> Want:
    """An expected step: `step("trim", end=-2)`."""
    return Want(((op, params),))


def optional(want: Want) -> Want:
    return replace(want, optional=True)


def anywhere(want: Want) -> Want:
    return replace(want, anywhere=True)


def maybe(want: Want) -> Want:
    """A step the plan may add or leave out, at any place (an optional quality or format)."""
    return replace(want, optional=True, anywhere=True)


#: The whole video, not a part of it: `step("speed", factor=2, **WHOLE)`.
WHOLE: dict[str, Any] = {"start": None, "end": None}

#: An animated GIF, by the gif operation or as a format.
GIF = step("gif") | step("convert", format="gif")

#: The sound alone, saved as an mp3: extracted as one, or converted to one.
MP3 = step("extract_audio", format="mp3") | step("convert", format="mp3")

#: The sound alone, extracted and then saved as an mp3 (the same file, in two steps).
MP3_SAVED = [step("extract_audio", format=AnyOf("mp3", None)), step("convert", format="mp3")]

#: The sound alone, as any audio file: extracted, or converted to one.
SOUND_ALONE = step("extract_audio") | step(
    "convert", format=AnyOf("mp3", "m4a", "aac", "wav", "flac", "ogg", "opus")
)

#: Louder, by any amount (a level or decibels) or to a loudness target, all of it.
LOUDER = (
    step("volume", percent=Above(100), **WHOLE)
    | step("volume", db=Above(0), **WHOLE)
    | step("normalize")
)


# ---------------------------------------------------------------- cases and verdicts


@dataclass(frozen=True)
class Case:
    """One row of a real-request set (dev.py, corpus.py).

    `expect`: "plan" (DOABLE with existing operations: one of `plans` is right), "ask"
    (UNDERSPECIFIED: refuse, ideally asking for `missing`; `ask_terms` are the words that show
    a refusal asks for it) or "refuse" (OUT-OF-SCOPE, or DOABLE with no operation for it:
    `no_op`, `tag` says why)."""

    id: str
    cls: Cls
    request: str
    expect: Expect
    plans: tuple[tuple[Want, ...], ...] = ()
    missing: str = ""
    ask_terms: tuple[str, ...] = ()
    assets: tuple[str, ...] = ()
    probe: Probe = field(default_factory=Probe)
    no_op: bool = False
    tag: str = ""
    note: str = ""

    @property
    def group(self) -> str:
        """The totals line it counts in."""
        if self.expect == "plan":
            return "doable"
        if self.expect == "ask":
            return "underspecified"
        return "refuse"


@dataclass(frozen=True)
class Verdict:
    """How the planner did on one case. `asked`: for a refused UNDERSPECIFIED request,
    whether the refusal names what is missing (None elsewhere). `shown`: the plan in one line,
    or the refusal's message (`planned` says which)."""

    case: Case
    result: Result
    shown: str
    reason: str = ""
    asked: bool | None = None
    planned: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.case.id,
            "class": self.case.cls,
            "expect": self.case.expect,
            "no_op": self.case.no_op,
            "result": self.result,
            "asked": self.asked,
            "planned": self.planned,
            "shown": self.shown,
            "reason": self.reason,
        }


Outcome = Plan | BaseException


def show_plan(plan: Plan) -> str:
    """A plan in one line: `trim(end=-2) + grayscale()`."""
    return " + ".join(
        _call(s.op, s.operation.model_dump(exclude_defaults=True)) for s in plan.steps
    )


def _call(op: str, params: Mapping[str, Any]) -> str:
    return f"{op}({', '.join(f'{k}={v!r}' for k, v in params.items())})"


def _steps(plan: Plan) -> list[tuple[str, dict[str, Any]]]:
    """Each step's operation and all its parameters, defaults included."""
    return [(s.op, s.operation.model_dump()) for s in plan.steps]


def _fits(
    ordered: Sequence[Want],
    free: Sequence[Want],
    steps: Sequence[tuple[str, dict[str, Any]]],
    duration: float,
) -> bool:
    """Whether the steps are the ordered wants in order and the free ones anywhere, every
    want that is not optional used once and no step left over."""
    if not steps:
        return all(w.optional for w in ordered) and all(w.optional for w in free)
    (op, params), rest = steps[0], steps[1:]
    for k, want in enumerate(ordered):
        if want.fits(op, params, duration) and _fits(ordered[k + 1 :], free, rest, duration):
            return True
        if not want.optional:
            break
    for k, want in enumerate(free):
        if want.fits(op, params, duration) and _fits(
            ordered, [*free[:k], *free[k + 1 :]], rest, duration
        ):
            return True
    return False


def matches(alternative: Sequence[Want], plan: Plan, duration: float) -> bool:
    ordered = [w for w in alternative if not w.anywhere]
    free = [w for w in alternative if w.anywhere]
    return _fits(ordered, free, _steps(plan), duration)


def _difference(alternative: Sequence[Want], plan: Plan, duration: float) -> tuple[int, str]:
    """What separates a plan from one right answer, and how much (for the closest answer)."""
    steps = _steps(plan)
    left = list(steps)
    missing: list[Want] = []
    for want in alternative:
        hit = next((s for s in left if s[0] in want.names()), None)
        if hit is not None:
            left.remove(hit)
        elif not want.optional:
            missing.append(want)
    problems = [f"missing {w!r}" for w in missing]
    problems += [f"extra {op}" for op, _ in left]
    if not problems:
        for op, params in steps:
            wants = [w for w in alternative if op in w.names()]
            if wants and not any(w.fits(op, params, duration) for w in wants):
                keys = {k for w in wants for name, want in w.options if name == op for k in want}
                shown = _call(op, {k: params.get(k) for k in sorted(keys)})
                problems.append(f"{shown} is not {' / '.join(repr(w) for w in wants)}")
        if not problems:
            problems.append(f"order: expected {list(alternative)!r}")
    return len(problems), "; ".join(problems)


def _unquoted(message: str) -> str:
    """A refusal without the words it quotes (the request's own clause, the phrasings it
    suggests): what is left is what it says itself."""
    # An apostrophe inside a word ("the video's sound") neither opens nor closes a quote.
    return re.sub(r"(?<!\w)'(?:[^']|'(?=\w))*'(?!\w)|\"[^\"]*\"", " ", message)


def _asks(case: Case, message: str) -> bool:
    said = _unquoted(message).lower()
    # A word's start is enough: "start" is asked for in "where it starts".
    return any(re.search(rf"\b{re.escape(t.lower())}", said) for t in case.ask_terms)


def judge(case: Case, outcome: Outcome) -> Verdict:
    """The verdict on the planner's outcome for a case: its Plan, or what it raised."""
    if isinstance(outcome, BaseException):
        message = str(outcome) or type(outcome).__name__
        if not isinstance(outcome, UserError):
            return Verdict(case, "ERROR", f"{type(outcome).__name__}: {message}", "crashed")
        if case.expect == "plan":
            return Verdict(case, "REFUSED", message)
        if case.expect == "ask":
            return Verdict(case, "RIGHT", message, asked=_asks(case, message))
        return Verdict(case, "RIGHT", message)
    shown = show_plan(outcome)
    if case.expect == "ask":
        return Verdict(case, "WRONG", shown, f"planned; should ask for {case.missing}", None, True)
    if case.expect == "refuse":
        why = f"no operation does it ({case.tag})" if case.no_op else "out of scope"
        return Verdict(case, "WRONG", shown, f"planned; should refuse: {why}", None, True)
    duration = case.probe.duration
    if any(matches(alt, outcome, duration) for alt in case.plans):
        return Verdict(case, "RIGHT", shown, planned=True)
    _, reason = min(_difference(alt, outcome, duration) for alt in case.plans)
    return Verdict(case, "WRONG", shown, reason, planned=True)


def validate(cases: Iterable[Case] | None = None) -> list[str]:
    """Mistakes in the cases themselves: an id used twice, a class and an expectation that do
    not go together, an operation or a parameter the catalogue does not have, a value the
    parameter cannot take, a file no asset gives, a DOABLE case with no right plan, an
    UNDERSPECIFIED one with nothing to ask. By default every set, and the corpus and the fresh
    sets against their tables (tests/realreq/corpus.md, tests/realreq/fresh.md,
    tests/realreq/fresh2.md, tests/realreq/fresh3.md, tests/realreq/fresh4.md,
    tests/realreq/fresh5.md, tests/realreq/fresh6.md, tests/realreq/fresh7.md,
    tests/realreq/fresh8.md, tests/realreq/fresh9.md, tests/realreq/fresh10.md,
    tests/realreq/fresh11.md, tests/realreq/fresh12.md, tests/realreq/fresh13.md,
    tests/realreq/fresh14.md, tests/realreq/fresh15.md, tests/realreq/fresh16.md,
    tests/realreq/fresh17.md, tests/realreq/fresh18.md, tests/realreq/fresh19.md,
    tests/realreq/fresh20.md, tests/realreq/fresh21.md, tests/realreq/fresh22.md,
    tests/realreq/fresh23.md, tests/realreq/fresh24.md,
    tests/realreq/fresh25.md, tests/realreq/fresh26.md,
    tests/realreq/fresh27.md, tests/realreq/fresh28.md,
    tests/realreq/fresh29.md, tests/realreq/fresh30.md,
    tests/realreq/fresh31.md, tests/realreq/fresh32.md,
    tests/realreq/fresh33.md, tests/realreq/fresh34.md,
    tests/realreq/fresh35.md, tests/realreq/fresh36.md,
    tests/realreq/fresh37.md, tests/realreq/fresh38.md,
    tests/realreq/fresh39.md, tests/realreq/fresh40.md,
    tests/realreq/fresh41.md, tests/realreq/fresh42.md,
    tests/realreq/fresh43.md, tests/realreq/fresh44.md,
    tests/realreq/fresh45.md, tests/realreq/fresh47.md,
    tests/realreq/fresh46.md, tests/realreq/fresh48.md,
    tests/realreq/fresh49.md, tests/realreq/fresh50.md,
    tests/realreq/fresh51.md, tests/realreq/fresh52.md,
    tests/realreq/fresh53.md, tests/realreq/fresh54.md,
    tests/realreq/fresh55.md, tests/realreq/fresh56.md,
    tests/realreq/fresh57.md, tests/realreq/fresh58.md,
    tests/realreq/fresh59.md, tests/realreq/fresh60.md,
    tests/realreq/fresh61.md, tests/realreq/fresh62.md,
    tests/realreq/fresh63.md, tests/realreq/fresh64.md,
    tests/realreq/fresh65.md, tests/realreq/fresh66.md,
    tests/realreq/fresh67.md, tests/realreq/fresh68.md,
    tests/realreq/fresh69.md, tests/realreq/fresh70.md,
    tests/realreq/fresh71.md, tests/realreq/fresh72.md,
    tests/realreq/fresh73.md, tests/realreq/fresh74.md,
    tests/realreq/fresh75.md, tests/realreq/fresh76.md,
    tests/realreq/fresh77.md, tests/realreq/fresh78.md,
    tests/realreq/fresh79.md, tests/realreq/fresh80.md,
    tests/realreq/fresh81.md, tests/realreq/fresh82.md,
    tests/realreq/fresh83.md, tests/realreq/fresh84.md,
    tests/realreq/fresh85.md, tests/realreq/fresh87.md,
    tests/realreq/fresh88.md, tests/realreq/fresh86.md, tests/realreq/fresh89.md,
    tests/realreq/fresh90.md, tests/realreq/fresh91.md, tests/realreq/fresh92.md,
    tests/realreq/fresh93.md, tests/realreq/fresh94.md, tests/realreq/fresh95.md,
    tests/realreq/fresh96.md, tests/realreq/fresh97.md, tests/realreq/fresh98.md,
    tests/realreq/fresh100.md, tests/realreq/fresh101.md, tests/realreq/fresh99.md,
    tests/realreq/fresh102.md, tests/realreq/fresh103.md, tests/realreq/fresh104.md,
    tests/realreq/fresh105.md, tests/realreq/fresh106.md, tests/realreq/fresh107.md,
    tests/realreq/fresh108.md, tests/realreq/fresh109.md, tests/realreq/fresh110.md,
    tests/realreq/fresh111.md, tests/realreq/fresh112.md, tests/realreq/fresh113.md,
    tests/realreq/fresh114.md, tests/realreq/fresh115.md, tests/realreq/fresh116.md,
    tests/realreq/fresh117.md, tests/realreq/fresh118.md, tests/realreq/fresh119.md,
    tests/realreq/fresh120.md, tests/realreq/fresh121.md, tests/realreq/fresh122.md,
    tests/realreq/fresh123.md, tests/realreq/fresh124.md, tests/realreq/fresh125.md,
    tests/realreq/fresh126.md, tests/realreq/fresh127.md, tests/realreq/fresh128.md,
    tests/realreq/fresh129.md, tests/realreq/fresh130.md, tests/realreq/fresh131.md,
    tests/realreq/fresh132.md, tests/realreq/fresh133.md, tests/realreq/fresh134.md,
    tests/realreq/fresh135.md, tests/realreq/fresh136.md, tests/realreq/fresh137.md,
    tests/realreq/fresh138.md, tests/realreq/fresh139.md, tests/realreq/fresh140.md,
    tests/realreq/fresh141.md, tests/realreq/fresh142.md, tests/realreq/fresh143.md,
    tests/realreq/fresh144.md, tests/realreq/fresh145.md, tests/realreq/fresh146.md,
    tests/realreq/fresh147.md, tests/realreq/fresh148.md, tests/realreq/fresh149.md,
    tests/realreq/fresh150.md, tests/realreq/fresh151.md, tests/realreq/fresh152.md,
    tests/realreq/fresh153.md, tests/realreq/fresh154.md, tests/realreq/fresh155.md,
    tests/realreq/fresh156.md, tests/realreq/fresh157.md, tests/realreq/fresh158.md,
    tests/realreq/fresh159.md, tests/realreq/fresh160.md, tests/realreq/fresh161.md,
    tests/realreq/fresh162.md, tests/realreq/fresh163.md, tests/realreq/fresh164.md,
    tests/realreq/fresh165.md, tests/realreq/fresh166.md, tests/realreq/fresh167.md,
    tests/realreq/fresh168.md, tests/realreq/fresh169.md, tests/realreq/fresh170.md,
    tests/realreq/fresh171.md, tests/realreq/fresh172.md, tests/realreq/fresh173.md,
    tests/realreq/fresh174.md, tests/realreq/fresh175.md, tests/realreq/fresh176.md,
    tests/realreq/fresh177.md, tests/realreq/fresh178.md, tests/realreq/fresh179.md,
    tests/realreq/fresh180.md, tests/realreq/fresh181.md, tests/realreq/fresh182.md,
    tests/realreq/fresh183.md, tests/realreq/fresh184.md, tests/realreq/fresh185.md,
    tests/realreq/fresh186.md, tests/realreq/fresh187.md, tests/realreq/fresh188.md,
    tests/realreq/fresh189.md, tests/realreq/fresh190.md, tests/realreq/fresh191.md,
    tests/realreq/fresh192.md, tests/realreq/fresh193.md, tests/realreq/fresh194.md,
    tests/realreq/fresh195.md, tests/realreq/fresh196.md, tests/realreq/fresh197.md,
    tests/realreq/fresh198.md, tests/realreq/fresh199.md, tests/realreq/fresh200.md,
    tests/realreq/fresh201.md, tests/realreq/fresh202.md, tests/realreq/fresh203.md,
    tests/realreq/fresh204.md, tests/realreq/fresh205.md, tests/realreq/fresh206.md,
    tests/realreq/fresh207.md, tests/realreq/fresh208.md, tests/realreq/fresh209.md,
    tests/realreq/fresh210.md, tests/realreq/fresh211.md, tests/realreq/fresh212.md,
    tests/realreq/fresh213.md, tests/realreq/fresh214.md, tests/realreq/fresh215.md,
    tests/realreq/fresh216.md, tests/realreq/fresh217.md, tests/realreq/fresh218.md,
    tests/realreq/fresh219.md, tests/realreq/fresh220.md, tests/realreq/fresh221.md,
    tests/realreq/fresh222.md, tests/realreq/fresh223.md, tests/realreq/fresh224.md,
    tests/realreq/fresh225.md, tests/realreq/fresh226.md, tests/realreq/fresh227.md,
    tests/realreq/fresh228.md, tests/realreq/fresh229.md, tests/realreq/fresh230.md,
    tests/realreq/fresh231.md, tests/realreq/fresh232.md, tests/realreq/fresh233.md,
    tests/realreq/fresh234.md, tests/realreq/fresh235.md, tests/realreq/fresh236.md,
    tests/realreq/fresh237.md, tests/realreq/fresh238.md, tests/realreq/fresh239.md,
    tests/realreq/fresh240.md, tests/realreq/fresh241.md, tests/realreq/fresh242.md,
    tests/realreq/fresh243.md, tests/realreq/fresh244.md, tests/realreq/fresh245.md,
    tests/realreq/fresh246.md, tests/realreq/fresh247.md, tests/realreq/fresh248.md,
    tests/realreq/fresh249.md, tests/realreq/fresh250.md, tests/realreq/fresh251.md,
    tests/realreq/fresh252.md, tests/realreq/fresh253.md, tests/realreq/fresh254.md,
    tests/realreq/fresh255.md, tests/realreq/fresh256.md, tests/realreq/fresh257.md,
    tests/realreq/fresh258.md, tests/realreq/fresh259.md, tests/realreq/fresh260.md,
    tests/realreq/fresh261.md, tests/realreq/fresh262.md, tests/realreq/fresh263.md,
    tests/realreq/fresh264.md, tests/realreq/fresh265.md, tests/realreq/fresh266.md,
    tests/realreq/fresh267.md, tests/realreq/fresh268.md, tests/realreq/fresh269.md,
    tests/realreq/fresh270.md, tests/realreq/fresh271.md, tests/realreq/fresh272.md,
    tests/realreq/fresh273.md, tests/realreq/fresh274.md, tests/realreq/fresh275.md,
    tests/realreq/fresh276.md, tests/realreq/fresh277.md, tests/realreq/fresh278.md,
    tests/realreq/fresh279.md, tests/realreq/fresh280.md, tests/realreq/fresh281.md,
    tests/realreq/fresh282.md, tests/realreq/fresh283.md, tests/realreq/fresh284.md,
    tests/realreq/fresh285.md, tests/realreq/fresh286.md, tests/realreq/fresh287.md,
    tests/realreq/fresh288.md, tests/realreq/fresh289.md, tests/realreq/fresh290.md,
    tests/realreq/fresh291.md, tests/realreq/fresh292.md, tests/realreq/fresh293.md,
    tests/realreq/fresh294.md, tests/realreq/fresh295.md, tests/realreq/fresh296.md,
    tests/realreq/fresh297.md, tests/realreq/fresh298.md, tests/realreq/fresh299.md,
    tests/realreq/fresh300.md, tests/realreq/fresh301.md, tests/realreq/fresh302.md,
    tests/realreq/fresh303.md, tests/realreq/fresh304.md, tests/realreq/fresh305.md,
    tests/realreq/fresh306.md, tests/realreq/fresh307.md, tests/realreq/fresh308.md,
    tests/realreq/fresh309.md, tests/realreq/fresh310.md, tests/realreq/fresh311.md,
    tests/realreq/fresh312.md, tests/realreq/fresh313.md, tests/realreq/fresh314.md,
    tests/realreq/fresh315.md, tests/realreq/fresh316.md, tests/realreq/fresh317.md,
    tests/realreq/fresh318.md, tests/realreq/fresh319.md, tests/realreq/fresh320.md,
    tests/realreq/fresh321.md, tests/realreq/fresh322.md, tests/realreq/fresh323.md,
    tests/realreq/fresh324.md, tests/realreq/fresh325.md, tests/realreq/fresh326.md,
    tests/realreq/fresh327.md, tests/realreq/fresh328.md, tests/realreq/fresh329.md,
    tests/realreq/fresh330.md, tests/realreq/fresh331.md, tests/realreq/fresh332.md,
    tests/realreq/fresh333.md, tests/realreq/fresh334.md, tests/realreq/fresh335.md,
    tests/realreq/fresh336.md, tests/realreq/fresh337.md, tests/realreq/fresh338.md,
    tests/realreq/fresh339.md, tests/realreq/fresh340.md, tests/realreq/fresh341.md,
    tests/realreq/fresh342.md, tests/realreq/fresh343.md, tests/realreq/fresh344.md,
    tests/realreq/fresh345.md, tests/realreq/fresh346.md, tests/realreq/fresh347.md,
    tests/realreq/fresh348.md, tests/realreq/fresh349.md, tests/realreq/fresh350.md,
    tests/realreq/fresh351.md, tests/realreq/fresh352.md, tests/realreq/fresh353.md,
    tests/realreq/fresh354.md, tests/realreq/fresh355.md, tests/realreq/fresh356.md,
    tests/realreq/fresh357.md, tests/realreq/fresh358.md, tests/realreq/fresh359.md,
    tests/realreq/fresh360.md, tests/realreq/fresh361.md, tests/realreq/fresh362.md,
    tests/realreq/fresh363.md, tests/realreq/fresh364.md, tests/realreq/fresh365.md,
    tests/realreq/fresh366.md, tests/realreq/fresh367.md, tests/realreq/fresh368.md,
    tests/realreq/fresh369.md, tests/realreq/fresh370.md, tests/realreq/fresh371.md,
    tests/realreq/fresh372.md, tests/realreq/fresh373.md, tests/realreq/fresh374.md,
    tests/realreq/fresh375.md, tests/realreq/fresh376.md, tests/realreq/fresh377.md,
    tests/realreq/fresh378.md, tests/realreq/fresh379.md, tests/realreq/fresh380.md,
    tests/realreq/fresh381.md, tests/realreq/fresh382.md, tests/realreq/fresh383.md,
    tests/realreq/fresh384.md, tests/realreq/fresh385.md, tests/realreq/fresh386.md,
    tests/realreq/fresh387.md, tests/realreq/fresh388.md, tests/realreq/fresh389.md,
    tests/realreq/fresh390.md, tests/realreq/fresh391.md, tests/realreq/fresh392.md,
    tests/realreq/fresh393.md, tests/realreq/fresh394.md, tests/realreq/fresh395.md,
    tests/realreq/fresh396.md, tests/realreq/fresh397.md) too."""
    if cases is None:
        problems = validate(cases_of("all"))
        for name in SET_NAMES[1:]:  # every set but dev has its table in tests/realreq/
            module: Any = import_module(f".{name}", __package__)
            problems += against_table(module.CASES, module.TABLE)
        return problems

    from promptcut.operations import CATALOGUE

    problems: list[str] = []
    seen: set[str] = set()
    for case in cases:
        if case.id in seen:
            problems.append(f"{case.id}: id used twice")
        seen.add(case.id)
        if case.expect not in _EXPECTS[case.cls] or case.no_op != (
            case.cls == "DOABLE" and case.expect == "refuse"
        ):
            problems.append(
                f"{case.id}: {case.cls} cannot expect {case.expect} (no_op={case.no_op})"
            )
        if case.expect == "plan" and not case.plans:
            problems.append(f"{case.id}: no plan is right")
        if case.expect == "ask" and not (case.missing and case.ask_terms):
            problems.append(f"{case.id}: nothing to ask for")
        if case.expect == "refuse" and not case.tag:
            problems.append(f"{case.id}: a refusal with no tag saying why")
        if case.expect != "plan" and case.plans:
            problems.append(f"{case.id}: plans given, but expected to {case.expect}")
        given = {a.lower() for a in case.assets}
        for alternative in case.plans:
            for want in alternative:
                for op, params in want.options:
                    if op not in CATALOGUE:
                        problems.append(f"{case.id}: no operation {op!r}")
                        continue
                    model = CATALOGUE[op]
                    fields = model.model_fields
                    problems += [f"{case.id}: {op} has no {k!r}" for k in params if k not in fields]
                    for k, v in params.items():
                        if k not in fields:
                            continue
                        for value in _literals(v):
                            if not _takes(model, k, value):
                                problems.append(f"{case.id}: {op}({k}={value!r}) is not valid")
                            if k in ("file", "clips"):
                                names = value if isinstance(value, list | tuple) else [value]
                                problems += [
                                    f"{case.id}: {op}({k}) names {n!r}, not among the assets"
                                    for n in names
                                    if isinstance(n, str) and n.lower() not in given
                                ]
    return problems


_EXPECTS: dict[str, tuple[Expect, ...]] = {
    "DOABLE": ("plan", "refuse"),
    "UNDERSPECIFIED": ("ask",),
    "OUT-OF-SCOPE": ("refuse",),
}


def _literals(value: Any) -> list[Any]:
    """The plain values an expected parameter's value allows (a matcher's bounds aside; None,
    the parameter left unset, aside)."""
    if isinstance(value, AnyOf):
        return [x for o in value.options for x in _literals(o)]
    if isinstance(value, Matcher) or value is None:
        return []
    return [value]


def _takes(model: Any, key: str, value: Any) -> bool:
    """Whether an operation's parameter can hold a value (the other parameters aside)."""
    from pydantic import ValidationError

    try:
        model.model_validate({key: value})
    except ValidationError as e:
        return not any(err["loc"][:1] == (key,) for err in e.errors())
    except ValueError:
        return True  # a check across parameters, not this one's
    return True


_MARKER = re.compile(r"\s*\[extra input:[^\]]*\]")


def table_rows(path: Path) -> dict[str, tuple[str, str, str]]:
    """A set's table, row by row: id -> (class, request, expected)."""
    rows: dict[str, tuple[str, str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        if len(cells) >= 4 and re.fullmatch(r"[a-z]+\d*-\d+", cells[0]):
            rows[cells[0]] = (cells[1], cells[2], cells[3])
    return rows


def against_table(cases: Iterable[Case], path: Path) -> list[str]:
    """Where the cases are not the table's rows: a row left out or made up, another class,
    a request not word for word the row's (its "[extra input: …]" marker aside), a second
    file the row needs that no asset gives, or a refusal the row's `expected` asks for
    ("[no op]", "[needs analysis]", "[out of scope]") that is not one."""
    rows = table_rows(path)
    by_id = {c.id: c for c in cases}
    problems = [f"{i}: in {path.name} but not a case" for i in rows if i not in by_id]
    problems += [f"{i}: a case but not in {path.name}" for i in by_id if i not in rows]
    for i, case in by_id.items():
        if i not in rows:
            continue
        cls, request, expected = rows[i]
        if case.cls != cls:
            problems.append(f"{i}: class {case.cls}, the table says {cls}")
        if case.request != _MARKER.sub("", request):
            problems.append(f"{i}: the request is not the table's: {case.request!r}")
        if _MARKER.search(request) and not case.assets:
            problems.append(f"{i}: the table names an extra input, but no asset is given")
        if re.search(r"\[(?:no op|needs analysis|out of scope)\]", expected) and (
            case.cls != "UNDERSPECIFIED" and case.expect != "refuse"
        ):
            problems.append(f"{i}: the table's expected is a refusal: {expected!r}")
    return problems


SET_NAMES = (
    "dev",
    "corpus",
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
    "fresh17",
    "fresh18",
    "fresh19",
    "fresh20",
    "fresh21",
    "fresh22",
    "fresh23",
    "fresh24",
    "fresh25",
    "fresh26",
    "fresh27",
    "fresh28",
    "fresh29",
    "fresh30",
    "fresh31",
    "fresh32",
    "fresh33",
    "fresh34",
    "fresh35",
    "fresh36",
    "fresh37",
    "fresh38",
    "fresh39",
    "fresh40",
    "fresh41",
    "fresh42",
    "fresh43",
    "fresh44",
    "fresh45",
    "fresh47",
    "fresh46",
    "fresh48",
    "fresh49",
    "fresh50",
    "fresh51",
    "fresh52",
    "fresh53",
    "fresh54",
    "fresh55",
    "fresh56",
    "fresh57",
    "fresh58",
    "fresh59",
    "fresh60",
    "fresh61",
    "fresh62",
    "fresh63",
    "fresh64",
    "fresh65",
    "fresh66",
    "fresh67",
    "fresh68",
    "fresh69",
    "fresh70",
    "fresh71",
    "fresh72",
    "fresh73",
    "fresh74",
    "fresh75",
    "fresh76",
    "fresh77",
    "fresh78",
    "fresh79",
    "fresh80",
    "fresh81",
    "fresh82",
    "fresh83",
    "fresh84",
    "fresh85",
    "fresh87",
    "fresh88",
    "fresh86",
    "fresh89",
    "fresh90",
    "fresh91",
    "fresh92",
    "fresh93",
    "fresh94",
    "fresh95",
    "fresh96",
    "fresh97",
    "fresh98",
    "fresh100",
    "fresh101",
    "fresh99",
    "fresh102",
    "fresh103",
    "fresh104",
    "fresh105",
    "fresh106",
    "fresh107",
    "fresh108",
    "fresh109",
    "fresh110",
    "fresh111",
    "fresh112",
    "fresh113",
    "fresh114",
    "fresh115",
    "fresh116",
    "fresh117",
    "fresh118",
    "fresh119",
    "fresh120",
    "fresh121",
    "fresh122",
    "fresh123",
    "fresh124",
    "fresh125",
    "fresh126",
    "fresh127",
    "fresh128",
    "fresh129",
    "fresh130",
    "fresh131",
    "fresh132",
    "fresh133",
    "fresh134",
    "fresh135",
    "fresh136",
    "fresh137",
    "fresh138",
    "fresh139",
    "fresh140",
    "fresh141",
    "fresh142",
    "fresh143",
    "fresh144",
    "fresh145",
    "fresh146",
    "fresh147",
    "fresh148",
    "fresh149",
    "fresh150",
    "fresh151",
    "fresh152",
    "fresh153",
    "fresh154",
    "fresh155",
    "fresh156",
    "fresh157",
    "fresh158",
    "fresh159",
    "fresh160",
    "fresh161",
    "fresh162",
    "fresh163",
    "fresh164",
    "fresh165",
    "fresh166",
    "fresh167",
    "fresh168",
    "fresh169",
    "fresh170",
    "fresh171",
    "fresh172",
    "fresh173",
    "fresh174",
    "fresh175",
    "fresh176",
    "fresh177",
    "fresh178",
    "fresh179",
    "fresh180",
    "fresh181",
    "fresh182",
    "fresh183",
    "fresh184",
    "fresh185",
    "fresh186",
    "fresh187",
    "fresh188",
    "fresh189",
    "fresh190",
    "fresh191",
    "fresh192",
    "fresh193",
    "fresh194",
    "fresh195",
    "fresh196",
    "fresh197",
    "fresh198",
    "fresh199",
    "fresh200",
    "fresh201",
    "fresh202",
    "fresh203",
    "fresh204",
    "fresh205",
    "fresh206",
    "fresh207",
    "fresh208",
    "fresh209",
    "fresh210",
    "fresh211",
    "fresh212",
    "fresh213",
    "fresh214",
    "fresh215",
    "fresh216",
    "fresh217",
    "fresh218",
    "fresh219",
    "fresh220",
    "fresh221",
    "fresh222",
    "fresh223",
    "fresh224",
    "fresh225",
    "fresh226",
    "fresh227",
    "fresh228",
    "fresh229",
    "fresh230",
    "fresh231",
    "fresh232",
    "fresh233",
    "fresh234",
    "fresh235",
    "fresh236",
    "fresh237",
    "fresh238",
    "fresh239",
    "fresh240",
    "fresh241",
    "fresh242",
    "fresh243",
    "fresh244",
    "fresh245",
    "fresh246",
    "fresh247",
    "fresh248",
    "fresh249",
    "fresh250",
    "fresh251",
    "fresh252",
    "fresh253",
    "fresh254",
    "fresh255",
    "fresh256",
    "fresh257",
    "fresh258",
    "fresh259",
    "fresh260",
    "fresh261",
    "fresh262",
    "fresh263",
    "fresh264",
    "fresh265",
    "fresh266",
    "fresh267",
    "fresh268",
    "fresh269",
    "fresh270",
    "fresh271",
    "fresh272",
    "fresh273",
    "fresh274",
    "fresh275",
    "fresh276",
    "fresh277",
    "fresh278",
    "fresh279",
    "fresh280",
    "fresh281",
    "fresh282",
    "fresh283",
    "fresh284",
    "fresh285",
    "fresh286",
    "fresh287",
    "fresh288",
    "fresh289",
    "fresh290",
    "fresh291",
    "fresh292",
    "fresh293",
    "fresh294",
    "fresh295",
    "fresh296",
    "fresh297",
    "fresh298",
    "fresh299",
    "fresh300",
    "fresh301",
    "fresh302",
    "fresh303",
    "fresh304",
    "fresh305",
    "fresh306",
    "fresh307",
    "fresh308",
    "fresh309",
    "fresh310",
    "fresh311",
    "fresh312",
    "fresh313",
    "fresh314",
    "fresh315",
    "fresh316",
    "fresh317",
    "fresh318",
    "fresh319",
    "fresh320",
    "fresh321",
    "fresh322",
    "fresh323",
    "fresh324",
    "fresh325",
    "fresh326",
    "fresh327",
    "fresh328",
    "fresh329",
    "fresh330",
    "fresh331",
    "fresh332",
    "fresh333",
    "fresh334",
    "fresh335",
    "fresh336",
    "fresh337",
    "fresh338",
    "fresh339",
    "fresh340",
    "fresh341",
    "fresh342",
    "fresh343",
    "fresh344",
    "fresh345",
    "fresh346",
    "fresh347",
    "fresh348",
    "fresh349",
    "fresh350",
    "fresh351",
    "fresh352",
    "fresh353",
    "fresh354",
    "fresh355",
    "fresh356",
    "fresh357",
    "fresh358",
    "fresh359",
    "fresh360",
    "fresh361",
    "fresh362",
    "fresh363",
    "fresh364",
    "fresh365",
    "fresh366",
    "fresh367",
    "fresh368",
    "fresh369",
    "fresh370",
    "fresh371",
    "fresh372",
    "fresh373",
    "fresh374",
    "fresh375",
    "fresh376",
    "fresh377",
    "fresh378",
    "fresh379",
    "fresh380",
    "fresh381",
    "fresh382",
    "fresh383",
    "fresh384",
    "fresh385",
    "fresh386",
    "fresh387",
    "fresh388",
    "fresh389",
    "fresh390",
    "fresh391",
    "fresh392",
    "fresh393",
    "fresh394",
    "fresh395",
    "fresh396",
    "fresh397",
)


def cases_of(name: str) -> tuple[Case, ...]:
    """A set's cases, by its name in SET_NAMES: "dev" (shared/prompts/real-dev.md), "corpus"
    (tests/realreq/corpus.md), "fresh" … "fresh47", "fresh46", "fresh48", "fresh49" … "fresh85",
    "fresh87", "fresh88", "fresh86", "fresh89" … "fresh98",
    "fresh100", "fresh101", "fresh99", "fresh102" … "fresh397"
    (tests/realreq/fresh*.md, each collected after the planner was written); or "all" (every set,
    in that order)."""
    if name == "all":
        return tuple(case for each in SET_NAMES for case in cases_of(each))
    if name not in SET_NAMES:
        raise ValueError(f"no set {name!r}: {', '.join(SET_NAMES)} or all")
    module: Any = import_module(f".{name}", __package__)
    return tuple(module.CASES)


def _media(probe: Probe, name: str) -> Any:
    """A MediaInfo standing for a file the case implies, for the plan's checks."""
    from pathlib import Path

    from promptcut.media.info import AudioStream, MediaInfo, VideoStream

    ext = name.rsplit(".", 1)[-1].lower()
    audio = AudioStream(codec="aac", sample_rate=48000, channels=2)
    if ext in ("mp3", "wav", "m4a", "aac", "flac", "ogg", "opus"):
        return MediaInfo(path=Path(name), container=ext, duration=30.0, size_bytes=1, audio=audio)
    still = ext in ("png", "jpg", "jpeg", "webp", "bmp")
    return MediaInfo(
        path=Path(name),
        container="image2" if still else "mov,mp4,m4a,3gp,3g2,mj2",
        duration=0.0 if still else probe.duration,
        size_bytes=1,
        video=VideoStream(
            width=probe.width,
            height=probe.height,
            fps=0.0 if still else probe.fps,
            pix_fmt="yuv420p",
            codec="png" if still else "h264",
        ),
        audio=audio if probe.has_audio and not still else None,
        is_image=still,
    )


def outcome_of(case: Case) -> Outcome:
    """What promptcut makes of a case offline, as `promptcut plan --input` would: the Plan
    after every step is checked against the video the case implies, or what was raised."""
    import tempfile
    from pathlib import Path

    from promptcut.planner import plan
    from promptcut.script_gen import choose_format, predict

    try:
        probe = case.probe
        picture = (probe.width, probe.height, probe.fps)
        made = plan(case.request, probe.duration, list(case.assets), picture=picture)
        media = _media(case.probe, "input.mp4")
        with tempfile.TemporaryDirectory() as folder:
            assets: dict[str, Any] = {
                name: _subtitles(Path(folder) / name)
                if name.lower().endswith((".srt", ".vtt", ".ass", ".ssa"))
                else _media(Probe(), name)
                for name in case.assets
            }
            choose_format(made, media)
            predict(made, media, assets)
        return made
    except Exception as e:
        return e


def _subtitles(path: Any) -> Any:
    """A real subtitle file of one line, in the format its name says."""
    cue = (
        "00:00:01,000 --> 00:00:02,000"
        if path.suffix != ".vtt"
        else "00:00:01.000 --> 00:00:02.000"
    )
    if path.suffix in (".ass", ".ssa"):
        text = (
            "[Script Info]\nScriptType: v4.00+\n\n[Events]\nFormat: Layer, Start, End, Style, "
            "Text\nDialogue: 0,0:00:01.00,0:00:02.00,Default,Hello\n"
        )
    else:
        text = ("WEBVTT\n\n" if path.suffix == ".vtt" else "1\n") + f"{cue}\nHello\n"
    path.write_text(text, encoding="utf-8")
    return path


def run(cases: Iterable[Case] | None = None) -> list[Verdict]:
    """The verdict on each case (by default the whole development set)."""
    if cases is None:
        cases = cases_of("dev")
    return [judge(case, outcome_of(case)) for case in cases]


def totals(verdicts: Iterable[Verdict]) -> dict[str, dict[str, int]]:
    """The counts by group: DOABLE with operations, UNDERSPECIFIED, and refuse (OUT-OF-SCOPE
    and DOABLE with no operation)."""
    out: dict[str, dict[str, int]] = {
        "doable": {"total": 0, "right": 0, "refused": 0, "wrong": 0, "error": 0},
        "underspecified": {"total": 0, "refused": 0, "asked": 0, "wrong": 0, "error": 0},
        "refuse": {"total": 0, "refused": 0, "wrong": 0, "error": 0},
    }
    for v in verdicts:
        group = out[v.case.group]
        group["total"] += 1
        if v.result == "ERROR":
            group["error"] += 1
        elif v.result == "WRONG":
            group["wrong"] += 1
        elif v.result == "REFUSED":
            group["refused"] += 1
        elif v.case.expect == "plan":
            group["right"] += 1
        else:
            group["refused"] += 1
            if v.asked:
                group["asked"] += 1
    return out
