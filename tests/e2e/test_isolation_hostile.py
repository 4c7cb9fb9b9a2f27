"""Scripts a hostile model might write, run isolated: each is contained and nothing leaks.

They go straight to `run_script(isolate=True)`, past the lint every generated script must pass,
so what is proven is the isolation itself. The layout is the one model-written stages run in:
a private run folder holding `out.<ext>` and `run.log` (the only writable place), the session's
media bound read-only, and around it what an attacker is after: the user's project `.env` with
an API key, another session's video, credentials in /etc, the network. Where it is safe, the
same script run without isolation does leak, which proves each test can tell.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import av
import pytest
from _clips import make_clip, processes_with, python_script, stage_script

from promptcut.errors import ExecutionError, Timeout
from promptcut.executor import ScriptFailed, _running_tasks, _task_room, read_output, run_script
from promptcut.media.ffmpeg import ffmpeg_path

pytestmark = [pytest.mark.e2e, pytest.mark.isolation]

# What every Python case does with whatever it got hold of: puts it everywhere a user could
# see it (the output, the log through stderr, the progress pipe through stdout).
_LEAK = """
import shutil
def leak(data):
    if isinstance(data, str):
        data = data.encode()
    with open(options.output, "ab") as out:
        out.write(data + b"\\n")
    sys.stderr.buffer.write(data + b"\\n")
    sys.stderr.flush()
    sys.stdout.buffer.write(data + b"\\n")
    sys.stdout.flush()
"""

# Files in /etc a deployment keeps credentials in; root can read them all, even 0600 ones.
_ETC_CREDENTIALS = (
    "/etc/shadow",
    "/etc/gshadow",
    "/etc/environment",
    "/etc/pip.conf",
    "/etc/npmrc",
    "/etc/ssh/ssh_host_ed25519_key",
    "/etc/ssh/ssh_host_rsa_key",
)


@dataclass(frozen=True)
class Host:
    """The machine around a run, laid out as promptcut lays it out."""

    secret: bytes  # the API key in the user's project .env
    dotenv: Path
    sessions: Path  # the data folder's sessions, ours and another user's
    other_session: Path
    other_video: Path  # 96x64: told apart from ours (64x48) by its size
    our_input: Path  # this session's media: the only file the run may read
    scripts: Path

    def paths(self) -> dict[str, str]:
        return {
            "dotenv": str(self.dotenv),
            "sessions": str(self.sessions),
            "other_session": str(self.other_session),
            "other_video": str(self.other_video),
        }


@dataclass(frozen=True)
class Attempt:
    """One finished run of a hostile script: its run folder, and the error if it failed."""

    folder: Path
    output: Path
    error: ExecutionError | None

    def places_holding(self, needle: bytes) -> list[str]:
        """Where `needle` reached something a user or promptcut reads after the run.

        The output and the log are read through links, as promptcut serving them would; other
        files of the run folder as they are.
        """
        places = []
        if self.error is not None and needle in str(self.error).encode():
            places.append("the error message")
        for dirpath, dirnames, filenames in os.walk(self.folder):
            for name in dirnames + filenames:
                path = Path(dirpath, name)
                if needle in name.encode():
                    places.append(f"the name {path}")
                if path in (self.output, self.folder / "run.log") or not path.is_symlink():
                    try:
                        if path.is_file() and needle in path.read_bytes():
                            places.append(str(path))
                    except OSError:
                        pass
        return places


@pytest.fixture(scope="module")
def clips(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(ours, another session's): a few frames each, of different sizes."""
    folder = tmp_path_factory.mktemp("clips")
    ours = make_clip(folder / "ours.mp4", seconds=0.4, size="64x48", fps=10)
    theirs = make_clip(folder / "theirs.mp4", seconds=0.4, size="96x64", fps=10)
    return ours, theirs


