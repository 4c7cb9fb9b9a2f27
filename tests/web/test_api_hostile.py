"""Hostile HTTP against a real server (`promptcut serve` in its own process, its memory read
from /proc): a pixel bomb, huge and endless bodies, slow clients, other websites' forms, and
paths that climb out of /static sent exactly as written (a test client would tidy them)."""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from api_kit import Api, ApiFactory

from hostile_media import peak_mib, pixel_bomb_png

MIB = 1024**2
# Short limits for slow clients, so the tests that wait them out are quick.
TIMEOUT = 1.0


@dataclass
class Server:
    url: str
    port: int
    proc: subprocess.Popen[bytes]
    data_dir: Path

    def peak_mib(self) -> float:
        return peak_mib(self.proc.pid)

    def connect(self) -> socket.socket:
        sock = socket.create_connection(("127.0.0.1", self.port), timeout=10)
        return sock

    def head(self, method: str, path: str, *headers: str) -> bytes:
        lines = [f"{method} {path} HTTP/1.1", f"Host: 127.0.0.1:{self.port}", *headers]
        return ("\r\n".join(lines) + "\r\n\r\n").encode()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def start_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[..., Server]]:
    """`start_server(**env)`: `promptcut serve` on a free port, as a user runs it, with short
    slow-client limits; every server started is stopped at the end of the module."""
    procs: list[subprocess.Popen[bytes]] = []

    def start(**env: str) -> Server:
        port = _free_port()
        home = tmp_path_factory.mktemp("server")
        data = home / "data"
        settings = {
            "PROMPTCUT_DATA_DIR": str(data),
            "PROMPTCUT_HEADER_TIMEOUT": str(TIMEOUT),
            "PROMPTCUT_BODY_TIMEOUT": str(TIMEOUT),
            "PROMPTCUT_PREVIEWS": "false",
        }
        environ = {k: v for k, v in os.environ.items() if k != "PROMPTCUT_API_KEY"}
        log = (home / "server.log").open("wb")
        proc = subprocess.Popen(
            [sys.executable, "-m", "promptcut", "serve", "--port", str(port)],
            env=environ | settings | env,
            cwd=home,  # no stray .env file is read
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        procs.append(proc)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{url}/healthz", timeout=1) as r:
                    if r.status == 200:
                        return Server(url, port, proc, data)
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(
                        "the server did not start: " + (home / "server.log").read_text()
                    ) from None
                time.sleep(0.1)

    yield start
    for proc in procs:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture(scope="module")
def server(start_server: Callable[..., Server]) -> Server:
    return start_server()


@pytest.fixture(scope="module")
def keyed_server(start_server: Callable[..., Server]) -> Server:
    return start_server(PROMPTCUT_API_KEY="k")


@pytest.fixture(scope="session")
def bomb_png(media_dir: Path) -> Path:
    return pixel_bomb_png(media_dir / "bomb.png")


def _status(response: bytes) -> int:
    return int(response.split(b" ", 2)[1])


def _answer_while_sending(sock: socket.socket, head: bytes, body: Callable[[], Iterator[bytes]]):
    """Send `head`, then the body from another thread while this one reads the answer:
    the server answers on the head (or the first part of the body) and stops reading."""
    sent = 0

    def send() -> None:
        nonlocal sent
        try:
            sock.sendall(head)
            for chunk in body():
                sock.sendall(chunk)
                sent += len(chunk)
        except OSError:
            pass  # the server closed the connection: what it did not read was never read

    sender = threading.Thread(target=send, daemon=True)
    sender.start()
    answer = b""
    try:
        while b"\r\n\r\n" not in answer:
            got = sock.recv(65536)
            if not got:
                break
            answer += got
    finally:
        sender.join(timeout=30)
        sock.close()
    return answer, sent


def _fifty_mb(chunked: bool) -> Callable[[], Iterator[bytes]]:
    def chunks() -> Iterator[bytes]:
        piece = b'{"session_id": "' + b"A" * (MIB - 32)
        for _ in range(50):
            yield f"{len(piece):x}\r\n".encode() + piece + b"\r\n" if chunked else piece
        if chunked:
            yield b"0\r\n\r\n"

    return chunks


# -- 1. the pixel bomb ------------------------------------------------------------------------


def test_a_pixel_bomb_upload_is_refused_fast_with_memory_flat(
    server: Server, still_png: Path, bomb_png: Path
) -> None:
    with httpx.Client(base_url=server.url, timeout=60) as client:
        with still_png.open("rb") as f:  # warm up: the first upload imports and allocates
            warm = client.post("/sessions", files={"file": ("still.png", f, "image/png")})
        assert warm.status_code == 201, warm.text
        before = server.peak_mib()

        started = time.monotonic()
        with bomb_png.open("rb") as f:
            refused = client.post("/sessions", files={"file": ("huge.png", f, "image/png")})
        seconds = time.monotonic() - started
        grown = server.peak_mib() - before

    assert refused.status_code == 415, refused.text
    assert refused.json()["detail"].startswith("huge.png is 16000x16000 (256 MP)")
    assert seconds < 3, seconds
    assert grown < 200, f"the server's peak memory grew {grown:.0f} MiB"
    print(f"pixel bomb: refused in {seconds:.2f} s, server peak grew {grown:.1f} MiB")


# -- 2. bodies over the cap, and the key before the body ----------------------------------------


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_a_50mb_json_body_is_413_and_never_read(server: Server, chunked: bool) -> None:
    before = server.peak_mib()
    framing = "Transfer-Encoding: chunked" if chunked else f"Content-Length: {50 * MIB}"
    head = server.head("POST", "/edit", "Content-Type: application/json", framing)

    started = time.monotonic()
    answer, sent = _answer_while_sending(server.connect(), head, _fifty_mb(chunked))
    seconds = time.monotonic() - started
    grown = server.peak_mib() - before

    assert _status(answer) == 413, answer[:300]
    assert grown < 20, f"the server's peak memory grew {grown:.0f} MiB"
    assert b"AAAA" not in answer
    shown = "chunked" if chunked else "sized"
    print(f"50 MB body ({shown}): 413 in {seconds:.2f} s, {sent / MIB:.0f} MiB taken by the "
          f"socket, server peak grew {grown:.1f} MiB")  # fmt: skip


def test_a_keyed_server_answers_401_before_reading_a_huge_body(keyed_server: Server) -> None:
    before = keyed_server.peak_mib()
    head = keyed_server.head(
        "POST", "/edit", "Content-Type: application/json", f"Content-Length: {50 * MIB}"
    )
    answer, _ = _answer_while_sending(keyed_server.connect(), head, _fifty_mb(False))
    grown = keyed_server.peak_mib() - before

    assert _status(answer) == 401, answer[:300]
    assert grown < 20, f"the server's peak memory grew {grown:.0f} MiB"

    # With the key, the same body is over the cap.
    head = keyed_server.head(
        "POST",
        "/edit",
        "Authorization: Bearer k",
        "Content-Type: application/json",
        f"Content-Length: {50 * MIB}",
    )
    answer, _ = _answer_while_sending(keyed_server.connect(), head, _fifty_mb(False))
    assert _status(answer) == 413, answer[:300]


def test_an_upload_without_the_key_is_401_before_its_body(keyed_server: Server) -> None:
    head = keyed_server.head(
        "POST",
        "/sessions",
        "Content-Type: multipart/form-data; boundary=xyz",
        f"Content-Length: {50 * MIB}",
    )
    answer, _ = _answer_while_sending(keyed_server.connect(), head, _fifty_mb(False))
    assert _status(answer) == 401, answer[:300]
    assert not (keyed_server.data_dir / "uploads").exists() or not any(
        (keyed_server.data_dir / "uploads").iterdir()
    )


def test_a_422_never_echoes_the_request(api: Api) -> None:
    """FastAPI's own 422 quotes each bad value whole; ours says what is wrong, briefly."""
    too_long = api.post("/edit", json={"session_id": "0" * 32, "prompt": "B" * 60_000})
    not_json = api.post(
        "/edit",
        content=b'{"session_id": "' + b"C" * 60_000,
        headers={"Content-Type": "application/json"},
    )

    for r in (too_long, not_json):
        assert r.status_code == 422, r.text[:300]
        assert len(r.content) < 2000, len(r.content)
        assert "BBBBBBBBBB" not in r.text and "CCCCCCCCCC" not in r.text
        assert r.json()["detail"].startswith("the request is not valid (")
    assert "prompt" in too_long.json()["detail"]


def test_a_body_just_over_the_cap_is_413_just_under_is_read(make_api: ApiFactory) -> None:
    api = make_api(max_body_kb=1)
    under = api.post("/edit", json={"session_id": "0" * 32, "prompt": "x" * 900})
    over = api.post("/edit", json={"session_id": "0" * 32, "prompt": "x" * 1100})

    assert under.status_code == 404, under.text  # read, and the session is not there
    assert over.status_code == 413, over.text
    assert over.json()["detail"] == (
        "the request body is larger than this server accepts (1,024 bytes)"
    )


# -- 9. slow clients ----------------------------------------------------------------------------


def _seconds_until_closed(sock: socket.socket, trickle: bytes | None, limit: float = 10) -> float:
    """Seconds until the server closes `sock`, sending `trickle` every 0.2 s meanwhile."""
    started = time.monotonic()
    sock.settimeout(0.2)
    try:
        while time.monotonic() - started < limit:
            if trickle:
                try:
                    sock.sendall(trickle)
                except OSError:
                    return time.monotonic() - started
            try:
                if sock.recv(4096) == b"":
                    return time.monotonic() - started
            except TimeoutError:
                continue
            except OSError:
                return time.monotonic() - started
        return limit
    finally:
        sock.close()


def test_a_slow_loris_header_is_cut_off(server: Server) -> None:
    sock = server.connect()
    sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")

    seconds = _seconds_until_closed(sock, trickle=b"X-Slow: y\r\n")

    assert TIMEOUT - 0.1 < seconds < TIMEOUT + 1.5, seconds
    print(f"slow loris (a header line every 0.2 s): closed after {seconds:.2f} s")


def test_a_silent_connection_is_cut_off(server: Server) -> None:
    seconds = _seconds_until_closed(server.connect(), trickle=None)
    assert TIMEOUT - 0.1 < seconds < TIMEOUT + 1.5, seconds


def test_a_stalled_body_is_cut_off(server: Server) -> None:
    sock = server.connect()
    sock.sendall(server.head("POST", "/edit", "Content-Type: application/json",
                             "Content-Length: 1000") + b'{"session_id": ')  # fmt: skip

    seconds = _seconds_until_closed(sock, trickle=None)

    assert TIMEOUT - 0.1 < seconds < TIMEOUT + 1.5, seconds
    with httpx.Client(base_url=server.url) as client:
        assert client.get("/healthz").status_code == 200


def test_a_slow_but_steady_upload_is_not_cut_off(server: Server, still_png: Path) -> None:
    """The body limit is for a pause, not for the whole upload: bytes every 0.4 s are fine."""
    boundary = "pc-test-boundary"
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="s.png"\r\n'
            "Content-Type: image/png\r\n\r\n"
        ).encode()
        + still_png.read_bytes()
        + f"\r\n--{boundary}--\r\n".encode()
    )
    head = server.head(
        "POST",
        "/sessions",
        f"Content-Type: multipart/form-data; boundary={boundary}",
        f"Content-Length: {len(body)}",
    )
    sock = server.connect()
    sock.sendall(head)
    pieces = 6  # 6 x 0.4 s: twice the body limit in all
    step = -(-len(body) // pieces)
    for i in range(pieces):
        time.sleep(0.4)
        sock.sendall(body[i * step : (i + 1) * step])
    answer = b""
    while b"\r\n\r\n" not in answer:
        got = sock.recv(65536)
        if not got:
            break
        answer += got
    sock.close()

    assert _status(answer) == 201, answer[:300]


# -- 9. other websites -------------------------------------------------------------------------


def _upload(server: Server, png: Path, origin: str | None) -> httpx.Response:
    headers = {"Origin": origin} if origin else {}
    with httpx.Client(base_url=server.url, timeout=30) as client, png.open("rb") as f:
        return client.post("/sessions", files={"file": ("s.png", f, "image/png")}, headers=headers)


def test_a_form_posted_from_another_website_is_refused(server: Server, still_png: Path) -> None:
    sessions = server.data_dir / "sessions"
    before = set(sessions.iterdir()) if sessions.exists() else set()

    refused = [_upload(server, still_png, o) for o in
               ("http://evil.example", "null", f"http://127.0.0.1:{server.port + 1}")]  # fmt: skip
    same_site = _upload(server, still_png, server.url)
    no_origin = _upload(server, still_png, None)

    assert [r.status_code for r in refused] == [403, 403, 403], [r.text for r in refused]
    assert refused[0].json()["detail"] == "requests from another website are not accepted here"
    assert same_site.status_code == 201, same_site.text
    assert no_origin.status_code == 201, no_origin.text
    made = set(sessions.iterdir()) - before
    assert len(made) == 2, made


def test_a_listed_origin_may_post(make_api: ApiFactory, still_png: Path) -> None:
    api = make_api(cors_origins=["https://app.example"])
    with still_png.open("rb") as f:
        listed = api.client.post(
            "/sessions",
            files={"file": ("s.png", f, "image/png")},
            headers={"Origin": "https://app.example"},
        )
    other = api.client.post(
        "/edit",
        json={"session_id": "0" * 32, "prompt": "x"},
        headers={"Origin": "https://x.example"},
    )

    assert listed.status_code == 201, listed.text
    assert listed.headers["access-control-allow-origin"] == "https://app.example"
    assert other.status_code == 403, other.text


# -- paths that climb out of /static, sent as written ------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/static/../pyproject.toml",
        "/static/../../../../pyproject.toml",
        "/static/../__init__.py",
        "/static/../../api/main.py",
        "/static/%2e%2e/%2e%2e/api/main.py",
        "/static/%2E%2E/%2E%2E/%2E%2E/%2E%2E/pyproject.toml",
        "/static/..%2f..%2fapi%2fmain.py",
        "/static/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fpyproject.toml",
        "/static/..%5c..%5capi%5cmain.py",
        "/static/....//....//api/main.py",
        "/static/%252e%252e/%252e%252e/api/main.py",
        "/static//etc/passwd",
        "/static/%2fetc%2fpasswd",
        "/docs-assets/../../../../../../etc/passwd",
        "/static/./../../api/main.py",
    ],
)
def test_no_path_reaches_a_file_outside_static(server: Server, path: str) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        conn.putrequest("GET", path, skip_accept_encoding=True)  # the path exactly as given
        conn.endheaders()
        r = conn.getresponse()
        body = r.read()
    finally:
        conn.close()

    assert r.status in (400, 404), (r.status, body[:200])
    for marker in (b"[project]", b"from __future__", b"root:", b"create_app"):
        assert marker not in body, (path, body[:200])


# -- 10. links among a session's files -----------------------------------------------------------


def test_a_planted_subtitle_link_is_never_followed(
    api: Api, clip2_mp4: Path, subs_srt: Path, tmp_path: Path
) -> None:
    """A subtitle asset swapped for a link to a private file: the server refuses it without
    reading it, and the file's words are in no answer."""
    secret = tmp_path / "shadow"
    secret.write_text("root:$6$s3cr3t-hash:19000:0:99999:7:::\n", encoding="utf-8")
    sid = api.upload(clip2_mp4)["session_id"]
    kept = api.session_dir(sid) / "media" / "assets" / api.add_asset(sid, subs_srt)
    kept.unlink()
    kept.symlink_to(secret)

    refused = api.post("/edit", json={"session_id": sid, "prompt": "add subtitles"})
    session = api.get(f"/sessions/{sid}")

    assert refused.status_code == 415, refused.text
    assert refused.json()["detail"] == "subs.srt is a symbolic link; the server never follows links"
    assert "s3cr3t" not in refused.text + session.text
