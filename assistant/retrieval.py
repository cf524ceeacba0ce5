"""Hybrid retrieval: BM25 and MiniLM similarity fused by reciprocal rank, plus direct look-ups.

Members rarely use the contract's words, so a glossary adds contract terms to the question;
section titles count twice in BM25; contract language outranks guidance and news.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from assistant.glossary import Glossary
from assistant.ranking import RetrievalConfig
from assistant.schema import Retrieved
from assistant.scope import Scope
from assistant.snapshot import ChunkRecord, Snapshot
from assistant.text import tokens
from ingest.ids import find_references, id_key
from ingest.structure import Section

MODES = ("hybrid", "bm25", "dense")


@dataclass
class Hit:
    chunk: ChunkRecord
    score: float
    dense: float = 0.0  # cosine similarity of the question and the chunk
    bm25: float = 0.0
    dense_rank: int | None = None
    bm25_rank: int | None = None
    # The learned section ranker's probability that this hit's section answers the question
    # (assistant.section_ranking); None until it has ranked them. Set on every hit of a section.
    section_score: float | None = None


@dataclass
class Query:
    text: str
    terms: list[str]
    expansions: list[str] = field(default_factory=list)
    explained: set[str] = field(default_factory=set)  # question words a glossary phrase accounted for
    expansion_weight: float = 0.6
    parts: list[Query] = field(default_factory=list)  # the questions inside a two-part question

    @property
    def search_text(self) -> str:
        return " ".join([self.text, *self.expansions])

    @property
    def weights(self) -> dict[str, float]:
        own = set(self.terms)
        return {t: (1.0 if t in own else self.expansion_weight) for t in tokens(" ".join(self.expansions))}

    @property
    def all_terms(self) -> list[str]:
        return self.terms + [t for t in tokens(" ".join(self.expansions)) if t not in self.terms]


# Where one message asks two things: '… ? …', '…, and how …', '…; can …'.
_PART_BREAK = re.compile(
    r"\?\s+|;\s+|,?\s+\b(?:and|also|plus)(?:\s+then)?\s+(?=(?:what|how|when|which|who|where|can|could|do|does|did|is|are|am|"
    r"will|would|should|if|whats|what's)\b)", re.IGNORECASE)


def split_parts(question: str) -> list[str]:
    """The questions inside one message; a single question gives one part."""
    parts = [p.strip(" ,.?") for p in _PART_BREAK.split(question)]
    return [p for p in parts if len(tokens(p)) >= 2]


def expand(question: str, glossary: Glossary | None = None, expansion_weight: float = 0.6) -> Query:
    """The question's own terms plus the contract terms its glossary phrases stand for (and, for a
    message that asks two things, each part on its own)."""
    query = _expand_one(question, glossary, expansion_weight)
    parts = split_parts(question)
    if len(parts) > 1:
        query.parts = [_expand_one(part, glossary, expansion_weight) for part in parts]
    return query


def _expand_one(question: str, glossary: Glossary | None, expansion_weight: float) -> Query:
    expansions: list[str] = []
    explained: set[str] = set()
    for phrase in glossary.matches(question) if glossary else []:
        expansions.extend(t for t in glossary.terms(phrase) if t not in expansions)  # type: ignore[union-attr]
        explained.update(tokens(phrase))
    return Query(text=question, terms=tokens(question), expansions=expansions, explained=explained,
                 expansion_weight=expansion_weight)


@dataclass(frozen=True)
class DirectReference:
    """A section the question names outright, and the same id in other documents in scope."""

    contract: str
    section: str
    elsewhere: tuple[tuple[str, str], ...] = ()
    clause: str = ""  # the clause the question names ('10.01 b - …'), when the section has it


def direct_references(question: str, snapshot: Snapshot, scope: Scope | None = None,
                      relevance: tuple[str, ...] = ()) -> list[DirectReference]:
    """Sections the question names outright: 'what does 8.2 say', 'Art. 19', 'LOA 14'. When several
    documents in scope have that id, the one written exactly as typed ('6.7', not '6.07';
    'Side Letter 5', not 'Letter 5') wins, then the document the question's words point to
    (``relevance``: contract ids in the order the search ranks them), then the most authoritative."""
    found: list[DirectReference] = []
    contracts = [c for c in _by_authority(snapshot) if scope is None or scope.allows(c.id)]
    order = {cid: i for i, cid in enumerate(relevance)}
    for reference in find_references(question, "question"):
        target = reference.target
        if reference.external or target.kind not in ("section", "article", "unit", "item"):
            continue
        matches = [(c, section) for c in contracts if (section := c.find(target)) is not None]
        typed = target.unit_id if target.kind == "unit" else target.section
        ranked = sorted(enumerate(matches), key=lambda m: (m[1][1].id != typed, order.get(m[1][0].id, len(order)), m[0]))
        pairs = [(c.id, s.id) for _, (c, s) in ranked]
        if pairs and all((d.contract, d.section) != pairs[0] for d in found):
            clause = _named_clause(ranked[0][1][1], target.clause) if target.kind == "section" else ""
            found.append(DirectReference(*pairs[0], elsewhere=tuple(pairs[1:]), clause=clause))
    return found


def unmatched_references(question: str, snapshot: Snapshot, scope: Scope | None = None) -> list[str]:
    """The sections, articles and letters the question names outright that no document in scope
    has ('what does section 4.99 say' of a contract whose Article 4 ends at 4.12), as typed: the
    answer must say so rather than quote whatever the other words find."""
    contracts = [c for c in snapshot.contracts.values() if scope is None or scope.allows(c.id)]
    missing: list[str] = []
    for reference in find_references(question, "question"):
        if reference.external or reference.target.kind not in ("section", "article", "unit", "item"):
            continue
        if any(c.find(reference.target) is not None for c in contracts) or reference.text in missing:
            continue
        target = reference.target
        if target.kind == "section" and "." not in target.section and not target.article and any(
                "." in s.id and id_key(s.id.rsplit(".", 1)[1]) == id_key(target.section)
                for c in contracts for s in c.sections()):
            continue  # 'section 3' of a contract that numbers sections within each article: which one, not none
        missing.append(reference.text)
    return missing


def _named_clause(section: Section, label: str) -> str:
    """The path of the clause a typed label names ('b', 'A', 'A.1'), as the section writes it; ''
    when it has none of that name."""
    if not label:
        return ""
    exact = section.clause(label)
    if exact is not None:
        return exact.path
    folded = [c for c in section.clauses if c.path.lower() == label.lower()]
    return folded[0].path if len(folded) == 1 else ""


def _by_authority(snapshot: Snapshot) -> list[Any]:
    return sorted(snapshot.contracts.values(), key=lambda c: (not c.binding, c.kind != "contract", c.id))


def _dense(snapshot: Snapshot, vector: list[float], scope: Scope | None, k: int) -> list[tuple[ChunkRecord, float]]:
    """The k chunks most similar to the question within the scope: an exact dot product over the
    snapshot's vectors (unit length, so it is the cosine), ties broken by corpus position."""
    matrix = snapshot.vectors
    if not len(matrix):
        return []
    query = np.asarray(vector, dtype=np.float32)
    if scope is None or (scope.everything and not scope.excluded):
        rows = np.arange(len(matrix))
        products = matrix @ query  # no copy of the matrix: every row is wanted
    else:
        spans = [snapshot.spans.get(c) for c in scope.contracts]
        if spans and not scope.excluded and all(span is not None for span in spans):
            kept = [span for span in spans if span is not None]
            rows = np.concatenate([np.arange(*span) for span in kept] or [np.arange(0)])
            products = np.concatenate([matrix[a:b] @ query for a, b in kept] or [np.zeros(0, dtype=np.float32)])
        else:  # a contract whose chunks are not together: pick its rows one by one
            rows = np.array([c.index for c in snapshot.chunks if scope.allows(c.contract)], dtype=np.int64)
            products = matrix[rows] @ query if len(rows) else np.zeros(0, dtype=np.float32)
    if not len(rows):
        return []
    similarity = np.round(products, 6)
    if len(similarity) > k > 0:  # only rows as similar as the k-th can be among the k best
        kth = np.partition(similarity, len(similarity) - k)[len(similarity) - k]
        within = np.flatnonzero(similarity >= kth)
        rows, similarity = rows[within], similarity[within]
    best = np.lexsort((rows, -similarity))[:k]
    return [(snapshot.chunks[int(rows[i])], float(similarity[i])) for i in best]