@pytest.fixture
def host(tmp_path: Path, clips: tuple[Path, Path]) -> Host:
    secret = f"sk-promptcut-test-{uuid.uuid4().hex}".encode()
    project = tmp_path / "home" / "user" / "project"
    project.mkdir(parents=True)
    dotenv = project / ".env"
    dotenv.write_bytes(b"OPENAI_API_KEY=" + secret + b"\n")
    sessions = tmp_path / "data" / "sessions"
    other_session = sessions / "a1b2c3-someone-else"
    other_session.mkdir(parents=True)
    other_video = other_session / "holiday-in-rome.mp4"
    shutil.copyfile(clips[1], other_video)
    ours = sessions / "d4e5f6-mine"
    ours.mkdir()
    our_input = ours / "input.mp4"
    shutil.copyfile(clips[0], our_input)
    return Host(secret, dotenv, sessions, other_session, other_video, our_input, ours / "scripts")


_runs = iter(range(1_000_000))


def attempt(
    script: Path,
    host: Host,
    *,
    isolate: bool = True,
    ext: str = "bin",
    timeout: float = 10.0,
    max_output_bytes: int = 50 * 1024**2,
) -> Attempt:
    """Run `script` as a model-written stage: a fresh private run folder, our media as input."""
    folder = host.sessions / "d4e5f6-mine" / "runs" / f"{next(_runs):03d}"
    folder.mkdir(parents=True)
    output = folder / f"out.{ext}"
    try:
        run_script(
            script,
            inputs={"main": host.our_input},
            output=output,
            log_path=folder / "run.log",
            timeout=timeout,
            expected_duration=None,
            ffmpeg=ffmpeg_path(),
            max_output_bytes=max_output_bytes,
            isolate=isolate,
        )
    except ExecutionError as exc:
        return Attempt(folder, output, exc)
    return Attempt(folder, output, None)


def python_case(host: Host, name: str, body: str) -> Path:
    """A Python script whose `body` may call `leak(data)`; `{dotenv}` and the like in it become
    the host's paths (as string literals)."""
    code = _LEAK + body.format(**{k: repr(v) for k, v in host.paths().items()})
    return python_script(host.scripts / f"{name}.py", code)


def plain_case(host: Host, name: str, body: str) -> Path:
    """A Python script whose `body` may call `leak(data)`, taken as it is."""
    return python_script(host.scripts / f"{name}.py", _LEAK + body)


def ffmpeg_case(host: Host, name: str, template: str, ext: str) -> Path:
    """A stage script running `ffmpeg <template>`, `{dotenv}` and the like being host paths."""
    args = [arg.format(**host.paths()) for arg in template.split()]
    return stage_script(host.scripts / f"{name}.py", args, output=f"out.{ext}")


# ------------------------------------------------------------------- reading what is not ours


@dataclass(frozen=True)
class Read:
    """A script after a host file. `target`: what it must not get ("secret" or "video").
    `pixels`: the stolen data would end up in pixels, not bytes; then the isolated run must
    fail instead. `control`: the unisolated run shows the attack works."""

    body: str = ""
    ffmpeg: str = ""  # arguments split at spaces before the paths go in
    ext: str = "bin"
    target: str = "secret"
    pixels: bool = False
    control: bool = True


