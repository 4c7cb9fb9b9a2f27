"""The stage compiler's ffmpeg commands, as readable snapshots, and what each stage must produce.

Media is described, not made: the compiler needs only a MediaInfo, so no ffmpeg runs here."""

from __future__ import annotations

import ast
import itertools
from pathlib import Path

import pytest

from promptcut.errors import InvalidRequest, NotUnderstood
from promptcut.media.ffmpeg import SAFE_INPUT_ARGS
from promptcut.media.info import AudioStream, MediaInfo, VideoStream
from promptcut.operations.text import Text
from promptcut.plan import Plan, Step
from promptcut.planner.offline import plan
from promptcut.script_gen.compile import choose_format, compile_plan, predict
from promptcut.script_gen.script import render_script
from promptcut.stage import Expected, Stage

VIDEO = MediaInfo(
    path=Path("/media/in.mp4"),
    container="mov,mp4,m4a,3gp,3g2,mj2",
    duration=20.0,
    size_bytes=2_000_000,
    video=VideoStream(width=1280, height=720, fps=30.0, pix_fmt="yuv420p", codec="h264"),
    audio=AudioStream(codec="aac", sample_rate=48000, channels=2, layout="stereo"),
)
SONG = MediaInfo(
    path=Path("/media/song.m4a"),
    container="mov,mp4,m4a,3gp,3g2,mj2",
    duration=20.0,
    size_bytes=300_000,
    audio=AudioStream(codec="aac", sample_rate=44100, channels=2, layout="stereo"),
)
PHOTO = MediaInfo(
    path=Path("/media/photo.png"),
    container="png_pipe",
    duration=0.0,
    size_bytes=50_000,
    video=VideoStream(width=1280, height=720, fps=0.0, pix_fmt="rgb24", codec="png"),
    is_image=True,
)

# The fixed parts of every command, spelled out once.
START = ["-hide_banner", "-nostdin", "-y", "-loglevel", "warning"]
INPUT = [*SAFE_INPUT_ARGS, "-i", "{input:main}"]
X264 = ["-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-pix_fmt", "yuv420p"]
AAC = ["-c:a", "aac", "-b:a", "192k"]
MP4_END = ["-movflags", "+faststart", "-map_chapters", "-1", "{output}"]
END = ["-map_chapters", "-1", "{output}"]


def stage(prompt: str, output: str, media: MediaInfo = VIDEO) -> Stage:
    stages = compile_plan(plan(prompt), media, Path(output))
    assert len(stages) == 1  # catalogue steps fuse into one ffmpeg run
    return stages[0]


def video(duration: float, width: int = 1280, height: int = 720, audio: bool = True) -> Expected:
    return Expected(
        kind="video",
        has_video=True,
        has_audio=audio,
        duration=duration,
        width=width,
        height=height,
    )


# ---------------------------------------------------------------- snapshots
def test_quick_start_edit_seeks_then_filters_once() -> None:
    s = stage("cut the first 2 seconds, make it black and white and speed it up 2x", "out.mp4")
    assert list(s.args) == [
        *START, "-ss", "2", *INPUT,
        "-filter_complex",
        "[0:v:0]hue=s=0,setpts=PTS/2,fps=source_fps[v1];[0:a:0]atempo=2[a2]",
        "-map", "[v1]", "-map", "[a2]",
        *X264, *AAC, *MP4_END,
    ]  # fmt: skip
    assert s.expected == video(9.0)
    assert s.title == "trim, grayscale, speed"
    assert s.steps == (1, 2, 3)
    assert s.inputs == {"main": VIDEO.path}


def test_a_leading_trim_is_an_input_seek_with_no_filters() -> None:
    s = stage("keep 2s to 5s", "out.mp4")
    assert list(s.args) == [
        *START, "-ss", "2", "-t", "3", *INPUT,
        "-map", "0:v:0", "-map", "0:a:0",
        *X264, *AAC, *MP4_END,
    ]  # fmt: skip
    assert s.expected == video(3.0)


