"""answered / related / not_covered: decided by a small calibrated classifier, not a threshold.

The features describe the evidence behind the clause the answerer would quote: how similar the
question is to it and to the best section (and by how much more than the runner-up), whether BM25
and the dense retriever agree, how much of the question's content the clause and its section
cover, whether the clause holds the kind of answer asked for (a duration for 'how long'), title
match, and words the documents never use. The weights are data — ``learned/outcome.json``,
written by ``learned/fit_outcome.py`` from the dev split — so refitting never touches code.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from assistant.errors import ConfigError
from assistant.schema import Outcome

FEATURES = (
    "dense_top", "dense_pick", "dense_margin", "fused_ratio", "bm25_share", "agree",
    "pick_coverage", "section_coverage", "title_match", "asks_type", "type_found", "type_missing",
    "unknown_terms", "log_terms", "pick_rank", "yes_no", "focus_in_pick", "focus_in_section", "missing_share",
    "sentence_pick", "sentence_section",
)
CLASSES: tuple[Outcome, ...] = ("answered", "related", "not_covered")


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
        unknown = set(self.features) - set(FEATURES)
        if unknown or list(spec["classes"]) != list(CLASSES):
            raise ConfigError(f"The outcome model names features or classes this code does not compute: "
                              f"{sorted(unknown) or spec['classes']}; refit it with learned/fit_outcome.py.")
        self.mean = [float(v) for v in spec["mean"]]
        self.scale = [float(v) or 1.0 for v in spec["scale"]]
        self.coef = [[float(v) for v in row] for row in spec["coef"]]
        self.intercept = [float(v) for v in spec["intercept"]]
        self.answer_threshold = float(spec["answer_threshold"])

    def probabilities(self, features: dict[str, float]) -> dict[str, float]:
        x = [(features[name] - m) / s for name, m, s in zip(self.features, self.mean, self.scale, strict=True)]
        logits = [b + sum(w * v for w, v in zip(row, x, strict=True)) for row, b in zip(self.coef, self.intercept, strict=True)]
        top = max(logits)
        exps = [math.exp(v - top) for v in logits]
        total = sum(exps)
        return {name: round(e / total, 6) for name, e in zip(CLASSES, exps, strict=True)}

    def decide(self, features: dict[str, float]) -> Decision:
        p = self.probabilities(features)
        if p["answered"] >= self.answer_threshold:
            outcome: Outcome = "answered"
        else:
            outcome = "related" if p["related"] >= p["not_covered"] else "not_covered"
        return Decision(outcome, p)


@lru_cache(maxsize=4)
def load_outcome_model(path: Path | None = None) -> OutcomeModel:
    try:
        if path is None:
            text = resources.files("assistant").joinpath("learned/outcome.json").read_text(encoding="utf-8")
        else:
            text = path.read_text(encoding="utf-8")
        return OutcomeModel(json.loads(text))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"The outcome model {path or 'learned/outcome.json'} cannot be read ({exc}); "
                          "refit it with `python -m assistant.learned.fit_outcome`.") from exc
