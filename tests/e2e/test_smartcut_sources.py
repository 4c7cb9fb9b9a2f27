"""Cuts that copy the untouched GOPs of H.264 in Matroska (OBS recordings) and MPEG-TS (camera
.mts/.m2ts, broadcast .ts), including a transport stream whose clock starts at 10 s: frame
accurate, the copied packets the source's own, clean decoding, sound as long as the picture."""

from __future__ import annotations

import json
from pathlib import Path

import av
import numpy as np
import pytest
from cli_kit import Cli
from test_smartcut import FPS, GOP, SECONDS, _assert_faithful, _cut, _frames
from test_smartcut_cli import run_ffmpeg_errors

from promptcut.media.ffmpeg import run_ffmpeg
from promptcut.media.packets import length_size, nal_types, picture_checksum
from promptcut.smartcut import CutPlan, NotIndexable, index_video, plan_cut, read_back

pytestmark = pytest.mark.e2e

#: file name -> extra ffmpeg output options
SOURCES = {
    "obs.mkv": (),
    "camera.ts": (),
    "late.ts": ("-output_ts_offset", "10"),  # a transport stream whose clock starts at 10 s
}
#: the next recordings of the same camera or OBS, to join: other pictures, 2 s long
NEXT = {
    "clip2.mkv": (),
    "clip2.ts": ("-output_ts_offset", "25"),
}


