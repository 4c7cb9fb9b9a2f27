"""The offline planner: requests as people type them become the right steps, and what it cannot
read is refused with the clause quoted, never guessed at."""

from __future__ import annotations

import contextlib
import importlib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from promptcut.errors import InvalidRequest, NotUnderstood, UserError
from promptcut.operations import CATALOGUE, Operation
from promptcut.plan import Plan
from promptcut.planner import offline
from promptcut.planner.offline import _FILE_NAME, normalize, split_clauses
from promptcut.planner.offline import plan as plan_with

Steps = list[tuple[str, dict[str, Any]]]


def plan(prompt: str) -> Plan:
    """The plan, with every file the prompt names given (as `--asset` would give them)."""
    return plan_with(prompt, None, _FILE_NAME.findall(prompt))


def steps(prompt: str) -> Steps:
    return [(s.op, s.params) for s in plan(prompt).steps]


def readers(text: str) -> set[str]:
    """The operations with a grammar rule that reads the whole (normalized) text."""
    clause = normalize(text)
    return {
        name
        for name, op in CATALOGUE.items()
        if any(r.match(clause) is not None for r in op.grammar)
    }


# ---------------------------------------------------------------- clause splitting
@pytest.mark.parametrize(
    ("prompt", "clauses"),
    [
        ("trim the first 2s, mute it", ["trim the first 2s", "mute it"]),
        ("trim the first 2s; mute it!", ["trim the first 2s", "mute it"]),
        ("trim the first 2s\nmute it", ["trim the first 2s", "mute it"]),
        ("Mute it. Reverse it.", ["Mute it", "Reverse it"]),
        # a period inside a number ends nothing
        ("keep 0:05.5 to 0:09. mute it", ["keep 0:05.5 to 0:09", "mute it"]),
        ("speed it up 1.5x. make it grayscale", ["speed it up 1.5x", "make it grayscale"]),
        ("speed it up 2x then mute it", ["speed it up 2x", "mute it"]),
        ("speed it up 2x and then mute it", ["speed it up 2x", "mute it"]),
        ("trim the first 2s after that mute it", ["trim the first 2s", "mute it"]),
        ("mute it, finally reverse it", ["mute it", "reverse it"]),
        ("mute it finally reverse it", ["mute it", "reverse it"]),
        # "and" is left to the grammars
        ("make it black and white and mute it", ["make it black and white and mute it"]),
        ("cut between 2 and 5 seconds", ["cut between 2 and 5 seconds"]),
    ],
)
def test_split_clauses(prompt: str, clauses: list[str]) -> None:
    assert split_clauses(prompt) == clauses


def test_quoted_text_is_never_split() -> None:
    prompt = 'add the title "Hello, world. Then bye" and mute it. Then reverse it'
    assert split_clauses(prompt) == [
        'add the title "Hello, world. Then bye" and mute it',
        "reverse it",
    ]


def test_clauses_of_only_filler_are_dropped() -> None:
    assert split_clauses("mute it, please. thanks!") == ["mute it"]


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("make it black and white", [("grayscale", {})]),
        ("make it black and white and mute it", [("grayscale", {}), ("mute", {})]),
        ("cut between 2 and 5 seconds", [("cut", {"start": 2.0, "end": 5.0})]),
        (
            "keep between 2 and 5 seconds and mute it",
            [("trim", {"start": 2.0, "end": 5.0}), ("mute", {})],
        ),
        (
            "cut the first 2 seconds and the last 3 seconds",
            [("trim", {"start": 2.0}), ("trim", {"end": -3.0})],
        ),
        (
            "remove the first 2 seconds and the last 3",
            [("trim", {"start": 2.0}), ("trim", {"end": -3.0})],
        ),
        ("fade in and out", [("fade", {"direction": "in"}), ("fade", {"direction": "out"})]),
        (
            "add a fade in and a fade out",
            [("fade", {"direction": "in"}), ("fade", {"direction": "out"})],
        ),
        (
            "mute it and reverse it and make it 720p",
            [("mute", {}), ("reverse", {}), ("resize", {"lines": 720})],
        ),
    ],
)
def test_and_is_settled_by_what_parses(prompt: str, expected: Steps) -> None:
    assert steps(prompt) == expected


def test_the_quick_start_request() -> None:
    assert steps("cut the first 2 seconds, make it black and white and speed it up 2x") == [
        ("trim", {"start": 2.0}),
        ("grayscale", {}),
        ("speed", {"factor": 2.0}),
    ]


def test_step_keeps_the_users_words() -> None:
    p = plan("Cut the first 2 seconds and make it B&W please")
    assert [s.task for s in p.steps] == ["Cut the first 2 seconds", "make it B&W please"]


