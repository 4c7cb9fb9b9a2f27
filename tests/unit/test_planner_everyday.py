"""How people ask in everyday words: a greeting before the request and thanks after it, a
part given by its times and then what happens in it, the value wanted "instead of" the one the
video has, what keeping a part does to the rest, a fault that says which way to turn, one frame
off an end, a still from the middle. Each reading is planned; what does not fit it is refused."""

from __future__ import annotations

from typing import Any

import pytest

from promptcut.errors import InvalidRequest, NotUnderstood
from promptcut.planner.offline import plan

#: A minute of 1080p at 30 fps, as the requests below are read against.
_VIDEO: dict[str, Any] = {"duration": 60.0, "picture": (1920, 1080, 30.0)}


def steps(prompt: str, assets: tuple[str, ...] = ()) -> list[tuple[str, dict[str, Any]]]:
    return [(s.op, s.params) for s in plan(prompt, assets=assets, **_VIDEO).steps]


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # a greeting before, thanks after: no instruction in them
        ("hello, how can I make my video play faster? like 2x", [("speed", {"factor": 2.0})]),
        ("hey there! can you mute the video", [("mute", {})]),
        (
            "Hi all, I want to make my video black and white. Thanks in advance!",
            [("grayscale", {})],
        ),
        ("make it louder. Any help would be appreciated", [("volume", {"db": 6.0})]),
        # a part by its times, then what happens in it
        (
            "remove the last 5 seconds where I reach for the stop button",
            [("trim", {"end": -5.0})],
        ),
        (
            "cut the first 10 seconds where I'm setting up the camera",
            [("trim", {"start": 10.0})],
        ),
        ("remove 0:10 to 0:20 where I cough", [("cut", {"start": 10.0, "end": 20.0})]),
        ("cut from 0:10 to 0:20, when he sneezes", [("cut", {"start": 10.0, "end": 20.0})]),
        ("delete the first 3 seconds in which nothing happens", [("trim", {"start": 3.0})]),
        # … or what happens in it, then its times
        ("cut out the bit where I sneeze at 0:45 to 0:48", [("cut", {"start": 45.0, "end": 48.0})]),
        (
            "remove the part where the dog barks, from 0:40 to 0:50",
            [("cut", {"start": 40.0, "end": 50.0})],
        ),
        (
            "slow down the moment when the ball hits the net from 0:10 to 0:12 to half speed",
            [("speed", {"start": 10.0, "end": 12.0, "factor": 0.5})],
        ),
        # where the part is in words, then its times
        (
            "cut a section out of the middle of the video, from 0:20 to 0:30",
            [("cut", {"start": 20.0, "end": 30.0})],
        ),
        (
            "Remove a section in the middle of the video (0:30 to 0:45)",
            [("cut", {"start": 30.0, "end": 45.0})],
        ),
        # the value wanted instead of the one it has (which agrees with the file)
        ("make it 720p instead of 1080p", [("resize", {"lines": 720})]),
        ("I want the video to be 720p instead of 1080p", [("resize", {"lines": 720})]),
        ("make it 24 fps instead of 30", [("fps", {"fps": 24.0})]),
        # what keeping a part does to the rest
        ("keep the first 30 seconds and delete the rest", [("trim", {"end": 30.0})]),
        (
            "keep 0:10 to 0:20 and throw away everything else",
            [("trim", {"start": 10.0, "end": 20.0})],
        ),
        ("the video should be 30 seconds long, cut the rest", [("trim", {"end": 30.0})]),
        ("Cut the video at 0:45 and remove everything after", [("trim", {"end": 45.0})]),
        ("cut it at 0:10 and delete everything before", [("trim", {"start": 10.0})]),
        # "get" a part: that part kept
        ("get the first minute of the video", [("trim", {"end": 60.0})]),
        ("get 0:30 to 0:50", [("trim", {"start": 30.0, "end": 50.0})]),
        ("get rid of the first 10 seconds", [("trim", {"start": 10.0})]),
        # the sound alone
        ("keep just the audio", [("extract_audio", {})]),
        ("only keep the audio", [("extract_audio", {})]),
        # a fault that says which way to turn
        ("the video was recorded upside down, please rotate it", [("rotate", {"degrees": 180})]),
        ("rotate it, the video is upside down", [("rotate", {"degrees": 180})]),
        # one frame off an end, at 30 fps
        ("cut the first frame", [("trim", {"start": pytest.approx(1 / 30, abs=1e-3)})]),
        (
            "delete the last frame of the video",
            [("trim", {"end": pytest.approx(-1 / 30, abs=1e-3)})],
        ),
        # an end frame held, said other ways
        ("show the last frame for 5 more seconds", [("freeze", {"seconds": 5.0})]),
        ("hold the last frame for an extra 5 seconds", [("freeze", {"seconds": 5.0})]),
        ("extend the video by 3 seconds freezing the last frame", [("freeze", {"seconds": 3.0})]),
        ("make the video end with a freeze frame of 3 seconds", [("freeze", {"seconds": 3.0})]),
        ("keep the first frame on screen for 2 seconds", [("freeze", {"at": 0.0, "seconds": 2.0})]),
        ("add 5 seconds to the end by extending its last frame", [("freeze", {"seconds": 5.0})]),
        # who made the video, and how, said after it
        ("mirror the video I've recorded on my smartphone", [("flip", {})]),
        ("make the clip we shot at the wedding black and white", [("grayscale", {})]),
        ("mute the video that I downloaded from youtube", [("mute", {})]),
        # why, and what the person knows, with no edit of their own in them
        ("make it brighter, as I want to see a bit more in the image", [("brightness", {})]),
        (
            "make it brighter: I know I won't be able to get it super bright",
            [("brightness", {})],
        ),
        # what it is to match, with no value or look in it
        ("make it 24 fps, like my Sony a6500 footage", [("fps", {"fps": 24.0})]),
        # a size before the container is the file's, not a limit
        ("compress the 108.7MB mp4 to under 25MB", [("compress", {"max_mb": 25.0})]),
        # silence at both ends
        ("remove the leading and trailing silence", [("remove_silence", {"where": "ends"})]),
        ("remove the starting and ending silence", [("remove_silence", {"where": "ends"})]),
        ("upres the video to 4k", [("resize", {"lines": 2160})]),
        # a statement about the video, the person or their tools, whose words of an edit
        # are of the edits asked
        (
            "stabilize the video: every little bump in the pavement translates into a big bump"
            " on camera",
            [("stabilize", {})],
        ),
        ("make the sound louder, my viewers complain they can't hear me", [("volume", {})]),
        ("remove the noise: the cam picks up its own noise", [("audio_denoise", {})]),
        ("make it black and white: the colors are distracting", [("grayscale", {})]),
        # frames left out: how a lower rate is made, a gif's too
        (
            "make a gif of the video at 12.50fps, leaving out some frames for a smaller size",
            [("gif", {"fps": 12.5})],
        ),
        ("change it to 15 fps, leaving out frames", [("fps", {"fps": 15.0})]),
        # pixels off two edges, "each"
        (
            "crop the black borders at the top and bottom, 140 pixels each",
            [("crop_edges", {"top": 140.0, "bottom": 140.0})],
        ),
        (
            "crop 140 pixels each from the top and bottom",
            [("crop_edges", {"top": 140.0, "bottom": 140.0})],
        ),
        ("Increase the volume by 3 times", [("volume", {"percent": 300.0})]),
        # a part of the video, then its times
        (
            "How can I make a part of the video black and white, from 0:10 to 0:20?",
            [("grayscale", {"start": 10.0, "end": 20.0})],
        ),
        (
            "How to mute a part of the video (from 0:40 to 0:50)?",
            [("volume", {"start": 40.0, "end": 50.0, "percent": 0.0})],
        ),
        ("My video is upside-down. How can I fix it?", [("rotate", {"degrees": 180})]),
        # a part named, then its times in brackets; a part that "should go"
        ("get rid of the intro (first 15 seconds)", [("trim", {"start": 15.0})]),
        ("delete the credits at the end (last 30 seconds)", [("trim", {"end": -30.0})]),
        ("the first 10 seconds can go", [("trim", {"start": 10.0})]),
        (
            "remove 2 seconds from both the start and the end",
            [("trim", {"start": 2.0, "end": -2.0})],
        ),
        # a fade in the first or last seconds; a fade to black added
        ("fade out in the last 5 seconds", [("fade", {"direction": "out", "duration": 5.0})]),
        (
            "fade out the audio in the last 3 seconds",
            [("fade", {"direction": "out", "duration": 3.0, "target": "audio"})],
        ),
        (
            "stabilize it and throw in a fade to black",
            [("stabilize", {}), ("fade", {"direction": "out"})],
        ),
        # everyday words for a speed, an even loudness
        ("double the playback of the clip", [("speed", {"factor": 2.0})]),
        ("make the volume uniform throughout the video", [("normalize", {})]),
        # where it is to play, said of the format, and where it is used
        (
            "convert the mov to 720p mp4, chrome/iphone compatible",
            [("resize", {"lines": 720}), ("convert", {"format": "mp4"})],
        ),
        ("convert it to an Android suitable mp4", [("convert", {"format": "mp4"})]),
        (
            "convert it to mp4: 720x480 at 30 fps",
            [
                ("convert", {"format": "mp4"}),
                ("resize", {"width": 720, "height": 480}),
                ("fps", {"fps": 30.0}),
            ],
        ),
        ("loop the video 8 times into a new file", [("loop", {"times": 8})]),
        ("loop the video 8 times, for use in the BrightSign player", [("loop", {"times": 8})]),
        # a description with a slash in it
        (
            "stabilize the footage of the father/daughter dance",
            [("stabilize", {})],
        ),
        # where the camera was, said after the edit
        (
            "rotate it 90 degrees counter clockwise, with the camera positioned to fit in the door",
            [("rotate", {"degrees": 270})],
        ),
        ("scale the video to the standard 1280x720", [("resize", {"width": 1280, "height": 720})]),
        # a container the picture is copied into whole: no re-encoding
        ("convert it to mp4 without re-encoding", [("convert", {"format": "mp4"})]),
        (
            "just remux the file from the mkv container to an mp4 container, without converting it",
            [("convert", {"format": "mp4"})],
        ),
        # a still from the middle
        ("take a thumbnail from the middle of the video", [("still", {"at": 30.0})]),
        # the video, with no "the" after a preposition, or called the result
        ("remove audio from video", [("mute", {})]),
        ("make the final result black and white", [("grayscale", {})]),
    ],
)
def test_everyday_words(prompt: str, expected: list[Any]) -> None:
    got = steps(prompt)
    assert [op for op, _ in got] == [op for op, _ in expected], got
    for (_, params), (_, want) in zip(got, expected, strict=True):
        assert {k: params.get(k) for k in want} == want, got


