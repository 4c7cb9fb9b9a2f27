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

from hostile_media import pixel_bomb_png, run_measured
from promptcut.errors import UnsupportedMedia
from promptcut.media.header import picture_size
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