def search(
    snapshot: Snapshot,
    query: Query,
    scope: Scope | None = None,
    k: int = 10,
    mode: str = "hybrid",
    vector: list[float] | None = None,
    config: RetrievalConfig | None = None,
) -> list[Hit]:
    """Ranked chunks for the question within ``scope`` (None: every document); every hit carries
    both its dense and BM25 evidence. Ties are broken by position in the corpus, so the same
    index always ranks the same way."""
    if mode not in MODES:
        raise ValueError(f"unknown retrieval mode {mode!r}; use one of {', '.join(MODES)}")
    config = config or RetrievalConfig()
    scores: dict[int, Hit] = {}
    if mode in ("hybrid", "bm25"):
        span = snapshot.spans.get(scope.contract) if scope is not None and scope.contract else None
        if span is not None:  # one contract's chunks only: exact, however many contracts the index holds
            ranked = snapshot.bm25.top(query.all_terms, config.candidates, query.weights, span)
        else:
            ranked = snapshot.bm25.top(query.all_terms, config.candidates * 3, query.weights)
            ranked = [(i, s) for i, s in ranked if scope is None or scope.allows(snapshot.chunks[i].contract)][: config.candidates]
        for rank, (index, value) in enumerate(ranked):
            hit = scores.setdefault(index, Hit(snapshot.chunks[index], 0.0))
            hit.bm25, hit.bm25_rank = value, rank
            hit.score += config.bm25_weight / (config.rrf_k + rank)
    if mode in ("hybrid", "dense"):
        vector = vector or snapshot.query_vector(query.search_text).tolist()
        for rank, (chunk, similarity) in enumerate(_dense(snapshot, vector, scope, config.candidates)):
            hit = scores.setdefault(chunk.index, Hit(chunk, 0.0))
            hit.dense, hit.dense_rank = similarity, rank
            hit.score += 1.0 / (config.rrf_k + rank)
    for hit in scores.values():
        if not hit.chunk.metadata.get("binding", True):
            hit.score *= config.non_binding_weight
    return sorted(scores.values(), key=lambda h: (-round(h.score, 12), h.chunk.index))[:k]


def retrieved_sections(hits: list[Hit], limit: int = 10) -> list[Retrieved]:
    """The Answer's `retrieved` field: sections in rank order with their fused scores."""
    return [Retrieved(contract=c, section=s, score=round(v, 5)) for (c, s), v in rank_sections(hits)[:limit]]


def rank_sections(hits: list[Hit]) -> list[tuple[tuple[str, str], float]]:
    """Section-level ranking: a section scores as its best chunk — or, once the learned section
    ranker has scored the hits, by its probability of answering, those it scored first."""
    best: dict[tuple[str, str], float] = {}
    learned: dict[tuple[str, str], float] = {}
    for hit in hits:
        key = (hit.chunk.contract, hit.chunk.section)
        best[key] = max(best.get(key, 0.0), hit.score)
        if hit.section_score is not None:
            learned[key] = hit.section_score
    if learned:
        return sorted(((k, learned.get(k, v)) for k, v in best.items()),
                      key=lambda item: (item[0] not in learned, -round(item[1], 12), -round(best[item[0]], 12), item[0]))
    return sorted(best.items(), key=lambda item: (-round(item[1], 12), item[0]))

