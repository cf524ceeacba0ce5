"""The default answerer: no LLM, only the contract's own words, quoted, each with its citation.

It scores the clauses of the best sections — rare words shared with the question, their chunk's
similarity, their section's rank, and whether they hold the kind of answer asked for (a duration
for 'how long') — and picks one or two. A calibrated classifier (``outcome``) then decides what
the evidence supports: `answered` (quote them), `related` (say the contract does not settle it,
then quote the closest language) or `not_covered` (say so; list the closest sections).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np

from assistant.answer_types import AnswerType, holds, key_span, question_type
from assistant.citations import best_quote, make_citation
from assistant.outcome import Decision, OutcomeModel
from assistant.ranking import AnswerConfig
from assistant.render import render_markdown
from assistant.retrieval import DirectReference, Hit, Query, rank_sections, retrieved_sections
from assistant.schema import Answer, Citation, Retrieved
from assistant.snapshot import Snapshot
from assistant.text import token_set, tokens
from ingest.structure import Clause, Contract, Reference, Section, citation_label

TWO_PART = re.compile(r"\b(and|also|both)\b.*\b(what|how|when|which|is|are|do|does|can)\b|\bboth\b|,\s*and\b", re.IGNORECASE)
SPECIFIC_TYPES = ("duration", "amount", "date", "count")
NOT_COVERED = ("The contract doesn't address this directly, so I won't quote a clause that doesn't answer it. "
               "Please ask your steward.")
RELATED = ("The contract doesn't settle this. It has related language, quoted below, that does not answer the "
           "question as asked — please check with your steward.")


@dataclass
class Candidate:
    contract: Contract
    section: Section
    clause: Clause
    score: float
    rank: int = 0
    dense: float = 0.0
    has_type: bool = False


@dataclass
class Evidence:
    """What the answerer found and the features the outcome model reads."""

    query: Query
    answer_type: AnswerType
    hits: list[Hit]
    picked: list[Candidate] = field(default_factory=list)
    ranked: list[Candidate] = field(default_factory=list)
    features: dict[str, float] = field(default_factory=dict)
    # The question's vector and the quoted clause's (its sentences' centroid): the outcome model
    # projects them onto a few directions learned on dev (see assistant.outcome).
    vectors: dict[str, np.ndarray] = field(default_factory=dict)


def idf_weights(snapshot: Snapshot, query: Query) -> dict[str, float]:
    weights = {t: snapshot.bm25.idf.get(t, 0.0) for t in query.terms}
    for term, factor in query.weights.items():
        if term not in weights:
            weights[term] = snapshot.bm25.idf.get(term, 0.0) * factor
    return weights


def lexical(text: str, weights: dict[str, float]) -> float:
    present = token_set(text)
    return sum(w for t, w in weights.items() if t in present)


def coverage(snapshot: Snapshot, query: Query, text: str) -> float:
    """Share of the question's own (idf-weighted) words that the text contains; a word a glossary
    phrase explained counts when one of the phrase's contract terms is there instead."""
    unseen = max(snapshot.bm25.idf.values(), default=1.0)  # a word no document uses counts fully against
    own = {t: snapshot.bm25.idf.get(t, unseen) for t in query.terms}
    total = sum(own.values())
    if not total:
        return 0.0
    present = token_set(text)
    expansion_hit = any(t in present for t in query.weights)
    found = sum(w for t, w in own.items() if t in present or (expansion_hit and t in query.explained))
    return min(1.0, found / total)


def unknown_terms(snapshot: Snapshot, query: Query) -> list[str]:
    """Question words no document uses and no glossary phrase explains ('tattoos', 'Texas')."""
    return [t for t in query.terms if t not in snapshot.bm25.idf and t not in query.explained]


def _ancestors_text(section: Section, clause: Clause) -> str:
    parts = clause.path.split(".")
    texts = [c.text for i in range(1, len(parts)) if (c := section.clause(".".join(parts[:i]))) is not None]
    return " ".join(texts + [clause.text])


