"""Questions about the media ("how long is it?"), answered from its probe: nothing is rendered."""

from __future__ import annotations

import re
from typing import ClassVar, Literal

from pydantic import Field

from promptcut.media.info import MediaInfo
from promptcut.operations.base import Graph, Operation, fmt_seconds
from promptcut.operations.grammar import frame, rule

__all__ = ["OPERATIONS", "Question"]

_IT = r"(?:(?:the|this|my|that) )?(?:it|video|clip|file|footage|movie|recording|vid|audio|song|image|picture)"
_ABOUT = Literal["duration", "resolution", "fps", "audio", "format", "everything"]


#: What can be asked about the media, by the answer that gives it.
_ATTRIBUTES: dict[str, str] = {
    "duration": r"duration|length|runtime|run time|running time",
    "resolution": r"resolution|dimensions|frame size|width and height|width|height|aspect ratio|"
    r"size in pixels|pixel size",
    "fps": r"frame ?rate|fps|frames per second|(?:total )?number of frames|(?:total )?frame count",
    "audio": r"sample ?rate|audio channels|channels|(?:audio|sound) (?:bit ?rate|codec|format|"
    r"channels|sample ?rate)",
    "format": r"format|container|(?:video )?codecs?|file type|(?:video |overall )?bit ?rate|encoding",
    "everything": r"info|information|details|specs|properties|metadata|media info|stats",
}
_ASKED = (
    r"(?:(?:video|picture|file|clip|total) )?(?:"
    + "|".join(f"(?:{a})" for a in _ATTRIBUTES.values())
    + ")"
)


def _asked(said: str) -> list[Question]:
    """A Question for each thing asked about, in the order asked, each once."""
    abouts: list[str] = []
    for item in re.split(r",? (?:and|&|as well as) |, ", said):
        item = re.sub(r"^(?:the |its )?(?:(?:video|picture|file|clip|total) )?", "", item.strip())
        about = next(
            (a for a, words in _ATTRIBUTES.items() if re.fullmatch(words, item)), "everything"
        )
        # a frame count is the frame rate times the length: both are answered
        counted = re.search(r"number of frames|frame count", item) is not None
        for one in ("fps", "duration") if counted else (about,):
            if one not in abouts:
                abouts.append(one)
    return [Question(about=a) for a in abouts]


