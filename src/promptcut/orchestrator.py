"""One edit, start to end: plan, compile stages, prove them in the sandbox, render, verify,
promote the result atomically and record it in the session history."""

from __future__ import annotations

import errno
import os
import re
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from promptcut import planner
from promptcut.errors import (
    Cancelled,
    ExecutionError,
    InvalidRequest,
    NotUnderstood,
    PromptcutError,
    ScriptError,
    TooLarge,
    UserError,
    disk_error,
)
from promptcut.executor import (
    ScriptFailed,
    isolation_available,
    open_output,
    read_output,
    run_script,
)
from promptcut.formats import INTERMEDIATE_FORMATS, OutputFormat, preview_format
from promptcut.media.ffmpeg import SAFE_INPUT_ARGS, ffmpeg_path
from promptcut.media.info import AudioStream, MediaInfo
from promptcut.media.packets import VideoIndex
from promptcut.media.probe import probe, refuse_link
from promptcut.media.synth import make_cut_dummy
from promptcut.model_choice import ModelUnavailable, choose_model, not_configured_hint
from promptcut.operations import Clip, Graph, Operation
from promptcut.operations.custom import Custom
from promptcut.operations.export import Codec
from promptcut.operations.frame import Resize
from promptcut.operations.join import Join
from promptcut.operations.questions import Question
from promptcut.operations.timeline import Trim
from promptcut.plan import Plan, Step
from promptcut.plugins import plugin
from promptcut.plugins.metadata import MetadataPlugin
from promptcut.sandbox import prove, verify
from promptcut.script_gen import choose_format, compile_plan, predict, write_script
from promptcut.script_gen.compile import copies_picture, picture_copy_refusal
from promptcut.script_gen.smartcut import (
    write_cut_join_script,
    write_cut_script,
    write_join_script,
)
from promptcut.session import HistoryEntry, Session, SourceFile, StageRecord
from promptcut.settings import Settings
from promptcut.smartcut import (
    CONTAINERS,
    SOURCE_CONTAINERS,
    CutPlan,
    NotIndexable,
    Sound,
    check_cut,
    index_video,
    kept_spans,
    plan_cut,
    sound_after_cut,
    with_sound_kept,
)
from promptcut.smartjoin import (
    CutJoinPlan,
    JoinPlan,
    check_cut_join,
    check_join,
    joined_spans,
    plan_cut_join,
    plan_join,
)
from promptcut.stage import Expected, Stage

if TYPE_CHECKING:  # pydantic-ai is loaded only when a model is used (`promptcut.llm`)
    from pydantic_ai.models import Model

    from promptcut.llm import ModelClient
    from promptcut.script_gen.custom import Attempt

__all__ = [
    "Copying",
    "EditResult",
    "Event",
    "Interruption",
    "NeedsModel",
    "Orchestrator",
    "Prepared",
    "check_writable",
    "place_output",
]

_SUBTITLE_EXTS = frozenset({".srt", ".ass", ".ssa", ".vtt"})
# The most of an analysis pass's report read back: ffmpeg's lines for each silence, black
# stretch or scene change of a long video come to a few MiB.
_MAX_REPORT_BYTES = 256 * 1024**2
#: how much of the result a preview from the full-size file shows first, before the whole
_FIRST_SECONDS = 8.0


@dataclass(frozen=True)
class Event:
    """Something a person watching the edit would want to know."""

    kind: Literal["planned", "stage", "progress", "preview", "attempt", "done"]
    stage: int = 0
    stages: int = 0
    #: "preview": the quick render from the proxy, before the full one (`edit(preview=True)`);
    #: "script": the model writing a custom step's script ("attempt" events)
    phase: Literal["sandbox", "render", "preview", "script", ""] = ""
    fraction: float = 0.0
    message: str = ""
    #: the version an edit makes, once its number is known (a "preview" event carries it)
    version: int = 0
    #: a "preview" event's: how many seconds of the result it shows when only its first ones
    #: are ready (`_FIRST_SECONDS`), else None: the whole result
    seconds: float | None = None


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
    #: which planner made the plan: the grammar ("offline") or the model ("llm")
    planner: Literal["offline", "llm"] = "offline"
    #: the model that planned it, kept for the scripts of its custom steps and its use counted
    model: ModelClient | None = None


class Interruption(threading.Event):
    """A cancel event that says why it was set (a signal's name), so that the history says
    'interrupted by SIGTERM' rather than which stage script was stopped."""

    def __init__(self) -> None:
        super().__init__()
        self.reason = ""

    def interrupt(self, reason: str) -> None:
        self.reason = reason
        self.set()


class NeedsModel(NotUnderstood):
    """The grammar cannot read the request and a model is configured, but the caller asked
    not to consult it (a quick check before the request is queued)."""


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
    #: which planner made the plan, and the model's name and use when a model took part
    planner: dict[str, Any] = field(default_factory=dict)
    #: whether its stage scripts ran isolated by bubblewrap (False: unconfined)
    isolated: bool = True
    #: how the picture was cut when the plan only selects time (see `Copying`)
    copying: Copying | None = None


