"""Hostile files given to the CLI: a picture that declares more pixels than it has bytes, and
links that point at files the user never meant to give. Each is refused with exit 2 and one
sentence of facts, cheaply, and without quoting what the file holds."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import av
import pytest
from cli_kit import Cli, make_clip

from hostile_media import pixel_bomb_flv, pixel_bomb_mpg, pixel_bomb_png, run_measured
from promptcut.errors import UnsupportedMedia
from promptcut.media.header import picture_size
from promptcut.media.isolated import probe_in_child
from promptcut.media.probe import probe
from promptcut.settings import Settings

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="session")
def bomb_png(media_dir: Path) -> Path:
    return pixel_bomb_png(media_dir / "bomb.png")


def _one_sentence(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


# -- the pixel cap, from the header --------------------------------------------------------------


@pytest.mark.parametrize("ext", ["png", "jpg", "gif", "webp", "bmp", "tiff"])
def test_picture_size_is_read_from_the_header(media_dir: Path, ext: str) -> None:
    still = make_clip(
        media_dir,
        f"odd.{ext}",
        ["-f", "lavfi", "-i", "testsrc2=size=64x48,scale=37:23", "-frames:v", "1"],
    )
    with av.open(str(still)) as c:
        # What libavformat found opening it (it decodes a first frame for that).
        found = c.streams.video[0].codec_context
        truth = (found.width, found.height)

    with still.open("rb") as fh:
        assert picture_size(fh) == truth == (37, 23)


def test_a_video_has_no_picture_header(media_dir: Path, clip_mp4: Path) -> None:
    with clip_mp4.open("rb") as fh:
        assert picture_size(fh) is None


def test_pixel_bomb_is_refused_from_its_header_without_decoding(
    cli: Cli, bomb_png: Path, clip_mp4: Path
) -> None:
    """16000x16000 pixels in 0.7 MB: decoding it costs 768 MB; the header says it is too big."""
    env = {"PROMPTCUT_DATA_DIR": str(cli.data_dir)}
    command = [sys.executable, "-m", "promptcut", "edit"]
    started = time.monotonic()
    baseline = run_measured([*command, str(clip_mp4), "how long is it?"], env=env, cwd=cli.home)
    baseline_seconds = time.monotonic() - started
    assert baseline.code == 0, baseline.err

    started = time.monotonic()
    bomb = run_measured(
        [*command, str(bomb_png), "make it black and white", "-o", "out.png"],
        env=env,
        cwd=cli.home,
    )
    seconds = time.monotonic() - started

    assert bomb.code == 2, bomb.err
    assert _one_sentence(bomb.err) == (
        "promptcut: bomb.png is 16000x16000 (256 MP); the limit is 67 MP, "
        "set PROMPTCUT_MAX_PIXELS to raise it"
    )
    assert bomb.peak_mib - baseline.peak_mib < 200, (bomb.peak_mib, baseline.peak_mib)
    # Beyond starting Python and promptcut (the answered question's time), well under 3 s.
    assert seconds < baseline_seconds + 3, (seconds, baseline_seconds)
    assert not (cli.home / "out.png").exists()


@pytest.fixture(scope="session")
def small_flv(media_dir: Path) -> Path:
    """0.4 s, 256x256 Sorenson H.263 (the smallest size whose headers hold 16-bit sizes)."""
    return make_clip(
        media_dir,
        "small.flv",
        ["-f", "lavfi", "-i", "testsrc2=size=256x256:rate=5:duration=0.4", "-c:v", "flv1"],
    )


@pytest.fixture(scope="session")
def small_mpg(media_dir: Path) -> Path:
    """0.4 s, 64x64 MPEG-2 in an MPEG program stream."""
    return make_clip(
        media_dir,
        "small.mpg",
        ["-f", "lavfi", "-i", "testsrc2=size=64x64:rate=25:duration=0.4", "-c:v", "mpeg2video",
         "-f", "vob"],
    )  # fmt: skip


@pytest.mark.parametrize("kind", ["flv", "mpg"])
def test_pixel_bomb_found_only_by_decoding_is_refused_within_the_memory_of_the_cap(
    cli: Cli, small_flv: Path, small_mpg: Path, kind: str
) -> None:
    """An FLV's or MPEG-PS's streams are found by decoding a first frame while the file is
    opened, before any decoder limit applies: 16000x16000 costs the opener 366 MB. The probe
    runs in a child whose memory is capped at what a frame at the limit needs."""
    if kind == "flv":
        bomb = pixel_bomb_flv(cli.home / "bomb.flv", small_flv)
        source, side = small_flv, 16000
    else:
        bomb = pixel_bomb_mpg(cli.home / "bomb.mpg", small_mpg)
        source, side = small_mpg, 16383
    # A limit of 640x480: the child may add 128 MB + 6 bytes a pixel (130 MB) to its own.
    env = {"PROMPTCUT_DATA_DIR": str(cli.data_dir), "PROMPTCUT_MAX_PIXELS": str(640 * 480)}
    command = [sys.executable, "-m", "promptcut", "edit"]
    baseline = run_measured([*command, str(source), "how long is it?"], env=env, cwd=cli.home)
    assert baseline.code == 0, baseline.err

    refused = run_measured(
        [*command, str(bomb), "make it black and white", "-o", f"out.{kind}"],
        env=env,
        cwd=cli.home,
    )

    assert refused.code == 2, refused.err
    assert _one_sentence(refused.err) == (
        f"promptcut: bomb.{kind} is {side}x{side} ({side * side / 1e6:.0f} MP); the limit is "
        "307,200 pixels, set PROMPTCUT_MAX_PIXELS to raise it"
    )
    # wait4's peak is the largest of the CLI and the probing child it waited for.
    assert refused.peak_mib - baseline.peak_mib < 200, (refused.peak_mib, baseline.peak_mib)
    assert not (cli.home / f"out.{kind}").exists()


@pytest.mark.parametrize("kind", ["flv", "mpg"])
def test_a_normal_flv_and_mpg_are_probed_in_a_child_and_edited(
    cli: Cli, small_flv: Path, small_mpg: Path, kind: str
) -> None:
    source = small_flv if kind == "flv" else small_mpg
    info = probe(source)
    assert info.video is not None
    assert (info.video.width, info.video.height) == ((256, 256) if kind == "flv" else (64, 64))
    assert abs(info.duration - 0.4) <= 0.05

    out = cli.edit(source, "make it black and white", f"gray-{kind}.mp4")

    with av.open(str(out)) as c:
        frame = next(c.decode(video=0)).to_ndarray(format="rgb24")
        assert (frame.shape[1], frame.shape[0]) == (info.video.width, info.video.height)
    # Gray: the three channels agree (within the codec's rounding).
    spread = frame.max(axis=2).astype(int) - frame.min(axis=2).astype(int)
    assert spread.mean() < 8, spread.mean()


def test_a_child_that_runs_out_of_memory_is_refused_naming_the_file_and_the_limit(
    small_flv: Path, tmp_path: Path
) -> None:
    """However the decoder fails, the caller hears which file and which limit."""
    bomb = pixel_bomb_flv(tmp_path / "bomb.flv", small_flv)
    # No room to grow at all: opening it runs out of memory.
    with pytest.raises(UnsupportedMedia) as refused:
        probe_in_child(bomb, Settings(max_pixels=640 * 480), budget=0)
    assert str(refused.value) == (
        "bomb.flv needs more memory to open than a frame at the 307,200 pixels limit would: its "
        "frames are bigger than that limit; set PROMPTCUT_MAX_PIXELS to raise it"
    )


# -- links and file contents ----------------------------------------------------------------------

SECRET = "root:$6$s3cr3t-hash-never-shown:19000:0:99999:7:::"


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    """A file of someone else's, outside the folder the user works in."""
    private = tmp_path / "private"
    private.mkdir()
    path = private / "shadow"
    path.write_text(SECRET + "\n", encoding="utf-8")
    return path