def test_keeping_the_last_seconds_seeks_from_the_end() -> None:
    s = stage("keep the last 5 seconds", "out.mp4")
    assert s.args[5:7] == ("-ss", "15")
    assert "-t" not in s.args
    assert s.expected.duration == 5.0


def test_a_trim_after_another_filter_becomes_trim_filters_in_both_streams() -> None:
    s = stage("make it black and white, keep 2s to 5s", "out.mp4")
    assert list(s.args) == [
        *START, *INPUT,
        "-filter_complex",
        "[0:v:0]hue=s=0,trim=start=2:end=5,setpts=PTS-STARTPTS[v1];"
        "[0:a:0]atrim=start=2:end=5,asetpts=PTS-STARTPTS[a2]",
        "-map", "[v1]", "-map", "[a2]",
        *X264, *AAC, *MP4_END,
    ]  # fmt: skip
    assert "-ss" not in s.args
    assert s.expected == video(3.0)


def test_cutting_out_the_middle_splits_and_joins_both_streams() -> None:
    s = stage("cut out 5s to 8s", "out.mp4")
    assert list(s.args) == [
        *START, *INPUT,
        "-filter_complex",
        "[0:v:0]split=2[v1][v2];"
        "[v1]trim=start=0:end=5,setpts=PTS-STARTPTS[v3];"
        "[v2]trim=start=8:end=20,setpts=PTS-STARTPTS[v4];"
        "[v3][v4]concat=n=2:v=1:a=0[v5];"
        "[0:a:0]asplit=2[a6][a7];"
        "[a6]atrim=start=0:end=5,asetpts=PTS-STARTPTS[a8];"
        "[a7]atrim=start=8:end=20,asetpts=PTS-STARTPTS[a9];"
        "[a8][a9]concat=n=2:v=0:a=1[a10]",
        "-map", "[v5]", "-map", "[a10]",
        *X264, *AAC, *MP4_END,
    ]  # fmt: skip
    assert s.expected == video(17.0)


@pytest.mark.parametrize(
    ("prompt", "graph", "duration"),
    [
        (
            "speed it up 4x",
            "[0:v:0]setpts=PTS/4,fps=source_fps[v1];[0:a:0]atempo=2,atempo=2[a2]",
            5.0,
        ),
        (
            "quarter speed",
            "[0:v:0]setpts=PTS/0.25,fps=source_fps[v1];[0:a:0]atempo=0.5,atempo=0.5[a2]",
            80.0,
        ),
        (
            "speed it up 3x",
            "[0:v:0]setpts=PTS/3,fps=source_fps[v1];[0:a:0]atempo=2,atempo=1.5[a2]",
            6.667,
        ),
        (
            "play at 1.5x speed",
            "[0:v:0]setpts=PTS/1.5,fps=source_fps[v1];[0:a:0]atempo=1.5[a2]",
            13.333,
        ),
    ],
)
def test_speed_chains_atempo_within_its_range(prompt: str, graph: str, duration: float) -> None:
    s = stage(prompt, "out.mp4")
    assert s.args[s.args.index("-filter_complex") + 1] == graph
    for f in graph.split("[0:a:0]")[1].removesuffix("[a2]").split(","):
        assert 0.5 <= float(f.removeprefix("atempo=")) <= 2
    assert s.expected == video(duration)


def test_a_fade_out_after_speed_starts_near_the_new_end() -> None:
    s = stage("speed it up 2x, fade out over 2 seconds", "out.mp4")
    assert s.args[s.args.index("-filter_complex") + 1] == (
        "[0:v:0]setpts=PTS/2,fps=source_fps,fade=t=out:st=8:d=2[v1];"
        "[0:a:0]atempo=2,afade=t=out:st=8:d=2[a2]"
    )
    assert s.expected == video(10.0)


def test_mute_maps_no_audio_and_copies_the_untouched_picture() -> None:
    s = stage("mute it", "out.mp4")
    assert list(s.args) == [*START, *INPUT, "-map", "0:v:0", "-c:v", "copy", *MP4_END]
    assert s.expected == video(20.0, audio=False)


