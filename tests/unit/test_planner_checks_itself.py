"""What a request says the result will be, checked against the plan, and what it says of the
file, checked against the probe: a length said of the result picks the reading of "cut" that
leaves it, and one that no reading leaves is refused with both lengths."""

from __future__ import annotations

from typing import Any

import pytest

from promptcut.errors import InvalidRequest, NotUnderstood, UserError
from promptcut.operations.base import Clip, Graph
from promptcut.operations.frame import Resize
from promptcut.planner.offline import plan

_PICTURE = (1280, 720, 30.0)


def steps(prompt: str, duration: float = 60.0, **kw: Any) -> list[tuple[str, dict[str, Any]]]:
    return [(s.op, s.params) for s in plan(prompt, duration=duration, picture=_PICTURE, **kw).steps]


@pytest.mark.parametrize(
    ("prompt", "duration", "expected"),
    [
        # "cut" reads two ways; the length said of the result says which
        (
            "cut from second 5 to second 8, a new video that should be 3sec",
            10.0,
            [("trim", {"start": 5.0, "end": 8.0})],
        ),
        (
            "cut from second 5 to second 8, the new video should be 7 seconds",
            10.0,
            [("cut", {"start": 5.0, "end": 8.0})],
        ),
        (
            "keep 0:05 to 0:08, the new video should be 3 seconds",
            60.0,
            [("trim", {"start": 5.0, "end": 8.0})],
        ),
        (
            "cut out 0:10 to 0:20, I want the output to be 50 seconds long",
            60.0,
            [("cut", {"start": 10.0, "end": 20.0})],
        ),
        ("make it black and white, it should be 60 seconds", 60.0, [("grayscale", {})]),
        ("speed it up 2x, the result should be 30 seconds", 60.0, [("speed", {"factor": 2.0})]),
        # a "cut" said beside the keep of the same part: the keep is what "cut" meant
        (
            "cut the video from 0-5 seconds: ffmpeg -ss 0 -t 5 -i 'input.mp4' output.mp4",
            60.0,
            [("trim", {"end": 5.0})],
        ),
        # what the file is said to be, when it is so
        ("i have a 1 minute video, cut the first 2 seconds", 60.0, [("trim", {"start": 2.0})]),
    ],
)
def test_a_length_said_of_the_result_is_the_plans(
    prompt: str, duration: float, expected: list[Any]
) -> None:
    assert steps(prompt, duration) == expected


@pytest.mark.parametrize(
    ("prompt", "says"),
    [
        ("cut out 0:10 to 0:20; the output should be 30 seconds long", "leaves 50.0 s"),
        ("make it black and white, it should be 50 seconds", "leaves 1:00.0"),
        ("keep 0:05 to 0:08, it should be 3 seconds, the result should be 4 seconds", "two"),
        # "cut out" says one thing only: the other reading is never taken
        ("cut out from second 5 to second 8, the new video should be 3 seconds", "leaves 57.0"),
        (
            "cut out the video from 0-5 seconds: ffmpeg -ss 0 -t 5 -i 'input.mp4' output.mp4",
            "keep only 0:00-0:05",
        ),
        # what the file is said to be, when it is not
        ("I have a 10 seconds video: cut from second 5 to second 8", "10.0 s long"),
        ("i have a 10 minute video, cut the first 2 seconds", "10:00.0 long"),
    ],
)
def test_a_length_the_plan_does_not_leave_is_refused(prompt: str, says: str) -> None:
    with pytest.raises(InvalidRequest, match=says):
        plan(prompt, duration=60.0, picture=_PICTURE)


def test_a_length_that_cannot_be_known_before_measuring_is_not_passed() -> None:
    # how long the video is once its silences are cut is known only after measuring it
    with pytest.raises(NotUnderstood, match="the result should be 40 seconds"):
        plan("cut the silence, the result should be 40 seconds", duration=60.0)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # a size not to go past: fitted inside it, only ever smaller
        (
            "shrink it so that it does not exceed 320x240",
            [("resize", {"width": 320, "height": 240, "fit": True, "only_smaller": True})],
        ),
        (
            "make it no bigger than 1920x1080",
            [("resize", {"width": 1920, "height": 1080, "fit": True, "only_smaller": True})],
        ),
        (
            "limit the resolution to at most 720p",
            [("resize", {"lines": 720, "only_smaller": True})],
        ),
        # so many times the size
        ("scale the video up 2 times", [("resize", {"percent": 200.0})]),
        ("make it 3 times bigger", [("resize", {"percent": 300.0})]),
        ("make it twice as big", [("resize", {"percent": 200.0})]),
        # a size said after a conversion is its own edit, as a frame rate or a standard is
        (
            "convert the mp4 to webm at 664x498",
            [("convert", {"format": "webm"}), ("resize", {"width": 664, "height": 498})],
        ),
        # so many times as loud
        ("make the audio 2x louder", [("volume", {"percent": 200.0})]),
        ("make it 3 times louder", [("volume", {"percent": 300.0})]),
        # "fade in/out" is both fades; what they are done to is said once for both
        ("add fade in/out", [("fade", {"direction": "in"}), ("fade", {"direction": "out"})]),
        (
            "add fade in and out to the audio",
            [
                ("fade", {"direction": "in", "target": "audio"}),
                ("fade", {"direction": "out", "target": "audio"}),
            ],
        ),
        ("fade out to the audio", [("fade", {"direction": "out", "target": "audio"})]),
        ("add an audio fade out", [("fade", {"direction": "out", "target": "audio"})]),
        (
            "add a 2 second fade in/out",
            [
                ("fade", {"direction": "in", "duration": 2.0}),
                ("fade", {"direction": "out", "duration": 2.0}),
            ],
        ),
    ],
)
def test_sizes_factors_and_fades_as_people_say_them(prompt: str, expected: list[Any]) -> None:
    assert steps(prompt) == expected


@pytest.mark.parametrize("prompt", ["make it 0.5x louder", "make it 1x louder"])
def test_a_factor_that_is_not_louder_is_refused(prompt: str) -> None:
    with pytest.raises((NotUnderstood, InvalidRequest)):
        plan(prompt, duration=60.0)


@pytest.mark.parametrize(
    ("size", "box", "after"),
    [
        ((1280, 720), (320, 240), (320, 180)),  # bigger: fitted inside
        ((640, 360), (1920, 1080), (640, 360)),  # already inside: left as it is
        ((1080, 1920), (1280, 720), (404, 720)),  # a tall picture: fitted by its height
    ],
)
def test_no_bigger_than_only_ever_shrinks(
    size: tuple[int, int], box: tuple[int, int], after: tuple[int, int]
) -> None:
    clip = Clip(duration=5.0, has_video=True, has_audio=False, width=size[0], height=size[1])
    graph = Graph(clip)
    Resize(width=box[0], height=box[1], fit=True, only_smaller=True).render(graph)
    assert (graph.clip.width, graph.clip.height) == after
    assert bool(graph.video) == (after != size)


@pytest.mark.parametrize(
    ("prompt", "assets", "expected"),
    [
        # a pasted command's file names are its input and output, never files to give; the
        # options that only say how it is written are no edit
        (
            "trim the video to share a specific part of it: ffmpeg -ss 00 -i i.mp4 "
            "-reset_timestamps 1 -avoid_negative_ts make_zero -to 11.5 o.mp4",
            [],
            [("trim", {"end": 11.5})],
        ),
        # the output named with no extension, last; the heading is the same edit, asked for
        (
            "extract a particular segment of the video: ffmpeg -ss 00:00:30 -i orginalfile -t "
            "00:00:05 -vcodec copy -acodec copy newfile",
            [],
            [("trim", {"start": 30.0, "end": 35.0})],
        ),
        # a second input laid over the first: where and when, as the filter says
        (
            "handle the overlay image: ffmpeg -i input.mp4 -i image.png -filter_complex "
            "\"[0:v][1:v] overlay=25:25:enable='between(t,0,20)'\"",
            ["image.png"],
            [
                (
                    "overlay_image",
                    {"start": 0.0, "end": 20.0, "file": "image.png", "position": "top-left"},
                )
            ],
        ),
        # the edit named, then said again by the command: once, with the command's values
        (
            'add the logo: ffmpeg -i in.mp4 -i image.png -filter_complex "overlay=10:10" out.mp4',
            ["image.png"],
            [("overlay_image", {"file": "image.png", "position": "top-left"})],
        ),
        # "-f gif": the container, when no file name says it
        (
            "mov to gif: ffmpeg -i in.mov -r 10 -f gif",
            [],
            [("gif", {"fps": 10.0})],
        ),
    ],
)
def test_pasted_commands_are_read_with_what_they_restate(
    prompt: str, assets: list[str], expected: list[Any]
) -> None:
    assert steps(prompt, assets=assets) == expected


def test_a_command_that_places_it_elsewhere_than_the_words_is_asked_about() -> None:
    with pytest.raises(NotUnderstood, match=r"top-right.*top-left"):
        plan(
            "add the logo at the top right: ffmpeg -i in.mp4 -i image.png -filter_complex "
            '"overlay=10:10" out.mp4',
            duration=60.0,
            assets=["image.png"],
        )


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # when the edit is made, and whom it is for: no edit of their own
        ("increase the volume when encoding", [("volume", {"db": 6.0})]),
        ("increase the volume while converting it", [("volume", {"db": 6.0})]),
        ("mute it for my grandma", [("mute", {})]),
        ("blur it for privacy", [("blur", {})]),
        # what is made, said as a version of it
        ("I would like to change it to a B&W version", [("grayscale", {})]),
        ("make a muted version of it", [("mute", {})]),
        # the container it is in, then the one wanted
        ("mov to gif", [("convert", {"format": "gif"})]),
        ("convert the mkv file to mp4", [("convert", {"format": "mp4"})]),
        # the thing edited, called otherwise; its length said as a clock shows it
        ("fade out to black at the end of the subclip", [("fade", {"direction": "out"})]),
        ("speed the 1:00 video clip up to 48 seconds", [("speed", {"factor": 1.25})]),
        ("trim to 30 seconds", [("trim", {"end": 30.0})]),
    ],
)
def test_riders_versions_and_names_of_the_video(prompt: str, expected: list[Any]) -> None:
    assert steps(prompt) == expected


