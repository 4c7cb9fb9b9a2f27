"""The words operations are asked for in: shared patterns for times, numbers and objects, and
`Rule`, one phrasing of one operation."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from promptcut.operations.patterns import compiled

if TYPE_CHECKING:
    from promptcut.operations.base import Operation

__all__ = [
    "MEDIA_EXTS",
    "Frame",
    "Rule",
    "frame",
    "media_duration",
    "media_fps",
    "parse_factor",
    "parse_number",
    "parse_ratio",
    "parse_time",
    "place_of",
    "rule",
]

_NUM = r"\d+(?:\.\d+)?|\.\d+"
_UNIT = r"ms|msecs?|millisecs?|milliseconds?|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?"
_CLOCK = r"\d{1,2}(?::\d\d){1,2}(?:\.\d+)?"
# A unit ends where letters end, so "1m30s" reads as 1 m and 30 s.
_ONE = rf"(?:{_NUM})\s*(?:{_UNIT})(?![a-z])"
# "1m30s", "1 min 30 sec", "1 hour 2 minutes": larger units first, each once ("5 seconds 3 s"
# is two times, not 8 seconds)
_H = r"(?:h|hrs?|hours?)(?![a-z])"
_M = r"(?:m|mins?|minutes?)(?![a-z])"
_S = r"(?:s|secs?|seconds?)(?![a-z])"
_AND = r"\s*(?:and\s+)?"
_COMPOUND = (
    rf"(?:(?:{_NUM})\s*{_H}{_AND}(?:{_NUM})\s*{_M}(?:{_AND}(?:{_NUM})\s*{_S})?"
    rf"|(?:{_NUM})\s*{_H}{_AND}(?:{_NUM})\s*{_S}"
    rf"|(?:{_NUM})\s*{_M}{_AND}(?:{_NUM})\s*{_S})"
)

#: Extensions of files a request can name (media, images, subtitles).
MEDIA_EXTS = (
    "mp4", "m4v", "mov", "mkv", "webm", "avi", "ts", "mts", "m2ts", "mpg", "mpeg", "flv", "wmv",
    "gif", "mp3", "wav", "m4a", "aac", "flac", "ogg", "oga", "opus", "png", "jpg", "jpeg",
    "webp", "bmp", "tif", "tiff", "srt", "ass", "ssa", "vtt",
)  # fmt: skip

# Halfway through the clip: a time only the media's length can turn into seconds.
_HALFWAY = (
    r"(?:the )?(?:half ?way|mid ?way)(?: point| mark| through(?: the (?:video|clip))?)?"
    r"|the mid ?point"
)

#: The length of the media being planned for, when known: "halfway" needs it.
media_duration: ContextVar[float | None] = ContextVar("media_duration", default=None)

#: The frame rate of the video being planned for, when known: "conform to 23.976" needs it.
media_fps: ContextVar[float | None] = ContextVar("media_fps", default=None)

#: The width and height of the video being planned for, when known: "cinematic bars" keep it.
media_shape: ContextVar[tuple[int, int] | None] = ContextVar("media_shape", default=None)

#: Pieces a rule's pattern may name in braces; `{time:start}` captures into the group `start`.
PIECES: dict[str, str] = {
    # a point in time or a length: 5s, 5 seconds, 0:05, 00:00:05.5, 1m30s, 1.5 min, 500ms, 90
    # (never a share: "the first 30%" is no 30 seconds)
    "time": rf"(?:{_CLOCK}|{_COMPOUND}|{_ONE}|(?:{_NUM})(?!\d|\.\d|\s*(?:%|percent\b|per cent\b))"
    rf"|{_HALFWAY})",
    # a length said with its unit or as a clock: 29s, 1.5 min, 1:30 (never a bare number, and
    # never a shape: "16:9" is no clock)
    "length": rf"(?:\d{{1,2}}(?::\d{{2}}){{1,2}}(?:\.\d+)?|{_COMPOUND}|{_ONE})",
    "num": rf"(?:{_NUM})",
    # a file the request names: music.mp3, clip-2.mov
    "file": rf"(?<![\w.-])(?:[a-z0-9_][\w.-]*\.(?:{'|'.join(MEDIA_EXTS)}))",
    # 2x, 2 x, x2, 2 times, 1.5×
    "factor": rf"(?:(?:{_NUM})\s*(?:x|×|times)(?![a-z])|x\s*(?:{_NUM}))",
    "pct": rf"(?:{_NUM})\s*(?:%|percent\b|per cent\b|pct\b)",
    "db": rf"[-+]?(?:{_NUM})\s*(?:db|decibels?)\b",
    "ratio": r"(?:\d+(?:\.\d+)?\s*[:/x×]\s*\d+(?:\.\d+)?)",
    "size": r"(?:\d{2,5}\s*(?:x|×|by|\*)\s*\d{2,5})",
}

#: Ways people name the thing being edited; rules write `{it}` where "it" may stand.
IT = (
    r"(?:(?:the|this|my|that|our|your)\s+)?"
    r"(?:it|this|that|video|clip|footage|movie|film|recording|file|vid|thing|whole thing|"
    r"whole video|entire video|entire clip|whole clip|everything)"
)

_TOKEN = re.compile(r"\{(\w+)(?::(\w+))?\}")


def _expand(pattern: str) -> str:
    def sub(m: re.Match[str]) -> str:
        kind, name = m.group(1), m.group(2)
        if kind == "it":
            return IT
        body = PIECES[kind]
        return f"(?P<{name}>{body})" if name else f"(?:{body})"

    # Spaces in a rule mean "some whitespace"; optional words are written "(?:word )?".
    return _TOKEN.sub(sub, pattern).replace(" ", r"\s*")


@dataclass(frozen=True)
class Rule:
    """One phrasing: a full-match pattern over a normalized clause, and what it builds."""

    #: the regular expression, compiled when first needed (see `operations.patterns`)
    source: str
    #: what the words ask for; None when, on a closer look, this rule does not apply after all
    build: Callable[[dict[str, str]], Operation | Sequence[Operation] | None]

    @property
    def pattern(self) -> re.Pattern[str]:
        return compiled(self.source)

    def match(self, clause: str) -> list[Operation] | None:
        m = self.pattern.fullmatch(clause)
        if m is None:
            return None
        groups = {k: v for k, v in m.groupdict().items() if v is not None}
        built = self.build(groups)
        if built is None:
            return None
        return list(built) if isinstance(built, Sequence) else [built]


@dataclass(frozen=True)
class Frame:
    """An operation by its parts: the words that name it (one of each set in `needs`), the
    other words it may be said with, and its phrasing with the values it takes as {kind}
    placeholders, which the operation's own grammar reads once they are put in. Values of the
    `optional` kinds are said after it ("speed it up 2x" + "from 10s to 20s")."""

    say: str
    needs: tuple[frozenset[str], ...]
    words: frozenset[str]
    slots: tuple[str, ...]
    optional: tuple[str, ...] = ()


def frame(say: str, *needs: str, also: str = "", optional: tuple[str, ...] = ()) -> Frame:
    """A frame from words written as strings: frame("increase the volume by {percent}",
    "increase raise boost", "volume audio sound", also="up level")."""
    sets = tuple(frozenset(n.split()) for n in needs)
    words = frozenset(also.split()).union(*sets)
    return Frame(say, sets, words, tuple(re.findall(r"\{(\w+)\}", say)), optional)


def rule(pattern: str, build: Callable[[dict[str, str]], Any]) -> Rule:
    """A rule from a readable pattern: `{time:start}`, `{factor:f}`, `{it}`; spaces are flexible."""
    return Rule(_expand(pattern), build)


# ---------------------------------------------------------------- values
_UNIT_SECONDS = [
    (re.compile(r"^(?:ms|msecs?|millisecs?|milliseconds?)$"), 0.001),
    (re.compile(r"^(?:s|secs?|seconds?)$"), 1.0),
    (re.compile(r"^(?:m|mins?|minutes?)$"), 60.0),
    (re.compile(r"^(?:h|hrs?|hours?)$"), 3600.0),
]
_PART = re.compile(rf"({_NUM})\s*({_UNIT})(?![a-z])")


def _unit_seconds(unit: str) -> float:
    for pattern, scale in _UNIT_SECONDS:
        if pattern.match(unit):
            return scale
    raise ValueError(f"unknown time unit {unit!r}")


def parse_time(text: str, default_unit: str = "s") -> float:
    """Seconds in '5s', '5 seconds', '0:05', '00:00:05.5', '1m30s', '1.5 min', '500ms', '90'."""
    t = text.strip().lower()
    if re.fullmatch(_HALFWAY, re.sub(r"\s+", " ", t)):
        duration = media_duration.get()
        if duration is None:
            raise ValueError(
                f"'{text.strip()}' depends on the video's length; plan it with the video"
            )
        return duration / 2
    if re.fullmatch(_CLOCK, t):
        seconds = 0.0
        for part in t.split(":"):
            seconds = seconds * 60 + float(part)
        return seconds
    if re.fullmatch(_NUM, t):
        return float(t) * _unit_seconds(default_unit)
    parts = _PART.findall(t)
    if not parts:
        raise ValueError(f"not a time: {text!r}")
    return sum(float(n) * _unit_seconds(u) for n, u in parts)


def time_unit(text: str) -> str | None:
    """The unit written in a time ('5 min' -> 'min'), or None for a bare number or a clock."""
    parts = _PART.findall(text.strip().lower())
    return parts[-1][1] if parts else None


def parse_times(a: str, b: str) -> tuple[float, float]:
    """A pair like '2 and 5 seconds': a bare number borrows the other's unit."""
    ua, ub = time_unit(a), time_unit(b)
    return parse_time(a, ua or ub or "s"), parse_time(b, ub or ua or "s")


