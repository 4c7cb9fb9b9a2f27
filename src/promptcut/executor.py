"""Run one stage script for real: confined, time-limited, its progress parsed, its log kept."""

from __future__ import annotations

import contextlib
import os
import queue
import resource
import shlex
import shutil
import signal
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

__all__ = ["RunResult", "ScriptFailed", "isolation_available", "run_script"]

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

# Read-only system trees a script and ffmpeg need (interpreter, libc, fonts and their config,
# the alternatives symlinks in /etc). /home, /root, /tmp, /work, /srv, /var and /run are left
# out on purpose: a hostile script must not read other files (a `.env` with API keys) and
# smuggle them into the output a remote user downloads.
_SYSTEM_DIRS = (
    "/usr",
    "/bin",
    "/sbin",
    "/lib",
    "/lib32",
    "/lib64",
    "/libx32",
    "/etc",
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
# Last: the sandbox's own root (a tmpfs holding the mount points) becomes read-only too, so the
# only writable places are the binds made with --bind; a private /tmp would be RAM the script
# could fill, and TMPDIR points into the run's scratch folder anyway.
_SEAL = ("--remount-ro", "/")


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


@lru_cache(maxsize=1)
def isolation_available() -> bool:
    """Whether bubblewrap is installed and can build a sandbox here (user namespaces, mounts).

    Containers often ship `bwrap` but forbid the namespaces it needs, so presence is not
    enough: one throwaway sandbox is run with the same flags as the real ones.
    """
    if shutil.which("bwrap") is None:
        return False
    # The probe runs this very interpreter, as real runs do: a virtualenv's python is a
    # symlink into another prefix, and that must resolve inside the sandbox too.
    with tempfile.TemporaryDirectory(prefix="promptcut-bwrap-") as folder:
        here = Path(folder)
        script = here / "probe.py"
        script.write_text("pass\n", encoding="utf-8")
        command = _bwrap_command(
            [sys.executable, "-I", str(script)],
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
    try:
        (scratch / "home").mkdir()
        (scratch / "tmp").mkdir()
        workdir = cwd.absolute() if cwd is not None else scratch
        command = [sys.executable, "-I", str(script), "--output", str(output)]
        for name, path in inputs.items():
            command += ["--input", f"{name}={path}"]
        if isolated:
            command = _bwrap_command(
                command,
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
            preexec=_limits(max_output_bytes=max_output_bytes, timeout=timeout),
            max_output_bytes=max_output_bytes,
            isolated=isolated,
        )
    except BaseException:
        output.unlink(missing_ok=True)
        raise
    finally:
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
    preexec: Callable[[], None],
    max_output_bytes: int,
    isolated: bool,
) -> RunResult:
    with log_path.open("ab") as log:
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        log.write(f"=== {stamp} run: {shlex.join(command)}\n".encode())
        log.flush()
        offset = log.tell()
        started = time.monotonic()
        try:
            proc = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=log,
                cwd=cwd,
                env=env,
                start_new_session=True,
                # Only setrlimit calls on precomputed values: nothing that takes a lock, so
                # safe after fork even with other threads running.
                preexec_fn=preexec,
                close_fds=True,
            )
        except OSError as exc:
            raise ExecutionError(f"could not start the stage script {script.name}: {exc}") from exc

    # Fractions from the reader thread; None when the script's stdout closed (it exited), so
    # the loop wakes at once instead of on its next tick.
    fractions: queue.SimpleQueue[float | None] = queue.SimpleQueue()
    assert proc.stdout is not None
    reader = threading.Thread(
        target=_read_progress,
        args=(proc.stdout, fractions, expected_duration, log_path),
        name=f"progress-{proc.pid}",
        daemon=True,
    )
    reader.start()
    reported = -1.0

    def report(fraction: float) -> None:
        nonlocal reported
        if on_progress is not None and fraction > reported:
            reported = fraction
            on_progress(fraction)

    deadline = started + timeout
    try:
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
        reader.join(timeout=5)
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
    log_path: Path,
) -> None:
    """Turn ffmpeg's `-progress` blocks into fractions; copy any other stdout to the log."""
    out_time: float | None = None
    stray = 0
    with log_path.open("ab") as log:
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


def _limits(*, max_output_bytes: int, timeout: float) -> Callable[[], None]:
    """The rlimits for the child, computed here so the post-fork function only calls setrlimit.

    - FSIZE: no file the script writes may pass `max_output_bytes` (ffmpeg gets SIGXFSZ).
    - CPU: a backstop for a process that escaped the group (setsid) and spins; the wall-clock
      timeout is the real limit. CPU time sums over threads, so allow every core busy.
    - NPROC: stops a fork bomb. It counts all tasks (threads too) of the real user, not of
      this run, so the cap is the machine's current task count plus room for ffmpeg's
      threads. Linux ignores it for root (CAP_SYS_RESOURCE), so under root only bubblewrap's
      pid namespace confines process creation.
    - CORE: no core dumps of a killed ffmpeg filling the disk.
    Hard limits equal soft ones so the script cannot raise them back.
    """
    cpus = os.cpu_count() or 1
    cpu_seconds = int(timeout * max(4, 2 * cpus)) + 60
    wanted = [
        (resource.RLIMIT_FSIZE, max_output_bytes, max_output_bytes),
        (resource.RLIMIT_CPU, cpu_seconds, cpu_seconds + 10),
        (resource.RLIMIT_NPROC, *([_running_tasks() + 256 + 16 * cpus] * 2)),
        (resource.RLIMIT_CORE, 0, 0),
    ]
    table: list[tuple[int, tuple[int, int]]] = []
    for which, soft, hard in wanted:
        # An unprivileged process cannot raise a hard limit: stay under the existing one.
        _, current_hard = resource.getrlimit(which)
        if current_hard != resource.RLIM_INFINITY:
            soft, hard = min(soft, current_hard), min(hard, current_hard)
        table.append((which, (soft, hard)))

    def apply() -> None:
        for which, limits in table:
            resource.setrlimit(which, limits)

    return apply


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
        elif os.path.isdir(path):
            args += ["--ro-bind", path, path]
    return args


def _bwrap_command(
    command: list[str],
    *,
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
    if not any(cwd.is_relative_to(folder) for folder in writable):
        bind("--ro-bind", cwd)
    args = [bwrap, *_root_binds(), *_SANDBOX_FLAGS]
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
        with log_path.open("rb") as log:
            size = log.seek(0, os.SEEK_END)
            log.seek(max(offset, size - 64 * 1024))
            text = log.read().decode("utf-8", "replace")
    except OSError:
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