@dataclass
class Copying:
    """How much of the picture a time-only plan copied without re-encoding, or why it was
    re-encoded after all (the reason is also in the stage's log)."""

    #: share of the output's frames copied from the source untouched (0.0 when re-encoded)
    copied: float = 0.0
    #: why the picture was re-encoded whole, when it was
    reason: str | None = None
    #: how the sound was kept untouched, when it was (else it was re-encoded, or there is
    #: none): "packets", the source's copied; "samples", PCM or FLAC written back unchanged
    sound: Literal["packets", "samples"] | None = None

    def sentence(self) -> str:
        if self.reason is not None:
            return f"re-encoded the picture: {self.reason}"
        said = f"copied {self.copied:.0%} of the picture without re-encoding"
        if self.sound == "packets":
            said += ", and the sound's packets untouched"
        elif self.sound == "samples":
            said += ", and the sound's samples untouched"
        return said

    def as_dict(self) -> dict[str, Any]:
        said: dict[str, Any] = {"copied": round(self.copied, 4), "reason": self.reason}
        return said | ({"sound": self.sound} if self.sound is not None else {})


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

    def __init__(
        self, settings: Settings, *, model: Model | None = None, follow_links: bool = True
    ) -> None:
        """`model` replaces the configured one (tests give pydantic-ai's FunctionModel).
        `follow_links`: whether an input or asset may be a link to a file in its own folder
        (the CLI); the server's are files it wrote, and a link there is never followed."""
        self.settings = settings
        self._model = model
        self.follow_links = follow_links

    def model_client(self) -> ModelClient | None:
        """A fresh client (its own count of requests) for the model that plans and writes
        scripts, or None when no model is configured."""
        from promptcut.llm import ModelClient

        if self._model is not None:
            return ModelClient(self._model, max_requests=self.settings.llm_max_requests)
        return ModelClient.from_settings(self.settings)

    @property
    def isolated(self) -> bool:
        """Whether stage scripts run isolated by bubblewrap here; without it they run with
        resource limits only, able to read what the user can and to reach the network."""
        return isolation_available()

    def has_model(self) -> bool:
        return self._model is not None or choose_model(self.settings) is not None

    @property
    def ffmpeg(self) -> str:
        return ffmpeg_path(self.settings.ffmpeg)

    def inspect(self, path: Path) -> MediaInfo:
        """Accept a file only if it is real media within the caps (see media.probe)."""
        refuse_link(path, follow_within_folder=self.follow_links)
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
        place = _Place(session.root / "scripts" / "proxy", session.root / "logs" / "proxy", False)
        with session.in_use():
            session.check_original()
            tmp = Path(tempfile.mkdtemp(prefix="proxy-", dir=session.tmp_dir()))
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
            refuse_link(path, follow_within_folder=self.follow_links)
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
        previous: str | None = None,
        use_model: bool = True,
    ) -> Prepared:
        """Plan the request and check every step against the media, rendering nothing.
        Questions in it ("how long is it?") are answered here, from the probe, and left out
        of the plan; a request of only questions has nothing to render. Answers call the file
        `name` (default: its file name).

        The grammar plans first (PROMPTCUT_PLANNER=auto); when it cannot read the request and
        a model is configured, the model plans the whole of it, its plan checked here the same
        way (a failed check goes back to it); if the model refuses too, its refusal offers the
        grammar's suggestions. `previous` is the session's last request, which the model is
        shown. `use_model=False` raises NeedsModel instead of asking the model."""
        assets = dict(assets or {})
        shown = media.model_copy(update={"path": media.path.with_name(name)}) if name else media

        def checked(asked: Plan) -> tuple[Plan, OutputFormat, tuple[str, ...]]:
            questions = [s.operation for s in asked.steps if isinstance(s.operation, Question)]
            plan = Plan(
                steps=tuple(s for s in asked.steps if not isinstance(s.operation, Question))
            )
            fmt = choose_format(plan, media, output_ext)
            clip = predict(plan, media, assets, fmt=fmt, name=shown.path.name)
            self._within_caps(clip)
            return plan, fmt, tuple(q.answer(shown) for q in questions)

        client: ModelClient | None = None
        asked: Plan | None = None
        unread: NotUnderstood | None = None
        planner.check_length(prompt)  # the model is not sent what the grammar would not read
        if self.settings.planner != "llm":
            try:
                duration = None if media.is_image else media.duration
                v = media.video
                picture = (v.width, v.height, v.fps) if v and not media.is_image else None
                asked = planner.plan(
                    prompt, duration, list(assets), picture=picture, name=shown.path.name
                )
            except NotUnderstood as e:
                if self.settings.planner == "offline" or not prompt.strip():
                    raise
                unread = e
                client = self._client_for(e, use_model)
        else:
            client = self._client_for(None, use_model)
        if asked is None:
            assert client is not None
            from promptcut.planner.llm import plan_with_model

            try:
                asked = plan_with_model(
                    prompt,
                    client,
                    media=media,
                    assets=assets,
                    check=checked,
                    attempts=self.settings.llm_attempts,
                    previous=previous,
                )
            except NotUnderstood as e:
                if e.suggestions or unread is None or not unread.suggestions:
                    raise
                # The model's refusal offers nothing to try; the grammar's question does
                # ("rotate the video": which way? e.g. 'rotate the video 90 degrees clockwise').
                raise NotUnderstood(
                    str(e), clause=unread.clause, suggestions=unread.suggestions
                ) from None
        plan, fmt, answers = checked(asked)
        if any(isinstance(s.operation, Custom) for s in plan.steps):
            self._custom_isolation(plan)
        return Prepared(
            plan, fmt, media, assets, answers, "offline" if client is None else "llm", client
        )

    def _within_caps(self, clip: Clip) -> None:
        """Refuse a result promptcut would not accept as an input (every output is probed as
        one when it is checked), before any work is done."""
        s = self.settings
        if not clip.is_image and clip.duration > s.max_duration:
            raise InvalidRequest(
                f"the result would be {_length(clip.duration)} long, over the limit of "
                f"{_length(s.max_duration)}; set PROMPTCUT_MAX_DURATION to raise it"
            )
        if clip.has_video and clip.width * clip.height > s.max_pixels:
            raise InvalidRequest(
                f"the result would be {clip.width}x{clip.height} pixels, over the limit of "
                f"{s.max_pixels:,} pixels; set PROMPTCUT_MAX_PIXELS to raise it"
            )

    def _client_for(self, unread: NotUnderstood | None, use_model: bool) -> ModelClient:
        """The model to plan a request the grammar could not read (`unread` says why; None
        when the model plans every request), or the refusal to give when there is none."""
        if use_model:
            client = self.model_client()
            if client is not None:
                return client
        elif self.has_model():
            reason = unread or NotUnderstood("PROMPTCUT_PLANNER is llm")
            raise NeedsModel(str(reason), clause=reason.clause, suggestions=reason.suggestions)
        if unread is None:
            raise ModelUnavailable(
                f"PROMPTCUT_PLANNER is llm but no model is configured; {not_configured_hint()}"
            )
        raise NotUnderstood(
            f"{unread}; {not_configured_hint()}",
            clause=unread.clause,
            suggestions=unread.suggestions,
        ) from None

    def _custom_isolation(self, plan: Plan) -> bool | None:
        """How a plan's model-written scripts run: True (bubblewrap required) or, where it
        cannot work and PROMPTCUT_ALLOW_UNSANDBOXED=1, None (isolated where possible)."""
        if isolation_available():
            return True
        if self.settings.allow_unsandboxed:
            return None
        task = next(s.task for s in plan.steps if isinstance(s.operation, Custom))
        raise InvalidRequest(
            f"'{task}' needs a script written by the model, and promptcut runs those only "
            "isolated by bubblewrap, which does not work on this machine; install bubblewrap "
            "(apt-get install bubblewrap), or set PROMPTCUT_ALLOW_UNSANDBOXED=1 to run it "
            "without isolation"
        )

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
        reencode: bool = False,
    ) -> EditResult:
        """Edit the session's current version into a new version, or raise and leave the
        session as it was (the attempt is still recorded in its history, an interruption
        too). `assets` are the session's copies of the files given with the request (see
        `keep_assets`). The session is marked in use meanwhile, so retention leaves it.

        `preview`: first render the plan from the current version's preview (the proxy, for
        the original) into a small file, reported by a "preview" event as soon as it exists,
        then the full render from the source. A plan the small copy cannot take (a crop in
        pixels past its edge) just has no preview.

        A plan that only selects time copies the untouched GOPs (`_render_cut`) unless
        `reencode` asks for the whole picture to be re-encoded."""
        with session.in_use():
            return self._edit(
                session, prompt, output_ext=output_ext, prepared=prepared, assets=assets,
                on_event=on_event, cancel=cancel, preview=preview, reencode=reencode,
            )  # fmt: skip

    def _edit(
        self,
        session: Session,
        prompt: str,
        *,
        output_ext: str | None,
        prepared: Prepared | None,
        assets: Mapping[str, Asset] | None,
        on_event: Callable[[Event], None] | None,
        cancel: threading.Event | None,
        preview: bool,
        reencode: bool,
    ) -> EditResult:
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
        model: ModelClient | None = None
        # The user's file, when the session reads it in place of a copy of the original.
        read_in_place = session.source if parent == 0 else None
        tmp = Path(tempfile.mkdtemp(prefix="edit-", dir=session.tmp_dir()))
        try:
            with clock.phase("plan"):
                if read_in_place is not None:
                    session.check_original()
                media = self.inspect(source) if parent else session.original_media
                kept = dict(assets or {})
                if prepared is None:
                    earlier = [h.prompt for h in session.history() if h.outcome == "succeeded"]
                    prepared = self.prepare(
                        prompt, media, output_ext, kept, previous=earlier[-1] if earlier else None
                    )
                plan, fmt = prepared.plan, prepared.format
                model = prepared.model
                if model is None and any(isinstance(s.operation, Custom) for s in plan.steps):
                    model = self.model_client()
            emit(Event("planned", message="; ".join(plan.describe())))
            with clock.phase("compile"):
                number = session.next_version()
            if preview:
                with clock.phase("preview"):
                    previewed = self._preview(session, number, parent, prepared, tmp, emit, cancel)
            place = _Place(session.scripts_dir(number), session.logs_dir(number), s.sandbox)
            copies: list[Copying] | None = None if reencode else []
            made = self._render(
                plan, fmt, media, kept, tmp, stages, scripts, clock, emit, cancel,
                measurements=measurements, place=place, model=model, copies=copies,
                reencode=reencode,
            )  # fmt: skip
            copying = copies[0] if copies else None
            with clock.phase("promote"):
                if read_in_place is not None:
                    session.check_original(contents=False)  # not changed while it rendered
                final = session.promote(
                    made.path, number, fmt.ext, parent, prompt, duration=made.duration
                )
            result_media = made.model_copy(update={"path": final})
            entry = self._entry(
                session, prompt, plan, stages, scripts, clock, parent, number,
                measurements=measurements, planner=_planner(prepared, model),
                source=read_in_place, copying=copying,
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
                entry.planner or {},
                self.isolated,
                copying,
            )
        except BaseException as e:
            if number:
                session.discard_preview(number)
            trouble = disk_error(e, session.root)
            outcome: Literal["refused", "failed", "cancelled"] = (
                "refused"
                if isinstance(e, UserError)
                else "cancelled"
                if isinstance(e, Cancelled | KeyboardInterrupt)
                else "failed"
            )
            failed = self._entry(
                session, prompt, plan, stages, scripts, clock, parent, None, outcome,
                _what_happened(trouble or e, cancel), measurements=measurements,
                planner=_planner(prepared, model) if prepared else None, source=read_in_place,
            )  # fmt: skip
            try:
                session.append_history(failed)
            except OSError:
                if trouble is None:
                    raise
                # A full disk may refuse the history too; what the user must hear is why.
            if trouble is not None and trouble is not e:
                raise trouble from e
            raise
        finally:
            if number and model is not None:
                _keep_exchanges(model, session.logs_dir(number))
            shutil.rmtree(tmp, ignore_errors=True)

    @staticmethod
    def stage_count(plan: Plan) -> int:
        """How many stages rendering `plan` takes: a measuring pass for each step that needs
        one, a render per run of catalogue steps, and one stage per custom step."""
        return len(_parts(plan)) + sum(
            type(s.operation).analysis is not Operation.analysis for s in plan.steps
        )

    @staticmethod
    def stage_titles(plan: Plan) -> list[str]:
        """What each of `stage_count` stages does, in a few words a person reads on a bar."""
        titles: list[str] = []
        parts = _parts(plan)
        renders = sum(not (p.steps and isinstance(p.steps[0].operation, Custom)) for _, p in parts)
        render = 0
        for _, part in parts:
            titles += [
                f"measuring for {s.operation.describe()}"
                for s in part.steps
                if type(s.operation).analysis is not Operation.analysis
            ]
            if part.steps and isinstance(part.steps[0].operation, Custom):
                titles.append(part.steps[0].operation.describe())
            else:
                render += 1
                titles.append(
                    "full quality" if renders == 1 else f"full quality, part {render} of {renders}"
                )
        return titles

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
        in the logs) when the small copy cannot take it.

        A parent with no preview (a fresh upload whose proxy is still being made) is previewed
        from its own file, shrunk at the end of the plan: first the result's first seconds,
        kept and reported at once, then the whole, which replaces them."""
        source = session.preview_of(parent)
        fmt = preview_format(prepared.format.kind)
        if fmt is None:
            return None
        logs = session.logs_dir(number) / "preview"
        if any(isinstance(s.operation, Custom) for s in prepared.plan.steps):
            # Its script is proven against the full-size input: no second, small-size round
            # of model requests for a preview.
            logs.mkdir(parents=True, exist_ok=True)
            (logs / "skipped.txt").write_text(
                "no preview: a step's script is written by the model for the full-size video\n",
                encoding="utf-8",
            )
            return None
        place = _Place(tmp / "preview", logs, prove=False, phase="preview")

        def render(start: MediaInfo, ending: tuple[Step, ...] = ()) -> MediaInfo:
            plan = prepared.plan
            clip = predict(plan, start, prepared.assets)
            if clip.has_video and min(clip.width, clip.height) > self.settings.proxy_lines:
                # The plan enlarges the picture (4k, a 1080x1920 platform format), or starts
                # from the full-size file: a preview needs none of those pixels.
                shrink = Step.of("preview size", Resize(lines=self.settings.proxy_lines))
                plan = Plan(steps=(*plan.steps, shrink))
            return self._render(
                Plan(steps=(*plan.steps, *ending)), fmt, start, prepared.assets,
                tmp / ("preview-first" if ending else "preview"), [], [], _Clock(), emit,
                cancel, measurements={}, place=place, copies=[],
            )  # fmt: skip

        try:
            if source is not None:
                made = render(self.inspect(source))
            else:
                full = self.inspect(session.current_path()) if parent else session.original_media
                if predict(prepared.plan, full, prepared.assets).duration > _FIRST_SECONDS * 1.5:
                    made = render(full, (Step.of("the first seconds", Trim(end=_FIRST_SECONDS)),))
                    kept = session.keep_preview(made.path, number)
                    emit(Event("preview", phase="preview", fraction=0.5, message=str(kept),
                               version=number, seconds=_FIRST_SECONDS))  # fmt: skip
                # The small copy may have been made meanwhile: the rest from it is far quicker.
                later = session.preview_of(parent)
                try:
                    made = render(self.inspect(later) if later is not None else full)
                except PromptcutError:
                    if later is None:
                        raise
                    made = render(full)  # a crop in pixels past the small copy's edge
        except Cancelled:
            raise
        except PromptcutError as e:
            # First seconds alone are no start for the next edit's preview.
            session.discard_preview(number)
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
        model: ModelClient | None = None,
        copies: list[Copying] | None = None,
        reencode: bool = False,
    ) -> MediaInfo:
        """Render `plan` and return the verified probe of the result. Catalogue steps fuse
        into one render stage (after any analysis passes, see `_render_catalogue`); a custom
        step is a stage of its own whose script `model` writes. Between parts the picture
        and sound pass through a near-lossless intermediate file.

        When `copies` is given and no step changes the picture (see `Operation.touches`), the
        picture is copied and how that went is appended to `copies`: a plan that selects time
        is cut by copying the untouched GOPs (`_render_cut`), its sound steps applied to the
        kept sound; one that changes only the sound or the container copies every packet of
        the picture. A plan that joins clips whose pictures share codec parameters copies
        every picture packet for packet (`_render_join`); with time steps around the join,
        each clip is cut by copying and the cuts joined (`_render_cut_join`). `reencode`
        encodes every stream, even one no step changes."""
        total = self.stage_count(plan)
        parts = _parts(plan)
        if copies is not None and len(plan.steps) == 1 and type(plan.steps[0].operation) is Join:
            made, copying = self._render_join(
                plan, fmt, media, assets, tmp, stages, scripts, clock, emit, cancel,
                place=place, total=total,
            )  # fmt: skip
            copies.append(copying)
            if made is not None:
                return made
        joins = [s for s in plan.steps if type(s.operation) is Join]
        if (
            copies is not None
            and len(plan.steps) > 1
            and len(joins) == 1
            and all("picture" not in s.operation.touches for s in plan.steps if s not in joins)
            and _in_codec_asked(plan, media)
        ):
            made, copying = self._render_cut_join(
                plan, fmt, media, assets, tmp, stages, scripts, clock, emit, cancel,
                place=place, total=total, measurements=measurements,
            )  # fmt: skip
            copies.append(copying)
            if made is not None:
                return made
        timed = Plan(steps=tuple(s for s in plan.steps if "time" in s.operation.touches))
        keeps_picture = (
            bool(plan.steps)
            and media.video is not None
            and not media.is_image
            and all("picture" not in s.operation.touches for s in plan.steps)
            and _in_codec_asked(plan, media)
        )
        spans = kept_spans(timed, media.duration) if keeps_picture and timed.steps else None
        copy_whole = keeps_picture and not timed.steps and fmt.kind == "video" and fmt.ext != "gif"
        if copies is not None and spans is not None:
            media_assets = {k.lower(): a for k, a in assets.items() if isinstance(a, MediaInfo)}
            waits = sound_after_cut(plan, predict(timed, media), assets=media_assets)
            if isinstance(waits, Sound):
                made, copying = self._render_cut(
                    plan, spans, fmt, media, media_assets, tmp, stages, scripts, clock, emit,
                    cancel, place=place, total=total, measurements=measurements,
                )  # fmt: skip
            else:
                made, copying = None, _not_copied(place.logs, len(stages) + 1, waits)
            copies.append(copying)
            if made is not None:
                return made
        current = media
        for i, (offset, part) in enumerate(parts):
            last = i == len(parts) - 1
            kind = _kind(predict(part, current, assets))
            part_fmt = fmt if last else INTERMEDIATE_FORMATS[kind]
            folder = tmp if len(parts) == 1 else tmp / f"part-{i + 1}"
            folder.mkdir(parents=True, exist_ok=True)
            step = part.steps[0]
            if isinstance(step.operation, Custom):
                current = self._render_custom(
                    step, offset + 1, part_fmt, current, folder, stages, scripts, clock, emit,
                    cancel, place=place, total=total, model=model,
                )  # fmt: skip
                continue
            # What a cut that fell back had measured already is not measured again.
            measured = {
                n - offset: m
                for n, m in measurements.items()
                if offset < n <= offset + len(part.steps)
            }
            current = self._render_catalogue(
                part, part_fmt, current, assets, folder, stages, scripts, clock, emit, cancel,
                measurements=measured, place=place, total=total, offset=offset,
                files_dir=None if len(parts) == 1 else place.scripts / f"part-{i + 1}",
                reencode=reencode,
            )  # fmt: skip
            measurements |= {n + offset: m for n, m in measured.items()}
        if copies is not None and copy_whole:
            copies.append(self._copied_whole(stages[-1], media, fmt, place))
        return current

    @staticmethod
    def _copied_whole(stage: Stage, media: MediaInfo, fmt: OutputFormat, place: _Place) -> Copying:
        """How the render of a plan that changes no picture went: every packet of the picture
        copied, or why it was encoded (also written to the stage's log `NN_copy.log`)."""
        if copies_picture(stage):
            with (place.logs / f"{stage.number:02d}_copy.log").open("a", encoding="utf-8") as f:
                f.write("copied every packet of the picture (100%)\n")
            return Copying(1.0)
        reason = picture_copy_refusal(media, fmt) or f"a .{fmt.ext} file needs it encoded"
        return _not_copied(place.logs, stage.number, reason)

    def _render_cut(
        self,
        plan: Plan,
        spans: tuple[tuple[float, float], ...],
        fmt: OutputFormat,
        media: MediaInfo,
        assets: Mapping[str, MediaInfo],
        tmp: Path,
        stages: list[Stage],
        scripts: list[Path],
        clock: _Clock,
        emit: Callable[[Event], None],
        cancel: threading.Event | None,
        *,
        place: _Place,
        total: int,
        measurements: dict[int, dict[str, Any]],
    ) -> tuple[MediaInfo | None, Copying]:
        """Cut a time-only plan by copying the untouched GOPs (see `smartcut`): index the
        video's packets, run the analysis passes of its sound steps (normalize measures the
        kept sound, as in any render), write the stage script (parts, copy ranges, the kept
        sound given the sound steps, join), prove it on a dummy with the same GOPs, run it (it
        ends by decoding every re-encoded frame and join), then count the result's frames,
        compare the copied packets with the source's and check its lengths. Any doubt returns
        (None, why), the reason written to the stage's log `NN_copy.log`; the caller then
        re-encodes as for any plan, with what was measured (`measurements`, by step)."""
        try:
            if fmt.ext not in CONTAINERS:
                raise NotIndexable(f"copied H.264 or HEVC is not written to .{fmt.ext} files")
            if media.container not in SOURCE_CONTAINERS:
                # Each container seeks its own way before a stream copy (see
                # smartcut.part_runs); these are the ones whose way is known.
                raise NotIndexable(_COPIED_FROM)
            if media.video is not None and media.video.rotation:
                # The parts pass through MPEG-TS, which has no place for the rotation tag.
                raise NotIndexable(f"the video is shown turned {media.video.rotation}°")
            with clock.phase("compile"):
                index = index_video(media.path)
                cut = plan_cut(index, spans)
        except NotIndexable as e:
            return None, _not_copied(place.logs, len(stages) + 1, e)
        self._measure(
            plan, fmt, media, assets, tmp, stages, scripts, clock, emit, cancel,
            measurements=measurements, place=place, total=total,
        )  # fmt: skip
        number = len(stages) + 1
        output = tmp / f"cut.{fmt.ext}"
        try:
            with clock.phase("compile"):
                timed = Plan(steps=tuple(s for s in plan.steps if "time" in s.operation.touches))
                kept = predict(timed, media).evolve(duration=cut.duration)
                sound = sound_after_cut(plan, kept, assets=assets, measured=measurements)
                if isinstance(sound, str):
                    raise NotIndexable(sound)
                cut, sound_said = with_sound_kept(
                    replace(cut, sound=sound), container=fmt.ext, source_container=media.container
                )
                clip = predict(plan, media, assets)
                expected = _expected(clip, fmt).model_copy(
                    update={"duration": round(cut.duration, 3), "has_audio": cut.has_sound}
                )
                infos = {"main": media} | {name: assets[name] for name, _ in sound.inputs}
            said = (
                f"copied {cut.copied_frames} of {cut.total_frames} frames "
                f"({cut.share_copied:.1%}); parts: "
                + ", ".join(f"{p.kind} {p.first}+{p.count}" for p in cut.parts)
                + (f"\n{sound_said}" if sound_said else "")
            )
            made = self._copy_stage(
                plan, cut, number, infos, {"main": index}, output, expected, said,
                tmp, stages, scripts, clock, emit, cancel, total, place,
            )  # fmt: skip
        except (NotIndexable, ScriptError, ScriptFailed) as e:
            return None, _not_copied(place.logs, number, e, output)
        untouched = cut.sound_kept.kind if cut.sound_kept is not None else None
        return made, Copying(cut.share_copied, sound=untouched)

    def _copy_stage(
        self,
        plan: Plan,
        made_by: CutPlan | JoinPlan | CutJoinPlan,
        number: int,
        infos: dict[str, MediaInfo],
        indexes: Mapping[str, VideoIndex],
        output: Path,
        expected: Expected,
        said: str,
        tmp: Path,
        stages: list[Stage],
        scripts: list[Path],
        clock: _Clock,
        emit: Callable[[Event], None],
        cancel: threading.Event | None,
        total: int,
        place: _Place,
    ) -> MediaInfo:
        """Make the copying stage `number` of every step of `plan` from a cut, a join or a cut
        join (`made_by`): write its script and lint it, prove it on stand-ins with each input's
        GOPs (`indexes`), run it and measure what it made: the script ended with its decode
        checks (a failure fails the run), so what is left is the plan's own check (frames,
        copied packets, lengths) and the expected media. Taken, the stage joins `stages` and
        `scripts` and `said` goes to its copy log; NotIndexable (or ScriptError, ScriptFailed)
        says why it is not, its output left for `_not_copied` to remove."""
        title = ", ".join(dict.fromkeys(step.op for step in plan.steps)) + " by copying"
        stage = Stage(
            number=number, title=title, steps=tuple(range(1, len(plan.steps) + 1)),
            inputs={name: info.path for name, info in infos.items()}, output=output, args=(),
            expected=expected,
        )  # fmt: skip
        with clock.phase("compile"):
            place.scripts.mkdir(parents=True, exist_ok=True)
            place.logs.mkdir(parents=True, exist_ok=True)
            check: Callable[[Path], list[str]]
            if isinstance(made_by, CutPlan):
                write = partial(write_cut_script, made_by)
                check, fps = partial(check_cut, cut=made_by), made_by.index.fps
            elif isinstance(made_by, JoinPlan):
                write = partial(write_join_script, made_by)
                check, fps = partial(check_join, join=made_by), made_by.fps
            else:
                write = partial(write_cut_join_script, made_by)
                check, fps = partial(check_cut_join, join=made_by), made_by.fps
            script = write(
                plan.steps, stage.steps, place.scripts, number=number, title=title,
                inputs=dict(stage.inputs), output=output, ffmpeg=self.ffmpeg,
                safe_input=SAFE_INPUT_ARGS,
            )  # fmt: skip
            self._lint(plan, stage, script)
        dummies = None
        if place.prove:
            with clock.phase("sandbox"):
                cache = self.settings.data_dir / "cache" / "dummies"
                try:
                    dummies = {
                        name: make_cut_dummy(infos[name], index, cache, exe=self.ffmpeg)
                        for name, index in indexes.items()
                    }
                except Cancelled:
                    raise
                except ExecutionError as e:  # the encoder here cannot make its kind of picture
                    raise NotIndexable(f"no stand-in with its GOPs could be made: {e}") from e
        self._run(stage, script, infos, tmp, clock, emit, cancel, total, place,
                  dummies=dummies)  # fmt: skip
        with clock.phase("verify"):
            problems = check(stage.output)
            if problems:
                raise NotIndexable("the joined result failed its check: " + "; ".join(problems))
            made = verify(stage.output, stage.expected, fps=float(fps))
        assert made is not None  # a video stage's output is media
        stages.append(stage)
        scripts.append(script)
        with (place.logs / f"{number:02d}_copy.log").open("a", encoding="utf-8") as f:
            f.write(said + "\n")
        return made

    def _render_join(
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
        place: _Place,
        total: int,
    ) -> tuple[MediaInfo | None, Copying]:
        """Join clips by copying their pictures (see `smartjoin`): index each clip's packets,
        compare their codec parameters, write the stage script (parts, sound, join), prove it
        on dummies with the same GOPs, run it (it ends by decoding where the clips meet), then
        count the result's frames, compare its packets with the clips' and check its lengths.
        Any doubt returns (None, why), the reason written to the stage's log `NN_copy.log`;
        the caller then renders the join as for any plan."""
        number = len(stages) + 1
        output = tmp / f"join.{fmt.ext}"
        join_step = plan.steps[0].operation
        assert isinstance(join_step, Join)
        try:
            if fmt.ext not in CONTAINERS:
                raise NotIndexable(f"copied pictures are not written to .{fmt.ext} files")
            graph = _with_assets(media, assets)
            try:
                order = join_step.order(graph)
            except InvalidRequest as e:
                raise NotIndexable(str(e)) from e
            pieces = [("main", media) if p is None else (p[0].lower(), p[1]) for p in order]
            _pictures_copyable(dict(pieces))
            with clock.phase("compile"):
                indexes = {name: index_video(info.path) for name, info in pieces}
                infos = dict(pieces)
                sound, layout = _joined_sound(media, infos)
                join = plan_join(
                    [(name, indexes[name]) for name, _ in pieces],
                    rate=sound.sample_rate if sound else 0, layout=layout,
                    audio_bitrate=indexes["main"].audio_bitrate,
                )  # fmt: skip
                clip_after = predict(plan, media, assets)
                expected = _expected(clip_after, fmt).model_copy(
                    update={"duration": round(join.duration, 3), "has_audio": join.has_sound}
                )
            said = (
                f"copied all {join.total_frames} frames of {len(join.parts)} clips; parts: "
                + ", ".join(f"{p.name} {p.index.frames}" for p in join.parts)
            )
            made = self._copy_stage(
                plan, join, number, infos, indexes, output, expected, said,
                tmp, stages, scripts, clock, emit, cancel, total, place,
            )  # fmt: skip
        except (NotIndexable, ScriptError, ScriptFailed) as e:
            return None, _not_copied(place.logs, number, e, output)
        return made, Copying(1.0)

    def _render_cut_join(
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
        place: _Place,
        total: int,
        measurements: dict[int, dict[str, Any]],
    ) -> tuple[MediaInfo | None, Copying]:
        """Cut and join clips by copying (a plan of time steps and one join whose clips'
        pictures share codec parameters: "trim the first 2 seconds and join clip2.mp4 at the
        end"): the source ranges each clip keeps (`smartjoin.joined_spans`), each clip's run
        of ranges cut as `_render_cut` cuts one (`plan_cut`), the parts of all joined in
        order (`plan_cut_join`), proven, run and checked as a cut is. Sound steps after the
        join ("join clip2.mp4 and normalize the audio") are applied to the joined sound, as a
        cut applies them to the kept sound (`smartcut.sound_after_cut`; their analysis passes
        first, into `measurements`, by step); those before the join ("lower the volume and join
        clip2.mp4") are applied to the video's piece of it alone (`_video_sound`). Any doubt
        returns (None, why), the reason written to the stage's log `NN_copy.log`."""
        number = len(stages) + 1
        output = tmp / f"join.{fmt.ext}"
        try:
            if fmt.ext not in CONTAINERS:
                raise NotIndexable(f"copied pictures are not written to .{fmt.ext} files")
            at = next(n for n, s in enumerate(plan.steps) if type(s.operation) is Join)
            graph = _with_assets(media, assets)
            try:
                spans = joined_spans(plan, graph, media.duration)
            except InvalidRequest as e:
                raise NotIndexable(str(e)) from e
            if spans is None:
                raise NotIndexable("the steps do more than select time and join")
            runs: list[tuple[str, list[tuple[float, float]]]] = []
            for name, a, b in spans:
                if runs and runs[-1][0] == name:
                    runs[-1][1].append((a, b))
                else:
                    runs.append((name, [(a, b)]))
            infos = {"main": media} | {n: graph.assets[n] for n, _ in runs if n != "main"}
            _pictures_copyable(infos, containers=True)
            with clock.phase("compile"):
                indexes = {name: index_video(info.path) for name, info in infos.items()}
                sound, layout = _joined_sound(media, infos)
                cuts = [(name, plan_cut(indexes[name], kept)) for name, kept in runs]
                rate = sound.sample_rate if sound else 0
                # Refuses clips that differ before anything is measured.
                join = plan_cut_join(cuts, rate=rate, layout=layout)
            media_assets = {k.lower(): a for k, a in assets.items() if isinstance(a, MediaInfo)}
            after = Plan(steps=plan.steps[at + 1 :])
            if any("sound" in s.operation.touches for s in plan.steps):
                self._measure(
                    plan, fmt, media, assets, tmp, stages, scripts, clock, emit, cancel,
                    measurements=measurements, place=place, total=total,
                )  # fmt: skip
                number = len(stages) + 1
            with clock.phase("compile"):
                timed = Plan(steps=tuple(s for s in plan.steps if "time" in s.operation.touches))
                joined = predict(timed, media, assets).evolve(duration=join.duration)
                steps = sound_after_cut(
                    after, joined, assets=media_assets,
                    measured={n - at - 1: m for n, m in measurements.items() if n > at + 1},
                )  # fmt: skip
                if isinstance(steps, str):
                    raise NotIndexable(steps)
                own = _video_sound(plan, at, media, cuts, measurements)
                join = plan_cut_join(
                    cuts, rate=rate, layout=layout, audio_bitrate=indexes["main"].audio_bitrate,
                    sound=steps, video_sound=own,
                )  # fmt: skip
                infos |= {name: media_assets[name] for name, _ in steps.inputs}
                clip_after = predict(plan, media, assets)
                expected = _expected(clip_after, fmt).model_copy(
                    update={"duration": round(join.duration, 3), "has_audio": join.has_sound}
                )
            parts = "; ".join(
                f"{piece.name}: "
                + ", ".join(f"{p.kind} {p.first}+{p.count}" for p in piece.cut.parts)
                for piece in join.pieces
            )
            said = (
                f"copied {join.copied_frames} of {join.total_frames} frames "
                f"({join.share_copied:.1%}) of {len(join.pieces)} pieces; parts: {parts}"
            )
            made = self._copy_stage(
                plan, join, number, infos, indexes, output, expected, said,
                tmp, stages, scripts, clock, emit, cancel, total, place,
            )  # fmt: skip
        except (NotIndexable, ScriptError, ScriptFailed) as e:
            return None, _not_copied(place.logs, number, e, output)
        return made, Copying(join.share_copied)

    def _render_custom(
        self,
        step: Step,
        number_in_plan: int,
        fmt: OutputFormat,
        media: MediaInfo,
        tmp: Path,
        stages: list[Stage],
        scripts: list[Path],
        clock: _Clock,
        emit: Callable[[Event], None],
        cancel: threading.Event | None,
        *,
        place: _Place,
        total: int,
        model: ModelClient | None,
    ) -> MediaInfo:
        """The model writes the custom step's script, proven on dummies in the isolated
        sandbox and corrected from its own errors (see `write_custom_script`); the accepted
        script then runs for real, isolated, and its output is verified."""
        s = self.settings
        isolate = self._custom_isolation(Plan(steps=(step,)))
        client = model or self.model_client()
        if client is None:
            raise ModelUnavailable(
                f"'{step.task}' needs a script written by a model and none is configured; "
                + not_configured_hint()
            )
        number = len(stages) + 1
        clip = predict(Plan(steps=(step,)), media)
        stage = Stage(
            number=number,
            title="custom",
            steps=(number_in_plan,),
            inputs={"main": media.path},
            output=tmp / f"out.{fmt.ext}",
            args=(),
            expected=_expected(clip, fmt),
        )
        logs = place.logs / f"{number:02d}_custom"

        def prove_it(script: Path) -> None:
            # The run's own folder is the only place it may write; its log is kept beside
            # the attempt's script.
            box = Path(tempfile.mkdtemp(prefix="sandbox-", dir=tmp))
            log = box / "sandbox.log"
            try:
                emit(Event("stage", number, total, "sandbox", message=step.task))
                prove(
                    stage, script, {"main": media}, workdir=box,
                    cache_dir=s.data_dir / "cache" / "dummies", log_path=log,
                    ffmpeg=self.ffmpeg, timeout=s.sandbox_timeout,
                    max_output_bytes=s.max_output_bytes, isolate=isolate, cancel=cancel,
                )  # fmt: skip
                _no_ffmpeg_errors(log)
            finally:
                _keep_log(log, script.with_suffix(".sandbox.log"))
                shutil.rmtree(box, ignore_errors=True)

        from promptcut.script_gen.custom import write_custom_script

        def attempt(a: Attempt) -> None:
            why = f": the last failed: {_first_line(a.previous_error)}" if a.previous_error else ""
            said = f"writing a script for '{step.task}' — attempt {a.number} of {a.of}{why}"
            emit(Event("attempt", number, total, "script", message=said))

        with clock.phase("script"):
            text = write_custom_script(
                step, client, media=media, expected=stage.expected, fmt=fmt,
                attempts=s.llm_attempts, logs=logs, prove=prove_it, on_attempt=attempt,
            )  # fmt: skip
        place.scripts.mkdir(parents=True, exist_ok=True)
        script = place.scripts / f"{number:02d}_custom.py"
        tmp_script = script.with_suffix(".py.tmp")
        tmp_script.write_text(text, encoding="utf-8")
        os.chmod(tmp_script, 0o700)
        os.replace(tmp_script, script)
        stages.append(stage)
        scripts.append(script)

        emit(Event("stage", number, total, place.phase, message=step.task))
        box = Path(tempfile.mkdtemp(prefix="custom-", dir=tmp))
        output = box / stage.output.name
        log = box / "render.log"
        try:
            with clock.phase("render"):
                run_script(
                    script, inputs={"main": media.path}, output=output, log_path=log,
                    timeout=s.render_timeout, expected_duration=stage.expected.duration,
                    on_progress=lambda f: emit(Event("progress", number, total, place.phase, f)),
                    ffmpeg=self.ffmpeg, max_output_bytes=s.max_output_bytes, cancel=cancel,
                    isolate=isolate,
                )  # fmt: skip
                _no_ffmpeg_errors(log)
            with clock.phase("verify"):
                made = verify(output, stage.expected, fps=media.video.fps if media.video else None)
            assert made is not None
            os.replace(output, stage.output)
        finally:
            _keep_log(log, place.logs / f"{number:02d}_render.log")
            shutil.rmtree(box, ignore_errors=True)
        return made.model_copy(update={"path": stage.output})

    def _render_catalogue(
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
        total: int,
        offset: int = 0,
        files_dir: Path | None = None,
        reencode: bool = False,
    ) -> MediaInfo:
        """Compile, prove and run stages until the render stage's output is verified; returns
        its probe. Analysis stages come first when steps need measurements; an output over a size
        limit is rendered once more with the steps' adjustments. `stages`, `scripts` and
        `measurements` (what each analysis measured, by step number) are
        filled in as they run, for the history; scripts and logs go where `place` says.
        `plan` may be a part of the edit's plan that starts after `offset` steps (the history
        numbers steps in the whole plan); its side files then go in `files_dir`."""
        self._measure(
            plan, fmt, media, assets, tmp, stages, scripts, clock, emit, cancel,
            measurements=measurements, place=place, total=total, offset=offset,
            files_dir=files_dir,
        )  # fmt: skip
        retried = False
        while True:
            with clock.phase("compile"):
                stage = compile_plan(
                    plan, media, tmp / f"out.{fmt.ext}", fmt, measurements,
                    number=len(stages) + 1, files_dir=files_dir or place.scripts,
                    assets=assets, measure_dir=place.logs, reencode=reencode,
                )[0]  # fmt: skip
                script = self._place_stage(plan, stage, offset, stages, scripts, place)
            self._run(stage, script, _inputs(media, assets), tmp, clock, emit, cancel, total, place)
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

    def _measure(
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
        total: int,
        offset: int = 0,
        files_dir: Path | None = None,
    ) -> None:
        """Run the analysis pass of every step of `plan` that needs one (`Operation.analysis`)
        and is not in `measurements` yet, each measuring the media as the steps before it
        leave it, and add what it measured to `measurements` by step number."""
        while True:
            with clock.phase("compile"):
                stage = compile_plan(
                    plan, media, tmp / f"out.{fmt.ext}", fmt, measurements,
                    number=len(stages) + 1, files_dir=files_dir or place.scripts,
                    assets=assets, measure_dir=place.logs,
                )[0]  # fmt: skip
                if stage.measures is None:
                    return  # the render stage: the caller's to make
                script = self._place_stage(plan, stage, offset, stages, scripts, place)
            self._run(stage, script, _inputs(media, assets), tmp, clock, emit, cancel, total, place)
            # Read as a plain file the run wrote, never through a link the script left.
            data = read_output(stage.output, limit=_MAX_REPORT_BYTES)
            (place.logs / stage.output.name).write_bytes(data)
            report = data.decode("utf-8", errors="replace")
            step = plan.steps[stage.measures - 1]
            measured = step.operation.read_measurement(report)
            if stage.writes is not None:
                measured["file"] = str(stage.writes)
            measurements[stage.measures] = measured

    def _place_stage(
        self,
        plan: Plan,
        stage: Stage,
        offset: int,
        stages: list[Stage],
        scripts: list[Path],
        place: _Place,
    ) -> Path:
        """Write a compiled stage's script and side files where `place` says, record it (its
        steps numbered in the whole plan, `offset` steps before `plan`) and lint it."""
        place.scripts.mkdir(parents=True, exist_ok=True)
        place.logs.mkdir(parents=True, exist_ok=True)
        in_plan = stage.model_copy(update={"steps": tuple(n + offset for n in stage.steps)})
        script = write_script(
            in_plan, [plan.steps[n - 1] for n in stage.steps], place.scripts, ffmpeg=self.ffmpeg
        )
        stage.write_files()
        stages.append(in_plan)
        scripts.append(script)
        self._lint(plan, stage, script)
        return script

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
        *,
        dummies: Mapping[str, Path] | None = None,
    ) -> None:
        """Prove one stage on dummy media (when `place` says so; `dummies` made for it, else
        `make_dummy`'s), then run it for real."""
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
                    dummies=dummies,
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
        planner: dict[str, Any] | None = None,
        source: SourceFile | None = None,
        copying: Copying | None = None,
    ) -> HistoryEntry:
        return HistoryEntry(
            prompt=prompt,
            isolated=isolation_available(),
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
            planner=planner,
            source=source,
            copying=copying.as_dict() if copying else None,
        )


