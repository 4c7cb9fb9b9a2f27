"""The `promptcut` command: edit, plan, ops, probe, sample, doctor, history, clean, serve,
worker."""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Column, Table

from promptcut import __version__
from promptcut.errors import Cancelled, NotUnderstood, PromptcutError, UserError, disk_error
from promptcut.executor import UNISOLATED_WARNING, isolation_available
from promptcut.media.info import MediaInfo
from promptcut.operations import CATALOGUE, catalogue
from promptcut.orchestrator import (
    Asset,
    EditResult,
    Event,
    Interruption,
    Orchestrator,
    Prepared,
    check_writable,
    place_output,
)
from promptcut.session import Session
from promptcut.settings import Settings

__all__ = ["app", "main"]

app = typer.Typer(
    help='Edit a video by saying what you want: promptcut edit in.mp4 "cut the first 2 seconds"',
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True)
_state = {"debug": False}


def _version(value: bool) -> None:
    if value:
        out.print(f"promptcut {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of failures.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    _state["debug"] = debug


def _warn(message: str) -> None:
    err.print(f"promptcut: warning: {message}", markup=False, highlight=False, soft_wrap=True)


def _one_line(e: BaseException) -> str:
    """An error's message on one line: some carry the tail of a log below the reason."""
    return " | ".join(line.strip() for line in str(e).splitlines() if line.strip())


@contextmanager
def _private_files() -> Iterator[None]:
    """Everything made meanwhile (sessions, logs, caches, renders by ffmpeg) is readable by
    its owner only: the data folder holds the user's media and words, on a machine others
    may share. Files for the user (`-o`, `sample`) are made outside it, with their umask."""
    mask = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(mask)


@contextmanager
def _reported() -> Iterator[None]:
    """User errors: one line and exit 2. Anything else: one line and exit 1 (a full or
    read-only disk said as such). Ctrl-C: 130, SIGTERM (see `_Stop`): 143.
    No traceback unless --debug."""
    try:
        yield
    except typer.Exit:
        raise
    except KeyboardInterrupt as e:
        err.print("promptcut: interrupted")
        raise typer.Exit(143 if e.args == ("SIGTERM",) else 130) from None
    except PromptcutError as e:
        if _state["debug"]:
            raise
        err.print(f"promptcut: {_one_line(e)}", markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(2 if isinstance(e, UserError) else 1) from None
    except Exception as e:
        if _state["debug"]:
            raise
        # A full or read-only disk met outside an edit (which names its own folder).
        where = (e.filename2 or e.filename) if isinstance(e, OSError) else None
        trouble = disk_error(e, Path(os.fsdecode(where))) if where else None
        message = (
            str(trouble)
            if trouble is not None
            else f"internal error: {type(e).__name__}: {_one_line(e)} "
            "(run with --debug for details)"
        )
        err.print(
            f"promptcut: {message}",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
        raise typer.Exit(1) from None


Planner = Annotated[
    str | None,
    typer.Option(
        "--planner",
        help="auto (the grammar, then a model for what it cannot read), offline or llm; "
        "default: PROMPTCUT_PLANNER or auto.",
    ),
]


def _settings(planner: str | None = None) -> Settings:
    """The settings, with the planner the command line asks for."""
    settings = Settings()
    if planner is None:
        return settings
    if planner not in ("auto", "offline", "llm"):
        raise typer.BadParameter(
            f"{planner!r} is not one of auto, offline, llm", param_hint="--planner"
        )
    return settings.model_copy(update={"planner": planner})


def _made_by(planner: dict[str, Any]) -> str:
    """'the grammar' or 'the model gemini-3.8-flash (3 requests, 5,120 tokens)'."""
    if planner.get("name") != "llm":
        return "planned offline by the grammar"
    tokens = planner.get("input_tokens", 0) + planner.get("output_tokens", 0)
    requests = planner.get("requests", 0)
    return (
        f"planned by the model {planner.get('model')} ({requests} "
        f"request{'' if requests == 1 else 's'}, {tokens:,} tokens)"
    )


class _SameFile(UserError):
    """The output would overwrite the input, which is never modified."""


def _default_output(source: Path, ext: str) -> Path:
    return source.with_name(f"{source.stem}.edited.{ext}")


class _Bar:
    """A Rich progress bar over the stages of an edit."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.task: TaskID | None = None

    def __call__(self, event: Event) -> None:
        p = self.progress
        if event.kind == "planned":
            p.console.print(f"plan: {event.message}", markup=False, highlight=False)
        elif event.kind == "stage":
            label = f"stage {event.stage}/{event.stages} {event.phase}: {event.message}"
            if self.task is None:
                self.task = p.add_task(label, total=1.0)
            p.update(self.task, description=label, completed=0.0)
        elif event.kind == "progress" and self.task is not None:
            p.update(self.task, completed=event.fraction)
        elif event.kind == "attempt":
            p.console.print(event.message, markup=False, highlight=False, soft_wrap=True)


def _progress() -> Progress:
    """The bars an edit shows on a terminal, gone once it ends."""
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.percentage:>3.0f}%"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )


class _Stop:
    """Ctrl-C and SIGTERM during an edit. The first stops the render at its next look (a
    tenth of a second): its processes and scratch are cleared and the history records the
    edit as cancelled, instead of the process vanishing mid-write. A second stops at once.

    Nothing is raised by the first, because a signal handler's exception can land where
    Python drops it (in a callback around a fork, say) and the edit would run on. Held
    while the output is placed too: a signal then lets the copy finish (no half-written
    temp file is left beside it)."""

    _SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self) -> None:
        self.event = Interruption()
        self.signal: str | None = None
        self._before: list[Any] = []

    def __enter__(self) -> _Stop:
        self._before = [signal.signal(sig, self._on_signal) for sig in self._SIGNALS]
        return self

    def __exit__(self, *_exc: object) -> None:
        for sig, handler in zip(self._SIGNALS, self._before, strict=True):
            signal.signal(sig, handler)

    def _on_signal(self, signum: int, _frame: object) -> None:
        name = signal.Signals(signum).name
        if self.event.is_set():
            raise KeyboardInterrupt(name)
        self.signal = name
        self.event.interrupt(name)
        # A plain write: safe wherever the signal lands, even mid-print.
        os.write(2, b"promptcut: stopping the edit (again to stop at once)\n")

    def check(self) -> None:
        """Raise KeyboardInterrupt (naming the signal) if one came."""
        if self.signal is not None:
            raise KeyboardInterrupt(self.signal)


def _edit_in_new_session(
    orch: Orchestrator,
    settings: Settings,
    source: Path,
    prompt: str,
    prepared: Prepared,
    given: dict[str, Asset],
    stop: _Stop,
    *,
    bar: bool,
    reencode: bool = False,
) -> EditResult:
    """Make a session for `source` and run the edit in it, stopped by `stop`. A session the
    edit recorded nothing in (it failed before it began) is removed again."""
    try:
        session = Session.create(settings.data_dir, source, prepared.media, in_place=True)
    except OSError as e:
        raise disk_error(e, settings.data_dir) or e from None
    try:
        kept = orch.keep_assets(session, given)
        progress = _progress() if bar and err.is_terminal else None
        with progress or nullcontext():
            result = orch.edit(
                session, prompt, prepared=prepared, assets=kept, cancel=stop.event,
                on_event=_Bar(progress) if progress else None, reencode=reencode,
            )  # fmt: skip
        stop.check()
        return result
    except Cancelled:
        stop.check()  # the render was stopped by a signal: say so as one
        raise
    except BaseException as e:
        _remove_if_empty(session)
        trouble = disk_error(e, settings.data_dir) if isinstance(e, OSError) else None
        if trouble is not None:
            raise trouble from None  # copying an asset in, say
        raise


def _remove_if_empty(session: Session) -> None:
    """A session an edit never got to record anything in is of no use: remove it."""
    try:
        if not session.history():
            session.remove()
    except OSError:
        pass  # a disk that fails here has already given the error worth showing


@app.command()
def edit(
    input: Annotated[Path, typer.Argument(help="The video (or audio, or image) to edit.")],
    prompt: Annotated[str, typer.Argument(help="What to do, in plain words.")],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Where to write the result.")
    ] = None,
    asset: Annotated[
        list[Path] | None,
        typer.Option("--asset", help="Another file the request may name (repeatable)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
    yes: Annotated[
        bool, typer.Option("--yes", "-y", help="Do not ask before overwriting.")
    ] = False,
    planner: Planner = None,
    reencode: Annotated[
        bool,
        typer.Option(
            "--reencode",
            help="Re-encode the whole picture even when the edit leaves it untouched (by "
            "default a cut copies the untouched GOPs of an H.264 video, a change to the sound "
            "or the container copies the whole picture, and a join of alike clips copies them).",
        ),
    ] = False,
) -> None:
    """Edit INPUT as PROMPT says; the input is never modified."""
    with _reported():
        settings = _settings(planner)
        orch = Orchestrator(settings)
        media = orch.inspect(input)
        given = {a.name: orch.inspect_asset(a) for a in asset or []}
        ext = output.suffix if output and output.suffix else None
        prepared = orch.prepare(prompt, media, ext, given)
        for answer in prepared.answers:
            if not as_json:
                out.print(answer, markup=False, highlight=False, soft_wrap=True)
        if not prepared.plan.steps:
            # Only questions: answered from the probe, nothing to render, no file written.
            if as_json:
                print(json.dumps({"answers": list(prepared.answers)}, indent=2))
            return
        destination = output or _default_output(input, prepared.format.ext)
        if destination.resolve() == input.resolve():
            raise _SameFile(
                f"the output {destination.name} would overwrite the input; pick another name"
            )
        if (
            destination.exists()
            and not yes
            and sys.stdin.isatty()
            and not as_json
            and not typer.confirm(f"{destination} exists. Overwrite it?")
        ):
            err.print(
                f"promptcut: {destination} not overwritten",
                markup=False,
                highlight=False,
                soft_wrap=True,
            )
            raise typer.Exit(1)
        if not orch.isolated:
            _warn(UNISOLATED_WARNING)
        # Found now, not after the render: a folder that cannot take the file.
        check_writable(destination)
        with _Stop() as stop:
            with _private_files():
                result = _edit_in_new_session(
                    orch, settings, input, prompt, prepared, given, stop, bar=not as_json,
                    reencode=reencode,
                )  # fmt: skip
            place_output(result.output, destination)
        if as_json:
            print(
                json.dumps(
                    {
                        "answers": list(prepared.answers),
                        "output": str(destination),
                        "session_id": result.session_id,
                        "version": result.version,
                        "plan": result.plan.model_dump(mode="json"),
                        "media": _media_json(result.media),
                        "scripts": [str(s) for s in result.scripts],
                        "timings": result.timings,
                        "planner": result.planner,
                        "isolated": result.isolated,
                        "copying": result.copying.as_dict() if result.copying else None,
                    },
                    indent=2,
                )
            )
        else:
            change = result.media.duration - media.duration
            length = (
                f", {abs(change):.1f} s {'shorter' if change < 0 else 'longer'} than {input.name}"
                if abs(change) >= 0.05 and not result.media.is_image and not media.is_image
                else ""
            )
            made_by = f"; {_made_by(result.planner)}" if result.planner.get("name") == "llm" else ""
            copied = f"; {result.copying.sentence()}" if result.copying else ""
            out.print(
                f"wrote {destination} ({result.media.describe()}{length}) in "
                f"{result.timings.get('total', 0):.1f} s{copied}; session "
                f"{result.session_id}{made_by}",
                markup=False,
                highlight=False,
                soft_wrap=True,
            )


@app.command()
def plan(
    prompt: Annotated[str, typer.Argument(help="What to do, in plain words.")],
    input: Annotated[
        Path | None, typer.Option("--input", "-i", help="Check the plan against this file too.")
    ] = None,
    asset: Annotated[
        list[Path] | None,
        typer.Option("--asset", help="Another file the request may name (repeatable)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the plan as JSON.")] = False,
    planner: Planner = None,
) -> None:
    """Show the steps a request becomes, without rendering anything."""
    with _reported():
        from promptcut import planner as grammar

        settings = _settings(planner)
        orch = Orchestrator(settings)
        given = {a.name: orch.inspect_asset(a) for a in asset or []}
        made_by: dict[str, Any] = {"name": "offline"}
        if input is not None:
            prepared = orch.prepare(prompt, orch.inspect(input), None, given)
            the_plan = prepared.plan
            fmt: str | None = prepared.format.ext if the_plan.steps else None
            for answer in () if as_json else prepared.answers:
                out.print(answer, markup=False, highlight=False, soft_wrap=True)
            if prepared.model is not None:
                made_by = {"name": "llm"} | prepared.model.use.as_dict()
        else:
            if settings.planner == "llm":
                raise UserError("the model plans against a file: add --input FILE")
            try:
                the_plan, fmt = grammar.plan(prompt, None, list(given)), None
            except NotUnderstood as e:
                if settings.planner == "offline" or not orch.has_model():
                    raise
                raise NotUnderstood(
                    f"{e}; the model can plan it against a file: add --input FILE"
                ) from None
        if as_json:
            print(json.dumps(the_plan.model_dump(mode="json") | {"planner": made_by}, indent=2))
            return
        for n, step in enumerate(the_plan.steps, 1):
            out.print(
                f"{n}. {step.operation.describe()}  [dim]<- {step.task!r}[/dim]", highlight=False
            )
        if fmt:
            out.print(f"output: .{fmt}", highlight=False)
        out.print(_made_by(made_by), markup=False, highlight=False)


def _kind(schema: dict[str, Any]) -> str:
    """A parameter's type in words: 'number', 'whole number, optional', 'one of: in, out'."""
    if "anyOf" in schema:
        kinds = [_kind(s) for s in schema["anyOf"] if s.get("type") != "null"]
        optional = any(s.get("type") == "null" for s in schema["anyOf"])
        return " or ".join(kinds) + (", optional" if optional else "")
    if "enum" in schema:
        return "one of: " + ", ".join(map(str, schema["enum"]))
    if "const" in schema:
        return str(schema["const"])
    names = {"number": "number", "integer": "whole number", "string": "text", "boolean": "yes/no"}
    if schema.get("type") == "array":
        return "list"
    return names.get(str(schema.get("type")), str(schema.get("type", "value")))


@app.command()
def ops(
    word: Annotated[
        str | None, typer.Argument(help="Only operations this word is found in, e.g. crop.")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print names, parameters (JSON schema) and examples.")
    ] = False,
) -> None:
    """List every operation with its parameters and example phrasings."""
    wanted = word.lower().strip() if word else ""
    entries = [e for e in catalogue() if not wanted or wanted in json.dumps(e).lower()]
    # The operation called that first, then those whose name holds it, then the rest.
    entries.sort(key=lambda e: (e["name"] != wanted, wanted not in e["name"]))
    if as_json:
        print(json.dumps(entries, indent=2))
        return
    if not entries:
        err.print(f"promptcut: no operation mentions '{word}'", markup=False, highlight=False)
        raise typer.Exit(1)
    for op in (CATALOGUE[e["name"]] for e in entries):
        out.print(f"[bold]{op.name}[/bold] — {op.summary()}", highlight=False, soft_wrap=True)
        props = op.model_json_schema().get("properties", {})
        for name, f in op.model_fields.items():
            kind = _kind(props.get(name, {}))
            line = f"    {name} ({kind}): {f.description or ''}"
            out.print(line, markup=False, highlight=False, soft_wrap=True)
        for ex in op.examples:
            out.print(f'    e.g. "{ex}"', markup=False, highlight=False, soft_wrap=True)


def _media_json(m: MediaInfo) -> dict[str, Any]:
    data: dict[str, Any] = m.model_dump(mode="json")
    data["path"] = str(m.path)
    return data


@app.command()
def probe(
    path: Annotated[Path, typer.Argument(help="A media file.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
    scenes: Annotated[
        bool, typer.Option("--scenes", help="Also find where the scenes change (decodes it all).")
    ] = False,
) -> None:
    """Say what a file is: container, duration, streams."""
    with _reported():
        orchestrator = Orchestrator(Settings())
        media = orchestrator.inspect(path)
        changes = orchestrator.scene_changes(media) if scenes else None
        if as_json:
            facts = _media_json(media)
            if changes is not None:
                facts["scene_changes"] = changes
            print(json.dumps(facts, indent=2))
            return
        table = Table(show_header=False, box=None)
        table.add_row("file", path.name)
        table.add_row("container", media.container)
        table.add_row("duration", "still image" if media.is_image else f"{media.duration:.3f} s")
        if media.start_time:
            table.add_row("starts at", f"{media.start_time:.3f} s")
        if media.video:
            v = media.video
            rot = f", rotation {v.rotation}°" if v.rotation else ""
            table.add_row("video", f"{v.codec} {v.width}x{v.height} {v.fps:g} fps {v.pix_fmt}{rot}")
        if media.audio:
            a = media.audio
            table.add_row("audio", f"{a.codec} {a.sample_rate} Hz {a.layout or a.channels}")
        table.add_row("size", f"{media.size_bytes / 1e6:.2f} MB")
        if changes is not None:
            times = ", ".join(f"{t:.3f} s" for t in changes)
            table.add_row("scene changes", times or "none found")
        out.print(table)


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise typer.BadParameter(f"{text!r} is not a size like 640x360") from None
    if not (16 <= w <= 7680 and 16 <= h <= 4320):
        raise typer.BadParameter(f"{text} is out of range (16x16 to 7680x4320)")
    return w, h


@app.command()
def sample(
    path: Annotated[Path, typer.Argument(help="Where to write the clip (.mp4, .webm, .mov...).")],
    duration: Annotated[float, typer.Option(help="Seconds.", min=0.5, max=3600)] = 5.0,
    size: Annotated[str, typer.Option(help="WIDTHxHEIGHT.")] = "640x360",
) -> None:
    """Make a test clip: a moving pattern with a tone."""
    with _reported():
        from promptcut.media.synth import make_sample

        make_sample(path, duration, _size(size), exe=Settings().ffmpeg)
        out.print(f"wrote {path}", markup=False, highlight=False)


@app.command()
def doctor(
    llm: Annotated[
        bool, typer.Option("--llm", help="Also make one tiny request to prove the model works.")
    ] = False,
) -> None:
    """Show the ffmpeg in use, its encoders and filters, the font used for text, the planner
    and model, and whether scripts run isolated."""
    with _reported():
        from promptcut.llm import model_report
        from promptcut.media.doctor import doctor_report

        settings = Settings()
        table = Table(show_header=False, box=None)
        rows = doctor_report(settings) | model_report(settings, ask=llm) | _jobs_report(settings)
        for k, v in rows.items():
            table.add_row(k, v)
        out.print(table)


def _jobs_report(settings: Settings) -> dict[str, str]:
    """Where edits run: in the server, or on the workers of a broker (reachable or not)."""
    if not settings.broker_url:
        return {"jobs": f"in the server ({settings.workers} at once; no PROMPTCUT_BROKER_URL)"}
    from promptcut.jobs.broker import Broker, BrokerUnreachable, shown_url

    broker = Broker(settings.broker_url)
    try:
        broker.ping()
        seen = broker.workers()
    except BrokerUnreachable as e:
        return {"broker": f"UNREACHABLE: {_one_line(e)}", "workers": "unknown"}
    workers = "; ".join(
        f"{w['name']} (concurrency {w['concurrency']}, running {len(w['running'])})" for w in seen
    )
    return {
        "broker": f"{shown_url(settings.broker_url)} reachable",
        "workers": f"{len(seen)}: {workers}" if seen else "none seen (start promptcut worker)",
    }


@app.command()
def worker(
    concurrency: Annotated[
        int | None,
        typer.Option(help="Edits this worker runs at once (default: half the cores, at least 1)."),
    ] = None,
) -> None:
    """Run edits for the server on this machine: a Celery worker on PROMPTCUT_BROKER_URL,
    sharing PROMPTCUT_DATA_DIR with the server and the other workers."""
    from promptcut.jobs.distributed import default_concurrency, run_worker

    with _reported():
        settings = Settings()
        if not isolation_available():
            _warn(UNISOLATED_WARNING)
        with _private_files():
            run_worker(settings, max(1, concurrency or default_concurrency()))


@app.command()
def history(
    limit: Annotated[int, typer.Option(help="How many sessions.", min=1)] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """List recent sessions, newest first."""
    with _reported():
        settings = Settings()
        sessions = Session.list(settings.data_dir, limit)
        if as_json:
            print(json.dumps([s.model_dump(mode="json") for s in sessions], indent=2))
            return
        if not sessions:
            out.print(f"no sessions yet in {settings.data_dir}", markup=False)
            return
        # The id is what `undo` and the API take: never shortened, whatever the width.
        ids = max(len(s.id) for s in sessions)
        table = Table(
            Column("session", no_wrap=True, min_width=ids),
            "created",
            "original",
            "versions",
            "last request",
        )
        for s in sessions:
            table.add_row(
                s.id,
                s.created.strftime("%Y-%m-%d %H:%M"),
                s.original_name,
                str(s.versions),
                s.last_prompt or "",
            )
        out.print(table)


@app.command()
def clean(
    older_than: Annotated[
        str | None,
        typer.Option(
            "--older-than",
            help="Remove sessions not used for this long: 30d, 12h, 2w (default 30d, unless "
            "--keep-last is given alone).",
        ),
    ] = None,
    keep_last: Annotated[
        int | None,
        typer.Option("--keep-last", min=0, help="Always keep the N most recently used."),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Only list what would be removed.")
    ] = False,
) -> None:
    """Remove old sessions from the data folder (never one an edit is running in)."""
    with _reported():
        from promptcut import retention

        settings = Settings()
        age = retention.parse_age(older_than) if older_than else None
        if age is None and keep_last is None:
            age = retention.parse_age("30d")
        with _private_files():
            chosen = retention.clean(
                settings.data_dir, older_than=age, keep_last=keep_last, dry_run=dry_run
            )
        for r in chosen:
            when = r.last_used.astimezone().strftime("%Y-%m-%d %H:%M")
            said = "kept (in use)" if r.status == "in use" else r.status
            out.print(
                f"{said} {r.session_id}  {r.name}  last used {when}  {_megabytes(r.size)}",
                markup=False,
                highlight=False,
                soft_wrap=True,
            )
        gone = [r for r in chosen if r.status != "in use"]
        freed = _megabytes(sum(r.size for r in gone))
        if dry_run:
            summary = f"would remove {len(gone)} session(s), {freed}; nothing removed (--dry-run)"
        else:
            summary = f"removed {len(gone)} session(s), {freed} freed"
        out.print(summary, markup=False, highlight=False)


def _megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="The address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="The port to listen on.")] = 8000,
    workers: Annotated[
        int | None, typer.Option(help="Edits run at once (default: PROMPTCUT_WORKERS or 2).")
    ] = None,
) -> None:
    """Serve the web page and the HTTP API (open the address it prints in a browser).
    Sessions unused for PROMPTCUT_KEEP_DAYS (30) days are removed at start and every 6 hours."""
    from promptcut.api.main import create_app
    from promptcut.api.server import run

    with _reported():
        settings = Settings()
        if workers is not None:
            settings = settings.model_copy(update={"workers": max(1, workers)})
        if host not in ("127.0.0.1", "localhost", "::1") and not settings.api_key:
            err.print(
                f"promptcut: serving on {host} with no API key: anyone who can reach it can "
                "upload and edit; set PROMPTCUT_API_KEY to require one",
                markup=False,
                highlight=False,
            )
        if not isolation_available():
            _warn(UNISOLATED_WARNING)
        if settings.broker_url:
            from promptcut.jobs.broker import Broker

            Broker(settings.broker_url).ping()  # one line and exit 1 when it does not answer
        shown = f"[{host}]" if ":" in host else host
        out.print(f"promptcut: open http://{shown}:{port}/ (API docs at /docs)", markup=False)
        with _private_files():
            run(create_app(settings), settings, host, port)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
