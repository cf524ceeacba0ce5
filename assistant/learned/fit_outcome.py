"""Fit the outcome model (answered / related / not_covered) on the dev split and write
``outcome.json`` beside this file: `python -m assistant.learned.fit_outcome`.

Labels: a question the contract answers is `answered` when the clause the answerer picks is in a
gold section, and `related` when it is not — the contract has the language, but quoting the picked
clause as the answer would cite the wrong section, so the model must learn to hold back there too;
a `related` question is `related`; an `unanswerable` one `not_covered`. A multinomial logistic
regression over standardised features gives calibrated probabilities. The probability of `answered`
required before quoting as an answer is the lowest whose cross-validated false-answer rate (the
share of dev questions the contract does not answer that would be `answered`) on the blind-written
dev items is at most MAX_FALSE_ANSWERS; the cross-validated predictions are averaged over several
shuffles so that one changed item does not move the threshold. Only dev items are read; the test
split never is.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from assistant.outcome import CLASSES, FEATURES

HERE = Path(__file__).resolve().parent
DEV = HERE.parents[1] / "eval" / "gold" / "dev"
MAX_FALSE_ANSWERS = 0.12
SHUFFLES = 5


def _items(paths: list[Path]) -> list[dict[str, Any]]:
    items = []
    for path in paths:
        if "test" in path.parts:
            raise SystemExit(f"refusing to fit on {path}: the test split is never used for fitting")
        items += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return items


def collect(items: list[dict[str, Any]]) -> tuple[list[list[float]], list[str], list[bool], list[bool],
                                                 list[dict[str, Any]]]:
    """Features, labels, whether it was written blind and whether the contract leaves it unanswered,
    for every dev item with evidence; and what was left out (and why)."""
    from assistant.core import Assistant
    from assistant.settings import Settings

    assistant = Assistant(Settings())
    rows, labels, blind, unanswered, skipped = [], [], [], [], []
    for item in items:
        if item["kind"] == "calc":
            continue
        evidence = assistant.evidence(item["question"], item["contract"])
        if evidence is None or not evidence.picked:
            skipped.append({"id": item["id"], "why": "no evidence (a look-up, a calculator, or nothing retrieved)"})
            continue
        if item["kind"] in ("lookup", "multi", "crossref"):
            gold = {g["section"] for g in item["gold"]}
            label = "answered" if evidence.picked[0].section.id in gold else "related"
        else:
            label = "related" if item["kind"] == "related" else "not_covered"
        rows.append([evidence.features[name] for name in FEATURES])
        labels.append(label)
        blind.append(item.get("source") == "blind")
        unanswered.append(item["kind"] in ("related", "unanswerable"))
    return rows, labels, blind, unanswered, skipped


def choose_threshold(p_answered: np.ndarray, unanswered: np.ndarray) -> float:
    """The lowest threshold whose false-answer rate is at most MAX_FALSE_ANSWERS: every answer the
    contract supports is worth giving, but a question it does not answer must rarely get one."""
    for threshold in np.round(np.arange(0.05, 0.96, 0.01), 2):
        if float(np.mean(p_answered[unanswered] >= threshold)) <= MAX_FALSE_ANSWERS:
            return float(threshold)
    return 0.95


def fit(rows: list[list[float]], labels: list[str], blind: list[bool], unanswered: list[bool]) -> dict[str, Any]:
    """Fit on every dev item; choose the threshold on the cross-validated predictions of the items
    written blind, because those — not the older items the project was once tuned on — are what
    questions from members look like."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    x = np.array(rows, dtype=float)
    y = np.array([CLASSES.index(label) for label in labels])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    model = LogisticRegression(C=0.1, max_iter=3000, class_weight="balanced")
    cv = np.mean([cross_val_predict(model, z, y, cv=StratifiedKFold(n_splits=5, shuffle=True, random_state=seed),
                                    method="predict_proba") for seed in range(SHUFFLES)], axis=0)
    chosen = np.array(blind) if any(blind) else np.ones(len(labels), dtype=bool)
    not_answered = np.array(unanswered)[chosen]
    threshold = choose_threshold(cv[chosen, 0], not_answered)
    model.fit(z, y)
    cv, y = cv[chosen], y[chosen]
    said = cv[:, 0] >= threshold
    truth = y == 0
    bins = []
    for low in np.arange(0.0, 1.0, 0.1):
        inside = (cv[:, 0] >= low) & (cv[:, 0] < low + 0.1 + (1e-9 if low >= 0.9 else 0))
        if inside.any():
            bins.append({"from": round(float(low), 1), "to": round(float(low) + 0.1, 1), "items": int(inside.sum()),
                         "predicted": round(float(cv[inside, 0].mean()), 3), "observed": round(float(truth[inside].mean()), 3)})
    answerable = ~not_answered
    return {
        "features": list(FEATURES), "classes": list(CLASSES),
        "mean": [round(float(v), 6) for v in mean], "scale": [round(float(v), 6) for v in scale],
        "coef": [[round(float(v), 6) for v in row] for row in model.coef_],
        "intercept": [round(float(v), 6) for v in model.intercept_],
        "answer_threshold": threshold,
        "cross_validated": {  # on the blind-written dev items
            "items": int(len(y)),
            "false_answer_rate": round(float(np.mean(said[not_answered])), 3) if not_answered.any() else 0.0,
            "false_abstention": round(float(np.mean(~said[answerable])), 3) if answerable.any() else 0.0,
            "wrong_section_answers": int(np.sum(said & answerable & ~truth)),
            "calibration": bins,
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m assistant.learned.fit_outcome", description=__doc__)
    parser.add_argument("--gold", nargs="*", type=Path, help="dev JSONL files (default: eval/gold/dev/*.jsonl)")
    parser.add_argument("--out", type=Path, default=HERE / "outcome.json")
    args = parser.parse_args(argv)
    paths = args.gold or sorted(DEV.glob("*.jsonl"))
    rows, labels, blind, unanswered, skipped = collect(_items(paths))
    spec = fit(rows, labels, blind, unanswered)
    spec["fitted_on"] = {"files": [p.name for p in paths], "items": len(labels),
                         "per_class": {c: labels.count(c) for c in CLASSES}, "left_out": len(skipped),
                         "date": time.strftime("%Y-%m-%d")}
    args.out.write_text(json.dumps(spec, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: spec[k] for k in ("answer_threshold", "cross_validated", "fitted_on")}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
