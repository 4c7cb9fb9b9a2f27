"""The session folder: the untouched original, every version, its scripts, logs and history."""

from __future__ import annotations

import builtins
import contextlib
import fcntl
import hashlib
import json
import os
import re
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from promptcut.errors import InvalidRequest, NotFound
from promptcut.media.info import MediaInfo
from promptcut.stage import Expected

__all__ = [
    "HistoryEntry",
    "Session",
    "SessionSummary",
    "SourceFile",
    "StageRecord",
    "VersionRecord",
    "sanitize_ext",
    "sanitize_name",
    "write_json_atomic",
]

_SESSION_FILE = "session.json"
_HISTORY_FILE = "history.json"
_LOCK_FILE = ".lock"
#: Held shared by every edit or proxy render for as long as it runs; removal takes it exclusive.
_BUSY_FILE = ".busy"
#: Linux's FICLONE ioctl: the new file shares the old one's blocks, copy-on-write (btrfs, XFS,
#: bcachefs, ZFS 2.2); other filesystems refuse it and the original is kept by reference.
_FICLONE = 0x40049409
_ID = re.compile(r"[0-9a-f]{32}")
_EXT = re.compile(r"[a-z0-9]{1,5}")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_MAX_NAME = 100


def _now() -> datetime:
    return datetime.now(UTC)


class VersionRecord(BaseModel):
    """One edit's output: `versions/vNNNN.ext`, made from version `parent` (0 = the original)."""

    model_config = ConfigDict(frozen=True)

    number: int
    path: str = Field(description="Relative to the session folder.")
    parent: int
    prompt: str
    created: datetime = Field(default_factory=_now)
    duration: float | None = Field(
        None,
        description="Its length in seconds as probed when it was made (0 for a still image); "
        "None in records written before this was kept.",
    )


class SourceFile(BaseModel):
    """The user's own file a session reads in place of a copy, and how to tell it is unchanged."""

    model_config = ConfigDict(frozen=True)

    path: str = Field(description="Absolute path of the user's file.")
    size: int = Field(description="Its size in bytes when the session was made.")
    mtime_ns: int = Field(description="Its modification time then, in nanoseconds.")
    sha256: str = Field(description="The SHA-256 of its contents then.")


class OriginalRecord(BaseModel):
    """The file edited first: its display name, and its copy under `media/` or a reference to
    the user's file."""

    model_config = ConfigDict(frozen=True)

    name: str = Field(description="The user's file name, for display only; never a path.")
    path: str = Field(description="Relative to the session folder; for a reference, absolute.")
    media: MediaInfo = Field(description="Probe of the copy; its path is as `path` on disk.")
    kept: Literal["copy", "reflink", "reference"] = Field(
        "copy",
        description="copy: a copy in media/ (uploads); reflink: a clone in media/ sharing the "
        "user's file's blocks (no space used until one changes); reference: no copy, the "
        "user's file is read where it is, checked against `source` before each use.",
    )
    source: SourceFile | None = Field(
        None, description="The user's file, for an original cloned or kept by reference."
    )


class SessionRecord(BaseModel):
    """What session.json holds."""

    id: str
    created: datetime = Field(default_factory=_now)
    original: OriginalRecord
    current: int = Field(0, description="The version being edited; 0 = the original.")
    versions: list[VersionRecord] = Field(default_factory=list)
    undone: list[int] = Field(default_factory=list, description="Redo stack, last undone last.")


class StageRecord(BaseModel):
    """One stage of an edit as history keeps it: the script that ran and what it had to make."""

    model_config = ConfigDict(frozen=True)

    number: int
    title: str
    script: str = Field(description="Relative to the session folder.")
    expected: Expected


