"""The timeline strip under the player: each version's length, how long its edit took, how
its time comes from its parent's, and a JPEG strip of its frames."""

from __future__ import annotations

import io
import json
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

import av
import pytest

from promptcut.media.ffmpeg import run_ffmpeg
from promptcut.session import write_json_atomic

if TYPE_CHECKING:
    from api_kit import Api, ApiFactory


def _version(api: Api, sid: str, number: int) -> dict[str, Any]:
    versions = {v["number"]: v for v in api.session(sid)["versions"]}
    found: dict[str, Any] = versions[number]
    return found


def _jpeg_size(content: bytes) -> tuple[int, int]:
    with av.open(io.BytesIO(content), format="jpeg_pipe") as c:
        picture = next(c.decode(video=0))
        return picture.width, picture.height


# -- the versions' fields --------------------------------------------------------------------


def test_the_original_has_its_length_and_a_strip_but_no_timeline(api: Api, clip3_mp4: Path) -> None:
    sid = api.upload(clip3_mp4)["session_id"]

    v0 = _version(api, sid, 0)

    assert abs(v0["duration"] - 3.0) <= 0.1
    assert v0["render_seconds"] is None
    assert v0["timeline"] is None
    assert v0["thumbnails"] == {"url": f"/sessions/{sid}/versions/0/thumbnails", "count": 10}


def test_a_cut_marks_what_it_removed_and_where_the_rest_went(api: Api, clip3_mp4: Path) -> None:
    sid = api.upload(clip3_mp4)["session_id"]
    api.edit(sid, "cut the first second")

    v1 = _version(api, sid, 1)

    assert abs(v1["duration"] - 2.0) <= 0.1
    assert v1["render_seconds"] > 0
    timeline = v1["timeline"]
    assert timeline["parent"] == 0
    assert abs(timeline["parent_duration"] - 3.0) <= 0.1
    assert abs(timeline["duration"] - 2.0) <= 0.1
    assert timeline["removed"] == [[0.0, 1.0]]
    [piece] = timeline["pieces"]
    assert piece["source"][0] == 1.0 and abs(piece["source"][1] - 3.0) <= 0.1
    assert piece["result"][0] == 0.0 and abs(piece["result"][1] - 2.0) <= 0.1
    assert piece["speed"] == 1.0
    assert v1["thumbnails"] == {"url": f"/sessions/{sid}/versions/1/thumbnails", "count": 10}


def test_a_speed_up_after_a_cut_maps_onto_the_cut_version(api: Api, clip3_mp4: Path) -> None:
    sid = api.upload(clip3_mp4)["session_id"]
    api.edit(sid, "cut the first second")
    api.edit(sid, "speed it up 2x")

    v2 = _version(api, sid, 2)

    assert abs(v2["duration"] - 1.0) <= 0.1
    timeline = v2["timeline"]
    assert timeline["parent"] == 1
    assert abs(timeline["parent_duration"] - 2.0) <= 0.1
    [piece] = timeline["pieces"]
    assert piece["speed"] == 2.0
    assert piece["source"][0] == 0.0 and abs(piece["source"][1] - 2.0) <= 0.1
    assert abs(piece["result"][1] - 1.0) <= 0.1
    assert timeline["removed"] == []


def test_black_and_white_keeps_all_of_the_time(api: Api, clip3_mp4: Path) -> None:
    sid = api.upload(clip3_mp4)["session_id"]
    api.edit(sid, "make it black and white")

    timeline = _version(api, sid, 1)["timeline"]

    assert timeline["removed"] == []
    [piece] = timeline["pieces"]
    assert piece["source"] == piece["result"]
    assert abs(piece["source"][1] - 3.0) <= 0.1 and piece["speed"] == 1.0


def test_a_reversed_version_has_no_timeline(api: Api, clip3_mp4: Path) -> None:
    sid = api.upload(clip3_mp4)["session_id"]
    api.edit(sid, "reverse the clip")

    v1 = _version(api, sid, 1)

    assert v1["timeline"] is None
    assert abs(v1["duration"] - 3.0) <= 0.1
    assert v1["thumbnails"]["count"] == 10


