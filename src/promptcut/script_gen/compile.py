"""The stage compiler: validates a plan against the media and fuses its catalogue steps into
stages, each ONE ffmpeg invocation (one decode, one encode)."""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from promptcut.errors import InvalidRequest
from promptcut.formats import FORMATS, OutputFormat, output_format
from promptcut.media.ffmpeg import safe_input_args
from promptcut.media.info import MediaInfo
from promptcut.operations import Clip, Graph
from promptcut.operations.base import Analysis, escape_filter_path, fmt_seconds, num
from promptcut.operations.custom import Custom
from promptcut.operations.sound import Mute
from promptcut.plan import Plan, Step
from promptcut.stage import OUTPUT, Expected, SideFile, Stage, input_token

__all__ = ["choose_format", "compile_plan", "copies_picture", "picture_copy_refusal", "predict"]

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
        # A mute silences the result unless sound is added after it ("mute it, add music.mp3").
        kinds = [type(s.operation) for s in plan.steps]
        last_mute = max((i for i, k in enumerate(kinds) if k is Mute), default=-1)
        muted = last_mute >= 0 and not any(k.adds_sound for k in kinds[last_mute + 1 :])
        graph.keep_audio = not muted and fmt.kind != "image" and fmt.ext != "gif"
        graph.keep_video = fmt.kind != "audio"
    return graph


def choose_format(plan: Plan, media: MediaInfo, requested: str | None = None) -> OutputFormat:
    """The output format: the output name's extension, else what the request asks for, else
    the input's own kind of file. A request and an output name that disagree is an error."""
    asked = {e for s in plan.steps if (e := s.operation.output_ext()) is not None}
    kinds = {k for s in plan.steps if (k := s.operation.output_kind()) is not None}
    if len(asked) > 1:
        raise InvalidRequest(
            f"the request asks for more than one file type: {', '.join(sorted(asked))}"
        )
    if len(kinds) > 1:
        raise InvalidRequest(f"the request asks for both {' and '.join(sorted(kinds))} output")
    if requested is not None:
        fmt = output_format(requested)
        if asked and fmt.ext not in asked:
            raise InvalidRequest(
                f"the request asks for a .{asked.pop()} file but the output is named .{fmt.ext}; "
                "change one of them"
            )
    elif asked:
        fmt = FORMATS[asked.pop()]
    else:
        fmt = _own_format(media, kinds.pop() if kinds else None)
    if kinds and fmt.kind not in kinds:
        kind = kinds.pop()
        raise InvalidRequest(
            f"the request makes {'an' if kind[0] in 'aeiou' else 'a'} {kind} but .{fmt.ext} "
            f"is {'an' if fmt.kind[0] in 'aeiou' else 'a'} {fmt.kind} file; name the output "
            + {"image": ".png or .jpg", "audio": ".mp3, .wav or .m4a", "video": ".mp4"}[kind]
        )
    # (an input without a picture or sound is refused by the steps' own checks, with its facts)
    if media.video and media.audio and (lost := plan.lost_in(fmt)) is not None:
        raise InvalidRequest(lost)
    return fmt


def _own_format(media: MediaInfo, kind: str | None) -> OutputFormat:
    """The input's own kind of file, or the usual one for `kind`."""
    wanted = kind or ("image" if media.is_image else "video" if media.has_video else "audio")
    try:
        own: OutputFormat | None = output_format(media.path.suffix)
    except InvalidRequest:
        own = None
    if own is not None and own.kind == wanted and own.ext != "ts":
        return own
    return FORMATS[{"image": "png", "video": "mp4", "audio": "m4a"}[wanted]]


def predict(
    plan: Plan,
    media: MediaInfo,
    assets: Mapping[str, MediaInfo | Path] | None = None,
    *,
    fmt: OutputFormat | None = None,
    name: str | None = None,
) -> Clip:
    """Check every step against the clip it will see; the clip that comes out at the end.
    With `fmt`, also that the result can be saved as that kind of file; refusals call the
    input `name` (default: its file name)."""
    graph = _graph(media)
    _give_assets(graph, assets)
    for step in plan.steps:
        _check(step, graph)
        # Rendering only moves the clip on here: a measurement not made yet changes the
        # filters, never the clip they produce.
        _render(step, graph)
    if fmt is not None:
        _fits(graph.clip, fmt, name or media.path.name)
    return graph.clip


