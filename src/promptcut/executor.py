"""Run one stage script for real: confined, time-limited, its progress parsed, its log kept."""

from __future__ import annotations

import contextlib
import errno
import itertools
import os
import queue
import resource
import shlex
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import IO

from promptcut.errors import Cancelled, ExecutionError, Timeout
from promptcut.orphans import Child, tied_to_parent

__all__ = [
    "UNISOLATED_WARNING",
    "RunResult",
    "ScriptFailed",
    "isolation_available",
    "limits_report",
    "memory_limit",
    "open_output",
    "read_output",
    "run_script",
]

#: What `edit` and `serve` say once when scripts will run without bubblewrap.
UNISOLATED_WARNING = (
    "bubblewrap (bwrap) is missing or cannot run here, so stage scripts run unisolated: "
    "they can read your files and reach the network (install bubblewrap to confine them)"
)

# Between SIGTERM and SIGKILL: long enough for ffmpeg to finish writing a trailer it was asked
# to stop, short enough that a cancel feels immediate.
_GRACE = 2.0
# How often the supervising loop wakes to look at the clock and the cancel flag.
_TICK = 0.05
# ffmpeg's -progress target inside the script; the executor reads the script's stdout.
_PROGRESS_TARGET = "pipe:1"
# Stray (non key=value) stdout a script may put in the log before we stop copying it; the
# parent is not under RLIMIT_FSIZE, so a chatty script must not be able to fill the disk.
_MAX_STRAY_STDOUT = 64 * 1024
_MAX_LINE = 4096
_TAIL_LINES = 8
# ffmpeg's periodic stats and prompts: noise when explaining a failure.
_NOISE_PREFIXES = ("frame=", "size=", "Press [q]", "progress=", "out_time")

# Read-only system paths a script and ffmpeg need (interpreter, libc, fonts and their config).
# /home, /root, /tmp, /work, /srv, /var and /run are left out on purpose: a hostile script must
# not read other files (a `.env` with API keys) and smuggle them into the output a remote user
# downloads. Only named parts of /etc: the rest holds credentials (pip.conf, npmrc,
# environment, ssh host keys), and a script run by root reads root's 0600 files such as
# /etc/shadow even with every capability dropped, since it still is their owner.
_SYSTEM_DIRS = (
    "/usr",
    "/bin",
    "/sbin",
    "/lib",
    "/lib32",
    "/lib64",
    "/libx32",
    "/etc/fonts",
    "/etc/alternatives",  # symlinks some font and tool packages go through
    "/etc/ld.so.cache",
    "/etc/ld.so.conf",
    "/etc/ld.so.conf.d",
    "/etc/localtime",
    "/etc/passwd",  # names for uids; the password hashes are in /etc/shadow, left out
    "/etc/group",
    # Debian's python links its sitecustomize.py here.
    f"/etc/python{sys.version_info.major}.{sys.version_info.minor}",
    "/var/cache/fontconfig",
)
_SANDBOX_FLAGS = (
    "--unshare-all",  # net, pid, ipc, uts, cgroup, user (if allowed): no network, no host pids
    "--die-with-parent",
    "--new-session",  # no TIOCSTI into a terminal
    "--cap-drop",
    "ALL",  # as root, without this the script could remount the read-only binds
    "--dev",
    "/dev",
    "--proc",
    "/proc",
)
# Tried first, added to the flags above: no user namespaces inside the sandbox. With one of its
# own a script holds every capability over it, so it can mount a tmpfs (RAM without a limit)
# and reach kernel code an unprivileged process otherwise cannot. Bubblewrap older than 0.8
# lacks the flag, and it needs user namespaces; where it cannot run the plain flags are used,
# which leave nested namespaces possible when bubblewrap is old but the kernel allows them.
_NO_NESTED_USERNS = ("--unshare-user", "--disable-userns")
# Runs a script without bubblewrap so that it dies with promptcut (see tether.py).
_TETHER = Path(__file__).with_name("tether.py")
# glibc gives each thread that allocates an arena of its own, 64 MiB of address space each, up
# to 8 per core: on a big machine ffmpeg's threads would reserve more than the memory limit
# without using it. A few arenas cost a little speed under contention and nothing else.
_MALLOC_ARENAS = "4"