READS = {
    "open-the-project-dotenv": Read(body="leak(open({dotenv}, 'rb').read())"),
    "copy-another-sessions-video": Read(
        body="shutil.copyfile({other_video}, options.output)", ext="mp4", target="video"
    ),
    "list-another-sessions-folder": Read(
        body="""
for folder in ({sessions}, {other_session}):
    try:
        leak(" ".join(os.listdir(folder)))
    except OSError as exc:
        leak(f"refused: {{exc.strerror}}")
""",
        target="listing",
    ),
    "object-subclasses-reach-os-system": Read(
        body="""
wrap = next(c for c in ().__class__.__base__.__subclasses__() if c.__name__ == "_wrap_close")
system = wrap.__init__.__globals__["system"]
system("cat " + {dotenv} + " >> " + options.output + "; cat " + {dotenv} + " >&2")
"""
    ),
    "ctypes-libc-open-and-read": Read(
        body="""
import ctypes
libc = ctypes.CDLL(None, use_errno=True)
fd = libc.open({dotenv}.encode(), os.O_RDONLY)
if fd < 0:
    leak(f"refused: errno {{ctypes.get_errno()}}")
else:
    buffer = ctypes.create_string_buffer(4096)
    size = libc.read(fd, buffer, 4096)
    leak(buffer.raw[:size])
"""
    ),
    "link-the-output-to-the-dotenv": Read(
        # Nothing to read inside, but promptcut would follow the link afterwards, outside.
        body="os.symlink({dotenv}, options.output)",
        control=False,
    ),
    "link-the-output-to-another-sessions-video": Read(
        body="os.symlink({other_video}, options.output)", ext="mp4", target="video", control=False
    ),
    "swap-the-log-for-a-link-to-the-dotenv": Read(
        # The log's tail goes into the error shown to the user and fed back to the model.
        body="""
log = os.path.join(os.path.dirname(options.output), "run.log")
try:
    os.unlink(log)
    os.symlink({dotenv}, log)
except OSError as exc:
    leak(f"refused: {{exc.strerror}}")
sys.exit(1)
""",
        control=False,
    ),
    "ffmpeg-takes-the-dotenv-as-an-input": Read(
        ffmpeg="-f u8 -i {dotenv} -c copy -f u8 {{output}}"
    ),
    "ffmpeg-movie-reads-the-dotenv-as-sound": Read(
        ffmpeg="-f lavfi -i movie=filename={dotenv}:f=u8:s=da -c:a pcm_u8 -f u8 {{output}}"
    ),
    "ffmpeg-amovie-reads-the-dotenv": Read(
        ffmpeg="-f lavfi -i amovie=filename={dotenv}:f=u8 -c:a pcm_u8 -f u8 {{output}}"
    ),
    "ffmpeg-drawtext-prints-the-dotenv": Read(
        ffmpeg="-f lavfi -i color=c=black:s=64x48:d=0.2,drawtext=textfile={dotenv}:fontcolor=white "
        "-c:v libx264 -preset ultrafast {{output}}",
        ext="mp4",
        pixels=True,
    ),
    "ffmpeg-movie-plays-another-sessions-video": Read(
        ffmpeg="-f lavfi -i movie={other_video} -c:v libx264 -preset ultrafast {{output}}",
        ext="mp4",
        target="video",
        pixels=True,
    ),
}


@pytest.mark.parametrize("name", list(READS))
def test_a_script_cannot_smuggle_files_of_the_host_into_its_run(host: Host, name: str) -> None:
    case = READS[name]
    if case.ffmpeg:
        script = ffmpeg_case(host, name, case.ffmpeg, case.ext)
    else:
        script = python_case(host, name, case.body)
    needle = {
        "secret": host.secret,
        "video": host.other_video.read_bytes(),
        "listing": host.other_video.name.encode(),
    }[case.target]

    isolated = attempt(script, host, ext=case.ext)

    assert isolated.places_holding(needle) == []
    if case.pixels:
        # The file would only show as pixels: that ffmpeg could not open it is the proof.
        assert isolated.error is not None and not isolated.output.exists()
    if case.control:
        unisolated = attempt(script, host, isolate=False, ext=case.ext)
        if not case.pixels:
            assert unisolated.places_holding(needle), "the unisolated run leaked nothing"
        elif case.target == "video":
            with av.open(str(unisolated.output)) as container:
                assert container.streams.video[0].codec_context.width == 96
        else:
            assert unisolated.error is None, unisolated.error


def test_credentials_in_etc_stay_out_of_reach(host: Host) -> None:
    readable = []
    for path in _ETC_CREDENTIALS:
        try:
            content = Path(path).read_bytes().strip()
        except OSError:
            continue
        if content:
            readable.append(content)
    if not readable:
        pytest.skip("no credential file in /etc is readable by this user to try")
    script = plain_case(
        host,
        "etc",
        f"""
for path in {_ETC_CREDENTIALS!r}:
    try:
        leak(open(path, "rb").read())
    except OSError as exc:
        leak(f"refused: {{exc.strerror}}")
""",
    )

    isolated = attempt(script, host)
    unisolated = attempt(script, host, isolate=False)

    assert [isolated.places_holding(content) for content in readable] == [[]] * len(readable)
    assert all(unisolated.places_holding(content) for content in readable)


