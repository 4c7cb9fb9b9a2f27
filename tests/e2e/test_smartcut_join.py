"""`promptcut edit` joining clips whose pictures share codec parameters: every picture copied
packet for packet, the sound re-encoded once; clips that differ are rendered as before, with
the reason kept."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import av
import numpy as np
import pytest
from cli_kit import Cli, make_clip
from measure import mean_volume

from promptcut.media.ffmpeg import ffmpeg_path
from promptcut.media.packets import length_size, picture_checksum

pytestmark = pytest.mark.e2e

FPS = 30
#: the same x264 settings for every clip: what one camera writes
X264 = ["-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", "-g", "30",
        "-keyint_min", "30", "-sc_threshold", "0", "-bf", "3"]  # fmt: skip


def _clip(
    folder: Path, name: str, source: str, seconds: float, size: str, tone: int | None
) -> Path:
    sound = ["-f", "lavfi", "-i", f"sine=frequency={tone}:sample_rate=48000:duration={seconds}"]
    return make_clip(
        folder, name,
        ["-f", "lavfi", "-i", f"{source}=size={size}:rate={FPS}:duration={seconds}",
         *(sound if tone else []), *X264, *(["-c:a", "aac", "-shortest"] if tone else [])],
    )  # fmt: skip


@pytest.fixture(scope="module")
def clips(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("join")
    return {
        "main": _clip(folder, "main.mp4", "testsrc2", 2, "160x120", 440),
        "b": _clip(folder, "b.mp4", "smptebars", 1.5, "160x120", 880),
        "quiet": _clip(folder, "quiet.mp4", "smptebars", 1, "160x120", None),
        "big": _clip(folder, "big.mp4", "smptebars", 1.5, "320x240", 880),
    }


def _x265(folder: Path, name: str, source: str, entry: str) -> Path:
    """1.5 s of x265 with B-frames and a closed 1 s GOP, with sound, stored as `entry`."""
    params = "keyint=30:min-keyint=30:scenecut=0:bframes=3:open-gop=0:log-level=error"
    return make_clip(
        folder, name,
        ["-f", "lavfi", "-i", f"{source}=size=160x96:rate={FPS}:duration=1.5",
         "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=1.5",
         "-c:v", "libx265", "-preset", "veryfast", "-pix_fmt", "yuv420p",
         "-x265-params", params, "-tag:v", entry, "-c:a", "aac", "-shortest"],
    )  # fmt: skip


def _pictures(path: Path) -> list[int]:
    """The coded pictures (slices alone, whatever headers a copy adds) in decode order."""
    with av.open(str(path)) as c:
        ctx = c.streams.video[0].codec_context
        nal = length_size(ctx.extradata, ctx.name)
        return [picture_checksum(bytes(p), nal, ctx.name) for p in c.demux(video=0) if p.size]


def _lengths(path: Path) -> tuple[int, float, float | None, float]:
    """Frames decoded; how long the picture and the sound last; the longest sound packet."""
    with av.open(str(path)) as c:
        frames = sum(1 for _ in c.decode(video=0))
    with av.open(str(path)) as c:
        v = c.streams.video[0]
        picture = float(v.duration * v.time_base) if v.duration and v.time_base else 0.0
        if not c.streams.audio:
            return frames, picture, None, 0.0
        a = c.streams.audio[0]
        spans = [
            (float(p.pts * p.time_base), float((p.duration or 0) * p.time_base))
            for p in c.demux(a)
            if p.size and p.pts is not None and p.time_base is not None
        ]
    sound = max(t + d for t, d in spans) - min(t for t, _ in spans)
    return frames, picture, sound, max(d for _, d in spans)


def _decode_errors(path: Path) -> str:
    done = subprocess.run(
        [ffmpeg_path(), "-hide_banner", "-nostdin", "-v", "error", "-i", str(path),
         "-f", "null", "-"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    return done.stderr.strip() or ("" if done.returncode == 0 else f"exit {done.returncode}")


def _edit(cli: Cli, source: Path, prompt: str, out: str, *assets: Path) -> dict[str, object]:
    extra = [a for p in assets for a in ("--asset", str(p))]
    run = cli("edit", source, prompt, "-o", cli.home / out, "--json", *extra)
    assert run.code == 0, run.err
    result: dict[str, object] = json.loads(run.out)
    return result


def test_clips_made_alike_join_with_every_picture_copied(cli: Cli, clips: dict[str, Path]) -> None:
    result = _edit(cli, clips["main"], "add b.mp4 after the video", "joined.mp4", clips["b"])
    assert result["copying"] == {"copied": 1.0, "reason": None}
    out = cli.home / "joined.mp4"
    assert _pictures(out) == _pictures(clips["main"]) + _pictures(clips["b"])
    frames, picture, sound, packet = _lengths(out)
    assert frames == 60 + 45
    assert abs(picture - 3.5) < 1 / FPS
    assert sound is not None and abs(sound - picture) <= packet + 1e-3
    assert _decode_errors(out) == ""
    # each clip's own sound plays with its own picture
    assert abs(mean_volume(out, 0.2, 1.5) - mean_volume(clips["main"], 0.2, 1.5)) < 1.0
    assert abs(mean_volume(out, 2.2, 1.0) - mean_volume(clips["b"], 0.2, 1.0)) < 1.0
    script = next((cli.data_dir / "sessions").glob("*/scripts/v0001/01_*.py"))
    text = script.read_text()
    assert "copy the picture of b.mp4 (45 frames)" in text and "duration 1.500000" in text


def test_clips_joined_into_mpeg_ts_have_every_picture_copied(
    cli: Cli, clips: dict[str, Path]
) -> None:
    result = _edit(cli, clips["main"], "add b.mp4 after the video", "joined.ts", clips["b"])
    assert result["copying"] == {"copied": 1.0, "reason": None}
    out = cli.home / "joined.ts"
    # in-band parameter sets and start codes in MPEG-TS: the same coded pictures
    assert _pictures(out) == _pictures(clips["main"]) + _pictures(clips["b"])
    assert _decode_errors(out) == ""
    with av.open(str(out)) as c:
        assert c.format.name == "mpegts"
        frames = sum(1 for _ in c.decode(video=0))
    with av.open(str(out)) as c:
        ends: dict[str, list[float]] = {"video": [], "audio": []}
        for p in c.demux(c.streams.video[0], c.streams.audio[0]):
            if p.size and p.pts is not None and p.time_base is not None:
                t = float(p.pts * p.time_base)
                ends[p.stream.type] += [t, t + float((p.duration or 0) * p.time_base)]
    assert frames == 60 + 45
    picture = max(ends["video"]) - min(ends["video"])
    assert abs(picture - 3.5) < 1 / FPS
    # the sound ends with the picture (the encoder's priming comes before the first picture)
    assert abs(max(ends["audio"]) - max(ends["video"])) <= 1024 / 48000 + 1e-3
    assert abs(mean_volume(out, 2.2, 1.0) - mean_volume(clips["b"], 0.2, 1.0)) < 1.0


def test_a_clip_put_first_is_copied_first(cli: Cli, clips: dict[str, Path]) -> None:
    result = _edit(cli, clips["main"], "put b.mp4 at the start", "first.mp4", clips["b"])
    assert result["copying"] == {"copied": 1.0, "reason": None}
    out = cli.home / "first.mp4"
    assert _pictures(out) == _pictures(clips["b"]) + _pictures(clips["main"])
    assert _decode_errors(out) == ""


def test_a_clip_without_sound_is_joined_with_silence_as_long_as_its_picture(
    cli: Cli, clips: dict[str, Path]
) -> None:
    result = _edit(cli, clips["main"], "add quiet.mp4 after the video", "q.mp4", clips["quiet"])
    assert result["copying"] == {"copied": 1.0, "reason": None}
    out = cli.home / "q.mp4"
    frames, picture, sound, packet = _lengths(out)
    assert frames == 60 + 30 and abs(picture - 3.0) < 1 / FPS
    assert sound is not None and abs(sound - picture) <= packet + 1e-3
    assert mean_volume(out, 2.1, 0.8) < -80


def test_clips_of_different_sizes_are_rendered_with_the_reason_logged(
    cli: Cli, clips: dict[str, Path]
) -> None:
    result = _edit(cli, clips["main"], "add big.mp4 after the video", "mixed.mp4", clips["big"])
    reason = "the clips differ in size: 160x120 and 320x240"
    assert result["copying"] == {"copied": 0.0, "reason": reason}
    log = next((cli.data_dir / "sessions").glob("*/logs/v0001/01_copy.log"))
    assert reason in log.read_text()
    out = cli.home / "mixed.mp4"
    frames, picture, _, _ = _lengths(out)
    assert frames == 60 + 45 and abs(picture - 3.5) < 1 / FPS
    with av.open(str(out)) as c:
        assert (c.streams.video[0].width, c.streams.video[0].height) == (160, 120)


def test_hevc_clips_made_alike_join_with_every_picture_copied(
    cli: Cli, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("join-hevc")
    a, b = _x265(folder, "a.mp4", "testsrc2", "hev1"), _x265(folder, "b.mp4", "smptebars", "hev1")
    result = _edit(cli, a, "add b.mp4 after the video", "joined.mp4", b)
    assert result["copying"] == {"copied": 1.0, "reason": None}
    out = cli.home / "joined.mp4"
    assert _pictures(out) == _pictures(a) + _pictures(b)
    frames, picture, sound, packet = _lengths(out)
    assert frames == 90 and abs(picture - 3.0) < 1 / FPS
    assert sound is not None and abs(sound - picture) <= packet + 1e-3
    assert _decode_errors(out) == ""
    with av.open(str(out)) as c:
        assert c.streams.video[0].codec_context.codec_tag == "hev1"


def test_hevc_clips_stored_for_apples_players_are_rendered_with_the_reason(
    cli: Cli, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("join-hvc1")
    a, b = _x265(folder, "a.mp4", "testsrc2", "hvc1"), _x265(folder, "b.mp4", "smptebars", "hvc1")
    result = _edit(cli, a, "add b.mp4 after the video", "joined.mp4", b)
    copying = result["copying"]
    assert isinstance(copying, dict) and copying["copied"] == 0.0
    assert str(copying["reason"]).startswith("the video is HEVC stored as hvc1")
    frames, _, _, _ = _lengths(cli.home / "joined.mp4")
    assert frames == 90


def _frames(path: Path) -> list[np.ndarray]:
    with av.open(str(path)) as c:
        return [f.to_ndarray() for f in c.decode(video=0)]


def _psnr(a: np.ndarray, b: np.ndarray) -> float:
    mse = float(np.mean((a.astype(np.float64) - b.astype(np.float64)) ** 2))
    return float("inf") if mse == 0 else 10 * np.log10(255.0**2 / mse)


def _assert_shows(out: Path, wanted: list[tuple[Path, int, bool]]) -> None:
    """The output's frames are, in order, these source frames (clip, frame, copied):
    identical where copied, within 40 dB where re-encoded."""
    got = _frames(out)
    sources = {path: _frames(path) for path, _, _ in wanted}
    assert len(got) == len(wanted)
    for j, (path, i, copied) in enumerate(wanted):
        if copied:
            assert np.array_equal(got[j], sources[path][i]), f"{path.name} frame {i} differs"
        else:
            assert _psnr(got[j], sources[path][i]) >= 40.0, f"{path.name} frame {i} is off"


def test_a_trim_and_a_join_cut_and_join_by_copying(cli: Cli, clips: dict[str, Path]) -> None:
    main, b = clips["main"], clips["b"]
    result = _edit(
        cli, main, "trim the first 0.5 seconds and add b.mp4 after the video", "tj.mp4", b
    )
    # main frames 15-29 re-encoded, 30-59 copied; all 45 of b copied
    copying = result["copying"]
    assert isinstance(copying, dict) and abs(copying["copied"] - 75 / 90) < 1e-3
    out = cli.home / "tj.mp4"
    _assert_shows(
        out,
        [(main, i, i >= 30) for i in range(15, 60)] + [(b, i, True) for i in range(45)],
    )
    frames, picture, sound, packet = _lengths(out)
    assert frames == 90 and abs(picture - 3.0) < 1 / FPS
    assert sound is not None and abs(sound - picture) <= packet + 1e-3
    assert _decode_errors(out) == ""
    # each clip's own sound plays with its own picture
    assert abs(mean_volume(out, 0.2, 1.0) - mean_volume(main, 0.7, 1.0)) < 1.0
    assert abs(mean_volume(out, 1.7, 1.0) - mean_volume(b, 0.2, 1.0)) < 1.0
    script = next((cli.data_dir / "sessions").glob("*/scripts/v0001/01_*.py")).read_text()
    assert "re-encode frames 15-29 " in script and "copy frames 0-44 of b.mp4" in script


def test_a_cut_across_a_join_takes_from_both_clips(cli: Cli, clips: dict[str, Path]) -> None:
    main, b = clips["main"], clips["b"]
    result = _edit(
        cli, main, "put b.mp4 at the start and cut out 0:01.2 to 0:02.5", "across.mp4", b
    )
    # b frames 0-35 (0-29 copied, 30-35 re-encoded), then main from 1.0 s: frames 30-59 copied
    copying = result["copying"]
    assert isinstance(copying, dict) and abs(copying["copied"] - 60 / 66) < 1e-3
    out = cli.home / "across.mp4"
    shown = [(b, i, i < 30) for i in range(36)] + [(main, i, True) for i in range(30, 60)]
    _assert_shows(out, shown)
    frames, picture, sound, packet = _lengths(out)
    assert frames == 66 and abs(picture - 2.2) < 1 / FPS
    assert sound is not None and abs(sound - picture) <= packet + 1e-3
    assert _decode_errors(out) == ""


def test_a_join_then_louder_copies_every_picture_and_raises_the_joined_sound(
    cli: Cli, clips: dict[str, Path]
) -> None:
    main, b = clips["main"], clips["b"]
    result = _edit(cli, main, "add b.mp4 after the video and make it louder", "loud.mp4", b)
    assert result["copying"] == {"copied": 1.0, "reason": None}
    out = cli.home / "loud.mp4"
    assert _pictures(out) == _pictures(main) + _pictures(b)
    frames, picture, sound, packet = _lengths(out)
    assert frames == 60 + 45 and abs(picture - 3.5) < 1 / FPS
    assert sound is not None and abs(sound - picture) <= packet + 1e-3
    assert _decode_errors(out) == ""
    # both clips' sound 6 dB louder, each under its own picture
    assert abs(mean_volume(out, 0.2, 1.5) - mean_volume(main, 0.2, 1.5) - 6.0) < 1.0
    assert abs(mean_volume(out, 2.2, 1.0) - mean_volume(b, 0.2, 1.0) - 6.0) < 1.0
    script = next((cli.data_dir / "sessions").glob("*/scripts/v0001/01_*.py")).read_text()
    assert "then volume +6 dB" in script


def test_a_join_then_normalize_measures_and_normalizes_the_joined_sound(
    cli: Cli, clips: dict[str, Path]
) -> None:
    main, b = clips["main"], clips["b"]
    result = _edit(
        cli, main, "trim the first 0.5 seconds, add b.mp4 after the video and normalize the "
        "audio", "normal.mp4", b,
    )  # fmt: skip
    copying = result["copying"]
    assert isinstance(copying, dict) and copying["reason"] is None
    assert abs(copying["copied"] - 75 / 90) < 1e-3
    out = cli.home / "normal.mp4"
    frames, picture, sound, packet = _lengths(out)
    assert frames == 90 and abs(picture - 3.0) < 1 / FPS
    assert sound is not None and abs(sound - picture) <= packet + 1e-3
    # measured first (its own stage), then the joined sound brought to -14 LUFS: a sine at
    # ffmpeg's default amplitude is about -21 dB mean, normalized it is louder
    logs = next((cli.data_dir / "sessions").glob("*/logs/v0001"))
    assert (logs / "02_copy.log").is_file() and not (logs / "01_copy.log").exists()
    assert mean_volume(out, 0.2, 2.5) > mean_volume(main, 0.7, 1.0) + 3.0


def test_music_added_after_a_join_lies_under_the_joined_sound(
    cli: Cli, clips: dict[str, Path], tmp_path: Path
) -> None:
    main, b = clips["main"], clips["b"]
    # 1 s of music, looped under the 3.5 s of the join
    music = make_clip(tmp_path, "music.mp3", ["-f", "lavfi", "-i", "sine=frequency=200:duration=1"])
    extra = ["--asset", str(b), "--asset", str(music)]
    run = cli("edit", main, "add b.mp4 after the video and add music.mp3", "-o",
              cli.home / "music.mp4", "--json", *extra)  # fmt: skip
    assert run.code == 0, run.err
    assert json.loads(run.out)["copying"] == {"copied": 1.0, "reason": None}
    out = cli.home / "music.mp4"
    assert _pictures(out) == _pictures(main) + _pictures(b)
    frames, picture, sound, packet = _lengths(out)
    assert frames == 105 and abs(picture - 3.5) < 1 / FPS
    assert sound is not None and abs(sound - picture) <= packet + 1e-3
    assert _decode_errors(out) == ""
    script = next((cli.data_dir / "sessions").glob("*/scripts/v0001/01_*.py")).read_text()
    assert "then add music.mp3 as music" in script


def test_a_join_then_mute_copies_the_pictures_and_leaves_out_the_sound(
    cli: Cli, clips: dict[str, Path]
) -> None:
    result = _edit(
        cli, clips["main"], "trim the first second, add b.mp4 after the video and mute it",
        "muted.mp4", clips["b"],
    )  # fmt: skip
    assert result["copying"] == {"copied": 1.0, "reason": None}
    with av.open(str(cli.home / "muted.mp4")) as c:
        assert not c.streams.audio
        assert sum(1 for _ in c.decode(video=0)) == 30 + 45


def test_a_sound_step_before_the_join_lowers_the_videos_sound_alone_and_copies_the_pictures(
    cli: Cli, clips: dict[str, Path]
) -> None:
    # it changes the video's sound alone: b.mp4's sound stays as it was
    main, b = clips["main"], clips["b"]
    result = _edit(
        cli, main, "lower the volume and add b.mp4 after the video", "lower.mp4", b
    )  # fmt: skip
    assert result["copying"] == {"copied": 1.0, "reason": None}
    out = cli.home / "lower.mp4"
    assert _pictures(out) == _pictures(main) + _pictures(b)
    frames, picture, sound, packet = _lengths(out)
    assert frames == 60 + 45 and abs(picture - 3.5) < 1 / FPS
    assert sound is not None and abs(sound - picture) <= packet + 1e-3
    assert _decode_errors(out) == ""
    assert abs(mean_volume(out, 0.2, 1.5) - mean_volume(main, 0.2, 1.5) + 6.0) < 1.0
    assert abs(mean_volume(out, 2.2, 1.0) - mean_volume(b, 0.2, 1.0)) < 1.0
    script = next((cli.data_dir / "sessions").glob("*/scripts/v0001/01_*.py")).read_text()
    assert "the video's own first volume -6 dB" in script


def test_sound_steps_before_and_after_a_join_and_a_cut_each_reach_their_part(
    cli: Cli, clips: dict[str, Path]
) -> None:
    # the video quieter by 6 dB, then everything joined 6 dB louder, and its first half
    # second cut: the video's part ends as loud as it was, b.mp4's 6 dB louder
    main, b = clips["main"], clips["b"]
    result = _edit(
        cli, main, "lower the volume, add b.mp4 after the video, make it louder and trim the "
        "first 0.5 seconds", "both.mp4", b,
    )  # fmt: skip
    copying = result["copying"]
    assert isinstance(copying, dict) and copying["reason"] is None and copying["copied"] > 0
    out = cli.home / "both.mp4"
    frames, picture, sound, packet = _lengths(out)
    assert frames == 45 + 45 and abs(picture - 3.0) < 1 / FPS
    assert sound is not None and abs(sound - picture) <= packet + 1e-3
    assert _decode_errors(out) == ""
    assert abs(mean_volume(out, 0.2, 1.0) - mean_volume(main, 0.7, 1.0)) < 1.0
    assert abs(mean_volume(out, 1.7, 1.0) - mean_volume(b, 0.2, 1.0) - 6.0) < 1.0


def test_a_mute_before_the_join_silences_the_video_alone(cli: Cli, clips: dict[str, Path]) -> None:
    main, b = clips["main"], clips["b"]
    result = _edit(cli, main, "mute it and add b.mp4 after the video", "hush.mp4", b)
    assert result["copying"] == {"copied": 1.0, "reason": None}
    out = cli.home / "hush.mp4"
    assert _pictures(out) == _pictures(main) + _pictures(b)
    assert mean_volume(out, 0.2, 1.5) < -80
    assert abs(mean_volume(out, 2.2, 1.0) - mean_volume(b, 0.2, 1.0)) < 1.0


def test_a_ranged_sound_step_before_a_join_and_a_cut_is_rendered_with_the_reason(
    cli: Cli, clips: dict[str, Path]
) -> None:
    # "from 0:01" is on the video's timeline, which the cut after the join changes
    result = _edit(
        cli, clips["main"], "lower the volume from 0:01 to 0:02, add b.mp4 after the video and "
        "trim the first 0.5 seconds", "ranged.mp4", clips["b"],
    )  # fmt: skip
    copying = result["copying"]
    assert isinstance(copying, dict) and copying["copied"] == 0.0
    assert "is limited to a range of the timeline before the cut" in str(copying["reason"])


def test_a_cut_and_a_join_of_clips_that_differ_are_rendered_with_the_reason(
    cli: Cli, clips: dict[str, Path]
) -> None:
    result = _edit(
        cli, clips["main"], "trim the first second and add big.mp4 after the video",
        "big.mp4", clips["big"],
    )  # fmt: skip
    copying = result["copying"]
    assert isinstance(copying, dict) and copying["copied"] == 0.0
    assert copying["reason"] == "the clips differ in size: 160x120 and 320x240"
    frames, _, _, _ = _lengths(cli.home / "big.mp4")
    assert frames == 30 + 45
