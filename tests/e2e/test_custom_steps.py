"""Custom steps: the model's script is linted, proven on dummies in the isolated sandbox,
corrected from its own errors (bounded), then run for real, isolated; outputs measured."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pytest
from _clips import make_clip
from pydantic_ai.models.function import FunctionModel

from model_kit import (
    ERRORS_BUT_EXIT_0,
    GOOD,
    IMPORTS_SOCKET,
    PIXELATE_PLAN,
    UNKNOWN_FILTER,
    WRONG_LENGTH,
    Model,
)
from promptcut import orchestrator as orchestrator_module
from promptcut.errors import InvalidRequest
from promptcut.media.info import MediaInfo
from promptcut.media.probe import probe
from promptcut.orchestrator import Event, Orchestrator
from promptcut.session import Session
from promptcut.settings import Settings

pytestmark = pytest.mark.e2e

PROMPT = "pixelate the whole picture into big square blocks"


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> MediaInfo:
    return probe(make_clip(tmp_path_factory.mktemp("media") / "clip.mp4", seconds=2.0))


def block_spread(path: Path, t: float = 1.0, block: int = 16) -> float:
    """How much the brightness varies inside each block of the picture (0: flat blocks)."""
    with av.open(str(path)) as c:
        for f in c.decode(video=0):
            if f.time is not None and f.time >= t:
                luma = f.to_ndarray(format="gray").astype(float)
                break
    h, w = (luma.shape[0] // block) * block, (luma.shape[1] // block) * block
    tiles = luma[:h, :w].reshape(h // block, block, w // block, block)
    return float(tiles.std(axis=(1, 3)).mean())


def edit(
    clip: MediaInfo, tmp_path: Path, model: Model, prompt: str = PROMPT, **settings: object
) -> tuple[Session, MediaInfo, list[Event]]:
    s = Settings(_env_file=None, data_dir=tmp_path / "data", **settings)  # type: ignore[call-arg]
    orch = Orchestrator(s, model=FunctionModel(model))
    session = Session.create(s.data_dir, clip.path, clip)
    events: list[Event] = []
    result = orch.edit(session, prompt, on_event=events.append)
    return session, result.media, events


def test_a_failing_script_is_corrected_from_its_error(clip: MediaInfo, tmp_path: Path) -> None:
    model = Model(PIXELATE_PLAN, [UNKNOWN_FILTER, GOOD])

    session, made, events = edit(clip, tmp_path, model)

    # The error text reached the model, and the second script rendered the real thing.
    assert len(model.script_requests) == 2
    assert "pixelizee" in model.script_requests[1]
    assert "No such filter" in model.script_requests[1]
    assert abs(made.duration - clip.duration) <= 0.1 and made.has_audio
    assert block_spread(made.path) < 2.0 < block_spread(clip.path)
    attempts = [e.message for e in events if e.kind == "attempt"]
    assert len(attempts) == 2 and "attempt 2 of 3" in attempts[1]
    assert "No such filter" in attempts[1]
    # Every attempt is kept; the accepted script is the version's, and it re-runs.
    logs = session.logs_dir(1) / "01_custom"
    assert (logs / "attempt-1.py").read_text() == UNKNOWN_FILTER
    assert "No such filter" in (logs / "attempt-1.txt").read_text()
    assert (logs / "attempt-2.txt").read_text().startswith("passed")
    assert [p.name for p in session.scripts_of(1)] == ["01_custom.py"]
    assert session.scripts_of(1)[0].read_text() == GOOD
    # What was sent to the model and what it answered is in the logs too.
    exchanges = sorted(p.name for p in session.logs_dir(1).glob("model-*.json"))
    assert exchanges == ["model-01-plan.json", "model-02-01_custom.json"]
    assert "No such filter" in (session.logs_dir(1) / exchanges[1]).read_text()
    entry = session.history()[-1]
    assert entry.outcome == "succeeded" and entry.planner is not None
    assert entry.planner["name"] == "llm" and entry.planner["requests"] == 3


@pytest.mark.parametrize(
    ("bad", "told"),
    [
        (IMPORTS_SOCKET, "importing 'socket' is not allowed"),
        (ERRORS_BUT_EXIT_0, "ffmpeg reported errors although it exited 0"),
        (WRONG_LENGTH, "expected 2.00 s"),
    ],
    ids=["lint", "ffmpeg-error-exit-0", "wrong-length"],
)
def test_each_kind_of_failure_goes_back_to_the_model(
    clip: MediaInfo, tmp_path: Path, bad: str, told: str
) -> None:
    model = Model(PIXELATE_PLAN, [bad, GOOD])

    _, made, _ = edit(clip, tmp_path, model)

    assert told in model.script_requests[1]
    assert abs(made.duration - clip.duration) <= 0.1


def test_a_script_that_never_works_is_refused_after_the_cap(
    clip: MediaInfo, tmp_path: Path
) -> None:
    model = Model(PIXELATE_PLAN, [UNKNOWN_FILTER])

    with pytest.raises(InvalidRequest, match=r"no working script in 3 tries.*No such filter"):
        edit(clip, tmp_path, model)

    assert len(model.script_requests) == 3
    session = Session.list(tmp_path / "data", 1)[0]
    opened = Session.open(tmp_path / "data", session.id)
    assert opened.current == 0 and opened.history()[-1].outcome == "refused"
    assert not list((tmp_path / "data" / "sessions" / session.id / "versions").glob("*"))


def test_catalogue_steps_around_a_custom_step_still_fuse(clip: MediaInfo, tmp_path: Path) -> None:
    plan = {
        "version": 1,
        "steps": [
            {"task": "cut the first second", "op": "trim", "params": {"start": 0.5}},
            {"task": "make it black and white", "op": "grayscale", "params": {}},
            PIXELATE_PLAN["steps"][0],
            {"task": "make it 160 wide", "op": "resize", "params": {"width": 160}},
        ],
    }
    model = Model(plan, [GOOD])

    session, made, _ = edit(clip, tmp_path, model, "cut, grey, pixelate, shrink")

    names = [p.name for p in session.scripts_of(1)]
    assert names == ["01_trim_grayscale.py", "02_custom.py", "03_resize.py"]
    assert abs(made.duration - 1.5) <= 0.1
    assert made.video is not None and made.video.width == 160
    assert session.history()[-1].stages[1].title == "custom"


def test_without_isolation_custom_steps_are_refused_unless_allowed(
    clip: MediaInfo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(orchestrator_module, "isolation_available", lambda: False)

    with pytest.raises(InvalidRequest, match=r"bubblewrap.*PROMPTCUT_ALLOW_UNSANDBOXED=1"):
        edit(clip, tmp_path / "a", Model(PIXELATE_PLAN, [GOOD]))

    _, made, _ = edit(clip, tmp_path / "b", Model(PIXELATE_PLAN, [GOOD]), allow_unsandboxed=True)
    assert abs(made.duration - clip.duration) <= 0.1


def test_the_model_sees_the_previous_request_of_the_session(
    clip: MediaInfo, tmp_path: Path
) -> None:
    model = Model(PIXELATE_PLAN, [GOOD])
    s = Settings(_env_file=None, data_dir=tmp_path / "data")  # type: ignore[call-arg]
    orch = Orchestrator(s, model=FunctionModel(model))
    session = Session.create(s.data_dir, clip.path, clip)
    orch.edit(session, "make it black and white")

    orch.edit(session, PROMPT)

    assert "make it black and white" in model.planner_requests[0]
    assert np.isfinite(block_spread(session.path_of(2)))
