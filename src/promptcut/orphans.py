"""No process promptcut starts outlives it: the parent-death signal, set in the child."""

from __future__ import annotations

import ctypes
import os
import signal
from collections.abc import Callable
from functools import lru_cache

__all__ = ["dies_with_parent"]

_PR_SET_PDEATHSIG = 1


def dies_with_parent() -> Callable[[], None]:
    """A `preexec_fn` that makes the child get SIGKILL when its parent dies, `kill -9`
    included, where no `finally` or `atexit` runs to stop it.

    Linux sends it when the thread that started the child exits, and to that child alone: it
    is not inherited by what the child starts (see tether.py for a stage script's ffmpeg).
    Everything is looked up here, before the fork; the returned function only makes syscalls.
    Where there is no prctl (not Linux) it does nothing.
    """
    prctl = _prctl()
    parent = os.getpid()
    if prctl is None:
        return lambda: None

    def set_signal() -> None:
        prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
        if os.getppid() != parent:
            # The parent died between the fork and the line above: no signal will come.
            os.kill(os.getpid(), signal.SIGKILL)

    return set_signal


@lru_cache(maxsize=1)
def _prctl() -> Callable[..., int] | None:
    prctl: Callable[..., int] | None = getattr(ctypes.CDLL(None, use_errno=True), "prctl", None)
    return prctl