# ---------------------------------------------------------------- normalization
@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("two seconds", "2 seconds"),
        ("twenty five seconds", "25 seconds"),
        ("twenty-five seconds", "25 seconds"),
        ("ninety nine", "99"),
        ("two and a half seconds", "2.5 seconds"),
        ("a second", "1 second"),
        ("half a second", "0.5 second"),
        ("a couple of seconds", "2 seconds"),
        ("the first second", "the first 1 second"),
        ("the last minute", "the last 1 minute"),
        ("3-second fade", "3 second fade"),
        ("a fade-in", "a fade in"),
        ("1m30s", "1m 30s"),
        ("1,000 ms", "1000 ms"),
        ("Mute It!", "mute it"),
        ("“black” – white", '"black" - white'),
    ],
)
def test_normalize_numbers(text: str, normal: str) -> None:
    assert normalize(text) == normal


@pytest.mark.parametrize(
    "text",
    [
        "please mute it",
        "Please, mute it.",
        "can you mute it?",
        "Can you please mute it?",
        "could u mute it pls",
        "mute it thanks",
        "mute it, thank you very much!",
        "Hey, mute it for me please!!",
        "ok so just mute it",
        "i want you to mute it",
        "kindly mute it if possible",
        "plese mute it thx",
        "cna you mute it, thanx",
        "Coudl you please mute it thansk",
        "so basically mute it",
    ],
)
def test_politeness_and_filler_are_dropped(text: str) -> None:
    assert normalize(text) == "mute it"


def test_i_want_it_to_be_is_filler() -> None:
    assert normalize("I want it to be black and white, thanks!") == "black and white"
    assert steps("I'd like it to be 720p") == [("resize", {"lines": 720})]


