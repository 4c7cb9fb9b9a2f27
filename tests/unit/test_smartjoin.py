"""Planning a join by copying, on made-up packet indexes: which clips can be joined packet for
packet, the reason when they cannot, and the commands and concat list the stage script runs."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction
from pathlib import Path

import pytest

from promptcut.media.info import MediaInfo, VideoStream
from promptcut.media.packets import NotIndexable, VideoIndex
from promptcut.operations import Clip, Graph, Operation
from promptcut.operations.join import Join
from promptcut.operations.look import Grayscale
from promptcut.operations.sound import Volume
from promptcut.operations.timeline import Cut, Trim
from promptcut.plan import Plan, Step
from promptcut.smartcut import Sound, plan_cut
from promptcut.smartjoin import (
    cut_join_commands,
    cut_join_list,
    join_commands,
    join_list,
    joined_spans,
    plan_cut_join,
    plan_join,
    windows,
)


def _index(frames: int = 60, fps: int = 30, **changes: object) -> VideoIndex:
    index = VideoIndex(
        path=Path("/in/src.mp4"),
        codec="h264",
        time_base=Fraction(1, 15360),
        fps=Fraction(fps),
        times=tuple(i / fps for i in range(frames)),
        idr=tuple(range(0, frames, 30)),
        width=1280,
        height=720,
        pix_fmt="yuv420p",
        profile="high",
        level=31,
        sar=Fraction(1),
        colors={},
        bframes=3,
        x264={},
        audio=True,
        audio_rate=48000,
        audio_bitrate=128_000,
    )
    return replace(index, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("other", "reason"),
    [
        (_index(width=640, height=360), "the clips differ in size: 1280x720 and 640x360"),
        (_index(fps=25), "the clips differ in frame rate: 30 fps and 25 fps"),
        (_index(profile="main"), "the clips differ in profile: high and main"),
        (_index(pix_fmt="yuv422p"), "the clips differ in pixel format: yuv420p and yuv422p"),
        (
            _index(time_base=Fraction(1, 90000)),
            "the clips differ in time base: 1/15360 and 1/90000",
        ),
        (_index(codec="hevc"), "the clips differ in codec: h264 and hevc"),
        (_index(idr=(10, 40)), "b.mp4 does not start on a keyframe a copy can start from"),
    ],
)
def test_clips_that_differ_are_not_joined_by_copying(other: VideoIndex, reason: str) -> None:
    with pytest.raises(NotIndexable, match="^" + reason.replace("(", r"\(") + "$"):
        plan_join([("main", _index()), ("b.mp4", other)])


def test_clips_made_alike_are_joined_in_order_each_for_its_exact_length() -> None:
    join = plan_join([("main", _index(60)), ("b.mp4", _index(45))], rate=48000)
    assert join.total_frames == 105 and join.duration == 3.5
    assert join_list(join) == (
        "ffconcat version 1.0\nfile 01-copy.ts\nduration 2.000000\n"
        "file 02-copy.ts\nduration 1.500000\n"
    )
    runs = join_commands(join, container="mp4")
    assert [r.what for r in runs] == [
        "copy the picture of the video (60 frames)",
        "copy the picture of b.mp4 (45 frames)",
        "the sound of every clip, as long as its picture",
        "join the pictures in order, each lasting exactly its frames, with the sound",
    ]
    assert "{input:b.mp4}" in runs[1].args and "h264_mp4toannexb" in runs[1].args
    sound = runs[2].args[runs[2].args.index("-filter_complex") + 1]
    assert "apad=whole_dur=1.500000,atrim=duration=1.500000[a1]" in sound
    assert runs[3].args[-5:-1] == ("-video_track_timescale", "15360", "-movflags", "+faststart")
    # decoded where the clips meet: the first and last GOP of each
    assert windows(join) == [(0, 105)]


def test_a_clip_without_sound_gets_silence_as_long_as_its_picture() -> None:
    join = plan_join([("main", _index(60)), ("b.mp4", _index(45, audio=False))], rate=48000)
    sound = join_commands(join)[2].args
    graph = sound[sound.index("-filter_complex") + 1]
    assert "anullsrc=r=48000:cl=stereo,atrim=duration=1.500000[a1]" in graph


def test_without_any_sound_the_join_has_none() -> None:
    join = plan_join([("main", _index(audio=False)), ("b.mp4", _index(audio=False))])
    assert [r.what for r in join_commands(join)][-1].startswith("join the pictures")
    assert "-map" in join_commands(join)[-1].args and "1:a:0" not in join_commands(join)[-1].args


def test_hevc_is_joined_as_hev1_and_never_from_hvc1() -> None:
    hev1 = _index(codec="hevc", profile="main", tag="hev1")
    join = plan_join([("main", hev1), ("b.mp4", hev1)])
    runs = join_commands(join, container="mp4")
    assert "hevc_mp4toannexb" in runs[0].args
    assert runs[-1].args[-3:-1] == ("-tag:v", "hev1")
    hvc1 = _index(codec="hevc", profile="main", tag="hvc1")
    with pytest.raises(NotIndexable, match=r"^b\.mp4 is HEVC stored as hvc1 for Apple's players"):
        plan_join([("main", hev1), ("b.mp4", hvc1)])


def _clip(name: str, seconds: float) -> MediaInfo:
    return MediaInfo(
        path=Path(f"/in/{name}"), container="mov,mp4,m4a,3gp,3g2,mj2", duration=seconds,
        size_bytes=1000,
        video=VideoStream(width=1280, height=720, fps=30.0, pix_fmt="yuv420p", codec="h264"),
    )  # fmt: skip


def _graph(**clips: float) -> Graph:
    graph = Graph(Clip(duration=10.0, has_video=True, has_audio=False, width=1280, height=720))
    for name, seconds in clips.items():
        graph.assets[f"{name}.mp4"] = _clip(f"{name}.mp4", seconds)
        graph.asset_files[f"{name}.mp4"] = Path(f"/in/{name}.mp4")
    return graph


def _steps(*ops: Operation) -> Plan:
    return Plan(steps=tuple(Step.of(f"step {n}", op) for n, op in enumerate(ops, 1)))


@pytest.mark.parametrize(
    ("ops", "pieces"),
    [
        # a trim of the video, then the clip after it
        ((Trim(start=2), Join(clips=("b.mp4",))), (("main", 2.0, 10.0), ("b.mp4", 0.0, 4.0))),
        # the clip first, then a cut across the two: 3-5 s of the joined 14 s
        (
            (Join(clips=("b.mp4",), at="start"), Cut(start=3, end=5)),
            (("b.mp4", 0.0, 3.0), ("main", 1.0, 10.0)),
        ),
        # a trim of the joined timeline keeps the end of the clip only
        ((Join(clips=("b.mp4",)), Trim(start=11)), (("b.mp4", 1.0, 4.0),)),
        # the sound and the container leave the timeline as it is
        ((Volume(db=-6), Join(clips=("b.mp4",))), (("main", 0.0, 10.0), ("b.mp4", 0.0, 4.0))),
    ],
)
def test_a_join_with_cuts_keeps_ranges_of_each_source_in_order(
    ops: tuple[Operation, ...], pieces: tuple[tuple[str, float, float], ...]
) -> None:
    assert joined_spans(_steps(*ops), _graph(b=4.0), 10.0) == pieces


def test_a_step_that_changes_the_picture_is_no_join_by_copying() -> None:
    plan = _steps(Trim(start=2), Grayscale(), Join(clips=("b.mp4",)))
    assert joined_spans(plan, _graph(b=4.0), 10.0) is None


def test_cuts_of_clips_that_differ_are_not_joined_by_copying() -> None:
    big = _index(width=640, height=360)
    with pytest.raises(NotIndexable, match="the clips differ in size: 1280x720 and 640x360"):
        plan_cut_join(
            [("main", plan_cut(_index(), [(0.5, 2.0)])), ("b.mp4", plan_cut(big, [(0, 2)]))]
        )


def test_the_parts_of_joined_cuts_are_numbered_on_and_listed_in_order() -> None:
    join = plan_cut_join(
        [("main", plan_cut(_index(), [(0.5, 2.0)])), ("b.mp4", plan_cut(_index(), [(0.0, 2.0)]))],
        rate=48000,
    )
    # main: frames 15-29 re-encoded, 30-59 copied; b.mp4: all 60 copied
    assert join.total_frames == 105 and join.copied_frames == 90
    assert cut_join_list(join).splitlines() == [
        "ffconcat version 1.0",
        "file 01-encode.ts", "duration 0.500000",
        "file 02-copy.ts", "duration 1.000000",
        "file 03-copy.ts", "duration 2.000000",
    ]  # fmt: skip
    runs = cut_join_commands(join, safe_input=())
    assert [r.what.split(" (")[0] for r in runs[:3]] == [
        "re-encode frames 15-29", "copy frames 30-59", "copy frames 0-59 of b.mp4",
    ]  # fmt: skip
    assert "{input:b.mp4}" in runs[2].args and "{part:03-copy.ts}" in runs[2].args
    sound = runs[3].args[runs[3].args.index("-filter_complex") + 1]
    # each clip's kept sound, as long as its picture, then the two in order
    assert "[0:a:0]atrim=start=0.500000:end=2.000000" in sound
    assert "apad=whole_dur=0.500000" not in sound and "apad=whole_dur=1.500000" in sound
    assert sound.endswith("[p0][p1]concat=n=2:v=0:a=1[sound]")


def test_sound_steps_after_a_join_apply_to_the_joined_sound() -> None:
    cuts = [("main", plan_cut(_index(), [(0.0, 2.0)])), ("b.mp4", plan_cut(_index(), [(0, 2)]))]
    louder = Sound(filters=("volume=6dB",), steps=("volume +6 dB",))
    runs = cut_join_commands(plan_cut_join(cuts, rate=48000, sound=louder))
    assert runs[-2].what.endswith("as long as its picture, then volume +6 dB")
    graph = runs[-2].args[runs[-2].args.index("-filter_complex") + 1]
    assert graph.endswith("[p0][p1]concat=n=2:v=0:a=1,volume=6dB[sound]")


def test_a_file_the_sound_steps_mix_in_is_the_input_after_the_first_clip() -> None:
    # the steps' graph reads it as input 1, as it would beside the video alone
    music = Sound(
        graph="[1:a:0]volume=-18dB[m];[kept][m]amix=inputs=2[mixed]",
        label="mixed",
        inputs=(("music.mp3", ("-stream_loop", "-1")),),
    )
    cuts = [("main", plan_cut(_index(), [(0.0, 2.0)])), ("b.mp4", plan_cut(_index(), [(0, 2)]))]
    args = cut_join_commands(plan_cut_join(cuts, rate=48000, sound=music))[-2].args
    inputs = [args[i + 1] for i, a in enumerate(args) if a == "-i"]
    assert inputs == ["{input:main}", "{input:music.mp3}", "{input:b.mp4}"]
    assert args[args.index("{input:music.mp3}") - 3 : args.index("{input:music.mp3}") - 1] == (
        "-stream_loop",
        "-1",
    )
    graph = args[args.index("-filter_complex") + 1]
    assert "[2:a:0]atrim" in graph and "concat=n=2:v=0:a=1[kept];[1:a:0]volume" in graph
    assert args[args.index("-map") + 1] == "[mixed]"


def test_a_mute_after_a_join_leaves_out_the_sound() -> None:
    cuts = [("main", plan_cut(_index(), [(0.0, 2.0)])), ("b.mp4", plan_cut(_index(), [(0, 2)]))]
    join = plan_cut_join(cuts, rate=48000, sound=Sound(keep=False))
    assert not join.has_sound
    assert not any("-filter_complex" in r.args for r in cut_join_commands(join))


def test_sound_steps_before_a_join_apply_to_the_videos_piece_alone() -> None:
    # b.mp4 first, the video second: the video's own steps follow its piece wherever it is
    cuts = [("b.mp4", plan_cut(_index(), [(0, 2)])), ("main", plan_cut(_index(), [(0.0, 2.0)]))]
    quieter = Sound(filters=("volume=-6dB",), steps=("volume -6 dB",))
    runs = cut_join_commands(plan_cut_join(cuts, rate=48000, video_sound=quieter))
    assert "; the video's own first volume -6 dB" in runs[-2].what
    graph = runs[-2].args[runs[-2].args.index("-filter_complex") + 1]
    b, main = graph.split("[p0];")
    assert "volume" not in b
    assert "concat=n=1:v=0:a=1,volume=-6dB,aresample=48000" in main


def test_a_mute_before_a_join_gives_the_video_silence_and_keeps_the_others_sound() -> None:
    cuts = [("main", plan_cut(_index(), [(0.0, 2.0)])), ("b.mp4", plan_cut(_index(), [(0, 2)]))]
    join = plan_cut_join(cuts, rate=48000, video_sound=Sound(keep=False))
    assert join.has_sound
    args = cut_join_commands(join)[-2].args
    assert [args[i + 1] for i, a in enumerate(args) if a == "-i"] == ["{input:b.mp4}"]
    graph = args[args.index("-filter_complex") + 1]
    assert graph.startswith("anullsrc=r=48000:cl=stereo,atrim=duration=2.000000[p0];[0:a:0]")


def test_a_file_mixed_into_the_videos_sound_before_a_join_is_not_joined_by_copying() -> None:
    cuts = [("main", plan_cut(_index(), [(0.0, 2.0)])), ("b.mp4", plan_cut(_index(), [(0, 2)]))]
    music = Sound(graph="[kept]anull[m]", label="m", inputs=(("music.mp3", ()),))
    with pytest.raises(NotIndexable, match="mixes another file into the video's own sound"):
        plan_cut_join(cuts, rate=48000, video_sound=music)
