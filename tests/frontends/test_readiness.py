"""/readyz tells the truth: ready only when the index opens, every document has chunks and the
vector store answers; feedback trouble is reported as degraded; no filesystem paths."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from assistant.settings import get_settings
from ingest.index import build_index, current_build_dir

from ..helpers import api_client, two_contracts
from ..ingest.test_index_safety import silent_server


@pytest.fixture
def small_index(tmp_path, monkeypatch) -> Path:
    docs = two_contracts(tmp_path / "docs")
    monkeypatch.setenv("CONTRACT_ASSISTANT_CONTRACTS_DIR", str(docs))
    get_settings.cache_clear()
    build_index(get_settings().index_config())
    return tmp_path / "var"


def readyz(client) -> tuple[int, dict, str]:
    response = client.get("/readyz")
    return response.status_code, response.json(), response.text


def test_ready_with_every_component_named(small_index, tmp_path):
    status, body, text = readyz(api_client())
    assert status == 200 and body["status"] == "ready" and body["documents"] == 2
    assert {name: c["state"] for name, c in body["components"].items()} == {
        "index": "ok", "documents": "ok", "vector_store": "ok", "feedback": "ok"}
    assert str(tmp_path) not in text


def test_not_ready_with_an_empty_corpus(tmp_path, monkeypatch):
    empty = tmp_path / "empty-docs"
    empty.mkdir()
    monkeypatch.setenv("CONTRACT_ASSISTANT_CONTRACTS_DIR", str(empty))
    get_settings.cache_clear()
    build_index(get_settings().index_config())
    status, body, _ = readyz(api_client())
    assert status == 503 and body["components"]["documents"]["state"] == "down"
    assert "No documents are indexed" in body["reason"]


def test_not_ready_when_a_listed_document_has_no_chunks(small_index):
    build = current_build_dir(get_settings().index_config())
    corpus = json.loads((build / "corpus.json").read_text())
    corpus.append({**corpus[0], "id": "gamma"})
    (build / "corpus.json").write_text(json.dumps(corpus))
    status, body, _ = readyz(api_client())
    assert status == 503 and "No chunks for gamma" in body["reason"]


def test_a_damaged_corpus_entry_is_not_ready_never_a_500(small_index, tmp_path):
    build = current_build_dir(get_settings().index_config())
    (build / "corpus.json").write_text("[{}]")
    client = api_client(raise_server_exceptions=False)
    status, body, text = readyz(client)
    assert status == 503 and body["components"]["index"]["state"] == "down" and "damaged" in body["reason"]
    assert str(tmp_path) not in text
    answer = client.post("/v1/ask", json={"question": "Where is free parking?"})
    assert answer.status_code == 503 and str(tmp_path) not in answer.text


def test_feedback_that_cannot_be_written_is_degraded_not_unready(small_index):
    (small_index / "feedback.sqlite3").mkdir()
    client = api_client()
    status, body, _ = readyz(client)
    assert status == 200 and body["components"]["feedback"]["state"] == "degraded"
    assert client.post("/v1/ask", json={"question": "Where is free parking?"}).status_code == 200


@pytest.mark.parametrize("kind", ["refusing", "silent"])
def test_not_ready_when_the_chroma_server_does_not_answer(small_index, monkeypatch, kind):
    if kind == "silent":
        listener, port = silent_server()
    else:
        import socket

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]  # closed again: nothing listens there
        listener = None
    try:
        monkeypatch.setenv("CONTRACT_ASSISTANT_CHROMA_URL", f"http://127.0.0.1:{port}")
        monkeypatch.setenv("CONTRACT_ASSISTANT_CHROMA_CONNECT_TIMEOUT", "1")
        monkeypatch.setenv("CONTRACT_ASSISTANT_CHROMA_READ_TIMEOUT", "1")
        get_settings.cache_clear()
        client = api_client(raise_server_exceptions=False)
        started = time.monotonic()
        status, body, _ = readyz(client)
        assert status == 503 and body["components"]["index"]["state"] == "down"
        assert "Chroma server" in body["reason"]
        answer = client.post("/v1/ask", json={"question": "Where is free parking?"})
        assert answer.status_code == 503 and "Chroma server" in answer.json()["error"]["message"]
        assert time.monotonic() - started < 15
    finally:
        if listener is not None:
            listener.close()