def test_a_script_cannot_change_files_it_may_only_read(host: Host) -> None:
    before = {p: p.read_bytes() for p in (host.our_input, host.other_video, host.dotenv)}
    script = plain_case(
        host,
        "tamper",
        f"""
for path in {[str(p) for p in before]!r}:
    for action in (lambda: open(path, "r+b").write(b"owned"), lambda: os.truncate(path, 0),
                   lambda: os.rename(path, path + ".x"), lambda: os.remove(path)):
        try:
            action()
            leak("changed " + path)
        except OSError as exc:
            leak(f"refused: {{exc.strerror}}")
""",
    )

    run = attempt(script, host)

    assert {p: p.read_bytes() for p in before} == before
    assert b"changed" not in run.output.read_bytes()


# ------------------------------------------------------------------------------- the network


@pytest.fixture
def listeners() -> Iterator[dict[str, socket.socket]]:
    """A TCP port on the host's loopback and an abstract unix socket (X11 and D-Bus use those),
    both listening; a connection made lands in their accept queue even after it closed."""
    tcp = socket.create_server(("127.0.0.1", 0))
    unix = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    unix.bind(f"\0promptcut-test-{uuid.uuid4().hex}")
    unix.listen()
    yield {"tcp": tcp, "unix": unix}
    tcp.close()
    unix.close()


def connections(server: socket.socket) -> int:
    server.setblocking(False)
    count = 0
    while True:
        try:
            connection, _ = server.accept()
        except BlockingIOError:
            return count
        connection.close()
        count += 1


CONNECTS = {
    "python-socket": "socket.create_connection(('127.0.0.1', {port}), timeout=2)",
    "python-in-a-child-process": """
import subprocess
code = "import socket; socket.create_connection(('127.0.0.1', {port}), timeout=2)"
subprocess.run([sys.executable, "-c", code], timeout=5)
""",
    "ctypes-libc-socket-and-connect": """
import ctypes
libc = ctypes.CDLL(None, use_errno=True)
fd = libc.socket(socket.AF_INET, socket.SOCK_STREAM, 0)
address = (ctypes.c_ubyte * 16)(*([socket.AF_INET, 0] + list(({port}).to_bytes(2, "big"))
                                  + [127, 0, 0, 1] + [0] * 8))
leak(f"connect: {{libc.connect(fd, address, 16)}} errno {{ctypes.get_errno()}}")
""",
    "abstract-unix-socket": """
unix = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
unix.connect({unix_name!r})
""",
}


@pytest.mark.parametrize("name", list(CONNECTS))
def test_a_script_cannot_reach_the_hosts_network(
    host: Host, listeners: dict[str, socket.socket], name: str
) -> None:
    server = listeners["unix" if "unix" in name else "tcp"]
    code = CONNECTS[name].format(
        port=listeners["tcp"].getsockname()[1], unix_name=listeners["unix"].getsockname()
    )
    body = f"""
import socket
try:
{textwrap.indent(code.strip(), "    ")}
    leak("done")
except OSError as exc:
    leak(f"refused: {{exc}}")
"""
    script = plain_case(host, name, body)

    attempt(script, host)
    assert connections(server) == 0

    # The same script, unisolated, does get through: the listener can tell.
    attempt(script, host, isolate=False)
    assert connections(server) == 1


def test_ffmpeg_cannot_fetch_a_url_on_the_hosts_loopback(
    host: Host, listeners: dict[str, socket.socket]
) -> None:
    port = listeners["tcp"].getsockname()[1]
    url = f"'http\\://127.0.0.1\\:{port}/clip.mp4'"  # escaped for the filter graph
    args = ["-f", "lavfi", "-i", f"movie={url}", "-c:v", "libx264", "{output}"]
    script = stage_script(host.scripts / "fetch.py", args, output="out.mp4")

    isolated = attempt(script, host, ext="mp4")
    assert isolated.error is not None and connections(listeners["tcp"]) == 0

    # Unisolated, ffmpeg connects and waits for an answer that never comes.
    unisolated = attempt(script, host, isolate=False, ext="mp4", timeout=1.5)
    assert isinstance(unisolated.error, Timeout) and connections(listeners["tcp"]) == 1


