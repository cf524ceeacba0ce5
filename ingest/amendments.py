"""Amendments: which letters, memoranda, side letters and side agreements change which sections.

A steward about to quote Section 6.7 must know that Side Letter 12 says "notwithstanding Section
6.7 …". So at ingest every letter, memorandum, appendix or addendum of a contract — and every
section of a side agreement that declares (in its `.meta.yaml`) the contract it `amends:` — is
read for explicit words that change another section:

* "Article 12, Section 3 is amended to read", "Sections 8.2 and 8.8 are modified" → amends
* "replaces Section 9.2", "in lieu of Section 9.2", "Section 9.2 is deleted" → replaces
* "notwithstanding Section 6.7", "notwithstanding the provisions of Article 25" → overrides
* "interprets Section 4.1", "Section 4.1 shall be understood to mean" → interprets

Only references that resolve to a section or article of the amended contract are linked; a
statute ("Section 21547 of the Government Code is amended") never is. A `.meta.yaml`
`amendments:` list adds links the words do not make plain, or removes a wrong one
(`relation: none`). Each link is stored on the amended contract, in precedence order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ingest.ids import Found, find_references, id_key, parse_id
from ingest.structure import (
    AMENDMENT_PRECEDENCE,
    Amendment,
    AmendmentRelation,
    Clause,
    Contract,
    DeclaredAmendment,
    Reference,
    Section,
)
from ingest.xrefs import resolve_in

_PROVISIONS = r"(?:(?:all\s+|any\s+)?(?:the\s+)?(?:provisions?|terms?|language|text|requirements?)\s+(?:of|in|set\s+out\s+in)\s+)?"
# Words right before the reference: the amending document acts on it.
_BEFORE_WORDS: tuple[tuple[AmendmentRelation, str], ...] = (
    ("overrides", r"notwithstanding"),
    ("replaces", r"in\s+lieu\s+of|instead\s+of|in\s+place\s+of|replaces?|replacing|supersedes?|superseding|"
                 r"substitut(?:es?|ing)\s+for|deletes?|deleting|rescinds?|rescinding"),
    ("amends", r"amends?|amending|modif(?:y|ies|ying)|revis(?:e|es|ing)|amendments?\s+(?:to|of)|"
               r"modifications?\s+(?:to|of)|changes?\s+to"),
    ("interprets", r"interprets?|interpreting|interpretation\s+of|clarif(?:y|ies|ying)|clarifications?\s+of"),
)
_BEFORE: tuple[tuple[AmendmentRelation, re.Pattern[str]], ...] = tuple(
    (relation, re.compile(rf"\b(?:{words})\s+{_PROVISIONS}$", re.IGNORECASE)) for relation, words in _BEFORE_WORDS)
# Words right after the reference: "Section 3 (of the Agreement) is hereby amended to read".
_AFTER = re.compile(
    r"^\s*,?\s*(?:of\s+(?:the|this|said)\s+[\w\s'’-]{0,60}?(?:agreement|contract|mou|memorandum)\s*,?\s*)?"
    r"(?:is|are|shall\s+be|will\s+be|has\s+been|have\s+been)\s+(?:hereby\s+)?(?:further\s+)?(?:also\s+)?"
    r"(?P<verb>amended|modified|revised|changed|replaced|deleted|superseded|rescinded|interpreted|clarified|understood|"
    r"waived|suspended)\b",
    re.IGNORECASE,
)
_VERBS: dict[str, AmendmentRelation] = {
    "amended": "amends", "modified": "amends", "revised": "amends", "changed": "amends",
    "replaced": "replaces", "deleted": "replaces", "superseded": "replaces", "rescinded": "replaces",
    "interpreted": "interprets", "clarified": "interprets", "understood": "interprets",
    "waived": "overrides", "suspended": "overrides",
}
_LIST_GAP = re.compile(r"^[\s,;]*(?:(?:and|or|through|to|&)\s*)?[\s,]*$", re.IGNORECASE)
BEFORE_WINDOW = 90
AFTER_WINDOW = 160


@dataclass(frozen=True)
class _Hit:
    relation: AmendmentRelation
    reference: Reference
    text: str


def amending_sections(contract: Contract) -> list[Section]:
    """The sections whose words can amend: a contract's letters, memoranda, appendices and addenda
    (units after its articles); every section of a side agreement. Articles of a contract do not
    amend each other ("notwithstanding paragraph (a)" inside an article is that article's own rule)."""
    if contract.kind == "side-agreement" or contract.amends:
        return contract.sections()
    if contract.kind != "contract":
        return []
    found = []
    for section in contract.sections():
        target = parse_id(section.id)
        if target is not None and target.kind == "unit":
            found.append(section)
    return found


def _groups(found: list[tuple[Found, Reference]], text: str) -> list[list[tuple[Found, Reference]]]:
    """References written as one list ('Sections 8.2 and 8.8', 'Article 6, Section 6.7 or 6.8')."""
    groups: list[list[tuple[Found, Reference]]] = []
    for item in found:
        if groups and _LIST_GAP.match(text[groups[-1][-1][0].end:item[0].start]):
            groups[-1].append(item)
        else:
            groups.append([item])
    return groups


def find_amending_words(text: str, references: list[tuple[Found, Reference]]) -> list[_Hit]:
    """The references of one clause that the clause's own words amend, replace, override or interpret."""
    hits: list[_Hit] = []
    for group in _groups(references, text):
        first, last = group[0][0], group[-1][0]
        before = text[max(0, first.start - BEFORE_WINDOW):first.start]
        relation: AmendmentRelation | None = None
        words = ""
        for candidate, pattern in _BEFORE:
            match = pattern.search(before)
            if match:
                relation = candidate
                words = text[first.start - len(before) + match.start():last.end]
                break
        if relation is None:
            after = _AFTER.match(text[last.end:last.end + AFTER_WINDOW])
            if after:
                relation = _VERBS[after.group("verb").lower()]
                words = text[first.start:last.end + after.end()]
        if relation is None:
            continue
        for found, reference in group:
            if found.target.clause and not reference.clause:
                continue  # 'Article 7.3 (f)' where that section has no (f): not surely this contract's 7.3
            if reference.status == "resolved" and (reference.section or reference.article):
                hits.append(_Hit(relation, reference, " ".join(words.split())))
    return hits


def _references(clause: Clause, target: Contract, own: Contract) -> list[tuple[Found, Reference]]:
    """Each reference in the clause with what it means in the amended contract: the clause's own
    resolved references when it amends its own contract, else resolved against the target's numbering."""
    found = find_references(clause.text, "text")
    if target is own:
        by_span = {(r.start, r.end): r for r in clause.refs}
        return [(f, by_span[(f.start, f.end)]) for f in found if (f.start, f.end) in by_span]
    return [(f, resolve_in(target, f)) for f in found]


def _other_numbering(section: Section, target: Contract, number: str) -> bool:
    """The amending text reproduces a heading of that number under another title ('7.2 Parking' where
    the contract's 7.2 is 'Seniority'): it speaks of an earlier agreement's numbering, not this one's."""
    amended = target.section(number) if number else None
    if amended is None:
        return False
    mine = {w for w in re.findall(r"[a-z]{4,}", amended.title.lower())}
    heading = re.compile(rf"(?m)^\s*{re.escape(number)}\s+([A-Z][A-Za-z'-]*(?:\s+[A-Za-z'-]+){{0,5}})\s*$")
    for clause in section.clauses:
        for match in heading.finditer(clause.text):
            theirs = {w for w in re.findall(r"[a-z]{4,}", match.group(1).lower())}
            if theirs and mine and not theirs & mine:
                return True
    return False


def _from_text(own: Contract, target: Contract) -> list[Amendment]:
    links: list[Amendment] = []
    for section in amending_sections(own):
        for clause in section.clauses:
            if not clause.answerable:
                continue
            for hit in find_amending_words(clause.text, _references(clause, target, own)):
                ref = hit.reference
                if target is own and id_key(ref.section) == id_key(section.id):
                    continue  # a letter speaking of itself
                if _other_numbering(section, target, ref.section):
                    continue
                links.append(Amendment(relation=hit.relation, section=ref.section, clause=ref.clause,
                                       article=ref.article if not ref.section else "", by_contract=own.id,
                                       by_section=section.id, by_clause=clause.path, text=hit.text))
    return links


def _point_into(own: Contract, target: Contract) -> None:
    """A side agreement's references its own numbering cannot place ("Article 14, Section 1" in a
    one-page agreement) are read as references into the contract it amends."""
    for section in own.sections():
        for clause in section.clauses:
            for index, ref in enumerate(clause.refs):
                if ref.status != "unresolved" and not ref.contract:
                    continue
                found = next((f for f in find_references(clause.text, "text") if (f.start, f.end) == (ref.start, ref.end)), None)
                if found is None:
                    continue
                there = resolve_in(target, found)
                if there.status == "resolved":
                    clause.refs[index] = there.model_copy(update={"contract": target.id})


def _declared(own: Contract, entry: DeclaredAmendment, contracts: dict[str, Contract]) -> tuple[Contract, Amendment]:
    """A meta `amendments:` entry checked against the documents: raises ValueError with the reason."""
    target_id = entry.contract or own.amends or own.id
    target = contracts.get(target_id)
    if target is None:
        raise ValueError(f"it names document {target_id!r}, which is not loaded")
    if entry.by:
        by = own.section(entry.by)
        if by is None:
            raise ValueError(f"{own.id} has no section {entry.by!r} (by)")
    else:
        sections = own.sections()
        if len(sections) != 1:
            raise ValueError(f"say which section of {own.id} amends ('by'); it has {len(sections)}")
        by = sections[0]
    if entry.clause and by.clause(entry.clause) is None:
        raise ValueError(f"{by.id} has no clause {entry.clause!r}")
    amended = target.section(entry.target)
    article = target.article(entry.target) if amended is None else None
    if amended is None and article is None:
        raise ValueError(f"{target.id} has no section {entry.target!r} (target)")
    relation: AmendmentRelation = "amends" if entry.relation == "none" else entry.relation
    return target, Amendment(relation=relation, section=amended.id if amended else "",
                             article=article.number if article else "", by_contract=own.id, by_section=by.id,
                             by_clause=entry.clause, source="meta")


def _precedence(link: Amendment, order: dict[str, int], contracts: dict[str, Contract]) -> tuple[int, int, str, int]:
    """The text that controls first: by relation, then the later document, then document order."""
    by = contracts[link.by_contract]
    later = -(int((by.term_start or "0000-00-00").replace("-", "")))
    return AMENDMENT_PRECEDENCE[link.relation], later, link.by_contract, order.get(f"{link.by_contract}\0{link.by_section}", 0)


def link_amendments(contracts: Iterable[Contract]) -> list[str]:
    """Link every amendment among the documents (in place, replacing earlier links); returns one
    message per meta entry or `amends:` that could not be linked (the rest still are)."""
    documents = {c.id: c for c in contracts}
    errors: list[str] = []
    links: dict[str, list[Amendment]] = {cid: [] for cid in documents}
    for own in documents.values():
        target: Contract | None = documents.get(own.amends) if own.amends else own
        if own.amends and target is None:
            errors.append(f"{own.source or own.id}: amends {own.amends!r}, which is not loaded; its amendments "
                          "are not linked.")
        if own.amends and target is not None and target is not own:
            _point_into(own, target)
        if target is not None and (own.kind == "contract" or own.amends):
            links[target.id].extend(_from_text(own, target))
        for number, entry in enumerate(own.declared_amendments, 1):
            try:
                amended, link = _declared(own, entry, documents)
            except ValueError as exc:
                errors.append(f"{own.source or own.id}: amendments entry {number} not linked: {exc}.")
                continue
            same = [a for a in links[amended.id] if (a.by_contract, id_key(a.by_section), id_key(a.section), a.article)
                    == (link.by_contract, id_key(link.by_section), id_key(link.section), link.article)]
            for old in same:
                links[amended.id].remove(old)
            if entry.relation != "none":
                links[amended.id].append(link)
    order = {f"{c.id}\0{s.id}": index for c in documents.values() for index, s in enumerate(c.sections())}
    for cid, found in links.items():
        unique: dict[tuple[str, str, str, str, str, str, str], Amendment] = {}
        for link in found:
            key = (link.relation, link.section, link.clause, link.article, link.by_contract, link.by_section, link.by_clause)
            unique.setdefault(key, link)
        documents[cid].amended_by = sorted(unique.values(), key=lambda a: _precedence(a, order, documents))
    return errors