# ---------------------------------------------------------------- every operation's phrasings
PHRASINGS: dict[str, list[tuple[str, Steps]]] = {
    "trim": [
        ("trim the first 5 seconds", [("trim", {"start": 5.0})]),
        ("Trim off the first 3 seconds.", [("trim", {"start": 3.0})]),
        ("cut off the first 10 secs", [("trim", {"start": 10.0})]),
        ("remove the first 2s", [("trim", {"start": 2.0})]),
        ("Cut the first 0:05", [("trim", {"start": 5.0})]),
        ("get rid of the first 4 seconds of the video", [("trim", {"start": 4.0})]),
        ("delete the first 1.5 seconds", [("trim", {"start": 1.5})]),
        ("can you cut the first two seconds?", [("trim", {"start": 2.0})]),
        ("trim the first second", [("trim", {"start": 1.0})]),
        ("trim off the first two and a half seconds", [("trim", {"start": 2.5})]),
        ("remove the first twenty five seconds", [("trim", {"start": 25.0})]),
        ("Trim the first 1m30s", [("trim", {"start": 90.0})]),
        ("trim the first 1 min 30 sec", [("trim", {"start": 90.0})]),
        ("trim a second off the start", [("trim", {"start": 1.0})]),
        ("cut 5 seconds from the beginning", [("trim", {"start": 5.0})]),
        ("cut everything before 10s", [("trim", {"start": 10.0})]),
        ("start at 0:05", [("trim", {"start": 5.0})]),
        ("start the video at 5s", [("trim", {"start": 5.0})]),
        ("keep everything after 5 seconds", [("trim", {"start": 5.0})]),
        ("keep from 3s to the end", [("trim", {"start": 3.0})]),
        ("chop off the last 3 seconds", [("trim", {"end": -3.0})]),
        ("remove the last 500ms", [("trim", {"end": -0.5})]),
        ("trim 2 seconds off the end", [("trim", {"end": -2.0})]),
        ("keep only the first 10 seconds", [("trim", {"end": 10.0})]),
        ("I only want the first 30 seconds", [("trim", {"end": 30.0})]),
        ("trim it to 15 seconds", [("trim", {"end": 15.0})]),
        ("shorten it to the first 20s", [("trim", {"end": 20.0})]),
        ("make it 10 seconds long", [("trim", {"end": 10.0})]),
        ("clip it to the first 8 seconds", [("trim", {"end": 8.0})]),
        ("keep the first 1.5 min", [("trim", {"end": 90.0})]),
        ("end at 0:20", [("trim", {"end": 20.0})]),
        ("stop at 12 seconds", [("trim", {"end": 12.0})]),
        ("remove everything after 0:30", [("trim", {"end": 30.0})]),
        ("keep the last 5 seconds", [("trim", {"start": -5.0})]),
        ("keep 00:02 to 00:07", [("trim", {"start": 2.0, "end": 7.0})]),
        ("only keep 0:02-0:07", [("trim", {"start": 2.0, "end": 7.0})]),
        ("trim from 1:00 to 1:30", [("trim", {"start": 60.0, "end": 90.0})]),
        ("trim it to 5-10 seconds", [("trim", {"start": 5.0, "end": 10.0})]),
        ("cut it down to 0:05-0:10", [("trim", {"start": 5.0, "end": 10.0})]),
        ("keep 0:05.5 to 0:10", [("trim", {"start": 5.5, "end": 10.0})]),
    ],
    "cut": [
        ("cut out 8s to 12s", [("cut", {"start": 8.0, "end": 12.0})]),
        ("cut 8s to 12s", [("cut", {"start": 8.0, "end": 12.0})]),
        ("cut from 30s to 40s", [("cut", {"start": 30.0, "end": 40.0})]),
        ("cut between 2 and 5 seconds", [("cut", {"start": 2.0, "end": 5.0})]),
        ("remove the part between 0:10 and 0:15", [("cut", {"start": 10.0, "end": 15.0})]),
        ("remove the part between 1:10 and 1:25", [("cut", {"start": 70.0, "end": 85.0})]),
        ("Delete 1:00-1:20", [("cut", {"start": 60.0, "end": 80.0})]),
        ("cut out the section from 5 to 10 seconds", [("cut", {"start": 5.0, "end": 10.0})]),
        ("remove seconds 5 to 8", [("cut", {"start": 5.0, "end": 8.0})]),
        ("take out the bit between 4s and 7s", [("cut", {"start": 4.0, "end": 7.0})]),
        ("skip 10s to 20s", [("cut", {"start": 10.0, "end": 20.0})]),
        ("snip out 2-4s please", [("cut", {"start": 2.0, "end": 4.0})]),
        ("cut out the middle part from 0:03 to 0:06", [("cut", {"start": 3.0, "end": 6.0})]),
        ("cut 1m10s to 1m20s", [("cut", {"start": 70.0, "end": 80.0})]),
    ],
    "speed": [
        ("speed it up 2x", [("speed", {"factor": 2.0})]),
        ("Speed it up 2X!", [("speed", {"factor": 2.0})]),
        ("speed up by 1.5x", [("speed", {"factor": 1.5})]),
        ("speed up the video by 3 times", [("speed", {"factor": 3.0})]),
        ("speed it up by 50%", [("speed", {"factor": 1.5})]),
        ("make it twice as fast", [("speed", {"factor": 2.0})]),
        ("make it 2x faster", [("speed", {"factor": 2.0})]),
        ("make it play 3 times faster", [("speed", {"factor": 3.0})]),
        ("2x speed", [("speed", {"factor": 2.0})]),
        ("x2 speed", [("speed", {"factor": 2.0})]),
        ("4x", [("speed", {"factor": 4.0})]),
        ("play at 1.5x speed", [("speed", {"factor": 1.5})]),
        ("fast forward 4x", [("speed", {"factor": 4.0})]),
        ("double the speed", [("speed", {"factor": 2.0})]),
        ("set the speed to 2", [("speed", {"factor": 2.0})]),
        ("playback speed 1.25", [("speed", {"factor": 1.25})]),
        ("make it a bit faster", [("speed", {"factor": 1.25})]),
        ("half speed", [("speed", {"factor": 0.5})]),
        ("play it at half speed", [("speed", {"factor": 0.5})]),
        ("quarter speed", [("speed", {"factor": 0.25})]),
        ("slow it down by 4x", [("speed", {"factor": 0.25})]),
        ("slow down 2x", [("speed", {"factor": 0.5})]),
        ("slow it down by 25%", [("speed", {"factor": 0.75})]),
        ("play at 0.5x", [("speed", {"factor": 0.5})]),
        ("make it 2x slower", [("speed", {"factor": 0.5})]),
        ("make it much slower", [("speed", {"factor": 0.5})]),
        ("slow-mo", [("speed", {"factor": 0.5})]),
        ("make it slow motion", [("speed", {"factor": 0.5})]),
    ],
    "reverse": [
        ("reverse the clip", [("reverse", {})]),
        ("Reverse it", [("reverse", {})]),
        ("play it backwards", [("reverse", {})]),
        ("reverse the video please", [("reverse", {})]),
        ("make it play in reverse", [("reverse", {})]),
        ("run the clip backwards", [("reverse", {})]),
        ("backwards", [("reverse", {})]),
        ("Reversed.", [("reverse", {})]),
    ],
    "resize": [
        ("make it 720p", [("resize", {"lines": 720})]),
        ("scale it down to 480p", [("resize", {"lines": 480})]),
        ("Resize the video to 1080p", [("resize", {"lines": 1080})]),
        ("downscale to 720p please", [("resize", {"lines": 720})]),
        ("export in 1080p", [("resize", {"lines": 1080})]),
        ("reduce the resolution to 480p", [("resize", {"lines": 480})]),
        ("make it full hd", [("resize", {"lines": 1080})]),
        ("convert it to 4K", [("resize", {"lines": 2160})]),
        ("resize to 1280x720", [("resize", {"width": 1280, "height": 720})]),
        ("1280x720", [("resize", {"width": 1280, "height": 720})]),
        ("resize to 640 by 360", [("resize", {"width": 640, "height": 360})]),
        ("scale it to 1920×1080", [("resize", {"width": 1920, "height": 1080})]),
        ("scale to 50%", [("resize", {"percent": 50.0})]),
        ("shrink it by 25%", [("resize", {"percent": 75.0})]),
        ("make it half the size", [("resize", {"percent": 50.0})]),
        ("double the resolution", [("resize", {"percent": 200.0})]),
        ("resize to width 640", [("resize", {"width": 640})]),
        ("make it 640 pixels wide", [("resize", {"width": 640})]),
        ("make it 720 pixels tall", [("resize", {"height": 720})]),
    ],
    "crop": [
        ("crop to 1:1 for instagram", [("crop", {"aspect": "1:1"})]),
        ("make it 9:16", [("crop", {"aspect": "9:16"})]),
        ("Crop the video to 9:16 aspect ratio", [("crop", {"aspect": "9:16"})]),
        ("change the aspect ratio to 4:3", [("crop", {"aspect": "4:3"})]),
        ("crop to 2.35:1", [("crop", {"aspect": "2.35:1"})]),
        ("16:9 for youtube", [("crop", {"aspect": "16:9"})]),
        ("crop it to a square", [("crop", {"aspect": "1:1"})]),
        ("make it square", [("crop", {"aspect": "1:1"})]),
        ("square crop", [("crop", {"aspect": "1:1"})]),
        ("make it vertical", [("crop", {"aspect": "9:16"})]),
        ("crop it to portrait for tiktok", [("crop", {"aspect": "9:16"})]),
    ],
    "rotate": [
        ("rotate it 90 degrees clockwise", [("rotate", {"degrees": 90})]),
        ("rotate 90", [("rotate", {"degrees": 90})]),
        ("Rotate right", [("rotate", {"degrees": 90})]),
        ("rotate left", [("rotate", {"degrees": 270})]),
        ("rotate it 90° counterclockwise", [("rotate", {"degrees": 270})]),
        ("turn it 90 degrees to the left", [("rotate", {"degrees": 270})]),
        ("rotate it -90 degrees", [("rotate", {"degrees": 270})]),
        ("rotate by 270 degrees", [("rotate", {"degrees": 270})]),
        ("rotate the video 180 degrees", [("rotate", {"degrees": 180})]),
        ("turn it upside down", [("rotate", {"degrees": 180})]),
    ],
    "flip": [
        ("mirror the video", [("flip", {})]),
        ("mirror it", [("flip", {})]),
        ("flip horizontally", [("flip", {})]),
        ("Flip the clip horizontally.", [("flip", {})]),
        ("flip the video left to right", [("flip", {})]),
        ("make it a mirror image", [("flip", {})]),
        ("flip it vertically", [("flip", {"direction": "vertical"})]),
        ("flip it top to bottom", [("flip", {"direction": "vertical"})]),
    ],
    "grayscale": [
        ("make it black and white", [("grayscale", {})]),
        ("grayscale", [("grayscale", {})]),
        ("Make it B&W", [("grayscale", {})]),
        ("black & white please", [("grayscale", {})]),
        ("convert to greyscale", [("grayscale", {})]),
        ("turn the video black and white", [("grayscale", {})]),
        ("apply a black and white filter", [("grayscale", {})]),
        ("remove all the colour from the video", [("grayscale", {})]),
        ("desaturate it", [("grayscale", {})]),
        ("monochrome", [("grayscale", {})]),
    ],
    "fade": [
        ("add a 3 second fade in", [("fade", {"direction": "in", "duration": 3.0})]),
        ("add a 3-second fade in", [("fade", {"direction": "in", "duration": 3.0})]),
        ("add a 1.5s fade-in", [("fade", {"direction": "in", "duration": 1.5})]),
        ("fade in", [("fade", {"direction": "in"})]),
        ("Fade in from black", [("fade", {"direction": "in"})]),
        ("fade in over 2 seconds", [("fade", {"direction": "in", "duration": 2.0})]),
        ("fade in the first 2 seconds", [("fade", {"direction": "in", "duration": 2.0})]),
        ("fade out", [("fade", {"direction": "out"})]),
        ("fade to black", [("fade", {"direction": "out"})]),
        ("fade out over the last 2 seconds", [("fade", {"direction": "out", "duration": 2.0})]),
        ("fade it out for the last 4 seconds", [("fade", {"direction": "out", "duration": 4.0})]),
        ("2 second fade out", [("fade", {"direction": "out", "duration": 2.0})]),
        ("add a fade out at the end", [("fade", {"direction": "out"})]),
        ("fade the audio out", [("fade", {"direction": "out", "target": "audio"})]),
        (
            "fade out the music over 3 seconds",
            [("fade", {"direction": "out", "duration": 3.0, "target": "audio"})],
        ),
        (
            "fade in and out over 2 seconds",
            [
                ("fade", {"direction": "in", "duration": 2.0}),
                ("fade", {"direction": "out", "duration": 2.0}),
            ],
        ),
    ],
    "mute": [
        ("mute it", [("mute", {})]),
        ("Mute the video", [("mute", {})]),
        ("remove the audio", [("mute", {})]),
        ("strip the sound", [("mute", {})]),
        ("get rid of the audio", [("mute", {})]),
        ("turn off the sound", [("mute", {})]),
        ("make it silent", [("mute", {})]),
        ("no audio", [("mute", {})]),
        ("without sound", [("mute", {})]),
        ("i don't want any sound", [("mute", {})]),
        ("remove sound from the clip", [("mute", {})]),
    ],
    "volume": [
        ("reduce the volume to 25%", [("volume", {"percent": 25.0})]),
        ("set the volume to 150%", [("volume", {"percent": 150.0})]),
        ("volume 50%", [("volume", {"percent": 50.0})]),
        ("reduce the volume by 50%", [("volume", {"percent": 50.0})]),
        ("increase the volume by 20%", [("volume", {"percent": 120.0})]),
        ("double the volume", [("volume", {"percent": 200.0})]),
        ("halve the volume", [("volume", {"percent": 50.0})]),
        ("boost the volume by 3dB", [("volume", {"db": 3.0})]),
        ("lower the volume by 6 dB", [("volume", {"db": -6.0})]),
        ("turn down the volume by 10 dB", [("volume", {"db": -10.0})]),
        ("increase volume by +6dB", [("volume", {"db": 6.0})]),
        ("make it 3db louder", [("volume", {"db": 3.0})]),
        ("make it louder", [("volume", {"db": 6.0})]),
        ("make it much louder", [("volume", {"db": 12.0})]),
        ("make it a bit quieter", [("volume", {"db": -3.0})]),
        ("raise the volume", [("volume", {"db": 6.0})]),
        ("lower the sound", [("volume", {"db": -6.0})]),
        ("turn it up", [("volume", {"db": 6.0})]),
        ("turn the volume down", [("volume", {"db": -6.0})]),
        ("Turn the volume up a bit", [("volume", {"db": 3.0})]),
    ],
    "convert": [
        ("convert it to a webm file", [("convert", {"format": "webm"})]),
        ("convert to mp4", [("convert", {"format": "mp4"})]),
        ("Save it as MP4.", [("convert", {"format": "mp4"})]),
        ("save it as a gif", [("convert", {"format": "gif"})]),
        ("make it a gif", [("convert", {"format": "gif"})]),
        ("turn it into a gif", [("convert", {"format": "gif"})]),
        ("save as .mov", [("convert", {"format": "mov"})]),
        ("I want it as an mkv", [("convert", {"format": "mkv"})]),
        ("export as mp3", [("convert", {"format": "mp3"})]),
        ("export just the audio as wav", [("convert", {"format": "wav"})]),
        ("extract the audio as mp3", [("convert", {"format": "mp3"})]),
        ("give me a png", [("convert", {"format": "png"})]),
        ("save it as a jpeg", [("convert", {"format": "jpg"})]),
        (
            "convert the first 5 seconds to a gif",
            [("trim", {"end": 5.0}), ("convert", {"format": "gif"})],
        ),
    ],
}


