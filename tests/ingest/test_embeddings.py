"""The embedding model: the shipped zip, its ONNX export checked against sentence-transformers,
the shared model cache, and clear errors for a missing, corrupt or unwritable model."""

from __future__ import annotations

import json
import threading
import zipfile
from pathlib import Path

import numpy as np
import pytest

import ingest.embeddings.export as onnx_export
import ingest.embeddings.factory as factory
from ingest.chunking import chunk_contract, embedding_text
from ingest.config import EmbeddingConfig
from ingest.embeddings import get_embeddings, prepare_model
from ingest.embeddings.backends import OnnxEmbeddings, SentenceTransformerEmbeddings
from ingest.embeddings.model_files import cached, model_directory, shipped_model_zip
from ingest.errors import EmbeddingModelError


@pytest.fixture(scope="module")
def fresh_export(tmp_path_factory) -> Path:
    """An ONNX export made from scratch in a cache of its own (the suite's shared cache may
    already hold one, and this must exercise the export itself)."""
    cache = tmp_path_factory.mktemp("model-cache")
    prepare_model(EmbeddingConfig(cache_dir=cache))
    return cache


def test_onnx_export_gives_sentence_transformers_vectors(fresh_export, sample_contract):
    onnx = get_embeddings(EmbeddingConfig(cache_dir=fresh_export))
    torch = get_embeddings(EmbeddingConfig(cache_dir=fresh_export, backend="sentence-transformers"))
    assert isinstance(onnx, OnnxEmbeddings) and isinstance(torch, SentenceTransformerEmbeddings)
    assert onnx.directory == torch.directory
    texts = [embedding_text(c) for c in chunk_contract(sample_contract)[::10]]
    texts += ["How long do I have to file a grievance?", "", "   ", "bereavement leave\n\n\tfor a grandparent"]
    for tokens in (96, 256):
        expected = np.array(torch.with_max_tokens(tokens).embed_documents(texts))
        actual = np.array(onnx.with_max_tokens(tokens).embed_documents(texts))
        assert actual.shape == expected.shape == (len(texts), 384)
        assert np.abs(actual - expected).max() < 1e-5
        assert np.allclose(np.linalg.norm(actual, axis=1), 1.0, atol=1e-5)
    # Truncation is real: the index's 96 tokens and the baseline's 256 read different text.
    long_text = max(texts, key=len)
    assert not np.allclose(onnx.embed_query(long_text), onnx.with_max_tokens(256).embed_query(long_text), atol=1e-3)
    assert onnx.embed_documents([]) == []


def test_export_is_made_once_and_reused(fresh_export, monkeypatch):
    entries = sorted(p.name for p in fresh_export.iterdir() if not p.name.startswith("."))
    assert len(entries) == 2 and entries[1].startswith("onnx-"), entries
    note = json.loads((fresh_export / entries[1] / ".complete").read_text())
    assert note["max_difference"] < onnx_export.TOLERANCE

    def refuse(*_args):
        raise AssertionError("exported again")

    monkeypatch.setattr(factory, "export_onnx", refuse)
    report = prepare_model(EmbeddingConfig(cache_dir=fresh_export))
    assert report["backend"] == "onnx" and Path(report["onnx"]).is_file()
    assert sorted(p.name for p in fresh_export.iterdir() if not p.name.startswith(".")) == entries


def test_export_that_disagrees_is_refused_and_not_cached(fresh_export, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    model_dir = model_directory(None, fresh_export)
    monkeypatch.setattr(onnx_export, "TOLERANCE", -1.0)
    with pytest.raises(EmbeddingModelError, match="EMBEDDING_BACKEND=sentence-transformers"):
        get_embeddings(EmbeddingConfig(cache_dir=cache, model_path=model_dir))
    assert [p.name for p in cache.iterdir()] == [".lock"], "a refused export must leave nothing behind"


def test_corrupt_onnx_file_names_the_folder_to_delete(fresh_export, tmp_path):
    good = get_embeddings(EmbeddingConfig(cache_dir=fresh_export))
    copy = tmp_path / "model.onnx"
    copy.write_bytes(b"not an onnx graph")
    with pytest.raises(EmbeddingModelError, match=f"delete {tmp_path}"):
        OnnxEmbeddings(good.directory, copy, 96)


def test_missing_or_broken_model_file(tmp_path):
    with pytest.raises(EmbeddingModelError, match="does not exist"):
        get_embeddings(EmbeddingConfig(cache_dir=tmp_path / "c", model_path=tmp_path / "absent.zip"))
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK but not really a zip")
    with pytest.raises(EmbeddingModelError, match="not a readable zip"):
        get_embeddings(EmbeddingConfig(cache_dir=tmp_path / "c", model_path=broken))
    assert [p.name for p in (tmp_path / "c").iterdir()] == [".lock"]


def test_unwritable_cache_says_which_setting_to_change(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should go")
    with pytest.raises(EmbeddingModelError, match="CONTRACT_ASSISTANT_MODEL_CACHE_DIR"):
        get_embeddings(EmbeddingConfig(cache_dir=blocker / "cache"))


def test_shipped_zip_is_found_without_importing_the_package():
    import sys

    path = shipped_model_zip()
    assert path.name == "model.zip" and zipfile.is_zipfile(path)
    assert "all_minilm_l6_v2" not in sys.modules


def test_cache_entry_is_made_once_under_concurrency_and_never_half_written(tmp_path):
    calls: list[int] = []

    def slow_make(scratch: Path) -> dict[str, int]:
        calls.append(1)
        (scratch / "part").write_text("x")
        threading.Event().wait(0.2)
        return {"n": len(calls)}

    results: list[Path] = []
    threads = [threading.Thread(target=lambda: results.append(cached(tmp_path, "entry", slow_make))) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert calls == [1] and set(results) == {tmp_path / "entry"}
    assert (tmp_path / "entry" / "part").read_text() == "x"

    def failing(scratch: Path) -> None:
        (scratch / "part").write_text("half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        cached(tmp_path, "other", failing)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".lock", "entry"]


def test_int8_backend_is_faster_model_with_its_own_index_key(fresh_export, tmp_path, sample_contract):
    # Its own copy of the cache: the quantised model is added beside the export, made once and reused.
    import shutil

    cache = tmp_path / "cache"
    shutil.copytree(fresh_export, cache)
    config = EmbeddingConfig(cache_dir=cache, backend="onnx-int8")
    int8 = get_embeddings(config)
    plain = get_embeddings(EmbeddingConfig(cache_dir=cache))
    assert isinstance(int8, OnnxEmbeddings) and "onnx-int8-" in str(int8.onnx_file)
    assert int8.onnx_file.stat().st_size < plain.onnx_file.stat().st_size / 2
    texts = [embedding_text(c) for c in chunk_contract(sample_contract)[::25]]
    close = np.array(int8.embed_documents(texts)) @ np.array(plain.embed_documents(texts)).T
    # Near the full model's vectors (each text closest to itself), yet not the same: an index built
    # with one must not be searched with the other, so the vectors' key differs and the index rebuilds.
    assert (close.argmax(axis=1) == np.arange(len(texts))).all()
    assert 0.8 < float(np.diag(close).mean()) < 0.9999
    assert config.key != EmbeddingConfig(cache_dir=cache).key
    assert EmbeddingConfig(backend="sentence-transformers").key == EmbeddingConfig().key
    made = int8.onnx_file.stat().st_mtime_ns
    assert get_embeddings(config).onnx_file.stat().st_mtime_ns == made  # made once per machine
