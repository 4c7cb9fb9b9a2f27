"""Subtitles burnt in: the subtitles filter the compiler writes (file, shipped fonts, a style
made of promptcut's own values), where it goes when earlier steps changed the timeline, and the
subtitle files refused before anything runs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_compile import PHOTO, SONG, VIDEO
from test_text import option_value

from promptcut.errors import InvalidRequest, NotUnderstood
from promptcut.fonts import TEXT_FONT
from promptcut.media.info import MediaInfo
from promptcut.operations.base import escape_filter_path
from promptcut.operations.subtitles import Subtitles, read_subtitles
from promptcut.planner.offline import plan
from promptcut.script_gen.compile import compile_plan, predict
from promptcut.stage import Stage

SRT = "1\n00:00:01,000 --> 00:00:04,000\nHello there\n\n2\n00:00:14,000 --> 00:00:17,000\nBye\n"
VTT = "WEBVTT\n\nNOTE made by hand\n\n00:01.000 --> 00:04.000 line:0\nHello\n"
ASS = (
    "[Script Info]\nScriptType: v4.00+\nPlayResX: 1920\nPlayResY: 1080\n\n"
    "[V4+ Styles]\nFormat: Name, Fontname, Fontsize\nStyle: Default,Arial,60\n\n"
    "[Events]\nFormat: Layer, Start, End, Style, Text\n"
    "Dialogue: 0,0:00:01.00,0:00:04.00,Default,Hello\n"
)
FONTS = escape_filter_path(TEXT_FONT.parent)
#: promptcut's readable look for SRT and WebVTT at the default (medium) size, bottom.
LOOK = (
    "FontName=DejaVu Sans,FontSize=16.94,Bold=1,PrimaryColour=&H00FFFFFF,"
    "OutlineColour=&H00000000,BackColour=&H80000000,BorderStyle=1,Outline=1.41,"
    "Shadow=0.71,Alignment=2,MarginV=14.4"
)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def stage(prompt: str, files: dict[str, Path], media: MediaInfo = VIDEO) -> Stage:
    (only,) = compile_plan(plan(prompt, None, list(files)), media, Path("out.mp4"), assets=files)
    return only


def graph_of(s: Stage) -> str:
    return s.args[s.args.index("-filter_complex") + 1]


def burn(path: Path, style: str = LOOK) -> str:
    return (
        f"subtitles=filename={escape_filter_path(path)}:fontsdir={FONTS}"
        f":force_style={escape_filter_path(style)}"
    )


@pytest.fixture
def srt(tmp_path: Path) -> Path:
    return write(tmp_path, "subs.srt", SRT)


# ---------------------------------------------------------------- the filter
def test_srt_is_burnt_in_with_the_readable_look(srt: Path) -> None:
    s = stage("add subtitles from subs.srt", {"subs.srt": srt})
    assert graph_of(s) == f"[0:v:0]{burn(srt)}[v1]"
    assert s.args[s.args.index("-map") :][:4] == ("-map", "[v1]", "-map", "0:a:0")
    assert "-c:a" in s.args and s.args[s.args.index("-c:a") + 1] == "copy"  # sound untouched
    # the file and the font folder are read-only inputs of the run, passed as they are
    assert s.file_inputs == {"subtitles-1": srt, "fonts": TEXT_FONT.parent}
    assert all(f.text is None for f in s.files.values())


def test_position_and_size_change_only_promptcut_values(srt: Path) -> None:
    s = stage("burn in subs.srt at the top with big text", {"subs.srt": srt})
    style = LOOK.replace("FontSize=16.94", "FontSize=26.18").replace("Outline=1.41", "Outline=2.18")
    style = style.replace("Shadow=0.71", "Shadow=1.09").replace("Alignment=2", "Alignment=6")
    assert graph_of(s) == f"[0:v:0]{burn(srt, style)}[v1]"


def test_the_style_reaches_libass_as_one_option(srt: Path) -> None:
    value = graph_of(stage("add subtitles from subs.srt", {"subs.srt": srt}))
    options = value.removeprefix("[0:v:0]subtitles=").removesuffix("[v1]")
    # split where the option parser would, after the graph parser's unescaping
    assert options.count(":force_style=") == 1
    assert option_value(options.split(":force_style=")[1]) == LOOK


def test_vtt_is_read_by_ffmpeg_as_it_is(tmp_path: Path) -> None:
    vtt = write(tmp_path, "captions.vtt", VTT)
    s = stage("burn in captions.vtt", {"captions.vtt": vtt})
    assert graph_of(s) == f"[0:v:0]{burn(vtt)}[v1]"


def test_ass_keeps_its_own_look_but_the_shipped_font(tmp_path: Path) -> None:
    ass = write(tmp_path, "styled.ass", ASS)
    s = stage("add subtitles from styled.ass", {"styled.ass": ass})
    assert graph_of(s) == f"[0:v:0]{burn(ass, 'FontName=DejaVu Sans')}[v1]"
    # asked-for changes are in the file's own units (PlayResY 1080)
    s = stage("add subtitles from styled.ass at the top in small text", {"styled.ass": ass})
    style = "FontName=DejaVu Sans,FontSize=45,Alignment=6,MarginV=54"
    assert graph_of(s) == f"[0:v:0]{burn(ass, style)}[v1]"


@pytest.mark.parametrize(
    "path",
    [
        "/data/with space/subs.srt",
        "/data/it's/subs.srt",
        "/data/a:b,c;d/subs.srt",
        "/data/[0:v]nullsink;/subs.srt",
        "/data/back\\slash/%{pts}/subs.srt",
    ],
)
def test_any_path_stays_one_option_value(tmp_path: Path, path: str) -> None:
    real = write(tmp_path, "subs.srt", SRT)
    s = stage("add subtitles from subs.srt", {"subs.srt": real})
    text = graph_of(s).replace(escape_filter_path(real), escape_filter_path(path))
    options = text.removeprefix("[0:v:0]subtitles=filename=").removesuffix("[v1]")
    value = options.split(":fontsdir=")[0]
    assert option_value(value) == path


def test_the_one_subtitle_file_given_is_used_when_none_is_named(srt: Path) -> None:
    p = plan("burn in the subtitles", None, ["subs.srt"])
    assert p.steps[0].inputs == ()
    (s,) = compile_plan(p, VIDEO, Path("out.mp4"), assets={"subs.srt": srt})
    assert graph_of(s) == f"[0:v:0]{burn(srt)}[v1]"


def test_the_step_records_the_file_it_reads() -> None:
    assert plan("add subtitles from subs.srt", None, ["subs.srt"]).steps[0].inputs == ("subs.srt",)
    assert (
        Subtitles(file="subs.srt", position="top").describe()
        == "subtitles from subs.srt, at the top"
    )


# ---------------------------------------------------------------- the timeline
def test_a_leading_trim_is_undone_around_the_filter(srt: Path) -> None:
    s = stage("trim the first 5 seconds and add subtitles from subs.srt", {"subs.srt": srt})
    assert s.args[s.args.index("-ss") + 1] == "5"
    assert graph_of(s) == f"[0:v:0]setpts=PTS+5/TB,{burn(srt)},setpts=PTS-5/TB[v1]"


def test_after_a_speed_change_subtitles_go_first(srt: Path) -> None:
    g = graph_of(stage("speed it up 2x and add subtitles from subs.srt", {"subs.srt": srt}))
    assert g.startswith(f"[0:v:0]{burn(srt)},setpts=PTS/2")


def test_after_a_cut_the_source_frames_get_the_subtitles(srt: Path) -> None:
    g = graph_of(
        stage("cut from 2 to 4 seconds and add subtitles from subs.srt", {"subs.srt": srt})
    )
    first, split, *_ = g.split(";")
    assert first == f"[0:v:0]{burn(srt)}[v11]"
    assert split == "[v11]split=2[v1][v2]"
    assert g.count("[0:v:0]") == 1


def test_picture_changes_before_come_first(srt: Path) -> None:
    g = graph_of(stage("crop it to 9:16 and add subtitles from subs.srt", {"subs.srt": srt}))
    assert g == f"[0:v:0]crop=404:720:438:0,{burn(srt)}[v1]"


def test_steps_after_the_subtitles_apply_to_them(srt: Path) -> None:
    g = graph_of(stage("add subtitles from subs.srt and speed it up 2x", {"subs.srt": srt}))
    assert g.startswith(f"[0:v:0]{burn(srt)},setpts=PTS/2")


# ---------------------------------------------------------------- refusals
@pytest.mark.parametrize(
    ("name", "text", "reason"),
    [
        ("subs.srt", "this is not a subtitle file\n", "line 1 should be a cue's time"),
        ("subs.srt", SRT + "\n3\n00:00:20 --> 00:00:21\nno milliseconds\n", "line 10"),
        ("subs.srt", "1\n00:00:05,000 --> 00:00:01,000\nbackwards\n", "ends (1 s) before"),
        ("subs.srt", "#EXTM3U\n#EXTINF:1,\n/etc/passwd\n", "not a readable SRT"),
        ("subs.srt", "\n\n  \n", "is empty"),
        ("subs.vtt", "1\n00:01.000 --> 00:02.000\nno header\n", "does not begin 'WEBVTT'"),
        ("subs.vtt", "WEBVTT\n\n00:01 --> 00:02\nshort times\n", "line 3"),
        ("subs.vtt", "WEBVTT\n", "holds no subtitles"),
        ("subs.ass", "[Script Info]\nTitle: x\n\n[Events]\n", "no Dialogue lines"),
        ("subs.ass", "Dialogue: 0,0:00:01.00,0:00:04.00,Default,,0,0,0,,x\n", "[Script Info]"),
        ("subs.srt", "1\n00:00:01,000 --> 00:00:02,000\nnul \x00 byte\n", "not a text"),
    ],
)
def test_unreadable_subtitle_files_are_refused(name: str, text: str, reason: str) -> None:
    with pytest.raises(InvalidRequest, match=rf"^{name}.*{re.escape(reason)}"):
        read_subtitles(name, text)


@pytest.mark.parametrize(
    ("name", "layout"),
    [
        ("subs.srt", "{secret}\n"),
        ("subs.srt", "1\n00:00:01,000 --> 00:00:02,000\nok\n\n2\n{secret}\nwords\n"),
        ("subs.vtt", "{secret}\n"),
        ("subs.vtt", "WEBVTT\n\n{secret}\nwords\n"),
        ("subs.ass", "{secret}\n[Events]\n"),
    ],
)
def test_refusals_never_quote_the_file(name: str, layout: str) -> None:
    """A subtitle 'file' may be a link to one the user never meant to show (/etc/shadow):
    the refusal says where it is wrong, never what it holds."""
    secret = "root:$6$s3cr3t-hash:19000:0:99999:7:::"
    with pytest.raises(InvalidRequest) as refused:
        read_subtitles(name, layout.format(secret=secret))
    assert "s3cr3t" not in str(refused.value) and "root" not in str(refused.value)


def test_readable_files_count_their_cues() -> None:
    assert read_subtitles("a.srt", "\ufeff" + SRT.replace("\n", "\r\n")).cues == 2
    assert read_subtitles("a.srt", "00:00:01,000 --> 00:00:02,000\nno number\n").cues == 1
    assert read_subtitles("a.vtt", VTT).cues == 1
    assert read_subtitles("a.ass", ASS).play_res_y == 1080
    assert read_subtitles("a.ssa", ASS.replace("PlayResY: 1080\n", "")).play_res_y == 1440


def many_cues(n: int, seconds: float) -> str:
    """An SRT of n short cues spread over `seconds`."""
    step = seconds / n

    def at(t: float) -> str:
        ms = round(t * 1000)
        return (
            f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"
        )

    return "".join(
        f"{i + 1}\n{at(i * step)} --> {at(i * step + step)}\nline {i}\n\n" for i in range(n)
    )


def test_a_file_with_too_many_cues_for_the_video_is_refused(tmp_path: Path) -> None:
    # The audit's bomb: ~100,000 cues (about 5 MB) for a few seconds of video.
    path = write(tmp_path, "subs.srt", many_cues(100_000, 20.0))
    assert path.stat().st_size > 3_000_000
    with pytest.raises(InvalidRequest) as refused:
        stage("add subtitles from subs.srt", {"subs.srt": path})
    assert str(refused.value) == (
        "'add subtitles from subs.srt': subs.srt holds 100,000 subtitles, too many to burn into "
        "a 20.0 s video (at most 2,000: 2 a second of video, or 2,000); use a file with only "
        "this video's subtitles"
    )


def test_a_long_video_may_have_many_cues(tmp_path: Path) -> None:
    hour = VIDEO.model_copy(update={"duration": 3600.0})
    path = write(tmp_path, "subs.srt", many_cues(7_200, 3600.0))
    assert "subtitles=" in graph_of(stage("add subtitles from subs.srt", {"subs.srt": path}, hour))
    path = write(tmp_path, "subs.srt", many_cues(7_201, 3600.0))
    with pytest.raises(InvalidRequest, match=r"7,201 subtitles, too many .*at most 7,200"):
        stage("add subtitles from subs.srt", {"subs.srt": path}, hour)


def test_a_whole_films_file_on_a_short_clip_is_fine(srt: Path, tmp_path: Path) -> None:
    path = write(tmp_path, "film.srt", many_cues(2_000, 7200.0))
    assert "subtitles=" in graph_of(stage("add subtitles from film.srt", {"film.srt": path}))


def test_a_broken_file_is_refused_before_anything_runs(tmp_path: Path) -> None:
    bad = write(tmp_path, "subs.srt", "hello\n")
    with pytest.raises(
        InvalidRequest, match=re.escape("'add subtitles from subs.srt': subs.srt is not a")
    ):
        predict(plan("add subtitles from subs.srt", None, ["subs.srt"]), VIDEO, {"subs.srt": bad})


def test_no_subtitle_file_given_is_refused() -> None:
    with pytest.raises(InvalidRequest, match="no subtitle file was given; add one with --asset"):
        predict(plan("burn in the subtitles", None, []), VIDEO, {})


def test_several_subtitle_files_need_a_name(tmp_path: Path) -> None:
    files = {n: write(tmp_path, n, SRT) for n in ("en.srt", "fr.srt")}
    with pytest.raises(
        InvalidRequest, match=r"several subtitle files were given \(en.srt, fr.srt\)"
    ):
        predict(plan("burn in the subtitles", None, []), VIDEO, files)


def test_a_file_named_but_not_given_is_refused() -> None:
    with pytest.raises(
        InvalidRequest, match=re.escape("names subs.srt, but that file was not given")
    ):
        plan("add subtitles from subs.srt", None, ["music.mp3"])


@pytest.mark.parametrize(
    ("media", "reason"), [(PHOTO, "still image"), (SONG, "no picture to change")]
)
def test_subtitles_need_a_video(srt: Path, media: MediaInfo, reason: str) -> None:
    with pytest.raises(InvalidRequest, match=reason):
        predict(plan("add subtitles from subs.srt", None, ["subs.srt"]), media, {"subs.srt": srt})


def test_a_vague_request_for_captions_is_not_guessed_at() -> None:
    with pytest.raises(NotUnderstood):
        plan("add captions")
