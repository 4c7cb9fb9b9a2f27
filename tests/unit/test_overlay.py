"""A logo and a picture-in-picture as the compiler writes them: the extra input, the filters
that size and place the picture, its window in time, and the errors that name the facts.

Media is described, not made: the compiler needs only MediaInfo, so no ffmpeg runs here."""

from __future__ import annotations

from pathlib import Path

import pytest

from promptcut.errors import InvalidRequest
from promptcut.media.ffmpeg import SAFE_INPUT_ARGS
from promptcut.media.info import AudioStream, MediaInfo, VideoStream
from promptcut.operations import Operation
from promptcut.operations.overlay import OverlayImage, PictureInPicture
from promptcut.plan import Plan, Step
from promptcut.planner.offline import plan
from promptcut.script_gen.compile import compile_plan, predict
from promptcut.stage import Stage

MP4 = "mov,mp4,m4a,3gp,3g2,mj2"
STEREO = AudioStream(codec="aac", sample_rate=48000, channels=2, layout="stereo")
VIDEO = MediaInfo(
    path=Path("/media/in.mp4"),
    container=MP4,
    duration=20.0,
    size_bytes=2_000_000,
    video=VideoStream(width=1280, height=720, fps=30.0, pix_fmt="yuv420p", codec="h264"),
    audio=STEREO,
)
LOGO = MediaInfo(
    path=Path("/media/assets/logo.png"),
    container="png_pipe",
    duration=0.0,
    size_bytes=5_000,
    video=VideoStream(width=240, height=100, fps=0.0, pix_fmt="rgba", codec="png"),
    is_image=True,
)
CLIP2 = MediaInfo(
    path=Path("/media/assets/clip2.mp4"),
    container=MP4,
    duration=5.0,
    size_bytes=500_000,
    video=VideoStream(width=1280, height=720, fps=30.0, pix_fmt="yuv420p", codec="h264"),
    audio=STEREO,
)
SONG = MediaInfo(
    path=Path("/media/assets/song.mp3"),
    container="mp3",
    duration=30.0,
    size_bytes=300_000,
    audio=AudioStream(codec="mp3", sample_rate=44100, channels=2, layout="stereo"),
)
ASSETS = {"logo.png": LOGO, "clip2.mp4": CLIP2, "song.mp3": SONG}

START = ["-hide_banner", "-nostdin", "-y", "-loglevel", "warning"]
MAIN = [*SAFE_INPUT_ARGS, "-i", "{input:main}"]
X264 = ["-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-pix_fmt", "yuv420p"]
MP4_END = ["-movflags", "+faststart", "-map_chapters", "-1", "{output}"]


def stage(
    prompt: str,
    media: MediaInfo = VIDEO,
    output: str = "out.mp4",
    assets: dict[str, MediaInfo] | None = None,
) -> Stage:
    given = ASSETS if assets is None else assets
    (only,) = compile_plan(plan(prompt, None, list(given)), media, Path(output), assets=given)
    return only


def graph_of(s: Stage) -> str:
    return s.args[s.args.index("-filter_complex") + 1]


# ---------------------------------------------------------------- a logo
def test_logo_is_read_once_scaled_and_placed_in_its_corner() -> None:
    s = stage("put logo.png in the bottom left corner")
    # 20% of 1280 = 256 wide, 240x100's shape kept; 3% of 720 = 22 px in from the edges.
    assert list(s.args) == [
        *START, *MAIN,
        *SAFE_INPUT_ARGS, "-f", "png_pipe", "-i", "{input:logo.png}",
        "-filter_complex",
        "[1:v:0]scale=256:106,setsar=1[v1];[0:v:0][v1]overlay=x=22:y=592[v2]",
        "-map", "[v2]", "-map", "0:a:0",
        *X264, "-c:a", "copy", *MP4_END,
    ]  # fmt: skip
    assert "-loop" not in s.args  # one frame, repeated by overlay, not decoded per frame
    assert s.inputs == {"main": VIDEO.path, "logo.png": LOGO.path}
    assert (s.expected.width, s.expected.height, s.expected.duration) == (1280, 720, 20.0)


@pytest.mark.parametrize(
    ("where", "xy"),
    [
        ("top left", "x=22:y=22"),
        ("top right", "x=1002:y=22"),
        ("bottom right", "x=1002:y=592"),
        ("bottom left", "x=22:y=592"),
        ("center", "x=512:y=307"),
        ("top center", "x=512:y=22"),
        ("bottom center", "x=512:y=592"),
    ],
)
def test_each_position_is_a_fixed_place_on_the_frame(where: str, xy: str) -> None:
    assert f"overlay={xy}[" in graph_of(stage(f"put logo.png in the {where}"))


def test_opacity_and_a_time_window() -> None:
    s = stage("add logo.png top right at 50% opacity for the first 5 seconds")
    assert graph_of(s) == (
        "[1:v:0]scale=256:106,setsar=1,format=rgba,colorchannelmixer=aa=0.5[v1];"
        "[0:v:0][v1]overlay=x=1002:y=22:enable='between(t,0,5)'[v2]"
    )


