"""Other inputs over HTTP: a portrait phone video, sound alone, a still image."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import av
import numpy as np

if TYPE_CHECKING:
    from api_kit import Api


def test_portrait_video_stays_portrait_in_its_preview_and_version(
    api: Api, rotated_mp4: Path, tmp_path: Path
) -> None:
    upload = api.upload(rotated_mp4)
    sid = upload["session_id"]
    assert api.wait_job(upload["proxy_job_id"])["status"] == "succeeded"
    proxy = api.download(f"/sessions/{sid}/versions/0/preview", tmp_path / "p0.mp4")
    assert api.measure(proxy).shown == (240, 320)

    job = api.edit(sid, "cut the first 0.5 seconds")

    version = api.measure(api.download(job["output_url"], tmp_path / "v1.mp4"))
    preview = api.measure(api.download(job["preview_url"], tmp_path / "p1.mp4"))
    assert version.shown == (240, 320)
    assert preview.shown is not None
    w, h = preview.shown
    assert h > w
    assert abs(version.duration - 1.5) <= 0.1
    assert abs(preview.duration - version.duration) <= 0.15
    assert api.frame(tmp_path / "v1.mp4", 0.2).shape == (320, 240)  # as players show it


def test_audio_only_upload_can_be_edited(api: Api, tone_mp3: Path, tmp_path: Path) -> None:
    upload = api.upload(tone_mp3)
    sid = upload["session_id"]
    assert upload["proxy_job_id"] is None  # no picture: no proxy
    assert upload["media"]["video"] is None and upload["media"]["audio"] is not None

    job = api.edit(sid, "make it louder")

    assert job["version"] == 1
    preview = job["preview_url"]
    assert preview is None or api.get(preview).status_code == 200
    s = api.session(sid)
    assert s["versions"][1]["kind"] == "audio"
    r = api.get(job["output_url"])
    assert r.status_code == 200 and r.headers["content-type"].startswith("audio/")
    out = tmp_path / "v1.sound"
    out.write_bytes(r.content)
    got = api.measure(out)
    assert got.width is None and got.has_audio
    assert abs(got.duration - 2.0) <= 0.1
    assert [name for name, _ in api.events(job["job_id"])][-1] == "done"


def test_still_image_upload_can_be_edited(api: Api, still_png: Path, tmp_path: Path) -> None:
    upload = api.upload(still_png)
    sid = upload["session_id"]
    assert upload["proxy_job_id"] is None  # a still needs no proxy
    assert upload["media"]["is_image"] is True

    job = api.edit(sid, "make it black and white")

    assert job["version"] == 1 and job["preview_url"] is None
    r = api.get(job["output_url"])
    assert r.status_code == 200 and r.headers["content-type"] == "image/png"
    out = tmp_path / "v1.png"
    out.write_bytes(r.content)
    got = api.measure(out)
    assert (got.width, got.height) == (320, 240)
    with av.open(str(out)) as c:
        rgb = next(c.decode(video=0)).to_ndarray(format="rgb24").astype(np.int16)
    assert np.abs(rgb[..., 0] - rgb[..., 1]).mean() < 2
    assert np.abs(rgb[..., 1] - rgb[..., 2]).mean() < 2
    with av.open(str(still_png)) as c:
        rgb = next(c.decode(video=0)).to_ndarray(format="rgb24").astype(np.int16)
    assert np.abs(rgb[..., 0] - rgb[..., 1]).mean() > 10  # the original has colour
    assert api.session(sid)["versions"][1]["kind"] == "image"
    names = [name for name, _ in api.events(job["job_id"])]
    assert "preview" not in names and names[-1] == "done"
