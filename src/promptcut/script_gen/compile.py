"""The stage compiler: validates a plan against the media and fuses its catalogue steps into
stages, each ONE ffmpeg invocation (one decode, one encode)."""

from __future__ import annotations

from pathlib import Path

from promptcut.errors import InvalidRequest
from promptcut.formats import FORMATS, OutputFormat, output_format
from promptcut.media.ffmpeg import safe_input_args
from promptcut.media.info import MediaInfo
from promptcut.operations import Clip, Graph
from promptcut.operations.base import num
from promptcut.operations.convert import Convert
from promptcut.operations.sound import Mute
from promptcut.plan import Plan, Step
from promptcut.stage import OUTPUT, Expected, Stage, input_token

__all__ = ["choose_format", "compile_plan", "predict"]

#: GIFs are for sharing: a modest rate and width keep them small; people can ask for more.
GIF_FPS = 12
GIF_MAX_WIDTH = 480

# Transport and program streams have no index: an input seek lands between keyframes and the
# picture up to the next keyframe is lost (all of it, with a long GOP), so they trim by filter.
_NO_SEEK = frozenset({"mpegts", "mpeg"})


def _graph(media: MediaInfo, plan: Plan | None = None, fmt: OutputFormat | None = None) -> Graph:
    """An empty graph for `media`; given the plan and format, it builds only the streams the
    result will hold."""
    graph = Graph(Clip.of(media), can_seek=media.container not in _NO_SEEK)
    if plan is not None and fmt is not None:
        muted = any(isinstance(s.operation, Mute) for s in plan.steps)
        graph.keep_audio = not muted and fmt.kind != "image" and fmt.ext != "gif"
        graph.keep_video = fmt.kind != "audio"
    return graph


def choose_format(plan: Plan, media: MediaInfo, requested: str | None = None) -> OutputFormat:
    """The output format: the output name's extension, else what the request asks for, else
    the input's own kind of file. A request and an output name that disagree is an error."""
    asked = {s.operation.format for s in plan.steps if isinstance(s.operation, Convert)}
    if len(asked) > 1:
        raise InvalidRequest(
            f"the request asks for more than one file type: {', '.join(sorted(asked))}"
        )
    if requested is not None:
        fmt = output_format(requested)
        if asked and fmt.ext not in asked:
            raise InvalidRequest(
                f"the request asks for a .{asked.pop()} file but the output is named .{fmt.ext}; "
                "change one of them"
            )
        return fmt
    if asked:
        return FORMATS[asked.pop()]
    ext = media.path.suffix.lower().lstrip(".")
    try:
        own = output_format(ext)
    except InvalidRequest:
        own = None
    wanted = "image" if media.is_image else "video" if media.has_video else "audio"
    if own is not None and own.kind == wanted:
        return own
    return FORMATS[{"image": "png", "video": "mp4", "audio": "m4a"}[wanted]]


def predict(plan: Plan, media: MediaInfo) -> Clip:
    """Check every step against the clip it will see; the clip that comes out at the end."""
    graph = _graph(media)
    for step in plan.steps:
        _apply(step, graph)
    return graph.clip


def _apply(step: Step, graph: Graph) -> None:
    try:
        step.operation.check(graph.clip)
    except InvalidRequest as e:
        raise InvalidRequest(f"'{step.task}': {e}") from None
    step.operation.render(graph)


def _finish(graph: Graph, fmt: OutputFormat, media: MediaInfo) -> list[str]:
    """Shape the stream for the output format; returns the output options it needs."""
    clip = graph.clip
    name = media.path.name
    if fmt.kind == "image":
        if not clip.has_video:
            raise InvalidRequest(f"{name} has no picture to save as a .{fmt.ext} image")
        graph.drop_audio()
        return ["-frames:v", "1", "-update", "1"]
    if clip.is_image:
        raise InvalidRequest(
            f"{name} is a still image; save the result as .png or .jpg, not .{fmt.ext}"
        )
    if fmt.kind == "audio":
        if not clip.has_audio:
            raise InvalidRequest(
                f"there is no sound left to save as .{fmt.ext}: the result has no audio"
            )
        graph.drop_video()
        return ["-vn"] + (
            ["-ac", str(fmt.max_channels)] if clip.channels > fmt.max_channels else []
        )
    if not clip.has_video:
        raise InvalidRequest(
            f"{name} has no picture, so it cannot become a .{fmt.ext} video; "
            "save it as .mp3, .wav or .m4a"
        )
    if fmt.ext == "gif":
        fps = min(clip.fps or GIF_FPS, GIF_FPS)
        graph.vf(f"fps={num(fps)}")
        if clip.width > GIF_MAX_WIDTH:
            h = max(2, round(clip.height * GIF_MAX_WIDTH / clip.width / 2) * 2)
            graph.vf(f"scale={GIF_MAX_WIDTH}:{h}:flags=lanczos")
            graph.clip = graph.clip.evolve(width=GIF_MAX_WIDTH, height=h)
        graph.complex_video(
            "[{src}]split[{p}a][{p}b];[{p}a]palettegen=stats_mode=diff[{p}pal];"
            "[{p}b][{p}pal]paletteuse=dither=bayer:bayer_scale=5[{out}]"
        )
        graph.drop_audio()
        return []
    if clip.width % 2 or clip.height % 2:
        # 4:2:0 encoders refuse odd sides: drop the last row or column rather than resample.
        w, h = clip.width - clip.width % 2, clip.height - clip.height % 2
        graph.vf(f"crop={w}:{h}:0:0")
        graph.clip = graph.clip.evolve(width=w, height=h)
    extra = []
    if clip.has_audio and clip.channels > fmt.max_channels:
        extra = ["-ac", str(fmt.max_channels)]
    return extra


def compile_plan(
    plan: Plan,
    media: MediaInfo,
    output: Path,
    fmt: OutputFormat | None = None,
) -> list[Stage]:
    """The stages that render `plan` on `media` into `output`. Every catalogue step fuses into
    one stage; later plugins (analysis, AI-written steps) will start new ones."""
    fmt = fmt or choose_format(plan, media, output.suffix or None)
    graph = _graph(media, plan, fmt)
    for step in plan.steps:
        _apply(step, graph)
    out_opts = _finish(graph, fmt, media)
    clip = graph.clip
    filters, v, a = graph.finish()
    args: list[str] = ["-hide_banner", "-nostdin", "-y", "-loglevel", "warning"]
    args += [*graph.input_args, *safe_input_args(media), "-i", input_token("main")]
    if filters:
        args += ["-filter_complex", filters]
    for label in (v, a):
        if label is not None:
            args += ["-map", label if label.startswith("0:") else f"[{label}]"]
    if v is not None:
        args += fmt.video_args
    if a is not None:
        args += fmt.audio_args
    args += [*out_opts, *fmt.muxer_args, "-map_chapters", "-1", OUTPUT]
    expected = Expected(
        kind=fmt.kind,
        has_video=clip.has_video,
        has_audio=clip.has_audio,
        duration=None if fmt.kind == "image" else round(clip.duration, 3),
        width=clip.width or None,
        height=clip.height or None,
    )
    title = ", ".join(dict.fromkeys(s.op for s in plan.steps))
    return [
        Stage(
            number=1,
            title=title,
            steps=tuple(range(1, len(plan.steps) + 1)),
            inputs={"main": media.path},
            output=output,
            args=tuple(args),
            expected=expected,
        )
    ]
