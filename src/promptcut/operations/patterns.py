"""The grammars' regular expressions, compiled once per machine instead of once per run.

The catalogue's phrasings add up to a few megabytes of regular expressions; Python compiles
them in about a second, which every `promptcut` command would pay before doing anything. The
compiled programs are kept in the user's cache folder (JSON, with a checksum) and rebuilt
directly from there, which takes milliseconds. Anything unexpected (another Python, a damaged
or foreign file) falls back to `re.compile`: the cache only ever makes things faster.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import platform
import re
import sys
import tempfile
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import platformdirs

__all__ = ["Rewrites", "Screen", "compiled", "needed_words"]

# The compiler's internals: public in all but name since 3.11, and guarded below.
try:
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
    from re import _constants as _op  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another implementation of `re`
    _sre = None

_KEY = f"{platform.python_implementation()}-{sys.version.split()[0]}-{_sre.MAGIC if _sre else 0}"
_lock = threading.Lock()
_memory: dict[str, re.Pattern[str]] = {}
_programs: dict[str, list[Any]] | None = None  # loaded lazily: digest -> compiled program
_new: dict[str, list[Any]] = {}


def _file() -> Path:
    folder = os.environ.get("PROMPTCUT_CACHE_DIR") or platformdirs.user_cache_dir("promptcut")
    return Path(folder) / f"grammar-{_KEY}.json"


def _load() -> dict[str, list[Any]]:
    """The programs this machine compiled before; {} if none, or if the file is not ours."""
    try:
        header, body = _file().read_bytes().split(b"\n", 1)
        meta = json.loads(header)
        if meta.get("key") != _KEY or meta.get("sha256") != hashlib.sha256(body).hexdigest():
            return {}
        programs: dict[str, list[Any]] = json.loads(body)
        return programs
    except (OSError, ValueError, TypeError, AttributeError):
        return {}


def _program(source: str) -> list[Any]:
    """What `re.compile` would hand to the regex engine, as plain JSON values."""
    parsed = _parser.parse(source, 0)
    code = [int(c) for c in _compiler._code(parsed, 0)]
    groups = dict(parsed.state.groupdict)
    names: list[str | None] = [None] * parsed.state.groups
    for name, index in groups.items():
        names[index] = name
    return [int(parsed.state.flags), code, parsed.state.groups - 1, groups, names]


def _build(source: str, program: list[Any]) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = program
    pattern: re.Pattern[str] = _sre.compile(
        source, flags, code, groups, groupindex, tuple(indexgroup)
    )
    return pattern


def compiled(source: str) -> re.Pattern[str]:
    """`re.compile(source)`, fast when this machine has compiled it before."""
    global _programs
    found = _memory.get(source)
    if found is not None:
        return found
    with _lock:
        if _sre is None:
            pattern = re.compile(source)
        else:
            if _programs is None:
                _programs = _load()
            digest = hashlib.sha256(source.encode()).hexdigest()
            program = _programs.get(digest)
            try:
                if program is None:
                    program = _program(source)
                    _new[digest] = program
                pattern = _build(source, program)
            except Exception:  # an unexpected program: the normal way always works
                pattern = re.compile(source)
        _memory[source] = pattern
        return pattern


class Screen:
    """Which of many patterns could match a text, found far more cheaply than by searching it with
    each: a pattern is out when none of the words every match of it contains is in the text (one
    pass over the text for all of them); a pattern with no such word is always in."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self._always: list[int] = []
        self._exact = _Words()
        self._folded = _Words()  # of the patterns that ignore case, in lower case
        for index, pattern in enumerate(patterns):
            words = needed_words(pattern.pattern)
            if not words or min(map(len, words)) < _SHORTEST or pattern.flags & re.VERBOSE:
                self._always.append(index)  # (its words are looked up by their first letters)
            elif pattern.flags & re.IGNORECASE:
                self._folded.add(index, [w.lower() for w in words])
            else:
                self._exact.add(index, words)

    def could_match(self, text: str) -> list[int]:
        """The indices of the patterns that could match somewhere in `text`, in their order."""
        found = set(self._always)
        self._exact.find(text, found)
        if text.isascii():  # (a letter of another script may match an ASCII one, ignoring case)
            self._folded.find(text.lower(), found)
        else:
            found.update(self._folded.indices)
        return sorted(found)


