"""`promptcut edit` on requests that only cut: the untouched GOPs copied and said so, the
re-encode forced or fallen back to, with the reason kept."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import av
import numpy as np
import pytest
from cli_kit import Cli

from promptcut import orchestrator
from promptcut.media.ffmpeg import ffmpeg_path, run_ffmpeg
from promptcut.orchestrator import Orchestrator
from promptcut.session import Session
from promptcut.settings import Settings

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def gop_clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """6 s, 30 fps x264 with B-frames and a 1 s GOP, with sound."""
    path = tmp_path_factory.mktemp("gops") / "gops.mp4"
    run_ffmpeg(
        [
            "-f", "lavfi", "-i", "testsrc2=size=160x90:rate=30:duration=6",
            "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=6",
            "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", "-g", "30",
            "-keyint_min", "30", "-sc_threshold", "0", "-bf", "3", "-c:a", "aac", "-shortest",
            str(path),
        ]
    )  # fmt: skip
    return path


def _frames(path: Path) -> list[np.ndarray]:
    with av.open(str(path)) as c:
        return [f.to_ndarray() for f in c.decode(video=0)]


def run_ffmpeg_errors(path: Path) -> str:
    """What decoding the whole file prints at -v error (nothing for a clean file)."""
    done = subprocess.run(
        [ffmpeg_path(), "-hide_banner", "-nostdin", "-v", "error", "-i", str(path),
         "-f", "null", "-"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    return done.stderr.strip() or ("" if done.returncode == 0 else f"exit {done.returncode}")


def _edit_json(cli: Cli, source: Path, prompt: str, out: str, *extra: str) -> dict[str, object]:
    run = cli("edit", source, prompt, "-o", cli.home / out, "--json", *extra)
    assert run.code == 0, run.err
    result: dict[str, object] = json.loads(run.out)
    return result


def test_a_cut_copies_the_untouched_gops_and_says_how_much(cli: Cli, gop_clip: Path) -> None:
    run = cli("edit", gop_clip, "cut out 0:01.4 to 0:02.2", "-o", cli.home / "cut.mp4")
    assert run.code == 0, run.err
    # frames 0-41 and 66-179 kept; GOP 0 and GOPs 3-5 copied: 30 + 90 of 156
    assert "copied 77% of the picture without re-encoding" in run.out
    src, got = _frames(gop_clip), _frames(cli.home / "cut.mp4")
    kept = [*range(0, 42), *range(66, 180)]
    assert len(got) == len(kept)
    for j, i in enumerate(kept):
        if j < 30 or j >= 66:
            assert np.array_equal(got[j], src[i]), f"copied frame {i} differs"
        else:
            mse = np.mean((got[j].astype(float) - src[i].astype(float)) ** 2)
            assert 10 * np.log10(255**2 / max(mse, 1e-9)) >= 40, f"frame {i} is too far off"
    # the stage script says what it copies and re-encodes, as commands a person can follow
    script = next((cli.data_dir / "sessions").glob("*/scripts/v0001/01_*.py"))
    text = script.read_text()
    assert "copy frames 0-29" in text and "re-encode frames 30-41" in text
    assert "duration 1.000000" in text


def test_a_cut_into_mpeg_ts_copies_the_untouched_gops(cli: Cli, gop_clip: Path) -> None:
    run = cli("edit", gop_clip, "cut out 0:01.4 to 0:02.2", "-o", cli.home / "cut.ts")
    assert run.code == 0, run.err
    assert "copied 77% of the picture without re-encoding" in run.out
    out = cli.home / "cut.ts"
    src, got = _frames(gop_clip), _frames(out)
    kept = [*range(0, 42), *range(66, 180)]
    assert len(got) == len(kept)
    for j, i in enumerate(kept):
        if j < 30 or j >= 66:
            assert np.array_equal(got[j], src[i]), f"copied frame {i} differs"
    decoded = run_ffmpeg_errors(out)
    assert decoded == ""
    with av.open(str(out)) as c:
        assert c.format.name == "mpegts"
        v = c.streams.video[0]
        times = sorted(float(p.pts * p.time_base) for p in c.demux(v) if p.size and p.pts)
    assert abs(times[-1] - times[0] + 1 / 30 - len(kept) / 30) < 1 / 60
    script = next((cli.data_dir / "sessions").glob("*/scripts/v0001/01_*.py")).read_text()
    assert "a transport stream has no index to seek by" in script


def test_json_says_the_share_copied(cli: Cli, gop_clip: Path) -> None:
    result = _edit_json(cli, gop_clip, "keep 0:01 to 0:03", "keep.mp4")
    assert result["copying"] == {"copied": 1.0, "reason": None}


def test_reencode_forces_the_whole_picture_to_be_encoded(cli: Cli, gop_clip: Path) -> None:
    result = _edit_json(cli, gop_clip, "keep 0:01 to 0:03", "again.mp4", "--reencode")
    assert result["copying"] is None
    src, got = _frames(gop_clip), _frames(cli.home / "again.mp4")
    assert len(got) == 60
    assert not any(np.array_equal(got[j], src[30 + j]) for j in range(60))


def test_saying_re_encode_it_encodes_the_whole_picture(cli: Cli, gop_clip: Path) -> None:
    result = _edit_json(cli, gop_clip, "keep 0:01 to 0:03 and re-encode it", "said.mp4")
    assert result["copying"] is None
    src, got = _frames(gop_clip), _frames(cli.home / "said.mp4")
    assert len(got) == 60
    assert not any(np.array_equal(got[j], src[30 + j]) for j in range(60))


def test_a_video_that_cannot_be_copied_is_reencoded_with_the_reason_logged(
    cli: Cli, tmp_path: Path
) -> None:
    mpeg4 = tmp_path / "old.mp4"
    run_ffmpeg(["-f", "lavfi", "-i", "testsrc2=size=160x90:rate=30:duration=3",
                "-c:v", "mpeg4", str(mpeg4)])  # fmt: skip
    result = _edit_json(cli, mpeg4, "keep 0:00.5 to 0:02", "old-cut.mp4")
    reason = "the video is mpeg4, and only H.264 and HEVC are copied for now"
    assert result["copying"] == {"copied": 0.0, "reason": reason}
    log = next((cli.data_dir / "sessions").glob("*/logs/v0001/01_copy.log"))
    assert reason in log.read_text()
    with av.open(str(cli.home / "old-cut.mp4")) as c:
        assert c.streams.video[0].frames == 45


def test_a_turned_video_is_reencoded_so_it_stays_turned(
    cli: Cli, gop_clip: Path, tmp_path: Path
) -> None:
    turned = tmp_path / "turned.mp4"
    run_ffmpeg(["-display_rotation", "90", "-i", str(gop_clip), "-c", "copy", str(turned)])
    result = _edit_json(cli, turned, "keep 0:01 to 0:03", "turned-cut.mp4")
    copying = result["copying"]
    assert isinstance(copying, dict) and copying["copied"] == 0.0
    assert str(copying["reason"]).startswith("the video is shown turned")
    media = result["media"]
    assert isinstance(media, dict)
    assert (media["video"]["width"], media["video"]["height"]) == (90, 160)


def test_a_source_in_another_container_is_reencoded_with_the_reason(
    cli: Cli, gop_clip: Path, tmp_path: Path
) -> None:
    # Each container seeks its own way before a stream copy; FLV's is not one the copy
    # path knows (MP4/MOV, Matroska and MPEG-TS are: see test_smartcut_sources).
    flv = tmp_path / "gops.flv"
    run_ffmpeg(["-i", str(gop_clip), "-c", "copy", str(flv)])
    result = _edit_json(cli, flv, "keep 0:01.3 to 0:03.5", "from-flv.mp4")
    assert result["copying"] == {
        "copied": 0.0,
        "reason": "copying is done from MP4, MOV, Matroska and MPEG-TS files only",
    }
    with av.open(str(cli.home / "from-flv.mp4")) as c:
        assert sum(1 for _ in c.decode(video=0)) == 66


def test_a_cut_into_a_format_that_cannot_hold_the_copy_is_reencoded(
    cli: Cli, gop_clip: Path
) -> None:
    run = cli("edit", gop_clip, "keep 0:01 to 0:03", "-o", cli.home / "small.webm")
    assert run.code == 0, run.err
    assert "re-encoded the picture: copied H.264 or HEVC is not written to .webm files" in run.out


def test_a_result_that_fails_its_check_is_reencoded(
    tmp_path: Path, gop_clip: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # ffmpeg exits 0 on a stream with broken references: the check decides, not the exit
    # code. A check that finds fault must send the edit down the re-encoding path.
    monkeypatch.setattr(orchestrator, "check_cut", lambda *a, **k: ["it has 1 frames, not 60"])
    settings = Settings(data_dir=tmp_path / "data")
    orch = Orchestrator(settings)
    media = orch.inspect(gop_clip)
    session = Session.create(settings.data_dir, gop_clip, media, in_place=True)
    result = orch.edit(session, "keep 0:01 to 0:03")
    assert result.copying is not None
    assert result.copying.reason == "the joined result failed its check: it has 1 frames, not 60"
    assert result.copying.copied == 0.0
    with av.open(str(result.output)) as c:
        assert c.streams.video[0].frames == 60
    assert session.history()[-1].copying == {"copied": 0.0, "reason": result.copying.reason}