def test_an_untouched_stream_is_copied_only_when_nothing_changes_it() -> None:
    def pairs(prompt: str, output: str) -> set[tuple[str, str]]:
        args = stage(prompt, output).args
        return set(itertools.pairwise(args))

    assert ("-c:v", "copy") in pairs("make it louder", "out.mp4")
    assert ("-c:a", "copy") in pairs("make it black and white", "out.mp4")
    # A seek would cut between keyframes, a quality or size request re-encodes: no copies.
    for prompt in (
        "trim the first 2 seconds, make it louder",
        "make it louder, export in high quality",
        "make it louder and re-encode it",
    ):
        assert ("-c:v", "copy") not in pairs(prompt, "out.mp4")
    # "re-encode it" encodes the picture and the sound though nothing changes them.
    assert not {("-c:v", "copy"), ("-c:a", "copy")} & pairs("re-encode it", "out.mp4")
    # webm holds neither h264 nor aac: both are encoded.
    assert not {("-c:v", "copy"), ("-c:a", "copy")} & pairs("make it louder", "out.webm")


def test_mute_drops_pending_audio_filters() -> None:
    s = stage("make it louder, reverse it, mute it", "out.mp4")
    assert s.args[s.args.index("-filter_complex") + 1] == "[0:v:0]reverse[v1]"
    assert "-c:a" not in s.args


def test_mute_after_a_cut_builds_no_audio_branch_at_all() -> None:
    s = stage("cut out 5s to 8s, mute it", "out.mp4")
    graph = s.args[s.args.index("-filter_complex") + 1]
    assert "atrim" not in graph and "anullsink" not in graph
    assert [s.args[i + 1] for i, a in enumerate(s.args) if a == "-map"] == ["[v5]"]
    assert s.expected == video(17.0, audio=False)


def test_an_audio_file_builds_no_video_branch() -> None:
    s = stage("cut out 5s to 8s", "out.mp3")
    graph = s.args[s.args.index("-filter_complex") + 1]
    assert "trim=" not in graph.replace("atrim=", "")
    assert [s.args[i + 1] for i, a in enumerate(s.args) if a == "-map"] == ["[a5]"]


@pytest.mark.parametrize(
    ("output", "codec"),
    [
        ("out.mp3", ["-c:a", "libmp3lame", "-q:a", "2"]),
        ("out.wav", ["-c:a", "pcm_s16le"]),
    ],
)
def test_converting_to_audio_maps_only_the_sound(output: str, codec: list[str]) -> None:
    s = stage(f"convert it to {output.split('.')[1]}", output)
    assert list(s.args) == [*START, *INPUT, "-map", "0:a:0", *codec, "-vn", *END]
    assert s.expected == Expected(kind="audio", has_video=False, has_audio=True, duration=20.0)


def test_audio_output_downmixes_surround_for_mp3() -> None:
    surround = VIDEO.model_copy(
        update={"audio": AudioStream(codec="ac3", sample_rate=48000, channels=6)}
    )
    s = stage("export the audio as mp3", "out.mp3", surround)
    assert s.args[-6:-3] == ("-vn", "-ac", "2")


def test_gif_has_a_palette_a_low_rate_and_a_small_width() -> None:
    s = stage("make it a gif", "out.gif")
    assert list(s.args) == [
        *START, *INPUT,
        "-filter_complex",
        "[0:v:0]fps=12,scale=480:270:flags=lanczos[v1];"
        "[v1]split[v2_a][v2_b];[v2_a]palettegen=stats_mode=diff[v2_pal];"
        "[v2_b][v2_pal]paletteuse=dither=bayer:bayer_scale=5[v2]",
        "-map", "[v2]", "-loop", "0", *END,
    ]  # fmt: skip
    assert s.expected == video(20.0, width=480, height=270, audio=False)


def test_a_small_gif_keeps_its_width() -> None:
    s = stage("resize to 320x180, make it a gif", "out.gif")
    graph = s.args[s.args.index("-filter_complex") + 1]
    assert graph.startswith("[0:v:0]scale=320:180:flags=bicubic,setsar=1,fps=12[v1];")
    assert s.expected.width == 320


