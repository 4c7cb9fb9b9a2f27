"""The media layer against the real ffmpeg and PyAV, on tiny generated clips."""

from __future__ import annotations

import os
import random
import threading
import time
from pathlib import Path

import av
import pytest

from promptcut.errors import ExecutionError, InvalidRequest, UnsupportedMedia
from promptcut.media import (
    SAFE_INPUT_ARGS,
    doctor_report,
    ffmpeg_path,
    make_dummy,
    make_sample,
    probe,
    run_ffmpeg,
    safe_input_args,
    synth,
)
from promptcut.settings import Settings

pytestmark = pytest.mark.e2e

HLS = "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:1\n#EXTINF:1.0,\n{target}\n#EXT-X-ENDLIST\n"


def _decodes_with_ffmpeg(args: list[str]) -> None:
    run_ffmpeg([*args, "-t", "0.2", "-f", "null", "-"])


# --- ffmpeg itself honours our allowlists ---------------------------------------------------


@pytest.mark.parametrize(
    "fixture", ["clip_mp4", "clip_webm", "tone_mp3", "still_png", "offset_ts", "still_jpg"]
)
def test_ffmpeg_opens_real_media_with_the_safe_arguments(
    fixture: str, request: pytest.FixtureRequest
) -> None:
    path: Path = request.getfixturevalue(fixture)
    _decodes_with_ffmpeg([*safe_input_args(probe(path)), "-i", str(path)])


def test_ffmpeg_refuses_a_playlist_dressed_as_mp4(media_dir: Path, clip_mp4: Path) -> None:
    fake = media_dir / "hls_as.mp4"
    fake.write_text(HLS.format(target=clip_mp4.name))
    with pytest.raises(ExecutionError):
        _decodes_with_ffmpeg([*SAFE_INPUT_ARGS, "-i", str(fake)])


def test_ffmpeg_refuses_a_real_m3u8_and_an_ffconcat_list(
    media_dir: Path, clip_mp4: Path, offset_ts: Path
) -> None:
    playlist = media_dir / "real.m3u8"
    playlist.write_text(HLS.format(target=offset_ts.name))
    concat = media_dir / "list.ffconcat"
    concat.write_text(f"ffconcat version 1.0\nfile {clip_mp4.name}\n")
    # Without the allowlist ffmpeg would happily follow the playlist to the clip.
    _decodes_with_ffmpeg(["-i", str(playlist)])
    for listing in (playlist, concat):
        with pytest.raises(ExecutionError):
            _decodes_with_ffmpeg([*SAFE_INPUT_ARGS, "-i", str(listing)])


def test_ffmpeg_path_prefers_the_configured_binary(ffmpeg_exe: str) -> None:
    assert ffmpeg_path(ffmpeg_exe) == ffmpeg_exe
    with pytest.raises(ExecutionError, match="PROMPTCUT_FFMPEG"):
        ffmpeg_path("/nowhere/ffmpeg")


def test_run_ffmpeg_failure_carries_ffmpeg_own_words(tmp_path: Path) -> None:
    with pytest.raises(ExecutionError, match="No such file"):
        run_ffmpeg(["-i", str(tmp_path / "absent.mp4"), "-f", "null", "-"])


# --- probe on real, messy files -------------------------------------------------------------


def test_plain_clip_is_described_fully(clip_mp4: Path) -> None:
    info = probe(clip_mp4)
    assert info.container == "mov,mp4,m4a,3gp,3g2,mj2"
    assert info.describe() == "video 320x240 25 fps h264, audio aac 48 kHz mono, 1.0 s"
    assert info.video is not None and info.video.pix_fmt == "yuv420p"
    assert info.video.frames == 25
    assert info.size_bytes == clip_mp4.stat().st_size
    assert not info.is_image


def test_phone_rotation_swaps_the_displayed_size(rotated_mp4: Path) -> None:
    info = probe(rotated_mp4)
    assert info.video is not None
    assert (info.video.width, info.video.height) == (240, 320)
    assert info.video.rotation == 90


def test_variable_frame_rate_reports_the_average(vfr_mp4: Path) -> None:
    info = probe(vfr_mp4)
    assert info.video is not None
    # 25 frames spread over ~1.32 s: the average rate, not the nominal 25.
    assert abs(info.duration - 1.32) < 0.05
    assert abs(info.video.fps - 25 / info.duration) < 1.0


def test_transport_stream_keeps_its_start_time(offset_ts: Path) -> None:
    info = probe(offset_ts)
    assert info.container == "mpegts"
    assert 10.0 <= info.start_time < 12.0
    assert abs(info.duration - 1.0) < 0.1


def test_ten_bit_hevc_reports_its_depth(hevc10_mkv: Path) -> None:
    info = probe(hevc10_mkv)
    assert info.video is not None
    assert (info.video.codec, info.video.pix_fmt, info.video.bit_depth) == (
        "hevc",
        "yuv420p10le",
        10,
    )


