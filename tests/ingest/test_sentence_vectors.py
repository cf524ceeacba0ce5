"""Sentence vectors: written with each build, reused for unchanged sentences, and read back by clause."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.settings import Settings
from assistant.snapshot import load_snapshot
from ingest import sentence_vectors
from ingest.index import build_index, current_build_dir

from ..helpers import ALPHA, two_contracts


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path / "var", contracts_dir=two_contracts(tmp_path / "docs"))


class CountingEmbeddings:
    """Stands in for the model where only *which* texts get embedded matters."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.seen += texts
        return [[1.0, 0.0] if "overtime" in t.lower() else [0.0, 1.0] for t in texts]


def test_sentences_split_at_sentence_ends_and_keep_tables_whole():
    text = "Employees shall be paid. (a) The rate is ten dollars; Overtime is extra: A note."
    assert sentence_vectors.sentences(text) == ["Employees shall be paid.", "(a) The rate is ten dollars;",
                                                "Overtime is extra:", "A note."]
    table = "| Step | Rate |\n|---|---|\n| 1 | 10 |"
    assert sentence_vectors.sentences(table) == [table]


def test_each_build_holds_the_vectors_of_every_clause_sentence(settings):
    build_index(settings.index_config())
    build = current_build_dir(settings.index_config())
    found = sentence_vectors.read(build)
    assert found is not None
    vectors, texts = found
    snapshot = load_snapshot(settings)
    clauses = {(c.id, s.id, k.path) for c in snapshot.contracts.values() for s in c.sections() for k in s.clauses
               if k.answerable and k.text.strip()}
    assert set(vectors.rows) == clauses and len(texts) == len(vectors.matrix)
    assert np.allclose(np.linalg.norm(vectors.matrix, axis=1), 1.0, atol=1e-4)
    # What the snapshot serves is that file, and a sentence is closest to itself.
    key = next(iter(sorted(clauses)))
    first, _ = vectors.rows[key]
    assert snapshot.sentences.rows == vectors.rows
    assert snapshot.sentences.best(np.asarray(vectors.matrix[first]), [key]) == pytest.approx(1.0, abs=1e-4)
    assert snapshot.sentences.best(np.asarray(vectors.matrix[first]), [("nope", "1", "")]) == 0.0


def test_a_new_build_embeds_only_sentences_it_has_not_seen(settings):
    build_index(settings.index_config())
    contracts = list(load_snapshot(settings).contracts.values())
    previous = sentence_vectors.read(current_build_dir(settings.index_config()))
    assert previous is not None
    counting = CountingEmbeddings()
    again, texts = sentence_vectors.embed(contracts, counting, *previous)
    assert counting.seen == [] and again.rows == previous[0].rows and texts == previous[1]
    fresh, _ = sentence_vectors.embed(contracts, counting)
    assert sorted(counting.seen) == sorted(set(previous[1])) and fresh.rows == previous[0].rows


def test_a_build_without_sentence_vectors_is_rebuilt_once_and_damaged_files_are_not_trusted(settings):
    first = build_index(settings.index_config())
    build = current_build_dir(settings.index_config())
    (build / sentence_vectors.VECTORS_FILE).unlink()
    assert sentence_vectors.read(build) is None
    snapshot = load_snapshot(settings)  # an old build still answers: its sentences are embedded on load
    assert snapshot.sentences.rows and len(snapshot.sentences.matrix)
    again = build_index(settings.index_config())
    assert again.build != first.build and not again.added and not again.replaced
    assert sentence_vectors.read(current_build_dir(settings.index_config())) is not None
    (current_build_dir(settings.index_config()) / sentence_vectors.KEYS_FILE).write_text("{not json")
    assert sentence_vectors.read(current_build_dir(settings.index_config())) is None


def test_a_changed_document_changes_its_sentence_rows(settings, tmp_path: Path):
    build_index(settings.index_config())
    docs = settings.contracts_dir
    (docs / "alpha.md").write_text(ALPHA.replace("ten (10)", "twelve (12)"))
    build_index(settings.index_config())
    vectors, texts = sentence_vectors.read(current_build_dir(settings.index_config()))
    assert any("twelve (12)" in t for t in texts) and not any("ten (10)" in t for t in texts)


def test_each_build_writes_its_chunk_vectors_and_the_snapshot_reads_that_file(settings):
    """The answering process reads the chunk vectors from the build's file, memory-mapped, instead of out of
    Chroma (whose read caches cost as much memory again): the same vectors, row for row, in corpus order.
    A build from before the file still answers (from the store), and the next ingest writes the file."""
    from assistant.snapshot import load_vectors
    from ingest.index import CHUNK_VECTORS_FILE, chunk_vectors_file, read_chunk_vectors

    first = build_index(settings.index_config())
    build = current_build_dir(settings.index_config())
    found = read_chunk_vectors(build)
    assert found is not None
    ids, matrix = found
    snapshot = load_snapshot(settings)
    assert ids == [c.id for c in snapshot.chunks] and matrix.dtype == np.float32
    from_store = load_vectors(snapshot.store, snapshot.chunks, build.name)
    assert np.array_equal(snapshot.vectors, from_store) and np.array_equal(np.asarray(matrix), from_store)
    (build / CHUNK_VECTORS_FILE).unlink()
    assert chunk_vectors_file(build, len(snapshot.chunks)) is None
    assert np.array_equal(load_snapshot(settings).vectors, from_store)  # an old build: the store's copy
    again = build_index(settings.index_config())
    assert again.build != first.build and not again.added
    assert np.array_equal(load_snapshot(settings).vectors, from_store)
    # a file that does not fit the build's chunks is not trusted
    rebuilt = current_build_dir(settings.index_config())
    np.save(rebuilt / CHUNK_VECTORS_FILE, np.zeros((2, 3), dtype=np.float32))
    assert chunk_vectors_file(rebuilt, len(snapshot.chunks)) is None


def test_a_changed_document_gets_new_chunk_vectors_and_the_others_keep_theirs(settings, tmp_path: Path):
    from assistant.snapshot import load_vectors
    from ingest.index import read_chunk_vectors

    build_index(settings.index_config())
    before = read_chunk_vectors(current_build_dir(settings.index_config()))
    assert before is not None
    (settings.contracts_dir / "alpha.md").write_text(ALPHA.replace("ten (10)", "twelve (12)"))
    build_index(settings.index_config())
    after = read_chunk_vectors(current_build_dir(settings.index_config()))
    assert after is not None
    old = dict(zip(before[0], np.asarray(before[1]), strict=True))
    new = dict(zip(after[0], np.asarray(after[1]), strict=True))
    snapshot = load_snapshot(settings)
    assert np.array_equal(snapshot.vectors, np.stack([new[c.id] for c in snapshot.chunks]))
    kept = [i for i in new if not i.startswith("alpha") and i in old]
    assert kept and all(np.array_equal(old[i], new[i]) for i in kept)
    # the changed document's chunks are the store's new vectors, not the old file's under the same ids
    assert np.array_equal(snapshot.vectors, load_vectors(snapshot.store, snapshot.chunks, snapshot.build))