@pytest.mark.parametrize(
    ("output", "codec"),
    [
        ("out.png", ["-c:v", "png"]),
        ("out.jpg", ["-c:v", "mjpeg", "-q:v", "2", "-pix_fmt", "yuvj420p"]),
    ],
)
def test_an_image_from_a_video_is_one_frame_without_sound(output: str, codec: list[str]) -> None:
    s = stage(f"save it as {output.split('.')[1]}", output)
    assert list(s.args) == [
        *START, *INPUT, "-map", "0:v:0", *codec, "-frames:v", "1", "-update", "1", *END,
    ]  # fmt: skip
    assert s.expected == Expected(
        kind="image", has_video=True, has_audio=False, duration=None, width=1280, height=720
    )


def test_audio_only_input() -> None:
    s = stage("trim the first 2 seconds, make it louder", "out.m4a", SONG)
    assert list(s.args) == [
        *START, "-ss", "2", *INPUT,
        "-filter_complex", "[0:a:0]volume=6dB[a1]",
        "-map", "[a1]", *AAC, "-vn", *MP4_END,
    ]  # fmt: skip
    assert s.expected == Expected(kind="audio", has_video=False, has_audio=True, duration=18.0)


def test_image_input_names_its_format_and_turns() -> None:
    s = stage("make it black and white, rotate left", "out.png", PHOTO)
    assert list(s.args) == [
        *START, *SAFE_INPUT_ARGS, "-f", "png_pipe", "-i", "{input:main}",
        "-filter_complex", "[0:v:0]hue=s=0,transpose=cclock[v1]",
        "-map", "[v1]", "-c:v", "png", "-frames:v", "1", "-update", "1", *END,
    ]  # fmt: skip
    assert s.expected == Expected(
        kind="image", has_video=True, has_audio=False, duration=None, width=720, height=1280
    )


# ---------------------------------------------------------------- checks before compiling
@pytest.mark.parametrize(
    ("prompt", "media", "message"),
    [
        ("trim the first 30 seconds", VIDEO, "20.0 s long and this starts at 30.0 s"),
        ("cut out 25s to 30s", VIDEO, "starts at 25.0 s, after its end"),
        ("speed it up 2x", PHOTO, "still image"),
        ("make it black and white", SONG, "only sound"),
        ("mute it", SONG, "only sound"),
        ("make it louder", PHOTO, "no audio track"),
        ("speed it up 1000x", VIDEO, "out of range"),
    ],
)
def test_impossible_steps_are_refused_with_the_facts(
    prompt: str, media: MediaInfo, message: str
) -> None:
    with pytest.raises(InvalidRequest, match=message) as err:
        predict(plan(prompt), media)
    assert str(err.value).startswith(f"'{plan(prompt).steps[-1].task}'")


def test_predict_follows_every_step() -> None:
    clip = predict(plan("trim the first 4s, speed it up 2x, make it 9:16, mute it"), VIDEO)
    assert (clip.duration, clip.width, clip.height, clip.has_audio) == (8.0, 404, 720, False)


# ---------------------------------------------------------------- output formats
@pytest.mark.parametrize(
    ("prompt", "media", "requested", "ext"),
    [
        ("mute it", VIDEO, "mov", "mov"),  # -o extension wins
        ("mute it", VIDEO, "MKV", "mkv"),
        ("save it as a gif", VIDEO, "gif", "gif"),  # request and -o agree
        ("save it as a gif", VIDEO, None, "gif"),  # request alone
        ("save it as a jpeg", VIDEO, "jpg", "jpg"),  # jpeg and jpg are one format
        ("mute it", VIDEO, None, "mp4"),  # the input's own kind
        ("mute it", VIDEO.model_copy(update={"path": Path("in.webm")}), None, "webm"),
        ("mute it", VIDEO.model_copy(update={"path": Path("in.avi")}), None, "mp4"),
        ("make it louder", SONG, None, "m4a"),
        ("make it louder", SONG.model_copy(update={"path": Path("s.mp3")}), None, "mp3"),
        ("make it black and white", PHOTO, None, "png"),
        ("make it black and white", PHOTO.model_copy(update={"path": Path("p.jpeg")}), None, "jpg"),
    ],
)
def test_choose_format(prompt: str, media: MediaInfo, requested: str | None, ext: str) -> None:
    assert choose_format(plan(prompt), media, requested).ext == ext


