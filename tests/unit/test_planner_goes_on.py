"""Words that go on with what was said before them: a piece with no verb of its own, an
object named once for two edits, a shape said by its name and its ratio, the standard an
edit applies named beside it, a length reached the way the request says."""

from __future__ import annotations

from typing import Any

import pytest

from promptcut.errors import InvalidRequest, NotUnderstood
from promptcut.planner.offline import plan


def steps(prompt: str, **kw: Any) -> list[tuple[str, dict[str, Any]]]:
    return [(s.op, s.params) for s in plan(prompt, **kw).steps]


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # a piece that starts with a preposition goes on with the verb before it: never read
        # alone as another edit ("to black at the end" is no removal of black frames)
        (
            "add a fade from black at the start and to black at the end",
            [("fade", {"direction": "in"}), ("fade", {"direction": "out"})],
        ),
        (
            "fade from black at the start and to black at the end",
            [("fade", {"direction": "in"}), ("fade", {"direction": "out"})],
        ),
        # the object named once is the object of both
        (
            "fade in and fade out the audio",
            [
                ("fade", {"direction": "in", "target": "audio"}),
                ("fade", {"direction": "out", "target": "audio"}),
            ],
        ),
        (
            "fade in and out the music",
            [
                ("fade", {"direction": "in", "target": "audio"}),
                ("fade", {"direction": "out", "target": "audio"}),
            ],
        ),
        ("slow down the video to half speed", [("speed", {"factor": 0.5})]),
        ("slow down the clip to quarter speed", [("speed", {"factor": 0.25})]),
        ("slow down the video to 25% speed", [("speed", {"factor": 0.25})]),
        # a shape said by its name and its ratio, when they agree
        ("make the video square (1:1)", [("crop", {"aspect": "1:1"})]),
        ("make it a vertical 9:16 video", [("crop", {"aspect": "9:16"})]),
        (
            "make it a square 1:1 video with a blurred background",
            [("blur_fill", {"aspect": "1:1"})],
        ),
        # the standard or filter the edit applies, named beside it
        ("normalize the audio to -16 LUFS (EBU R128)", [("normalize", {"lufs": -16.0})]),
        ("normalize the audio (EBU R128)", [("normalize", {})]),
        ("stabilize the video (using vidstab)", [("stabilize", {})]),
        # the start or the end, up to a time
        ("trim off the beginning until 00:00:05", [("trim", {"start": 5.0})]),
        ("cut the beginning up to 00:05", [("trim", {"start": 5.0})]),
        ("trim the end after 0:50", [("trim", {"end": 50.0})]),
        # a ratio the video is said to have, when it has it
        ("add black bars to make the 16:9 video 4:3", [("pad", {"aspect": "4:3"})]),
        ("letterbox the 16:9 video to 4:3", [("pad", {"aspect": "4:3"})]),
        # a length for the result, reached the way the request says
        ("make the video 30 seconds long by cutting the end", [("trim", {"end": 30.0})]),
        (
            "make the video 30 seconds long by cutting off the beginning",
            [("trim", {"start": -30.0})],
        ),
        ("make the video 20 seconds long by speeding it up", [("speed", {"factor": 3.0})]),
        ("turn the video into a 15 second clip by trimming the rest", [("trim", {"end": 15.0})]),
        # a place said once for two fades ("at the start and end")
        (
            "add a fade of 2 seconds at the start and end",
            [
                ("fade", {"direction": "in", "duration": 2.0}),
                ("fade", {"direction": "out", "duration": 2.0}),
            ],
        ),
        (
            "add a 2 second fade in and fade out",
            [
                ("fade", {"direction": "in", "duration": 2.0}),
                ("fade", {"direction": "out", "duration": 2.0}),
            ],
        ),
        # decibels say it is the sound
        ("the sound is too loud, reduce it by 6 dB", [("volume", {"db": -6.0})]),
        # the video, said where it is from; all of it, said as how long
        ("stabilize the video from my phone, it is very shaky", [("stabilize", {})]),
        # an effect put on a part; all but a part
        ("put a black and white filter on the first 10 seconds", [("grayscale", {"end": 10.0})]),
        ("blur the whole video except the first 5 seconds", [("blur", {"start": 5.0})]),
        ("mute everything except the last 5 seconds", [("volume", {"end": -5.0, "percent": 0.0})]),
        # where the video starts and ends, said as what the trim is for
        (
            "trim the video so that it starts at 00:00:10 and ends at 00:00:50",
            [("trim", {"start": 10.0, "end": 50.0})],
        ),
        ("cut the video so it ends at 0:40", [("trim", {"end": 40.0})]),
        # what a cut does to the rest, what every edit makes
        (
            "delete the section from 0:15 to 0:45 and join the two parts",
            [("cut", {"start": 15.0, "end": 45.0})],
        ),
        (
            "keep only the part from 5 to 10 seconds and save it as a new file",
            [("trim", {"start": 5.0, "end": 10.0})],
        ),
        # a size said as "with a width of"; a half kept; a shape to fit into
        (
            "make a gif of the first 3 seconds with a width of 320",
            [("trim", {"end": 3.0}), ("gif", {"width": 320})],
        ),
        (
            "crop the video so only the left half remains",
            [("crop_edges", {"right": 50.0, "unit": "%"})],
        ),
        ("make it fit 9:16 without cropping", [("pad", {"aspect": "9:16"})]),
        # a speed up by a share; inverted along a side is mirrored
        ("increase the playback speed by 50%", [("speed", {"factor": 1.5})]),
        ("decrease the speed by 25%", [("speed", {"factor": 0.75})]),
        ("invert the video horizontally", [("flip", {})]),
        ("invert it vertically", [("flip", {"direction": "vertical"})]),
        # asked of any video, meant of this one
        ("how to make a video brighter", [("brightness", {"percent": 10.0})]),
        ("how to flip a video", [("flip", {})]),
        (
            "how can I mute a part of the video from 0:10 to 0:20",
            [("volume", {"start": 10.0, "end": 20.0, "percent": 0.0})],
        ),
        ("how do i make the video smaller (file size)", [("quality", {"level": "small"})]),
        ("export a frame as an image at 0:15", [("still", {"at": 15.0})]),
        # parts kept and "joined": what keeping them does
        (
            "keep 0:05-0:15 and 0:30-0:40 and join them",
            [("keep_ranges", {"ranges": ((5.0, 15.0), (30.0, 40.0))})],
        ),
        # a size with a coloured background: bars of that colour
        (
            "make the video 1080x1080 with a white background",
            [
                ("pad", {"aspect": "1:1", "color": "white"}),
                ("resize", {"width": 1080, "height": 1080}),
            ],
        ),
        ("double the speed of the last 30 seconds", [("speed", {"start": -30.0, "factor": 2.0})]),
        # what the quoted words are
        (
            'overlay the date "2024-05-01" in the bottom right',
            [("text", {"text": "2024-05-01", "position": "bottom-right"})],
        ),
        # a turn stated, and the video asked back the right way up
        (
            "the video is rotated 90 degrees to the left: make it show up right side up",
            [("rotate", {"degrees": 90})],
        ),
        (
            "the video is rotated 90 degrees clockwise, rotate it back",
            [("rotate", {"degrees": 270})],
        ),
        ("my video is upside down, make it upright", [("rotate", {"degrees": 180})]),
        # a container and the codec of its picture said with it (an HEVC one would be copied
        # into the mp4 as it is); a hedge in brackets; the silence's time
        (
            "convert the AVI to MP4-h264",
            [("convert", {"format": "mp4"}), ("codec", {"codec": "h264"})],
        ),
        (
            "convert to mp4 with h264 and aac",
            [("convert", {"format": "mp4"}), ("codec", {"codec": "h264"})],
        ),
        (
            "remove the (mostly) silence time at the start of the recording",
            [("remove_silence", {"where": "start"})],
        ),
        # a factor below one is the speed itself; why, and who is speaking, set aside
        (
            "reduce the playback speed by 0.6 to obtain the correct rate (I am converting film)",
            [("speed", {"factor": 0.6})],
        ),
        # ffmpeg's options without its name, writing a GIF: the GIF's own rate and width
        (
            'generate a gif: -vf "fps=10,scale=320:-1" output.gif',
            [("gif", {"fps": 10.0, "width": 320})],
        ),
        (
            'make an app screen capture gif: -vf "fps=10,scale=640:-1:flags=lanczos,'
            'split[s0][s1];[s0]palettegen[p];[s1][p]paletteuse" out.gif',
            [("gif", {"fps": 10.0, "width": 640})],
        ),
        ("make a gif at 10 fps, 320 wide", [("gif", {"fps": 10.0, "width": 320})]),
        # verbs and nouns people use
        ("enlarge the video to 1080p", [("resize", {"lines": 1080})]),
        ("halve the resolution", [("resize", {"percent": 50.0})]),
        ("get the audio out of the video as a wav file", [("convert", {"format": "wav"})]),
        (
            "fade out the last 3 seconds of audio",
            [("fade", {"direction": "out", "duration": 3.0, "target": "audio"})],
        ),
        # not stretched: a size to fit inside, a shape cropped
        (
            "resize to 1280x720 without stretching it",
            [("resize", {"width": 1280, "height": 720, "fit": True})],
        ),
        ("make it 9:16 without distorting the video", [("crop", {"aspect": "9:16"})]),
        # a size with its own shape after it; stretched, as a resize to a size is
        (
            "convert the 1280*720 (16:9) video to 1024*768 (4:3): I want the video scale stretched",
            [("resize", {"width": 1024, "height": 768})],
        ),
        # a frame held longer; the dark parts are the shadows
        ("extend the last frame by 3 seconds", [("freeze", {"at": 59.949, "seconds": 3.0})]),
        ("brighten the dark parts of the video", [("gamma", {"gamma": 1.25})]),
        # both ends at once
        ("trim both ends by 2 seconds", [("trim", {"start": 2.0, "end": -2.0})]),
        ("cut 2 seconds off each end", [("trim", {"start": 2.0, "end": -2.0})]),
        ("delete the first and last 3 seconds", [("trim", {"start": 3.0, "end": -3.0})]),
        # what the words put on the picture are called
        ('add a title card "The End" at the end', [("text", {"start": -3.0, "text": "The End"})]),
        ('add a watermark text "DRAFT" across the video', [("text", {"text": "DRAFT"})]),
        # ffmpeg's words glossing one edit of several never stand for all of them
        (
            "trim the first 2 seconds and convert it to gif with fps=10",
            [("trim", {"start": 2.0}), ("gif", {"fps": 10.0})],
        ),
    ],
)
def test_words_that_go_on_with_what_was_said(prompt: str, expected: list[Any]) -> None:
    assert steps(prompt, duration=60.0, picture=(1280, 720, 30.0)) == expected


