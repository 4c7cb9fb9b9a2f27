"""The metadata plugin: what a file is (probe), where its scenes change, and the analysis
operations (silences, scene changes, black frames)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from promptcut.media.ffmpeg import run_ffmpeg, safe_input_args
from promptcut.media.info import MediaInfo
from promptcut.media.probe import probe
from promptcut.operations import CATALOGUE, Operation
from promptcut.operations.analysis import SCENE_THRESHOLD, read_scene_changes, scene_analysis
from promptcut.plugins.ffmpeg import FFmpegPlugin
from promptcut.settings import Settings

__all__ = ["MetadataPlugin"]


class MetadataPlugin(FFmpegPlugin):
    """Measures media: probing, and the analysis operations whose measurements feed later
    steps. Its scripts are ffmpeg scripts too, checked the same way."""

    name = "metadata"
    description = (
        "Reads what a media file is (container, duration, streams, size, rotation) and "
        "measures it: silences, scene changes, black frames, shake."
    )

    def operations(self) -> Sequence[type[Operation]]:
        return tuple(op for op in CATALOGUE.values() if op.tool == self.name)

    def probe(self, path: Path, settings: Settings | None = None) -> MediaInfo:
        """The checked probe of a file (see `promptcut.media.probe`)."""
        return probe(path, settings)

    def scene_changes(
        self, media: MediaInfo, ffmpeg: str | None = None, threshold: float = SCENE_THRESHOLD
    ) -> list[float]:
        """Where the picture changes at a cut, in seconds: the detection the scene operations
        use, run on the whole file (a probed one: `probe` has checked it)."""
        if media.video is None or media.is_image:
            return []
        filters = ",".join(scene_analysis(threshold).filters)
        done = run_ffmpeg(
            ["-nostats", "-loglevel", "info", *safe_input_args(media), "-i", str(media.path),
             "-map", "0:v:0", "-vf", filters, "-f", "null", "-"],
            exe=ffmpeg,
            quiet=False,
        )  # fmt: skip
        return read_scene_changes(done.stderr)

    def facts(self, media: MediaInfo) -> dict[str, Any]:
        """The facts a model is given about a file it plans or writes a script for: what the
        probe measured, never the file's contents (nor its path: names are the user's)."""
        facts: dict[str, Any] = {
            "kind": "image" if media.is_image else "video" if media.video else "audio",
            "container": media.container.split(",")[0],
        }
        if not media.is_image:
            facts["duration_seconds"] = round(media.duration, 3)
        if media.video:
            v = media.video
            facts["video"] = {
                "codec": v.codec,
                "width": v.width,
                "height": v.height,
                "fps": round(v.fps, 3),
                "pixel_format": v.pix_fmt,
            }
        if media.audio:
            a = media.audio
            facts["audio"] = {
                "codec": a.codec,
                "sample_rate": a.sample_rate,
                "channels": a.channels,
                "layout": a.layout or None,
            }
        else:
            facts["audio"] = None
        return facts
