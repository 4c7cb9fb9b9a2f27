"""Compiling the sound and export operations: analysis stages, measured second passes, size
budgets and their retry, quality levels, stills, contact sheets, GIF settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_compile import INPUT, SONG, VIDEO

from promptcut.errors import InvalidRequest
from promptcut.planner.offline import plan
from promptcut.script_gen.compile import choose_format, compile_plan
from promptcut.stage import Stage

LOUDNORM_REPORT = """[Parsed_loudnorm_0 @ 0x1]
{
	"input_i" : "-21.75",
	"input_tp" : "-18.06",
	"input_lra" : "2.40",
	"input_thresh" : "-31.75",
	"output_i" : "-13.95",
	"output_tp" : "-10.27",
	"output_lra" : "0.00",
	"output_thresh" : "-23.95",
	"normalization_type" : "dynamic",
	"target_offset" : "-0.05"
}
"""


def args_of(prompt: str, output: str = "out.mp4", measured: dict[int, dict] | None = None) -> Stage:
    return compile_plan(plan(prompt), VIDEO, Path(output), measurements=measured)[0]


def option(s: Stage, name: str) -> str:
    return s.args[s.args.index(name) + 1]


def option_pair(s: Stage, name: str) -> tuple[str, str]:
    return name, option(s, name)


def test_normalize_first_measures_only_the_sound_after_the_steps_before_it() -> None:
    s = args_of("speed it up 2x, make it black and white, normalize the audio to -16 LUFS")
    assert s.is_analysis and s.measures == 3 and s.title == "measure loudness"
    assert s.args[-5:] == ("-map", "[a1]", "-f", "null", "-")
    assert option(s, "-filter_complex") == (
        "[0:a:0]atempo=2,loudnorm=I=-16:TP=-1:LRA=11:print_format=json[a1]"
    )
    assert "-loglevel" in s.args and option(s, "-loglevel") == "info"
    assert s.output.name == "measure-03-loudness.txt"


def test_normalize_renders_linear_with_what_was_measured() -> None:
    p = plan("normalize the audio to -16 LUFS")
    measured = {1: p.steps[0].operation.read_measurement(LOUDNORM_REPORT)}
    s = compile_plan(p, VIDEO, Path("out.mp4"), measurements=measured, number=2)[0]
    assert not s.is_analysis and s.number == 2
    assert option(s, "-filter_complex") == (
        "[0:a:0]loudnorm=I=-16:TP=-1:LRA=11:measured_I=-21.75:measured_TP=-18.06"
        ":measured_LRA=2.4:measured_thresh=-31.75:offset=-0.05:linear=true,aresample=48000[a1]"
    )
    # The picture is untouched: copied, not encoded again.
    assert s.args[s.args.index("-c:v") : s.args.index("-c:v") + 2] == ("-c:v", "copy")


def test_normalize_of_a_clip_shorter_than_loudnorms_window_is_one_gain() -> None:
    # loudnorm measures a clip under 3 s again itself, ignoring what was measured, and turns
    # silence (the sandbox's stand-in) into NaN: the measured gain is applied as a volume.
    p = plan("keep 0:01 to 0:03 and normalize the audio to -16 LUFS")
    measured = {2: p.steps[1].operation.read_measurement(LOUDNORM_REPORT)}
    s = compile_plan(p, VIDEO, Path("out.mp4"), measurements=measured)[0]
    assert option(s, "-filter_complex") == "[0:a:0]volume=5.75dB[a1]"  # -16 - -21.75


def test_normalize_of_a_short_clip_stops_at_the_true_peak() -> None:
    p = plan("keep 0:01 to 0:03 and normalize the audio to -16 LUFS")
    peaky = p.steps[1].operation.read_measurement(LOUDNORM_REPORT) | {"input_tp": "-4.5"}
    s = compile_plan(p, VIDEO, Path("out.mp4"), measurements={2: peaky})[0]
    assert option(s, "-filter_complex") == "[0:a:0]volume=3.5dB[a1]"  # -1 - -4.5 dBTP


def test_normalize_leaves_silence_alone() -> None:
    p = plan("normalize the audio")
    silent = {1: {"input_i": "-inf", "input_tp": "-inf", "input_lra": "0", "input_thresh": "-inf",
                  "target_offset": "inf"}}  # fmt: skip
    s = compile_plan(p, VIDEO, Path("out.mp4"), measurements=silent)[0]
    assert "-filter_complex" not in s.args


def test_a_report_without_a_measurement_is_an_error() -> None:
    with pytest.raises(ValueError, match="no measurement"):
        plan("normalize the audio").steps[0].operation.read_measurement("nothing here")


def test_audio_denoise_aims_at_the_measured_noise_floor() -> None:
    p = plan("remove the background noise")
    first = compile_plan(p, VIDEO, Path("out.mp4"))[0]
    assert first.is_analysis and "astats" in option(first, "-filter_complex")
    report = "\n".join(f"lavfi.astats.Overall.RMS_level={v}" for v in [-40, -41, -12, -13, -14] * 4)
    measured = {1: p.steps[0].operation.read_measurement(report)}
    assert measured[1] == {"noise_floor": -41.0}
    s = compile_plan(p, VIDEO, Path("out.mp4"), measurements=measured)[0]
    assert option(s, "-filter_complex") == "[0:a:0]afftdn=nr=12:nf=-39[a1]"


def test_compress_spends_the_budget_on_bitrates_with_headroom() -> None:
    s = args_of("shrink it to under 2 MB")
    video, audio = int(option(s, "-b:v")), int(option(s, "-b:a"))
    assert "-crf" not in s.args
    assert (video + audio) * 20 / 8 <= 2_000_000 * 0.95
    assert (video + audio) * 20 / 8 >= 2_000_000 * 0.85
    assert int(option(s, "-maxrate")) > video
    assert s.expected.max_bytes == 2_000_000


def test_compress_retry_lowers_the_rate_by_the_overshoot() -> None:
    p = plan("shrink it to under 2 MB")
    again = p.steps[0].operation.retry_too_large(None, size=2_200_000, limit=2_000_000)
    assert again is not None and again["scale"] == pytest.approx(2 / 2.2 * 0.93)
    first = args_of("shrink it to under 2 MB")
    second = compile_plan(p, VIDEO, Path("out.mp4"), measurements={1: again})[0]
    assert int(option(second, "-b:v")) < 0.9 * int(option(first, "-b:v"))


def test_compress_makes_the_picture_smaller_when_bits_would_spread_too_thin() -> None:
    s = args_of("compress it to 1 MB")
    assert "scale=" in option(s, "-filter_complex")
    assert s.expected.height is not None and 240 <= s.expected.height < 720


def test_compress_refuses_what_cannot_be_watched_with_the_numbers() -> None:
    with pytest.raises(InvalidRequest, match=r"20\.0 s of video in 0\.1 MB .* kbps"):
        args_of("compress it to 100 KB")


def test_compress_an_audio_file_sets_its_bitrate() -> None:
    s = compile_plan(plan("make it under 0.5 MB"), SONG, Path("out.mp3"))[0]
    assert int(option(s, "-b:a")) <= 0.5e6 * 8 / 20
    assert "-q:a" not in s.args
    with pytest.raises(InvalidRequest, match="wav"):
        compile_plan(plan("make it under 0.5 MB"), SONG, Path("out.wav"))


def test_quality_levels_set_crf_and_preset() -> None:
    high = args_of("export in high quality")
    assert (option(high, "-crf"), option(high, "-preset"), option(high, "-b:a")) == (
        "18",
        "medium",
        "256k",
    )
    small = args_of("make the file smaller")
    assert option(small, "-crf") == "28"
    assert option(args_of("export in high quality", "out.webm"), "-crf") == "24"


def test_still_seeks_and_writes_one_frame() -> None:
    s = args_of("save a still frame from 0:05 as a jpg", "out.jpg")
    assert s.args[5:7] == ("-ss", "5")
    assert s.args[-7:-3] == ("-frames:v", "1", "-update", "1")
    assert s.expected.kind == "image" and (s.expected.width, s.expected.height) == (1280, 720)


def test_still_format_follows_request_and_output_name() -> None:
    assert choose_format(plan("make a thumbnail"), VIDEO).ext == "png"
    assert choose_format(plan("take a screenshot at 3s"), VIDEO, ".jpg").ext == "jpg"
    with pytest.raises(InvalidRequest, match="image"):
        choose_format(plan("take a screenshot at 3s"), VIDEO, ".mp4")
    with pytest.raises(InvalidRequest, match=r"20\.0 s long"):
        args_of("take a screenshot at 0:30", "out.png")


def test_contact_sheet_tiles_evenly_spaced_frames() -> None:
    s = args_of("make a 4x3 contact sheet", "sheet.png")
    assert option(s, "-filter_complex") == (
        "[0:v:0]fps=0.6:start_time=0.833333,scale=320:180,tile=4x3[v1]"
    )
    assert (s.expected.width, s.expected.height) == (1280, 540)


def test_gif_settings_override_the_defaults() -> None:
    s = args_of("make a gif at 15 fps, 320 pixels wide", "out.gif")
    graph = option(s, "-filter_complex")
    assert graph.startswith("[0:v:0]fps=15,scale=320:180:flags=lanczos[v1]")
    assert s.expected.width == 320
    assert choose_format(plan("make a gif at 15 fps"), VIDEO).ext == "gif"


def test_extract_audio_makes_an_audio_file() -> None:
    assert choose_format(plan("extract the audio"), VIDEO).ext == "m4a"
    s = args_of("extract the audio", "out.m4a")
    assert "-vn" in s.args and option_pair(s, "-c:a") == ("-c:a", "copy")


def test_size_analysis_args_keep_the_safety_options() -> None:
    s = args_of("normalize the audio")
    i = s.args.index("-i")
    assert list(s.args[i - len(INPUT) + 2 : i + 2]) == INPUT