def _areas() -> list[ModuleType]:
    """Phrasing tables for the rest of the catalogue: tests/unit/phrasings_<area>.py, each with
    PHRASINGS (op name -> phrasings) and ROUND_TRIP (prompts), one module per catalogue area."""
    here = Path(__file__).parent
    return [importlib.import_module(p.stem) for p in sorted(here.glob("phrasings_*.py"))]


for _area in _areas():
    PHRASINGS |= _area.PHRASINGS


def test_every_operation_the_grammar_reads_has_phrasings() -> None:
    # "custom" has none: only the model plans it.
    assert set(PHRASINGS) == {name for name, op in CATALOGUE.items() if op.grammar}
    assert all(len(p) >= 6 for p in PHRASINGS.values())


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [case for cases in PHRASINGS.values() for case in cases],
    ids=[prompt for cases in PHRASINGS.values() for prompt, _ in cases],
)
def test_phrasing(prompt: str, expected: Steps) -> None:
    assert steps(prompt) == expected


# ---------------------------------------------------------------- refusals
@pytest.mark.parametrize(
    ("prompt", "clause"),
    [
        ("write me a poem", "write me a poem"),
        ("make it pop", "make it pop"),
        ("add some music", "add some music"),
        ("rotate it a bit", "rotate it a bit"),
        ("cut", "cut"),
        ("trim", "trim"),
        ("speed", "speed"),
        ("rotate", "rotate"),
        ("crop", "crop"),
        ("make it better", "make it better"),
        ("zoom in", "zoom in"),
        ("add subtitles", "add subtitles"),
        ("trim the end", "trim the end"),
        ("flip it 45 degrees", "flip it 45 degrees"),
        ("make it 0.5x louder", "make it 0.5x louder"),
        ("make the video smaller", "make the video smaller"),
        ("cut the boring parts", "cut the boring parts"),
        # the clause that fails is quoted, not the whole request
        ("mute it then make it pop", "make it pop"),
        ("convert it to an avi", "convert it to an avi"),
        ("make it 4:3 and add a logo", "add a logo"),
        ("make it faster and better", "better"),
    ],
)
def test_near_misses_are_refused_with_the_clause_quoted(prompt: str, clause: str) -> None:
    with pytest.raises(NotUnderstood) as err:
        plan(prompt)
    assert err.value.clause == clause
    assert f"'{clause}'" in str(err.value)
    assert err.value.suggestions
    assert all(isinstance(s, str) and s for s in err.value.suggestions)


