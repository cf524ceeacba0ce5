"""The default answerer: no LLM, only the contract's own words, quoted, each with its citation.

It picks the one or two clauses of the best sections that share the most (rare) words with the
question, quotes them verbatim, and abstains when the best evidence is too weak, naming the
closest sections instead of quoting something unrelated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.citations import best_quote, make_citation
from assistant.retrieval import Hit, Query, rank_sections, retrieved_sections
from assistant.schema import Answer, Citation, Retrieved
from assistant.snapshot import Snapshot
from assistant.text import tokens
from ingest.structure import Clause, Contract, Section, citation_label

SECTION_PRIOR = (0.35, 0.1, 0.0, -0.05)  # added to a clause's score by its section's rank
DENSE_WEIGHT = 1.0
TITLE_WEIGHT = 0.5  # a question naming the section's subject ('electronic monitoring') favours its clauses
DENSE_SHARE = 0.7  # confidence = 0.7 × best similarity + 0.3 × coverage − penalty
UNKNOWN_PENALTY = 0.1
SECOND_SAME_SECTION = 0.15  # a second clause is quoted when it scores within this of the best
SECOND_OTHER_SECTION = 0.35
TWO_PART = re.compile(r"\b(and|also|both)\b.*\b(what|how|when|which|is|are|do|does|can)\b|\bboth\b|,\s*and\b", re.IGNORECASE)
SEE_ALSO = 3


@dataclass
class Scored:
    contract: Contract
    section: Section
    clause: Clause
    score: float


def _idf_weights(snapshot: Snapshot, query: Query) -> dict[str, float]:
    weights = {t: snapshot.bm25.idf.get(t, 0.0) for t in query.terms}
    for term, factor in query.weights.items():
        if term not in weights:
            weights[term] = snapshot.bm25.idf.get(term, 0.0) * factor
    return weights


def lexical(text: str, weights: dict[str, float]) -> float:
    present = set(tokens(text))
    return sum(w for t, w in weights.items() if t in present)


def coverage(snapshot: Snapshot, query: Query, text: str) -> float:
    """Share of the question's own (idf-weighted) words that the text contains, counting glossary synonyms."""
    # A word the documents never use counts fully against coverage: 'goldfish' is not in the contract.
    unseen = max(snapshot.bm25.idf.values(), default=1.0)
    own = {t: snapshot.bm25.idf.get(t, unseen) for t in query.terms}
    total = sum(own.values())
    if not total:
        return 0.0
    present = set(tokens(text))
    expansion_hit = any(t in present for t in query.weights)
    found = sum(w for t, w in own.items() if t in present)
    return min(1.0, found / total + (0.25 if expansion_hit else 0.0))


def unknown_terms(snapshot: Snapshot, query: Query) -> list[str]:
    """Question words no document uses and no glossary phrase explains ('tattoos', 'Texas')."""
    return [t for t in query.terms if t not in snapshot.bm25.idf and t not in query.explained]


def confidence(snapshot: Snapshot, query: Query, hits: list[Hit]) -> float:
    """How well the documents answer: the best similarity, word coverage of the top section, and a
    penalty for several words the documents never use. Weights calibrated on the gold set."""
    if not hits:
        return 0.0
    top = rank_sections(hits)[0][0]
    section_hits = [h for h in hits if (h.chunk.contract, h.chunk.section) == top]
    dense = max(h.dense for h in hits)
    text = " ".join(h.chunk.text for h in section_hits)
    unknown = len(unknown_terms(snapshot, query))
    covered = coverage(snapshot, query, text)
    if not any(h.dense for h in hits):  # BM25-only retrieval: word coverage is the only evidence
        return covered - UNKNOWN_PENALTY * max(0, unknown - 1)
    return DENSE_SHARE * dense + (1 - DENSE_SHARE) * covered - UNKNOWN_PENALTY * max(0, unknown - 1)


