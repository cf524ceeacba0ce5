"""Repair through the API after corruption, and a short load against a real server."""

from __future__ import annotations

import pytest

from assistant.settings import get_settings
from ingest.index import build_index, current_build_dir

from ..helpers import ALPHA, api_client, free_port, start_server


def test_readyz_reports_a_corrupt_index_and_ingest_repairs_it(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "alpha.md").write_text(ALPHA)
    monkeypatch.setenv("CONTRACT_ASSISTANT_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("CONTRACT_ASSISTANT_CONTRACTS_DIR", str(docs))
    get_settings.cache_clear()
    settings = get_settings()
    build_index(settings.index_config())
    (current_build_dir(settings.index_config()) / "chroma" / "chroma.sqlite3").write_bytes(b"this is not a database")
    client = api_client(raise_server_exceptions=False)
    ready = client.get("/readyz")
    assert ready.status_code == 503 and "ingest" in ready.json()["reason"]
    assert client.post("/v1/ask", json={"question": "parking"}).status_code == 503
    from assistant.cli import main

    assert main(["ingest"]) == 0
    client = api_client(raise_server_exceptions=False)
    assert client.get("/readyz").status_code == 200
    assert client.post("/v1/ask", json={"question": "Where is free parking?"}).json()["citations"][0]["section"] == "1.2"


@pytest.mark.slow
def test_short_load_against_uvicorn(built_index):
    from eval.loadtest import run_load

    port = free_port()
    server = start_server(built_index, port)
    try:
        result = run_load(f"http://127.0.0.1:{port}", clients=8, seconds=8, pid=server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
    # Each client has its own address, so its own budget: 8 clients stay far below the in-flight bound.
    assert result["errors"] == 0 and result["answered"] > 20 and result["shed_503"] == 0, result
    assert result["requests"] == result["answered"] + result["rate_limited_429"]
    assert result["p95_ms"] > 0 and result["rss_mb_peak"]