def _fits(clip: Clip, fmt: OutputFormat, name: str) -> None:
    """Refuse a result that a file of `fmt`'s kind cannot hold (a still image as a video)."""
    if fmt.kind == "image":
        if not clip.has_video:
            raise InvalidRequest(f"{name} has no picture to save as a .{fmt.ext} image")
        return
    if clip.is_image:
        raise InvalidRequest(
            f"{name} is a still image; save the result as .png or .jpg, not .{fmt.ext}"
        )
    if fmt.kind == "audio":
        if not clip.has_audio:
            raise InvalidRequest(
                f"there is no sound left to save as .{fmt.ext}: the result has no audio"
            )
        return
    if not clip.has_video:
        raise InvalidRequest(
            f"{name} has no picture, so it cannot become a .{fmt.ext} video; "
            "save it as .mp3, .wav or .m4a"
        )


def _give_assets(graph: Graph, assets: Mapping[str, MediaInfo | Path] | None) -> None:
    """Let the graph's steps find the files given with the request: probed media as
    MediaInfo, other files (subtitles) by path."""
    for name, asset in (assets or {}).items():
        key = name.lower()
        if isinstance(asset, MediaInfo):
            graph.assets[key] = asset
            graph.asset_files[key] = asset.path
        else:
            graph.asset_files[key] = asset


def _render(step: Step, graph: Graph) -> None:
    """Render one step; what it finds impossible only now (about an asset, say) is reported
    with the step's words, like a failed check."""
    try:
        step.operation.render(graph)
    except InvalidRequest as e:
        raise InvalidRequest(f"'{step.task}': {e}") from None


def _finish(graph: Graph, fmt: OutputFormat, media: MediaInfo) -> list[str]:
    """Shape the stream for the output format; returns the output options it needs."""
    clip = graph.clip
    _fits(clip, fmt, media.path.name)
    if fmt.kind == "image":
        graph.drop_audio()
        return ["-frames:v", "1", "-update", "1"]
    if fmt.kind == "audio":
        graph.drop_video()
        if "max_bytes" in graph.encoding:
            _fit_audio(graph, fmt)
        return ["-vn"] + (
            ["-ac", str(fmt.max_channels)] if clip.channels > fmt.max_channels else []
        )
    if fmt.ext == "gif":
        if "max_bytes" in graph.encoding:
            raise InvalidRequest(
                "promptcut cannot aim a GIF at a file size; ask for a lower frame rate or width "
                "(e.g. 'a gif at 8 fps, 320 pixels wide'), or save an .mp4"
            )
        fps = graph.encoding.get("gif_fps") or min(clip.fps or GIF_FPS, GIF_FPS)
        graph.vf(f"fps={num(fps)}")
        width = min(graph.encoding.get("gif_width") or GIF_MAX_WIDTH, 1920)
        if clip.width != width and (clip.width > width or "gif_width" in graph.encoding):
            h = max(2, round(clip.height * width / clip.width / 2) * 2)
            graph.vf(f"scale={width}:{h}:flags=lanczos")
            graph.clip = graph.clip.evolve(width=width, height=h)
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
    if "max_bytes" in graph.encoding:
        _fit_video(graph, fmt)
    extra = []
    if clip.has_audio and clip.channels > fmt.max_channels:
        extra = ["-ac", str(fmt.max_channels)]
    return extra


#: Share of a size budget spent on media data: the rest is container overhead and the slack
#: a one-pass encoder needs around its target.
_HEADROOM = 0.94
#: Below this many bits per pixel H.264 turns to mush; the picture is made smaller instead.
_MIN_BPP = 0.045


def _budget(graph: Graph) -> float:
    """Bits per second the whole file may use."""
    e = graph.encoding
    seconds = max(graph.clip.duration, 0.1)
    return float(e["max_bytes"]) * 8 * _HEADROOM * float(e.get("size_scale", 1.0)) / seconds


