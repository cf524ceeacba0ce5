"""BM25 restricted to one contract's chunks scores exactly as scoring everything and filtering."""

from __future__ import annotations

import random

from assistant.bm25 import BM25
from assistant.snapshot import ChunkRecord, chunk_spans


def test_span_scores_equal_filtered_full_scores():
    rng = random.Random(7)
    words = ["overtime", "vacation", "grievance", "steward", "holiday", "sick", "leave", "pay", "shift", "notice"]
    documents = [" ".join(rng.choice(words) for _ in range(rng.randint(3, 30))) for _ in range(300)]
    bm25 = BM25(documents)
    query = ["overtime", "pay", "notice", "unknownword"]
    full = bm25.scores(query)
    for span in ((0, 100), (100, 220), (220, 300), (5, 6)):
        part = bm25.scores(query, span=span)
        assert part == {i: s for i, s in full.items() if span[0] <= i < span[1]}
        expected = sorted(((i, s) for i, s in full.items() if span[0] <= i < span[1]), key=lambda item: -item[1])[:10]
        assert bm25.top(query, 10, span=span) == expected


def test_chunk_spans_only_for_contracts_stored_together():
    def chunk(index, contract):
        return ChunkRecord(index, f"{contract}:{index}", "", {"contract": contract, "section": "1"})

    chunks = [chunk(0, "a"), chunk(1, "a"), chunk(2, "b"), chunk(3, "c"), chunk(4, "b")]
    assert chunk_spans(chunks) == {"a": (0, 2), "c": (3, 4)}
