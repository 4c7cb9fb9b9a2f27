"""The sandbox catches scripts that fail or make the wrong thing, before the real run."""

from __future__ import annotations

from pathlib import Path

import pytest
from _clips import make_clip, stage_script

from promptcut.errors import ScriptError
from promptcut.executor import run_script
from promptcut.media.ffmpeg import ffmpeg_path
from promptcut.media.info import MediaInfo
from promptcut.media.probe import probe
from promptcut.sandbox import SandboxReport, prove, verify
from promptcut.stage import OUTPUT, Expected, Stage, input_token

pytestmark = pytest.mark.e2e

X264 = ("-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p")
AAC = ("-c:a", "aac")


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> MediaInfo:
    """2 s of 320x240 25 fps video with a 44.1 kHz tone."""
    path = make_clip(tmp_path_factory.mktemp("media") / "clip.mp4", seconds=2.0)
    return probe(path)


def make_stage(
    clip: MediaInfo,
    args: tuple[str, ...],
    *,
    duration: float = 1.0,
    has_audio: bool = True,
    width: int | None = 320,
    height: int | None = 240,
) -> Stage:
    return Stage(
        number=1,
        title="trim",
        steps=(1,),
        inputs={"main": clip.path},
        output=Path("out.mp4"),
        args=args,
        expected=Expected(
            kind="video",
            has_video=True,
            has_audio=has_audio,
            duration=duration,
            width=width,
            height=height,
        ),
    )


def run_prove(stage: Stage, clip: MediaInfo, tmp_path: Path) -> SandboxReport:
    script = stage_script(tmp_path / "scripts" / "01_trim.py", stage.args)
    return prove(
        stage,
        script,
        {"main": clip},
        workdir=tmp_path / "work",
        cache_dir=tmp_path / "cache",
        log_path=tmp_path / "logs" / "sandbox.log",
        ffmpeg=ffmpeg_path(),
        timeout=60,
        max_output_bytes=100 * 1024**2,
    )


def trim(*extra: str) -> tuple[str, ...]:
    return ("-ss", "0.5", "-t", "1", "-i", input_token("main"), *extra, *X264, *AAC, OUTPUT)


def test_a_good_script_passes_on_dummies_and_leaves_no_output(
    clip: MediaInfo, tmp_path: Path
) -> None:
    stage = make_stage(clip, trim())

    report = run_prove(stage, clip, tmp_path)

    assert abs(report.output.duration - 1.0) <= 0.5
    assert report.output.video is not None and report.output.video.width == 320
    assert report.output.has_audio
    dummy = probe(report.dummies["main"])
    assert dummy.video is not None and dummy.video.fps <= 4  # a dummy, not the real clip
    assert abs(dummy.duration - clip.duration) < 0.3
    assert list((tmp_path / "work").iterdir()) == []
    assert "--output" in (tmp_path / "logs" / "sandbox.log").read_text()
    assert report.seconds >= report.run_seconds > 0


def test_a_wrong_duration_is_reported_with_both_numbers(clip: MediaInfo, tmp_path: Path) -> None:
    stage = make_stage(clip, ("-i", input_token("main"), *X264, *AAC, OUTPUT), duration=1.0)

    with pytest.raises(ScriptError, match=r"expected 1\.00 s ± 0\.50, got 2\.\d\d s"):
        run_prove(stage, clip, tmp_path)

    assert list((tmp_path / "work").iterdir()) == []


def test_a_missing_audio_stream_is_reported(clip: MediaInfo, tmp_path: Path) -> None:
    stage = make_stage(clip, trim("-an"))

    with pytest.raises(
        ScriptError, match="expected a video stream and an audio stream, got video only"
    ):
        run_prove(stage, clip, tmp_path)


def test_a_wrong_size_is_reported(clip: MediaInfo, tmp_path: Path) -> None:
    stage = make_stage(clip, trim("-vf", "scale=160:120"))

    with pytest.raises(ScriptError, match="expected 320x240, got 160x120"):
        run_prove(stage, clip, tmp_path)


def test_every_mismatch_is_listed_at_once(clip: MediaInfo, tmp_path: Path) -> None:
    stage = make_stage(clip, ("-i", input_token("main"), "-an", "-vf", "scale=160:120",
                              *X264, OUTPUT))  # fmt: skip

    with pytest.raises(ScriptError) as caught:
        run_prove(stage, clip, tmp_path)

    message = str(caught.value)
    assert "got video only" in message and "got 160x120" in message and "got 2." in message


def test_a_failing_script_reports_ffmpegs_complaint(clip: MediaInfo, tmp_path: Path) -> None:
    stage = make_stage(clip, trim("-vf", "blurr=5"))

    with pytest.raises(ScriptError, match="failed on dummy inputs") as caught:
        run_prove(stage, clip, tmp_path)

    assert "blurr" in str(caught.value)
    assert list((tmp_path / "work").iterdir()) == []


def test_an_unknown_input_is_reported_with_the_known_ones(clip: MediaInfo, tmp_path: Path) -> None:
    stage = make_stage(clip, trim()).model_copy(
        update={"inputs": {"main": clip.path, "music": Path("song.mp3")}}
    )

    with pytest.raises(ScriptError, match=r"'music'.*available are 'main'"):
        run_prove(stage, clip, tmp_path)


def test_verify_checks_the_real_render_too(clip: MediaInfo, tmp_path: Path) -> None:
    stage = make_stage(clip, trim())
    script = stage_script(tmp_path / "01_trim.py", stage.args)
    output = tmp_path / "real.mp4"
    run_script(
        script,
        inputs={"main": clip.path},
        output=output,
        log_path=tmp_path / "real.log",
        timeout=60,
        expected_duration=1.0,
        ffmpeg=ffmpeg_path(),
        max_output_bytes=100 * 1024**2,
    )

    info = verify(output, stage.expected, fps=25)

    assert abs(info.duration - 1.0) <= stage.expected.tolerance(25)
    with pytest.raises(ScriptError, match=r"expected 1\.50 s ± 0\.15, got 1\.0\d s"):
        verify(output, stage.expected.model_copy(update={"duration": 1.5}), fps=25)


def test_verify_refuses_a_missing_or_broken_output(tmp_path: Path) -> None:
    expected = Expected(kind="video", has_video=True, has_audio=False, duration=1.0)
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(b"\x00" * 1000)

    with pytest.raises(ScriptError, match="wrote no output"):
        verify(tmp_path / "absent.mp4", expected, fps=None)
    with pytest.raises(ScriptError, match="not readable media"):
        verify(broken, expected, fps=None)
