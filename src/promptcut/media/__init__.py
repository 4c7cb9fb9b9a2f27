"""Media layer: find ffmpeg, probe files safely, make sample and dummy media."""

from promptcut.media.doctor import doctor_report
from promptcut.media.ffmpeg import (
    GLOBAL_ARGS,
    INPUT_FORMATS,
    SAFE_INPUT_ARGS,
    encoders,
    ffmpeg_path,
    ffmpeg_version,
    run_ffmpeg,
    safe_input_args,
)
from promptcut.media.info import AudioStream, MediaInfo, VideoStream
from promptcut.media.probe import probe
from promptcut.media.synth import make_dummy, make_sample

__all__ = [
    "GLOBAL_ARGS",
    "INPUT_FORMATS",
    "SAFE_INPUT_ARGS",
    "AudioStream",
    "MediaInfo",
    "VideoStream",
    "doctor_report",
    "encoders",
    "ffmpeg_path",
    "ffmpeg_version",
    "make_dummy",
    "make_sample",
    "probe",
    "run_ffmpeg",
    "safe_input_args",
]
