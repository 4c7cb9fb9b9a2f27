"""One lane per session: edits queue and run in order, each from the last; cancelling a running
or a queued edit leaves the session as it was."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from api_kit import Api, ApiFactory


TERMINAL = {"succeeded", "failed", "cancelled"}


def _processes() -> list[tuple[int, int, str]]:
    """(pid, process group, command line) of every live process, from /proc; zombies (whose
    command line is gone) left out."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            args = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue  # gone meanwhile
        state, _ppid, pgid = stat.rpartition(")")[2].split()[:3]
        if state != "Z":
            found.append((int(entry.name), int(pgid), args))
    return found


def _running_in(folder: Path) -> set[int]:
    """The process groups of whatever runs with `folder` on its command line: a stage script
    in its sandbox, with its ffmpeg in the same group."""
    return {pgid for _, pgid, args in _processes() if str(folder) in args}


def _left(folder: Path, groups: set[int], grace: float = 2.0) -> list[str]:
    """What still runs in `folder` or in `groups` after a killed group had `grace` s to go."""
    end = time.monotonic() + grace
    while True:
        left = [a for _, g, a in _processes() if g in groups or str(folder) in a]
        if not left or time.monotonic() > end:
            return left
        time.sleep(0.05)


def _rendering(folder: Path) -> Callable[[dict[str, Any]], bool]:
    """The job has reached its long render (stage 2 of stabilizing) and its processes run;
    or it has ended, which the test then reports."""

    def check(job: dict[str, Any]) -> bool:
        if job["status"] in TERMINAL:
            return True
        stage = job["stage"] or ""
        rendering = "rendering full quality (stage 2 of 2)" in stage
        return job["status"] == "running" and rendering and bool(_running_in(folder))

    return check


def _when(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp)


def test_edits_to_one_session_run_one_at_a_time_in_order(
    api: Api, clip3_mp4: Path, tmp_path: Path
) -> None:
    sid = api.upload(clip3_mp4)["session_id"]

    jobs = [api.submit(sid, "cut the first 0.5 seconds") for _ in range(3)]

    done = [api.wait_job(j["job_id"]) for j in jobs]
    assert [j["status"] for j in done] == ["succeeded"] * 3
    assert [j["version"] for j in done] == [1, 2, 3]
    for earlier, later in itertools.pairwise(done):
        assert _when(earlier["finished"]) <= _when(later["started"])
    s = api.session(sid)
    assert [(v["number"], v["parent"]) for v in s["versions"]] == [
        (0, None), (1, 0), (2, 1), (3, 2),
    ]  # fmt: skip
    assert s["current"] == 3
    durations = [
        api.measure(api.download(j["output_url"], tmp_path / f"v{j['version']}.mp4")).duration
        for j in done
    ]
    for got, want in zip(durations, [2.5, 2.0, 1.5], strict=True):
        assert abs(got - want) <= 0.1, durations


def test_edits_to_two_sessions_run_side_by_side(
    make_api: ApiFactory, slow_mp4: Path, clip2_mp4: Path
) -> None:
    api = make_api(previews=False, sandbox=False, workers=2)
    slow = api.upload(slow_mp4)["session_id"]
    quick = api.upload(clip2_mp4)["session_id"]
    long_job = api.submit(slow, "stabilize it")

    quick_job = api.wait_job(api.submit(quick, "make it louder")["job_id"])

    assert quick_job["status"] == "succeeded"
    assert api.job(long_job["job_id"])["status"] == "running"  # not waited on
    api.post(f"/jobs/{long_job['job_id']}/cancel")