def check_writable(destination: Path) -> None:
    """Refuse (InvalidRequest) an output that could not be written, before any work is done:
    its folder must be one (or creatable) and accept a new file."""
    folder = destination.parent
    existing = next((f for f in (folder, *folder.parents) if f.exists()), None)
    if destination.is_dir():
        raise InvalidRequest(f"the output {destination} is a folder; name a file to write")
    if destination.exists() and not destination.is_file():
        # Replacing /dev/null or a pipe with a video helps no one.
        raise InvalidRequest(
            f"the output {destination} is not a regular file (a device or a pipe); "
            "name a file to write"
        )
    if existing is not None and not existing.is_dir():
        raise InvalidRequest(f"cannot write {destination}: {existing} is a file, not a folder")
    probe_in = folder if folder.is_dir() else existing
    if probe_in is None:
        return
    try:
        # Trying is the only sure test: permissions, a read-only mount, ACLs all show here.
        fd, trial = tempfile.mkstemp(dir=probe_in, prefix=".promptcut-", suffix=".check")
    except OSError as e:
        if e.errno == errno.EROFS:
            reason = "is on a read-only device"
        elif e.errno in (errno.EACCES, errno.EPERM):
            reason = "is not writable by you"
        else:
            reason = f"cannot take a new file ({e.strerror or e})"
        raise InvalidRequest(
            f"cannot write {destination}: the folder {probe_in} {reason}"
        ) from None
    os.close(fd)
    os.unlink(trial)