# Last: the sandbox's own root and /dev (tmpfs holding the mount points and device nodes)
# become read-only too, so the only writable places are the binds made with --bind; a writable
# /tmp or /dev/shm would be RAM the script could fill, and TMPDIR points into the run's scratch
# folder anyway. /dev/null and its siblings are their own mounts and stay writable.
_SEAL = ("--remount-ro", "/dev", "--remount-ro", "/")


@dataclass(frozen=True)
class RunResult:
    """How a successful run went."""

    returncode: int
    seconds: float
    log_path: Path
    stderr_tail: str
    isolated: bool


class ScriptFailed(ExecutionError):
    """The script ran and exited non-zero (or hit the output size limit), as opposed to the
    machine failing to run it: the sandbox turns this one into feedback for the script."""

    def __init__(self, message: str, *, returncode: int, stderr_tail: str, log_path: Path):
        super().__init__(message)
        self.returncode = returncode
        self.stderr_tail = stderr_tail
        self.log_path = log_path


def isolation_available() -> bool:
    """Whether bubblewrap is installed and can build a sandbox here (user namespaces, mounts).

    Containers often ship `bwrap` but forbid the namespaces it needs, so presence is not
    enough: one throwaway sandbox is run with the same flags as the real ones.
    """
    return _sandbox_flags() is not None


@lru_cache(maxsize=1)
def _sandbox_flags() -> tuple[str, ...] | None:
    """The strictest bubblewrap flags that build a sandbox here; None when none do."""
    if shutil.which("bwrap") is None:
        return None
    for flags in ((*_SANDBOX_FLAGS, *_NO_NESTED_USERNS), _SANDBOX_FLAGS):
        if _sandbox_runs(flags):
            return flags
    return None


def _sandbox_runs(flags: tuple[str, ...]) -> bool:
    # The probe runs this very interpreter, as real runs do: a virtualenv's python is a
    # symlink into another prefix, and that must resolve inside the sandbox too.
    with tempfile.TemporaryDirectory(prefix="promptcut-bwrap-") as folder:
        here = Path(folder)
        script = here / "probe.py"
        script.write_text("pass\n", encoding="utf-8")
        command = _bwrap_command(
            [sys.executable, "-I", str(script)],
            flags=flags,
            script=script,
            inputs={},
            output=here / "out",
            log_path=here / "log",
            exe=sys.executable,
            cwd=here,
        )
        try:
            done = subprocess.run(
                command, stdin=subprocess.DEVNULL, capture_output=True, timeout=10, check=False
            )
        except (OSError, subprocess.SubprocessError):
            return False
    return done.returncode == 0


