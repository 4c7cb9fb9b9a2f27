"""`promptcut edit` on requests that change no pixel: the sound or the container (mp4, mov,
mkv, ts) changed, the picture copied packet for packet and said so; with a cut, the cut
copies its GOPs and the sound step is applied to the kept sound."""

from __future__ import annotations

import json
from pathlib import Path

import av
import pytest
from cli_kit import Cli, make_clip
from measure import mean_volume

from promptcut.media.packets import length_size, picture_checksum

pytestmark = pytest.mark.e2e

FPS = 30


@pytest.fixture(scope="module")
def gop_clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """4 s, 30 fps x264 with B-frames and a 1 s GOP, with sound."""
    return make_clip(
        tmp_path_factory.mktemp("picture"), "gops.mp4",
        [
            "-f", "lavfi", "-i", f"testsrc2=size=160x120:rate={FPS}:duration=4",
            "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=4",
            "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", "-g", "30",
            "-keyint_min", "30", "-sc_threshold", "0", "-bf", "3", "-c:a", "aac", "-shortest",
        ],
    )  # fmt: skip


def _packets(path: Path) -> list[tuple[bytes, int | None]]:
    """The video packets, in decode order: their bytes and timestamp in ticks."""
    with av.open(str(path)) as c:
        return [(bytes(p), p.pts) for p in c.demux(video=0) if p.size]


def _pictures(path: Path) -> list[int]:
    """The coded pictures (slices alone, whatever headers a copy adds) in decode order."""
    with av.open(str(path)) as c:
        nal = length_size(c.streams.video[0].codec_context.extradata)
        return [picture_checksum(bytes(p), nal) for p in c.demux(video=0) if p.size]


def _lengths(path: Path) -> tuple[int, float, float | None]:
    """Frames decoded, and how long the picture and the sound last, in seconds."""
    with av.open(str(path)) as c:
        frames = sum(1 for _ in c.decode(video=0))
    with av.open(str(path)) as c:
        v = c.streams.video[0]
        picture = float(v.duration * v.time_base) if v.duration and v.time_base else 0.0
        sound = None
        if c.streams.audio:
            a = c.streams.audio[0]
            ends = [
                float((p.pts + (p.duration or 0)) * p.time_base)
                for p in c.demux(a)
                if p.size and p.pts is not None and p.time_base is not None
            ]
            start = float((a.start_time or 0) * a.time_base) if a.time_base else 0.0
            sound = max(ends) - start
    return frames, picture, sound


def _edit(cli: Cli, source: Path, prompt: str, out: str, *extra: str) -> dict[str, object]:
    run = cli("edit", source, prompt, "-o", cli.home / out, "--json", *extra)
    assert run.code == 0, run.err
    result: dict[str, object] = json.loads(run.out)
    return result


def _clean_decode(path: Path) -> None:
    with av.open(str(path)) as c:
        for _ in c.decode(video=0):
            pass  # PyAV raises on a picture that cannot be decoded


def test_muting_copies_every_picture_packet_and_says_so(cli: Cli, gop_clip: Path) -> None:
    run = cli("edit", gop_clip, "mute it", "-o", cli.home / "muted.mp4")
    assert run.code == 0, run.err
    assert "copied 100% of the picture without re-encoding" in run.out
    out = cli.home / "muted.mp4"
    assert _packets(out) == _packets(gop_clip)  # the same bytes at the same times
    frames, picture, sound = _lengths(out)
    assert frames == 4 * FPS and abs(picture - 4.0) < 1 / FPS
    assert sound is None
    log = next((cli.data_dir / "sessions").glob("*/logs/v0001/01_copy.log"))
    assert "copied every packet of the picture" in log.read_text()


def test_a_volume_change_copies_the_picture_and_changes_only_the_sound(
    cli: Cli, gop_clip: Path
) -> None:
    result = _edit(cli, gop_clip, "lower the volume by 6 dB", "quieter.mp4")
    assert result["copying"] == {"copied": 1.0, "reason": None}
    out = cli.home / "quieter.mp4"
    assert _packets(out) == _packets(gop_clip)
    assert abs(mean_volume(out) - (mean_volume(gop_clip) - 6.0)) < 0.5
    frames, picture, sound = _lengths(out)
    assert frames == 4 * FPS and sound is not None and abs(sound - picture) < 1024 / 48000 + 1e-3


