"""Tool plugins, by name: `ffmpeg` (the operation catalogue) and `metadata` (probe)."""

from __future__ import annotations

from promptcut.plugins.base import Plugin
from promptcut.plugins.ffmpeg import FFmpegPlugin
from promptcut.plugins.metadata import MetadataPlugin

__all__ = ["PLUGINS", "Plugin", "plugin"]

PLUGINS: dict[str, Plugin] = {p.name: p for p in (FFmpegPlugin(), MetadataPlugin())}


def plugin(name: str) -> Plugin:
    """The plugin called `name`; KeyError names the known ones."""
    try:
        return PLUGINS[name]
    except KeyError:
        raise KeyError(f"no plugin {name!r}; known: {', '.join(PLUGINS)}") from None