@pytest.mark.parametrize(
    "prompt",
    [
        # who it is for, in words an edit takes: never set aside
        "make it black and white for the first part",
        "make it black and white for the intro",
        # a length of the video said as a clock, not its length
        "speed the 3:21 video clip up to 48 seconds",
        # "-vsync 2" changes which frames there are: not read as no edit
        "ffmpeg -i in.mp4 -vsync 2 -ss 3 out.mp4",
    ],
)
def test_riders_that_could_change_the_edit_are_refused(prompt: str) -> None:
    with pytest.raises((NotUnderstood, InvalidRequest)):
        plan(prompt, duration=60.0, picture=_PICTURE)


@pytest.mark.parametrize(
    ("prompt", "assets", "expected"),
    [
        # an ffmpeg filter in quotes is notation, read as what it says
        (
            'crop the video: -filter:v "crop=240:120:240:120"',
            [],
            [("crop_area", {"width": 240, "height": 120, "x": 240, "y": 120})],
        ),
        (
            "add a discrete logo to the top right hand corner ('overlay=main_w-overlay_w-5:5')",
            ["ifi_logo_small.png"],
            [
                (
                    "overlay_image",
                    {"file": "ifi_logo_small.png", "position": "top-right", "size": 13.3},
                )
            ],
        ),
        # ...but words to draw stay words, whatever they look like
        (
            "add the text 'scale=2' at the top",
            [],
            [("text", {"text": "scale=2", "position": "top"})],
        ),
        # drawtext's places in its own expressions
        (
            "draw the text 'hello world' with drawtext: fontsize=13, y='main_h-3*line_h', "
            "x='main_w-text_w-line_h'",
            [],
            [("text", {"text": "hello world", "position": "bottom-right", "pixels": 13})],
        ),
        # "-stream_loop 3" plays it once and loops it three times more
        ("ffmpeg -stream_loop 3 -i in.mp4 -c copy out.mp4", [], [("loop", {"times": 4})]),
        # a point is two numbers, never one with a thousands comma
        (
            "crop the video to 240x120 at (240,120)",
            [],
            [("crop_area", {"width": 240, "height": 120, "x": 240, "y": 120})],
        ),
        # the edit named, then the value in ffmpeg's words in brackets
        ("rotate it (transpose=1)", [], [("rotate", {"degrees": 90})]),
        # a file called by a word normalizing would respell
        (
            "merge this video and the backward video",
            ["backward.mp4"],
            [("join", {"clips": ("backward.mp4",)})],
        ),
        # the length the loop comes to, said as what it is for
        ("repeat the video 60 times to make a 60 minute video", [], [("loop", {"times": 60})]),
        # a size limit, said as a thing to satisfy; the vague edit before it is what it picks
        (
            "downscale the video, to satisfy the 50mb upload limit",
            [],
            [("compress", {"max_mb": 50.0})],
        ),
        ("colour correction: brighten it by 10%", [], [("brightness", {"percent": 10.0})]),
    ],
)
def test_notation_in_quotes_brackets_and_labels(
    prompt: str, assets: list[str], expected: list[Any]
) -> None:
    assert steps(prompt, assets=assets) == expected


@pytest.mark.parametrize(
    ("prompt", "assets"),
    [
        # ffmpeg's place is another than the words': which is asked
        (
            "add a discrete logo to the top left hand corner ('overlay=main_w-overlay_w-5:5')",
            ["ifi_logo_small.png"],
        ),
        # a loop that does not come to the length said
        ("repeat the video 60 times to make a 59 minute video", []),
        # a point written as one number is no point
        ("crop the video to 240x120 at 240120", []),
        # a command's own input and output need no --asset, but another file it names does
        ("ffmpeg -i a.mp4 -i other.mp4 -filter_complex concat out.mp4", []),
    ],
)
def test_notation_that_disagrees_or_names_a_missing_file_is_refused(
    prompt: str, assets: list[str]
) -> None:
    with pytest.raises((NotUnderstood, InvalidRequest)):
        plan(prompt, duration=60.0, assets=assets, picture=_PICTURE)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # one length for each of the edits just named
        (
            "fade in from black at the start and fade out to black at the end, 1 second each",
            [("fade", {"direction": "in"}), ("fade", {"direction": "out"})],
        ),
        (
            "fade in and out, each lasting 3 seconds",
            [
                ("fade", {"direction": "in", "duration": 3.0}),
                ("fade", {"direction": "out", "duration": 3.0}),
            ],
        ),
        # music said to sit under the voices: at the usual level under them
        (
            "add background music that is quieter than the voices",
            [("add_music", {"file": "music.mp3", "db": -18.0})],
        ),
        ("remove the background music from the video", [("mute", {})]),
    ],
)
def test_lengths_for_each_and_music_under_voices(prompt: str, expected: list[Any]) -> None:
    assert steps(prompt, assets=["music.mp3"]) == expected


@pytest.mark.parametrize(
    "prompt",
    [
        "add a 2 second fade in and a fade out, 3 seconds each",  # two lengths for one fade
        "make it black and white, 2 seconds each",  # each of what?
    ],
)
def test_a_length_for_each_that_does_not_fit_is_refused(prompt: str) -> None:
    with pytest.raises((NotUnderstood, InvalidRequest)):
        plan(prompt, duration=60.0)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # what an edit of time does to the sound anyway
        ("reverse the clip including the audio", [("reverse", {})]),
        ("speed it up 2x including the audio", [("speed", {"factor": 2.0})]),
        # clips go where their names say, when the words say nowhere else
        (
            "add intro.mp4 and outro.mp4 to the recording",
            [
                ("join", {"clips": ("intro.mp4",), "at": "start"}),
                ("join", {"clips": ("outro.mp4",)}),
            ],
        ),
        (
            "add the intro and the outro to the recording",
            [
                ("join", {"clips": ("intro.mp4",), "at": "start"}),
                ("join", {"clips": ("outro.mp4",)}),
            ],
        ),
        (
            "add intro.mp4 and outro.mp4 at the end",
            [("join", {"clips": ("intro.mp4", "outro.mp4")})],
        ),
        # where the last frame is, said again
        (
            "hold the final frame for 3 seconds at the end",
            [("freeze", {"at": 59.95, "seconds": 3.0})],
        ),
    ],
)
def test_sound_taken_along_and_clips_placed_by_name(prompt: str, expected: list[Any]) -> None:
    got = steps(prompt, assets=["intro.mp4", "outro.mp4"])
    if got and got[0][0] == "freeze":
        got = [("freeze", {**got[0][1], "at": round(got[0][1]["at"], 2)})]
    assert got == expected


@pytest.mark.parametrize(
    "prompt",
    [
        "make it black and white including the audio",  # a picture edit has no sound to take
        "stop at 1 2 seconds",  # two numbers are never one time and one length
    ],
)
def test_riders_that_do_not_hold_are_refused(prompt: str) -> None:
    with pytest.raises((NotUnderstood, InvalidRequest)):
        plan(prompt, duration=60.0, picture=_PICTURE)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # a share of its length, reached the way said
        ("make it half as long by speeding it up", [("speed", {"factor": 2.0})]),
        ("make it half as long by cutting the end", [("trim", {"end": 30.0})]),
        # a width said alone, after a GIF: the GIF's width
        ("convert to gif, 10 fps, 480 wide", [("gif", {"fps": 10.0, "width": 480})]),
        ("make a gif at 15 fps, 320 pixels wide", [("gif", {"fps": 15.0, "width": 320})]),
        ("480 wide", [("resize", {"width": 480})]),
        # a crop keeps the center: said again
        ("crop it to a centered square", [("crop", {"aspect": "1:1"})]),
        ("reduce the bitrate", [("quality", {"level": "small"})]),
        # the container, and the codec of its picture, said with it
        (
            "convert it to H.264 mp4",
            [("convert", {"format": "mp4"}), ("codec", {"codec": "h264"})],
        ),
    ],
)
def test_shares_widths_and_codecs(prompt: str, expected: list[Any]) -> None:
    assert steps(prompt) == expected


def test_a_codec_said_with_the_container_is_never_read_away() -> None:
    # an HEVC picture would be copied into an mp4 as it is: the codec said is a step
    for said in ("convert it to mp4 with h265", "convert it to an HEVC mp4"):
        assert [(s.op, s.params) for s in plan(said, duration=60.0).steps] == [
            ("convert", {"format": "mp4"}),
            ("codec", {"codec": "hevc"}),
        ]


@pytest.mark.parametrize(
    ("prompt", "says"),
    [
        # what no operation does is said plainly, never asked as a missing value
        ("shift the audio by -300 ms (it is unsynched)", "shifting the sound"),
        ("blur the face in the top left corner", "picking out one thing"),
        ("remove the watermark in the corner", "removing a watermark"),
        ("show the two videos side by side", "side by side"),
        ("cut the video into 3 equal parts", "one edit per part"),
        # a part of it blurred: which part (in time) is asked, with what promptcut blurs
        ("add mosaic to the video (blur some part of it)", "which part, from when to when"),
    ],
)
def test_what_no_operation_does_is_said(prompt: str, says: str) -> None:
    with pytest.raises(NotUnderstood, match=says):
        plan(prompt, duration=60.0)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # a length to stay within: the end cut off there
        ("limit the length to 60 seconds", [("trim", {"end": 60.0})]),
        ("cap it at 30 seconds", [("trim", {"end": 30.0})]),
        # the unit said before the number; "starting from" is from
        (
            "extract a video from it, starting from sec 20 to sec 28",
            [("trim", {"start": 20.0, "end": 28.0})],
        ),
        ("keep mins 5 through 10", [("trim", {"start": 300.0, "end": 600.0})]),
        ("cut just the first few seconds 00:00:04 of the video", [("trim", {"start": 4.0})]),
        # the video's length said after it, when it is so
        (
            "save part of the clip of 60 seconds: extract a video from it, starting from sec 20 "
            "to sec 28",
            [("trim", {"start": 20.0, "end": 28.0})],
        ),
    ],
)
def test_lengths_units_and_the_length_said_after_the_video(
    prompt: str, expected: list[Any]
) -> None:
    assert steps(prompt) == expected