def _fit_audio(graph: Graph, fmt: OutputFormat) -> None:
    """An audio file under the size: a bitrate from the length."""
    total = _budget(graph)
    mb = graph.encoding["max_bytes"] / 1e6
    if fmt.ext in ("wav", "flac"):
        raise InvalidRequest(f".{fmt.ext} cannot be made to fit {mb:g} MB; save it as .mp3 or .m4a")
    if total < 24_000:
        raise InvalidRequest(
            f"{fmt_seconds(graph.clip.duration)} of sound in {mb:g} MB would leave "
            f"{total / 1000:.0f} kbps, too little to listen to; allow more or trim it"
        )
    said = graph.encoding.get("audio_bitrate", 320_000)
    graph.encoding["audio_bitrate"] = int(min(total, 320_000, said))


def _fit_video(graph: Graph, fmt: OutputFormat) -> None:
    """A video under the size: bitrates from the length, and a smaller picture if that many
    bits would spread too thin over the frame."""
    clip = graph.clip
    total = _budget(graph)
    mb = graph.encoding["max_bytes"] / 1e6
    audio = 0
    if clip.has_audio:
        audio = next(
            r for r in (128_000, 96_000, 64_000, 48_000, 32_000) if r <= total / 5 or r == 32_000
        )
    video = total - audio
    if video < 80_000:
        need = (80_000 + audio) * clip.duration / 8 / _HEADROOM / 1e6
        raise InvalidRequest(
            f"{fmt_seconds(clip.duration)} of video in {mb:g} MB would leave "
            f"{video / 1000:.0f} kbps for the picture, too little to watch; allow at least "
            f"{need:.1f} MB or trim it first"
        )
    graph.encoding["video_bitrate"] = int(video)
    if audio:
        graph.encoding["audio_bitrate"] = audio
    fps = clip.fps or 30.0
    bpp = video / (clip.width * clip.height * fps)
    if bpp < _MIN_BPP and min(clip.width, clip.height) > 240:
        factor = max((bpp / _MIN_BPP) ** 0.5, 240 / min(clip.width, clip.height))
        w = max(2, round(clip.width * factor / 2) * 2)
        h = max(2, round(clip.height * factor / 2) * 2)
        graph.vf(f"scale={w}:{h}:flags=bicubic", "setsar=1")
        graph.clip = clip.evolve(width=w, height=h)


def compile_plan(
    plan: Plan,
    media: MediaInfo,
    output: Path,
    fmt: OutputFormat | None = None,
    measurements: Mapping[int, dict[str, Any]] | None = None,
    *,
    number: int = 1,
    files_dir: Path | None = None,
    assets: Mapping[str, MediaInfo | Path] | None = None,
    measure_dir: Path | None = None,
    reencode: bool = False,
) -> list[Stage]:
    """The stages still to run to render `plan` on `media` into `output`; `assets` are the
    other media the request may name, probed, by file name. `reencode` encodes every stream,
    even one no step changes (which is otherwise copied).

    Every catalogue step fuses into one render stage. A step that needs a measurement first
    (`Operation.analysis`) that is not in `measurements` (by 1-based step number) makes the
    answer an analysis stage instead: run it, add what it measured, and compile again.
    Files the stage writes for itself (a title's text) go in `files_dir`, by default beside
    `output`: the stage's `files` say what to write there before it runs."""
    if any(isinstance(s.operation, Custom) for s in plan.steps):
        raise ValueError("a custom step is a stage of its own, with a script the model writes")
    fmt = fmt or choose_format(plan, media, output.suffix or None)
    measurements = measurements or {}
    graph = _graph(media, plan, fmt)
    graph.files_dir = (files_dir or output.parent).absolute()
    graph.measure_dir = measure_dir
    if reencode:
        graph.encoding["reencode"] = True
    _give_assets(graph, assets)
    for n, step in enumerate(plan.steps, 1):
        _check(step, graph)
        need = step.operation.analysis(graph.clip)
        if need is not None and n not in measurements:
            return [_analysis_stage(plan, media, output, n, need, measurements, number, graph)]
        graph.measured = measurements.get(n)
        _render(step, graph)
    out_opts = _finish(graph, fmt, media)
    clip = graph.clip
    filters, v, a = graph.finish()
    args: list[str] = ["-hide_banner", "-nostdin", "-y", "-loglevel", "warning"]
    args += [*graph.input_args, *safe_input_args(media), "-i", input_token("main")]
    args += _extra_inputs(graph)
    if filters:
        args += ["-filter_complex", filters]
    for label in (v, a):
        if label is not None:
            args += ["-map", label if label.startswith("0:") else f"[{label}]"]
    video_args, audio_args = _encoder_args(fmt, graph.encoding)
    if v is not None:
        args += _copy_video(graph, v, fmt, media) or video_args
    if a is not None:
        copied = _copy_audio(graph, a, fmt, media)
        args += copied or audio_args
        if copied:
            out_opts = _replace_list(out_opts, "-ac")
    args += [*out_opts, *fmt.muxer_args, "-map_chapters", "-1", OUTPUT]
    expected = Expected(
        kind=fmt.kind,
        has_video=clip.has_video,
        has_audio=clip.has_audio,
        duration=None if fmt.kind == "image" else round(clip.duration, 3),
        width=clip.width or None,
        height=clip.height or None,
        max_bytes=graph.encoding.get("max_bytes"),
    )
    return [
        Stage(
            number=number,
            title=", ".join(dict.fromkeys(s.op for s in plan.steps)),
            steps=tuple(range(1, len(plan.steps) + 1)),
            inputs=_stage_inputs(graph, media),
            output=output,
            args=tuple(args),
            expected=expected,
            files={k: SideFile(path=p, text=text) for k, (p, text) in graph.files.items()},
        )
    ]


