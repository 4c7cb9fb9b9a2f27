"""Edits driven by analysis end to end: silence cut with room around the sound and picture in
step, scenes found where the picture changes, black stretches removed. Measured."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_kit import Cli, make_clip
from measure import mean_volume, measure, shows

pytestmark = pytest.mark.e2e

X264 = ("-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p")

# A tone for 1.8 s of every 3 s: bursts at 0-1.8, 3-4.8, 6-7.8 s, silence between.
BURSTS = "aevalsrc=0.5*sin(2*PI*300*t)*lt(mod(t\\,3)\\,1.8):s=48000:d=9"
BURST_STARTS = (0.0, 3.0, 6.0)
BURST_LENGTH = 1.8
MARGIN = 0.2  # the default room kept around sound


@pytest.fixture(scope="session")
def bursts_mp4(media_dir: Path) -> Path:
    """9 s, a moving picture over tone bursts separated by 1.2 s of silence."""
    return make_clip(
        media_dir,
        "bursts.mp4",
        ["-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=9",
         "-f", "lavfi", "-i", BURSTS, *X264, "-c:a", "aac", "-shortest"],
    )  # fmt: skip


def kept_bursts() -> list[tuple[float, float]]:
    """Where each burst lands in the output when the silence is cut with the margin: the
    first keeps its start at 0, later ones follow the previous one's margin."""
    out, at = [], 0.0
    for i in range(len(BURST_STARTS)):
        lead = 0.0 if i == 0 else MARGIN
        out.append((at + lead, at + lead + BURST_LENGTH))
        at += lead + BURST_LENGTH + MARGIN
    return out


def test_silence_is_cut_in_two_passes_keeping_room_around_the_sound(
    cli: Cli, bursts_mp4: Path
) -> None:
    out = cli.edit(bursts_mp4, "cut the silence", "tight.mp4")
    # 9 s less the three silences (1.2 s each) plus 0.2 s of room on their sounding sides.
    assert abs(measure(out).duration - 6.4) < 0.15
    session = next((cli.data_dir / "sessions").iterdir())
    scripts = sorted(p.name for p in (session / "scripts" / "v0001").glob("*.py"))
    assert scripts == ["01_measure_silences.py", "02_remove_silence.py"]
    history = json.loads((session / "history.json").read_text())[-1]
    silences = history["measurements"]["1"]["silences"]
    assert [round(a, 1) for a, _ in silences] == [1.8, 4.8, 7.8]
    assert abs(history["measurements"]["1"]["silent_seconds"] - 3.6) < 0.1


def test_no_burst_is_clipped_at_either_edge(cli: Cli, bursts_mp4: Path) -> None:
    out = cli.edit(bursts_mp4, "cut the silence", "tight.mp4")
    tone = mean_volume(bursts_mp4, 0.5, 1.0)
    for a, b in kept_bursts():
        # the first and last 0.1 s of every burst are there, as loud as the tone itself
        assert abs(mean_volume(out, a + 0.02, 0.1) - tone) < 3, (a, b)
        assert abs(mean_volume(out, b - 0.12, 0.1) - tone) < 3, (a, b)
    # and what is kept between two bursts is the quiet room, not more tone
    gap = kept_bursts()[1][0] - 0.15
    assert mean_volume(out, gap, 0.1) < tone - 30


def test_picture_stays_with_the_sound_after_the_cut(cli: Cli, bursts_mp4: Path) -> None:
    out = cli.edit(bursts_mp4, "cut the silence", "tight.mp4")
    # Output 3.0 s is 1.0 s into the second kept range, which starts at source 2.8 s.
    assert shows(out, 3.0, bursts_mp4, 3.8, decoy_t=3.0)
    assert shows(out, 5.0, bursts_mp4, 6.6, decoy_t=5.0)
    assert mean_volume(out, 3.0, 0.2) > -20  # and what plays there is the burst


@pytest.fixture(scope="session")
def speech_mp4(media_dir: Path) -> Path:
    """5.5 s like talk: 'words' of 0.25 s with 0.15 s between them, a 1.65 s pause between
    two sentences, and a faint room noise (about -60 dB) under everything."""
    words = (
        "aevalsrc=0.3*sin(2*PI*220*t)*(lt(mod(t\\,0.4)\\,0.25)*lt(t\\,2)"
        "+lt(mod(t-3.5\\,0.4)\\,0.25)*gte(t\\,3.5))+0.002*(random(0)-0.5):s=48000:d=5.5"
    )
    return make_clip(
        media_dir,
        "speech.mp4",
        ["-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=5.5",
         "-f", "lavfi", "-i", words, *X264, "-c:a", "aac", "-shortest"],
    )  # fmt: skip


def test_defaults_cut_the_pause_but_not_between_words(cli: Cli, speech_mp4: Path) -> None:
    out = cli.edit(speech_mp4, "remove the pauses", "talk.mp4")
    # The pause (1.85-3.5 s) goes, less 0.2 s of room each side; the gaps between words stay.
    assert abs(measure(out).duration - (5.5 - 1.25)) < 0.15