def place_output(result: Path, destination: Path) -> None:
    """Copy a finished version to where the user asked, replacing any file there only at the
    very end (temp file in the same folder, then rename): never a half-written output. A full
    or read-only disk is a DiskError naming the folder."""
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(
            dir=destination.parent, prefix=f".{destination.name}.", suffix=".part"
        )
    except OSError as e:
        raise disk_error(e, destination.parent) or e from None
    os.close(fd)
    try:
        shutil.copyfile(result, tmp)
        # The user's file, made as their other files are (the process umask is kept private
        # for the session folder).
        os.chmod(tmp, 0o666 & ~_user_umask)
        os.replace(tmp, destination)
    except BaseException as e:
        Path(tmp).unlink(missing_ok=True)
        trouble = disk_error(e, destination.parent)
        if trouble is not None:
            raise trouble from None
        raise


def _read_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


#: The umask the program started with: the one the user's own output files are made with.
_user_umask = _read_umask()


def _inputs(media: MediaInfo, assets: Mapping[str, Asset]) -> dict[str, MediaInfo]:
    """A catalogue stage's media inputs by stage name: the video and every media asset."""
    return {"main": media} | {n.lower(): a for n, a in assets.items() if isinstance(a, MediaInfo)}


#: Why a source in another container is re-encoded, for the stage log.
_COPIED_FROM = "copying is done from MP4, MOV, Matroska and MPEG-TS files only"