def test_size_as_a_share_in_pixels_and_in_words() -> None:
    assert "scale=384:160" in graph_of(stage("logo.png in the center, 30% of the width"))
    assert "scale=200:84" in graph_of(stage("put logo.png 200 px wide in the top left"))
    assert "scale=170:70" in graph_of(stage("put logo.png small in the corner"))


def test_margin_is_relative_to_the_frame_and_can_be_none() -> None:
    assert "overlay=x=0:y=0[" in graph_of(stage("put logo.png top left with no margin"))
    assert "overlay=x=72:y=72[" in graph_of(stage("put logo.png top left with a 10% margin"))


def test_a_tall_image_is_shrunk_to_fit_the_frame() -> None:
    tall = LOGO.model_copy(update={"video": LOGO.video.model_copy(update={"height": 2000})})  # type: ignore[union-attr]
    s = stage("put logo.png in the center, 90% of the width", assets={"logo.png": tall})
    assert "scale=86:720,setsar=1" in graph_of(s)


def test_sizes_come_from_the_picture_as_it_reaches_the_step() -> None:
    # After a resize to 640x360 the logo is 20% of 640, placed 3% of 360 in.
    s = stage("make it 360p, then put logo.png in the bottom right corner")
    assert graph_of(s) == (
        "[1:v:0]scale=128:54,setsar=1[v1];[0:v:0]scale=640:360:flags=bicubic,setsar=1[v2];"
        "[v2][v1]overlay=x=501:y=295[v3]"
    )


def test_the_displayed_size_of_a_rotated_input_is_what_counts() -> None:
    portrait = VIDEO.model_copy(
        update={
            "video": VIDEO.video.model_copy(update={"width": 720, "height": 1280, "rotation": 90})
        }  # type: ignore[union-attr]
    )
    s = stage("put logo.png in the bottom right corner", media=portrait)
    assert graph_of(s) == ("[1:v:0]scale=144:60,setsar=1[v1];[0:v:0][v1]overlay=x=554:y=1198[v2]")


def test_a_logo_on_a_still_image_makes_an_image() -> None:
    photo = MediaInfo(
        path=Path("/media/photo.png"),
        container="png_pipe",
        duration=0.0,
        size_bytes=50_000,
        video=VideoStream(width=1280, height=720, fps=0.0, pix_fmt="rgb24", codec="png"),
        is_image=True,
    )
    s = stage("put logo.png in the top left corner", media=photo, output="out.png")
    assert "overlay=x=22:y=22" in graph_of(s)
    assert s.expected.kind == "image"


def test_a_logo_on_sound_alone_is_refused_not_dropped() -> None:
    with pytest.raises(InvalidRequest, match="the result is the sound alone, which has no picture"):
        stage("put logo.png in the top left corner", output="out.m4a")


# ---------------------------------------------------------------- picture-in-picture
def test_pip_is_cut_at_the_main_videos_end_and_passes_when_it_ends() -> None:
    s = stage("overlay clip2.mp4 in the top left corner")
    assert list(s.args) == [
        *START, *MAIN,
        "-t", "20", *SAFE_INPUT_ARGS, "-i", "{input:clip2.mp4}",
        "-filter_complex",
        "[1:v:0]setpts=PTS-STARTPTS,scale=384:216,setsar=1[v1];"
        "[0:v:0][v1]overlay=x=22:y=22:eof_action=pass[v2]",
        "-map", "[v2]", "-map", "0:a:0",
        *X264, "-c:a", "copy", *MP4_END,
    ]  # fmt: skip
    # Its sound is not mixed in: only the main input's audio is mapped.
    assert "1:a:0" not in " ".join(s.args)
    assert s.expected.duration == 20.0


def test_pip_after_a_trim_is_read_no_longer_than_what_is_left() -> None:
    s = stage("cut the first 5 seconds, then overlay clip2.mp4 in the top right corner")
    at = s.args.index("{input:clip2.mp4}")
    assert s.args[at - 7 : at] == ("-t", "15", *SAFE_INPUT_ARGS, "-i")
    assert s.expected.duration == 15.0


def test_pip_with_border_size_and_a_window_starts_at_the_window() -> None:
    s = stage(
        "picture in picture with clip2.mp4 bottom right at 25% size with a red border from 2 to 6 s"
    )
    assert "-t" in s.args and s.args[s.args.index("-t") + 1] == "4"
    # 25% of 1280 = 320x180, an 8 px border (1% of 720, made even) around it.
    assert graph_of(s) == (
        "[1:v:0]setpts=PTS-STARTPTS+2/TB,scale=320:180,setsar=1,pad=336:196:8:8:color=red[v1];"
        "[0:v:0][v1]overlay=x=922:y=502:eof_action=pass[v2]"
    )