# ---------------------------------------------------------------------------- the environment

_KEYS = {
    "GOOGLE_API_KEY": f"AIza-test-{uuid.uuid4().hex}",
    "OPENAI_API_KEY": f"sk-test-{uuid.uuid4().hex}",
    "PROMPTCUT_LLM_API_KEY": f"pc-test-{uuid.uuid4().hex}",
}

# Everything a script can learn of environments: its own, and every process it can see.
_DUMP_ENVIRONMENTS = """
import json
seen = {"os.environ": dict(os.environ)}
for pid in os.listdir("/proc"):
    if pid.isdigit():
        try:
            seen[pid] = open(f"/proc/{pid}/environ", "rb").read().decode("latin-1")
        except OSError as exc:
            seen[pid] = f"refused: {exc.strerror}"
leak(json.dumps(seen))
"""


def test_the_api_keys_of_promptcut_do_not_reach_the_script(
    host: Host, monkeypatch: pytest.MonkeyPatch
) -> None:
    for key, value in _KEYS.items():
        monkeypatch.setenv(key, value)
    script = plain_case(host, "env", _DUMP_ENVIRONMENTS)

    run = attempt(script, host, ext="json")

    dumped = json.loads(run.output.read_text().splitlines()[0])
    assert set(_KEYS).isdisjoint(dumped["os.environ"])
    assert [run.places_holding(value.encode()) for value in _KEYS.values()] == [[]] * 3


def test_the_keys_promptcut_was_started_with_stay_hidden_in_its_proc_entry(host: Host) -> None:
    # A server started with its API key exported: the key is in its /proc/<pid>/environ,
    # which an unisolated script of the same user reads. A separate process, so that the key
    # is in the initial environment, where /proc shows it.
    script = plain_case(host, "env", _DUMP_ENVIRONMENTS)
    runner = (
        "import sys; from pathlib import Path; from promptcut.executor import run_script; "
        "folder = Path(sys.argv[1]); folder.mkdir(parents=True); "
        "run_script(Path(sys.argv[2]), inputs={}, output=folder / 'out.json', "
        "log_path=folder / 'run.log', timeout=20, expected_duration=None, ffmpeg=sys.argv[3], "
        "max_output_bytes=10**7, isolate=sys.argv[4] == '1')"
    )
    env = os.environ | _KEYS | {"PYTHONPATH": str(Path(__file__).parents[2] / "src")}
    found: dict[str, list[list[str]]] = {}
    for isolate in ("1", "0"):
        folder = host.sessions / "d4e5f6-mine" / "runs" / f"env-{isolate}"
        subprocess.run(
            [sys.executable, "-c", runner, str(folder), str(script), ffmpeg_path(), isolate],
            env=env,
            check=True,
            timeout=60,
        )
        run = Attempt(folder, folder / "out.json", None)
        found[isolate] = [run.places_holding(value.encode()) for value in _KEYS.values()]

    assert found["1"] == [[]] * 3
    assert all(found["0"]), "the unisolated run did not see its parent's environment"


# ----------------------------------------------------------------------------------- resources


def gone(marker: str, within: float = 5.0) -> bool:
    # A killed process leaves /proc a moment after its signal.
    deadline = time.monotonic() + within
    while processes_with(marker):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


@pytest.mark.parametrize("isolate", [True, False], ids=["isolated", "unisolated"])
def test_a_fork_bomb_is_stopped_and_leaves_nothing_behind(host: Host, isolate: bool) -> None:
    # Every process forks again at every step, as in the classic bomb; the number of steps is
    # bounded so that, if nothing stops it, this test fails rather than the machine: twice the
    # most tasks the executor lets a run have (its pids cgroup, or RLIMIT_NPROC for a user).
    # (The executor's private helpers give that number, so the bomb grows with the limit.)
    steps = (2 * (_running_tasks() + _task_room())).bit_length()
    script = plain_case(
        host,
        "bomb",
        f"""
import time
refused = False
for _ in range({steps}):
    try:
        os.fork()
    except OSError:
        refused = True
if refused:
    fd = os.open(os.path.join(os.path.dirname(options.output), "refused"),
                 os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    os.write(fd, b"x")
time.sleep(60)
""",
    )
    started = time.monotonic()

    run = attempt(script, host, timeout=3.0, isolate=isolate)

    assert isinstance(run.error, Timeout)
    assert time.monotonic() - started < 10
    # Also as root, which RLIMIT_NPROC does not bind: the run's pids cgroup holds.
    assert (run.folder / "refused").exists(), "no fork was refused: the bomb had no ceiling"
    assert gone(str(script))
    assert subprocess.run(["true"], check=False).returncode == 0


