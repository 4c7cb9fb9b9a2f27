"""Reading a clause by its parts when no phrasing of the grammars reads it: the values in it
are found first, by their kind (a time range, a factor, a size, a file, quoted text...), then
the words left over. Those must all be words of one operation's frame (what the edit is
called, what it is done to) or words that carry no instruction; the frame then says the edit
in the words its grammar reads, with the values put in, and the grammar builds it. So "raise
audio volume by 50%", "by 50% increase the volume" and "volume: increase by 50%" read alike,
and a word no frame knows leaves the clause unread, to be refused, never dropped."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from promptcut.operations import CATALOGUE, Operation
from promptcut.operations.frame import PLATFORM_NAME
from promptcut.operations.grammar import PIECES, Frame, parse_time, parse_times

__all__ = ["Slots", "read_framed", "slots_of"]

_T = PIECES["time"]
_NUM = r"\d+(?:\.\d+)?"


@dataclass(frozen=True)
class Slots:
    """The values found in a clause, each as the words its grammar reads, and the words left."""

    values: dict[str, str]
    words: tuple[str, ...]
    #: the word a value was said with, where it decides what the value is: "by 50%" (a change)
    #: or "to 50%" (the level reached)
    led_by: dict[str, str] = field(default_factory=dict)


def _secs(text: str) -> str:
    return f"{parse_time(text):g}s"


def _range(m: re.Match[str]) -> str:
    a, b = parse_times(m["a"], m["b"])
    return f"from {a:g}s to {b:g}s"


#: Values by kind, most specific first: (kind, pattern, the words a grammar reads for it).
_VALUES: tuple[tuple[str, re.Pattern[str], Callable[[re.Match[str]], str]], ...] = tuple(
    (kind, re.compile(pattern), words)
    for kind, pattern, words in (
        ("text", r"\"[^\"]*\"|(?<![\w])'[^']*'(?![\w])", lambda m: m[0]),
        ("file", rf"{PIECES['file']}(?:(?:,| and|,? then| after that) {PIECES['file']})*", lambda m: " and ".join(re.findall(PIECES["file"], m[0]))),
        ("fade", r"\bfade[ -]?(?P<d>in|out)\b", lambda m: f"fade {m['d']}"),
        # (the words of a platform's name, as the platform operation reads them)
        ("platform", rf"\b(?P<p>{PLATFORM_NAME})\b", lambda m: m["p"]),
        ("size", r"(?<!from )\b(?P<w>\d{2,5}) ?(?:x|by|\*) ?(?P<h>\d{2,5})\b", lambda m: f"{m['w']}x{m['h']}"),
        # (a ratio of decimals, "1.92:1.08", is never a time: no clock has a point before a colon)
        ("ratio", r"\b(?P<a>\d{1,2}\.\d+) ?: ?(?P<b>\d{1,2}(?:\.\d+)?)\b(?!:)|(?<!from )(?<!to )(?<!until )(?<!till )(?<!-)\b(?P<c>\d{1,2}) ?: ?(?P<d>\d{1,2})\b(?! ?(?:to|-) ?\d)(?!:)", lambda m: f"{m['a']}:{m['b']}" if m["a"] else f"{m['c']}:{m['d']}"),
        (
            "range",
            rf"(?:(?:from|between) )?(?P<a>{_T}) ?(?:to|-|until|till|through|and) ?(?P<b>{_T})(?: mark)?",
            _range,
        ),
        ("head", rf"(?:the )?(?:first|opening|beginning|initial) (?P<d>{_T})", lambda m: f"the first {_secs(m['d'])}"),
        ("tail", rf"(?:the )?(?:last|final|ending|closing) (?P<d>{_T})", lambda m: f"the last {_secs(m['d'])}"),
        ("lufs", rf"(?P<v>[-+]?{_NUM}) ?(?:lufs|lu)\b", lambda m: f"{m['v']} LUFS"),
        ("db", rf"(?P<v>[-+]?{_NUM}) ?(?:db|decibels?)\b", lambda m: f"{m['v']} dB"),
        ("fps", rf"(?<!from )(?<![\d.])(?P<v>{_NUM}) ?(?:fps|frames? (?:per|a) second|frames?/s|hz)\b", lambda m: f"{m['v']} fps"),
        ("lines", r"(?<!from )\b(?P<v>\d{3,4})p\b|\b(?P<k>4k|8k|full hd|hd|sd|uhd)\b", lambda m: m["v"] + "p" if m["v"] else m["k"]),
        ("mb", rf"(?P<v>{_NUM}) ?(?P<u>mb|gb|megabytes?|gigabytes?)\b", lambda m: f"{m['v']} {m['u'][:1]}b"),
        ("degrees", rf"(?P<v>{_NUM}) ?(?:degrees?|deg|°)", lambda m: f"{m['v']} degrees"),
        ("percent", rf"(?P<v>{_NUM}) ?(?:%|percent\b|per cent\b)", lambda m: f"{m['v']}%"),
        ("factor", rf"(?:x ?(?P<a>{_NUM})|(?P<b>{_NUM}) ?(?:x|×|times)(?![a-z])|(?P<w>twice|double|triple|quadruple))",
         lambda m: (m["a"] or m["b"] or {"twice": "2", "double": "2", "triple": "3", "quadruple": "4"}[m["w"]]) + "x"),
        ("at", rf"(?:at|from|after|starting at) (?:the )?(?P<t>{_T})(?: mark)?", lambda m: f"at {_secs(m['t'])}"),
        ("length", rf"(?:for|over|of|lasting) (?:about )?(?P<d>{_T})|(?P<d2>{_T}) long", lambda m: _secs(m["d"] or m["d2"])),
        (
            "position",
            r"(?:(?:in|at|on|to) )?(?:the )?(?P<p>(?:top|bottom|upper|lower)[ -](?:left|right)|top|bottom|center|centre|middle|left|right)"
            r"(?: (?:corner|side|edge|of the (?:screen|frame|video)))?",
            lambda m: m["p"].replace("upper", "top").replace("lower", "bottom").replace("-", " "),
        ),
        ("direction", r"\b(?P<d>counter-?clockwise|anti-?clockwise|clockwise|horizontally|vertically|upside down)\b", lambda m: m["d"]),
        ("format", r"(?<!from )(?<!from an )(?<!from a )(?<!out of )(?<!out of an )\b(?:as |to |into |in )?(?:an? )?\.?(?P<f>mp4|webm|mov|mkv|avi|gif|mp3|wav|m4a|flac|ogg|opus|aac|png|jpe?g)\b(?: (?:file|format|container|extension))?",
         lambda m: m["f"].replace("jpeg", "jpg")),
    )
)  # fmt: skip

#: Words that carry no instruction in a clause read by its parts.
_EMPTY = frozenset(
    {
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "it's", "my", "our",
        "your", "their", "me", "us", "them", "please", "pls", "kindly", "video", "clip", "footage",
        "movie", "film", "recording", "file", "output", "input", "whole", "entire", "full",
        "existing", "current", "same", "to", "of", "in", "on", "for", "by", "with", "from", "into",
        "onto", "at", "so", "also", "just", "only", "some", "all", "too", "as", "well", "now",
        "really", "very", "can", "could", "would", "you", "i", "we", "want", "need", "should",
        "be", "is", "are", "get", "or",
    }
)  # fmt: skip


#: What a clause makes of the video: "into a clip", "into the part from …".
_MADE_INTO = re.compile(
    r"\binto (?:an? |the |one |a the )?(?:[\w-]+ )?(?:clip|part|piece|segment|section|excerpt|"
    r"snippet|short|highlight)s?\b"
)


#: A word of an edit said of a thing after its article, so not the edit: "the lower track"
#: (never "a higher playback rate", the edit said as what it makes).
_SAID_OF_A_THING = re.compile(
    r"\b(?:the|a|an|this|that|my|our|its|their|his|her) (?:lower|upper) (?:track|part|half|third|"
    r"layer|corner|section|channel|clip|area|region|portion|screen|line|band|bar)s?\b"
)


def slots_of(clause: str) -> Slots:
    """The values in a normalized clause, by kind, and the words left once they are taken
    out."""
    values: dict[str, str] = {}
    led_by: dict[str, str] = {}
    text = f" {clause} "
    for kind, pattern, words in _VALUES:
        m = pattern.search(text)
        if m is None or kind in values:
            continue
        try:
            values[kind] = words(m)
        except (ValueError, KeyError):
            continue
        lead = re.search(
            r"(?:\b(by|to|at|is|are|was|were|weighs|currently)|'s)"
            # ("by about 10%": the word before the hedge)
            r"(?: (?:about|around|roughly|approximately|approx|some|like|maybe|only|just|exactly|"
            r"nearly|almost|~))?\s*$",
            text[: m.start()],
        )
        if lead is not None:
            # (a percentage: the change, or the level reached; any value: what it is now)
            led_by[kind] = lead[1] or "is"
        text = text[: m.start()] + " " + text[m.end() :]
        if pattern.search(text):
            values[kind + "+"] = ""  # a second value of a kind: not a clause for a frame
    if re.search(r"\d", text):
        values["number+"] = ""  # a number no kind took ("90 degrees 180"): not for a frame
    shape = re.search(r" (vertical|portrait|square) ", text)
    if "platform" in values and shape is not None:
        # ("export it for youtube, vertical": the platform in that shape, as its grammar
        # reads "youtube vertical", never the shape dropped)
        values["platform"] += f" {shape[1]}"
        text = text[: shape.start()] + " " + text[shape.end() :]
    return Slots(values, tuple(w for w in re.findall(r"[a-z][a-z'-]*", text)), led_by)


#: Words before a value that say it is what the thing is now: "it is 10.6 GB".
_AS_IT_IS = frozenset({"is", "are", "was", "were", "weighs", "currently"})
#: The kinds of value a thing measures, now or once edited.
_MEASURES = frozenset(
    {"size", "ratio", "lufs", "db", "fps", "lines", "mb", "degrees", "percent", "factor", "length"}
)


def _said(frame: Frame, slots: Slots) -> str | None:
    """The frame's phrasing with the clause's values put in, or None when they do not fit it."""
    kinds = set(slots.values)
    if any(k.endswith("+") for k in kinds):
        return None
    needed = set(frame.slots)
    if not needed <= kinds or not kinds <= needed | set(frame.optional):
        return None
    if any(lead in _AS_IT_IS and kind in _MEASURES for kind, lead in slots.led_by.items()):
        return None  # ("compress it, it is 10.6 GB": the size it is, never the one to make)
    for kind, lead in slots.led_by.items():
        # ("raise the volume to 150%" is no "increase the volume by {percent}": the level
        # reached, not the change; "scale it by 50%" is the size, as "to 50%" is)
        said = re.search(rf"\b(by|to|at) \{{{kind}\}}", frame.say)
        if kind == "percent" and said is not None and said[1] == "by" and lead in ("to", "at"):
            return None
        # (nor is "reduce its volume by 10%" "set the volume to {percent}": the change said,
        # never the level set; "scale it by 50%" is the size, as "to 50%" is)
        if (
            kind == "percent"
            and said is not None
            and said[1] in ("to", "at")
            and lead == "by"
            and frame.say.startswith("set ")
        ):
            return None
    phrase = frame.say.format(**{k: slots.values[k] for k in frame.slots})
    extra = [slots.values[k] for k in frame.optional if k in kinds]
    return " ".join([phrase, *extra])


def _fits(frame: Frame, words: set[str]) -> bool:
    """Whether every word left is the frame's, and it has one of each set it needs."""
    return words <= frame.words and all(words & need for need in frame.needs)