def test_suggestions_look_like_the_refused_clause() -> None:
    with pytest.raises(NotUnderstood) as err:
        plan("rotate it a bit")
    assert any("rotate" in s for s in err.value.suggestions)


@pytest.mark.parametrize(
    ("prompt", "reason"),
    [
        ("rotate 45 degrees", "quarter turns"),
        ("rotate it 100 degrees clockwise", "quarter turns"),
        ("add a fade", "fade in or fade out"),
        ("cut out 10s to 5s", "ends before it starts"),
        ("make it 1:30 aspect ratio", "not a usable aspect ratio"),
    ],
)
def test_understood_but_impossible_is_an_invalid_request(prompt: str, reason: str) -> None:
    with pytest.raises(InvalidRequest, match=reason) as err:
        plan(prompt)
    assert prompt.split()[0] in str(err.value)  # the clause is quoted


@pytest.mark.parametrize("prompt", ["", "   ", "please", "Please!", "thanks", "ok, thanks."])
def test_empty_or_filler_only_requests_are_refused(prompt: str) -> None:
    with pytest.raises(NotUnderstood):
        plan(prompt)


# ---------------------------------------------------------------- ambiguity
@pytest.mark.parametrize(
    ("name", "example"),
    [(name, ex) for name, op in CATALOGUE.items() for ex in op.examples],
)
def test_each_example_is_read_by_exactly_one_operation(name: str, example: str) -> None:
    assert readers(example) == {name}


