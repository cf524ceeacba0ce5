"""Evaluators as plain functions (answer, item) → score; metric names as constants."""

from __future__ import annotations

import re
from typing import Any

from assistant.schema import Answer
from assistant.snapshot import Snapshot
from assistant.text import occurs_in, tokens

HIT1, HIT5, MRR = "hit@1", "hit@5", "mrr"
PRECISION, RECALL, F1 = "citation_precision", "citation_recall", "citation_f1"
CLAUSE_PRECISION, CLAUSE_RECALL = "clause_precision", "clause_recall"
VERBATIM = "verbatim_quote_rate"
CORRECT_ABSTAIN, FALSE_ABSTAIN = "correct_abstention", "false_abstention"
CALC_EXACT = "calc_exact_match"
MUST_CONTAIN = "must_contain_rate"
FAITHFUL = "faithfulness"
P50, P95 = "latency_p50_ms", "latency_p95_ms"
ORDER = [HIT1, HIT5, MRR, PRECISION, RECALL, F1, CLAUSE_PRECISION, CLAUSE_RECALL, VERBATIM, CORRECT_ABSTAIN,
         FALSE_ABSTAIN, CALC_EXACT, MUST_CONTAIN, FAITHFUL, P50, P95]
LOWER_IS_BETTER = {FALSE_ABSTAIN, P50, P95}


def gold_sections(item: dict[str, Any]) -> set[tuple[str, str]]:
    return {(item["contract"], g["section"]) for g in item["gold"]}


def rank_of_gold(answer: Answer, item: dict[str, Any]) -> int | None:
    wanted = gold_sections(item)
    for rank, r in enumerate(answer.retrieved, 1):
        if (r.contract, r.section) in wanted:
            return rank
    return None


def _clause_related(a: str, b: str) -> bool:
    """A cited clause matches the gold one if it is the same, its parent, or one of its items."""
    if not a or not b:
        return True
    return a == b or a.startswith(b + ".") or b.startswith(a + ".")


def citation_scores(answer: Answer, item: dict[str, Any]) -> dict[str, float]:
    cited = [(c.contract, c.section, c.clause) for c in answer.citations]
    gold = [(item["contract"], g["section"], g.get("clause", "")) for g in item["gold"]]
    if not cited:
        return {PRECISION: 0.0, RECALL: 0.0, F1: 0.0, CLAUSE_PRECISION: 0.0, CLAUSE_RECALL: 0.0}
    sections = {(c, s) for c, s, _ in gold}
    precision = sum((c, s) in sections for c, s, _ in cited) / len(cited)
    recall = sum(any((c, s) == (gc, gs) for c, s, _ in cited) for gc, gs in sections) / len(sections)
    clause_ok = [any((c, s) == (gc, gs) and _clause_related(cl, gcl) for gc, gs, gcl in gold) for c, s, cl in cited]
    clause_recall = sum(any((c, s) == (gc, gs) and _clause_related(cl, gcl) for c, s, cl in cited) for gc, gs, gcl in gold) / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {PRECISION: precision, RECALL: recall, F1: f1, CLAUSE_PRECISION: sum(clause_ok) / len(cited),
            CLAUSE_RECALL: clause_recall}


def verbatim_rate(answer: Answer, snapshot: Snapshot) -> float | None:
    """Share of quotes found word for word in the clause (or section) they cite."""
    if not answer.citations:
        return None
    good = 0
    for citation in answer.citations:
        contract = snapshot.contracts.get(citation.contract)
        section = contract.section(citation.section) if contract else None
        if section is None:
            continue
        clause = section.clause(citation.clause) if citation.clause else None
        good += occurs_in(citation.quote, clause.text if clause else section.text)
    return good / len(answer.citations)


def must_contain(answer: Answer, item: dict[str, Any]) -> float:
    text = answer.answer.lower()
    return float(all(s.lower() in text for s in item["must_contain"]))


def calc_exact(answer: Answer, item: dict[str, Any]) -> float:
    expected = item.get("expected") or {}
    if answer.tool is None or answer.tool.name != expected.get("tool"):
        return 0.0
    if "needs" in expected:
        return float(answer.needs == expected["needs"])
    values = (answer.tool.output or {}).get("values", {})
    for key, value in expected.get("values", {}).items():
        got = values.get(key)
        if isinstance(value, float) or isinstance(got, float):
            if got is None or abs(float(got) - float(value)) > 1e-6:
                return 0.0
        elif got != value:
            return 0.0
    return 1.0


def faithfulness(answer: Answer, snapshot: Snapshot, threshold: float = 0.5) -> float | None:
    """Each sentence shares at least half its content words with a clause it cites (no LLM judge)."""
    if not answer.citations:
        return None
    clause_words = []
    for citation in answer.citations:
        section = snapshot.contracts[citation.contract].section(citation.section)
        clause = section.clause(citation.clause) if section and citation.clause else None
        clause_words.append(set(tokens(clause.text if clause else (section.text if section else ""))))
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", answer.answer) if tokens(s)]
    if not sentences:
        return None
    supported = 0
    for sentence in sentences:
        words = set(tokens(sentence))
        supported += any(len(words & cw) / len(words) >= threshold for cw in clause_words)
    return supported / len(sentences)


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, int(round(q * (len(ordered) - 1)))))
    return ordered[index]
