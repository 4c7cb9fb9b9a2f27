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
from pathlib import Path
from typing import Any

import platformdirs

__all__ = ["compiled"]

# The compiler's internals: public in all but name since 3.11, and guarded below.
try:
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
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
