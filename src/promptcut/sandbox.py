"""Prove a stage script on cheap dummy media shaped like the real inputs, and check outputs."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from promptcut.errors import ScriptError, Timeout, TooLarge, UnsupportedMedia
from promptcut.executor import ScriptFailed, run_script
from promptcut.media.info import MediaInfo
from promptcut.media.probe import probe
from promptcut.media.synth import make_dummy
from promptcut.stage import Expected, Stage

__all__ = ["SandboxReport", "prove", "verify"]


@dataclass(frozen=True)
class SandboxReport:
    """A passed sandbox run: how long it took, the dummies it used, what the output probed as."""

    seconds: float
    run_seconds: float
    dummies: dict[str, Path]
    output: MediaInfo | None  # None for an analysis stage


def prove(
    stage: Stage,
    script: Path,
    media: dict[str, MediaInfo],
    *,
    workdir: Path,
    cache_dir: Path,
    log_path: Path,
    ffmpeg: str,
    timeout: float,
    max_output_bytes: int,
    isolate: bool | None = None,
    cancel: threading.Event | None = None,
    dummies: Mapping[str, Path] | None = None,
) -> SandboxReport:
    """Run `script` on dummies of the stage's inputs and check its output against the plan.

    Raises ScriptError, worded for the script's author (a person or an LLM), when the script
    fails, hangs, or makes the wrong thing. The dummy output is deleted either way.
    `Cancelled` and the machine's own trouble (no ffmpeg, no sandbox, dummies that cannot be
    made) pass through unchanged as ExecutionError. `dummies` gives stand-ins made for the
    stage (a cut stage's have the real file's GOP structure) in place of `make_dummy`'s.
    """
    started = time.monotonic()
    missing = sorted(set(stage.inputs) - set(media))
    if missing:
        raise ScriptError(
            f"stage {stage.number} reads input(s) {', '.join(map(repr, missing))}, which do not "
            f"exist; the inputs available are {', '.join(map(repr, sorted(media))) or 'none'}"
        )
    given = dict(dummies or {})
    dummies = {
        name: given.get(name) or make_dummy(media[name], cache_dir, exe=ffmpeg)
        for name in stage.inputs
    }
    # Frame rate of the dummies: the output's duration can only be as exact as their frames.
    rates = [m.video.fps for m in map(probe, dummies.values()) if m.video and m.video.fps > 0]
    dummy_fps = min(rates) if rates else None

    workdir.mkdir(parents=True, exist_ok=True)
    suffix = stage.output.suffix or ".mkv"
    output = workdir / f"sandbox-{stage.number:02d}-{uuid.uuid4().hex[:8]}{suffix}"
    try:
        try:
            result = run_script(
                script,
                inputs=dummies | stage.file_inputs,  # a font, a title's text: not media
                output=output,
                log_path=log_path,
                timeout=timeout,
                expected_duration=stage.expected.duration,
                ffmpeg=ffmpeg,
                max_output_bytes=max_output_bytes,
                isolate=isolate,
                cancel=cancel,
            )
        except Timeout as exc:
            raise ScriptError(
                f"the script did not finish within {timeout:g} s on small dummy inputs "
                f"(a second or two of work): it hangs or waits for something. {exc}"
            ) from exc
        except ScriptFailed as exc:
            raise ScriptError(
                f"the script failed on dummy inputs shaped like the real ones: {exc}"
            ) from exc
        produced = verify(output, stage.expected, fps=dummy_fps)
    finally:
        output.unlink(missing_ok=True)
    return SandboxReport(
        seconds=time.monotonic() - started,
        run_seconds=result.seconds,
        dummies=dummies,
        output=produced,
    )


def verify(path: Path, expected: Expected, *, fps: float | None) -> MediaInfo | None:
    """Probe `path` and check it is what the plan predicted; ScriptError lists every mismatch.

    Used on the sandbox's dummy output and on the real render alike. `fps` is the frame rate
    the output was made at (the dummies' after the sandbox): durations are trusted to within
    two of its frames, or `expected.tolerance()` if that is looser.
    """
    try:
        size = path.stat().st_size
    except OSError:
        raise ScriptError(
            f"the script exited without error but wrote no output ({path.name})"
        ) from None
    if size == 0:
        raise ScriptError(f"the script exited without error but its output {path.name} is empty")
    if expected.kind == "analysis":
        return None  # a measurement log: its reader checks what it says
    if expected.max_bytes is not None and size > expected.max_bytes:
        raise TooLarge(
            f"the output is {size / 1e6:.2f} MB, over the "
            f"{expected.max_bytes / 1e6:.2f} MB asked for",
            size=size,
            limit=expected.max_bytes,
        )
    try:
        info = probe(path)
    except UnsupportedMedia as exc:
        raise ScriptError(f"the output {path.name} is not readable media: {exc}") from exc

    problems: list[str] = []
    got_kind = "image" if info.is_image else "video" if info.has_video else "audio"
    if got_kind != expected.kind:
        problems.append(f"expected {_a(expected.kind)}, got {_a(got_kind)}")
    if (info.has_video, info.has_audio) != (expected.has_video, expected.has_audio):
        problems.append(
            f"expected {_streams(expected.has_video, expected.has_audio)}, "
            f"got {_got_streams(info.has_video, info.has_audio)}"
        )
    if expected.duration is not None and expected.kind != "image":
        tolerance = expected.tolerance(fps)
        if abs(info.duration - expected.duration) > tolerance:
            problems.append(
                f"expected {expected.duration:.2f} s ± {tolerance:.2f}, got {info.duration:.2f} s"
            )
    if info.video is not None and (expected.width is not None or expected.height is not None):
        want_w = expected.width if expected.width is not None else info.video.width
        want_h = expected.height if expected.height is not None else info.video.height
        if (info.video.width, info.video.height) != (want_w, want_h):
            problems.append(
                f"expected {want_w}x{want_h}, got {info.video.width}x{info.video.height}"
            )
    if problems:
        raise ScriptError("the output does not match the plan: " + "; ".join(problems))
    return info


def _a(kind: str) -> str:
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


def _streams(video: bool, audio: bool) -> str:
    if video and audio:
        return "a video stream and an audio stream"
    if video:
        return "a video stream and no audio"
    if audio:
        return "an audio stream and no video"
    return "no streams"


def _got_streams(video: bool, audio: bool) -> str:
    if video and audio:
        return "video and audio"
    if video:
        return "video only"
    if audio:
        return "audio only"
    return "no streams"
