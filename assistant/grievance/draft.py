"""A grievance draft from a steward's description of what happened.

Everything in it is either the steward's own words (the facts, as given) or the contract's,
quoted verbatim and cited: the clauses violated are found by the same retrieval and clause
picking as an answer (and an amending letter is cited with its clause); the remedy is the
contract's own make-whole language when it has some, else a general request clearly marked as
not contract language; the filing step, with whom and by when come from the deadline rules. When
the facts lack the date the deadline counts from, the draft says which date is needed. Every
citation is checked against the clause it cites before the draft is returned.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from dateutil import parser as date_parser

from assistant.amendments import notices_for
from assistant.citations import make_citation, sentences
from assistant.core import Assistant
from assistant.errors import BadQuestion, UnknownContract
from assistant.extractive import Candidate, quote_clauses
from assistant.grievance.export import to_markdown
from assistant.grievance.filing import filing_step
from assistant.grievance.models import DraftRequest, GrievanceDraft, Remedy, Violation
from assistant.retrieval import expand, search
from assistant.schema import Citation
from assistant.scope import Scope
from assistant.snapshot import Snapshot
from assistant.text import occurs_in
from assistant.versions import in_range, superseded_on, version_notes, version_on
from ingest.frontpage import DATE
from ingest.structure import Contract

MAX_VIOLATED = 3
SECTION_SHARE = 0.5  # a further section is cited when its best clause scores at least this share of the best
# Procedure, not substance: the grievance article is how to complain, not what was violated.
_PROCEDURE_TITLE = re.compile(r"\b(?:grievance|arbitration|dispute\s+resolution|complaint\s+procedure)", re.IGNORECASE)
# The contract's own make-whole language.
REMEDY_RE = re.compile(
    r"\b(?:made\s+whole|make\s+(?:the\s+)?(?:employee|grievant|worker)s?\s+whole|back\s*pay|full\s+back\s+pay|"
    r"reinstat(?:e|ed|ement)\b[^.]{0,80}\b(?:back\s*pay|seniority|benefits|without\s+loss)|"
    r"without\s+loss\s+of\s+(?:pay|seniority|wages|benefits)|lost\s+(?:wages|pay|earnings|compensation)|"
    r"retroactive(?:ly)?\s+(?:pay|compensat\w+|to\s+the\s+date))",
    re.IGNORECASE,
)
REMEDY_SEARCH = "made whole back pay lost wages reinstatement without loss of pay seniority remedy"
GENERIC_REMEDY = "That the grievant be made whole for all losses resulting from the violation."
_DATE_IN_TEXT = re.compile(DATE, re.IGNORECASE)


def _contract(snapshot: Snapshot, scope: Scope) -> Contract:
    if scope.contract:
        chosen = snapshot.contract(scope.contract)
    else:
        binding = [c for c in snapshot.contracts.values() if c.kind == "contract" and scope.allows(c.id)]
        if len(binding) != 1:
            names = ", ".join(sorted(c.id for c in binding)) or "none"
            raise UnknownContract(f"Say which contract the grievance is under (one of: {names}).")
        chosen = binding[0]
    if chosen.kind != "contract":
        raise UnknownContract(f"{chosen.id} is a {chosen.kind}, not a contract; draft the grievance under the contract.")
    return chosen


def _facts(description: str) -> list[str]:
    """The steward's words, sentence by sentence, unchanged."""
    lines = [" ".join(line.split()) for line in description.strip().split("\n") if line.strip()]
    return [part.strip() for line in lines for part in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9\"“(])", line) if part.strip()]


def _first_date(description: str) -> date | None:
    match = _DATE_IN_TEXT.search(description)
    if not match:
        return None
    try:
        return in_range(date_parser.parse(match.group(0), default=datetime(2000, 1, 1)).date())
    except (ValueError, OverflowError):
        return None


def _violations(assistant: Assistant, request: DraftRequest, contract: Contract,
                exclude: set[str]) -> tuple[list[Violation], Snapshot]:
    prepared, query, evidence = assistant.clauses_for(request.description, contract.id)
    snapshot = prepared.snapshot
    if evidence is None or not evidence.ranked:
        return [], snapshot
    decision = assistant.outcome_model.decide(evidence.features, evidence.vectors)
    if decision.outcome == "not_covered":
        return [], snapshot
    chosen: list[Candidate] = []
    best = 0.0
    for candidate in evidence.ranked:
        section = candidate.section
        if (candidate.score <= 0 or candidate.contract.id != contract.id or section.id in exclude
                or _PROCEDURE_TITLE.search(section.title) or any(c.section is section for c in chosen)):
            continue
        best = best or candidate.score
        if candidate.score < SECTION_SHARE * best or len(chosen) >= MAX_VIOLATED:
            break
        chosen.append(candidate)
    strength = "answered" if decision.outcome == "answered" else "related"
    violations = []
    for candidate in chosen:
        for citation in quote_clauses(snapshot, query, [candidate], assistant.ranking.answer):
            violations.append(Violation(citation=citation, strength=strength))
    return violations, snapshot


