"""Logos and picture-in-picture rendered by the real ffmpeg: where the picture lands, how
see-through it is, when it shows, and what happens when the second video is shorter or
longer than the main one."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from cli_kit import Cli, make_clip
from measure import displayed_size, frame, measure

pytestmark = pytest.mark.e2e

SIZE = (320, 240)
# Fractions of (x0, y0, x1, y1), as the acceptance kit measures them.
REGIONS = {
    "middle": (0.2, 0.35, 0.8, 0.65),
    "top_left": (0, 0, 0.3, 0.3),
    "top_right": (0.7, 0, 1, 0.3),
    "bottom_left": (0, 0.7, 0.3, 1),
    "bottom_right": (0.7, 0.7, 1, 1),
}
OPPOSITE = {
    "top_left": "bottom_right",
    "top_right": "bottom_left",
    "bottom_left": "top_right",
    "bottom_right": "top_left",
}


def changed(out: Path, src: Path, region: str, t: float) -> float:
    """Share of a region's pixels that clearly differ between output and source at time t."""
    a = frame(out, t, SIZE).astype(np.int16)
    b = frame(src, t, SIZE).astype(np.int16)
    h, w = a.shape
    x0, y0, x1, y1 = REGIONS[region]
    box = (slice(int(y0 * h), int(y1 * h)), slice(int(x0 * w), int(x1 * w)))
    return float(np.mean(np.abs(a[box] - b[box]) > 40))


def drawn(out: Path, src: Path, region: str, t: float = 0.5) -> bool:
    return changed(out, src, region, t) > 0.005


def untouched(out: Path, src: Path, region: str, t: float = 0.5) -> bool:
    return changed(out, src, region, t) < 0.003


@pytest.fixture(scope="session")
def logo_png(media_dir: Path) -> Path:
    """A solid black 100x50 logo with an alpha channel: it stands out on every colour bar of
    the test pattern but the blue one, and blends linearly, so its opacity can be measured."""
    return make_clip(
        media_dir,
        "logo.png",
        ["-f", "lavfi", "-i", "color=c=black:size=100x50,format=rgba", "-frames:v", "1"],
    )


def _solid_video(media_dir: Path, name: str, seconds: float) -> Path:
    """A white 160x120 clip: unlike anything in the corners of the test pattern."""
    return make_clip(
        media_dir,
        name,
        ["-f", "lavfi", "-i", f"color=c=white:size=160x120:rate=25:duration={seconds}",
         "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"],
    )  # fmt: skip


@pytest.fixture(scope="session")
def short_mp4(media_dir: Path) -> Path:
    """1 s: shorter than the 3 s main clip."""
    return _solid_video(media_dir, "short.mp4", 1.0)


@pytest.fixture(scope="session")
def long_mp4(media_dir: Path) -> Path:
    """5 s: longer than the 3 s main clip."""
    return _solid_video(media_dir, "long.mp4", 5.0)


# ---------------------------------------------------------------- a logo
@pytest.mark.parametrize(
    ("where", "region"),
    [
        ("bottom left corner", "bottom_left"),
        ("top right corner", "top_right"),
        ("top left", "top_left"),
        ("lower right hand corner", "bottom_right"),
    ],
)
def test_logo_lands_in_the_corner_asked_for(
    cli: Cli, clip3_mp4: Path, logo_png: Path, where: str, region: str
) -> None:
    out = cli.edit(clip3_mp4, f"put logo.png in the {where}", "out.mp4", "--asset", logo_png)
    assert drawn(out, clip3_mp4, region, 1.0)
    assert untouched(out, clip3_mp4, OPPOSITE[region], 1.0)
    assert untouched(out, clip3_mp4, "middle", 1.0)
    assert drawn(out, clip3_mp4, region, 2.8)  # read once, still there at the end
    assert abs(measure(out).duration - measure(clip3_mp4).duration) < 0.1


def test_centered_logo_at_a_share_of_the_width(cli: Cli, clip3_mp4: Path, logo_png: Path) -> None:
    out = cli.edit(
        clip3_mp4, "logo.png in the center, 30% of the width", "out.mp4", "--asset", logo_png
    )
    a = frame(out, 1.0, SIZE).astype(np.int16)
    b = frame(clip3_mp4, 1.0, SIZE).astype(np.int16)
    columns = np.flatnonzero(np.mean(np.abs(a - b) > 40, axis=0) > 0.1)
    # 30% of 320 = 96 px, centred: columns 112 to 207 (black on the blue bar, from 160 on,
    # is too alike to count, so the right edge is only bounded).
    assert abs(columns.min() - 112) <= 2
    assert 150 <= columns.max() <= 209
    for corner in OPPOSITE:
        assert untouched(out, clip3_mp4, corner, 1.0)


def _darkening(out: Path, src: Path, t: float = 1.0) -> float:
    """How much darker the logo's box (top left: 64x32 px, 7 px in) is than the source."""
    box = (slice(10, 36), slice(10, 68))
    return float(np.mean(frame(src, t, SIZE)[box] - frame(out, t, SIZE)[box]))


