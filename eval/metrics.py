"""Evaluators as plain functions (answer, item) → score; metric names as constants.

Item kinds: ``lookup`` (one clause answers), ``multi`` (two or more clauses), ``crossref`` (the
answer sits behind a reference), ``calc`` (a calculator computes it), ``related`` (the contract has
nearby language but does not settle it) and ``unanswerable`` (the contract is silent).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from assistant.schema import Answer
from assistant.snapshot import Snapshot
from assistant.text import occurs_in, tokens

HIT1, HIT5, MRR = "hit@1", "hit@5", "mrr"
PRECISION, RECALL, F1 = "citation_precision", "citation_recall", "citation_f1"
CLAUSE_PRECISION, CLAUSE_RECALL = "clause_precision", "clause_recall"
VERBATIM = "verbatim_quote_rate"
KEY_FACT = "key_fact_rate"
FALSE_ABSTAIN = "false_abstention"
CORRECT_UNANSWERED = "correct_not_answered"  # the expected one of related / not_covered
NOT_ANSWERED = "unanswered_not_answered"  # any outcome but `answered` on a question the contract does not answer
FALSE_ANSWER = "false_answer_rate"  # `answered` on a question the contract does not answer
RELATED_CITES_GOLD = "related_cites_closest"
CALC_EXACT = "calc_exact_match"
# A calculator question answered with a number that is not the expected one (or with a number where the
# member should have been asked for a missing fact): the failure that costs a grievance, counted apart
# from a question left to the clauses or answered with a follow-up.
CALC_WRONG = "calc_wrong_value"
FAITHFUL = "faithfulness"
P50, P95 = "latency_p50_ms", "latency_p95_ms"
ORDER = [HIT1, HIT5, MRR, PRECISION, RECALL, F1, CLAUSE_PRECISION, CLAUSE_RECALL, VERBATIM, KEY_FACT, FALSE_ABSTAIN,
         CORRECT_UNANSWERED, NOT_ANSWERED, FALSE_ANSWER, RELATED_CITES_GOLD, CALC_EXACT, CALC_WRONG, FAITHFUL, P50, P95]
LOWER_IS_BETTER = {FALSE_ABSTAIN, FALSE_ANSWER, CALC_WRONG, P50, P95}

ANSWERABLE = ("lookup", "multi", "crossref")
UNANSWERED = ("related", "unanswerable")
KINDS = (*ANSWERABLE, "calc", *UNANSWERED)


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
    quoted = [*answer.citations, *answer.closest]
    if not quoted:
        return None
    good = 0
    for citation in quoted:
        contract = snapshot.contracts.get(citation.contract)
        section = contract.section(citation.section) if contract else None
        if section is None:
            continue
        clause = section.clause(citation.clause) if citation.clause else None
        good += occurs_in(citation.quote, clause.text if clause else section.text)
    return good / len(quoted)


def key_fact(answer: Answer, item: dict[str, Any]) -> float:
    """Every key fact (verbatim contract words) appears in the answer text, spacing and case aside."""
    text = " ".join(answer.answer.lower().split())
    return float(all(" ".join(s.lower().split()) in text for s in item["must_contain"]))


def _same_value(got: Any, wanted: Any) -> bool:
    if isinstance(wanted, bool) or isinstance(got, bool):
        return got == wanted
    if isinstance(wanted, int | float) and isinstance(got, int | float):
        # Calculators report hours to three decimals: 2.585 is the 2.5848 a question writer worked by hand.
        return abs(float(got) - float(wanted)) <= 0.0005 + 1e-9
    if isinstance(wanted, str) and isinstance(got, str):
        return got.strip().lower() == wanted.strip().lower()
    return bool(got == wanted)


def _cites_gold(answer: Answer, item: dict[str, Any]) -> bool:
    """The answer cites a section the item's gold cites, in the item's contract."""
    gold = {str(g.get("section")) for g in item.get("gold") or []}
    return any(c.section in gold and c.contract == item.get("contract") for c in answer.citations)


def calc_exact(answer: Answer, item: dict[str, Any]) -> float:
    """The item's tool answered (any tool, for an item whose family is 'other') and its primary result
    is the expected value (legacy items list several output values; a `needs` item expects the tool
    to ask for the missing fact)."""
    expected = item.get("expected") or {}
    tool = answer.tool
    # 'other' is what a question writer calls a calculation none of the named families covers: any
    # tool that computes the expected value answers it. So does another family's tool that gives the same
    # sum of money or date as its result ('pay for the shift, premium included' from the overtime tool's day
    # with the premium, where the writer filed it under night shift): a figure to the cent or to the day is
    # not matched by chance; a count of hours may be, so there the family must match.
    # A tool that computes the value from the very clause the writer cites answers it too, whatever family the writer
    # filed it under (telephone-call comp time filed as overtime, travel status leave as leave accrual): the cited
    # clause, not the label, says which calculation it is.
    other_family_ok = (expected.get("type") in ("money", "date") or _cites_gold(answer, item)) and "values" not in expected
    if tool is None or (tool.name != expected.get("tool") and expected.get("tool") != "other" and not other_family_ok):
        return 0.0
    output = tool.output or {}
    if "values" in expected or isinstance(expected.get("needs"), list):
        if "needs" in expected:
            return float(answer.needs == expected["needs"])
        values = output.get("values", {})
        return float(all(_same_value(values.get(k), v) for k, v in expected["values"].items()))
    if expected.get("type") == "needs":
        return float(bool(answer.needs))
    primary = output.get("primary") or {}
    got = primary.get("value")
    # The same length of time in another unit is the same answer: 0.75 hours of CTO is 45 minutes.
    units = {"hours": 60.0, "minutes": 1.0}
    if primary.get("type") in units and expected.get("type") in units and isinstance(got, int | float) \
            and not isinstance(got, bool) and primary.get("type") != expected.get("type"):
        got = round(float(got) * units[str(primary["type"])] / units[str(expected["type"])], 6)
    wanted = expected.get("value")
    if expected.get("type") in ("hours", "minutes", "days") and isinstance(wanted, float) and isinstance(got, int | float) \
            and not isinstance(got, bool) and len(repr(wanted).partition(".")[2]) == 2:
        # a length of time worked by hand to two decimals ('about 3.94 hours') is the calculator's 3.939 rounded
        return float(round(float(got) + 1e-9, 2) == wanted)
    return float(_same_value(got, wanted))


def computed_value(answer: Answer) -> bool:
    """A tool gave the member a result (not only a follow-up question)."""
    primary = (answer.tool.output or {}).get("primary") if answer.tool else None
    # A figure given with a follow-up ('3 hours at the overtime rate; what is your hourly rate?') was still given.
    return isinstance(primary, dict) and bool(primary) and primary.get("type") != "needs"


def asked_on(item: dict[str, Any]) -> date | None:
    """The day the question is asked, for items whose dates omit a year or say 'two weeks ago'."""
    value = (item.get("expected") or {}).get("asked_on")
    return date.fromisoformat(value) if value else None


def faithfulness(answer: Answer, snapshot: Snapshot, threshold: float = 0.5) -> float | None:
    """Each sentence shares at least half its content words with a clause it cites (no LLM judge)."""
    if not answer.citations:
        return None
    clause_words = []
    for citation in answer.citations:
        section = snapshot.contracts[citation.contract].section(citation.section)
        clause = section.clause(citation.clause) if section and citation.clause else None
        clause_words.append(set(tokens(clause.text if clause else (section.text if section else ""))))
    text = answer.answer
    for note in answer.notes:  # the system's own notes (a term that ended, a spelling read) are not the model's claims
        text = text.replace(f"_{note}_", "")
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if tokens(s)]
    if not sentences:
        return None
    supported = 0
    for sentence in sentences:
        words = set(tokens(sentence))
        supported += any(len(words & cw) / len(words) >= threshold for cw in clause_words)
    return supported / len(sentences)


def score(answer: Answer, item: dict[str, Any], snapshot: Snapshot) -> dict[str, float]:
    """Every metric that applies to this item's kind."""
    kind = item["kind"]
    scores: dict[str, float] = {}
    answered = answer.outcome == "answered"
    if kind in ANSWERABLE:
        rank = rank_of_gold(answer, item)
        scores[HIT1] = float(rank == 1)
        scores[HIT5] = float(rank is not None and rank <= 5)
        scores[MRR] = 1.0 / rank if rank else 0.0
        scores[FALSE_ABSTAIN] = float(not answered)
        if answered:
            scores.update(citation_scores(answer, item))
        if item["must_contain"]:
            scores[KEY_FACT] = key_fact(answer, item)
    elif kind == "calc":
        scores[CALC_EXACT] = calc_exact(answer, item)
        scores[CALC_WRONG] = float(not scores[CALC_EXACT] and computed_value(answer))
    elif kind in UNANSWERED:
        expected = item.get("outcome") or ("related" if kind == "related" else "not_covered")
        scores[CORRECT_UNANSWERED] = float(answer.outcome == expected)
        scores[NOT_ANSWERED] = float(not answered)
        scores[FALSE_ANSWER] = float(answered)
        if kind == "related" and answer.outcome == "related":
            shown = {(c.contract, c.section) for c in [*answer.closest, *answer.see_also]}
            scores[RELATED_CITES_GOLD] = float(bool(shown & gold_sections(item)))
    verbatim = verbatim_rate(answer, snapshot)
    if verbatim is not None:
        scores[VERBATIM] = verbatim
    return scores


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, int(round(q * (len(ordered) - 1)))))
    return ordered[index]
