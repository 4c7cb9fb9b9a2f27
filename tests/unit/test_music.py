"""Compiling sound from another file: the replaced or mixed soundtrack's filter graph, looping,
fades, ducking, a video with no sound, and the refusals that name the facts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_compile import INPUT, PHOTO, VIDEO

from promptcut.errors import InvalidRequest, NotUnderstood
from promptcut.media.info import AudioStream, MediaInfo, VideoStream
from promptcut.planner.offline import plan
from promptcut.script_gen.compile import compile_plan, predict
from promptcut.stage import Stage

#: 8 s of mono mp3: shorter than VIDEO (20 s), so it loops.
MUSIC = MediaInfo(
    path=Path("/media/music.mp3"),
    container="mp3",
    duration=8.0,
    size_bytes=130_000,
    audio=AudioStream(codec="mp3", sample_rate=44100, channels=1, layout="mono"),
)
#: 60 s of stereo: longer than VIDEO, so it is cut.
LONG_SONG = MediaInfo(
    path=Path("/media/song.wav"),
    container="wav",
    duration=60.0,
    size_bytes=10_000_000,
    audio=AudioStream(codec="pcm_s16le", sample_rate=48000, channels=2, layout="stereo"),
)
SILENT = MediaInfo(
    path=Path("/media/silent.mp4"),
    container="mov,mp4,m4a,3gp,3g2,mj2",
    duration=10.0,
    size_bytes=1_000_000,
    video=VideoStream(width=640, height=480, fps=24.0, pix_fmt="yuv420p", codec="h264"),
)
LOGO = PHOTO.model_copy(update={"path": Path("/media/logo.png")})
ASSETS: dict[str, MediaInfo | Path] = {
    "music.mp3": MUSIC,
    "song.wav": LONG_SONG,
    "silent.mp4": SILENT,
    "logo.png": LOGO,
}

MUSIC_INPUT = ["-stream_loop", "-1", *INPUT[:-1], "{input:music.mp3}"]


def compiled(prompt: str, media: MediaInfo = VIDEO, output: str = "out.mp4") -> Stage:
    stages = compile_plan(
        plan(prompt, media.duration, list(ASSETS)), media, Path(output), assets=ASSETS
    )
    assert len(stages) == 1
    return stages[0]


def graph(s: Stage) -> str:
    return s.args[s.args.index("-filter_complex") + 1]


def option(s: Stage, name: str) -> str:
    return s.args[s.args.index(name) + 1]


def after(s: Stage, token: str, n: int) -> list[str]:
    i = s.args.index(token)
    return list(s.args[i : i + n])


# ---------------------------------------------------------------- replace
def test_replace_loops_short_music_to_the_video_and_fades_it_out() -> None:
    s = compiled("use music.mp3 as the audio track")
    # The music is a second input, re-read from its start as often as needed.
    i = s.args.index("{input:music.mp3}")
    assert list(s.args[i - len(MUSIC_INPUT) + 1 : i + 1]) == MUSIC_INPUT
    assert graph(s) == (
        "[1:a:0]asetpts=PTS-STARTPTS,pan=stereo|c0=c0|c1=c0,aresample=48000,"
        "aformat=sample_fmts=fltp:channel_layouts=stereo,atrim=duration=20,"
        "afade=t=out:st=18:d=2[a1]"
    )
    assert after(s, "-map", 4) == ["-map", "0:v:0", "-map", "[a1]"]
    # The picture is untouched: copied, not encoded again.
    assert after(s, "-c:v", 2) == ["-c:v", "copy"]
    assert s.inputs == {"main": VIDEO.path, "music.mp3": MUSIC.path}
    assert s.expected.has_audio and s.expected.duration == 20.0


def test_longer_music_is_cut_to_the_video_without_looping() -> None:
    s = compiled("replace the audio with song.wav, no fade")
    assert "-stream_loop" not in s.args
    assert graph(s) == (
        "[1:a:0]asetpts=PTS-STARTPTS,aresample=48000,"
        "aformat=sample_fmts=fltp:channel_layouts=stereo,atrim=duration=20[a1]"
    )


def test_music_played_once_is_padded_with_silence() -> None:
    s = compiled("use music.mp3 as the soundtrack, play it once")
    assert "-stream_loop" not in s.args
    assert "apad=whole_dur=20,atrim=duration=20" in graph(s)


def test_replace_closes_the_sound_built_before_it() -> None:
    s = compiled("cut out 5s to 8s, then replace the audio with song.wav")
    closed = re.search(r"\[(a\d+)\]anullsink;\[1:a:0\][^;]*\[(a\d+)\]$", graph(s))
    assert closed is not None  # the cut sound is ended; the file's sound is the result's
    assert after(s, "-map", 4)[-1] == f"[{closed.group(2)}]"


def test_replace_follows_the_timeline_before_it() -> None:
    s = compiled("trim the first 5 seconds, then use music.mp3 as the audio track")
    assert after(s, "-ss", 2) == ["-ss", "5"]  # the main input only
    assert "atrim=duration=15,afade=t=out:st=13:d=2" in graph(s)
    assert s.expected.duration == 15.0


# ---------------------------------------------------------------- mix
def test_mix_sits_under_the_sound_at_the_asked_level_in_its_format() -> None:
    s = compiled("mix in music.mp3 at 20% volume")
    assert graph(s) == (
        "[1:a:0]asetpts=PTS-STARTPTS,pan=stereo|c0=c0|c1=c0,aresample=48000,"
        "aformat=sample_fmts=fltp:channel_layouts=stereo,volume=-13.9794dB,atrim=duration=20,"
        "afade=t=out:st=18:d=2[a1];"
        # normalize=0: the video's own sound keeps its level.
        "[0:a:0][a1]amix=inputs=2:duration=longest:normalize=0[a2]"
    )
    assert after(s, "-map", 4) == ["-map", "0:v:0", "-map", "[a2]"]


def test_music_for_a_part_starts_there_and_is_silent_around_it() -> None:
    s = compiled("add music.mp3 from 0:05 to 0:12")
    assert (
        "volume=-18dB,atrim=duration=7,afade=t=out:st=5:d=2,adelay=delays=5000:all=1,"
        "apad=whole_dur=20,atrim=duration=20[a1]"
    ) in graph(s)
    # from a time to the end, or for the first seconds
    assert "adelay=delays=8000:all=1,apad=whole_dur=20" in graph(
        compiled("add music.mp3 from 0:08")
    )
    first = graph(compiled("add music.mp3 for the first 6 seconds"))
    assert "atrim=duration=6,afade=t=out:st=4:d=2,apad=whole_dur=20" in first
    assert "adelay" not in first


@pytest.mark.parametrize(
    ("prompt", "said"),
    [
        ("add music.mp3 from 0:25", "starts at 25.0 s, outside it"),
        ("add music.mp3 from 0:05 to 0:40", "runs to 40.0 s, past its end"),
    ],
)
def test_music_for_a_part_outside_the_video_is_refused(prompt: str, said: str) -> None:
    with pytest.raises(InvalidRequest, match=said):
        compiled(prompt)


def test_music_with_no_level_is_clearly_under_the_sound() -> None:
    assert "volume=-18dB" in graph(compiled("add music.mp3 in the background"))
    assert "volume=-26dB" in graph(compiled("add music.mp3 very quietly"))


def test_ducking_keys_a_compressor_on_the_music_with_the_videos_sound() -> None:
    s = compiled("add music.mp3 and duck it under the speech")
    assert graph(s).split(";")[1:] == [
        "[0:a:0]asplit=2[a2][a3]",
        "[a3]apad[a4]",
        "[a1][a4]sidechaincompress=threshold=0.016:ratio=6:attack=20:release=400[a5]",
        "[a2][a5]amix=inputs=2:duration=longest:normalize=0[a6]",
    ]


def test_music_on_a_video_without_sound_becomes_its_sound_at_full_level() -> None:
    s = compiled("put music.mp3 on it", SILENT)
    assert graph(s) == (
        "[1:a:0]asetpts=PTS-STARTPTS,aresample=44100,"
        "aformat=sample_fmts=fltp:channel_layouts=mono,atrim=duration=10,"
        "afade=t=out:st=8:d=2[a1]"
    )
    assert after(s, "-map", 4) == ["-map", "0:v:0", "-map", "[a1]"]
    assert s.expected.has_audio and s.expected.duration == 10.0
    assert predict(plan("put music.mp3 on it", 10.0, ["music.mp3"]), SILENT, ASSETS).has_audio


def test_a_mute_before_the_music_leaves_only_the_music() -> None:
    s = compiled("mute it, then add music.mp3")
    assert graph(s).startswith("[1:a:0]") and "amix" not in graph(s)
    assert "volume" not in graph(s)  # nothing to sit under: its own level
    assert s.expected.has_audio


def test_a_mute_after_the_music_still_silences_the_result() -> None:
    s = compiled("add music.mp3, then mute it")
    assert "{input:music.mp3}" not in s.args
    assert not s.expected.has_audio


def test_music_added_to_a_gif_is_refused_not_dropped() -> None:
    with pytest.raises(InvalidRequest, match="the result is a GIF, which has no sound"):
        compiled("add music.mp3", output="out.gif")


def test_later_steps_work_on_the_mixed_sound() -> None:
    s = compiled("add music.mp3, speed it up 2x")
    assert "amix=inputs=2:duration=longest:normalize=0[a2];" in graph(s)
    assert "[a2]atempo=2[" in graph(s)
    assert s.expected.duration == 10.0


# ---------------------------------------------------------------- the plan
def test_the_step_records_the_file_it_reads() -> None:
    step = plan("mix in music.mp3 at 20% volume", None, ["music.mp3"]).steps[0]
    assert step.inputs == ("music.mp3",)
    assert step.operation.describe() == "add music.mp3 as music (at 20%, 2 s fade out)"


def test_a_bare_name_is_the_given_file() -> None:
    p = plan("add the music quietly", None, ["music.mp3"])
    assert [(s.op, s.params) for s in p.steps] == [
        ("add_music", {"file": "music.mp3", "db": -18.0})
    ]


def test_music_without_a_file_is_not_understood() -> None:
    with pytest.raises(NotUnderstood):
        plan("add some music")


def test_ducking_alone_says_to_add_the_music_in_the_same_request() -> None:
    with pytest.raises(InvalidRequest, match=r"add music\.mp3 and duck it"):
        plan("duck the music under the speech", None, ["song.mp3"])


def test_a_file_not_given_is_refused_with_the_given_ones() -> None:
    with pytest.raises(InvalidRequest, match=r"song\.mp3.*given: music\.mp3"):
        plan("use song.mp3 as the soundtrack", None, ["music.mp3"])


def test_images_and_clips_are_not_music_unless_the_words_say_sound() -> None:
    assert [s.op for s in plan("add logo.png", None, ["logo.png"]).steps] != ["add_music"]
    p = plan("replace the audio with the sound of clip2.mp4", None, ["clip2.mp4"])
    assert [(s.op, s.params) for s in p.steps] == [("replace_audio", {"file": "clip2.mp4"})]


# ---------------------------------------------------------------- refusals, with the facts
@pytest.mark.parametrize(
    ("prompt", "media", "message"),
    [
        ("use logo.png as the soundtrack", VIDEO, r"logo\.png is an image .*not sound"),
        ("use silent.mp4 as the audio track", VIDEO, r"silent\.mp4 has no sound .*640x480"),
        ("add music.mp3 as background music", PHOTO, "still image"),
        ("add music.mp3 and duck it under the speech", SILENT, "no sound of its own"),
        ("add music.mp3 with a 30 second fade out", VIDEO, r"30 s fade out .* \(20\.0 s\)"),
    ],
)
def test_impossible_music_is_refused_with_the_facts(
    prompt: str, media: MediaInfo, message: str
) -> None:
    with pytest.raises(InvalidRequest, match=message) as err:
        compiled(prompt, media)
    assert prompt.split()[0] in str(err.value)  # the step's own words


def test_a_file_that_is_not_media_is_refused() -> None:
    assets: dict[str, MediaInfo | Path] = {"subs.srt": Path("/media/subs.srt")}
    with pytest.raises(InvalidRequest, match=r"subs\.srt is not a video, audio or image file"):
        compile_plan(
            plan("use subs.srt as the soundtrack", None, ["subs.srt"]),
            VIDEO,
            Path("out.mp4"),
            assets=assets,
        )


def test_both_a_percentage_and_decibels_is_an_error() -> None:
    from promptcut.operations.music import AddMusic

    with pytest.raises(ValueError, match="not both"):
        AddMusic(file="music.mp3", percent=20, db=-6)
