"""Time and frame operations (issue 3): the ffmpeg commands they compile to, what each stage must
produce, the facts in their refusals, and the readings that changed with them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_compile import AAC, INPUT, MP4_END, PHOTO, SONG, START, VIDEO, X264, stage, video

from promptcut.errors import InvalidRequest
from promptcut.media.info import MediaInfo
from promptcut.planner.offline import plan
from promptcut.script_gen.compile import compile_plan, predict


def graph_of(prompt: str, media: MediaInfo = VIDEO) -> str:
    s = stage(prompt, "out.mp4", media)
    return s.args[s.args.index("-filter_complex") + 1]


def steps(prompt: str) -> list[tuple[str, dict[str, Any]]]:
    return [(s.op, s.params) for s in plan(prompt).steps]


# ---------------------------------------------------------------- readings issue 3 settled
@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        (
            "slow down the part between 10s and 12s to half speed",
            [("speed", {"start": 10.0, "end": 12.0, "factor": 0.5})],
        ),
        ("speed up 0:05 to 0:10 2x", [("speed", {"start": 5.0, "end": 10.0, "factor": 2.0})]),
        ("speed it up 2x for the first 5 seconds", [("speed", {"end": 5.0, "factor": 2.0})]),
        (
            "slow it down between 2 and 4 seconds to half speed",
            [("speed", {"start": 2.0, "end": 4.0, "factor": 0.5})],
        ),
        ("half speed from 0:08 to 0:09", [("speed", {"start": 8.0, "end": 9.0, "factor": 0.5})]),
        # unranged speed keeps its one parameter
        ("speed it up 2x", [("speed", {"factor": 2.0})]),
        # "cut it to 9:16" is the shape; "cut it to 4:30" a length
        ("cut it to 9:16", [("crop", {"aspect": "9:16"})]),
        ("trim it to 16:9", [("crop", {"aspect": "16:9"})]),
        ("crop it to 9:16", [("crop", {"aspect": "9:16"})]),
        ("cut it to 4:30", [("trim", {"end": 270.0})]),
        ("make it 9:16", [("crop", {"aspect": "9:16"})]),
        ("upscale to 4k", [("resize", {"lines": 2160})]),
        ("downscale to 480p", [("resize", {"lines": 480})]),
        ("make it full hd", [("resize", {"lines": 1080})]),
        ("play it 3x", [("speed", {"factor": 3.0})]),
        ("play it 3 times", [("loop", {"times": 3})]),
        # a list the commas split is read whole; a clause that reads alone is left alone
        (
            "only keep 2-4s, 6-8s, 10-12s, then mute it",
            [("keep_ranges", {"ranges": ((2.0, 4.0), (6.0, 8.0), (10.0, 12.0))}), ("mute", {})],
        ),
        ("trim the first 2s, mute it", [("trim", {"start": 2.0}), ("mute", {})]),
    ],
)
def test_reading(prompt: str, expected: list[tuple[str, dict[str, Any]]]) -> None:
    assert steps(prompt) == expected


def test_a_list_that_does_not_join_is_still_refused_at_its_clause() -> None:
    from promptcut.errors import NotUnderstood

    with pytest.raises(NotUnderstood) as err:
        plan("trim the first 2s, 6-8s")
    assert err.value.clause == "6-8s"


# ---------------------------------------------------------------- snapshots: time
def test_keeping_ranges_seeks_to_the_last_end_and_joins_the_parts() -> None:
    s = stage("keep 0:00-0:05 and 0:10-0:15", "out.mp4")
    assert list(s.args) == [
        *START, "-t", "15", *INPUT,
        "-filter_complex",
        "[0:v:0]split=2[v1][v2];"
        "[v1]trim=start=0:end=5,setpts=PTS-STARTPTS[v3];"
        "[v2]trim=start=10:end=15,setpts=PTS-STARTPTS[v4];"
        "[v3][v4]concat=n=2:v=1:a=0[v5];"
        "[0:a:0]asplit=2[a6][a7];"
        "[a6]atrim=start=0:end=5,asetpts=PTS-STARTPTS[a8];"
        "[a7]atrim=start=10:end=15,asetpts=PTS-STARTPTS[a9];"
        "[a8][a9]concat=n=2:v=0:a=1[a10]",
        "-map", "[v5]", "-map", "[a10]",
        *X264, *AAC, *MP4_END,
    ]  # fmt: skip
    assert s.expected == video(10.0)


def test_kept_ranges_after_the_start_shift_by_the_seek() -> None:
    s = stage("only keep 2-4s, 6-8s and 10-12s", "out.mp4")
    assert s.args[5:9] == ("-ss", "2", "-t", "10")
    g = s.args[s.args.index("-filter_complex") + 1]
    assert "trim=start=0:end=2," in g and "trim=start=4:end=6," in g and "trim=start=8:end=10," in g
    assert s.expected == video(6.0)


def test_keeping_ranges_after_a_filter_trims_by_filter() -> None:
    g = graph_of("make it black and white, keep 0:00-0:05 and 0:10-0:15")
    assert g.startswith("[0:v:0]hue=s=0[v1];[v1]split=2[v2][v3];")
    assert "[v3]trim=start=10:end=15," in g


def test_cutting_several_ranges_is_one_join_on_the_same_timeline() -> None:
    s = stage("cut out 1-2s and 5-6s", "out.mp4")
    assert s.args[s.args.index("-filter_complex") + 1] == (
        "[0:v:0]split=3[v1][v2][v3];"
        "[v1]trim=start=0:end=1,setpts=PTS-STARTPTS[v4];"
        "[v2]trim=start=2:end=5,setpts=PTS-STARTPTS[v5];"
        "[v3]trim=start=6:end=20,setpts=PTS-STARTPTS[v6];"
        "[v4][v5][v6]concat=n=3:v=1:a=0[v7];"
        "[0:a:0]asplit=3[a8][a9][a10];"
        "[a8]atrim=start=0:end=1,asetpts=PTS-STARTPTS[a11];"
        "[a9]atrim=start=2:end=5,asetpts=PTS-STARTPTS[a12];"
        "[a10]atrim=start=6:end=20,asetpts=PTS-STARTPTS[a13];"
        "[a11][a12][a13]concat=n=3:v=0:a=1[a14]"
    )
    assert s.expected == video(18.0)


def test_cutting_ranges_at_the_ends_keeps_only_the_middle() -> None:
    s = stage("cut out 0-2s and 18-20s", "out.mp4")
    assert s.args[5:9] == ("-ss", "2", "-t", "16")
    assert s.expected == video(16.0)


def test_a_loop_first_re_reads_the_input_and_holds_nothing() -> None:
    s = stage("repeat it twice", "out.mp4")
    assert list(s.args) == [
        *START, "-stream_loop", "1", *INPUT,
        "-map", "0:v:0", "-map", "0:a:0", *X264, *AAC, *MP4_END,
    ]  # fmt: skip
    assert s.expected == video(40.0)


def test_a_loop_after_another_edit_joins_copies() -> None:
    g = graph_of("make it black and white, loop it 3 times")
    assert g.startswith("[0:v:0]hue=s=0[v1];[v1]split=3[v2][v3][v4];")
    assert g.count("trim=start=0:end=20,") == 6  # 3 copies of picture and of sound
    assert "concat=n=3:v=1:a=0" in g and "concat=n=3:v=0:a=1" in g


def test_a_trim_after_a_loop_trims_the_looped_timeline() -> None:
    s = stage("loop it 3 times, trim the first 30 seconds", "out.mp4")
    assert s.args[5:7] == ("-stream_loop", "2")
    assert "-ss" not in s.args
    assert "trim=start=30:end=60" in s.args[s.args.index("-filter_complex") + 1]
    assert s.expected.duration == 30.0


def test_a_loop_after_a_leading_trim_does_not_loop_the_input() -> None:
    s = stage("keep 2s to 5s, repeat it twice", "out.mp4")
    assert "-stream_loop" not in s.args
    assert s.args[5:9] == ("-ss", "2", "-t", "3")
    assert s.expected.duration == 6.0


def test_frame_rate_is_an_fps_filter() -> None:
    s = stage("convert to 24fps", "out.mp4")
    assert s.args[s.args.index("-filter_complex") + 1] == "[0:v:0]fps=24[v1]"
    assert s.expected == video(20.0)
    assert predict(plan("convert to 24fps"), VIDEO).fps == 24.0


@pytest.mark.parametrize(
    ("prompt", "sped", "duration"),
    [
        (
            "slow down the part between 10s and 12s to half speed",
            "setpts=PTS/0.5,fps=source_fps[v5];",
            22.0,
        ),
        ("speed up 0:05 to 0:10 2x", "setpts=PTS/2,fps=source_fps[v5];", 17.5),
    ],
)
def test_ranged_speed_splits_changes_the_middle_and_joins(
    prompt: str, sped: str, duration: float
) -> None:
    g = graph_of(prompt)
    assert g.startswith("[0:v:0]split=3[v1][v2][v3];")
    assert sped in g
    audio = "atempo=0.5[a12]" if "0.5" in sped else "atempo=2[a12]"
    assert audio in g
    # before and after play untouched
    assert "[v4];" in g and "trim=start=0:end=" in g
    assert stage(prompt, "out.mp4").expected == video(duration)


def test_ranged_speed_from_the_start_has_two_parts() -> None:
    g = graph_of("speed it up 2x for the first 5 seconds")
    assert g.startswith("[0:v:0]split=2[v1][v2];[v1]trim=start=0:end=5,setpts=PTS-STARTPTS,")
    assert stage("speed it up 2x for the first 5 seconds", "out.mp4").expected.duration == 17.5


def test_freeze_holds_the_frame_and_delays_the_sound() -> None:
    s = stage("freeze the frame at 0:03 for 2 seconds", "out.mp4")
    g = s.args[s.args.index("-filter_complex") + 1]
    assert (
        "[v2]trim=start=3:end=20,setpts=PTS-STARTPTS,tpad=start_mode=clone:start_duration=2[v4]"
        in g
    )
    assert "[a7]atrim=start=3:end=20,asetpts=PTS-STARTPTS,adelay=delays=2000:all=1[a9]" in g
    assert s.expected == video(22.0)


# ---------------------------------------------------------------- snapshots: frame
@pytest.mark.parametrize(
    ("prompt", "graph", "size"),
    [
        ("crop to 640x360 from the top left", "[0:v:0]crop=640:360:0:0[v1]", (640, 360)),
        ("crop to 640x360", "[0:v:0]crop=640:360:320:180[v1]", (640, 360)),
        ("crop the bottom right 320x240", "[0:v:0]crop=320:240:960:480[v1]", (320, 240)),
        ("crop x=100 y=50 w=640 h=360", "[0:v:0]crop=640:360:100:50[v1]", (640, 360)),
        ("crop 100 pixels off each side", "[0:v:0]crop=1080:520:100:100[v1]", (1080, 520)),
        ("crop 10% off the left and right", "[0:v:0]crop=1024:720:128:0[v1]", (1024, 720)),
        (
            "fit it into 9:16 with black bars",
            "[0:v:0]scale=720:404:flags=bicubic,setsar=1,pad=720:1280:0:438:color=black[v1]",
            (720, 1280),
        ),
        ("pad to 1:1 with white", "[0:v:0]pad=1280:1280:0:280:color=white[v1]", (1280, 1280)),
        ("letterbox to 16:9", "[0:v:0]pad=1280:720:0:0:color=black[v1]", (1280, 720)),
        (
            "make it a TikTok",
            "[0:v:0]crop=404:720:438:0,scale=1080:1920:flags=bicubic,setsar=1[v1]",
            (1080, 1920),
        ),
        (
            "make it a tiktok with black bars",
            "[0:v:0]scale=1080:608:flags=bicubic,setsar=1,pad=1080:1920:0:656:color=black[v1]",
            (1080, 1920),
        ),
        (
            "make it an instagram post",
            "[0:v:0]crop=720:720:280:0,scale=1080:1080:flags=bicubic,setsar=1[v1]",
            (1080, 1080),
        ),
        (
            "format for youtube",
            "[0:v:0]crop=1280:720:0:0,scale=1920:1080:flags=bicubic,setsar=1[v1]",
            (1920, 1080),
        ),
    ],
)
def test_frame_geometry(prompt: str, graph: str, size: tuple[int, int]) -> None:
    s = stage(prompt, "out.mp4")
    assert s.args[s.args.index("-filter_complex") + 1] == graph
    assert s.expected == video(20.0, *size)


def test_a_vertical_source_is_pillarboxed_into_16_9() -> None:
    tall = VIDEO.model_copy(
        update={"video": VIDEO.video.model_copy(update={"width": 720, "height": 1280})}  # type: ignore[union-attr]
    )
    assert graph_of("letterbox to 16:9", tall) == (
        "[0:v:0]scale=404:720:flags=bicubic,setsar=1,pad=1280:720:438:0:color=black[v1]"
    )


# ---------------------------------------------------------------- refusals, with the facts
@pytest.mark.parametrize(
    ("prompt", "media", "message"),
    [
        (
            "keep 0:00-0:05 and 0:25-0:30",
            VIDEO,
            "the video is 20.0 s long; the range 0:25-0:30 starts after its end",
        ),
        ("cut out 1-2s and 15-25s", VIDEO, "the range 0:15-0:25 runs past its end"),
        ("cut out 0-10s and 10-20s", VIDEO, "would cut out the whole video"),
        ("keep 0-1s and 2-3s", PHOTO, "still image"),
        ("loop it 3 times", PHOTO, "still image"),
        ("convert to 24fps", SONG, "only sound"),
        ("make it 500 fps", VIDEO, "out of range; promptcut makes 1 to 240"),
        (
            "slow down the part between 25s and 30s to half speed",
            VIDEO,
            "20.0 s long and this starts at 25.0 s",
        ),
        ("freeze the frame at 0:30 for 2 seconds", VIDEO, "no frame at 30.0 s to freeze"),
        ("crop to 2000x360", VIDEO, "the picture is 1280x720, smaller than the 2000x360 area"),
        (
            "crop x=1000 y=0 w=640 h=360",
            VIDEO,
            "a 640x360 area at x=1000 runs 360 pixels past its right edge",
        ),
        (
            "crop 400 pixels off each side",
            VIDEO,
            "the picture is 1280x720; cropping .* leaves nothing",
        ),
        ("letterbox to 16:9", SONG, "only sound"),
        ("make it a tiktok", SONG, "only sound"),
    ],
)
def test_impossible_steps_are_refused_with_the_facts(
    prompt: str, media: MediaInfo, message: str
) -> None:
    with pytest.raises(InvalidRequest, match=message) as err:
        predict(plan(prompt), media)
    assert str(err.value).startswith(f"'{plan(prompt).steps[-1].task}'")


def test_a_loop_after_an_edit_refuses_what_would_not_fit_in_memory() -> None:
    long = VIDEO.model_copy(
        update={
            "duration": 3600.0,
            "video": VIDEO.video.model_copy(update={"width": 3840, "height": 2160}),  # type: ignore[union-attr]
        }
    )
    with pytest.raises(
        InvalidRequest, match=r"holds every frame of one pass in memory: 60:00.0 of 3840x2160"
    ):
        compile_plan(plan("make it black and white, loop it twice"), long, Path("out.mp4"))
    # the same loop first needs no memory
    assert compile_plan(plan("loop it twice, make it black and white"), long, Path("out.mp4"))


def test_describe_says_what_each_step_does() -> None:
    prompt = (
        "keep 0:00-0:05 and 0:10-0:15, cut out 1-2s and 3-4s, loop it 3 times, convert to 24fps, "
        "slow down the part between 1s and 2s to half speed, freeze the frame at 0:03 for 2 "
        "seconds, crop to 64x36 from the top left, crop 10 pixels off the top, letterbox to 16:9, "
        "make it a TikTok"
    )
    assert plan(prompt).describe() == [
        "keep 0-5 s, 10-15 s",
        "cut out 1-2 s, 3-4 s",
        "play 3 times",
        "24 fps",
        "speed ×0.5 from 1 s to 2 s",
        "freeze the frame at 3 s for 2 s",
        "crop to 64x36 (top-left)",
        "crop 10 px off the top",
        "fit into 16:9 with black bars",
        "tiktok format (9:16, 1080x1920, cropped)",
    ]
