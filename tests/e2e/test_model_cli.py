"""`promptcut edit` with a model, from outside: a fake provider on loopback speaks each wire
protocol (OpenAI chat completions, Gemini generateContent); the CLI is pointed at it through
the settings a user sets. Outputs measured; the key never written anywhere."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import av
import pytest
from cli_kit import Cli
from measure import measure
from test_custom_steps import block_spread

from fakellm import FakeLLM, FakeRequest, Reply, call, error
from model_kit import GOOD, PIXELATE_PLAN, UNKNOWN_FILTER, hostile, is_planner

pytestmark = pytest.mark.e2e

PROMPT = "pixelate the whole picture into big square blocks"
KEY = "sk-test-7Hq2-NEVER-WRITE-ME"


def env_for(fake: FakeLLM, protocol: str) -> dict[str, str]:
    """The settings a user sets: Gemini by its usual key (and a base URL, as for a proxy);
    an OpenAI-compatible server by its URL, model and key."""
    if protocol == "gemini":
        return {"GOOGLE_API_KEY": KEY, "PROMPTCUT_LLM_BASE_URL": fake.gemini_base_url}
    return {
        "PROMPTCUT_LLM_BASE_URL": fake.openai_base_url,
        "PROMPTCUT_LLM_MODEL": "local-model",
        "PROMPTCUT_LLM_API_KEY": KEY,
    }


def files_holding(root: Path, text: str) -> list[Path]:
    needle = text.encode()
    return [p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]


def planner_then_scripts(*scripts: str) -> tuple[list[FakeRequest], object]:
    """A provider that plans the pixelation and answers the script writer with `scripts` in
    turn; the script requests it saw are kept."""
    seen: list[FakeRequest] = []

    def answer(request: FakeRequest) -> Reply:
        if is_planner(request.system_text()):
            return call(PIXELATE_PLAN)
        seen.append(request)
        return call({"script": scripts[min(len(seen), len(scripts)) - 1]})

    return seen, answer


@pytest.mark.parametrize("protocol", ["openai", "gemini"])
def test_a_custom_step_is_planned_corrected_and_rendered(
    cli: Cli, clip3_mp4: Path, protocol: str
) -> None:
    seen, answer = planner_then_scripts(UNKNOWN_FILTER, GOOD)
    out = cli.home / "out.mp4"
    with FakeLLM(answer) as fake:  # type: ignore[arg-type]
        run = cli("edit", clip3_mp4, PROMPT, "-o", out, "--json", env=env_for(fake, protocol))
        sent_keys = {r.api_key() for r in fake.calls}

    assert run.code == 0, run.err
    # The first script failed in the sandbox; its error went back to the model.
    assert len(seen) == 2 and "No such filter: 'pixelizee'" in seen[1].text()
    got = measure(out)
    source = measure(clip3_mp4)
    assert abs(got.duration - source.duration) <= 0.1
    assert got.audio is not None and got.video is not None
    assert (got.video.width, got.video.height) == (source.video.width, source.video.height)  # type: ignore[union-attr]
    assert block_spread(out) < 2.0 < block_spread(clip3_mp4)
    result = json.loads(run.out)
    assert result["plan"]["steps"][0]["op"] == "custom"
    assert result["planner"]["name"] == "llm" and result["planner"]["requests"] == 3
    # The key went to the provider and nowhere else.
    assert sent_keys == {KEY}
    assert KEY not in run.out + run.err
    assert files_holding(cli.home, KEY) == []


def test_a_catalogue_request_makes_no_model_request(cli: Cli, clip3_mp4: Path) -> None:
    with FakeLLM() as fake:
        run = cli(
            "edit", clip3_mp4, "cut the first second and mute it", "-o", cli.home / "o.mp4",
            env=env_for(fake, "openai"),
        )  # fmt: skip
        calls = list(fake.calls)

    assert run.code == 0, run.err
    assert calls == []


@pytest.mark.parametrize(
    ("reply", "says"),
    [
        (error(401, "Incorrect API key provided"), "refused the API key"),
        (error(404, "The model does not exist"), "PROMPTCUT_LLM_MODEL"),
    ],
)
def test_provider_errors_are_one_line_exit_2(
    cli: Cli, clip3_mp4: Path, reply: Reply, says: str
) -> None:
    with FakeLLM([reply]) as fake:
        run = cli("edit", clip3_mp4, PROMPT, "-o", cli.home / "o.mp4", env=env_for(fake, "openai"))

    assert run.code == 2
    assert says in run.err and "Traceback" not in run.err
    assert len(run.err.strip().splitlines()) == 1
    assert not (cli.home / "o.mp4").exists()
    assert KEY not in run.err


def test_without_a_model_the_refusal_says_how_to_add_one(cli: Cli, clip3_mp4: Path) -> None:
    run = cli("edit", clip3_mp4, PROMPT, "-o", cli.home / "o.mp4")

    assert run.code == 2
    assert "GOOGLE_API_KEY" in run.err and "PROMPTCUT_LLM_BASE_URL" in run.err


@pytest.fixture
def listener() -> Iterator[tuple[int, list[bytes]]]:
    """A loopback port that records whatever reaches it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    server.settimeout(0.2)
    got: list[bytes] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            got.append(conn.recv(100) or b"(connected)")
            conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1], got
    stop.set()
    thread.join(timeout=2)
    server.close()


def test_a_hostile_script_is_contained(
    cli: Cli, clip3_mp4: Path, listener: tuple[int, list[bytes]]
) -> None:
    port, reached = listener
    # The user's project folder, beside the one promptcut runs in.
    secret = cli.home / "project" / ".env"
    secret.parent.mkdir()
    secret.write_text("GOOGLE_API_KEY=the-user-s-real-secret\n")
    _, answer = planner_then_scripts(hostile(str(secret), port))
    out = cli.home / "out.mp4"
    with FakeLLM(answer) as fake:  # type: ignore[arg-type]
        run = cli("edit", clip3_mp4, PROMPT, "-o", out, env=env_for(fake, "openai"))

    assert run.code == 0, run.err
    with av.open(str(out)) as c:
        comment = c.metadata.get("comment", "")
    assert comment.startswith("blocked")  # it tried, and could not read the file
    assert "the-user-s-real-secret" not in comment
    assert reached == [], "a model-written script reached a loopback port"
    assert files_holding(cli.data_dir, "the-user-s-real-secret") == []


def test_plan_says_which_planner_made_it(cli: Cli, clip3_mp4: Path) -> None:
    with FakeLLM([call(PIXELATE_PLAN)]) as fake:
        env = env_for(fake, "openai")
        shown = cli("plan", PROMPT, "--input", clip3_mp4, env=env)
        offline = cli("plan", "mute it", "--input", clip3_mp4, "--json", env=env)
        calls = len(fake.calls)

    assert shown.code == 0, shown.err
    assert "custom: pixelate the whole picture" in shown.out
    assert "planned by the model local-model (1 request," in shown.out
    assert json.loads(offline.out)["planner"] == {"name": "offline"}
    assert calls == 1


@pytest.mark.parametrize("protocol", ["openai", "gemini"])
def test_doctor_proves_the_model_answers(cli: Cli, protocol: str) -> None:
    with FakeLLM([Reply.text("OK")]) as fake:
        run = cli("doctor", "--llm", env=env_for(fake, protocol))

    assert run.code == 0, run.err
    assert "answered 'OK'" in run.out
    assert ("GOOGLE_API_KEY" if protocol == "gemini" else "PROMPTCUT_LLM_API_KEY") in run.out
    assert KEY not in run.out
