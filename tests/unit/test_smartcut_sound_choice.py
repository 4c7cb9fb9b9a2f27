"""When a cut keeps its sound untouched (`sound_copy`), on made-up packet indexes: which codecs,
containers and cut points allow it, how many packets are copied, and the commands it gives."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction
from pathlib import Path

import pytest

from promptcut.media.packets import SoundIndex, VideoIndex
from promptcut.smartcut import SoundCopy, commands, plan_cut, sound_copy

FPS = 30
MP4 = "mov,mp4,m4a,3gp,3g2,mj2"


def _video(frames: int = 120) -> VideoIndex:
    return VideoIndex(
        path=Path("/in/src.mp4"), codec="h264", time_base=Fraction(1, 15360), fps=Fraction(FPS),
        times=tuple(i / FPS for i in range(frames)), idr=tuple(range(0, frames, 30)),
        width=160, height=120, pix_fmt="yuv420p", profile="high", level=30, sar=Fraction(1),
        colors={}, bframes=3, x264={}, audio=True, audio_rate=48000, audio_bitrate=128_000,
    )  # fmt: skip


def _aac(seconds: float = 4.0) -> SoundIndex:
    """AAC in MP4: a priming packet ending at 0, then 1024-sample packets."""
    count = int(seconds * 48000 / 1024) + 1
    ends = tuple(i * 1024 / 48000 for i in range(count + 1))
    return SoundIndex("aac", "fltp", 48000, ends, tuple(range(len(ends))))


def _copy(
    spans: list[tuple[float, float]],
    sound: SoundIndex,
    container: str = "mp4",
    source: str = MP4,
) -> SoundCopy | str:
    return sound_copy(
        plan_cut(_video(), spans), sound, container=container, source_container=source
    )


@pytest.mark.parametrize(
    ("end", "packets", "overhang"),
    [
        (3.2, 151, 0.0),  # 150 packets and the priming one: on a boundary
        (2.0, 95, 256 / 48000),  # 93.75 packets: the nearest boundary, a quarter packet on
        (0.5, 24, -448 / 48000),  # 23.4375: the boundary 448 samples before is nearer
    ],
)
def test_aac_from_the_start_copies_the_packets_up_to_the_nearest_boundary(
    end: float, packets: int, overhang: float
) -> None:
    got = _copy([(0.0, end)], _aac())
    assert isinstance(got, SoundCopy) and got.kind == "packets"
    assert got.packets == packets and got.overhang == pytest.approx(overhang, abs=1e-9)


def test_a_range_to_the_end_copies_every_packet() -> None:
    got = _copy([(0.0, 4.0)], _aac(3.5))
    assert isinstance(got, SoundCopy) and got.packets == _aac(3.5).packets


@pytest.mark.parametrize(
    ("spans", "container", "source", "why"),
    [
        ([(1.0, 3.0)], "mp4", MP4, "does not start where the sound starts"),
        ([(0.0, 1.0), (2.0, 3.0)], "mp4", MP4, "does not start where the sound starts"),
        ([(0.0, 2.0)], "ts", MP4, "aac sound is not copied into a .ts file"),
        ([(0.0, 2.0)], "mkv", "matroska,webm", "from MP4 and MOV files only"),
    ],
)
def test_aac_copies_are_refused_where_they_would_not_be_exact(
    spans: list[tuple[float, float]], container: str, source: str, why: str
) -> None:
    got = _copy(spans, _aac(), container, source)
    assert isinstance(got, str) and why in got


def _lossless(codec: str, fmt: str = "s16", *, continuous: bool = True) -> SoundIndex:
    ends = tuple(i * 1024 / 48000 for i in range(1, 188))
    return SoundIndex(codec, fmt, 48000, ends, tuple(range(len(ends))), continuous)


@pytest.mark.parametrize(
    ("codec", "fmt", "container", "continuous", "why"),
    [
        ("pcm_s16le", "s16", "mov", True, None),
        ("pcm_s24le", "s32", "mkv", True, None),
        ("flac", "s16", "mkv", True, None),
        ("pcm_s16le", "s16", "mp4", True, "not copied into a .mp4 file"),
        ("flac", "s32", "mkv", True, "only 16-bit FLAC"),
        ("pcm_s16le", "s16", "mov", False, "gaps between its packets"),
        ("opus", "fltp", "mkv", True, "opus sound is not copied"),
    ],
)
def test_lossless_sound_keeps_its_samples_at_any_cut(
    codec: str, fmt: str, container: str, continuous: bool, why: str | None
) -> None:
    got = _copy([(0.5, 1.2), (2.3, 3.9)], _lossless(codec, fmt, continuous=continuous), container)
    if why is None:
        assert got == SoundCopy("samples", codec, rate=48000)
    else:
        assert isinstance(got, str) and why in got


def test_the_commands_copy_the_sound_or_write_its_samples_back() -> None:
    cut = plan_cut(_video(), [(0.0, 2.0)])
    packets = commands(replace(cut, sound_kept=SoundCopy("packets", "aac", 95)))
    # a run of its own copies the source's first packets; the join copies them in
    copy = next(r for r in packets if "-frames:a" in r.args).args
    assert copy[copy.index("-frames:a") + 1] == "95" and copy[-1] == "{part:sound.mov}"
    assert copy[copy.index("-c:a") + 1] == "copy" and "{input:main}" in copy
    join = packets[-1].args
    assert "-frames:a" not in join and join[join.index("-c:a") + 1] == "copy"
    assert not any("kept ranges" in r.what for r in packets)
    cut = plan_cut(_video(), [(0.5, 1.2), (2.3, 3.9)])
    samples = commands(replace(cut, sound_kept=SoundCopy("samples", "pcm_s16le", rate=48000)))
    sound = next(r for r in samples if "kept ranges" in r.what)
    graph = sound.args[sound.args.index("-filter_complex") + 1]
    # frames 15-36 and 69-116 at 1600 samples a frame
    assert "atrim=start_sample=24000:end_sample=57600" in graph
    assert "atrim=start_sample=110400:end_sample=187200" in graph
    assert sound.args[sound.args.index("-c:a") + 1] == "pcm_s16le"
    assert samples[-1].args[samples[-1].args.index("-c:a") + 1] == "copy"
