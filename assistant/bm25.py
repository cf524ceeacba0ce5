"""BM25 over the same chunks the vector index holds; a small inverted index, fast enough per query."""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Sequence

import numpy as np

from assistant.text import tokens


class BM25:
    """Postings are kept as arrays per term (document indices and term counts; length norms per document), so a
    query over a thousand contracts' chunks is a few vector operations per term, not a Python loop
    over every posting. The arithmetic is the same, in the same order, as the plain formula."""

    def __init__(self, documents: Sequence[str], k1: float = 1.2, b: float = 0.75):
        self.k1, self.b = k1, b
        self.lengths: list[int] = []
        # Postings gathered as flat C integer arrays, then grouped by term with one sort: a Python tuple per
        # posting (a thousand contracts hold millions) left the answering process tens of megabytes the
        # allocator never gave back, for arrays of a tenth the size.
        vocabulary: dict[str, int] = {}
        docs, terms, counts = array("i"), array("i"), array("i")
        for index, document in enumerate(documents):
            counted = Counter(tokens(document))
            self.lengths.append(sum(counted.values()))
            for term, count in counted.items():
                docs.append(index)
                terms.append(vocabulary.setdefault(term, len(vocabulary)))
                counts.append(count)
        self.count = len(self.lengths)
        self.average = (sum(self.lengths) / self.count) if self.count else 0.0
        lengths = np.asarray(self.lengths, dtype=np.float64)
        self.norms = self.k1 * (1 - self.b + self.b * lengths / (self.average or 1))
        doc_ids = np.frombuffer(docs, dtype=np.int32)
        term_ids = np.frombuffer(terms, dtype=np.int32)
        order = np.lexsort((doc_ids, term_ids))  # by term, then document: each term's postings ascending
        doc_ids, term_ids, tfs = doc_ids[order], term_ids[order], np.frombuffer(counts, dtype=np.int32)[order]
        frequencies = np.bincount(term_ids, minlength=len(vocabulary))
        bounds = np.concatenate([[0], np.cumsum(frequencies)])
        # Postings as compact integers (a document index and a count, 8 bytes, where float64 copies took 24).
        # The counts are exact small integers, so scoring converts them back to the same float64 values.
        self.postings: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self.idf: dict[str, float] = {}
        for term, term_id in vocabulary.items():
            first, end = int(bounds[term_id]), int(bounds[term_id + 1])
            frequency = end - first
            self.idf[term] = math.log(1 + (self.count - frequency + 0.5) / (frequency + 0.5))
            self.postings[term] = (doc_ids[first:end].copy(), tfs[first:end].copy())

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
            where, counts = self.postings[term]
            if span is not None:
                first, end = np.searchsorted(where, span[0]), np.searchsorted(where, span[1])
                where, counts = where[first:end], counts[first:end]
            tf, norm = counts.astype(np.float64), self.norms[where]
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
