"""The color and detail operations: the filters they emit, how a time range limits them, what
they refuse, and which requests they must not claim."""

from __future__ import annotations

from pathlib import Path

import pytest
from phrasings_color import MIXED, Steps
from pydantic import ValidationError

from promptcut.errors import InvalidRequest, NotUnderstood
from promptcut.media.info import AudioStream, MediaInfo, VideoStream
from promptcut.operations import CATALOGUE
from promptcut.operations.base import Ranged
from promptcut.operations.color import OPERATIONS, Blur, Brightness, Look, Saturation, Sepia
from promptcut.plan import Plan
from promptcut.planner.offline import plan
from promptcut.script_gen.compile import compile_plan, predict


def media(
    width: int = 1280, height: int = 720, *, audio: bool = True, video: bool = True
) -> MediaInfo:
    return MediaInfo(
        path=Path("/media/in.mp4" if video else "/media/song.m4a"),
        container="mov,mp4,m4a,3gp,3g2,mj2",
        duration=20.0,
        size_bytes=2_000_000,
        video=VideoStream(width=width, height=height, fps=30.0, pix_fmt="yuv420p", codec="h264")
        if video
        else None,
        audio=AudioStream(codec="aac", sample_rate=48000, channels=2, layout="stereo")
        if audio
        else None,
    )


VIDEO = media()
SONG = media(video=False)
PHOTO = MediaInfo(
    path=Path("/media/photo.png"),
    container="png_pipe",
    duration=0.0,
    size_bytes=50_000,
    video=VideoStream(width=1280, height=720, fps=0.0, pix_fmt="rgb24", codec="png"),
    is_image=True,
)


def graph(prompt: str, source: MediaInfo = VIDEO, output: str = "out.mp4") -> str:
    """The filter graph the one ffmpeg run gets for `prompt`."""
    (stage,) = compile_plan(plan(prompt), source, Path(output))
    args = list(stage.args)
    return args[args.index("-filter_complex") + 1]


def steps(prompt: str) -> Steps:
    return [(s.op, s.params) for s in plan(prompt).steps]


# ---------------------------------------------------------------- snapshots
@pytest.mark.parametrize(
    ("prompt", "filters"),
    [
        ("add a blur effect", "gblur=sigma=5"),
        ("blur it slightly", "gblur=sigma=2"),
        ("add a strong blur", "gblur=sigma=10"),
        ("blur it by 3 pixels", "gblur=sigma=3"),
        ("sharpen it up", "unsharp=5:5:1"),
        ("sharpen it a little", "unsharp=5:5:0.6"),
        ("brighten it", "eq=brightness=0.1"),
        ("darken the video a little", "eq=brightness=-0.06"),
        ("make it brighter by 20%", "eq=brightness=0.2"),
        ("increase the contrast", "eq=contrast=1.25"),
        ("reduce the contrast by 20%", "eq=contrast=0.8"),
        ("make the colors pop", "eq=saturation=1.3"),
        ("desaturate it a bit", "eq=saturation=0.85"),
        ("set the gamma to 1.4", "eq=gamma=1.4"),
        ("apply a sepia filter", "lutyuv=u=113:v=141"),
        ("add a light sepia effect", "lutyuv=u=(val-128)*0.5+120.5:v=(val-128)*0.5+134.5"),
        ("invert the colors", "negate"),
        ("add a vignette", "vignette=angle=PI/5"),
        ("a subtle vignette", "vignette=angle=PI/6"),
        ("denoise it", "hqdn3d=6:4.5:9:6.75"),
        ("remove a lot of the grain", "hqdn3d=10:8:15:12"),
        (
            "give it a vintage look",
            "lutyuv=u=(val-128)*0.15+115.25:v=(val-128)*0.15+139.05,"
            "eq=contrast=0.88:brightness=0.03,vignette=angle=PI/6",
        ),
        ("warmer tones", "colorchannelmixer=rr=1.12:gg=1.02:bb=0.82"),
        ("make it look cold", "colorchannelmixer=rr=0.88:gg=1:bb=1.15"),
        (
            "cinematic color grade",
            "colorbalance=rs=-0.1:bs=0.1:rh=0.1:bh=-0.1,eq=contrast=1.1:saturation=0.9",
        ),
        (
            "make this clip cinematic",  # the grade; bars or framing are asked for in words
            "colorbalance=rs=-0.1:bs=0.1:rh=0.1:bh=-0.1,eq=contrast=1.1:saturation=0.9",
        ),
        ("faded look", "eq=contrast=0.8:brightness=0.05:saturation=0.7"),
    ],
)
def test_filters(prompt: str, filters: str) -> None:
    assert graph(prompt) == f"[0:v:0]{filters}[v1]"