def test_an_endless_loop_is_stopped_with_a_child_that_left_its_group(host: Host) -> None:
    script = plain_case(
        host,
        "spin",
        """
import subprocess
# setsid: out of the process group the executor kills on a timeout.
spin = "import os\\nos.setsid()\\nwhile True:\\n    pass\\n"
subprocess.Popen([sys.executable, "-c", spin, sys.argv[0]])
while True:
    pass
""",
    )
    started = time.monotonic()

    run = attempt(script, host, timeout=1.0)

    assert isinstance(run.error, Timeout)
    assert time.monotonic() - started < 6
    assert gone(str(script))


def test_a_huge_file_is_stopped_at_the_size_limit(host: Host) -> None:
    limit = 20 * 1024**2
    script = plain_case(
        host,
        "fill",
        """
chunk = b"\\0" * (1 << 20)
# RAM first (a writable /dev or /dev/shm is a tmpfs), then the scratch folder, then the output.
for target in ("/dev/shm/fill", "/dev/fill", os.path.join(os.environ["TMPDIR"], "fill")):
    written = 0
    try:
        with open(target, "wb") as f:
            for _ in range(4096):
                f.write(chunk)
                written += 1
    except OSError:
        pass
    print(f"{target}: {written} MiB", file=sys.stderr)
with open(options.output, "wb") as f:
    for _ in range(4096):  # 4 GiB
        f.write(chunk)
""",
    )
    started = time.monotonic()

    run = attempt(script, host, max_output_bytes=limit, timeout=20.0)

    assert isinstance(run.error, ScriptFailed) and "size limit" in str(run.error)
    assert time.monotonic() - started < 10
    log = (run.folder / "run.log").read_text()
    assert "/dev/shm/fill: 0 MiB" in log and "/dev/fill: 0 MiB" in log
    sizes = [p.stat().st_size for p in run.folder.rglob("*") if p.is_file()]
    assert max(sizes) < limit and not run.output.exists()


def test_a_script_cannot_mount_a_ram_disk_in_a_namespace_of_its_own(host: Host) -> None:
    # In a user namespace of its own a script holds every capability over it: it could mount a
    # tmpfs and fill RAM past every file size limit, or reach kernel code otherwise closed.
    script = plain_case(
        host,
        "userns",
        """
import ctypes
libc = ctypes.CDLL(None, use_errno=True)
CLONE_NEWUSER, CLONE_NEWNS = 0x10000000, 0x00020000
if libc.unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0:
    leak(f"unshare refused: errno {ctypes.get_errno()}")
else:
    for name, line in (("setgroups", "deny"), ("uid_map", "0 0 1"), ("gid_map", "0 0 1")):
        try:
            with open(f"/proc/self/{name}", "w") as f:
                f.write(line)
        except OSError as exc:
            leak(f"{name}: {exc.strerror}")
    if libc.mount(b"none", os.environ["TMPDIR"].encode(), b"tmpfs", 0, None) == 0:
        leak("mounted a tmpfs")
    else:
        leak(f"mount refused: errno {ctypes.get_errno()}")
""",
    )

    run = attempt(script, host)

    assert b"mounted" not in run.output.read_bytes()


# ------------------------------------------------------------------- outputs that are not files