def _extra_inputs(graph: Graph) -> list[str]:
    """`-i` for each asset the steps opened, after the main input, with the same safety."""
    args: list[str] = []
    for name, options in graph.extra_inputs:
        args += [*options, *safe_input_args(graph.assets[name]), "-i", input_token(name)]
    return args


def _stage_inputs(graph: Graph, media: MediaInfo) -> dict[str, Path]:
    return {"main": media.path} | {n: graph.assets[n].path for n, _ in graph.extra_inputs}


def _check(step: Step, graph: Graph) -> None:
    try:
        step.operation.check(graph.clip)
    except InvalidRequest as e:
        raise InvalidRequest(f"'{step.task}': {e}") from None


def _analysis_stage(
    plan: Plan,
    media: MediaInfo,
    output: Path,
    n: int,
    need: Analysis,
    measurements: Mapping[int, dict[str, Any]],
    number: int,
    render: Graph,
) -> Stage:
    """One pass that runs steps 1..n-1 on the measured stream only, then the measuring filters,
    into ffmpeg's report (no media is written). `render` is the render graph so far, whose
    side files (a title's text) the pass may need too."""
    graph = _graph(media)
    graph.files_dir = render.files_dir
    graph.assets, graph.asset_files = render.assets, render.asset_files
    graph.keep_video = need.stream == "video"
    graph.keep_audio = need.stream == "audio"
    for i, step in enumerate(plan.steps[: n - 1], 1):
        graph.measured = measurements.get(i)
        _render(step, graph)
    writes = None
    filters_of_need = need.filters
    if need.writes:
        writes = (
            render.measure_dir or output.parent
        ).absolute() / f"{need.name}-{n:02d}.{need.writes}"
        filters_of_need = tuple(
            f.replace("{file}", escape_filter_path(writes)) for f in need.filters
        )
    (graph.vf if need.stream == "video" else graph.af)(*filters_of_need)
    filters, v, a = graph.finish()
    label = v if need.stream == "video" else a
    assert label is not None  # check() made sure the stream exists
    args = ["-hide_banner", "-nostdin", "-y", "-nostats", "-loglevel", "info"]
    args += [*graph.input_args, *safe_input_args(media), "-i", input_token("main")]
    args += _extra_inputs(graph)
    if filters:
        args += ["-filter_complex", filters]
    args += ["-map", label if label.startswith("0:") else f"[{label}]", "-f", "null", "-"]
    return Stage(
        number=number,
        title=f"measure {need.name}",
        steps=tuple(range(1, n + 1)),
        inputs=_stage_inputs(graph, media),
        output=output.with_name(f"measure-{n:02d}-{need.name}.txt"),
        args=tuple(args),
        expected=Expected(kind="analysis", has_video=False, has_audio=False),
        measures=n,
        writes=writes,
        files={k: SideFile(path=p, text=text) for k, (p, text) in graph.files.items()},
    )