def _with_assets(media: MediaInfo, assets: Mapping[str, MediaInfo | Path]) -> Graph:
    """A graph of the video that knows the other media given, for the steps that name them."""
    graph = Graph(Clip.of(media))
    for name, asset in assets.items():
        if isinstance(asset, MediaInfo):
            graph.assets[name.lower()] = asset
            graph.asset_files[name.lower()] = asset.path
    return graph


def _pictures_copyable(infos: Mapping[str, MediaInfo], *, containers: bool = False) -> None:
    """NotIndexable when a clip's picture cannot be copied as it is: a still, a picture shown
    turned, or (with `containers`) a file copying does not read."""
    for name, info in infos.items():
        clip = "the video" if name == "main" else name
        if info.is_image:
            raise NotIndexable(f"{clip} is a still image, whose picture must be made")
        if info.video is not None and info.video.rotation:
            raise NotIndexable(f"{clip} is shown turned {info.video.rotation}°")
        if containers and info.container not in SOURCE_CONTAINERS:
            raise NotIndexable(f"{_COPIED_FROM} ({clip})")


def _joined_sound(
    media: MediaInfo, infos: Mapping[str, MediaInfo]
) -> tuple[AudioStream | None, str]:
    """The sound a join is made in (the video's own, else the first clip's) and its channel
    layout ("" with no sound)."""
    sound = media.audio or next((i.audio for i in infos.values() if i.audio is not None), None)
    if sound is None:
        return None, ""
    return sound, sound.layout or ("mono" if sound.channels == 1 else "stereo")


