"""HEVC cuts that copy the untouched GOPs, and the inputs that must not be copied: open GOPs
(whose keyframes cannot start a part) and a variable frame rate (re-encoded, with the reason)."""

from __future__ import annotations

import subprocess
from fractions import Fraction
from pathlib import Path

import av
import pytest
from cli_kit import Cli
from test_smartcut import FPS, GOP, SECONDS, _assert_faithful, _cut, _sound_matches
from test_smartcut_cli import _edit_json

from promptcut.media.ffmpeg import ffmpeg_path, run_ffmpeg
from promptcut.media.probe import probe
from promptcut.media.synth import make_cut_dummy
from promptcut.smartcut import index_video

pytestmark = pytest.mark.e2e


def _x265(
    path: Path,
    *tags: str,
    open_gop: bool = False,
    bframes: int = 3,
    radl: int = 0,
    pix_fmt: str = "yuv420p",
    seconds: int = SECONDS,
    entry: str = "hev1",
) -> Path:
    """x265 with B-frames (pyramid) and a fixed 1 s GOP (closed unless `open_gop`: x265's
    default is open), with sound; `tags` are more output options (colour, aspect); stored
    under the `entry` sample entry (ffmpeg's default hev1, or Apple's hvc1)."""
    x265 = [f"keyint={GOP}", f"min-keyint={GOP}", "scenecut=0", f"bframes={bframes}",
            "log-level=error", f"open-gop={int(open_gop)}", f"radl={radl}"]  # fmt: skip
    run_ffmpeg(
        [
            "-f", "lavfi", "-i", f"testsrc2=size=160x96:rate={FPS}:duration={seconds}",
            "-f", "lavfi", "-i", f"sine=frequency=440:sample_rate=48000:duration={seconds}",
            "-c:v", "libx265", "-preset", "veryfast", "-pix_fmt", pix_fmt,
            "-x265-params", ":".join(x265), *tags, "-tag:v", entry,
            "-c:a", "aac", "-shortest", str(path),
        ]
    )  # fmt: skip
    return path


