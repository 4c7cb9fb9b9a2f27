"""What a media file is: its container, duration and streams, as promptcut reasons about them."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["AudioStream", "MediaInfo", "VideoStream"]


class VideoStream(BaseModel):
    """The first video stream. `width`/`height` are as displayed: rotation metadata applied."""

    model_config = ConfigDict(frozen=True)

    width: int
    height: int
    fps: float = Field(description="Average frame rate; 0 for a still image.")
    pix_fmt: str
    codec: str
    rotation: int = Field(0, description="Display rotation in the file's metadata, degrees.")
    bit_depth: int = 8
    frames: int | None = None


class AudioStream(BaseModel):
    """The first audio stream."""

    model_config = ConfigDict(frozen=True)

    codec: str
    sample_rate: int
    channels: int
    layout: str = ""


class MediaInfo(BaseModel):
    """A probed, accepted input. Produced only by `promptcut.media.probe`."""

    model_config = ConfigDict(frozen=True)

    path: Path
    container: str = Field(description="Demuxer name, e.g. 'mov,mp4,m4a,3gp,3g2,mj2'.")
    duration: float = Field(description="Seconds; 0 for a still image.")
    start_time: float = 0.0
    size_bytes: int
    video: VideoStream | None = None
    audio: AudioStream | None = None
    is_image: bool = False

    @property
    def has_video(self) -> bool:
        return self.video is not None

    @property
    def has_audio(self) -> bool:
        return self.audio is not None

    def describe(self) -> str:
        """One line a person can read, e.g.
        'video 1280x720 30 fps h264, audio aac 48 kHz stereo, 20.0 s'."""
        parts: list[str] = []
        if self.video is not None:
            v = self.video
            if self.is_image:
                parts.append(f"image {v.width}x{v.height} {v.codec}")
            else:
                parts.append(f"video {v.width}x{v.height} {v.fps:g} fps {v.codec}")
        if self.audio is not None:
            a = self.audio
            layout = a.layout or f"{a.channels} ch"
            parts.append(f"audio {a.codec} {a.sample_rate / 1000:g} kHz {layout}")
        if not self.is_image:
            parts.append(f"{self.duration:.1f} s")
        return ", ".join(parts)