def test_half_opacity_changes_the_picture_half_as_much(
    cli: Cli, clip3_mp4: Path, logo_png: Path
) -> None:
    full = cli.edit(clip3_mp4, "put logo.png top left", "full.mp4", "--asset", logo_png)
    half = cli.edit(
        clip3_mp4, "put logo.png top left at 50% opacity", "half.mp4", "--asset", logo_png
    )
    assert _darkening(full, clip3_mp4) > 20
    assert abs(_darkening(half, clip3_mp4) / _darkening(full, clip3_mp4) - 0.5) < 0.1


def test_logo_shows_inside_its_time_window_only(cli: Cli, clip3_mp4: Path, logo_png: Path) -> None:
    out = cli.edit(
        clip3_mp4, "put logo.png top right from 1 to 2 seconds", "out.mp4", "--asset", logo_png
    )
    assert untouched(out, clip3_mp4, "top_right", 0.5)
    assert drawn(out, clip3_mp4, "top_right", 1.5)
    assert untouched(out, clip3_mp4, "top_right", 2.5)


def test_logo_for_the_first_seconds(cli: Cli, clip3_mp4: Path, logo_png: Path) -> None:
    out = cli.edit(
        clip3_mp4,
        "overlay logo.png small in the corner for the first 1 second",
        "out.mp4",
        "--asset",
        logo_png,
    )
    assert drawn(out, clip3_mp4, "bottom_right", 0.5)
    assert untouched(out, clip3_mp4, "bottom_right", 2.0)


# ---------------------------------------------------------------- picture-in-picture
def test_pip_lands_in_its_corner_and_the_sound_stays_the_main_ones(
    cli: Cli, clip3_mp4: Path, long_mp4: Path
) -> None:
    out = cli.edit(
        clip3_mp4, "overlay long.mp4 in the top left corner", "out.mp4", "--asset", long_mp4
    )
    assert drawn(out, clip3_mp4, "top_left", 1.0)
    assert untouched(out, clip3_mp4, "bottom_right", 1.0)
    got = measure(out)
    # Longer than the main video: cut where the main video ends.
    assert abs(got.duration - measure(clip3_mp4).duration) < 0.1
    assert got.audio is not None


def test_shorter_pip_disappears_when_it_ends(cli: Cli, clip3_mp4: Path, short_mp4: Path) -> None:
    out = cli.edit(
        clip3_mp4,
        "picture in picture with short.mp4 bottom right at 25% size",
        "out.mp4",
        "--asset",
        short_mp4,
    )
    assert drawn(out, clip3_mp4, "bottom_right", 0.5)
    assert untouched(out, clip3_mp4, "bottom_right", 2.0)  # gone, cleanly: no frozen frame
    assert abs(measure(out).duration - measure(clip3_mp4).duration) < 0.1


def test_pip_in_a_window_starts_there(cli: Cli, clip3_mp4: Path, short_mp4: Path) -> None:
    out = cli.edit(
        clip3_mp4, "overlay short.mp4 top right from 1.5s", "out.mp4", "--asset", short_mp4
    )
    assert untouched(out, clip3_mp4, "top_right", 1.0)
    assert drawn(out, clip3_mp4, "top_right", 2.0)


def test_pip_border_is_drawn_in_its_colour(cli: Cli, clip3_mp4: Path, long_mp4: Path) -> None:
    out = cli.edit(
        clip3_mp4,
        "put long.mp4 in the top left corner with a 6px black border",
        "out.mp4",
        "--asset",
        long_mp4,
    )
    # 30% of 320 = 96x72 inside a 6 px frame, 7 px in: the frame's top edge is rows 7-12.
    picture = frame(out, 1.0, SIZE)
    assert np.mean(picture[8:12, 20:90]) < 40  # black border
    assert np.mean(picture[20:70, 20:90]) > 200  # white picture


# ---------------------------------------------------------------- awkward inputs
@pytest.mark.parametrize("source", ["rotated_mp4", "odd_size_mp4"])
@pytest.mark.parametrize(
    ("prompt", "region"),
    [
        ("put logo.png in the bottom right corner", "bottom_right"),
        ("overlay long.mp4 in the bottom left corner", "bottom_left"),
    ],
)
def test_overlays_on_awkward_inputs(
    cli: Cli,
    request: pytest.FixtureRequest,
    logo_png: Path,
    long_mp4: Path,
    source: str,
    prompt: str,
    region: str,
) -> None:
    src: Path = request.getfixturevalue(source)
    asset = logo_png if "logo" in prompt else long_mp4
    out = cli.edit(src, prompt, "out.mp4", "--asset", asset)
    assert drawn(out, src, region, 0.2)
    # The top left: the output of a 321x241 input loses its last column and row, which
    # shifts the right side of the picture by a pixel when the two are compared.
    assert untouched(out, src, "top_left", 0.2)
    w, h = displayed_size(src)
    ow, oh = displayed_size(out)
    assert abs(ow - w) <= 1 and abs(oh - h) <= 1
