"""The gold set itself: verbatim quotes, unique ids, the mix of kinds the harness relies on."""

from __future__ import annotations

from collections import Counter

from assistant.text import occurs_in
from eval.harness import load_gold
from ingest.loader import load_documents

from ..conftest import CONTRACTS


def test_gold_items_are_well_formed_and_quotes_are_verbatim():
    items = load_gold()
    documents = {c.id: c for c in load_documents([CONTRACTS], 10**9).contracts}
    assert len(items) >= 120
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    kinds = Counter(i["kind"] for i in items)
    assert set(kinds) == {"lookup", "multi", "calc", "unanswerable"} and min(kinds.values()) >= 10
    assert sum(i["plain_words"] for i in items) >= len(items) / 3
    for item in items:
        assert item["question"].strip() and item["contract"] in documents, item["id"]
        if item["kind"] == "unanswerable":
            assert not item["gold"]
            continue
        assert item["gold"] and item["quote"], item["id"]
        first = item["gold"][0]
        section = documents[item["contract"]].section(first["section"])
        assert section is not None, item["id"]
        assert occurs_in(item["quote"], section.text), item["id"]
        for gold in item["gold"]:
            target = documents[item["contract"]].section(gold["section"])
            assert target is not None and (not gold["clause"] or target.clause(gold["clause"])), (item["id"], gold)
        if item["kind"] == "calc":
            assert item["expected"]["tool"]
