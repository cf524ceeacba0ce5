"""BM25 over the same chunks the vector index holds; a small inverted index, fast enough per query."""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Sequence

from assistant.text import tokens


class BM25:
    def __init__(self, documents: Sequence[str], k1: float = 1.2, b: float = 0.75):
        self.k1, self.b = k1, b
        self.lengths: list[int] = []
        self.postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for index, document in enumerate(documents):
            counts = Counter(tokens(document))
            self.lengths.append(sum(counts.values()))
            for term, count in counts.items():
                self.postings[term].append((index, count))
        self.count = len(self.lengths)
        self.average = (sum(self.lengths) / self.count) if self.count else 0.0
        self.idf = {
            term: math.log(1 + (self.count - len(p) + 0.5) / (len(p) + 0.5)) for term, p in self.postings.items()
        }

    def scores(self, query_terms: Sequence[str], weights: dict[str, float] | None = None,
               span: tuple[int, int] | None = None) -> dict[int, float]:
        """Scores of the documents holding a query term; with `span` (first, end), only documents in
        that range are touched (one contract's chunks, which lie together): the same scores, without
        walking every contract's postings."""
        result: dict[int, float] = defaultdict(float)
        for term in sorted(set(query_terms)):  # a fixed order: float sums must not depend on hashing
            idf = self.idf.get(term)
            if idf is None:
                continue
            weight = (weights or {}).get(term, 1.0)
            postings = self.postings[term]
            if span is not None:
                postings = postings[bisect_left(postings, (span[0], -1)):bisect_left(postings, (span[1], -1))]
            for index, tf in postings:
                norm = self.k1 * (1 - self.b + self.b * self.lengths[index] / (self.average or 1))
                result[index] += weight * idf * tf * (self.k1 + 1) / (tf + norm)
        return result

    def top(self, query_terms: Sequence[str], k: int, weights: dict[str, float] | None = None,
            span: tuple[int, int] | None = None) -> list[tuple[int, float]]:
        scored = self.scores(query_terms, weights, span)
        return sorted(scored.items(), key=lambda item: (-round(item[1], 9), item[0]))[:k]