def test_a_version_recorded_before_lengths_were_kept_has_none(api: Api, clip3_mp4: Path) -> None:
    sid = api.upload(clip3_mp4)["session_id"]
    api.edit(sid, "cut the first second")
    record = api.session_dir(sid) / "session.json"
    old = json.loads(record.read_text())
    for version in old["versions"]:
        del version["duration"]
    write_json_atomic(record, old)

    v1 = _version(api, sid, 1)

    assert v1["duration"] is None
    assert v1["timeline"]["removed"] == [[0.0, 1.0]]  # the plan still says what was cut


# -- GET /sessions/{id}/versions/{n}/thumbnails -----------------------------------------------


def test_the_strip_is_one_jpeg_of_every_frame_side_by_side(api: Api, clip3_mp4: Path) -> None:
    sid = api.upload(clip3_mp4)["session_id"]
    api.edit(sid, "cut the first second")
    strip = _version(api, sid, 1)["thumbnails"]

    r = api.get(strip["url"])

    assert r.status_code == 200
    assert r.headers["content-type"] == "image/jpeg"
    # 320x240 at 96 px high is 128 px wide, ten of them in a row
    assert _jpeg_size(r.content) == (strip["count"] * 128, 96)


def test_the_strip_is_made_once_and_then_served_as_kept(api: Api, clip3_mp4: Path) -> None:
    upload = api.upload(clip3_mp4)
    sid = upload["session_id"]
    api.wait_job(upload["proxy_job_id"])
    url = _version(api, sid, 0)["thumbnails"]["url"]
    first = api.get(url)
    kept = api.session_dir(sid) / "thumbs" / "0.jpg"
    made = kept.stat().st_mtime_ns

    again = api.get(url)

    assert again.status_code == 200 and again.content == first.content
    assert kept.stat().st_mtime_ns == made
    assert [p.name for p in kept.parent.iterdir()] == ["0.jpg"]  # no temporary file left


def test_requests_made_at_once_all_get_a_whole_strip(api: Api, clip3_mp4: Path) -> None:
    sid = api.upload(clip3_mp4)["session_id"]
    url = _version(api, sid, 0)["thumbnails"]["url"]
    got: list[bytes] = []

    def fetch() -> None:
        r = api.get(url)
        assert r.status_code == 200
        got.append(r.content)

    threads = [threading.Thread(target=fetch) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert len(got) == 4
    assert all(_jpeg_size(content) == (1280, 96) for content in got)
    kept = api.session_dir(sid) / "thumbs"
    assert [p.name for p in kept.iterdir()] == ["0.jpg"]


def test_a_picture_that_ends_before_its_sound_still_fills_the_strip(
    make_api: ApiFactory, tmp_path: Path
) -> None:
    # A transport stream says no frame count: seeks past its 1 s of picture find nothing.
    ts = tmp_path / "short-picture.ts"
    run_ffmpeg(
        ["-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=1",
         "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=3",
         "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac",
         "-f", "mpegts", str(ts)]
    )  # fmt: skip
    api = make_api(previews=False)
    sid = api.upload(ts)["session_id"]

    r = api.get(f"/sessions/{sid}/versions/0/thumbnails")

    assert r.status_code == 200
    assert _jpeg_size(r.content) == (1280, 96)


def test_a_still_image_has_a_strip_of_one(api: Api, still_png: Path) -> None:
    sid = api.upload(still_png)["session_id"]
    v0 = _version(api, sid, 0)
    assert v0["duration"] is None and v0["thumbnails"]["count"] == 1

    r = api.get(v0["thumbnails"]["url"])

    assert r.status_code == 200
    assert _jpeg_size(r.content) == (128, 96)


def test_sound_alone_has_no_strip(api: Api, tone_mp3: Path) -> None:
    sid = api.upload(tone_mp3)["session_id"]

    v0 = _version(api, sid, 0)
    r = api.get(f"/sessions/{sid}/versions/0/thumbnails")

    assert v0["thumbnails"] is None
    assert abs(v0["duration"] - 2.0) <= 0.1
    assert r.status_code == 404
    assert "no picture" in r.json()["detail"]


@pytest.mark.parametrize("number", ["1", "abc", "-1"])
def test_the_strip_of_a_version_that_does_not_exist_is_404(
    api: Api, clip3_mp4: Path, number: str
) -> None:
    sid = api.upload(clip3_mp4)["session_id"]

    assert api.get(f"/sessions/{sid}/versions/{number}/thumbnails").status_code == 404