def _video_sound(
    plan: Plan,
    at: int,
    media: MediaInfo,
    cuts: Sequence[tuple[str, CutPlan]],
    measurements: Mapping[int, dict[str, Any]],
) -> Sound:
    """What the sound steps before the join (step `at`) do to the video's own sound, applied
    to the video's piece of the joined sound once its kept ranges are cut and joined (see
    `smartcut.sound_after_cut`); NotIndexable says why they cannot wait until then. The time
    steps after the join count as cuts of the video's timeline: a step limited to a range of
    it cannot follow them."""
    before = plan.steps[:at]
    if not any("sound" in s.operation.touches for s in before):
        return Sound()
    for step in before:
        if "sound" in step.operation.touches and step.operation.assets():
            raise NotIndexable(
                f"'{step.task}' mixes another file into the video's own sound before the join, "
                "which a join by copying does not do"
            )
    later = tuple(s for s in plan.steps[at + 1 :] if "time" in s.operation.touches)
    piece = next((cut for name, cut in cuts if name == "main"), None)
    clip = Clip.of(media)
    if piece is not None:
        clip = clip.evolve(duration=piece.duration)
    own = sound_after_cut(
        Plan(steps=(*before, *later)), clip,
        measured={n: m for n, m in measurements.items() if n <= at},
    )  # fmt: skip
    if isinstance(own, str):
        raise NotIndexable(own)
    return own


