"""Limits before parsing: body size (413), per-client rate (429), requests in flight (503), health
outside the queue, offline API docs — through the app, and against a real uvicorn process."""

from __future__ import annotations

import asyncio
import socket
import threading
import time

import httpx
import pytest
from fastapi.testclient import TestClient

from assistant.api.guards import V1Guard, client_key
from eval.loadtest import rss_mb

from ..helpers import api_client, free_port, start_server

MB = 1024 * 1024


def test_a_body_over_the_limit_is_refused_before_parsing_and_auth(monkeypatch):
    monkeypatch.setenv("CONTRACT_ASSISTANT_API_KEYS", "alpha")
    client = api_client(raise_server_exceptions=False)
    big = b'{"question": "' + b"x" * (2 * MB) + b'"}'
    # No key and a body that is not even valid JSON: the size is judged first.
    response = client.post("/v1/ask", content=big[:-3], headers={"Content-Type": "application/json"})
    assert response.status_code == 413
    assert response.json()["error"]["type"] == "RequestTooLarge"
    assert "CONTRACT_ASSISTANT_MAX_REQUEST_BYTES" in response.json()["error"]["message"]
    # Streamed without a Content-Length (chunked): counted while reading.
    chunked = client.post("/v1/ask", content=iter([big[i:i + 65536] for i in range(0, len(big), 65536)]),
                          headers={"Content-Type": "application/json"})
    assert chunked.status_code == 413
    # Under the limit, the request goes on to authentication as before.
    assert client.post("/v1/ask", json={"question": "hi"}).status_code == 401


def test_the_limit_is_a_setting(monkeypatch):
    monkeypatch.setenv("CONTRACT_ASSISTANT_MAX_REQUEST_BYTES", "2048")
    client = api_client(raise_server_exceptions=False)
    assert client.post("/v1/tools/leave_accrual", json={"months_of_service": 12, "pad": "x" * 3000}).status_code == 413
    small = iter([b'{"months_of_service": 12', b', "time_base": "full"}'])
    # Chunked and under the limit: replayed to the route intact.
    response = client.post("/v1/tools/leave_accrual", content=small, headers={"Content-Type": "application/json"})
    assert response.status_code != 413


def test_rate_limit_without_api_keys_is_per_client_address(monkeypatch):
    monkeypatch.setenv("CONTRACT_ASSISTANT_RATE_LIMIT_PER_MINUTE", "5")
    client = api_client(raise_server_exceptions=False)
    statuses = [client.get("/v1/tools").status_code for _ in range(8)]
    assert statuses[:5] == [200] * 5 and statuses[5:] == [429] * 3
    limited = client.get("/v1/tools")
    assert 1 <= int(limited.headers["Retry-After"]) <= 60
    assert "5 requests a minute" in limited.json()["error"]["message"]
    other = TestClient(client.app, raise_server_exceptions=False, client=("10.1.2.3", 5000))
    assert other.get("/v1/tools").status_code == 200  # another address has its own budget
    assert client.get("/healthz").status_code == 200 and client.get("/").status_code == 200  # not /v1


def test_rate_limit_with_api_keys_is_per_key(monkeypatch):
    monkeypatch.setenv("CONTRACT_ASSISTANT_API_KEYS", "alpha,beta")
    monkeypatch.setenv("CONTRACT_ASSISTANT_RATE_LIMIT_PER_MINUTE", "2")
    client = api_client(raise_server_exceptions=False)
    alpha = {"Authorization": "Bearer alpha"}
    assert [client.get("/v1/tools", headers=alpha).status_code for _ in range(3)] == [200, 200, 429]
    assert client.get("/v1/tools", headers={"Authorization": "Bearer beta"}).status_code == 200
    # Bad keys are limited by address, so guessing keys is throttled too.
    assert [client.get("/v1/tools", headers={"Authorization": "Bearer guess"}).status_code for _ in range(3)] == [401, 401, 429]


def test_client_key_never_holds_the_api_key():
    scope = {"headers": [(b"authorization", b"Bearer s3cret")], "client": ("127.0.0.1", 1)}
    key = client_key(scope, frozenset({"s3cret"}))
    assert key.startswith("key:") and "s3cret" not in key
    assert client_key(scope, frozenset()) == "addr:127.0.0.1"


