"""BM25 restricted to one contract's chunks scores exactly as scoring everything and filtering."""

from __future__ import annotations

import random

import numpy as np

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


def test_scores_and_top_are_the_plain_formula_with_ties_in_document_order():
    import math
    from collections import Counter

    from assistant.text import tokens

    rng = random.Random(11)
    words = ["overtime", "vacation", "grievance", "steward", "holiday", "pay", "shift"]
    # Many identical documents: equal scores, so the top k is decided by document order at the cut.
    documents = [" ".join(rng.choice(words) for _ in range(rng.randint(2, 6))) for _ in range(200)] * 3
    bm25 = BM25(documents)
    query, weights = ["overtime", "pay", "shift"], {"shift": 0.6}
    counted = [Counter(tokens(d)) for d in documents]
    lengths = [sum(c.values()) for c in counted]
    average = sum(lengths) / len(lengths)
    expected: dict[int, float] = {}
    for term in sorted(query):
        holding = [i for i, c in enumerate(counted) if term in c]
        idf = math.log(1 + (len(documents) - len(holding) + 0.5) / (len(holding) + 0.5))
        for i in holding:
            tf = counted[i][term]
            norm = bm25.k1 * (1 - bm25.b + bm25.b * lengths[i] / average)
            expected[i] = expected.get(i, 0.0) + weights.get(term, 1.0) * idf * tf * (bm25.k1 + 1) / (tf + norm)
    assert bm25.scores(query, weights) == expected
    for k in (1, 7, 50, 1000):
        assert bm25.top(query, k, weights) == sorted(expected.items(), key=lambda item: (-round(item[1], 9), item[0]))[:k]


def test_chunk_spans_only_for_contracts_stored_together():
    def chunk(index, contract):
        return ChunkRecord(index, f"{contract}:{index}", "", {"contract": contract, "section": "1"})

    chunks = [chunk(0, "a"), chunk(1, "a"), chunk(2, "b"), chunk(3, "c"), chunk(4, "b")]
    assert chunk_spans(chunks) == {"a": (0, 2), "c": (3, 4)}


def test_postings_are_compact_integers():
    """A document index and a count per posting (8 bytes, where float64 copies took 24): over a thousand
    contracts this was the answering process's largest growing part. The scores above stay the formula's."""
    bm25 = BM25(["overtime pay overtime", "pay notice", "overtime"])
    where, counts = bm25.postings["overtim"]  # the stem the tokenizer keeps
    assert where.dtype == np.int32 and counts.dtype == np.int32
    assert where.tolist() == [0, 2] and counts.tolist() == [2, 1]