# ---------------------------------------------------------------- plan documents
ROUND_TRIP = [
    "trim the first 2s, cut out 4s to 6s, speed it up 1.5x, reverse it",
    "make it 720p, crop to 9:16, rotate left, flip it vertically",
    "make it black and white, fade in and out over 2 seconds, fade the audio out",
    "mute it",
    "lower the volume by 6 dB, reduce the volume to 25%",
    "keep the last 5 seconds, save it as a gif",
    "resize to 1280x720",
    "scale to 50%",
    "make it 640 pixels wide",
]


ROUND_TRIP += [prompt for area in _areas() for prompt in area.ROUND_TRIP]


@pytest.mark.parametrize("prompt", ROUND_TRIP)
def test_plan_json_round_trips_exactly(prompt: str) -> None:
    p = plan(prompt)
    text = p.model_dump_json()
    again = Plan.model_validate_json(text)
    assert again == p
    assert again.model_dump_json() == text
    assert [s.operation for s in again.steps] == [s.operation for s in p.steps]


def test_plan_round_trips_cover_every_operation() -> None:
    ops = {s.op for prompt in ROUND_TRIP for s in plan(prompt).steps}
    # "custom" only comes from the model (its round trip: tests/unit/test_model_planner.py).
    assert ops == set(CATALOGUE) - {"custom"}


