"""`promptcut edit` on the files people really have: phone rotation, variable frame rate, a
broadcast stream's clock offset, 10-bit HEVC, 5.1 sound, odd sizes, audio files, stills, GIFs."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from cli_kit import Cli
from measure import chroma, displayed_size, frame, frames, mean_volume, measure, mse, shows

pytestmark = pytest.mark.e2e

TRIM_GRAY_HALF = "trim off the first 0.2 seconds, make it black and white and scale to 50%"


def test_phone_portrait_video_stays_upright(cli: Cli, rotated_mp4: Path) -> None:
    assert displayed_size(rotated_mp4) == (240, 320)
    out = cli.edit(rotated_mp4, TRIM_GRAY_HALF, "out.mp4")

    assert abs(measure(out).duration - 0.8) <= 0.08
    assert displayed_size(out) == (120, 160), "the result must still display portrait"
    assert chroma(out, 0.3) < 2.0
    # What a player shows 0.3 s in is what it showed 0.5 s into the source, the right way up.
    got = frame(out, 0.3, size=(48, 64))
    near = frames(rotated_mp4, 0.5, size=(48, 64))
    upright = min(mse(got, f) for f in near)
    upside_down = min(mse(got, np.rot90(f, k=2)) for f in near)
    assert upright < 80 and upright < 0.35 * upside_down


def test_variable_frame_rate(cli: Cli, vfr_mp4: Path) -> None:
    source = measure(vfr_mp4).duration
    out = cli.edit(vfr_mp4, TRIM_GRAY_HALF, "out.mp4")
    got = measure(out)
    assert abs(got.duration - (source - 0.2)) <= 0.1
    assert got.video is not None and (got.video.width, got.video.height) == (160, 120)
    assert chroma(out, 0.3) < 2.0
    assert shows(out, 0.5, vfr_mp4, 0.7, decoy_t=0.2)


def test_transport_stream_starting_at_10_s(cli: Cli, offset3_ts: Path) -> None:
    """ "The first second" is the first second of content, not of the stream's clock."""
    out = cli.edit(offset3_ts, "cut the first 1 second and make it black and white", "out.mp4")
    got = measure(out)
    assert abs(got.duration - (measure(offset3_ts).duration - 1.0)) <= 0.1
    assert got.video is not None and got.audio is not None
    assert chroma(out, 0.5) < 2.0
    assert shows(out, 0.5, offset3_ts, 1.5, decoy_t=0.5)


def test_10_bit_hevc_becomes_8_bit_h264(cli: Cli, hevc10_mkv: Path) -> None:
    out = cli.edit(
        hevc10_mkv, "trim off the first 0.1 seconds and make it black and white", "out.mp4"
    )
    got = measure(out)
    assert got.video is not None
    assert (got.video.codec, got.video.pix_fmt) == ("h264", "yuv420p")
    assert abs(got.duration - 0.4) <= 0.12
    assert chroma(out, 0.1) < 2.0


def test_surround_video_keeps_its_sound(cli: Cli, surround_mp4: Path) -> None:
    out = cli.edit(surround_mp4, TRIM_GRAY_HALF, "out.mp4")
    got = measure(out)
    assert got.audio is not None and got.audio.channels == 6
    assert got.video is not None and (got.video.width, got.video.height) == (160, 120)
    assert abs(got.duration - 0.8) <= 0.08


def test_surround_to_mp3_is_stereo(cli: Cli, surround_mka: Path) -> None:
    out = cli.edit(surround_mka, "trim off the first 0.2 seconds", "out.mp3")
    got = measure(out)
    assert got.video is None
    assert got.audio is not None and (got.audio.codec, got.audio.channels) == ("mp3", 2)
    assert abs(got.duration - 0.8) <= 0.08


@pytest.mark.parametrize(
    ("prompt", "size"),
    [
        ("trim off the first 0.1 seconds, make it black and white and scale to 50%", (160, 120)),
        ("make it black and white and crop to 1:1", (240, 240)),
    ],
)
def test_odd_size_comes_out_even(
    cli: Cli, odd_size_mp4: Path, prompt: str, size: tuple[int, int]
) -> None:
    got = measure(cli.edit(odd_size_mp4, prompt, "out.mp4"))
    assert got.video is not None
    assert (got.video.width, got.video.height) == size
    assert got.video.pix_fmt == "yuv420p"