def test_a_length_said_after_the_video_that_is_not_its_length_is_refused() -> None:
    with pytest.raises(InvalidRequest, match=r"40\.0 s long"):
        plan("save part of the clip of 40 seconds: keep 0:20 to 0:28", duration=60.0)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("cut out some dead air", [("remove_silence", {})]),
        ('load the ".srt" subtitles with the video', [("subtitles", {})]),
        ("export the recording directly as a GIF file", [("convert", {"format": "gif"})]),
    ],
)
def test_determiners_quoted_kinds_and_adverbs_of_the_way(prompt: str, expected: list[Any]) -> None:
    assert steps(prompt, assets=["subtitles.srt"]) == expected


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("remove the first 15s of the content of scf-01.mp4", [("trim", {"start": 15.0})]),
        ("make scf-01.mp4 black and white", [("grayscale", {})]),
        ("join scf-01.mp4 with clip2.mp4", [("join", {"clips": ("clip2.mp4",)})]),
    ],
)
def test_the_videos_own_file_name_is_the_video(prompt: str, expected: list[Any]) -> None:
    assert steps(prompt, assets=["clip2.mp4"], name="scf-01.mp4") == expected


def test_another_file_name_still_needs_giving() -> None:
    with pytest.raises(InvalidRequest, match=r"other\.mp4"):
        plan("join scf-01.mp4 with other.mp4", duration=60.0, name="scf-01.mp4")


def test_a_selection_of_the_video_is_a_part_of_it() -> None:
    assert steps("save a selection of the video from 0:05 to 0:30") == [
        ("trim", {"start": 5.0, "end": 30.0})
    ]
    with pytest.raises(NotUnderstood, match="from when to when"):
        plan("save a selection of the video as a new file", duration=60.0)


def test_a_gif_command_with_its_writing_options() -> None:
    assert steps(
        "save a portion of the video as an animated GIF: ffmpeg -v warning -ss 3 -t 3 -i "
        "video.mp4 -vf fps=15,scale=320:-1:flags=lanczos -gifflags +transdiff -y out.gif"
    ) == [("trim", {"start": 3.0, "end": 6.0}), ("gif", {"fps": 15.0, "width": 320})]


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # an aside of what the file is and what codec it gets, in parts
        (
            "convert the avi to an mp4 (video codec from MPEG-4 to H.264, there is no audio)",
            [("convert", {"format": "mp4"}), ("codec", {"codec": "h264"})],
        ),
        # ffmpeg's stabilizers, by their filter names
        ("use the stabilization filter vidstabdetect on the video", [("stabilize", {})]),
        (
            "reduce the camera shake with FFmpeg's deshake filter: -vf deshake=x=-1:y=-1:rx=16",
            [("stabilize", {})],
        ),
        # the room cutting silence leaves, asked for
        ("cut out the silence but leave a little room", [("remove_silence", {})]),
        # what the video can be: a statement, no edit
        (
            "limit the length to 60 seconds (the YouTube Shorts limit): the video can be way "
            "longer",
            [("trim", {"end": 60.0})],
        ),
    ],
)
def test_asides_filters_and_statements(prompt: str, expected: list[Any]) -> None:
    assert steps(prompt) == expected


@pytest.mark.parametrize(
    "prompt",
    [
        # a part of the aside that asks for something is never set aside
        "convert the avi to an mp4 (video codec from MPEG-4 to H.264, make it louder)",
        # room left by an edit that leaves none
        "mute it but leave some silence",
    ],
)
def test_asides_and_riders_that_ask_are_not_set_aside(prompt: str) -> None:
    with pytest.raises((NotUnderstood, InvalidRequest)):
        plan(prompt, duration=60.0)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # the video's own sound muted after music is added: the music stays, alone
        ("add music.mp3 and mute the video", [("replace_audio", {"file": "music.mp3"})]),
        ("add music.mp3 and mute the original audio", [("replace_audio", {"file": "music.mp3"})]),
        (
            "add music.mp3 and make the video quieter",
            [("add_music", {"file": "music.mp3"}), ("volume", {"db": -6.0})],
        ),
    ],
)
def test_a_mute_after_music_keeps_the_music(prompt: str, expected: list[Any]) -> None:
    assert steps(prompt, assets=["music.mp3"]) == expected


@pytest.mark.parametrize(
    ("prompt", "says"),
    [
        # "it" after added music may be the music or the whole mix: asked, with examples
        ("add music.mp3 and make it quieter", "the music, the video's own sound, or the whole"),
        ("add music.mp3 and make it louder", "raise its volume"),
        # so may "the audio" or "the volume"
        ("add music.mp3 as background music and lower the audio", "the video's own sound"),
        ("add music.mp3 and turn the volume down", "the video's own sound"),
        # muting the music just added
        ("add music.mp3 and mute the music", "mutes the music"),
    ],
)
def test_it_after_music_is_asked_about(prompt: str, says: str) -> None:
    with pytest.raises(NotUnderstood, match=says):
        plan(prompt, duration=60.0, assets=["music.mp3"])


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # what is wrong, fixed by an edit asked for: said once, done once
        ("the audio is too quiet, normalize it", [("normalize", {})]),
        ("fade out the video; it just abruptly stops", [("fade", {"direction": "out"})]),
        (
            "remove the black frame at the beginning of the video, which ruins the looping effect",
            [("remove_black", {"where": "start"})],
        ),
        (
            "slightly drop the contrast: I regularly shoot in high-contrast scenarios",
            [("contrast", {"percent": -10.0})],
        ),
        (
            "increase the volume: one TV station is at a lower volume after conversion",
            [("volume", {"db": 6.0})],
        ),
        # a statement of no fault asks for nothing
        ("make it black and white, which makes it look old", [("grayscale", {})]),
    ],
)
def test_statements_answered_by_the_plan_are_set_aside(prompt: str, expected: list[Any]) -> None:
    assert steps(prompt) == expected


@pytest.mark.parametrize(
    ("prompt", "says"),
    [
        # what is wrong, and nothing asked fixes it: whether to fix it is asked, with the fix
        ("the video is upside down, make it black and white", "rotate it 180 degrees"),
        ("make it black and white, the audio is too quiet", "make the audio louder"),
        ("make it black and white; it is shaky", "stabilize it"),
        # an edit the rest does not ask for, said as what it does
        ("make it black and white, which crops it", "which crops it"),
    ],
)
def test_a_fault_or_an_edit_no_step_answers_is_asked_about(prompt: str, says: str) -> None:
    with pytest.raises(NotUnderstood, match=says):
        plan(prompt, duration=60.0)


@pytest.mark.parametrize(
    "prompt",
    [
        "convert the video from 60 to 30 fps",
        "change the frame rate from 60 to 30",
        "reduce the fps from 60fps to 30",
    ],
)
def test_a_rate_changed_from_its_own_is_read(prompt: str) -> None:
    got = plan(prompt, duration=60.0, picture=(1280, 720, 60.0)).steps
    assert [(s.op, s.params) for s in got] == [("fps", {"fps": 30.0})]


@pytest.mark.parametrize(
    ("prompt", "says"),
    [
        # what it is changed from is what the video is said to be: checked against the file
        ("convert the video from 50 to 30 fps", "50 fps, but it is 60 fps"),
        ("change the frame rate from 50 to 30", "50 fps, but it is 60 fps"),
        ("resize the video from 1080p to 720p", "1080p, but it is 1280x720"),
        ("resize from 1920x1080 to 640x360", "1920x1080, but it is 1280x720"),
    ],
)
def test_what_it_is_changed_from_is_checked(prompt: str, says: str) -> None:
    with pytest.raises(InvalidRequest, match=says):
        plan(prompt, duration=60.0, picture=(1280, 720, 60.0))


@pytest.mark.parametrize(
    ("prompt", "direction"),
    [
        ("fade in the audio at the start", "in"),
        ("fade the audio in at the beginning of the video", "in"),
        ("fade out the audio at the very end", "out"),
    ],
)
def test_a_fade_of_the_sound_said_where_it_is(prompt: str, direction: str) -> None:
    assert steps(prompt) == [("fade", {"direction": direction, "target": "audio"})]


def test_a_fade_of_the_sound_at_the_other_end_is_asked_about() -> None:
    with pytest.raises((NotUnderstood, InvalidRequest), match="which is meant"):
        plan("fade in the audio at the end", duration=60.0)


@pytest.mark.parametrize(
    ("prompt", "assets", "expected"),
    [
        # the clips joined, counted, and what joining makes
        ("merge the two mp4 files into 1", ["second.mp4"], [("join", {})]),
        ("combine both videos into one", ["second.mp4"], [("join", {})]),
        # the file's size, said in other words
        ("make the filesize of the video smaller", [], [("quality", {"level": "small"})]),
        ("make the video smaller in size", [], [("quality", {"level": "small"})]),
        (
            "make the 35 meg video a lot smaller, to say 10 or 12 meg, so it is easy to email: "
            "I don't mind if it's grainy or pixellated, as long as the audio is OK",
            [],
            [("compress", {"max_mb": 10.0})],
        ),
        ("scale the dimensions of the phone video to 50%", [], [("resize", {"percent": 50.0})]),
        ("change the frame rate (fps) 30 --> 12", [], [("fps", {"fps": 12.0})]),
        # a clip made of a part is the part kept
        (
            "cut the video into a 30 second clip starting at 0:10",
            [],
            [("trim", {"start": 10.0, "end": 40.0})],
        ),
        ("make a preview clip from 0:20 to 0:50", [], [("trim", {"start": 20.0, "end": 50.0})]),
        (
            "make a short gif of the full video from 0:10 to 0:15",
            [],
            [("trim", {"start": 10.0, "end": 15.0}), ("convert", {"format": "gif"})],
        ),
        # each fade where its direction says, the places said in the same order
        (
            "add a video fade in (from black) and fade out (to black) at the start and end of the "
            "clip",
            [],
            [("fade", {"direction": "in"}), ("fade", {"direction": "out"})],
        ),
    ],
)
def test_plain_phrasings_of_joins_sizes_clips_and_fades(
    prompt: str, assets: list[str], expected: list[Any]
) -> None:
    assert steps(prompt, assets=assets) == expected