def test_plan_json_is_the_documented_shape() -> None:
    doc = plan("speed it up 2x").model_dump(mode="json")
    assert doc == {
        "version": 1,
        "steps": [
            {
                "task": "speed it up 2x",
                "tool": "ffmpeg",
                "op": "speed",
                "params": {"factor": 2.0},
                "inputs": [],
            }
        ],
    }


def test_a_request_longer_than_the_cap_is_refused_before_it_is_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read: list[str] = []
    monkeypatch.setattr(offline, "_read_clause", lambda text: read.append(text))
    with pytest.raises(UserError, match=r"1,001 characters long; .* up to 1,000"):
        plan("b" * (offline.LONGEST_REQUEST + 1))
    assert read == []


def _clauses_read(monkeypatch: pytest.MonkeyPatch, prompt: str) -> int:
    """How many texts the planner reads to plan `prompt`: its cost, measured without a clock."""
    read = offline._read_clause
    count = 0

    def counted(text: str) -> list[Operation] | None:
        nonlocal count
        count += 1
        return read(text)

    with monkeypatch.context() as m:
        m.setattr(offline, "_read_clause", counted)
        with contextlib.suppress(UserError):
            plan_with(prompt, 60.0)
    return count


@pytest.mark.parametrize(
    "unit",
    [
        "make it {n}% brighter and ",  # the 'and's of one clause
        "add text '{n}' with ",  # pieces joined by 'with'
        "remove {n} seconds and the ",  # pieces that read only with the verb carried
    ],
)
def test_planning_costs_in_proportion_to_the_request_s_length(
    monkeypatch: pytest.MonkeyPatch, unit: str
) -> None:
    def request(units: int) -> str:
        return "".join(unit.format(n=n) for n in range(units))

    short = _clauses_read(monkeypatch, request(10))
    long = _clauses_read(monkeypatch, request(30))
    # three times the words, about three times the reading (its square would be nine)
    assert long <= 4.5 * short, (short, long)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # a length said of the result: the whole video played in it
        ("speed up the video to fit 30 seconds", [("speed", {"factor": 2.0})]),
        ("compress the 60 s recording into a 6 s timelapse", [("speed", {"factor": 10.0})]),
        ("stretch the video into a 2 minute clip", [("speed", {"factor": 0.5})]),
        # what the person wants the video to be, said as a wish
        ("I'd like the video to be 2x faster", [("speed", {"factor": 2.0})]),
        ("i'd like it to look older", [("look", {"style": "vintage"})]),
        ("we want it to be black and white", [("grayscale", {})]),
        # the thing to fix named with what is wrong with it
        ("fix the upside down video", [("rotate", {"degrees": 180})]),
        ("please fix the dark video.", [("brightness", {"percent": 10.0})]),
        ("fix the audio being too quiet", [("volume", {"db": 6.0})]),
        # an aside that says what the edit is for
        ("normalise the audio (make the quiet video loud)", [("normalize", {})]),
        ("stabilize it (make it smoother)", [("stabilize", {})]),
        # the second half of a pair said of the same thing as the first
        (
            "fade the audio in and out",
            [
                ("fade", {"direction": "in", "target": "audio"}),
                ("fade", {"direction": "out", "target": "audio"}),
            ],
        ),
        # music added under the sound keeps the original sound
        ("add music and keep the original sound", [("add_music", {"file": "music.mp3"})]),
        # a platform's name in brackets is read where it stands
        ("crop the (Instagram) video to 9:16", [("crop", {"aspect": "9:16"})]),
        # values said the way people write them
        ("fast forward the clip at x32", [("speed", {"factor": 32.0})]),
        ("convert it to something like 25 fps", [("fps", {"fps": 25.0})]),
        ("resize the 1280*720 video to 1024*768", [("resize", {"width": 1024, "height": 768})]),
        ('add the text "Hi" with a font size of 40', [("text", {"text": "Hi", "pixels": 40})]),
        ("compress it to 400MB or better than that", [("compress", {"max_mb": 400.0})]),
        ("the volume is 18db too low", [("volume", {"db": 18.0})]),
        ("it is too quiet: like -6db too low", [("volume", {"db": 6.0})]),
        # a place in brackets says where the edit before it goes
        (
            'add the text "Hi" over the video (at the bottom right)',
            [("text", {"text": "Hi", "position": "bottom-right"})],
        ),
        # where the thing just put on the picture goes, said on its own
        (
            'add the text "Copyright 2024". Position it in the bottom left corner',
            [("text", {"text": "Copyright 2024", "position": "bottom-left"})],
        ),
        ('add the text "Hi", placed at the top', [("text", {"text": "Hi", "position": "top"})]),
        (
            "put logo.png on the video, place it at the top right",
            [("overlay_image", {"file": "logo.png", "position": "top-right"})],
        ),
        # how the thing just put on the picture is, said after it
        (
            "add logo.png, scaled to 50%",
            [("overlay_image", {"file": "logo.png", "size": 50.0})],
        ),
        ('add the text "Hi", colored red', [("text", {"text": "Hi", "color": "red"})]),
        # the same speed said by its factor and by the lengths
        (
            "Create a 10x time-lapse effect from this video. Compress the 1 minute recording "
            "into a 6 second clip.",
            [("speed", {"factor": 10.0})],
        ),
    ],
)
def test_how_people_say_it(prompt: str, expected: Steps) -> None:
    planned = plan_with(prompt, 60.0, assets=["music.mp3", "logo.png"]).steps
    assert [(s.op, s.params) for s in planned] == expected


