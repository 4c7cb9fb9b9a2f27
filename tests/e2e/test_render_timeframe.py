"""Time and frame edits end to end (issue 3): several ranges, loops, frame rates, a sped-up or
frozen part, crops by pixels, bars and platform formats, each measured on the output."""

from __future__ import annotations

import itertools
from pathlib import Path

import av
import pytest
from cli_kit import Cli
from measure import frame, measure, mse, shows

pytestmark = pytest.mark.e2e


def _streams(path: Path) -> tuple[float, float]:
    """Seconds of picture and of sound, from the streams themselves."""
    with av.open(str(path)) as c:
        v, a = c.streams.video[0], c.streams.audio[0]
        assert v.duration is not None and a.duration is not None
        return float(v.duration * v.time_base), float(a.duration * a.time_base)


def _in_sync(path: Path, tolerance: float = 0.06) -> bool:
    video_s, audio_s = _streams(path)
    return abs(video_s - audio_s) <= tolerance


def _duration(path: Path) -> float:
    return measure(path).duration


# ---------------------------------------------------------------- time
def test_keep_two_ranges(cli: Cli, clip3_mp4: Path) -> None:
    out = cli.edit(clip3_mp4, "keep 0:00-0:01 and 0:02-0:03", "out.mp4")
    assert abs(_duration(out) - 2.0) <= 0.08
    assert shows(out, 0.5, clip3_mp4, 0.5, decoy_t=1.5)
    # the second second of the result is the last of the source, not the middle one
    assert shows(out, 1.5, clip3_mp4, 2.5, decoy_t=1.5)
    assert _in_sync(out)


def test_cut_two_ranges_on_the_same_timeline(cli: Cli, clip3_mp4: Path) -> None:
    out = cli.edit(clip3_mp4, "cut out 0.5-1s and 2-2.5s", "out.mp4")
    assert abs(_duration(out) - 2.0) <= 0.08
    assert shows(out, 0.25, clip3_mp4, 0.25, decoy_t=1.0)
    assert shows(out, 1.0, clip3_mp4, 1.5, decoy_t=1.0)
    # two cuts in a row would have shifted the second one: 2.75 s of the source shows here
    assert shows(out, 1.75, clip3_mp4, 2.75, decoy_t=2.25)
    assert _in_sync(out)


def test_repeat_twice_plays_it_twice(cli: Cli, clip3_mp4: Path) -> None:
    out = cli.edit(clip3_mp4, "repeat it twice", "out.mp4")
    assert abs(_duration(out) - 6.0) <= 0.1
    assert shows(out, 4.0, clip3_mp4, 1.0, decoy_t=2.5)
    assert shows(out, 1.0, clip3_mp4, 1.0, decoy_t=2.5)
    assert _in_sync(out)


def test_loop_after_a_trim_repeats_what_is_left(cli: Cli, clip3_mp4: Path) -> None:
    out = cli.edit(clip3_mp4, "keep the first second, then loop it 3 times", "out.mp4")
    assert abs(_duration(out) - 3.0) <= 0.08
    assert shows(out, 2.5, clip3_mp4, 0.5, decoy_t=2.5)
    assert _in_sync(out)


@pytest.mark.parametrize(("prompt", "fps"), [("convert to 12fps", 12.0), ("make it 50 fps", 50.0)])
def test_frame_rate(cli: Cli, clip_mp4: Path, prompt: str, fps: float) -> None:
    out = cli.edit(clip_mp4, prompt, "out.mp4")
    got = measure(out)
    assert got.video is not None
    assert abs(got.video.fps - fps) <= 0.1
    assert abs(got.duration - 1.0) <= 0.08
    with av.open(str(out)) as c:
        frames = sum(1 for _ in c.decode(video=0))
    assert abs(frames - fps) <= 1


