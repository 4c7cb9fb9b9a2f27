"""Text on the picture: the path escaping that keeps user text out of the filter graph, and the
drawtext filter the compiler writes for each position, size, colour and time window."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from promptcut.errors import InvalidRequest
from promptcut.fonts import TEXT_FONT
from promptcut.media.info import AudioStream, MediaInfo, VideoStream
from promptcut.operations.base import Clip, Graph, escape_filter_path
from promptcut.operations.text import Text
from promptcut.planner.offline import plan
from promptcut.script_gen.compile import compile_plan, predict
from promptcut.stage import Stage

VIDEO = MediaInfo(
    path=Path("/media/in.mp4"),
    container="mov,mp4,m4a,3gp,3g2,mj2",
    duration=20.0,
    size_bytes=2_000_000,
    video=VideoStream(width=1280, height=720, fps=30.0, pix_fmt="yuv420p", codec="h264"),
    audio=AudioStream(codec="aac", sample_rate=48000, channels=2, layout="stereo"),
)
SCRIPTS = Path("/data/sessions/s1/scripts/v0001")
FONT = escape_filter_path(TEXT_FONT)


def _token(s: str, i: int, term: str) -> tuple[str, int]:
    """ffmpeg's av_get_token: one value up to a character of `term`, quotes and backslashes
    undone, whitespace trimmed at both ends unless quoted or escaped."""
    out: list[str] = []
    while i < len(s) and s[i] in " \n\t\r":
        i += 1
    end = 0  # length of `out` that trailing-space trimming must keep
    while i < len(s) and s[i] not in term:
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            out.append(s[i + 1])
            i += 2
            end = len(out)
        elif c == "'":
            close = s.index("'", i + 1) if "'" in s[i + 1 :] else len(s)
            out.extend(s[i + 1 : close])
            i = close + 1
            end = len(out)
        else:
            out.append(c)
            i += 1
    text = "".join(out)
    return text[:end] + text[end:].rstrip(" \n\t\r"), i


def option_value(escaped: str) -> str:
    """What drawtext opens for `path=<escaped>` inside a filter graph: the graph parser's
    unescaping, then the filter's option parser's."""
    graph_level, rest = _token(escaped, 0, "[],;")
    assert rest == len(escaped), "the value ended the filter early"
    value, rest = _token(graph_level, 0, ":")
    assert rest == len(graph_level), "the value ended the option early"
    return value


@pytest.mark.parametrize(
    "path",
    [
        "/data/plain/text-1.txt",
        "/data/with space/text-1.txt",
        "/data/it's/text-1.txt",
        '/data/"quoted"/text-1.txt',
        "/data/a:b/text-1.txt",
        "/data/a,b;c/text-1.txt",
        "/data/[brackets]/text-1.txt",
        "/data/back\\slash\\/text-1.txt",
        "/data/'';:,[]\\ all/x.txt",
        " /leading and trailing spaces ",
        "/data/%{pts}/x.txt",
        "/data/new\nline/x.txt",
        "C:\\Users\\me\\fonts\\a.ttf",
    ],
)
def test_escaped_paths_reach_the_filter_unchanged(path: str) -> None:
    assert option_value(escape_filter_path(path)) == path


def test_escaped_path_has_no_bare_separator() -> None:
    escaped = escape_filter_path("/x/a:b,c;d[e]f'g")
    # every special character of the graph parser is escaped
    for ch in ",;[]'":
        assert all(escaped[i - 1] == "\\" for i, c in enumerate(escaped) if c == ch)


# ---------------------------------------------------------------- compiled filters
def text_stage(prompt: str, media: MediaInfo = VIDEO) -> Stage:
    stages = compile_plan(plan(prompt), media, Path("/tmp/out.mp4"), files_dir=SCRIPTS)
    assert len(stages) == 1
    return stages[0]


def graph_of(stage: Stage) -> str:
    return stage.args[stage.args.index("-filter_complex") + 1]


def test_title_compiles_to_drawtext_reading_a_file() -> None:
    s = text_stage("add the title 'Summer' at the top")
    text_file = SCRIPTS / "text-1.txt"
    assert graph_of(s) == (
        f"[0:v:0]drawtext=fontfile={FONT}:textfile={escape_filter_path(text_file)}"
        ":expansion=none:fontsize='min(h/12,w*0.9/4.5)':fontcolor=white"
        ":x='(w-text_w)/2':y='h/20+4':text_align=center:borderw=4:bordercolor=black[v1]"
    )
    assert s.files["text-1"].path == text_file
    assert s.files["text-1"].text == "Summer"
    assert s.files["font"].path == TEXT_FONT
    assert s.files["font"].text is None
    assert s.file_inputs == {"font": TEXT_FONT, "text-1": text_file}
    assert s.inputs == {"main": VIDEO.path}  # the sandbox makes dummies of media only


HOSTILE = [
    "it's",
    'say "hi"',
    "a:b",
    "back\\slash",
    "%{pts}",
    "%{eif:n:d}",
    "%{localtime}",
    "';[out]nullsink;",
    "x,drawtext=text=pwned",
    "[0:v]",
    "line one\nline two",
    "drawbox=c=red:t=fill",
]


@pytest.mark.parametrize("words", HOSTILE)
def test_user_text_never_reaches_the_command(words: str) -> None:
    quoted = f"'{words}'" if '"' in words else f'"{words}"'
    s = text_stage(f"write {quoted} at the top")
    assert s.files["text-1"].text == words
    assert all(words not in arg for arg in s.args if arg != "-i")
    assert graph_of(s).count("drawtext=") == 1
    assert "expansion=none" in graph_of(s)


def test_several_texts_get_their_own_files() -> None:
    s = text_stage("add the title 'One' at the top, add the title 'Two' at the bottom")
    assert {n: f.text for n, f in s.files.items() if f.text} == {"text-1": "One", "text-2": "Two"}
    assert graph_of(s).count("drawtext=") == 2


def test_files_go_beside_the_output_by_default() -> None:
    s = compile_plan(plan("add the title 'x'"), VIDEO, Path("/tmp/job/out.mp4"))[0]
    assert s.files["text-1"].path == Path("/tmp/job/text-1.txt")


def test_stage_writes_its_text_files(tmp_path: Path) -> None:
    s = compile_plan(
        plan('write "Ünïcødé ✓\nline 2" at the top'),
        VIDEO,
        tmp_path / "out.mp4",
        files_dir=tmp_path / "scripts",
    )[0]
    s.write_files()
    written = (tmp_path / "scripts" / "text-1.txt").read_bytes()
    assert written == "Ünïcødé ✓\nline 2".encode()
    assert TEXT_FONT.is_file()  # the font is read where it is, never written


# ---------------------------------------------------------------- placement and look
def drawtext(op: Text, clip: Clip | None = None) -> str:
    graph = Graph(
        clip or Clip(duration=10.0, has_video=True, has_audio=False, width=640, height=360)
    )
    op.check(graph.clip)
    op.render(graph)
    (filt,) = graph.video
    return filt


@pytest.mark.parametrize(
    ("position", "x", "y"),
    [
        ("top", "(w-text_w)/2", "h/20+2"),
        ("bottom", "(w-text_w)/2", "h-text_h-(h/20+2)"),
        ("center", "(w-text_w)/2", "(h-text_h)/2"),
        ("left", "h/20+2", "(h-text_h)/2"),
        ("right", "w-text_w-(h/20+2)", "(h-text_h)/2"),
        ("top-left", "h/20+2", "h/20+2"),
        ("top-right", "w-text_w-(h/20+2)", "h/20+2"),
        ("bottom-left", "h/20+2", "h-text_h-(h/20+2)"),
        ("bottom-right", "w-text_w-(h/20+2)", "h-text_h-(h/20+2)"),
    ],
)
def test_positions_keep_a_margin_from_the_edges(position: str, x: str, y: str) -> None:
    f = drawtext(Text(text="Hi", position=position))  # type: ignore[arg-type]
    assert f":x='{x}':y='{y}':" in f


@pytest.mark.parametrize(
    ("size", "expr"), [("small", "h/20"), ("medium", "h/12"), ("large", "h/7")]
)
def test_sizes_follow_the_frame_height_and_fit_its_width(size: str, expr: str) -> None:
    f = drawtext(Text(text="Hello world", size=size))  # type: ignore[arg-type]
    assert f"fontsize='min({expr},w*0.9/8.25)'" in f  # 11 letters never overflow the width


def test_pixels_are_exact() -> None:
    assert ":fontsize=48:" in drawtext(Text(text="Hi", pixels=48))


def test_the_longest_line_decides_the_fit() -> None:
    assert "w*0.9/3.75)" in drawtext(Text(text="ab\nabcde\nabc"))


def test_colours_names_and_hex() -> None:
    assert ":fontcolor=red:" in drawtext(Text(text="x", color="red"))
    assert ":fontcolor=0xFF8800:" in drawtext(Text(text="x", color="#ff8800"))
    assert ":fontcolor=0xFF8800:" in drawtext(Text(text="x", color="#f80"))
    assert ":fontcolor=gray:" in drawtext(Text(text="x", color="grey"))


@pytest.mark.parametrize("bad", ["red:box=1", "0xff0000", "#ff00zz", "rainbow", "red@0.5"])
def test_unknown_colours_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError, match="colour"):
        Text(text="x", color=bad)


def test_default_look_is_white_with_a_dark_border() -> None:
    f = drawtext(Text(text="x"))
    assert ":fontcolor=white:" in f
    assert ":borderw=2:bordercolor=black" in f
    assert "box=1" not in f


def test_a_box_behind_the_text() -> None:
    f = drawtext(Text(text="x", background="black", outline=None))
    assert ":box=1:boxcolor=black@0.75:boxborderw=8" in f
    assert "borderw=" not in f.replace("boxborderw", "")
    assert ":y='(h-text_h)/2'" in f  # centred: the box grows around it


def test_empty_text_is_refused() -> None:
    with pytest.raises(ValidationError):
        Text(text="  \n ")


# ---------------------------------------------------------------- time windows
def test_untimed_text_shows_throughout() -> None:
    assert "enable=" not in drawtext(Text(text="x"))


@pytest.mark.parametrize(
    ("prompt", "window"),
    [
        ("add a title 'Chapter 1' at the bottom for 2 seconds", "between(t,0,2)"),
        ("add the title 'x' for the first 3 seconds", "between(t,0,3)"),
        ("add the title 'x' from 0:05 to 0:08", "between(t,5,8)"),
        ("add 'Subscribe' at the end", "between(t,17,20)"),
        ("add the text 'Wow' at 0:02 for 3 seconds", "between(t,2,5)"),
        ("add the title 'x' during the last 4 seconds", "between(t,16,20)"),
    ],
)
def test_time_windows(prompt: str, window: str) -> None:
    assert graph_of(text_stage(prompt)).endswith(f":enable='{window}'[v1]")


def test_at_the_end_of_a_short_clip_is_all_of_it() -> None:
    short = Clip(duration=2.0, has_video=True, has_audio=False, width=640, height=360)
    assert "between(t,0,2)" in drawtext(Text(text="x", start=-3.0), short)


def test_a_window_past_the_end_is_refused() -> None:
    with pytest.raises(InvalidRequest, match="past its end"):
        predict(plan("add the title 'x' from 0:15 to 0:30"), VIDEO)


def test_fades_are_an_opacity_ramp_inside_the_window() -> None:
    f = drawtext(Text(text="x", start=2.0, end=6.0, fade_in=0.5, fade_out=1.0))
    assert ":alpha='min(clip((t-2)/0.5,0,1),clip((6-t)/1,0,1))'" in f
    assert f.endswith(":enable='between(t,2,6)'")
    assert ":alpha='clip((t-0)/0.5,0,1)'" in drawtext(Text(text="x", fade_in=0.5))


def test_fading_longer_than_the_showing_is_refused() -> None:
    with pytest.raises(InvalidRequest, match="too short"):
        drawtext(Text(text="x", end=1.0, fade_in=1.0, fade_out=1.0))


def test_text_needs_a_picture() -> None:
    song = Clip(duration=5.0, has_video=False, has_audio=True)
    with pytest.raises(InvalidRequest, match="no picture"):
        Text(text="x").check(song)


def test_describe() -> None:
    assert Text(text="Summer", position="top", end=2.0).describe() == (
        "text 'Summer' at top from start to 2 s"
    )
