"""Which retrieved section answers: a learned ranking over the fused one.

Reciprocal-rank fusion weighs the BM25 and dense lists by rank alone; it cannot see that the
section whose title names the question's subject, whose clauses hold the kind of answer asked for
('how many days') and whose one sentence comes closest to the question is likelier to answer than a
section that merely shares its words. A logistic regression over those signals, fitted on the dev
split (``learned/fit_sections.py``), scores each retrieved section; its weights are data in
``learned/sections.json``, so refitting never touches code and nothing in it names a contract.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.answer_types import holds, question_type
from assistant.errors import ConfigError
from assistant.extractive import SPECIFIC_TYPES, coverage, focus_terms, idf_weights, lexical
from assistant.learned import read_model
from assistant.retrieval import Hit, Query, rank_sections
from assistant.snapshot import Snapshot
from assistant.text import tokens

# Each section's own evidence, then how far it falls short of the best candidate on the strongest
# signals (a section is judged against the others retrieved for the same question).
OWN = ("fused", "log_rank", "dense", "bm25", "log_dense_rank", "log_bm25_rank", "chunks", "title", "coverage",
       "focus", "sentence", "lexical", "typed", "log_length", "binding")
BEHIND = ("fused", "dense", "bm25", "sentence", "lexical", "coverage", "title")
SECTION_FEATURES = (*OWN, *(f"{name}_behind" for name in BEHIND), "typed_asked")
LIMIT = 10  # sections scored per question: the fused ranking's first ten


@dataclass(frozen=True)
class Scored:
    key: tuple[str, str]
    features: dict[str, float]


def section_features(snapshot: Snapshot, query: Query, hits: list[Hit], limit: int = LIMIT) -> list[Scored]:
    """The features of the fused ranking's first `limit` sections, in that order."""
    ranked = rank_sections([_fused(h) for h in hits])[:limit]
    if not ranked:
        return []
    weights = idf_weights(snapshot, query)
    answer_type = question_type(query.text)
    asks = answer_type in SPECIFIC_TYPES
    vector = snapshot.query_vector(query.search_text)
    focus = focus_terms(snapshot, query)
    idf_mass = sum(snapshot.bm25.idf.get(t, 0.0) for t in set(query.terms)) * (snapshot.bm25.k1 + 1) or 1.0
    found: list[Scored] = []
    for rank, ((contract_id, section_id), fused) in enumerate(ranked):
        contract = snapshot.contracts[contract_id]
        section = contract.section(section_id)
        if section is None:
            continue
        mine = [h for h in hits if (h.chunk.contract, h.chunk.section) == (contract_id, section_id)]
        words = set(tokens(f"{section.title} {section.text}"))
        found.append(Scored((contract_id, section_id), {
            "fused": fused,
            "log_rank": math.log1p(rank),
            "dense": max(h.dense for h in mine),
            "bm25": max(h.bm25 for h in mine) / idf_mass,
            "log_dense_rank": math.log1p(min((h.dense_rank for h in mine if h.dense_rank is not None), default=40)),
            "log_bm25_rank": math.log1p(min((h.bm25_rank for h in mine if h.bm25_rank is not None), default=40)),
            "chunks": float(len(mine)),
            "title": coverage(snapshot, query, section.title),
            "coverage": coverage(snapshot, query, f"{section.title} {section.text}"),
            "focus": sum(t in words for t in focus) / len(focus) if focus else 0.0,
            "sentence": snapshot.sentences.best(vector, [(contract_id, section_id, c.path) for c in section.clauses]),
            "lexical": max((lexical(c.text, weights) for c in section.clauses), default=0.0),
            "typed": float(asks and any(holds(c.text, answer_type) for c in section.clauses)),
            "log_length": math.log1p(len(section.text)),
            "binding": float(contract.binding),
        }))
    for name in BEHIND:
        top = max(s.features[name] for s in found)
        for scored in found:
            scored.features[f"{name}_behind"] = scored.features[name] - top
    for scored in found:
        scored.features["typed_asked"] = scored.features["typed"] * float(asks)
    return found


def _fused(hit: Hit) -> Hit:
    """The hit as fusion ranked it (features never depend on an earlier learned ranking)."""
    return hit if hit.section_score is None else replace(hit, section_score=None)


class SectionRanker:
    """Logistic regression over standardised section features; the probability is the score."""

    def __init__(self, spec: dict[str, Any]):
        self.spec = spec
        self.features: list[str] = list(spec["features"])
        unknown = set(self.features) - set(SECTION_FEATURES)
        if unknown:
            raise ConfigError(f"The section ranking model names features this code does not compute: {sorted(unknown)}; "
                              "refit it with `python -m assistant.learned.fit_sections`.")
        self.mean = [float(v) for v in spec["mean"]]
        self.scale = [float(v) or 1.0 for v in spec["scale"]]
        self.coef = [float(v) for v in spec["coef"]]
        self.intercept = float(spec["intercept"])
        if not len(self.features) == len(self.mean) == len(self.scale) == len(self.coef):
            raise ConfigError("The section ranking model's features, mean, scale and coef differ in length; "
                              "refit it with `python -m assistant.learned.fit_sections`.")

    def probability(self, features: dict[str, float]) -> float:
        z = self.intercept + sum(w * (features[name] - m) / s for name, m, s, w
                                 in zip(self.features, self.mean, self.scale, self.coef, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def rank(self, snapshot: Snapshot, query: Query, hits: list[Hit]) -> list[Hit]:
        """The hits, each carrying its section's probability when the section was scored; their
        sections then rank by it (see `rank_sections`)."""
        scores = {s.key: round(self.probability(s.features), 6) for s in section_features(snapshot, query, hits)}
        for hit in hits:
            hit.section_score = scores.get((hit.chunk.contract, hit.chunk.section))
        return hits


@lru_cache(maxsize=4)
def load_section_ranker(path: Path | None = None) -> SectionRanker:
    ranker: SectionRanker = read_model("sections.json", path, "section ranking model",
                                       "python -m assistant.learned.fit_sections", SectionRanker)
    return ranker
