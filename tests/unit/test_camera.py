"""Compiling stabilize (a motion pass, then a smoothing render that reads its file) and
blur_fill (a blurred, enlarged copy behind the fitted picture)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_compile import VIDEO

from promptcut.errors import InvalidRequest
from promptcut.media.info import MediaInfo, VideoStream
from promptcut.operations.base import escape_filter_path
from promptcut.planner.offline import plan
from promptcut.script_gen.compile import compile_plan

PHONE = MediaInfo(
    path=Path("/media/phone.mp4"),
    container="mov,mp4,m4a,3gp,3g2,mj2",
    duration=6.0,
    size_bytes=1_000_000,
    video=VideoStream(width=720, height=1280, fps=30.0, pix_fmt="yuv420p", codec="h264"),
)


def test_stabilize_first_measures_the_motion_into_a_file_kept_with_the_logs() -> None:
    logs = Path("/s/logs/v0001")
    s = compile_plan(plan("stabilize it"), VIDEO, Path("/tmp/out.mp4"), measure_dir=logs)[0]
    assert s.is_analysis and s.title == "measure motion"
    assert s.writes == logs / "motion-01.trf"
    graph = s.args[s.args.index("-filter_complex") + 1]
    assert graph == (
        "[0:v:0]vidstabdetect=shakiness=6:accuracy=9:stepsize=12:"
        f"result={escape_filter_path(logs / 'motion-01.trf')}[v1]"
    )
    assert s.args[-5:] == ("-map", "[v1]", "-f", "null", "-")


def test_stabilize_renders_with_the_measured_transforms_as_a_read_only_input() -> None:
    trf = "/s/logs/v0001/motion-01.trf"
    s = compile_plan(
        plan("stabilize it"), VIDEO, Path("/tmp/out.mp4"), measurements={1: {"file": trf}}
    )[0]
    assert not s.is_analysis
    graph = s.args[s.args.index("-filter_complex") + 1]
    assert graph.startswith(
        f"[0:v:0]vidstabtransform=input={escape_filter_path(trf)}:smoothing=12:optzoom=1"
    )
    assert s.file_inputs == {"motion": Path(trf)}
    assert tuple(s.args[s.args.index("-c:a") : s.args.index("-c:a") + 2]) == ("-c:a", "copy")


def test_stabilize_refuses_a_still_image() -> None:
    photo = VIDEO.model_copy(update={"is_image": True, "duration": 0.0})
    with pytest.raises(InvalidRequest, match="still image"):
        compile_plan(plan("stabilize it"), photo, Path("out.png"))


def test_blur_fill_puts_a_blurred_copy_behind_the_fitted_picture() -> None:
    p = plan("make this vertical video horizontal 16:9 with blurred sides")
    s = compile_plan(p, PHONE, Path("out.mp4"))[0]
    assert s.args[s.args.index("-filter_complex") + 1] == ";".join(
        [
            "[0:v:0]split=2[v1][v2]",
            "[v1]scale=160:90:force_original_aspect_ratio=increase,crop=160:90,boxblur=4:2,"
            "scale=1280:720,setsar=1[v3]",
            "[v2]scale=404:720,setsar=1[v4]",
            "[v3][v4]overlay=(W-w)/2:(H-h)/2[v5]",
        ]
    )
    assert (s.expected.width, s.expected.height) == (1280, 720)
