"""Removing old sessions: `promptcut clean` and the server's PROMPTCUT_KEEP_DAYS."""

from __future__ import annotations

import logging
import re
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal

from promptcut.errors import InvalidRequest, NotFound
from promptcut.jobs.store import JobStore
from promptcut.session import Session

__all__ = ["Removal", "clean", "keep_pruned", "parse_age"]

log = logging.getLogger(__name__)

#: How often the server looks for sessions past PROMPTCUT_KEEP_DAYS, after doing it at start.
EVERY = timedelta(hours=6)

_AGE = re.compile(r"(\d+(?:\.\d+)?)\s*(s|m|h|d|w)?")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


def parse_age(text: str) -> timedelta:
    """'30d', '12h', '90m', '2w', '45s' (a bare number is days) as a timedelta."""
    match = _AGE.fullmatch(text.strip().lower())
    if match is None:
        raise InvalidRequest(f"{text!r} is not an age like 30d, 12h, 90m or 2w")
    return timedelta(seconds=float(match.group(1)) * _UNITS[match.group(2) or "d"])


@dataclass(frozen=True)
class Removal:
    """One session `clean` chose: what it was, and what became of it."""

    session_id: str
    name: str
    last_used: datetime
    size: int
    #: removed; would be removed (a dry run); kept because a render holds it or a job is queued
    status: Literal["removed", "would remove", "in use"]


def clean(
    data_dir: Path,
    *,
    older_than: timedelta | None = None,
    keep_last: int | None = None,
    dry_run: bool = False,
    now: datetime | None = None,
) -> list[Removal]:
    """Remove the sessions not used for `older_than` and not among the `keep_last` most
    recently used (either alone, or both together); oldest first. A session an edit or a
    proxy is rendering in, or with a job queued or running, is never removed. `dry_run`
    removes nothing and says what would go."""
    if older_than is None and keep_last is None:
        raise ValueError("say how old a session must be, or how many to keep")
    now = now or datetime.now(UTC)
    sessions = _sessions(data_dir)
    sessions.sort(key=lambda pair: pair[1], reverse=True)
    chosen = sessions[keep_last or 0 :]
    if older_than is not None:
        chosen = [(s, used) for s, used in chosen if now - used > older_than]
    queued = {job.session_id for job in JobStore(data_dir).unfinished()}
    done: list[Removal] = []
    for session, used in reversed(chosen):
        size = session.size_on_disk()
        status: Literal["removed", "would remove", "in use"]
        if session.id in queued or session.is_busy():
            status = "in use"
        elif dry_run:
            status = "would remove"
        else:
            status = "removed" if session.remove() else "in use"
        done.append(Removal(session.id, session.record.original.name, used, size, status))
    if not dry_run:
        _finish_removals(data_dir)
    return done


def keep_pruned(data_dir: Path, keep_days: float) -> Callable[[], None]:
    """For the server: remove sessions unused for `keep_days` now (before returning), then
    every few hours on a thread of its own; returns the function that stops it. `keep_days`
    0 keeps every session."""
    stop = threading.Event()
    if keep_days <= 0:
        return stop.set

    def prune() -> None:
        try:
            for r in clean(data_dir, older_than=timedelta(days=keep_days)):
                if r.status == "removed":
                    log.info("removed session %s, unused since %s", r.session_id, r.last_used)
        except Exception:
            log.exception("could not remove old sessions")

    def every_few_hours() -> None:
        while not stop.wait(EVERY.total_seconds()):
            prune()

    prune()
    threading.Thread(target=every_few_hours, name="promptcut-retention", daemon=True).start()
    return stop.set


def _sessions(data_dir: Path) -> list[tuple[Session, datetime]]:
    """Every readable session with when it was last used."""
    folder = data_dir / "sessions"
    found: list[tuple[Session, datetime]] = []
    for entry in folder.iterdir() if folder.is_dir() else ():
        try:
            session = Session.open(data_dir, entry.name)
            found.append((session, session.last_used()))
        except (NotFound, OSError, ValueError):
            continue  # not a session folder, or one being removed
    return found


def _finish_removals(data_dir: Path) -> None:
    """Delete what an interrupted removal left: folders already renamed out of the way."""
    for leftover in (data_dir / "sessions").glob(".removing-*"):
        shutil.rmtree(leftover, ignore_errors=True)