@pytest.mark.parametrize(
    "prompt",
    [
        # where a fade starts, never a cut of black frames
        "from black",
        # a fade said to be at the other end
        "fade out at the start",
        "fade in at the end",
        # what must stay good, and an edit that takes it away
        "mute it, as long as the audio is ok",
    ],
)
def test_words_that_only_look_like_an_edit_are_refused(prompt: str) -> None:
    with pytest.raises((NotUnderstood, InvalidRequest)):
        plan(prompt, duration=60.0)


@pytest.mark.parametrize(
    ("prompt", "assets", "expected"),
    [
        # an encoder's quality setting says how it is written; the words say the edit
        (
            "make the filesize of the video smaller: ffmpeg -y -i input.mp4 -c:v libx264 -crf 22 "
            "-preset veryslow -tune film output.mp4",
            [],
            [("quality", {"level": "small"})],
        ),
        # options said alone: the one input named is the one laid over
        (
            "put the watermark on the video: -i mark.png -filter_complex "
            "overlay=main_w-overlay_w-5:main_h-overlay_h-5",
            ["mark.png"],
            [("overlay_image", {"file": "mark.png"})],
        ),
        # what stays as it is, said against the original
        (
            "scale the dimensions of the phone video to 50%, keeping the same fps as the original",
            [],
            [("resize", {"percent": 50.0})],
        ),
        # a width in other words, and scaling on the way
        (
            "convert the .mov file into an animated GIF file, rescaling to 600 pixels in width",
            [],
            [("gif", {"width": 600})],
        ),
        # "compress" said of the running time: shorter, by the means said
        (
            "compress the video so that its runtime is as short as possible, by removing any "
            "significant gaps between words",
            [],
            [("remove_silence", {})],
        ),
        ("make it fit discord's 25mb limit", [], [("compress", {"max_mb": 25.0})]),
    ],
)
def test_commands_riders_widths_and_runtimes(
    prompt: str, assets: list[str], expected: list[Any]
) -> None:
    assert steps(prompt, assets=assets) == expected


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("tune the volume of the example video down a bit", [("volume", {"db": -3.0})]),
        ("adjust the volume of the video to 0.3 times", [("volume", {"percent": 30.0})]),
        ("make the sound of the video 1.5 times as loud", [("volume", {"percent": 150.0})]),
        (
            "mute the part from 50 seconds to 55 seconds of the video, filling it with silence "
            "rather than deleting the audio",
            [("volume", {"start": 50.0, "end": 55.0, "percent": 0.0})],
        ),
        (
            "change the video colour to black and white: ffmpeg -i in.mp4 -filter_complex hue=s=0 "
            "-c:a copy out.mp4",
            [("grayscale", {})],
        ),
        (
            "keep only the last 5 seconds: ffmpeg -i in.mp4 -sseof -5 -c copy out.mp4",
            [("trim", {"start": -5.0})],
        ),
        (
            "extract the part of the video from 00:00:10 to 00:00:30: ffmpeg -i in.mp4 -ss "
            "00:00:10 -to 00:00:30 -c copy out.mp4",
            [("trim", {"start": 10.0, "end": 30.0})],
        ),
        ("decrease the size of my video to below 300KB", [("compress", {"max_mb": 0.3})]),
        (
            "play the video at 0.8x speed, the sound keeping its pitch: ffmpeg -i src.mp4 -vf "
            "setpts=PTS/0.8 -af atempo=0.8 dest.mp4",
            [("speed", {"factor": 0.8})],
        ),
        (
            "stabilize the action camera video of my ride: the camera has no stabilization, and "
            "the road surface makes the footage shake",
            [("stabilize", {})],
        ),
        (
            "cut away the 90-pixel black bars on the left and right",
            [("crop_edges", {"left": 90.0, "right": 90.0})],
        ),
        ("make a thumbnail from the frame at 0:03", [("still", {"at": 3.0})]),
        ("resize to 1080x1920 for tiktok", [("resize", {"width": 1080, "height": 1920})]),
    ],
)
def test_levels_notation_and_descriptions_as_people_write_them(
    prompt: str, expected: list[Any]
) -> None:
    assert steps(prompt) == expected


def test_the_videos_length_said_after_it_is_checked() -> None:
    said = "keep a section of the video by start and end time: mins 5 through 8 of the video, "
    assert steps(said + "10 mins long", duration=600.0) == [
        ("trim", {"start": 300.0, "end": 480.0})
    ]
    with pytest.raises(InvalidRequest, match=r"30:00\.0 long"):
        plan(said + "30 mins long", duration=600.0)


@pytest.mark.parametrize(
    "prompt",
    [
        # examples far apart are two different edits: which is meant is asked
        "rotate the video, for example 90 degrees or 180 degrees",
        # what causes a fault the plan does not fix
        "make it black and white; the road makes the camera shake",
    ],
)
def test_examples_far_apart_and_causes_of_faults_are_asked_about(prompt: str) -> None:
    with pytest.raises((NotUnderstood, InvalidRequest)):
        plan(prompt, duration=60.0)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        (
            "create a silence in the clip from 0.5 to 1 second",
            [("volume", {"start": 0.5, "end": 1.0, "percent": 0.0})],
        ),
        (
            "remove the long silences from the podcast (I remove them manually now)",
            [("remove_silence", {})],
        ),
        (
            "compress the 8GB video to an 800MB file before upload to the server",
            [("compress", {"max_mb": 800.0})],
        ),
        ("make it brighter, e.g. by 20%", [("brightness", {"percent": 20.0})]),
    ],
)
def test_silences_made_objects_named_and_when_it_is_wanted(
    prompt: str, expected: list[Any]
) -> None:
    assert steps(prompt) == expected


def test_a_title_shown_for_a_while_fades_itself() -> None:
    for said in ("and fade it out", ", fading out"):
        got = steps(f'add the title "Intro" for the first 3 seconds {said}'.replace(" ,", ","))
        assert got == [("text", {"end": 3.0, "text": "Intro", "fade_out": 0.5})]


@pytest.mark.parametrize(
    "prompt",
    [
        # "it" just put on the picture, which does not fade: never the whole video faded
        "add logo.png and fade it in",
        "overlay clip2.mp4 in the corner and fade it out",
        # a title shown throughout, or the video: which fades is asked
        'add the title "Intro" and fade it out',
    ],
)
def test_fading_what_was_just_put_on_is_never_the_video_fading(prompt: str) -> None:
    with pytest.raises(NotUnderstood):
        plan(prompt, duration=60.0, assets=["logo.png", "clip2.mp4"])


@pytest.mark.parametrize(
    ("prompt", "assets", "expected"),
    [
        (
            "merge the video files together, just appending one to another",
            ["b.mp4"],
            [("join", {})],
        ),
        ("make the produced video <10MB", [], [("compress", {"max_mb": 10.0})]),
        (
            "add a fade out at the end, for both the video and audio, instead of a hard stop",
            [],
            [("fade", {"direction": "out"})],
        ),
    ],
)
def test_riders_of_joins_sizes_and_fades(
    prompt: str, assets: list[str], expected: list[Any]
) -> None:
    assert steps(prompt, assets=assets) == expected


def test_a_piece_with_its_own_verb_never_takes_the_words_before() -> None:
    # "… to the video and show it in the wall" is never "… to show it in the wall" (a purpose)
    with pytest.raises(NotUnderstood, match="show it in the wall"):
        plan("apply a grey filter to the video and show it in the wall", duration=60.0)


def test_a_purpose_on_a_vertical_platform_asks_for_its_shape() -> None:
    assert steps("crop it to 9:16 for posting on tiktok") == [("crop", {"aspect": "9:16"})]
    with pytest.raises(NotUnderstood):
        plan("resize it to 720p for posting on tiktok", duration=60.0)


@pytest.mark.parametrize(
    ("prompt", "assets", "expected"),
    [
        # the name the result is saved under says its format, never a file to be given
        (
            "make it black and white and save it as output.mp4",
            [],
            [("grayscale", {}), ("convert", {"format": "mp4"})],
        ),
        (
            "mute it and name the result final.webm",
            [],
            [("mute", {}), ("convert", {"format": "webm"})],
        ),
        (
            "trim the first 5 seconds and export as out.mkv",
            [],
            [("trim", {"start": 5.0}), ("convert", {"format": "mkv"})],
        ),
        # a file given is the file, wherever it stands
        ("add music.mp3", ["music.mp3"], [("add_music", {"file": "music.mp3"})]),
        # "take" alone keeps; "take out", "take away" remove
        ("take 0:10 to 0:20", [], [("trim", {"start": 10.0, "end": 20.0})]),
        ("take out 0:10 to 0:20", [], [("cut", {"start": 10.0, "end": 20.0})]),
        ("take 0:10 to 0:20 out", [], [("cut", {"start": 10.0, "end": 20.0})]),
        # the result said as the video wanted
        ("remove the audio from the video: I need a muted video", [], [("mute", {})]),
        ("make a preview clip from 0:20 to 0:50", [], [("trim", {"start": 20.0, "end": 50.0})]),
    ],
)
def test_output_names_takes_and_the_video_wanted(
    prompt: str, assets: list[str], expected: list[Any]
) -> None:
    assert steps(prompt, assets=assets) == expected


def test_a_name_not_given_elsewhere_is_still_asked_for() -> None:
    with pytest.raises(InvalidRequest, match=r"clip2\.mp4"):
        plan("add clip2.mp4 to the end", duration=60.0)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # ffmpeg's fade and afade: from the start, or ending where the video ends
        (
            "fade the audio in and out: afade=t=in:ss=0:d=2,afade=t=out:st=27:d=3",
            [
                ("fade", {"direction": "in", "duration": 2.0, "target": "audio"}),
                ("fade", {"direction": "out", "duration": 3.0, "target": "audio"}),
            ],
        ),
        (
            "fade in and out (fade=t=in:st=0:d=2, fade=t=out:st=28:d=2)",
            [
                ("fade", {"direction": "in", "duration": 2.0}),
                ("fade", {"direction": "out", "duration": 2.0}),
            ],
        ),
        # frames at the video's rate: 30 frames at 30 fps
        ('ffmpeg -i in.mp4 -vf "fade=in:0:30" out.mp4', [("fade", {"direction": "in"})]),
    ],
)
def test_ffmpegs_fades_are_read(prompt: str, expected: list[Any]) -> None:
    assert steps(prompt, duration=30.0) == expected


