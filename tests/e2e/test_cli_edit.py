"""`promptcut edit` end to end: the quick-start request and each operation once, every effect
measured on the file that comes out."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from cli_kit import Cli
from measure import chroma, frame, frames, mean_volume, measure, mse, shows

pytestmark = pytest.mark.e2e


def _stream_durations(path: Path) -> tuple[float, float]:
    """Seconds of picture and of sound, from the streams themselves."""
    import av

    with av.open(str(path)) as c:
        v, a = c.streams.video[0], c.streams.audio[0]
        return float(v.duration * v.time_base), float(a.duration * a.time_base)


def test_quick_start_edit(cli: Cli, clip3_mp4: Path) -> None:
    prompt = "cut the first 2 seconds, make it black and white and speed it up 2x"
    out = cli.edit(clip3_mp4, prompt, "out.mp4")

    got = measure(out)
    assert abs(got.duration - 0.5) <= 0.08  # (3 - 2) / 2
    assert got.video is not None and got.audio is not None
    assert (got.video.width, got.video.height) == (320, 240)
    assert chroma(out, 0.2) < 2.0
    video_s, audio_s = _stream_durations(out)
    assert abs(video_s - audio_s) <= 0.06, "sound and picture drift apart"
    # 0.25 s into the result is 2.5 s into the source; an edit that forgot the speed-up
    # would show 2.25 s, one that forgot the cut 0.5 s.
    assert shows(out, 0.25, clip3_mp4, 2.5, decoy_t=2.25)
    assert shows(out, 0.25, clip3_mp4, 2.5, decoy_t=0.5)


# ---------------------------------------------------------------- timeline


def test_keep_range(cli: Cli, clip3_mp4: Path) -> None:
    out = cli.edit(clip3_mp4, "only keep 00:01 to 00:02", "out.mp4")
    assert abs(measure(out).duration - 1.0) <= 0.08
    assert shows(out, 0.5, clip3_mp4, 1.5, decoy_t=0.5)


def test_cut_out_range(cli: Cli, clip3_mp4: Path) -> None:
    out = cli.edit(clip3_mp4, "cut out 1s to 2s", "out.mp4")
    got = measure(out)
    assert abs(got.duration - 2.0) <= 0.08
    assert got.audio is not None
    assert shows(out, 0.5, clip3_mp4, 0.5, decoy_t=1.5)
    # After the cut the picture jumps ahead by the second taken out.
    assert shows(out, 1.5, clip3_mp4, 2.5, decoy_t=1.5)


@pytest.mark.parametrize(("prompt", "duration"), [("speed it up 4x", 0.75), ("half speed", 6.0)])
def test_speed(cli: Cli, clip3_mp4: Path, prompt: str, duration: float) -> None:
    out = cli.edit(clip3_mp4, prompt, "out.mp4")
    assert abs(measure(out).duration - duration) <= 0.03 * duration + 0.05
    video_s, audio_s = _stream_durations(out)
    assert abs(video_s - audio_s) <= 0.08


def test_reverse(cli: Cli, clip_mp4: Path) -> None:
    out = cli.edit(clip_mp4, "play it backwards", "out.mp4")
    assert abs(measure(out).duration - 1.0) <= 0.08
    first = frame(out, 0.0)
    last_source = min(mse(first, f) for f in frames(clip_mp4, 0.96, half=0.04))
    first_source = mse(first, frame(clip_mp4, 0.0))
    assert last_source < 80 and last_source < 0.35 * first_source


# ---------------------------------------------------------------- geometry


@pytest.mark.parametrize(
    ("prompt", "size"),
    [
        ("make it 720p", (960, 720)),
        ("resize to 160x120", (160, 120)),
        # 320x240 into 200x200 with its shape kept: 200x150, never stretched
        ("scale to 200x200 keeping the aspect ratio", (200, 150)),
    ],
)
def test_resize(cli: Cli, clip_mp4: Path, prompt: str, size: tuple[int, int]) -> None:
    v = measure(cli.edit(clip_mp4, prompt, "out.mp4")).video
    assert v is not None and (v.width, v.height) == size


@pytest.mark.parametrize(("prompt", "aspect"), [("crop to 1:1", 1.0), ("crop to 9:16", 9 / 16)])
def test_crop_to_aspect(cli: Cli, clip_mp4: Path, prompt: str, aspect: float) -> None:
    v = measure(cli.edit(clip_mp4, prompt, "out.mp4")).video
    assert v is not None
    assert v.height == 240, "a centered crop keeps the full height of a landscape clip"
    assert abs(v.width / v.height - aspect) <= 0.02


def test_rotate_clockwise(cli: Cli, clip_mp4: Path) -> None:
    out = cli.edit(clip_mp4, "rotate it 90 degrees clockwise", "out.mp4")
    v = measure(out).video
    assert v is not None and (v.width, v.height) == (240, 320)
    got = frame(out, 0.0, size=(48, 64))
    source = frame(clip_mp4, 0.0, size=(64, 48))
    right, left = mse(got, np.rot90(source, k=-1)), mse(got, np.rot90(source, k=1))
    assert right < 80 and right < 0.35 * left, "turned the wrong way"


def test_flip(cli: Cli, clip_mp4: Path) -> None:
    out = cli.edit(clip_mp4, "mirror the video", "out.mp4")
    got, source = frame(out, 0.0), frame(clip_mp4, 0.0)
    mirrored = mse(got, np.fliplr(source))
    assert mirrored < 80 and mirrored < 0.35 * mse(got, source)


# ---------------------------------------------------------------- look and sound


def test_fade_in_and_out(cli: Cli, clip3_mp4: Path) -> None:
    out = cli.edit(clip3_mp4, "fade in and out", "out.mp4")
    duration = measure(out).duration
    assert abs(duration - 3.0) <= 0.08
    assert frame(out, 0.0).mean() < 25, "first frame should be black"
    assert frame(out, duration - 0.06).mean() < 25, "last frame should be black"
    assert frame(out, 1.5).mean() > 60
    assert mean_volume(out, 0.0, 0.1) < mean_volume(out, 1.2, 0.5) - 10


def test_mute(cli: Cli, clip_mp4: Path) -> None:
    got = measure(cli.edit(clip_mp4, "mute it", "out.mp4"))
    assert got.audio is None
    assert got.video is not None and abs(got.duration - 1.0) <= 0.08


@pytest.mark.parametrize(
    ("prompt", "change_db"),
    [("reduce the volume to 25%", -12.04), ("boost the volume by 3dB", 3.0)],
)
def test_volume(cli: Cli, clip_mp4: Path, prompt: str, change_db: float) -> None:
    out = cli.edit(clip_mp4, prompt, "out.mp4")
    assert abs(mean_volume(out) - mean_volume(clip_mp4) - change_db) <= 1.0


def test_mute_one_part(cli: Cli, clip3_mp4: Path) -> None:
    out = cli.edit(clip3_mp4, "mute 0:01 to 0:02", "out.mp4")
    got = measure(out)
    assert got.audio is not None and abs(got.duration - 3.0) <= 0.08
    assert mean_volume(out, 1.1, 0.8) < -80, "the part asked for is silent"
    for t in (0.1, 2.1):
        assert abs(mean_volume(out, t, 0.8) - mean_volume(clip3_mp4, t, 0.8)) <= 1.0


# ---------------------------------------------------------------- converting

CONVERSIONS = [
    # prompt, output name, container has, video codec, audio codec
    ("convert it to a webm file", "out.webm", "webm", "vp9", "opus"),
    ("convert it to mov", "out.mov", "mov", "h264", "aac"),
    ("convert it to mkv", "out.mkv", "matroska", "h264", "aac"),
    ("save it as a gif", "out.gif", "gif", "gif", None),
    ("export just the audio as mp3", "out.mp3", "mp3", None, "mp3"),
    ("export just the audio as wav", "out.wav", "wav", None, "pcm_s16le"),
    ("convert it to m4a", "out.m4a", "mp4", None, "aac"),
    # Ogg is Vorbis, what players that know no .opus play; never quietly .opus
    ("extract the audio to the OGG container", "out.ogg", "ogg", None, "vorbis"),
    ("convert it to png", "out.png", "png", "png", None),
    ("convert it to jpg", "out.jpg", "image2", "mjpeg", None),
]


@pytest.mark.parametrize(("prompt", "name", "container", "vcodec", "acodec"), CONVERSIONS)
def test_convert(
    cli: Cli,
    clip_mp4: Path,
    prompt: str,
    name: str,
    container: str,
    vcodec: str | None,
    acodec: str | None,
) -> None:
    got = measure(cli.edit(clip_mp4, prompt, name))
    assert container in got.format
    assert (got.video.codec if got.video else None) == vcodec
    assert (got.audio.codec if got.audio else None) == acodec
    if name.endswith((".webm", ".mov", ".mkv", ".gif", ".mp3", ".wav", ".m4a", ".ogg")):
        assert abs(got.duration - 1.0) <= 0.1
    if name.endswith(".mov"):
        import av

        with av.open(str(cli.home / name)) as c:
            assert c.metadata.get("major_brand") == "qt  ", "a .mov must be a QuickTime file"
