"""Changing the kind of file: container and codecs follow the output's extension."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field, field_validator

from promptcut.formats import output_format
from promptcut.operations.base import Graph, Operation
from promptcut.operations.grammar import frame, parse_time, rule
from promptcut.operations.timeline import Trim

__all__ = ["Convert"]

_FMT = r"\.?(?P<fmt>mp4|m4v|mov|mkv|ts|webm|gif|mp3|wav|m4a|aac|flac|opus|ogg|png|jpe?g)"
_VERB = (
    r"(?:convert|change|turn|export|save|render|output|make|transcode|encode|re-?encode|"
    r"give me|send me|write|put)"
)


class Convert(Operation):
    """Save as another kind of file (mp4, mov, mkv, ts, webm, gif, mp3, wav, m4a, png, jpg...).

    Audio formats keep only the sound; image formats keep one frame. The output file's
    extension says the same thing, and both must agree.
    """

    name: ClassVar[str] = "convert"
    touches: ClassVar[frozenset[str]] = frozenset({"container"})
    frames = (
        frame(
            "convert it to {format}",
            also="convert transcode change save export turn make render output encode format container "
            "create generate produce animated",
            optional=("range",),
        ),
    )
    examples: ClassVar[tuple[str, ...]] = (
        "convert it to a webm file",
        "export just the audio as wav",
        "save it as a gif",
    )

    format: str = Field(
        description="The output file type, by extension: mp4, webm, gif, mp3, wav..."
    )

    @field_validator("format")
    @classmethod
    def _known(cls, v: str) -> str:
        return output_format(v).ext

    def render(self, graph: Graph) -> None:
        """Nothing to filter: the stage compiler encodes for the output's format."""

    def output_ext(self) -> str | None:
        return self.format

    def describe(self) -> str:
        return f"convert to .{self.format}"

    grammar = (
        rule(
            rf"{_VERB}(?: {{it}})?(?: (?:in)?to| as| in)(?: an?)? {_FMT}(?: (?:file|format|video|clip|animation|audio|image))?",
            lambda g: Convert(format=g["fmt"]),
        ),
        rule(
            rf"(?:i (?:just |only )?(?:want|need) |make |give me )?(?:{{it}} )?(?:as |into )?(?:an? )?{_FMT}(?: (?:file|format|version|instead))?(?: please)?",
            lambda g: Convert(format=g["fmt"]),
        ),
        rule(
            rf"(?:export|extract|save|get|pull|rip|detach|give me|keep|output|render)(?: out)? (?:just |only )?(?:the )?(?:audio|sound)(?: track)?(?: only)?(?: (?:from {{it}} )?(?:as|to|in|into)(?: an?)? {_FMT}(?: file)?)",
            lambda g: Convert(format=g["fmt"]),
        ),
        rule(
            rf"{_VERB} (?:the )?first {{time:d}}(?: of {{it}})? (?:in)?to (?:an? )?{_FMT}(?: file| animation)?",
            lambda g: [Trim(end=parse_time(g["d"])), Convert(format=g["fmt"])],
        ),
        rule(
            rf"(?:(?:make|create|give me|export|save|render)(?: me)? )?(?:an? )?(?:animated )?{_FMT} (?:of|from) (?:the )?"
            r"(?:(?P<first>first|opening)|last|final) {time:d}(?: of {it})?",
            lambda g: [
                Trim(end=parse_time(g["d"])) if "first" in g else Trim(start=-parse_time(g["d"])),
                Convert(format=g["fmt"]),
            ],
        ),
    )


OPERATIONS: tuple[type[Operation], ...] = (Convert,)
