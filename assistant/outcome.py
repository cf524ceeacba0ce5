"""answered / related / not_covered: decided by a small calibrated classifier, not a threshold.

The features describe the evidence behind the clause the answerer would quote: how similar the
question is to it and to the best section (and by how much more than the runner-up), whether BM25
and the dense retriever agree, how much of the question's content the clause and its section
cover, whether the clause holds the kind of answer asked for (a duration for 'how long'), title
match, words the documents never use, and how sure the learned section ranker is of the best section and
of the quoted clause's. Beside them, the question's vector and the quoted clause's
are projected onto a few principal directions of the dev questions and clauses: what *kind* of
question it is (an amount the contract may not state, a benefit this unit may lack) and what kind of
clause would be quoted, which the scores alone cannot say. The weights are data — ``learned/outcome.json``,
written by ``learned/fit_outcome.py`` from the dev split — so refitting never touches code.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from assistant.errors import ConfigError
from assistant.learned import read_model
from assistant.schema import Outcome

FEATURES = (
    "dense_top", "dense_pick", "dense_margin", "fused_ratio", "bm25_share", "agree",
    "pick_coverage", "section_coverage", "title_match", "asks_type", "type_found", "type_missing",
    "unknown_terms", "log_terms", "pick_rank", "yes_no", "focus_in_pick", "focus_in_section", "missing_share",
    "sentence_pick", "sentence_section", "section_top", "section_pick",
)
CLASSES: tuple[Outcome, ...] = ("answered", "related", "not_covered")
VECTORS = ("question", "clause")  # what Evidence.vectors holds; a model may project either
Vectors = Mapping[str, "np.ndarray | Sequence[float]"]


def projected_names(vector: str, count: int) -> list[str]:
    """The feature names of a vector's projections: 'question_pc1', 'question_pc2', …"""
    return [f"{vector}_pc{i + 1}" for i in range(count)]


@dataclass(frozen=True)
class Decision:
    outcome: Outcome
    probabilities: dict[str, float]


class OutcomeModel:
    """Multinomial logistic regression over standardised features, with the probability of
    `answered` required before quoting as an answer (chosen on dev to keep false answers rare)."""

    def __init__(self, spec: dict[str, Any]):
        self.spec = spec
        self.features: list[str] = list(spec["features"])
        # vector name → (its mean, the directions it is projected on), as fitted on dev
        self.projections: dict[str, tuple[np.ndarray, np.ndarray]] = {
            name: (np.asarray(p["mean"], dtype=float), np.asarray(p["components"], dtype=float).reshape(-1, len(p["mean"])))
            for name, p in spec.get("projections", {}).items()
        }
        computed = set(FEATURES) | {f for name, (_, rows) in self.projections.items() if name in VECTORS
                                    for f in projected_names(name, len(rows))}
        unknown = set(self.features) - computed
        if unknown or list(spec["classes"]) != list(CLASSES):
            raise ConfigError(f"The outcome model names features or classes this code does not compute: "
                              f"{sorted(unknown) or spec['classes']}; refit it with learned/fit_outcome.py.")
        self.mean = [float(v) for v in spec["mean"]]
        self.scale = [float(v) or 1.0 for v in spec["scale"]]
        self.coef = [[float(v) for v in row] for row in spec["coef"]]
        self.intercept = [float(v) for v in spec["intercept"]]
        self.answer_threshold = float(spec["answer_threshold"])

    def project(self, vectors: Vectors | None) -> dict[str, float]:
        """The projected features of the question's and clause's vectors."""
        values: dict[str, float] = {}
        for name, (mean, rows) in self.projections.items():
            vector = (vectors or {}).get(name)
            if vector is None or len(vector) != len(mean):
                raise ConfigError(f"The outcome model projects the {name} vector ({len(mean)} numbers) but the "
                                  f"evidence has {'none' if vector is None else len(vector)}; refit it with "
                                  "`python -m assistant.learned.fit_outcome` after changing the embedding model.")
            projected = rows @ (np.asarray(vector, dtype=float) - mean)
            values.update(zip(projected_names(name, len(rows)), (float(v) for v in projected), strict=True))
        return values

    def probabilities(self, features: dict[str, float],
                      vectors: Vectors | None = None) -> dict[str, float]:
        if self.projections:
            features = features | self.project(vectors)
        x = [(features[name] - m) / s for name, m, s in zip(self.features, self.mean, self.scale, strict=True)]
        logits = [b + sum(w * v for w, v in zip(row, x, strict=True)) for row, b in zip(self.coef, self.intercept, strict=True)]
        top = max(logits)
        exps = [math.exp(v - top) for v in logits]
        total = sum(exps)
        return {name: round(e / total, 6) for name, e in zip(CLASSES, exps, strict=True)}

    def decide(self, features: dict[str, float], vectors: Vectors | None = None) -> Decision:
        p = self.probabilities(features, vectors)
        if p["answered"] >= self.answer_threshold:
            outcome: Outcome = "answered"
        else:
            outcome = "related" if p["related"] >= p["not_covered"] else "not_covered"
        return Decision(outcome, p)


@lru_cache(maxsize=4)
def load_outcome_model(path: Path | None = None) -> OutcomeModel:
    model: OutcomeModel = read_model("outcome.json", path, "outcome model", "python -m assistant.learned.fit_outcome",
                                     OutcomeModel)
    return model
