"""The learned query adapter: its file, what it does to a question's vector, that fitting it moves
questions toward the sections that answer them, and that the search uses it (or not) as configured."""

from __future__ import annotations

import json
from importlib import resources

import numpy as np
import pytest

from assistant.errors import ConfigError
from assistant.learned.fit_adapter import Rows, each_unseen, train, write
from assistant.query_adapter import QueryAdapter, load_query_adapter, read_adapter

MODEL = "all-MiniLM-L6-v2"


def test_a_moved_vector_is_unit_length_and_the_identity_moves_nothing():
    vector = np.array([0.6, 0.8, 0.0], dtype=np.float32)
    assert np.allclose(QueryAdapter(np.eye(3, dtype=np.float32), MODEL)(vector), vector)
    moved = QueryAdapter(np.diag([2.0, 1.0, 1.0]).astype(np.float32), MODEL)(vector)
    assert moved.dtype == np.float32 and np.isclose(np.linalg.norm(moved), 1.0) and moved[0] > vector[0]
    assert np.allclose(QueryAdapter(np.zeros((3, 3), dtype=np.float32), MODEL)(vector), vector)  # nothing to scale


def test_an_unreadable_misshapen_or_foreign_adapter_is_refused_with_how_to_refit(tmp_path):
    broken = tmp_path / "broken.npz"
    broken.write_bytes(b"not a numpy file")
    with pytest.raises(ConfigError, match="cannot be read.*fit_adapter"):
        read_adapter(broken)
    oblong = tmp_path / "oblong.npz"
    write(np.ones((3, 4), dtype=np.float32), MODEL, oblong)
    with pytest.raises(ConfigError, match="shape"):
        read_adapter(oblong)
    other = tmp_path / "other.npz"
    write(np.eye(384, dtype=np.float32), "some-other-model", other)
    with pytest.raises(ConfigError, match="QUERY_ADAPTER_ENABLED=false"):
        load_query_adapter(other, MODEL, 384)
    with pytest.raises(ConfigError, match="fitted for"):
        load_query_adapter(other, "some-other-model", 768)
    assert load_query_adapter(other, "some-other-model", 384).model == "some-other-model"


def test_the_packaged_adapter_was_fitted_on_dev_only_for_the_shipped_model_and_measured_left_out():
    adapter = load_query_adapter(None, MODEL, 384)
    assert adapter.matrix.shape == (384, 384)
    report = json.loads(resources.files("assistant").joinpath("learned/query_adapter.json").read_text(encoding="utf-8"))
    assert report["model"] == MODEL and report["fitted_on"]["files"]
    assert not any("test" in f for f in report["fitted_on"]["files"])
    left_out = report["measured"]["contract_left_out"]
    assert len(left_out) >= 4  # each large dev contract measured with an adapter fitted without it
    # What a new contract will see: on average over the contracts left out, the most similar five
    # sections hold a gold one at least as often as without the adapter.
    assert np.mean([c["hit@5"][1] for c in left_out.values()]) >= np.mean([c["hit@5"][0] for c in left_out.values()])


def _toy_rows(seed: int = 0) -> Rows:
    """Two 'contracts' of eight sections each, and questions that are their section's vector seen
    through a fixed distortion (a member's words for the contract's): raw similarity often picks
    the wrong section, a fitted map undoes the distortion."""
    rng = np.random.default_rng(seed)
    dimension = 16
    chunks = rng.normal(size=(16, dimension)).astype(np.float32)
    chunks /= np.linalg.norm(chunks, axis=1, keepdims=True)
    distortion = np.eye(dimension) + 0.9 * rng.normal(size=(dimension, dimension))
    ids, contracts, queries, positives = [], [], [], []
    for n in range(96):
        target = n % 16
        q = distortion @ chunks[target] + 0.05 * rng.normal(size=dimension)
        ids.append(f"q{n}")
        contracts.append("a" if target < 8 else "b")
        queries.append(q / np.linalg.norm(q))
        positives.append([target])
    return Rows(ids, contracts, np.array(queries, dtype=np.float32), positives, chunks,
                {"a": (0, 8), "b": (8, 16)}, [f"s{i}" for i in range(16)], MODEL)


def _first_hits(rows: Rows, matrix: np.ndarray | None, which: range) -> float:
    hits = 0
    for i in which:
        q = rows.queries[i] if matrix is None else QueryAdapter(matrix, MODEL)(rows.queries[i])
        first, end = rows.spans[rows.contracts[i]]
        hits += first + int(np.argmax(rows.chunks[first:end] @ q)) in rows.positives[i]
    return hits / len(which)


def test_fitting_moves_unseen_questions_toward_the_sections_that_answer_them():
    rows = _toy_rows()
    fitted = train(rows, np.arange(64))  # the last 32 questions are not fitted on
    unseen = range(64, 96)
    assert _first_hits(rows, fitted, unseen) > _first_hits(rows, None, unseen) + 0.2
    assert np.array_equal(fitted, train(rows, np.arange(64)))  # deterministic: same rows, same matrix


