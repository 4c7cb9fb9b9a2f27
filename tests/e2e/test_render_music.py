"""Sound from another file end to end: a replaced soundtrack, music mixed under the video's
sound, looped to its length, faded out, ducked under speech, put on a silent video. The video's
sound and the music are tones at different pitches, so each is measured on its own."""

from __future__ import annotations

from pathlib import Path

import av
import pytest
from cli_kit import Cli, make_clip
from measure import measure, tone_db

pytestmark = pytest.mark.e2e

VOICE_HZ = 440  # the video's own sound
MUSIC_HZ = 1000  # the music
X264 = ("-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p")


def audio_seconds(path: Path) -> float:
    """How long the sound really lasts: its decoded samples, not the container's claim."""
    with av.open(str(path)) as c:
        stream = c.streams.audio[0]
        samples = sum(f.samples for f in c.decode(stream))
        return samples / stream.codec_context.sample_rate


@pytest.fixture(scope="session")
def voice_mp4(media_dir: Path) -> Path:
    """4 s of picture with a steady 440 Hz tone, stereo 48 kHz."""
    return make_clip(
        media_dir,
        "voice.mp4",
        ["-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=4",
         "-f", "lavfi", "-i", f"sine=frequency={VOICE_HZ}:sample_rate=48000:duration=4",
         "-ac", "2", *X264, "-c:a", "aac", "-shortest"],
    )  # fmt: skip


@pytest.fixture(scope="session")
def talk_mp4(media_dir: Path) -> Path:
    """4 s of picture; someone 'talks' (a loud 440 Hz tone) for the first 2 s, then silence."""
    return make_clip(
        media_dir,
        "talk.mp4",
        ["-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=4",
         "-f", "lavfi", "-i", f"aevalsrc=0.5*sin(2*PI*{VOICE_HZ}*t)*lt(t\\,2):s=48000:d=4",
         *X264, "-c:a", "aac", "-shortest"],
    )  # fmt: skip


@pytest.fixture(scope="session")
def mute_mp4(media_dir: Path) -> Path:
    """3 s of picture and no audio track at all."""
    return make_clip(
        media_dir,
        "mute3.mp4",
        ["-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=3", *X264],
    )


@pytest.fixture(scope="session")
def music_mp3(media_dir: Path) -> Path:
    """1.5 s of a 1000 Hz tone, mono mp3: shorter than every video here, so it must loop."""
    return make_clip(
        media_dir,
        "music.mp3",
        ["-f", "lavfi", "-i", f"aevalsrc=0.5*sin(2*PI*{MUSIC_HZ}*t):s=44100:d=1.5",
         "-c:a", "libmp3lame", "-b:a", "128k"],
    )  # fmt: skip


@pytest.fixture(scope="session")
def music_level(music_mp3: Path) -> float:
    """The music's own level at its pitch."""
    return tone_db(music_mp3, MUSIC_HZ, 0.2, 1.0)


def test_replaced_soundtrack_is_the_music_looped_to_the_full_length(
    cli: Cli, voice_mp4: Path, music_mp3: Path, music_level: float
) -> None:
    out = cli.edit(
        voice_mp4, "use music.mp3 as the audio track, no fade", "o.mp4", "--asset", music_mp3
    )
    assert abs(audio_seconds(out) - 4.0) < 0.1  # in sync with the picture
    assert tone_db(out, VOICE_HZ, 0.2, 1.0) < music_level - 35  # the old sound is gone
    assert abs(tone_db(out, MUSIC_HZ, 0.2, 1.0) - music_level) < 1.5
    # 1.5 s of music filled 4 s: still playing, as loud, in its third pass.
    assert abs(tone_db(out, MUSIC_HZ, 3.1, 0.8) - music_level) < 1.5
    info = measure(out)
    assert info.video is not None and info.video.codec == "h264"


def test_the_music_fades_out_at_the_end(
    cli: Cli, voice_mp4: Path, music_mp3: Path, music_level: float
) -> None:
    out = cli.edit(voice_mp4, "replace the audio with music.mp3", "o.mp4", "--asset", music_mp3)
    assert abs(tone_db(out, MUSIC_HZ, 0.2, 1.0) - music_level) < 1.5  # before the fade
    assert tone_db(out, MUSIC_HZ, 3.7, 0.3) < music_level - 12  # the last moments: almost gone
    assert abs(audio_seconds(out) - 4.0) < 0.1


def test_mixed_music_sits_at_the_asked_level_under_the_untouched_sound(
    cli: Cli, voice_mp4: Path, music_mp3: Path, music_level: float
) -> None:
    out = cli.edit(voice_mp4, "mix in music.mp3 at 20% volume", "o.mp4", "--asset", music_mp3)
    voice = tone_db(voice_mp4, VOICE_HZ, 0.2, 1.5)
    assert abs(tone_db(out, VOICE_HZ, 0.2, 1.5) - voice) < 1.0  # not halved by the mix
    # 20% is -14 dB.
    assert abs(tone_db(out, MUSIC_HZ, 0.2, 1.5) - (music_level - 14)) < 1.5
    assert abs(audio_seconds(out) - 4.0) < 0.1


