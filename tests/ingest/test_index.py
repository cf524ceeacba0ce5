"""The Chroma index: idempotent re-ingest, replacement, removal, failures, crashes, server mode."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.errors import IndexNotReady, IndexWriteError
from assistant.retrieval import expand, search
from assistant.settings import Settings
from assistant.snapshot import load_snapshot
from ingest.chunking import MAX_CHUNK_CHARS, chunk_contract
from ingest.index import build_index, current_build_dir, open_store

from ..helpers import ALPHA, two_contracts

ROOT = Path(__file__).resolve().parents[2]

@pytest.fixture
def docs(tmp_path) -> Path:
    return two_contracts(tmp_path / "docs")


def settings_for(tmp_path: Path, docs: Path, **extra) -> Settings:
    return Settings(data_dir=tmp_path / "var", contracts_dir=docs, **extra)


def chunk_ids(settings: Settings, contract: str) -> set[str]:
    build = current_build_dir(settings.index_config())
    store = open_store(settings.index_config(), build, None)
    return set(store._collection.get(where={"contract": contract})["ids"])


def test_chunks_follow_section_boundaries(sample_contract):
    chunks = chunk_contract(sample_contract)
    assert all(len(c.text) < MAX_CHUNK_CHARS + 400 for c in chunks)
    by_section = {}
    for chunk in chunks:
        by_section.setdefault(chunk.metadata["section"], []).append(chunk)
        assert chunk.metadata["contract"] == "csea-unit4-1999-2001"
        assert chunk.text.startswith("Unit 4 MOU > ")
        section = sample_contract.section(chunk.metadata["section"])
        # Every clause a chunk names belongs to its section: no chunk crosses a section boundary.
        for path in chunk.metadata["clauses"].split("|"):
            assert section.clause(path) is not None or path == ""
    assert by_section["6.7"][0].text.startswith("Unit 4 MOU > Article 6 - Grievance and Arbitration Procedure > 6.7 Formal Grievance - Step 1")
    assert by_section["6.7"][0].metadata["page_start"] == 26
    assert len(by_section["9.1"]) > 1  # a long section splits at clause boundaries


def test_reingest_is_idempotent_and_replaces_only_changed(tmp_path, docs):
    settings = settings_for(tmp_path, docs)
    first = build_index(settings.index_config())
    assert sorted(first.added) == ["alpha", "beta"] and first.changed and not first.errors
    beta_ids = chunk_ids(settings, "beta")
    again = build_index(settings.index_config())
    assert not again.changed and again.build == first.build
    (docs / "alpha.md").write_text(ALPHA.replace("ten (10)", "twelve (12)"))
    third = build_index(settings.index_config())
    assert third.replaced == ["alpha"] and third.unchanged == ["beta"]
    assert chunk_ids(settings, "beta") == beta_ids
    snapshot = load_snapshot(settings)
    assert "twelve (12)" in snapshot.contract("alpha").section("1.1").text
    (docs / "beta.md").unlink()
    fourth = build_index(settings.index_config())
    assert fourth.removed == ["beta"] and chunk_ids(settings, "beta") == set()
    assert set(load_snapshot(settings).contracts) == {"alpha"}
    builds = list((settings.data_dir / "index" / "builds").iterdir())
    assert len(builds) <= 2  # the current build and the previous one


def test_an_ingest_parses_only_what_changed_and_reuses_the_rest_exactly(tmp_path, docs, monkeypatch):
    import ingest.loader as loader

    settings = settings_for(tmp_path, docs)
    build_index(settings.index_config())
    first = load_snapshot(settings)
    parsed: list[str] = []
    real = loader.load_document
    monkeypatch.setattr(loader, "load_document", lambda path, *a, **k: parsed.append(path.name) or real(path, *a, **k))
    (docs / "alpha.md").write_text(ALPHA.replace("ten (10)", "twelve (12)"))
    summary = build_index(settings.index_config())
    assert summary.replaced == ["alpha"] and parsed == ["alpha.md"]  # beta was taken as parsed last time
    second = load_snapshot(settings)
    assert second.contract("beta").model_dump() == first.contract("beta").model_dump()
    (docs / "beta.meta.yaml").write_text("id: beta\ntitle: Beta renamed\nkind: contract\n")
    parsed.clear()
    summary = build_index(settings.index_config())
    assert summary.replaced == ["beta"] and parsed == ["beta.md"]  # a changed sidecar is a changed document
    assert load_snapshot(settings).contract("beta").title == "Beta renamed"


def test_vectors_from_another_embedding_model_are_rebuilt_even_when_no_file_changed(tmp_path, docs):
    import json

    settings = settings_for(tmp_path, docs)
    first = build_index(settings.index_config())
    manifest_path = current_build_dir(settings.index_config()) / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["embedding_model"] = "another-model"
    manifest_path.write_text(json.dumps(manifest))
    again = build_index(settings.index_config())
    assert again.build != first.build and sorted(again.added) == ["alpha", "beta"]
    assert json.loads((current_build_dir(settings.index_config()) / "manifest.json").read_text())[
        "embedding_model"] == settings.index_config().embedding.key


def test_a_document_linked_to_others_is_always_parsed_again(tmp_path, docs):
    # What was worked out across documents (a side agreement's amendments, a version's place among
    # versions) can change when another document does, so such a document is never reused.
    from ingest.loader import _reused, file_sha256

    settings = settings_for(tmp_path, docs)
    build_index(settings.index_config())
    beta = load_snapshot(settings).contract("beta")
    stored = beta.model_dump()
    sha = file_sha256(docs / "beta.md")
    assert _reused(docs / "beta.md", {sha: stored}) is not None
    for linked in ({"amends": "alpha"}, {"supersedes": ["alpha"]}, {"superseded_by": ["alpha"]}, {"agreement": "unit"}):
        assert _reused(docs / "beta.md", {sha: {**stored, **linked}}) is None, linked
    assert _reused(docs / "beta.md", {"another sha": stored}) is None


def test_corrupt_file_is_reported_and_others_ingest(tmp_path, docs):
    (docs / "broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    summary = build_index(settings_for(tmp_path, docs).index_config())
    assert sorted(summary.added) == ["alpha", "beta"]
    assert len(summary.errors) == 1 and "broken.pdf" in summary.errors[0]


def test_failed_build_leaves_previous_index_answering(tmp_path, docs, monkeypatch):
    settings = settings_for(tmp_path, docs)
    build_index(settings.index_config())
    before = current_build_dir(settings.index_config())
    (docs / "alpha.md").write_text(ALPHA + "\n1.3 Breaks\n\nA. Two rest periods a day.\n")

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("ingest.index._add_chunks", explode)
    with pytest.raises(IndexWriteError, match="disk full"):
        build_index(settings.index_config())
    assert current_build_dir(settings.index_config()) == before
    snapshot = load_snapshot(settings)
    assert snapshot.contract("alpha").section("1.3") is None


KILL_SCRIPT = """
import sys, time
import ingest.index as index
from assistant.settings import Settings
from pathlib import Path
real = index._add_chunks
def slow(store, chunks, progress, batch=256):
    Path(sys.argv[2]).write_text("adding")
    time.sleep(60)
