"""Cuts that copy the untouched GOPs: frame-accurate, copied frames identical, clean decoding."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import av
import numpy as np
import pytest

from promptcut.media.ffmpeg import SAFE_INPUT_ARGS, ffmpeg_path, run_ffmpeg
from promptcut.media.packets import nal_types
from promptcut.script_gen.smartcut import write_cut_script
from promptcut.smartcut import CutPlan, NotIndexable, check_cut, index_video, plan_cut, windows

FPS = 30
GOP = 30  # 1 s
SECONDS = 6


def _x264(path: Path, *extra: str, size: str = "160x90", seconds: int = SECONDS) -> Path:
    run_ffmpeg(
        [
            "-f", "lavfi", "-i", f"testsrc2=size={size}:rate={FPS}:duration={seconds}",
            "-f", "lavfi", "-i", f"sine=frequency=440:sample_rate=48000:duration={seconds}",
            "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p",
            "-g", str(GOP), "-keyint_min", str(GOP), "-sc_threshold", "0", "-bf", "3",
            *extra, "-c:a", "aac", "-shortest", str(path),
        ]
    )  # fmt: skip
    return path


@pytest.fixture(scope="module")
def clips(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("smartcut")


@pytest.fixture(scope="module")
def source(clips: Path) -> Path:
    """x264 with B-frames (pyramid) and a fixed 1 s GOP, with sound."""
    return _x264(clips / "src.mp4")


def _cut(source: Path, spans: list[tuple[float, float]], out: Path) -> CutPlan:
    """Plan, write the stage script, run it as a person would, and check the result."""
    cut = plan_cut(index_video(source), spans)
    script = write_cut_script(
        cut, [], [], out.parent, number=1, title="trim", inputs={"main": source},
        output=out, ffmpeg=ffmpeg_path(), safe_input=SAFE_INPUT_ARGS,
    )  # fmt: skip
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert not (out.parent / (out.name + ".parts")).exists()  # the parts are cleaned up
    assert check_cut(out, cut, ffmpeg=ffmpeg_path()) == []
    return cut


def _frames(path: Path) -> list[np.ndarray]:
    with av.open(str(path)) as c:
        return [f.to_ndarray() for f in c.decode(video=0)]


def _psnr(a: np.ndarray, b: np.ndarray) -> float:
    peak = 255.0 if a.dtype == np.uint8 else 1023.0  # 8-bit, or 10-bit samples in 16 bits
    mse = float(np.mean((a.astype(np.float64) - b.astype(np.float64)) ** 2))
    return float("inf") if mse == 0 else 10 * np.log10(peak**2 / mse)


def _slices(path: Path) -> list[bytes]:
    """Each video packet's coded picture (slice NAL units only: H.264 types 1 and 5, HEVC
    0-31), in decode order: what is left of a packet once the parameter sets a join adds
    in-band are set aside."""
    out: list[bytes] = []
    with av.open(str(path)) as c:
        stream = c.streams.video[0]
        hevc = stream.codec_context.name == "hevc"
        extradata = stream.codec_context.extradata or b""
        size = (extradata[21 if hevc else 4] & 3) + 1
        for packet in c.demux(stream):
            if packet.size == 0:
                continue
            data = bytes(packet)
            i, kept = 0, b""
            while i + size < len(data):
                n = int.from_bytes(data[i : i + size], "big")
                nal = data[i + size : i + size + n]
                if ((nal[0] >> 1) & 0x3F) < 32 if hevc else nal[0] & 0x1F in (1, 5):
                    kept += nal
                i += size + n
            out.append(kept)
    return out


def _assert_faithful(source: Path, out: Path, cut: CutPlan, *, slices: bool = True) -> None:
    """Every output frame is the source frame it stands for: identical where copied, within
    40 dB where re-encoded; the copied packets are the source's, bit for bit (`slices`: read
    as length-prefixed NAL units; `check_cut` compares Annex B ones too)."""
    src, got = _frames(source), _frames(out)
    wanted = [i for a, b in cut.frames for i in range(a, b)]
    assert len(got) == len(wanted) == cut.total_frames
    copied = {i for p in cut.parts if p.kind == "copy" for i in range(p.first, p.first + p.count)}
    for j, i in enumerate(wanted):
        if i in copied:
            assert np.array_equal(got[j], src[i]), f"copied frame {i} differs"
        else:
            assert _psnr(got[j], src[i]) >= 40.0, f"re-encoded frame {i} is too far off"
            # and it is not its neighbour: the edge lands on the right frame
            for k in (i - 1, i + 1):
                if 0 <= k < len(src):
                    assert _psnr(got[j], src[i]) > _psnr(got[j], src[k])
    if not slices:
        return
    source_slices = set(_slices(source))
    out_slices = _slices(out)
    copied_packets = sum(p.count for p in cut.parts if p.kind == "copy")
    assert sum(s in source_slices for s in out_slices) >= copied_packets


def _sound_matches(out: Path) -> None:
    with av.open(str(out)) as c:
        v, a = c.streams.video[0], c.streams.audio[0]
        assert v.duration is not None and a.duration is not None
        picture = float(v.duration * v.time_base)
        sound = float(a.duration * a.time_base)
        assert abs(sound - picture) <= 1024 / 48000 + 1e-3


def test_keep_a_middle_range_copies_the_whole_gops_and_reencodes_the_edges(
    source: Path, clips: Path
) -> None:
    out = clips / "middle" / "out.mp4"
    out.parent.mkdir()
    cut = _cut(source, [(0.5, 4.7)], out)
    assert [(p.kind, p.first, p.count) for p in cut.parts] == [
        ("encode", 15, 15),
        ("copy", 30, 90),
        ("encode", 120, 21),
    ]
    _assert_faithful(source, out, cut)
    _sound_matches(out)
    with av.open(str(out)) as c:  # the source's time base, so frame times stay exact
        assert c.streams.video[0].time_base == index_video(source).time_base


def test_a_cut_on_keyframes_reencodes_nothing(source: Path, clips: Path) -> None:
    out = clips / "keyframes" / "out.mp4"
    out.parent.mkdir()
    cut = _cut(source, [(1.0, 3.0)], out)
    assert [(p.kind, p.first, p.count) for p in cut.parts] == [("copy", 30, 60)]
    assert cut.share_copied == 1.0
    _assert_faithful(source, out, cut)


def test_a_range_inside_one_gop_is_reencoded_alone(source: Path, clips: Path) -> None:
    out = clips / "inside" / "out.mp4"
    out.parent.mkdir()
    cut = _cut(source, [(2.2, 2.8)], out)
    assert [(p.kind, p.first, p.count) for p in cut.parts] == [("encode", 66, 18)]
    _assert_faithful(source, out, cut)
    _sound_matches(out)


def test_a_range_to_the_end_copies_the_last_gop(source: Path, clips: Path) -> None:
    out = clips / "to-end" / "out.mp4"
    out.parent.mkdir()
    cut = _cut(source, [(3.4, SECONDS)], out)
    assert [(p.kind, p.first, p.count) for p in cut.parts] == [
        ("encode", 102, 18),
        ("copy", 120, 60),
    ]
    _assert_faithful(source, out, cut)
    _sound_matches(out)


def test_several_ranges_join_in_order(source: Path, clips: Path) -> None:
    out = clips / "several" / "out.mp4"
    out.parent.mkdir()
    cut = _cut(source, [(0.3, 2.5), (3.0, 3.5), (4.2, 5.9)], out)
    assert cut.frames == ((9, 75), (90, 105), (126, 177))
    assert 0 < cut.share_copied < 1
    _assert_faithful(source, out, cut)
    _sound_matches(out)


def test_an_open_gop_keyframe_never_starts_a_copied_part(clips: Path) -> None:
    src = _x264(clips / "open-gop.mp4", "-x264-params", "open-gop=1")
    with av.open(str(src)) as c:
        keyframes = sum(p.is_keyframe for p in c.demux(video=0) if p.size)
    index = index_video(src)
    assert keyframes > len(index.idr)  # the container flags I-frames that are not IDRs
    assert index.idr == (0,)
    out = clips / "open" / "out.mp4"
    out.parent.mkdir()
    cut = _cut(src, [(1.5, 4.5)], out)
    assert all(p.kind == "encode" for p in cut.parts)
    _assert_faithful(src, out, cut)


def test_annex_b_streams_are_read_for_idr_frames(source: Path, clips: Path) -> None:
    ts = clips / "src.ts"
    run_ffmpeg(["-i", str(source), "-c", "copy", str(ts)])
    assert index_video(ts).idr == index_video(source).idr == (0, 30, 60, 90, 120, 150)
    assert nal_types(b"\x00\x00\x00\x01\x67\x00\x00\x01\x68\x00\x00\x01\x65", None) == [7, 8, 5]


@pytest.mark.parametrize(
    ("name", "make", "reason"),
    [
        (
            "mpeg4.mp4",
            ["-c:v", "mpeg4"],
            "the video is mpeg4, and only H.264 and HEVC are copied for now",
        ),
        (
            "hevc-422.mp4",
            ["-c:v", "libx265", "-pix_fmt", "yuv422p", "-x265-params", "log-level=error"],
            "the HEVC profile 'Rext' cannot be matched by x265",
        ),
        (
            "interlaced.mp4",
            ["-c:v", "libx264", "-x264-params", "interlaced=1"],
            "the video is interlaced",
        ),
        (
            "vfr.mp4",
            ["-vf", "select='lt(n,30)+not(mod(n,3))'", "-fps_mode", "vfr", "-c:v", "libx264"],
            "the video has a variable frame rate",
        ),
    ],
)
def test_what_cannot_be_copied_is_refused_with_its_reason(
    clips: Path, name: str, make: list[str], reason: str
) -> None:
    path = clips / name
    run_ffmpeg(
        ["-f", "lavfi", "-i", f"testsrc2=size=160x96:rate={FPS}:duration=3", *make, str(path)]
    )
    with pytest.raises(NotIndexable, match=reason):
        index_video(path)


def _damaged(good: Path, out: Path, packet_number: int) -> Path:
    """A copy of `good` with the middle of one video packet (in decode order) zeroed."""
    with av.open(str(good)) as c:
        packets = [p for p in c.demux(video=0) if p.size]
        where, size = packets[packet_number].pos, packets[packet_number].size
    assert where is not None
    data = bytearray(good.read_bytes())
    data[where + 8 : where + size - 4] = bytes(size - 12)
    out.write_bytes(bytes(data))
    return out


def test_the_check_catches_a_wrong_result(source: Path, clips: Path) -> None:
    good = clips / "check" / "good.mp4"
    good.parent.mkdir()
    cut = _cut(source, [(0.5, 4.7)], good)
    assert windows(cut) == [(0, 45), (75, 126)]  # head + first GOP, last GOP + tail
    wrong = clips / "check" / "short.mp4"
    run_ffmpeg(["-i", str(source), "-t", "2", "-c", "copy", str(wrong)])
    assert any("frames, not the 126 kept" in p for p in check_cut(wrong, cut))
    # a copied GOP between the decoded stretches: caught by its packets' checksums (the
    # decoder, reading a few packets past a stretch's end for its reordering, may report the
    # damage too)
    middle = _damaged(good, clips / "check" / "middle.mp4", 60)
    problems = check_cut(middle, cut, ffmpeg=ffmpeg_path())
    assert "copied pictures differ from the source's: frames 30-119" in problems
    assert all(
        p.startswith("decode frames") for p in problems if not p.startswith("copied pictures")
    ), problems
    # a re-encoded frame: caught by decoding
    head = _damaged(good, clips / "check" / "head.mp4", 1)
    problems = check_cut(head, cut, ffmpeg=ffmpeg_path())
    assert problems and problems[0].startswith("decode frames 0-44 of the result")


def test_the_copied_stream_goes_into_matroska_too(source: Path, clips: Path) -> None:
    out = clips / "mkv" / "out.mkv"
    out.parent.mkdir()
    cut = _cut(source, [(0.5, 4.7)], out)
    _assert_faithful(source, out, cut)


def test_the_copied_stream_goes_into_mpeg_ts_too(source: Path, clips: Path) -> None:
    out = clips / "ts" / "out.ts"
    out.parent.mkdir()
    # two ranges, each with re-encoded edges: check_cut decodes every edge (seeking in the
    # transport stream), compares the copied packets with the source's and the lengths
    cut = _cut(source, [(0.5, 2.2), (3.4, 5.7)], out)
    assert 0 < cut.share_copied < 1
    _assert_faithful(source, out, cut, slices=False)
    done = subprocess.run(
        [ffmpeg_path(), "-hide_banner", "-v", "error", "-i", str(out), "-f", "null", "-"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0 and done.stderr == ""
    with av.open(str(out)) as c:
        assert c.format.name == "mpegts"
        v, a = c.streams.video[0], c.streams.audio[0]
        assert v.codec_context.name == "h264" and a.codec_context.name == "aac"
        ends = {"video": 0.0, "audio": 0.0}
        starts = {"video": float("inf"), "audio": float("inf")}
        for packet in c.demux(v, a):
            if packet.pts is None or packet.time_base is None or not packet.size:
                continue
            t = float(packet.pts * packet.time_base)
            kind = packet.stream.type
            starts[kind] = min(starts[kind], t)
            ends[kind] = max(ends[kind], t + float((packet.duration or 0) * packet.time_base))
    picture = ends["video"] - starts["video"]
    assert abs(picture - cut.duration) < 1 / (2 * FPS)
    # the sound ends with the picture (its encoder's priming comes before the first picture)
    assert abs(ends["audio"] - ends["video"]) <= 1024 / 48000 + 1e-3