def run_script(
    script: Path,
    *,
    inputs: dict[str, Path],
    output: Path,
    log_path: Path,
    timeout: float,
    expected_duration: float | None,
    on_progress: Callable[[float], None] | None = None,
    ffmpeg: str,
    max_output_bytes: int,
    cwd: Path | None = None,
    cancel: threading.Event | None = None,
    isolate: bool | None = None,
    max_memory_bytes: int | None = None,
) -> RunResult:
    """Run a stage script to write `output`, and return once it has succeeded.

    The script runs in its own process group with a scrubbed environment, stdin closed and
    resource limits; its stderr is appended to `log_path`; the ffmpeg progress it prints on
    stdout becomes `on_progress(fraction)` calls, made on this thread, never going backwards,
    ending with 1.0 on success. `isolate`: None = bubblewrap when available, True = require
    it (raise ExecutionError when missing), False = never. On any failure the (partial)
    output is deleted and the whole process group is gone before the error is raised:
    `Timeout` past `timeout` seconds, `Cancelled` when `cancel` is set, `ScriptFailed` (an
    ExecutionError) for a non-zero exit or an output larger than `max_output_bytes`.
    `max_memory_bytes` caps each process's address space (default: `memory_limit()`). The
    script and all it starts die with the calling process, however that ends (see `_limits`).
    """
    script, output, log_path = script.absolute(), output.absolute(), log_path.absolute()
    inputs = {name: path.absolute() for name, path in inputs.items()}
    for name in inputs:
        if not name or "=" in name:
            raise ValueError(f"input name {name!r} cannot be passed as --input NAME=PATH")
    isolated = _decide_isolation(isolate)
    exe = _resolve_ffmpeg(ffmpeg)
    log_path.parent.mkdir(parents=True, exist_ok=True)
    output.parent.mkdir(parents=True, exist_ok=True)

    # HOME and TMPDIR point into a per-run scratch folder beside the log, deleted afterwards:
    # fontconfig wants a writable HOME for its user cache (the system cache in
    # /var/cache/fontconfig covers the system fonts, so an empty one costs nothing), and the
    # real HOME would show the script where the user's dotfiles are.
    scratch = Path(tempfile.mkdtemp(prefix=".run-", dir=log_path.parent))
    cgroup = _pids_cgroup(_task_room())
    try:
        # The log exists before the sandbox is built so it can be bound read-only over itself.
        _open_log(log_path).close()
        (scratch / "home").mkdir()
        (scratch / "tmp").mkdir()
        workdir = cwd.absolute() if cwd is not None else scratch
        command = [sys.executable, "-I", str(script), "--output", str(output)]
        for name, path in inputs.items():
            command += ["--input", f"{name}={path}"]
        if not isolated:
            command = [sys.executable, "-I", str(_TETHER), str(os.getpid()), *command]
        else:
            flags = _sandbox_flags()
            assert flags is not None  # _decide_isolation said it is available
            command = _bwrap_command(
                command,
                flags=flags,
                script=script,
                inputs=inputs,
                output=output,
                log_path=log_path,
                exe=exe,
                cwd=workdir,
            )
        env = {
            "PATH": os.environ.get("PATH", os.defpath),
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "HOME": str(scratch / "home"),
            "TMPDIR": str(scratch / "tmp"),
            "PROMPTCUT_FFMPEG": exe,
            "PROMPTCUT_PROGRESS": _PROGRESS_TARGET,
            "MALLOC_ARENA_MAX": _MALLOC_ARENAS,
        }
        return _supervise(
            command,
            env=env,
            cwd=workdir,
            log_path=log_path,
            output=output,
            script=script,
            timeout=timeout,
            expected_duration=expected_duration,
            on_progress=on_progress,
            cancel=cancel,
            child=tied_to_parent(
                command,
                limits=_limits(
                    max_output_bytes=max_output_bytes,
                    max_memory_bytes=max_memory_bytes or memory_limit(),
                    timeout=timeout,
                ),
                cgroup_procs=str(cgroup / "cgroup.procs") if cgroup is not None else None,
            ),
            cgroup=cgroup,
            max_output_bytes=max_output_bytes,
            isolated=isolated,
        )
    except BaseException:
        _remove(output)
        raise
    finally:
        if cgroup is not None:
            _remove_cgroup(cgroup)
        if scratch.is_symlink():
            # The script swapped its scratch folder for a link; rmtree refuses links.
            scratch.unlink()
        shutil.rmtree(scratch, ignore_errors=True)


