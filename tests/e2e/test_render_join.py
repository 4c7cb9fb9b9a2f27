"""Joining clips end to end (issue 4): appended, prepended and crossfaded clips measured on the
output: its length, the frames on each side of a join, the sound kept in step with the picture
when the clips differ in size, frame rate, sample rate or have no sound at all."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import av
import numpy as np
import pytest
from cli_kit import Cli, make_clip
from measure import frame, frames, mean_volume, measure, mse

from promptcut.media.ffmpeg import ffmpeg_path
from promptcut.operations.join import XFADE

pytestmark = pytest.mark.e2e


# ---------------------------------------------------------------- clips unlike the video
@pytest.fixture(scope="session")
def other_mp4(media_dir: Path) -> Path:
    """2 s of another picture (testsrc), 640x480 at 30 fps, a 880 Hz tone at 44.1 kHz mono:
    every stream differs from clip3_mp4's but the shape."""
    return make_clip(
        media_dir,
        "other.mp4",
        ["-f", "lavfi", "-i", "testsrc=size=640x480:rate=30:duration=2",
         "-f", "lavfi", "-i", "sine=frequency=880:sample_rate=44100:duration=2",
         "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
         "-c:a", "aac", "-shortest"],
    )  # fmt: skip


@pytest.fixture(scope="session")
def wide_mp4(media_dir: Path) -> Path:
    """2 s of colour bars, 640x360 (16:9, so it gets bars) at 24 fps, with no sound."""
    return make_clip(
        media_dir,
        "wide.mp4",
        ["-f", "lavfi", "-i", "smptebars=size=640x360:rate=24:duration=2",
         "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"],
    )  # fmt: skip


@pytest.fixture(scope="session")
def card_png(media_dir: Path) -> Path:
    """A red title card, 160x120."""
    return make_clip(
        media_dir, "card.png", ["-f", "lavfi", "-i", "color=c=red:size=160x120", "-frames:v", "1"]
    )


# ---------------------------------------------------------------- measuring
def _streams(path: Path) -> tuple[float, float]:
    """Seconds of picture and of sound, from the streams themselves."""
    with av.open(str(path)) as c:
        v, a = c.streams.video[0], c.streams.audio[0]
        assert v.duration is not None and a.duration is not None
        return float(v.duration * v.time_base), float(a.duration * a.time_base)


def _in_sync(path: Path, tolerance: float = 0.06) -> bool:
    video_s, audio_s = _streams(path)
    return abs(video_s - audio_s) <= tolerance


def _match(got: np.ndarray, src: Path, t: float) -> float:
    """How far `got` is from the nearest frame of `src` around `t` (mean squared error)."""
    return min(mse(got, f) for f in frames(src, t))


def _shows(out: Path, ot: float, src: Path, st: float, decoy: Path, decoy_t: float) -> bool:
    """The output at `ot` is `src` at `st`, and clearly not `decoy` at `decoy_t`, which a
    join in the wrong place or order would show there."""
    got = frame(out, ot)
    match = _match(got, src, st)
    return match < 80 and match < 0.35 * _match(got, decoy, decoy_t)


def _asset(*paths: Path) -> list[str]:
    return [a for p in paths for a in ("--asset", str(p))]


# ---------------------------------------------------------------- joins
def test_append_adds_the_lengths_and_each_side_shows_its_clip(
    cli: Cli, clip3_mp4: Path, other_mp4: Path
) -> None:
    out = cli.edit(clip3_mp4, "add other.mp4 after the video", "out.mp4", *_asset(other_mp4))
    assert abs(measure(out).duration - 5.0) <= 0.05
    assert _shows(out, 1.0, clip3_mp4, 1.0, other_mp4, 1.0)
    # the last frames before the join are the video's end, the first after it the clip's start
    assert _shows(out, 2.85, clip3_mp4, 2.85, other_mp4, 0.1)
    assert _shows(out, 3.15, other_mp4, 0.15, clip3_mp4, 2.9)
    assert _shows(out, 4.5, other_mp4, 1.5, clip3_mp4, 1.5)
    assert _in_sync(out)


def test_prepend_plays_the_clip_first(cli: Cli, clip3_mp4: Path, other_mp4: Path) -> None:
    out = cli.edit(clip3_mp4, "put other.mp4 at the start", "out.mp4", *_asset(other_mp4))
    assert abs(measure(out).duration - 5.0) <= 0.05
    assert _shows(out, 1.0, other_mp4, 1.0, clip3_mp4, 1.0)
    assert _shows(out, 3.0, clip3_mp4, 1.0, other_mp4, 1.0)
    assert _in_sync(out)