def test_the_musics_fade_out_is_said_with_its_length() -> None:
    [music] = plan("add music.mp3 and fade it out at the end over 4 s", 60.0, ["music.mp3"]).steps
    assert (music.op, music.params["fade_out"]) == ("add_music", 4.0)


@pytest.mark.parametrize(
    ("prompt", "said"),
    [
        # a name and a ratio that disagree: which is meant is not guessed
        ("make the video square 16:9", "square 16:9"),
        # a shape the video is said to have and has not: written for another file
        ("add black bars to make the 4:3 video 16:9", "is 4:3, but it is 1280x720"),
        # longer than the video: nothing to cut
        ("make the video 2 minutes long by cutting the end", "already no longer than"),
        # a name of another edit's standard is no gloss of this one
        ("make it black and white (EBU R128)", "EBU R128"),
    ],
)
def test_what_does_not_agree_is_refused(prompt: str, said: str) -> None:
    with pytest.raises((NotUnderstood, InvalidRequest)) as e:
        plan(prompt, 60.0, picture=(1280, 720, 30.0))
    assert said in str(e.value)


@pytest.mark.parametrize(
    ("prompt", "assets", "expected"),
    [
        # a file named after what it is: where an intro goes
        (
            "add the intro clip2.mp4 before the video",
            ["clip2.mp4"],
            [("join", {"clips": ("clip2.mp4",), "at": "start"})],
        ),
        (
            "add the intro clip2.mp4",
            ["clip2.mp4"],
            [("join", {"clips": ("clip2.mp4",), "at": "start"})],
        ),
        (
            "put logo.png in the top right corner during the whole video",
            ["logo.png"],
            [("overlay_image", {"file": "logo.png", "position": "top-right"})],
        ),
        # the font of the subtitles just burned in
        (
            "add the subtitles (subs.srt) and make the font bigger",
            ["subs.srt"],
            [("subtitles", {"file": "subs.srt", "size": "large"})],
        ),
        # what a file is, said beside it, is how it is made: no edit
        (
            "add my logo to the video as a watermark (transparent png)",
            ["logo.png"],
            [("overlay_image", {"file": "logo.png"})],
        ),
        (
            "add logo.png, a transparent png, in the corner",
            ["logo.png"],
            [("overlay_image", {"file": "logo.png"})],
        ),
        (
            "add logo.png with a transparent background in the top left",
            ["logo.png"],
            [("overlay_image", {"file": "logo.png", "position": "top-left"})],
        ),
        (
            "add logo.png as a transparent watermark",
            ["logo.png"],
            [("overlay_image", {"file": "logo.png", "opacity": 50.0})],
        ),
        # the one sound file given is what the audio is replaced with, never the subtitles
        (
            "replace the audio",
            ["music.mp3", "subs.srt"],
            [("replace_audio", {"file": "music.mp3"})],
        ),
        # "with some margin": the margin it has anyway; "no margin" is none
        (
            "place the watermark in the bottom left corner with some margin",
            ["logo.png"],
            [("overlay_image", {"file": "logo.png", "position": "bottom-left"})],
        ),
        (
            "put logo.png in the corner with no margin",
            ["logo.png"],
            [("overlay_image", {"file": "logo.png", "margin": 0.0})],
        ),
        # the video's own sound kept louder: music added under it
        (
            "add music.mp3 but keep the original sound louder",
            ["music.mp3"],
            [("add_music", {"file": "music.mp3"})],
        ),
        # the verb said again in other words, in brackets
        (
            "merge (concatenate) this video with the other video file",
            ["clip2.mp4"],
            [("join", {"clips": ("clip2.mp4",)})],
        ),
        # "a subtitle file": the one given
        ("add a subtitle file to the video", ["subs.srt"], [("subtitles", {})]),
        (
            "add my voice.mp3 to the video, mixed with the background music it already has",
            ["voice.mp3"],
            # (a voice at its own level, played once)
            [("add_music", {"file": "voice.mp3", "db": 0.0, "loop": False})],
        ),
    ],
)
def test_files_and_what_is_said_of_them(prompt: str, assets: list[str], expected: Any) -> None:
    assert steps(prompt, duration=60.0, assets=assets) == expected


