"""Errors by who can fix them: the user, the script generator, or the machine."""

from __future__ import annotations

import errno
import re
from pathlib import Path

__all__ = [
    "Cancelled",
    "DiskError",
    "ExecutionError",
    "InvalidRequest",
    "NotFound",
    "NotUnderstood",
    "PromptcutError",
    "ScriptError",
    "Timeout",
    "TooLarge",
    "UnsupportedMedia",
    "UserError",
    "disk_error",
    "without_command_hints",
]

#: A pointer to a command to run ("(run 'promptcut ops' for the full list)").
_COMMAND_HINT = re.compile(r"\s*\(run 'promptcut\b[^']*'[^()]*\)")


class PromptcutError(Exception):
    """Root of every error promptcut raises on purpose."""


class UserError(PromptcutError):
    """Something the person asking can fix: the CLI exits 2, the API answers 4xx."""


class NotUnderstood(UserError):
    """A clause of the request maps to no operation; it is quoted, never guessed at."""

    def __init__(self, message: str, *, clause: str = "", suggestions: tuple[str, ...] = ()):
        super().__init__(message)
        self.clause = clause
        self.suggestions = suggestions


class InvalidRequest(UserError):
    """The request is understood but cannot be done to this media (a range past its end, a
    missing asset, an output format that cannot hold the result)."""


class NotFound(UserError):
    """A session, version or asset the request names does not exist."""


class UnsupportedMedia(UserError):
    """The input is not usable media: missing, empty, corrupt, a playlist, or over a cap."""


class ScriptError(PromptcutError):
    """A generated stage script failed its sandbox run or produced the wrong output."""


class TooLarge(ScriptError):
    """The output came out bigger than the size it had to stay under."""

    def __init__(self, message: str, *, size: int, limit: int):
        super().__init__(message)
        self.size = size
        self.limit = limit


class ExecutionError(PromptcutError):
    """The real run failed on this machine (ffmpeg error, resource limit, killed)."""


class Timeout(ExecutionError):
    """A run took longer than its wall-clock limit and was killed with its process group."""


class Cancelled(ExecutionError):
    """The run was stopped on request (a cancelled job); its process group was killed."""


class DiskError(ExecutionError):
    """A write the disk refused: it is full, or mounted read-only."""


#: What the disk said, as errno and as the words ffmpeg and the C library print for it.
_DISK_TROUBLE = {
    errno.ENOSPC: ("No space left on device", "no space left on the device holding {}"),
    errno.EDQUOT: ("Disk quota exceeded", "the disk quota is used up on the device holding {}"),
    errno.EROFS: ("Read-only file system", "the device holding {} is read-only"),
}


def disk_error(error: BaseException, where: Path) -> DiskError | None:
    """`error` said as a DiskError about the folder `where` when a full or read-only disk is
    its cause (an OSError, or a failed run whose log says so); None otherwise."""
    if isinstance(error, DiskError):
        return error
    if isinstance(error, OSError) and error.errno in _DISK_TROUBLE:
        return DiskError(_DISK_TROUBLE[error.errno][1].format(where))
    if isinstance(error, ExecutionError | ScriptError):
        # What the failed run printed (never the user's words, which a refusal may quote).
        text = str(error)
        for words, message in _DISK_TROUBLE.values():
            if words in text:
                return DiskError(message.format(where))
    return None


def without_command_hints(message: str) -> str:
    """`message` as the API and the page show it: without its pointers to commands to run,
    which help at a command line and are noise where there is none."""
    return _COMMAND_HINT.sub("", message)