def parse_number(text: str) -> float:
    """The first number in a piece: '25%' -> 25.0, '-3 dB' -> -3.0."""
    m = re.search(rf"[-+]?(?:{_NUM})", text)
    if m is None:
        raise ValueError(f"not a number: {text!r}")
    return float(m.group(0))


def parse_factor(text: str) -> float:
    """'2x', 'x2', '1.5 times' -> the number."""
    return abs(parse_number(text))


def parse_ratio(text: str) -> tuple[float, float]:
    """'16:9', '9/16', '4x5' -> (16, 9)."""
    a, b = re.split(r"\s*[:/x×]\s*", text.strip())
    return float(a), float(b)


def parse_size(text: str) -> tuple[int, int]:
    """'1280x720', '1280 by 720' -> (1280, 720)."""
    a, b = re.split(r"\s*(?:x|×|by|\*)\s*", text.strip())
    return int(a), int(b)


def place_of(said: Sequence[str]) -> tuple[str, str, bool]:
    """The place several words of place say together ("at the top", "in the middle": the top
    centre), as (vertical, horizontal, centre said); ValueError when they say two places ("in
    the bottom left corner, in the middle"): which is meant is not guessed."""
    vertical = horizontal = ""
    centre = corner = False
    for words in said:
        v = (
            "top"
            if re.search("top|upper", words)
            else "bottom"
            if re.search("bottom|lower", words)
            else ""
        )
        h = "left" if "left" in words else "right" if "right" in words else ""
        if (v and vertical and v != vertical) or (h and horizontal and h != horizontal):
            raise ValueError(f"'{words}' is another place than the one said before it")
        middle = bool(re.search(r"cent(?:er|re|r)|middle", words)) and not (v or h)
        if (middle and corner) or ((v and h) and centre):
            raise ValueError(f"'{words}' is another place than the one said before it")
        vertical, horizontal = v or vertical, h or horizontal
        centre, corner = centre or middle, corner or bool(v and h)
    return vertical, horizontal, centre