def _parent(section: Section, clause: Clause) -> Clause | None:
    """'A formal grievance may be filed no later than:' gives its items their meaning — whether it
    is a lettered clause over numbered items or the section's opening words over its lettered ones
    ('… a height pay allowance equal to 25% of the basic rate for actual time worked:')."""
    if not clause.path:
        return None
    parent = section.clause(clause.path.rsplit(".", 1)[0] if "." in clause.path else "")
    if parent is not None and parent.text.rstrip().endswith(":") and len(parent.text) < 400:
        return parent
    return None


UNFINISHED = re.compile(r"(?:[;:,]|\b(?:and|or))\s*(?:and/or|and|or)?\s*$", re.IGNORECASE)


def _depth(clause: Clause) -> int:
    return clause.path.count(".")


def _prefix(clause: Clause) -> str:
    return clause.path.rsplit(".", 1)[0] if "." in clause.path else ""


def complete_lists(picked: list[Candidate], limit: int) -> list[Candidate]:
    """The rest of a list a picked clause leaves unfinished: an item ending '; or' is one option of
    several, and a lead-in ending ':' says nothing until its items do — quoting it alone hides the
    value the member asked about ('6.67 hours per month until …; or' before 'ten (10) hours per
    month …'). The following items of the same list (or the lead-in's own items) are added until
    one ends a sentence, at most `limit` in all."""
    added: list[Candidate] = []
    seen = {(id(c.section), c.clause.path) for c in picked}
    for candidate in picked:
        clause, section = candidate.clause, candidate.section
        if not clause.path or not UNFINISHED.search(clause.text.rstrip()):
            continue
        lead_in = clause.text.rstrip().endswith(":")
        depth = _depth(clause) + (1 if lead_in else 0)
        prefix = clause.path if lead_in else _prefix(clause)
        index = section.clauses.index(clause)
        for following in section.clauses[index + 1:]:
            if len(added) >= limit or _depth(following) < depth or (depth and not following.path.startswith(prefix + ".")):
                break
            if _depth(following) > depth or not following.answerable:
                continue
            key = (id(section), following.path)
            if key not in seen:
                seen.add(key)
                added.append(Candidate(candidate.contract, section, following, 0.0, candidate.rank))
            if not UNFINISHED.search(following.text.rstrip()):
                break
    return added


def rank_candidates(snapshot: Snapshot, query: Query, sections: list[tuple[str, str]], config: AnswerConfig,
                    hits: list[Hit] | None = None, answer_type: AnswerType = "none") -> list[Candidate]:
    """Clauses of the best sections, best first: rare shared words (a lead-in's count part), the
    chunk's similarity, the section's rank, and a bonus for holding the kind of answer asked for."""
    weights = idf_weights(snapshot, query)
    dense: dict[tuple[str, str, str], float] = {}
    for hit in hits or []:
        for path in hit.chunk.clause_paths:
            key = (hit.chunk.contract, hit.chunk.section, path)
            dense[key] = max(dense.get(key, 0.0), hit.dense)
    raw: list[tuple[Contract, Section, Clause, float, int, int, bool]] = []
    for rank, (contract_id, section_id) in enumerate(sections[: len(config.section_prior)]):
        contract = snapshot.contracts[contract_id]
        section = contract.section(section_id)
        if section is None:
            continue
        title_bonus = config.title_weight * lexical(section.title, weights)
        for position, clause in enumerate(section.clauses):
            own = lexical(clause.text, weights)
            context = lexical(_ancestors_text(section, clause), weights)
            typed = answer_type in SPECIFIC_TYPES and holds(clause.text, answer_type)
            score = own + config.parent_weight * max(context - own, 0.0) + title_bonus
            raw.append((contract, section, clause, score, rank, position, typed))
    if not raw:
        return []
    top = max(r[3] for r in raw) or 1.0
    ranked = []
    for contract, section, clause, lex, rank, position, typed in raw:
        similarity = dense.get((contract.id, section.id, clause.path), 0.0)
        score = (lex / top + config.dense_weight * similarity + config.section_prior[rank]
                 + (config.answer_type_bonus if typed else 0.0) - 0.001 * position)
        ranked.append(Candidate(contract, section, clause, score if lex > 0 else 0.0, rank, similarity, typed))
    ranked.sort(key=lambda c: (-round(c.score, 9), c.rank, c.clause.start))
    return ranked


