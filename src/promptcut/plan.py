"""The plan: a versioned JSON document of typed steps, the contract between planner and renderer."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

from promptcut.formats import OutputFormat
from promptcut.operations import Operation, operation

__all__ = ["Plan", "Step"]

#: Operations that need the picture but pick which stretches are kept, or add time to it: what
#: they do reaches the sound as well.
_TIMED_BY_PICTURE = frozenset(
    {"freeze", "join", "keep_scenes", "remove_black", "remove_short_scenes"}
)


class Step(BaseModel):
    """One operation, with the user's words for it and its validated parameters."""

    model_config = ConfigDict(frozen=True)

    task: str = Field(description="The words of the request this step does.")
    tool: str = Field("ffmpeg", description="The plugin that renders it.")
    op: str = Field(description="The catalogue operation's name.")
    params: dict[str, Any] = Field(default_factory=dict)
    inputs: tuple[str, ...] = Field((), description="Asset names the step reads.")

    _operation: Operation = PrivateAttr()

    @model_validator(mode="after")
    def _validate_params(self) -> Step:
        op = operation(self.op).model_validate(self.params)
        self._operation = op
        # Store the normalized parameters so that a plan round-trips exactly.
        object.__setattr__(self, "params", op.model_dump(exclude_defaults=True))
        return self

    @classmethod
    def of(cls, task: str, op: Operation) -> Step:
        return cls(
            task=task,
            tool=op.tool,
            op=op.name,
            params=op.model_dump(exclude_defaults=True),
            inputs=op.assets(),
        )

    @property
    def operation(self) -> Operation:
        return self._operation


class Plan(BaseModel):
    """What to do, in order. `{"version": 1, "steps": [...]}`."""

    model_config = ConfigDict(frozen=True)

    version: Literal[1] = 1
    steps: tuple[Step, ...]

    def describe(self) -> list[str]:
        return [s.operation.describe() for s in self.steps]

    def lost_in(self, fmt: OutputFormat) -> str | None:
        """Why a `fmt` file would lose all a step does, or None: "extract the audio and make it
        black and white" gives sound alone, with no picture to make black and white. A step
        that makes such a result, picks what is kept or silences it is never lost."""
        picture, sound = fmt.kind != "audio", fmt.kind != "image" and fmt.ext != "gif"
        lost = [
            s
            for s in self.steps
            if s.operation.output_kind() is None
            and s.operation.output_ext() is None
            and (
                (not picture and s.operation.needs == {"video"} and s.op not in _TIMED_BY_PICTURE)
                or (not sound and s.operation.touches == {"sound"} and s.op != "mute")
            )
        ]
        if not lost:
            return None
        made = {"audio": "the sound alone", "image": "a still picture"}.get(fmt.kind, "a GIF")
        said = " and ".join(f"'{s.task.strip()}'" for s in lost)
        return (
            f"the result is {made}, which has no {'sound' if picture else 'picture'}: {said} "
            f"would be lost; leave {'it' if len(lost) == 1 else 'them'} out, or make the result "
            "a video (an .mp4)"
        )