def _replace(args: tuple[str, ...], option: str, value: str | None) -> tuple[str, ...]:
    """`args` with `option`'s value replaced (added if missing; removed if value is None)."""
    out = list(args)
    if option in out:
        i = out.index(option)
        del out[i : i + 2]
        if value is not None:
            out[i:i] = [option, value]
    elif value is not None:
        out += [option, value]
    return tuple(out)


# Codecs each output container holds as they are, so an untouched stream is copied, not
# re-encoded: no time spent, no quality lost ("normalize the audio" leaves the picture alone).
_COPY_VIDEO = {
    "mp4": {"h264", "hevc", "av1", "mpeg4"},
    "mov": {"h264", "hevc", "av1", "mpeg4", "prores"},
    "mkv": {"h264", "hevc", "av1", "mpeg4", "vp8", "vp9", "prores", "ffv1"},
    "webm": {"vp8", "vp9", "av1"},
    "ts": {"h264", "hevc", "mpeg2video"},
}
_COPY_AUDIO = {
    "mp4": {"aac", "mp3"},
    "mov": {"aac", "mp3", "alac", "pcm_s16le"},
    "mkv": {"aac", "mp3", "opus", "vorbis", "flac", "ac3", "eac3", "pcm_s16le"},
    "webm": {"opus", "vorbis"},
    "ts": {"aac", "mp3", "ac3"},
    "m4a": {"aac", "alac"},
    "mp3": {"mp3"},
    "opus": {"opus"},
    "ogg": {"vorbis", "opus"},
    "flac": {"flac"},
    "wav": {"pcm_s16le"},
}
# Settings that make a stream be encoded rather than copied ("reencode": asked for in words).
_VIDEO_SETTINGS = frozenset({"crf", "preset", "video_bitrate", "quality", "reencode"})
_AUDIO_SETTINGS = frozenset({"audio_bitrate", "quality", "reencode"})


def copies_picture(stage: Stage) -> bool:
    """Whether a compiled render stage copies the picture as it is (`-c:v copy`)."""
    args = stage.args
    return any(a == "-c:v" and b == "copy" for a, b in itertools.pairwise(args))


def picture_copy_refusal(media: MediaInfo, fmt: OutputFormat) -> str | None:
    """Why a picture no step changes cannot be copied into a `fmt` file as it is, in words;
    None when nothing stands in the way."""
    v = media.video
    if v is None or media.is_image:
        return "the input has no moving picture to copy"
    if v.codec not in _COPY_VIDEO.get(fmt.ext, ()):
        return f"{v.codec} video cannot be copied into a .{fmt.ext} file"
    if v.width % 2 or v.height % 2:
        return f"the picture's size {v.width}x{v.height} is odd, and is cropped to even sides"
    return None


def _copy_video(graph: Graph, label: str, fmt: OutputFormat, media: MediaInfo) -> list[str]:
    """`-c:v copy` when the picture passes through untouched and the container holds its
    codec; [] when it must be encoded."""
    v = media.video
    untouched = label == "0:v:0" and not graph.input_args and not media.is_image
    if not (untouched and v and v.codec in _COPY_VIDEO.get(fmt.ext, ())):
        return []
    if _VIDEO_SETTINGS & graph.encoding.keys() or graph.encoding.get("video_codec") not in (
        None,
        v.codec,
    ):
        return []
    # Apple players want HEVC in MP4/MOV tagged hvc1.
    return ["-c:v", "copy", *(["-tag:v", "hvc1"] if v.codec == "hevc" and fmt.ext != "mkv" else [])]