@pytest.mark.parametrize(
    "prompt",
    [
        # an aside that adds an edit of its own, or an edit not aimed at what the aside says
        "normalise the audio (and make it louder)",
        "make it louder (normalize it)",
        "give it a vintage look (make it brighter)",
        "compress the video (resize it to 720p)",
    ],
)
def test_an_aside_with_an_edit_of_its_own_is_kept(prompt: str) -> None:
    assert len(plan_with(prompt, 60.0).steps) == 2


@pytest.mark.parametrize(
    "prompt",
    [
        "fix the resolution and quality of the blurry old video",  # what to fix is not said
        "make the 60 second video into a 10 second video",  # cut, or sped up?
        "speed it up 2x. speed it up 2x again",  # 'again': how much more is not said
        # replaced, the original sound is not kept: never read as a statement and dropped
        "replace the audio with the music but keep the original sound",
        # two values for one edit, or a place that is not the part's
        "scale it down to 480p (at 720p)",
        "add a 3 second fade in for 5 seconds",
        "trim off the first 3 seconds at the end",
        "cut out 8s to 12s (at the end)",
        # an aside of a few words saying how or when is never set aside unread
        "speed it up 2x (slowly)",
        "make it black and white (in red)",
        "mute it (at the end)",
        "put the logo in the bottom left corner (in the middle)",
        "add the title 'Summer' at the top at the bottom",
        "mix in music.mp3 at 20% volume by 7 dB",
        "put logo.png at the bottom, placed at the top",
        'add the text "Hi", shown for 3 seconds',  # (not the text's words for a length)
        # a platform's name in brackets is no change of shape on its own
        "mute the video (youtube)",
        'add the text "Hi" at the top. Position it in the bottom left corner',
    ],
)
def test_not_guessed(prompt: str) -> None:
    with pytest.raises(UserError):
        plan_with(prompt, 60.0, assets=["music.mp3", "logo.png"])


@pytest.mark.parametrize("verb", ["trim", "crop", "keep", "cut out", "remove", "mute", "blur"])
@pytest.mark.parametrize(
    "form",
    [
        "{verb} the video from 0:10 to 0:20",
        "{verb} the video (from 0:10 to 0:20)",
        "{verb} from 0:10 to 0:20 of the video",
        "from 0:10 to 0:20: {verb} the video",
        "{verb} the clip (between 10s and 20s)",
    ],
)
def test_a_part_means_one_thing_however_it_is_placed(verb: str, form: str) -> None:
    """The part said before, after or in brackets: one reading (or a refusal), never 'trim'
    read as keeping it one way and cutting it out another."""
    forms = [form.format(verb=verb), f"{verb} the video from 0:10 to 0:20"]
    readings = set()
    for text in forms:
        with contextlib.suppress(UserError):
            readings.add(
                tuple((s.op, tuple(s.params.items())) for s in plan_with(text, 60.0).steps)
            )
    assert len(readings) <= 1, readings


def test_an_intro_image_is_not_guessed_to_go_over_the_video() -> None:
    with pytest.raises(UserError):
        plan_with("add the intro image to the video", 60.0, assets=["intro.png"])
    assert [
        s.op
        for s in plan_with(
            "put the intro picture before the video", 60.0, assets=["intro.png"]
        ).steps
    ] == ["join"]


@pytest.mark.parametrize(
    ("prompt", "asks"),
    [
        ("get the classic black bars on the video", "which shape"),
        ("letterbox the video", "which shape"),
        ("add an intro video to the head of the video", "which clip"),
    ],
)
def test_what_is_missing_is_asked(prompt: str, asks: str) -> None:
    with pytest.raises(NotUnderstood, match=asks):
        plan_with(prompt, 60.0)