def read_framed(
    clause: str, read: Callable[[str], list[Operation] | None], stem: Callable[[str], str]
) -> list[Operation] | None:
    """What a clause asks for, read by its parts: the operations of the one frame its words
    and values fit (read by `read`, the grammars). Two frames reading it differently is a
    tie: ValueError with both readings."""
    if _MADE_INTO.search(clause):
        return None  # ("cutting it into a clip from 1:00 to 1:30": what is made, never cut out)
    if _SAID_OF_A_THING.search(clause):
        return None  # ("audio from the lower track": which thing, never "lower the audio")
    slots = slots_of(clause)
    words = {stem(w) for w in slots.words} - _EMPTY
    if not words:
        # "get the video in mp4": a format asked for, and nothing else
        if set(slots.values) == {"format"} and re.search(
            rf"\b(?:in|to|into|as) (?:an? )?\.?{slots.values['format']}\b", clause
        ):
            return read(f"convert to {slots.values['format']}")
        return None
    readings: list[list[Operation]] = []
    for op in CATALOGUE.values():
        for frame in op.frames:
            if not _fits(frame, words):
                continue
            said = _said(frame, slots)
            found = read(said) if said is not None else None
            if found:
                if readings and found != readings[0]:
                    first, other = (
                        "; ".join(o.describe() for o in r) for r in (readings[0], found)
                    )
                    raise ValueError(
                        f"this could mean '{first}' or '{other}'; say which, in other words"
                    )
                readings.append(found)
                break
    return readings[0] if readings else None