@pytest.mark.parametrize("ext", ["mkv", "mov"])
def test_changing_the_container_copies_the_picture(cli: Cli, gop_clip: Path, ext: str) -> None:
    result = _edit(cli, gop_clip, f"convert it to {ext}", f"other.{ext}")
    assert result["copying"] == {"copied": 1.0, "reason": None}
    out = cli.home / f"other.{ext}"
    assert [b for b, _ in _packets(out)] == [b for b, _ in _packets(gop_clip)]
    _clean_decode(out)


def test_a_remux_said_without_re_encoding_copies_the_picture(cli: Cli, gop_clip: Path) -> None:
    result = _edit(cli, gop_clip, "remux it to mkv without re-encoding", "remuxed.mkv")
    assert result["copying"] == {"copied": 1.0, "reason": None}
    out = cli.home / "remuxed.mkv"
    assert [b for b, _ in _packets(out)] == [b for b, _ in _packets(gop_clip)]


def test_to_and_from_mpeg_ts_the_picture_is_copied(cli: Cli, gop_clip: Path) -> None:
    result = _edit(cli, gop_clip, "convert it to ts", "other.ts")
    assert result["copying"] == {"copied": 1.0, "reason": None}
    ts = cli.home / "other.ts"
    # in-band parameter sets and start codes in MPEG-TS: the same coded pictures
    assert _pictures(ts) == _pictures(gop_clip)
    _clean_decode(ts)
    result = _edit(cli, ts, "mute it", "back.mp4")
    assert result["copying"] == {"copied": 1.0, "reason": None}
    back = cli.home / "back.mp4"
    assert _pictures(back) == _pictures(gop_clip)
    frames, picture, sound = _lengths(back)
    assert frames == 4 * FPS and abs(picture - 4.0) < 1 / FPS and sound is None


def test_reencode_encodes_the_picture_of_a_sound_only_change(cli: Cli, gop_clip: Path) -> None:
    result = _edit(cli, gop_clip, "mute it", "again.mp4", "--reencode")
    assert result["copying"] is None
    got, source = _pictures(cli.home / "again.mp4"), set(_pictures(gop_clip))
    assert len(got) == 4 * FPS and not any(p in source for p in got)


def test_a_codec_the_container_cannot_hold_is_encoded_with_the_reason_logged(
    cli: Cli, gop_clip: Path
) -> None:
    result = _edit(cli, gop_clip, "mute it", "muted.webm")
    reason = "h264 video cannot be copied into a .webm file"
    assert result["copying"] == {"copied": 0.0, "reason": reason}
    log = next((cli.data_dir / "sessions").glob("*/logs/v0001/01_copy.log"))
    assert reason in log.read_text()
    with av.open(str(cli.home / "muted.webm")) as c:
        assert c.streams.video[0].codec_context.name == "vp9"


def test_a_cut_with_a_volume_change_copies_gops_and_changes_the_kept_sound(
    cli: Cli, gop_clip: Path
) -> None:
    result = _edit(cli, gop_clip, "keep 0:01 to 0:03 and lower the volume by 6 dB", "cut.mp4")
    assert result["copying"] == {"copied": 1.0, "reason": None}
    out = cli.home / "cut.mp4"
    # frames 30-89 are two whole GOPs: their coded pictures are the source's, in order
    assert _pictures(out) == _pictures(gop_clip)[30:90]
    frames, picture, sound = _lengths(out)
    assert frames == 60 and abs(picture - 2.0) < 1 / FPS
    assert sound is not None and abs(sound - picture) < 1024 / 48000 + 1e-3
    assert abs(mean_volume(out) - (mean_volume(gop_clip, 1.0, 2.0) - 6.0)) < 0.5
    _clean_decode(out)


def test_a_cut_and_a_mute_copies_gops_and_leaves_the_sound_out(cli: Cli, gop_clip: Path) -> None:
    result = _edit(cli, gop_clip, "trim to 0:01-0:03 and mute it", "cut-muted.mp4")
    assert result["copying"] == {"copied": 1.0, "reason": None}
    out = cli.home / "cut-muted.mp4"
    assert _pictures(out) == _pictures(gop_clip)[30:90]
    frames, _, sound = _lengths(out)
    assert frames == 60 and sound is None