def test_music_with_no_level_asked_is_well_under_the_sound(
    cli: Cli, voice_mp4: Path, music_mp3: Path, music_level: float
) -> None:
    out = cli.edit(voice_mp4, "add music.mp3 in the background", "o.mp4", "--asset", music_mp3)
    assert abs(tone_db(out, MUSIC_HZ, 0.2, 1.5) - (music_level - 18)) < 1.5
    assert abs(tone_db(out, VOICE_HZ, 0.2, 1.5) - tone_db(voice_mp4, VOICE_HZ, 0.2, 1.5)) < 1.0


def test_ducked_music_drops_while_someone_talks(cli: Cli, talk_mp4: Path, music_mp3: Path) -> None:
    ducked = cli.edit(
        talk_mp4,
        "add music.mp3 at 50% and duck it under the speech, no fade",
        "ducked.mp4",
        "--asset",
        music_mp3,
    )
    plain = cli.edit(talk_mp4, "add music.mp3 at 50%, no fade", "plain.mp4", "--asset", music_mp3)
    talking, quiet = (0.4, 1.4), (2.6, 1.2)
    # Without ducking the music is as loud whether or not someone talks ...
    assert abs(tone_db(plain, MUSIC_HZ, *talking) - tone_db(plain, MUSIC_HZ, *quiet)) < 1.0
    # ... with it, the music steps well back while they talk and returns when they stop.
    assert tone_db(ducked, MUSIC_HZ, *talking) < tone_db(ducked, MUSIC_HZ, *quiet) - 10
    assert abs(tone_db(ducked, MUSIC_HZ, *quiet) - tone_db(plain, MUSIC_HZ, *quiet)) < 1.5
    # The speech itself is untouched.
    assert abs(tone_db(ducked, VOICE_HZ, *talking) - tone_db(talk_mp4, VOICE_HZ, *talking)) < 1.0


def test_music_added_for_a_part_plays_only_there(
    cli: Cli, voice_mp4: Path, music_mp3: Path, music_level: float
) -> None:
    out = cli.edit(
        voice_mp4, "add music.mp3 at 50% from 0:01 to 0:03, no fade", "o.mp4", "--asset", music_mp3
    )
    # silent before and after the part, at its level (50% is -6 dB) inside it
    assert tone_db(out, MUSIC_HZ, 0.1, 0.7) < music_level - 35
    assert abs(tone_db(out, MUSIC_HZ, 1.3, 1.4) - (music_level - 6)) < 1.5
    assert tone_db(out, MUSIC_HZ, 3.3, 0.6) < music_level - 35
    # the video's own sound all the way, and the result as long as the video
    voice = tone_db(voice_mp4, VOICE_HZ, 0.2, 3.5)
    assert abs(tone_db(out, VOICE_HZ, 0.2, 3.5) - voice) < 1.0
    assert abs(audio_seconds(out) - 4.0) < 0.1


def test_music_gives_a_silent_video_a_soundtrack_of_its_length(
    cli: Cli, mute_mp4: Path, music_mp3: Path, music_level: float
) -> None:
    assert measure(mute_mp4).audio is None
    out = cli.edit(mute_mp4, "put music.mp3 on it", "o.mp4", "--asset", music_mp3)
    assert measure(out).audio is not None
    assert abs(audio_seconds(out) - 3.0) < 0.1
    assert abs(tone_db(out, MUSIC_HZ, 0.2, 1.0) - music_level) < 1.5  # at its own level


def test_a_mute_then_music_leaves_only_the_music(
    cli: Cli, voice_mp4: Path, music_mp3: Path, music_level: float
) -> None:
    out = cli.edit(voice_mp4, "mute it, then add music.mp3", "o.mp4", "--asset", music_mp3)
    assert tone_db(out, VOICE_HZ, 0.2, 1.0) < music_level - 35
    assert abs(tone_db(out, MUSIC_HZ, 0.2, 1.0) - music_level) < 1.5


@pytest.mark.parametrize(
    ("asset", "message"),
    [("still_png", "still.png is an image"), ("mute_mp4", "mute3.mp4 has no sound")],
)
def test_a_file_without_sound_is_refused_as_music(
    cli: Cli, voice_mp4: Path, asset: str, message: str, request: pytest.FixtureRequest
) -> None:
    path: Path = request.getfixturevalue(asset)
    out = cli.home / "o.mp4"
    run = cli("edit", voice_mp4, f"use {path.name} as the soundtrack", "-o", out, "--asset", path)
    assert run.code == 2
    assert message in run.err + run.out
    assert "Traceback" not in run.err
    assert not out.exists()