@pytest.mark.parametrize(
    "prompt",
    [
        "fade out the video: fade=t=out:st=25:d=3",  # ends 2 s before the end
        "fade the video in: fade=t=in:st=5:d=1",  # starts 5 s in
        "fade in: fade=t=in:st=0:d=1:color=white",  # from white
    ],
)
def test_a_fade_filter_promptcut_cannot_make_is_refused(prompt: str) -> None:
    with pytest.raises(NotUnderstood):
        plan(prompt, duration=30.0, picture=_PICTURE)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # how an issue tracker asks for a feature, before the edit it asks for
        ("Add option to remove audio from video", [("mute", {})]),
        ("Feature request: convert video to black and white", [("grayscale", {})]),
        ("Support for removing the audio track", [("mute", {})]),
        ("Ability to speed up the video 2x", [("speed", {"factor": 2.0})]),
        (
            "[Feature] Add fade in/out to video",
            [("fade", {"direction": "in"}), ("fade", {"direction": "out"})],
        ),
        ("Allow exporting video as gif", [("convert", {"format": "gif"})]),
        ("Request: compress video to under 25MB for discord", [("compress", {"max_mb": 25.0})]),
        ("It would be nice to be able to trim the first 10 seconds", [("trim", {"start": 10.0})]),
        ("Would love a feature to make videos black and white", [("grayscale", {})]),
        ("Please add an option to loop the video 3 times", [("loop", {"times": 3})]),
        ("Is there an option to mute the video?", [("mute", {})]),
        ("Add support for rotating videos 90 degrees", [("rotate", {"degrees": 90})]),
        # the video's size, said with no "the" or as its own
        ("reduce video file size", [("quality", {"level": "small"})]),
        ("reduce the video's file size", [("quality", {"level": "small"})]),
    ],
)
def test_feature_requests_ask_for_the_edit_after_them(prompt: str, expected: list[Any]) -> None:
    assert steps(prompt) == expected


def test_a_feature_request_that_names_no_value_is_asked_about() -> None:
    with pytest.raises(NotUnderstood, match="which way"):
        plan("Add support for rotating videos", duration=60.0)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # the video called by a file name, where the edited video is, with no other file
        ("convert input.mp4 to a gif", [("convert", {"format": "gif"})]),
        (
            "extract the audio from video.mp4 and save it as audio.mp3",
            # (the sound extracted, then converted to mp3: one conversion, `_merged`)
            [("convert", {"format": "mp3"})],
        ),
        ("trim first 30 seconds from video.mp4", [("trim", {"start": 30.0})]),
        (
            "cut 0:10-0:20 out of input.mp4 and compress it",
            [("cut", {"start": 10.0, "end": 20.0}), ("quality", {"level": "small"})],
        ),
        # what is said of the video in brackets is checked, never an edit
        ("speed up the video (1280x720, 30 fps) 10x", [("speed", {"factor": 10.0})]),
        # with no sound, said after the edit
        ("speed it up 2x without sound", [("speed", {"factor": 2.0}), ("mute", {})]),
        ("make it 2x faster, without the audio", [("speed", {"factor": 2.0}), ("mute", {})]),
        # how promptcut cuts anyway
        ("trim the first 5 seconds without re-encoding", [("trim", {"start": 5.0})]),
        ("keep 0:10 to 0:20 with stream copy", [("trim", {"start": 10.0, "end": 20.0})]),
    ],
)
def test_names_facts_and_riders_of_the_video(prompt: str, expected: list[Any]) -> None:
    assert steps(prompt) == expected


@pytest.mark.parametrize(
    ("prompt", "assets", "error"),
    [
        # another file is brought in: a name not given is asked for
        ("add intro.mp4 to the start of video.mp4", [], InvalidRequest),
        ("join video.mp4 and clip2.mp4", [], InvalidRequest),
        # what is said of the video is not so
        ("speed up the video (1920x1080, 30 fps) 10x", [], InvalidRequest),
        # a picture edit cannot be made without re-encoding
        ("make it black and white without re-encoding", [], NotUnderstood),
        # whose sound goes with the music added is asked
        ("add music.mp3 without the sound", ["music.mp3"], NotUnderstood),
        # "(youtube)" says where it goes, not what it is
        ("mute the video (youtube)", [], NotUnderstood),
    ],
)
def test_names_facts_and_riders_that_do_not_hold_are_refused(
    prompt: str, assets: list[str], error: type[Exception]
) -> None:
    with pytest.raises(error):
        plan(prompt, duration=60.0, assets=assets, picture=_PICTURE)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # ffmpeg named as the tool the person knows: no edit of its own
        (
            "How can I remove the last 10 seconds of a video with ffmpeg?",
            [("trim", {"end": -10.0})],
        ),
        ("ffmpeg speed up video 2x", [("speed", {"factor": 2.0})]),
        ("Can ffmpeg remove silence from a video?", [("remove_silence", {})]),
        ("mute it using ffmpeg's command line", [("mute", {})]),
        (
            'apply motion stabilization or "de-shake" as in ffmpeg\'s deshake filter',
            [("stabilize", {})],
        ),
        # the video by its kind of file; never a conversion to it
        ("What's the command to extract audio from an mp4 file?", [("extract_audio", {})]),
        ("extract audio from mp4", [("extract_audio", {})]),
        ("convert from mp4 to webm", [("convert", {"format": "webm"})]),
        # a smaller picture, said as compressing
        ("Compress this 4K video down to 1080p", [("resize", {"lines": 1080})]),
    ],
)
def test_the_tool_named_and_the_file_by_its_kind(prompt: str, expected: list[Any]) -> None:
    assert steps(prompt) == expected


@pytest.mark.parametrize(
    "prompt",
    [
        # a value the video has now ("from 60fps"), never the one wanted
        "convert from 60fps",
        "reduce the video from 1080p",
        # bare numbers after a level are no times
        "increase the brightness from 0 to 10",
    ],
)
def test_a_value_it_comes_from_is_never_the_one_wanted(prompt: str) -> None:
    with pytest.raises(NotUnderstood):
        plan(prompt, duration=60.0, picture=_PICTURE)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("reduce the video from 720p to 480p", [("resize", {"lines": 480})]),
        ("lower the volume from 100% to 50%", [("volume", {"percent": 50.0})]),
        # bare numbers after the volume are its times, as after "mute"
        ("lower the volume from 5 to 10", [("volume", {"start": 5.0, "end": 10.0, "db": -6.0})]),
    ],
)
def test_from_one_value_to_another(prompt: str, expected: list[Any]) -> None:
    assert steps(prompt) == expected


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # the name a pasted command gives this video, said in words too
        (
            "convert video.mov to a gif: ffmpeg -i video.mov -vf fps=5 animated.gif",
            [("gif", {"fps": 5.0})],
        ),
        # all of the video; a size and a format together; compression as always done
        ("turn all the footage black-and-white", [("grayscale", {})]),
        (
            "convert the video to 720p MP4 with good compression",
            [("resize", {"lines": 720}), ("convert", {"format": "mp4"})],
        ),
        # a filter named as how an edit is done
        ("denoise it with the hqdn3d filter", [("denoise", {})]),
        # both fades of the sound named after them
        (
            "add a fade in and fade out to the video's own audio track",
            [
                ("fade", {"direction": "in", "target": "audio"}),
                ("fade", {"direction": "out", "target": "audio"}),
            ],
        ),
    ],
)
def test_commands_names_sizes_and_fades_said_together(prompt: str, expected: list[Any]) -> None:
    assert steps(prompt) == expected


@pytest.mark.parametrize(
    "prompt",
    [
        # where a part named by what is in it is, is asked, even with how much said after it
        "speed up the sequence of guests walking down the stairs to eat, to double speed",
        "speed up the part where he walks, to double speed",
        # a filter no edit asked for is not how it is done
        "make it black and white with the hqdn3d filter",
    ],
)
def test_a_part_named_by_its_content_or_a_stray_method_is_asked_about(prompt: str) -> None:
    with pytest.raises(NotUnderstood):
        plan(prompt, duration=60.0, picture=_PICTURE)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # an edit named by its noun, as an issue's title names it
        ("Audio removal", [("mute", {})]),
        ("Video compression", [("quality", {"level": "small"})]),
        ("Silence removal", [("remove_silence", {})]),
        ("Audio extraction", [("extract_audio", {})]),
        ("Feature request: audio removal", [("mute", {})]),
    ],
)
def test_an_edit_named_by_its_noun(prompt: str, expected: list[Any]) -> None:
    assert steps(prompt) == expected


def test_an_edit_named_by_its_noun_asks_for_its_value() -> None:
    with pytest.raises(NotUnderstood, match="which way"):
        plan("Video rotation", duration=60.0)


