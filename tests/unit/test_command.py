"""ffmpeg command lines and drawtext settings in a request, read as the words they mean."""

from __future__ import annotations

import pytest

from promptcut.errors import UserError
from promptcut.planner.command import command_words
from promptcut.planner.offline import plan


@pytest.mark.parametrize(
    ("said", "words"),
    [
        (
            "cut up the video: ffmpeg -ss 00:03:00 -i video.mp4 -t 60 -c copy cut.mp4",
            "cut up the video: keep 180s to 240s",
        ),
        (
            "resize the video: ffmpeg -i input.avi -s 720x480 -c:a copy output.mkv",
            "resize the video: resize it to 720x480 and convert it to mkv",
        ),
        ("from 2.4 to 5.4 (-ss 2.4 -t 3)", "from 2.4 to 5.4 (keep 2.4s to 5.4s)"),
        (
            "ffmpeg -y -i in.mp4 -an -r 30 out.webm",
            "remove the audio and convert it to 30 fps and convert it to webm",
        ),
        ("ffmpeg -i in.mp4 -ss 5 out.mp4", "cut off the first 5s"),
        ("ffmpeg -i clip.mp4 -vf hflip,vflip out.mp4", "hflip and vflip"),
        # the same container out as in: no conversion said
        ("ffmpeg -i a.mp4 -ss 1 -to 2 b.mp4", "keep 1s to 2s"),
        (
            "drawtext=text='Hi':fontsize=24:fontcolor=white:box=1:boxcolor=black@0.5:x=10:y=10",
            'add the text "Hi" in 24px in white on a black box at the top-left',
        ),
        ('add the text "Hi" at x=(w-text_w)/2 y=h-th-10', 'add the text "Hi" at the bottom'),
    ],
)
def test_a_command_is_said_in_words(said: str, words: str) -> None:
    assert command_words(said)[0] == words


@pytest.mark.parametrize(
    "said",
    [
        # a second input: what is done with it is in a filter graph not read here
        "ffmpeg -i in.mp4 -i logo.png -filter_complex overlay out.mp4",
        # an option not known here stays, so its clause is refused
        "ffmpeg -i in.mp4 -vsync 2 -ss 3 out.mp4",
        # the corner of an area to crop, not a place on the frame
        "crop to w=64 h=36 x=10 y=5",
        "crop x=10 y=5 w=64 h=36",
        # a place that is no corner, side or centre
        'add the text "Hi" at x=300 y=200',
        "a x-ray -t",
    ],
)
def test_what_is_not_read_stays_as_written(said: str) -> None:
    assert command_words(said)[0] == said


def steps(prompt: str, fps: float = 30.0) -> list[tuple[str, dict[str, object]]]:
    planned = plan(prompt, duration=600.0, picture=(1280, 720, fps))
    return [(s.op, s.params) for s in planned.steps]


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        (
            "cut up the video: ffmpeg -ss 00:03:00 -i video.mp4 -t 60 -c copy cut.mp4",
            [("trim", {"start": 180.0, "end": 240.0})],
        ),
        (
            'add the text "TEST" over the video (drawtext fontsize=50, x=w-tw-10:y=h-th-10)',
            [("text", {"text": "TEST", "position": "bottom-right", "pixels": 50})],
        ),
        # frames counted at the video's frame rate
        ("trim the clip from frame 300 to frame 600", [("trim", {"start": 10.0, "end": 20.0})]),
        (
            "keep frames 0-150 and 300-450",
            [("keep_ranges", {"ranges": ((0.0, 5.0), (10.0, 15.0))})],
        ),
        ("extract frame 90 as an image", [("still", {"at": 3.0})]),
        # an aside is one piece, commas and all
        ("trim the video (start_frame=0, end_frame=300)", [("trim", {"end": 10.0})]),
        ("remove the first 10 frames", [("trim", {"start": 0.333})]),
        # a frame of a shape, a rate in frames: no frame count
        ("make a gif at 10 frames per second", [("gif", {"fps": 10.0})]),
    ],
)
def test_planned_from_the_notation(
    prompt: str, expected: list[tuple[str, dict[str, object]]]
) -> None:
    assert steps(prompt) == expected


def test_frames_at_another_rate() -> None:
    assert steps("trim the clip from frame 10000 to frame 10600", fps=25.0) == [
        ("trim", {"start": 400.0, "end": 424.0})
    ]


def test_a_stated_rate_that_is_not_the_video_s_is_refused() -> None:
    with pytest.raises(UserError, match="15 fps"):
        steps("the video is 15 fps: keep frames 0-150 and 300-450")


@pytest.mark.parametrize(
    "words", ["x,drawtext=text=pwned", "ffmpeg -ss 5 -an -vn", "-an -vn", "x=10 y=10"]
)
def test_the_user_s_quoted_words_are_never_read_as_a_command(words: str) -> None:
    planned = plan(f'write "{words}" at the top', duration=60.0, picture=(1280, 720, 30.0))
    assert [s.params["text"] for s in planned.steps] == [words]


def test_a_quoted_filter_is_shell_quoting() -> None:
    assert steps("ffmpeg -i in.mp4 -vf 'scale=320:-1' out.mp4") == [("resize", {"width": 320})]