def pick(ranked: list[Candidate], query: Query, config: AnswerConfig,
         part_best: list[Candidate] | None = None, section_probability: dict[tuple[str, str], float] | None = None) -> list[Candidate]:
    """The best clause; the best clause for each other question in a two-part message; else clauses
    close behind the first, up to `config.quotes` (of another section only when the message asks
    two things — '… and what …' — or the learned section ranker gives that section, of the same
    contract, at least `config.second_section_probability` of answering: a one-sentence question can
    need two sections)."""
    if not ranked or ranked[0].score <= 0:
        return []
    picked = [ranked[0]]
    for best in part_best or []:
        if all(best.clause is not p.clause for p in picked):
            picked.append(best)
    if len(picked) > 1:
        return picked
    two_part = bool(TWO_PART.search(query.text))
    for other in ranked[1:]:
        if len(picked) >= config.quotes:
            break
        same = other.section is picked[0].section
        likely = (other.contract is picked[0].contract and other.contract.binding  # never a flyer beside the contract
                  and (section_probability or {}).get((other.contract.id, other.section.id), 0.0)
                  >= config.second_section_probability)
        if not same and not two_part and not likely:
            continue
        margin = config.second_same_section if same else config.second_other_section
        if other.score > 0 and other.score >= picked[0].score - margin:
            picked.append(other)
    return picked


def gather(snapshot: Snapshot, query: Query, hits: list[Hit], config: AnswerConfig) -> Evidence:
    """Rank and pick clauses, and describe the evidence for the outcome model."""
    answer_type = question_type(query.text)
    evidence = Evidence(query=query, answer_type=answer_type, hits=hits)
    sections = rank_sections(hits)
    keys = [key for key, _ in sections]
    evidence.ranked = rank_candidates(snapshot, query, keys, config, hits, answer_type)
    # Each question of a two-part message gets a clause of its own: when its best is already quoted (for the
    # whole message or another part), its next best close behind (as close as a second clause of one section).
    part_best = []
    taken = {id(evidence.ranked[0].clause)} if evidence.ranked else set()
    for part in query.parts:
        ranked = rank_candidates(snapshot, part, keys, config, hits, question_type(part.text))
        if not ranked or ranked[0].score <= 0:
            continue
        own = next((c for c in ranked if id(c.clause) not in taken and c.score > 0
                    and c.score >= ranked[0].score - config.second_same_section), ranked[0])
        taken.add(id(own.clause))
        part_best.append(own)
    learned = {key: score for key, score in sections} if any(h.section_score is not None for h in hits) else {}
    evidence.picked = pick(evidence.ranked, query, config, part_best=part_best, section_probability=learned)
    evidence.features = _features(snapshot, query, hits, sections, evidence, learned)
    evidence.vectors = _vectors(snapshot, query, evidence)
    return evidence


def _vectors(snapshot: Snapshot, query: Query, evidence: Evidence) -> dict[str, np.ndarray]:
    if not evidence.picked:
        return {}
    first = evidence.picked[0]
    question = snapshot.query_vector(query.search_text)
    clause = snapshot.sentences.centroid([(first.contract.id, first.section.id, first.clause.path)])
    return {"question": question, "clause": clause if clause is not None else np.zeros_like(question)}


