"""Which steps leave the picture alone (`Operation.touches`), and what the sound steps of a
plan that cuts do to the kept sound once it is joined (`sound_after_cut`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from promptcut.media.info import AudioStream, MediaInfo
from promptcut.operations import Clip, Operation
from promptcut.operations.convert import Convert
from promptcut.operations.export import Reencode
from promptcut.operations.look import Grayscale
from promptcut.operations.music import AddMusic
from promptcut.operations.sound import ExtractAudio, Mute, Normalize, Volume
from promptcut.operations.timeline import Cut, Speed, Trim
from promptcut.plan import Plan, Step
from promptcut.smartcut import KEPT_SOUND, Sound, sound_after_cut

#: what the time steps leave of a 60 s clip with stereo sound: 10 s
KEPT = Clip(duration=10.0, has_video=True, has_audio=True, width=160, height=120, fps=30.0,
            sample_rate=48000, channels=2)  # fmt: skip

#: a 20 s song, stereo 48 kHz
SONG = MediaInfo(
    path=Path("/media/music.mp3"), container="mp3", duration=20.0, size_bytes=300_000,
    audio=AudioStream(codec="mp3", sample_rate=48000, channels=2, layout="stereo"),
)  # fmt: skip


def _plan(*ops: Operation) -> Plan:
    return Plan(steps=tuple(Step.of(f"step {n}", op) for n, op in enumerate(ops, 1)))


@pytest.mark.parametrize(
    ("op", "picture"),
    [
        (Mute(), False),
        (Volume(db=-6), False),
        (Normalize(), False),
        (AddMusic(file="music.mp3"), False),
        (Convert(format="mkv"), False),
        (Trim(start=1), False),
        (Cut(start=1, end=2), False),
        (Grayscale(), True),
        (Speed(factor=2), True),
        (Reencode(), True),
        (ExtractAudio(), True),  # keeping only the sound is not a copy of the picture
    ],
)
def test_steps_say_whether_they_change_the_picture(op: Operation, picture: bool) -> None:
    assert ("picture" in op.touches) is picture


def test_a_volume_change_is_applied_to_the_joined_sound() -> None:
    got = sound_after_cut(_plan(Trim(start=5, end=15), Volume(db=-6)), KEPT)
    assert got == Sound(keep=True, filters=("volume=-6dB",))


def test_a_plan_with_no_sound_step_keeps_the_sound_as_it_is() -> None:
    assert sound_after_cut(_plan(Trim(start=5, end=15)), KEPT) == Sound()


def test_a_mute_leaves_the_sound_out() -> None:
    got = sound_after_cut(_plan(Mute(), Trim(start=5, end=15)), KEPT)
    assert got == Sound(keep=False)


def test_a_range_after_the_cut_is_on_the_kept_timeline() -> None:
    got = sound_after_cut(_plan(Trim(start=5, end=15), Volume(percent=0, start=2, end=4)), KEPT)
    assert got == Sound(filters=("volume=0:enable='between(t,2,4)'",))


def test_a_range_before_a_cut_cannot_wait_for_it() -> None:
    got = sound_after_cut(_plan(Volume(db=-6, start=0, end=20), Trim(start=5, end=15)), KEPT)
    assert got == "'step 1' is limited to a range of the timeline before the cut"


def test_a_step_that_measures_first_is_applied_with_what_the_kept_sound_measured() -> None:
    measured = {2: {"input_i": "-21.75", "input_tp": "-18.06", "input_lra": "2.4",
                    "input_thresh": "-31.75", "target_offset": "-0.05"}}  # fmt: skip
    got = sound_after_cut(_plan(Trim(start=5, end=15), Normalize()), KEPT, measured=measured)
    assert isinstance(got, Sound) and len(got.filters) == 2
    assert got.filters[0].startswith("loudnorm=I=-14:") and "measured_I=-21.75" in got.filters[0]


def test_a_step_that_measures_first_can_wait_for_the_cut() -> None:
    # without its measurement yet it adds no filter: enough to say it can wait
    got = sound_after_cut(_plan(Trim(start=5, end=15), Normalize()), KEPT)
    assert got == Sound()


def test_music_from_another_file_is_mixed_into_the_kept_sound() -> None:
    got = sound_after_cut(
        _plan(Trim(start=5, end=15), AddMusic(file="Music.mp3")), KEPT, assets={"music.mp3": SONG}
    )
    assert isinstance(got, Sound) and got.inputs == (("music.mp3", ()),)
    # the joined sound and the music, as long as the kept 10 s, mixed at their own levels
    assert got.graph.startswith("[1:a:0]asetpts=PTS-STARTPTS,")
    assert "atrim=duration=10" in got.graph
    assert f"[{KEPT_SOUND}][a1]amix=inputs=2:duration=longest:normalize=0[a2]" in got.graph
    assert got.label == "a2"


def test_music_shorter_than_the_kept_sound_is_looped() -> None:
    short = SONG.model_copy(update={"duration": 4.0})
    got = sound_after_cut(
        _plan(Trim(start=5, end=15), AddMusic(file="music.mp3")), KEPT, assets={"music.mp3": short}
    )
    assert isinstance(got, Sound) and got.inputs == (("music.mp3", ("-stream_loop", "-1")),)


def test_music_laid_along_the_timeline_before_a_cut_cannot_wait_for_it() -> None:
    got = sound_after_cut(
        _plan(AddMusic(file="music.mp3"), Trim(start=5, end=15)), KEPT, assets={"music.mp3": SONG}
    )
    assert got == "'step 1' lays another file along the timeline before the cut"