class Question(Operation):
    """Answer a question about the media (its length, size, frame rate, sound, format) from
    what promptcut measured of it; nothing is rendered and no file is written."""

    name: ClassVar[str] = "question"
    frames = (
        frame(
            "what is the duration",
            "duration length",
            also="get what tell show find print check how long total",
        ),
        frame(
            "what is the resolution",
            "resolution dimensions width height",
            also="get what tell show find print check size",
        ),
    )
    tool: ClassVar[str] = "metadata"
    examples: ClassVar[tuple[str, ...]] = (
        "how long is it?",
        "what resolution is it?",
        "is there audio?",
    )

    about: _ABOUT = Field(
        description="What is asked: duration, resolution, fps, audio, format or everything."
    )

    def render(self, graph: Graph) -> None:
        """Nothing to render: a question changes nothing."""

    def answer(self, media: MediaInfo) -> str:
        """The answer in one line, from the probe."""
        v, a, name = media.video, media.audio, media.path.name
        if self.about == "duration":
            if media.is_image:
                return f"{name} is a still image: it has no length"
            return f"{name} is {media.duration:.2f} s long ({fmt_seconds(media.duration)})"
        if self.about == "resolution":
            if v is None:
                return f"{name} has no picture: it is audio only"
            turned = (
                f" (stored {v.height}x{v.width}, shown turned {v.rotation}°)"
                if v.rotation in (90, 270)
                else ""
            )
            return f"{name} is {v.width}x{v.height}{turned}"
        if self.about == "fps":
            if v is None or media.is_image:
                return f"{name} has no frame rate: it is {'a still image' if media.is_image else 'audio only'}"
            frames = round(media.duration * v.fps)
            return f"{name} plays at {v.fps:g} frames per second (about {frames} frames in all)"
        if self.about == "audio":
            if a is None:
                return f"no: {name} has no audio track"
            return f"yes: {a.codec}, {a.sample_rate / 1000:g} kHz, {a.layout or f'{a.channels} channels'}"
        if self.about == "format":
            codecs = ", ".join(c for c in (v and v.codec, a and a.codec) if c)
            return f"{name} is a {media.container.split(',')[0]} file ({codecs})"
        return f"{name}: {media.describe()}, {media.size_bytes / 1e6:.2f} MB"

    def describe(self) -> str:
        return f"answer: {self.about}"

    grammar = (
        # "show the video resolution, FPS, video codec and sample rate", "get the frame count":
        # a verb of telling and what is asked about, one or a list
        rule(
            rf"(?:what(?:'s|s| is| are)|tell me|show(?: me)?|get(?: me)?|print|display|find(?: out)?|"
            rf"check|give me|list|report|read|see|know|grab|obtain|retrieve|fetch|"
            rf"determine|measure|calculate|count)(?: (?:the|its|{_IT}'?s?))?"
            rf" (?P<asked>{_ASKED}(?:(?:,| and|, and| &|,? as well as) (?:the |its )?{_ASKED})*)"
            rf"(?: (?:of|in|for) {_IT})?",
            lambda g: _asked(g["asked"]),
        ),
        rule(
            rf"(?:how long|what(?:'s|s| is) the (?:duration|length|runtime|run time)(?: of)?|how many (?:seconds|minutes)(?: long)?)(?: is| does)?(?: {_IT})?(?: last| run| go on for| long)?",
            lambda g: Question(about="duration"),
        ),
        rule(
            rf"(?:what(?:'s|s| is)(?: the)? (?:resolution|size|dimensions?|frame size|width and height)(?: of)?(?: {_IT})?|what (?:resolution|size|dimensions) is {_IT}|how (?:big|large|wide|tall) is {_IT}(?: in pixels)?|is {_IT} (?:hd|4k|1080p|720p|vertical|horizontal|portrait|landscape))",
            lambda g: Question(about="resolution"),
        ),
        rule(
            rf"(?:what(?:'s|s| is)(?: the)? (?:frame ?rate|fps)(?: of)?(?: {_IT})?|what (?:frame ?rate|fps) is {_IT}|how many (?:frames|fps)(?: per second)?(?: does| is)?(?: {_IT})?(?: have| run at| at)?)",
            lambda g: Question(about="fps"),
        ),
        rule(
            rf"(?:is there|are there|does {_IT} have|has {_IT} got|does {_IT} contain|is there any|do we have)(?: any| an?)? (?:audio|sound|audio track|sound track|soundtrack)(?: in {_IT}| on {_IT})?|(?:is {_IT} silent|is {_IT} muted|can i hear anything)",
            lambda g: Question(about="audio"),
        ),
        rule(
            rf"(?:what(?:'s|s| is)(?: the)? (?:format|container|codec|file type|kind of file|type of file)(?: of)?(?: {_IT})?|what (?:format|codec|kind of file|type of file) is {_IT}(?: in)?)",
            lambda g: Question(about="format"),
        ),
        # "find how many fps the movie file has", "tell me how long the video is": the question
        # said inside a verb of telling, its subject before its verb
        rule(
            rf"(?:tell me|show me|find(?: out)?|check|see|know|determine|figure out|work out|get|"
            rf"let me know|i (?:want|need|would like|'d like) to know)"
            rf" (?P<wh>how many (?:fps|frames(?: per second)?)|how long|what (?:resolution|"
            rf"frame ?rate|fps|codec|format|size|dimensions|length|duration|container|file type))"
            rf" {_IT} (?:has|is|uses|runs at|plays at|lasts|runs|is in|is encoded (?:in|with))",
            lambda g: Question(about=_WH_ABOUT[g["wh"].split()[-1]]),
        ),
        rule(
            rf"(?:tell me about|describe|give me info(?:rmation)? (?:on|about)|what can you tell me about|what(?:'s|s| is) in|what are the (?:details|specs|properties) of|show me the (?:details|specs|properties) of|info on) {_IT}|(?:file |video )?(?:info|details|specs|properties|metadata)",
            lambda g: Question(about="everything"),
        ),
    )


#: What an embedded question asks about, by its last word ("how many fps": the frame rate).
_WH_ABOUT: dict[str, _ABOUT] = {
    "fps": "fps", "second": "fps", "frames": "fps", "rate": "fps", "framerate": "fps",
    "long": "duration", "length": "duration", "duration": "duration",
    "resolution": "resolution", "size": "resolution", "dimensions": "resolution",
    "codec": "format", "format": "format", "container": "format", "type": "format",
}  # fmt: skip


OPERATIONS: tuple[type[Operation], ...] = (Question,)