def test_the_later_fits_search_each_question_as_an_unseen_one_and_leave_the_adapter_as_it_was(assistant, monkeypatch):
    """A question the adapter was never fitted on keeps the adapter in use; afterwards the snapshot searches
    with it again; with no adapter in use nothing is fitted and nothing changes."""
    from assistant.core import Assistant
    from assistant.settings import Settings

    items = [{"id": "u1", "kind": "unanswerable", "contract": "csea-unit4-1999-2001", "question": "can I bring my cat",
              "gold": []}]
    snapshot = assistant.snapshot()
    in_use = snapshot.query_adapter
    assert in_use is not None
    seen = [(item["id"], snapshot.query_adapter) for item in each_unseen(items, assistant)]
    assert seen == [("u1", in_use)] and snapshot.query_adapter is in_use
    plain = Assistant(Settings(query_adapter_enabled=False))
    assert [(item["id"], plain.snapshot().query_adapter) for item in each_unseen(items, plain)] == [("u1", None)]


def test_the_search_uses_the_adapter_unless_it_is_switched_off(assistant, monkeypatch):
    from assistant.services import get_services
    from tests.conftest import _reset_caches

    question = "can I split up my bereavement days and take some later"
    snapshot = assistant.snapshot()
    assert snapshot.query_adapter is not None
    raw = np.asarray(snapshot.embeddings.embed_query(question), dtype=np.float32)
    moved = snapshot.query_vector(question)
    assert np.allclose(moved, snapshot.query_adapter(raw)) and not np.allclose(moved, raw)
    snapshot.use_query_adapter(None)  # the cached vector is dropped with the adapter
    assert np.allclose(snapshot.query_vector(question), raw)

    monkeypatch.setenv("CONTRACT_ASSISTANT_QUERY_ADAPTER_ENABLED", "false")
    _reset_caches()
    plain = get_services().assistant.snapshot()
    assert plain.query_adapter is None and np.allclose(plain.query_vector(question), raw)


def test_an_adapter_for_another_model_stops_the_search_with_the_setting_to_change(assistant, tmp_path, monkeypatch):
    from assistant.services import get_services
    from tests.conftest import _reset_caches

    other = tmp_path / "other.npz"
    write(np.eye(384, dtype=np.float32), "a-model-nobody-uses", other)
    monkeypatch.setenv("CONTRACT_ASSISTANT_QUERY_ADAPTER", str(other))
    _reset_caches()
    with pytest.raises(ConfigError, match="a-model-nobody-uses"):
        get_services().assistant.snapshot()


def test_no_fitting_script_reads_the_test_split(tmp_path):
    from assistant.learned.dev import dev_items

    frozen = tmp_path / "test" / "items.jsonl"
    frozen.parent.mkdir()
    frozen.write_text('{"id": "t1"}\n')
    with pytest.raises(SystemExit, match="never used for fitting"):
        dev_items([frozen])
    dev = tmp_path / "dev.jsonl"
    dev.write_text('{"id": "d1"}\n\n{"id": "d2"}\n')
    assert [i["id"] for i in dev_items([dev])] == ["d1", "d2"]


def test_a_gold_clause_is_told_apart_from_the_rest_of_its_section():
    from assistant.learned.fit_adapter import _clause_rows

    spans = {("c", "5", ""): (0, 1), ("c", "5", "A"): (1, 3), ("c", "5", "A.1"): (3, 4), ("c", "5", "B"): (4, 6),
             ("c", "6", "A"): (6, 8), ("d", "5", "A"): (8, 9)}
    rows, wanted = _clause_rows(spans, {"contract": "c", "gold": [{"section": "5", "clause": "A"}]})
    # the section's own lead-in, the clause and its item count, as the evaluation counts them; B does not
    assert list(rows) == [0, 1, 2, 3, 4, 5] and list(wanted) == [True, True, True, True, False, False]
    assert _clause_rows(spans, {"contract": "c", "gold": [{"section": "5", "clause": ""}]}) is None  # no clause named
    assert _clause_rows(spans, {"contract": "c", "gold": [{"section": "6", "clause": "A"}]}) is None  # nothing else there


def test_the_clause_term_moves_questions_toward_the_clause_that_answers_them():
    """One section of eight clauses (two sentences each): the section term has nothing to learn, so
    whatever the fit does for unseen questions comes from the clause term."""
    rng = np.random.default_rng(1)
    dimension = 16
    sentences = rng.normal(size=(16, dimension)).astype(np.float32)
    sentences /= np.linalg.norm(sentences, axis=1, keepdims=True)
    distortion = np.eye(dimension) + 0.9 * rng.normal(size=(dimension, dimension))
    queries, clauses = [], {}
    for n in range(96):
        target = n % 16
        q = distortion @ sentences[target] + 0.05 * rng.normal(size=dimension)
        queries.append(q / np.linalg.norm(q))
        clauses[n] = (np.arange(16), np.arange(16) // 2 == target // 2)
    chunk = sentences.mean(axis=0, keepdims=True)
    rows = Rows([f"q{n}" for n in range(96)], ["c"] * 96, np.array(queries, dtype=np.float32), [[0]] * 96,
                chunk / np.linalg.norm(chunk), {"c": (0, 1)}, ["s"], MODEL, sentences, clauses)
    from assistant.learned.fit_adapter import _clause_first

    fitted = train(rows, np.arange(64))
    unseen = range(64, 96)
    before = np.mean([_clause_first(rows, i, None) for i in unseen])
    after = np.mean([_clause_first(rows, i, fitted) for i in unseen])
    assert after > before + 0.2
