"""The session folder keeps the original untouched, versions in order, and history whole."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from promptcut.errors import InvalidRequest, NotFound, UserError
from promptcut.media.info import MediaInfo, VideoStream
from promptcut.session import (
    HistoryEntry,
    Session,
    StageRecord,
    sanitize_ext,
    sanitize_name,
    write_json_atomic,
)
from promptcut.stage import Expected


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "upload" / "My Holiday.MP4"
    path.parent.mkdir()
    path.write_bytes(b"not really a video, but bytes to copy")
    return path


@pytest.fixture
def media(source: Path) -> MediaInfo:
    return MediaInfo(
        path=source,
        container="mov,mp4,m4a,3gp,3g2,mj2",
        duration=20.0,
        size_bytes=source.stat().st_size,
        video=VideoStream(width=320, height=240, fps=25, pix_fmt="yuv420p", codec="h264"),
    )


@pytest.fixture
def session(tmp_path: Path, source: Path, media: MediaInfo) -> Session:
    return Session.create(tmp_path / "data", source, media)


def render(session: Session, content: bytes = b"rendered") -> Path:
    out = session.tmp_dir() / "render.mp4"
    out.write_bytes(content)
    return out


def entry(prompt: str, **overrides: object) -> HistoryEntry:
    fields: dict[str, object] = {"prompt": prompt, "parent_version": 0, "outcome": "succeeded"}
    fields.update(overrides)
    return HistoryEntry.model_validate(fields)


def test_create_copies_the_upload_and_points_the_media_at_the_copy(
    session: Session, source: Path
) -> None:
    copy = session.root / "media" / "original.mp4"
    assert copy.read_bytes() == source.read_bytes()
    assert session.original_path == copy
    assert session.original_media.path == copy
    assert session.current_path() == copy
    assert session.record.original.name == "My Holiday.MP4"
    on_disk = json.loads((session.root / "session.json").read_text())
    assert on_disk["original"]["path"] == "media/original.mp4"
    assert on_disk["original"]["media"]["path"] == "media/original.mp4"  # relative: movable
    assert on_disk["current"] == 0 and on_disk["versions"] == [] and on_disk["undone"] == []
    assert json.loads((session.root / "history.json").read_text()) == []
    assert len(session.id) == 32


def test_open_finds_the_session_again(session: Session, tmp_path: Path) -> None:
    again = Session.open(tmp_path / "data", session.id)

    assert again.root == session.root
    assert again.original_media == session.original_media


@pytest.mark.parametrize(
    "bad_id", ["", "../../etc", "0" * 31, "A" * 32, "0" * 33, "g" * 32, "0" * 31 + "/"]
)
def test_open_refuses_malformed_ids(tmp_path: Path, bad_id: str) -> None:
    with pytest.raises(NotFound, match="no such session"):
        Session.open(tmp_path / "data", bad_id)


def test_open_reports_an_unknown_session_as_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no such session"):
        Session.open(tmp_path / "data", "0" * 32)


def test_promote_makes_a_version_current_and_keeps_the_original(session: Session) -> None:
    original = session.original_path.read_bytes()
    number = session.next_version()

    path = session.promote(render(session), number, "mp4", parent=0, prompt="cut the intro")

    assert number == 1
    assert path == session.root / "versions" / "v0001.mp4"
    assert path.read_bytes() == b"rendered"
    assert session.current == 1 and session.current_path() == path
    assert session.original_path.read_bytes() == original
    assert not list(session.tmp_dir().iterdir())


def test_promote_keeps_the_version_length_and_old_records_read_without_one(
    session: Session, tmp_path: Path
) -> None:
    session.promote(render(session), session.next_version(), "mp4", 0, "cut", duration=2.04)
    session.promote(render(session), session.next_version(), "mp4", 1, "louder")

    again = Session.open(tmp_path / "data", session.id)
    assert [v.duration for v in again.record.versions] == [2.04, None]
    # A session.json written before versions kept their length still opens.
    on_disk = json.loads((session.root / "session.json").read_text())
    for version in on_disk["versions"]:
        version.pop("duration")
    write_json_atomic(session.root / "session.json", on_disk)
    assert [v.duration for v in session.refresh().versions] == [None, None]


def test_version_numbers_are_never_reused(session: Session) -> None:
    first = session.next_version()  # an edit that fails leaves its scripts folder behind
    second = session.next_version()

    assert (first, second) == (1, 2)
    assert session.scripts_dir(1).is_dir()


def test_undo_and_redo_walk_the_versions(session: Session) -> None:
    session.promote(render(session), session.next_version(), "mp4", 0, "first")
    session.promote(render(session), session.next_version(), "mp4", 1, "second")

    assert session.undo() == 1
    assert session.undo() == 0
    assert session.current_path() == session.original_path
    with pytest.raises(InvalidRequest, match="nothing to undo"):
        session.undo()
    assert session.redo() == 1
    assert session.redo() == 2
    with pytest.raises(InvalidRequest, match="nothing to redo"):
        session.redo()


def test_a_new_edit_after_undo_clears_the_redo_stack(session: Session) -> None:
    session.promote(render(session), session.next_version(), "mp4", 0, "first")
    session.undo()

    session.promote(render(session), session.next_version(), "mp4", 0, "instead")

    assert session.current == 2
    with pytest.raises(InvalidRequest):
        session.redo()
    assert session.undo() == 0  # version 2 was made from the original


def test_history_round_trips(session: Session) -> None:
    stage = StageRecord(
        number=1,
        title="trim, grayscale",
        script="scripts/v0001/01_trim_grayscale.py",
        expected=Expected(kind="video", has_video=True, has_audio=True, duration=15.0),
    )
    first = entry(
        "cut the first 5 seconds and make it black and white",
        plan={"version": 1, "steps": []},
        stages=[stage],
        timings={"plan": 0.002, "render": 1.5},
        output_version=1,
    )
    second = entry("make it purple", outcome="refused", error="'purple' is not understood")

    session.append_history(first)
    session.append_history(second)

    assert session.history() == [first, second]
    assert Session.open(session.root.parent.parent, session.id).history() == [first, second]


def test_concurrent_appends_lose_nothing(session: Session, tmp_path: Path) -> None:
    # Two writers with their own Session objects, as two processes would have.
    other = Session.open(tmp_path / "data", session.id)

    def append(writer: Session, name: str) -> None:
        for i in range(50):
            writer.append_history(entry(f"{name} {i}"))

    threads = [
        threading.Thread(target=append, args=(session, "a")),
        threading.Thread(target=append, args=(other, "b")),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    prompts = [e.prompt for e in session.history()]
    assert len(prompts) == 100
    assert sorted(prompts) == sorted([f"a {i}" for i in range(50)] + [f"b {i}" for i in range(50)])


def test_concurrent_edits_get_distinct_versions(session: Session, tmp_path: Path) -> None:
    numbers: list[int] = []
    lock = threading.Lock()

    def edit() -> None:
        mine = Session.open(tmp_path / "data", session.id)
        for _ in range(10):
            n = mine.next_version()
            out = mine.tmp_dir() / f"r{n}.mp4"
            out.write_bytes(b"x")
            mine.promote(out, n, "mp4", 0, f"edit {n}")
            with lock:
                numbers.append(n)

    threads = [threading.Thread(target=edit) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert sorted(numbers) == list(range(1, 31))
    assert len(session.refresh().versions) == 30


def test_assets_get_safe_unique_names(session: Session, tmp_path: Path) -> None:
    music = tmp_path / "song.mp3"
    music.write_bytes(b"la la")

    first = session.add_asset(music, "../../My Song (final).MP3")
    second = session.add_asset(music, "../../My Song (final).MP3")

    assert first == session.root / "media" / "assets" / "My_Song_final.mp3"
    assert second.name == "My_Song_final-2.mp3"
    assert second.read_bytes() == b"la la"


def test_list_shows_newest_first(tmp_path: Path, source: Path, media: MediaInfo) -> None:
    data = tmp_path / "data"
    older = Session.create(data, source, media)
    newer = Session.create(data, source, media)
    newer.promote(render(newer), newer.next_version(), "mp4", 0, "speed it up 2x")
    (data / "sessions" / "not-a-session").mkdir()

    listed = Session.list(data, limit=10)

    assert [s.id for s in listed] == [newer.id, older.id]
    assert listed[0].versions == 1 and listed[0].last_prompt == "speed it up 2x"
    assert listed[1].original_name == "My Holiday.MP4" and listed[1].last_prompt is None
    assert [s.id for s in Session.list(data, limit=1)] == [newer.id]
    assert Session.list(tmp_path / "empty") == []


@pytest.mark.parametrize(
    ("ext", "safe"),
    [(".MP4", "mp4"), ("mov", "mov"), ("", "bin"), (".tar.gz", "bin"), (".m/p4", "bin"),
     (".toolong", "bin"), (".webm", "webm")],
)  # fmt: skip
def test_extensions_are_sanitized(ext: str, safe: str) -> None:
    assert sanitize_ext(ext) == safe


@pytest.mark.parametrize(
    ("name", "safe"),
    [("logo.PNG", "logo.png"), ("/etc/passwd", "passwd"), ("..\\..\\x.srt", "x.srt"),
     (".hidden", "asset.bin"), ("a b;rm -rf.mp3", "a_b_rm_-rf.mp3"), ("...", "asset.bin")],
)  # fmt: skip
def test_asset_names_are_sanitized(name: str, safe: str) -> None:
    assert sanitize_name(name) == safe


def test_write_json_atomic_replaces_whole_files(tmp_path: Path) -> None:
    target = tmp_path / "state.json"
    write_json_atomic(target, {"a": 1})
    write_json_atomic(target, {"b": [1, 2]})

    assert json.loads(target.read_text()) == {"b": [1, 2]}
    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]


def test_sessions_are_private_to_their_owner(session: Session, tmp_path: Path) -> None:
    session.add_asset(tmp_path / "upload" / "My Holiday.MP4", "logo.png")
    session.append_history(entry("mute it"))
    assert session.root.stat().st_mode & 0o777 == 0o700
    assert (session.root.parent).stat().st_mode & 0o777 == 0o700
    for path in session.root.rglob("*"):
        if path.is_file():
            assert path.stat().st_mode & 0o077 == 0, f"{path.name} is readable by others"


def test_in_place_keeps_no_copy_but_a_checked_reference(
    tmp_path: Path, source: Path, media: MediaInfo
) -> None:
    import hashlib

    session = Session.create(tmp_path / "data", source, media, in_place=True)
    original = session.record.original
    if original.kept == "reflink":
        # A clone shares the blocks; a change to the user's file does not reach it.
        source.write_bytes(b"changed afterwards")
        assert session.original_path.read_bytes() == b"not really a video, but bytes to copy"
        return
    assert original.kept == "reference"
    assert not list((session.root / "media").glob("original.*")), "a copy was made"
    assert session.original_path == source.resolve()
    assert session.original_media.path == source.resolve()
    assert original.source is not None
    assert original.source.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert original.source.size == source.stat().st_size
    session.check_original()  # unchanged: no complaint
    again = Session.open(tmp_path / "data", session.id)
    assert again.source == original.source


def test_a_changed_or_missing_reference_is_refused(
    tmp_path: Path, source: Path, media: MediaInfo
) -> None:
    import os

    made = Session.create(tmp_path / "data", source, media, in_place=True)
    if made.source is None:
        pytest.skip("this filesystem clones files: the session never reads the user's file")
    # A later use: the session as opened again (the object that made it hashed the file
    # already, and reads it again only once its size or time changes).
    session = Session.open(tmp_path / "data", made.id)
    st = source.stat()
    # Same size, same modification time, other bytes: only the hash can tell.
    source.write_bytes(b"NOT really a video, but bytes to copy")
    os.utime(source, ns=(st.st_atime_ns, st.st_mtime_ns))
    with pytest.raises(InvalidRequest, match=r"My Holiday\.MP4 has changed .*contents differ"):
        session.check_original()
    session.check_original(contents=False)  # the quick check cannot see it, as documented
    source.write_bytes(b"longer than it was when the session was made")
    with pytest.raises(InvalidRequest, match=r"was 37 bytes and is now 44"):
        session.check_original(contents=False)
    source.unlink()
    with pytest.raises(InvalidRequest, match=r"is no longer at .*My Holiday\.MP4"):
        session.check_original()


def test_a_busy_session_is_not_removed(session: Session) -> None:
    with session.in_use():
        assert session.is_busy()
        assert session.remove() is False
        assert session.root.is_dir()
    assert not session.is_busy()
    assert session.remove() is True
    assert not session.root.exists()
    assert not list(session.root.parent.iterdir()), "something of it was left"
    with pytest.raises(NotFound, match="it was removed"), session.in_use():
        pass