def _remedies(assistant: Assistant, snapshot: Snapshot, contract: Contract) -> list[Remedy]:
    """The contract's own make-whole language (a sentence that says it, quoted), else a general
    request marked as not contract language."""
    query = expand(REMEDY_SEARCH, snapshot.glossary((contract.id,)), assistant.ranking.retrieval.expansion_weight)
    hits = search(snapshot, query, Scope((contract.id,)), k=20, mode="bm25", config=assistant.ranking.retrieval)
    found: list[Remedy] = []
    seen: set[tuple[str, str]] = set()
    for hit in hits:
        section = contract.section(hit.chunk.section)
        if section is None:
            continue
        for path in hit.chunk.clause_paths:
            clause = section.clause(path)
            if clause is None or not clause.answerable or (section.id, clause.path) in seen:
                continue
            for sentence in sentences(clause.text):
                if REMEDY_RE.search(sentence) and len(sentence) <= 600:
                    seen.add((section.id, clause.path))
                    found.append(Remedy(text=sentence.strip(), contract_language=True,
                                        citation=make_citation(contract, section, clause, sentence.strip())))
                    break
        if len(found) >= 2:
            break
    if not found:
        found.append(Remedy(text=GENERIC_REMEDY, contract_language=False))
    return found


def verified(snapshot: Snapshot, citations: list[Citation]) -> bool:
    """Every quote occurs verbatim in the clause (or section) it cites."""
    for citation in citations:
        section = snapshot.contract(citation.contract).section(citation.section)
        clause = section.clause(citation.clause) if section is not None and citation.clause else None
        text = clause.text if clause is not None else section.text if section is not None else ""
        if not occurs_in(citation.quote, text):
            return False
    return True


def draft_grievance(assistant: Assistant, request: DraftRequest) -> GrievanceDraft:
    """The draft; every quote verified against its clause."""
    description = request.description.strip() if isinstance(request.description, str) else ""
    if not description:
        raise BadQuestion("Describe what happened: who, what, when and where, in a few sentences.")
    limit = assistant.settings.max_description_chars
    if len(description) > limit:
        raise BadQuestion(f"The description is {len(description):,} characters; the limit is {limit:,}. Shorten it.")
    snapshot = assistant.snapshot()
    incident, read_from_text = request.incident_date, False
    if incident is None and request.learned_date is None:
        incident = _first_date(description)
        read_from_text = incident is not None
    day = incident or request.learned_date or date.today()
    named = _contract(snapshot, Scope((snapshot.contract(request.contract).id,)) if request.contract else
                      Scope((), excluded=superseded_on(snapshot.contracts, day)))
    # The agreement in force when it happened governs it.
    contract = version_on(snapshot.contracts, named, day).contract if (incident or request.learned_date) else named
    filing = filing_step(snapshot, contract, request.learned_date, incident)
    exclude = {c.section for c in filing.citations} if filing else set()
    violations, snapshot = _violations(assistant, request.model_copy(update={"incident_date": incident}), contract,
                                       exclude)
    draft = GrievanceDraft(
        contract=contract.id, document=contract.name, grievant=request.grievant,
        incident_date=incident.isoformat() if incident else None,
        learned_date=request.learned_date.isoformat() if request.learned_date else None,
        dates_from_description=read_from_text, facts=_facts(description), violated=violations,
        amendments=notices_for(snapshot, [v.citation for v in violations] + (filing.citations if filing else [])),
        remedy=_remedies(assistant, snapshot, contract), filing=filing)
    if filing is not None:  # a letter that changes the filing rule controls it: say so beside the deadline
        filing_sections = {(c.contract, c.section) for c in filing.citations}
        for changed in draft.amendments:
            if (changed.contract, changed.section) in filing_sections:
                filing.notes.insert(0, f"{changed.label} is changed by {changed.by_label} ({changed.relation}): its "
                                       "words control where they differ — check whether they change this time limit.")
    if not violations:
        draft.notes.append("No clause of the contract clearly matches what is described; name the article and section "
                           "that was violated yourself (search the contract, or ask a question about it).")
    elif violations[0].strength == "related":
        draft.notes.append("The clauses cited are the contract's closest language to what is described; check that "
                           "they apply before filing.")
    if filing is None:
        draft.notes.append(f"No deadline rules are known for {contract.name}: read its grievance procedure for the "
                           "time limit and with whom to file.")
    draft.notes.extend(version_notes(snapshot.contracts, [contract.id], day, incident or request.learned_date,
                                     request.contract))
    if read_from_text and incident is not None:
        draft.notes.append(f"The date of the incident ({incident.isoformat()}) was read from the description; correct "
                           "it if that is not the day it happened.")
    cited = [v.citation for v in violations] + [q for n in draft.amendments for q in n.quotes] + \
        [r.citation for r in draft.remedy if r.citation] + (filing.citations if filing else []) + \
        ([filing.to_whom_citation] if filing and filing.to_whom_citation else [])
    if not verified(snapshot, cited):  # never: every quote is cut from its clause; checked all the same
        raise BadQuestion("A citation in the draft could not be verified against its clause; nothing was drafted.")
    draft.markdown = to_markdown(draft)
    return draft
