"""The CLI and the data folder: no copy of the input, private files, clean-up, interruptions,
and what a full or read-only disk, an unwritable output folder or a cut-short file are told."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_kit import Cli, make_clip


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "user")


@pytest.fixture(scope="module")
def big_mkv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """About 22 MB: 7.5 s of uncompressed 320x240 picture and 16-bit sound."""
    return make_clip(
        tmp_path_factory.mktemp("big"),
        "big.mkv",
        ["-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=7.5",
         "-f", "lavfi", "-i", "sine=duration=7.5", "-c:v", "rawvideo", "-pix_fmt", "yuv420p",
         "-c:a", "pcm_s16le", "-shortest"],
    )  # fmt: skip


def bytes_under(folder: Path) -> int:
    """What a folder takes on disk, as `du` counts it."""
    total = 0
    for path in folder.rglob("*") if folder.exists() else ():
        total += path.lstat().st_blocks * 512
    return total


def sessions(cli: Cli) -> list[Path]:
    folder = cli.data_dir / "sessions"
    return sorted(folder.iterdir()) if folder.is_dir() else []


# -- the data folder -------------------------------------------------------------------------


def test_an_edit_does_not_duplicate_its_input(cli: Cli, big_mkv: Path) -> None:
    before = bytes_under(cli.data_dir)
    out = cli.edit(big_mkv, "save a still frame at 1s", "still.png")
    grown = bytes_under(cli.data_dir) - before
    size = big_mkv.stat().st_size
    assert size > 20e6
    assert grown < size / 10, f"the data folder grew by {grown:,} bytes for a {size:,}-byte input"
    assert out.stat().st_size < 100_000
    (folder,) = sessions(cli)
    record = json.loads((folder / "session.json").read_text())
    history = json.loads((folder / "history.json").read_text())
    assert record["original"]["kept"] in ("reflink", "reference")
    if record["original"]["kept"] == "reference":
        # The history says the edit read the user's file, and how to tell it again.
        source = history[-1]["source"]
        assert source["path"] == str(big_mkv.resolve())
        assert source["size"] == size
        assert source["sha256"] == hashlib.sha256(big_mkv.read_bytes()).hexdigest()


def test_session_files_are_private(cli: Cli, clip_mp4: Path) -> None:
    out = cli.edit(clip_mp4, "mute it", "muted.mp4")
    (folder,) = sessions(cli)
    assert folder.stat().st_mode & 0o777 == 0o700
    for path in [cli.data_dir, *cli.data_dir.rglob("*")]:
        assert path.stat().st_mode & 0o077 == 0, f"{path} is open to others"
    # The user's own output is made as their files are, not private.
    assert out.stat().st_mode & 0o777 == 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_clean_removes_old_sessions_and_keeps_a_running_one(cli: Cli, clip_mp4: Path) -> None:
    from promptcut.session import Session

    for name in ("old.mp4", "running.mp4", "recent.mp4"):
        cli.edit(clip_mp4, "mute it", name)
    old, running, recent = sorted(sessions(cli), key=lambda p: p.stat().st_mtime_ns)
    month_ago = time.time() - 40 * 86400
    for folder in (old, running):
        for f in ("session.json", "history.json"):
            os.utime(folder / f, (month_ago, month_ago))

    dry = cli("clean", "--older-than", "30d", "--dry-run")
    assert dry.code == 0, dry.err
    assert set(sessions(cli)) == {old, running, recent}, "a dry run removed something"
    assert f"would remove {old.name}" in dry.out and f"would remove {running.name}" in dry.out
    assert recent.name not in dry.out

    busy = Session.open(cli.data_dir, running.name)
    with busy.in_use():  # what an edit or a proxy render holds while it runs
        done = cli("clean", "--older-than", "30d")
    assert done.code == 0, done.err
    assert set(sessions(cli)) == {running, recent}
    assert f"removed {old.name}" in done.out and f"kept (in use) {running.name}" in done.out

    assert cli("clean", "--keep-last", "1").code == 0
    assert set(sessions(cli)) == {recent}


# -- interruptions ---------------------------------------------------------------------------


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_an_interrupted_edit_is_recorded_and_leaves_no_scratch(
    cli: Cli, big_mkv: Path, sig: signal.Signals, code: int
) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "promptcut", "edit", str(big_mkv),
         "slow it down 4x and resize to 1080p", "-o", str(cli.home / "slow.mp4")],
        env={**os.environ, "PROMPTCUT_DATA_DIR": str(cli.data_dir), "PROMPTCUT_SANDBOX": "false"},
        cwd=cli.home, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not list(cli.data_dir.glob("sessions/*/logs/*/.run-*")):
        assert proc.poll() is None, f"the edit ended before it could be interrupted: {proc.stderr}"
        assert time.monotonic() < deadline, "the render never started"
        time.sleep(0.01)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == code, err
    assert "interrupted" in err and "Traceback" not in err
    (folder,) = sessions(cli)
    (entry,) = json.loads((folder / "history.json").read_text())
    assert entry["outcome"] == "cancelled"
    assert entry["error"] == f"interrupted by {sig.name}"
    assert not list(folder.rglob(".run-*")), "the run's scratch folder was left behind"
    assert not list((folder / "tmp").iterdir()), "the edit's scratch was left behind"
    assert not (cli.home / "slow.mp4").exists()


# -- where the output goes -------------------------------------------------------------------


def _in_mounts(mounts: dict[Path, str], command: list[str]) -> list[str]:
    """`command` run where each folder is a fresh tmpfs ('size=64k', or 'ro' for read-only),
    in a user and mount namespace of its own: a full or read-only disk, without root."""
    if shutil.which("unshare") is None:
        pytest.skip("needs unshare (util-linux) to mount a small disk")
    script = []
    for n, (folder, how) in enumerate(mounts.items(), 1):
        folder.mkdir(parents=True, exist_ok=True)
        if how == "ro":
            script.append(f'mount -t tmpfs tmpfs "${n}" && mount -o remount,ro "${n}"')
        else:
            script.append(f'mount -t tmpfs -o {how} tmpfs "${n}"')
    shift = len(mounts)
    script.append(f'shift {shift} && exec "$@"')
    wrapped = ["unshare", "-Urm", "sh", "-c", " && ".join(script), "sh"]
    wrapped += [str(f) for f in mounts] + command
    probe = subprocess.run(
        ["unshare", "-Urm", "true"], capture_output=True, timeout=10, check=False
    )
    if probe.returncode != 0:
        pytest.skip("user namespaces are not allowed here, so no small disk can be mounted")
    return wrapped


def _run(cli: Cli, command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command,
        env={**os.environ, "PROMPTCUT_DATA_DIR": str(cli.data_dir), "PROMPTCUT_SANDBOX": "false"},
        cwd=cli.home,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _edit(source: Path, prompt: str, out: Path) -> list[str]:
    return [sys.executable, "-m", "promptcut", "edit", str(source), prompt, "-o", str(out)]


def test_a_read_only_output_folder_is_refused_before_rendering(cli: Cli, big_mkv: Path) -> None:
    folder = cli.home / "read-only"
    done = _run(
        cli,
        _in_mounts(
            {folder: "ro"},
            _edit(big_mkv, "slow it down 4x and resize to 1080p", folder / "out.mp4"),
        ),
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip() == (
        f"promptcut: cannot write {folder / 'out.mp4'}: the folder {folder} is on a read-only "
        "device"
    )
    # Refused before the session (and so any render) was made.
    assert sessions(cli) == [], "a session was made for an edit that could not be saved"


def test_an_output_under_a_file_is_refused_before_rendering(cli: Cli, clip_mp4: Path) -> None:
    blocker = cli.home / "notes.txt"
    blocker.write_text("a file, not a folder")
    done = cli("edit", clip_mp4, "mute it", "-o", blocker / "out.mp4")
    assert done.code == 2
    assert f"{blocker} is a file, not a folder" in done.err
    assert sessions(cli) == []


@pytest.mark.parametrize("target", ["folder", "/dev/null"])
def test_an_output_that_is_not_a_file_is_refused(cli: Cli, clip_mp4: Path, target: str) -> None:
    if target == "folder":
        path = cli.home / "videos"
        path.mkdir()
        said = f"the output {path} is a folder; name a file to write"
    else:
        path = Path(target)
        said = f"the output {path} is not a regular file (a device or a pipe); name a file to write"
    done = cli("edit", clip_mp4, "mute it", "-o", path, "--yes")
    assert done.code == 2, done.err
    assert done.err.strip() == f"promptcut: {said}"
    assert Path("/dev/null").is_char_device()
    assert sessions(cli) == []


def test_a_full_disk_under_the_data_folder_is_said_plainly(cli: Cli, clip_mp4: Path) -> None:
    done = _run(
        cli,
        _in_mounts(
            {cli.data_dir: "size=64k"},
            _edit(clip_mp4, "slow it down 8x", cli.home / "slow.mp4"),
        ),
    )
    assert done.returncode == 1, done.stderr
    assert "internal error" not in done.stderr
    assert "no space left on the device holding " + str(cli.data_dir) in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr


def test_a_full_disk_while_copying_an_asset_in_leaves_no_empty_session(
    cli: Cli, clip_mp4: Path, media_dir: Path
) -> None:
    tone = make_clip(
        media_dir,
        "song.wav",
        ["-f", "lavfi", "-i", "sine=duration=2", "-c:a", "pcm_s16le"],
    )
    assert tone.stat().st_size > 64 * 1024
    command = _edit(clip_mp4, "add song.wav as background music", cli.home / "m.mp4")
    done = _run(cli, _in_mounts({cli.data_dir: "size=64k"}, [*command, "--asset", str(tone)]))
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip() == f"promptcut: no space left on the device holding {cli.data_dir}"
    assert sessions(cli) == [], "the session the edit never began in was left behind"


def test_a_full_disk_under_the_output_is_said_plainly(cli: Cli, clip_mp4: Path) -> None:
    folder = cli.home / "small"
    done = _run(
        cli, _in_mounts({folder: "size=8k"}, _edit(clip_mp4, "slow it down 4x", folder / "o.mp4"))
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip() == f"promptcut: no space left on the device holding {folder}"


def test_a_read_only_data_folder_is_said_plainly(cli: Cli, clip_mp4: Path) -> None:
    done = _run(
        cli, _in_mounts({cli.data_dir: "ro"}, _edit(clip_mp4, "mute it", cli.home / "m.mp4"))
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip() == f"promptcut: the device holding {cli.data_dir} is read-only"


# -- inputs ----------------------------------------------------------------------------------


def test_a_cut_short_file_is_refused_with_exit_2(cli: Cli, media_dir: Path) -> None:
    whole = make_clip(
        media_dir,
        "two-seconds.mp4",
        ["-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=2",
         "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=2",
         "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", "-shortest",
         "-movflags", "+faststart"],
    )  # fmt: skip
    half = cli.home / "half.mp4"
    half.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    for command in ("probe", "edit"):
        args = [half] if command == "probe" else [half, "mute it", "-o", cli.home / "out.mp4"]
        done = cli(command, *args)
        assert done.code == 2, done.err
        assert done.err.startswith("promptcut: half.mp4 is cut short: it says it is 2.0 s long")
        assert "Traceback" not in done.err and "internal error" not in done.err
    assert cli("probe", whole).code == 0


def test_a_result_longer_than_the_cap_is_refused_before_rendering(cli: Cli, clip_mp4: Path) -> None:
    capped = {"PROMPTCUT_MAX_DURATION": "3"}
    done = cli("edit", clip_mp4, "slow it down 4x", "-o", "slow.mp4", env=capped)
    assert done.code == 2, done.err
    assert done.err.strip() == (
        "promptcut: the result would be 4.0 s long, over the limit of 3.0 s; "
        "set PROMPTCUT_MAX_DURATION to raise it"
    )
    assert sessions(cli) == []


def test_a_refusal_names_the_users_file_not_the_sessions_copy(cli: Cli, media_dir: Path) -> None:
    picture = make_clip(
        media_dir, "holiday.png", ["-f", "lavfi", "-i", "testsrc2=size=64x48", "-frames:v", "1"]
    )
    done = cli("edit", picture, "make it brighter", "-o", "bright.mp4")
    assert done.code == 2, done.err
    assert done.err.strip() == (
        "promptcut: holiday.png is a still image; save the result as .png or .jpg, not .mp4"
    )
    assert "original" not in done.err
    assert sessions(cli) == [], "refused only after a session was made"


def test_a_session_will_not_edit_its_input_once_the_file_changed(cli: Cli, clip_mp4: Path) -> None:
    from promptcut.errors import InvalidRequest
    from promptcut.orchestrator import Orchestrator
    from promptcut.session import Session
    from promptcut.settings import Settings

    mine = cli.home / "mine.mp4"
    shutil.copyfile(clip_mp4, mine)
    cli.edit(mine, "mute it", "muted.mp4")
    (folder,) = sessions(cli)
    session = Session.open(cli.data_dir, folder.name)
    session.undo()  # the next edit starts from the original again
    mine.write_bytes(clip_mp4.read_bytes() + b"appended afterwards")
    orch = Orchestrator(Settings(data_dir=cli.data_dir, sandbox=False))
    if session.source is None:
        # A reflink clone: the session has its own blocks, the change does not reach it.
        assert orch.edit(session, "make it louder").version == 2
        return
    with pytest.raises(InvalidRequest, match=r"mine\.mp4 has changed since this session was made"):
        orch.edit(session, "make it louder")
    assert session.history()[-1].outcome == "refused"
    assert [v.number for v in session.refresh().versions] == [1]
