"""The FastAPI app: sessions over HTTP, edits as jobs with live progress, versions with Range
support, undo/redo, the page at `/`. Routes stay thin; the orchestrator and the job runner do
the work. Run it with `promptcut serve` or `uvicorn promptcut.api.main:app`."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import shutil
import threading
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from importlib.resources import files
from pathlib import Path
from typing import Annotated, Any, TypeVar

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from pydantic_ai.models import Model
from starlette.concurrency import run_in_threadpool

from promptcut import __version__
from promptcut.api.gate import Gate, has_key
from promptcut.api.strip import Inspect, strip_fields, thumbnail_strip
from promptcut.api.uploads import BadUpload, UploadTooLarge, receive_file
from promptcut.errors import (
    InvalidRequest,
    NotFound,
    NotUnderstood,
    PromptcutError,
    UnsupportedMedia,
    UserError,
    without_command_hints,
)
from promptcut.formats import output_format
from promptcut.jobs import Job, JobRunner, LocalRunner
from promptcut.jobs.tasks import plan_fields
from promptcut.media.info import MediaInfo
from promptcut.operations import catalogue
from promptcut.orchestrator import NeedsModel, Orchestrator
from promptcut.planner import offline
from promptcut.retention import keep_pruned
from promptcut.session import Session, sanitize_ext
from promptcut.settings import Settings

__all__ = ["app", "create_app"]

log = logging.getLogger("promptcut.api")

_STATIC = Path(str(files("promptcut.web") / "static"))
# Swagger UI's files as the fastapi-offline package ships them: /docs works with no network.
_DOCS_STATIC = Path(str(files("fastapi_offline") / "static"))
_MEDIA_TYPES = {
    "mp4": "video/mp4",
    "mov": "video/quicktime",
    "mkv": "video/x-matroska",
    "ts": "video/mp2t",
    "webm": "video/webm",
    "gif": "image/gif",
    "mp3": "audio/mpeg",
    "wav": "audio/wav",
    "m4a": "audio/mp4",
    "flac": "audio/flac",
    "opus": "audio/ogg",
    "ogg": "audio/ogg",
    "png": "image/png",
    "jpg": "image/jpeg",
}
_VERSION = re.compile(r"\d{1,9}")
# The upload routes read their multipart body as a stream (see uploads.py); this tells the
# OpenAPI document, and so the /docs page's "try it out", what they take.
_FILE_FORM: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {"file": {"type": "string", "format": "binary"}},
                }
            }
        },
    }
}
_ENDS = {"done", "error", "cancelled"}
#: what the server plans once as it starts, to have the grammar ready
_WARM_UP = "make it black and white"

RunnerFactory = Callable[[Orchestrator], JobRunner]
T = TypeVar("T")


class EditRequest(BaseModel):
    session_id: str = Field(description="The session whose current version is edited.")
    prompt: str = Field(min_length=1, max_length=4000, description="What to do, in plain words.")
    preview: bool = Field(True, description="Render a quick preview from the proxy first.")
    reencode: bool = Field(
        False,
        description="Re-encode the whole picture, even where a cut or a change to the sound "
        "alone could copy it untouched (the CLI's --reencode).",
    )


def create_app(
    settings: Settings | None = None,
    runner: RunnerFactory | None = None,
    *,
    model: Model | None = None,
) -> FastAPI:
    """The app over `settings` (default: the environment); `runner` makes the job runner
    (default: Celery workers over `settings.broker_url` when it is set, else the embedded
    pool of `settings.workers` threads); `model` replaces the model the settings name (tests
    give pydantic-ai's FunctionModel)."""
    settings = settings or Settings()
    make_runner = runner or _default_runner(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        orch = Orchestrator(settings, model=model, follow_links=False)
        # The grammar's first request reads its compiled patterns (a third of a second): read
        # them now, so the first `POST /edit` answers with its plan at once.
        threading.Thread(target=offline.plan, args=(_WARM_UP, None, []), daemon=True).start()
        # Half-received uploads of a stopped server are of no use to anyone.
        shutil.rmtree(settings.data_dir / "uploads", ignore_errors=True)
        app.state.orch = orch
        app.state.runner = await run_in_threadpool(make_runner, orch)
        # After the runner has marked what a stopped server left unfinished.
        stop_pruning = await run_in_threadpool(keep_pruned, settings.data_dir, settings.keep_days)
        try:
            yield
        finally:
            stop_pruning()
            await run_in_threadpool(app.state.runner.close)

    app = FastAPI(
        title="promptcut",
        version=__version__,
        summary="Edit a video by saying what you want.",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )

    def authorized(request: Request) -> None:
        """With PROMPTCUT_API_KEY set: a bearer token or the page's cookie must match it."""
        if not has_key(request, settings.api_key):
            raise HTTPException(
                401, "this server needs an API key", headers={"WWW-Authenticate": "Bearer"}
            )

    guarded = [Depends(authorized)]

    # Before any route reads a body: other websites' requests, requests without the key and
    # bodies over the cap are refused on their head alone (see gate.py).
    app.add_middleware(
        Gate,
        key=settings.api_key,
        origins=settings.cors_origins,
        max_body=settings.max_body_kb * 1024,
    )
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
        )

    @app.exception_handler(PromptcutError)
    async def _promptcut_error(request: Request, exc: PromptcutError) -> JSONResponse:
        return JSONResponse(_error_body(exc), status_code=_status(exc))

    @app.exception_handler(RequestValidationError)
    async def _invalid_body(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(_validation_body(exc), status_code=422)

    # -- the page and the documentation ---------------------------------------------------------

    app.mount("/static", StaticFiles(directory=_STATIC), name="static")
    app.mount("/docs-assets", StaticFiles(directory=_DOCS_STATIC), name="docs-assets")

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(_STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    @app.get("/capabilities", include_in_schema=False)
    def capabilities_page() -> FileResponse:
        return FileResponse(_STATIC / "capabilities.html", headers={"Cache-Control": "no-cache"})

    @app.get("/catalogue", tags=["service"], dependencies=guarded)
    def get_catalogue() -> list[dict[str, Any]]:
        """Every operation promptcut can do: name, summary, parameters as a JSON schema and
        example phrasings (the same as `promptcut ops --json`)."""
        return catalogue()

    @app.get("/healthz", tags=["service"])
    def healthz() -> dict[str, Any]:
        """Liveness: answers without an API key."""
        return {"status": "ok", "version": __version__, "workers": settings.workers}

    @app.get("/openapi.json", include_in_schema=False, dependencies=guarded)
    def openapi() -> JSONResponse:
        return JSONResponse(app.openapi())

    @app.get("/docs", include_in_schema=False, dependencies=guarded)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="promptcut API",
            swagger_js_url="/docs-assets/swagger-ui-bundle.js",
            swagger_css_url="/docs-assets/swagger-ui.css",
            swagger_favicon_url="/docs-assets/favicon.png",
        )

    # -- sessions ------------------------------------------------------------------------------

    @app.post("/sessions", status_code=201, tags=["sessions"], dependencies=guarded,
              openapi_extra=_FILE_FORM)  # fmt: skip
    async def create_session(request: Request) -> dict[str, Any]:
        """Upload a video (multipart field `file`); it is streamed to disk, capped at
        PROMPTCUT_MAX_UPLOAD_MB (413), probed like any input (415 if it is not usable media)
        and a small proxy for previews is made in the background."""
        orch = _orch(request)
        received = await receive_file(
            request, settings.data_dir / "uploads", settings.max_upload_mb * 1024**2
        )
        try:
            media = await run_in_threadpool(_named_errors(orch.inspect, received.filename),
                                            received.path)  # fmt: skip
            session = await run_in_threadpool(
                Session.create,
                settings.data_dir,
                received.path,
                media,
                name=received.filename,
                move=True,
            )
        finally:
            received.path.unlink(missing_ok=True)
        proxy = None
        if media.video is not None and not media.is_image and settings.previews:
            # Off the event loop: a distributed runner's submit is a few Redis round trips.
            made = await run_in_threadpool(
                _runner(request).submit, Job(session_id=session.id, kind="proxy")
            )
            proxy = made.job_id
        return {
            "session_id": session.id,
            "name": received.filename,
            "media": _media_json(media),
            "proxy_job_id": proxy,
        }

    @app.get("/sessions/{session_id}", tags=["sessions"], dependencies=guarded)
    def get_session(session_id: str, request: Request) -> dict[str, Any]:
        """The session: its current version, every version, and the history of every edit.
        Each version also says its `duration`, its edit's `render_seconds`, where its strip of
        `thumbnails` is, and its `timeline`: how its time comes from its parent's (pieces of
        the parent kept, at what speed, and the ranges removed), or null where the plan
        cannot say."""
        session = Session.open(settings.data_dir, session_id)
        return _session_json(session, _orch(request).inspect_asset)

    @app.post("/sessions/{session_id}/assets", status_code=201, tags=["sessions"],
              dependencies=guarded, openapi_extra=_FILE_FORM)  # fmt: skip
    async def add_asset(session_id: str, request: Request) -> dict[str, str]:
        """Another file the prompt can name (music, a logo, a second clip, subtitles)."""
        session = await run_in_threadpool(Session.open, settings.data_dir, session_id)
        received = await receive_file(
            request, settings.data_dir / "uploads", settings.max_upload_mb * 1024**2
        )
        # The checks go by the file's extension (subtitles are text); the name stays ours.
        suffix = sanitize_ext(Path(received.filename).suffix)
        named = received.path.with_name(f"{received.path.stem}.{suffix}")
        try:
            received.path.rename(named)
            check = _named_errors(_orch(request).inspect_asset, received.filename)
            await run_in_threadpool(check, named)
            kept = await run_in_threadpool(session.add_asset, named, received.filename)
        finally:
            received.path.unlink(missing_ok=True)
            named.unlink(missing_ok=True)
        return {"name": kept.name}

    @app.post("/sessions/{session_id}/undo", tags=["versions"], dependencies=guarded)
    def undo(session_id: str) -> dict[str, Any]:
        """Step back to the current version's parent; the next edit starts from there."""
        session = Session.open(settings.data_dir, session_id)
        return _current_json(session, session.undo())

    @app.post("/sessions/{session_id}/redo", tags=["versions"], dependencies=guarded)
    def redo(session_id: str) -> dict[str, Any]:
        """Go forward again to the version last undone."""
        session = Session.open(settings.data_dir, session_id)
        return _current_json(session, session.redo())

    @app.get("/sessions/{session_id}/versions/{number}", tags=["versions"], dependencies=guarded)
    def get_version(
        session_id: str,
        number: str,
        download: Annotated[bool, Query(description="Serve it as an attachment.")] = False,
    ) -> FileResponse:
        """The version's media (0 = the original), with HTTP Range support for seeking."""
        session = Session.open(settings.data_dir, session_id)
        version = _version_number(number)
        path = session.path_of(version)
        return FileResponse(
            path,
            media_type=_MEDIA_TYPES.get(path.suffix.lstrip(".").lower()),
            filename=session.display_name(version),
            content_disposition_type="attachment" if download else "inline",
        )

    @app.get("/sessions/{session_id}/versions/{number}/preview", tags=["versions"],
             dependencies=guarded)  # fmt: skip
    def get_preview(session_id: str, number: str) -> FileResponse:
        """The version at preview size: rendered from the proxy, ready before the full render."""
        session = Session.open(settings.data_dir, session_id)
        version = _version_number(number)
        found = session.preview_of(version)
        if found is None:
            raise NotFound(f"version {version} of session {session.id} has no preview")
        return FileResponse(found, media_type=_MEDIA_TYPES.get(found.suffix.lstrip(".")))

    @app.get("/sessions/{session_id}/versions/{number}/thumbnails", tags=["versions"],
             dependencies=guarded, response_class=FileResponse)  # fmt: skip
    def get_thumbnails(session_id: str, number: str, request: Request) -> FileResponse:
        """A strip of the version's frames side by side in one JPEG, each 96 px high (as many
        as `thumbnails.count` says), frame i from (i + 0.5) × duration / count. Made on the
        first request and kept; 404 for a version without a picture."""
        session = Session.open(settings.data_dir, session_id)
        orch = _orch(request)
        path = thumbnail_strip(
            session, _version_number(number), inspect=orch.inspect, ffmpeg=orch.ffmpeg
        )
        return FileResponse(path, media_type="image/jpeg")

    @app.get("/sessions/{session_id}/versions/{number}/scripts", tags=["versions"],
             dependencies=guarded)  # fmt: skip
    def get_scripts(session_id: str, number: str) -> dict[str, Any]:
        """The scripts that made the version, to read or to run again."""
        session = Session.open(settings.data_dir, session_id)
        version = _version_number(number)
        return {
            "version": version,
            "scripts": [
                {"name": p.name, "text": p.read_text(encoding="utf-8")}
                for p in session.scripts_of(version)
            ],
        }

    # -- edits and jobs ------------------------------------------------------------------------

    @app.post("/edit", status_code=202, tags=["jobs"], dependencies=guarded)
    async def edit(
        body: EditRequest,
        request: Request,
        wait: Annotated[bool, Query(description="Answer when the job has ended.")] = False,
    ) -> JSONResponse:
        """Edit the session's current version as the prompt says. The request is planned and
        checked at once (422 with the reason if it is not understood or impossible; one not
        understood names the `clause` and offers `suggestions`, whole requests to try), then
        runs as a job: 202 with its id and its plan (`steps`, `stages`), or with `?wait=true`
        the finished job. A request only a model can plan is accepted unchecked, with no plan
        yet: the job asks the model, and ends failed (`refused`, with the same `suggestions`)
        if the model cannot plan it either."""
        orch = _orch(request)

        def check() -> dict[str, Any]:
            session = Session.open(settings.data_dir, body.session_id)
            assets = {p.name: orch.inspect_asset(p) for p in session.assets()}
            media = orch.current_media(session)
            # The grammar only: the job plans again, so asking the model here would pay for
            # the same plan twice. What only the model can read is the job's to plan.
            try:
                prepared = orch.prepare(
                    body.prompt,
                    media,
                    None,
                    assets,
                    name=session.display_name(session.current),
                    use_model=False,
                )
            except NeedsModel:
                return {}
            return plan_fields(orch, session, media, prepared, preview=body.preview)

        planned = await run_in_threadpool(check)
        job = await run_in_threadpool(
            _runner(request).submit,
            Job(
                session_id=body.session_id,
                prompt=body.prompt,
                preview=body.preview,
                reencode=body.reencode,
                **planned,
            ),
        )
        if not wait:
            return JSONResponse(job.body(), status_code=202)
        while not job.done:
            await asyncio.sleep(0.1)
            job = await run_in_threadpool(_runner(request).get, job.job_id)
        return JSONResponse(job.body(), status_code=200)

    @app.get("/jobs/{job_id}", tags=["jobs"], dependencies=guarded)
    def get_job(job_id: str, request: Request) -> dict[str, Any]:
        """Where the job is: status, progress, the stage running, the plan, the result."""
        return _runner(request).get(job_id).body()

    @app.post("/jobs/{job_id}/cancel", tags=["jobs"], dependencies=guarded)
    async def cancel_job(job_id: str, request: Request) -> dict[str, Any]:
        """Stop the job: its ffmpeg is killed and its session left as it was."""
        runner = _runner(request)
        job = await run_in_threadpool(runner.cancel, job_id)
        end = time.monotonic() + 10
        while not job.done and time.monotonic() < end:
            await asyncio.sleep(0.05)
            job = await run_in_threadpool(runner.get, job_id)
        return job.body()

    @app.get("/jobs/{job_id}/events", tags=["jobs"], dependencies=guarded)
    async def job_events(job_id: str, request: Request) -> StreamingResponse:
        """Server-sent events: `status`, `plan`, `stage`, `attempt` (the model's try at a custom
        stage's script), `progress`, `preview`, then `done`, `error` or `cancelled`; each one's
        data is the job as `GET /jobs/{id}` shows it."""
        runner = _runner(request)
        # The runner's calls off the event loop: a distributed runner's are Redis round trips.
        await run_in_threadpool(runner.get, job_id)  # 404 before the stream starts
        resume = request.headers.get("last-event-id", "0")
        after = int(resume) if resume.isdigit() else 0

        async def stream() -> AsyncIterator[str]:
            nonlocal after
            beat = time.monotonic()
            while True:
                happenings = await run_in_threadpool(runner.events, job_id, after)
                for seq, event, body in happenings:
                    after = seq
                    yield f"id: {seq}\nevent: {event}\ndata: {json.dumps(body)}\n\n"
                    if event in _ENDS:
                        return
                if happenings:
                    beat = time.monotonic()
                    continue
                if (await run_in_threadpool(runner.get, job_id)).done:
                    return  # resumed after its last event: nothing more will come
                if await request.is_disconnected():
                    return
                if time.monotonic() - beat > 15:
                    beat = time.monotonic()
                    yield ": still working\n\n"  # a comment keeps proxies from timing out
                await asyncio.sleep(0.1)

        return StreamingResponse(
            stream(),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )

    return app


def _default_runner(settings: Settings) -> RunnerFactory:
    broker_url = settings.broker_url
    if broker_url:
        from promptcut.jobs.distributed import CeleryRunner

        return lambda orch: CeleryRunner(orch, broker_url)
    return lambda orch: LocalRunner(orch, settings.workers)


def _orch(request: Request) -> Orchestrator:
    orch: Orchestrator = request.app.state.orch
    return orch


def _runner(request: Request) -> JobRunner:
    runner: JobRunner = request.app.state.runner
    return runner


def _named_errors(check: Callable[[Path], T], name: str) -> Callable[[Path], T]:
    """`check`, with the upload's own name in its refusals instead of the server's file name."""

    def checked(path: Path) -> T:
        try:
            return check(path)
        except UserError as e:
            raise type(e)(str(e).replace(path.name, name)) from None

    return checked


def _version_number(text: str) -> int:
    if not _VERSION.fullmatch(text):
        raise NotFound(f"no such version: {text[:32]!r}")
    return int(text)


def _status(exc: PromptcutError) -> int:
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, UploadTooLarge):
        return 413
    if isinstance(exc, UnsupportedMedia):
        return 415
    if isinstance(exc, BadUpload):
        return 400
    if isinstance(exc, UserError):
        return 422
    return 500


def _error_body(exc: PromptcutError) -> dict[str, Any]:
    """The refusal as the page shows it: a request not understood asks what would unblock it
    and offers `suggestions`, complete requests the page turns into buttons."""
    body: dict[str, Any] = {"detail": without_command_hints(str(exc)), "error": type(exc).__name__}
    if isinstance(exc, NotUnderstood):
        body |= {"clause": exc.clause, "suggestions": list(exc.suggestions)}
    return body


def _validation_body(exc: RequestValidationError) -> dict[str, Any]:
    """What was wrong with the request's fields, never what was sent: FastAPI's own answer
    quotes each bad value whole (a 300 MB prompt came back in full)."""
    errors = [
        {
            "loc": [_excerpt(str(part), 40) if isinstance(part, str) else part
                    for part in error.get("loc", ())],
            "msg": _excerpt(str(error.get("msg", "")), 200),
            "type": str(error.get("type", "")),
        }
        for error in exc.errors()[:10]
    ]  # fmt: skip
    said = "; ".join(
        f"{'.'.join(str(p) for p in e['loc'] if p != 'body') or 'body'}: {e['msg']}"
        for e in errors[:3]
    )
    return {"detail": f"the request is not valid ({said})", "error": "InvalidRequest",
            "errors": errors}  # fmt: skip


def _excerpt(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _media_json(media: MediaInfo) -> dict[str, Any]:
    return media.model_dump(mode="json", exclude={"path"}) | {"description": media.describe()}


def _kind(path: Path) -> str:
    try:
        return output_format(path.suffix).kind
    except InvalidRequest:
        return "video"


def _version_urls(session: Session, number: int) -> dict[str, Any]:
    base = f"/sessions/{session.id}/versions/{number}"
    return {
        "url": base,
        "preview_url": f"{base}/preview" if session.preview_of(number) else None,
        "scripts_url": f"{base}/scripts",
        "kind": _kind(session.path_of(number)),
    }


def _current_json(session: Session, current: int) -> dict[str, Any]:
    return {"session_id": session.id, "current": current} | _version_urls(session, current)


def _session_json(session: Session, inspect_asset: Inspect) -> dict[str, Any]:
    record = session.refresh()
    history = session.history()
    strips = strip_fields(session, history, inspect_asset)
    versions: list[dict[str, Any]] = [
        {"number": 0, "parent": None, "prompt": None}
        | record.model_dump(mode="json", include={"created"})
        | _version_urls(session, 0)
        | strips[0]
    ]
    versions += [
        v.model_dump(mode="json", exclude={"path"})
        | _version_urls(session, v.number)
        | strips[v.number]
        for v in record.versions
    ]
    return {
        "session_id": session.id,
        "name": record.original.name,
        "media": _media_json(session.original_media),
        "current": record.current,
        "can_undo": record.current != 0,
        "can_redo": bool(record.undone),
        "versions": versions,
        "history": [
            h.model_dump(mode="json") | {"scripts": [st.script for st in h.stages]} for h in history
        ],
        "assets": [p.name for p in session.assets()],
    }


app = create_app()
