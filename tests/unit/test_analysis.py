"""Compiling the edits driven by analysis: the measuring pass each makes, reading ffmpeg's
report of it, and the one render that keeps what the measurement says to keep."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from test_compile import INPUT, VIDEO

from promptcut.errors import InvalidRequest
from promptcut.operations.analysis import KeepScenes, RemoveBlack, RemoveSilence
from promptcut.planner.offline import plan
from promptcut.script_gen.compile import compile_plan, predict
from promptcut.session import HistoryEntry
from promptcut.stage import Stage

# What ffmpeg 9 writes at loglevel info for talk.mp4 (tone at 0-3, 6-9, 12-15 s of 16 s).
SILENCE_REPORT = """\
[Parsed_silencedetect_0 @ 0x7fa664001d80] silence_start: 3
[Parsed_silencedetect_0 @ 0x7fa664001d80] silence_end: 6.000021 | silence_duration: 3.000021
[Parsed_silencedetect_0 @ 0x7fa664001d80] silence_start: 9
[Parsed_silencedetect_0 @ 0x7fa664001d80] silence_end: 12.000021 | silence_duration: 3.000021
[Parsed_silencedetect_0 @ 0x7fa664001d80] silence_start: 15
[Parsed_silencedetect_0 @ 0x7fa664001d80] silence_end: 16 | silence_duration: 1
[out#0/null @ 0x55d54cb8f880] video:0KiB audio:3000KiB subtitle:0KiB other streams:0KiB
"""
SCENE_REPORT = """\
[Parsed_scdet_0 @ 0x7fb58c001e40] lavfi.scd.score: 40.732, lavfi.scd.time: 2
[Parsed_scdet_0 @ 0x7fb58c001e40] lavfi.scd.score: 31.465, lavfi.scd.time: 3
[Parsed_scdet_0 @ 0x7fb58c001e40] lavfi.scd.score: 26.895, lavfi.scd.time: 5
"""
BLACK_REPORT = """\
[Parsed_blackdetect_0 @ 0x7f2c6c001d00] black_start:0 black_end:1 black_duration:1
[Parsed_blackdetect_0 @ 0x7f2c6c001d00] black_start:3 black_end:3.96 black_duration:0.96
"""


def render(prompt: str, measured: dict[str, Any]) -> Stage:
    """The render stage of a one-step plan, given what its analysis measured."""
    return compile_plan(plan(prompt), VIDEO, Path("out.mp4"), measurements={1: measured})[0]


def option(s: Stage, name: str) -> str:
    return s.args[s.args.index(name) + 1]


def kept(s: Stage) -> list[tuple[float, float]]:
    """The ranges of the input a render keeps, on the input's timeline (input seek included)."""
    offset = float(option(s, "-ss")) if "-ss" in s.args else 0.0
    graph = option(s, "-filter_complex") if "-filter_complex" in s.args else ""
    spans = [
        (offset + float(a), offset + float(b))
        for a, b in re.findall(r"\[v\d+\]trim=start=([\d.]+):end=([\d.]+)", graph)
    ]
    if not spans and ("-t" in s.args or "-ss" in s.args):
        end = offset + float(option(s, "-t")) if "-t" in s.args else VIDEO.duration
        spans = [(offset, end)]
    return spans


# ---------------------------------------------------------------- silence
def test_remove_silence_measures_the_sound_as_it_reaches_the_step() -> None:
    s = compile_plan(plan("speed it up 2x, cut the silence"), VIDEO, Path("out.mp4"))[0]
    assert s.is_analysis and s.measures == 2 and s.title == "measure silences"
    assert option(s, "-filter_complex") == "[0:a:0]atempo=2,silencedetect=noise=-35dB:d=0.5[a1]"
    assert s.args[-5:] == ("-map", "[a1]", "-f", "null", "-")


def test_remove_silence_threshold_and_length_reach_the_detector() -> None:
    s = compile_plan(plan("remove pauses longer than 2 seconds below -50 dB"), VIDEO, Path("o.mp4"))
    assert option(s[0], "-filter_complex") == "[0:a:0]silencedetect=noise=-50dB:d=2[a1]"


def test_silence_report_is_read_as_ranges_and_a_total() -> None:
    measured = RemoveSilence().read_measurement(SILENCE_REPORT)
    assert measured["silences"] == [[3.0, 6.000021], [9.0, 12.000021], [15.0, 16.0]]
    assert measured["silent_seconds"] == pytest.approx(7.0, abs=0.001)
    assert RemoveSilence().read_measurement("no silence here") == {
        "silences": [],
        "silent_seconds": 0,
    }


def test_silence_is_cut_in_one_render_with_a_margin_around_sound() -> None:
    s = render("cut the silence", {"silences": [[0, 1.5], [5, 8], [12.2, 12.9], [18, 20]]})
    assert not s.is_analysis
    # A leading silence is cut to 0.2 s before the sound; the 0.7 s pause keeps a quarter of
    # itself on each side (snapped to the 30 fps frame grid); the trailing one goes to the end.
    assert kept(s) == [
        (1.3, 5.2),
        (7.8, pytest.approx(12.366667)),
        (pytest.approx(12.733333), pytest.approx(18.2)),
    ]
    assert s.args[5:9] == ("-ss", "1.3", "-t", "16.9")
    graph = option(s, "-filter_complex")
    # Sound and picture are cut at the same times.
    assert (
        graph.count("atrim=start=0:end=3.9") == 1 and graph.count("[v1]trim=start=0:end=3.9") == 1
    )
    assert "concat=n=3:v=1:a=0" in graph and "concat=n=3:v=0:a=1" in graph
    assert s.expected.duration == pytest.approx(13.933, abs=0.001)


def test_the_acceptance_clip_keeps_about_ten_seconds() -> None:
    talk = VIDEO.model_copy(update={"duration": 16.0})
    measured = RemoveSilence().read_measurement(SILENCE_REPORT)
    s = compile_plan(plan("cut the silence"), talk, Path("o.mp4"), measurements={1: measured})[0]
    assert kept(s) == [(0, 3.2), (5.8, 9.2), (pytest.approx(11.8), pytest.approx(15.2))]
    assert s.expected.duration == pytest.approx(10.0, abs=0.01)


def test_nothing_silent_leaves_the_video_as_it_is() -> None:
    s = render("cut the silence", {"silences": [], "silent_seconds": 0})
    assert "-filter_complex" not in s.args and "-ss" not in s.args
    assert option(s, "-c:v") == "copy" and s.expected.duration == 20.0


def test_all_silent_is_refused_with_the_facts() -> None:
    with pytest.raises(InvalidRequest, match=r"all 20\.0 s of the sound is quieter than -35 dB"):
        render("cut the silence", {"silences": [[0, 20]]})


def test_only_the_silence_at_the_start_when_asked() -> None:
    s = render("trim the silence at the start", {"silences": [[0, 2], [8, 10], [19, 20]]})
    assert kept(s) == [(1.8, 20.0)]


def test_steps_after_the_silence_see_the_shorter_clip() -> None:
    p = plan("cut the silence, speed it up 2x")
    measured = {1: {"silences": [[5, 10]]}}
    s = compile_plan(p, VIDEO, Path("o.mp4"), measurements=measured)[0]
    assert s.expected.duration == pytest.approx((20 - 4.6) / 2, abs=0.001)


def test_planning_leaves_the_clip_unchanged_until_measured() -> None:
    assert predict(plan("cut the silence"), VIDEO).duration == 20.0


def test_silence_needs_a_sound_track() -> None:
    mute = VIDEO.model_copy(update={"audio": None})
    with pytest.raises(InvalidRequest, match="no sound track"):
        predict(plan("cut the silence"), mute)


def test_margin_and_limits_are_checked() -> None:
    with pytest.raises(
        InvalidRequest, match=r"silence of 0\.05 is out of range: it must be at least 0\.1"
    ):
        plan("remove pauses longer than 0.05 seconds")
    assert RemoveSilence().describe() == (
        "cut silence (below -35 dB for 0.5 s or more, keeping 0.2 s around sound)"
    )


# ---------------------------------------------------------------- scenes
def test_scenes_are_measured_with_scdet_on_the_picture() -> None:
    s = compile_plan(plan("keep the first 2 scenes"), VIDEO, Path("out.mp4"))[0]
    assert s.title == "measure scenes"
    assert option(s, "-filter_complex") == "[0:v:0]scdet=threshold=10[v1]"
    assert KeepScenes(keep=(1,)).read_measurement(SCENE_REPORT) == {"cuts": [2.0, 3.0, 5.0]}


def test_keep_the_first_scenes_trims_at_the_change() -> None:
    s = render("keep the first 2 scenes", {"cuts": [4.0, 9.5, 15.0]})
    assert s.args[5:7] == ("-t", "9.5") and s.expected.duration == 9.5


def test_keep_one_scene_from_the_middle() -> None:
    s = render("keep only the second scene", {"cuts": [4.0, 9.5, 15.0]})
    assert kept(s) == [(4.0, 9.5)]


def test_remove_scenes_joins_the_rest() -> None:
    s = render("remove the second and last scenes", {"cuts": [4.0, 9.5, 15.0]})
    assert kept(s) == [(0.0, 4.0), (9.5, 15.0)]
    assert s.expected.duration == 9.5


def test_remove_short_scenes() -> None:
    s = render("remove scenes shorter than 2 seconds", {"cuts": [4.0, 5.0, 15.0, 16.5]})
    assert kept(s) == [(0.0, 4.0), (5.0, 15.0), (16.5, 20.0)]


def test_a_scene_that_is_not_there_is_refused_with_the_scenes_found() -> None:
    with pytest.raises(
        InvalidRequest,
        match=r"has 3 scenes \(changes at 4\.0 s and 9\.5 s\), so there is no scene 5",
    ):
        render("keep scene 5", {"cuts": [4.0, 9.5]})
    with pytest.raises(InvalidRequest, match="no scene change was found"):
        render("keep the second scene", {"cuts": []})


def test_removing_every_scene_is_refused() -> None:
    with pytest.raises(InvalidRequest, match=r"all shorter than 10\.0 s \(the longest is 5\.5 s\)"):
        render("remove scenes shorter than 10 seconds", {"cuts": [4.0, 9.5, 15.0]})
    with pytest.raises(InvalidRequest, match="would leave nothing"):
        render("remove the first and second scenes", {"cuts": [4.0]})


def test_all_scenes_kept_renders_nothing() -> None:
    s = render("keep the first 3 scenes", {"cuts": [4.0, 9.5]})
    assert "-filter_complex" not in s.args and s.expected.duration == 20.0


def test_splitting_at_scene_changes_points_to_probe() -> None:
    with pytest.raises(InvalidRequest, match=r"promptcut probe FILE --scenes"):
        plan("split it at the scene changes")


# ---------------------------------------------------------------- black frames
def test_black_is_measured_with_blackdetect() -> None:
    s = compile_plan(plan("remove black frames"), VIDEO, Path("out.mp4"))[0]
    assert option(s, "-filter_complex") == ("[0:v:0]blackdetect=d=0.1:pix_th=0.1:pic_th=0.98[v1]")
    assert RemoveBlack().read_measurement(BLACK_REPORT) == {
        "black": [[0.0, 1.0], [3.0, 3.96]],
        "black_seconds": 1.96,
    }


def test_black_stretches_are_cut_and_the_end_runs_to_the_end() -> None:
    # blackdetect reports a black tail as ending on its last frame (19.967 at 30 fps)
    s = render("remove black frames", {"black": [[0, 1.0], [6, 7], [19.0, 19.967]]})
    assert kept(s) == [(1.0, 6.0), (7.0, 19.0)]
    assert s.expected.duration == 17.0


def test_only_the_black_at_the_start_when_asked() -> None:
    s = render("trim the black at the start", {"black": [[0, 1.0], [6, 7]]})
    assert kept(s) == [(1.0, 20.0)]
    unchanged = render("trim the black at the start", {"black": [[6, 7]]})
    assert "-ss" not in unchanged.args and unchanged.expected.duration == 20.0


def test_all_black_is_refused() -> None:
    with pytest.raises(InvalidRequest, match=r"the whole video \(20\.0 s\) is black"):
        render("remove black frames", {"black": [[0, 19.967]]})


# ---------------------------------------------------------------- history
def test_history_keeps_what_was_measured() -> None:
    entry = HistoryEntry(
        prompt="cut the silence",
        parent_version=0,
        outcome="succeeded",
        measurements={1: {"silences": [[3.0, 6.0]], "silent_seconds": 3.0}},
    )
    again = HistoryEntry.model_validate_json(entry.model_dump_json())
    assert again.measurements == {1: {"silences": [[3.0, 6.0]], "silent_seconds": 3.0}}


def test_analysis_args_keep_the_safety_options() -> None:
    s = compile_plan(plan("cut the silence"), VIDEO, Path("out.mp4"))[0]
    i = s.args.index("-i")
    assert list(s.args[i - len(INPUT) + 2 : i + 2]) == INPUT
