"""Sound and export operations end to end: loudness lands on target, files fit their size,
stills, contact sheets, GIF settings, extracted audio, untouched streams copied. Measured."""

from __future__ import annotations

import json
from pathlib import Path

import av
import pytest
from cli_kit import Cli, make_clip
from measure import frame, loudness, mean_volume, measure, mse

pytestmark = pytest.mark.e2e


TALK = "aevalsrc=0.05*sin(2*PI*300*t)*(0.5+0.5*lt(mod(t\\,2)\\,1)):s=48000:d=4"


@pytest.fixture(scope="session")
def quiet_talk(media_dir: Path) -> Path:
    """4 s of a quiet tone that comes and goes (so loudness has a range), with a picture."""
    return make_clip(
        media_dir,
        "quiet_talk.mp4",
        ["-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=4",
         "-f", "lavfi", "-i", TALK,
         "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac",
         "-shortest"],
    )  # fmt: skip


@pytest.fixture(scope="session")
def noisy_mp4(media_dir: Path) -> Path:
    """3 s of steady hiss under a picture full of detail: hard to compress, easy to denoise."""
    return make_clip(
        media_dir,
        "noisy.mp4",
        ["-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=3",
         "-f", "lavfi", "-i", "anoisesrc=color=white:amplitude=0.1:sample_rate=48000:duration=3",
         "-vf", "noise=alls=40:allf=t", "-c:v", "libx264", "-preset", "ultrafast",
         "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "192k", "-shortest"],
    )  # fmt: skip


def test_normalize_lands_within_one_lu_in_two_recorded_passes(cli: Cli, quiet_talk: Path) -> None:
    before = loudness(quiet_talk)
    out = cli.edit(quiet_talk, "normalize the audio to -16 LUFS", "loud.mp4")
    assert before < -30
    assert abs(loudness(out) - -16) <= 1.0
    assert abs(measure(out).duration - measure(quiet_talk).duration) < 0.1
    session = next((cli.data_dir / "sessions").iterdir())
    scripts = sorted(p.name for p in (session / "scripts" / "v0001").glob("*.py"))
    assert scripts == ["01_measure_loudness.py", "02_normalize.py"]
    history = json.loads((session / "history.json").read_text())
    assert [s["title"] for s in history[-1]["stages"]] == ["measure loudness", "normalize"]


def test_normalize_for_a_named_target(cli: Cli, quiet_talk: Path) -> None:
    out = cli.edit(quiet_talk, "make the audio broadcast loudness", "tv.mp4")
    assert abs(loudness(out) - -23) <= 1.0


def test_compress_fits_under_the_size_and_keeps_the_length(cli: Cli, noisy_mp4: Path) -> None:
    limit_kb = 120
    out = cli.edit(noisy_mp4, f"shrink it to under {limit_kb} KB", "small.mp4")
    assert out.stat().st_size <= limit_kb * 1000
    assert noisy_mp4.stat().st_size > limit_kb * 1000  # the limit was a real squeeze
    got = measure(out)
    assert abs(got.duration - 3.0) < 0.15
    assert got.audio is not None


def test_an_impossible_size_is_refused_with_the_numbers(cli: Cli, noisy_mp4: Path) -> None:
    out = cli.home / "tiny.mp4"
    run = cli("edit", noisy_mp4, "compress it to 5 KB", "-o", out)
    assert run.code == 2
    assert "kbps" in run.err and "3.0 s" in run.err
    assert not out.exists()


def test_still_at_a_time_is_that_frame(cli: Cli, clip3_mp4: Path) -> None:
    out = cli.edit(clip3_mp4, "save a still frame from 0:02 as a jpg", "still.jpg")
    got = measure(out)
    assert got.video is not None and (got.video.width, got.video.height) == (320, 240)
    shot = frame(out, 0.0)
    assert mse(shot, frame(clip3_mp4, 2.0)) < 0.35 * mse(shot, frame(clip3_mp4, 0.5))


def test_a_thumbnail_defaults_to_png_a_third_in(cli: Cli, clip3_mp4: Path) -> None:
    run = cli("edit", clip3_mp4, "make a thumbnail", "--json")
    assert run.code == 0, run.err
    out = Path(json.loads(run.out)["output"])
    assert out.suffix == ".png"
    shot = frame(out, 0.0)
    assert mse(shot, frame(clip3_mp4, 1.0)) < 0.35 * mse(shot, frame(clip3_mp4, 2.5))


def test_contact_sheet_is_one_image_of_a_grid(cli: Cli, clip3_mp4: Path) -> None:
    out = cli.edit(clip3_mp4, "make a 3x2 contact sheet", "sheet.png")
    with av.open(str(out)) as c:
        s = c.streams.video[0]
        assert (s.codec_context.width, s.codec_context.height) == (3 * 320, 2 * 240)


def test_gif_takes_its_frame_rate_and_width(cli: Cli, clip3_mp4: Path) -> None:
    out = cli.edit(clip3_mp4, "make a gif at 8 fps, 160 pixels wide", "small.gif")
    got = measure(out)
    assert got.video is not None
    assert (got.video.width, got.video.height) == (160, 120)
    with av.open(str(out)) as c:
        frames = sum(1 for _ in c.decode(video=0))
    assert abs(frames - 3 * 8) <= 2


def test_extract_audio_without_a_format_makes_an_m4a(cli: Cli, clip3_mp4: Path) -> None:
    run = cli("edit", clip3_mp4, "extract the audio", "--json")
    assert run.code == 0, run.err
    out = Path(json.loads(run.out)["output"])
    got = measure(out)
    assert out.suffix == ".m4a" and got.video is None and got.audio is not None
    assert abs(got.duration - 3.0) < 0.1


@pytest.mark.parametrize(
    ("request_", "suffix", "kbps"),
    [("extract the audio as a 96k mp3", ".mp3", 96), ("extract the audio at 64 kbps", ".m4a", 64)],
)
def test_extract_audio_at_a_bitrate_said(
    cli: Cli, clip3_mp4: Path, request_: str, suffix: str, kbps: int
) -> None:
    run = cli("edit", clip3_mp4, request_, "--json")
    assert run.code == 0, run.err
    out = Path(json.loads(run.out)["output"])
    with av.open(str(out)) as c:
        rate = c.streams.audio[0].bit_rate
    assert out.suffix == suffix and abs(rate / 1000 - kbps) <= kbps * 0.05


def test_a_bitrate_for_a_lossless_sound_file_is_refused(cli: Cli, clip3_mp4: Path) -> None:
    run = cli("edit", clip3_mp4, "extract the audio at 128 kbps", "-o", cli.home / "x.wav")
    assert run.code == 2 and "no bitrate" in run.err and "Traceback" not in run.err
    assert not (cli.home / "x.wav").exists()


def test_extract_audio_refuses_a_video_output_name(cli: Cli, clip3_mp4: Path) -> None:
    run = cli("edit", clip3_mp4, "extract the audio", "-o", cli.home / "x.mp4")
    assert run.code == 2 and "audio" in run.err
    assert not (cli.home / "x.mp4").exists()


@pytest.fixture(scope="session")
def hevc_mkv(media_dir: Path) -> Path:
    """1 s of HEVC picture and AAC sound in Matroska: a picture an mp4 would take as it is."""
    return make_clip(
        media_dir,
        "hevc.mkv",
        ["-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=1",
         "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=1",
         "-c:v", "libx265", "-preset", "ultrafast", "-x265-params", "log-level=error",
         "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest"],
    )  # fmt: skip


def _picture(path: Path) -> tuple[str, str, int]:
    """The picture's codec, its sample entry tag and how many frames it has."""
    with av.open(str(path)) as c:
        stream = c.streams.video[0]
        frames = sum(1 for _ in c.decode(video=0))
        return stream.codec_context.name, stream.codec_context.codec_tag, frames


@pytest.mark.parametrize(
    "request_", ["convert it to mp4 (h264)", "convert the video to AVC", "encode it as H.264"]
)
def test_an_hevc_picture_asked_in_h264_is_encoded_so(
    cli: Cli, hevc_mkv: Path, request_: str
) -> None:
    out = cli.edit(hevc_mkv, request_, "avc.mp4")
    assert _picture(out) == ("h264", "avc1", _picture(hevc_mkv)[2])


def test_mp4_alone_copies_the_hevc_picture(cli: Cli, hevc_mkv: Path) -> None:
    out = cli.edit(hevc_mkv, "convert it to mp4", "same.mp4")
    assert _picture(out)[:2] == ("hevc", "hvc1")


def test_a_picture_already_in_the_codec_asked_is_copied(cli: Cli, clip3_mp4: Path) -> None:
    out = cli.edit(clip3_mp4, "convert it to h264", "copied.mp4")
    with av.open(str(out)) as a, av.open(str(clip3_mp4)) as b:
        assert [bytes(p) for p in a.demux(video=0) if p.size] == [
            bytes(p) for p in b.demux(video=0) if p.size
        ]


def test_hevc_asked_is_encoded_tagged_for_apple_players(cli: Cli, clip3_mp4: Path) -> None:
    out = cli.edit(clip3_mp4, "cut the first second and encode it as HEVC", "hevc.mp4")
    codec, tag, frames = _picture(out)
    assert (codec, tag) == ("hevc", "hvc1")
    assert frames == _picture(clip3_mp4)[2] - 25
    with av.open(str(out)) as c:
        assert abs(float(c.duration / 1_000_000) - 2.0) < 0.05


def test_a_codec_a_format_cannot_hold_is_refused(cli: Cli, clip3_mp4: Path) -> None:
    run = cli("edit", clip3_mp4, "convert it to h264", "-o", cli.home / "x.webm")
    assert run.code == 2 and "cannot hold H.264" in run.err and "Traceback" not in run.err
    assert not (cli.home / "x.webm").exists()


@pytest.fixture(scope="session")
def hissy_talk(media_dir: Path) -> Path:
    """4 s: a tone in the first half of each second, steady hiss throughout."""
    return make_clip(
        media_dir,
        "hissy_talk.mp4",
        ["-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=4",
         "-f", "lavfi", "-i", "aevalsrc=0.3*sin(2*PI*300*t)*lt(mod(t\\,1)\\,0.5):s=48000:d=4",
         "-f", "lavfi", "-i", "anoisesrc=color=white:amplitude=0.02:sample_rate=48000:duration=4",
         "-filter_complex", "[1][2]amix=normalize=0[a]", "-map", "0:v", "-map", "[a]",
         "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac",
         "-b:a", "192k", "-shortest"],
    )  # fmt: skip


def test_audio_denoise_quiets_the_hiss_and_keeps_the_sound(cli: Cli, hissy_talk: Path) -> None:
    out = cli.edit(hissy_talk, "remove the background noise", "clean.mp4")
    # Between the tones only hiss is left: it drops a lot; the tones stay about as loud.
    assert mean_volume(out, 1.6, 0.3) < mean_volume(hissy_talk, 1.6, 0.3) - 8
    assert abs(mean_volume(out, 1.1, 0.3) - mean_volume(hissy_talk, 1.1, 0.3)) < 2


def test_quality_levels_trade_size(cli: Cli, noisy_mp4: Path) -> None:
    high = cli.edit(noisy_mp4, "export in high quality", "high.mp4")
    small = cli.edit(noisy_mp4, "make the file smaller", "small.mp4")
    assert high.stat().st_size > 1.5 * small.stat().st_size


def test_an_untouched_picture_is_copied_packet_for_packet(cli: Cli, clip3_mp4: Path) -> None:
    out = cli.edit(clip3_mp4, "make it louder", "louder.mp4")

    def packets(path: Path) -> list[bytes]:
        with av.open(str(path)) as c:
            return [bytes(p) for p in c.demux(video=0) if p.size]

    assert packets(out) == packets(clip3_mp4)
    assert mean_volume(out) > mean_volume(clip3_mp4) + 4