def test_the_same_filter_said_twice_is_one_edit() -> None:
    # the filter, then the command it is in: once, never half of a half
    assert steps("volume=0.5. ffmpeg -i a.mp4 -af volume=0.5 b.mp4") == [
        ("volume", {"percent": 50.0})
    ]


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # a part, then which one, as an example or after a colon
        (
            "save part of the video as a gif, e.g. the first 8 seconds",
            [("trim", {"end": 8.0}), ("convert", {"format": "gif"})],
        ),
        ("blur a part of the clip (from 5 to 10 seconds)", [("blur", {"start": 5.0, "end": 10.0})]),
        (
            "convert only a specific part of the video: the first five minutes",
            [("trim", {"end": 300.0})],
        ),
        # the part, with the video it is of said again
        (
            "export the first 8 seconds of the video as a gif",
            [("trim", {"end": 8.0}), ("convert", {"format": "gif"})],
        ),
        ("transcode only 1:00-2:00", [("trim", {"start": 60.0, "end": 120.0})]),
        # where a part starts, then how long it is
        ("keep from the 5th second, 140 seconds long", [("trim", {"start": 5.0, "end": 145.0})]),
        # a format and the size to stay under, said together
        (
            "make the edited video a webm file of 2MB or less",
            [("convert", {"format": "webm"}), ("compress", {"max_mb": 2.0})],
        ),
        ("make it an 8mb mp4", [("convert", {"format": "mp4"}), ("compress", {"max_mb": 8.0})]),
        # (the size of the video it is)
        ("convert the 500MB mp4 to webm", [("convert", {"format": "webm"})]),
        ("convert it to a small gif", [("gif", {"fps": 8.0, "width": 320})]),
    ],
)
def test_parts_by_example_and_formats_with_sizes(prompt: str, expected: list[Any]) -> None:
    assert steps(prompt, duration=600.0) == expected


@pytest.mark.parametrize(
    "prompt",
    [
        # a small GIF in words, its rate and size in ffmpeg's: which?
        "convert the mp4 to a small GIF: ffmpeg -i in.mp4 -s 480x270 -r 15 -f gif",
        # a part that is no time: still asked
        "cut part of the video, the boring one",
        # an overlay at a place promptcut has no name for, its timing in a filter expression
        "ffmpeg -i input.mp4 -i mylogo.png -filter_complex"
        ' "overlay=700:300:enable=between(t\\,3\\,6)" output.mp4',
    ],
)
def test_said_twice_or_not_at_all_is_asked(prompt: str) -> None:
    with pytest.raises(NotUnderstood):
        plan(prompt, duration=60.0, assets=["mylogo.png"], picture=_PICTURE)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # a smaller file that keeps its quality: the balanced encoding, or the size limit's best
        ("reduce video size without losing quality", [("quality", {"level": "balanced"})]),
        ("compress it to 8mb while keeping the quality", [("compress", {"max_mb": 8.0})]),
        (
            "convert video to gif with good quality",
            [("convert", {"format": "gif"}), ("quality", {"level": "high"})],
        ),
        # the video with no "the"
        ("make video black and white", [("grayscale", {})]),
        ("trim video to 30 seconds", [("trim", {"end": 30.0})]),
        # a change of format by its noun
        ("Video to GIF conversion", [("convert", {"format": "gif"})]),
        ("MP4 to WebM conversion", [("convert", {"format": "webm"})]),
        # the rate it has, then the one wanted
        ("convert 30fps to 24fps", [("fps", {"fps": 24.0})]),
        # a part of the sound
        ("mute the first 10 seconds of audio", [("volume", {"end": 10.0, "percent": 0.0})]),
        (
            "fade out the last 3 seconds of the audio",
            [("fade", {"direction": "out", "duration": 3.0, "target": "audio"})],
        ),
        (
            "replace the audio from 0:10 to 0:20 with silence",
            [("volume", {"start": 10.0, "end": 20.0, "percent": 0.0})],
        ),
    ],
)
def test_sizes_kept_quality_bare_nouns_and_parts_of_the_sound(
    prompt: str, expected: list[Any]
) -> None:
    assert steps(prompt, duration=120.0) == expected


def test_the_rate_said_before_the_one_wanted_is_checked() -> None:
    with pytest.raises(InvalidRequest, match="60 fps"):
        plan("convert 60fps to 30fps", duration=60.0, picture=_PICTURE)


@pytest.mark.parametrize(
    ("prompt", "picture", "duration", "expected"),
    [
        # how bad a fault is, and the fault said again in other words
        (
            "remove the subtle camera shake, a kind of fine vibration",
            _PICTURE,
            60.0,
            [("stabilize", {})],
        ),
        # the video said last, and how it was shot
        (
            "remove the camera shake, from the footage of the live event, shot from a tripod",
            _PICTURE,
            60.0,
            [("stabilize", {})],
        ),
        # a hyphenated black screen
        ("delete the black-screen parts of the video", _PICTURE, 60.0, [("remove_black", {})]),
        # where the video ends, or starts
        (
            "trim the end of the recording a little bit, to 0:50",
            _PICTURE,
            60.0,
            [("trim", {"end": 50.0})],
        ),
        ("trim the start to 0:10", _PICTURE, 60.0, [("trim", {"start": 10.0})]),
        # a speed, whichever way, that plays it all in that long
        (
            "play the video at a speed so that it plays completely in 5 seconds",
            _PICTURE,
            20.0,
            [("speed", {"factor": 4.0})],
        ),
        ("play it at a speed so it lasts 40 seconds", _PICTURE, 20.0, [("speed", {"factor": 0.5})]),
        # a crop's area, and ffmpeg's crop by its options' names; tpad's last frame held on
        (
            "crop the 1072x1072 area at x=520 y=32",
            (2560, 1440, 30.0),
            10.0,
            [("crop_area", {"width": 1072, "height": 1072, "x": 520, "y": 32})],
        ),
        (
            "crop=w=1072:h=1072:x=520:y=32",
            (2560, 1440, 30.0),
            10.0,
            [("crop_area", {"width": 1072, "height": 1072, "x": 520, "y": 32})],
        ),
        (
            "pad the end by holding the last frame for 1 second:"
            " -vf tpad=stop_mode=clone:stop_duration=1",
            (2560, 1440, 30.0),
            10.0,
            [("freeze", {"at": 9.949, "seconds": 1.0})],
        ),
        # the silence cut with its margin
        (
            "automatically cut out the silence from the video, with a margin of 0.1 seconds",
            _PICTURE,
            60.0,
            [("remove_silence", {"margin": 0.1})],
        ),
        # a length among the words that say what the video is
        (
            "trim the first 10:15 from the 36 min board meeting video",
            _PICTURE,
            2160.0,
            [("trim", {"start": 615.0})],
        ),
        ("make a 2x2 image grid", _PICTURE, 60.0, [("contact_sheet", {"columns": 2, "rows": 2})]),
    ],
)
def test_faults_ends_speeds_to_a_length_and_ffmpeg_options(
    prompt: str, picture: tuple[int, int, float], duration: float, expected: list[Any]
) -> None:
    got = plan(prompt, duration=duration, picture=picture).steps
    assert [(s.op, s.params) for s in got] == expected


def test_a_video_named_in_brackets_is_the_video() -> None:
    got = plan(
        "concatenate the video (part_1.mp4) and part_2.mp4 with fades from and to black in between",
        duration=60.0,
        assets=["part_2.mp4"],
        picture=_PICTURE,
    ).steps
    assert [(s.op, s.params) for s in got] == [
        ("transition", {"clips": ("part_2.mp4",), "style": "fadeblack"})
    ]


@pytest.mark.parametrize(
    "prompt",
    [
        # a length said among the words about the video, not its length
        "make the 30 min board meeting video black and white",
        # a fault said again, of an edit that does not fix it
        "make it black and white, a kind of fine vibration",
        # the video said last, with a length it does not have
        "mute it, from the video of 3 seconds",
    ],
)
def test_facts_and_faults_said_on_the_way_are_checked(prompt: str) -> None:
    with pytest.raises((InvalidRequest, NotUnderstood)):
        plan(prompt, duration=2160.0, picture=_PICTURE)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # what is wrong, said just after the fix that names no direction
        ("turn the video the right way up, it's upside down", [("rotate", {"degrees": 180})]),
        # a part said what it is, then its times
        (
            "speed up the middle part 0:20-0:40 by 2x",
            [("speed", {"start": 20.0, "end": 40.0, "factor": 2.0})],
        ),
        # a plain fade, and how long, said last
        (
            "a simple fade from black at the beginning and to black at the end (2 s)",
            [
                ("fade", {"direction": "in", "duration": 2.0}),
                ("fade", {"direction": "out", "duration": 2.0}),
            ],
        ),
        ("fade to black at the end (2 s)", [("fade", {"direction": "out", "duration": 2.0})]),
        # the best quality a size limit allows
        (
            "compress the video to just under 25 mb but keep the best quality possible",
            [("compress", {"max_mb": 25.0})],
        ),
        # the result, then how it is reached
        ("make it shorter, only keep the first minute", [("trim", {"end": 60.0})]),
    ],
)
def test_fixes_said_first_parts_named_then_timed_and_results_then_how(
    prompt: str, expected: list[Any]
) -> None:
    assert steps(prompt, duration=120.0) == expected


@pytest.mark.parametrize(
    "prompt",
    [
        "turn it the right way up",  # which way is wrong is not said
        "turn it the right way up, it's rotated",  # nor which way it is turned
        "make it shorter, make it black and white",  # how much shorter is not said
    ],
)
def test_a_fix_or_a_result_with_nothing_to_say_how_is_asked(prompt: str) -> None:
    with pytest.raises(NotUnderstood):
        plan(prompt, duration=120.0, picture=_PICTURE)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # what the video is to be, as the edit that makes it so
        ("the clip should be cut to 30 seconds", [("trim", {"end": 30.0})]),
        ("it needs to be rotated 90 degrees clockwise", [("rotate", {"degrees": 90})]),
        ("the video has to be sped up 2x", [("speed", {"factor": 2.0})]),
        ("the 1280x720 clip needs to be 1920x1080", [("resize", {"width": 1920, "height": 1080})]),
        ("it should be louder", [("volume", {"db": 6.0})]),
        # how long each is, said of both
        (
            "add a fade in and fade out of 2 seconds each",
            [
                ("fade", {"direction": "in", "duration": 2.0}),
                ("fade", {"direction": "out", "duration": 2.0}),
            ],
        ),
    ],
)
def test_what_the_video_is_to_be_and_lengths_said_of_each(prompt: str, expected: list[Any]) -> None:
    assert steps(prompt, duration=45.0) == expected


