"""A result promptcut would refuse as an input is refused when the request is checked, with
its length or size said as people say them, before any work is done."""

from __future__ import annotations

from pathlib import Path

import pytest

from promptcut.errors import InvalidRequest
from promptcut.media.info import AudioStream, MediaInfo, VideoStream
from promptcut.orchestrator import Orchestrator
from promptcut.settings import Settings


def video(hours: float, width: int = 1280, height: int = 720) -> MediaInfo:
    return MediaInfo(
        path=Path("/videos/lecture.mp4"),
        container="mov,mp4,m4a,3gp,3g2,mj2",
        duration=hours * 3600,
        size_bytes=10**9,
        video=VideoStream(width=width, height=height, fps=25, pix_fmt="yuv420p", codec="h264"),
        audio=AudioStream(codec="aac", sample_rate=48000, channels=2),
    )


def test_a_result_over_the_length_cap_is_refused(tmp_path: Path) -> None:
    orch = Orchestrator(Settings(data_dir=tmp_path, planner="offline"))
    with pytest.raises(InvalidRequest) as refused:
        orch.prepare("slow it down 2x", video(hours=5))
    assert str(refused.value) == (
        "the result would be 10.0 h long, over the limit of 6.0 h; "
        "set PROMPTCUT_MAX_DURATION to raise it"
    )
    assert orch.prepare("speed it up 2x", video(hours=5)).plan.steps


def test_a_result_over_the_pixel_cap_is_refused(tmp_path: Path) -> None:
    orch = Orchestrator(Settings(data_dir=tmp_path, planner="offline", max_pixels=1920 * 1080))
    with pytest.raises(InvalidRequest, match=r"would be 3840x2160 pixels, over the limit of "
                       r"2,073,600 pixels; set PROMPTCUT_MAX_PIXELS"):  # fmt: skip
        orch.prepare("upscale it to 4k", video(hours=0.01))