def test_a_file_named_on_the_exported_video() -> None:
    assert steps("Add watermark logo.png to exported video", ("logo.png",)) == [
        ("overlay_image", steps("add logo.png", ("logo.png",))[0][1])
    ]


@pytest.mark.parametrize(
    "prompt",
    [
        # an instruction after "where" is no description of the part
        "cut the first 10 seconds where you should add a title",
        "cut the part where you should add a title from 0:10 to 0:20",
        # the rest cut with nothing kept: which part stays is asked
        "make it black and white and cut the rest",
        # a fault no turn puts right
        "the video is too dark, rotate it",
        # a turn with no fault to say which way
        "rotate it",
        # a likeness that says a value or a look is read, never set aside
        "make it faster, like a 2x",
        "make it 24 fps, like my black and white video",
        # what someone thinks should be done is an instruction
        "make it brighter, I think it should be louder too",
        # a word of an edit after "the video" no word made a description
        "mirror the video and pixelate it",
        # a conversion that re-encodes, or an edit of the picture, said "without re-encoding"
        "convert it to webm without re-encoding",
        "make it black and white without re-encoding",
        # a new file in a format is a conversion, never read off
        "convert it into a new mp4",
        # the player's brightness, not the file's
        "increase the brightness of the video in the player",
        # a statement that something is wrong, or says a fault, is never set aside unread
        "re-encode the video: its aspect ratio is wrong",
        "make it black and white: the audio drifts out of sync",
        "make it black and white: its audio sounds quiet",
        # a part said to be useless, boring or unneeded: whether to cut it is asked
        "mute it: the first 10 seconds are useless",
        "make it black and white, the end is boring",
        # frames left out with no lower rate said: which rate is asked
        "make a gif, leaving out some frames",
        # the size after a logo is the logo's, never the whole video's; its height alone is
        # not something a logo takes
        "overlay logo.png, scaled to 450 pixels high",
    ],
)
def test_what_does_not_fit_the_reading_is_refused(prompt: str) -> None:
    with pytest.raises(NotUnderstood):
        plan(prompt, assets=("logo.png",), **_VIDEO)