def test_steps_fuse_into_one_chain_in_order() -> None:
    assert graph("brighten it, increase the contrast and add a vignette") == (
        "[0:v:0]eq=brightness=0.1,eq=contrast=1.25,vignette=angle=PI/5[v1]"
    )


@pytest.mark.parametrize(
    ("width", "height", "sigma"),
    [(640, 360, "2.5"), (1280, 720, "5"), (1920, 1080, "7.5"), (3840, 2160, "15")],
)
def test_named_blur_looks_the_same_at_any_resolution(width: int, height: int, sigma: str) -> None:
    assert graph("add a blur effect", media(width, height)) == f"[0:v:0]gblur=sigma={sigma}[v1]"


def test_a_blur_radius_in_pixels_is_taken_as_said() -> None:
    assert graph("blur it by 3 pixels", media(1920, 1080)) == "[0:v:0]gblur=sigma=3[v1]"


def test_a_tiny_picture_still_gets_some_blur() -> None:
    assert graph("blur it slightly", media(96, 64)) == "[0:v:0]gblur=sigma=0.5[v1]"


# ---------------------------------------------------------------- ranges
@pytest.mark.parametrize(
    ("prompt", "filters"),
    [
        ("blur the first 3 seconds", "gblur=sigma=5:enable='between(t,0,3)'"),
        ("make 0:05 to 0:10 sepia", "lutyuv=u=113:v=141:enable='between(t,5,10)'"),
        ("brighten the last 2 seconds", "eq=brightness=0.1:enable='between(t,18,20)'"),
        ("invert from 4s to 6s", "negate:enable='between(t,4,6)'"),
        ("denoise it after 12 seconds", "hqdn3d=6:4.5:9:6.75:enable='between(t,12,20)'"),
        (
            "make it warmer for the first 5 seconds",
            "colorchannelmixer=rr=1.12:gg=1.02:bb=0.82:enable='between(t,0,5)'",
        ),
    ],
)
def test_a_time_range_limits_the_effect(prompt: str, filters: str) -> None:
    assert graph(prompt) == f"[0:v:0]{filters}[v1]"


def test_every_filter_of_a_look_keeps_to_the_range() -> None:
    chain = graph("give it a vintage look from 2s to 4s").removeprefix("[0:v:0]")
    filters = chain.removesuffix("[v1]").split(",eq")
    assert len(filters) == 2
    assert chain.count(":enable='between(t,2,4)'") == 3


def test_a_ranged_effect_keeps_the_length() -> None:
    assert predict(plan("blur the first 3 seconds"), VIDEO).duration == 20.0


# ---------------------------------------------------------------- refusals
@pytest.mark.parametrize(
    "prompt",
    [
        "add a blur effect",
        "brighten it",
        "apply a sepia filter",
        "invert the colors",
        "denoise it",
        "give it a vintage look",
    ],
)
def test_sound_only_input_is_refused_with_the_reason(prompt: str) -> None:
    with pytest.raises(InvalidRequest, match="no picture to change: the input has only sound") as e:
        compile_plan(plan(prompt), SONG, Path("out.m4a"))
    assert f"'{prompt}'" in str(e.value)


def test_a_range_past_the_end_names_the_length() -> None:
    with pytest.raises(InvalidRequest, match=r"20\.0 s long .* starts at 30\.0 s"):
        predict(plan("blur from 30s to 40s"), VIDEO)