def pick_clauses(snapshot: Snapshot, query: Query, sections: list[tuple[str, str]], limit: int = 2,
                 hits: list[Hit] | None = None) -> list[Scored]:
    """Clauses of the best sections, scored by rare shared words, their chunk's similarity and section rank."""
    weights = _idf_weights(snapshot, query)
    dense: dict[tuple[str, str, str], float] = {}
    for hit in hits or []:
        for path in hit.chunk.clause_paths:
            key = (hit.chunk.contract, hit.chunk.section, path)
            dense[key] = max(dense.get(key, 0.0), hit.dense)
    raw: list[tuple[Contract, Section, Clause, float, int, int]] = []
    for rank, (contract_id, section_id) in enumerate(sections[: len(SECTION_PRIOR)]):
        contract = snapshot.contracts[contract_id]
        section = contract.section(section_id)
        if section is None:
            continue
        title_bonus = TITLE_WEIGHT * lexical(section.title, weights)
        for position, clause in enumerate(section.clauses):
            own = lexical(clause.text, weights)
            context = lexical(_ancestors_text(section, clause), weights)
            # Words only the parent has ('may be filed no later than:') count half.
            raw.append((contract, section, clause, own + 0.5 * max(context - own, 0.0) + title_bonus, rank, position))
    if not raw:
        return []
    top = max(r[3] for r in raw) or 1.0
    candidates = []
    for contract, section, clause, lex, rank, position in raw:
        similarity = dense.get((contract.id, section.id, clause.path), 0.0)
        score = lex / top + DENSE_WEIGHT * similarity + SECTION_PRIOR[rank] - 0.001 * position
        candidates.append(Scored(contract, section, clause, score if lex > 0 else 0.0))
    candidates.sort(key=lambda s: -s.score)
    picked = [candidates[0]]
    # A clause from a second section only when the question asks two things ('… and what …').
    two_part = bool(TWO_PART.search(query.text))
    for other in candidates[1:]:
        if len(picked) >= limit:
            break
        same = other.section is picked[0].section
        if not same and not two_part:
            continue
        margin = SECOND_SAME_SECTION if same else SECOND_OTHER_SECTION
        if other.score > 0 and other.score >= picked[0].score - margin:
            picked.append(other)
    return picked


def _ancestors_text(section: Section, clause: Clause) -> str:
    parts = clause.path.split(".")
    texts = [c.text for i in range(1, len(parts)) if (c := section.clause(".".join(parts[:i]))) is not None]
    return " ".join(texts + [clause.text])


def _parent(section: Section, clause: Clause) -> Clause | None:
    """'A formal grievance may be filed no later than:' gives its items their meaning."""
    if "." not in clause.path:
        return None
    parent = section.clause(clause.path.rsplit(".", 1)[0])
    if parent is not None and parent.text.rstrip().endswith(":") and len(parent.text) < 400:
        return parent
    return None


def quote_clauses(snapshot: Snapshot, query: Query, picked: list[Scored]) -> list[Citation]:
    weights = _idf_weights(snapshot, query)
    citations: list[Citation] = []
    seen: set[tuple[str, str, str]] = set()
    ordered = sorted(picked, key=lambda s: (s.contract.id, s.section.id, s.clause.start))
    for scored in ordered:
        parent = _parent(scored.section, scored.clause)
        for clause in ([parent] if parent else []) + [scored.clause]:
            key = (scored.contract.id, scored.section.id, clause.path)
            if key in seen:
                continue
            seen.add(key)
            quote = best_quote(clause.text, lambda s: lexical(s, weights))
            citations.append(make_citation(scored.contract, scored.section, clause, quote))
    return citations


def render(lead: str, citations: list[Citation]) -> str:
    lines = [lead]
    for citation in citations:
        lines.append("")
        lines.extend(f"> {line}" if line else ">" for line in citation.quote.split("\n"))
        lines.append(f"— {citation.label}, {citation.document}")
    return "\n".join(lines)