def _features(snapshot: Snapshot, query: Query, hits: list[Hit], sections: list[tuple[tuple[str, str], float]],
              evidence: Evidence, learned: dict[tuple[str, str], float]) -> dict[str, float]:
    """`learned`: each section's probability from the learned section ranker (empty without it)."""
    first = evidence.picked[0] if evidence.picked else None
    by_section: dict[tuple[str, str], float] = {}
    for hit in hits:
        key = (hit.chunk.contract, hit.chunk.section)
        by_section[key] = max(by_section.get(key, 0.0), hit.dense)
    dense_sorted = sorted(by_section.values(), reverse=True)
    top_key = sections[0][0] if sections else None
    top_dense = by_section.get(top_key, 0.0) if top_key else 0.0
    others = [v for k, v in by_section.items() if k != top_key]
    idf_mass = sum(snapshot.bm25.idf.get(t, 0.0) for t in set(query.terms)) * (snapshot.bm25.k1 + 1) or 1.0
    best_dense = min(hits, key=lambda h: h.dense_rank if h.dense_rank is not None else 10**6, default=None)
    best_bm25 = min(hits, key=lambda h: h.bm25_rank if h.bm25_rank is not None else 10**6, default=None)
    agree = float(best_dense is not None and best_bm25 is not None and best_dense.dense_rank is not None
                  and best_bm25.bm25_rank is not None
                  and (best_dense.chunk.contract, best_dense.chunk.section) == (best_bm25.chunk.contract, best_bm25.chunk.section))
    section = first.section if first else None
    asks = float(evidence.answer_type in SPECIFIC_TYPES)
    focus = focus_terms(snapshot, query)
    pick_words = set(tokens(f"{section.title} {_ancestors_text(section, first.clause)}")) if first and section else set()
    section_words = set(tokens(f"{section.title} {section.text}")) if section else set()
    found = float(bool(first) and asks > 0 and any(
        holds(_ancestors_text(c.section, c.clause), evidence.answer_type) for c in evidence.picked))
    vector = snapshot.query_vector(query.search_text) if first and section else None
    pick_keys = [(first.contract.id, first.section.id, c.path)
                 for c in (first.clause, _parent(first.section, first.clause)) if c is not None] if first else []
    section_keys = [(first.contract.id, first.section.id, c.path) for c in first.section.clauses] if first else []
    pick_key = (first.contract.id, first.section.id) if first else None
    return {
        # The section ranker's probability that the best section, and the quoted clause's section,
        # answer (0 without the ranker): fused_ratio only says how the first two compare.
        "section_top": sections[0][1] if learned and sections else 0.0,
        "section_pick": learned.get(pick_key, 0.0) if pick_key else 0.0,
        # The question against the closest single sentence of the clause that would be quoted (and
        # of its section): a clause that answers has one sentence that says it.
        "sentence_pick": snapshot.sentences.best(vector, pick_keys) if vector is not None else 0.0,
        "sentence_section": snapshot.sentences.best(vector, section_keys) if vector is not None else 0.0,
        "dense_top": dense_sorted[0] if dense_sorted else 0.0,
        "dense_pick": first.dense if first else 0.0,
        "dense_margin": top_dense - (max(others) if others else 0.0),
        "fused_ratio": sections[1][1] / sections[0][1] if len(sections) > 1 and sections[0][1] else 0.0,
        "bm25_share": min(1.0, max((h.bm25 for h in hits), default=0.0) / idf_mass),
        "agree": agree,
        "pick_coverage": coverage(snapshot, query, f"{section.title} {_ancestors_text(section, first.clause)}")
        if first and section else 0.0,
        "section_coverage": coverage(snapshot, query, f"{section.title} {section.text}") if section else 0.0,
        "title_match": coverage(snapshot, query, section.title) if section else 0.0,
        "asks_type": asks,
        "type_found": found,
        "type_missing": asks * (1.0 - found),
        "unknown_terms": float(len(unknown_terms(snapshot, query))),
        "log_terms": math.log1p(len(query.terms)),
        "pick_rank": float(first.rank) if first else 4.0,
        "yes_no": float(evidence.answer_type == "yes_no"),
        # The question's most specific words (rarest in the documents, or unknown to them): when
        # they are missing from what would be quoted, the contract is likely silent on the point.
        "focus_in_pick": sum(t in pick_words for t in focus) / len(focus) if focus else 0.0,
        "focus_in_section": sum(t in section_words for t in focus) / len(focus) if focus else 0.0,
        "missing_share": (sum(1 for t in set(query.terms) if t not in section_words) / len(set(query.terms))
                          if query.terms else 1.0),
    }


def focus_terms(snapshot: Snapshot, query: Query, count: int = 2) -> list[str]:
    """The question's rarest words: those no document uses first, then by idf (ties by spelling)."""
    unseen = max(snapshot.bm25.idf.values(), default=1.0) + 1.0
    terms = sorted(set(query.terms) - query.explained, key=lambda t: (-snapshot.bm25.idf.get(t, unseen), t))
    return terms[:count]