@pytest.fixture(scope="module")
def clips(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("smartcut-hevc")


@pytest.fixture(scope="module")
def hevc(clips: Path) -> Path:
    return _x265(clips / "src.mp4")


def _decodes_cleanly(path: Path) -> None:
    done = subprocess.run(
        [ffmpeg_path(), "-v", "error", "-i", str(path), "-f", "null", "-"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0 and done.stderr == "", done.stderr


def _sample_entry(path: Path) -> str:
    with av.open(str(path)) as c:
        return str(c.streams.video[0].codec_tag)


def test_hevc_is_indexed_at_its_idr_frames(hevc: Path) -> None:
    index = index_video(hevc)
    assert (index.codec, index.profile, index.pix_fmt) == ("hevc", "main", "yuv420p")
    assert index.idr == (0, 30, 60, 90, 120, 150)
    assert index.bframes == 3
    assert index.x265["bframes"] == "3" and index.x265["open-gop"] == "0"


def test_hevc_trim_copies_the_whole_gops_and_reencodes_the_edges(hevc: Path, clips: Path) -> None:
    out = clips / "trim" / "out.mp4"
    out.parent.mkdir()
    cut = _cut(hevc, [(0.5, 4.7)], out)
    assert [(p.kind, p.first, p.count) for p in cut.parts] == [
        ("encode", 15, 15),
        ("copy", 30, 90),
        ("encode", 120, 21),
    ]
    _assert_faithful(hevc, out, cut)
    _sound_matches(out)
    _decodes_cleanly(out)
    # the re-encoded parts' parameter sets differ from the copied GOPs': each part keeps its
    # own in-band, which an hvc1 sample entry would drop
    assert _sample_entry(out) == "hev1"
    with av.open(str(out)) as c:
        assert c.streams.video[0].time_base == index_video(hevc).time_base


def test_hevc_cut_out_joins_the_ranges_on_either_side(hevc: Path, clips: Path) -> None:
    out = clips / "cut-out" / "out.mp4"
    out.parent.mkdir()
    cut = _cut(hevc, [(0.0, 1.4), (2.2, SECONDS)], out)
    assert cut.frames == ((0, 42), (66, 180))
    assert [(p.kind, p.first, p.count) for p in cut.parts] == [
        ("copy", 0, 30),
        ("encode", 30, 12),
        ("encode", 66, 24),
        ("copy", 90, 90),
    ]
    _assert_faithful(hevc, out, cut)
    _sound_matches(out)
    _decodes_cleanly(out)


def test_hevc_cut_on_keyframes_keeps_the_hvc1_entry_apple_players_ask_for(
    hevc: Path, clips: Path
) -> None:
    out = clips / "keyframes" / "out.mp4"
    out.parent.mkdir()
    cut = _cut(hevc, [(1.0, 3.0)], out)
    assert cut.share_copied == 1.0
    _assert_faithful(hevc, out, cut)
    _decodes_cleanly(out)
    assert _sample_entry(out) == "hvc1"


def test_hevc_copied_gops_from_far_apart_join_directly(hevc: Path, clips: Path) -> None:
    # copied part after copied part: the second starts at an IDR, which starts the picture
    # order afresh however far the source jumped
    out = clips / "copy-to-copy" / "out.mp4"
    out.parent.mkdir()
    cut = _cut(hevc, [(0.0, 1.0), (4.0, 5.0), (2.0, 3.0)], out)
    assert [(p.kind, p.first, p.count) for p in cut.parts] == [
        ("copy", 0, 30),
        ("copy", 120, 30),
        ("copy", 60, 30),
    ]
    _assert_faithful(hevc, out, cut)
    _sound_matches(out)
    _decodes_cleanly(out)


def test_10_bit_hevc_is_reencoded_in_10_bits_with_its_tags(clips: Path) -> None:
    tags = ("-vf", "setsar=4/3", "-colorspace", "bt2020nc")
    src = _x265(clips / "main10.mp4", *tags, pix_fmt="yuv420p10le", seconds=4)
    index = index_video(src)
    assert (index.profile, index.pix_fmt, index.sar) == ("main10", "yuv420p10le", Fraction(4, 3))
    assert index.colors["colorspace"] == "bt2020nc"
    out = clips / "main10" / "out.mp4"
    out.parent.mkdir()
    cut = _cut(src, [(0.5, 3.4)], out)
    assert [p.kind for p in cut.parts] == ["encode", "copy", "encode"]
    _assert_faithful(src, out, cut)  # PSNR against 10-bit samples
    _decodes_cleanly(out)
    # the stream's parameters are the first part's: the re-encoded head's
    made = index_video(out)
    assert (made.profile, made.pix_fmt, made.sar, made.colors) == (
        "main10",
        "yuv420p10le",
        index.sar,
        index.colors,
    )


@pytest.mark.parametrize(
    ("bframes", "leading"),
    [(3, "RASL pictures, which reference the GOP before"), (0, "no leading pictures")],
)
def test_an_hevc_cra_never_starts_a_copied_part(clips: Path, bframes: int, leading: str) -> None:
    # x265's open GOPs start at CRA frames, the container flags them as keyframes. Even a CRA
    # with no leading picture starts no new sequence in the middle of a stream: a copied part
    # starting at one after a jump was decoded with frames missing (the picture order counted
    # on from the part before), so only IDR frames start parts.
    src = _x265(clips / f"open-gop-{bframes}.mp4", open_gop=True, bframes=bframes)
    with av.open(str(src)) as c:
        keyframes = sum(p.is_keyframe for p in c.demux(video=0) if p.size)
    index = index_video(src)
    assert keyframes == 6 > len(index.idr), leading
    assert index.idr == (0,)
    out = clips / f"open-{bframes}" / "out.mp4"
    out.parent.mkdir()
    cut = _cut(src, [(0.0, 1.0), (4.0, 5.5)], out)
    # one GOP from the only IDR to the end: nothing whole to copy
    assert [(p.kind, p.first, p.count) for p in cut.parts] == [
        ("encode", 0, 30),
        ("encode", 120, 45),
    ]
    _assert_faithful(src, out, cut)
    _sound_matches(out)
    _decodes_cleanly(out)


def test_an_hevc_idr_with_leading_pictures_never_starts_a_copied_part(clips: Path) -> None:
    # x265's `radl` puts pictures shown before each IDR after it in decode order: copying
    # from such an IDR would take frames of the GOP before it.
    src = _x265(clips / "radl.mp4", radl=2)
    index = index_video(src)
    assert index.idr == (0,)
    out = clips / "radl" / "out.mp4"
    out.parent.mkdir()
    cut = _cut(src, [(0.5, 4.7)], out)
    assert [(p.kind, p.first, p.count) for p in cut.parts] == [("encode", 15, 126)]
    _assert_faithful(src, out, cut)
    _decodes_cleanly(out)


def test_a_variable_frame_rate_is_reencoded_with_the_reason_logged(
    cli: Cli, tmp_path: Path
) -> None:
    vfr = tmp_path / "vfr.mp4"
    run_ffmpeg(
        [
            "-f", "lavfi", "-i", f"testsrc2=size=160x96:rate={FPS}:duration=3",
            "-vf", "select='lt(n,30)+not(mod(n,3))'", "-fps_mode", "vfr",
            "-c:v", "libx264", "-g", str(GOP), str(vfr),
        ]
    )  # fmt: skip
    result = _edit_json(cli, vfr, "keep 0:00.5 to 0:02.5", "vfr-cut.mp4")
    reason = "the video has a variable frame rate"
    assert result["copying"] == {"copied": 0.0, "reason": reason}
    log = next((cli.data_dir / "sessions").glob("*/logs/v0001/01_copy.log"))
    assert f"not copied, re-encoded instead: {reason}" in log.read_text()
    with av.open(str(cli.home / "vfr-cut.mp4")) as c:
        assert sum(1 for _ in c.decode(video=0)) > 0


@pytest.mark.parametrize("keyframes", [None, "0,1,2.5,3.5"], ids=["regular", "irregular"])
def test_the_sandbox_stand_in_for_hevc_has_its_gops(
    clips: Path, tmp_path: Path, keyframes: str | None
) -> None:
    src = clips / f"stand-in-{keyframes is None}.mp4"
    if keyframes is None:
        _x265(src, seconds=4)
    else:
        run_ffmpeg(
            [
                "-f", "lavfi", "-i", f"testsrc2=size=160x96:rate={FPS}:duration=4",
                "-c:v", "libx265", "-preset", "veryfast", "-force_key_frames", keyframes,
                "-forced-idr", "1", "-x265-params",
                "keyint=300:scenecut=0:bframes=2:open-gop=0:log-level=error", str(src),
            ]
        )  # fmt: skip
    index = index_video(src)
    dummy = make_cut_dummy(probe(src, isolate=False), index, tmp_path, exe=ffmpeg_path())
    stand_in = index_video(dummy)
    assert stand_in.codec == "hevc" and stand_in.profile == index.profile
    assert (stand_in.frames, stand_in.idr, stand_in.fps) == (index.frames, index.idr, index.fps)
    assert stand_in.bframes == index.bframes


def test_an_hevc_cut_by_the_cli_copies_and_its_script_reads_as_x265(cli: Cli, hevc: Path) -> None:
    run = cli("edit", hevc, "cut out 0:01.4 to 0:02.2", "-o", cli.home / "cut.mp4")
    assert run.code == 0, run.err
    assert "copied 77% of the picture without re-encoding" in run.out
    _decodes_cleanly(cli.home / "cut.mp4")
    assert _sample_entry(cli.home / "cut.mp4") == "hev1"
    script = next((cli.data_dir / "sessions").glob("*/scripts/v0001/01_*.py"))
    text = script.read_text()
    assert "re-encoded with x265 matched to the source" in text
    assert '"hevc_mp4toannexb"' in text and '"libx265"' in text


@pytest.mark.parametrize("ext", ["mkv", "mov", "ts"])
def test_a_copied_hevc_cut_goes_into_matroska_mov_and_mpeg_ts_too(
    hevc: Path, clips: Path, ext: str
) -> None:
    out = clips / f"into-{ext}" / f"out.{ext}"
    out.parent.mkdir()
    cut = _cut(hevc, [(0.5, 4.7)], out)
    # (check_cut, in _cut, compares the copied packets of a transport stream too)
    _assert_faithful(hevc, out, cut, slices=ext != "ts")
    _decodes_cleanly(out)


def test_hevc_stored_as_hvc1_is_reencoded_whole_so_apple_players_still_play_it(
    cli: Cli, clips: Path
) -> None:
    # hvc1 holds one set of parameter sets; the re-encoded edges need their own (hev1), which
    # Apple's players refuse: such a source is re-encoded whole, the reason logged
    src = _x265(clips / "apple.mp4", seconds=3, entry="hvc1")
    result = _edit_json(cli, src, "keep 0:00.5 to 0:02.5", "apple-cut.mp4")
    assert result["copying"]["copied"] == 0.0
    assert "stored as hvc1" in result["copying"]["reason"]
    assert _sample_entry(cli.home / "apple-cut.mp4") != "hev1"
    _decodes_cleanly(cli.home / "apple-cut.mp4")


def test_hevc_stored_as_hvc1_cut_on_keyframes_is_copied_and_stays_hvc1(
    clips: Path,
) -> None:
    src = _x265(clips / "apple-keyframes.mp4", seconds=4, entry="hvc1")
    out = clips / "apple-keyframes" / "out.mp4"
    out.parent.mkdir()
    cut = _cut(src, [(1.0, 3.0)], out)
    assert cut.share_copied == 1.0
    _decodes_cleanly(out)
    assert _sample_entry(out) == "hvc1"