def test_nothing_silent_leaves_the_video_as_it_was(cli: Cli, clip3_mp4: Path) -> None:
    out = cli.edit(clip3_mp4, "remove the silent parts", "same.mp4")
    assert abs(measure(out).duration - measure(clip3_mp4).duration) < 0.05
    assert shows(out, 2.0, clip3_mp4, 2.0, decoy_t=1.0)


def test_all_silent_is_refused_with_the_facts(cli: Cli, media_dir: Path) -> None:
    hush = make_clip(
        media_dir,
        "hush.mp4",
        ["-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=2",
         "-f", "lavfi", "-i", "anullsrc=r=48000:cl=mono", *X264, "-c:a", "aac", "-t", "2"],
    )  # fmt: skip
    run = cli("edit", hush, "cut the silence", "-o", cli.home / "none.mp4")
    assert run.code == 2
    assert "quieter than -35 dB" in run.err and "nothing" in run.err
    assert "Traceback" not in run.err
    assert not (cli.home / "none.mp4").exists()


# ---------------------------------------------------------------- scenes
@pytest.fixture(scope="session")
def scenes_mp4(media_dir: Path) -> Path:
    """Three shots cut together: testsrc2 for 2 s, color bars for 0.6 s, rgbtestsrc for 2 s."""
    return make_clip(
        media_dir,
        "scenes.mp4",
        ["-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=2",
         "-f", "lavfi", "-i", "smptebars=size=320x240:rate=25:duration=0.6",
         "-f", "lavfi", "-i", "rgbtestsrc=size=320x240:rate=25:duration=2",
         "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=4.6",
         "-filter_complex", "[0:v][1:v][2:v]concat=n=3:v=1:a=0,format=yuv420p[v]",
         "-map", "[v]", "-map", "3:a", *X264, "-c:a", "aac"],
    )  # fmt: skip


def test_probe_lists_the_scene_changes(cli: Cli, scenes_mp4: Path) -> None:
    run = cli("probe", scenes_mp4, "--scenes", "--json")
    assert run.code == 0, run.err
    changes = json.loads(run.out)["scene_changes"]
    assert len(changes) == 2
    assert abs(changes[0] - 2.0) < 0.05 and abs(changes[1] - 2.6) < 0.05
    table = cli("probe", scenes_mp4, "--scenes")
    assert "scene changes" in table.out and "2.000 s" in table.out


def test_keep_only_the_second_scene(cli: Cli, scenes_mp4: Path) -> None:
    out = cli.edit(scenes_mp4, "keep only the second scene", "second.mp4")
    assert abs(measure(out).duration - 0.6) < 0.1
    assert shows(out, 0.3, scenes_mp4, 2.3, decoy_t=0.3)


def test_remove_short_scenes_joins_the_long_ones(cli: Cli, scenes_mp4: Path) -> None:
    out = cli.edit(scenes_mp4, "remove scenes shorter than 1 second", "long.mp4")
    assert abs(measure(out).duration - 4.0) < 0.1
    assert shows(out, 2.5, scenes_mp4, 3.1, decoy_t=2.3)  # not the bars it would be uncut
    assert mean_volume(out) > -30  # the sound came along


def test_a_scene_that_is_not_there_is_refused(cli: Cli, scenes_mp4: Path) -> None:
    run = cli("edit", scenes_mp4, "keep scene 5", "-o", cli.home / "x.mp4")
    assert run.code == 2
    assert "3 scenes" in run.err and "no scene 5" in run.err


# ---------------------------------------------------------------- black frames
@pytest.fixture(scope="session")
def black_mp4(media_dir: Path) -> Path:
    """7 s: black 0-1, picture 1-3, black 3-4, picture 4-6 (the pattern carries on where it
    left off), black 6-7; a tone throughout."""
    black = "color=black:size=320x240:rate=25:duration=1"
    return make_clip(
        media_dir,
        "black.mp4",
        ["-f", "lavfi", "-i", black, "-f", "lavfi", "-i", black, "-f", "lavfi", "-i", black,
         "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=4",
         "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=7",
         "-filter_complex",
         "[3:v]split[p][q];[p]trim=0:2,setpts=PTS-STARTPTS[t1];[q]trim=2:4,setpts=PTS-STARTPTS[t2];"
         "[0:v][t1][1:v][t2][2:v]concat=n=5:v=1:a=0,format=yuv420p[v]",
         "-map", "[v]", "-map", "4:a", *X264, "-c:a", "aac"],
    )  # fmt: skip


def test_black_stretches_are_removed(cli: Cli, black_mp4: Path) -> None:
    out = cli.edit(black_mp4, "remove black frames", "noblack.mp4")
    m = measure(out)
    assert abs(m.duration - 4.0) < 0.1 and m.audio is not None
    # The picture runs on without a gap: output 2.5 s is the pattern's 2.5 s (source 4.5 s).
    assert shows(out, 2.5, black_mp4, 4.5, decoy_t=2.5)
    assert shows(out, 0.1, black_mp4, 1.1, decoy_t=0.1)


def test_only_the_black_at_the_start_when_asked(cli: Cli, black_mp4: Path) -> None:
    out = cli.edit(black_mp4, "trim the black at the start", "start.mp4")
    assert abs(measure(out).duration - 6.0) < 0.1
    assert shows(out, 0.5, black_mp4, 1.5, decoy_t=0.5)