def quote_clauses(snapshot: Snapshot, query: Query, picked: list[Candidate], config: AnswerConfig) -> list[Citation]:
    """Each picked clause (after its lead-in, when it has one), quoted verbatim: the whole clause,
    or its best window of sentences when longer than `config.quote_chars`. A window is scored by the
    question's words it holds, plus `config.quote_sentence_weight` times each of its sentences' own
    score: of two windows holding the same words, the one whose sentences are about the question
    more often wins, rather than the clause's opening by default."""
    weights = idf_weights(snapshot, query)
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
            quote = best_quote(clause.text, lambda s: lexical(s, weights), config.quote_chars, config.quote_sentence_weight)
            citations.append(make_citation(scored.contract, scored.section, clause, quote))
    return citations


def _titles(citations: list[Citation]) -> str:
    titles: list[str] = []
    for c in citations:
        if c.title not in titles:
            titles.append(c.title)
    return " and ".join(f"*{t}*" for t in titles)


def _non_binding_note(citations: list[Citation], contracts: dict[str, Contract]) -> list[str]:
    documents = sorted({c.document for c in citations if not contracts[c.contract].binding})
    return [f"{', '.join(documents)} is guidance or news, not contract language."] if documents else []


def see_also(snapshot: Snapshot, hits: list[Hit], count: int) -> list[Citation]:
    found: list[Citation] = []
    for (contract_id, section_id), _ in rank_sections(hits)[:count]:
        contract = snapshot.contracts[contract_id]
        section = contract.section(section_id)
        if section is not None and section.clauses:
            found.append(make_citation(contract, section, None, section.clauses[0].text[:200]))
    return found


def abstain(snapshot: Snapshot, hits: list[Hit], retrieved: list[Retrieved], config: AnswerConfig | None = None,
            decision: Decision | None = None) -> Answer:
    """`not_covered`: say so plainly and name the closest sections, quoting none as an answer."""
    config = config or AnswerConfig()
    answer = Answer(answer="", outcome="not_covered", abstained=True, lead=NOT_COVERED,
                    see_also=see_also(snapshot, hits, config.see_also), retrieved=retrieved,
                    confidence=decision.probabilities if decision else {})
    answer.answer = render_markdown(answer)
    return answer


def related(snapshot: Snapshot, query: Query, evidence: Evidence, retrieved: list[Retrieved], config: AnswerConfig,
            decision: Decision) -> Answer:
    """`related`: the contract touches this but does not settle it — said first, then the closest
    language, quoted and cited as such (never as the answer): the clauses the answerer picked in
    the best section, then the best clause of the next section(s)."""
    closest: list[Candidate] = [c for c in evidence.picked if c.section is evidence.picked[0].section]
    for candidate in evidence.ranked:
        if len({id(c.section) for c in closest}) >= config.closest or candidate.score <= 0:
            break
        if all(candidate.section is not c.section for c in closest):
            closest.append(candidate)
    answer = Answer(answer="", outcome="related", lead=RELATED, closest=quote_clauses(snapshot, query, closest + complete_lists(closest, config.list_items), config),
                    see_also=see_also(snapshot, evidence.hits, config.see_also), retrieved=retrieved,
                    confidence=decision.probabilities)
    answer.notes = _non_binding_note(answer.closest, snapshot.contracts)
    answer.answer = render_markdown(answer)
    return answer


def follow_references(snapshot: Snapshot, query: Query, picked: list[Candidate], answer_type: AnswerType,
                      config: AnswerConfig, found: frozenset[tuple[str, str]] = frozenset()) -> list[Candidate]:
    """Clauses the picked ones point to for their operative value ('the cap of Section 8.1 J'):
    a reference to a particular clause is followed; one to a whole section is followed only when
    the question asks for a value the picked clause lacks, to that section's clause holding it, or when
    the question's own search also `found` that section (its best clause is quoted then).
    Unresolved references (a section the contract does not have) are never followed."""
    followed: list[Candidate] = []
    seen = {(c.contract.id, c.section.id, c.clause.path) for c in picked}
    wants_value = answer_type in SPECIFIC_TYPES
    for candidate in picked:
        lacks_value = wants_value and not holds(_ancestors_text(candidate.section, candidate.clause), answer_type)
        for ref in candidate.clause.refs:
            if ref.status != "resolved" or not ref.section or ref.contract or (
                    ref.section == candidate.section.id and not ref.clause):
                continue
            section = candidate.contract.section(ref.section)
            if section is None:
                continue
            pointer = _points_away(candidate.clause, ref)
            if ref.clause:
                target = section.clause(ref.clause)
                targets = [target] if target is not None else []
            elif lacks_value or pointer or (candidate.contract.id, section.id) in found:
                ranked = rank_candidates(snapshot, query, [(candidate.contract.id, section.id)], config,
                                         answer_type=answer_type)
                typed = [c.clause for c in ranked if c.has_type][:1]
                # A pointer is followed to the referenced section's clause closest to the question.
                targets = typed or ([ranked[0].clause] if not lacks_value and ranked and ranked[0].score > 0 else [])
            else:
                targets = []
            for target in targets:
                key = (candidate.contract.id, section.id, target.path)
                if key not in seen and (not lacks_value or holds(target.text, answer_type) or ref.clause or pointer):
                    seen.add(key)
                    followed.append(Candidate(candidate.contract, section, target, 0.0))
            if len(followed) >= len(picked):
                return followed
    return followed