def test_request_and_output_name_must_agree() -> None:
    with pytest.raises(
        InvalidRequest, match=r"asks for a \.gif file but the output is named \.mp4"
    ):
        choose_format(plan("save it as a gif"), VIDEO, "mp4")


@pytest.mark.parametrize(
    ("prompt", "output", "lost"),
    [
        ("make it black and white", "mp3", "the sound alone, which has no picture"),
        ("make it louder", "gif", "a GIF, which has no sound"),
        ("make it louder", "png", "a still picture, which has no sound"),
    ],
)
def test_an_output_that_cannot_hold_a_step_is_refused(prompt: str, output: str, lost: str) -> None:
    with pytest.raises(InvalidRequest, match=f"the result is {lost}: '{prompt}' would be lost"):
        choose_format(plan(prompt), VIDEO, output)
    # (sound alone keeps what is done to the sound, and a GIF what is done to the picture)
    assert choose_format(plan("make it black and white"), VIDEO, "gif").ext == "gif"
    assert choose_format(plan("make it louder"), VIDEO, "mp3").ext == "mp3"


def test_two_file_types_in_one_request_are_refused() -> None:
    # (the offline planner asks which one first; a plan from elsewhere is refused here)
    with pytest.raises(NotUnderstood, match="the result has one format"):
        plan("save it as a gif, convert it to webm")
    two = Plan(
        steps=(
            Step(task="save it as a gif", op="convert", params={"format": "gif"}),
            Step(task="convert it to webm", op="convert", params={"format": "webm"}),
        )
    )
    with pytest.raises(InvalidRequest, match="more than one file type: gif, webm"):
        choose_format(two, VIDEO)


@pytest.mark.parametrize(
    ("prompt", "media", "output", "message"),
    [
        ("make it black and white", PHOTO, "out.mp4", r"still image; save the result as \.png"),
        ("make it black and white", PHOTO, "out.mp3", "still image"),
        ("make it louder", SONG, "out.mp4", r"no picture, so it cannot become a \.mp4 video"),
        ("make it louder", SONG, "out.png", r"no picture to save as a \.png"),
        ("mute it", VIDEO, "out.mp3", r"no sound left to save as \.mp3"),
        ("mute it", VIDEO, "out.avi", r"cannot write \.avi"),
    ],
)
def test_outputs_that_cannot_hold_the_result(
    prompt: str, media: MediaInfo, output: str, message: str
) -> None:
    with pytest.raises(InvalidRequest, match=message):
        compile_plan(plan(prompt), media, Path(output))


# ---------------------------------------------------------------- the stage script
def test_script_compiles_and_names_its_plan_steps() -> None:
    p = plan("cut the first 2 seconds, make it black and white and speed it up 2x")
    s = compile_plan(p, VIDEO, Path("/out/edit.mp4"))[0]
    text = render_script(s, p.steps, ffmpeg="/usr/bin/ffmpeg")
    compile(text, "01_trim_grayscale_speed.py", "exec")
    assert text.startswith('#!/usr/bin/env python3\n"""promptcut stage 1: trim, grayscale, speed.')
    assert '    (1, "trim(start=2.0)", "cut the first 2 seconds"),' in text
    assert '    (2, "grayscale", "make it black and white"),' in text
    assert '    (3, "speed ×2", "speed it up 2x"),' in text
    assert "python 01_trim_grayscale_speed.py" in text
    assert 'FFMPEG = os.environ.get("PROMPTCUT_FFMPEG") or "/usr/bin/ffmpeg"' in text
    assert '    "[0:v:0]hue=s=0,setpts=PTS/2,fps=source_fps[v1]",' in text
    assert '"-filter_complex", FILTERS,' in text
    assert '"-ss", "2",' in text
    assert "output," in text