def test_a_useless_part_asks_whether_to_cut_it() -> None:
    with pytest.raises(NotUnderstood, match="should it be fixed too"):
        plan("mute it: the first 10 seconds are useless", **_VIDEO)
    assert steps("the first 10 seconds are useless, cut them") == [("trim", {"start": 10.0})]


@pytest.mark.parametrize(
    ("prompt", "said"),
    [
        # the value it is said to have, against the file's
        ("make it 720p instead of 480p", "480p"),
        ("make it 24 fps instead of 60", "60 fps"),
        # already as long as asked
        ("speed it up so it is 1 minute long", "already"),
    ],
)
def test_what_the_request_says_of_the_file_is_checked(prompt: str, said: str) -> None:
    with pytest.raises(InvalidRequest, match=said):
        plan(prompt, **_VIDEO)


def test_a_parts_speed_asked_gives_an_example_that_reads() -> None:
    with pytest.raises(NotUnderstood) as e:
        plan("slow down 0:10 to 0:20 where the goal happens", **_VIDEO)
    assert "how much slower? For example: 'slow down 0:10 to 0:20 to half speed'" in str(e.value)


def test_a_loop_with_no_count_plays_as_many_times_as_make_the_length_said() -> None:
    def loops(prompt: str, duration: float) -> list[tuple[str, dict[str, Any]]]:
        return [(s.op, s.params) for s in plan(prompt, duration).steps]

    assert loops("loop it to make a 1 minute video", 20.0) == [("loop", {"times": 3})]
    # no whole number of plays makes it, or the count said does not: the lengths are given
    for prompt, duration in (
        ("loop it to make a 1 minute video", 25.0),
        ("loop it 2 times to make a 1 minute video", 20.0),
    ):
        with pytest.raises(InvalidRequest, match="leaves"):
            plan(prompt, duration)


def test_the_videos_own_size_in_a_description_of_it() -> None:
    said = "scale the recording of my 1920x1080 laptop screen to 1280x720"
    assert steps(said) == [("resize", {"width": 1280, "height": 720})]
    # another size is no description of this video: asked
    with pytest.raises(NotUnderstood):
        plan(said.replace("1920x1080", "2560x1440"), **_VIDEO)
