"""The script generator for custom steps: the model writes the stage script, which is linted,
proven on dummy media in the isolated sandbox and checked; any failure goes back to the model,
which writes a corrected script, a bounded number of times."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field
from pydantic_ai import Agent, ModelRetry, RunContext, UnexpectedModelBehavior

from promptcut.errors import InvalidRequest, ScriptError
from promptcut.formats import OutputFormat
from promptcut.llm import ModelClient
from promptcut.media.info import MediaInfo
from promptcut.operations.custom import Custom
from promptcut.plan import Step
from promptcut.plugins import plugin
from promptcut.plugins.metadata import MetadataPlugin
from promptcut.stage import Expected

__all__ = ["Attempt", "CustomScript", "write_custom_script"]

#: How much of a failure's text goes back to the model: the end, where the reason is.
_FEEDBACK_CHARS = 2000


class CustomScript(BaseModel):
    """The stage script for the step."""

    script: str = Field(description="The whole Python file, as it will be saved and run.")


@dataclass(frozen=True)
class Attempt:
    """One try at the script: its number, the cap, and why the try before it failed."""

    number: int
    of: int
    previous_error: str | None


def write_custom_script(
    step: Step,
    client: ModelClient,
    *,
    media: MediaInfo,
    expected: Expected,
    fmt: OutputFormat,
    attempts: int,
    logs: Path,
    prove: Callable[[Path], None],
    on_attempt: Callable[[Attempt], None] = lambda _a: None,
) -> str:
    """A script for the custom `step` that passed the lint and `prove` (which raises
    ScriptError, worded for the script's author); every attempt's script, error and timing is
    kept in `logs`. After `attempts` failures: InvalidRequest quoting the last one."""
    assert isinstance(step.operation, Custom)
    tool = plugin(step.tool)
    logs.mkdir(parents=True, exist_ok=True)
    failures: list[str] = []
    agent: Agent[None, CustomScript] = Agent(
        output_type=CustomScript,
        instructions=tool.system_prompt(),
        retries={"output": attempts - 1, "tools": attempts - 1},
    )

    @agent.output_validator
    def _proven(ctx: RunContext[None], written: CustomScript) -> CustomScript:
        number = len(failures) + 1
        script = logs / f"attempt-{number}.py"
        _write(script, written.script)
        started = time.monotonic()
        try:
            problems = tool.check_script(written.script)
            if problems:
                raise ScriptError("the script failed the check: " + "; ".join(problems))
            prove(script)
        except ScriptError as e:
            reason = str(e)
            failures.append(reason)
            _write(
                logs / f"attempt-{number}.txt",
                f"failed after {time.monotonic() - started:.1f} s\n{reason}\n",
            )
            if number < attempts:
                # Said now, while the model writes the next one: that is the wait.
                on_attempt(Attempt(number + 1, attempts, reason))
            raise ModelRetry(
                "The script failed:\n"
                + reason[-_FEEDBACK_CHARS:]
                + "\nWrite the whole corrected script."
            ) from None
        _write(logs / f"attempt-{number}.txt", f"passed in {time.monotonic() - started:.1f} s\n")
        return written

    on_attempt(Attempt(1, attempts, None))
    try:
        written = client.run(
            agent, json.dumps(_task(step, media, expected, fmt), indent=1), purpose=logs.name
        )
    except UnexpectedModelBehavior as e:
        # Not the person's doing, but theirs to hear: promptcut cannot do this step.
        last = failures[-1] if failures else str(e)
        raise InvalidRequest(
            f"could not do '{step.task}': the model wrote no working script in "
            f"{len(failures) or attempts} tries; the last failed: {_one_line(last)}"
        ) from None
    return written.script


def _task(step: Step, media: MediaInfo, expected: Expected, fmt: OutputFormat) -> dict[str, Any]:
    """What the model is told: the step, the input's probe, the output it must make."""
    custom = step.operation
    assert isinstance(custom, Custom)
    output: dict[str, Any] = {
        "file_type": fmt.ext,
        "has_video": expected.has_video,
        "has_audio": expected.has_audio,
    }
    if expected.duration is not None:
        output["duration_seconds"] = expected.duration
    if expected.has_video:
        output |= {"width": expected.width, "height": expected.height}
    output["encoder_options"] = {
        "video": list(fmt.video_args),
        "audio": list(fmt.audio_args),
        "muxer": list(fmt.muxer_args),
    }
    return {
        "step": custom.description,
        "the_persons_words": step.task,
        "inputs": {"main": MetadataPlugin().facts(media)},
        "output": output,
    }


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _one_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return " | ".join(lines)[:600]