def test_odd_size_without_resize_still_plays(cli: Cli, odd_size_mp4: Path) -> None:
    out = cli.edit(odd_size_mp4, "make it black and white", "out.mp4")
    v = measure(out).video
    assert v is not None and v.width % 2 == 0 and v.height % 2 == 0
    assert abs(v.width - 321) <= 1 and abs(v.height - 241) <= 1
    assert chroma(out, 0.1) < 2.0


def test_webm_input(cli: Cli, clip_webm: Path) -> None:
    run = cli("edit", clip_webm, TRIM_GRAY_HALF)
    assert run.code == 0, run.err
    out = clip_webm.with_name("clip.edited.webm")
    try:
        got = measure(out)
        assert "webm" in got.format
        assert got.video is not None and got.video.codec == "vp9"
        assert (got.video.width, got.video.height) == (160, 120)
        assert abs(got.duration - 0.8) <= 0.08
    finally:
        out.unlink(missing_ok=True)


def test_mp3_input(cli: Cli, tone_mp3: Path) -> None:
    out = cli.edit(tone_mp3, "trim off the first 0.2 seconds and lower the volume by 6 dB", "o.mp3")
    got = measure(out)
    assert got.audio is not None and got.audio.codec == "mp3" and got.video is None
    assert abs(got.duration - 0.8) <= 0.08
    assert abs(mean_volume(out) - mean_volume(tone_mp3) + 6) <= 1.0

    run = cli("edit", tone_mp3, "make it black and white", "-o", cli.home / "gray.mp3")
    assert run.code == 2
    assert "sound" in run.err and "Traceback" not in run.err
    assert not (cli.home / "gray.mp3").exists()


def test_wav_input(cli: Cli, tone_wav: Path) -> None:
    out = cli.edit(tone_wav, "trim off the first 0.2 seconds and make it quieter", "out.wav")
    got = measure(out)
    assert got.audio is not None and got.audio.codec == "pcm_s16le" and got.audio.channels == 2
    assert abs(got.duration - 0.8) <= 0.05
    assert abs(mean_volume(out) - mean_volume(tone_wav) + 6) <= 1.0


def test_png_input(cli: Cli, still_png: Path) -> None:
    out = cli.edit(still_png, "make it black and white and scale to 50%", "out.png")
    got = measure(out)
    assert got.video is not None and (got.video.width, got.video.height) == (160, 120)
    assert chroma(out) < 2.0

    for prompt in ("trim off the first 1 second", "speed it up 2x"):
        run = cli("edit", still_png, prompt, "-o", cli.home / "bad.png")
        assert run.code == 2, prompt
        assert "still image" in run.err and len(run.err.strip().splitlines()) == 1
        assert not (cli.home / "bad.png").exists()


def test_animated_gif_input(cli: Cli, animated_gif: Path) -> None:
    out = cli.edit(animated_gif, TRIM_GRAY_HALF, "out.gif")
    got = measure(out)
    assert got.video is not None and got.video.codec == "gif"
    assert (got.video.width, got.video.height) == (80, 60)
    assert abs(got.duration - 0.8) <= 0.15
    assert chroma(out, 0.2) < 3.0


def test_video_without_sound(cli: Cli, video_only_mp4: Path) -> None:
    out = cli.edit(video_only_mp4, "trim off the first 0.2 seconds and mute it", "out.mp4")
    got = measure(out)
    assert got.audio is None and got.video is not None
    assert abs(got.duration - 0.8) <= 0.08

    run = cli("edit", video_only_mp4, "lower the volume by 6 dB", "-o", cli.home / "v.mp4")
    assert run.code == 2
    assert "no audio" in run.err and len(run.err.strip().splitlines()) == 1
    assert not (cli.home / "v.mp4").exists()


def test_avi_input_is_cut(cli: Cli, h264_avi: Path) -> None:
    """An AVI's stand-in in the sandbox ends (a tile looped by copy in AVI never would)."""
    out = cli.edit(h264_avi, "cut the first 2 seconds", "out.mp4")
    got = measure(out)
    assert abs(got.duration - (measure(h264_avi).duration - 2.0)) <= 0.15
    assert got.video is not None and got.audio is not None
    assert shows(out, 1.0, h264_avi, 3.0, decoy_t=1.0)