def test_speeding_up_one_part_leaves_the_rest_alone(cli: Cli, clip3_mp4: Path) -> None:
    # 0-1 s as it was, 1-2 s in a quarter second, 2-3 s as it was
    out = cli.edit(clip3_mp4, "speed up 1 to 2 4x", "out.mp4")
    assert abs(_duration(out) - 2.25) <= 0.08
    assert shows(out, 0.5, clip3_mp4, 0.5, decoy_t=1.5)
    # a frame of the result is 4 of the source here: ask at a frame's own time
    assert shows(out, 1.1, clip3_mp4, 1.5, decoy_t=1.1)
    assert shows(out, 1.75, clip3_mp4, 2.5, decoy_t=1.75)
    assert _in_sync(out)


def test_slowing_down_one_part_leaves_the_rest_alone(cli: Cli, clip3_mp4: Path) -> None:
    out = cli.edit(clip3_mp4, "slow down the part between 1s and 2s to half speed", "out.mp4")
    assert abs(_duration(out) - 4.0) <= 0.08
    assert shows(out, 0.5, clip3_mp4, 0.5, decoy_t=1.5)
    assert shows(out, 2.0, clip3_mp4, 1.5, decoy_t=2.0)
    assert shows(out, 3.5, clip3_mp4, 2.5, decoy_t=1.75)
    got = measure(out)
    assert got.video is not None and abs(got.video.fps - 25) <= 0.5
    assert _in_sync(out, 0.08)


def _repeats(path: Path) -> tuple[int, int]:
    """How many frames the video has, and how many look the same as the one before."""
    with av.open(str(path)) as c:
        pictures = [f.to_ndarray(format="gray").astype(float) for f in c.decode(video=0)]
    same = sum(((a - b) ** 2).mean() < 2 for a, b in itertools.pairwise(pictures))
    return len(pictures), same


def test_slow_motion_keeps_the_frame_rate(cli: Cli, clip3_mp4: Path) -> None:
    out = cli.edit(clip3_mp4, "make it slow motion", "out.mp4")
    got = measure(out)
    assert abs(got.duration - 6.0) <= 0.1
    # Twice as long at the same rate: twice the frames, each shown twice.
    assert got.video is not None and abs(got.video.fps - 25) <= 0.5
    frames, repeated = _repeats(out)
    assert abs(frames - 150) <= 3 and abs(repeated - 75) <= 5


def test_smooth_slow_motion_makes_new_frames(cli: Cli, clip3_mp4: Path) -> None:
    out = cli.edit(clip3_mp4, "smooth slow motion", "out.mp4")
    got = measure(out)
    assert abs(got.duration - 6.0) <= 0.1
    assert got.video is not None and abs(got.video.fps - 25) <= 0.5
    # The in-between frames are new pictures, not repeats of their neighbours.
    frames, repeated = _repeats(out)
    assert abs(frames - 150) <= 3 and repeated <= 10


@pytest.mark.parametrize(
    ("prompt", "new_frames"), [("double the frame rate", False), ("interpolate it to 50 fps", True)]
)
def test_a_higher_frame_rate_repeats_frames_or_interpolates_new_ones(
    cli: Cli, clip_mp4: Path, prompt: str, new_frames: bool
) -> None:
    out = cli.edit(clip_mp4, prompt, "out.mp4")
    got = measure(out)
    assert got.video is not None and abs(got.video.fps - 50) <= 0.5
    assert abs(got.duration - 1.0) <= 0.08
    # Twice the frames in the same second: each shown twice, or new ones in between (none
    # after the last frame, which has nothing to move towards).
    frames, repeated = _repeats(out)
    assert abs(frames - 50) <= 3
    assert repeated <= 5 if new_frames else abs(repeated - 25) <= 3


def test_holding_the_last_frame_ends_on_a_still(cli: Cli, clip3_mp4: Path) -> None:
    out = cli.edit(clip3_mp4, "hold the last frame for 1 second", "out.mp4")
    assert abs(_duration(out) - 4.0) <= 0.1
    held = [frame(out, t) for t in (3.1, 3.5, 3.9)]
    assert max(mse(held[0], f) for f in held[1:]) < 5  # the picture stands still
    assert mse(held[0], frame(clip3_mp4, 2.95)) < 20  # and it is the last one


