"""`promptcut edit` on cuts that leave the sound alone: the sound kept untouched where that is
exact (AAC packets from the sound's start; PCM and FLAC samples at any cut), re-encoded with
the reason logged where it is not. Measured by demuxing and decoding the result."""

from __future__ import annotations

import json
import subprocess
import zlib
from pathlib import Path

import av
import numpy as np
import pytest
from cli_kit import Cli, make_clip

from promptcut.media.ffmpeg import ffmpeg_path

pytestmark = pytest.mark.e2e

FPS = 30
RATE = 48000
X264 = (
    "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", "-g", "30",
    "-keyint_min", "30", "-sc_threshold", "0", "-bf", "3",
)  # fmt: skip


@pytest.fixture(scope="module")
def clips(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("sound-copy")


def _clip(folder: Path, name: str, *audio: str) -> Path:
    """4 s, 30 fps x264 with B-frames and a 1 s GOP; a 440 Hz tone whose loudness rises over
    the clip (a copy from the wrong place would not match), 48 kHz, in the codec `audio`."""
    return make_clip(
        folder, name,
        ["-f", "lavfi", "-i", f"testsrc2=size=160x120:rate={FPS}:duration=4",
         "-f", "lavfi", "-i", f"aevalsrc=0.1*(1+t)*sin(2*PI*440*t):s={RATE}:d=4",
         *X264, *audio, "-shortest"],
    )  # fmt: skip


@pytest.fixture(scope="module")
def aac_mp4(clips: Path) -> Path:
    return _clip(clips, "aac.mp4", "-c:a", "aac")


@pytest.fixture(scope="module")
def pcm_mov(clips: Path) -> Path:
    return _clip(clips, "pcm.mov", "-c:a", "pcm_s16le")


@pytest.fixture(scope="module")
def pcm_mkv(clips: Path) -> Path:
    return _clip(clips, "pcm.mkv", "-c:a", "pcm_s24le")


@pytest.fixture(scope="module")
def flac_mkv(clips: Path) -> Path:
    return _clip(clips, "flac.mkv", "-c:a", "flac", "-sample_fmt", "s16")


def _edit(cli: Cli, source: Path, prompt: str, out: str) -> tuple[Path, dict[str, object]]:
    run = cli("edit", source, prompt, "-o", cli.home / out, "--json")
    assert run.code == 0, run.err
    result: dict[str, object] = json.loads(run.out)
    copying = result["copying"]
    assert isinstance(copying, dict)
    return cli.home / out, copying


def _packets(path: Path) -> tuple[str, list[bytes]]:
    """The sound's codec and its packets' bytes, in order."""
    with av.open(str(path)) as c:
        a = c.streams.audio[0]
        return str(a.codec_context.codec.canonical_name), [bytes(p) for p in c.demux(a) if p.size]


def _samples(path: Path) -> np.ndarray:
    """The decoded sound, channels by samples."""
    with av.open(str(path)) as c:
        return np.concatenate([f.to_ndarray() for f in c.decode(audio=0)], axis=1)


def _decode_errors(path: Path) -> str:
    done = subprocess.run(
        [ffmpeg_path(), "-hide_banner", "-nostdin", "-v", "error", "-i", str(path),
         "-f", "null", "-"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    return done.stderr.strip() + ("" if done.returncode == 0 else f" exit {done.returncode}")


def _lengths(path: Path) -> tuple[float, float, float]:
    """How long the picture lasts (its frames), the sound (its decoded samples), and the
    longest sound packet, in seconds."""
    with av.open(str(path)) as c:
        frames = sum(1 for _ in c.decode(video=0))
    with av.open(str(path)) as c:
        a = c.streams.audio[0]
        tb = a.time_base
        assert tb is not None
        packet = max(float((p.duration or 0) * tb) for p in c.demux(a) if p.size)
    return frames / FPS, _samples(path).shape[1] / RATE, packet


def _log(cli: Cli) -> str:
    session = max((cli.data_dir / "sessions").iterdir(), key=lambda p: p.stat().st_mtime)
    return next((session / "logs" / "v0001").glob("*_copy.log")).read_text()


def _script(cli: Cli) -> str:
    session = max((cli.data_dir / "sessions").iterdir(), key=lambda p: p.stat().st_mtime)
    return next((session / "scripts" / "v0001").glob("*.py")).read_text()


@pytest.mark.parametrize(
    ("prompt", "seconds", "packets"),
    [
        # 3.2 s is 150 AAC packets of 1024 samples: the end falls on a packet boundary
        ("keep the first 3.2 seconds", 3.2, 151),
        # 2 s is 93.75 packets: the copy ends on the nearest boundary, 256 samples later
        ("keep the first 2 seconds", 2.0, 95),
    ],
)
def test_aac_kept_from_the_start_is_copied_packet_for_packet(
    cli: Cli, aac_mp4: Path, prompt: str, seconds: float, packets: int
) -> None:
    out, copying = _edit(cli, aac_mp4, prompt, "start.mp4")
    assert copying["sound"] == "packets" and copying["reason"] is None
    codec, got = _packets(out)
    _, source = _packets(aac_mp4)
    # the priming packet (hidden by the edit list) and the next ones, bit for bit
    assert codec == "aac" and got == source[:packets]
    assert not _decode_errors(out)
    # decoded, the sound is the source's own samples: not a generation of AAC loss
    kept = _samples(out)
    assert np.array_equal(kept, _samples(aac_mp4)[:, : kept.shape[1]])
    picture, sound, packet = _lengths(out)
    assert abs(picture - seconds) < 1 / FPS / 2
    assert abs(sound - picture) <= packet / 2 + 1 / RATE
    assert "the sound's first" in _log(cli) and "copied untouched" in _log(cli)
    script = _script(cli)
    assert '"-frames:a", ' + f'"{packets}"' in script and '"-c:a", "copy"' in script


@pytest.fixture(scope="module")
def mp3_mov(clips: Path) -> Path:
    return _clip(clips, "mp3.mov", "-c:a", "libmp3lame")


def test_mp3_kept_from_the_start_is_copied_and_the_picture_kept_whole(
    cli: Cli, mp3_mov: Path
) -> None:
    # MP3's packets (1152 samples) run out before the picture's last frames are muxed: copied
    # in the join itself, `-frames:a` ended the picture at 41 of its 60 frames
    out, copying = _edit(cli, mp3_mov, "keep the first 2 seconds", "mp3.mov")
    assert copying == {"copied": 1.0, "reason": None, "sound": "packets"}
    codec, got = _packets(out)
    _, source = _packets(mp3_mov)
    assert codec == "mp3" and got == source[: len(got)]
    kept = _samples(out)
    assert np.array_equal(kept, _samples(mp3_mov)[:, : kept.shape[1]])
    assert not _decode_errors(out)
    picture, sound, packet = _lengths(out)
    assert picture == 2.0 and abs(sound - picture) <= packet / 2 + 1 / RATE


def test_aac_cut_later_than_its_start_is_re_encoded_with_the_reason(
    cli: Cli, aac_mp4: Path
) -> None:
    # the first packet after the cut needs the one before it to decode: not copied
    out, copying = _edit(cli, aac_mp4, "cut the first second", "late.mp4")
    assert "sound" not in copying and copying["reason"] is None
    assert "the sound re-encoded: a copy of aac packets that does not start where the sound" in (
        _log(cli)
    )
    codec, got = _packets(out)
    _, source = _packets(aac_mp4)
    assert codec == "aac" and not set(got) & set(source)
    assert not _decode_errors(out)
    picture, sound, packet = _lengths(out)
    assert abs(picture - 3.0) < 1 / FPS / 2 and abs(sound - picture) <= packet + 1e-3


def test_aac_kept_from_the_start_into_mpeg_ts_is_re_encoded(cli: Cli, aac_mp4: Path) -> None:
    # a transport stream has no edit list: the copied priming samples would play
    out, copying = _edit(cli, aac_mp4, "keep the first 2 seconds", "start.ts")
    assert "sound" not in copying
    assert "the sound re-encoded: aac sound is not copied into a .ts file" in _log(cli)
    assert not _decode_errors(out)


def _pcm_bytes(path: Path) -> bytes:
    """A PCM sound's samples as stored: its packets' bytes end to end."""
    return b"".join(_packets(path)[1])


@pytest.mark.parametrize(
    ("source", "prompt", "ranges", "suffix"),
    [
        # two ranges, the sound cut mid-packet at both
        ("pcm_mov", "cut out 0:01.1 to 0:02.3", [(0.0, 1.1), (2.3, 4.0)], ".mov"),
        # Matroska keeps times to the millisecond: the cut points are counted in samples
        ("pcm_mkv", "keep 0:00.5 to 0:03.5", [(0.5, 3.5)], ".mkv"),
    ],
)
def test_pcm_keeps_its_samples_bit_for_bit_at_any_cut(
    cli: Cli,
    request: pytest.FixtureRequest,
    source: str,
    prompt: str,
    ranges: list[tuple[float, float]],
    suffix: str,
) -> None:
    src: Path = request.getfixturevalue(source)
    out, copying = _edit(cli, src, prompt, "pcm" + suffix)
    assert copying["sound"] == "samples"
    codec, _ = _packets(out)
    src_codec, _ = _packets(src)
    assert codec == src_codec
    width = 2 if codec == "pcm_s16le" else 3  # bytes a sample, mono
    stored = _pcm_bytes(src)
    want = b"".join(stored[round(a * RATE) * width : round(b * RATE) * width] for a, b in ranges)
    got = _pcm_bytes(out)
    assert len(got) == len(want) and zlib.crc32(got) == zlib.crc32(want)
    assert not _decode_errors(out)
    picture, sound, _ = _lengths(out)
    assert abs(sound - picture) <= 1 / RATE
    assert "the sound's samples written back unchanged as " + codec in _log(cli)
    assert "atrim=start_sample=" in _script(cli)


def test_flac_keeps_its_samples_and_an_untouched_request_says_so(cli: Cli, flac_mkv: Path) -> None:
    run = cli("edit", flac_mkv, "cut out 0:01 to 0:02", "-o", cli.home / "flac.mkv")
    assert run.code == 0, run.err
    assert "and the sound's samples untouched" in run.out + run.err
    out = cli.home / "flac.mkv"
    source = _samples(flac_mkv)
    want = np.concatenate([source[:, :RATE], source[:, 2 * RATE :]], axis=1)
    assert _packets(out)[0] == "flac" and np.array_equal(_samples(out), want)
    assert not _decode_errors(out)
