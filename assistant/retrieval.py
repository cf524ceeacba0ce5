"""Hybrid retrieval: BM25 and MiniLM similarity fused by reciprocal rank, plus direct look-ups.

Members rarely use the contract's words, so a glossary adds contract terms to the question;
section titles count twice in BM25; contract language outranks guidance and news.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from assistant.errors import IndexNotReady
from assistant.schema import Retrieved
from assistant.snapshot import ChunkRecord, Snapshot
from assistant.text import tokens
from ingest.ids import find_references

RRF_K = 60
CANDIDATES = 30
NON_BINDING_WEIGHT = 0.6
EXPANSION_WEIGHT = 0.6
MODES = ("hybrid", "bm25", "dense")


@dataclass
class Hit:
    chunk: ChunkRecord
    score: float
    dense: float = 0.0  # cosine similarity of the question and the chunk
    bm25: float = 0.0


@dataclass
class Query:
    text: str
    terms: list[str]
    expansions: list[str] = field(default_factory=list)
    explained: set[str] = field(default_factory=set)  # question words a glossary phrase accounted for

    @property
    def search_text(self) -> str:
        return " ".join([self.text, *self.expansions])

    @property
    def weights(self) -> dict[str, float]:
        own = set(self.terms)
        return {t: (1.0 if t in own else EXPANSION_WEIGHT) for t in tokens(" ".join(self.expansions))}

    @property
    def all_terms(self) -> list[str]:
        return self.terms + [t for t in tokens(" ".join(self.expansions)) if t not in self.terms]


@lru_cache(maxsize=1)
def glossary() -> dict[str, list[str]]:
    text = resources.files("assistant").joinpath("glossary.yaml").read_text(encoding="utf-8")
    return {str(k).lower(): [str(v) for v in vs] for k, vs in (yaml.safe_load(text) or {}).items()}


def expand(question: str) -> Query:
    lowered = question.lower()
    expansions: list[str] = []
    explained: set[str] = set()
    for phrase, terms in glossary().items():
        if re.search(rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])", lowered):
            expansions.extend(t for t in terms if t not in expansions)
            explained.update(tokens(phrase))
    return Query(text=question, terms=tokens(question), expansions=expansions, explained=explained)


def direct_references(question: str, snapshot: Snapshot, contract: str | None) -> list[tuple[str, str]]:
    """(contract, section) pairs the question names outright: 'what does 8.2 say', 'Art. 19', 'LOA 14'."""
    found: list[tuple[str, str]] = []
    contracts = [snapshot.contract(contract)] if contract else _by_authority(snapshot)
    for reference in find_references(question, "question"):
        if reference.external or reference.target.kind not in ("section", "article", "unit", "item"):
            continue
        matches = [(c.id, s.id) for c in contracts for s in [c.find(reference.target)] if s is not None]
        # Across several contracts, one that prints the id as typed ('6.7') wins over '6.07'.
        written = reference.target.section or reference.target.unit_id
        matches.sort(key=lambda match: match[1] != written)
        for match in matches:
            if match not in found:
                found.append(match)
                break
    return found


def _by_authority(snapshot: Snapshot) -> list[Any]:
    return sorted(snapshot.contracts.values(), key=lambda c: (not c.binding, c.kind != "contract", c.id))


def _dense(snapshot: Snapshot, vector: list[float], contract: str | None, k: int) -> list[tuple[ChunkRecord, float]]:
    where = {"contract": contract} if contract else None
    try:
        results = snapshot.store.similarity_search_by_vector_with_relevance_scores(vector, k=k, filter=where)
    except Exception as exc:
        raise IndexNotReady(f"The vector index cannot be queried ({exc.__class__.__name__}: {exc}).") from exc
    hits = []
    # langchain-chroma's *_by_vector_with_relevance_scores returns the raw cosine distance.
    for document, distance in results:
        chunk = snapshot.by_id.get(document.id or "")
        if chunk is not None:
            hits.append((chunk, 1.0 - float(distance)))
    return hits


def search(
    snapshot: Snapshot,
    query: Query,
    contract: str | None = None,
    k: int = 10,
    mode: str = "hybrid",
    vector: list[float] | None = None,
) -> list[Hit]:
    """Ranked chunks for the question; every hit carries both its dense and BM25 evidence."""
    if mode not in MODES:
        raise ValueError(f"unknown retrieval mode {mode!r}; use one of {', '.join(MODES)}")
    if contract:
        snapshot.contract(contract)
    scores: dict[int, Hit] = {}
    if mode in ("hybrid", "bm25"):
        span = snapshot.spans.get(contract) if contract else None
        if span is not None:  # one contract's chunks only: exact, however many contracts the index holds
            ranked = snapshot.bm25.top(query.all_terms, CANDIDATES, query.weights, span)
        else:
            ranked = snapshot.bm25.top(query.all_terms, CANDIDATES * 3, query.weights)
            ranked = [(i, s) for i, s in ranked if not contract or snapshot.chunks[i].contract == contract][:CANDIDATES]
        for rank, (index, value) in enumerate(ranked):
            hit = scores.setdefault(index, Hit(snapshot.chunks[index], 0.0))
            hit.bm25 = value
            hit.score += 1.0 / (RRF_K + rank)
    if mode in ("hybrid", "dense"):
        vector = vector or snapshot.embeddings.embed_query(query.search_text)
        for rank, (chunk, similarity) in enumerate(_dense(snapshot, vector, contract, CANDIDATES)):
            hit = scores.setdefault(chunk.index, Hit(chunk, 0.0))
            hit.dense = similarity
            hit.score += 1.0 / (RRF_K + rank)
    for hit in scores.values():
        if not hit.chunk.metadata.get("binding", True):
            hit.score *= NON_BINDING_WEIGHT
    return sorted(scores.values(), key=lambda h: -h.score)[:k]


def retrieved_sections(hits: list[Hit], limit: int = 10) -> list[Retrieved]:
    """The Answer's `retrieved` field: sections in rank order with their fused scores."""
    return [Retrieved(contract=c, section=s, score=round(v, 5)) for (c, s), v in rank_sections(hits)[:limit]]


def rank_sections(hits: list[Hit]) -> list[tuple[tuple[str, str], float]]:
    """Section-level ranking: a section scores as its best chunk."""
    best: dict[tuple[str, str], float] = {}
    for hit in hits:
        key = (hit.chunk.contract, hit.chunk.section)
        best[key] = max(best.get(key, 0.0), hit.score)
    return sorted(best.items(), key=lambda item: -item[1])