def _copy_audio(graph: Graph, label: str, fmt: OutputFormat, media: MediaInfo) -> list[str]:
    """`-c:a copy` when the sound passes through untouched and the container holds its codec."""
    a = media.audio
    untouched = label == "0:a:0" and not graph.input_args
    if not (untouched and a and a.codec in _COPY_AUDIO.get(fmt.ext, ())):
        return []
    if _AUDIO_SETTINGS & graph.encoding.keys() or a.channels > fmt.max_channels:
        return []
    return ["-c:a", "copy"]


def _replace_list(options: list[str], option: str) -> list[str]:
    """`options` without `option` and its value."""
    if option not in options:
        return options
    i = options.index(option)
    return options[:i] + options[i + 2 :]


#: Quality levels: x264 crf and preset, VP9 crf, audio bitrate.
_QUALITY = {
    "high": ("18", "medium", "24", "256k"),
    "small": ("28", "veryfast", "40", "96k"),
}


def _encoder_args(
    fmt: OutputFormat, encoding: dict[str, Any]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The format's encoder options with what the operations asked for put in."""
    video, audio = fmt.video_args, fmt.audio_args
    level = encoding.get("quality")
    if level in _QUALITY:
        crf, preset, vp9_crf, audio_rate = _QUALITY[level]
        if "-preset" in video:
            video = _replace(_replace(video, "-crf", crf), "-preset", preset)
        elif "-crf" in video:
            video = _replace(video, "-crf", vp9_crf)
        if "-b:a" in audio:
            audio = _replace(audio, "-b:a", audio_rate)
    if "crf" in encoding and "-crf" in video:
        video = _replace(video, "-crf", str(encoding["crf"]))
    if "preset" in encoding and "-preset" in video:
        video = _replace(video, "-preset", str(encoding["preset"]))
    if "video_bitrate" in encoding and video:
        rate = int(encoding["video_bitrate"])
        video = _replace(video, "-crf", None)
        video = _replace(video, "-b:v", str(rate))
        # A capped, buffered rate keeps one pass close to the target size.
        video = _replace(video, "-maxrate", str(int(rate * 1.25)))
        video = _replace(video, "-bufsize", str(rate * 2))
    if "audio_bitrate" in encoding and "-b:a" in audio:
        audio = _replace(audio, "-b:a", str(int(encoding["audio_bitrate"])))
    elif "audio_bitrate" in encoding and "-q:a" in audio:
        # (mp3 and ogg are made at a quality level; a bitrate said or a size replaces it)
        audio = _replace(_replace(audio, "-q:a", None), "-b:a", str(int(encoding["audio_bitrate"])))
    elif encoding.get("audio_bitrate_said") and audio:
        raise InvalidRequest(
            f".{fmt.ext} keeps every sample as it is and has no bitrate to set; save it as .mp3, "
            ".m4a, .opus or .ogg"
        )
    if (codec := encoding.get("video_codec")) is not None:
        video = _in_codec(video, codec, fmt)
    return video, audio


#: The codecs a picture can be asked in, said back, and how much higher x265's crf is than
#: x264's for about the same quality.
_CODEC_NAMES = {"h264": "H.264 (AVC)", "hevc": "HEVC (H.265)"}
_X265_CRF_ABOVE_X264 = 4


def _in_codec(video: tuple[str, ...], codec: str, fmt: OutputFormat) -> tuple[str, ...]:
    """The encoder options `video` (x264's, in every container that holds H.264) for a picture
    asked in `codec`: x264's as they are, or x265's at about the same quality, tagged hvc1 for
    Apple's players in MP4 and MOV. InvalidRequest for a format with no such picture."""
    if "libx264" not in video:
        raise InvalidRequest(
            f"a .{fmt.ext} file cannot hold {_CODEC_NAMES[codec]} video; save it as .mp4, .mov, "
            ".mkv or .ts"
        )
    if codec == "h264":
        return video
    video = _replace(video, "-c:v", "libx265")
    if "-crf" in video:
        crf = int(video[video.index("-crf") + 1]) + _X265_CRF_ABOVE_X264
        video = _replace(video, "-crf", str(crf))
    tag = ("-tag:v", "hvc1") if fmt.ext in ("mp4", "mov") else ()
    return (*video, *tag, "-x265-params", "log-level=error")
