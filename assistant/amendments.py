"""Amended clauses in answers: a clause a letter, MOU or side agreement changes is never quoted
alone. The answer says so first, quotes the amending words (cited), then the clause itself, in
precedence order (links are made at ingest, ``ingest.amendments``)."""

from __future__ import annotations

from assistant.citations import best_quote, make_citation
from assistant.render import render_amendments, render_markdown
from assistant.schema import AmendmentNotice, Answer, Citation
from assistant.snapshot import Snapshot
from ingest.structure import Amendment, Clause, Contract, Section, citation_label

QUOTE_CHARS = 900


def _target_label(section: Section, clause: str) -> str:
    return citation_label(section, clause).split(" (p.")[0]


def amending_clauses(section: Section, link: Amendment) -> list[Clause]:
    """The words to quote: the clause that amends, and when it introduces new text ("… is amended
    to read:") the clauses that follow it; for a link listed in meta, the section's opening clauses."""
    clauses = [c for c in section.clauses if c.answerable]
    if not clauses:
        return []
    start = next((i for i, c in enumerate(clauses) if c.path == link.by_clause), None) if link.by_clause else None
    if start is None:
        start = 0 if not link.by_clause else None
    if start is None:
        return []
    picked = [clauses[start]]
    size = len(clauses[start].text)
    short = sum(len(c.text) for c in clauses[start:]) <= QUOTE_CHARS  # a short letter is quoted to its end
    introduces = clauses[start].text.rstrip().endswith(":") or not link.by_clause or short
    for clause in clauses[start + 1:]:
        if not introduces or size + len(clause.text) > QUOTE_CHARS:
            break
        picked.append(clause)
        size += len(clause.text)
    return picked


def notice(snapshot: Snapshot, amended: Contract, section: Section, link: Amendment) -> AmendmentNotice | None:
    """The amendment as an answer shows it, its quotes verbatim from the amending clauses."""
    by_contract = snapshot.contracts.get(link.by_contract)
    by_section = by_contract.section(link.by_section) if by_contract is not None else None
    if by_contract is None or by_section is None:
        return None
    quotes = [make_citation(by_contract, by_section, clause, best_quote(clause.text, lambda s: 0.0))
              for clause in amending_clauses(by_section, link)]
    if not quotes:
        return None
    return AmendmentNotice(
        relation=link.relation, contract=amended.id, section=section.id, clause=link.clause,
        label=_target_label(section, link.clause) if link.section else f"Article {link.article}", by_contract=by_contract.id, by_section=by_section.id,
        by_label=citation_label(by_section, link.by_clause), by_document=by_contract.name, words=link.text,
        source=link.source, quotes=quotes)


def notices_for(snapshot: Snapshot, citations: list[Citation]) -> list[AmendmentNotice]:
    """What amends the cited clauses, each amendment once, in precedence order."""
    found: list[AmendmentNotice] = []
    seen: set[tuple[str, str, str, str, str]] = set()
    for citation in citations:
        contract = snapshot.contracts.get(citation.contract)
        section = contract.section(citation.section) if contract is not None else None
        if contract is None or section is None:
            continue
        for link in contract.amendments_of(section, citation.clause):
            key = (contract.id, section.id, link.by_contract, link.by_section, link.by_clause)
            if key in seen or (link.by_contract, link.by_section) == (citation.contract, citation.section):
                continue
            seen.add(key)
            made = notice(snapshot, contract, section, link)
            if made is not None:
                found.append(made)
    order = {"replaces": 0, "amends": 1, "overrides": 2, "interprets": 3}
    return sorted(found, key=lambda n: order.get(n.relation, 9))


def with_amendments(snapshot: Snapshot, answer: Answer) -> Answer:
    """The answer, when a clause it quotes is amended: said first, the amending words quoted and
    cited, then the clause; `citations` lists the amending quotes first."""
    if not answer.citations:
        return answer
    notices = notices_for(snapshot, answer.citations)
    if not notices:
        return answer
    rendered = answer.answer == render_markdown(answer)
    amending = [q for n in notices for q in n.quotes]
    keys = {(q.contract, q.section, q.clause) for q in amending}
    answer.amendments = notices
    answer.citations = amending + [c for c in answer.citations if (c.contract, c.section, c.clause) not in keys]
    if any(n.relation != "interprets" for n in notices):
        answer.key_fact = None  # the printed value may be the one the amendment changed
        if rendered and answer.lead.startswith("The "):
            answer.lead = f"As originally written, t{answer.lead[1:]}"
        elif rendered and answer.lead:
            answer.lead = f"As originally written: {answer.lead}"
    if rendered:
        answer.answer = render_markdown(answer)
    else:  # a generative or calculator answer: its text stays, after the amendments
        answer.answer = "\n".join(render_amendments(answer) + ["", answer.answer])
    return answer


def amended_by(snapshot: Snapshot, contract_id: str, section_id: str) -> list[AmendmentNotice]:
    """What amends a section (`show` and the API's section route list these), in precedence order."""
    contract = snapshot.contract(contract_id)
    section = snapshot.section(contract_id, section_id)
    found = [notice(snapshot, contract, section, link) for link in contract.amendments_of(section)]
    return [n for n in found if n is not None]


def amends(snapshot: Snapshot, contract_id: str, section_id: str) -> list[AmendmentNotice]:
    """What a letter, MOU or side-agreement section amends, in any loaded document."""
    section = snapshot.section(contract_id, section_id)
    found: list[AmendmentNotice] = []
    for amended in snapshot.contracts.values():
        for link in amended.amended_by:
            if link.by_contract != contract_id or link.by_section != section.id:
                continue
            target = next((s for s in amended.sections() if link.covers(s)), None)
            if target is not None:
                made = notice(snapshot, amended, target, link)
                if made is not None:
                    found.append(made)
    return found