def _not_copied(
    logs: Path, number: int, why: str | Exception, output: Path | None = None
) -> Copying:
    """The picture was re-encoded after all: why, written to stage `number`'s copy log, and
    the copying stage's `output`, if it got that far, removed."""
    reason = _first_line(str(why)) if isinstance(why, ScriptFailed) else str(why)
    if output is not None:
        output.unlink(missing_ok=True)
    logs.mkdir(parents=True, exist_ok=True)
    with (logs / f"{number:02d}_copy.log").open("a", encoding="utf-8") as f:
        f.write(f"not copied, re-encoded instead: {reason}\n")
    return Copying(0.0, reason)


def _length(seconds: float) -> str:
    """A length as people say it: '4.0 s', '12.5 min', '6.0 h'."""
    if seconds >= 3600:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 60:.1f} min" if seconds >= 120 else f"{seconds:.1f} s"


def _what_happened(error: BaseException, cancel: threading.Event | None = None) -> str:
    """An edit's error as its history entry says it."""
    if isinstance(error, Cancelled) and isinstance(cancel, Interruption) and cancel.reason:
        return f"interrupted by {cancel.reason}"
    if isinstance(error, KeyboardInterrupt):
        # Ctrl-C, or a signal the CLI turns into one (SIGTERM): args name it.
        return f"interrupted by {error.args[0]}" if error.args else "interrupted"
    return str(error) if isinstance(error, PromptcutError) else f"{type(error).__name__}: {error}"