@pytest.fixture(scope="module")
def clips(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("sources")


def _recording(clips: Path, name: str) -> Path:
    """x264 with B-frames (pyramid) and a fixed 1 s GOP, with AAC sound, in `name`'s
    container (made once per module)."""
    path = clips / name
    picture, length, extra = "testsrc2", SECONDS, SOURCES.get(name)
    if extra is None:
        picture, length, extra = "smptebars", 2, NEXT[name]
    if not path.exists():
        run_ffmpeg(
            [
                "-f", "lavfi", "-i", f"{picture}=size=160x90:rate={FPS}:duration={length}",
                "-f", "lavfi", "-i", f"sine=frequency=440:sample_rate=48000:duration={length}",
                "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p",
                "-g", str(GOP), "-keyint_min", str(GOP), "-sc_threshold", "0", "-bf", "3",
                "-c:a", "aac", "-shortest", *extra, str(path),
            ]
        )  # fmt: skip
    return path


@pytest.fixture(scope="module", params=list(SOURCES))
def source(request: pytest.FixtureRequest, clips: Path) -> Path:
    return _recording(clips, request.param)


def _checksums(path: Path) -> list[int]:
    """Each video packet's coded slices (CRC-32), in decode order, whatever the container."""
    with av.open(str(path)) as c:
        stream = c.streams.video[0]
        codec = stream.codec_context.name
        size = length_size(stream.codec_context.extradata, codec)
        return [picture_checksum(bytes(p), size, codec) for p in c.demux(stream) if p.size]


def _assert_copied_and_clean(source: Path, out: Path, cut: CutPlan) -> None:
    """The copied share is more than nothing, every copied packet is one of the source's bit
    for bit, decoding prints nothing, and the sound lasts as long as the picture."""
    assert cut.share_copied > 0
    source_sums = set(_checksums(source))
    copied = sum(p.count for p in cut.parts if p.kind == "copy")
    assert sum(s in source_sums for s in _checksums(out)) >= copied
    assert run_ffmpeg_errors(out) == ""
    got = read_back(out, cut.index.codec)
    assert got.a_first is not None and got.a_end is not None
    picture = got.v_last - got.v_first + 1 / FPS
    assert abs(picture - cut.duration) < 0.5 / FPS
    sound = got.a_end - max(got.a_first, got.v_first)
    assert abs(sound - picture) <= max(got.a_packet, 1 / FPS) + 1e-3


def test_the_late_stream_starts_at_ten_seconds(source: Path) -> None:
    # the test stands for what it claims: its clock starts at 10 s, the others' near 0
    with av.open(str(source)) as c:
        assert c.start_time is not None
        start = c.start_time / 1_000_000
    assert (start > 10) == (source.name == "late.ts")


@pytest.mark.parametrize("into", ["same", "mp4"])
def test_a_trim_copies_the_whole_gops(source: Path, clips: Path, into: str) -> None:
    ext = source.suffix if into == "same" else ".mp4"
    out = clips / f"trim-{source.stem}" / f"out{ext}"
    out.parent.mkdir(exist_ok=True)
    cut = _cut(source, [(0.5, 4.7)], out)
    assert [(p.kind, p.first, p.count) for p in cut.parts] == [
        ("encode", 15, 15),
        ("copy", 30, 90),
        ("encode", 120, 21),
    ]
    _assert_faithful(source, out, cut, slices=False)
    _assert_copied_and_clean(source, out, cut)


def test_a_cut_out_copies_the_gops_on_both_sides(source: Path, clips: Path) -> None:
    out = clips / f"cutout-{source.stem}" / f"out{source.suffix}"
    out.parent.mkdir(exist_ok=True)
    cut = _cut(source, [(0.0, 1.4), (2.2, float(SECONDS))], out)
    assert cut.frames == ((0, 42), (66, 180))
    assert [(p.kind, p.first, p.count) for p in cut.parts] == [
        ("copy", 0, 30),
        ("encode", 30, 12),
        ("encode", 66, 24),
        ("copy", 90, 90),
    ]
    _assert_faithful(source, out, cut, slices=False)
    _assert_copied_and_clean(source, out, cut)
    # first and last frame of each kept range: the source's own at those times
    src, got = _frames(source), _frames(out)
    assert (got[0] == src[0]).all() and (got[-1] == src[179]).all()


@pytest.mark.parametrize(
    ("name", "prompt", "into", "kept", "copied"),
    [
        # frames 15-140: GOPs 1-3 copied, 90 of 126
        ("obs.mkv", "keep 0:00.5 to 0:04.7", "mkv", range(15, 141), "71%"),
        # frames 0-41 and 66-179: GOP 0 and GOPs 3-5 copied, 120 of 156
        ("late.ts", "cut out 0:01.4 to 0:02.2", "mp4", [*range(42), *range(66, 180)], "77%"),
        ("late.ts", "keep 0:00.5 to 0:04.7", "ts", range(15, 141), "71%"),
    ],
)
def test_an_edit_of_a_recording_copies_the_untouched_gops(
    cli: Cli,
    clips: Path,
    name: str,
    prompt: str,
    into: str,
    kept: range | list[int],
    copied: str,
) -> None:
    source = _recording(clips, name)
    out = cli.home / f"edited.{into}"
    run = cli("edit", source, prompt, "-o", out)
    assert run.code == 0, run.err
    assert f"copied {copied} of the picture without re-encoding" in run.out
    src, got = _frames(source), _frames(out)
    wanted = list(kept)
    assert len(got) == len(wanted)
    # the first and last frame of each kept range are the source's at those times
    edges = [j for j, i in enumerate(wanted) if j == 0 or wanted[j - 1] != i - 1]
    edges += [j - 1 for j in edges[1:]] + [len(wanted) - 1]
    for j in edges:
        mse = ((got[j].astype(float) - src[wanted[j]].astype(float)) ** 2).mean()
        assert mse == 0 or 10 * np.log10(255**2 / mse) >= 40, f"frame {wanted[j]} is off"
    assert run_ffmpeg_errors(out) == ""
    got_back = read_back(out, "h264")
    assert got_back.a_first is not None and got_back.a_end is not None
    picture = got_back.v_last - got_back.v_first + 1 / FPS
    assert abs(picture - len(wanted) / FPS) < 0.5 / FPS
    sound = got_back.a_end - max(got_back.a_first, got_back.v_first)
    assert abs(sound - picture) <= max(got_back.a_packet, 1 / FPS) + 1e-3


def test_a_sound_change_of_a_transport_stream_copies_every_picture_packet(
    cli: Cli, clips: Path
) -> None:
    source = _recording(clips, "late.ts")
    out = cli.home / "louder.mp4"
    run = cli("edit", source, "make it louder", "-o", out, "--json")
    assert run.code == 0, run.err
    assert json.loads(run.out)["copying"] == {"copied": 1.0, "reason": None}
    assert _checksums(out) == _checksums(source)
    assert run_ffmpeg_errors(out) == ""


@pytest.mark.parametrize(
    ("first", "then", "prompt", "copied", "frames"),
    [
        # every picture copied: 180 + 60 frames
        ("late.ts", "clip2.ts", "add clip2.ts after the video", 1.0, 240),
        # frames 15-29 re-encoded, 30-179 and all of clip2.mkv copied: 210 of 225
        ("obs.mkv", "clip2.mkv", "trim the first 0.5 seconds and add clip2.mkv after the video",
         210 / 225, 225),
    ],
)  # fmt: skip
def test_recordings_of_one_camera_join_by_copying(
    cli: Cli, clips: Path, first: str, then: str, prompt: str, copied: float, frames: int
) -> None:
    a, b = _recording(clips, first), _recording(clips, then)
    out = cli.home / f"joined{a.suffix}"
    run = cli("edit", a, prompt, "-o", out, "--asset", b, "--json")
    assert run.code == 0, run.err
    copying = json.loads(run.out)["copying"]
    assert copying["reason"] is None and abs(copying["copied"] - copied) < 1e-3
    src = _frames(a)[180 - (frames - 60) :] + _frames(b)
    got = _frames(out)
    assert len(got) == frames
    copied_from = len(got) - round(copied * frames)  # the re-encoded frames come first
    assert all((got[j] == src[j]).all() for j in range(copied_from, frames))
    assert run_ffmpeg_errors(out) == ""
    back = read_back(out, "h264")
    assert back.a_first is not None and back.a_end is not None
    picture = back.v_last - back.v_first + 1 / FPS
    assert abs(picture - frames / FPS) < 0.5 / FPS
    sound = back.a_end - max(back.a_first, back.v_first)
    assert abs(sound - picture) <= max(back.a_packet, 1 / FPS) + 1e-3


@pytest.mark.parametrize("name", ["hevc.mkv", "hevc.ts"])
def test_hevc_in_a_recording_is_cut_by_copying(clips: Path, name: str) -> None:
    source = clips / name
    x265 = f"keyint={GOP}:min-keyint={GOP}:scenecut=0:bframes=3:open-gop=0:log-level=error"
    run_ffmpeg(
        [
            "-f", "lavfi", "-i", f"testsrc2=size=160x96:rate={FPS}:duration={SECONDS}",
            "-f", "lavfi", "-i", f"sine=frequency=440:sample_rate=48000:duration={SECONDS}",
            "-c:v", "libx265", "-preset", "veryfast", "-pix_fmt", "yuv420p",
            "-x265-params", x265, "-c:a", "aac", "-shortest",
            *(["-output_ts_offset", "10"] if name.endswith(".ts") else []), str(source),
        ]
    )  # fmt: skip
    out = clips / f"trim-{source.stem}-{source.suffix[1:]}" / f"out{source.suffix}"
    out.parent.mkdir()
    cut = _cut(source, [(0.5, 4.7)], out)
    assert cut.index.codec == "hevc"
    assert [(p.kind, p.count) for p in cut.parts] == [("encode", 15), ("copy", 90), ("encode", 21)]
    _assert_faithful(source, out, cut, slices=False)
    _assert_copied_and_clean(source, out, cut)


def test_interlaced_camera_video_is_not_cut_by_copying(clips: Path) -> None:
    # 1080i AVCHD (.mts) is interlaced; its encoder leaves no x264 options to read, so the
    # sequence header must say it: x264's interlaced coding with its SEI removed stands in
    made = clips / "interlaced-x264.ts"
    camera = clips / "interlaced.mts"
    run_ffmpeg(
        [
            "-f", "lavfi", "-i", f"testsrc2=size=160x96:rate={FPS}:duration=2",
            "-c:v", "libx264", "-flags", "+ildct+ilme", "-x264-params", "tff=1",
            "-pix_fmt", "yuv420p", str(made),
        ]
    )  # fmt: skip
    run_ffmpeg(["-i", str(made), "-c", "copy", "-bsf:v", "filter_units=remove_types=6",
                "-f", "mpegts", str(camera)])  # fmt: skip
    with av.open(str(camera)) as c:
        assert not any(6 in nal_types(bytes(p), None) for p in c.demux(video=0) if p.size)
    with pytest.raises(NotIndexable, match=r"^the video is interlaced$"):
        index_video(camera)


def test_a_stream_captured_mid_gop_is_cut_by_copying_after_its_first_keyframe(
    clips: Path,
) -> None:
    # a transport stream recorded from the middle of a broadcast: its first frames (the
    # rest of a GOP) cannot be decoded, and players start at its first keyframe
    late = _recording(clips, "late.ts")
    source = clips / "mid-gop.ts"
    run_ffmpeg(["-ss", "0.5", "-i", str(late), "-c", "copy", "-copyinkf", str(source)])
    index = index_video(source)
    skipped = index.idr[0]
    assert skipped > 0
    with pytest.raises(NotIndexable, match="come before its first keyframe"):
        plan_cut(index, [(0.2, 3.3)])
    out = clips / "mid-gop" / "out.ts"
    out.parent.mkdir()
    cut = _cut(source, [(0.9, 3.3)], out)
    assert cut.share_copied > 0
    decoded, got = _frames(source), _frames(out)  # the decoder skips the undecodable frames
    wanted = [i for a, b in cut.frames for i in range(a, b)]
    copied = {i for p in cut.parts if p.kind == "copy" for i in range(p.first, p.first + p.count)}
    assert len(got) == len(wanted)
    for j, i in enumerate(wanted):
        shown = decoded[i - skipped]
        if i in copied:
            assert (got[j] == shown).all(), f"copied frame {i} differs"
        else:
            mse = ((got[j].astype(float) - shown.astype(float)) ** 2).mean()
            assert mse == 0 or 10 * np.log10(255**2 / mse) >= 40, f"frame {i} is off"
    _assert_copied_and_clean(source, out, cut)
