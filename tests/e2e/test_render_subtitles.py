"""Subtitles burnt in by the real ffmpeg: each line shows during its cue and not between cues,
where it was asked, on the moment it was timed for after cuts and speed changes, whatever the
file is called or holds, and with no fonts installed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from cli_kit import Cli
from measure import frame, rgb_frame
from test_render_text import changed, drawn, untouched

from promptcut.media.ffmpeg import ffmpeg_path

pytestmark = pytest.mark.e2e

# Cues on clip3_mp4's 3 s: one early, one late, a gap between.
SRT = (
    "1\n00:00:00,400 --> 00:00:01,200\nHello there\n\n"
    "2\n00:00:02,000 --> 00:00:02,800\nSee you soon\n"
)
VTT = "WEBVTT\n\n00:00.400 --> 00:01.200\nHello there\n\n00:02.000 --> 00:02.800\nSee you soon\n"
#: Lines that would break or extend a filter graph if they ever reached the command.
HOSTILE_LINES = [
    "it's: a,b;c [x] \\ %{pts}",
    "';[0:v]nullsink; x,drawbox=c=red:t=fill",
]
HOSTILE_NAME = "it's [a]: b,c; d.srt"


@pytest.fixture
def subs(tmp_path: Path) -> Path:
    path = tmp_path / "subs.srt"
    path.write_text(SRT, encoding="utf-8")
    return path


def test_lines_show_during_their_cues_only(cli: Cli, clip3_mp4: Path, subs: Path) -> None:
    out = cli.edit(clip3_mp4, "add subtitles from subs.srt", "out.mp4", "--asset", subs)
    assert drawn(out, clip3_mp4, "bottom", 0.8)
    assert drawn(out, clip3_mp4, "bottom", 2.4)
    assert untouched(out, clip3_mp4, "bottom", 1.6)  # between the cues
    assert untouched(out, clip3_mp4, "top", 0.8)


@pytest.mark.parametrize(("where", "region"), [("at the top", "top"), ("in the middle", "middle")])
def test_position_moves_them_off_the_bottom(
    cli: Cli, clip3_mp4: Path, subs: Path, where: str, region: str
) -> None:
    out = cli.edit(clip3_mp4, f"burn in subs.srt {where}", "out.mp4", "--asset", subs)
    assert drawn(out, clip3_mp4, region, 0.8)
    assert untouched(out, clip3_mp4, "bottom", 0.8)
    assert untouched(out, clip3_mp4, region, 1.6)


def test_big_text_covers_more(cli: Cli, clip3_mp4: Path, subs: Path) -> None:
    small = cli.edit(clip3_mp4, "add subtitles from subs.srt", "small.mp4", "--asset", subs)
    big = cli.edit(clip3_mp4, "hardcode subs.srt with big text", "big.mp4", "--asset", subs)
    assert changed(big, clip3_mp4, "bottom", 0.8) > 1.5 * changed(small, clip3_mp4, "bottom", 0.8)


def test_webvtt_works(cli: Cli, clip3_mp4: Path, tmp_path: Path) -> None:
    vtt = tmp_path / "captions.vtt"
    vtt.write_text(VTT, encoding="utf-8")
    out = cli.edit(clip3_mp4, "burn in captions.vtt", "out.mp4", "--asset", vtt)
    assert drawn(out, clip3_mp4, "bottom", 0.8)
    assert untouched(out, clip3_mp4, "bottom", 1.6)


def test_after_a_trim_lines_stay_on_their_moment(cli: Cli, clip3_mp4: Path, subs: Path) -> None:
    out = cli.edit(
        clip3_mp4,
        "trim the first 1 second and add subtitles from subs.srt",
        "out.mp4",
        "--asset",
        subs,
    )
    # source 2.0-2.8 s is now 1.0-1.8 s; source 1.6 s (no line) is now 0.6 s
    shifted = _frame_diff(out, 1.4, clip3_mp4, 2.4)
    gap = _frame_diff(out, 0.6, clip3_mp4, 1.6)
    assert shifted > 0.005  # the second line, over the frames it was timed for
    assert gap < 0.003  # no line over the frames between the cues


def test_after_a_speed_change_lines_follow_the_picture(
    cli: Cli, clip3_mp4: Path, subs: Path
) -> None:
    out = cli.edit(
        clip3_mp4, "speed it up 2x and add subtitles from subs.srt", "out.mp4", "--asset", subs
    )
    assert _frame_diff(out, 1.2, clip3_mp4, 2.4) > 0.005  # source 2.4 s, inside the 2nd cue
    assert _frame_diff(out, 0.8, clip3_mp4, 1.6) < 0.003  # source 1.6 s, between cues


def _frame_diff(out: Path, ot: float, src: Path, st: float) -> float:
    """Share of the bottom band that differs between output at `ot` and source at `st`."""
    a = frame(out, ot, (320, 240)).astype(np.int16)
    b = frame(src, st, (320, 240)).astype(np.int16)
    return float(np.mean(np.abs(a[180:] - b[180:]) > 40))


def test_hostile_file_names_and_lines_are_only_ever_drawn(
    cli: Cli, clip3_mp4: Path, tmp_path: Path
) -> None:
    srt = tmp_path / HOSTILE_NAME
    srt.write_text(
        "1\n00:00:00,400 --> 00:00:01,200\n"
        + "\n".join(HOSTILE_LINES)
        + "\n\n2\n00:00:02,000 --> 00:00:02,800\n{\\an8}moved to the top by its own tag\n",
        encoding="utf-8",
    )
    out = cli.edit(clip3_mp4, "burn in the subtitles", "out.mp4", "--asset", srt)
    assert drawn(out, clip3_mp4, "bottom", 0.8)
    assert drawn(out, clip3_mp4, "top", 2.4)  # an SRT line's own override tag, as players do
    assert untouched(out, clip3_mp4, "top_left", 0.8)  # no red box, no other filter ran
    (script,) = (cli.data_dir / "sessions").rglob("01_*.py")
    code = script.read_text(encoding="utf-8")
    assert HOSTILE_NAME not in code and "it's [a]" not in code
    for line in HOSTILE_LINES:
        assert line not in code
    assert "drawbox" not in code and "nullsink" not in code


def test_no_system_fonts_are_needed(cli: Cli, clip3_mp4: Path, subs: Path, tmp_path: Path) -> None:
    """The stage script re-run where fontconfig knows no fonts at all still draws the lines
    (from the shipped font); plain libass there draws nothing, so the check has teeth."""
    cli.edit(clip3_mp4, "add subtitles from subs.srt", "out.mp4", "--asset", subs)
    (script,) = (cli.data_dir / "sessions").rglob("01_*.py")
    config = tmp_path / "fonts.conf"
    config.write_text(
        f"<?xml version='1.0'?><fontconfig><cachedir>{tmp_path / 'fc'}</cachedir></fontconfig>"
    )
    env = {"FONTCONFIG_FILE": str(config), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    again = tmp_path / "again.mp4"
    done = subprocess.run(
        [sys.executable, str(script), "--input", f"main={clip3_mp4}", "--output", str(again)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**env, "PROMPTCUT_FFMPEG": ffmpeg_path()},
    )
    assert done.returncode == 0, done.stderr
    assert drawn(again, clip3_mp4, "bottom", 0.8)
    bare = tmp_path / "bare.mp4"
    subprocess.run(
        [ffmpeg_path(), "-hide_banner", "-loglevel", "error", "-i", str(clip3_mp4),
         "-vf", f"subtitles=filename={subs}", "-c:v", "libx264", "-preset", "ultrafast", str(bare)],
        capture_output=True, timeout=120, check=True, env=env,
    )  # fmt: skip
    assert untouched(bare, clip3_mp4, "bottom", 0.8)


def test_a_broken_srt_is_refused(cli: Cli, clip3_mp4: Path, tmp_path: Path) -> None:
    bad = tmp_path / "subs.srt"
    bad.write_text("Hello there\nthis has no times\n", encoding="utf-8")
    run = cli("edit", clip3_mp4, "add subtitles from subs.srt", "-o", "out.mp4", "--asset", bad)
    assert run.code == 2
    assert "subs.srt is not a readable SRT subtitle file: line 1" in run.err
    assert not (cli.home / "out.mp4").exists()


def test_a_subtitle_bomb_is_refused_at_once(cli: Cli, clip3_mp4: Path, tmp_path: Path) -> None:
    # The audit's file: ~100,000 cues (about 5 MB) made a 6 s clip a 170 s render.
    heavy = tmp_path / "subs.srt"
    heavy.write_text(
        "".join(f"{i + 1}\n00:00:01,000 --> 00:00:02,000\nline {i}\n\n" for i in range(100_000)),
        encoding="utf-8",
    )
    run = cli("edit", clip3_mp4, "add subtitles from subs.srt", "-o", "out.mp4", "--asset", heavy)
    assert run.code == 2, run.err
    assert "subs.srt holds 100,000 subtitles, too many to burn into a 3.0 s video" in run.err
    assert run.err.count("\n") == 1
    assert not (cli.home / "out.mp4").exists()
    # Refused before any ffmpeg ran (not a slow render that ended in an error): no log.
    assert not list((cli.data_dir / "sessions").rglob("*.log"))


def test_a_subtitle_file_named_but_not_given_is_refused(cli: Cli, clip3_mp4: Path) -> None:
    run = cli("edit", clip3_mp4, "add subtitles from subs.srt", "-o", "out.mp4")
    assert run.code == 2
    assert "names subs.srt, but that file was not given" in run.err
    run = cli("edit", clip3_mp4, "burn in the subtitles", "-o", "out.mp4")
    assert run.code == 2
    assert "no subtitle file was given" in run.err


@pytest.mark.parametrize(
    ("prompt", "letters"),
    [
        ("burn in subs.srt", (True, True, True)),  # white unless asked
        ("burn in subs.srt in yellow", (True, True, False)),
        ("hardcode subs.srt with a red font", (True, False, False)),
    ],
)
def test_a_colour_asked_is_the_letters_colour(
    cli: Cli, subs: Path, tmp_path: Path, prompt: str, letters: tuple[bool, bool, bool]
) -> None:
    black = tmp_path / "black.mp4"
    subprocess.run(
        [ffmpeg_path(), "-v", "error", "-f", "lavfi", "-i",
         "color=c=black:size=320x240:rate=25:duration=3", "-c:v", "libx264",
         "-pix_fmt", "yuv444p", str(black)],
        check=True,
    )  # fmt: skip
    out = cli.edit(black, prompt, "out.mp4", "--asset", subs)
    lit = rgb_frame(out, 0.8, (320, 240))
    fill = lit[lit.max(axis=2) > 140]  # the letters' fill; their outline is dark
    assert len(fill) > 50
    assert tuple(bool(c > 140) for c in fill.mean(axis=0)) == letters


def test_a_box_asked_is_drawn_behind_each_line(cli: Cli, subs: Path, tmp_path: Path) -> None:
    black = tmp_path / "black.mp4"
    subprocess.run(
        [ffmpeg_path(), "-v", "error", "-f", "lavfi", "-i",
         "color=c=black:size=320x240:rate=25:duration=3", "-c:v", "libx264",
         "-pix_fmt", "yuv444p", str(black)],
        check=True,
    )  # fmt: skip
    out = cli.edit(black, "burn in the subtitles yellow on blue", "out.mp4", "--asset", subs)
    lit = rgb_frame(out, 0.8, (320, 240)).astype(int)
    box = lit[(lit[..., 2] > 140) & (lit[..., 0] < 80) & (lit[..., 1] < 80)]  # blue
    letters = lit[(lit[..., 0] > 140) & (lit[..., 1] > 140) & (lit[..., 2] < 100)]  # yellow
    assert len(box) > 500 and len(letters) > 50
    # between the cues, no box and no letters
    assert rgb_frame(out, 1.6, (320, 240)).max() < 40