def _parts(plan: Plan) -> list[tuple[int, Plan]]:
    """The plan cut into what renders together: runs of catalogue steps, and each custom step
    alone; with the number of steps before each part."""
    parts: list[tuple[int, Plan]] = []
    run: list[Step] = []
    start = 0
    for n, step in enumerate(plan.steps):
        if isinstance(step.operation, Custom):
            if run:
                parts.append((start, Plan(steps=tuple(run))))
            parts.append((n, Plan(steps=(step,))))
            run, start = [], n + 1
        else:
            run.append(step)
    if run or not parts:
        parts.append((start, Plan(steps=tuple(run))))
    return parts


def _kind(clip: Clip) -> Literal["video", "audio", "image"]:
    return "image" if clip.is_image else "video" if clip.has_video else "audio"


def _in_codec_asked(plan: Plan, media: MediaInfo) -> bool:
    """Whether the picture is already in the codec every `Codec` step asks for: a copied
    packet keeps its codec, so one in another is encoded."""
    codec = media.video.codec if media.video is not None else None
    return all(s.operation.codec == codec for s in plan.steps if isinstance(s.operation, Codec))


def _expected(clip: Clip, fmt: OutputFormat) -> Expected:
    """What a custom stage's output must probe as, in `fmt`."""
    video = clip.has_video and fmt.kind != "audio"
    audio = clip.has_audio and fmt.kind != "image" and fmt.ext != "gif"
    return Expected(
        kind=fmt.kind,
        has_video=video,
        has_audio=audio,
        duration=None if fmt.kind == "image" else round(clip.duration, 3),
        width=clip.width if video else None,
        height=clip.height if video else None,
    )


#: Lines ffmpeg prints on a failure it may still exit 0 after (a broken filter option, a
#: file a filter could not open, a decoding error).
_FFMPEG_ERROR = re.compile(
    r"error|invalid|no such|not found|cannot|could not|unable|failed", re.IGNORECASE
)


def _no_ffmpeg_errors(log: Path) -> None:
    """ScriptError with the lines if a model-written script's run printed ffmpeg errors:
    an exit code of 0 is not enough."""
    with open_output(log) as file:
        text = file.read().decode("utf-8", errors="replace")
    found = [
        line.strip()
        for line in text.splitlines()
        if line.strip() and not line.startswith(("=== ", "[stdout]")) and _FFMPEG_ERROR.search(line)
    ]
    if found:
        raise ScriptError("ffmpeg reported errors although it exited 0:\n" + "\n".join(found[-8:]))


def _keep_log(log: Path, kept: Path) -> None:
    """Copy a run's log where the session keeps it, unless the run left no plain file there."""
    try:
        with open_output(log) as source, kept.open("wb") as copy:
            shutil.copyfileobj(source, copy)
    except ExecutionError:
        pass


def _first_line(text: str) -> str:
    """The telling line of a failure: the first one after the sentence that wraps it, without
    ffmpeg's "[component @ 0x...]" prefix."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    told = lines[1:] or lines or [text]
    return re.sub(r"^\[[^\]]*\]\s*", "", told[0])


def _planner(prepared: Prepared, model: ModelClient | None) -> dict[str, Any]:
    """Which planner made the plan and, when a model took part, its name and use."""
    made = {"name": prepared.planner}
    return made | model.use.as_dict() if model is not None else made


def _keep_exchanges(model: ModelClient, logs: Path) -> None:
    """What was sent to the model and what it answered, one file per run, in the logs."""
    for n, (purpose, messages) in enumerate(model.exchanges, 1):
        (logs / f"model-{n:02d}-{purpose}.json").write_bytes(messages)