class HistoryEntry(BaseModel):
    """One edit, whatever its outcome: what was asked, planned, run, how long it took."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(default_factory=lambda: uuid.uuid4().hex)
    prompt: str
    plan: dict[str, Any] | None = None
    stages: list[StageRecord] = Field(default_factory=list)
    timings: dict[str, float] = Field(default_factory=dict, description="Seconds per phase.")
    parent_version: int
    output_version: int | None = None
    outcome: Literal["succeeded", "failed", "refused", "cancelled"]
    error: str | None = None
    source: SourceFile | None = Field(
        None,
        description="When the edit read the user's file in place (the session keeps no copy): "
        "that file, as checked before the edit.",
    )
    measurements: dict[int, dict[str, Any]] = Field(
        default_factory=dict,
        description="What each analysis pass measured (silences, scene changes, loudness), "
        "by step number.",
    )
    planner: dict[str, Any] | None = Field(
        None,
        description="Which planner made the plan (offline or llm) and, when a model took part, "
        "its name, requests and tokens.",
    )
    isolated: bool | None = Field(
        None,
        description="Whether the stage scripts ran isolated by bubblewrap; False: unconfined "
        "(no bubblewrap). None in entries written before this was recorded.",
    )
    copying: dict[str, Any] | None = Field(
        None,
        description="For a plan that leaves the picture untouched (it selects time, changes "
        "the sound or the container, or joins alike clips): the share of the picture copied "
        "without re-encoding ('copied', 0 to 1) and, when it was re-encoded, why ('reason'); "
        "'sound' when a cut kept the sound untouched ('packets' or 'samples').",
    )
    created: datetime = Field(default_factory=_now)


class SessionSummary(BaseModel):
    """A line of the session list."""

    model_config = ConfigDict(frozen=True)

    id: str
    created: datetime
    original_name: str
    versions: int
    last_prompt: str | None = Field(None, description="The prompt of the newest version.")


def write_json_atomic(path: Path, data: Any) -> None:
    """Write `data` as JSON so readers see the old file or the new one, never a torn one.

    Temp file in the same folder (so the rename cannot cross filesystems), fsync, rename over,
    fsync the folder so the rename itself survives a crash.
    """
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=2, ensure_ascii=False)
            f.write("\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def sanitize_ext(ext: str) -> str:
    """A file extension safe to put in a path we build: 1-5 of [a-z0-9], else 'bin'."""
    ext = ext.lower().removeprefix(".")
    return ext if _EXT.fullmatch(ext) else "bin"


def sanitize_name(name: str) -> str:
    """A user's file name made safe as one path component (letters, digits, . _ -)."""
    base = Path(name.replace("\\", "/")).name  # drop any directories the client sent
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    stem = _UNSAFE.sub("_", stem).strip("._-")[:_MAX_NAME] or "asset"
    return f"{stem}.{sanitize_ext(ext)}" if dot else stem


