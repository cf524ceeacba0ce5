"""Cross-references: the places where a clause points elsewhere, resolved to sections and clauses.

"The cap of Section 8.1 J." only answers a question once it is followed to 8.1 J, so every
clause's references are found (ingest.ids) and resolved at ingest against the contract's own
numbering. A reference that names something the contract does not have stays unresolved with
the reason, never linked to a guess; statutes and codes are marked external.
"""

from __future__ import annotations

from ingest.ids import Found, Target, find_references, id_key
from ingest.structure import Article, Clause, Contract, Reference, ReferenceStatus, Section


def link_references(contract: Contract) -> None:
    """Find and resolve the references in every clause of the contract (in place)."""
    for article in contract.articles:
        for section in article.sections:
            for clause in section.clauses:
                clause.refs = [_resolve(contract, article, section, clause, found)
                               for found in find_references(clause.text, "text")]


def _context_article(contract: Contract, article: Article, section: Section) -> str:
    """The number of the article a clause sits in ('' in letters and appendices)."""
    number = section.article or article.number
    return number if contract.article(number) is not None and number[:1].isdigit() else ""


def _ref(found: Found, status: ReferenceStatus, section: str = "", clause: str = "", article: str = "",
         reason: str = "") -> Reference:
    return Reference(text=found.text, start=found.start, end=found.end, status=status, section=section,
                     clause=clause, article=article, reason=reason)


def _resolve(contract: Contract, article: Article, section: Section, clause: Clause, found: Found) -> Reference:
    if found.external:
        return _ref(found, status="external", reason=found.external)
    target = found.target
    here = _context_article(contract, article, section)
    if target.kind == "relative":
        if target.relative == "article":
            if not here:
                return _ref(found, status="unresolved", reason="it is not inside a numbered article")
            return _ref(found, status="resolved", article=here, section=_own_section(contract, here))
        if target.relative == "section":
            return _ref(found, status="resolved", section=section.id)
        return _ref(found, status="resolved", section=section.id, clause=clause.path)
    if target.kind == "article":
        named = contract.article(target.article)
        if named is None:
            return _ref(found, status="unresolved", reason=f"this contract has no Article {target.article}")
        return _ref(found, status="resolved", article=named.number, section=_own_section(contract, named.number))
    if target.kind == "subsection":
        return _resolve_label(contract, section, clause, found, here)
    destination = contract.find(target, here)
    if destination is None and _outside_numbering(contract, target):
        return _ref(found, status="external", reason="numbered like a code or regulation, not like this contract")
    if destination is None:
        return _ref(found, status="unresolved", reason=_missing(contract, target, here))
    if not target.clause:
        return _ref(found, status="resolved", section=destination.id)
    path = _find_clause(destination, target.clause)
    if path is None:
        return _ref(found, status="resolved", section=destination.id,
                         reason=f"{destination.id} has no clause {target.clause}; linked to the section")
    return _ref(found, status="resolved", section=destination.id, clause=path)


def _outside_numbering(contract: Contract, target: Target) -> bool:
    """'Section 599.690' in a contract of 22 articles is a regulation's numbering, not a missing section."""
    head = target.section.split(".")[0]
    if target.kind != "section" or target.article or "." not in target.section or not head.isdigit():
        return False
    numbers = [int(a.number) for a in contract.articles if a.number.isdigit()]
    return bool(numbers) and int(head) >= 100 and int(head) > 2 * max(numbers)


def _own_section(contract: Contract, number: str) -> str:
    """An article without numbered sections is its own section ('7'); otherwise ''."""
    own = contract.section(number)
    return own.id if own is not None and own.article == number and id_key(own.id) == id_key(number) else ""


def _missing(contract: Contract, target: Target, here: str) -> str:
    if target.kind == "unit":
        return f"this contract has no {target.unit_id}"
    if target.kind == "item":
        return f"this document has no item {target.number}"
    candidates = contract._section_candidates(target, here)
    if not candidates:
        return f"Section {target.section} could not be placed in an article"
    wanted = candidates[0]
    head = wanted.split(".")[0]
    named = contract.article(head) if "." in wanted else None
    if named is not None and named.sections:
        ids = [s.id for s in named.sections]
        return f"this contract has no Section {wanted} (Article {named.number} has {ids[0]}–{ids[-1]})"
    return f"this contract has no Section {wanted}"


def _find_clause(section: Section, path: str) -> str | None:
    """The clause a written path names: exact, then ignoring case, then a unique clause ending in it."""
    paths = [c.path for c in section.clauses]
    if path in paths:
        return path
    folded = [p for p in paths if p.lower() == path.lower()]
    if len(folded) == 1:
        return folded[0]
    ending = [p for p in paths if p.endswith("." + path)]
    return ending[0] if len(ending) == 1 else None


def _resolve_label(contract: Contract, section: Section, clause: Clause, found: Found, here: str) -> Reference:
    """'subsection C. above', 'paragraph 2 of this section', 'paragraph (a) of Section 15.02'."""
    target = found.target
    if target.section:
        destination = contract.find(Target("section", section=target.section), here)
        if destination is None:
            return _ref(found, status="unresolved",
                             reason=_missing(contract, Target("section", section=target.section), here))
        path = _find_clause(destination, target.clause)
        if path is None:
            return _ref(found, status="resolved", section=destination.id,
                             reason=f"{destination.id} has no clause {target.clause}; linked to the section")
        return _ref(found, status="resolved", section=destination.id, clause=path)
    path = _nearest_label(section, clause, target.clause, target.direction)
    if path is None:
        return _ref(found, status="unresolved",
                         reason=f"no single clause {target.clause} in {section.id} that this can mean")
    return _ref(found, status="resolved", section=section.id, clause=path)


def _nearest_label(section: Section, clause: Clause, label: str, direction: str) -> str | None:
    """The clause labelled `label` closest in the outline to the one that mentions it: a sibling,
    then a sibling of each ancestor; 'above' and 'below' must hold."""
    order = {c.path: index for index, c in enumerate(section.clauses)}
    here = order.get(clause.path, -1)

    def fits(path: str) -> bool:
        there = order[path]
        return not direction or (there < here if direction == "above" else there > here)

    parts = clause.path.split(".") if clause.path and not clause.path.startswith("¶") else []
    for depth in range(len(parts), -1, -1):
        prefix = ".".join(parts[:depth])
        for candidate in (f"{prefix}.{label}" if prefix else label, f"{prefix}.{label.upper()}" if prefix else label.upper()):
            if candidate in order and candidate != clause.path and fits(candidate):
                return candidate
    ending = [p for p in order if (p == label or p.endswith("." + label)) and p != clause.path and fits(p)]
    return ending[0] if len(ending) == 1 else None