def test_pip_border_thickness_in_words_and_pixels() -> None:
    thick = graph_of(stage("put clip2.mp4 small in the corner with a thick white border"))
    # small = 20% of 1280: 256x144; thick = 2% of 720, made even: 14 px
    assert "scale=256:144,setsar=1,pad=284:172:14:14:color=white" in thick
    exact = graph_of(stage("put clip2.mp4 small in the corner with a 4px #ff8800 border"))
    assert "pad=264:152:4:4:color=0xFF8800" in exact


def test_pip_can_be_see_through() -> None:
    s = stage("overlay clip2.mp4 top right at 30% size, 50% transparent")
    assert "format=rgba,colorchannelmixer=aa=0.5" in graph_of(s)


# ---------------------------------------------------------------- the plan and its words
def test_steps_record_the_file_they_read() -> None:
    (step,) = plan("put logo.png top left", None, ["logo.png"]).steps
    assert step.inputs == ("logo.png",)
    (step,) = plan("overlay clip2.mp4 top left", None, ["clip2.mp4"]).steps
    assert step.inputs == ("clip2.mp4",)


def test_a_stem_names_the_given_file() -> None:
    (step,) = plan("put the logo in the top right corner", None, ["logo.png"]).steps
    assert (step.op, step.params) == (
        "overlay_image",
        {"file": "logo.png", "position": "top-right"},
    )


def test_adding_a_video_with_nothing_about_placing_it_is_not_a_pip() -> None:
    p = PictureInPicture.grammar[0]
    assert p.match("add clip2.mp4 to it") is None
    assert p.match("add clip2.mp4 in the corner") is not None


def test_the_file_type_decides_which_overlay() -> None:
    assert [s.op for s in plan("put logo.png in the corner", None, ["logo.png"]).steps] == [
        "overlay_image"
    ]
    assert [s.op for s in plan("put cam.mov in the corner", None, ["cam.mov"]).steps] == ["pip"]


def test_describe_reads_like_the_request() -> None:
    op = OverlayImage(file="logo.png", position="top-right", opacity=50, end=5)
    assert op.describe() == "logo.png at top-right, 20% wide, 50% opacity from start to 5 s"
    pip = PictureInPicture(file="cam.mp4", size=25, border="white")
    assert pip.describe() == "cam.mp4 picture-in-picture at bottom-right, 25% wide, white border"


def test_the_clip_comes_out_as_it_went_in() -> None:
    p = plan("overlay clip2.mp4 top left, put logo.png bottom right", None, list(ASSETS))
    clip = predict(p, VIDEO, ASSETS)
    assert (clip.width, clip.height, clip.duration, clip.has_audio) == (1280, 720, 20.0, True)


# ---------------------------------------------------------------- refusals with facts
def test_a_file_not_given_is_named_with_those_that_were() -> None:
    p = plan("put logo.png in the top left corner", None, ["logo.png"])
    with pytest.raises(InvalidRequest, match=r"logo\.png.*given: clip2\.mp4.*--asset logo\.png"):
        compile_plan(p, VIDEO, Path("out.mp4"), assets={"clip2.mp4": CLIP2})


def only(op: Operation) -> Plan:
    """A plan of one step, as an LLM planner might write it."""
    return Plan(steps=(Step.of("the request", op),))


def test_a_still_image_is_not_a_picture_in_picture() -> None:
    with pytest.raises(InvalidRequest, match=r"logo\.png is a still image.*put logo\.png in"):
        compile_plan(only(PictureInPicture(file="logo.png")), VIDEO, Path("o.mp4"), assets=ASSETS)


def test_sound_is_not_a_picture_to_overlay() -> None:
    with pytest.raises(InvalidRequest, match=r"song\.mp3 has no picture"):
        compile_plan(only(OverlayImage(file="song.mp3")), VIDEO, Path("o.mp4"), assets=ASSETS)


def test_a_window_past_the_end_is_refused() -> None:
    with pytest.raises(InvalidRequest, match=r"20\.0 s long.*25\.0 s"):
        stage("put logo.png in the top left from 10 to 25 seconds")


def test_a_second_video_cannot_play_on_a_still() -> None:
    photo = LOGO.model_copy(update={"path": Path("/media/photo.png")})
    with pytest.raises(InvalidRequest, match="still image"):
        stage("overlay clip2.mp4 in the top left corner", media=photo, output="out.png")


@pytest.mark.parametrize(
    ("prompt", "message"),
    [
        ("overlay clip2.mp4 at 150% size", "150% of the video's width would not fit"),
        ("put logo.png at opacity 150%", "opacity goes from 0 to 100%"),
        ("put logo.png fully transparent", "would not show"),
    ],
)
def test_impossible_sizes_and_opacities_say_why(prompt: str, message: str) -> None:
    with pytest.raises(InvalidRequest, match=message):
        plan(prompt, None, list(ASSETS))