class Session:
    """One session folder on disk. Every change re-reads session.json under the session's lock,
    so two processes (the server and a CLI, two workers) never lose each other's updates."""

    def __init__(self, root: Path, record: SessionRecord) -> None:
        self.root = root
        self._record = record
        #: The referenced original's (size, mtime) when this object last hashed it: unchanged
        #: since, it need not be read again (the CLI hashes it to make the session, then uses
        #: it at once).
        self._hashed: tuple[int, int] | None = None

    # -- finding sessions -------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        data_dir: Path,
        source: Path,
        media: MediaInfo,
        *,
        name: str | None = None,
        move: bool = False,
        in_place: bool = False,
    ) -> Session:
        """A new session holding `source` (probed as `media`) as its original.

        `name` is the file's name as the user knows it (display only; default: `source`'s).
        `move` renames `source` into the session instead of copying it: for an upload that
        the server wrote under the same data folder, which a gigabyte copy would only slow.
        `in_place` (the CLI, whose input stays where the user keeps it) never duplicates the
        data: a reflink clone where the filesystem can make one, else a reference to the
        user's file with its size, time and hash, checked before each use (`check_original`).

        The folder is private to its owner (0700): it holds the user's media and words.
        """
        display = (name or source.name)[:255]
        session_id = uuid.uuid4().hex
        sessions = _sessions_dir(data_dir)
        if not sessions.is_dir():
            sessions.mkdir(parents=True, mode=0o700, exist_ok=True)
        root = sessions / session_id
        root.mkdir(mode=0o700)
        try:
            for folder in ("media/assets", "versions", "scripts", "logs", "tmp"):
                (root / folder).mkdir(parents=True)
            relative = f"media/original.{sanitize_ext(Path(display).suffix or source.suffix)}"
            kept: Literal["copy", "reflink", "reference"] = "copy"
            found: SourceFile | None = None
            if move:
                os.replace(source, root / relative)
                os.chmod(root / relative, 0o600)
            elif in_place:
                found = _source_file(source)
                if _clone(source, root / relative):
                    kept = "reflink"
                else:
                    kept, relative = "reference", found.path
            else:
                # copyfile: data only, no permission bits or owner from the upload; it uses
                # sendfile/copy_file_range, the fastest copy the kernel offers.
                shutil.copyfile(source, root / relative)
                os.chmod(root / relative, 0o600)
            record = SessionRecord(
                id=session_id,
                original=OriginalRecord(
                    name=display,
                    path=relative,
                    media=media.model_copy(update={"path": Path(relative)}),
                    kept=kept,
                    source=found,
                ),
            )
            session = cls(root, record)
            if found is not None:
                session._hashed = (found.size, found.mtime_ns)
            with session._locked():
                session._save(record)
                write_json_atomic(root / _HISTORY_FILE, [])
        except BaseException:
            shutil.rmtree(root, ignore_errors=True)
            raise
        return session

    @classmethod
    def open(cls, data_dir: Path, session_id: str) -> Session:
        """The session called `session_id`; NotFound for an unknown or malformed id."""
        if not _ID.fullmatch(session_id):
            raise NotFound(f"no such session: {session_id[:64]!r}")
        root = _sessions_dir(data_dir) / session_id
        try:
            record = _read_record(root)
        except FileNotFoundError:
            raise NotFound(f"no such session: {session_id!r}") from None
        return cls(root, record)

    @classmethod
    def list(cls, data_dir: Path, limit: int = 20) -> builtins.list[SessionSummary]:
        """The newest `limit` sessions, newest first; unreadable folders are skipped."""
        summaries: builtins.list[SessionSummary] = []
        folder = _sessions_dir(data_dir)
        if not folder.is_dir():
            return summaries
        for entry in folder.iterdir():
            if not _ID.fullmatch(entry.name):
                continue
            try:
                record = _read_record(entry)
            except (OSError, ValidationError, ValueError):
                continue  # half-created or damaged: not worth failing the whole list
            summaries.append(
                SessionSummary(
                    id=record.id,
                    created=record.created,
                    original_name=record.original.name,
                    versions=len(record.versions),
                    last_prompt=record.versions[-1].prompt if record.versions else None,
                )
            )
        summaries.sort(key=lambda s: s.created, reverse=True)
        return summaries[:limit]

    # -- what it holds ----------------------------------------------------------------------

    @property
    def id(self) -> str:
        return self._record.id

    @property
    def record(self) -> SessionRecord:
        """session.json as last read or written by this object (`refresh()` re-reads it)."""
        return self._record

    def refresh(self) -> SessionRecord:
        self._record = _read_record(self.root)
        return self._record

    @property
    def original_path(self) -> Path:
        """The original's file: the session's copy, or the user's own file for a reference."""
        return self.root / self._record.original.path  # an absolute path replaces the root

    @property
    def source(self) -> SourceFile | None:
        """The user's file the session reads in place of a copy, if it keeps no copy."""
        original = self._record.original
        return original.source if original.kept == "reference" else None

    def check_original(self, *, contents: bool = True) -> None:
        """Refuse (InvalidRequest) to use an original kept by reference that is gone or has
        changed since the session was made: its size, time and (with `contents`) its hash
        must be as recorded. A copy or a clone needs no check."""
        source = self.source
        if source is None:
            return
        name = self._record.original.name
        kept = "this session reads it where it is instead of keeping a copy"
        try:
            st = os.stat(source.path)
        except OSError:
            raise InvalidRequest(f"{name} is no longer at {source.path} ({kept})") from None
        change = None
        if st.st_size != source.size:
            change = f"it was {source.size:,} bytes and is now {st.st_size:,}"
        elif st.st_mtime_ns != source.mtime_ns:
            change = "it was modified"
        elif contents and self._hashed != (st.st_size, st.st_mtime_ns):
            if _sha256(Path(source.path)) != source.sha256:
                change = "its contents differ"
            self._hashed = (st.st_size, st.st_mtime_ns)
        if change is not None:
            raise InvalidRequest(
                f"{name} has changed since this session was made ({change}); {kept}, "
                "so edit the file as it is now in a new session"
            )

    @property
    def original_media(self) -> MediaInfo:
        """The probe of the original, pointing at the session's copy."""
        media = self._record.original.media
        return media.model_copy(update={"path": self.root / media.path})

    @property
    def current(self) -> int:
        """The version the next edit starts from, as on disk now (0 = the original)."""
        return self.refresh().current

    def current_path(self) -> Path:
        """The file the next edit starts from: the original or the current version."""
        return self.path_of(self.refresh().current)

    def path_of(self, version: int) -> Path:
        """The file of version `version` (0 = the original)."""
        if version == 0:
            return self.original_path
        for v in self._record.versions:
            if v.number == version:
                return self.root / v.path
        raise NotFound(f"session {self.id} has no version {version}")

    def display_name(self, version: int) -> str:
        """What to call version `version` to a person: the original's own name, and
        `NAME.vN.EXT` for an edit."""
        path = self.path_of(version)
        original = self._record.original.name
        return f"{Path(original).stem or 'video'}.v{version}{path.suffix}" if version else original

    def relative(self, path: Path) -> str:
        """`path` as recorded in session.json/history.json: relative to the session folder."""
        return path.absolute().relative_to(self.root.absolute()).as_posix()

    def assets(self) -> builtins.list[Path]:
        """The extra inputs given to this session (media/assets/), by name."""
        folder = self.root / "media" / "assets"
        if not folder.is_dir():
            return []
        return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))

    def scripts_of(self, version: int) -> builtins.list[Path]:
        """The stage scripts that made version `version`, in the order they ran."""
        self.path_of(version)  # NotFound for a version the session does not have
        if version == 0:
            return []
        folder = self.root / "scripts" / _version_name(version)
        return sorted(folder.glob("*.py")) if folder.is_dir() else []

    # -- previews ----------------------------------------------------------------------------

    @property
    def proxy_path(self) -> Path:
        """The small copy of the original that previews render from (made by the server)."""
        return self.root / "media" / "proxy.mp4"

    def preview_of(self, version: int) -> Path | None:
        """Version `version` at preview size, if one was made: the proxy for the original,
        the preview rendered from its parent's for an edit. The preview of an edit still
        running exists before its version does (the page shows it while the full render runs).
        """
        if version == 0:
            return self.proxy_path if self.proxy_path.is_file() else None
        folder = self.root / "previews"
        name = _version_name(version)
        found = sorted(folder.glob(f"{name}.*")) if folder.is_dir() else []
        return found[0] if found else None

    def keep_preview(self, tmp_output: Path, version: int) -> Path:
        """Move a finished preview render into previews/ (atomic rename) as version `version`'s."""
        target = _ensure(self.root / "previews") / (
            f"{_version_name(version)}.{sanitize_ext(tmp_output.suffix)}"
        )
        os.replace(tmp_output, target)
        return target

    def discard_preview(self, version: int) -> None:
        """Forget the preview of an edit that did not become a version."""
        found = self.preview_of(version) if version else None
        if found is not None:
            found.unlink(missing_ok=True)

    def tidy(self) -> None:
        """Clear what an interrupted edit left: scratch files (the session's and each run's
        beside its logs), and previews of versions that never came to be."""
        _remove([*self.tmp_dir().iterdir(), *self.root.glob("logs/*/.run-*")])
        self._drop_unmade_previews()

    def clear_scratch(self, kind: Literal["edit", "proxy"]) -> None:
        """Clear what one interrupted job left while other jobs of the session may run (a
        worker died under it): an edit's scratch (`tmp/edit-*`, its runs' `.run-*` beside the
        logs of versions, previews of versions that never came to be) — a session's edits run
        one at a time, so no other edit's — or a proxy render's (`tmp/proxy-*`, `logs/proxy`).
        `tidy` clears everything, for when nothing of the session runs."""
        runs = "logs/proxy/.run-*" if kind == "proxy" else "logs/v*/.run-*"
        _remove([*self.tmp_dir().glob(f"{kind}-*"), *self.root.glob(runs)])
        if kind == "edit":
            self._drop_unmade_previews()

    def _drop_unmade_previews(self) -> None:
        """Remove the previews of versions that never came to be."""
        numbers = {v.number for v in self.refresh().versions}
        folder = self.root / "previews"
        for preview in folder.glob("v*.*") if folder.is_dir() else ():
            stem = preview.name.split(".", 1)[0]
            if not (re.fullmatch(r"v\d{4,}", stem) and int(stem[1:]) in numbers):
                preview.unlink(missing_ok=True)

    # -- in use, and removal -----------------------------------------------------------------

    @contextlib.contextmanager
    def in_use(self) -> Iterator[None]:
        """Mark the session busy while an edit or a proxy renders: `remove` leaves it alone.
        Shared, so any number of renders can hold it at once. NotFound if it was removed."""
        gone = NotFound(f"no such session: {self.id} (it was removed)")
        try:
            fd = os.open(self.root / _BUSY_FILE, os.O_RDWR | os.O_CREAT, 0o600)
        except FileNotFoundError:
            raise gone from None
        try:
            fcntl.flock(fd, fcntl.LOCK_SH)
            if not self.root.is_dir():
                raise gone  # removed while this waited for the lock
            yield
        finally:
            os.close(fd)

    def is_busy(self) -> bool:
        """Whether an edit or a proxy render holds the session now (see `in_use`)."""
        fd = os.open(self.root / _BUSY_FILE, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        finally:
            os.close(fd)
        return False

    def remove(self) -> bool:
        """Delete the session folder unless a render holds it; whether it was removed.

        The folder is first renamed out of the sessions folder while the busy lock is held
        exclusively, so a render starting meanwhile finds no session rather than half of one.
        """
        fd = os.open(self.root / _BUSY_FILE, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return False
            doomed = self.root.with_name(f".removing-{self.id}")
            os.replace(self.root, doomed)
        finally:
            os.close(fd)
        shutil.rmtree(doomed, ignore_errors=True)
        return True

    def last_used(self) -> datetime:
        """When the session last changed: its record or its history was last written."""
        times = [
            (self.root / f).stat().st_mtime
            for f in (_SESSION_FILE, _HISTORY_FILE)
            if (self.root / f).exists()
        ]
        return datetime.fromtimestamp(max(times, default=0.0), UTC)

    def size_on_disk(self) -> int:
        """Bytes the session's files take (a referenced original is not the session's)."""
        total = 0
        for folder, _dirs, files in os.walk(self.root):
            for f in files:
                with contextlib.suppress(OSError):
                    total += os.lstat(os.path.join(folder, f)).st_blocks * 512
        return total

    # -- folders for an edit ------------------------------------------------------------------

    def next_version(self) -> int:
        """Reserve the next version number for an edit (its scripts folder is created).

        Numbers are never reused, so a failed edit's scripts and logs stay where its history
        entry points, and two edits running at once get different numbers.
        """
        with self._locked():
            record = self.refresh()
            taken = [v.number for v in record.versions]
            for folder in ("scripts", "logs"):
                taken += [
                    int(p.name[1:])
                    for p in (self.root / folder).iterdir()
                    if re.fullmatch(r"v\d{4,}", p.name)
                ]
            number = max(taken, default=0) + 1
            self.scripts_dir(number)
            return number

    def version_path(self, number: int, ext: str) -> Path:
        return self.root / "versions" / f"{_version_name(number)}.{sanitize_ext(ext)}"

    def scripts_dir(self, number: int) -> Path:
        return _ensure(self.root / "scripts" / _version_name(number))

    def logs_dir(self, number: int) -> Path:
        return _ensure(self.root / "logs" / _version_name(number))

    def tmp_dir(self) -> Path:
        """Scratch space inside the session, on the same filesystem as versions/ so that
        promoting an output is a rename."""
        return _ensure(self.root / "tmp")

    def add_asset(self, source: Path, name: str) -> Path:
        """Copy an extra input (music, logo, subtitles) into media/assets under a safe name.

        An existing asset is never replaced (older scripts still name it): a clash gets a
        numbered name. Returns the copy's path.
        """
        folder = _ensure(self.root / "media" / "assets")
        safe = sanitize_name(name)
        stem, dot, ext = safe.rpartition(".")
        if not dot:
            stem, ext = safe, ""
        with self._locked():
            target = folder / safe
            counter = 2
            while target.exists():
                target = folder / (f"{stem}-{counter}{dot}{ext}")
                counter += 1
            shutil.copyfile(source, target)
            os.chmod(target, 0o600)
        return target

    # -- changing versions -------------------------------------------------------------------

    def promote(
        self,
        tmp_output: Path,
        number: int,
        ext: str,
        parent: int,
        prompt: str,
        *,
        duration: float | None = None,
    ) -> Path:
        """Make a finished render version `number` and the current one; clears the redo stack.
        `duration` is the render's length as probed, kept so that reading the session never
        has to probe its versions.

        The file is renamed into versions/ (atomic; `tmp_output` should be under `tmp_dir()`),
        then session.json is rewritten. The media itself is not fsynced: it is large, and the
        scripts that made it are on disk to make it again.
        """
        with self._locked():
            record = self.refresh()
            if any(v.number == number for v in record.versions):
                raise ValueError(f"version {number} already exists in session {self.id}")
            if parent != 0 and all(v.number != parent for v in record.versions):
                raise ValueError(f"parent version {parent} does not exist in session {self.id}")
            target = self.version_path(number, ext)
            os.replace(tmp_output, target)
            record.versions.append(
                VersionRecord(
                    number=number,
                    path=self.relative(target),
                    parent=parent,
                    prompt=prompt,
                    duration=duration,
                )
            )
            record.current = number
            record.undone = []
            self._save(record)
            return target

    def undo(self) -> int:
        """Step back to the current version's parent; returns the new current version."""
        with self._locked():
            record = self.refresh()
            if record.current == 0:
                raise InvalidRequest("nothing to undo: the session is at the original")
            by_number = {v.number: v for v in record.versions}
            record.undone.append(record.current)
            record.current = by_number[record.current].parent
            self._save(record)
            return record.current

    def redo(self) -> int:
        """Go forward to the version last undone; returns the new current version."""
        with self._locked():
            record = self.refresh()
            if not record.undone:
                raise InvalidRequest("nothing to redo: no edit has been undone since the last one")
            record.current = record.undone.pop()
            self._save(record)
            return record.current

    # -- history -----------------------------------------------------------------------------

    def append_history(self, entry: HistoryEntry) -> None:
        with self._locked():
            entries = self._read_history_json()
            entries.append(entry.model_dump(mode="json"))
            write_json_atomic(self.root / _HISTORY_FILE, entries)

    def history(self) -> builtins.list[HistoryEntry]:
        """Every edit, oldest first."""
        return [HistoryEntry.model_validate(item) for item in self._read_history_json()]

    # -- internals ---------------------------------------------------------------------------

    def _read_history_json(self) -> builtins.list[Any]:
        try:
            data = json.loads((self.root / _HISTORY_FILE).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        if not isinstance(data, builtins.list):
            raise ValueError(f"{self.root / _HISTORY_FILE} is not a JSON list")
        return data

    def _save(self, record: SessionRecord) -> None:
        write_json_atomic(self.root / _SESSION_FILE, record.model_dump(mode="json"))
        self._record = record

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        # flock locks belong to the open file description: a fresh open per use makes threads
        # of one process exclude each other as well as other processes. Not reentrant.
        fd = os.open(self.root / _LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)


def _sessions_dir(data_dir: Path) -> Path:
    return data_dir / "sessions"


def _read_record(root: Path) -> SessionRecord:
    return SessionRecord.model_validate_json((root / _SESSION_FILE).read_bytes())


def _version_name(number: int) -> str:
    if number < 1:
        raise ValueError(f"version numbers start at 1, got {number}")
    return f"v{number:04d}"


def _remove(leftovers: list[Path]) -> None:
    """Delete scratch files and folders; a link is removed itself, never followed."""
    for leftover in leftovers:
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)


def _ensure(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _sha256(path: Path) -> str:
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def _source_file(path: Path) -> SourceFile:
    """The user's file as it is now: where it is, its size, time and hash."""
    absolute = path.resolve()
    st = absolute.stat()
    return SourceFile(
        path=str(absolute), size=st.st_size, mtime_ns=st.st_mtime_ns, sha256=_sha256(absolute)
    )


def _clone(source: Path, target: Path) -> bool:
    """Make `target` a reflink clone of `source` (no data copied; later changes to either do
    not show in the other); False where the filesystem cannot, with nothing left behind."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with source.open("rb") as src:
            fcntl.ioctl(fd, _FICLONE, src.fileno())
    except OSError:
        os.close(fd)
        target.unlink(missing_ok=True)
        return False
    os.close(fd)
    return True
