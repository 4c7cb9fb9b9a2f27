"""The plan: a versioned JSON document of typed steps, the contract between planner and renderer."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

from promptcut.operations import Operation, operation

__all__ = ["Plan", "Step"]


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