def test_requests_beyond_the_in_flight_bound_are_shed_with_503():
    release = asyncio.Event()
    entered = 0

    async def slow_app(scope, receive, send):
        nonlocal entered
        entered += 1
        await release.wait()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    guard = V1Guard(slow_app, per_minute=1000, max_in_flight=2, api_keys=frozenset())

    async def call(path: str) -> tuple[int, dict[bytes, bytes]]:
        sent: list[dict] = []

        async def send(message):
            sent.append(message)

        async def receive():
            return {"type": "http.request", "body": b"", "more_body": False}

        await guard({"type": "http", "path": path, "headers": [], "client": ("1.2.3.4", 1)}, receive, send)
        return sent[0]["status"], dict(sent[0]["headers"])

    async def scenario():
        first = [asyncio.create_task(call("/v1/ask")) for _ in range(2)]
        await asyncio.sleep(0.05)
        shed_status, shed_headers = await call("/v1/ask")
        outside_status = None
        health = asyncio.create_task(call("/healthz"))  # not /v1: not counted, not queued
        await asyncio.sleep(0.05)
        release.set()
        outside_status, _ = await health
        done = [await task for task in first]
        after, _ = await call("/v1/ask")
        return shed_status, shed_headers, outside_status, done, after

    shed_status, shed_headers, outside_status, done, after = asyncio.run(scenario())
    assert shed_status == 503 and shed_headers[b"retry-after"] == b"1"
    assert [status for status, _ in done] == [200, 200] and outside_status == 200
    assert after == 200 and guard.in_flight == 0


def test_docs_are_served_from_local_assets():
    client = api_client()
    for page in ("/docs", "/redoc"):
        html = client.get(page).text
        assert "cdn.jsdelivr.net" not in html and "fonts.googleapis" not in html
    docs = client.get("/docs").text
    assert "/static-offline-docs/swagger-ui-bundle.js" in docs
    bundle = client.get("/static-offline-docs/swagger-ui-bundle.js")
    assert bundle.status_code == 200 and len(bundle.content) > 100_000
    assert client.get("/static-offline-docs/swagger-ui.css").status_code == 200
    assert client.get("/static-offline-docs/redoc.standalone.js").status_code == 200


def _raw_request(port: int, head: bytes, body_chunks: list[bytes] | None = None) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(head)
        for chunk in body_chunks or []:
            try:
                sock.sendall(chunk)
            except OSError:
                break  # the server answered and closed: the rest is never read
        reply = b""
        try:
            while b"\r\n\r\n" not in reply:
                data = sock.recv(65536)
                if not data:
                    break
                reply += data
        except OSError:
            pass
        return reply


@pytest.mark.slow
def test_real_server_refuses_big_bodies_rate_limits_and_keeps_health_fast(built_index):
    port = free_port()
    server = start_server(built_index, port)
    try:
        base = f"http://127.0.0.1:{port}"
        httpx.post(f"{base}/v1/ask", json={"question": "warm up"}, timeout=30)
        before = rss_mb(server.pid)
        assert before is not None
        # 20 MB declared: refused from the header, without reading the body.
        head = (f"POST /v1/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                f"Content-Length: {20 * MB}\r\n\r\n").encode()
        reply = _raw_request(port, head, [b"x" * MB] * 20)
        assert reply.startswith(b"HTTP/1.1 413"), reply[:200]
        # 20 MB chunked: refused once the limit is passed.
        chunk = b"x" * MB
        framed = [f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"] * 20 + [b"0\r\n\r\n"]
        head = b"POST /v1/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
        reply = _raw_request(port, head, framed)
        assert reply.startswith(b"HTTP/1.1 413"), reply[:200]
        after = rss_mb(server.pid)
        assert after is not None and after - before < 50, (before, after)

        # 150 rapid asks from one client: the default limit (60 a minute) answers with 429s,
        # while /healthz keeps answering quickly.
        statuses: list[int] = []
        health: list[float] = []
        stop = threading.Event()

        def asker() -> None:
            with httpx.Client(base_url=base, timeout=30) as client:
                for _ in range(15):
                    statuses.append(client.post("/v1/ask", json={"question": "How long do I have to file a grievance?"}).status_code)

        def prober() -> None:
            with httpx.Client(base_url=base, timeout=10) as client:
                while not stop.is_set():
                    started = time.perf_counter()
                    assert client.get("/healthz").status_code == 200
                    health.append(time.perf_counter() - started)
                    time.sleep(0.05)

        probe = threading.Thread(target=prober)
        probe.start()
        askers = [threading.Thread(target=asker) for _ in range(10)]
        for thread in askers:
            thread.start()
        for thread in askers:
            thread.join()
        stop.set()
        probe.join()
        assert len(statuses) == 150 and set(statuses) <= {200, 429, 503}
        assert statuses.count(429) >= 150 - 60 - statuses.count(503)
        assert statuses.count(200) <= 60
        assert health and max(health) < 1.0, max(health)
    finally:
        server.terminate()
        server.wait(timeout=30)
