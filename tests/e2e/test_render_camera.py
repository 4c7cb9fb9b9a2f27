"""Stabilize and blur_fill end to end: shake measurably reduced, the blurred fill around a
sharp, centred picture."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import numpy as np
import pytest
from cli_kit import Cli, make_clip
from measure import frame, frames, measure

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="session")
def still_shaky_mp4(media_dir: Path) -> Path:
    """Like shaky_mp4 but of a motionless picture, so all frame-to-frame change is shake."""
    return make_clip(
        media_dir,
        "still_shaky.mp4",
        ["-f", "lavfi", "-i", "testsrc=size=400x300:rate=25:duration=3",
         "-vf", "select=eq(n\\,0),loop=loop=-1:size=1,trim=duration=3,setpts=N/25/TB,"
                "crop=320:240:40+12*sin(n*0.9):30+10*cos(n*1.3),setsar=1",
         "-r", "25", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"],
    )  # fmt: skip


def jitter(path: Path) -> float:
    """Mean change between consecutive frames in the middle of the clip."""
    fs = frames(path, 1.5, 0.6)
    return float(np.mean([np.mean(np.abs(a - b)) for a, b in itertools.pairwise(fs)]))


def test_stabilize_reduces_the_shake_in_two_recorded_passes(
    cli: Cli, still_shaky_mp4: Path
) -> None:
    out = cli.edit(still_shaky_mp4, "stabilize it", "steady.mp4")
    got = measure(out)
    assert got.video is not None and (got.video.width, got.video.height) == (320, 240)
    assert abs(got.duration - 3.0) < 0.1
    assert jitter(out) < 0.5 * jitter(still_shaky_mp4)
    session = next((cli.data_dir / "sessions").iterdir())
    scripts = sorted(p.name for p in (session / "scripts" / "v0001").glob("*.py"))
    assert scripts == ["01_measure_motion.py", "02_stabilize.py"]
    assert (session / "logs" / "v0001" / "motion-01.trf").stat().st_size > 0
    history = json.loads((session / "history.json").read_text())
    assert history[-1]["plan"]["steps"][0]["tool"] == "metadata"


def test_blur_fill_frames_a_vertical_video_in_16_9(cli: Cli, media_dir: Path) -> None:
    vertical = make_clip(
        media_dir,
        "tall.mp4",
        ["-f", "lavfi", "-i", "testsrc2=size=180x320:rate=25:duration=1",
         "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"],
    )  # fmt: skip
    out = cli.edit(vertical, "make this vertical video horizontal 16:9 with blurred sides", "w.mp4")
    got = measure(out)
    assert got.video is not None and (got.video.width, got.video.height) == (320, 180)
    wide = frame(out, 0.5, size=(320, 180))
    tall = frame(vertical, 0.5, size=(102, 180))
    # The middle is the picture itself, scaled to the height; the sides are soft but not black.
    assert np.mean(np.abs(wide[:, 109:211] - tall)) < 20
    sides = np.concatenate([wide[:, :90], wide[:, -90:]], axis=1)
    assert sides.mean() > 20
    edges = np.abs(np.diff(sides, axis=1)).mean()
    assert edges < 0.5 * np.abs(np.diff(tall, axis=1)).mean()
