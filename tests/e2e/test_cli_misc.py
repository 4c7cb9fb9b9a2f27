"""The rest of the command line: JSON output, default names, plan, ops, probe, sample,
doctor, history, and the session folder an edit leaves behind."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from cli_kit import Cli
from measure import measure

from promptcut.operations import CATALOGUE
from promptcut.plan import Plan

pytestmark = pytest.mark.e2e

QUICK = "cut the first 2 seconds, make it black and white and speed it up 2x"


@pytest.fixture
def edited(cli: Cli, clip3_mp4: Path) -> tuple[dict, Path]:
    """One finished quick-start edit with --json: what it printed, and its session folder."""
    out = cli.home / "out.mp4"
    out.write_bytes(b"an older result, replaced once the new one is complete")
    run = cli("edit", clip3_mp4, QUICK, "-o", out, "--json")
    assert run.code == 0, run.err
    result = json.loads(run.out)
    return result, cli.data_dir / "sessions" / result["session_id"]


def test_json_result(cli: Cli, edited: tuple[dict, Path]) -> None:
    result, folder = edited
    assert Path(result["output"]) == cli.home / "out.mp4"
    assert abs(measure(cli.home / "out.mp4").duration - 0.5) <= 0.08, "not overwritten"
    assert [p.name for p in cli.home.iterdir() if p.name.endswith(".part")] == []
    assert folder.is_dir()
    plan = Plan.model_validate(result["plan"])
    assert [s.op for s in plan.steps] == ["trim", "grayscale", "speed"]


def test_session_folder(edited: tuple[dict, Path], clip3_mp4: Path) -> None:
    result, folder = edited
    original = json.loads((folder / "session.json").read_text())["original"]
    if original["kept"] == "reflink":
        assert (folder / "media" / "original.mp4").read_bytes() == clip3_mp4.read_bytes()
    else:
        # No copy: the user's file, read where it is.
        assert original["kept"] == "reference" and original["path"] == str(clip3_mp4.resolve())
        assert not (folder / "media" / "original.mp4").exists()
    version = folder / "versions" / "v0001.mp4"
    assert abs(measure(version).duration - 0.5) <= 0.08
    scripts = list((folder / "scripts" / "v0001").glob("01_*.py"))
    assert len(scripts) == 1
    assert list((folder / "logs" / "v0001").iterdir()), "the run left no logs"
    history = json.loads((folder / "history.json").read_text())
    assert history[-1]["prompt"] == QUICK
    assert history[-1]["plan"] == result["plan"]
    assert history[-1]["outcome"] == "succeeded"


def test_saved_script_reproduces_the_version(edited: tuple[dict, Path], tmp_path: Path) -> None:
    _, folder = edited
    (script,) = (folder / "scripts" / "v0001").glob("01_*.py")
    again = tmp_path / "again.mp4"
    done = subprocess.run(
        [sys.executable, str(script), "--output", str(again)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    made, original = measure(again), measure(folder / "versions" / "v0001.mp4")
    assert abs(made.duration - original.duration) <= 0.05
    assert made.video == original.video and made.audio == original.audio


def test_history_lists_the_session(cli: Cli, edited: tuple[dict, Path]) -> None:
    result, _ = edited
    run = cli("history")
    assert run.code == 0, run.err
    assert result["session_id"] in run.out, "the id people pass to undo must not be cut short"
    assert "cut the" in run.out


def test_history_when_empty(cli: Cli) -> None:
    run = cli("history")
    assert run.code == 0 and "no sessions yet" in run.out


def test_default_output_name(cli: Cli, tmp_path: Path, clip_mp4: Path) -> None:
    source = tmp_path / "holiday.mp4"
    source.write_bytes(clip_mp4.read_bytes())
    run = cli("edit", source, "make it black and white")
    assert run.code == 0, run.err
    out = tmp_path / "holiday.edited.mp4"
    assert abs(measure(out).duration - 1.0) <= 0.08
    assert source.read_bytes() == clip_mp4.read_bytes()


def test_plan_json_round_trips(cli: Cli) -> None:
    run = cli("plan", QUICK, "--json")
    assert run.code == 0, run.err
    plan = Plan.model_validate_json(run.out)
    assert [s.op for s in plan.steps] == ["trim", "grayscale", "speed"]
    assert plan.steps[2].params == {"factor": 2.0}
    assert Plan.model_validate_json(plan.model_dump_json()) == plan


def test_plan_checks_against_the_input(cli: Cli, clip3_mp4: Path) -> None:
    run = cli("plan", "trim from 1:00 to 1:30", "--input", clip3_mp4)
    assert run.code == 2
    assert "3.0 s" in run.err and "Traceback" not in run.err
    assert len(run.err.strip().splitlines()) == 1


def test_ops_lists_every_operation(cli: Cli) -> None:
    run = cli("ops")
    assert run.code == 0, run.err
    listed = {line.split(" ")[0] for line in run.out.splitlines() if not line.startswith(" ")}
    assert set(CATALOGUE) <= listed


def test_probe_shows_a_phone_video_as_portrait(cli: Cli, rotated_mp4: Path) -> None:
    run = cli("probe", rotated_mp4)
    assert run.code == 0, run.err
    assert "240x320" in run.out
    info = json.loads(cli("probe", rotated_mp4, "--json").out)
    assert (info["video"]["width"], info["video"]["height"]) == (240, 320)


def test_sample_makes_a_clip(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "x.mp4"
    run = cli("sample", out, "--duration", "2", "--size", "320x240")
    assert run.code == 0, run.err
    got = measure(out)
    assert abs(got.duration - 2.0) <= 0.08
    assert got.video is not None and (got.video.width, got.video.height) == (320, 240)
    assert got.audio is not None


def test_doctor_names_ffmpeg(cli: Cli) -> None:
    run = cli("doctor", env={"COLUMNS": "400"})
    assert run.code == 0, run.err
    # A row that says ffmpeg is missing mentions ffmpeg too: the version row shows it works.
    assert "not working" not in run.out
    assert re.search(r"^ *ffmpeg version +ffmpeg version \S+", run.out, re.MULTILINE), run.out
    assert re.search(r"^ *encoders +libx264 yes", run.out, re.MULTILINE), run.out


def test_doctor_fails_its_ffmpeg_row_when_ffmpeg_is_missing(cli: Cli) -> None:
    # The check above must be able to fail: with ffmpeg missing, doctor says so.
    run = cli("doctor", env={"COLUMNS": "400", "PROMPTCUT_FFMPEG": "/nonexistent/ffmpeg"})
    assert run.code == 0, run.err
    assert re.search(r"^ *ffmpeg +not working: ", run.out, re.MULTILINE), run.out
    assert "ffmpeg version" not in run.out


def test_halfway_is_read_against_the_inputs_length(cli: Cli, clip3_mp4: Path) -> None:
    out = cli.edit(clip3_mp4, "remove everything after halfway", "half.mp4")
    assert abs(measure(out).duration - 1.5) < 0.1


def test_a_question_is_answered_from_the_probe_with_no_file_written(
    cli: Cli, clip3_mp4: Path
) -> None:
    run = cli("edit", clip3_mp4, "how long is it? and is there audio?")
    assert run.code == 0, run.err
    assert "3.00 s" in run.out and "yes: aac" in run.out
    assert not list(clip3_mp4.parent.glob("clip3.edited.*"))
    assert not (cli.data_dir / "sessions").exists()


def test_a_question_beside_an_edit_is_answered_and_the_edit_done(cli: Cli, clip3_mp4: Path) -> None:
    run = cli("edit", clip3_mp4, "what resolution is it? then make it black and white", "--json")
    assert run.code == 0, run.err
    result = json.loads(run.out)
    assert result["answers"] == ["clip3.mp4 is 320x240"]
    assert [s["op"] for s in result["plan"]["steps"]] == ["grayscale"]
    assert Path(result["output"]).is_file()


def test_ops_takes_a_word_to_look_for(cli: Cli) -> None:
    run = cli("ops", "crop")
    assert run.code == 0, run.err
    listed = [line.split(" ")[0] for line in run.out.splitlines() if not line.startswith(" ")]
    assert listed[0] == "crop" and {"crop_area", "crop_edges"} <= set(listed)
    assert "reverse" not in listed
    missing = cli("ops", "nothing-like-this")
    assert missing.code == 1 and "no operation mentions" in missing.err


def test_declining_to_overwrite_exits_1_without_an_error(cli: Cli, clip_mp4: Path) -> None:
    import os
    import pty
    import subprocess
    import sys

    existing = cli.home / "out.mp4"
    existing.write_bytes(b"keep me")
    primary, secondary = pty.openpty()
    os.write(primary, b"n\n")
    done = subprocess.run(
        [sys.executable, "-m", "promptcut", "edit", str(clip_mp4), "mute it", "-o", str(existing)],
        env={**os.environ, "PROMPTCUT_DATA_DIR": str(cli.data_dir)},
        cwd=cli.home,
        stdin=secondary,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    os.close(primary)
    os.close(secondary)
    assert done.returncode == 1
    assert "not overwritten" in done.stderr and "internal error" not in done.stderr
    assert existing.read_bytes() == b"keep me"
