"""A stage: the plan steps one script runs, the ffmpeg command it runs, and what it must produce."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["OUTPUT", "Expected", "SideFile", "Stage", "input_token"]

#: Placeholder for the stage's output path inside `Stage.args`.
OUTPUT = "{output}"


def input_token(name: str) -> str:
    """Placeholder for the path of the stage input called `name` inside `Stage.args`."""
    return "{input:" + name + "}"


class Expected(BaseModel):
    """What the stage's output must probe as; checked after the sandbox and the real run."""

    model_config = ConfigDict(frozen=True)

    kind: Literal["video", "audio", "image", "analysis"] = Field(
        description="What the output is; 'analysis' is a measurement log, not media."
    )
    has_video: bool
    has_audio: bool
    duration: float | None = Field(None, description="Seconds; None for an image.")
    width: int | None = None
    height: int | None = None
    max_bytes: int | None = Field(None, description="A size the file must stay under.")

    def tolerance(self, fps: float | None = None) -> float:
        """How far a measured duration may stray: two frames, an audio packet, or 2 %."""
        frame = 2.0 / fps if fps else 0.0
        return max(0.15, frame, 0.02 * (self.duration or 0.0))


class SideFile(BaseModel):
    """A file the command reads that is not media: the font titles are drawn in, or a text to
    draw, which promptcut writes before the stage runs so the user's words never enter the
    command. The sandbox hands these over as they are, never as dummies."""

    model_config = ConfigDict(frozen=True)

    path: Path = Field(description="Absolute path, as the command names it.")
    text: str | None = Field(
        None, description="What promptcut writes there (UTF-8); None: the file exists already."
    )


class Stage(BaseModel):
    """One ffmpeg invocation: a run of fused catalogue steps, one decode and one encode."""

    model_config = ConfigDict(frozen=True)

    number: int = Field(description="1-based position in the plan's stages.")
    title: str = Field(description="The operations it runs, e.g. 'trim, grayscale, speed'.")
    steps: tuple[int, ...] = Field(description="1-based numbers of the plan steps it runs.")
    inputs: dict[str, Path] = Field(description="Input name ('main', asset names) to its path.")
    output: Path
    args: tuple[str, ...] = Field(
        description="ffmpeg arguments after the binary; paths appear as placeholders: "
        "input_token(name) and OUTPUT."
    )
    expected: Expected
    files: dict[str, SideFile] = Field(
        default_factory=dict, description="Files the command reads besides its media, by name."
    )
    measures: int | None = Field(
        None,
        description="For an analysis stage: the 1-based plan step whose measurement it makes.",
    )
    writes: Path | None = Field(
        None, description="A file an analysis stage writes besides its report (kept with the logs)."
    )

    @property
    def is_analysis(self) -> bool:
        return self.expected.kind == "analysis"

    @property
    def slug(self) -> str:
        """File-name form of the title: 'trim_grayscale_speed'."""
        return "_".join(w for w in self.title.replace(",", " ").split())[:60] or "stage"

    @property
    def file_inputs(self) -> dict[str, Path]:
        """The side files as inputs of a run (so an isolated run can read them), by name."""
        return {name: f.path for name, f in self.files.items()}

    def write_files(self) -> None:
        """Write the side files promptcut makes (each atomically), before the stage runs."""
        for f in self.files.values():
            if f.text is not None:
                f.path.parent.mkdir(parents=True, exist_ok=True)
                tmp = f.path.with_name(f".{f.path.name}.tmp")
                tmp.write_text(f.text, encoding="utf-8", newline="")
                os.replace(tmp, f.path)

    def resolve_args(self, inputs: dict[str, Path], output: Path) -> list[str]:
        """The arguments with real paths put in place of the placeholders."""
        table = {input_token(k): str(v) for k, v in inputs.items()} | {OUTPUT: str(output)}
        return [table.get(a, a) for a in self.args]