index._add_chunks = slow
index.build_index(Settings(data_dir=Path(sys.argv[1]), contracts_dir=Path(sys.argv[3])).index_config())
"""


def test_kill_9_mid_ingest_keeps_previous_index(tmp_path, docs):
    settings = settings_for(tmp_path, docs)
    build_index(settings.index_config())
    before = current_build_dir(settings.index_config())
    (docs / "alpha.md").write_text(ALPHA.replace("free parking", "paid parking"))
    flag = tmp_path / "adding.flag"
    process = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, str(settings.data_dir), str(flag), str(docs)], cwd=ROOT)
    deadline = time.monotonic() + 120
    while not flag.exists() and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.2)
    assert flag.exists(), "ingest never reached the embedding stage"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert current_build_dir(settings.index_config()) == before
    snapshot = load_snapshot(settings)
    assert "free parking" in snapshot.contract("alpha").section("1.2").text
    repaired = build_index(settings.index_config())
    assert repaired.replaced == ["alpha"]
    assert "paid parking" in load_snapshot(settings).contract("alpha").section("1.2").text


def test_corrupt_or_missing_index_is_reported_and_repaired(tmp_path, docs):
    settings = settings_for(tmp_path, docs)
    with pytest.raises(IndexNotReady, match="No index has been built"):
        load_snapshot(settings)
    build_index(settings.index_config())
    build = current_build_dir(settings.index_config())
    (build / "manifest.json").write_text("{not json")
    with pytest.raises(IndexNotReady, match="corrupt"):
        load_snapshot(settings)
    repaired = build_index(settings.index_config())
    assert repaired.changed and load_snapshot(settings).contract("alpha")
    shutil.rmtree(current_build_dir(settings.index_config()) / "chroma")
    with pytest.raises(IndexNotReady):
        load_snapshot(settings)
    build_index(settings.index_config())
    assert load_snapshot(settings).contract("beta")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_chroma(path: Path, port: int) -> subprocess.Popen:
    chroma = Path(sys.executable).with_name("chroma")
    process = subprocess.Popen([str(chroma), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return process
        except OSError:
            time.sleep(0.3)
    process.kill()
    raise RuntimeError("chroma run did not start")


@pytest.mark.slow
def test_chroma_server_mode_keeps_answering_loads_fail_fast_and_recover(tmp_path, docs):
    port = _free_port()
    server = start_chroma(tmp_path / "chroma-server", port)
    try:
        settings = settings_for(tmp_path, docs, chroma_url=f"http://127.0.0.1:{port}")
        summary = build_index(settings.index_config())
        assert sorted(summary.added) == ["alpha", "beta"]
        assert not (current_build_dir(settings.index_config()) / "chroma").exists()  # vectors live on the server
        snapshot = load_snapshot(settings)
        hits = search(snapshot, expand("how long to file a grievance"), k=3)
        assert hits[0].chunk.contract == "alpha" and hits[0].dense > 0
        assert not build_index(settings.index_config()).changed
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    # A loaded build keeps answering with the server down: its vectors are in memory.
    assert search(snapshot, expand("free parking"), k=3)[0].chunk.section == "1.2"
    started = time.monotonic()
    with pytest.raises(IndexNotReady):  # loading a build needs the server, and fails fast without it
        load_snapshot(settings)
    assert time.monotonic() - started < 20
    server = start_chroma(tmp_path / "chroma-server", port)
    try:
        hits = search(load_snapshot(settings), expand("free parking"), k=3)
        assert hits[0].chunk.section == "1.2"
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
