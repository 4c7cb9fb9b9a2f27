"""Joining clips (issue 4): the filter graphs joins and transitions compile to, how other clips
are conformed to the video, the lengths each stage must produce, and the facts in refusals.

Media is described, not made: the compiler needs only MediaInfo, so no ffmpeg runs here."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_compile import AAC, MP4_END, START, X264, video

from promptcut.errors import InvalidRequest, UserError
from promptcut.media.ffmpeg import SAFE_INPUT_ARGS
from promptcut.media.info import AudioStream, MediaInfo, VideoStream
from promptcut.operations.join import XFADE, Join, Transition, style_of
from promptcut.plan import Plan
from promptcut.planner.offline import plan as plan_with
from promptcut.script_gen.compile import compile_plan, predict
from promptcut.stage import Stage

MP4 = "mov,mp4,m4a,3gp,3g2,mj2"


def _video(
    name: str,
    seconds: float,
    size: tuple[int, int] = (1280, 720),
    fps: float = 30.0,
    audio: tuple[int, int] | None = (48000, 2),
) -> MediaInfo:
    """A described video file: its length, size, frame rate and (rate, channels) of sound."""
    return MediaInfo(
        path=Path(f"/media/{name}"),
        container=MP4,
        duration=seconds,
        size_bytes=1_000_000,
        video=VideoStream(width=size[0], height=size[1], fps=fps, pix_fmt="yuv420p", codec="h264"),
        audio=AudioStream(codec="aac", sample_rate=audio[0], channels=audio[1]) if audio else None,
    )


MAIN = _video("in.mp4", 20.0)
# Another size, frame rate, sample rate and channel layout than MAIN.
CLIP2 = _video("clip2.mp4", 5.0, (640, 480), 25.0, (44100, 1))
SILENT = _video("b.mp4", 4.0, (1920, 1080), 60.0, None)
TITLE = MediaInfo(
    path=Path("/media/title.png"),
    container="png_pipe",
    duration=0.0,
    size_bytes=50_000,
    video=VideoStream(width=800, height=600, fps=0.0, pix_fmt="rgb24", codec="png"),
    is_image=True,
)
SONG = MediaInfo(
    path=Path("/media/song.mp4"),
    container=MP4,
    duration=30.0,
    size_bytes=300_000,
    audio=AudioStream(codec="aac", sample_rate=44100, channels=2),
)
ASSETS = {"clip2.mp4": CLIP2, "b.mp4": SILENT, "title.png": TITLE, "song.mp4": SONG}

# How every other clip is brought to MAIN's picture: fitted, padded, square pixels, its rate.
FIT = (
    "scale=1280:720:force_original_aspect_ratio=decrease:force_divisible_by=2:flags=bicubic,"
    "pad=1280:720:(ow-iw)/2:(oh-ih)/2,setsar=1"
)
TAIL = "fps=30,format=yuv420p,settb=AVTB"


def sound(seconds: str) -> str:
    """How every piece's sound is brought to MAIN's: its rate and layout, exactly its length."""
    return (
        "aresample=48000,aformat=sample_rates=48000:channel_layouts=stereo,"
        f"apad=whole_dur={seconds},atrim=duration={seconds}"
    )


def plan(prompt: str, duration: float | None = 20.0) -> Plan:
    return plan_with(prompt, duration, list(ASSETS))


def stage(prompt: str, output: str = "out.mp4", media: MediaInfo = MAIN) -> Stage:
    stages = compile_plan(plan(prompt, media.duration), media, Path(output), assets=ASSETS)
    assert len(stages) == 1  # a join is one more input of the same single ffmpeg run
    return stages[0]


def graph_of(prompt: str, media: MediaInfo = MAIN) -> list[str]:
    s = stage(prompt, media=media)
    return s.args[s.args.index("-filter_complex") + 1].split(";")


def asset_input(name: str) -> list[str]:
    return [*SAFE_INPUT_ARGS, "-i", "{input:" + name + "}"]


# ---------------------------------------------------------------- joins
def test_append_conforms_the_clip_and_concatenates_in_one_run() -> None:
    s = stage("add clip2.mp4 after the video")
    assert list(s.args) == [
        *START, *SAFE_INPUT_ARGS, "-i", "{input:main}", *asset_input("clip2.mp4"),
        "-filter_complex",
        ";".join([
            f"[0:v:0]setsar=1,{TAIL}[v1]",
            f"[0:a:0]{sound('20')}[a2]",
            f"[1:v:0]{FIT},{TAIL}[v3]",
            f"[1:a:0]{sound('5')}[a4]",
            "[v1][a2][v3][a4]concat=n=2:v=1:a=1[v5][a6]",
        ]),
        "-map", "[v5]", "-map", "[a6]",
        *X264, *AAC, *MP4_END,
    ]  # fmt: skip
    assert s.expected == video(25.0)
    assert s.inputs == {"main": MAIN.path, "clip2.mp4": CLIP2.path}


def test_prepend_puts_the_clip_first() -> None:
    g = graph_of("put clip2.mp4 at the start")
    assert g[-1] == "[v1][a2][v3][a4]concat=n=2:v=1:a=1[v5][a6]"
    assert g[0].startswith("[1:v:0]") and g[2].startswith("[0:v:0]")


def test_several_clips_play_in_the_order_named() -> None:
    s = stage("join clip2.mp4, title.png and b.mp4 in that order")
    g = s.args[s.args.index("-filter_complex") + 1].split(";")
    assert [a for a in s.args if a.startswith("{input:")] == [
        "{input:main}",
        "{input:clip2.mp4}",
        "{input:title.png}",
        "{input:b.mp4}",
    ]
    assert g[-1] == "[v1][a2][v3][a4][v5][a6][v7][a8]concat=n=4:v=1:a=1[v9][a10]"
    assert s.expected.duration == 20 + 5 + 3 + 4


def test_a_clip_without_sound_gets_silence_of_its_length() -> None:
    g = graph_of("add b.mp4 at the end")
    assert "anullsrc=r=48000:cl=stereo,atrim=duration=4[a4]" in g
    assert g[-1] == "[v1][a2][v3][a4]concat=n=2:v=1:a=1[v5][a6]"


def test_a_silent_video_gets_silence_when_a_clip_brings_sound() -> None:
    main = _video("in.mp4", 10.0, audio=None)
    s = stage("add clip2.mp4 at the end", media=main)
    g = s.args[s.args.index("-filter_complex") + 1].split(";")
    # the sound takes the first clip's rate and layout
    assert "anullsrc=r=44100:cl=mono,atrim=duration=10[a2]" in g
    assert s.expected == video(15.0)


def test_no_sound_anywhere_joins_pictures_only() -> None:
    main = _video("in.mp4", 10.0, audio=None)
    s = stage("add b.mp4 at the end", media=main)
    g = s.args[s.args.index("-filter_complex") + 1].split(";")
    assert g[-1] == "[v1][v2]concat=n=2:v=1:a=0[v3]"
    assert s.expected == video(14.0, audio=False)


def test_a_muted_join_builds_no_sound() -> None:
    g = graph_of("add clip2.mp4 at the end and mute it")
    assert not any(f in ";".join(g) for f in (":a:0]", "anullsrc", "aresample"))
    assert g[-1] == "[v1][v2]concat=n=2:v=1:a=0[v3]"


def test_joined_sound_alone_for_an_audio_file() -> None:
    s = stage("add clip2.mp4 at the end", "out.mp3")
    g = s.args[s.args.index("-filter_complex") + 1]
    assert ":v:0]" not in g
    assert g.endswith("[a1][a2]concat=n=2:v=0:a=1[a3]")
    assert s.expected.kind == "audio" and s.expected.duration == 25.0


def test_a_still_image_is_held_for_its_seconds() -> None:
    g = graph_of("put title.png at the start for 4 seconds")
    assert g[0] == (f"[1:v:0]{FIT},tpad=stop_mode=clone:stop_duration=4,{TAIL},trim=duration=4[v1]")
    assert g[1] == "anullsrc=r=48000:cl=stereo,atrim=duration=4[a2]"
    assert stage("put title.png at the start").expected.duration == 23.0  # 3 s unless told


def test_an_odd_sized_video_loses_its_last_row_and_column() -> None:
    main = _video("in.mp4", 10.0, (321, 241))
    s = stage("add clip2.mp4 at the end", media=main)
    g = s.args[s.args.index("-filter_complex") + 1].split(";")
    assert g[0].startswith("[0:v:0]crop=320:240:0:0,setsar=1,")
    assert "scale=320:240:" in g[2]
    assert (s.expected.width, s.expected.height) == (320, 240)


def test_steps_after_a_join_work_on_the_joined_video() -> None:
    s = stage("add clip2.mp4 at the end, then make it black and white")
    g = s.args[s.args.index("-filter_complex") + 1].split(";")
    assert g[-1] == "[v5]hue=s=0[v7]"
    assert s.expected.duration == 25.0


def test_join_them_takes_every_video_given_in_order() -> None:
    # the image and the sound file are not clips unless named
    g = graph_of("join them")
    assert g[-1] == "[v1][a2][v3][a4][v5][a6]concat=n=3:v=1:a=1[v7][a8]"
    s = stage("join them")
    assert [a for a in s.args if a.startswith("{input:")][1:3] == [
        "{input:clip2.mp4}",
        "{input:b.mp4}",
    ]


def test_the_plan_names_the_files_it_reads() -> None:
    p = plan("put clip2.mp4 at the start, add b.mp4 at the end")
    assert [s.inputs for s in p.steps] == [("clip2.mp4",), ("b.mp4",)]


# ---------------------------------------------------------------- transitions
def test_a_crossfade_overlaps_the_clips_and_their_sound() -> None:
    s = stage("combine with clip2.mp4 with a 2 second crossfade")
    g = s.args[s.args.index("-filter_complex") + 1].split(";")
    assert g == [
        "[0:v:0]setsar=1,fps=30,format=yuv420p,settb=AVTB[v1]",
        f"[0:a:0]{sound('20')}[a2]",
        f"[1:v:0]{FIT},{TAIL}[v3]",
        f"[1:a:0]{sound('5')}[a4]",
        # the overlap starts 2 s before the video's end
        "[v1][v3]xfade=transition=fade:duration=2:offset=18[v5]",
        "[a2][a4]acrossfade=d=2[a6]",
    ]
    assert s.expected == video(23.0)


def test_each_transition_starts_on_the_timeline_as_it_is_at_that_step() -> None:
    g = graph_of("join clip2.mp4 and b.mp4 with 1.5 second wipes to the right")
    assert "[v1][v3]xfade=transition=wiperight:duration=1.5:offset=18.5[v7]" in g
    # 20 + 5 - 1.5 = 23.5 s joined so far, so the second overlap starts at 22
    assert "[v7][v5]xfade=transition=wiperight:duration=1.5:offset=22[v9]" in g
    assert stage("trim the first 5 seconds, then fade into clip2.mp4").args.count("-ss") == 1
    g = graph_of("trim the first 5 seconds, then fade into clip2.mp4")
    assert "[v1][v3]xfade=transition=fade:duration=1:offset=14[v5]" in g
    assert stage("join clip2.mp4 and b.mp4 with 1.5 second wipes").expected.duration == 26.0


def test_a_transition_from_a_clip_into_the_video() -> None:
    s = stage("fade from clip2.mp4 into the video")
    g = s.args[s.args.index("-filter_complex") + 1].split(";")
    assert "[v1][v3]xfade=transition=fade:duration=1:offset=4[v5]" in g
    assert g[0].startswith("[1:v:0]")
    assert s.expected.duration == 24.0


def test_a_transition_into_a_still_image() -> None:
    g = graph_of("add title.png at the end with a dissolve")
    assert "[v1][v3]xfade=transition=dissolve:duration=1:offset=19[v5]" in g
    assert "[a2][a4]acrossfade=d=1[a6]" in g


@pytest.mark.parametrize(
    ("prompt", "message"),
    [
        (
            "combine with clip2.mp4 with a 6 second crossfade",
            r"'combine with clip2.mp4 with a 6 second crossfade': a 6 s transition is longer "
            r"than clip2.mp4 \(5.0 s\)",
        ),
        (
            "put clip2.mp4 at the start with a 30 second dissolve",
            r"a 30 s transition is longer than clip2.mp4 \(5.0 s\)",
        ),
        (
            "join clip2.mp4 and b.mp4 with 3 second crossfades",
            r"clip2.mp4 is 5.0 s long, too short for a 3 s transition at each end",
        ),
        (
            "put title.png at the end for 1 second with a 2 second crossfade",
            r"a 2 s transition is longer than title.png \(1.0 s\)",
        ),
    ],
)
def test_a_transition_longer_than_a_clip_is_refused_with_the_lengths(
    prompt: str, message: str
) -> None:
    with pytest.raises(InvalidRequest, match=message):
        stage(prompt)


def test_a_transition_longer_than_the_video_is_refused() -> None:
    short = _video("in.mp4", 1.5)
    with pytest.raises(InvalidRequest, match=r"longer than the video \(1.5 s\)"):
        predict(plan("fade into clip2.mp4 over 2 seconds", 1.5), short, ASSETS)


# ---------------------------------------------------------------- other refusals
@pytest.mark.parametrize(
    ("prompt", "media", "message"),
    [
        ("add song.mp4 at the end", MAIN, "song.mp4 has no picture, so it cannot be joined"),
        ("add clip2.mp4 at the end", TITLE, "the input is a still image"),
        ("add clip2.mp4 at the end", SONG, "the input has only sound"),
        (
            "add clip2.mp4 at the end for 2 seconds",
            MAIN,
            "'for 2 seconds' says how long a still image is shown, but clip2.mp4 is a video",
        ),
    ],
)
def test_what_cannot_be_joined_is_refused(prompt: str, media: MediaInfo, message: str) -> None:
    with pytest.raises(InvalidRequest, match=message):
        predict(plan(prompt, media.duration or None), media, ASSETS)


def test_join_them_with_nothing_given_says_how_to_give_clips() -> None:
    with pytest.raises(InvalidRequest, match="give them with --asset"):
        predict(plan_with("join them", 20.0, []), MAIN, {})


def test_a_file_that_was_not_given_is_refused_before_anything_runs() -> None:
    with pytest.raises(InvalidRequest, match=r"add it with --asset intro\.mp4"):
        plan_with("add intro.mp4 at the start", 20.0, [])


def test_a_direction_a_transition_does_not_have_is_refused_at_planning() -> None:
    with pytest.raises(ValueError, match="'crossfade left' is not a transition"):
        style_of("crossfade left")
    with pytest.raises(UserError, match="a crossfade to the left"):
        plan("add clip2.mp4 at the end with a crossfade to the left")


def test_a_one_letter_file_name_does_not_swallow_the_word_a() -> None:
    p = plan_with("join them with a crossfade", 20.0, ["a.mp4", "b.mp4"])
    assert [(s.op, s.params) for s in p.steps] == [("transition", {})]


# ---------------------------------------------------------------- words
@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("crossfade", "fade"),
        ("Cross-Fades", "fade"),
        ("cross dissolve", "fade"),
        ("dissolve", "dissolve"),
        ("dissolves", "dissolve"),
        ("fade to black", "fadeblack"),
        ("dip to white", "fadewhite"),
        ("wipe", "wipeleft"),
        ("wipe right", "wiperight"),
        ("left to right wipe", "wiperight"),
        ("up wipe", "wipeup"),
        ("slide down", "slidedown"),
        ("push right", "slideright"),
        ("zoom in", "zoomin"),
        ("pixelate", "pixelize"),
        ("circle close", "circleclose"),
    ],
)
def test_peoples_words_for_transitions(words: str, name: str) -> None:
    assert style_of(words) == name


def test_every_xfade_transition_can_be_asked_for_by_name() -> None:
    assert all(style_of(name) == name for name in XFADE)
    assert "custom" not in XFADE  # it needs an expression promptcut does not take


def test_steps_read_as_people_say_them() -> None:
    assert Join(clips=("outro.mp4",)).describe() == "join outro.mp4 after the video"
    assert Join(clips=("a.mp4", "b.mp4"), at="start").describe() == (
        "join a.mp4, b.mp4 before the video"
    )
    assert Transition(clips=("outro.mp4",), seconds=2, style="wipeleft").describe() == (
        "join outro.mp4 after the video with a 2 s wipeleft transition"
    )
    assert Join().describe() == "join every clip given after the video"


def test_an_ntsc_frame_rate_is_kept_exact() -> None:
    main = _video("in.mp4", 10.0, fps=29.97003)
    g = graph_of("add clip2.mp4 at the end", media=main)
    assert g[0] == "[0:v:0]setsar=1,fps=30000/1001,format=yuv420p,settb=AVTB[v1]"