def test_surround_audio_only(surround_mka: Path) -> None:
    info = probe(surround_mka)
    assert info.video is None
    assert info.audio is not None
    assert (info.audio.channels, info.audio.layout, info.audio.sample_rate) == (6, "5.1", 48000)
    assert info.describe() == "audio aac 48 kHz 5.1, 1.0 s"


def test_odd_frame_size_is_exact(odd_size_mp4: Path) -> None:
    info = probe(odd_size_mp4)
    assert info.video is not None
    assert (info.video.width, info.video.height, info.video.pix_fmt) == (321, 241, "yuv444p")


@pytest.mark.parametrize(
    ("fixture", "described"),
    [
        ("clip_webm", "video 320x240 25 fps vp9, audio opus 48 kHz mono, 1.0 s"),
        ("tone_mp3", "audio mp3 48 kHz mono, 1.0 s"),
        ("cover_art_mp3", "audio mp3 48 kHz mono, 1.0 s"),
        ("tone_wav", "audio pcm_s16le 48 kHz 2 ch, 1.0 s"),
        ("video_only_mp4", "video 320x240 25 fps h264, 1.0 s"),
        ("animated_gif", "video 160x120 10 fps gif, 1.0 s"),
        ("still_png", "image 320x240 png"),
        ("still_jpg", "image 320x240 mjpeg"),
        ("still_gif", "image 320x240 gif"),
    ],
)
def test_common_formats_are_described(
    fixture: str, described: str, request: pytest.FixtureRequest
) -> None:
    info = probe(request.getfixturevalue(fixture))
    assert info.describe() == described
    assert info.is_image == described.startswith("image")
    if info.is_image:
        assert info.duration == 0 and info.video is not None and info.video.fps == 0


def test_garbage_bytes_are_not_media(tmp_path: Path) -> None:
    junk = tmp_path / "junk.mp4"
    junk.write_bytes(random.Random(7).randbytes(64 * 1024))
    with pytest.raises(UnsupportedMedia, match=r"^junk\.mp4 is not a video/audio file \("):
        probe(junk)