def test_cancel_stops_a_running_render_and_leaves_the_session_as_it_was(
    make_api: ApiFactory, slow_mp4: Path
) -> None:
    api = make_api(previews=False, sandbox=False)
    sid = api.upload(slow_mp4)["session_id"]
    folder = api.session_dir(sid)
    job_id = api.submit(sid, "stabilize it")["job_id"]
    running = api.wait_job(job_id, until=_rendering(folder))
    assert running["status"] == "running", running
    groups = _running_in(folder)

    t0 = time.monotonic()
    r = api.post(f"/jobs/{job_id}/cancel")

    assert r.status_code == 200, r.text
    assert r.json()["status"] == "cancelled"
    assert time.monotonic() - t0 < 5
    job = api.job(job_id)
    assert job["status"] == "cancelled" and job["version"] is None and job["stage"] is None
    s = api.session(sid)
    assert s["current"] == 0
    assert [v["number"] for v in s["versions"]] == [0]
    assert list((folder / "versions").iterdir()) == []
    assert _left(folder, groups) == []
    assert list((folder / "tmp").iterdir()) == []
    assert api.events(job_id)[-1][0] == "cancelled"


def test_cancelled_edit_leaves_the_session_ready_for_the_next(
    make_api: ApiFactory, slow_mp4: Path, tmp_path: Path
) -> None:
    api = make_api(previews=False, sandbox=False)
    sid = api.upload(slow_mp4)["session_id"]
    job_id = api.submit(sid, "stabilize it")["job_id"]
    api.wait_job(job_id, until=_rendering(api.session_dir(sid)))
    api.post(f"/jobs/{job_id}/cancel")

    job = api.edit(sid, "keep just the first 2 seconds")

    assert job["version"] >= 1
    out = api.download(job["output_url"], tmp_path / "next.mp4")
    assert abs(api.measure(out).duration - 2.0) <= 0.1
    s = api.session(sid)
    assert [v["number"] for v in s["versions"]] == [0, job["version"]]
    assert s["versions"][1]["parent"] == 0


def test_cancelled_job_does_not_point_at_a_preview_that_is_gone(
    make_api: ApiFactory, slow_mp4: Path
) -> None:
    """The preview of an edit that is cancelled is thrown away with it; the job must then
    stop offering its URL (a client following it gets 404)."""
    api = make_api(sandbox=False, proxy_lines=120)
    upload = api.upload(slow_mp4)
    sid = upload["session_id"]
    job_id = api.submit(sid, "stabilize it")["job_id"]
    previewed = api.wait_job(
        job_id, until=lambda j: bool(j["preview_url"]) or j["status"] in TERMINAL
    )
    assert previewed["status"] == "running" and previewed["preview_url"], previewed

    cancelled = api.post(f"/jobs/{job_id}/cancel").json()

    assert cancelled["status"] == "cancelled"
    assert (
        api.get(f"/sessions/{sid}/versions/{previewed['preview_version']}/preview").status_code
        == 404
    )
    for body in (cancelled, api.job(job_id), api.events(job_id)[-1][1]):
        url = body["preview_url"]
        assert url is None or api.get(url).status_code == 200, url


def test_cancel_of_a_queued_edit_means_it_never_runs(make_api: ApiFactory, slow_mp4: Path) -> None:
    api = make_api(previews=False)
    sid = api.upload(slow_mp4)["session_id"]
    first = api.submit(sid, "speed it up 2x")
    second = api.submit(sid, "make it louder")

    r = api.post(f"/jobs/{second['job_id']}/cancel")

    assert r.status_code == 200, r.text
    assert r.json()["status"] == "cancelled"
    assert api.job(first["job_id"])["status"] in {"queued", "running"}
    assert api.wait_job(first["job_id"])["status"] == "succeeded"
    later = api.job(second["job_id"])
    assert later["status"] == "cancelled"
    assert later["started"] is None and later["version"] is None
    s = api.session(sid)
    assert [v["number"] for v in s["versions"]] == [0, 1]
    assert [h["prompt"] for h in s["history"]] == ["speed it up 2x"]
    assert [name for name, _ in api.events(second["job_id"])][-1] == "cancelled"


def test_cancel_of_a_finished_job_changes_nothing(api: Api, clip2_mp4: Path) -> None:
    sid = api.upload(clip2_mp4)["session_id"]
    job = api.edit(sid, "make it louder")

    r = api.post(f"/jobs/{job['job_id']}/cancel")

    assert r.status_code == 200
    assert r.json()["status"] == "succeeded" and r.json()["version"] == 1
    assert api.session(sid)["current"] == 1