def _supervise(
    command: list[str],
    *,
    env: dict[str, str],
    cwd: Path,
    log_path: Path,
    output: Path,
    script: Path,
    timeout: float,
    expected_duration: float | None,
    on_progress: Callable[[float], None] | None,
    cancel: threading.Event | None,
    child: Child,
    cgroup: Path | None,
    max_output_bytes: int,
    isolated: bool,
) -> RunResult:
    with _open_log(log_path) as log:
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        log.write(f"=== {stamp} run: {shlex.join(command)}\n".encode())
        log.flush()
        offset = log.tell()
        # The reader thread appends stray stdout through a descriptor of its own to the same
        # file: the log's name may be a link by then, and must not be opened again.
        stray = os.fdopen(os.dup(log.fileno()), "ab")
        started = time.monotonic()
        try:
            proc = subprocess.Popen(
                child.argv,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=log,
                cwd=cwd,
                env=env,
                start_new_session=True,
                preexec_fn=child.preexec_fn,
                close_fds=True,
            )
        except OSError as exc:
            stray.close()
            raise ExecutionError(f"could not start the stage script {script.name}: {exc}") from exc

    # Fractions from the reader thread; None when the script's stdout closed (it exited), so
    # the loop wakes at once instead of on its next tick.
    fractions: queue.SimpleQueue[float | None] = queue.SimpleQueue()
    assert proc.stdout is not None
    reader = threading.Thread(
        target=_read_progress,
        args=(proc.stdout, fractions, expected_duration, stray),
        name=f"progress-{proc.pid}",
        daemon=True,
    )
    reported = -1.0

    def report(fraction: float) -> None:
        nonlocal reported
        if on_progress is not None and fraction > reported:
            reported = fraction
            on_progress(fraction)

    deadline = started + timeout
    try:
        reader.start()
        stdout_open = True
        while proc.poll() is None:
            if stdout_open:
                try:
                    fraction = fractions.get(timeout=_TICK)
                except queue.Empty:
                    pass
                else:
                    if fraction is None:
                        stdout_open = False
                    else:
                        report(fraction)
            else:
                # stdout closed: the script is exiting (or a rogue one closed it); wait for it
                # in slices so the clock and the cancel flag are still looked at.
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(timeout=_TICK)
            if cancel is not None and cancel.is_set():
                _stop(proc)
                raise Cancelled(f"cancelled: the stage script {script.name} was stopped")
            if time.monotonic() > deadline:
                _stop(proc)
                raise Timeout(
                    f"the render took longer than {timeout:g} s and was stopped (log: {log_path})"
                )
    finally:
        # Whatever happened (also an exception from on_progress), nothing of the run survives:
        # stragglers a finished script left in its group are killed too.
        if proc.poll() is None:
            _stop(proc)
        _signal_group(proc.pid, signal.SIGKILL)
        if cgroup is not None:
            # Also those that left the group with setsid (they may hold stdout open).
            _kill_cgroup(cgroup)
        if reader.ident is not None:
            reader.join(timeout=5)
        else:
            stray.close()  # the reader never started to close it
        proc.stdout.close()

    seconds = time.monotonic() - started
    for fraction in _drain(fractions):
        if fraction is not None:
            report(fraction)
    tail = _stderr_tail(log_path, offset)
    returncode = proc.returncode
    if returncode != 0:
        if _hit_size_limit(returncode, output, max_output_bytes, tail):
            raise ScriptFailed(
                f"the output exceeded the size limit of {_human_bytes(max_output_bytes)} and the "
                f"run was stopped (log: {log_path})",
                returncode=returncode,
                stderr_tail=tail,
                log_path=log_path,
            )
        raise ScriptFailed(
            f"the stage script {script.name} {_describe_exit(returncode)} (log: {log_path})"
            + (f"\n{tail}" if tail else ""),
            returncode=returncode,
            stderr_tail=tail,
            log_path=log_path,
        )
    planted = _planted(output)
    if planted is not None:
        # A link planted as the output would make promptcut itself read (and hand to the user)
        # a file the sandbox kept from the script, such as a .env or another session's video.
        raise ScriptFailed(
            f"the stage script {script.name} left {output.name} as {planted} instead of "
            "writing the file itself",
            returncode=returncode,
            stderr_tail=tail,
            log_path=log_path,
        )
    report(1.0)
    return RunResult(
        returncode=returncode,
        seconds=seconds,
        log_path=log_path,
        stderr_tail=tail,
        isolated=isolated,
    )


def _read_progress(
    stream: IO[bytes],
    fractions: queue.SimpleQueue[float | None],
    expected_duration: float | None,
    log: IO[bytes],
) -> None:
    """Turn ffmpeg's `-progress` blocks into fractions; copy any other stdout to the log."""
    out_time: float | None = None
    stray = 0
    with log:
        while True:
            raw = stream.readline(_MAX_LINE)
            if not raw:
                fractions.put(None)
                return
            line = raw.decode("utf-8", "replace").strip()
            key, sep, value = line.partition("=")
            if not sep or not key.replace("_", "").isalnum():
                if line and stray < _MAX_STRAY_STDOUT:
                    stray += len(raw)
                    log.write(b"[stdout] " + raw.rstrip(b"\n") + b"\n")
                    log.flush()
                continue
            if key == "out_time_us":
                # ffmpeg prints N/A before the first frame and may print small negatives.
                try:
                    out_time = int(value) / 1_000_000
                except ValueError:
                    out_time = None
            elif key == "progress":
                if value == "end":
                    fractions.put(1.0)
                elif expected_duration and out_time is not None:
                    fractions.put(min(1.0, max(0.0, out_time / expected_duration)))


