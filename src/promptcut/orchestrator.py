"""One edit, start to end: plan, compile stages, prove them in the sandbox, render, verify,
promote the result atomically and record it in the session history."""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from promptcut import planner
from promptcut.errors import (
    Cancelled,
    InvalidRequest,
    PromptcutError,
    ScriptError,
    TooLarge,
    UserError,
)
from promptcut.executor import run_script
from promptcut.formats import OutputFormat, preview_format
from promptcut.media.ffmpeg import ffmpeg_path
from promptcut.media.info import MediaInfo
from promptcut.media.probe import probe
from promptcut.operations import Operation
from promptcut.operations.frame import Resize
from promptcut.operations.questions import Question
from promptcut.plan import Plan, Step
from promptcut.plugins import plugin
from promptcut.plugins.metadata import MetadataPlugin
from promptcut.sandbox import prove, verify
from promptcut.script_gen import choose_format, compile_plan, predict, write_script
from promptcut.session import HistoryEntry, Session, StageRecord
from promptcut.settings import Settings
from promptcut.stage import Stage

__all__ = ["EditResult", "Event", "Orchestrator", "Prepared", "place_output"]

_SUBTITLE_EXTS = frozenset({".srt", ".ass", ".ssa", ".vtt"})


@dataclass(frozen=True)
class Event:
    """Something a person watching the edit would want to know."""

    kind: Literal["planned", "stage", "progress", "preview", "done"]
    stage: int = 0
    stages: int = 0
    #: "preview": the quick render from the proxy, before the full one (`edit(preview=True)`)
    phase: Literal["sandbox", "render", "preview", ""] = ""
    fraction: float = 0.0
    message: str = ""
    #: the version an edit makes, once its number is known (a "preview" event carries it)
    version: int = 0


#: A file given with the request: probed media, or the path of a non-media file (subtitles).
Asset = MediaInfo | Path


@dataclass(frozen=True)
class Prepared:
    """A request checked against its media: the plan and the file type it will produce."""

    plan: Plan
    format: OutputFormat
    media: MediaInfo
    assets: dict[str, Asset] = field(default_factory=dict)
    #: answers to the questions the request asked, which the plan no longer holds
    answers: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Place:
    """Where one render's scripts and logs go, whether its stages are proven first, and what
    its events call the work."""

    scripts: Path
    logs: Path
    prove: bool = True
    phase: Literal["render", "preview"] = "render"


@dataclass(frozen=True)
class EditResult:
    """A finished edit: the new version in the session, and how it was made."""

    session_id: str
    version: int
    output: Path
    plan: Plan
    media: MediaInfo
    scripts: tuple[Path, ...]
    timings: dict[str, float] = field(default_factory=dict)
    #: the quick preview rendered from the proxy before the full render, when one was asked for
    preview: Path | None = None


class _Clock:
    """Seconds spent per phase, for the history and for anyone tuning."""

    def __init__(self) -> None:
        self.timings: dict[str, float] = {}
        self._start = time.perf_counter()

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.timings[name] = round(self.timings.get(name, 0.0) + time.perf_counter() - t0, 4)

    def total(self) -> dict[str, float]:
        return self.timings | {"total": round(time.perf_counter() - self._start, 4)}


