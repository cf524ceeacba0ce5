"""The live index is only read by verification; a Chroma server that never answers cannot hang a
question; a failed ingest (full disk, unwritable data dir) leaves nothing behind and the live index
untouched."""

from __future__ import annotations

import errno
import hashlib
import json
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from assistant.errors import IndexNotReady
from assistant.settings import Settings
from assistant.snapshot import load_snapshot
from ingest import index as index_module
from ingest.errors import IndexWriteError
from ingest.index import build_index, current_build_dir, verify_build

from ..helpers import ALPHA, BETA, two_contracts

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def docs(tmp_path) -> Path:
    return two_contracts(tmp_path / "docs")


def fingerprint(folder: Path) -> dict[str, tuple[str, int]]:
    return {str(p.relative_to(folder)): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_verification_reads_the_live_build_and_never_writes_it(tmp_path, docs):
    settings = Settings(data_dir=tmp_path / "var", contracts_dir=docs)
    build_index(settings.index_config())
    build = current_build_dir(settings.index_config())
    before = fingerprint(build)
    # A fresh process, as a server starting up would be (Chroma's client, once opened, rewrites files).
    script = ("import sys; from pathlib import Path; from assistant.settings import Settings; "
              "from ingest.index import current_build_dir, verify_build; "
              "s = Settings(data_dir=Path(sys.argv[1]), contracts_dir=Path(sys.argv[2])); "
              "print(verify_build(s.index_config(), current_build_dir(s.index_config()))['chunks'])")
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "var"), str(docs)], capture_output=True,
                            text=True, timeout=120, cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) == json.loads((build / "manifest.json").read_text())["chunks"]
    assert fingerprint(build) == before


def test_a_count_mismatch_and_a_corrupt_database_are_reported_without_paths(tmp_path, docs):
    settings = Settings(data_dir=tmp_path / "var", contracts_dir=docs)
    build_index(settings.index_config())
    build = current_build_dir(settings.index_config())
    manifest = json.loads((build / "manifest.json").read_text())
    (build / "manifest.json").write_text(json.dumps({**manifest, "chunks": manifest["chunks"] + 1}))
    with pytest.raises(IndexNotReady, match="holds 3 chunks but the manifest expects 4"):
        verify_build(settings.index_config(), build)
    (build / "manifest.json").write_text(json.dumps(manifest))
    (build / "chroma" / "chroma.sqlite3").write_bytes(b"this is not a database")
    with pytest.raises(IndexNotReady) as caught:
        verify_build(settings.index_config(), build)
    assert str(tmp_path) not in str(caught.value) and "ingest" in str(caught.value)


def silent_server() -> tuple[socket.socket, int]:
    """Accepts connections and never replies, like a wedged Chroma server."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    held: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            held.append(connection)

    threading.Thread(target=accept, daemon=True).start()
    return listener, listener.getsockname()[1]


def test_a_chroma_server_that_never_answers_fails_fast(tmp_path, docs):
    listener, port = silent_server()
    try:
        settings = Settings(data_dir=tmp_path / "var", contracts_dir=docs, chroma_url=f"http://127.0.0.1:{port}",
                            chroma_connect_timeout=1, chroma_read_timeout=1)
        build = tmp_path / "var" / "index" / "builds" / "b1"
        build.mkdir(parents=True)
        (build / "manifest.json").write_text(json.dumps({"version": index_module.MANIFEST_VERSION, "chunks": 0}))
        (tmp_path / "var" / "index" / "CURRENT").write_text("b1")
        started = time.monotonic()
        with pytest.raises(IndexNotReady, match="did not answer within 1 s to connect and 1 s to reply"):
            load_snapshot(settings)
        assert time.monotonic() - started < 10
    finally:
        listener.close()


def test_ingest_on_a_full_disk_leaves_nothing_behind(tmp_path, docs, monkeypatch):
    settings = Settings(data_dir=tmp_path / "var", contracts_dir=docs)
    first = build_index(settings.index_config())
    builds = tmp_path / "var" / "index" / "builds"
    live = current_build_dir(settings.index_config())
    before = fingerprint(live)
    (docs / "alpha.md").write_text(ALPHA.replace("ten (10)", "twelve (12)"))

    def full(path, data):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(index_module, "_write_json", full)
    with pytest.raises(IndexWriteError) as caught:
        build_index(settings.index_config())
    message = str(caught.value)
    assert "\n" not in message and "No space left on device" in message and "still answering" in message
    assert [b.name for b in builds.iterdir()] == [first.build]  # the half-made build is gone
    assert current_build_dir(settings.index_config()) == live and fingerprint(live) == before
    assert "ten (10)" in load_snapshot(settings).contract("alpha").section("1.1").text


def test_ingest_failing_inside_chroma_cleans_up_too(tmp_path, docs, monkeypatch):
    settings = Settings(data_dir=tmp_path / "var", contracts_dir=docs)
    first = build_index(settings.index_config())
    (docs / "beta.md").write_text(BETA.replace("eight (8)", "nine (9)"))

    def broken(store, chunks, progress, batch=256):
        import sqlite3

        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(index_module, "_add_chunks", broken)
    with pytest.raises(IndexWriteError, match="database or disk is full"):
        build_index(settings.index_config())
    assert [b.name for b in (tmp_path / "var" / "index" / "builds").iterdir()] == [first.build]


def test_an_unwritable_data_dir_is_one_clear_line(tmp_path, docs, capsys, monkeypatch):
    from assistant.cli import main
    from assistant.settings import get_settings

    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the data dir should be")
    monkeypatch.setenv("CONTRACT_ASSISTANT_DATA_DIR", str(blocker / "var"))
    monkeypatch.setenv("CONTRACT_ASSISTANT_CONTRACTS_DIR", str(docs))
    get_settings.cache_clear()
    assert main(["ingest"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and "\n" not in err and "not writable" in err and "Traceback" not in err


def _can_mount_tmpfs(target: Path) -> bool:
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(target)], capture_output=True)
    return result.returncode == 0


def _fill(folder: Path) -> None:
    with open(folder / "filler", "wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass


@pytest.mark.slow
def test_ingest_on_a_really_full_filesystem(tmp_path, docs):
    """A 2 MiB tmpfs as the data dir (needs root; skipped elsewhere), filled up after a first build:
    a real ENOSPC from Chroma or the JSON files, and the live build goes on answering."""
    mount = tmp_path / "small"
    mount.mkdir()
    if not _can_mount_tmpfs(mount):
        pytest.skip("cannot mount a tmpfs here")
    try:
        settings = Settings(data_dir=mount / "var", contracts_dir=docs)
        first = build_index(settings.index_config())
        live = current_build_dir(settings.index_config())
        before = fingerprint(live)
        _fill(mount)
        (docs / "alpha.md").write_text(ALPHA.replace("ten (10)", "twelve (12)"))
        with pytest.raises(IndexWriteError) as caught:
            build_index(settings.index_config())
        assert "\n" not in str(caught.value) and "No space left" in str(caught.value)
        assert [b.name for b in (mount / "var" / "index" / "builds").iterdir()] == [first.build]
        assert current_build_dir(settings.index_config()) == live and fingerprint(live) == before
        (mount / "filler").unlink()
        assert "ten (10)" in load_snapshot(settings).contract("alpha").section("1.1").text
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)