# 'the parties shall comply with the side letter on that work (see Letter 2)', 'as set out in the appendix': the clause hands its
# substance to the place it names.
_POINTER = re.compile(r"\b(?:see|refer(?:red)? to|as (?:set out|provided|specified|outlined|described) in|in accordance with|"
                      r"pursuant to|comply with|governed by|subject to)\b", re.IGNORECASE)


def _points_away(clause: Clause, ref: Reference) -> bool:
    """A short clause whose reference follows a pointing phrase: its operative words are elsewhere."""
    lead_in = clause.text[max(0, ref.start - 40):ref.start]
    return len(clause.text.split()) <= 45 and bool(_POINTER.search(lead_in))


def answered(snapshot: Snapshot, query: Query, evidence: Evidence, retrieved: list[Retrieved],
             decision: Decision | None = None, config: AnswerConfig | None = None) -> Answer:
    config = config or AnswerConfig()
    found = frozenset(key for key, _ in rank_sections(evidence.hits)[:config.follow_found_sections])
    followed = follow_references(snapshot, query, evidence.picked, evidence.answer_type, config, found)
    listed = complete_lists(evidence.picked, config.list_items)
    citations = (quote_clauses(snapshot, query, evidence.picked + listed, config)
                 + quote_clauses(snapshot, query, followed, config))
    first = citations[0]
    fact = None
    if evidence.answer_type in SPECIFIC_TYPES:
        fact = next((span for c in citations if (span := key_span(c.quote, evidence.answer_type))), None)
    lead = f"The {first.document} says" + (f": **{fact}**" if fact else "") + f" ({_titles(citations)}):"
    answer = Answer(answer="", outcome="answered", lead=lead, key_fact=fact, citations=citations, retrieved=retrieved,
                    confidence=decision.probabilities if decision else {})
    answer.notes = _non_binding_note(citations, snapshot.contracts)
    answer.answer = render_markdown(answer)
    return answer


def extractive_answer(snapshot: Snapshot, query: Query, hits: list[Hit], model: OutcomeModel, config: AnswerConfig,
                      direct: list[DirectReference] | None = None) -> Answer:
    retrieved = retrieved_sections(hits)
    if direct:
        return _direct_answer(snapshot, query, direct, retrieved, config)
    if not hits:
        return abstain(snapshot, hits, retrieved, config)
    evidence = gather(snapshot, query, hits, config)
    if not evidence.picked:
        return abstain(snapshot, hits, retrieved, config)
    decision = model.decide(evidence.features, evidence.vectors)
    if decision.outcome == "answered":
        return answered(snapshot, query, evidence, retrieved, decision, config)
    if decision.outcome == "related":
        return related(snapshot, query, evidence, retrieved, config, decision)
    return abstain(snapshot, hits, retrieved, config, decision)


_REFERENCE_WORDS = frozenset({"section", "sec", "article", "art", "side", "letter", "item", "say", "read", "show",
                              "text", "loa", "lou", "mou", "appendix"})


def topical_query(query: Query) -> Query:
    """The question without the words that only name a section ('what does section 8.2 say')."""
    return Query(query.text, [t for t in query.terms if not t[0].isdigit() and t not in _REFERENCE_WORDS],
                 query.expansions)


def asks_more_than_the_text(query: Query) -> bool:
    """'Under 8.2, how many days …' asks about something; 'what does 8.2 say' only for the text."""
    return len(topical_query(query).terms) >= 2