class Orchestrator:
    """Drives the flow for one edit. The CLI, the API and job workers call it, nothing else."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @property
    def ffmpeg(self) -> str:
        return ffmpeg_path(self.settings.ffmpeg)

    def inspect(self, path: Path) -> MediaInfo:
        """Accept a file only if it is real media within the caps (see media.probe)."""
        return probe(path, self.settings)

    def scene_changes(self, media: MediaInfo) -> list[float]:
        """Where a probed file's picture changes at a cut, in seconds (see `inspect`)."""
        return MetadataPlugin().scene_changes(media, self.ffmpeg)

    def current_media(self, session: Session) -> MediaInfo:
        """The probe of the version the session's next edit starts from."""
        current = session.current
        return self.inspect(session.path_of(current)) if current else session.original_media

    def make_proxy(
        self,
        session: Session,
        cancel: threading.Event | None = None,
        on_event: Callable[[Event], None] | None = None,
    ) -> Path | None:
        """Render the small copy of the original that previews start from (`Session.proxy_path`):
        the shorter side at `proxy_lines` pixels (never enlarged), fast H.264 and AAC in MP4.
        It is an ordinary one-step plan, compiled and run like any edit (isolated, its script
        kept in scripts/proxy/). None for a still image or sound alone, which need no proxy."""
        media = session.original_media
        fmt = preview_format("video")
        if media.video is None or media.is_image or fmt is None:
            return None
        lines = self.settings.proxy_lines
        small = min(media.video.width, media.video.height) > lines
        step = Step.of(
            f"a {lines}p copy for previews", Resize(lines=lines) if small else Resize(percent=100)
        )
        tmp = Path(tempfile.mkdtemp(prefix="proxy-", dir=session.tmp_dir()))
        place = _Place(session.root / "scripts" / "proxy", session.root / "logs" / "proxy", False)
        try:
            made = self._render(
                Plan(steps=(step,)), fmt, media, {}, tmp, [], [], _Clock(),
                on_event or (lambda _e: None), cancel, measurements={}, place=place,
            )  # fmt: skip
            os.replace(made.path, session.proxy_path)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return session.proxy_path

    def inspect_asset(self, path: Path) -> Asset:
        """Assets pass the same checks as the main input (their probe is returned); subtitle
        files must be small UTF-8 text (their path is returned)."""
        if path.suffix.lower() in _SUBTITLE_EXTS:
            if not path.is_file():
                raise InvalidRequest(f"no such file: {path.name}")
            if path.stat().st_size > 5 * 1024**2:
                raise InvalidRequest(f"{path.name} is too large for a subtitle file")
            try:
                path.read_text(encoding="utf-8-sig")
            except UnicodeDecodeError:
                raise InvalidRequest(f"{path.name} is not a UTF-8 text subtitle file") from None
            return path
        return self.inspect(path)

    @staticmethod
    def keep_assets(session: Session, assets: Mapping[str, Asset]) -> dict[str, Asset]:
        """Copy the assets into the session (media/assets/); the same assets, at their copies."""
        kept: dict[str, Asset] = {}
        for name, asset in assets.items():
            source = asset.path if isinstance(asset, MediaInfo) else asset
            copy = session.add_asset(source, name)
            kept[name] = (
                asset.model_copy(update={"path": copy}) if isinstance(asset, MediaInfo) else copy
            )
        return kept

    def prepare(
        self,
        prompt: str,
        media: MediaInfo,
        output_ext: str | None = None,
        assets: Mapping[str, Asset] | None = None,
        *,
        name: str | None = None,
    ) -> Prepared:
        """Plan the request and check every step against the media, rendering nothing.
        Questions in it ("how long is it?") are answered here, from the probe, and left out
        of the plan; a request of only questions has nothing to render. Answers call the file
        `name` (default: its file name)."""
        assets = dict(assets or {})
        asked = planner.plan(prompt, None if media.is_image else media.duration, list(assets))
        shown = media.model_copy(update={"path": media.path.with_name(name)}) if name else media
        answers = tuple(
            s.operation.answer(shown) for s in asked.steps if isinstance(s.operation, Question)
        )
        plan = Plan(steps=tuple(s for s in asked.steps if not isinstance(s.operation, Question)))
        fmt = choose_format(plan, media, output_ext)
        predict(plan, media, assets)
        return Prepared(plan, fmt, media, assets, answers)

    def edit(
        self,
        session: Session,
        prompt: str,
        *,
        output_ext: str | None = None,
        prepared: Prepared | None = None,
        assets: Mapping[str, Asset] | None = None,
        on_event: Callable[[Event], None] | None = None,
        cancel: threading.Event | None = None,
        preview: bool = False,
    ) -> EditResult:
        """Edit the session's current version into a new version, or raise and leave the
        session as it was (the attempt is still recorded in its history). `assets` are the
        session's copies of the files given with the request (see `keep_assets`).

        `preview`: first render the plan from the current version's preview (the proxy, for
        the original) into a small file, reported by a "preview" event as soon as it exists,
        then the full render from the source. A plan the small copy cannot take (a crop in
        pixels past its edge) just has no preview."""
        emit = on_event or (lambda _e: None)
        s = self.settings
        clock = _Clock()
        parent = session.current
        source = session.current_path()
        plan: Plan | None = prepared.plan if prepared else None
        stages: list[Stage] = []
        scripts: list[Path] = []
        measurements: dict[int, dict[str, Any]] = {}
        number = 0
        previewed: Path | None = None
        tmp = Path(tempfile.mkdtemp(prefix="edit-", dir=session.tmp_dir()))
        try:
            with clock.phase("plan"):
                media = self.inspect(source) if parent else session.original_media
                kept = dict(assets or {})
                if prepared is None:
                    prepared = self.prepare(prompt, media, output_ext, kept)
                plan, fmt = prepared.plan, prepared.format
            emit(Event("planned", message="; ".join(plan.describe())))
            with clock.phase("compile"):
                number = session.next_version()
            if preview:
                with clock.phase("preview"):
                    previewed = self._preview(session, number, parent, prepared, tmp, emit, cancel)
            place = _Place(session.scripts_dir(number), session.logs_dir(number), s.sandbox)
            made = self._render(
                plan, fmt, media, kept, tmp, stages, scripts, clock, emit, cancel,
                measurements=measurements, place=place,
            )  # fmt: skip
            with clock.phase("promote"):
                final = session.promote(made.path, number, fmt.ext, parent, prompt)
            result_media = made.model_copy(update={"path": final})
            entry = self._entry(
                session, prompt, plan, stages, scripts, clock, parent, number,
                measurements=measurements,
            )  # fmt: skip
            session.append_history(entry)
            emit(Event("done", fraction=1.0, message=f"version {number}"))
            return EditResult(
                session.id,
                number,
                final,
                plan,
                result_media,
                tuple(scripts),
                entry.timings,
                previewed,
            )
        except BaseException as e:
            if number:
                session.discard_preview(number)
            outcome: Literal["refused", "failed", "cancelled"] = (
                "refused"
                if isinstance(e, UserError)
                else "cancelled"
                if isinstance(e, Cancelled)
                else "failed"
            )
            message = str(e) if isinstance(e, PromptcutError) else f"{type(e).__name__}: {e}"
            failed = self._entry(
                session, prompt, plan, stages, scripts, clock, parent, None, outcome, message,
                measurements=measurements,
            )  # fmt: skip
            session.append_history(failed)
            raise
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    @staticmethod
    def stage_count(plan: Plan) -> int:
        """How many stages rendering `plan` takes: a measuring pass for each step that needs
        one, then the render."""
        return 1 + sum(type(s.operation).analysis is not Operation.analysis for s in plan.steps)

    @staticmethod
    def _lint(plan: Plan, stage: Stage, script: Path) -> None:
        """Each plugin whose steps a stage runs checks the script before anything executes it."""
        tools = dict.fromkeys(plan.steps[n - 1].tool for n in stage.steps)
        text = script.read_text(encoding="utf-8")
        for tool in tools:
            problems = plugin(tool).check_script(text)
            if problems:
                raise ScriptError(
                    f"stage {stage.number} script failed the {tool} check: " + "; ".join(problems)
                )

    def _preview(
        self,
        session: Session,
        number: int,
        parent: int,
        prepared: Prepared,
        tmp: Path,
        emit: Callable[[Event], None],
        cancel: threading.Event | None,
    ) -> Path | None:
        """Render `prepared`'s plan from the parent's preview into previews/; None (and a note
        in the logs) when there is nothing to start from or the small copy cannot take it."""
        source = session.preview_of(parent)
        fmt = preview_format(prepared.format.kind)
        if source is None or fmt is None:
            return None
        logs = session.logs_dir(number) / "preview"
        try:
            small = self.inspect(source)
            plan = prepared.plan
            clip = predict(plan, small, prepared.assets)
            if clip.has_video and min(clip.width, clip.height) > self.settings.proxy_lines:
                # The plan enlarges the picture (4k, a 1080x1920 platform format): a preview
                # needs none of those pixels.
                shrink = Step.of("preview size", Resize(lines=self.settings.proxy_lines))
                plan = Plan(steps=(*plan.steps, shrink))
            place = _Place(tmp / "preview", logs, prove=False, phase="preview")
            made = self._render(
                plan, fmt, small, prepared.assets, tmp / "preview", [], [], _Clock(),
                emit, cancel, measurements={}, place=place,
            )  # fmt: skip
        except Cancelled:
            raise
        except PromptcutError as e:
            logs.mkdir(parents=True, exist_ok=True)
            (logs / "skipped.txt").write_text(f"no preview: {e}\n", encoding="utf-8")
            return None
        kept = session.keep_preview(made.path, number)
        emit(Event("preview", phase="preview", fraction=1.0, message=str(kept), version=number))
        return kept

    def _render(
        self,
        plan: Plan,
        fmt: OutputFormat,
        media: MediaInfo,
        assets: Mapping[str, Asset],
        tmp: Path,
        stages: list[Stage],
        scripts: list[Path],
        clock: _Clock,
        emit: Callable[[Event], None],
        cancel: threading.Event | None,
        *,
        measurements: dict[int, dict[str, Any]],
        place: _Place,
    ) -> MediaInfo:
        """Compile, prove and run stages until the render stage's output is verified; returns
        its probe. Analysis stages come first when steps need measurements; an output over a size
        limit is rendered once more with the steps' adjustments. `stages`, `scripts` and
        `measurements` (what each analysis measured, by step number) are
        filled in as they run, for the history; scripts and logs go where `place` says."""
        retried = False
        total = self.stage_count(plan)
        while True:
            with clock.phase("compile"):
                place.scripts.mkdir(parents=True, exist_ok=True)
                place.logs.mkdir(parents=True, exist_ok=True)
                stage = compile_plan(
                    plan, media, tmp / f"out.{fmt.ext}", fmt, measurements,
                    number=len(stages) + 1, files_dir=place.scripts,
                    assets=assets, measure_dir=place.logs,
                )[0]  # fmt: skip
                script = write_script(
                    stage,
                    [plan.steps[n - 1] for n in stage.steps],
                    place.scripts,
                    ffmpeg=self.ffmpeg,
                )
                stage.write_files()
                stages.append(stage)
                scripts.append(script)
                self._lint(plan, stage, script)
            inputs = {"main": media} | {
                name.lower(): a for name, a in assets.items() if isinstance(a, MediaInfo)
            }
            self._run(stage, script, inputs, tmp, clock, emit, cancel, total, place)
            if stage.measures is not None:
                report = stage.output.read_text(encoding="utf-8", errors="replace")
                shutil.copyfile(stage.output, place.logs / stage.output.name)
                step = plan.steps[stage.measures - 1]
                measured = step.operation.read_measurement(report)
                if stage.writes is not None:
                    measured["file"] = str(stage.writes)
                measurements[stage.measures] = measured
                continue
            try:
                with clock.phase("verify"):
                    fps = media.video.fps if media.video else None
                    made = verify(stage.output, stage.expected, fps=fps)
            except TooLarge as e:
                adjusted = {
                    n: m
                    for n, s in enumerate(plan.steps, 1)
                    if (m := s.operation.retry_too_large(measurements.get(n), e.size, e.limit))
                }
                if retried or not adjusted:
                    raise
                retried = True
                measurements |= adjusted
                continue
            assert made is not None  # a render stage's output is media
            return made

    def _run(
        self,
        stage: Stage,
        script: Path,
        media: dict[str, MediaInfo],
        tmp: Path,
        clock: _Clock,
        emit: Callable[[Event], None],
        cancel: threading.Event | None,
        total: int,
        place: _Place,
    ) -> None:
        """Prove one stage on dummy media (when `place` says so), then run it for real."""
        s = self.settings
        logs = place.logs
        if place.prove:
            emit(Event("stage", stage.number, total, "sandbox", message=stage.title))
            with clock.phase("sandbox"):
                prove(
                    stage,
                    script,
                    media,
                    workdir=tmp,
                    cache_dir=s.data_dir / "cache" / "dummies",
                    log_path=logs / f"{stage.number:02d}_sandbox.log",
                    ffmpeg=self.ffmpeg,
                    timeout=s.sandbox_timeout,
                    max_output_bytes=s.max_output_bytes,
                    cancel=cancel,
                )
        emit(Event("stage", stage.number, total, place.phase, message=stage.title))

        def progress(fraction: float) -> None:
            emit(Event("progress", stage.number, total, place.phase, fraction))

        with clock.phase("render"):
            run_script(
                script,
                inputs=dict(stage.inputs) | stage.file_inputs,
                output=stage.output,
                log_path=logs / f"{stage.number:02d}_render.log",
                timeout=s.render_timeout,
                expected_duration=stage.expected.duration,
                on_progress=progress,
                ffmpeg=self.ffmpeg,
                max_output_bytes=s.max_output_bytes,
                cancel=cancel,
            )

    @staticmethod
    def _entry(
        session: Session,
        prompt: str,
        plan: Plan | None,
        stages: Sequence[Stage],
        scripts: Sequence[Path],
        clock: _Clock,
        parent: int,
        version: int | None,
        outcome: Literal["succeeded", "failed", "refused", "cancelled"] = "succeeded",
        error: str | None = None,
        *,
        measurements: Mapping[int, dict[str, Any]] | None = None,
    ) -> HistoryEntry:
        return HistoryEntry(
            prompt=prompt,
            plan=plan.model_dump(mode="json") if plan else None,
            stages=[
                StageRecord(
                    number=st.number,
                    title=st.title,
                    script=session.relative(sc),
                    expected=st.expected,
                )
                for st, sc in zip(stages, scripts, strict=False)
            ],
            timings=clock.total(),
            parent_version=parent,
            output_version=version,
            outcome=outcome,
            error=error,
            measurements=dict(measurements or {}),
        )


def place_output(result: Path, destination: Path) -> None:
    """Copy a finished version to where the user asked, replacing any file there only at the
    very end (temp file in the same folder, then rename): never a half-written output."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(
        dir=destination.parent, prefix=f".{destination.name}.", suffix=".part"
    )
    os.close(fd)
    try:
        shutil.copyfile(result, tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, destination)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
