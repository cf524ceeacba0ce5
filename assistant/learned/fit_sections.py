"""Fit the section ranker on the dev split and write ``sections.json`` beside this file:
`python -m assistant.learned.fit_sections` (then refit the outcome model, whose features read the
section order: `python -m assistant.learned.fit_outcome`).

Rows: for every dev question the contract answers (calculator questions and direct look-ups aside),
each of the first ten sections fusion ranks, labelled by whether it is a gold section. A logistic
regression over standardised features (``assistant.section_ranking``) scores them; a question's
sections then rank by that score. What to expect is measured before anything is written: the share
of questions whose first section is a gold one, by fusion and by the ranker, when each question's
rows are predicted by a model fitted without that question (five folds) and without its contract
(each contract with enough questions left out in turn) — the latter is what a contract dropped into
the folder tomorrow will see. Only dev items are read; the test split never is.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from assistant.learned.dev import DEV, dev_items, settings_with
from assistant.section_ranking import SECTION_FEATURES, section_features

HERE = Path(__file__).resolve().parent
C = 0.1  # the logistic regression's inverse regularisation strength (0.03, 0.1 and 1 measured alike on dev)
MIN_CONTRACT_QUESTIONS = 30  # a contract is left out whole only when it has this many questions


def collect(items: list[dict[str, Any]], adapter: Path | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[dict[str, Any]]]:
    """Feature rows, labels and the question each row belongs to; and per question its contract
    and whether it was written blind. Each question is searched with a query adapter fitted
    without it (``adapter``: the one in use for the rest; None: the packaged one)."""
    from assistant.core import Assistant
    from assistant.learned.fit_adapter import each_unseen

    assistant = Assistant(settings_with(query_adapter=adapter))
    rows: list[list[float]] = []
    labels: list[bool] = []
    owner: list[int] = []
    questions: list[dict[str, Any]] = []
    for item in each_unseen(items, assistant):
        if item["kind"] not in ("lookup", "multi", "crossref"):
            continue
        found = assistant.retrieval_for(item["question"], item["contract"], learned=False)
        if found is None or not found[2]:
            continue
        scored = section_features(*found)
        if not scored:
            continue
        gold = {(item["contract"], g["section"]) for g in item["gold"]}
        for s in scored:
            rows.append([s.features[name] for name in SECTION_FEATURES])
            labels.append(s.key in gold)
            owner.append(len(questions))
        questions.append({"id": item["id"], "contract": item["contract"], "blind": item.get("source") == "blind"})
    return np.array(rows, dtype=float), np.array(labels, dtype=bool), np.array(owner), questions


def _model() -> Any:
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), LogisticRegression(C=C, max_iter=3000))


def _first_is_gold(scores: np.ndarray, labels: np.ndarray, owner: np.ndarray, count: int) -> np.ndarray:
    """Per question: is its best-scored section (ties: fusion's order) a gold one?"""
    hit = np.zeros(count, dtype=bool)
    for q in range(count):
        mine = np.flatnonzero(owner == q)
        hit[q] = labels[mine[int(np.argmax(scores[mine]))]]  # argmax keeps the first of equals
    return hit


def _held_out(x: np.ndarray, y: np.ndarray, folds: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    scores = np.zeros(len(y))
    for train, held in folds:
        scores[held] = _model().fit(x[train], y[train]).decision_function(x[held])
    return scores


def fit(x: np.ndarray, y: np.ndarray, owner: np.ndarray, questions: list[dict[str, Any]]) -> dict[str, Any]:
    from sklearn.model_selection import GroupKFold

    count = len(questions)
    contracts = np.array([q["contract"] for q in questions])
    blind = np.array([q["blind"] for q in questions])
    fusion = _first_is_gold(-x[:, SECTION_FEATURES.index("log_rank")], y, owner, count)
    folds = _first_is_gold(_held_out(x, y, list(GroupKFold(n_splits=5).split(x, y, owner))), y, owner, count)
    large = [c for c in sorted(set(contracts)) if np.sum(contracts == c) >= MIN_CONTRACT_QUESTIONS]
    row_contract = contracts[owner]
    unseen = _first_is_gold(_held_out(x, y, [(np.flatnonzero(row_contract != c), np.flatnonzero(row_contract == c))
                                             for c in large]), y, owner, count)
    in_large = np.isin(contracts, large)

    def share(hit: np.ndarray, where: np.ndarray) -> float:
        return round(float(hit[where].mean()), 3) if where.any() else 0.0

    model = _model().fit(x, y)
    scaler, regression = model.steps[0][1], model.steps[1][1]
    return {
        "features": list(SECTION_FEATURES),
        "mean": [round(float(v), 6) for v in scaler.mean_], "scale": [round(float(v), 6) for v in scaler.scale_],
        "coef": [round(float(v), 6) for v in regression.coef_[0]], "intercept": round(float(regression.intercept_[0]), 6),
        "first_section_is_gold": {  # share of dev questions, each predicted without itself
            "questions": count, "blind_questions": int(blind.sum()),
            "fusion": share(fusion, np.ones(count, dtype=bool)), "ranker": share(folds, np.ones(count, dtype=bool)),
            "fusion_blind": share(fusion, blind), "ranker_blind": share(folds, blind),
            "contract_left_out": {"contracts": large, "fusion": share(fusion, in_large), "ranker": share(unseen, in_large)},
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m assistant.learned.fit_sections", description=__doc__)
    parser.add_argument("--gold", nargs="*", type=Path, help="dev JSONL files (default: eval/gold/dev/*.jsonl)")
    parser.add_argument("--out", type=Path, default=HERE / "sections.json")
    parser.add_argument("--adapter", type=Path, help="the query adapter in use (default: the packaged one)")
    args = parser.parse_args(argv)
    paths = args.gold or sorted(DEV.glob("*.jsonl"))
    x, y, owner, questions = collect(dev_items(paths), args.adapter)
    if not len(questions) or y.all() or not y.any():
        raise SystemExit("no dev questions with both gold and other sections retrieved: nothing to fit on")
    spec = fit(x, y, owner, questions)
    spec["fitted_on"] = {"files": [p.name for p in paths], "questions": len(questions), "rows": int(len(y)),
                         "date": time.strftime("%Y-%m-%d")}
    args.out.write_text(json.dumps(spec, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: spec[k] for k in ("first_section_is_gold", "fitted_on")}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