def missing_reference_answer(answer: Answer, query: Query, missing: list[str], scope_names: list[str]) -> Answer:
    """A question naming a section no document in scope has. Asking only for its text, it gets a
    plain `not_covered` saying so (what the other words would find is noise); asking something
    more, it keeps its answer with a note that the named section was not there to quote."""
    named = ", ".join(f"'{m}'" for m in missing)
    lacks = f"The {scope_names[0]} has no" if len(scope_names) == 1 else "None of the documents searched has"
    if not asks_more_than_the_text(query):
        lead = (f"{lacks} {named}: nothing is quoted. Check the number (`sections` lists the document's sections) "
                "or ask about the subject in your own words.")
        found = Answer(answer="", outcome="not_covered", abstained=True, lead=lead, retrieved=answer.retrieved)
        found.answer = render_markdown(found)
        return found
    answer.notes.insert(0, f"{lacks} {named}; what follows was found from the question's other words, not from that "
                           "number.")
    answer.answer = render_markdown(answer)
    return answer


def _direct_answer(snapshot: Snapshot, query: Query, references: list[DirectReference], retrieved: list[Retrieved],
                   config: AnswerConfig) -> Answer:
    """'What does 8.2 say': that section, its opening clauses, or the ones the question is about;
    when other documents in scope have the same id, a note names them."""
    direct = [(d.contract, d.section) for d in references]
    retrieved = [Retrieved(contract=c, section=s, score=1.0) for c, s in direct] + [
        r for r in retrieved if (r.contract, r.section) not in direct
    ]
    topical = topical_query(query)
    citations: list[Citation] = []
    if asks_more_than_the_text(query):
        answer_type = question_type(query.text)
        ranked = rank_candidates(snapshot, topical, direct, config, answer_type=answer_type)
        picked = pick(ranked, topical, config)
        for contract_id, section_id in direct[1:3]:  # every section the question names gets its best clause
            if picked and all((p.contract.id, p.section.id) != (contract_id, section_id) for p in picked):
                picked += [c for c in ranked if (c.contract.id, c.section.id) == (contract_id, section_id)
                           and c.score > 0][:1]
        followed = follow_references(snapshot, topical, picked, answer_type, config)
        citations = (quote_clauses(snapshot, topical, picked, config)
                     + quote_clauses(snapshot, topical, followed, config)) if picked else []
    named = references[0]
    if named.clause:  # '10.01 b - …': the clause the question names comes first
        contract = snapshot.contracts[named.contract]
        section = contract.section(named.section)
        clause = section.clause(named.clause) if section is not None else None
        if section is not None and clause is not None:
            citations = [make_citation(contract, section, clause, best_quote(clause.text, lambda s: 0.0))] + [
                c for c in citations if (c.contract, c.section, c.clause) != (contract.id, section.id, clause.path)][:1]
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
    if not citations:  # a number the document leaves empty ('## 4.01' with '## 4.02' straight after)
        contract = snapshot.contracts[direct[0][0]]
        empty = contract.section(direct[0][1])
        assert empty is not None
        lead = (f"{citation_label(empty).split(' (')[0]} has no text of its own in {contract.name}: the document goes "
                "straight on to the next number. Ask about its subject instead, or for a neighbouring section.")
        answer = Answer(answer="", outcome="not_covered", abstained=True, lead=lead, retrieved=retrieved)
        answer.answer = render_markdown(answer)
        return answer
    first = citations[0]
    section = snapshot.contracts[first.contract].section(first.section)
    assert section is not None
    more = len(section.clauses) > len([c for c in citations if c.section == first.section])
    lead = f"{citation_label(section).split(' (')[0]} *{first.title}* ({first.document}, {section.pages}):"
    answer = Answer(answer="", outcome="answered", lead=lead, citations=citations, retrieved=retrieved)
    if more:
        answer.notes.append(f"The section continues; ask for the full text with `show {first.contract} {first.section}`.")
    others = [(c, s) for d in references for c, s in d.elsewhere][:3]
    if others:
        names = "; ".join(f"{snapshot.contracts[c].name} ({s})" for c, s in others)
        answer.notes.append(f"Other documents have it too: {names}. Choose a document to see theirs.")
    answer.answer = render_markdown(answer)
    return answer
