"""The gold sets themselves: verbatim quotes, unique ids, valid kinds, and a frozen test split."""

from __future__ import annotations

import hashlib
from collections import Counter

from assistant.text import occurs_in
from eval.harness import GOLD, load_gold
from eval.metrics import KINDS
from ingest.loader import load_documents

from ..conftest import CONTRACTS

OUTCOMES = {"answered", "related", "not_covered"}


def test_gold_items_are_well_formed_and_quotes_are_verbatim():
    items = load_gold()
    documents = {c.id: c for c in load_documents([CONTRACTS], 10**9).contracts}
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    for item in items:
        where = (item["split"], item["id"])
        assert item["question"].strip() and item["contract"] in documents, where
        assert item["kind"] in KINDS and item["outcome"] in OUTCOMES, where
        assert item["audience"] in ("member", "steward") and item["style"] in ("plain", "typo", "chat"), where
        contract = documents[item["contract"]]
        if item["kind"] == "unanswerable":
            assert not item["gold"] and not item["must_contain"] and item["outcome"] == "not_covered", where
            continue
        assert item["gold"], where
        for gold in item["gold"]:
            target = contract.section(gold["section"])
            assert target is not None and (not gold["clause"] or target.clause(gold["clause"])), (where, gold)
        if item["kind"] == "related":
            assert item["outcome"] == "related" and not item["must_contain"], where
            continue
        first = contract.section(item["gold"][0]["section"])
        assert first is not None and occurs_in(item["quote"], first.text), where
        texts = " ".join(f"{s.title} {s.text}" for g in item["gold"] if (s := contract.section(g["section"])) is not None)
        if item["kind"] == "calc":
            assert item["expected"]["tool"], where
            continue  # its key facts are computed results, not contract words
        for fact in item["must_contain"]:
            assert occurs_in(fact, texts), (where, fact)


def test_each_split_has_every_kind_and_the_test_split_is_mostly_blind():
    for split in ("dev", "test"):
        kinds = Counter(i["kind"] for i in load_gold((split,)))
        assert set(kinds) == set(KINDS), (split, kinds)
    test = load_gold(("test",))
    assert all(i["source"] == "blind" for i in test)
    assert sum(i["kind"] in ("related", "unanswerable") for i in test) >= 40
    assert sum(i["style"] in ("typo", "chat") for i in test) >= 30


def test_the_test_split_is_frozen():
    """Changing a test file is a deliberate act: update MANIFEST in the same commit and say why."""
    folder = GOLD / "test"
    pinned = dict(reversed(line.split()) for line in (folder / "MANIFEST").read_text().splitlines() if line.strip())
    actual = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.glob("*.jsonl")}
    assert actual == pinned
