"""The data behind the page's timeline strip: each version's length, how long its edit took,
how its time comes from its parent's, and a strip of thumbnails along it."""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from promptcut.errors import ExecutionError, InvalidRequest, NotFound, PromptcutError
from promptcut.formats import output_format
from promptcut.media.ffmpeg import run_ffmpeg, safe_input_args
from promptcut.media.info import AudioStream, MediaInfo, VideoStream
from promptcut.plan import Plan
from promptcut.plan_time import time_map
from promptcut.script_gen import predict
from promptcut.session import HistoryEntry, Session, VersionRecord

__all__ = ["THUMBNAILS", "THUMBNAIL_HEIGHT", "Inspect", "strip_fields", "thumbnail_strip"]

#: Frames in a video's strip; a still image has one.
THUMBNAILS = 10
#: Each frame's height in pixels; its width follows the picture's shape.
THUMBNAIL_HEIGHT = 96

Asset = MediaInfo | Path
Inspect = Callable[[Path], Asset]

log = logging.getLogger("promptcut.api")


def strip_fields(
    session: Session, history: Sequence[HistoryEntry], inspect_asset: Inspect
) -> dict[int, dict[str, Any]]:
    """For each version (0 = the original), by number: `duration` (seconds, None for a still
    image or a version recorded before lengths were kept), `render_seconds` (its edit's phases
    added up), `thumbnails` (where its strip is and how many frames it holds, None without a
    picture) and `timeline` (how its time comes from its parent's, see `plan_time`).

    Nothing is probed but the session's assets, and those only for a plan that reads one
    (once per server: an asset is never replaced). A version's parent is known by what its
    plan predicts from the original on, with the lengths the versions recorded."""
    record = session.record
    original = session.original_media
    made_by = {
        h.output_version: h
        for h in history
        if h.outcome == "succeeded" and h.output_version is not None
    }
    fields = {
        0: {
            "duration": None if original.is_image else original.duration,
            "render_seconds": None,
            "thumbnails": _thumbnails(session, 0, original.video is not None, original.is_image),
            "timeline": None,
        }
    }
    known: dict[int, MediaInfo | None] = {0: original}
    assets = _Assets(session, inspect_asset)
    for v in sorted(record.versions, key=lambda v: v.number):
        entry = made_by.get(v.number)
        plan = _plan(entry)
        parent = known.get(v.parent)
        kind = _kind(session.path_of(v.number))
        media = None
        timeline = None
        if plan is not None and parent is not None:
            try:
                given = assets.of(plan)
                media = _result(plan, parent, given, v)
                found = time_map(plan, parent, given, entry.measurements if entry else None)
            except (ValueError, ArithmeticError, LookupError):
                # A plan kept by an older promptcut that this one reads otherwise: the strip
                # loses its marks, the page still gets its session.
                log.warning("session %s: the plan of version %d cannot be followed",
                            session.id, v.number, exc_info=True)  # fmt: skip
                media, found = None, None
            if found is not None:
                timeline = {"parent": v.parent} | found.as_json()
        known[v.number] = media
        has_picture = kind != "audio" and (media is None or media.video is not None)
        fields[v.number] = {
            "duration": None if kind == "image" else v.duration,
            "render_seconds": round(sum(entry.timings.values()), 3) if entry else None,
            "thumbnails": _thumbnails(session, v.number, has_picture, kind == "image"),
            "timeline": timeline,
        }
    return fields


def thumbnail_strip(
    session: Session,
    number: int,
    *,
    inspect: Callable[[Path], MediaInfo],
    ffmpeg: str | None = None,
) -> Path:
    """The version's strip: one JPEG of `THUMBNAILS` frames side by side (one for a still
    image), each `THUMBNAIL_HEIGHT` pixels high, frame i taken at (i + 0.5) × duration / count.

    Made once, from the version's preview when it has one (smaller to decode), and kept as
    thumbs/N.jpg: written under a temporary name and renamed over, so a request made
    meanwhile sees no file or a whole one. NotFound for a version without a picture."""
    session.path_of(number)  # NotFound for a version the session does not have
    made = session.root / "thumbs" / f"{number}.jpg"
    if made.is_file():
        return made
    with session.in_use():  # retention leaves the folder alone while ffmpeg writes into it
        source = session.preview_of(number) or session.path_of(number)
        media = inspect(source)
        if media.video is None:
            raise NotFound(f"version {number} of session {session.id} has no picture")
        made.parent.mkdir(exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=made.parent, prefix=f".{number}.", suffix=".jpg")
        os.close(fd)
        try:
            run_ffmpeg(_seek_args(media, Path(temp)), exe=ffmpeg, timeout=120)
            if os.path.getsize(temp) == 0:
                # A seek past the picture's last frame (a file whose sound runs on after it,
                # a length the container misstates) leaves nothing to put side by side.
                run_ffmpeg(_decode_args(media, Path(temp)), exe=ffmpeg, timeout=120)
            if os.path.getsize(temp) == 0:
                raise ExecutionError(f"ffmpeg made no thumbnails of version {number}")
            os.replace(temp, made)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
    return made