def _nowhere(secret: str, run_out: str, run_err: str, data_dir: Path) -> None:
    """The secret is in no output, no message and no file promptcut wrote."""
    assert "s3cr3t" not in run_out + run_err
    for written in data_dir.rglob("*") if data_dir.exists() else []:
        if written.is_file() and not written.is_symlink():
            assert b"s3cr3t" not in written.read_bytes(), written


def test_a_subtitle_link_to_a_file_outside_its_folder_is_refused(
    cli: Cli, clip_mp4: Path, secret_file: Path, tmp_path: Path
) -> None:
    project = tmp_path / "project"
    project.mkdir()
    link = project / "subs.srt"
    link.symlink_to(secret_file)

    run = cli("edit", clip_mp4, "add subtitles", "--asset", link, "-o", "out.mp4")

    assert run.code == 2, run.err
    assert _one_sentence(run.err) == (
        "promptcut: subs.srt is a link to a file outside its folder; promptcut does not "
        "follow such links, give the file itself"
    )
    _nowhere(SECRET, run.out, run.err, cli.data_dir)
    assert not (cli.home / "out.mp4").exists()


def test_a_video_link_to_a_file_outside_its_folder_is_refused(
    cli: Cli, clip_mp4: Path, tmp_path: Path
) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (project / "clip.mp4").symlink_to(clip_mp4)

    run = cli("edit", project / "clip.mp4", "how long is it?")

    assert run.code == 2, run.err
    assert "clip.mp4 is a link to a file outside its folder" in _one_sentence(run.err)


def test_a_link_within_its_own_folder_is_followed(cli: Cli, clip_mp4: Path) -> None:
    folder = clip_mp4.parent
    link = folder / "same-folder-link.mp4"
    if not link.is_symlink():
        link.symlink_to(clip_mp4.name)

    run = cli("edit", link, "how long is it?")

    assert run.code == 0, run.err
    assert "1.0" in run.out


def test_an_unreadable_subtitle_file_is_refused_without_quoting_it(
    cli: Cli, clip_mp4: Path, tmp_path: Path
) -> None:
    subs = tmp_path / "subs.srt"
    subs.write_text(SECRET + "\nmore private words\n", encoding="utf-8")

    run = cli("edit", clip_mp4, "add subtitles", "--asset", subs, "-o", "out.mp4")

    assert run.code == 2, run.err
    assert _one_sentence(run.err) == (
        "promptcut: 'add subtitles': subs.srt is not a readable SRT subtitle file: line 1 "
        "should be a cue's "
        "time, like '00:00:01,000 --> 00:00:04,000'"
    )
    _nowhere(SECRET, run.out, run.err, cli.data_dir)


def test_a_video_whose_size_only_decoding_finds_is_stopped_by_the_decoders_cap(
    media_dir: Path,
) -> None:
    """MPEG-4 Part 2 in AVI states no size in its headers: libavformat decodes a frame to find
    it, and the decoders are given the cap, so not even that frame is made."""
    avi = make_clip(
        media_dir,
        "part2.avi",
        ["-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=0.5", "-c:v", "mpeg4"],
    )
    assert probe(avi).video is not None  # under the cap it is read as ever

    with pytest.raises(UnsupportedMedia) as refused:
        probe(avi, Settings(max_pixels=320 * 200))

    assert str(refused.value) == (
        "part2.avi is not a video/audio file (its mpeg4 video does not decode, or its frames "
        "are over the 64,000 pixels limit)"
    )