def test_freeze_frame_holds_then_plays_on(cli: Cli, clip3_mp4: Path) -> None:
    out = cli.edit(clip3_mp4, "freeze the frame at 0:01 for 1 second", "out.mp4")
    assert abs(_duration(out) - 4.0) <= 0.08
    held = [frame(out, t) for t in (1.1, 1.5, 1.9)]
    assert max(mse(held[0], f) for f in held[1:]) < 5  # the picture stands still
    assert shows(out, 1.5, clip3_mp4, 1.0, decoy_t=1.5)
    assert shows(out, 2.5, clip3_mp4, 1.5, decoy_t=2.5)
    assert _in_sync(out)


# ---------------------------------------------------------------- frame
def test_crop_an_area_from_the_top_left(cli: Cli, clip_mp4: Path) -> None:
    out = cli.edit(clip_mp4, "crop to 160x120 from the top left", "out.mp4")
    got = measure(out)
    assert got.video is not None and (got.video.width, got.video.height) == (160, 120)
    whole = frame(clip_mp4, 0.5, size=(128, 96))
    corners = {
        "top left": whole[:48, :64],
        "bottom right": whole[48:, 64:],
    }
    seen = frame(out, 0.5)
    assert mse(seen, corners["top left"]) < 0.35 * mse(seen, corners["bottom right"])


def test_crop_pixels_off_each_side(cli: Cli, clip_mp4: Path) -> None:
    out = cli.edit(clip_mp4, "crop 40 pixels off each side", "out.mp4")
    got = measure(out)
    assert got.video is not None and (got.video.width, got.video.height) == (240, 160)
    middle = frame(clip_mp4, 0.5, size=(320, 240))[40:200, 40:280]
    seen = frame(out, 0.5, size=(240, 160))
    assert mse(seen, middle) < 80


def test_letterbox_bars_are_black_and_the_picture_centred(cli: Cli, clip_mp4: Path) -> None:
    out = cli.edit(clip_mp4, "fit it into 9:16 with black bars", "out.mp4")
    got = measure(out)
    assert got.video is not None and (got.video.width, got.video.height) == (180, 320)
    seen = frame(out, 0.5, size=(180, 320))
    # 320x240 fitted into 180 wide is 180x136, with 92 rows of bar above and below
    top, picture, bottom = seen[:88], seen[96:224], seen[232:]
    assert top.max() < 24 and bottom.max() < 24
    source = frame(clip_mp4, 0.5, size=(180, 136))[4:132]
    assert mse(picture, source) < 80
    assert abs(top.mean() - bottom.mean()) < 2  # centred: the same bar at both ends


def test_pad_to_a_square_with_white(cli: Cli, clip_mp4: Path) -> None:
    out = cli.edit(clip_mp4, "pad to 1:1 with white", "out.mp4")
    got = measure(out)
    assert got.video is not None and (got.video.width, got.video.height) == (320, 320)
    seen = frame(out, 0.5, size=(320, 320))
    assert seen[:36].min() > 220 and seen[-36:].min() > 220


def test_tiktok_is_the_platform_size(cli: Cli, clip_mp4: Path) -> None:
    out = cli.edit(clip_mp4, "make it a TikTok", "out.mp4")
    got = measure(out)
    assert got.video is not None and (got.video.width, got.video.height) == (1080, 1920)
    assert got.audio is not None and abs(got.duration - 1.0) <= 0.08
    # cropped, not padded: the picture reaches the top edge
    assert frame(out, 0.5)[:4].mean() > 40


def test_cut_it_to_9_16_is_a_shape(cli: Cli, clip_mp4: Path) -> None:
    out = cli.edit(clip_mp4, "cut it to 9:16", "out.mp4")
    got = measure(out)
    assert got.video is not None
    assert abs(got.video.width / got.video.height - 9 / 16) <= 0.02
    assert abs(got.duration - 1.0) <= 0.08


def test_a_range_past_the_end_is_refused_with_the_facts(cli: Cli, clip3_mp4: Path) -> None:
    run = cli("edit", clip3_mp4, "keep 0:00-0:01 and 0:05-0:06", "-o", cli.home / "out.mp4")
    assert run.code != 0
    assert "3.0 s long; the range 0:05-0:06 starts after its end" in run.err
    assert "Traceback" not in run.err
    assert not (cli.home / "out.mp4").exists()
