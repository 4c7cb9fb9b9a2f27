"""A step no catalogue operation covers ("pixelate the bottom-left corner"): the model plans it
and writes its script, which runs as a stage of its own, always isolated."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from promptcut.errors import InvalidRequest
from promptcut.operations.base import Clip, Graph, Operation, fmt_seconds

__all__ = ["OPERATIONS", "Custom"]


class Custom(Operation):
    """A change no other operation makes, described in words: a model writes its script.

    The script is proven on a test clip before it runs, always isolated. Say what the output
    will be when it differs from the input (its length, size, or a stream it adds or drops);
    unset means unchanged."""

    name: ClassVar[str] = "custom"

    description: str = Field(
        min_length=3,
        max_length=600,
        description="What the step does to the picture and/or sound, precisely enough to write "
        "one ffmpeg command for it (filters, positions, sizes, timings).",
    )
    duration: float | None = Field(
        None, gt=0, le=6 * 3600, description="The output's length in seconds, if it changes."
    )
    width: int | None = Field(
        None, ge=2, le=8192, description="The output's width in pixels, if it changes."
    )
    height: int | None = Field(
        None, ge=2, le=8192, description="The output's height in pixels, if it changes."
    )
    audio: bool | None = Field(
        None, description="Whether the output has sound, if that changes (false drops it)."
    )
    video: bool | None = Field(
        None, description="Whether the output has a picture, if that changes (false drops it)."
    )

    def check(self, clip: Clip) -> None:
        super().check(clip)
        if clip.is_image and self.duration is not None:
            raise InvalidRequest(
                "the input is a still image: a custom step cannot give it a length"
            )
        if (
            self.video is True
            and not clip.has_video
            and (self.width is None or self.height is None)
        ):
            raise InvalidRequest(
                "a custom step that makes a picture from sound must say its width and height"
            )
        if (self.width is None) != (self.height is None) and not clip.has_video:
            raise InvalidRequest("a custom step that makes a picture must give both its sides")
        for side, value in (("width", self.width), ("height", self.height)):
            if value is not None and value % 2:
                raise InvalidRequest(f"the custom step's {side} ({value}) must be even")
        if self.audio is False and self.video is False:
            raise InvalidRequest("a custom step cannot drop both the picture and the sound")

    def render(self, graph: Graph) -> None:
        """A custom step is a stage of its own (see the orchestrator): here it only moves the
        clip on to what its script must produce, so later steps are checked against that."""
        clip = graph.clip
        has_video = clip.has_video if self.video is None else self.video
        has_audio = clip.has_audio if self.audio is None else self.audio
        graph.clip = clip.evolve(
            duration=self.duration if self.duration is not None else clip.duration,
            has_video=has_video,
            has_audio=has_audio,
            width=(self.width or clip.width) if has_video else 0,
            height=(self.height or clip.height) if has_video else 0,
            fps=(clip.fps or 25.0) if has_video else 0.0,
            sample_rate=(clip.sample_rate or 48000) if has_audio else 0,
            channels=(clip.channels or 2) if has_audio else 0,
        )

    def describe(self) -> str:
        changes = []
        if self.duration is not None:
            changes.append(fmt_seconds(self.duration))
        if self.width is not None and self.height is not None:
            changes.append(f"{self.width}x{self.height}")
        if self.audio is not None:
            changes.append("with sound" if self.audio else "no sound")
        if self.video is not None:
            changes.append("with picture" if self.video else "no picture")
        more = f" ({', '.join(changes)})" if changes else ""
        return f"custom: {self.description}{more}"


OPERATIONS: tuple[type[Operation], ...] = (Custom,)