def test_script_runs_the_same_command_as_the_stage() -> None:
    p = plan("cut out 5s to 8s, mute it")
    s = compile_plan(p, VIDEO, Path("/out/edit.mp4"))[0]
    namespace: dict[str, object] = {"__name__": "stage_script"}
    exec(compile(render_script(s, p.steps, ffmpeg="ffmpeg"), "s.py", "exec"), namespace)
    command = namespace["command"]
    assert callable(command)
    built = command({"main": "/media/in.mp4"}, "/out/edit.mp4")
    assert built == ["ffmpeg", *s.resolve_args({"main": VIDEO.path}, Path("/out/edit.mp4"))]


# Every way a text could end a literal, docstring or comment it were pasted into.
HOSTILE_TEXTS = [
    '"""',
    "'''",
    'x""" and print(1) and """',
    "x''' and print(1) and '''",
    "ends in a backslash\\",
    "\\",
    '\\"',
    "\\n is not a newline",
    "two\nlines\r\nand\x00 a nul\x0b\x0c",
    "line\u2028separator\u2029 and \x85",
    "café ☕ 😀 \u202e right-to-left",
    "\n\nimport os\nos.system('true')\n#",
    "{}{{}} {number} %s",
]


@pytest.mark.parametrize("words", HOSTILE_TEXTS)
def test_user_text_reaches_the_script_only_as_data(words: str) -> None:
    step = Step.of(f"add the title {words}", Text(text=words))
    s = compile_plan(Plan(steps=(step,)), VIDEO, Path("/out/edit.mp4"))[0]
    text = render_script(s, (step,), ffmpeg="ffmpeg")
    tree = ast.parse(text)  # a SyntaxError here would be a failed edit (exit 1)
    # Nothing runs at import but the assignments and definitions of the template: no call
    # the text could have turned into.
    kinds = {type(node).__name__ for node in tree.body}
    assert kinds <= {"Expr", "ImportFrom", "Import", "Assign", "FunctionDef", "If"}
    assert [n for n in tree.body if isinstance(n, ast.Expr)] == [tree.body[0]]  # the docstring
    assert words not in (ast.get_docstring(tree) or "")
    namespace: dict[str, object] = {"__name__": "stage_script"}
    exec(compile(tree, "s.py", "exec"), namespace)
    assert namespace["STEPS"] == [(1, Text(text=words).describe(), f"add the title {words}")]


def test_a_file_name_with_an_undecodable_byte_is_written_exactly() -> None:
    p = plan("trim the first 2 seconds")
    odd = Path('/media/caf\udce9 """ .mp4')  # b"caf\xe9" read as UTF-8, and quotes
    s = compile_plan(p, VIDEO.model_copy(update={"path": odd}), Path("/out/edit.mp4"))[0]
    namespace: dict[str, object] = {"__name__": "stage_script"}
    exec(compile(render_script(s, p.steps, ffmpeg="ffmpeg"), "s.py", "exec"), namespace)
    assert namespace["INPUTS"] == {"main": str(odd)}


def test_script_without_filters_has_no_filter_block() -> None:
    p = plan("trim the first 2 seconds")
    s = compile_plan(p, VIDEO, Path("/out/edit.mp4"))[0]
    text = render_script(s, p.steps, ffmpeg="ffmpeg")
    compile(text, "s.py", "exec")
    assert "FILTERS" not in text
    assert "promptcut stage 1: trim." in text


@pytest.mark.parametrize(
    ("prompt", "size"),
    [
        # the video is 1280x720: into 640x640 with its shape kept is 640x360, not stretched
        ("scale to 640x640 keeping the aspect ratio", (640, 360)),
        ("crop 100px from left, scale to 1280x720 preserve aspect ratio", (1180, 720)),
        ("scale to 640x640", (640, 640)),
    ],
)
def test_a_size_with_the_shape_kept_fits_inside_it(prompt: str, size: tuple[int, int]) -> None:
    s = stage(prompt, "out.mp4")
    assert (s.expected.width, s.expected.height) == size