def lead_in(citations: list[Citation], contracts: dict[str, Contract]) -> str:
    first = citations[0]
    titles = []
    for c in citations:
        if c.title not in titles:
            titles.append(c.title)
    lead = f"Here is what the {first.document} says ({' and '.join(f'*{t}*' for t in titles)}):"
    non_binding = {c.document for c in citations if not contracts[c.contract].binding}
    if non_binding:
        lead += f" Note: {', '.join(sorted(non_binding))} is guidance or news, not contract language."
    return lead


def abstain(snapshot: Snapshot, query: Query, hits: list[Hit], retrieved: list[Retrieved]) -> Answer:
    see_also: list[Citation] = []
    for (contract_id, section_id), _ in rank_sections(hits)[:SEE_ALSO]:
        contract = snapshot.contracts[contract_id]
        section = contract.section(section_id)
        if section is not None and section.clauses:
            see_also.append(make_citation(contract, section, None, section.clauses[0].text[:200]))
    text = (
        "The contract doesn't address this directly, so I won't quote a clause that doesn't answer it. "
        "Please ask your steward."
    )
    if see_also:
        text += "\nSee also: " + "; ".join(f"{c.label} {c.title} ({c.document})" for c in see_also)
    return Answer(answer=text, outcome="not_covered", abstained=True, see_also=see_also, retrieved=retrieved)


def extractive_answer(
    snapshot: Snapshot, query: Query, hits: list[Hit], threshold: float, direct: list[tuple[str, str]] | None = None
) -> Answer:
    retrieved = retrieved_sections(hits)
    if direct:
        return _direct_answer(snapshot, query, direct, retrieved)
    if not hits or confidence(snapshot, query, hits) < threshold:
        return abstain(snapshot, query, hits, retrieved)
    picked = pick_clauses(snapshot, query, [(r.contract, r.section) for r in retrieved], hits=hits)
    if not picked or picked[0].score <= 0:
        return abstain(snapshot, query, hits, retrieved)
    citations = quote_clauses(snapshot, query, picked)
    return Answer(answer=render(lead_in(citations, snapshot.contracts), citations), citations=citations, retrieved=retrieved)


def _direct_answer(snapshot: Snapshot, query: Query, direct: list[tuple[str, str]], retrieved: list[Retrieved]) -> Answer:
    """'What does 8.2 say': that section, its opening clauses, or the ones the question is about."""
    retrieved = [Retrieved(contract=c, section=s, score=1.0) for c, s in direct] + [
        r for r in retrieved if (r.contract, r.section) not in direct
    ]
    reference_words = {"section", "sec", "article", "art", "side", "letter", "item", "say", "read", "show", "text"}
    topical = Query(query.text, [t for t in query.terms if not t[0].isdigit() and t not in reference_words], query.expansions)
    if len(topical.terms) >= 2:
        picked = pick_clauses(snapshot, topical, direct)
        citations = quote_clauses(snapshot, topical, picked) if picked and picked[0].score > 0 else []
    else:
        citations = []
    if not citations:
        contract_id, section_id = direct[0]
        contract = snapshot.contracts[contract_id]
        section = contract.section(section_id)
        assert section is not None
        size = 0
        for clause in section.clauses:
            if citations and size + len(clause.text) > 900:
                break
            citations.append(make_citation(contract, section, clause, best_quote(clause.text, lambda s: 0.0)))
            size += len(clause.text)
    first = citations[0]
    section = snapshot.contracts[first.contract].section(first.section)
    assert section is not None
    more = len(section.clauses) > len([c for c in citations if c.section == first.section])
    lead = f"{citation_label(section).split(' (')[0]} *{first.title}* ({first.document}, {section.pages}):"
    text = render(lead, citations)
    if more:
        text += f"\n_The section continues; ask for the full text with `show {first.contract} {first.section}`._"
    return Answer(answer=text, citations=citations, retrieved=retrieved)