def test_unlike_clips_are_conformed_and_play_in_sync(
    cli: Cli, clip3_mp4: Path, other_mp4: Path, wide_mp4: Path, card_png: Path
) -> None:
    out = cli.edit(
        clip3_mp4,
        "join other.mp4, wide.mp4 and card.png in that order",
        "out.mp4",
        *_asset(other_mp4, wide_mp4, card_png),
    )
    got = measure(out)
    # 3 s + 2 s + 2 s + a still shown for 3 s, all at the video's size, rate and sound
    assert abs(got.duration - 10.0) <= 0.08
    assert got.video is not None and got.audio is not None
    assert (got.video.width, got.video.height) == (320, 240)
    assert abs(got.video.fps - 25.0) <= 0.1
    assert (got.audio.sample_rate, got.audio.channels) == (48000, 2)
    assert _in_sync(out)
    # the tones where the clips have sound; silence for the clip without it and the card
    assert mean_volume(out, 3.2, 1.6) > -40
    assert mean_volume(out, 5.2, 1.6) < -70
    assert mean_volume(out, 7.2, 2.6) < -70
    # the 16:9 bars sit on black above and below; the card fills the frame
    bars = frame(out, 6.0)
    assert bars[:4].mean() < 30 and bars[12:36].mean() > 60
    assert frame(out, 8.5).mean() == pytest.approx(frame(card_png).mean(), abs=12)


def test_a_silent_video_gets_silence_before_a_clip_with_sound(
    cli: Cli, video_only_mp4: Path, other_mp4: Path
) -> None:
    out = cli.edit(video_only_mp4, "append other.mp4", "out.mp4", *_asset(other_mp4))
    got = measure(out)
    assert got.audio is not None
    assert abs(got.duration - 3.0) <= 0.05
    assert _in_sync(out)
    assert mean_volume(out, 0.0, 0.9) < -70
    assert mean_volume(out, 1.2, 1.6) > -40


def test_a_still_image_is_shown_for_the_seconds_asked(
    cli: Cli, clip3_mp4: Path, card_png: Path
) -> None:
    out = cli.edit(
        clip3_mp4, "put card.png at the start for 2 seconds", "out.mp4", *_asset(card_png)
    )
    assert abs(measure(out).duration - 5.0) <= 0.05
    assert frame(out, 1.0).mean() == pytest.approx(frame(card_png).mean(), abs=12)
    assert _shows(out, 3.0, clip3_mp4, 1.0, clip3_mp4, 2.5)
    assert _in_sync(out)


# ---------------------------------------------------------------- transitions
def test_a_crossfade_overlaps_the_clips_and_mixes_them_half_way(
    cli: Cli, clip3_mp4: Path, other_mp4: Path
) -> None:
    out = cli.edit(
        clip3_mp4,
        "combine with other.mp4 with a 1 second crossfade",
        "out.mp4",
        *_asset(other_mp4),
    )
    # 3 s + 2 s - the 1 s they overlap
    assert abs(measure(out).duration - 4.0) <= 0.05
    assert _in_sync(out)
    assert _shows(out, 1.0, clip3_mp4, 1.0, other_mp4, 1.0)
    assert _shows(out, 3.5, other_mp4, 1.5, clip3_mp4, 2.9)
    # half way through the overlap (2.5 s) both pictures show, each at half strength
    got = frame(out, 2.5)
    a, b = frames(clip3_mp4, 2.5, half=0.02)[0], frames(other_mp4, 0.5, half=0.02)[0]
    mixed = mse(got, (a + b) / 2)
    assert mixed < 0.25 * min(mse(got, a), mse(got, b))


def test_transitions_between_several_clips_shorten_by_each_overlap(
    cli: Cli, clip3_mp4: Path, other_mp4: Path, wide_mp4: Path
) -> None:
    out = cli.edit(
        clip3_mp4,
        "join other.mp4 and wide.mp4 with 0.5 second wipes to the right",
        "out.mp4",
        *_asset(other_mp4, wide_mp4),
    )
    # 3 + 2 + 2 - 2 x 0.5
    assert abs(measure(out).duration - 6.0) <= 0.06
    assert _in_sync(out)
    # between the overlaps (3.0 to 4.5 s) the middle clip plays alone
    assert _shows(out, 3.5, other_mp4, 1.0, clip3_mp4, 2.9)


def test_a_transition_longer_than_the_clip_is_refused(
    cli: Cli, clip3_mp4: Path, other_mp4: Path, tmp_path: Path
) -> None:
    out = tmp_path / "never.mp4"
    run = cli(
        "edit", clip3_mp4, "fade into other.mp4 over 4 seconds", "-o", out, *_asset(other_mp4)
    )
    assert run.code == 2
    assert "a 4 s transition is longer than" in run.err
    assert "Traceback" not in run.err
    assert not out.exists()


def test_every_transition_promptcut_offers_is_one_ffmpeg_has() -> None:
    text = subprocess.run(
        [ffmpeg_path(), "-hide_banner", "-h", "filter=xfade"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    known = set(re.findall(r"^\s+(\w+)\s+-?\d+\s+\.\.FV", text, re.MULTILINE))
    assert set(XFADE) <= known