def test_what_the_video_is_to_be_is_checked_against_what_it_is() -> None:
    with pytest.raises(InvalidRequest, match="1920x1080"):
        plan("the 1920x1080 clip needs to be 1280x720", duration=45.0, picture=_PICTURE)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # stretched to a shape: the height kept, the width the shape's
        ("stretch it to 16:9", [("resize", {"width": 1920, "height": 1080})]),
        (
            "convert the 4:3 video to 16:9 by stretching it",
            [("resize", {"width": 1920, "height": 1080})],
        ),
        ("stretch the video to 1280x720", [("resize", {"width": 1280, "height": 720})]),
        # where a crop is anyway, which way, and how much off
        ("crop the video to 9:16 from the center", [("crop", {"aspect": "9:16"})]),
        ("crop it vertically for shorts", [("crop", {"aspect": "9:16"})]),
        (
            "crop the video to remove 100px from the top and bottom",
            [("crop_edges", {"top": 100.0, "bottom": 100.0})],
        ),
    ],
)
def test_shapes_stretched_and_crops_said_loosely(prompt: str, expected: list[Any]) -> None:
    got = plan(prompt, duration=60.0, picture=(1440, 1080, 30.0)).steps
    assert [(s.op, s.params) for s in got] == expected


def test_a_stretch_to_a_shape_needs_the_picture_size() -> None:
    with pytest.raises(NotUnderstood):
        plan("make it black and white by stretching it", duration=60.0, picture=(1440, 1080, 30.0))
    with pytest.raises(NotUnderstood):
        plan("stretch it to 16:9", duration=60.0)


@pytest.mark.parametrize(
    ("prompt", "assets", "expected"),
    [
        # the colour of the words just put on, said after them
        ("add the text 'Hi', make it red", (), [("text", {"text": "Hi", "color": "red"})]),
        (
            "add subs.srt, make them yellow",
            ("subs.srt",),
            [("subtitles", {"file": "subs.srt", "color": "yellow"})],
        ),
        # how long each fade is, said as "a fade length"
        (
            "fade the video clip in and out, picture and sound, 1.25 seconds each",
            (),
            [
                ("fade", {"direction": "in", "duration": 1.25}),
                ("fade", {"direction": "out", "duration": 1.25}),
            ],
        ),
    ],
)
def test_colours_said_after_the_words_they_colour(
    prompt: str, assets: tuple[str, ...], expected: list[Any]
) -> None:
    assert steps(prompt, assets=assets) == expected


@pytest.mark.parametrize(
    ("prompt", "duration"),
    [
        # how the person wants the thing to be: asked, never set aside
        (
            "add the subtitles to the video: the default is white and I want them yellow or blue",
            60.0,
        ),
        # a value in a short clause is an instruction, never a label
        ("add the text 'Hi', make it bigger", 60.0),
        # the length the result is to have, checked against what the plan leaves
        ("make it black and white, so it is only about 30 seconds", 540.0),
        ("speed up the video 2x, which takes 9 minutes, so it is only about 30 seconds", 540.0),
        # the length said of it, checked against the file
        ("make it black and white, it is 30 seconds", 540.0),
    ],
)
def test_wishes_values_and_lengths_said_after_an_edit_are_never_set_aside(
    prompt: str, duration: float
) -> None:
    with pytest.raises((NotUnderstood, InvalidRequest)):
        plan(prompt, duration=duration, assets=["subs.srt"], picture=_PICTURE)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # how long each fade is, said as a fade length
        (
            "fade it in and out, with a fade length of 1.25 seconds",
            [
                ("fade", {"direction": "in", "duration": 1.25}),
                ("fade", {"direction": "out", "duration": 1.25}),
            ],
        ),
        # frame rates as a camera names them
        ("convert the 30p footage to 24p", [("fps", {"fps": 24.0})]),
        # from the size it has to the one wanted
        ("upscale 720p to 1080p", [("resize", {"lines": 1080})]),
        ("amp/gain the image brightness of the video", [("brightness", {"percent": 10.0})]),
        (
            "fit the 1 min long HD video within Facebook's 30MB restriction",
            [("compress", {"max_mb": 30.0})],
        ),
    ],
)
def test_fade_lengths_camera_rates_sizes_and_limits(prompt: str, expected: list[Any]) -> None:
    assert steps(prompt, duration=60.0) == expected


def test_the_size_said_before_the_one_wanted_is_checked() -> None:
    with pytest.raises(InvalidRequest, match="1080p"):
        plan("upscale 1080p to 4k", duration=60.0, picture=_PICTURE)


@pytest.mark.parametrize(
    "prompt",
    [
        # the video listed after a clip: which plays first is asked, never the clip put last
        "join b.mp4 and then the video",
        "join them: b.mp4, then the video",
        "join b.mp4 and the video",
    ],
)
def test_the_video_listed_after_a_clip_asks_which_plays_first(prompt: str) -> None:
    with pytest.raises(NotUnderstood, match="which plays first"):
        plan(prompt, duration=60.0, assets=["b.mp4"], picture=_PICTURE)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("join the video and b.mp4", [("join", {"clips": ("b.mp4",)})]),
        ("add b.mp4 after the video", [("join", {"clips": ("b.mp4",)})]),
        ("put b.mp4 first and then the video", [("join", {"clips": ("b.mp4",), "at": "start"})]),
    ],
)
def test_a_join_in_the_order_said(prompt: str, expected: list[Any]) -> None:
    assert steps(prompt, assets=("b.mp4",)) == expected


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # what is in the video, said after it, is set aside: the edit is read without it
        ("make the footage of the wedding black and white", [("grayscale", {})]),
        (
            "turn the portrait clip of waves crashing on the beach 90° clockwise",
            [("rotate", {"degrees": 90})],
        ),
        ("speed up the video of the drawing 4x", [("speed", {"factor": 4.0})]),
        ("get rid of the last 3 seconds of the clip of the sunset", [("trim", {"end": -3.0})]),
        ("compress the video of the meeting to under 20 MB", [("compress", {"max_mb": 20.0})]),
        ("mute the video showing the dog", [("mute", {})]),
        # the words before it that only say what it is: names with digits, sizes said about,
        # two nouns for one thing, whose it is
        ("flip the GoPro Hero3 video upside down", [("rotate", {"degrees": 180})]),
        ("make the iPhone 15 video black and white", [("grayscale", {})]),
        ("compress the ~100MB demo MOV to 20 MB", [("compress", {"max_mb": 20.0})]),
        ("output the colour animation/video in black and white", [("grayscale", {})]),
        ("remove the audio from my son's soccer game video", [("mute", {})]),
        ("mute the captured tape", [("mute", {})]),
        # the speed the length asked for leaves, when the words give no factor
    ],
)
def test_the_video_with_what_is_in_it_said(prompt: str, expected: list[Any]) -> None:
    assert steps(prompt) == expected


def test_the_speed_the_length_asked_for_leaves() -> None:
    # when the words give no factor: "speed up" alone would be twice as fast
    said = "speed up the video, which takes 9 minutes, so it is only about 30 seconds"
    assert steps(said, duration=540.0) == [("speed", {"factor": 18.0})]


@pytest.mark.parametrize(
    "prompt",
    [
        # a word an edit may take ends the description: never read as the video's content
        "make the video of the wedding black and white louder",
        "rotate the video of the party at 2:00",
    ],
)
def test_a_description_never_takes_an_edits_words(prompt: str) -> None:
    with pytest.raises(UserError):
        plan(prompt, duration=60.0, picture=_PICTURE)


def test_a_speed_said_and_a_length_that_disagrees_is_asked() -> None:
    with pytest.raises(InvalidRequest, match="leaves"):
        plan("speed up the video 4x, so it is only about 30 seconds", duration=60.0)
    with pytest.raises(InvalidRequest, match="leaves"):
        plan("slow down the video, so it is only about 30 seconds", duration=60.0)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # parts and amounts in everyday words
        ("keep the video from the start to 1:40", [("trim", {"end": 100.0})]),
        (
            "make a GIF of the clip from 7 seconds in",
            [("trim", {"start": 7.0}), ("convert", {"format": "gif"})],
        ),
        ("keep only the portion of the video which starts at 0:30", [("trim", {"start": 30.0})]),
        (
            "make a gif from 0:07 to the end",
            [("trim", {"start": 7.0}), ("convert", {"format": "gif"})],
        ),
        ("make 0:30 to the end black and white", [("grayscale", {"start": 30.0})]),
        ("speed it up 20 times real time", [("speed", {"factor": 20.0})]),
        ("scale the video to 80% width and height", [("resize", {"percent": 80.0})]),
        ("make a gif with the framerate set exactly to 7.5 FPS", [("gif", {"fps": 7.5})]),
        ("raise the volume of the short film's audio", [("volume", {"db": 6.0})]),
        # an edit named, its value said right after it
        ("make a timelapse of the video, 20 times real time", [("speed", {"factor": 20.0})]),
        ("rotate the video, 90 degrees clockwise", [("rotate", {"degrees": 90})]),
    ],
)
def test_parts_and_amounts_in_everyday_words(prompt: str, expected: list[Any]) -> None:
    assert steps(prompt) == expected


@pytest.mark.parametrize(
    "prompt",
    [
        # the value after the edit is no value of it: the edit's question is asked
        "cut a clip centred on the moment of the bug, 15 seconds before it and 15 after it",
    ],
)
def test_a_part_or_value_that_reads_two_ways_is_asked(prompt: str) -> None:
    with pytest.raises(NotUnderstood, match="from when to when"):
        plan(prompt, duration=200.0, picture=_PICTURE)


def test_cut_from_the_start_asks_whether_that_part_is_kept_or_cut_out() -> None:
    with pytest.raises(NotUnderstood, match="may mean keeping only 0:00-1:40 or cutting it out"):
        plan("cut the video from starting to 100 second", duration=200.0, picture=_PICTURE)