class _Words:
    """Words, each with the indices of the patterns that need it, looked up by how they begin."""

    def __init__(self) -> None:
        self.indices: list[int] = []
        self._by_word: dict[str, list[int]] = {}
        self._by_start: dict[str, list[str]] = {}

    def add(self, index: int, words: Sequence[str]) -> None:
        self.indices.append(index)
        for word in words:
            if word not in self._by_word:
                self._by_word[word] = []
                self._by_start.setdefault(word[:_SHORTEST], []).append(word)
            self._by_word[word].append(index)

    def find(self, text: str, found: set[int]) -> None:
        """Add to `found` the indices of the patterns one of whose words is in `text`."""
        begins = self._by_start.get
        for place in range(len(text) - _SHORTEST + 1):
            words = begins(text[place : place + _SHORTEST])
            if words:
                for word in words:
                    if text.startswith(word, place):
                        found.update(self._by_word[word])


class Rewrites:
    """Rules (a pattern and what its matches become) applied to a text one after the other, as
    `pattern.sub` in a loop would, trying only those the text could hold. The text is screened
    again after a rule changes it, as its new words may bring others in."""

    def __init__(self, rules: Iterable[tuple[re.Pattern[str], Any]]) -> None:
        self.rules = tuple(rules)
        self._screen: Screen | None = None  # built on first use

    def __call__(self, text: str) -> str:
        if self._screen is None:
            self._screen = Screen([pattern for pattern, _ in self.rules])
        todo = self._screen.could_match(text)
        while todo:
            index = todo.pop(0)
            pattern, replacement = self.rules[index]
            rewritten = pattern.sub(replacement, text)
            if rewritten != text:
                text = rewritten
                todo = [i for i in self._screen.could_match(text) if i > index]
        return text


def needed_words(source: str) -> tuple[str, ...]:
    """Strings one of which every match of `source` contains; () when none is known. Worked
    out once per machine, as the programs are."""
    global _programs
    with _lock:
        if _programs is None:
            _programs = _load()
        key = "words:" + hashlib.sha256(source.encode()).hexdigest()
        words = _programs.get(key)
        if words is None:
            words = _new.get(key)
        if words is None:
            words = _words(source) if _sre is not None else []
            _new[key] = words
        return tuple(words)


#: Words shorter than this are in too many texts to be worth testing for.
_SHORTEST = 3


def _words(source: str) -> list[str]:
    """Strings one of which every match of `source` contains; [] when none is known."""
    parsed = _parser.parse(source, 0)
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return []
    return sorted(_needed(parsed) or ())


def _needed(items: Any) -> frozenset[str] | None:
    """Of what a sequence of parsed items must contain, the set of strings (one of them in
    every match) whose shortest is longest; None when nothing is known to be there."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best
        if found is None:
            return
        if best is None or (min(map(len, found)), -len(found)) > (
            min(map(len, best)),
            -len(best),
        ):
            best = found

    def end_of_run() -> None:
        if len(run) >= _SHORTEST:
            consider(frozenset(["".join(run)]))
        run.clear()

    for op, value in items:
        if op is _op.LITERAL:
            run.append(chr(value))
            continue
        end_of_run()
        if op is _op.SUBPATTERN and not value[1] & re.IGNORECASE:
            consider(_needed(value[3]))
        elif op is _op.BRANCH:
            either = [_needed(branch) for branch in value[1]]
            if all(e is not None for e in either):
                consider(frozenset().union(*(e for e in either if e is not None)))
        elif op in (_op.MAX_REPEAT, _op.MIN_REPEAT, _op.POSSESSIVE_REPEAT) and value[0] >= 1:
            consider(_needed(value[2]))
        elif op is _op.ATOMIC_GROUP:
            consider(_needed(value))
    end_of_run()
    return best


@atexit.register
def _save() -> None:
    """Keep what this run compiled for the next ones (written whole, atomically)."""
    if not _new or _programs is None:
        return
    body = json.dumps({**_programs, **_new}, separators=(",", ":")).encode()
    header = json.dumps({"key": _KEY, "sha256": hashlib.sha256(body).hexdigest()}).encode()
    target = _file()
    tmp: str | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".grammar-", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            f.write(header + b"\n" + body)
        os.replace(tmp, target)
    except OSError:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        # A cache that cannot be written only costs the next run a second.