def _drain(fractions: queue.SimpleQueue[float | None]) -> Iterator[float | None]:
    while True:
        try:
            yield fractions.get_nowait()
        except queue.Empty:
            return


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """SIGTERM the whole group, give it a moment, then SIGKILL whatever is left."""
    _signal_group(proc.pid, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=_GRACE)
    # Killed even if the leader exited: a grandchild may have ignored SIGTERM.
    _signal_group(proc.pid, signal.SIGKILL)
    # Still alive after SIGKILL means uninterruptible sleep (D state): nothing more to do.
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=_GRACE)


def _signal_group(pgid: int, sig: signal.Signals) -> None:
    # start_new_session made the script's pid its process group id.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, sig)


def _remove(output: Path) -> None:
    """Delete whatever the run left at the output's name: a file, a link (not what it points
    to), a pipe, or a folder a script made there."""
    if output.is_dir() and not output.is_symlink():
        shutil.rmtree(output, ignore_errors=True)
    else:
        output.unlink(missing_ok=True)


def _open_log(log_path: Path) -> IO[bytes]:
    """The run's log, for appending: created if missing, never opened through a link (an
    earlier stage's script, which may write in the log folder, could have put one at this
    name to make promptcut append to a file anywhere)."""
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
    try:
        fd = os.open(log_path, flags, 0o644)
    except OSError as exc:
        what = "is a link" if exc.errno == errno.ELOOP else f"cannot be written: {exc.strerror}"
        raise ExecutionError(f"the log {log_path} {what}") from None
    log = os.fdopen(fd, "ab")
    planted = _not_a_plain_file(os.fstat(fd))
    if planted is not None:
        log.close()
        raise ExecutionError(f"the log {log_path} is {planted}, not a file promptcut wrote")
    os.set_blocking(fd, True)
    return log


def limits_report() -> str:
    """The limits each run gets here, in words, for `promptcut doctor`: whether the task limit
    holds depends on the machine (a pids cgroup, or RLIMIT_NPROC, which root ignores)."""
    memory = f"{_human_bytes(memory_limit())} of memory (address space) per process"
    cgroup = _pids_cgroup(_task_room())
    if cgroup is not None:
        _remove_cgroup(cgroup)
        tasks = f"{_task_room()} tasks per run (a pids cgroup)"
    elif os.geteuid() == 0:
        tasks = (
            "NO task limit: running as root with no pids cgroup to make, so a fork bomb is "
            "stopped only by the render timeout (run as a user, or give promptcut a cgroup)"
        )
    else:
        tasks = "tasks capped by RLIMIT_NPROC (per user)"
    return f"{memory}; {tasks}; output files up to the size limit"


def _planted(output: Path) -> str | None:
    """What the script left as its output if not a plain file of its own (None: it is one, or
    there is none): a link, a folder, a pipe or device, or a second name of another file."""
    try:
        return _not_a_plain_file(os.lstat(output))
    except FileNotFoundError:
        return None


def _not_a_plain_file(info: os.stat_result) -> str | None:
    if stat.S_ISLNK(info.st_mode):
        return "a link"
    if stat.S_ISDIR(info.st_mode):
        return "a folder"
    if not stat.S_ISREG(info.st_mode):
        return "a pipe or device"
    if info.st_nlink != 1:
        # A hard link: the same file under another name, maybe outside the run (another
        # session's video, a .env), which promptcut would then read or promote as its own.
        return "a second name (a hard link) of another file"
    return None