def test_truncated_mp4_is_not_media(tmp_path: Path, clip_mp4: Path) -> None:
    # Without its index (moov at the end) an mp4 cannot be read at all.
    data = clip_mp4.read_bytes()
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(data[: len(data) // 3])
    with pytest.raises(UnsupportedMedia, match=r"^cut\.mp4 is not a video/audio file"):
        probe(cut)


def test_playlist_dressed_as_mp4_is_refused_without_reading_its_target(
    tmp_path: Path, clip_mp4: Path
) -> None:
    target = tmp_path / "secret.mp4"
    target.write_bytes(clip_mp4.read_bytes())
    os.utime(target, (0, 0))
    fake = tmp_path / "upload.mp4"
    fake.write_text(HLS.format(target=target))
    with pytest.raises(UnsupportedMedia, match="playlist/list that points at other files"):
        probe(fake)
    assert target.stat().st_atime == 0  # never opened


def test_ffconcat_list_is_refused(tmp_path: Path, clip_mp4: Path) -> None:
    listing = tmp_path / "list.ffconcat"
    listing.write_text(f"ffconcat version 1.0\nfile '{clip_mp4}'\n")
    with pytest.raises(UnsupportedMedia, match="playlist/list"):
        probe(listing)


def test_pixel_cap_names_the_size_and_the_setting(clip_mp4: Path) -> None:
    with pytest.raises(UnsupportedMedia) as err:
        probe(clip_mp4, Settings(max_pixels=320 * 200))
    assert str(err.value) == (
        "clip.mp4 is 320x240 (76,800 pixels); the limit is 64,000 pixels, "
        "set PROMPTCUT_MAX_PIXELS to raise it"
    )


def test_duration_cap_names_the_length_and_the_setting(clip_mp4: Path) -> None:
    with pytest.raises(UnsupportedMedia) as err:
        probe(clip_mp4, Settings(max_duration=0.5))
    assert str(err.value) == (
        "clip.mp4 is 1.0 s long; the limit is 0.5 s, set PROMPTCUT_MAX_DURATION to raise it"
    )


def test_probe_is_fast(clip_mp4: Path) -> None:
    probe(clip_mp4)
    start = time.perf_counter()
    for _ in range(10):
        probe(clip_mp4)
    assert (time.perf_counter() - start) / 10 < 0.1


# --- sample and dummy media -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "video_codec", "audio_codec"),
    [("sample.mp4", "h264", "aac"), ("sample.webm", "vp9", "opus"), ("sample.mkv", "h264", "aac")],
)
def test_sample_clip_has_pattern_and_stereo_tone(
    tmp_path: Path, name: str, video_codec: str, audio_codec: str
) -> None:
    out = tmp_path / name
    make_sample(out, duration=1.0, size=(160, 120), fps=10)
    info = probe(out)
    assert info.video is not None and info.audio is not None
    assert (info.video.width, info.video.height, info.video.fps) == (160, 120, 10)
    assert (info.video.codec, info.audio.codec, info.audio.channels) == (
        video_codec,
        audio_codec,
        2,
    )
    assert abs(info.duration - 1.0) < 0.1
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temp file left behind


def test_sample_refuses_odd_size(tmp_path: Path) -> None:
    with pytest.raises(InvalidRequest, match="321x241"):
        make_sample(tmp_path / "x.mp4", size=(321, 241))


DUMMY_CASES = [
    "clip_mp4",
    "rotated_mp4",
    "vfr_mp4",
    "offset_ts",
    "hevc10_mkv",
    "surround_mka",
    "odd_size_mp4",
    "clip_webm",
    "tone_mp3",
    "tone_wav",
    "still_png",
    "still_jpg",
    "still_gif",
    "animated_gif",
    "video_only_mp4",
]


def _shape(path: Path) -> tuple[object, ...]:
    info = probe(path)
    v, a = info.video, info.audio
    return (
        info.container,
        info.is_image,
        v and (v.width, v.height, v.pix_fmt, v.codec),
        a and (a.codec, a.sample_rate, a.channels, a.layout),
    )


@pytest.mark.parametrize("fixture", DUMMY_CASES)
def test_dummy_matches_the_real_file_but_is_cheap(
    fixture: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    real_path: Path = request.getfixturevalue(fixture)
    real = probe(real_path)
    dummy = make_dummy(real, tmp_path)
    assert dummy.suffix == real_path.suffix
    got = probe(dummy)
    expected = _shape(real_path)
    if real.video is not None and real.video.rotation:
        # The dummy is written upright at the displayed size.
        assert got.video is not None and got.video.rotation == 0
    assert _shape(dummy) == expected
    assert abs(got.duration - real.duration) < 0.05
    assert abs(got.start_time - real.start_time) < 0.1
    if got.video is not None and not got.is_image:
        assert got.video.fps <= 4.0


@pytest.mark.parametrize("fixture", ["clip_mp4", "clip_webm", "offset_ts"])
def test_long_dummy_is_exact_in_length(
    fixture: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    # Past a few seconds the dummy loops a short encoded tile; it must still be exact.
    real = probe(request.getfixturevalue(fixture)).model_copy(update={"duration": 9.5})
    dummy = probe(make_dummy(real, tmp_path))
    assert abs(dummy.duration - 9.5) < 0.05
    assert dummy.video is not None and dummy.audio is not None
    with av.open(str(dummy.path)) as container:
        frames = sum(1 for _ in container.decode(video=0))
    assert frames == 38  # 4 fps over 9.5 s, every one decodable


def test_dummy_is_cached_by_its_properties(
    tmp_path: Path, clip_mp4: Path, tone_mp3: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    info = probe(clip_mp4)
    first = make_dummy(info, tmp_path)
    written = first.stat().st_mtime_ns
    # Counted, not timed: a cache hit writes no media (a timing would flake on a busy machine).
    encodes: list[list[str]] = []
    real_run = synth.run_ffmpeg

    def counted(args: list[str], **options: object) -> object:
        if "-h" not in args:
            encodes.append(args)
        return real_run(args, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(synth, "run_ffmpeg", counted)
    again = make_dummy(info, tmp_path)
    assert again == first and again.stat().st_mtime_ns == written
    assert encodes == []
    assert make_dummy(info.model_copy(update={"duration": 0.5}), tmp_path) != first
    assert len(encodes) == 1  # a different length is made anew
    assert make_dummy(probe(tone_mp3), tmp_path) != first


def test_concurrent_dummy_requests_agree(tmp_path: Path, clip_webm: Path) -> None:
    info = probe(clip_webm)
    results: list[Path] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            results.append(make_dummy(info, tmp_path))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(set(results)) == 1
    assert _shape(results[0]) == _shape(clip_webm)
    assert not [p for p in tmp_path.iterdir() if ".part" in p.name]


def test_doctor_reports_the_toolchain(ffmpeg_exe: str, tmp_path: Path) -> None:
    report = doctor_report(Settings(data_dir=tmp_path, ffmpeg=ffmpeg_exe))
    assert report["ffmpeg"] == ffmpeg_exe
    assert report["ffmpeg version"].startswith("ffmpeg version")
    assert "libx264 yes" in report["encoders"]
    assert "drawtext" in report["filters"]
    assert report["font for text"] == "none found" or Path(report["font for text"]).is_file()
    assert report["PyAV"].startswith(av.__version__)
    assert report["data dir"] == str(tmp_path)
