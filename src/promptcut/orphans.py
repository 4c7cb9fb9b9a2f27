"""No process promptcut starts outlives it, and none runs Python between its fork and exec."""

from __future__ import annotations

import ctypes
import errno
import os
import resource
import shutil
import signal
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Child", "tied_to_parent"]

_PR_SET_PDEATHSIG = 1

# prlimit's option for each limit a child may be given.
_PRLIMIT_OPTIONS = {
    resource.RLIMIT_AS: "--as",
    resource.RLIMIT_FSIZE: "--fsize",
    resource.RLIMIT_CPU: "--cpu",
    resource.RLIMIT_NPROC: "--nproc",
    resource.RLIMIT_CORE: "--core",
}

# The last step before the command, in sh: stop if the parent died before its death signal was
# set (no signal would come), join the run's cgroup if there is one (best effort, quietly),
# then become the command, without the PWD sh exports of its own.
# $1 is the parent's pid, $2 the cgroup.procs file or "".
_THEN_RUN = (
    '[ "$PPID" = "$1" ] || kill -KILL $$; '
    '[ -z "$2" ] || { echo $$ > "$2"; } 2>/dev/null; '
    'unset PWD; shift 2; exec "$@"'
)


@dataclass(frozen=True)
class Child:
    """A command ready for `subprocess.Popen(child.argv, preexec_fn=child.preexec_fn)`."""

    argv: list[str]
    # None where the tools below exist: then only C runs in the child before its exec.
    preexec_fn: Callable[[], None] | None


Limits = Sequence[tuple[int, tuple[int, int]]]  # (resource.RLIMIT_*, (soft, hard))


def tied_to_parent(
    command: list[str], *, limits: Limits = (), cgroup_procs: str | None = None
) -> Child:
    """`command` made to get SIGKILL when the thread that starts it dies (`kill -9` of
    promptcut included, where no `finally` or `atexit` runs), with `limits` set and, when
    `cgroup_procs` is given, in that cgroup (`cgroup.procs`) before it runs.

    The signal reaches this child alone: it is not inherited by what the child starts (see
    tether.py for a stage script's ffmpeg). It is set by util-linux's `setpriv`, the limits by
    its `prlimit` and the cgroup joined by `sh`, each exec'ing the next in the same process.
    A `preexec_fn` would do the same in Python in the forked child, where it is not safe with
    other threads running: CPython clears their thread states there, and an object they held
    whose native threads exist only in the parent (a PyAV reformatter's slice threads) waits
    for them for ever as it is freed, and so does the parent for its child's exec. That is
    the fallback only where the tools are missing (not Linux, or no util-linux). OSError when
    `command[0]` cannot be run, as `subprocess` would raise it.
    """
    if shutil.which(command[0]) is None:
        raise FileNotFoundError(errno.ENOENT, "no such executable", command[0])
    setpriv, prlimit, sh = (_system_tool(tool) for tool in ("setpriv", "prlimit", "sh"))
    if setpriv is None or sh is None or (limits and prlimit is None):
        return Child(command, _in_the_child(limits, cgroup_procs))
    argv = [setpriv, "--pdeathsig", "KILL", "--"]
    if limits:
        assert prlimit is not None
        argv += [prlimit, *(_prlimit_option(which, pair) for which, pair in limits), "--"]
    argv += [sh, "-c", _THEN_RUN, "sh", str(os.getpid()), cgroup_procs or "", *command]
    return Child(argv, None)


#: Where the system's own tools are, looked in after PATH: a PATH set for something else (one
#: that hides bubblewrap, a scrubbed one) must not take the safe way of starting away.
_SYSTEM_DIRS = ("/usr/bin", "/bin", "/usr/sbin", "/sbin")


def _system_tool(name: str) -> str | None:
    path = os.pathsep.join([os.environ.get("PATH", ""), *_SYSTEM_DIRS])
    return shutil.which(name, path=path)


def _prlimit_option(which: int, pair: tuple[int, int]) -> str:
    soft, hard = ("unlimited" if n == resource.RLIM_INFINITY else str(n) for n in pair)
    return f"{_PRLIMIT_OPTIONS[which]}={soft}:{hard}"


def _in_the_child(limits: Limits, cgroup_procs: str | None) -> Callable[[], None]:
    """The same as a `preexec_fn`. Everything is looked up here, before the fork; the
    returned function only makes syscalls. Where there is no prctl it sets no signal."""
    prctl = _prctl()
    parent = os.getpid()

    def apply() -> None:
        if prctl is not None:
            prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
            if os.getppid() != parent:
                # The parent died between the fork and the line above: no signal will come.
                os.kill(os.getpid(), signal.SIGKILL)
        if cgroup_procs is not None:
            try:
                fd = os.open(cgroup_procs, os.O_WRONLY)
                try:
                    os.write(fd, str(os.getpid()).encode())
                finally:
                    os.close(fd)
            except OSError:
                pass
        for which, pair in limits:
            resource.setrlimit(which, pair)

    return apply


@lru_cache(maxsize=1)
def _prctl() -> Callable[..., int] | None:
    prctl: Callable[..., int] | None = getattr(ctypes.CDLL(None, use_errno=True), "prctl", None)
    return prctl