# What a script may leave at its output's name for promptcut to read or promote afterwards.
PLANTED = {
    "a-link-to-the-dotenv": "os.symlink({dotenv}, options.output)",
    "a-hard-link-to-the-dotenv": "os.link({dotenv}, options.output)",
    "a-hard-link-to-another-sessions-video": "os.link({other_video}, options.output)",
    "a-fifo": "os.mkfifo(options.output)",
    "a-device": "os.mknod(options.output, 0o600 | stat.S_IFCHR, os.makedev(1, 3))",
    "a-folder": "os.mkdir(options.output)",
}


@pytest.mark.parametrize("isolate", [True, False], ids=["isolated", "unisolated"])
@pytest.mark.parametrize("name", list(PLANTED))
def test_the_host_takes_only_a_plain_file_the_run_wrote(
    host: Host, name: str, isolate: bool
) -> None:
    # Whether or not the sandbox lets the script make it (inside, the dotenv is not even
    # there), promptcut must never read or promote it: in the unisolated run it is made.
    script = python_case(
        host,
        name,
        f"""
import stat
try:
    {PLANTED[name]}
except OSError as exc:
    print(f"refused: {{{{exc.strerror}}}}", file=sys.stderr)
    sys.exit(0)
""",
    )
    before = host.dotenv.read_bytes(), host.other_video.read_bytes()
    started = time.monotonic()

    run = attempt(script, host, isolate=isolate, ext="mp4")

    assert time.monotonic() - started < 8  # a fifo is never opened waiting for a writer
    log = (run.folder / "run.log").read_text()
    if "refused:" not in log:
        assert isinstance(run.error, ScriptFailed), f"{name} was taken as the output"
        assert "instead of writing the file itself" in str(run.error)
    else:
        assert not isolate or name != "a-folder", "the sandbox refused a plain mkdir"
    assert not os.path.lexists(run.output)
    assert run.places_holding(host.secret) == []
    assert (host.dotenv.read_bytes(), host.other_video.read_bytes()) == before
    if not isolate and (name != "a-device" or os.geteuid() == 0):
        assert "refused:" not in log, "the attack did not happen: this test proves nothing"


def test_a_link_left_at_the_next_runs_log_is_never_followed(host: Host) -> None:
    # An isolated script may write in the log folder: a link at the name the next stage's log
    # will have would make promptcut append that run's output to any file it can write.
    target = host.dotenv
    script = python_case(
        host,
        "plant-the-next-log",
        """
next_log = os.path.join(os.path.dirname(options.output), "next.log")
os.symlink({dotenv}, next_log)
open(options.output, "wb").write(b"ok")
""",
    )
    first = attempt(script, host)
    assert first.error is None and (first.folder / "next.log").is_symlink()
    before = target.read_bytes()
    benign = python_case(host, "benign", "print('x' * 100, file=sys.stderr)\nprint('stray')")

    with pytest.raises(ExecutionError, match=r"next\.log is a link"):
        run_script(
            benign, inputs={}, output=first.folder / "out2.bin",
            log_path=first.folder / "next.log", timeout=10.0, expected_duration=None,
            ffmpeg=ffmpeg_path(), max_output_bytes=10**6,
        )  # fmt: skip

    assert target.read_bytes() == before


@pytest.mark.parametrize("kind", ["link", "hard link", "fifo", "folder"])
def test_reports_and_logs_are_read_only_from_plain_files(tmp_path: Path, kind: str) -> None:
    # What the host reads after a run (an analysis stage's report, a log) goes through
    # read_output, which checks the open file itself: a name swapped after the run's own
    # checks (by a process that escaped them) gains nothing.
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"the secret")
    report = tmp_path / "measure-01-silence.txt"
    if kind == "link":
        report.symlink_to(secret)
    elif kind == "hard link":
        os.link(secret, report)
    elif kind == "fifo":
        os.mkfifo(report)
    else:
        report.mkdir()

    with pytest.raises(ExecutionError, match=r"measure-01-silence\.txt is a"):
        read_output(report, limit=1024)

    plain = tmp_path / "plain.txt"
    plain.write_bytes(b"silence_start: 1.0\n")
    assert read_output(plain, limit=1024) == b"silence_start: 1.0\n"
    with pytest.raises(ExecutionError, match="larger than"):
        read_output(plain, limit=4)