@pytest.mark.parametrize(
    ("prompt", "picture", "expected"),
    [
        # a band of amounts, any value of which will do: its middle
        ("boost the volume by 15-20 dB", _PICTURE, [("volume", {"db": 17.5})]),
        ("make it 20-30% brighter", _PICTURE, [("brightness", {"percent": 25.0})]),
        ("speed it up 2-3x", _PICTURE, [("speed", {"factor": 2.5})]),
        # (a band of times is a part of the video)
        ("blur from 5-10 s", _PICTURE, [("blur", {"start": 5.0, "end": 10.0})]),
        # a gain, a share of the speed, frames made in between, the rate it has checked
        (
            "the speech in the recording is nearly inaudible (about −33 dBFS): apply a plain "
            "gain of +15-20 dB",
            _PICTURE,
            [("volume", {"db": 17.5})],
        ),
        (
            "slow the footage from its original 50fps down to about 10-15% of that speed, with "
            "Twixtor rendering new frames in between",
            (1920, 1080, 50.0),
            [("speed", {"factor": 0.125, "smooth": True})],
        ),
        ("slow it down to half of its original speed", _PICTURE, [("speed", {"factor": 0.5})]),
    ],
)
def test_bands_gains_and_shares_of_the_speed(
    prompt: str, picture: tuple[int, int, float], expected: list[Any]
) -> None:
    assert [
        (s.op, s.params) for s in plan(prompt, duration=60.0, picture=picture).steps
    ] == expected


@pytest.mark.parametrize(
    ("prompt", "error"),
    [
        # the rate it is said to have, checked against the file
        ("slow the footage from its original 50fps down to half speed", InvalidRequest),
        # a level stated and an edit whose amount it should decide: asked
        ("the speech is nearly inaudible (about -33 dBFS): make it louder", NotUnderstood),
    ],
)
def test_rates_and_levels_stated_are_checked(prompt: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        plan(prompt, duration=60.0, picture=_PICTURE)


@pytest.mark.parametrize(
    ("prompt", "assets", "picture", "expected"),
    [
        # a quoted filter chain with spaces after its commas, and the edit then ffmpeg's words
        (
            'burn in the subtitles: -vf "subtitles=subs.srt, scale=540:-1" -acodec copy',
            ("subs.srt",),
            _PICTURE,
            [("subtitles", {"file": "subs.srt"}), ("resize", {"width": 540})],
        ),
        ("resize it: scale=540:-1", (), _PICTURE, [("resize", {"width": 540})]),
        # an image laid over by -vf's movie source
        (
            'add the watermark: -vf "movie=wm.png [w]; [in][w] overlay=10:10 [out]" -acodec copy',
            ("wm.png",),
            _PICTURE,
            [("overlay_image", {"file": "wm.png", "position": "top-left"})],
        ),
        # a crop said in words and ffmpeg's that take the same pixels
        (
            "crop the 720p video to a 720x720 square: crop=720:720:280:0",
            (),
            _PICTURE,
            [("crop_area", {"width": 720, "height": 720, "x": 280, "y": 0})],
        ),
        # pad's centring arithmetic (never brackets set aside), the canvas said in words
        (
            "center the video onto a 1920x1080 canvas with white background: "
            "pad=1920:1080:(1920-iw)/2:(1080-ih)/2:color=white",
            (),
            (1080, 1920, 30.0),
            [("pad", {"aspect": "16:9", "color": "white"})],
        ),
        # where the camera was, a source, shapes said with an x, the sound of another file
        (
            "stabilize the video from the camera on my handlebar mount",
            (),
            _PICTURE,
            [("stabilize", {})],
        ),
        (
            "convert the old video from the DVD to mp4",
            (),
            _PICTURE,
            [("convert", {"format": "mp4"})],
        ),
        (
            "keep the picture of the video with the sound of b.mp4",
            ("b.mp4",),
            _PICTURE,
            [("replace_audio", {"file": "b.mp4"})],
        ),
        (
            "lower the frame rate to 12 fps for a smaller file",
            (),
            _PICTURE,
            [("fps", {"fps": 12.0})],
        ),
    ],
)
def test_ffmpeg_words_canvases_and_sources(
    prompt: str, assets: tuple[str, ...], picture: tuple[int, int, float], expected: list[Any]
) -> None:
    planned = plan(prompt, duration=60.0, assets=assets, picture=picture)
    assert [(s.op, s.params) for s in planned.steps] == expected


@pytest.mark.parametrize(
    "prompt",
    [
        # words and ffmpeg's that differ: asked
        "pad it to 9:16: pad=1920:1080:(1920-iw)/2:(1080-ih)/2:color=white",
        "crop the video to a 720x720 square: crop=720:720:0:0",
        # a frame rate named with no value
        "lower the framerate",
    ],
)
def test_words_and_ffmpeg_that_differ_or_no_rate_are_asked(prompt: str) -> None:
    with pytest.raises(NotUnderstood):
        plan(prompt, duration=60.0, picture=_PICTURE)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # how the person wants the sound or the picture to be, or what it should do
        ("I'd like the audio to be louder", [("volume", {"db": 6.0})]),
        ("I need the audio to be 2x louder", [("volume", {"percent": 200.0})]),
        (
            "I want the music to fade out at the end",
            [("fade", {"direction": "out", "target": "audio"})],
        ),
        ("make the audio fade out at the end", [("fade", {"direction": "out", "target": "audio"})]),
        ("I just need the audio as an mp3", [("convert", {"format": "mp3"})]),
        # "fade in the video": "in the video" is no place
        ("fade in the video", [("fade", {"direction": "in"})]),
        ("fade in the video over 2 seconds", [("fade", {"direction": "in", "duration": 2.0})]),
        ("fade out the video over 2 seconds", [("fade", {"direction": "out", "duration": 2.0})]),
        ("fade the video in at the start", [("fade", {"direction": "in"})]),
    ],
)
def test_what_it_should_do_and_fades_of_the_video(prompt: str, expected: list[Any]) -> None:
    assert steps(prompt) == expected


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # the video's own sound, lowered before the music is mixed in (never the music too)
        (
            "add music.mp3 as background music and lower the volume of the video",
            [("volume", {"db": -6.0}), ("add_music", {"file": "music.mp3"})],
        ),
        (
            "add music.mp3 and lower the original audio",
            [("volume", {"db": -6.0}), ("add_music", {"file": "music.mp3"})],
        ),
        # the whole mix, said so
        (
            "add music.mp3 and make the whole video quieter",
            [("add_music", {"file": "music.mp3"}), ("volume", {"db": -6.0})],
        ),
    ],
)
def test_the_videos_own_sound_after_music(prompt: str, expected: list[Any]) -> None:
    assert steps(prompt, assets=["music.mp3"]) == expected


@pytest.mark.parametrize(
    ("prompt", "picture", "expected"),
    [
        # a video cut in two, then the half kept or cut
        (
            "cut the video in half and keep the second half",
            _PICTURE,
            [("trim", {"start": 30.0, "end": 60.0})],
        ),
        (
            "split it in two and remove the first part",
            _PICTURE,
            [("cut", {"start": 0.0, "end": 30.0})],
        ),
        # the shape it has, said as where the edit starts from: checked, then no value
        (
            "crop the video to 16:9 from a 4:3 source",
            (1440, 1080, 30.0),
            [("crop", {"aspect": "16:9"})],
        ),
    ],
)
def test_halves_and_sources_said(
    prompt: str, picture: tuple[int, int, float], expected: list[Any]
) -> None:
    planned = plan(prompt, duration=60.0, picture=picture)
    assert [(s.op, s.params) for s in planned.steps] == expected


def test_a_source_said_that_is_not_the_file_is_asked() -> None:
    with pytest.raises(InvalidRequest, match="4:3"):
        plan("crop the video to 16:9 from a 4:3 source", duration=60.0, picture=(1920, 1080, 30.0))


@pytest.mark.parametrize(
    "prompt",
    [
        # a verb that changes the whole video's speed, and no amount said anywhere: asked,
        # never twice as fast taken
        "speed it up",
        "slow it down",
        "fast forward the video",
        "speed up the construction time lapse: it's almost seven minutes long, which is longer "
        "than I wanted",
        # a part's speed changed by a verb alone: its times say when, not how much
        "speed up 0:10 to 0:20",
        "slow down the part between 10s and 12s",
        "slow it down between 2 and 4 seconds",
        "slow down the video from 0:05",
        "speed up the part from 1:10.5 to 1:20",
        "slow down 5-10s",
        "cut the first 2 seconds and slow down the first 3 seconds",
    ],
)
def test_a_speed_change_with_no_amount_is_asked(prompt: str) -> None:
    with pytest.raises(NotUnderstood, match=r"how much (?:faster|slower)"):
        plan(prompt, duration=420.0, picture=_PICTURE)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # an amount said in the words, in an aside, in ffmpeg's words, or as a length
        ("speed it up a bit", [("speed", {"factor": 1.25})]),
        ("make it faster", [("speed", {"factor": 1.5})]),
        ("slow down the video (setpts=2.0*PTS)", [("speed", {"factor": 0.5})]),
        ("speed up the video so it lasts 30 seconds", [("speed", {"factor": 2.0})]),
        (
            "speed up from 0:10 to 0:20 by 3",
            [("speed", {"start": 10.0, "end": 20.0, "factor": 3.0})],
        ),
        ("speed up 0:10 to 0:20 2x", [("speed", {"start": 10.0, "end": 20.0, "factor": 2.0})]),
        (
            "speed up the clip between 00:01:10 and 00:01:20 4 times",
            [("speed", {"start": 70.0, "end": 80.0, "factor": 4.0})],
        ),
        # "slow motion" names its speed
        ("make 0:10-0:12 slow motion", [("speed", {"start": 10.0, "end": 12.0, "factor": 0.5})]),
    ],
)
def test_a_speed_change_with_its_amount(prompt: str, expected: list[Any]) -> None:
    assert steps(prompt) == expected


def test_a_factor_of_normal_speed_said_about() -> None:
    said = "speed up the dashcam video of the trip to the beach about 32x normal speed"
    assert steps(said) == [("speed", {"factor": 32.0})]


@pytest.mark.parametrize(
    "prompt",
    [
        # "trim" or "cut" from the start to a time may keep that part or cut it off: asked
        "trim the video from the start to 1:40",
        "trim it from the beginning to 0:10",
        "cut the video from the start to 100 second",
    ],
)
def test_trimmed_from_the_start_reads_two_ways(prompt: str) -> None:
    with pytest.raises(NotUnderstood):
        plan(prompt, duration=200.0, picture=_PICTURE)