def test_a_still_image_has_no_range_but_takes_the_effect() -> None:
    with pytest.raises(InvalidRequest, match="still image"):
        predict(plan("blur the first 3 seconds"), PHOTO)
    assert graph("make it sepia", PHOTO, "out.png") == "[0:v:0]lutyuv=u=113:v=141[v1]"


@pytest.mark.parametrize(
    "make",
    [
        lambda: Brightness(percent=150),
        lambda: Saturation(percent=-150),
        lambda: Blur(strength=0),
        lambda: Blur(strength="huge"),  # type: ignore[arg-type]
        lambda: Sepia(strength=2),
        lambda: Look(style="psychedelic"),  # type: ignore[arg-type]
    ],
)
def test_out_of_range_parameters_are_rejected(make: object) -> None:
    with pytest.raises(ValidationError):
        make()  # type: ignore[operator]


# ---------------------------------------------------------------- what they must not claim
@pytest.mark.parametrize(
    "prompt",
    [
        "make it pop",  # vague: color, contrast, music?
        "make it look cool",  # praise, not a temperature
        "make it cooler",
        "blur the background",  # needs a mask
        "blur the faces",
        "add motion blur",
        "make it better",
        "noise reduction",  # the picture's or the sound's?
    ],
)
def test_vague_or_impossible_requests_are_refused(prompt: str) -> None:
    with pytest.raises(NotUnderstood) as e:
        plan(prompt)
    assert e.value.clause == prompt


@pytest.mark.parametrize(
    ("prompt", "other"),
    [
        ("remove the background noise", "audio_denoise"),
        ("denoise the audio", "audio_denoise"),
        ("make it black and white", "grayscale"),
        ("desaturate it", "grayscale"),
        ("reverse it", "reverse"),
    ],
)
def test_neighbouring_requests_go_to_their_own_operation(prompt: str, other: str) -> None:
    assert [s.op for s in plan(prompt).steps] == [other]


@pytest.mark.parametrize(
    ("prompt", "mine"),
    [
        ("make the file lighter", "brightness"),  # its size, not its picture
        ("remove the noise", "denoise"),  # the sound's hiss as likely as the picture's grain
    ],
)
def test_ambiguous_words_are_not_claimed(prompt: str, mine: str) -> None:
    try:
        ops = {s.op for s in plan(prompt).steps}
    except NotUnderstood:
        return
    assert mine not in ops


@pytest.mark.parametrize(("prompt", "expected"), MIXED)
def test_mixed_with_other_steps(prompt: str, expected: Steps) -> None:
    assert steps(prompt) == expected


# ---------------------------------------------------------------- for people and planners
def test_every_operation_is_ranged_and_needs_the_picture() -> None:
    for op in OPERATIONS:
        assert issubclass(op, Ranged), op.name
        assert op.needs == frozenset({"video"}), op.name
        assert CATALOGUE[op.name] is op
        assert op.summary() != Ranged.summary()
        for name, field in op.model_fields.items():
            assert field.description, f"{op.name}.{name} has no description"


@pytest.mark.parametrize(
    ("prompt", "said"),
    [
        ("blur it slightly", "blur (light)"),
        ("blur it by 8 pixels", "blur (8 px)"),
        ("darken the video a little", "brightness -6%"),
        ("increase the contrast", "contrast +25%"),
        ("make 0:05 to 0:10 sepia", "sepia from 5 s to 10 s"),
        ("make it a bit warmer", "warm look (light)"),
        ("invert the last 2 seconds", "invert colors from -2 s to end"),
    ],
)
def test_describe(prompt: str, said: str) -> None:
    (step,) = plan(prompt).steps
    assert step.operation.describe() == said


def test_named_and_numeric_blur_survive_the_plan_document() -> None:
    for prompt in ("blur it slightly", "blur it by 8 pixels"):
        p = plan(prompt)
        assert Plan.model_validate_json(p.model_dump_json()) == p
