"""`promptcut edit` on a cut with a sound step that measures first (normalize) or mixes in
another file (music): the picture cut by copying its GOPs, the sound made from the kept ranges
and then given the step, measured where it was made."""

from __future__ import annotations

import json
from pathlib import Path

import av
import pytest
from cli_kit import Cli, make_clip
from measure import loudness, tone_db

from promptcut.media.packets import length_size, picture_checksum

pytestmark = pytest.mark.e2e

FPS = 30
VOICE_HZ = 440  # the video's own sound
MUSIC_HZ = 1000  # the music
#: the longest an AAC packet lasts at 48 kHz: sound and picture may differ by that much
PACKET = 1024 / 48000
X264 = (
    "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", "-g", "30",
    "-keyint_min", "30", "-sc_threshold", "0", "-bf", "3",
)  # fmt: skip


@pytest.fixture(scope="module")
def clips(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cut-sound")


@pytest.fixture(scope="module")
def loud_start(clips: Path) -> Path:
    """4 s, 30 fps x264 with B-frames and a 1 s GOP; a 440 Hz tone, loud in the first half second
    and 26 dB quieter after it: a loudness measured on the whole file is far from the kept
    part's."""
    return make_clip(
        clips, "loud-start.mp4",
        ["-f", "lavfi", "-i", f"testsrc2=size=160x120:rate={FPS}:duration=4",
         "-f", "lavfi", "-i",
         f"aevalsrc=0.5*sin(2*PI*{VOICE_HZ}*t)*if(lt(t\\,0.5)\\,1\\,0.05):s=48000:d=4",
         *X264, "-c:a", "aac", "-shortest"],
    )  # fmt: skip


@pytest.fixture(scope="module")
def steady(clips: Path) -> Path:
    """4 s, 30 fps x264 with B-frames and a 1 s GOP, a steady 440 Hz sine (mono, 48 kHz)."""
    return make_clip(
        clips, "steady.mp4",
        ["-f", "lavfi", "-i", f"testsrc2=size=160x120:rate={FPS}:duration=4",
         "-f", "lavfi", "-i", f"sine=frequency={VOICE_HZ}:sample_rate=48000:duration=4",
         *X264, "-c:a", "aac", "-shortest"],
    )  # fmt: skip


@pytest.fixture(scope="module")
def music_mp3(clips: Path) -> Path:
    """1.5 s of a 1000 Hz tone, mono mp3: shorter than the kept part, so it loops."""
    return make_clip(
        clips, "music.mp3",
        ["-f", "lavfi", "-i", f"aevalsrc=0.5*sin(2*PI*{MUSIC_HZ}*t):s=44100:d=1.5",
         "-c:a", "libmp3lame", "-b:a", "128k"],
    )  # fmt: skip


def _edit(cli: Cli, source: Path, prompt: str, out: str, *extra: object) -> dict[str, object]:
    run = cli("edit", source, prompt, "-o", cli.home / out, "--json", *extra)
    assert run.code == 0, run.err
    result: dict[str, object] = json.loads(run.out)
    return result


def _pictures(path: Path) -> list[int]:
    """The coded pictures (slices alone, whatever headers a copy adds) in decode order."""
    with av.open(str(path)) as c:
        nal = length_size(c.streams.video[0].codec_context.extradata)
        return [picture_checksum(bytes(p), nal) for p in c.demux(video=0) if p.size]


def _lengths(path: Path) -> tuple[int, float, float]:
    """Frames decoded, and how long the picture and the decoded sound last, in seconds."""
    with av.open(str(path)) as c:
        frames = sum(1 for _ in c.decode(video=0))
    with av.open(str(path)) as c:
        v = c.streams.video[0]
        picture = float(v.duration * v.time_base) if v.duration and v.time_base else 0.0
        a = c.streams.audio[0]
        samples = sum(f.samples for f in c.decode(a))
        sound = samples / a.codec_context.sample_rate
    return frames, picture, sound


def _session(cli: Cli) -> Path:
    return max((cli.data_dir / "sessions").iterdir(), key=lambda p: p.stat().st_mtime)


def test_a_cut_then_normalize_copies_gops_and_measures_the_kept_sound(
    cli: Cli, loud_start: Path
) -> None:
    result = _edit(cli, loud_start, "keep 0:01 to 0:03 and normalize the audio", "norm.mp4")
    assert result["copying"] == {"copied": 1.0, "reason": None}
    out = cli.home / "norm.mp4"
    # frames 30-89 are two whole GOPs: their coded pictures are the source's, in order
    assert _pictures(out) == _pictures(loud_start)[30:90]
    frames, picture, sound = _lengths(out)
    assert frames == 60 and abs(picture - 2.0) < 1 / FPS
    assert abs(sound - picture) <= PACKET + 1e-3
    # at the target: a gain measured on the whole file (its loud start) would have
    # left it far below
    assert abs(loudness(out) - -14.0) <= 1.0
    session = _session(cli)
    report = (session / "logs" / "v0001" / "measure-02-loudness.txt").read_text()
    measured = float(report.split('"input_i" : "')[-1].split('"')[0])
    assert measured < loudness(loud_start) - 10
    scripts = sorted(p.name for p in (session / "scripts" / "v0001").glob("*.py"))
    assert scripts == ["01_measure_loudness.py", "02_trim_normalize_by_copying.py"]
    text = (session / "scripts" / "v0001" / scripts[1]).read_text()
    assert "then normalize loudness to -14 LUFS" in text
    log = (session / "logs" / "v0001" / "02_copy.log").read_text()
    assert "copied 60 of 60 frames" in log


def test_normalize_after_a_cut_of_more_than_three_seconds_copies_too(
    cli: Cli, steady: Path
) -> None:
    # 3.7 s kept: loudnorm's own window, not one gain
    result = _edit(cli, steady, "cut out 0:00.5 to 0:00.8 and normalize the audio", "long.mp4")
    copying = result["copying"]
    assert isinstance(copying, dict) and 0.0 < copying["copied"] < 1.0
    out = cli.home / "long.mp4"
    frames, picture, sound = _lengths(out)
    assert frames == 4 * FPS - 9 and abs(picture - frames / FPS) < 1 / FPS
    assert abs(sound - picture) <= PACKET + 1e-3
    assert abs(loudness(out) - -14.0) <= 1.0
    text = next((_session(cli) / "scripts" / "v0001").glob("02_*.py")).read_text()
    assert "loudnorm=I=-14" in text and "linear=true" in text


def test_a_short_normalized_cut_renders_when_re_encoding_is_asked_for(
    cli: Cli, steady: Path
) -> None:
    # loudnorm on a clip under 3 s measures again and turned the sandbox's silent stand-in
    # into NaN ("aac: Input contains NaN"): the measured gain is applied instead
    result = _edit(
        cli, steady, "keep 0:01 to 0:03 and normalize the audio", "plain.mp4", "--reencode"
    )
    assert result["copying"] is None
    out = cli.home / "plain.mp4"
    frames, picture, sound = _lengths(out)
    assert frames == 60 and abs(sound - picture) <= PACKET + 1e-3
    assert abs(loudness(out) - -14.0) <= 1.0


def test_a_trim_then_music_copies_gops_and_mixes_the_music_under_the_kept_sound(
    cli: Cli, steady: Path, music_mp3: Path
) -> None:
    result = _edit(
        cli, steady, "trim the first second and add music.mp3 as background music",
        "music.mp4", "--asset", music_mp3,
    )  # fmt: skip
    assert result["copying"] == {"copied": 1.0, "reason": None}
    out = cli.home / "music.mp4"
    assert _pictures(out) == _pictures(steady)[30:]
    frames, picture, sound = _lengths(out)
    assert frames == 90 and abs(picture - 3.0) < 1 / FPS
    assert abs(sound - picture) <= PACKET + 1e-3
    # the video's own sound as it was; the music at -18 dB (the default) under it, faded
    # out over the last 2 s of the kept 3 s: laid along the cut, not the source
    voice = tone_db(steady, VOICE_HZ, 1.2, 1.5)
    assert abs(tone_db(out, VOICE_HZ, 0.2, 1.5) - voice) < 1.0
    music = tone_db(music_mp3, MUSIC_HZ, 0.2, 1.0)
    assert abs(tone_db(out, MUSIC_HZ, 0.2, 0.6) - (music - 18)) < 1.5
    assert tone_db(out, MUSIC_HZ, 2.8, 0.2) < music - 18 - 12
    script = next((_session(cli) / "scripts" / "v0001").glob("01_*.py")).read_text()
    assert '"music.mp3": ' in script and "{input:music.mp3}" in script


def test_music_laid_along_the_timeline_before_a_cut_is_rendered_with_the_reason(
    cli: Cli, steady: Path, music_mp3: Path
) -> None:
    result = _edit(
        cli, steady, "add music.mp3 as background music, then trim the first second",
        "before.mp4", "--asset", music_mp3,
    )  # fmt: skip
    copying = result["copying"]
    assert isinstance(copying, dict) and copying["copied"] == 0.0
    assert "lays another file along the timeline before the cut" in str(copying["reason"])
    frames, picture, sound = _lengths(cli.home / "before.mp4")
    assert frames == 90 and abs(sound - picture) <= PACKET + 1e-3
