"""BM25 over the same chunks the vector index holds; a small inverted index, fast enough per query."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence

import numpy as np

from assistant.text import tokens


class BM25:
    """Postings are kept as arrays per term (document indices, term counts, length norms), so a
    query over a thousand contracts' chunks is a few vector operations per term, not a Python loop
    over every posting. The arithmetic is the same, in the same order, as the plain formula."""

    def __init__(self, documents: Sequence[str], k1: float = 1.2, b: float = 0.75):
        self.k1, self.b = k1, b
        self.lengths: list[int] = []
        lists: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for index, document in enumerate(documents):
            counts = Counter(tokens(document))
            self.lengths.append(sum(counts.values()))
            for term, count in counts.items():
                lists[term].append((index, count))
        self.count = len(self.lengths)
        self.average = (sum(self.lengths) / self.count) if self.count else 0.0
        self.idf = {term: math.log(1 + (self.count - len(p) + 0.5) / (len(p) + 0.5)) for term, p in lists.items()}
        lengths = np.asarray(self.lengths, dtype=np.float64)
        norms = self.k1 * (1 - self.b + self.b * lengths / (self.average or 1))
        self.postings: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
        for term, pairs in lists.items():
            where = np.fromiter((i for i, _ in pairs), dtype=np.int64, count=len(pairs))
            tfs = np.fromiter((c for _, c in pairs), dtype=np.float64, count=len(pairs))
            self.postings[term] = (where, tfs, norms[where])

    def _scored(self, query_terms: Sequence[str], weights: dict[str, float] | None,
                span: tuple[int, int] | None) -> tuple[np.ndarray, np.ndarray]:
        """(document indices holding a query term, ascending; their scores)."""
        total = np.zeros(self.count, dtype=np.float64)
        touched = np.zeros(self.count, dtype=bool)
        for term in sorted(set(query_terms)):  # a fixed order: float sums must not depend on hashing
            idf = self.idf.get(term)
            if idf is None:
                continue
            weight = (weights or {}).get(term, 1.0)
            where, tf, norm = self.postings[term]
            if span is not None:
                first, end = np.searchsorted(where, span[0]), np.searchsorted(where, span[1])
                where, tf, norm = where[first:end], tf[first:end], norm[first:end]
            total[where] += weight * idf * tf * (self.k1 + 1) / (tf + norm)
            touched[where] = True
        found = np.flatnonzero(touched)
        return found, total[found]

    def scores(self, query_terms: Sequence[str], weights: dict[str, float] | None = None,
               span: tuple[int, int] | None = None) -> dict[int, float]:
        """Scores of the documents holding a query term; with `span` (first, end), only documents in
        that range are touched (one contract's chunks, which lie together): the same scores, without
        walking every contract's postings."""
        found, values = self._scored(query_terms, weights, span)
        return dict(zip(found.tolist(), values.tolist(), strict=True))

    def top(self, query_terms: Sequence[str], k: int, weights: dict[str, float] | None = None,
            span: tuple[int, int] | None = None) -> list[tuple[int, float]]:
        """The k best, by score rounded to 9 places, then document order. Only documents within 1e-8
        of the k-th best raw score can be among them, so only those are sorted."""
        found, values = self._scored(query_terms, weights, span)
        if len(found) > k > 0:
            kth = np.partition(values, len(values) - k)[len(values) - k]
            keep = values >= kth - 1e-8
            found, values = found[keep], values[keep]
        items = zip(found.tolist(), values.tolist(), strict=True)
        return sorted(items, key=lambda item: (-round(item[1], 9), item[0]))[:k]