@contextlib.contextmanager
def open_output(path: Path) -> Iterator[IO[bytes]]:
    """Open a file a run wrote (an output, an analysis report, a log) for reading, only if
    it is a plain file of its own: never through a link, never a pipe (which would block) or
    a device, never a hard link to a file elsewhere. Checked on the open file itself, so a
    straggler swapping the name after the run's checks gains nothing. ExecutionError if not."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ExecutionError(
                f"{path.name} is a link; promptcut reads only plain files a run wrote"
            ) from None
        raise ExecutionError(f"{path.name} cannot be read: {exc.strerror}") from None
    planted = _not_a_plain_file(os.fstat(fd))
    if planted is not None:
        os.close(fd)
        raise ExecutionError(
            f"{path.name} is {planted}; promptcut reads only plain files a run wrote"
        )
    os.set_blocking(fd, True)
    with os.fdopen(fd, "rb") as file:
        yield file


def read_output(path: Path, *, limit: int) -> bytes:
    """The bytes of a file a run wrote (see `open_output`), refused past `limit` bytes."""
    with open_output(path) as file:
        data = file.read(limit + 1)
    if len(data) > limit:
        raise ExecutionError(f"{path.name} is larger than {_human_bytes(limit)}; it was not read")
    return data


def _task_room() -> int:
    # Tasks (processes and threads) one run may need: ffmpeg starts a few threads per core for
    # each decoder, encoder and filter graph; the script, bwrap and its init need a handful.
    return 256 + 16 * (os.cpu_count() or 1)


def memory_limit() -> int:
    """The address space one process of a run may have, in bytes: 4 GiB and 512 MiB per core.

    Measured with ffmpeg's x264 (preset medium, 2 cores): 1080p peaks at 1.2 GiB of address
    space, 4K at 2.6 GiB; 8K runs under 5 GiB. Encoders start more threads, each holding
    frames, on more cores, hence the share per core. A script that allocates past it gets
    MemoryError (ffmpeg: "Cannot allocate memory") instead of taking the machine's RAM.
    """
    return (4096 + 512 * (os.cpu_count() or 1)) * 1024**2


def _limits(
    *,
    max_output_bytes: int,
    timeout: float,
    max_memory_bytes: int | None = None,
) -> list[tuple[int, tuple[int, int]]]:
    """The resource limits a run's first process gets, before its exec (`tied_to_parent`),
    with the parent-death signal and the run's cgroup. The signal reaches only this child
    (bwrap, or the tether that kills the script's group in turn), never what it starts. The
    cgroup is joined by the child, not by the parent after Popen: by then the child could have
    forked already, and its children would stay outside (see `_pids_cgroup`; best effort:
    without it the rlimits below still hold).

    - AS: the address space of each process (`max_memory_bytes`), not of the run together.
    - FSIZE: no file the script writes may pass `max_output_bytes` (ffmpeg gets SIGXFSZ).
    - CPU: a backstop for a process that escaped the group (setsid) and spins; the wall-clock
      timeout is the real limit. CPU time sums over threads, so allow every core busy.
    - NPROC: stops a fork bomb. It counts all tasks (threads too) of the real user, not of
      this run, so the cap is the machine's current task count plus room for ffmpeg's
      threads. Linux ignores it for root, where only the cgroup's pids.max stops a bomb.
    - CORE: no core dumps of a killed ffmpeg filling the disk.
    Hard limits equal soft ones so the script cannot raise them back.
    """
    cpus = os.cpu_count() or 1
    cpu_seconds = int(timeout * max(4, 2 * cpus)) + 60
    memory = max_memory_bytes or memory_limit()
    wanted = [
        (resource.RLIMIT_AS, memory, memory),
        (resource.RLIMIT_FSIZE, max_output_bytes, max_output_bytes),
        (resource.RLIMIT_CPU, cpu_seconds, cpu_seconds + 10),
        (resource.RLIMIT_NPROC, *([_running_tasks() + _task_room()] * 2)),
        (resource.RLIMIT_CORE, 0, 0),
    ]
    table: list[tuple[int, tuple[int, int]]] = []
    for which, soft, hard in wanted:
        # An unprivileged process cannot raise a hard limit: stay under the existing one.
        _, current_hard = resource.getrlimit(which)
        if current_hard != resource.RLIM_INFINITY:
            soft, hard = min(soft, current_hard), min(hard, current_hard)
        table.append((which, (soft, hard)))
    return table


# Each run's cgroup gets its own name: runs of one process go on in parallel (one per session).
_cgroup_numbers = itertools.count()


def _pids_cgroup(limit: int) -> Path | None:
    """A new cgroup whose pids.max is `limit`, for one run; None where none can be made.

    A fork bomb fills it and stops there, even under root, which RLIMIT_NPROC does not bind;
    and every process of the run, also one that left the process group with setsid, is
    listed in its cgroup.procs to be killed at the end. Tried under this process's own cgroup
    first (where a delegated, unprivileged setup allows it), then under the hierarchy's root.
    """
    name = f"promptcut-{os.getpid()}-{next(_cgroup_numbers)}"
    for parent in _pids_hierarchies():
        folder = parent / name
        try:
            folder.mkdir()
        except OSError:
            continue
        try:
            # Missing when the parent does not hand the pids controller down (cgroup v2).
            (folder / "pids.max").write_text(f"{limit}\n")
        except OSError:
            with contextlib.suppress(OSError):
                folder.rmdir()
            continue
        return folder
    return None


def _pids_hierarchies() -> list[Path]:
    """Folders a run's pids cgroup could go in, best first: this process's own cgroup, then
    the root, of the v1 pids hierarchy; then this process's own cgroup of the v2 unified one
    (never its root: in v2 the same cgroup carries the memory and CPU limits a service runs
    under, which a run moved to the root would escape)."""
    try:
        mounts = [line.split() for line in Path("/proc/self/mounts").read_text().splitlines()]
        memberships = Path("/proc/self/cgroup").read_text().splitlines()
    except OSError:
        return []
    own: dict[str, str] = {}  # "pids" (v1) or "" (v2) -> path of this process's cgroup
    for line in memberships:
        _, _, rest = line.partition(":")
        controllers, _, path = rest.partition(":")
        for controller in controllers.split(","):
            own[controller] = path.lstrip("/")
    v1: list[Path] = []
    v2: list[Path] = []
    for fields in mounts:
        if len(fields) < 4:
            continue
        mount, kind, options = Path(fields[1]), fields[2], fields[3].split(",")
        if kind == "cgroup" and "pids" in options:
            v1 += [mount / own.get("pids", ""), mount]
        elif kind == "cgroup2":
            v2.append(mount / own.get("", ""))
    return list(dict.fromkeys(v1 + v2))  # the own cgroup may be the root


def _kill_cgroup(cgroup: Path) -> None:
    """SIGKILL every process in the run's cgroup, again until none is left (a fork bomb keeps
    forking between a read and the kills) or the grace period is over."""
    kill_all = cgroup / "cgroup.kill"  # cgroup v2 on Linux 5.14+: all at once, atomically
    if kill_all.exists():
        with contextlib.suppress(OSError):
            kill_all.write_text("1")
    deadline = time.monotonic() + _GRACE
    while True:
        try:
            pids = [int(pid) for pid in (cgroup / "cgroup.procs").read_text().split()]
        except (OSError, ValueError):
            return
        if not pids or time.monotonic() > deadline:
            return
        for pid in pids:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)
        time.sleep(0.01)


def _remove_cgroup(cgroup: Path) -> None:
    _kill_cgroup(cgroup)
    # Killed processes leave the cgroup a moment after the signal; until then rmdir says busy.
    deadline = time.monotonic() + _GRACE
    while True:
        try:
            cgroup.rmdir()
            return
        except FileNotFoundError:
            return
        except OSError:
            if time.monotonic() > deadline:
                return
            time.sleep(0.01)


def _running_tasks() -> int:
    # /proc/loadavg's fourth field is "runnable/total" scheduling entities, system-wide:
    # an upper bound on the user's tasks, read in one syscall.
    try:
        return int(Path("/proc/loadavg").read_text().split()[3].split("/")[1])
    except (OSError, IndexError, ValueError):
        return 4096


def _decide_isolation(isolate: bool | None) -> bool:
    if isolate is False:
        return False
    available = isolation_available()
    if isolate and not available:
        raise ExecutionError(
            "this script must run isolated, but bubblewrap (bwrap) is not available or cannot "
            "create a sandbox on this machine; install bubblewrap or allow unisolated scripts"
        )
    return available


def _resolve_ffmpeg(ffmpeg: str) -> str:
    # The script gets an absolute path: PATH inside the sandbox may not reach the binary.
    found = ffmpeg if os.sep in ffmpeg else shutil.which(ffmpeg)
    if found is None:
        raise ExecutionError(f"ffmpeg {ffmpeg!r} was not found on PATH")
    return str(Path(found).absolute())


def _root_binds() -> list[str]:
    args: list[str] = []
    for path in _SYSTEM_DIRS:
        if os.path.islink(path):
            # Merged-/usr systems: /bin -> usr/bin must stay a symlink, not a second mount.
            args += ["--symlink", os.readlink(path), path]
        elif os.path.exists(path):
            args += ["--ro-bind", path, path]
    return args


def _bwrap_command(
    command: list[str],
    *,
    flags: tuple[str, ...],
    script: Path,
    inputs: dict[str, Path],
    output: Path,
    log_path: Path,
    exe: str,
    cwd: Path,
) -> list[str]:
    bwrap = shutil.which("bwrap")
    assert bwrap is not None  # isolation_available() said yes
    binds: dict[str, tuple[str, str]] = {}  # destination -> (flag, source)

    def bind(flag: str, path: Path | str) -> None:
        destination = os.path.abspath(path)
        if os.path.exists(destination):
            binds[destination] = (flag, os.path.realpath(destination))

    for prefix in {sys.base_prefix, sys.prefix, sys.exec_prefix}:
        bind("--ro-bind", prefix)
    bind("--ro-bind", sys.executable)
    bind("--ro-bind", exe)
    bind("--ro-bind", script)
    for path in inputs.values():
        bind("--ro-bind", path)
    # The only writable places: where the output goes and where the log (and scratch) live.
    writable = [output.parent, log_path.parent]
    for folder in writable:
        bind("--bind", folder)
    # The script's stderr reaches the log through a descriptor opened outside; bound read-only
    # over itself (a mount point cannot be unlinked or renamed), the log cannot be replaced by
    # a link to a file promptcut would then read out to the user, or append to, as itself.
    bind("--ro-bind", log_path)
    if not any(cwd.is_relative_to(folder) for folder in writable):
        bind("--ro-bind", cwd)
    args = [bwrap, *_root_binds(), *flags]
    # Parents before children, so an input inside the output folder stays read-only on top
    # of it rather than hidden under it.
    read_only: list[str] = list(_SYSTEM_DIRS)
    writable_done: list[str] = []
    for destination in sorted(binds, key=lambda d: (d.count(os.sep), d)):
        flag, source = binds[destination]

        def under(dirs: list[str], d: str = destination) -> bool:
            return any(d == x or d.startswith(x + os.sep) for x in dirs)

        if flag == "--ro-bind" and under(read_only) and not under(writable_done):
            # Already visible read-only through a parent. Binding it again would also fail
            # for a symlink (a virtualenv's bin/python), which bwrap cannot mount over.
            continue
        args += [flag, source, destination]
        (read_only if flag == "--ro-bind" else writable_done).append(destination)
    return [*args, *_SEAL, "--chdir", str(cwd), "--", *command]


def _stderr_tail(log_path: Path, offset: int) -> str:
    """The last meaningful lines this run wrote to the log (no stats lines, no blanks)."""
    try:
        with open_output(log_path) as log:
            size = log.seek(0, os.SEEK_END)
            log.seek(max(offset, size - 64 * 1024))
            text = log.read().decode("utf-8", "replace")
    except (OSError, ExecutionError):
        return ""
    lines = [
        line.strip()
        for line in text.replace("\r", "\n").splitlines()
        if line.strip() and not line.strip().startswith(_NOISE_PREFIXES)
    ]
    return "\n".join(lines[-_TAIL_LINES:])


def _hit_size_limit(returncode: int, output: Path, limit: int, tail: str) -> bool:
    # ffmpeg killed by SIGXFSZ shows up as -25 (direct), 128+25 (through a shell) or 231
    # (a Python script doing sys.exit(-25)); Python itself ignores SIGXFSZ and sees EFBIG.
    xfsz = int(signal.SIGXFSZ)
    if returncode in (-xfsz, 128 + xfsz, 256 - xfsz) or "File too large" in tail:
        return True
    try:
        return output.stat().st_size >= limit
    except OSError:
        return False


def _describe_exit(returncode: int) -> str:
    if returncode < 0:
        try:
            name = signal.Signals(-returncode).name
        except ValueError:
            name = f"signal {-returncode}"
        return f"was killed by {name}"
    return f"failed with exit code {returncode}"


def _human_bytes(n: int) -> str:
    size = float(n)
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size:g} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} bytes"
