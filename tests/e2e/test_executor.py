"""The executor runs stage scripts confined, time-limited, with progress, and cleans up after."""

from __future__ import annotations

import os
import resource
import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time
import uuid
import venv
from collections.abc import Callable
from pathlib import Path

import av
import pytest
from _clips import make_clip, processes_with, python_script, stage_script

from promptcut.errors import Cancelled, ExecutionError, Timeout
from promptcut.executor import RunResult, memory_limit, run_script
from promptcut.media.ffmpeg import ffmpeg_path, run_ffmpeg
from promptcut.orphans import tied_to_parent

pytestmark = pytest.mark.e2e

# Skipped where bubblewrap cannot run, failed instead under PROMPTCUT_REQUIRE_ISOLATION=1.
needs_bwrap = pytest.mark.isolation

LAVFI_CLIP = [
    "-f", "lavfi", "-i", "testsrc2=size=160x120:rate=25:duration=1.5",
    "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100:duration=1.5",
    "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac",
    "{output}",
]  # fmt: skip


def run(script: Path, tmp_path: Path, **overrides: object) -> RunResult:
    options: dict[str, object] = {
        "inputs": {},
        "output": tmp_path / "out" / "result.mp4",
        "log_path": tmp_path / "logs" / "run.log",
        "timeout": 30.0,
        "expected_duration": 1.5,
        "ffmpeg": ffmpeg_path(),
        "max_output_bytes": 50 * 1024**2,
    }
    options.update(overrides)
    return run_script(script, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize("isolate", [False, pytest.param(True, marks=needs_bwrap)])
def test_a_real_render_writes_the_output_and_reports_progress(
    tmp_path: Path, isolate: bool
) -> None:
    script = stage_script(tmp_path / "scripts" / "01_clip.py", LAVFI_CLIP)
    seen: list[float] = []

    result = run(script, tmp_path, on_progress=seen.append, isolate=isolate)

    output = tmp_path / "out" / "result.mp4"
    with av.open(str(output)) as container:
        assert container.streams.video[0].codec_context.width == 160
        assert len(container.streams.audio) == 1
        assert container.duration is not None
        assert abs(container.duration / 1e6 - 1.5) < 0.15
    assert result.returncode == 0 and result.isolated is isolate
    assert seen and seen[-1] == 1.0
    assert seen == sorted(seen) and all(0.0 <= f <= 1.0 for f in seen)
    log = result.log_path.read_text()
    assert log.startswith("=== ") and "--output" in log
    # The per-run scratch HOME/TMPDIR is gone.
    assert [p.name for p in result.log_path.parent.iterdir()] == ["run.log"]


@pytest.mark.parametrize("isolate", [False, pytest.param(True, marks=needs_bwrap)])
def test_inputs_are_passed_by_name(tmp_path: Path, isolate: bool) -> None:
    clip = make_clip(tmp_path / "media" / "in clip.mp4", seconds=1.0, size="160x120")
    args = ["-i", "{input:main}", "-vf", "hflip", "-c:v", "libx264", "-preset", "ultrafast",
            "-c:a", "copy", "{output}"]  # fmt: skip
    script = stage_script(tmp_path / "scripts" / "01_flip.py", args)

    run(script, tmp_path, inputs={"main": clip}, expected_duration=1.0, isolate=isolate)

    with av.open(str(tmp_path / "out" / "result.mp4")) as container:
        assert len(container.streams.video) == 1 and len(container.streams.audio) == 1


def test_progress_blocks_become_fractions(tmp_path: Path) -> None:
    blocks = (
        "out_time_us=N/A\\nprogress=continue\\n"
        "out_time_us=-23000\\nprogress=continue\\n"
        "out_time_us=1000000\\nprogress=continue\\n"
        "out_time_us=5000000\\nprogress=continue\\n"
        "progress=end\\n"
    )
    script = python_script(
        tmp_path / "fake.py",
        f"""
        sys.stdout.write("{blocks}")
        print("a stray line")
        open(options.output, "w").write("done")
        """,
    )
    seen: list[float] = []

    result = run(script, tmp_path, expected_duration=4.0, on_progress=seen.append)

    assert seen == [0.0, 0.25, 1.0]
    assert "[stdout] a stray line" in result.log_path.read_text()


def test_the_script_does_not_see_the_callers_secrets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GOOGLE_API_KEY", "secret-key")
    monkeypatch.setenv("PROMPTCUT_LLM_API_KEY", "other-secret")
    script = python_script(
        tmp_path / "env.py",
        """
        import json
        json.dump(dict(os.environ), open(options.output, "w"))
        """,
    )

    run(script, tmp_path, output=tmp_path / "out" / "env.json", isolate=False)

    import json

    env = json.loads((tmp_path / "out" / "env.json").read_text())
    assert "GOOGLE_API_KEY" not in env and "PROMPTCUT_LLM_API_KEY" not in env
    assert env["PROMPTCUT_PROGRESS"] == "pipe:1"
    assert env["PROMPTCUT_FFMPEG"] == ffmpeg_path()
    assert env["HOME"] != os.environ.get("HOME") and env["LC_ALL"] == "C.UTF-8"
    assert set(env) <= {"PATH", "LANG", "LC_ALL", "HOME", "TMPDIR", "PROMPTCUT_FFMPEG",
                        "PROMPTCUT_PROGRESS", "LC_CTYPE", "MALLOC_ARENA_MAX"}  # fmt: skip


def test_a_failing_script_raises_with_its_last_stderr_lines(tmp_path: Path) -> None:
    script = python_script(
        tmp_path / "fail.py",
        """
        for i in range(20):
            print(f"noise {i}", file=sys.stderr)
        print("frame=  10 fps=0.0 q=-1.0 size=0kB", file=sys.stderr)
        print("", file=sys.stderr)
        print("Error opening output file: no such filter 'blurr'", file=sys.stderr)
        sys.exit(1)
        """,
    )
    output = tmp_path / "out" / "result.mp4"

    with pytest.raises(ExecutionError) as caught:
        run(script, tmp_path, output=output)

    message = str(caught.value)
    assert message.splitlines()[0].startswith("the stage script fail.py failed with exit code 1")
    assert str(tmp_path / "logs" / "run.log") in message
    assert message.splitlines()[-1] == "Error opening output file: no such filter 'blurr'"
    assert "noise 19" in message and "noise 5" not in message and "frame=" not in message
    assert not output.exists()


@pytest.mark.parametrize("isolate", [False, pytest.param(True, marks=needs_bwrap)])
def test_a_timeout_kills_the_whole_process_group(tmp_path: Path, isolate: bool) -> None:
    # The grandchild ignores SIGTERM and keeps touching a file; once the run is stopped the
    # file must stop changing.
    beacon = tmp_path / "out" / "beacon"
    grandchild = (
        "import pathlib, signal, sys, time\n"
        "signal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
        "while True:\n"
        "    pathlib.Path(sys.argv[1]).write_text(str(time.time()))\n"
        "    time.sleep(0.05)\n"
    )
    script = python_script(
        tmp_path / "hang.py",
        f"""
        import subprocess
        import time
        subprocess.Popen([sys.executable, "-c", {grandchild!r}, {str(beacon)!r}])
        time.sleep(1000)
        """,
    )
    started = time.monotonic()

    with pytest.raises(Timeout, match=r"the render took longer than 1 s and was stopped"):
        run(script, tmp_path, timeout=1.0, isolate=isolate)

    assert time.monotonic() - started < 8
    assert beacon.exists()
    before = beacon.read_text()
    time.sleep(0.5)
    assert beacon.read_text() == before


def test_a_run_has_a_task_limit_of_its_own_which_goes_away_after(tmp_path: Path) -> None:
    # Its pids cgroup: what stops a fork bomb under root, where RLIMIT_NPROC does not apply.
    script = python_script(
        tmp_path / "cgroup.py",
        """
        from pathlib import Path
        found = "none"
        for line in Path("/proc/self/cgroup").read_text().splitlines():
            _, controllers, path = line.split(":", 2)
            for root in ("/sys/fs/cgroup/pids", "/sys/fs/cgroup/unified", "/sys/fs/cgroup"):
                limit = Path(root + path, "pids.max")
                if "promptcut-" in path and limit.exists():
                    found = f"{limit.parent} {limit.read_text().strip()}"
        open(options.output, "w").write(found)
        """,
    )

    run(script, tmp_path, output=tmp_path / "out" / "cgroup.txt", isolate=False)

    report = (tmp_path / "out" / "cgroup.txt").read_text()
    if report == "none":
        pytest.skip("no pids cgroup can be made here (not root, no delegated cgroup)")
    folder, limit = report.split()
    assert 0 < int(limit) <= 256 + 16 * (os.cpu_count() or 1)
    assert not Path(folder).exists()


def test_cancelling_stops_the_run(tmp_path: Path) -> None:
    script = python_script(tmp_path / "slow.py", "import time\ntime.sleep(1000)\n")
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    started = time.monotonic()

    with pytest.raises(Cancelled, match="cancelled"):
        run(script, tmp_path, cancel=cancel)

    assert time.monotonic() - started < 5


def test_an_output_over_the_size_limit_is_stopped(tmp_path: Path) -> None:
    args = ["-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=10",
            "-c:v", "rawvideo", "-f", "nut", "{output}"]  # fmt: skip
    script = stage_script(tmp_path / "big.py", args, output="out.nut")
    output = tmp_path / "out" / "big.nut"

    with pytest.raises(ExecutionError, match=r"output exceeded the size limit of 1\.0 MiB"):
        run(script, tmp_path, output=output, max_output_bytes=1024**2, expected_duration=10)

    assert not output.exists()


def test_python_writes_over_the_size_limit_are_refused_too(tmp_path: Path) -> None:
    # Python ignores SIGXFSZ, so the script sees EFBIG instead of being killed.
    script = python_script(
        tmp_path / "writer.py",
        """
        with open(options.output, "wb") as f:
            f.write(b"x" * 4 * 1024 * 1024)
        """,
    )

    with pytest.raises(ExecutionError, match="size limit"):
        run(script, tmp_path, max_output_bytes=1024**2)


@needs_bwrap
def test_isolated_scripts_cannot_write_outside_the_output_folder(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    home_file = Path.home() / "promptcut-isolation-probe.txt"
    script = python_script(
        tmp_path / "escape.py",
        f"""
        results = []
        for target in [{str(outside)!r}, {str(home_file)!r}, "/usr/promptcut-probe"]:
            try:
                open(target, "w").write("escaped")
                results.append("wrote " + target)
            except OSError as exc:
                results.append("refused " + type(exc).__name__)
        results.append("home-visible" if os.path.exists({str(Path.home())!r} + "/.bashrc")
                       else "home-hidden")
        open(options.output, "w").write("\\n".join(results))
        """,
    )

    run(script, tmp_path, output=tmp_path / "out" / "report.txt", isolate=True)

    report = (tmp_path / "out" / "report.txt").read_text()
    assert "wrote" not in report
    assert not outside.exists() and not home_file.exists()
    assert not Path("/usr/promptcut-probe").exists()


@needs_bwrap
def test_isolated_scripts_cannot_reach_the_network(tmp_path: Path) -> None:
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    script = python_script(
        tmp_path / "net.py",
        f"""
        import socket
        try:
            socket.create_connection(("127.0.0.1", {port}), timeout=2).close()
            result = "connected"
        except OSError as exc:
            result = "refused " + type(exc).__name__
        open(options.output, "w").write(result)
        """,
    )
    try:
        run(script, tmp_path, output=tmp_path / "out" / "net.txt", isolate=True)
        # The same script outside the sandbox does connect: the test can tell the difference.
        run(script, tmp_path, output=tmp_path / "out" / "net2.txt", isolate=False)
    finally:
        server.close()

    assert (tmp_path / "out" / "net.txt").read_text().startswith("refused")
    assert (tmp_path / "out" / "net2.txt").read_text() == "connected"


@needs_bwrap
def test_isolated_drawtext_finds_fonts(tmp_path: Path) -> None:
    # fontconfig needs /etc/fonts, the font files and a HOME; the title operation relies on it.
    args = ["-f", "lavfi", "-i", "color=c=black:size=160x120:duration=0.5",
            "-vf", "drawtext=text=Summer:fontcolor=white:fontsize=24",
            "-c:v", "libx264", "-preset", "ultrafast", "{output}"]  # fmt: skip
    script = stage_script(tmp_path / "title.py", args)

    result = run(script, tmp_path, expected_duration=0.5, isolate=True)

    assert (tmp_path / "out" / "result.mp4").stat().st_size > 0
    assert result.isolated


@needs_bwrap
def test_isolation_works_from_a_virtualenv(tmp_path: Path) -> None:
    # A virtualenv's python is a symlink into another prefix; bwrap cannot mount over a
    # symlink, so a naive bind of sys.executable broke every edit run from a venv.
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(system_site_packages=True, symlinks=True, with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    assert python.is_symlink()
    code = (
        "import sys; from pathlib import Path; "
        "from promptcut.executor import run_script, isolation_available; "
        "assert isolation_available(); "
        "p = Path(sys.argv[1]); "
        "r = run_script(p / 's.py', inputs={}, output=p / 'out' / 'o.txt', "
        "log_path=p / 'logs' / 'l.log', timeout=30, expected_duration=None, "
        "ffmpeg=sys.argv[2], max_output_bytes=10**6, isolate=True); "
        "print(r.isolated)"
    )
    (tmp_path / "s.py").write_text(
        "import argparse, pathlib\n"
        "p = argparse.ArgumentParser(); p.add_argument('--output'); p.add_argument('--input')\n"
        "pathlib.Path(p.parse_args().output).write_text('ok')\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [str(python), "-c", code, str(tmp_path), ffmpeg_path()],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        | {"PYTHONPATH": str(Path(__file__).parents[2] / "src")},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"
    assert (tmp_path / "out" / "o.txt").read_text() == "ok"


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def _within(seconds: float, done: Callable[[], bool]) -> bool:
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


@pytest.mark.parametrize("isolate", [False, pytest.param(True, marks=needs_bwrap)])
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM], ids=["kill-9", "term"])
def test_the_run_dies_with_the_process_that_started_it(
    tmp_path: Path, isolate: bool, how: signal.Signals
) -> None:
    # The audit: after kill -9 of the server its ffmpeg kept running. Here a Python process
    # starts a script whose ffmpeg (a grandchild, not the direct child) would run ten minutes,
    # and dies without a chance to clean up.
    marker = f"promptcut-orphan-{uuid.uuid4().hex}"
    args = ["-re", "-f", "lavfi", "-i", "testsrc2=size=64x48:rate=10:duration=600",
            "-f", "null", marker]  # fmt: skip
    script = stage_script(tmp_path / "scripts" / f"{marker}.py", args)
    starter = textwrap.dedent(
        f"""
        from pathlib import Path
        from promptcut.executor import run_script
        run_script(
            Path({str(script)!r}), inputs={{}}, output=Path({str(tmp_path / "out" / "x")!r}),
            log_path=Path({str(tmp_path / "logs" / "run.log")!r}), timeout=600.0,
            expected_duration=None, ffmpeg={ffmpeg_path()!r}, max_output_bytes=10**9,
            isolate={isolate!r},
        )
        """
    )
    parent = subprocess.Popen([sys.executable, "-c", starter])
    try:
        assert _within(
            30, lambda: any(b"testsrc2" in _cmdline(p) for p in processes_with(marker))
        ), "the script's ffmpeg never started"
    finally:
        parent.send_signal(how)
        parent.wait(timeout=10)

    # Nothing of the run is left: not the script, not its ffmpeg (nor bwrap or the tether).
    assert _within(3, lambda: not processes_with(marker)), processes_with(marker)


def test_promptcuts_own_ffmpeg_dies_with_it_too(tmp_path: Path) -> None:
    # The ffmpeg promptcut runs itself (dummies for the sandbox, samples), not through a script.
    marker = f"promptcut-orphan-{uuid.uuid4().hex}"
    starter = textwrap.dedent(
        f"""
        from promptcut.media.ffmpeg import run_ffmpeg
        run_ffmpeg(["-re", "-f", "lavfi", "-i", "testsrc2=size=64x48:rate=10:duration=600",
                    "-f", "null", {marker!r}])
        """
    )
    parent = subprocess.Popen([sys.executable, "-c", starter])
    try:
        # The starter's own command line holds the marker too: its ffmpeg is the other one.
        assert _within(30, lambda: bool(set(processes_with(marker)) - {parent.pid})), "no ffmpeg"
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=10)

    assert _within(3, lambda: not processes_with(marker)), processes_with(marker)


# Another thread holds a PyAV reformatter with slice threads of its own (as a worker thread
# that converted frames may), in a thread-local; then the main thread starts a child.
_HOLDING_PYAV_THREADS = """
import threading
import av
held, ready = threading.local(), threading.Event()
def hold():
    reformatter = av.video.reformatter.VideoReformatter()
    frame = av.VideoFrame(64, 48, "rgb24")
    reformatter.reformat(frame, width=32, height=24, format="yuv420p", threads=2)
    held.reformatter = reformatter
    del reformatter, frame  # held by the thread-local alone, freed when it is cleared
    ready.set()
    threading.Event().wait()
threading.Thread(target=hold, daemon=True).start()
ready.wait()
"""


@pytest.mark.parametrize("isolate", [False, pytest.param(True, marks=needs_bwrap)])
def test_a_run_starts_while_another_thread_holds_native_threads(
    tmp_path: Path, isolate: bool
) -> None:
    # CI once hung for good here. A child started with a preexec_fn runs Python between fork
    # and exec; CPython clears the other threads' states there, the reformatter they held is
    # freed and waits for its slice threads, which exist only in the parent, and the parent
    # waits for its child's exec. Children are now started with no Python before the exec.
    script = python_script(tmp_path / "s.py", "open(options.output, 'w').write('ran')\n")
    starter = _HOLDING_PYAV_THREADS + textwrap.dedent(
        f"""
        from pathlib import Path
        from promptcut.executor import run_script
        run_script(
            Path({str(script)!r}), inputs={{}}, output=Path({str(tmp_path / "out.txt")!r}),
            log_path=Path({str(tmp_path / "logs" / "run.log")!r}), timeout=30.0,
            expected_duration=None, ffmpeg={ffmpeg_path()!r}, max_output_bytes=10**6,
            isolate={isolate!r},
        )
        print("started and finished")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", starter], capture_output=True, text=True, timeout=60, check=False
    )
    assert (done.returncode, done.stdout) == (0, "started and finished\n"), done.stderr
    assert (tmp_path / "out.txt").read_text() == "ran"


def test_promptcuts_own_ffmpeg_starts_while_another_thread_holds_native_threads(
    tmp_path: Path,
) -> None:
    # The same for the ffmpeg promptcut runs itself: a dummy made for the sandbox while a
    # model's worker thread held a reformatter was where CI hung.
    dummy = tmp_path / "dummy.mp4"
    starter = _HOLDING_PYAV_THREADS + textwrap.dedent(
        f"""
        from promptcut.media.ffmpeg import run_ffmpeg
        run_ffmpeg(["-f", "lavfi", "-i", "testsrc2=size=64x48:rate=10:duration=0.5",
                    "-c:v", "libx264", "-preset", "ultrafast", {str(dummy)!r}])
        print("started and finished")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", starter], capture_output=True, text=True, timeout=60, check=False
    )
    assert (done.returncode, done.stdout) == (0, "started and finished\n"), done.stderr
    with av.open(str(dummy)) as container:
        assert container.streams.video[0].frames == 5


@pytest.mark.parametrize("path", ["as it is", "hiding everything"])
def test_a_child_runs_no_python_before_its_exec_where_util_linux_is(
    path: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The fallback (a preexec_fn) is for machines without setpriv, prlimit and sh; CI has them,
    # so CI runs the way that cannot hang, even under a PATH that hides them (as one hiding
    # bubblewrap does: CI hung so, in a job run with PATH set to an empty folder).
    if path == "hiding everything":
        monkeypatch.setenv("PATH", str(tmp_path))
    child = tied_to_parent([ffmpeg_path(), "-version"], limits=[(resource.RLIMIT_CORE, (0, 0))])
    assert child.preexec_fn is None
    assert child.argv[-2:] == [ffmpeg_path(), "-version"]


@pytest.mark.parametrize("tools", ["util-linux", "none"])
def test_a_child_gets_its_limits_with_or_without_the_tools(
    tools: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without setpriv (not Linux, or no util-linux) the limits are set by a preexec_fn.
    if tools == "none":
        monkeypatch.setattr("promptcut.orphans._SYSTEM_DIRS", ())
        monkeypatch.setenv("PATH", "")
    probe = "import resource; print(*resource.getrlimit(resource.RLIMIT_FSIZE))"
    child = tied_to_parent(
        [sys.executable, "-c", probe], limits=[(resource.RLIMIT_FSIZE, (12345, 23456))]
    )
    assert (child.preexec_fn is None) == (tools == "util-linux")
    done = subprocess.run(
        child.argv, capture_output=True, text=True, timeout=30, preexec_fn=child.preexec_fn
    )
    assert done.stdout == "12345 23456\n", done.stderr


def test_a_missing_ffmpeg_is_named_not_started() -> None:
    with pytest.raises(ExecutionError, match=r"could not start ffmpeg \(/nonexistent/ffmpeg\)"):
        run_ffmpeg(["-version"], exe="/nonexistent/ffmpeg")


@pytest.mark.parametrize("isolate", [False, pytest.param(True, marks=needs_bwrap)])
def test_a_memory_bomb_fails_at_the_address_space_limit(tmp_path: Path, isolate: bool) -> None:
    # Each process of a run gets `memory_limit()` of address space (here 1 GiB): a script that
    # wants 2 GiB gets MemoryError instead of the machine's RAM; under the limit it works.
    script = python_script(
        tmp_path / "bomb.py",
        """
        import resource
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        print(f"limit {soft} {hard}", file=sys.stderr)
        small = bytearray(256 * 1024**2)
        open(options.output, "w").write("256 MiB was fine")
        huge = bytearray(2 * 1024**3)
        """,
    )
    output = tmp_path / "out" / "bomb.txt"

    with pytest.raises(ExecutionError) as caught:
        run(script, tmp_path, output=output, isolate=isolate, max_memory_bytes=1024**3)

    assert "MemoryError" in str(caught.value)
    log = (tmp_path / "logs" / "run.log").read_text()
    assert f"limit {1024**3} {1024**3}" in log  # hard too: the script cannot raise it back
    assert not output.exists()


@pytest.mark.parametrize("isolate", [False, pytest.param(True, marks=needs_bwrap)])
def test_ffmpeg_renders_under_the_default_memory_limit(tmp_path: Path, isolate: bool) -> None:
    # 1080p x264 at the compiler's preset peaks near 1.2 GiB of address space on 2 cores.
    args = ["-f", "lavfi", "-i", "testsrc2=size=1920x1080:rate=25:duration=0.4",
            "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p",
            "{output}"]  # fmt: skip
    script = stage_script(tmp_path / "scripts" / "01_hd.py", args)

    result = run(script, tmp_path, expected_duration=0.4, isolate=isolate)

    assert result.returncode == 0
    with av.open(str(tmp_path / "out" / "result.mp4")) as container:
        assert container.streams.video[0].codec_context.width == 1920
    assert memory_limit() >= 4 * 1024**3


@pytest.mark.parametrize(
    ("code", "expected"),
    [("sys.exit(3)", 3), ("os.kill(os.getpid(), signal.SIGXFSZ)", -signal.SIGXFSZ),
     ("os.kill(os.getpid(), signal.SIGKILL)", -signal.SIGKILL)],
)  # fmt: skip
def test_the_tether_ends_the_way_its_script_did(code: str, expected: int) -> None:
    # The executor reads a size-limit stop from SIGXFSZ: the tether must not hide it.
    import promptcut.tether

    script = f"import os, signal, sys\nsignal.signal(signal.SIGXFSZ, signal.SIG_DFL)\n{code}\n"
    done = subprocess.run(
        [sys.executable, "-I", promptcut.tether.__file__, str(os.getpid()),
         sys.executable, "-c", script],
        timeout=30, check=False,
    )  # fmt: skip
    assert done.returncode == expected