@pytest.mark.parametrize(
    "prompt",
    [
        # a piece after "and" that reads as nothing is refused, never taken for a label
        "add a fade at the start and nothing",
        # a bare number after a range is no value of the edit before it
        "blur from 5 to 10 and 20",
        "cut from 0:10 to 0:20 and 0:30",
        # "make the font bigger" with nothing drawn
        "make it black and white and make the font bigger",
        # one part both cut out and kept, in words and in ffmpeg's options: which is asked
        "cut out the video from 0-5 seconds: ffmpeg -ss 0 -t 5 -i input.mp4 output.mp4",
        # a turn with no way stated: which way is asked
        "the video shot in landscape is rotated 90 degrees when played: fix it",
        # parts cut, then "joined": kept, or cut out? asked
        "cut from 0:05 to 0:15 and from 0:30 to 0:40 and join them",
        # no file called for: the one image given is never guessed ("with logo.png")
        "add a white border around the video",
        # a size and a shape that is not its own: which is meant is asked
        "resize to 1024x768 (16:9)",
        # "a video" after a verb that adds one is another clip, never this one
        "how to add a video at the end",
    ],
)
def test_pieces_that_do_not_go_on_are_refused(prompt: str) -> None:
    with pytest.raises((NotUnderstood, InvalidRequest)):
        plan(prompt, 60.0)


def test_the_one_file_given_is_used_only_where_a_file_of_its_kind_is_called_for() -> None:
    with pytest.raises(NotUnderstood):
        plan("add a white border around the video", 60.0, ["logo.png", "clip2.mp4"])
    assert steps("add the logo", duration=60.0, assets=["logo.png"]) == [
        ("overlay_image", {"file": "logo.png"})
    ]
