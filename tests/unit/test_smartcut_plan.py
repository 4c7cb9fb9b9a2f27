"""Planning a cut by copying, on a made-up packet index: which frames are re-encoded, which
GOPs copied, and the exact commands and concat list the stage script runs."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction
from pathlib import Path

import pytest

from promptcut.media.packets import NotIndexable, VideoIndex, nal_types
from promptcut.smartcut import commands, concat_list, plan_cut, windows

FPS = 30
GOP = 30


def _index(frames: int = 180, idr: tuple[int, ...] | None = None) -> VideoIndex:
    return VideoIndex(
        path=Path("/in/src.mp4"),
        codec="h264",
        time_base=Fraction(1, 15360),
        fps=Fraction(FPS),
        times=tuple(i / FPS for i in range(frames)),
        idr=idr if idr is not None else tuple(range(0, frames, GOP)),
        width=1920,
        height=1080,
        pix_fmt="yuv420p",
        profile="high",
        level=40,
        sar=Fraction(1),
        colors={"colorspace": "bt709"},
        bframes=3,
        x264={"bframes": "3", "b_pyramid": "2", "keyint": "30", "ref": "3"},
        audio=True,
        audio_rate=48000,
        audio_bitrate=128_000,
    )


def _parts(spans: list[tuple[float, float]], **kw: object) -> list[tuple[str, int, int]]:
    cut = plan_cut(_index(**kw), spans)  # type: ignore[arg-type]
    return [(p.kind, p.first, p.count) for p in cut.parts]


@pytest.mark.parametrize(
    ("spans", "parts"),
    [
        # head re-encoded, whole GOPs copied, tail re-encoded
        ([(0.5, 4.7)], [("encode", 15, 15), ("copy", 30, 90), ("encode", 120, 21)]),
        # both ends on IDR frames: nothing re-encoded
        ([(1.0, 3.0)], [("copy", 30, 60)]),
        # inside one GOP: that part alone, re-encoded
        ([(2.2, 2.8)], [("encode", 66, 18)]),
        # to the end: the stream's end closes the last GOP
        ([(3.4, 6.0)], [("encode", 102, 18), ("copy", 120, 60)]),
        # an IDR inside but no whole GOP: one part, re-encoded
        ([(0.8, 1.5)], [("encode", 24, 21)]),
        # several ranges, in order
        (
            [(0.0, 1.4), (2.2, 6.0)],
            [("copy", 0, 30), ("encode", 30, 12), ("encode", 66, 24), ("copy", 90, 90)],
        ),
    ],
)
def test_ranges_split_at_idr_frames(
    spans: list[tuple[float, float]], parts: list[tuple[str, int, int]]
) -> None:
    assert _parts(spans) == parts


def test_only_real_idr_frames_start_a_copy() -> None:
    # an open-GOP stream: one IDR, I-frames after it that cannot start a part
    assert _parts([(0.5, 4.7)], idr=(0,)) == [("encode", 15, 126)]


def test_the_share_copied_counts_frames() -> None:
    cut = plan_cut(_index(), [(0.5, 4.7)])
    assert (cut.copied_frames, cut.total_frames) == (90, 126)
    assert cut.share_copied == pytest.approx(90 / 126)
    assert cut.duration == pytest.approx(4.2)


def test_the_decoded_stretches_are_the_reencoded_frames_and_every_join() -> None:
    cut = plan_cut(_index(), [(0.0, 1.4), (2.2, 6.0)])
    # output: copy 0-29, encode 30-41, encode 42-65, copy 66-155 (GOPs at 66, 96, 126)
    assert windows(cut) == [(0, 96), (126, 156)]


def test_the_commands_and_the_concat_list() -> None:
    cut = plan_cut(_index(), [(0.5, 4.7)])
    assert concat_list(cut) == (
        "ffconcat version 1.0\n"
        "file 01-encode.ts\nduration 0.500000\n"
        "file 02-copy.ts\nduration 3.000000\n"
        "file 03-encode.ts\nduration 0.700000\n"
    )
    runs = commands(cut, safe_input=("-protocol_whitelist", "file,pipe"))
    assert [r.what for r in runs] == [
        "re-encode frames 15-29 (0.500000-1.000000 s)",
        "copy frames 30-119 (1.000000-4.000000 s) untouched",
        "re-encode frames 120-140 (4.000000-4.700000 s)",
        "the sound of the kept ranges, sample-accurate",
        "join the parts in order, each lasting exactly its frames, with the sound",
    ]
    assert runs[0].args == (
        "-ss", "0.483333", "-protocol_whitelist", "file,pipe", "-i", "{input:main}",
        "-map", "0:v:0", "-frames:v", "15", "-fps_mode", "passthrough", "-vf", "setsar=1/1",
        "-c:v", "libx264", "-preset", "superfast", "-crf", "14", "-profile:v", "high",
        "-pix_fmt", "yuv420p", "-x264-params", "bframes=3:b-pyramid=2:keyint=30:open-gop=0:ref=3",
        "-level:v", "4.0", "-colorspace", "bt709", "-f", "mpegts", "{part:01-encode.ts}",
    )  # fmt: skip
    assert runs[1].args == (
        "-ss", "1.000000", "-protocol_whitelist", "file,pipe", "-i", "{input:main}",
        "-map", "0:v:0", "-frames:v", "90", "-c:v", "copy", "-bsf:v", "h264_mp4toannexb",
        "-f", "mpegts", "{part:02-copy.ts}",
    )  # fmt: skip
    assert runs[3].args[runs[3].args.index("-filter_complex") + 1] == (
        "[0:a:0]atrim=start=0.500000:end=4.700000,asetpts=PTS-STARTPTS[a0];"
        "[a0]concat=n=1:v=0:a=1[sound]"
    )
    assert runs[4].args == (
        "-f", "concat", "-protocol_whitelist", "file,pipe", "-format_whitelist",
        "concat,mpegts", "-i", "{part:parts.ffconcat}", "-i", "{part:sound.wav}",
        "-map", "0:v:0", "-map", "1:a:0", "-c:a", "aac", "-b:a", "128k", "-c:v", "copy",
        "-video_track_timescale", "15360", "-movflags", "+faststart", "{output}",
    )  # fmt: skip


def _hevc_index() -> VideoIndex:
    return replace(
        _index(),
        codec="hevc",
        profile="main10",
        pix_fmt="yuv420p10le",
        level=123,
        x264={},
        x265={"bframes": "3", "b-pyramid": "1", "keyint": "30", "ref": "4", "open-gop": "0"},
    )


def test_hevc_heads_and_tails_are_reencoded_by_x265_and_joined_as_hev1() -> None:
    cut = plan_cut(_hevc_index(), [(0.5, 4.7)])
    runs = commands(cut, safe_input=("-protocol_whitelist", "file,pipe"))
    assert runs[0].args == (
        "-ss", "0.483333", "-protocol_whitelist", "file,pipe", "-i", "{input:main}",
        "-map", "0:v:0", "-frames:v", "15", "-fps_mode", "passthrough", "-vf", "setsar=1/1",
        "-c:v", "libx265", "-preset", "superfast", "-crf", "14", "-profile:v", "main10",
        "-pix_fmt", "yuv420p10le", "-x265-params",
        "bframes=3:b-pyramid=1:keyint=30:open-gop=0:repeat-headers=1:log-level=error:ref=4",
        "-colorspace", "bt709", "-f", "mpegts", "{part:01-encode.ts}",
    )  # fmt: skip
    assert runs[1].args[runs[1].args.index("-bsf:v") + 1] == "hevc_mp4toannexb"
    join = runs[-1].args
    # the re-encoded parts' parameter sets differ from the copied GOPs': kept in-band (hev1)
    assert join[join.index("-tag:v") + 1] == "hev1"
    assert runs[-1].what.endswith(
        "as hev1, each part keeping its own parameter sets (they differ) in-band"
    )
    assert "-tag:v" not in commands(cut, container="mkv")[-1].args


def test_an_hevc_cut_that_copies_everything_is_written_as_hvc1() -> None:
    cut = plan_cut(_hevc_index(), [(1.0, 3.0)])
    join = commands(cut)[-1].args
    assert join[join.index("-tag:v") + 1] == "hvc1"
    assert "-tag:v" not in commands(plan_cut(_index(), [(1.0, 3.0)]))[-1].args  # H.264


def test_hevc_nal_unit_types_are_read_from_their_two_byte_headers() -> None:
    # VPS, SPS, PPS, IDR_W_RADL in Annex-B; CRA length-prefixed (4 bytes)
    annex_b = (
        b"\x00\x00\x00\x01\x40\x01\x00\x00\x01\x42\x01\x00\x00\x01\x44\x01\x00\x00\x01\x26\x01"
    )
    assert nal_types(annex_b, None, "hevc") == [32, 33, 34, 19]
    assert nal_types(b"\x00\x00\x00\x03\x2a\x01\xff", 4, "hevc") == [21]


def _seeks(container: str, **changes: object) -> list[tuple[str, ...]]:
    """The part runs of "keep 0.5 to 4.7" from a source in `container`, each as its options
    before the input."""
    index = replace(_index(), container=container, **changes)  # type: ignore[arg-type]
    runs = commands(plan_cut(index, [(0.5, 4.7)]))[:3]
    return [run.args[: run.args.index("-i")] for run in runs]


def test_a_copy_from_matroska_seeks_past_ffmpegs_b_frame_margin() -> None:
    # Matroska seeks to the keyframe before the time less 3/23 s: the IDR at 1.0 s is found
    # from 1.0 + 0.130435 + half a frame (with the margin or without it)
    encode, copy, tail = _seeks("matroska,webm")
    assert copy == ("-ss", "1.147102")
    # a re-encoded part decodes from the keyframe the seek finds, as from MP4
    assert encode == ("-ss", "0.483333") and tail == ("-ss", "3.983333")


def test_a_transport_stream_is_read_from_before_each_idr_by_its_own_clock() -> None:
    encode, copy, tail = _seeks("mpegts", origin=10.0)
    # a copy seeks a frame before its IDR (the packets before it are dropped)
    assert copy == ("-ss", "0.966667")
    # a re-encoded part seeks before the IDR its GOP starts at (less the B-frame delay), and
    # trims by the stream's clock (10 s + the part's start less half a frame)
    assert encode == ("-copyts", "-ss", "0.000000")
    assert tail == ("-copyts", "-ss", "3.866667")
    runs = commands(plan_cut(replace(_index(), container="mpegts", origin=10.0), [(0.5, 4.7)]))
    filters = [run.args[run.args.index("-vf") + 1] for run in (runs[0], runs[2])]
    assert filters == ["trim=start=10.483333,setsar=1/1", "trim=start=13.983333,setsar=1/1"]


def test_the_sound_read_alone_counts_from_its_own_start() -> None:
    # a transport stream whose sound starts 0.2 s after its picture: ffmpeg counts a run
    # that reads the sound alone from the sound's start
    cut = plan_cut(replace(_index(), container="mpegts", audio_start=0.2), [(0.5, 4.7)])
    sound = next(run for run in commands(cut) if "-filter_complex" in run.args)
    graph = sound.args[sound.args.index("-filter_complex") + 1]
    assert "atrim=start=0.300000:end=4.500000" in graph


def test_a_range_before_the_first_keyframe_is_not_cut_by_copying() -> None:
    # a transport stream captured mid-GOP: its first 18 frames cannot be decoded
    idr = (18, 48, 78, 108, 138, 168)
    with pytest.raises(NotIndexable, match="first 18 frames come before its first keyframe"):
        _parts([(0.5, 4.7)], idr=idr)
    assert _parts([(1.0, 3.0)], idr=idr) == [
        ("encode", 30, 18),
        ("copy", 48, 30),
        ("encode", 78, 12),
    ]