def _seek_args(media: MediaInfo, out: Path) -> list[str]:
    """ffmpeg's arguments for `media`'s strip: each frame by a seek of its own input (it
    decodes from the keyframe before it, not the whole video: on a 2-minute 360p clip, 0.35 s
    against 1.1 s for one decode through the fps filter), scaled and set side by side."""
    count = 1 if media.is_image else THUMBNAILS
    span, last = _picture_span(media)
    args: list[str] = []
    for i in range(count):
        if not media.is_image:
            args += ["-ss", f"{min((i + 0.5) * span / count, last):.3f}"]
        args += [*safe_input_args(media), "-i", str(media.path)]
    chains = [f"[{i}:v:0]trim=end_frame=1,{_SHAPE}[f{i}]" for i in range(count)]
    joined = "".join(f"[f{i}]" for i in range(count))
    together = f"{joined}hstack=inputs={count}" if count > 1 else f"{joined}null"
    graph = ";".join([*chains, f"{together},format=yuvj420p[strip]"])
    return [*args, "-filter_complex", graph, "-map", "[strip]", *_JPEG, str(out)]


def _decode_args(media: MediaInfo, out: Path) -> list[str]:
    """The strip by one decode of the whole picture, `THUMBNAILS` frames evenly through it:
    slower, but the tiles are filled with whatever frames there are (black past the end)."""
    span, _ = _picture_span(media)
    rate = f"{THUMBNAILS}/{max(span, 1e-3):.3f}"
    chain = f"fps=fps={rate},{_SHAPE},tile={THUMBNAILS}x1,format=yuvj420p"
    return [*safe_input_args(media), "-i", str(media.path), "-map", "0:v:0", "-vf", chain,
            *_JPEG, str(out)]  # fmt: skip


#: Each frame at the strip's height, as wide as the picture's shape makes it (even).
_SHAPE = f"scale=w=trunc({THUMBNAIL_HEIGHT}*dar/2)*2:h={THUMBNAIL_HEIGHT},setsar=1"
_JPEG = ["-frames:v", "1", "-c:v", "mjpeg", "-q:v", "4", "-f", "image2", "-update", "1"]


def _picture_span(media: MediaInfo) -> tuple[float, float]:
    """How long the picture runs (the container's length may count sound that runs on), and
    the latest time a seek still finds a frame at."""
    video = media.video
    span = media.duration
    if video is not None and video.frames and video.fps > 0:
        span = min(span, video.frames / video.fps)
    step = 1 / video.fps if video is not None and video.fps > 0 else 0.0
    return span, max(0.0, span - 1.5 * step)


def _thumbnails(session: Session, number: int, picture: bool, still: bool) -> dict[str, Any] | None:
    if not picture:
        return None
    return {
        "url": f"/sessions/{session.id}/versions/{number}/thumbnails",
        "count": 1 if still else THUMBNAILS,
    }


def _plan(entry: HistoryEntry | None) -> Plan | None:
    """The plan that made a version, if history has one this version of promptcut reads."""
    if entry is None or entry.plan is None:
        return None
    try:
        return Plan.model_validate(entry.plan)
    except (ValidationError, KeyError, ValueError):
        return None  # an operation renamed or retired since


def _kind(path: Path) -> str:
    try:
        return output_format(path.suffix).kind
    except InvalidRequest:
        return "video"


def _result(
    plan: Plan, parent: MediaInfo, assets: Mapping[str, Asset], version: VersionRecord
) -> MediaInfo | None:
    """The version as its plan predicts it from `parent`, with its recorded length (what a
    step that measures first cut is known only from that); None if the plan no longer
    predicts."""
    try:
        clip = predict(plan, parent, assets)
    except PromptcutError:
        return None
    video = parent.video
    return MediaInfo(
        path=Path(version.path),
        container=parent.container,
        duration=version.duration if version.duration is not None else clip.duration,
        size_bytes=0,
        video=VideoStream(
            width=clip.width,
            height=clip.height,
            fps=clip.fps,
            pix_fmt=video.pix_fmt if video else "yuv420p",
            codec=video.codec if video else "h264",
        )
        if clip.has_video
        else None,
        audio=AudioStream(
            codec=parent.audio.codec if parent.audio else "aac",
            sample_rate=clip.sample_rate,
            channels=clip.channels,
        )
        if clip.has_audio
        else None,
        is_image=clip.is_image,
    )


class _Assets:
    """The session's assets as `predict` takes them, looked at only when a plan reads one."""

    def __init__(self, session: Session, inspect_asset: Inspect) -> None:
        self._session = session
        self._inspect = inspect_asset
        self._found: dict[str, Asset] | None = None

    def of(self, plan: Plan) -> Mapping[str, Asset]:
        if not any(step.operation.assets() for step in plan.steps):
            return {}
        if self._found is None:
            self._found = {}
            for path in self._session.assets():
                st = path.stat()
                with contextlib.suppress(PromptcutError):
                    self._found[path.name] = _inspected(self._inspect, path, st.st_mtime_ns)
        return self._found


@lru_cache(maxsize=256)
def _inspected(inspect: Inspect, path: Path, mtime_ns: int) -> Asset:
    """An asset's probe, kept: assets are never replaced (a clash gets a new name)."""
    return inspect(path)
